//! Pseudo-locales, generated on the fly from English for layout testing:
//! `en-XA` (accented and about a third longer, to catch truncation and
//! missing glyphs) and `ar-XB` (every word mirrored, on a right-to-left page,
//! to catch layout that does not mirror). Only text is transformed:
//! placeables, markup tags and entities are kept byte for byte. Pure.

use fluent_syntax::ast;

/// The pseudo-locales folio knows.
pub const PSEUDO_LOCALES: &[&str] = &["en-XA", "ar-XB"];

fn accent(c: char) -> char {
    match c {
        'a' => 'á',
        'b' => 'ƀ',
        'c' => 'ç',
        'd' => 'ð',
        'e' => 'é',
        'f' => 'ƒ',
        'g' => 'ĝ',
        'h' => 'ĥ',
        'i' => 'î',
        'j' => 'ĵ',
        'k' => 'ķ',
        'l' => 'ļ',
        'm' => 'ɱ',
        'n' => 'ñ',
        'o' => 'ö',
        'p' => 'þ',
        'q' => 'ǫ',
        'r' => 'ŕ',
        's' => 'š',
        't' => 'ţ',
        'u' => 'û',
        'v' => 'ṽ',
        'w' => 'ŵ',
        'x' => 'ẋ',
        'y' => 'ý',
        'z' => 'ž',
        'A' => 'Å',
        'B' => 'Ɓ',
        'C' => 'Ç',
        'D' => 'Ð',
        'E' => 'É',
        'F' => 'Ƒ',
        'G' => 'Ĝ',
        'H' => 'Ĥ',
        'I' => 'Î',
        'J' => 'Ĵ',
        'K' => 'Ķ',
        'L' => 'Ļ',
        'M' => 'Ṁ',
        'N' => 'Ñ',
        'O' => 'Ö',
        'P' => 'Þ',
        'Q' => 'Ǫ',
        'R' => 'Ŕ',
        'S' => 'Š',
        'T' => 'Ţ',
        'U' => 'Û',
        'V' => 'Ṽ',
        'W' => 'Ŵ',
        'X' => 'Ẋ',
        'Y' => 'Ý',
        'Z' => 'Ž',
        other => other,
    }
}

/// Splits text into pieces that are markup (`<…>` tags, `&…;` entities) or plain text.
fn pieces(text: &str) -> Vec<(bool, &str)> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let next = rest.find(['<', '&']).unwrap_or(rest.len());
        if next > 0 {
            out.push((false, &rest[..next]));
            rest = &rest[next..];
            continue;
        }
        let end = if rest.starts_with('<') {
            rest.find('>').map(|e| e + 1)
        } else {
            rest.find(';').filter(|&e| e <= 10).map(|e| e + 1)
        };
        match end {
            Some(e) => {
                out.push((true, &rest[..e]));
                rest = &rest[e..];
            }
            None => {
                out.push((false, &rest[..1]));
                rest = &rest[1..];
            }
        }
    }
    out
}

/// Transforms the plain text of one text element for `locale`.
pub fn transform_text(locale: &str, text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for (markup, piece) in pieces(text) {
        if markup {
            out.push_str(piece);
            continue;
        }
        match locale {
            "ar-XB" => {
                // Mirror each word; keep spaces and line breaks where they are.
                let mut word = String::new();
                for c in piece.chars() {
                    if c.is_whitespace() {
                        out.extend(word.chars().rev());
                        word.clear();
                        out.push(c);
                    } else {
                        word.push(c);
                    }
                }
                out.extend(word.chars().rev());
            }
            _ => {
                // Accents, and every third letter doubled: about a third longer.
                let mut n = 0;
                for c in piece.chars() {
                    out.push(accent(c));
                    if c.is_alphabetic() {
                        n += 1;
                        if n % 3 == 0 {
                            out.push(accent(c));
                        }
                    }
                }
            }
        }
    }
    out
}

fn walk_pattern(locale: &str, p: &mut ast::Pattern<String>) {
    for el in &mut p.elements {
        match el {
            ast::PatternElement::TextElement { value } => *value = transform_text(locale, value),
            ast::PatternElement::Placeable { expression } => walk_expression(locale, expression),
        }
    }
}

fn walk_expression(locale: &str, e: &mut ast::Expression<String>) {
    if let ast::Expression::Select { variants, .. } = e {
        for v in variants {
            walk_pattern(locale, &mut v.value);
        }
    }
}

/// The pseudo-locale `locale` of an English FTL source: same IDs, same
/// placeables and markup, transformed text. `None` if `locale` is not a
/// pseudo-locale or the source does not parse.
pub fn pseudo_ftl(locale: &str, english: &str) -> Option<String> {
    if !PSEUDO_LOCALES.contains(&locale) {
        return None;
    }
    let parsed = fluent_syntax::parser::parse(english.to_owned()).unwrap_or_else(|(res, _)| res);
    let mut res: ast::Resource<String> = parsed;
    res.body
        .retain(|e| matches!(e, ast::Entry::Message(_) | ast::Entry::Term(_)));
    for entry in &mut res.body {
        match entry {
            ast::Entry::Message(m) => {
                if let Some(v) = &mut m.value {
                    walk_pattern(locale, v);
                }
                for a in &mut m.attributes {
                    walk_pattern(locale, &mut a.value);
                }
                m.comment = None;
            }
            ast::Entry::Term(t) => {
                walk_pattern(locale, &mut t.value);
                for a in &mut t.attributes {
                    walk_pattern(locale, &mut a.value);
                }
                t.comment = None;
            }
            _ => {}
        }
    }
    Some(fluent_syntax::serializer::serialize(&res))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accented_is_longer_and_keeps_markup_and_placeables() {
        let en = "hello = Hello <a data-l10n-name=\"x\">world</a> &amp; { $name }\n";
        let xa = pseudo_ftl("en-XA", en).unwrap();
        assert!(
            xa.contains("<a data-l10n-name=\"x\">")
                && xa.contains("</a>")
                && xa.contains("&amp;")
                && xa.contains("{ $name }"),
            "{xa}"
        );
        assert!(xa.contains("Ĥéļļö") || xa.contains("Ĥé"), "{xa}");
        let text_len = |s: &str| s.chars().count();
        assert!(
            text_len(&transform_text(
                "en-XA",
                "Important research into neuroblastoma"
            )) * 100
                / text_len("Important research into neuroblastoma")
                >= 125
        );
    }

    #[test]
    fn mirrored_reverses_words_only() {
        assert_eq!(
            transform_text("ar-XB", "Call us <b>now</b>"),
            "llaC su <b>won</b>"
        );
        assert!(pseudo_ftl("xx", "a = b\n").is_none());
    }
}
