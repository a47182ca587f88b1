//! What changed in an English text, word by word, for the `outdated`
//! finding: `…best [-combinations-]{+mix+} of chemo…`, in the notation of
//! `git diff --word-diff=plain`. Words are Unicode words (UAX #29, through
//! the `similar` crate), so a changed comma shows as the comma alone.
//! Spacing and line breaks do not count as changes; long unchanged stretches
//! are elided to a few words on each side of a change.

use similar::{Algorithm, ChangeTag, TextDiff};

/// Words of unchanged context kept on each side of a change.
const CONTEXT_WORDS: usize = 4;
/// A deleted or inserted run longer than this many words is shown as its
/// first and last words around `…` (the full texts are in the JSON and
/// SARIF reports).
const MAX_RUN_WORDS: usize = 24;

/// One stretch of the diff.
#[derive(Debug, PartialEq)]
enum Part {
    Same(String),
    Changed { old: String, new: String },
}

/// The compact word diff of `old` → `new`; `None` if they differ only in
/// spacing and line breaks.
///
/// ```
/// let d = folio::check::word_diff::word_diff("Take 2 tablets a day.", "Take 3 tablets a day!");
/// assert_eq!(d.as_deref(), Some("Take [-2-]{+3+} tablets a day[-.-]{+!+}"));
/// ```
pub fn word_diff(old: &str, new: &str) -> Option<String> {
    let (old, new) = (flatten(old), flatten(new));
    if old == new {
        return None;
    }
    let parts = parts(&old, &new);
    let last = parts.len().saturating_sub(1);
    let mut out = String::new();
    // A space that ended the last change, written before what follows.
    let mut space_after = false;
    for (i, part) in parts.iter().enumerate() {
        match part {
            Part::Same(text) => {
                let text = elide_same(text, i == 0, i == last);
                if space_after && !text.starts_with(' ') {
                    out.push(' ');
                }
                out.push_str(&text);
                space_after = false;
            }
            Part::Changed { old, new } => {
                let starts = old.starts_with(' ') || new.starts_with(' ');
                if (starts || space_after) && !out.is_empty() && !out.ends_with(' ') {
                    out.push(' ');
                }
                let (old, new) = (old.trim(), new.trim());
                if !old.is_empty() {
                    out.push_str("[-");
                    out.push_str(&elide_run(old));
                    out.push_str("-]");
                }
                if !new.is_empty() {
                    out.push_str("{+");
                    out.push_str(&elide_run(new));
                    out.push_str("+}");
                }
                space_after = part_ends_with_space(part);
            }
        }
    }
    Some(out)
}

/// Whitespace runs (line breaks, indentation of continuation lines) as one space.
fn flatten(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The diff as alternating unchanged and changed stretches; changes that are
/// separated only by a space are one change (`[-the best-]{+a good+}`, not
/// `[-the-]{+a+} [-best-]{+good+}`).
fn parts(old: &str, new: &str) -> Vec<Part> {
    let diff = TextDiff::configure()
        .algorithm(Algorithm::Patience)
        .diff_unicode_words(old, new);
    let mut parts: Vec<Part> = Vec::new();
    for change in diff.iter_all_changes() {
        let value = change.value();
        match change.tag() {
            ChangeTag::Equal => match parts.last_mut() {
                Some(Part::Same(s)) => s.push_str(value),
                _ => parts.push(Part::Same(value.to_owned())),
            },
            tag => {
                if !matches!(parts.last(), Some(Part::Changed { .. })) {
                    // Absorb a space between two changes.
                    let absorbed = match parts.last() {
                        Some(Part::Same(s)) if parts.len() >= 2 && s.trim().is_empty() => {
                            Some(s.clone())
                        }
                        _ => None,
                    };
                    if let Some(space) = absorbed {
                        parts.pop();
                        if let Some(Part::Changed { old, new }) = parts.last_mut() {
                            old.push_str(&space);
                            new.push_str(&space);
                        }
                    } else {
                        parts.push(Part::Changed {
                            old: String::new(),
                            new: String::new(),
                        });
                    }
                }
                if let Some(Part::Changed { old, new }) = parts.last_mut() {
                    match tag {
                        ChangeTag::Delete => old.push_str(value),
                        _ => new.push_str(value),
                    }
                }
            }
        }
    }
    parts
}

/// True if a change ends with a space on either side: the space is written
/// outside the brackets (`a [-b-] c`, not `a [-b -]c`).
fn part_ends_with_space(part: &Part) -> bool {
    matches!(part, Part::Changed { old, new } if old.ends_with(' ') || new.ends_with(' '))
}

/// An unchanged stretch with at most [`CONTEXT_WORDS`] words next to each
/// change it touches; the first keeps only its end, the last only its start.
fn elide_same(text: &str, first: bool, last: bool) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    // `text` keeps its leading and trailing spaces as empty words.
    let lead = if text.starts_with(' ') { " " } else { "" };
    let trail = if text.ends_with(' ') { " " } else { "" };
    let inner: Vec<&str> = words.iter().copied().filter(|w| !w.is_empty()).collect();
    let n = inner.len();
    let keep_start = if first { 0 } else { CONTEXT_WORDS };
    let keep_end = if last { 0 } else { CONTEXT_WORDS };
    if first && last {
        // No change touches it (cannot happen: the texts differ).
        return text.to_owned();
    }
    if n <= keep_start + keep_end {
        return text.to_owned();
    }
    let mut out = String::new();
    out.push_str(lead);
    if keep_start > 0 {
        out.push_str(&inner[..keep_start].join(" "));
        out.push(' ');
    }
    out.push('…');
    if keep_end > 0 {
        out.push(' ');
        out.push_str(&inner[n - keep_end..].join(" "));
    }
    out.push_str(trail);
    out
}

