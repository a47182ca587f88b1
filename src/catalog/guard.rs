//! Guards that run before fluent-syntax parses a file. The parser overflows
//! its stack on deeply nested placeables, loses the message after a bare CR,
//! turns a leading BOM into a parse error and silently cuts a message after
//! 100 placeables. Each guard keeps byte offsets unchanged (or reports the
//! shift) so diagnostics point into the file as the translator sees it.

use std::ops::Range;

/// Deepest `{` nesting accepted in one entry; real Fluent rarely goes past 3.
pub const MAX_DEPTH: usize = 32;
/// The most placeables one entry may hold (fluent-syntax cuts off after 100).
pub const MAX_PLACEABLES: usize = 100;
/// The largest `.ftl` file folio reads.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// What a guard found and neutralized.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GuardIssue {
    /// A bare CR at this offset, read as a line ending.
    BareCr(usize),
    /// An entry nested deeper than [`MAX_DEPTH`]; blanked out before parsing.
    TooDeep { entry: Range<usize>, at: usize },
    /// An entry with more than [`MAX_PLACEABLES`] placeables; blanked out.
    TooManyPlaceables { entry: Range<usize>, count: usize },
    /// A parse error (not a guard's): offset, start of the affected entry, reason.
    Syntax(usize, Option<usize>, String),
}

/// Text ready for the parser plus what was changed. `offset_shift` is the
/// number of bytes removed from the front (a BOM): add it to parser offsets.
#[derive(Debug)]
pub struct Guarded {
    pub text: String,
    pub offset_shift: usize,
    pub issues: Vec<GuardIssue>,
    /// The text as given, if the guards changed it.
    pub original: Option<String>,
}

/// Prepares `text` for fluent-syntax.
///
/// ```
/// use folio::catalog::guard::{guard, GuardIssue};
/// let g = guard("\u{feff}a = 1\rb = 2\n");
/// assert_eq!(g.text, "a = 1\nb = 2\n");
/// assert_eq!(g.offset_shift, 3);
/// assert_eq!(g.issues, vec![GuardIssue::BareCr(8)]);
/// ```
pub fn guard(text: &str) -> Guarded {
    guard_owned(text.to_owned())
}

/// [`guard`] on an owned text: the text is only copied when a guard changes it.
pub fn guard_owned(text: String) -> Guarded {
    let shift = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let body = &text.as_bytes()[shift..];
    let mut issues = Vec::new();
    let mut blank: Vec<Range<usize>> = Vec::new();
    let has_cr = body.contains(&b'\r');
    if has_cr {
        for i in 0..body.len() {
            if body[i] == b'\r' && body.get(i + 1) != Some(&b'\n') {
                issues.push(GuardIssue::BareCr(i + shift));
            }
        }
    }
    // Only a file with more than MAX_DEPTH braces or parentheses can break
    // either limit (call and term arguments nest with parentheses).
    if memchr::memchr_iter(b'{', body).nth(MAX_DEPTH).is_some()
        || memchr::memchr_iter(b'(', body).nth(MAX_DEPTH).is_some()
    {
        for entry in entry_spans(body) {
            let (depth_at, placeables) = scan_entry(&body[entry.clone()]);
            if let Some(at) = depth_at {
                issues.push(GuardIssue::TooDeep {
                    entry: entry.start + shift..entry.end + shift,
                    at: entry.start + at + shift,
                });
                blank.push(entry);
            } else if placeables > MAX_PLACEABLES {
                issues.push(GuardIssue::TooManyPlaceables {
                    entry: entry.start + shift..entry.end + shift,
                    count: placeables,
                });
                blank.push(entry);
            }
        }
    }
    if shift == 0 && issues.is_empty() {
        return Guarded {
            text,
            offset_shift: 0,
            issues,
            original: None,
        };
    }
    let mut bytes = body.to_vec();
    for b in bytes.iter_mut().filter(|b| **b == b'\r') {
        *b = b'\n';
    }
    // CRLF became LF LF: turn the CR of each CRLF back (only bare CRs change).
    for i in 0..body.len() {
        if body[i] == b'\r' && body.get(i + 1) == Some(&b'\n') {
            bytes[i] = b'\r';
        }
    }
    for entry in blank {
        for b in &mut bytes[entry] {
            if *b != b'\n' {
                *b = b' ';
            }
        }
    }
    // Only ASCII bytes were replaced by ASCII bytes, inside lines that are
    // entirely replaced or at single-byte characters: still valid UTF-8.
    let guarded = String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    Guarded {
        text: guarded,
        offset_shift: shift,
        issues,
        original: Some(text),
    }
}

