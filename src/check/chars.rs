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

/// Finds character issues in `text` (the source of one entry starting at
/// byte `base` of its file): each issue once per kind, at its first place,
/// plus unbalanced isolates.
pub fn scan(text: &str, base: usize, allow: Allowances) -> Vec<(CharIssue, usize, char)> {
    let mut out: Vec<(CharIssue, usize, char)> = Vec::new();
    for (i, c) in text.char_indices() {
        if let Some(issue) = classify(c, allow) {
            if !out.iter().any(|(k, _, _)| *k == issue) {
                out.push((issue, base + i, c));
            }
        }
    }
    out
}

/// The offset of the first isolate that is not balanced (U+2066–U+2068
/// open, U+2069 closes), if any.
pub fn unbalanced_isolate(text: &str, base: usize) -> Option<usize> {
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
