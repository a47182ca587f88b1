//! Positions in text: byte offsets to 1-based `line:column`, columns counted in
//! characters (what editors show). Pure; shared by every stage that reports
//! a place in a file.

/// Line starts of one text, for repeated offset → line:col look-ups.
///
/// ```
/// use folio::position::LineIndex;
/// let idx = LineIndex::new("ab\nçd\n");
/// assert_eq!(idx.line_col("ab\nçd\n", 5), (2, 2));
/// ```
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes `text`; a line ends at `\n`, at `\r\n`, or at a bare `\r`.
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i + 1),
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => starts.push(i + 1),
                _ => {}
            }
            i += 1;
        }
        LineIndex { starts }
    }

    /// 1-based line and column (in characters) of byte `offset` in `text`.
    /// Offsets past the end or inside a character are clamped to a boundary.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        let mut col = text[start..offset].chars().count() + 1;
        // Editors do not show a leading byte order mark: do not count it.
        if start == 0 && offset >= 3 && text.starts_with('\u{feff}') {
            col -= 1;
        }
        (line, col)
    }

    /// The text of 1-based `line`, without its line ending.
    pub fn line_text<'t>(&self, text: &'t str, line: usize) -> &'t str {
        let Some(&start) = self.starts.get(line.wrapping_sub(1)) else {
            return "";
        };
        let end = self.starts.get(line).copied().unwrap_or(text.len());
        text[start..end].trim_end_matches(['\n', '\r'])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_lines_and_char_columns() {
        let t = "a\r\nbé\rc\nd";
        let idx = LineIndex::new(t);
        assert_eq!(idx.line_col(t, 0), (1, 1));
        assert_eq!(idx.line_col(t, 3), (2, 1));
        assert_eq!(idx.line_col(t, 6), (2, 3));
        assert_eq!(idx.line_col(t, 7), (3, 1));
        assert_eq!(idx.line_col(t, 9), (4, 1));
        assert_eq!(idx.line_text(t, 2), "bé");
        // inside the two-byte é: clamped back
        assert_eq!(idx.line_col(t, 5), (2, 2));
        assert_eq!(idx.line_col(t, 999), (4, 2));
    }
}