/// Byte ranges of entries: from a line that starts an entry (not indented,
/// not a comment, not blank) to the next such line or comment.
fn entry_spans(bytes: &[u8]) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut start: Option<usize> = None;
    let mut line_start = 0;
    while line_start < bytes.len() {
        let first = bytes[line_start];
        let starts_entry = !matches!(
            first,
            b' ' | b'\t' | b'\n' | b'\r' | b'}' | b'[' | b'*' | b'.'
        );
        if starts_entry {
            if let Some(s) = start.take() {
                spans.push(s..line_start);
            }
            if first != b'#' {
                start = Some(line_start);
            }
        }
        line_start =
            memchr::memchr(b'\n', &bytes[line_start..]).map_or(bytes.len(), |p| line_start + p + 1);
    }
    if let Some(s) = start {
        spans.push(s..bytes.len());
    }
    spans
}

/// Returns the offset where nesting first exceeds [`MAX_DEPTH`], and the
/// number of placeables opened in the entry. Nesting counts every construct
/// the parser and the resolver descend into recursively: placeables (which
/// also hold selectors, variants and nested selects) and, inside
/// placeables, the parentheses of call and term arguments
/// (`NUMBER(NUMBER(…))`, `-term(x: -other(…))`). Parentheses in plain text
/// are text. String literals are skipped.
fn scan_entry(bytes: &[u8]) -> (Option<usize>, usize) {
    // Open braces and open parentheses, one stack depth.
    let mut braces = 0usize;
    let mut parens = 0usize;
    let mut count = 0usize;
    let mut i = 0;
    let next = |from: usize| {
        bytes[from..]
            .iter()
            .position(|b| matches!(b, b'{' | b'}' | b'"' | b'(' | b')'))
            .map(|p| from + p)
    };
    while let Some(at) = if braces == 0 {
        // In text only braces matter: the fast search.
        memchr::memchr(b'{', &bytes[i..]).map(|p| i + p)
    } else {
        next(i)
    } {
        match bytes[at] {
            b'{' => {
                braces += 1;
                count += 1;
                if braces + parens > MAX_DEPTH {
                    return (Some(at), count);
                }
                i = at + 1;
            }
            b'}' => {
                braces = braces.saturating_sub(1);
                if braces == 0 {
                    parens = 0;
                }
                i = at + 1;
            }
            b'(' => {
                parens += 1;
                if braces + parens > MAX_DEPTH {
                    return (Some(at), count);
                }
                i = at + 1;
            }
            b')' => {
                parens = parens.saturating_sub(1);
                i = at + 1;
            }
            b'"' => {
                // A string literal: skip to its closing quote (or the line end).
                let mut j = at + 1;
                while j < bytes.len() && !matches!(bytes[j], b'"' | b'\n') {
                    j += if bytes[j] == b'\\' { 2 } else { 1 };
                }
                i = (j + 1).min(bytes.len());
            }
            _ => i = at + 1,
        }
    }
    (None, count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blanks_deep_entries_and_keeps_others() {
        let deep = format!("bad = {}x{}\n", "{".repeat(5000), "}".repeat(5000));
        let text = format!("a = A\n{deep}c = C\n");
        let g = guard(&text);
        assert_eq!(g.text.len(), text.len());
        assert!(g.text.starts_with("a = A\n") && g.text.ends_with("c = C\n"));
        assert!(matches!(g.issues[0], GuardIssue::TooDeep { at, .. } if at == 6 + 6 + MAX_DEPTH));
    }

    #[test]
    fn counts_placeables() {
        let many = format!("m = {}\n", "{ $x }".repeat(101));
        let g = guard(&many);
        assert!(matches!(
            g.issues[0],
            GuardIssue::TooManyPlaceables { count: 101, .. }
        ));
        let fine = format!("m = {}\n", "{ $x }".repeat(100));
        assert!(guard(&fine).issues.is_empty());
    }

    #[test]
    fn blanks_deeply_nested_calls_and_term_arguments() {
        // 20,000 nested calls overflowed fluent-syntax's stack (one `{`).
        let calls = format!(
            "a = A\nbad = {{ {}1{} }}\nc = C\n",
            "NUMBER(".repeat(20_000),
            ")".repeat(20_000)
        );
        let g = guard(&calls);
        let start = "a = A\n".len();
        assert!(
            matches!(g.issues[..], [GuardIssue::TooDeep { ref entry, at }] if entry.start == start && at == start + "bad = { ".len() + 7 * (MAX_DEPTH - 1) + 6),
            "{:?}",
            g.issues
        );
        assert!(g.text.starts_with("a = A\n") && g.text.ends_with("c = C\n"));
        let terms = format!("t = {{ {}1{} }}\n", "-t(x: ".repeat(50), ")".repeat(50));
        assert!(matches!(
            guard(&terms).issues[..],
            [GuardIssue::TooDeep { .. }]
        ));
        // Parentheses in text, and shallow calls, are fine.
        let text = format!("p = {}{{ NUMBER(NUMBER($n)) }}\n", "(see) ".repeat(100));
        assert!(guard(&text).issues.is_empty());
    }

    #[test]
    fn braces_in_string_literals_do_not_count() {
        let g = guard(&format!("m = {{ \"{}\" }}\n", "{".repeat(100)));
        assert!(g.issues.is_empty());
    }
}
