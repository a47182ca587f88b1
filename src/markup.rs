//! Overlay markup: the tiny inline HTML that messages may carry (`<a
//! data-l10n-name="…">`, `<em>`, `<strong>`, `<code>`, `<br>`). Parses a
//! formatted message into [`Node`]s without ever failing; anything that is
//! not a well-formed tag stays text. Renderers build elements only from the
//! English message's elements and take attributes only from the content
//! (see [`crate::render::html`]), never from a translation.

/// Elements a message may contain. Everything else is shown as text.
pub const INLINE_ELEMENTS: &[&str] = &[
    "a", "em", "strong", "code", "br", "b", "i", "sup", "sub", "span",
];

/// A node of parsed message markup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Text(String),
    Element {
        /// Lowercased tag name.
        name: String,
        /// The `data-l10n-name` attribute, if present.
        l10n_name: Option<String>,
        /// Every attribute as written (name, value), for the checker.
        attributes: Vec<(String, String)>,
        /// The opening tag exactly as written, shown as text if the element is refused.
        raw_open: String,
        /// Whether a closing tag was found.
        closed: bool,
        children: Vec<Node>,
    },
}

/// Parses markup. Unknown or malformed tags, stray closing tags and unknown
/// entities remain text; unclosed elements end at the end of the input.
///
/// ```
/// use folio::markup::{parse, Node};
/// let nodes = parse(r#"Call <a data-l10n-name="tel">now</a> &amp; <b"#);
/// assert_eq!(nodes.len(), 3);
/// assert!(matches!(&nodes[1], Node::Element { name, l10n_name: Some(n), .. } if name == "a" && n == "tel"));
/// assert_eq!(nodes[2], Node::Text(" & <b".into()));
/// ```
pub fn parse(input: &str) -> Vec<Node> {
    // Stack of open elements: (name, l10n_name, attributes, raw_open, children).
    type Open = (
        String,
        Option<String>,
        Vec<(String, String)>,
        String,
        Vec<Node>,
    );
    let mut stack: Vec<Open> = vec![(String::new(), None, Vec::new(), String::new(), Vec::new())];
    let mut text = String::new();
    let mut i = 0;
    let bytes = input.as_bytes();
    fn flush(text: &mut String, stack: &mut [Open]) {
        if !text.is_empty()
            && let Some(top) = stack.last_mut()
        {
            top.4.push(Node::Text(std::mem::take(text)));
        }
    }
    while i < input.len() {
        let rest = &input[i..];
        if bytes[i] == b'<' {
            if let Some((tag, len)) = parse_tag(rest) {
                match tag {
                    Tag::Open {
                        name,
                        attributes,
                        self_closing,
                    } => {
                        flush(&mut text, &mut stack);
                        let l10n_name = attributes
                            .iter()
                            .find(|(k, _)| k == "data-l10n-name")
                            .map(|(_, v)| v.clone());
                        let raw = rest[..len].to_owned();
                        if self_closing || name == "br" {
                            if let Some(top) = stack.last_mut() {
                                top.4.push(Node::Element {
                                    name,
                                    l10n_name,
                                    attributes,
                                    raw_open: raw,
                                    closed: true,
                                    children: Vec::new(),
                                });
                            }
                        } else {
                            stack.push((name, l10n_name, attributes, raw, Vec::new()));
                        }
                        i += len;
                        continue;
                    }
                    Tag::Close { name } => {
                        if let Some(pos) = stack
                            .iter()
                            .rposition(|(n, ..)| *n == name)
                            .filter(|&p| p > 0)
                        {
                            flush(&mut text, &mut stack);
                            while stack.len() > pos {
                                let (n, l, a, r, c) = stack.pop().unwrap_or_default();
                                let closed = stack.len() == pos;
                                if let Some(top) = stack.last_mut() {
                                    top.4.push(Node::Element {
                                        name: n,
                                        l10n_name: l,
                                        attributes: a,
                                        raw_open: r,
                                        closed,
                                        children: c,
                                    });
                                }
                            }
                            i += len;
                            continue;
                        }
                    }
                }
            }
        } else if bytes[i] == b'&'
            && let Some((decoded, len)) = entity_at(rest)
        {
            text.push(decoded);
            i += len;
            continue;
        }
        // Copy plain text up to the next `<` or `&` in one go.
        let skip = if bytes[i] == b'<' || bytes[i] == b'&' {
            1
        } else {
            0
        };
        let next =
            memchr::memchr2(b'<', b'&', &bytes[i + skip..]).map_or(input.len(), |p| i + skip + p);
        text.push_str(&input[i..next]);
        i = next;
    }
    flush(&mut text, &mut stack);
    while stack.len() > 1 {
        let (n, l, a, r, c) = stack.pop().unwrap_or_default();
        if let Some(top) = stack.last_mut() {
            top.4.push(Node::Element {
                name: n,
                l10n_name: l,
                attributes: a,
                raw_open: r,
                closed: false,
                children: c,
            });
        }
    }
    stack.pop().map(|s| s.4).unwrap_or_default()
}

