//! Paragraph layout: styled spans → lines of positioned glyphs. NFC, then
//! paragraph bidi (unicode-bidi), then a font per character from the
//! fallback chain, then shaping (rustybuzz), line breaking (UAX #14 with
//! unicode-linebreak; Korean only at spaces) and hyphenation (English and
//! Spanish). Lines are reordered visually with the bidi runs of each line.
//! Pure: no I/O, no PDF. Never draws a bidi control or a .notdef glyph; the
//! characters no font covers are returned so the caller can report them.

use std::sync::{Arc, OnceLock};

use unicode_bidi::{BidiInfo, Level};
use unicode_normalization::UnicodeNormalization;

use super::fonts::{Face, FontSet, Variant};

/// How a span of text looks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SpanStyle {
    pub bold: bool,
    pub italic: bool,
    /// A link target (URI); drawn as a link and annotated.
    pub link: Option<String>,
}

/// A run of text with one style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub style: SpanStyle,
}

impl Span {
    pub fn plain(text: impl Into<String>) -> Span {
        Span {
            text: text.into(),
            style: SpanStyle::default(),
        }
    }
}

/// Paragraph-wide settings.
#[derive(Debug, Clone)]
pub struct ParaStyle {
    /// Font size in pt.
    pub size: f32,
    /// Base direction of the paragraph.
    pub rtl: bool,
    /// Language of the text (BCP 47): hyphenation, line breaking, shaping.
    pub lang: String,
    /// Draw every span bold / italic.
    pub bold: bool,
    pub italic: bool,
    /// Hyphenate words that do not fit (never in headings).
    pub hyphenate: bool,
    /// Justify every line but the last (and lines ending in a forced break):
    /// between words, or between characters in Chinese and Japanese.
    pub justify: bool,
    /// Hyphenation exceptions by language, then word (lowercase), as the
    /// break positions in characters; consulted before the patterns.
    pub exceptions: Arc<Exceptions>,
}

/// Hyphenation exceptions: language → lowercase word → break positions
/// (in characters from the start of the word).
pub type Exceptions =
    std::collections::BTreeMap<String, std::collections::BTreeMap<String, Vec<usize>>>;

/// Exceptions written the TeX way (`neu-ro-blas-to-ma`), by language.
/// Words without any hyphen are never hyphenated.
pub fn parse_exceptions<'a>(entries: impl IntoIterator<Item = (&'a str, &'a str)>) -> Exceptions {
    let mut out = Exceptions::new();
    for (lang, written) in entries {
        let mut word = String::new();
        let mut breaks = Vec::new();
        for c in written.trim().chars() {
            if c == '-' {
                breaks.push(word.chars().count());
            } else {
                word.extend(c.to_lowercase());
            }
        }
        out.entry(lang.to_owned()).or_default().insert(word, breaks);
    }
    out
}

/// Words the bundled English and Spanish patterns break badly
/// ("neurob-lastoma", "erbu-mine"): medical terms of the bundled content.
/// A project adds its own under `[pdf.hyphenation]`.
pub const BUILTIN_EXCEPTIONS: &[(&str, &str)] = &[
    ("en", "neu-ro-blas-to-ma"),
    ("en", "neu-ro-blas-to-mas"),
    ("en", "gan-glio-neu-ro-blas-to-ma"),
    ("en", "er-bu-mine"),
    ("en", "im-mu-no-ther-a-py"),
    ("en", "chemo-ther-a-py"),
    ("en", "retinoic"),
    ("en", "isotretinoin"),
    ("en", "dinutuximab"),
    ("en", "naxitamab"),
    ("en", "lorlatinib"),
    ("en", "crizotinib"),
    ("en", "ceritinib"),
    ("en", "eflornithine"),
    ("es", "neu-ro-blas-to-ma"),
    ("es", "neu-ro-blas-to-mas"),
];

/// One glyph of a line, x relative to the start of its run.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedGlyph {
    pub gid: u16,
    pub x: f32,
    pub dy: f32,
    /// The text this glyph extracts as (for `/ToUnicode`); may be empty.
    pub text: String,
    /// Another glyph of the cluster carries the text (an Arabic mark):
    /// `text` is the glyph's own characters for `/ToUnicode`, but it
    /// extracts as nothing.
    pub silent: bool,
}

/// Glyphs of one face and style, in visual order.
#[derive(Debug, Clone)]
pub struct GlyphRun {
    pub face: Arc<Face>,
    pub size: f32,
    /// Offset from the line's left edge, pt.
    pub x: f32,
    pub width: f32,
    pub glyphs: Vec<PlacedGlyph>,
    pub link: Option<String>,
    /// Byte offset of the run's text in the paragraph (logical order).
    pub start: usize,
    /// Index of the span the run comes from.
    pub span: usize,
    /// Right-to-left glyphs (visual order).
    pub rtl: bool,
    /// The text a reader should get for the whole run, when its glyphs do
    /// not spell it: the whole word for the part of a hyphenated word
    /// before the hyphen, nothing for the part after it.
    pub actual: Option<String>,
}

