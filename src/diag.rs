//! Diagnostics: findings about input files (syntax errors, missing or broken
//! messages, unusual characters) collected while the pipeline keeps going.
//! Plain data with a stable kebab-case code; printed only at the CLI edge.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::position::LineIndex;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// A place in a file: path plus 1-based line and column (in characters,
/// i.e. Unicode code points), and where the thing it points at ends.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Location {
    pub file: PathBuf,
    pub line: usize,
    pub column: usize,
    /// The column just after the span (exclusive, in characters, on the
    /// same line; a span that goes on to the next line ends at its line's
    /// end). `None` for a point: a finding about a whole message or file.
    pub end_column: Option<usize>,
}

impl Location {
    /// The location of byte `offset` in `text`, read from `file`.
    pub fn at(file: &Path, text: &str, index: &LineIndex, offset: usize) -> Self {
        let (line, column) = index.line_col(text, offset);
        Location {
            file: file.to_path_buf(),
            line,
            column,
            end_column: None,
        }
    }

    /// The location of the bytes `span` of `text`: its start, and its end
    /// on the start's line.
    pub fn span(file: &Path, text: &str, index: &LineIndex, span: std::ops::Range<usize>) -> Self {
        let mut l = Location::at(file, text, index, span.start);
        let end = span.end.max(span.start).min(text.len());
        let (end_line, end_column) = index.line_col(text, end);
        l.end_column = Some(if end_line == l.line {
            end_column.max(l.column)
        } else {
            // To the end of the start's line (a BOM is not counted, as in
            // `LineIndex::line_col`).
            let line = index.line_text(text, l.line);
            let bom = usize::from(l.line == 1 && line.starts_with('\u{feff}'));
            (line.chars().count() + 1 - bom).max(l.column)
        });
        l
    }

    /// The start of a file, for findings about a whole file.
    pub fn file(file: &Path) -> Self {
        Location {
            file: file.to_path_buf(),
            line: 1,
            column: 1,
            end_column: None,
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file.display(), self.line, self.column)
    }
}

/// One finding about the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Stable kebab-case code, e.g. `syntax-error`, `missing-message`.
    pub code: &'static str,
    pub message: String,
    pub location: Location,
    /// The source line the location points into, for a caret display.
    pub source_line: Option<String>,
    /// Suggestions for fixing it.
    pub hints: Vec<String>,
}

impl Diagnostic {
    /// A new finding without source line or hints.
    pub fn new(
        severity: Severity,
        code: &'static str,
        location: Location,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity,
            code,
            message: message.into(),
            location,
            source_line: None,
            hints: Vec::new(),
        }
    }

    /// Adds the source line shown under the message.
    pub fn with_source_line(mut self, line: impl Into<String>) -> Self {
        self.source_line = Some(line.into());
        self
    }

    /// Adds a hint.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    /// Renders the finding rustc-style: `error[code]: message`, then
    /// `--> file:line:col`, the source line with a caret, and hints.
    /// Control and bidi characters are shown escaped, never raw.
    pub fn render(&self) -> String {
        self.render_styled(false)
    }

    /// [`Diagnostic::render`] with the severity label in ANSI colour when `color`.
    pub fn render_styled(&self, color: bool) -> String {
        let label = match (color, self.severity) {
            (false, s) => s.to_string(),
            (true, Severity::Error) => format!("\x1b[1;31m{}\x1b[0m", self.severity),
            (true, Severity::Warning) => format!("\x1b[1;33m{}\x1b[0m", self.severity),
            (true, Severity::Info) => format!("\x1b[1;36m{}\x1b[0m", self.severity),
        };
        let mut out = format!(
            "{}[{}]: {}\n  --> {}\n",
            label,
            self.code,
            escape_for_terminal(&self.message),
            escape_for_terminal(&self.location.to_string())
        );
        if let Some(line) = &self.source_line {
            out.push_str(&caret_snippet(line, &self.location));
        }
        for hint in &self.hints {
            out.push_str(&format!("   = help: {}\n", escape_for_terminal(hint)));
        }
        out
    }
}

/// How many terminal columns of a long source line a diagnostic shows.
const SOURCE_WINDOW: usize = 100;

/// How many columns a tab takes in a snippet (as rustc shows it).
const TAB_WIDTH: usize = 4;

