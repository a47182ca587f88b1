//! Markup parity: a translation has the same inline elements as the English
//! (same names, same `data-l10n-name`s, no new attributes or URLs), closes
//! what it opens, and never brings elements that run code or load content.

use crate::markup::{self, Node};

use super::facts::PLACEABLE_MARK;

/// One element as the rules compare it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element {
    pub name: String,
    pub l10n_name: Option<String>,
    /// Attributes other than `data-l10n-name`, sorted by name.
    pub attributes: Vec<(String, String)>,
    pub closed: bool,
}

impl Element {
    /// How the element is shown in messages: `<a data-l10n-name="x">`.
    pub fn describe(&self) -> String {
        match &self.l10n_name {
            Some(n) => format!("<{} data-l10n-name=\"{n}\">", self.name),
            None => format!("<{}>", self.name),
        }
    }
}

const VOID: &[&str] = &[
    "br", "hr", "img", "input", "wbr", "meta", "link", "source", "col", "area", "base", "embed",
    "track",
];
const DANGEROUS: &[&str] = &[
    "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "img", "svg",
    "math", "link", "meta", "base", "form", "input", "button", "textarea", "select", "video",
    "audio", "source", "template", "portal", "noscript",
];

/// The elements of markup text, in document order, and stray closing tags.
pub fn elements(markup_text: &str) -> (Vec<Element>, Vec<String>) {
    let nodes = markup::parse(markup_text);
    let mut out = Vec::new();
    let mut stray = Vec::new();
    fn walk(nodes: &[Node], out: &mut Vec<Element>, stray: &mut Vec<String>) {
        for n in nodes {
            match n {
                Node::Text(t) => {
                    let mut rest = t.as_str();
                    while let Some(p) = rest.find("</") {
                        let name: String = rest[p + 2..]
                            .chars()
                            .take_while(|c| c.is_ascii_alphanumeric())
                            .collect();
                        if !name.is_empty()
                            && rest[p + 2 + name.len()..].trim_start().starts_with('>')
                        {
                            stray.push(name.to_ascii_lowercase());
                        }
                        rest = &rest[p + 2..];
                    }
                }
                Node::Element {
                    name,
                    l10n_name,
                    attributes,
                    closed,
                    children,
                    ..
                } => {
                    let mut attrs: Vec<(String, String)> = attributes
                        .iter()
                        .filter(|(k, _)| k != "data-l10n-name")
                        .cloned()
                        .collect();
                    attrs.sort();
                    out.push(Element {
                        name: name.clone(),
                        l10n_name: l10n_name.clone(),
                        attributes: attrs,
                        closed: *closed || VOID.contains(&name.as_str()),
                    });
                    walk(children, out, stray);
                }
            }
        }
    }
    walk(&nodes, &mut out, &mut stray);
    (out, stray)
}

/// A markup problem: its code, its explanation, and the tag it is about.
pub type Problem = (&'static str, String, Place);

/// Which tag of the translation a problem is about, so that its finding
/// can point at it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// The `nth` (0 is the first) opening tag of element `name`.
    Tag { name: String, nth: usize },
    /// Attribute `attribute` of the `nth` opening tag of element `name`.
    Attribute {
        name: String,
        nth: usize,
        attribute: String,
    },
    /// A closing tag `</name>`, the `from_end`th counting from the last
    /// (stray closing tags are the extra ones, at the end).
    Closing { name: String, from_end: usize },
    /// Nothing in the translation (an element it lacks).
    Nowhere,
}

fn looks_like_url(v: &str) -> bool {
    let l = v.trim().to_ascii_lowercase();
    l.contains("://")
        || l.starts_with("//")
        || [
            "javascript:",
            "data:",
            "vbscript:",
            "mailto:",
            "tel:",
            "file:",
        ]
        .iter()
        .any(|s| l.starts_with(s))
}