/// One laid-out line. `x` values are from the line's left edge.
#[derive(Debug, Clone)]
pub struct Line {
    pub width: f32,
    pub runs: Vec<GlyphRun>,
    /// The logical text of the line (without the inserted hyphen).
    pub text: String,
    /// The line ends with an inserted hyphen.
    pub hyphen: bool,
}

/// A laid-out paragraph.
#[derive(Debug, Clone, Default)]
pub struct Laid {
    pub lines: Vec<Line>,
    /// Characters that no font of the chain can draw (left out).
    pub missing: Vec<char>,
}

/// Bidi embeddings and overrides are never drawn nor obeyed: a pasted
/// U+202E must not reverse a sentence. Isolates stay for the bidi algorithm.
fn is_override(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}')
}

fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{200B}'..='\u{200F}' | '\u{2028}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}')
}

/// Normalizes a span's text: NFC; one paragraph for bidi (separators become
/// line separators or spaces); no controls or overrides.
fn clean(text: &str, out: &mut String) {
    for c in text.nfc() {
        match c {
            '\n' | '\u{2029}' => out.push('\u{2028}'),
            '\t' | '\r' | '\u{1C}'..='\u{1F}' | '\u{85}' => out.push(' '),
            c if c.is_control() || is_override(c) => {}
            c => out.push(c),
        }
    }
}

fn hyphenator(lang: &str) -> Option<&'static hyphenation::Standard> {
    use hyphenation::{Language, Load, Standard};
    static EN: OnceLock<Option<Standard>> = OnceLock::new();
    static ES: OnceLock<Option<Standard>> = OnceLock::new();
    match lang.split('-').next().unwrap_or("") {
        "en" => EN
            .get_or_init(|| Standard::from_embedded(Language::EnglishUS).ok())
            .as_ref(),
        "es" => ES
            .get_or_init(|| Standard::from_embedded(Language::Spanish).ok())
            .as_ref(),
        _ => None,
    }
}

/// A stretch of text with one span, one font and one bidi level.
#[derive(Debug, Clone)]
struct Segment {
    start: usize,
    end: usize,
    span: usize,
    font: usize,
    rtl: bool,
}

struct Shaped {
    gid: u16,
    cluster: usize,
    advance: f32,
    dx: f32,
    dy: f32,
}

fn shape(face: &Face, text: &str, rtl: bool, lang: &str, size: f32) -> Vec<Shaped> {
    let mut buf = rustybuzz::UnicodeBuffer::new();
    buf.push_str(text);
    buf.set_direction(if rtl {
        rustybuzz::Direction::RightToLeft
    } else {
        rustybuzz::Direction::LeftToRight
    });
    if let Ok(l) = lang.parse::<rustybuzz::Language>() {
        buf.set_language(l);
    }
    buf.set_flags(rustybuzz::BufferFlags::REMOVE_DEFAULT_IGNORABLES);
    buf.guess_segment_properties();
    let plan = plan_for(face, &buf);
    let out = rustybuzz::shape_with_plan(&face.shaper, &plan, buf);
    let scale = size / face.units_per_em;
    out.glyph_infos()
        .iter()
        .zip(out.glyph_positions())
        .map(|(i, p)| Shaped {
            gid: i.glyph_id as u16,
            cluster: i.cluster as usize,
            advance: p.x_advance as f32 * scale,
            dx: p.x_offset as f32 * scale,
            dy: p.y_offset as f32 * scale,
        })
        .collect()
}

/// The shaping plan for the buffer's face, direction, script and language.
/// Plans are compiled once per thread and kept: compiling one (collecting
/// the font's features) costs more than shaping a short run.
fn plan_for(face: &Face, buf: &rustybuzz::UnicodeBuffer) -> std::rc::Rc<rustybuzz::ShapePlan> {
    use std::cell::RefCell;
    use std::collections::HashMap;
    type Key = (String, bool, String, Option<String>);
    thread_local! {
        static PLANS: RefCell<HashMap<Key, std::rc::Rc<rustybuzz::ShapePlan>>> =
            RefCell::new(HashMap::new());
    }
    let direction = buf.direction();
    let script = buf.script();
    let language = buf.language();
    let key: Key = (
        face.pdf_name.clone(),
        direction == rustybuzz::Direction::RightToLeft,
        format!("{:?}", script.tag()),
        language.as_ref().map(|l| l.as_str().to_owned()),
    );
    PLANS.with(|plans| {
        plans
            .borrow_mut()
            .entry(key)
            .or_insert_with(|| {
                std::rc::Rc::new(rustybuzz::ShapePlan::new(
                    &face.shaper,
                    direction,
                    Some(script),
                    language.as_ref(),
                    &[],
                ))
            })
            .clone()
    })
}

