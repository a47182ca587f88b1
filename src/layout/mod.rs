//! Writer-agnostic page layout for the PDF stage. Input: a flat list of
//! [`Block`]s (title, headings, paragraphs, list items, boxes) with styled
//! spans, a [`Paper`] and a [`FontSet`]. Output: [`Document`] pages of
//! positioned glyph runs, rectangles and link areas, plus the outline.
//! Pure: no I/O and nothing about PDF syntax (see `render::pdf`).
//!
//! Pagination keeps a heading with the first two lines after it, never
//! leaves a single first line of a paragraph at the foot of a page, and
//! moves a line back rather than leave the last line alone at the top of
//! the next page, when the paragraph is long enough for that.

pub mod fonts;
pub mod text;

use std::sync::Arc;

pub use fonts::{Face, FontSet, Variant};
pub use text::{GlyphRun, Line, ParaStyle, PlacedGlyph, Span, SpanStyle, layout_paragraph};

/// An RGB colour, components 0–1.
pub type Rgb = [f32; 3];

const TEXT: Rgb = [0.11, 0.11, 0.13];
const HEADING: Rgb = [0.0, 0.2, 0.4];
const LINK: Rgb = [0.0, 0.3, 0.62];
const MUTED: Rgb = [0.36, 0.36, 0.4];
const FALLBACK: Rgb = [0.3, 0.3, 0.36];
const FALLBACK_BAR: Rgb = [0.85, 0.5, 0.05];
const BOX_FILL: Rgb = [0.92, 0.95, 0.99];
const BOX_STROKE: Rgb = [0.55, 0.68, 0.86];
const NOTICE_FILL: Rgb = [1.0, 0.96, 0.86];
const NOTICE_STROKE: Rgb = [0.85, 0.6, 0.2];

/// Paper sizes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Paper {
    /// 210 × 297 mm.
    #[default]
    A4,
    /// 8.5 × 11 in.
    Letter,
}

impl Paper {
    /// Width and height in pt.
    pub fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }
}

/// What a block is; decides its size, weight, spacing and colour.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Title,
    /// Level 2 to 6 (the title is 1).
    Heading(u8),
    Paragraph,
    /// A list item with its marker ("•", "3.").
    ListItem(String),
    /// Small print (revision date, footer notices).
    Small,
    /// A notice to the reader about the translation, in a tinted box.
    Notice,
    /// Starts and ends a callout box around the blocks between.
    BoxStart,
    BoxEnd,
}

/// One block of the document.
#[derive(Debug, Clone)]
pub struct Block {
    pub kind: Kind,
    pub spans: Vec<Span>,
    /// Language of the block (English fallback in a translated document is "en").
    pub lang: String,
    pub rtl: bool,
    /// English shown because the translation is missing: drawn in a
    /// different style with a bar on the start edge.
    pub fallback: bool,
    pub bold: bool,
    /// Where the block came from (a message ID), for reports.
    pub source: String,
    /// Outline level (0 = top) if the block is a bookmark.
    pub outline: Option<usize>,
}

/// Text drawn at a position (pt from the bottom-left corner, baseline).
#[derive(Debug, Clone)]
pub struct TextItem {
    pub x: f32,
    pub y: f32,
    pub color: Rgb,
    pub run: GlyphRun,
}

/// Something on a page.
#[derive(Debug, Clone)]
pub enum Item {
    Text(TextItem),
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Option<Rgb>,
        stroke: Option<Rgb>,
    },
    Link {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        uri: String,
    },
}

/// One page: items in drawing order (backgrounds first).
#[derive(Debug, Clone, Default)]
pub struct Page {
    pub items: Vec<Item>,
}

/// A bookmark: level, title, page index (0-based), top y.
#[derive(Debug, Clone, PartialEq)]
pub struct OutlineEntry {
    pub level: usize,
    pub title: String,
    pub page: usize,
    pub top: f32,
}

/// A character no font could draw, and the block it is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingGlyph {
    pub source: String,
    pub ch: char,
}

/// A laid-out document.
#[derive(Debug, Clone)]
pub struct Document {
    pub width: f32,
    pub height: f32,
    pub pages: Vec<Page>,
    pub outline: Vec<OutlineEntry>,
    pub missing: Vec<MissingGlyph>,
    /// Content area (left, right), for checks.
    pub left: f32,
    pub right: f32,
}

/// Running header and footer text of one page.
#[derive(Debug, Clone)]
pub struct Furniture {
    pub header: String,
    pub footer: String,
}

