//! `folio split`: English articles → `locales/en/<slug>.ftl`. Each text block
//! becomes one message whose ID is readable (section + the block's own
//! words) and stable: IDs are matched against the previous English catalog
//! first (pinned, then identical text, then similar text), and only blocks
//! that match nothing get a new ID, which never reuses one in use. So
//! inserting, deleting or moving a block leaves every other ID alone, and a
//! reworded block keeps its ID (its translations then show as outdated).
//! Pure: the CLI reads and writes the files.

use std::collections::{BTreeMap, BTreeSet};

use crate::catalog::{Catalog, EntryKind};
use crate::content::segment::{Segment, TermValue, segment};
use crate::content::{Article, BlockKind, Inline};
use crate::diag::{Diagnostic, Location, Severity};

/// IDs of the front-matter messages every article catalog has.
pub const TITLE_ID: &str = "title";
pub const SUMMARY_ID: &str = "summary";

/// Words too common to make an ID readable.
const STOPWORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "been", "being", "but", "by", "can", "do", "does",
    "for", "from", "has", "have", "how", "if", "in", "into", "is", "it", "its", "may", "more",
    "most", "now", "of", "on", "or", "our", "so", "some", "such", "than", "that", "the", "their",
    "them", "there", "these", "they", "this", "those", "to", "was", "we", "were", "what", "when",
    "which", "who", "will", "with", "you", "your", "also", "very", "all",
];

/// Similarity (Dice coefficient over words) above which a reworded block
/// keeps the ID of the message it most resembles.
pub const REWORD_THRESHOLD: f64 = 0.5;

/// True for a valid Fluent identifier: `[a-zA-Z][a-zA-Z0-9_-]*`.
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        && s.len() <= 128
}

/// Lowercase ASCII words of `s` for IDs: Latin letters lose their accents,
/// other characters separate words.
pub fn slug_words(s: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    for c in s.chars() {
        let folded = fold_latin(c);
        if folded.is_ascii_alphanumeric() {
            cur.push(folded.to_ascii_lowercase());
        } else if c == '’' || c == '\'' {
            // "patient's" → "patients"
        } else if !cur.is_empty() {
            words.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        words.push(cur);
    }
    words
}

fn fold_latin(c: char) -> char {
    match c {
        'à'..='å' | 'À'..='Å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'Ç' | 'ć' | 'č' => 'c',
        'è'..='ë' | 'È'..='Ë' | 'ē' | 'ę' | 'ě' => 'e',
        'ì'..='ï' | 'Ì'..='Ï' | 'ī' => 'i',
        'ñ' | 'Ñ' | 'ń' | 'ň' => 'n',
        'ò'..='ö' | 'Ò'..='Ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ù'..='ü' | 'Ù'..='Ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' | 'Ý' => 'y',
        'ß' => 's',
        'đ' | 'Đ' => 'd',
        _ => c,
    }
}

/// One message of an article catalog, in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedMessage {
    pub id: String,
    /// Canonical-ish Fluent pattern source (one line).
    pub source: String,
    /// The group comment above it (section path), if it starts a new group.
    pub group: Option<String>,
    /// Index of the block in the article; `None` for title and summary.
    pub block: Option<usize>,
    /// `data-l10n-name` → URL of the links in this message.
    pub links: BTreeMap<String, String>,
}

/// The English catalog of one article, with stable IDs.
#[derive(Debug, Clone)]
pub struct ArticlePlan {
    pub slug: String,
    pub messages: Vec<PlannedMessage>,
}

impl ArticlePlan {
    /// The message for block `i` of the article.
    pub fn for_block(&self, i: usize) -> Option<&PlannedMessage> {
        self.messages.iter().find(|m| m.block == Some(i))
    }
}

/// The terms of a site catalog whose values are plain text, for substitution.
pub fn plain_terms(site: &Catalog) -> Vec<TermValue> {
    site.entries
        .iter()
        .filter(|e| e.kind == EntryKind::Term)
        .filter_map(|e| {
            let v = site.value_source(e)?;
            (!v.contains(['{', '}', '<', '\n']) && v.chars().count() >= 3).then(|| TermValue {
                name: e.id.clone(),
                value: v.to_owned(),
            })
        })
        .collect()
}

