//! Left-to-right phrases inside right-to-left text. A Latin term that begins
//! or ends with digits or neutral characters ("13-cis-retinoic acid",
//! "stage 4") is reordered by the Unicode bidi algorithm when it stands in
//! Arabic or Hebrew text: the digits after Arabic letters become Arabic
//! numbers (UAX #9 rule W2) and the hyphen between them and the Latin
//! letters takes the paragraph's direction, so "13-cis-retinoic" displays as
//! "cis-retinoic-13". Wrapping the phrase in FSI … PDI isolates it: inside,
//! the digits follow the Latin letters; outside, the phrase is one neutral
//! unit in the right-to-left sentence.
//!
//! Renderers call [`isolate_ltr_phrases`] on the text of every right-to-left
//! block (HTML turns the isolates into `<bdi>`, the PDF layout honours them),
//! so translators never type invisible controls. The checker calls
//! [`misordered_phrases`] to point at the phrases that other renderers,
//! which do not isolate, would display wrongly. Pure string functions.

use std::ops::Range;

use unicode_bidi::BidiClass;

use crate::localize::{FSI, PDI};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    Ltr,
    Rtl,
    Digit,
    Space,
    /// Isolates, embeddings, line and paragraph separators: a phrase never
    /// crosses one.
    Break,
    Neutral,
}

fn class(c: char) -> Class {
    use BidiClass::*;
    match unicode_bidi::bidi_class(c) {
        L => Class::Ltr,
        R | AL => Class::Rtl,
        EN | AN => Class::Digit,
        WS if c != '\u{2028}' => Class::Space,
        B | S | LRI | RLI | FSI | PDI | LRE | RLE | LRO | RLO | PDF | WS => Class::Break,
        _ => Class::Neutral,
    }
}

/// A whitespace-delimited token: its byte range and what it holds.
struct Token {
    range: Range<usize>,
    ltr: bool,
    rtl: bool,
    digit: bool,
}

fn tokens(text: &str) -> Vec<(Token, bool)> {
    // (token, whether only spaces separate it from the previous token)
    let mut out: Vec<(Token, bool)> = Vec::new();
    let mut cur: Option<Token> = None;
    let mut spaces_only = false;
    for (i, c) in text.char_indices() {
        let k = class(c);
        if matches!(k, Class::Space | Class::Break) {
            if let Some(t) = cur.take() {
                out.push((t, spaces_only));
                spaces_only = true;
            }
            if k == Class::Break {
                spaces_only = false;
            }
            continue;
        }
        let t = cur.get_or_insert(Token {
            range: i..i,
            ltr: false,
            rtl: false,
            digit: false,
        });
        t.range.end = i + c.len_utf8();
        match k {
            Class::Ltr => t.ltr = true,
            Class::Rtl => t.rtl = true,
            Class::Digit => t.digit = true,
            _ => {}
        }
    }
    if let Some(t) = cur.take() {
        out.push((t, spaces_only));
    }
    out
}

/// Brackets stay with the phrase when matched inside it; quotation marks
/// belong to the sentence (in Arabic text they are the sentence's «»).
fn is_open(c: char) -> bool {
    matches!(c, '(' | '[' | '{')
}

fn is_close(c: char) -> bool {
    matches!(c, ')' | ']' | '}')
}

/// Drops neutral characters at both ends of `r`, keeping brackets that are
/// matched inside the phrase.
fn trim(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let opens = s.chars().filter(|&c| is_open(c)).count();
    let closes = s.chars().filter(|&c| is_close(c)).count();
    let mut start = r.start;
    for c in s.chars() {
        let keep = matches!(class(c), Class::Ltr | Class::Digit) || (is_open(c) && closes > 0);
        if keep {
            break;
        }
        start += c.len_utf8();
    }
    let mut end = r.end;
    for c in text[start..r.end].chars().rev() {
        let keep = matches!(class(c), Class::Ltr | Class::Digit) || (is_close(c) && opens > 0);
        if keep {
            break;
        }
        end -= c.len_utf8();
    }
    start..end.max(start)
}

/// The left-to-right phrases of `text` (byte ranges): runs of tokens with
/// Latin (or other left-to-right) letters and no right-to-left letters,
/// joined across spaces, with the numbers that follow them ("stage 4"),
/// without the punctuation at their ends that belongs to the sentence.
pub fn ltr_phrases(text: &str) -> Vec<Range<usize>> {
    let toks = tokens(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let (t, _) = &toks[i];
        if !t.ltr || t.rtl {
            i += 1;
            continue;
        }
        let start = t.range.start;
        let mut end = t.range.end;
        let mut j = i + 1;
        while j < toks.len() {
            let (n, joined) = &toks[j];
            if !*joined || n.rtl || !(n.ltr || n.digit) {
                break;
            }
            end = n.range.end;
            j += 1;
        }
        let r = trim(text, start..end);
        if !r.is_empty() {
            out.push(r);
        }
        i = j;
    }
    out
}

