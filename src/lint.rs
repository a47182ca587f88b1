//! Editors' lints on the English source: text that reads wrong on every
//! page folio makes, in every language, although nothing is broken.
//!
//! - `dangling-lead-in`: a paragraph or list item ending with `:` that is
//!   not followed by a list (or by the subsections it introduces: a deeper
//!   heading). Typical of a page captured without its lists.
//! - `broken-anchor`: a link to `#fragment` that no element of the page
//!   carries, or that points at the block the link is in (it goes nowhere).
//! - `page-part-reference`: words that point at parts of a web page folio's
//!   outputs do not share ("click here", "at the bottom of the page", "in the
//!   sidebar"): the page, the PDF and every translation are laid out
//!   differently. The phrases are [`PAGE_PART_PHRASES`].
//!
//! The article is read the way the page shows it: the site blocks it places
//! (`<!-- site: helpline -->`) stand for their messages of `site.ftl`, so a
//! lead-in or a link in the site text is judged where it appears. Pure apart
//! from [`lint_sources`], which reads the articles' Markdown.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::catalog::{Catalog, EntryKind};
use crate::check::codes;
use crate::check::policy::Policy;
use crate::config::{LocaleStatus, Project};
use crate::content::{Article, BlockKind};
use crate::diag::{Diagnostic, Location, Severity};
use crate::position::LineIndex;
use crate::render::html::{PAGE_ANCHORS, site_block_parts};
use crate::split::ArticlePlan;

/// A paragraph or list item ending with `:` that introduces nothing.
pub const DANGLING_LEAD_IN: &str = "dangling-lead-in";
/// A link to an anchor the page does not have, or to its own block.
pub const BROKEN_ANCHOR: &str = "broken-anchor";
/// Words pointing at parts of a page that folio's outputs do not have.
pub const PAGE_PART_REFERENCE: &str = "page-part-reference";

/// Phrases that point at the layout or the controls of one web page. folio
/// makes a page and a PDF per language from the same text, with no buttons,
/// menus or sidebar, and with a different top and bottom in each; such
/// words send the reader looking for something that is not there. Matched
/// as whole words, ignoring case and line breaks. Words that are only
/// sometimes about a page ("button", "below", "above", "menu") are left
/// out: a lint that cries wolf is switched off.
pub const PAGE_PART_PHRASES: &[&str] = &[
    "at the bottom of the page",
    "at the bottom of the screen",
    "at the bottom of this page",
    "at the top of the page",
    "at the top of the screen",
    "at the top of this page",
    "click here",
    "click on",
    "click the",
    "from the menu",
    "in the menu",
    "in the side bar",
    "in the sidebar",
    "on the left side of the page",
    "on the right side of the page",
    "pop-up window",
    "scroll down",
    "scroll up",
    "tap here",
];

/// One lint finding, with what `[check.severity]` and `[[check.rule]]` key
/// off: the catalog file it concerns (`<slug>.ftl` or `site.ftl`) and the
/// message ID.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lint {
    pub file: String,
    pub id: Option<String>,
    pub diag: Diagnostic,
}

/// Lints every article as its page shows it (see the module docs), reading
/// the Markdown again for positions; applies the project's policy (a lint
/// set to `off` is dropped). Findings about the site text are reported once.
pub fn lint_sources(
    project: &Project,
    articles: &[Article],
    plans: &[ArticlePlan],
    site: &Catalog,
    site_file: &str,
) -> Vec<Lint> {
    let mut out = Vec::new();
    let site_text = SiteText::new(site, site_file);
    for (article, plan) in articles.iter().zip(plans) {
        let Ok(text) = std::fs::read_to_string(project.root.join(&article.path)) else {
            continue; // read a moment ago; a file gone since is reported next time
        };
        out.extend(lint_article(
            article,
            &text,
            plan,
            &site_text,
            &project.site_links,
        ));
    }
    out.extend(site_text.page_parts());
    let mut seen = BTreeSet::new();
    out.retain(|l| seen.insert((l.diag.location.clone(), l.diag.code, l.diag.message.clone())));
    apply_policy(out, &project.policy, project.source.as_str())
}