struct Metrics {
    size: f32,
    leading: f32,
    before: f32,
    after: f32,
    color: Rgb,
    bold: bool,
    indent: f32,
    keep_with_next: bool,
}

fn metrics(kind: &Kind, cjk: bool) -> Metrics {
    let leading = if cjk { 1.65 } else { 1.42 };
    let m = |size: f32, before: f32, after: f32, color, bold| Metrics {
        size,
        leading,
        before,
        after,
        color,
        bold,
        indent: 0.0,
        keep_with_next: false,
    };
    match kind {
        Kind::Title => Metrics {
            leading: 1.25,
            keep_with_next: true,
            ..m(20.0, 0.0, 10.0, HEADING, true)
        },
        Kind::Heading(2) => Metrics {
            leading: 1.3,
            keep_with_next: true,
            ..m(14.5, 14.0, 5.0, HEADING, true)
        },
        Kind::Heading(_) => Metrics {
            leading: 1.3,
            keep_with_next: true,
            ..m(12.0, 10.0, 4.0, HEADING, true)
        },
        Kind::Paragraph => m(10.5, 0.0, 7.0, TEXT, false),
        Kind::ListItem(_) => Metrics {
            indent: 16.0,
            ..m(10.5, 0.0, 3.5, TEXT, false)
        },
        Kind::Small => m(8.5, 0.0, 4.0, MUTED, false),
        Kind::Notice => m(9.5, 0.0, 6.0, TEXT, false),
        Kind::BoxStart | Kind::BoxEnd => m(10.5, 0.0, 0.0, TEXT, false),
    }
}

/// Margins in pt.
const MARGIN_X: f32 = 56.0;
const MARGIN_TOP: f32 = 64.0;
const MARGIN_BOTTOM: f32 = 60.0;
const BOX_PAD: f32 = 10.0;

/// A block laid out in lines, ready to be placed.
struct Flow {
    block: usize,
    lines: Vec<Line>,
    m: Metrics,
    /// Left edge and width of the text column for this block.
    x: f32,
    width: f32,
    marker: Option<Line>,
    in_box: bool,
}