/// The source line of `location` with carets under its span (one caret for
/// a point), as `   | line` / `   | ^^^` lines. A long line is cut to a
/// window of [`SOURCE_WINDOW`] terminal columns centred on the span. The
/// carets are placed by display width: a wide (CJK) character takes two
/// columns, a tab [`TAB_WIDTH`], an unsafe character the width of its
/// `\u{…}` escape, which is what is shown instead.
fn caret_snippet(line: &str, location: &Location) -> String {
    use unicode_width::UnicodeWidthChar;
    // Columns do not count a byte order mark at the start of the file.
    let line = if location.line == 1 {
        line.strip_prefix('\u{feff}').unwrap_or(line)
    } else {
        line
    };
    // Each character as shown, with its width; `pos[i]` is where character
    // `i` starts on screen, `pos[n]` the line's width.
    let shown: Vec<(String, usize)> = line
        .chars()
        .map(|c| {
            if c == '\t' {
                (" ".repeat(TAB_WIDTH), TAB_WIDTH)
            } else if is_unsafe_char(c) {
                let e = escape_for_terminal(&c.to_string());
                let w = e.chars().count();
                (e, w)
            } else {
                (c.to_string(), c.width().unwrap_or(0))
            }
        })
        .collect();
    let n = shown.len();
    let mut pos = Vec::with_capacity(n + 1);
    let mut at = 0;
    pos.push(0);
    for (_, w) in &shown {
        at += w;
        pos.push(at);
    }
    let total = at;
    let start = location.column.saturating_sub(1).min(n);
    let end = location
        .end_column
        .map_or(start, |e| e.saturating_sub(1))
        .clamp(start, n);
    // The window: all of a short line, else SOURCE_WINDOW columns with the
    // span (or as much of it as fits) in the middle.
    let (first, last) = if total <= SOURCE_WINDOW {
        (0, n)
    } else {
        let want = (pos[end] - pos[start]).min(SOURCE_WINDOW);
        let from = pos[start]
            .saturating_sub((SOURCE_WINDOW - want) / 2)
            .min(total - SOURCE_WINDOW);
        let first = pos.partition_point(|&p| p < from).min(start);
        let last = pos
            .partition_point(|&p| p <= from + SOURCE_WINDOW)
            .saturating_sub(1)
            .max(start);
        (first, last)
    };
    let (lead, trail) = (
        if first > 0 { "…" } else { "" },
        if last < n { "…" } else { "" },
    );
    let text: String = shown[first..last].iter().map(|(s, _)| s.as_str()).collect();
    let pad = lead.chars().count() + pos[start] - pos[first];
    let carets = (pos[end.min(last)] - pos[start]).max(1);
    format!(
        "   |\n   | {lead}{text}{trail}\n   | {}{}\n",
        " ".repeat(pad),
        "^".repeat(carets)
    )
}

/// True for characters that must never reach a terminal or report raw:
/// C0/C1 controls (but tab), bidi controls, and other invisible format characters.
pub fn is_unsafe_char(c: char) -> bool {
    (c.is_control() && c != '\t')
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}')
}

