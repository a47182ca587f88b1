//! HTML pages: articles per locale, locale indexes, the language chooser and
//! the status page. Pure: inputs → `String`. Every piece of text is escaped
//! for its context; elements inside messages are built only when the English
//! message has the same element (overlay model), with attributes and URLs
//! from the content, never from a translation. Fluent's isolation marks
//! around placeables become `<bdi>` elements.

mod page;
mod site;

use std::collections::{BTreeMap, BTreeSet};

pub use page::{
    CHROME_SITE_BLOCKS, HELPLINE_ANCHOR, HELPLINE_MESSAGES, PAGE_ANCHORS, PageInput, RenderedPage,
    SitePart, render_article, site_block_parts,
};
pub use site::{SiteInput, render_language_chooser, render_locale_index, render_status};

use crate::localize::{FSI, PDI};
use crate::markup::{INLINE_ELEMENTS, Node};

/// The site's one stylesheet, written to `output/style.css`.
pub const STYLESHEET: &str = include_str!("../../../assets/style.css");

/// Escapes text for HTML element content. Control and bidi formatting
/// characters are dropped: they must never reach a page.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c if crate::diag::is_unsafe_char(c) && c != '\n' => {}
            c => out.push(c),
        }
    }
    out
}

/// Escapes text for a quoted attribute value.
pub fn escape_attr(s: &str) -> String {
    escape_text(s).replace('"', "&quot;").replace('\'', "&#39;")
}

/// `(element, data-l10n-name)` pairs that the English message contains.
pub fn allowed_elements(template: &[Node]) -> BTreeSet<(String, Option<String>)> {
    let mut set = BTreeSet::new();
    fn walk(nodes: &[Node], set: &mut BTreeSet<(String, Option<String>)>) {
        for n in nodes {
            if let Node::Element {
                name,
                l10n_name,
                children,
                ..
            } = n
            {
                if INLINE_ELEMENTS.contains(&name.as_str()) {
                    set.insert((name.clone(), l10n_name.clone()));
                }
                walk(children, set);
            }
        }
    }
    walk(template, &mut set);
    set
}

/// Whether an element of a translation may be rebuilt: the English message
/// has it (same name and `data-l10n-name`) and, for a link, the content
/// gives its target. `Some(target)` if it may (the target only for links).
pub fn permitted<'l>(
    name: &str,
    l10n_name: Option<&String>,
    allowed: &BTreeSet<(String, Option<String>)>,
    links: &'l BTreeMap<String, String>,
) -> Option<Option<&'l String>> {
    let href = l10n_name.and_then(|k| links.get(k));
    let known = allowed.contains(&(name.to_owned(), l10n_name.cloned()));
    (known && (name != "a" || href.is_some())).then_some(href)
}

/// Renders message nodes: allowed elements are rebuilt with attributes from
/// `links` only; anything else is shown as escaped text. Isolation marks
/// (U+2068 … U+2069) around placeables become balanced `<bdi>` elements.
pub fn render_nodes(
    nodes: &[Node],
    allowed: &BTreeSet<(String, Option<String>)>,
    links: &BTreeMap<String, String>,
    out: &mut String,
) {
    let mut depth = 0usize;
    render_inner(nodes, allowed, links, out, &mut depth);
    for _ in 0..depth {
        out.push_str("</bdi>");
    }
}

fn render_inner(
    nodes: &[Node],
    allowed: &BTreeSet<(String, Option<String>)>,
    links: &BTreeMap<String, String>,
    out: &mut String,
    bdi: &mut usize,
) {
    for n in nodes {
        match n {
            Node::Text(t) => {
                for piece in t.split_inclusive([FSI, PDI]) {
                    let (text, mark) = match piece.chars().last() {
                        Some(c @ (FSI | PDI)) => (&piece[..piece.len() - c.len_utf8()], Some(c)),
                        _ => (piece, None),
                    };
                    out.push_str(&escape_text(text));
                    match mark {
                        Some(FSI) => {
                            out.push_str("<bdi>");
                            *bdi += 1;
                        }
                        Some(_) if *bdi > 0 => {
                            out.push_str("</bdi>");
                            *bdi -= 1;
                        }
                        _ => {}
                    }
                }
            }
            Node::Element {
                name,
                l10n_name,
                raw_open,
                closed,
                children,
                ..
            } => {
                // Elements must nest inside a <bdi>: close open isolates first.
                let Some(href) = permitted(name, l10n_name.as_ref(), allowed, links) else {
                    out.push_str(&escape_text(raw_open));
                    render_inner(children, allowed, links, out, bdi);
                    if *closed && name != "br" {
                        out.push_str(&escape_text(&format!("</{name}>")));
                    }
                    continue;
                };
                let mut inner = String::new();
                let mut inner_bdi = 0;
                render_inner(children, allowed, links, &mut inner, &mut inner_bdi);
                for _ in 0..inner_bdi {
                    inner.push_str("</bdi>");
                }
                match (name.as_str(), href) {
                    ("br", _) => out.push_str("<br>"),
                    // A phone number reads left to right in every script; without
                    // `dir`, digits after Arabic letters are reordered (UAX #9, W2).
                    ("a", Some(url)) if url.starts_with("tel:") => out.push_str(&format!(
                        "<a href=\"{}\" dir=\"ltr\">{inner}</a>",
                        escape_attr(url)
                    )),
                    ("a", Some(url)) => {
                        out.push_str(&format!("<a href=\"{}\">{inner}</a>", escape_attr(url)))
                    }
                    _ => out.push_str(&format!("<{name}>{inner}</{name}>")),
                }
            }
        }
    }
}

