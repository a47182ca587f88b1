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

/// A place in a file: path plus 1-based line and column (in characters).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Location {
    pub file: PathBuf,
    pub line: usize,
    pub column: usize,
}

impl Location {
    /// The location of byte `offset` in `text`, read from `file`.
    pub fn at(file: &Path, text: &str, index: &LineIndex, offset: usize) -> Self {
        let (line, column) = index.line_col(text, offset);
        Location {
            file: file.to_path_buf(),
            line,
            column,
        }
    }

    /// The start of a file, for findings about a whole file.
    pub fn file(file: &Path) -> Self {
        Location {
            file: file.to_path_buf(),
            line: 1,
            column: 1,
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
            // Show at most SOURCE_WINDOW characters around the column.
            let chars: Vec<char> = line.chars().collect();
            let col = self.location.column.saturating_sub(1).min(chars.len());
            let start = col.saturating_sub(SOURCE_WINDOW / 2);
            let end = (start + SOURCE_WINDOW).min(chars.len());
            let (lead, trail) = (
                if start > 0 { "…" } else { "" },
                if end < chars.len() { "…" } else { "" },
            );
            let window: String = chars[start..end].iter().collect();
            let pad: usize = lead.chars().count()
                + chars[start..col]
                    .iter()
                    .map(|c| escape_for_terminal(&c.to_string()).chars().count())
                    .sum::<usize>();
            out.push_str(&format!(
                "   |\n   | {lead}{}{trail}\n   | {}^\n",
                escape_for_terminal(&window),
                " ".repeat(pad)
            ));
        }
        for hint in &self.hints {
            out.push_str(&format!("   = help: {}\n", escape_for_terminal(hint)));
        }
        out
    }
}

/// How many characters of a long source line a diagnostic shows.
const SOURCE_WINDOW: usize = 100;

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
}