/// Replaces unsafe characters with `\u{…}` escapes.
///
/// ```
/// assert_eq!(folio::diag::escape_for_terminal("a\u{202E}b\n"), "a\\u{202e}b\\u{a}");
/// ```
pub fn escape_for_terminal(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if is_unsafe_char(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_with_caret_under_the_column() {
        let d = Diagnostic::new(
            Severity::Error,
            "syntax-error",
            Location {
                file: "es/site.ftl".into(),
                line: 3,
                column: 5,
                end_column: None,
            },
            "expected `=`",
        )
        .with_source_line("héllo world")
        .with_hint("add `=` after the id");
        let r = d.render();
        assert!(r.starts_with("error[syntax-error]: expected `=`\n  --> es/site.ftl:3:5\n"));
        assert!(r.contains("   | héllo world\n   |     ^\n"), "{r}");
        assert!(r.contains("= help: add `=`"));
    }

    #[test]
    fn long_lines_show_a_window_around_the_column() {
        let line = format!("{}X{}", "a".repeat(300), "b".repeat(300));
        let d = Diagnostic::new(
            Severity::Error,
            "x",
            Location {
                file: "f".into(),
                line: 1,
                column: 301,
                end_column: None,
            },
            "m",
        )
        .with_source_line(line);
        let r = d.render();
        let lines: Vec<&str> = r.lines().collect();
        let src = lines.iter().find(|l| l.contains('X')).unwrap();
        let caret = lines.iter().find(|l| l.ends_with('^')).unwrap();
        assert!(src.chars().count() < 120);
        assert_eq!(
            src.chars().position(|c| c == 'X'),
            caret.chars().position(|c| c == '^')
        );
    }

    #[test]
    fn never_prints_bidi_or_controls() {
        let d = Diagnostic::new(
            Severity::Warning,
            "x",
            Location::file(Path::new("f")),
            "evil\u{202E}\u{1b}[31m",
        );
        let r = d.render();
        assert!(!r.contains('\u{202E}') && !r.contains('\u{1b}'));
    }

    fn snippet(line: &str, column: usize, end_column: Option<usize>) -> (String, String) {
        let d = Diagnostic::new(
            Severity::Error,
            "x",
            Location {
                file: "f".into(),
                line: 2,
                column,
                end_column,
            },
            "m",
        )
        .with_source_line(line);
        let r = d.render();
        let lines: Vec<&str> = r.lines().filter(|l| l.starts_with("   | ")).collect();
        (lines[0][5..].to_owned(), lines[1][5..].to_owned())
    }

    /// Display width of a rendered snippet line (what a terminal shows).
    fn width(s: &str) -> usize {
        unicode_width::UnicodeWidthStr::width(s)
    }

    #[test]
    fn carets_sit_under_the_span_after_wide_characters() {
        // Seven CJK characters are fourteen terminal columns.
        let line = "m = 神经母细胞瘤研 { $nope } 究";
        let col = line[..line.find('{').unwrap()].chars().count() + 1;
        let (src, carets) = snippet(line, col, Some(col + "{ $nope }".len()));
        assert_eq!(src, line);
        let lead = carets.len() - carets.trim_start().len();
        assert_eq!(lead, width(&line[..line.find('{').unwrap()]));
        assert_eq!(carets.trim_start(), "^".repeat("{ $nope }".len()));
    }

    #[test]
    fn tabs_and_escaped_characters_take_their_shown_width() {
        let line = "a\t\u{202e}b = { $x }";
        let col = line.chars().position(|c| c == '{').unwrap() + 1;
        let (src, carets) = snippet(line, col, Some(col + 6));
        assert_eq!(src, "a    \\u{202e}b = { $x }");
        assert_eq!(carets.find('^'), src.find("{ $x"));
        assert_eq!(carets.trim_start(), "^^^^^^");
        // A span on an escaped character underlines all of its escape.
        let (src, carets) = snippet(line, 3, Some(4));
        assert_eq!(carets.find('^'), src.find('\\'));
        assert_eq!(carets.trim_start(), "^".repeat("\\u{202e}".len()));
    }

    #[test]
    fn a_span_far_into_a_long_line_is_shown_and_underlined() {
        // The placeable at column 357, after wide characters: the window
        // is centred on it and stays within 100 terminal columns.
        let line = format!(
            "m = {}{} {{ $nope }} {}",
            "词".repeat(120),
            "a".repeat(112),
            "b".repeat(200)
        );
        let col = line.chars().position(|c| c == '{').unwrap() + 1;
        assert_eq!(col, 238);
        let (src, carets) = snippet(&line, col, Some(col + 9));
        assert!(width(&src) <= 102, "{}", width(&src));
        assert!(src.starts_with('…') && src.ends_with('…'));
        let at = src.find('{').unwrap();
        assert_eq!(carets.len() - carets.trim_start().len(), width(&src[..at]));
        assert_eq!(carets.trim_start(), "^^^^^^^^^");
        // Without the window, the old renderer showed the first 100
        // characters only when the column was past them.
        let far = format!("{}{{ $x }}", "词".repeat(356));
        let (src, carets) = snippet(&far, 357, Some(363));
        assert!(src.contains("{ $x }"), "{src}");
        assert_eq!(
            carets.len() - carets.trim_start().len(),
            width(&src[..src.find('{').unwrap()])
        );
    }

    #[test]
    fn a_span_to_the_next_line_ends_at_the_line_end() {
        let text = "a = { $n ->\n  *[x] y\n}\n";
        let idx = LineIndex::new(text);
        let l = Location::span(Path::new("f"), text, &idx, 4..text.len() - 1);
        assert_eq!((l.line, l.column, l.end_column), (1, 5, Some(12)));
        let l = Location::span(
            Path::new("f"),
            "\u{feff}ab",
            &LineIndex::new("\u{feff}ab"),
            3..5,
        );
        assert_eq!((l.column, l.end_column), (1, Some(3)));
    }

    proptest::proptest! {
        /// Any line, any column and end (also past the line's end): the
        /// snippet is drawn without a panic, the carets stay within the
        /// shown line, and nothing unsafe reaches the terminal.
        #[test]
        fn any_line_and_span_renders(
            line in "\\PC{0,300}|[\t\u{202e}\u{1b}a词 ]{0,300}",
            column in 0usize..400,
            len in proptest::option::of(0usize..400),
        ) {
            let end_column = len.map(|l| column + l);
            let (src, carets) = snippet(&line, column, end_column);
            proptest::prop_assert!(width(&carets) <= width(&src) + 1, "{}\n{}", src, carets);
            proptest::prop_assert!(carets.trim_start().chars().all(|c| c == '^'));
            proptest::prop_assert!(!src.chars().any(is_unsafe_char));
        }
    }
}