/// Assigns IDs to every text block of `article`.
///
/// `previous` holds `(id, value source)` of the current English catalog in
/// file order; `reserved` holds IDs used elsewhere in the bundle (the site
/// catalog) that an article message must not take.
pub fn plan_article(
    article: &Article,
    terms: &[TermValue],
    previous: &[(String, String)],
    reserved: &BTreeSet<String>,
) -> (ArticlePlan, Vec<Diagnostic>) {
    let mut segments = segment(article, terms);
    for seg in &mut segments {
        if let Some(c) = crate::catalog::load::canonical_pattern(&seg.source) {
            seg.source = c;
        }
    }
    let mut diags = Vec::new();
    let mut ids: Vec<Option<String>> = vec![None; segments.len()];
    let mut used: BTreeSet<String> = reserved.clone();
    used.insert(TITLE_ID.into());
    used.insert(SUMMARY_ID.into());

    // 1. Pinned IDs.
    for (k, seg) in segments.iter().enumerate() {
        if let Some(pin) = &article.blocks[seg.block].pinned_id {
            if used.contains(pin) {
                diags.push(Diagnostic::new(
                    Severity::Error,
                    "duplicate-id",
                    Location {
                        file: article.path.clone(),
                        line: article.blocks[seg.block].line,
                        column: 1,
                        end_column: None,
                    },
                    format!("the pinned ID `{pin}` is already used"),
                ));
            } else {
                used.insert(pin.clone());
                ids[k] = Some(pin.clone());
            }
        }
    }
    // Previous messages not yet claimed.
    let mut free: Vec<(usize, &str, &str)> = previous
        .iter()
        .enumerate()
        .filter(|(_, (id, _))| id != TITLE_ID && id != SUMMARY_ID && !used.contains(id))
        .map(|(i, (id, v))| (i, id.as_str(), v.as_str()))
        .collect();

    // 2. Identical text keeps its ID (first unclaimed one, in file order).
    for (k, seg) in segments.iter().enumerate() {
        if ids[k].is_some() {
            continue;
        }
        if let Some(pos) = free.iter().position(|(_, _, v)| *v == seg.source) {
            let (_, id, _) = free.remove(pos);
            used.insert(id.to_owned());
            ids[k] = Some(id.to_owned());
        }
    }

    // 3. Similar text keeps its ID: best pairs first.
    let mut pairs = Vec::new();
    for (k, seg) in segments.iter().enumerate() {
        if ids[k].is_some() {
            continue;
        }
        let words = word_bag(&seg.source);
        for (f, (_, _, v)) in free.iter().enumerate() {
            let score = dice(&words, &word_bag(v));
            if score >= REWORD_THRESHOLD {
                pairs.push((score, k, f));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut taken_free = BTreeSet::new();
    for (_, k, f) in pairs {
        if ids[k].is_none() && !taken_free.contains(&f) {
            taken_free.insert(f);
            let id = free[f].1.to_owned();
            used.insert(id.clone());
            ids[k] = Some(id);
        }
    }
    // IDs of previous messages that were dropped stay unusable in this run,
    // so a new block never inherits a deleted block's translations.
    for (_, id, _) in &free {
        used.insert((*id).to_owned());
    }

    // 4. New IDs from the section and the block's words.
    for (k, seg) in segments.iter().enumerate() {
        if ids[k].is_none() {
            let id = derive_id(article, seg, &used);
            used.insert(id.clone());
            ids[k] = Some(id);
        }
    }

    let mut messages = vec![PlannedMessage {
        id: TITLE_ID.into(),
        source: text_source(&article.title, terms),
        group: None,
        block: None,
        links: BTreeMap::new(),
    }];
    if !article.summary.is_empty() {
        messages.push(PlannedMessage {
            id: SUMMARY_ID.into(),
            source: text_source(&article.summary, terms),
            group: None,
            block: None,
            links: BTreeMap::new(),
        });
    }
    let mut last_group: Option<String> = None;
    for (seg, id) in segments.into_iter().zip(ids) {
        let group = if seg.section.is_empty() {
            "Introduction".to_owned()
        } else {
            seg.section.join(" › ")
        };
        let new_group = (last_group.as_ref() != Some(&group)).then(|| group.clone());
        last_group = Some(group);
        messages.push(PlannedMessage {
            id: id.unwrap_or_default(),
            source: seg.source,
            group: new_group,
            block: Some(seg.block),
            links: seg.links,
        });
    }
    (
        ArticlePlan {
            slug: article.slug.clone(),
            messages,
        },
        diags,
    )
}

fn text_source(text: &str, terms: &[TermValue]) -> String {
    let s = crate::content::segment::pattern_source(&[Inline::Text(text.to_owned())], terms).0;
    crate::catalog::load::canonical_pattern(&s).unwrap_or(s)
}

/// Words of a pattern source, lowercased, markup and placeables dropped.
fn word_bag(source: &str) -> BTreeMap<String, usize> {
    let mut bag = BTreeMap::new();
    let mut plain = String::with_capacity(source.len());
    let mut depth = 0;
    for c in source.chars() {
        match c {
            '<' | '{' => depth += 1,
            '>' | '}' if depth > 0 => depth -= 1,
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    for w in plain
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        *bag.entry(w.to_lowercase()).or_insert(0) += 1;
    }
    bag
}

fn dice(a: &BTreeMap<String, usize>, b: &BTreeMap<String, usize>) -> f64 {
    let total: usize = a.values().sum::<usize>() + b.values().sum::<usize>();
    if total == 0 {
        return 0.0;
    }
    let common: usize = a
        .iter()
        .map(|(w, n)| (*n).min(b.get(w).copied().unwrap_or(0)))
        .sum();
    2.0 * common as f64 / total as f64
}

/// A new ID: `<section>-<words>` for text, `<heading words>-heading` for
/// headings; more words, then a number, until it is unused.
fn derive_id(article: &Article, seg: &Segment, used: &BTreeSet<String>) -> String {
    let block = &article.blocks[seg.block];
    let text = Inline::plain_text(&block.inlines);
    let words = slug_words(&text);
    let candidates: Vec<String> = match block.kind {
        BlockKind::Heading(_) => {
            let w: Vec<&str> = words
                .iter()
                .map(String::as_str)
                .filter(|w| !STOPWORDS.contains(w))
                .collect();
            let w = if w.is_empty() {
                words.iter().map(String::as_str).collect()
            } else {
                w
            };
            (4..=w.len().max(4))
                .map(|n| format!("{}-heading", w[..n.min(w.len())].join("-")))
                .collect()
        }
        _ => {
            let prefix_words: Vec<String> = match (&block.kind, seg.section.last()) {
                (BlockKind::Reference, _) => vec!["reference".into()],
                (_, Some(h)) => slug_words(h)
                    .into_iter()
                    .filter(|w| !STOPWORDS.contains(&w.as_str()))
                    .take(3)
                    .collect(),
                (_, None) => vec!["intro".into()],
            };
            let heading_words: BTreeSet<String> = seg
                .section
                .last()
                .map(|h| slug_words(h).into_iter().collect())
                .unwrap_or_default();
            let own: Vec<&str> = words
                .iter()
                .map(String::as_str)
                .filter(|w| {
                    !STOPWORDS.contains(w)
                        && !heading_words.contains(*w)
                        && !prefix_words.iter().any(|p| p == w)
                        && w.len() > 1
                })
                .collect();
            let prefix = if prefix_words.is_empty() {
                "text".to_owned()
            } else {
                prefix_words.join("-")
            };
            (3..=own.len().clamp(3, 8))
                .map(|n| {
                    let take = &own[..n.min(own.len())];
                    if take.is_empty() {
                        prefix.clone()
                    } else {
                        format!("{prefix}-{}", take.join("-"))
                    }
                })
                .collect()
        }
    };
    let fix = |s: &str| {
        if s.starts_with(|c: char| c.is_ascii_alphabetic()) {
            s.to_owned()
        } else {
            format!("m-{s}")
        }
    };
    for c in &candidates {
        let c = fix(c);
        if !used.contains(&c) {
            return c;
        }
    }
    let base = fix(candidates.last().map_or("text", String::as_str));
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|c| !used.contains(c))
        .unwrap_or(base)
}

/// Writes the English catalog text of one article (valid Fluent, stable layout).
pub fn write_ftl(article: &Article, plan: &ArticlePlan) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "### {}\n### Written by `folio split` from {}. Do not edit: change the Markdown and run `folio split`.\n\n",
        one_line(&article.title),
        article.path.display()
    ));
    for m in &plan.messages {
        if let Some(group) = &m.group {
            out.push_str(&format!("\n## {}\n\n", one_line(group)));
        }
        out.push_str(&format!("{} = {}\n", m.id, m.source));
    }
    out
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `(id, value source)` of the messages of a previous English catalog.
pub fn previous_messages(catalog: &Catalog) -> Vec<(String, String)> {
    catalog
        .entries
        .iter()
        .filter(|e| e.kind == EntryKind::Message)
        .filter_map(|e| Some((e.id.clone(), catalog.value_source(e)?)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::parse_article;
    use std::path::Path;

    fn article(body: &str) -> Article {
        let md = format!("+++\ntitle = \"T\"\nslug = \"t\"\nrevised = 2023-12-19\n+++\n\n{body}");
        parse_article(Path::new("t.md"), &md).0.unwrap()
    }

    #[test]
    fn ids_are_readable() {
        let a = article(
            "Intro text about research.\n\n## Immunotherapy\n\nCAR T-cell therapy is a promising new way.\n",
        );
        let (plan, d) = plan_article(&a, &[], &[], &BTreeSet::new());
        assert!(d.is_empty());
        let ids: Vec<_> = plan.messages.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "title",
                "intro-text-about-research",
                "immunotherapy-heading",
                "immunotherapy-car-cell-therapy"
            ]
        );
    }

    #[test]
    fn identifiers() {
        assert!(is_identifier("a-b_9"));
        assert!(
            !is_identifier("9a")
                && !is_identifier("-a")
                && !is_identifier("a b")
                && !is_identifier("")
        );
        assert_eq!(
            slug_words("Año de Zürich’s tests"),
            ["ano", "de", "zurichs", "tests"]
        );
    }
}
