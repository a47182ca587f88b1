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
}

/// Text ready for the parser plus what was changed. `offset_shift` is the
/// number of bytes removed from the front (a BOM): add it to parser offsets.
#[derive(Debug)]
pub struct Guarded {
    pub text: String,
    pub offset_shift: usize,
    pub issues: Vec<GuardIssue>,
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
    let (body, shift) = match text.strip_prefix('\u{feff}') {
        Some(rest) => (rest, 3),
        None => (text, 0),
    };
    let mut bytes = body.as_bytes().to_vec();
    let mut issues = Vec::new();
    for i in 0..bytes.len() {
        if bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n') {
            bytes[i] = b'\n';
            issues.push(GuardIssue::BareCr(i + shift));
        }
    }
    for entry in entry_spans(&bytes) {
        let (depth_at, placeables) = scan_entry(&bytes[entry.clone()]);
        let blank = if let Some(at) = depth_at {
            issues.push(GuardIssue::TooDeep {
                entry: entry.start + shift..entry.end + shift,
                at: entry.start + at + shift,
            });
            true
        } else if placeables > MAX_PLACEABLES {
            issues.push(GuardIssue::TooManyPlaceables {
                entry: entry.start + shift..entry.end + shift,
                count: placeables,
            });
            true
        } else {
            false
        };
        if blank {
            for b in &mut bytes[entry] {
                if *b != b'\n' {
                    *b = b' ';
                }
            }
        }
    }
    // Only ASCII bytes were replaced by ASCII bytes, at character boundaries or
    // inside characters entirely replaced: the text stays valid UTF-8.
    let text = String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    Guarded {
        text,
        offset_shift: shift,
        issues,
    }
}

/// Byte ranges of entries: from a line that starts an entry (not indented,
/// not a comment, not blank) to the next such line or comment.
fn entry_spans(bytes: &[u8]) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut start: Option<usize> = None;
    let mut line_start = 0;
    while line_start < bytes.len() {
        let end = bytes[line_start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |p| line_start + p + 1);
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
        line_start = end;
    }
    if let Some(s) = start {
        spans.push(s..bytes.len());
    }
    spans
}

/// Returns the offset where nesting first exceeds [`MAX_DEPTH`], and the
/// number of placeables opened in the entry. String literals are skipped.
fn scan_entry(bytes: &[u8]) -> (Option<usize>, usize) {
    let mut depth = 0usize;
    let mut count = 0usize;
    let mut in_string = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if in_string {
            match b {
                b'\\' => i += 1,
                b'"' | b'\n' => in_string = false,
                _ => {}
            }
        } else {
            match b {
                b'{' => {
                    depth += 1;
                    count += 1;
                    if depth > MAX_DEPTH {
                        return (Some(i), count);
                    }
                }
                b'}' => depth = depth.saturating_sub(1),
                b'"' if depth > 0 => in_string = true,
                _ => {}
            }
        }
        i += 1;
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
    fn braces_in_string_literals_do_not_count() {
        let g = guard(&format!("m = {{ \"{}\" }}\n", "{".repeat(100)));
        assert!(g.issues.is_empty());
    }
}