/// Renders a formatted message (markup text) against its English template.
///
/// In right-to-left text (`rtl`), left-to-right phrases are isolated
/// ([`crate::bidi`]), so "13-cis-retinoic" keeps its order in Arabic.
pub fn render_message(
    text: &str,
    english: &str,
    links: &BTreeMap<String, String>,
    rtl: bool,
) -> String {
    let allowed = allowed_elements(&crate::markup::parse(english));
    let mut out = String::new();
    let mut nodes = crate::markup::parse(text);
    if rtl {
        crate::bidi::isolate_nodes(&mut nodes);
    }
    render_nodes(&nodes, &allowed, links, &mut out);
    out
}

/// The visible text of a formatted message: no markup, no isolation marks.
pub fn plain(text: &str) -> String {
    crate::localize::strip_isolates(&crate::markup::plain_text(&crate::markup::parse(text)))
}

/// The `<head>` common to every page.
pub(crate) fn head(
    title: &str,
    description: Option<&str>,
    stylesheet: &str,
    extra: &str,
) -> String {
    let mut h = String::new();
    h.push_str("<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.push_str(&format!("<title>{}</title>\n", escape_text(title)));
    if let Some(d) = description {
        h.push_str(&format!(
            "<meta name=\"description\" content=\"{}\">\n",
            escape_attr(d)
        ));
    }
    h.push_str(&format!(
        "<link rel=\"stylesheet\" href=\"{}\">\n",
        escape_attr(stylesheet)
    ));
    h.push_str(extra);
    h.push_str("</head>\n");
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(translation: &str, english: &str) -> String {
        let mut links = BTreeMap::new();
        links.insert("k".to_owned(), "https://example.org/?a=1&b=2".to_owned());
        render_message(translation, english, &links, false)
    }

    #[test]
    fn builds_only_template_elements_with_content_urls() {
        let en = r#"See <a data-l10n-name="k">this</a> <em>now</em>"#;
        assert_eq!(
            render(
                r#"Ver <a data-l10n-name="k" href="javascript:x" onclick="y">esto</a> <em>ya</em>"#,
                en
            ),
            r#"Ver <a href="https://example.org/?a=1&amp;b=2">esto</a> <em>ya</em>"#
        );
        assert_eq!(
            render("<script>alert(1)</script> <strong>x</strong>", en),
            "&lt;script&gt;alert(1)&lt;/script&gt; &lt;strong&gt;x&lt;/strong&gt;"
        );
        assert_eq!(
            render(r#"<a data-l10n-name="other">x</a>"#, en),
            r#"&lt;a data-l10n-name="other"&gt;x&lt;/a&gt;"#
        );
    }

    #[test]
    fn isolates_become_bdi_and_stay_balanced() {
        assert_eq!(
            render("Fecha: \u{2068}19 de diciembre\u{2069}.", "x"),
            "Fecha: <bdi>19 de diciembre</bdi>."
        );
        assert_eq!(render("a \u{2069} b \u{2068}c", "x"), "a  b <bdi>c</bdi>");
        let en = r#"<a data-l10n-name="k">x</a>"#;
        assert_eq!(
            render("<a data-l10n-name=\"k\">\u{2068}1-800\u{2069}</a>", en),
            r#"<a href="https://example.org/?a=1&amp;b=2"><bdi>1-800</bdi></a>"#
        );
    }

    #[test]
    fn escapes_attributes() {
        assert_eq!(escape_attr("a\"b'<"), "a&quot;b&#39;&lt;");
        assert_eq!(escape_text("x\u{202E}y"), "xy");
    }
}