/// A deleted or inserted run, shortened if longer than [`MAX_RUN_WORDS`].
fn elide_run(text: &str) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    if words.len() <= MAX_RUN_WORDS {
        return text.to_owned();
    }
    let head = MAX_RUN_WORDS / 2;
    let tail = MAX_RUN_WORDS / 2 - 2;
    format!(
        "{} … {}",
        words[..head].join(" "),
        words[words.len() - tail..].join(" ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_word_in_a_long_paragraph_is_shown_with_context() {
        let old = "Several chemo drugs that are already used to treat other cancers, such as topotecan, irinotecan, and temozolomide, are now being studied in combination with other kinds of therapies for use against high-risk neuroblastoma or neuroblastoma that has come back.";
        let new = old.replace("are now being studied", "are now being tested");
        assert_eq!(
            word_diff(old, &new).unwrap(),
            "… temozolomide, are now being [-studied-]{+tested+} in combination with other …"
        );
    }

    #[test]
    fn adjacent_changes_merge_and_punctuation_is_its_own_word() {
        assert_eq!(
            word_diff(
                "The search continues for the best combinations.",
                "The search goes on for a good mix."
            )
            .unwrap(),
            "The search [-continues-]{+goes on+} for [-the best combinations-]{+a good mix+}."
        );
        assert_eq!(word_diff("Rest.", "Rest!").unwrap(), "Rest[-.-]{+!+}");
    }

    #[test]
    fn insertions_deletions_and_far_apart_changes() {
        assert_eq!(word_diff("a b c", "a c").unwrap(), "a [-b-] c");
        assert_eq!(word_diff("a c", "a b c").unwrap(), "a {+b+} c");
        let old = "one two three four five six seven eight nine ten eleven twelve thirteen";
        let new = old.replace("one", "1").replace("thirteen", "13");
        assert_eq!(
            word_diff(old, &new).unwrap(),
            "[-one-]{+1+} two three four five … nine ten eleven twelve [-thirteen-]{+13+}"
        );
    }

    #[test]
    fn spacing_alone_is_no_change_and_attributes_are_words_too() {
        assert_eq!(word_diff("a  b\n  c", "a b c"), None);
        assert_eq!(
            word_diff("Hi\n.title = Old", "Hi\n.title = New").unwrap(),
            "Hi .title = [-Old-]{+New+}"
        );
    }

    #[test]
    fn a_rewritten_paragraph_is_shortened_in_the_middle() {
        let old: Vec<String> = (0..40).map(|i| format!("o{i}")).collect();
        let new: Vec<String> = (0..40).map(|i| format!("n{i}")).collect();
        let d = word_diff(&old.join(" "), &new.join(" ")).unwrap();
        assert!(d.starts_with("[-o0 o1 "), "{d}");
        assert!(
            d.contains(" o11 … o30 ") && d.contains(" o39-]{+n0 "),
            "{d}"
        );
        assert!(d.ends_with(" n39+}"), "{d}");
        assert!(d.chars().count() < 250, "{d}");
    }
}
