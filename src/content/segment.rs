//! Segmenting: each text block of an [`Article`] becomes the source text of
//! one Fluent message. Inline Markdown becomes overlay markup that
//! translators can move but never change: `<a data-l10n-name="…">` (the URL
//! stays in the content), `<em>`, `<strong>`, `<code>`, `<br>`. Known term
//! values (the organisation name, the helpline number) become term
//! references. Pure; the reverse direction is [`crate::markup`].

use std::collections::BTreeMap;

use super::model::{Article, BlockKind, Inline};
use crate::split::slug_words;

/// A Fluent term whose value the splitter replaces with a reference, e.g.
/// `American Cancer Society` → `{ -org-name }`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermValue {
    /// The term's name without the leading `-`.
    pub name: String,
    pub value: String,
}

/// One block's text as a Fluent pattern, with the link targets it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// Index of the block in [`Article::blocks`].
    pub block: usize,
    /// Heading texts above the block (outermost first); for headings, their own path.
    pub section: Vec<String>,
    /// Fluent pattern source, escaped, on one line.
    pub source: String,
    /// `data-l10n-name` → URL, for the links of this block.
    pub links: BTreeMap<String, String>,
}

/// Segments every text block of `article`, in document order.
pub fn segment(article: &Article, terms: &[TermValue]) -> Vec<Segment> {
    let mut path: Vec<(u8, String)> = Vec::new();
    let mut out = Vec::new();
    for (i, block) in article.blocks.iter().enumerate() {
        if let BlockKind::Heading(level) = block.kind {
            path.retain(|(l, _)| *l < level);
            path.push((level, Inline::plain_text(&block.inlines)));
        }
        if let BlockKind::Site(name) = &block.kind {
            if name == "references" {
                path.clear();
                path.push((2, "References".into()));
            } else if path.first().is_some_and(|(_, t)| t == "References") {
                path.clear();
            }
        }
        if !block.kind.has_text() {
            continue;
        }
        let (source, links) = pattern_source(&block.inlines, terms);
        out.push(Segment {
            block: i,
            section: path.iter().map(|(_, t)| t.clone()).collect(),
            source,
            links,
        });
    }
    out
}

/// Converts inline content to escaped Fluent pattern source plus link targets.
///
/// ```
/// use folio::content::{Inline, segment::{pattern_source, TermValue}};
/// let inl = vec![
///     Inline::Text("Call { now } ".into()),
///     Inline::Link { url: "tel:1".into(), children: vec![Inline::Text("ACS".into())] },
/// ];
/// let terms = [TermValue { name: "org".into(), value: "ACS".into() }];
/// let (src, links) = pattern_source(&inl, &terms);
/// assert_eq!(src, r#"Call { "{" } now { "}" } <a data-l10n-name="acs">{ -org }</a>"#);
/// assert_eq!(links["acs"], "tel:1");
/// ```
pub fn pattern_source(
    inlines: &[Inline],
    terms: &[TermValue],
) -> (String, BTreeMap<String, String>) {
    let mut terms: Vec<&TermValue> = terms.iter().filter(|t| !t.value.is_empty()).collect();
    terms.sort_by(|a, b| b.value.len().cmp(&a.value.len()).then(a.name.cmp(&b.name)));
    let mut out = String::new();
    let mut links = BTreeMap::new();
    write_inlines(inlines, &terms, &mut out, &mut links);
    (out, links)
}

fn write_inlines(
    inlines: &[Inline],
    terms: &[&TermValue],
    out: &mut String,
    links: &mut BTreeMap<String, String>,
) {
    for inline in inlines {
        match inline {
            Inline::Text(t) => write_text(t, terms, out),
            Inline::Code(t) => {
                out.push_str("<code>");
                escape_text(t, out);
                out.push_str("</code>");
            }
            Inline::Emphasis(c) => {
                out.push_str("<em>");
                write_inlines(c, terms, out, links);
                out.push_str("</em>");
            }
            Inline::Strong(c) => {
                out.push_str("<strong>");
                write_inlines(c, terms, out, links);
                out.push_str("</strong>");
            }
            Inline::Link { url, children } => {
                let name = link_name(url, children, links);
                links.insert(name.clone(), url.clone());
                out.push_str(&format!("<a data-l10n-name=\"{name}\">"));
                write_inlines(children, terms, out, links);
                out.push_str("</a>");
            }
            Inline::LineBreak => out.push_str("<br>"),
        }
    }
}