/// Lays out `blocks` on pages of `paper`, then draws the running header and
/// footer that `furniture(page, pages)` returns on every page.
pub fn layout_document(
    blocks: &[Block],
    paper: Paper,
    fonts: &FontSet,
    doc_lang: &str,
    doc_rtl: bool,
    furniture: &dyn Fn(usize, usize) -> Furniture,
) -> Document {
    let (pw, ph) = paper.size();
    let left = MARGIN_X;
    let right = pw - MARGIN_X;
    let cjk = is_cjk(doc_lang);
    let mut missing = Vec::new();

    // 1. Lines of every block.
    let mut flows: Vec<Flow> = Vec::new();
    let mut in_box = false;
    for (i, b) in blocks.iter().enumerate() {
        match b.kind {
            Kind::BoxStart => {
                in_box = true;
                continue;
            }
            Kind::BoxEnd => {
                in_box = false;
                continue;
            }
            _ => {}
        }
        let m = metrics(&b.kind, cjk && !b.fallback);
        let pad = if in_box || b.kind == Kind::Notice {
            BOX_PAD
        } else {
            0.0
        };
        let width = right - left - 2.0 * pad - m.indent;
        let x = if doc_rtl && b.rtl {
            left + pad
        } else {
            left + pad + m.indent
        };
        let style = ParaStyle {
            size: m.size,
            rtl: b.rtl,
            lang: b.lang.clone(),
            bold: m.bold || b.bold,
            italic: b.fallback,
        };
        let laid = layout_paragraph(&b.spans, &style, fonts, width);
        for ch in laid.missing {
            missing.push(MissingGlyph {
                source: b.source.clone(),
                ch,
            });
        }
        let marker = match &b.kind {
            Kind::ListItem(mk) => {
                layout_paragraph(&[Span::plain(mk.clone())], &style, fonts, m.indent)
                    .lines
                    .into_iter()
                    .next()
            }
            _ => None,
        };
        flows.push(Flow {
            block: i,
            lines: laid.lines,
            m,
            x,
            width,
            marker,
            in_box,
        });
    }

    // 2. Pages.
    let top = ph - MARGIN_TOP;
    let bottom = MARGIN_BOTTOM;
    let mut pages: Vec<Page> = vec![Page::default()];
    let mut backgrounds: Vec<Vec<Item>> = vec![Vec::new()];
    let mut outline = Vec::new();
    let mut y = top;
    let mut box_top: Option<f32> = None;
    let mut prev_in_box = false;
    let close_box = |bg: &mut Vec<Item>, from: f32, to: f32| {
        bg.push(Item::Rect {
            x: left,
            y: to,
            w: right - left,
            h: from - to,
            fill: Some(BOX_FILL),
            stroke: Some(BOX_STROKE),
        });
    };
    let line_h = |f: &Flow| f.m.size * f.m.leading;
    for (fi, f) in flows.iter().enumerate() {
        let b = &blocks[f.block];
        // Entering or leaving a box.
        if f.in_box && !prev_in_box {
            if y - BOX_PAD - line_h(f) * 2.0 < bottom {
                new_page(&mut pages, &mut backgrounds, &mut y, top);
            }
            box_top = Some(y);
            y -= BOX_PAD;
        }
        if !f.in_box
            && prev_in_box
            && let Some(t) = box_top.take()
        {
            y -= BOX_PAD - f_after(&flows, fi);
            close_box(last(&mut backgrounds), t, y);
            y -= 10.0;
        }
        prev_in_box = f.in_box;
        if y < top {
            y -= f.m.before;
        }
        let lh = line_h(f);
        let n = f.lines.len();
        // Keep with next: this block and two lines of the next must fit.
        if f.m.keep_with_next && y < top {
            let next = flows.get(fi + 1).map_or(0.0, |nf| {
                line_h(nf) * nf.lines.len().min(2) as f32 + nf.m.before
            });
            if y - lh * n as f32 - f.m.after - next < bottom {
                start_page(
                    &mut pages,
                    &mut backgrounds,
                    &mut y,
                    top,
                    &mut box_top,
                    &close_box,
                    bottom,
                );
            }
        }
        let notice_top = y;
        let mut placed = 0;
        let mut first_line_page = pages.len() - 1;
        let mut first_line_top = y;
        while placed < n {
            let fit = ((y - bottom) / lh).floor().max(0.0) as usize;
            let remaining = n - placed;
            let mut take = fit.min(remaining);
            if take < remaining {
                // Orphan: never one first line alone at the foot of a page.
                if placed == 0 && take < 2 && n >= 2 && y < top {
                    take = 0;
                }
                // Widow: move a line along rather than leave one alone,
                // unless that would leave one alone here; then move the
                // whole paragraph if it has not started yet.
                if take > 0 && remaining - take == 1 {
                    if take >= 3 {
                        take -= 1;
                    } else if placed == 0 && y < top {
                        take = 0;
                    }
                }
                if take == 0 && y >= top {
                    take = 1; // a line taller than the page: place it anyway
                }
            }
            for k in placed..placed + take {
                if k == 0 {
                    first_line_page = pages.len() - 1;
                    first_line_top = y;
                }
                let baseline = y - f.m.size * 1.0 - (lh - f.m.size * 1.2) / 2.0;
                let line = &f.lines[k];
                let line_x = if b.rtl {
                    f.x + f.width - line.width
                } else {
                    f.x
                };
                let color = if b.fallback { FALLBACK } else { f.m.color };
                draw_line(last(&mut pages), line, line_x, baseline, color, f.m.size);
                if k == 0
                    && let Some(mk) = &f.marker
                {
                    let mx = if b.rtl {
                        f.x + f.width + f.m.indent - mk.width - 2.0
                    } else {
                        f.x - f.m.indent
                    };
                    draw_line(last(&mut pages), mk, mx, baseline, color, f.m.size);
                }
                if b.fallback {
                    let bar_x = if doc_rtl { right + 5.0 } else { left - 7.0 };
                    last(&mut backgrounds).push(Item::Rect {
                        x: bar_x,
                        y: y - lh,
                        w: 2.0,
                        h: lh,
                        fill: Some(FALLBACK_BAR),
                        stroke: None,
                    });
                }
                y -= lh;
            }
            placed += take;
            if placed < n {
                start_page(
                    &mut pages,
                    &mut backgrounds,
                    &mut y,
                    top,
                    &mut box_top,
                    &close_box,
                    bottom,
                );
            }
        }
        if let Some(level) = b.outline {
            let title: String = b
                .spans
                .iter()
                .map(|s| s.text.as_str())
                .collect::<String>()
                .chars()
                .filter(|c| !is_bidi_control(*c))
                .collect();
            outline.push(OutlineEntry {
                level,
                title: title.trim().to_owned(),
                page: first_line_page,
                top: first_line_top,
            });
        }
        if b.kind == Kind::Notice {
            let from = if first_line_page == pages.len() - 1 {
                first_line_top.max(notice_top)
            } else {
                top
            };
            last(&mut backgrounds).push(Item::Rect {
                x: left,
                y: y - BOX_PAD / 2.0,
                w: right - left,
                h: from - y + BOX_PAD / 2.0 + 2.0,
                fill: Some(NOTICE_FILL),
                stroke: Some(NOTICE_STROKE),
            });
            y -= BOX_PAD;
        }
        y -= f.m.after;
    }
    if let Some(t) = box_top.take() {
        y -= BOX_PAD;
        close_box(last(&mut backgrounds), t, y);
    }

    // 3. Running header and footer, now that the page count is known.
    let count = pages.len();
    for (i, page) in pages.iter_mut().enumerate() {
        let f = furniture(i, count);
        let style = ParaStyle {
            size: 8.0,
            rtl: doc_rtl,
            lang: doc_lang.to_owned(),
            bold: false,
            italic: false,
        };
        let head = layout_paragraph(&[Span::plain(f.header)], &style, fonts, right - left);
        let foot = layout_paragraph(&[Span::plain(f.footer)], &style, fonts, right - left);
        missing.extend(
            head.missing
                .iter()
                .chain(&foot.missing)
                .map(|&ch| MissingGlyph {
                    source: "pdf-page-number".into(),
                    ch,
                }),
        );
        let start_x = |w: f32| if doc_rtl { right - w } else { left };
        let end_x = |w: f32| if doc_rtl { left } else { right - w };
        if let Some(l) = head.lines.first() {
            draw_line(page, l, start_x(l.width), ph - 40.0, MUTED, 8.0);
        }
        if let Some(l) = foot.lines.first() {
            draw_line(page, l, end_x(l.width), 34.0, MUTED, 8.0);
        }
        page.items.push(Item::Rect {
            x: left,
            y: ph - 46.0,
            w: right - left,
            h: 0.5,
            fill: Some(BOX_STROKE),
            stroke: None,
        });
    }
    for (page, bg) in pages.iter_mut().zip(backgrounds) {
        let mut items = bg;
        items.append(&mut page.items);
        page.items = items;
    }
    missing.sort_by(|a, b| (&a.source, a.ch).cmp(&(&b.source, b.ch)));
    missing.dedup();
    Document {
        width: pw,
        height: ph,
        pages,
        outline,
        missing,
        left,
        right,
    }
}