enum Tag {
    Open {
        name: String,
        attributes: Vec<(String, String)>,
        self_closing: bool,
    },
    Close {
        name: String,
    },
}

/// Parses a tag at the start of `s` (which starts with `<`); returns it and its length.
fn parse_tag(s: &str) -> Option<(Tag, usize)> {
    let b = s.as_bytes();
    let mut i = 1;
    let closing = b.get(1) == Some(&b'/');
    if closing {
        i += 1;
    }
    let name_start = i;
    while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'-') {
        i += 1;
    }
    if i == name_start || !b[name_start].is_ascii_alphabetic() {
        return None;
    }
    let name = s[name_start..i].to_ascii_lowercase();
    if closing {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        return (b.get(i) == Some(&b'>')).then_some((Tag::Close { name }, i + 1));
    }
    let mut attributes = Vec::new();
    loop {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        match b.get(i) {
            None => return None,
            Some(b'>') => {
                return Some((
                    Tag::Open {
                        name,
                        attributes,
                        self_closing: false,
                    },
                    i + 1,
                ));
            }
            Some(b'/') if b.get(i + 1) == Some(&b'>') => {
                return Some((
                    Tag::Open {
                        name,
                        attributes,
                        self_closing: true,
                    },
                    i + 2,
                ));
            }
            _ => {}
        }
        let an_start = i;
        while i < b.len()
            && !b[i].is_ascii_whitespace()
            && !matches!(b[i], b'=' | b'>' | b'/' | b'"' | b'\'' | b'<')
        {
            i += 1;
        }
        if i == an_start {
            return None;
        }
        let an = s[an_start..i].to_ascii_lowercase();
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = String::new();
        if b.get(i) == Some(&b'=') {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            match b.get(i) {
                Some(&q @ (b'"' | b'\'')) => {
                    let end = s[i + 1..].find(q as char)? + i + 1;
                    value = decode_entities(&s[i + 1..end]);
                    i = end + 1;
                }
                Some(_) => {
                    let vs = i;
                    while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                        i += 1;
                    }
                    value = decode_entities(&s[vs..i]);
                }
                None => return None,
            }
        }
        attributes.push((an, value));
    }
}

fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if let Some((c, len)) = entity_at(&s[i..]) {
            out.push(c);
            i += len;
        } else {
            let c = s[i..].chars().next().unwrap_or('\u{fffd}');
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

/// Decodes an entity at the start of `s` (`&amp;`, `&lt;`, `&gt;`, `&quot;`,
/// `&apos;`, `&nbsp;`, `&#NN;`, `&#xHH;`). Returns the character and length.
pub fn entity_at(s: &str) -> Option<(char, usize)> {
    let rest = s.strip_prefix('&')?;
    let end = rest.find(';').filter(|&e| e <= 10)?;
    let name = &rest[..end];
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(code).filter(|c| *c != '\0')?
        }
    };
    Some((c, end + 2))
}

/// The visible text of nodes.
pub fn plain_text(nodes: &[Node]) -> String {
    let mut out = String::new();
    for n in nodes {
        match n {
            Node::Text(t) => out.push_str(t),
            Node::Element { name, children, .. } => {
                if name == "br" {
                    out.push('\n');
                }
                out.push_str(&plain_text(children));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_and_unclosed() {
        let n = parse("<em>a <strong>b</em> c");
        // </em> closes both; " c" is outside.
        assert_eq!(plain_text(&n), "a b c");
        assert!(matches!(&n[0], Node::Element { name, closed: true, .. } if name == "em"));
        let n = parse("<em>open");
        assert!(matches!(&n[0], Node::Element { closed: false, .. }));
    }

    #[test]
    fn stray_close_and_bad_tags_are_text() {
        assert_eq!(parse("a </b> <3 <"), vec![Node::Text("a </b> <3 <".into())]);
        assert_eq!(
            parse("x &bogus; &#0; &#x41;"),
            vec![Node::Text("x &bogus; &#0; A".into())]
        );
    }

    #[test]
    fn attributes_are_recorded() {
        let n = parse(r#"<a href="javascript:x" data-l10n-name='k' onclick=y>t</a>"#);
        let Node::Element {
            attributes,
            l10n_name,
            ..
        } = &n[0]
        else {
            panic!()
        };
        assert_eq!(l10n_name.as_deref(), Some("k"));
        assert_eq!(attributes.len(), 3);
    }
}