/// The text each glyph extracts as: a glyph the cmap reaches from one of its
/// cluster's characters gets that character; the first other glyph of the
/// cluster gets the rest (ligatures, contextual forms); others get "".
fn extraction_text(face: &Face, text: &str, glyphs: &[Shaped]) -> Vec<String> {
    let mut bounds: Vec<usize> = glyphs.iter().map(|g| g.cluster).collect();
    bounds.push(text.len());
    bounds.sort_unstable();
    bounds.dedup();
    let mut out = vec![String::new(); glyphs.len()];
    let mut order: Vec<usize> = (0..glyphs.len()).collect();
    order.sort_by_key(|&i| (glyphs[i].cluster, i));
    let mut k = 0;
    while k < order.len() {
        let c = glyphs[order[k]].cluster;
        let mut idxs = Vec::new();
        while k < order.len() && glyphs[order[k]].cluster == c {
            idxs.push(order[k]);
            k += 1;
        }
        let next = bounds
            .iter()
            .copied()
            .find(|&b| b > c)
            .unwrap_or(text.len());
        let mut rest: Vec<char> = text
            .get(c..next)
            .unwrap_or("")
            .chars()
            .filter(|ch| !is_invisible(*ch))
            .collect();
        let mut unmatched = Vec::new();
        for &i in &idxs {
            match rest
                .iter()
                .position(|ch| face.glyph(*ch) == Some(glyphs[i].gid))
            {
                Some(p) => out[i] = rest.remove(p).to_string(),
                None => unmatched.push(i),
            }
        }
        if let Some(&first) = unmatched.first() {
            out[first] = rest.into_iter().collect();
        }
    }
    out
}

/// The text of right-to-left glyphs, as PDF readers expect it: readers
/// (poppler, pdf.js, Acrobat) take a right-to-left run's glyphs as visual
/// order and read each glyph's characters from left to right too, then
/// reverse the whole, marks included. So each cluster's text goes on its
/// widest glyph, characters reversed (lam-alef "لا" as "ال", "رَّ" as
/// fatha, shadda, ra), and its mark glyphs are silent (their own
/// characters in `/ToUnicode`, nothing in `/ActualText`): extraction then
/// gives the cluster in logical order ("المدرَّبون", not "المدَّدربون").
fn rtl_extraction_text(text: &str, glyphs: &[Shaped], own: Vec<String>) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = own.into_iter().map(|t| (t, true)).collect();
    let mut bounds: Vec<usize> = glyphs.iter().map(|g| g.cluster).collect();
    bounds.push(text.len());
    bounds.sort_unstable();
    bounds.dedup();
    for w in bounds.windows(2) {
        let (c, next) = (w[0], w[1]);
        let base = (0..glyphs.len())
            .filter(|&i| glyphs[i].cluster == c)
            .max_by(|&a, &b| {
                glyphs[a]
                    .advance
                    .total_cmp(&glyphs[b].advance)
                    .then(b.cmp(&a))
            });
        let cluster: String = text
            .get(c..next)
            .unwrap_or("")
            .chars()
            .filter(|ch| !is_invisible(*ch))
            .collect();
        for i in (0..glyphs.len()).filter(|&i| glyphs[i].cluster == c) {
            if Some(i) == base {
                out[i] = (cluster.chars().rev().collect(), false);
            } else if out[i].0.is_empty() {
                // Silent, but /ToUnicode still needs a mapping.
                out[i].0.clone_from(&cluster);
            }
        }
    }
    out
}

fn variant(style: &SpanStyle, para: &ParaStyle) -> Variant {
    if style.bold || para.bold {
        Variant::Bold
    } else if style.italic || para.italic {
        Variant::Italic
    } else {
        Variant::Regular
    }
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || is_invisible(c)
}