fn f_after(flows: &[Flow], fi: usize) -> f32 {
    fi.checked_sub(1)
        .and_then(|p| flows.get(p))
        .map_or(0.0, |p| p.m.after)
}

fn last<T: Default>(v: &mut Vec<T>) -> &mut T {
    if v.is_empty() {
        v.push(T::default());
    }
    let n = v.len() - 1;
    &mut v[n]
}

fn new_page(pages: &mut Vec<Page>, bgs: &mut Vec<Vec<Item>>, y: &mut f32, top: f32) {
    pages.push(Page::default());
    bgs.push(Vec::new());
    *y = top;
}

/// Starts a new page, closing an open box on this page and reopening it on the next.
fn start_page(
    pages: &mut Vec<Page>,
    bgs: &mut Vec<Vec<Item>>,
    y: &mut f32,
    top: f32,
    box_top: &mut Option<f32>,
    close_box: &dyn Fn(&mut Vec<Item>, f32, f32),
    bottom: f32,
) {
    if let Some(t) = *box_top {
        close_box(last(bgs), t, (bottom - 4.0).min(*y));
    }
    new_page(pages, bgs, y, top);
    if box_top.is_some() {
        *box_top = Some(top + 4.0);
    }
}

fn draw_line(page: &mut Page, line: &Line, x: f32, baseline: f32, color: Rgb, size: f32) {
    for run in &line.runs {
        let run_color = if run.link.is_some() { LINK } else { color };
        page.items.push(Item::Text(TextItem {
            x: x + run.x,
            y: baseline,
            color: run_color,
            run: run.clone(),
        }));
        if let Some(uri) = &run.link {
            page.items.push(Item::Rect {
                x: x + run.x,
                y: baseline - size * 0.12,
                w: run.width,
                h: 0.6,
                fill: Some(LINK),
                stroke: None,
            });
            page.items.push(Item::Link {
                x: x + run.x,
                y: baseline - size * 0.3,
                w: run.width,
                h: size * 1.3,
                uri: uri.clone(),
            });
        }
    }
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// True for languages set in CJK type (taller lines).
pub fn is_cjk(lang: &str) -> bool {
    matches!(lang.split('-').next(), Some("zh" | "ja" | "ko"))
}

/// The faces a document uses, each once, by PDF name.
pub fn faces_used(doc: &Document) -> Vec<Arc<Face>> {
    let mut out: Vec<Arc<Face>> = Vec::new();
    for p in &doc.pages {
        for it in &p.items {
            if let Item::Text(t) = it
                && !out.iter().any(|f| f.pdf_name == t.run.face.pdf_name)
            {
                out.push(t.run.face.clone());
            }
        }
    }
    out.sort_by(|a, b| a.pdf_name.cmp(&b.pdf_name));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(kind: Kind, text: &str) -> Block {
        Block {
            kind,
            spans: vec![Span::plain(text)],
            // Not hyphenated, so every line holds whole words.
            lang: "fr".into(),
            rtl: false,
            fallback: false,
            bold: false,
            source: "test".into(),
            outline: None,
        }
    }

    /// Baselines of each page's text lines of `size`, top to bottom.
    fn lines_of(page: &Page, size: f32) -> Vec<f32> {
        let mut ys: Vec<f32> = page
            .items
            .iter()
            .filter_map(|it| match it {
                Item::Text(t) if (t.run.size - size).abs() < 0.01 => Some(t.y),
                _ => None,
            })
            .collect();
        ys.sort_by(|a, b| b.total_cmp(a));
        ys.dedup_by(|a, b| (*a - *b).abs() < 0.5);
        ys
    }

    /// The text of each line of `size` on a page, top to bottom.
    fn line_texts(page: &Page, size: f32) -> Vec<String> {
        lines_of(page, size)
            .into_iter()
            .map(|y| {
                page.items
                    .iter()
                    .filter_map(|it| match it {
                        Item::Text(t)
                            if (t.y - y).abs() < 0.5 && (t.run.size - size).abs() < 0.01 =>
                        {
                            Some(
                                t.run
                                    .glyphs
                                    .iter()
                                    .map(|g| g.text.as_str())
                                    .collect::<String>(),
                            )
                        }
                        _ => None,
                    })
                    .collect()
            })
            .collect()
    }

    fn furniture(_: usize, _: usize) -> Furniture {
        Furniture {
            header: String::new(),
            footer: String::new(),
        }
    }

    #[test]
    fn headings_keep_two_lines_and_paragraphs_leave_no_widow_or_orphan() {
        let fonts = FontSet::builtin("en");
        let alpha = "alphaword ".repeat(60);
        let beta = "betaword ".repeat(60);
        for filler in 30..60 {
            let mut blocks: Vec<Block> = (0..filler)
                .map(|i| block(Kind::Paragraph, &format!("Line {i}.")))
                .collect();
            blocks.push(block(Kind::Heading(2), "Treatment"));
            blocks.push(block(Kind::Paragraph, &alpha));
            blocks.push(block(Kind::Paragraph, &beta));
            let doc = layout_document(&blocks, Paper::A4, &fonts, "en", false, &furniture);
            let body = 10.5;
            for (i, page) in doc.pages.iter().enumerate() {
                let headings = lines_of(page, 14.5);
                let text = lines_of(page, body);
                // A heading is followed on its page by at least two lines.
                for h in &headings {
                    let after = text.iter().filter(|y| *y < h).count();
                    assert!(
                        after >= 2,
                        "filler {filler}: heading alone at the foot of page {i}"
                    );
                }
            }
            // A paragraph split across pages leaves at least two lines on
            // each side (each long paragraph has its own word).
            for w in doc.pages.windows(2) {
                let (prev, next) = (line_texts(&w[0], body), line_texts(&w[1], body));
                let (Some(last), Some(first)) = (prev.last(), next.first()) else {
                    continue;
                };
                for word in ["alphaword", "betaword"] {
                    if last.contains(word) && first.contains(word) {
                        let before = prev.iter().rev().take_while(|l| l.contains(word)).count();
                        let after = next.iter().take_while(|l| l.contains(word)).count();
                        assert!(before >= 2, "filler {filler}: orphan ({before} line)");
                        assert!(after >= 2, "filler {filler}: widow ({after} line)");
                    }
                }
            }
            for p in &doc.pages {
                for it in &p.items {
                    if let Item::Text(t) = it {
                        assert!(t.x >= doc.left - 0.5 && t.x + t.run.width <= doc.right + 0.5);
                        assert!(t.y > MARGIN_BOTTOM - 1.0, "text in the bottom margin");
                    }
                }
            }
        }
    }
}