/// Writes text, replacing term values with references and escaping the rest.
fn write_text(text: &str, terms: &[&TermValue], out: &mut String) {
    let mut rest = text;
    'outer: while !rest.is_empty() {
        // Earliest term occurrence at word boundaries; longest value first on ties.
        let mut best: Option<(usize, &TermValue)> = None;
        for t in terms {
            let mut from = 0;
            while let Some(pos) = rest[from..].find(&t.value) {
                let at = from + pos;
                let end = at + t.value.len();
                let before_ok = rest[..at]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric());
                let after_ok = rest[end..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric());
                if before_ok && after_ok {
                    if best.is_none_or(|(b, _)| at < b) {
                        best = Some((at, t));
                    }
                    break;
                }
                from = at + t.value.chars().next().map_or(1, char::len_utf8);
            }
        }
        match best {
            Some((at, t)) => {
                escape_text(&rest[..at], out);
                out.push_str(&format!("{{ -{} }}", t.name));
                rest = &rest[at + t.value.len()..];
            }
            None => {
                escape_text(rest, out);
                break 'outer;
            }
        }
    }
}

/// Escapes text for a one-line Fluent pattern that is also overlay markup:
/// braces become string literals, `<` before a tag-like character becomes
/// `&lt;`, and `&` that would start an entity becomes `&amp;`.
pub fn escape_text(text: &str, out: &mut String) {
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '{' => out.push_str("{ \"{\" }"),
            '}' => out.push_str("{ \"}\" }"),
            '<' if chars
                .peek()
                .is_some_and(|&(_, n)| n.is_ascii_alphabetic() || matches!(n, '/' | '!' | '?')) =>
            {
                out.push_str("&lt;")
            }
            '&' if crate::markup::entity_at(&text[i..]).is_some() => out.push_str("&amp;"),
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
}

/// A readable, unique `data-l10n-name` for a link: from its text, or from
/// the host when the text is the URL itself.
fn link_name(url: &str, children: &[Inline], taken: &BTreeMap<String, String>) -> String {
    let text = Inline::plain_text(children);
    let base = if text.contains("://") || text.starts_with("www.") {
        let host = url
            .split("://")
            .nth(1)
            .unwrap_or(url)
            .split('/')
            .next()
            .unwrap_or("");
        let host = host.trim_start_matches("www.");
        slug_words(host.rsplit_once('.').map_or(host, |(h, _)| h))
            .into_iter()
            .take(3)
            .collect::<Vec<_>>()
    } else {
        slug_words(&text).into_iter().take(3).collect()
    };
    let base = if base.is_empty() {
        "link".to_owned()
    } else {
        base.join("-")
    };
    let base = if base.starts_with(|c: char| c.is_ascii_alphabetic()) {
        base
    } else {
        format!("link-{base}")
    };
    if !taken.contains_key(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|n| !taken.contains_key(n))
        .unwrap_or(base)
}

/// The reverse of [`pattern_source`] after formatting: message markup back
/// to inline content, links resolved through `links`. Elements without a
/// known link become their children.
pub fn inlines_from_markup(
    nodes: &[crate::markup::Node],
    links: &BTreeMap<String, String>,
) -> Vec<Inline> {
    use crate::markup::Node;
    let mut out = Vec::new();
    for n in nodes {
        match n {
            Node::Text(t) => out.push(Inline::Text(t.clone())),
            Node::Element {
                name,
                l10n_name,
                children,
                ..
            } => {
                let inner = inlines_from_markup(children, links);
                match name.as_str() {
                    "em" => out.push(Inline::Emphasis(inner)),
                    "strong" => out.push(Inline::Strong(inner)),
                    "code" => out.push(Inline::Code(Inline::plain_text(&inner))),
                    "br" => out.push(Inline::LineBreak),
                    "a" => match l10n_name.as_ref().and_then(|k| links.get(k)) {
                        Some(url) => out.push(Inline::Link {
                            url: url.clone(),
                            children: inner,
                        }),
                        None => out.extend(inner),
                    },
                    _ => out.extend(inner),
                }
            }
        }
    }
    Inline::normalize(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_fluent_and_markup_need() {
        let mut s = String::new();
        escape_text("a {b} <c & &amp; x < 3 & y", &mut s);
        assert_eq!(s, r#"a { "{" }b{ "}" } &lt;c & &amp;amp; x < 3 & y"#);
    }

    #[test]
    fn terms_only_at_word_boundaries() {
        let terms = [TermValue {
            name: "org".into(),
            value: "ACS".into(),
        }];
        let (s, _) = pattern_source(&[Inline::Text("ACSX ACS, (ACS)".into())], &terms);
        assert_eq!(s, "ACSX { -org }, ({ -org })");
    }

    #[test]
    fn link_names_are_unique() {
        let link = |u: &str, t: &str| Inline::Link {
            url: u.into(),
            children: vec![Inline::Text(t.into())],
        };
        let (s, links) = pattern_source(
            &[
                link("https://a.org", "Read more"),
                link("https://b.org", "read more"),
                link("https://www.uptodate.com/x", "https://www.uptodate.com/x"),
            ],
            &[],
        );
        assert!(
            s.contains("\"read-more\"")
                && s.contains("\"read-more-2\"")
                && s.contains("\"uptodate\""),
            "{s}"
        );
        assert_eq!(links.len(), 3);
    }
}