/// Lays out `spans` in lines at most `width` pt wide.
pub fn layout_paragraph(spans: &[Span], para: &ParaStyle, fonts: &FontSet, width: f32) -> Laid {
    let mut text = String::new();
    let mut span_at: Vec<(usize, usize)> = Vec::new(); // (start byte, span index)
    for (i, s) in spans.iter().enumerate() {
        span_at.push((text.len(), i));
        clean(&s.text, &mut text);
    }
    let mut laid = Laid::default();
    if text.trim_matches(is_space).is_empty() || fonts.chain.is_empty() {
        return laid;
    }
    let span_of = |pos: usize| -> usize {
        match span_at.binary_search_by(|(s, _)| s.cmp(&pos)) {
            Ok(i) => span_at[i..]
                .iter()
                .take_while(|(s, _)| *s == pos)
                .last()
                .map_or(0, |x| x.1),
            Err(0) => 0,
            Err(i) => span_at[i - 1].1,
        }
    };
    let base = if para.rtl { Level::rtl() } else { Level::ltr() };
    let bidi = BidiInfo::new(&text, Some(base));
    let Some(bpara) = bidi.paragraphs.first() else {
        return laid;
    };

    // A font per character: marks, spaces and punctuation stay in the
    // previous character's font when it has them.
    let mut fonts_at: Vec<usize> = vec![0; text.len()];
    let mut prev: Option<usize> = None;
    for (i, c) in text.char_indices() {
        let keep = prev.filter(|&p| {
            let face = fonts.chain[p].face(Variant::Regular);
            is_invisible(c)
                || unicode_normalization::char::is_combining_mark(c)
                || (!c.is_alphabetic() && face.covers(c))
        });
        let f = match keep {
            Some(p) => p,
            None if is_invisible(c) => 0,
            None => match fonts.first_covering(c) {
                Some(f) => f,
                None => {
                    if !c.is_whitespace() && !laid.missing.contains(&c) {
                        laid.missing.push(c);
                    }
                    prev.unwrap_or(0)
                }
            },
        };
        fonts_at[i..i + c.len_utf8()].fill(f);
        if !is_invisible(c) {
            prev = Some(f);
        }
    }

    // Segments: one span, one font, one level.
    let mut segments: Vec<Segment> = Vec::new();
    for (i, c) in text.char_indices() {
        let key = (span_of(i), fonts_at[i], bidi.levels[i].is_rtl());
        match segments.last_mut() {
            Some(s) if (s.span, s.font, s.rtl) == key => s.end = i + c.len_utf8(),
            _ => segments.push(Segment {
                start: i,
                end: i + c.len_utf8(),
                span: key.0,
                font: key.1,
                rtl: key.2,
            }),
        }
    }
    let face_of = |s: &Segment| -> &Arc<Face> {
        fonts.chain[s.font].face(variant(&spans[s.span].style, para))
    };

    // Advances per cluster start, for measuring candidate lines.
    let mut prefix = vec![0f32; text.len() + 1];
    {
        let mut adv = vec![0f32; text.len() + 1];
        for s in &segments {
            for g in shape(
                face_of(s),
                &text[s.start..s.end],
                s.rtl,
                &para.lang,
                para.size,
            ) {
                adv[s.start + g.cluster] += g.advance;
            }
        }
        for i in 0..text.len() {
            prefix[i + 1] = prefix[i] + adv[i];
        }
    }
    let trim_end = |a: usize, b: usize| -> usize {
        let mut e = b;
        while e > a {
            let c = text[..e].chars().next_back().unwrap_or(' ');
            if !is_space(c) {
                break;
            }
            e -= c.len_utf8();
        }
        e
    };
    let measure = |a: usize, b: usize| prefix[trim_end(a, b)] - prefix[a];

    // Break opportunities (byte offset where a line may start).
    let korean = para.lang.starts_with("ko");
    let breaks: Vec<(usize, bool)> = unicode_linebreak::linebreaks(&text)
        .filter(|&(pos, op)| {
            op == unicode_linebreak::BreakOpportunity::Mandatory
                || !korean
                || text[..pos]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_whitespace)
        })
        .map(|(pos, op)| (pos, op == unicode_linebreak::BreakOpportunity::Mandatory))
        .collect();
    let hyphen_width = |at: usize| -> f32 {
        let seg = segments.iter().find(|s| s.start <= at && at < s.end);
        seg.map(|s| {
            let face = face_of(s);
            face.glyph('-')
                .and_then(|g| face.shaper.glyph_hor_advance(ttf_parser_gid(g)))
                .map_or(0.0, |a| a as f32 * para.size / face.units_per_em)
        })
        .unwrap_or(0.0)
    };

    let mut lines: Vec<(usize, usize, bool)> = Vec::new();
    let mut forced_at: Vec<bool> = Vec::new();
    let mut start = 0;
    let mut bi = 0;
    while start < text.len() {
        while bi < breaks.len() && breaks[bi].0 <= start {
            bi += 1;
        }
        let mut fit: Option<usize> = None;
        let mut forced = false;
        let mut j = bi;
        while j < breaks.len() {
            let (pos, mandatory) = breaks[j];
            if measure(start, pos) > width {
                break;
            }
            fit = Some(pos);
            j += 1;
            if mandatory {
                forced = true;
                break;
            }
        }
        let overflow = !forced && fit.is_none_or(|f| f < text.len());
        // Try to hyphenate the word that did not fit: not in headings, not
        // after two hyphenated lines in a row.
        let mut hyphen_at = None;
        let streak = lines.iter().rev().take_while(|l| l.2).count();
        if overflow
            && para.hyphenate
            && streak < 2
            && let Some(h) = hyphenator(&para.lang)
        {
            let from = fit.unwrap_or(start);
            let lang = para.lang.split('-').next().unwrap_or("");
            hyphen_at = hyphen_point(&text, from, h, para.exceptions.get(lang))
                .into_iter()
                .rev()
                .find(|&p| measure(start, p) + hyphen_width(p - 1) <= width);
        }
        let end = match (hyphen_at, fit) {
            (Some(h), _) => h,
            (None, Some(f)) => f,
            (None, None) => {
                // No opportunity fits: break the word at the last character
                // that fits (at least one character per line).
                let mut e = start;
                for (i, c) in text[start..].char_indices() {
                    let next = start + i + c.len_utf8();
                    if e > start && measure(start, next) > width {
                        break;
                    }
                    e = next;
                }
                e
            }
        };
        lines.push((start, end, hyphen_at.is_some()));
        forced_at.push(forced || end >= text.len());
        start = end;
    }

    let last_line = lines.len().saturating_sub(1);
    for (li, (s, e, hyphen)) in lines.iter().copied().enumerate() {
        let te = trim_end(s, e);
        let line_text = text[s..te].to_owned();
        if te <= s {
            laid.lines.push(Line {
                width: 0.0,
                runs: Vec::new(),
                text: line_text,
                hyphen,
            });
            continue;
        }
        // A hyphenated word: the part before the hyphen reads as the whole
        // word, the part on the next line as nothing.
        let word_end = |at: usize| {
            text[at..]
                .find(|c: char| !c.is_alphabetic())
                .map_or(text.len(), |i| at + i)
        };
        let head = hyphen.then(|| {
            let ws = text[s..te]
                .rfind(|c: char| !c.is_alphabetic())
                .map_or(s, |i| {
                    s + i + text[s + i..].chars().next().map_or(1, char::len_utf8)
                });
            (ws, text[ws..word_end(te)].to_owned())
        });
        let tail = (li > 0 && lines[li - 1].2).then(|| word_end(s).min(te));
        let (_levels, runs) = bidi.visual_runs(bpara, s..te);
        let mut pen = 0f32;
        let mut out_runs = Vec::new();
        for run in runs {
            let rtl = bidi.levels[run.start].is_rtl();
            let mut pieces: Vec<(usize, usize, &Segment)> = segments
                .iter()
                .filter(|g| g.start < run.end && g.end > run.start)
                .map(|g| (g.start.max(run.start), g.end.min(run.end), g))
                .collect();
            if rtl {
                pieces.reverse();
            }
            for (a, b, seg) in pieces {
                // Cut the piece where the hyphenated word's parts begin and end.
                let mut cuts: Vec<(usize, usize, Option<String>)> = Vec::new();
                let mut from = a;
                if let Some(t) = tail.filter(|&t| !rtl && a < t && t < b && a == s) {
                    cuts.push((a, t, Some(String::new())));
                    from = t;
                }
                match &head {
                    Some((ws, word)) if !rtl && b == te && *ws < b && *ws >= from => {
                        if *ws > from {
                            cuts.push((from, *ws, None));
                        }
                        cuts.push((*ws, b, Some(word.clone())));
                    }
                    _ => cuts.push((from, b, None)),
                }
                if tail.is_some_and(|t| !rtl && a == s && t >= b) {
                    cuts = vec![(a, b, Some(String::new()))];
                }
                for (ca, cb, actual) in cuts {
                    let mut piece = text[ca..cb].to_owned();
                    if hyphen && cb == te && !rtl {
                        piece.push('-');
                    }
                    let face = face_of(seg).clone();
                    let shaped = shape(&face, &piece, rtl, &para.lang, para.size);
                    let own = extraction_text(&face, &piece, &shaped);
                    let texts: Vec<(String, bool)> = if rtl {
                        rtl_extraction_text(&piece, &shaped, own)
                    } else {
                        own.into_iter().map(|t| (t, false)).collect()
                    };
                    let mut glyphs = Vec::new();
                    let mut x = 0f32;
                    for (g, (t, silent)) in shaped.iter().zip(texts) {
                        if g.gid != 0 {
                            glyphs.push(PlacedGlyph {
                                gid: g.gid,
                                x: x + g.dx,
                                dy: g.dy,
                                text: t,
                                silent,
                            });
                        }
                        x += g.advance;
                    }
                    if !glyphs.is_empty() {
                        out_runs.push(GlyphRun {
                            face,
                            size: para.size,
                            x: pen,
                            width: x,
                            glyphs,
                            link: spans[seg.span].style.link.clone(),
                            start: ca,
                            span: seg.span,
                            rtl,
                            actual,
                        });
                    }
                    pen += x;
                }
            }
        }
        let mut line = Line {
            width: pen,
            runs: out_runs,
            text: line_text,
            hyphen,
        };
        if para.justify && li != last_line && !forced_at[li] {
            justify(&mut line, width, para);
        }
        if !hyphen && te < e {
            keep_line_end_space(&mut line, para.size);
        }
        laid.lines.push(line);
    }
    laid
}