/// Gives each lint its severity under `policy`; drops those turned off.
pub fn apply_policy(lints: Vec<Lint>, policy: &Policy, source_locale: &str) -> Vec<Lint> {
    lints
        .into_iter()
        .filter_map(|mut l| {
            let code = codes::lookup(l.diag.code)?;
            l.diag.severity = policy.level(
                code,
                source_locale,
                LocaleStatus::Required,
                &l.file,
                l.id.as_deref(),
            )?;
            Some(l)
        })
        .collect()
}

/// Visible text with the source offset of each of its bytes.
#[derive(Debug, Default, Clone)]
struct Plain {
    text: String,
    /// `map[i]`: offset in the source of the character holding byte `i` of `text`.
    map: Vec<usize>,
}

impl Plain {
    /// Appends `c` found at `offset`; runs of white space become one space.
    fn push(&mut self, c: char, offset: usize) {
        let c = if c.is_whitespace() { ' ' } else { c };
        if c == ' ' && (self.text.is_empty() || self.text.ends_with(' ')) {
            return;
        }
        self.text.push(c);
        self.map.extend(std::iter::repeat_n(offset, c.len_utf8()));
    }

    /// Appends `s`, found at `offset`; `verbatim` if it is the source's own text there.
    fn push_str(&mut self, s: &str, offset: usize, verbatim: bool) {
        for (i, c) in s.char_indices() {
            self.push(c, if verbatim { offset + i } else { offset });
        }
    }

    /// The source offset of the last `:` if the text ends with one.
    fn trailing_colon(&self) -> Option<usize> {
        let t = self.text.trim_end();
        (t.ends_with(':') || t.ends_with('：')).then(|| {
            let i = t.len() - t.chars().last().map_or(1, char::len_utf8);
            self.map[i]
        })
    }

    /// Source offsets of the page-part phrases in the text.
    fn page_parts(&self) -> Vec<(usize, &'static str)> {
        let lower = self.text.to_ascii_lowercase();
        let mut found = Vec::new();
        for phrase in PAGE_PART_PHRASES {
            let mut from = 0;
            while let Some(i) = lower[from..].find(phrase).map(|i| i + from) {
                let end = i + phrase.len();
                let before = lower[..i].chars().next_back();
                let after = lower[end..].chars().next();
                if !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
                {
                    found.push((self.map[i], *phrase));
                }
                from = end;
            }
        }
        found.sort();
        found
    }
}

/// What a unit of the page is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Heading(u8),
    Paragraph,
    Item,
}

