//! Every finding code `folio check` can report, with its default severity and
//! a one-line description (shown in SARIF rules and `folio check --list-codes`).
//! The editors' lints on the English source ([`crate::lint`]) are here too:
//! `folio split` reports them as well, under the same policy.

use crate::diag::Severity;

/// A finding code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Code {
    pub name: &'static str,
    pub severity: Severity,
    pub description: &'static str,
    /// Completeness codes depend on the locale's status: errors in required
    /// locales, warnings elsewhere.
    pub completeness: bool,
}

const fn code(name: &'static str, severity: Severity, description: &'static str) -> Code {
    Code {
        name,
        severity,
        description,
        completeness: false,
    }
}

const fn completeness(name: &'static str, description: &'static str) -> Code {
    Code {
        name,
        severity: Severity::Error,
        description,
        completeness: true,
    }
}

use Severity::{Error, Info, Warning};

/// All codes, sorted by name.
pub const CODES: &[Code] = &[
    code(
        "added-reference",
        Warning,
        "the translation references a message or term that the English does not",
    ),
    code(
        "bare-cr",
        Warning,
        "a lone carriage return is read as a line break",
    ),
    code(
        "bidi-control",
        Error,
        "a bidi embedding or override character (U+202A–U+202E) can reorder text invisibly",
    ),
    code(
        "bidi-reordered-phrase",
        Info,
        "a left-to-right phrase in right-to-left text that displays reordered unless isolated (folio isolates it)",
    ),
    code(
        "broken-anchor",
        Warning,
        "English source: a link to an in-page anchor that does not exist, or that points at the block holding the link",
    ),
    code(
        "control-character",
        Error,
        "a NUL or other control character",
    ),
    code(
        "dangling-lead-in",
        Warning,
        "English source: a paragraph ending with `:` that no list (or deeper heading) follows",
    ),
    code(
        "dropped-reference",
        Warning,
        "the translation drops a message or term reference that the English has",
    ),
    code(
        "duplicate-attribute",
        Error,
        "an attribute is defined twice in one entry",
    ),
    code(
        "duplicate-id",
        Error,
        "an ID is defined twice in one file (a warning in the English source)",
    ),
    code(
        "duplicate-variant-key",
        Error,
        "a variant key appears twice in one select expression",
    ),
    code(
        "email-mismatch",
        Warning,
        "e-mail addresses differ from the English",
    ),
    code(
        "empty-value",
        Error,
        "the translation is empty or only white space",
    ),
    code(
        "file-too-large",
        Error,
        "the file is larger than folio reads",
    ),
    code(
        "identical",
        Info,
        "the translation is identical to the English",
    ),
    code("invalid-utf8", Error, "the file is not valid UTF-8"),
    code(
        "invisible-character",
        Warning,
        "an invisible character (zero-width, tag, or a joiner the script does not use)",
    ),
    code(
        "markup-broken",
        Error,
        "a tag is not closed, or closed without being opened",
    ),
    code(
        "markup-mismatch",
        Error,
        "inline elements differ from the English",
    ),
    code(
        "message-too-long",
        Error,
        "the message can format to more than 64 KiB (pages show the English)",
    ),
    completeness(
        "missing-attribute",
        "an attribute of the English entry is missing",
    ),
    completeness(
        "missing-file",
        "a file of the English source has no translation",
    ),
    completeness(
        "missing-message",
        "a message of the English source is not translated",
    ),
    completeness(
        "missing-term",
        "a term of the English source is not translated",
    ),
    completeness(
        "missing-value",
        "the English entry has a value, the translation only attributes",
    ),
    code(
        "nesting-too-deep",
        Error,
        "placeables are nested too deeply to parse safely",
    ),
    code(
        "not-a-file",
        Error,
        "a translation path is a directory, a symbolic link, a pipe or a device: it is not read, and fails every command",
    ),
    code(
        "number-mismatch",
        Warning,
        "numbers differ from the English (doses, dates, counts)",
    ),
    code(
        "obsolete-attribute",
        Warning,
        "an attribute that the English entry does not have",
    ),
    code(
        "obsolete-file",
        Warning,
        "a file that the English source does not have",
    ),
    code(
        "obsolete-message",
        Warning,
        "a message that the English source does not have",
    ),
    code(
        "obsolete-term",
        Warning,
        "a term that the English source does not have",
    ),
    code(
        "obsolete-value",
        Warning,
        "the translation has a value, the English entry only attributes",
    ),
    completeness(
        "outdated",
        "the English changed after this translation was made",
    ),
    code(
        "page-part-reference",
        Warning,
        "English source: words pointing at parts of a web page that folio's pages and PDFs do not have (\"click here\", \"at the bottom of the page\")",
    ),
    code(
        "phone-mismatch",
        Warning,
        "phone numbers differ from the English",
    ),
    code(
        "plural-category-impossible",
        Warning,
        "a plural variant for a category the locale does not have",
    ),
    code(
        "plural-category-missing",
        Warning,
        "a plural category of the locale has no variant",
    ),
    code(
        "reference-cycle",
        Error,
        "messages or terms reference each other in a cycle",
    ),
    code(
        "replacement-character",
        Error,
        "U+FFFD, the mark of text damaged by a wrong encoding",
    ),
    code(
        "syntax-error",
        Error,
        "the Fluent parser could not read an entry",
    ),
    code(
        "too-many-placeables",
        Error,
        "an entry has more placeables than the parser keeps",
    ),
    code(
        "unbalanced-isolate",
        Warning,
        "bidi isolates (U+2066–U+2069) are not balanced",
    ),
    code(
        "unknown-function",
        Error,
        "a function folio does not register (only NUMBER and DATETIME); the message cannot format",
    ),
    code(
        "unknown-reference",
        Error,
        "a reference to a message or term that exists nowhere",
    ),
    code(
        "unreadable-file",
        Error,
        "a translation file could not be read (permissions, I/O): it fails every command",
    ),
    code(
        "unsafe-markup",
        Error,
        "an element, attribute or URL that the English does not have",
    ),
    code("url-mismatch", Warning, "URLs differ from the English"),
    code(
        "variable-added",
        Error,
        "a variable that the English does not have; it cannot be filled in",
    ),
    code(
        "variable-dropped",
        Warning,
        "a variable of the English is not used",
    ),
];

/// The code named `name`.
pub fn lookup(name: &str) -> Option<&'static Code> {
    CODES
        .binary_search_by(|c| c.name.cmp(name))
        .ok()
        .map(|i| &CODES[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_sorted_unique_kebab_case() {
        for w in CODES.windows(2) {
            assert!(w[0].name < w[1].name, "{} / {}", w[0].name, w[1].name);
        }
        for c in CODES {
            assert!(
                c.name
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'-' || b.is_ascii_digit())
            );
        }
    }
}