/// The space a line broke at is not drawn, but a reader of the text (a
/// screen reader following the structure tree, a search) needs it between
/// the last word of the line and the first of the next: it is added as an
/// invisible space glyph after the logically last glyph (to the left of a
/// right-to-left run), outside the measured line.
fn keep_line_end_space(line: &mut Line, size: f32) {
    let Some(i) = (0..line.runs.len()).max_by_key(|&i| (line.runs[i].start, i)) else {
        return;
    };
    let run = &mut line.runs[i];
    let Some(gid) = run.face.glyph(' ') else {
        return;
    };
    let advance = f32::from(
        run.face
            .shaper
            .glyph_hor_advance(rustybuzz::ttf_parser::GlyphId(gid))
            .unwrap_or(0),
    ) * size
        / run.face.units_per_em;
    let space = |x| PlacedGlyph {
        gid,
        x,
        dy: 0.0,
        text: " ".into(),
        silent: false,
    };
    if run.rtl {
        let x = run.glyphs.first().map_or(0.0, |g| g.x) - advance;
        run.glyphs.insert(0, space(x));
    } else {
        run.glyphs.push(space(run.width));
    }
}

/// Stretches a line to `width`: the extra space goes between words (at
/// space glyphs), or, in Chinese and Japanese, between every two
/// characters (kinsoku was applied when the line was broken). A line that
/// would open gaps wider than an em is left as it is.
fn justify(line: &mut Line, width: f32, para: &ParaStyle) {
    let extra = width - line.width;
    if extra <= 0.01 {
        return;
    }
    let cjk = matches!(para.lang.split('-').next(), Some("zh" | "ja"));
    let total: usize = line.runs.iter().map(|r| r.glyphs.len()).sum();
    let mut seen = 0usize;
    // Whether the glyph opens a gap after it.
    let gap_after = |g: &PlacedGlyph, index: usize| -> bool {
        if index + 1 >= total {
            return false;
        }
        let space = !g.text.is_empty() && g.text.chars().all(|c| c == ' ' || c == '\u{A0}');
        // In CJK text every ideograph, kana or CJK punctuation opens a gap;
        // Latin words inside keep their letters together.
        space || (cjk && g.text.chars().any(|c| c >= '\u{2E80}'))
    };
    let mut gaps = 0usize;
    for r in &line.runs {
        for g in &r.glyphs {
            gaps += usize::from(gap_after(g, seen));
            seen += 1;
        }
    }
    if gaps == 0 {
        return;
    }
    let per = extra / gaps as f32;
    if per > para.size {
        return;
    }
    let mut shift = 0f32;
    seen = 0;
    for r in &mut line.runs {
        let base = shift;
        r.x += base;
        for g in &mut r.glyphs {
            g.x += shift - base;
            if gap_after(g, seen) {
                shift += per;
            }
            seen += 1;
        }
        r.width += shift - base;
    }
    line.width = width;
}