/// A block of the Markdown body, with positions.
#[derive(Debug)]
struct MdBlock {
    kind: MdKind,
    line: usize,
    plain: Plain,
    /// Offset and destination of each link.
    links: Vec<(usize, String)>,
    anchor: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum MdKind {
    Text(Kind),
    Site(String),
}

/// The body's blocks as [`crate::content::parse_article`] sees them, with
/// the source positions it does not keep.
fn md_blocks(text: &str) -> Vec<MdBlock> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Some((_, start)) = crate::content::load::split_front_matter(text) else {
        return Vec::new();
    };
    let idx = LineIndex::new(text);
    let line = |o: usize| idx.line_col(text, o).0;
    let body = &text[start..];
    let mut out: Vec<MdBlock> = Vec::new();
    let mut cur: Option<MdBlock> = None;
    let mut lists = 0usize;
    let mut skip = 0usize;
    let open = |kind: Kind, at: usize, anchor: Option<String>| MdBlock {
        kind: MdKind::Text(kind),
        line: line(at),
        plain: Plain::default(),
        links: Vec::new(),
        anchor,
    };
    let parser = Parser::new_ext(body, crate::content::load::markdown_options());
    for (event, range) in parser.into_offset_iter() {
        let at = start + range.start;
        if skip > 0 {
            match event {
                Event::Start(_) => skip += 1,
                Event::End(_) => skip -= 1,
                _ => {}
            }
            continue;
        }
        match event {
            Event::Start(Tag::Heading { level, id, .. }) => {
                out.extend(cur.take());
                cur = Some(open(
                    Kind::Heading(crate::content::load::heading_level(level).max(2)),
                    at,
                    id.map(|s| s.to_string()),
                ));
            }
            Event::Start(Tag::Paragraph) => match &mut cur {
                Some(b) => b.plain.push(' ', at),
                None => cur = Some(open(Kind::Paragraph, at, None)),
            },
            Event::Start(Tag::List(_)) => {
                if lists > 0 {
                    out.extend(cur.take()); // nested lists are flattened
                }
                lists += 1;
            }
            Event::End(TagEnd::List(_)) => lists = lists.saturating_sub(1),
            Event::Start(Tag::Item) => {
                out.extend(cur.take());
                cur = Some(open(Kind::Item, at, None));
            }
            Event::End(TagEnd::Item | TagEnd::Heading(_)) => out.extend(cur.take()),
            Event::End(TagEnd::Paragraph) if lists == 0 => out.extend(cur.take()),
            Event::Start(Tag::Link { dest_url, .. }) => {
                if let Some(b) = &mut cur {
                    b.links.push((at, dest_url.to_string()));
                }
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(b) = &mut cur {
                    let verbatim = body.get(range.clone()) == Some(&*t);
                    b.plain.push_str(&t, at, verbatim);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(b) = &mut cur {
                    b.plain.push(' ', at);
                }
            }
            Event::Html(html) => {
                let inner = html
                    .trim()
                    .strip_prefix("<!--")
                    .and_then(|s| s.strip_suffix("-->"))
                    .map(str::trim);
                if let Some(name) = inner.and_then(|s| s.strip_prefix("site:")) {
                    out.extend(cur.take());
                    out.push(MdBlock {
                        kind: MdKind::Site(name.trim().to_owned()),
                        line: line(at),
                        plain: Plain::default(),
                        links: Vec::new(),
                        anchor: None,
                    });
                }
            }
            Event::Start(
                Tag::Image { .. }
                | Tag::CodeBlock(_)
                | Tag::Table(_)
                | Tag::BlockQuote(_)
                | Tag::Strikethrough,
            ) => skip = 1, // reported as errors when the article is read
            _ => {}
        }
    }
    out.extend(cur.take());
    out
}

/// The English site bundle, as the lints read it.
struct SiteText<'a> {
    catalog: &'a Catalog,
    file: &'a str,
}

/// One message of the site bundle: its text and its links' names with positions.
struct SiteMessage {
    plain: Plain,
    /// `data-l10n-name` and the offset of the attribute.
    links: Vec<(String, usize)>,
}

impl<'a> SiteText<'a> {
    fn new(catalog: &'a Catalog, file: &'a str) -> Self {
        SiteText { catalog, file }
    }

    fn message(&self, id: &str) -> Option<SiteMessage> {
        let entry = self.catalog.get(EntryKind::Message, id)?;
        let Some(ast::Entry::Message(m)) = self.catalog.ast(entry) else {
            return None;
        };
        let base = self.catalog.resource.source().as_ptr() as usize;
        // Offsets in the parsed text differ from the file's by a removed BOM only.
        let shift = entry
            .offset
            .checked_sub((m.id.name.as_ptr() as usize).checked_sub(base)?)?;
        let mut plain = Plain::default();
        let mut links = Vec::new();
        let mut last = entry.offset;
        for el in &m.value.as_ref()?.elements {
            match el {
                ast::PatternElement::TextElement { value } => {
                    let start = (value.as_ptr() as usize).checked_sub(base)? + shift;
                    let mut in_tag = false;
                    for (i, c) in value.char_indices() {
                        match c {
                            '<' => in_tag = true,
                            '>' if in_tag => in_tag = false,
                            _ if !in_tag => plain.push(c, start + i),
                            _ => {}
                        }
                    }
                    let mut from = 0;
                    while let Some(i) = value[from..].find("data-l10n-name=\"") {
                        let name_start = from + i + "data-l10n-name=\"".len();
                        let name_end = value[name_start..]
                            .find('"')
                            .map_or(value.len(), |e| name_start + e);
                        links.push((value[name_start..name_end].to_owned(), start + from + i));
                        from = name_end;
                    }
                    last = start + value.len();
                }
                // A placeable: something is shown there, but not these words.
                ast::PatternElement::Placeable { .. } => plain.push('\u{fffc}', last),
            }
        }
        Some(SiteMessage { plain, links })
    }