/// Compares a translation's markup with the English markup.
pub fn compare(english: &str, translation: &str) -> Vec<Problem> {
    if !english.contains('<') && !translation.contains('<') {
        return Vec::new();
    }
    let (en, en_stray) = elements(english);
    let (tr, tr_stray) = elements(translation);
    let mut problems = Vec::new();
    if en.is_empty() && tr.is_empty() && tr_stray.is_empty() {
        return problems;
    }
    let mut unmatched_en: Vec<&Element> = en.iter().collect();
    for (i, t) in tr.iter().enumerate() {
        let nth = tr[..i].iter().filter(|o| o.name == t.name).count();
        let tag = || Place::Tag {
            name: t.name.clone(),
            nth,
        };
        let same_kind = |e: &&Element| e.name == t.name && e.l10n_name == t.l10n_name;
        let Some(pos) = unmatched_en.iter().position(same_kind) else {
            if DANGEROUS.contains(&t.name.as_str()) {
                problems.push((
                    "unsafe-markup",
                    format!("`<{}>` is not allowed in a translation", t.name),
                    tag(),
                ));
            } else if !t.attributes.is_empty() {
                problems.push((
                    "unsafe-markup",
                    format!("`{}` with attributes is not in the English", t.describe()),
                    tag(),
                ));
            } else {
                problems.push((
                    "markup-mismatch",
                    format!("`{}` is not in the English", t.describe()),
                    tag(),
                ));
            }
            continue;
        };
        let e = unmatched_en.remove(pos);
        for (name, value) in &t.attributes {
            let place = || Place::Attribute {
                name: t.name.clone(),
                nth,
                attribute: name.clone(),
            };
            match e.attributes.iter().find(|(n, _)| n == name) {
                None => problems.push((
                    "unsafe-markup",
                    format!(
                        "attribute `{name}` on `{}` is not in the English",
                        t.describe()
                    ),
                    place(),
                )),
                Some((_, ev))
                    if ev != value
                        && (looks_like_url(value)
                            || ev.contains(PLACEABLE_MARK)
                            || name.starts_with("on")
                            || name == "style") =>
                {
                    problems.push((
                        "unsafe-markup",
                        format!(
                            "attribute `{name}` on `{}` differs from the English",
                            t.describe()
                        ),
                        place(),
                    ))
                }
                Some(_) => {}
            }
        }
        if !t.closed && e.closed {
            problems.push((
                "markup-broken",
                format!("`{}` is not closed", t.describe()),
                tag(),
            ));
        }
    }
    for e in unmatched_en {
        problems.push((
            "markup-mismatch",
            format!("`{}` of the English is missing", e.describe()),
            Place::Nowhere,
        ));
    }
    for (k, s) in tr_stray.iter().enumerate() {
        if !en_stray.contains(s) {
            let from_end = tr_stray[k + 1..].iter().filter(|o| *o == s).count();
            problems.push((
                "markup-broken",
                format!("`</{s}>` closes an element that is not open"),
                Place::Closing {
                    name: s.clone(),
                    from_end,
                },
            ));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parity() {
        let en = r#"See <a data-l10n-name="x">this</a> <em>now</em>"#;
        assert!(compare(en, r#"<em>Ya</em> <a data-l10n-name="x">esto</a>"#).is_empty());
        let p = compare(
            en,
            r#"<a data-l10n-name="y">esto</a> <strong>ya</strong> <script>x</script>"#,
        );
        let codes: Vec<_> = p.iter().map(|(c, _, _)| *c).collect();
        assert_eq!(
            codes,
            [
                "markup-mismatch",
                "markup-mismatch",
                "unsafe-markup",
                "markup-mismatch",
                "markup-mismatch"
            ]
        );
    }

    #[test]
    fn attributes_and_urls() {
        let en = "<a href=\"\u{E000}\" class=\"btn\">Go</a>";
        assert!(compare(en, "<a class=\"btn\" href=\"\u{E000}\">Ir</a>").is_empty());
        let p = compare(en, "<a href=\"https://evil.example\" class=\"btn\">Ir</a>");
        assert_eq!(p[0].0, "unsafe-markup");
        let p = compare("<b>x</b>", "<b onclick=\"x()\">y</b>");
        assert_eq!(p[0].0, "unsafe-markup");
    }

    #[test]
    fn broken_markup() {
        let p = compare("<b>x</b>", "<b>y");
        assert_eq!(p[0].0, "markup-broken");
        let p = compare("x", "y</b>");
        assert_eq!(p[0].0, "markup-broken");
        assert!(compare("a <br> b", "a <br> b").is_empty());
    }
}