fn ttf_parser_gid(g: u16) -> rustybuzz::ttf_parser::GlyphId {
    rustybuzz::ttf_parser::GlyphId(g)
}

/// Hyphenation points (byte offsets in `text`) of the first word at or after
/// `from`, in increasing order.
fn hyphen_point(
    text: &str,
    from: usize,
    dict: &hyphenation::Standard,
    exceptions: Option<&std::collections::BTreeMap<String, Vec<usize>>>,
) -> Vec<usize> {
    use hyphenation::Hyphenator;
    // Never inside an address: a hyphen would read as part of it.
    let token_start = text[..from].rfind(char::is_whitespace).map_or(0, |i| i + 1);
    let token_end = text[from..]
        .find(char::is_whitespace)
        .map_or(text.len(), |i| from + i);
    if text[token_start..token_end].contains(['/', '@', ':']) {
        return Vec::new();
    }
    let rest = &text[from..];
    let Some(wa) = rest.find(char::is_alphabetic) else {
        return Vec::new();
    };
    // The word must start right here (after spaces or opening punctuation).
    if rest[..wa].chars().any(char::is_alphabetic) {
        return Vec::new();
    }
    let word_len = rest[wa..]
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len() - wa);
    let word = &rest[wa..wa + word_len];
    if word.chars().count() < 5 {
        return Vec::new();
    }
    // Names and abbreviations ("Zykadia", "American", "MYCN") keep their
    // shape; so does the first word of a sentence only if it is all capitals.
    // A sentence starts after "?", "!", or a full stop that ends a
    // lower-case word of three letters or more: not after "ed.", "et al."
    // or "Oncol.", where a capital begins a name.
    let before = text[..from + wa].trim_end();
    let sentence_start = match before.chars().next_back() {
        None => true,
        Some('!' | '?') => true,
        Some('.') => {
            let prev = before[..before.len() - 1]
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            prev.chars().count() >= 3 && prev.chars().all(char::is_lowercase)
        }
        Some(_) => false,
    };
    let mut letters = word.chars();
    let first_upper = letters.next().is_some_and(char::is_uppercase);
    if letters.any(char::is_uppercase) || (first_upper && !sentence_start) {
        return Vec::new();
    }
    let lower = word.to_lowercase();
    if let Some(breaks) = exceptions.and_then(|e| e.get(&lower)) {
        // Character positions → byte offsets.
        let offsets: Vec<usize> = word.char_indices().map(|(i, _)| i).collect();
        return breaks
            .iter()
            .filter_map(|&b| offsets.get(b).copied().filter(|&o| o > 0))
            .map(|o| from + wa + o)
            .collect();
    }
    dict.hyphenate(word)
        .breaks
        .into_iter()
        .map(|b| from + wa + b)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(lang: &str, rtl: bool) -> ParaStyle {
        ParaStyle {
            size: 10.0,
            rtl,
            lang: lang.into(),
            bold: false,
            italic: false,
            hyphenate: true,
            justify: false,
            exceptions: Arc::new(parse_exceptions(BUILTIN_EXCEPTIONS.iter().copied())),
        }
    }

    fn all_text(l: &Laid) -> String {
        l.lines
            .iter()
            .flat_map(|line| line.runs.iter())
            .flat_map(|r| r.glyphs.iter().map(|g| g.text.clone()))
            .collect()
    }

    #[test]
    fn lines_fit_and_keep_every_word() {
        let fonts = FontSet::builtin("en");
        let text = "Important research into neuroblastoma is being done right now in many university hospitals, medical centers, and other research institutions around the world.";
        let laid = layout_paragraph(&[Span::plain(text)], &para("en", false), &fonts, 150.0);
        assert!(laid.lines.len() > 3);
        for l in &laid.lines {
            assert!(l.width <= 150.5, "{} is {} wide", l.text, l.width);
        }
        let logical: String = laid.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(logical.replace(' ', ""), text.replace(' ', ""));
        assert!(laid.missing.is_empty());
    }

    #[test]
    fn hyphenates_spanish_when_a_word_does_not_fit() {
        let fonts = FontSet::builtin("es");
        let text = "La investigación sobre el neuroblastoma continúa en hospitales universitarios";
        let laid = layout_paragraph(&[Span::plain(text)], &para("es", false), &fonts, 120.0);
        let drawn = all_text(&laid);
        assert!(drawn.contains('-'), "expected a hyphen in {drawn:?}");
        let logical: String = laid.lines.iter().map(|l| l.text.clone()).collect();
        assert!(logical.replace(' ', "").contains("neuroblastoma"));
    }

    #[test]
    fn addresses_are_never_hyphenated() {
        let fonts = FontSet::builtin("en");
        let text = "Accessed at https://www.uptodate.com/contents/treatment-and-prognosis-of-neuroblastoma on April 9, 2021.";
        for w in [120.0, 160.0, 200.0, 240.0] {
            let laid = layout_paragraph(&[Span::plain(text)], &para("en", false), &fonts, w);
            assert!(!all_text(&laid).contains("neuroblas-"), "at {w}");
            let logical: String = laid.lines.iter().map(|l| l.text.as_str()).collect();
            assert_eq!(logical.replace(' ', ""), text.replace(' ', ""));
        }
    }

    #[test]
    fn arabic_is_joined_right_aligned_and_keeps_numbers_in_order() {
        let fonts = FontSet::builtin("ar");
        // Fluent puts each placeable between FSI and PDI; without the
        // isolate, UAX #9 turns digits after Arabic letters into Arabic
        // numbers and the hyphens between them into RTL neutrals.
        let text = "اتصل بنا على \u{2068}1-800-227-2345\u{2069} في أي وقت";
        let laid = layout_paragraph(&[Span::plain(text)], &para("ar", true), &fonts, 400.0);
        assert_eq!(laid.lines.len(), 1);
        let line = &laid.lines[0];
        // Visual order: the first run on the left is the end of the sentence.
        let first = &line.runs[0];
        assert_eq!(first.face.family, "Noto Sans Arabic");
        // In visual order the phone number still reads left to right.
        let visual = all_text(&laid);
        assert!(visual.contains("1-800-227-2345"), "{visual}");
        // Reversing the visual glyph order gives back the logical words.
        let words: Vec<String> = line
            .runs
            .iter()
            .rev()
            .map(|r| {
                r.glyphs
                    .iter()
                    .rev()
                    .map(|g| g.text.clone())
                    .collect::<String>()
            })
            .collect();
        assert!(words.iter().any(|w| w.contains("اتصل")), "{words:?}");
        // Joining: the shaped Arabic uses contextual forms, not the isolated
        // glyphs that the cmap gives for each letter.
        let ar_face = &first.face;
        let isolated: Vec<u16> = "اتصل".chars().filter_map(|c| ar_face.glyph(c)).collect();
        let drawn: Vec<u16> = line
            .runs
            .iter()
            .flat_map(|r| r.glyphs.iter().map(|g| g.gid))
            .collect();
        assert!(isolated.iter().any(|g| !drawn.contains(g)));
    }

    #[test]
    fn lam_alef_is_one_glyph() {
        let fonts = FontSet::builtin("ar");
        let laid = layout_paragraph(&[Span::plain("لا")], &para("ar", true), &fonts, 400.0);
        let glyphs: Vec<_> = laid.lines[0]
            .runs
            .iter()
            .flat_map(|r| r.glyphs.iter())
            .collect();
        assert_eq!(glyphs.len(), 1);
        // Readers take right-to-left glyph text as visual order and
        // reverse it: the ligature maps to its letters reversed.
        assert_eq!(glyphs[0].text, "ال");
    }

    #[test]
    fn arabic_marks_extract_with_their_letter() {
        let fonts = FontSet::builtin("ar");
        let word = "المدرَّبون";
        let laid = layout_paragraph(&[Span::plain(word)], &para("ar", true), &fonts, 400.0);
        let glyphs: Vec<&PlacedGlyph> = laid.lines[0]
            .runs
            .iter()
            .flat_map(|r| r.glyphs.iter())
            .collect();
        // What a reader extracts: the visual glyph texts, reversed.
        let visual: String = glyphs
            .iter()
            .filter(|g| !g.silent)
            .map(|g| g.text.as_str())
            .collect();
        assert_eq!(visual.chars().rev().collect::<String>(), word);
        // Every glyph, silent marks included, maps to some text.
        assert!(glyphs.iter().all(|g| !g.text.is_empty()));
    }

    #[test]
    fn a_line_break_keeps_its_space_for_readers() {
        let fonts = FontSet::builtin("fr");
        let text = "Des chercheurs étudient de nouvelles associations de médicaments dans plusieurs essais cliniques";
        let laid = layout_paragraph(&[Span::plain(text)], &para("fr", false), &fonts, 120.0);
        assert!(laid.lines.len() > 2);
        let drawn = all_text(&laid);
        assert_eq!(
            drawn.split_whitespace().collect::<Vec<_>>(),
            text.split_whitespace().collect::<Vec<_>>()
        );
        for l in &laid.lines {
            assert!(l.width <= 120.5, "the space is outside the measured line");
        }
    }

    #[test]
    fn names_are_not_hyphenated_but_sentence_starts_are() {
        let en = hyphenator("en").expect("English patterns");
        let at = |text: &str, word: &str| hyphen_point(text, text.find(word).unwrap(), en, None);
        // A capital after an abbreviation begins a name.
        assert!(at("Pizzo and Poplack. 8th ed. Philadelphia Pa", "Philadelphia").is_empty());
        assert!(at("as crizotinib (Xalkori) and Zykadia", "Zykadia").is_empty());
        // After a full stop that ends a sentence, the capital is the sentence's.
        assert!(!at("They grow. Researchers know more.", "Researchers").is_empty());
        assert!(!at("Researchers know more.", "Researchers").is_empty());
    }

    #[test]
    fn decomposed_vietnamese_matches_composed() {
        let fonts = FontSet::builtin("vi");
        let composed = "Tiếng Việt";
        let decomposed: String = composed.nfd().collect();
        assert_ne!(composed, decomposed);
        let a = layout_paragraph(&[Span::plain(composed)], &para("vi", false), &fonts, 400.0);
        let b = layout_paragraph(
            &[Span::plain(decomposed)],
            &para("vi", false),
            &fonts,
            400.0,
        );
        let gids = |l: &Laid| -> Vec<u16> {
            l.lines[0]
                .runs
                .iter()
                .flat_map(|r| r.glyphs.iter().map(|g| g.gid))
                .collect()
        };
        assert_eq!(gids(&a), gids(&b));
    }

    #[test]
    fn korean_breaks_only_at_spaces() {
        let fonts = FontSet::builtin("ko");
        let text =
            "신경모세포종에 대한 중요한 연구가 전 세계의 많은 대학 병원에서 진행되고 있습니다";
        let laid = layout_paragraph(&[Span::plain(text)], &para("ko", false), &fonts, 90.0);
        assert!(laid.lines.len() > 2);
        let words: Vec<&str> = text.split(' ').collect();
        for l in &laid.lines {
            for w in l.text.split(' ') {
                assert!(words.contains(&w), "{w:?} is not a whole word");
            }
        }
    }

    #[test]
    fn no_cjk_closing_punctuation_starts_a_line() {
        let fonts = FontSet::builtin("zh-CN");
        let text = "神经母细胞瘤研究的最新进展。每年，科学家都会发现更多关于这种疾病的病因以及如何改进治疗的信息。";
        for w in [60.0, 70.0, 80.0, 90.0, 100.0, 110.0] {
            let laid = layout_paragraph(&[Span::plain(text)], &para("zh-CN", false), &fonts, w);
            for l in &laid.lines {
                let first = l.text.chars().next().unwrap_or(' ');
                assert!(
                    !"。，、；：？！）」』".contains(first),
                    "line starts with {first} at {w}"
                );
                assert!(l.width <= w + 0.01);
            }
        }
    }

    #[test]
    fn controls_are_never_drawn_and_missing_glyphs_are_reported() {
        let fonts = FontSet::builtin("zh-CN");
        let text = "a\u{202E}b\u{2068}c\u{2069} 𠀀";
        let laid = layout_paragraph(&[Span::plain(text)], &para("zh-CN", false), &fonts, 400.0);
        assert_eq!(laid.missing, vec!['\u{20000}']);
        let drawn = all_text(&laid);
        assert_eq!(drawn, "abc ");
        assert!(
            laid.lines
                .iter()
                .flat_map(|l| &l.runs)
                .flat_map(|r| &r.glyphs)
                .all(|g| g.gid != 0)
        );
    }

    #[test]
    fn links_mark_their_runs() {
        let fonts = FontSet::builtin("en");
        let spans = [
            Span::plain("Call us at "),
            Span {
                text: "1-800-227-2345".into(),
                style: SpanStyle {
                    link: Some("tel:+18002272345".into()),
                    ..Default::default()
                },
            },
        ];
        let laid = layout_paragraph(&spans, &para("en", false), &fonts, 400.0);
        let linked: Vec<_> = laid.lines[0]
            .runs
            .iter()
            .filter(|r| r.link.is_some())
            .collect();
        assert_eq!(linked.len(), 1);
        assert!(linked[0].x > 0.0 && linked[0].width > 0.0);
    }
}
