//! Character rules: characters that damage or disguise text. Scans the
//! source of one entry; positions are byte offsets into the file.

/// What is wrong with a character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CharIssue {
    Replacement,
    Control,
    BidiControl,
    Invisible,
}

impl CharIssue {
    pub fn code(self) -> &'static str {
        match self {
            CharIssue::Replacement => "replacement-character",
            CharIssue::Control => "control-character",
            CharIssue::BidiControl => "bidi-control",
            CharIssue::Invisible => "invisible-character",
        }
    }
}

/// Which invisible characters a locale legitimately uses.
#[derive(Debug, Clone, Copy, Default)]
pub struct Allowances {
    /// ZWNJ/ZWJ (U+200C, U+200D): Arabic, Persian, Indic and other scripts need them.
    pub joiners: bool,
    /// LRM/RLM/ALM (U+200E, U+200F, U+061C): right-to-left locales use them.
    pub direction_marks: bool,
}

/// Languages whose scripts use ZWNJ/ZWJ in ordinary text.
const JOINER_LANGUAGES: &[&str] = &[
    "ar", "fa", "ur", "ps", "ckb", "sd", "ug", "hi", "bn", "mr", "ne", "ta", "te", "kn", "ml",
    "gu", "pa", "si", "or", "as", "sa", "my", "km", "lo", "bo", "dv", "he", "yi", "syr", "mai",
    "bho", "sat",
];
const RTL_LANGUAGES: &[&str] = &[
    "ar", "he", "fa", "ur", "ps", "ckb", "sd", "ug", "yi", "dv", "syr",
];

impl Allowances {
    /// The allowances of a locale tag, by its language.
    pub fn for_locale(tag: &str) -> Self {
        let lang = tag.split(['-', '_']).next().unwrap_or(tag);
        Allowances {
            joiners: JOINER_LANGUAGES.contains(&lang),
            direction_marks: RTL_LANGUAGES.contains(&lang),
        }
    }
}

/// Classifies one character.
pub fn classify(c: char, allow: Allowances) -> Option<CharIssue> {
    match c {
        '\u{FFFD}' => Some(CharIssue::Replacement),
        '\t' | '\n' | '\r' => None,
        '\u{202A}'..='\u{202E}' => Some(CharIssue::BidiControl),
        '\u{200C}' | '\u{200D}' if allow.joiners => None,
        '\u{200E}' | '\u{200F}' | '\u{061C}' if allow.direction_marks => None,
        '\u{200B}'..='\u{200F}'
        | '\u{2060}'..='\u{2064}'
        | '\u{FEFF}'
        | '\u{061C}'
        | '\u{180E}' => Some(CharIssue::Invisible),
        '\u{E0000}'..='\u{E007F}' => Some(CharIssue::Invisible),
        c if c.is_control() => Some(CharIssue::Control),
        _ => None,
    }
}

/// True if the character starting at `b[0]` may be flagged by [`classify`]
/// or matter to isolates, judged from its UTF-8 bytes without decoding:
/// controls, U+0080–U+009F, U+061C, U+180E, U+200B–U+200F, U+202A–U+202E,
/// U+2060–U+206F, U+FEFF, U+FFFD and tag characters.
fn interesting(b: &[u8]) -> bool {
    match b[0] {
        0x00..=0x1F | 0x7F => true,
        0xC2 => b.get(1).is_some_and(|&x| (0x80..=0x9F).contains(&x)),
        0xD8 => b.get(1) == Some(&0x9C),
        0xE1 => b.get(1) == Some(&0xA0) && b.get(2) == Some(&0x8E),
        0xE2 => match b.get(1) {
            Some(0x80) => b
                .get(2)
                .is_some_and(|&x| (0x8B..=0x8F).contains(&x) || (0xAA..=0xAE).contains(&x)),
            Some(0x81) => b.get(2).is_some_and(|&x| (0xA0..=0xAF).contains(&x)),
            _ => false,
        },
        0xEF => matches!(
            (b.get(1), b.get(2)),
            (Some(0xBB), Some(0xBF)) | (Some(0xBF), Some(0xBD))
        ),
        0xF3 => b.get(1) == Some(&0xA0),
        _ => false,
    }
}

/// Bytes that can start a character [`interesting`] looks at.
static LEAD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = true;
        b += 1;
    }
    t[0x7F] = true;
    t[0xC2] = true;
    t[0xD8] = true;
    t[0xE1] = true;
    t[0xE2] = true;
    t[0xEF] = true;
    t[0xF3] = true;
    t
};

/// Finds character issues in `text` (the source of one entry starting at
/// byte `base` of its file): each issue once per kind, at its first place.
/// Skips plain bytes quickly: most text has nothing to report.
pub fn scan(text: &str, base: usize, allow: Allowances) -> Vec<(CharIssue, usize, char)> {
    let mut out: Vec<(CharIssue, usize, char)> = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !LEAD[bytes[i] as usize] || !interesting(&bytes[i..]) {
            i += 1;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        if let Some(issue) = classify(c, allow)
            && !out.iter().any(|(k, _, _)| *k == issue)
        {
            out.push((issue, base + i, c));
        }
        i += c.len_utf8();
    }
    out
}

/// The offset of the first isolate that is not balanced (U+2066–U+2068
/// open, U+2069 closes), if any.
pub fn unbalanced_isolate(text: &str, base: usize) -> Option<usize> {
    // U+2066–U+2069 are E2 81 A6–A9 in UTF-8.
    memchr::memmem::find(text.as_bytes(), &[0xE2, 0x81])?;
    let mut open: Vec<usize> = Vec::new();
    for (i, c) in text.char_indices() {
        match c {
            '\u{2066}'..='\u{2068}' => open.push(base + i),
            '\u{2069}' if open.pop().is_none() => return Some(base + i),
            '\n' => {
                if let Some(&first) = open.first() {
                    return Some(first);
                }
            }
            _ => {}
        }
    }
    open.first().copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_each_kind() {
        let none = Allowances::default();
        let found = scan("a\u{FFFD}b\u{0}c\u{202E}d\u{200B}e\u{E0041}", 10, none);
        let kinds: Vec<_> = found.iter().map(|(k, _, _)| *k).collect();
        assert_eq!(
            kinds,
            [
                CharIssue::Replacement,
                CharIssue::Control,
                CharIssue::BidiControl,
                CharIssue::Invisible
            ]
        );
        assert_eq!(found[0].1, 11);
    }

    #[test]
    fn joiners_depend_on_the_script() {
        assert_eq!(classify('\u{200C}', Allowances::for_locale("fa")), None);
        assert_eq!(
            classify('\u{200C}', Allowances::for_locale("de")),
            Some(CharIssue::Invisible)
        );
        assert_eq!(classify('\u{200F}', Allowances::for_locale("ar")), None);
        assert_eq!(
            classify('\u{200F}', Allowances::for_locale("fr")),
            Some(CharIssue::Invisible)
        );
    }

    #[test]
    fn isolates() {
        assert_eq!(unbalanced_isolate("a\u{2068}b\u{2069}", 0), None);
        assert_eq!(unbalanced_isolate("a\u{2068}b", 0), Some(1));
        assert_eq!(unbalanced_isolate("a\u{2069}", 5), Some(6));
    }
}