    fn diag(&self, offset: usize, code: &'static str, message: String) -> Diagnostic {
        Diagnostic::new(
            Severity::Warning,
            code,
            self.catalog.location(offset),
            message,
        )
        .with_source_line(self.catalog.line_at(offset))
    }

    /// `page-part-reference` in every message of the bundle.
    fn page_parts(&self) -> Vec<Lint> {
        let mut out = Vec::new();
        for e in &self.catalog.entries {
            if e.kind != EntryKind::Message {
                continue;
            }
            let Some(m) = self.message(&e.id) else {
                continue;
            };
            for (offset, phrase) in m.plain.page_parts() {
                out.push(Lint {
                    file: self.file.to_owned(),
                    id: Some(e.id.clone()),
                    diag: page_part_diag(
                        self.diag(offset, PAGE_PART_REFERENCE, String::new()),
                        phrase,
                    ),
                });
            }
        }
        out
    }
}

fn page_part_diag(mut d: Diagnostic, phrase: &str) -> Diagnostic {
    d.message = format!(
        "“{phrase}” points at a part of a web page; folio's pages and PDFs, in every language, do not have it"
    );
    d.with_hint("say what the reader should do or where to go in words that hold on paper and on screen (for example a website or a phone number), or leave it out")
}

/// Where a unit of the page comes from.
#[derive(Debug, Clone)]
enum Origin {
    /// Block `block` of the article; a position in its Markdown.
    Content { block: Option<usize> },
    /// A message of the site bundle.
    Site { id: String },
}

/// A unit of the page in reading order.
struct Unit {
    kind: Kind,
    plain: Plain,
    origin: Origin,
    /// Links: offset, target URL.
    links: Vec<(usize, String)>,
    /// The `id` of this unit's element, and of the element holding it.
    own_anchor: Option<String>,
    container_anchor: Option<&'static str>,
}