/// `text` with each left-to-right phrase between FSI and PDI. Phrases that
/// are already isolated exactly are left as they are.
pub fn isolate_ltr_phrases(text: &str) -> String {
    let phrases = ltr_phrases(text);
    if phrases.is_empty() {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + phrases.len() * 6);
    let mut at = 0;
    for r in phrases {
        let already = text[..r.start].ends_with(FSI) && text[r.end..].starts_with(PDI);
        out.push_str(&text[at..r.start]);
        if already {
            out.push_str(&text[r.clone()]);
        } else {
            out.push(FSI);
            out.push_str(&text[r.clone()]);
            out.push(PDI);
        }
        at = r.end;
    }
    out.push_str(&text[at..]);
    out
}

/// [`isolate_ltr_phrases`] on every text node of parsed markup (a phrase
/// never spans an element boundary).
pub fn isolate_nodes(nodes: &mut [crate::markup::Node]) {
    for n in nodes {
        match n {
            crate::markup::Node::Text(t) => *t = isolate_ltr_phrases(t),
            crate::markup::Node::Element { children, .. } => isolate_nodes(children),
        }
    }
}

/// The visual order of `text` as one right-to-left line (controls removed).
/// The glyph a renderer draws for `c` at a right-to-left level (UAX #9
/// rule L4: mirrored brackets).
fn mirror(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        c => c,
    }
}

/// What a reader sees of `range` of a right-to-left paragraph, left to
/// right: runs in visual order, right-to-left runs reversed with their
/// brackets mirrored, as a renderer draws them.
fn seen(text: &str, range: Range<usize>) -> String {
    let info = unicode_bidi::BidiInfo::new(text, Some(unicode_bidi::Level::rtl()));
    let Some(p) = info.paragraphs.first() else {
        return String::new();
    };
    let (levels, runs) = info.visual_runs(p, p.range.clone());
    let mut s = String::new();
    for run in runs {
        let a = run.start.max(range.start);
        let b = run.end.min(range.end);
        if a >= b {
            continue;
        }
        let piece = text[a..b]
            .chars()
            .filter(|c| class(*c) != Class::Break || c.is_whitespace());
        if levels[a].is_rtl() {
            s.extend(piece.map(mirror).collect::<Vec<_>>().into_iter().rev());
        } else {
            s.extend(piece);
        }
    }
    s
}

fn visual(text: &str) -> String {
    seen(text, 0..text.len())
}

/// The phrases of right-to-left `text` that display in a different order
/// without isolation: (byte range, how they would display) — the visual
/// order of the phrase as it appears in the unisolated line. Line-wise:
/// `text` is one paragraph.
pub fn misordered_phrases(text: &str) -> Vec<(Range<usize>, String)> {
    let mut out = Vec::new();
    let plain = visual(text);
    for r in ltr_phrases(text) {
        let phrase = &text[r.clone()];
        if !phrase
            .chars()
            .any(|c| class(c) == Class::Digit || class(c) == Class::Neutral)
        {
            // Letters and spaces only: no reordering is possible.
            continue;
        }
        let isolated = format!("{}{FSI}{phrase}{PDI}{}", &text[..r.start], &text[r.end..]);
        if visual(&isolated) != plain {
            out.push((r.clone(), shown_as(text, r)));
        }
    }
    out
}

/// How the phrase at `r` reads, left to right, in the unisolated line.
fn shown_as(text: &str, r: Range<usize>) -> String {
    seen(text, r)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrases(text: &str) -> Vec<&str> {
        ltr_phrases(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn finds_latin_phrases_with_their_numbers_and_brackets() {
        assert_eq!(
            phrases("حمض 13-cis-retinoic (isotretinoin)، وهو دواء"),
            ["13-cis-retinoic (isotretinoin)"]
        );
        assert_eq!(phrases("علاج CAR T-cell الجديد."), ["CAR T-cell"]);
        assert_eq!(phrases("الجسم المضاد ch14.18."), ["ch14.18"]);
        assert_eq!(phrases("المرحلة stage 4، ثم"), ["stage 4"]);
        assert_eq!(phrases("نص عربي فقط 2023"), Vec::<&str>::new());
        assert_eq!(phrases("(Zykadia)"), ["(Zykadia)"]);
        assert_eq!(phrases("«Zykadia»."), ["Zykadia"]);
    }

    #[test]
    fn isolation_fixes_the_display_order() {
        let text = "حمض 13-cis-retinoic (isotretinoin)";
        let bad = misordered_phrases(text);
        assert_eq!(bad.len(), 1);
        assert_eq!(&text[bad[0].0.clone()], "13-cis-retinoic (isotretinoin)");
        assert!(bad[0].1.ends_with("-13"), "{}", bad[0].1);
        let fixed = isolate_ltr_phrases(text);
        assert!(misordered_phrases(&fixed).is_empty());
        assert!(visual(&fixed).contains("13-cis-retinoic (isotretinoin)"));
        // Letters only: nothing to report, and isolating twice changes nothing.
        assert!(misordered_phrases("دواء Zykadia الجديد").is_empty());
        // Brackets around letters: mirrored at the right-to-left level,
        // they still enclose the word, so nothing to report.
        assert!(misordered_phrases("مثل توبوتيكان (topotecan) وإيرينوتيكان").is_empty());
        assert_eq!(isolate_ltr_phrases(&fixed), fixed);
    }
}