fn lint_article(
    article: &Article,
    text: &str,
    plan: &ArticlePlan,
    site: &SiteText<'_>,
    site_links: &BTreeMap<String, String>,
) -> Vec<Lint> {
    let file_text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let idx = LineIndex::new(file_text);
    let content_diag = |offset: usize, code: &'static str, message: String| {
        let (line, _) = idx.line_col(file_text, offset);
        Diagnostic::new(
            Severity::Warning,
            code,
            Location::at(&article.path, file_text, &idx, offset),
            message,
        )
        .with_source_line(idx.line_text(file_text, line))
    };
    let catalog_file = format!("{}.ftl", article.slug);

    // The page's units in reading order, article blocks matched by line.
    let mut units = Vec::new();
    let mut cursor = 0;
    for b in md_blocks(text) {
        let block = article.blocks[cursor..]
            .iter()
            .position(|a| {
                a.line == b.line
                    && match (&a.kind, &b.kind) {
                        (BlockKind::Site(x), MdKind::Site(y)) => x == y,
                        (BlockKind::Site(_), _) | (_, MdKind::Site(_)) => false,
                        _ => true,
                    }
            })
            .map(|i| i + cursor);
        if let Some(i) = block {
            cursor = i + 1;
        }
        match b.kind {
            MdKind::Text(kind) => {
                let own_anchor = match kind {
                    Kind::Heading(_) => b
                        .anchor
                        .clone()
                        .or_else(|| block.and_then(|i| plan.for_block(i)).map(|m| m.id.clone())),
                    _ => None,
                };
                units.push(Unit {
                    kind,
                    plain: b.plain,
                    origin: Origin::Content { block },
                    links: b.links,
                    own_anchor,
                    container_anchor: None,
                });
            }
            MdKind::Site(name) => {
                let (container, parts) = site_block_parts(&name);
                for part in parts {
                    let Some(m) = site.message(&part.id) else {
                        continue;
                    };
                    let links = m
                        .links
                        .iter()
                        .filter_map(|(n, o)| site_links.get(n).map(|url| (*o, url.clone())))
                        .collect();
                    units.push(Unit {
                        kind: if part.heading {
                            Kind::Heading(2)
                        } else {
                            Kind::Paragraph
                        },
                        plain: m.plain,
                        origin: Origin::Site { id: part.id },
                        links,
                        own_anchor: part.anchor.map(str::to_owned),
                        container_anchor: container,
                    });
                }
            }
        }
    }

    let id_of = |origin: &Origin| match origin {
        Origin::Content { block } => block.and_then(|i| plan.for_block(i)).map(|m| m.id.clone()),
        Origin::Site { id } => Some(id.clone()),
    };
    let make = |origin: &Origin, offset: usize, code: &'static str, message: String| {
        let (file, diag) = match origin {
            Origin::Content { .. } => (catalog_file.clone(), content_diag(offset, code, message)),
            Origin::Site { .. } => (site.file.to_owned(), site.diag(offset, code, message)),
        };
        Lint {
            file,
            id: id_of(origin),
            diag,
        }
    };
    let mut out = Vec::new();

    // Lead-ins.
    let mut section = 1;
    for (k, u) in units.iter().enumerate() {
        if let Kind::Heading(level) = u.kind {
            section = level;
            continue;
        }
        let Some(colon) = u.plain.trailing_colon() else {
            continue;
        };
        let followed = match units.get(k + 1).map(|n| n.kind) {
            Some(Kind::Item) => true,
            Some(Kind::Heading(level)) => level > section,
            _ => false,
        };
        if !followed {
            let next = match units.get(k + 1).map(|n| n.kind) {
                Some(Kind::Heading(_)) => "a heading of the same or a higher level",
                Some(_) => "a paragraph",
                None => "the end of the article",
            };
            out.push(make(
                &u.origin,
                colon,
                DANGLING_LEAD_IN,
                format!("this ends with `:` but {next} follows, not a list: it introduces nothing"),
            ));
        }
    }

    // In-page links.
    let mut anchors: BTreeSet<String> = units.iter().filter_map(|u| u.own_anchor.clone()).collect();
    anchors.extend(
        units
            .iter()
            .filter_map(|u| u.container_anchor.map(str::to_owned)),
    );
    anchors.extend(PAGE_ANCHORS.iter().map(|a| (*a).to_owned()));
    if !article
        .blocks
        .iter()
        .any(|b| matches!(b.kind, BlockKind::Heading(_)))
    {
        anchors.remove("toc-heading"); // no headings, no table of contents
    }
    let headings: Vec<&str> = units
        .iter()
        .filter(|u| matches!(u.kind, Kind::Heading(_)))
        .filter_map(|u| u.own_anchor.as_deref())
        .collect();
    for u in &units {
        for (offset, url) in &u.links {
            let Some(fragment) = url.strip_prefix('#').filter(|f| !f.is_empty()) else {
                continue;
            };
            let via = match &u.origin {
                Origin::Site { .. } => " (folio.toml [site.links])",
                Origin::Content { .. } => "",
            };
            if u.own_anchor.as_deref() == Some(fragment) || u.container_anchor == Some(fragment) {
                out.push(make(
                    &u.origin,
                    *offset,
                    BROKEN_ANCHOR,
                    format!("the link to `#{fragment}`{via} points at the block it is in: following it goes nowhere"),
                ));
            } else if !anchors.contains(fragment) {
                let mut l = make(
                    &u.origin,
                    *offset,
                    BROKEN_ANCHOR,
                    format!(
                        "the link to `#{fragment}`{via} points at an anchor this page does not have"
                    ),
                );
                l.diag.hints.push(format!(
                    "a heading's anchor is its `{{#anchor}}` or else its message ID; this page's headings: {}",
                    if headings.is_empty() {
                        "none".to_owned()
                    } else {
                        headings.join(", ")
                    }
                ));
                out.push(l);
            }
        }
    }

    // Page parts, in the article's own text (the site bundle's are checked once).
    for u in &units {
        if let Origin::Content { .. } = u.origin {
            for (offset, phrase) in u.plain.page_parts() {
                let d = content_diag(offset, PAGE_PART_REFERENCE, String::new());
                out.push(Lint {
                    file: catalog_file.clone(),
                    id: id_of(&u.origin),
                    diag: page_part_diag(d, phrase),
                });
            }
        }
    }
    out
}
