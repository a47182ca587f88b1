//! Writer-agnostic page layout for the PDF stage. Input: a flat list of
//! [`Block`]s (title, headings, paragraphs, list items, boxes) with styled
//! spans, a [`Paper`] and a [`FontSet`]. Output: [`Document`] pages of
//! positioned glyph runs, rectangles and link areas, plus the outline.
//! Pure: no I/O and nothing about PDF syntax (see `render::pdf`).
//!
//! Pagination keeps a heading with the first two lines after it, never
//! leaves a single first line of a paragraph at the foot of a page, and
//! moves a line back rather than leave the last line alone at the top of
//! the next page, when the paragraph is long enough for that. A hyphenated
//! word never straddles a page break, and a last page holding only a few
//! lines is avoided by tightening the vertical spacing slightly when that
//! saves the page.
//!
//! Every text item says what it is for the structure tree of a tagged PDF
//! ([`Role`]): content of a block (with its logical order), or an artifact
//! (running header, page number).

pub mod fonts;
pub mod text;

use std::sync::Arc;

pub use fonts::{Face, FontSet, Variant};
pub use text::{
    BUILTIN_EXCEPTIONS, Exceptions, GlyphRun, Line, ParaStyle, PlacedGlyph, Span, SpanStyle,
    layout_paragraph, parse_exceptions,
};

/// An RGB colour, components 0–1.
pub type Rgb = [f32; 3];

const TEXT: Rgb = [0.11, 0.11, 0.13];
const HEADING: Rgb = [0.0, 0.2, 0.4];
const LINK: Rgb = [0.0, 0.3, 0.62];
const MUTED: Rgb = [0.36, 0.36, 0.4];
const FALLBACK: Rgb = [0.3, 0.3, 0.36];
const FALLBACK_BAR: Rgb = [0.85, 0.5, 0.05];
/// The fallback label's text: the bar's hue, dark enough to read (4.5:1).
const LABEL: Rgb = [0.6, 0.32, 0.0];
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
    /// A label over English fallback ("Not yet translated"), in the
    /// document's language, set small in the colour of the fallback bar.
    Label,
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

/// What a text item is, for the structure tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Text of block `block`: its list marker, or its body.
    Content { block: usize, marker: bool },
    /// The running header.
    Header,
    /// The page number line.
    Footer,
}

/// Text drawn at a position (pt from the bottom-left corner, baseline).
#[derive(Debug, Clone)]
pub struct TextItem {
    pub x: f32,
    pub y: f32,
    pub color: Rgb,
    pub run: GlyphRun,
    pub role: Role,
    /// Logical position within its block: line, then the run's place in
    /// the line's logical order.
    pub seq: u32,
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
        /// The block and span the link comes from.
        block: usize,
        span: usize,
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
    /// The blocks laid out, for the structure tree.
    pub blocks: Vec<Block>,
}

/// How a document is set: paper and hyphenation exceptions.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    pub paper: Paper,
    pub exceptions: Arc<Exceptions>,
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
        Kind::Label => Metrics {
            keep_with_next: true,
            leading: 1.3,
            ..m(7.5, 0.0, 1.5, LABEL, true)
        },
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

/// The text area of a page, in pt from the bottom-left corner.
struct Geometry {
    left: f32,
    right: f32,
    top: f32,
    bottom: f32,
}

/// Pages before the running header and footer.
struct Paged {
    pages: Vec<Page>,
    backgrounds: Vec<Vec<Item>>,
    outline: Vec<OutlineEntry>,
    /// Where the text of the last page ends.
    end_y: f32,
}

/// Vertical spacing: 1.0 as designed; below 1.0 a little tighter (space
/// between blocks shrinks with it, line spacing by a quarter as much).
#[derive(Clone, Copy)]
struct Tightness(f32);

impl Tightness {
    fn space(self, v: f32) -> f32 {
        v * self.0
    }
    fn line(self, f: &Flow) -> f32 {
        f.m.size * f.m.leading * (1.0 - (1.0 - self.0) * 0.25)
    }
}

/// Lays out `blocks` on pages, then draws the running header and footer
/// that `furniture(page, pages)` returns on every page.
pub fn layout_document(
    blocks: &[Block],
    settings: &Settings,
    fonts: &FontSet,
    doc_lang: &str,
    doc_rtl: bool,
    furniture: &dyn Fn(usize, usize) -> Furniture,
) -> Document {
    let (pw, ph) = settings.paper.size();
    let geo = Geometry {
        left: MARGIN_X,
        right: pw - MARGIN_X,
        top: ph - MARGIN_TOP,
        bottom: MARGIN_BOTTOM,
    };
    let (flows, mut missing) = lay_out_blocks(blocks, settings, fonts, doc_lang, doc_rtl, &geo);
    let mut paged = paginate(blocks, &flows, &geo, Tightness(1.0));
    // A last page with only a few lines: tighten the spacing a little if
    // that saves the page.
    if geo.top - paged.end_y < (geo.top - geo.bottom) * 0.2 && paged.pages.len() > 1 {
        for t in [0.9, 0.8] {
            let tighter = paginate(blocks, &flows, &geo, Tightness(t));
            if tighter.pages.len() < paged.pages.len() {
                paged = tighter;
                break;
            }
        }
    }
    let Paged {
        mut pages,
        backgrounds,
        outline,
        ..
    } = paged;
    furnish(
        &mut pages,
        &geo,
        ph,
        fonts,
        doc_lang,
        doc_rtl,
        furniture,
        &mut missing,
    );
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
        left: geo.left,
        right: geo.right,
        blocks: blocks.to_vec(),
    }
}

/// Breaks every block into lines (the expensive part: shaping).
fn lay_out_blocks(
    blocks: &[Block],
    settings: &Settings,
    fonts: &FontSet,
    doc_lang: &str,
    doc_rtl: bool,
    geo: &Geometry,
) -> (Vec<Flow>, Vec<MissingGlyph>) {
    let cjk = is_cjk(doc_lang);
    let mut missing = Vec::new();
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
        let width = geo.right - geo.left - 2.0 * pad - m.indent;
        let x = if doc_rtl && b.rtl {
            geo.left + pad
        } else {
            geo.left + pad + m.indent
        };
        let heading = matches!(b.kind, Kind::Title | Kind::Heading(_) | Kind::Label);
        let style = ParaStyle {
            size: m.size,
            rtl: b.rtl,
            lang: b.lang.clone(),
            bold: m.bold || b.bold,
            italic: b.fallback,
            hyphenate: !heading,
            justify: matches!(
                b.kind,
                Kind::Paragraph | Kind::ListItem(_) | Kind::Notice | Kind::Small
            ),
            exceptions: settings.exceptions.clone(),
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
                let plain = ParaStyle {
                    hyphenate: false,
                    justify: false,
                    ..style.clone()
                };
                layout_paragraph(&[Span::plain(mk.clone())], &plain, fonts, m.indent)
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
    (flows, missing)
}

/// The height that must fit below a keep-with-next block: two lines of
/// what follows, or as many as its first paragraph needs to start at a
/// page foot (more keep-with-next blocks count whole; a one-line
/// paragraph counts with the first two lines of the next).
fn kept_height(flows: &[Flow], t: Tightness) -> f32 {
    let mut need = 2usize;
    let mut h = 0.0;
    for nf in flows {
        h += t.space(nf.m.before);
        let lh = t.line(nf);
        if nf.m.keep_with_next {
            h += lh * nf.lines.len() as f32 + t.space(nf.m.after);
            continue;
        }
        // The fewest lines the paragraph agrees to start a page foot
        // with (orphan, widow and hyphen rules): two, or three when the
        // third would be left alone, or more.
        let n = nf.lines.len();
        let take = (1..=n)
            .find(|&fit| lines_here(nf, 0, fit, false) > 0)
            .unwrap_or(n)
            .min(n);
        h += lh * take as f32;
        need = need.saturating_sub(take);
        if need == 0 {
            break;
        }
        h += t.space(nf.m.after);
    }
    h
}

/// How many of the `remaining` lines of a block (`placed` already placed)
/// go on this page, where `fit` lines have room: no single first line at
/// the foot of a page (orphan), no single last line at the top of the
/// next (widow), and no hyphenated word across the break.
fn lines_here(f: &Flow, placed: usize, fit: usize, at_top: bool) -> usize {
    let n = f.lines.len();
    let remaining = n - placed;
    let mut take = fit.min(remaining);
    if take >= remaining {
        return take;
    }
    if placed == 0 && take < 2 && n >= 2 && !at_top {
        take = 0;
    }
    if take > 0 && remaining - take == 1 {
        if take >= 3 {
            take -= 1;
        } else if placed == 0 && !at_top {
            take = 0;
        }
    }
    while take > 0 && f.lines[placed + take - 1].hyphen {
        let t = take - 1;
        let ok = if placed == 0 {
            t >= 2 || !at_top
        } else {
            t >= 1
        };
        if !ok {
            break;
        }
        take = t;
    }
    if take == 0 && at_top {
        take = 1; // a line taller than the page: place it anyway
    }
    take
}

/// Places the flows on pages.
fn paginate(blocks: &[Block], flows: &[Flow], geo: &Geometry, t: Tightness) -> Paged {
    let (left, right, top, bottom) = (geo.left, geo.right, geo.top, geo.bottom);
    let mut p = Paged {
        pages: vec![Page::default()],
        backgrounds: vec![Vec::new()],
        outline: Vec::new(),
        end_y: top,
    };
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
    for (fi, f) in flows.iter().enumerate() {
        let b = &blocks[f.block];
        // Entering or leaving a box.
        if f.in_box && !prev_in_box {
            if y - BOX_PAD - t.line(f) * 2.0 < bottom {
                new_page(&mut p.pages, &mut p.backgrounds, &mut y, top);
            }
            box_top = Some(y);
            y -= BOX_PAD;
        }
        if !f.in_box
            && prev_in_box
            && let Some(bt) = box_top.take()
        {
            y -= BOX_PAD - t.space(f_after(flows, fi));
            close_box(last(&mut p.backgrounds), bt, y);
            y -= 10.0;
        }
        prev_in_box = f.in_box;
        if y < top {
            y -= t.space(f.m.before);
        }
        let lh = t.line(f);
        let n = f.lines.len();
        // Keep with next: this block and two lines of what follows must fit.
        if f.m.keep_with_next
            && y < top
            && y - lh * n as f32 - t.space(f.m.after) - kept_height(&flows[fi + 1..], t) < bottom
        {
            start_page(&mut p, &mut y, top, &mut box_top, &close_box, bottom);
        }
        let notice_top = y;
        let mut placed = 0;
        let mut first_line_page = p.pages.len() - 1;
        let mut first_line_top = y;
        while placed < n {
            let fit = ((y - bottom) / lh).floor().max(0.0) as usize;
            let take = lines_here(f, placed, fit, y >= top);
            for k in placed..placed + take {
                if k == 0 {
                    first_line_page = p.pages.len() - 1;
                    first_line_top = y;
                }
                place_line(&mut p, f, b, k, y, lh, geo);
                y -= lh;
            }
            placed += take;
            if placed < n {
                start_page(&mut p, &mut y, top, &mut box_top, &close_box, bottom);
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
            p.outline.push(OutlineEntry {
                level,
                title: title.trim().to_owned(),
                page: first_line_page,
                top: first_line_top,
            });
        }
        if b.kind == Kind::Notice {
            let from = if first_line_page == p.pages.len() - 1 {
                first_line_top.max(notice_top)
            } else {
                top
            };
            last(&mut p.backgrounds).push(Item::Rect {
                x: left,
                y: y - BOX_PAD / 2.0,
                w: right - left,
                h: from - y + BOX_PAD / 2.0 + 2.0,
                fill: Some(NOTICE_FILL),
                stroke: Some(NOTICE_STROKE),
            });
            y -= BOX_PAD;
        }
        y -= t.space(f.m.after);
    }
    if let Some(bt) = box_top.take() {
        y -= BOX_PAD;
        close_box(last(&mut p.backgrounds), bt, y);
    }
    p.end_y = y;
    p
}

/// Draws line `k` of a flow (and its list marker, and the fallback bar on
/// the side the line starts from) with its top at `y`.
fn place_line(p: &mut Paged, f: &Flow, b: &Block, k: usize, y: f32, lh: f32, geo: &Geometry) {
    let baseline = y - f.m.size * 1.0 - (lh - f.m.size * 1.2) / 2.0;
    let line = &f.lines[k];
    let line_x = if b.rtl {
        f.x + f.width - line.width
    } else {
        f.x
    };
    let color = if b.fallback { FALLBACK } else { f.m.color };
    let role = |marker| Role::Content {
        block: f.block,
        marker,
    };
    let seq = (k as u32 + 1) << 8;
    let page = last(&mut p.pages);
    draw_line(
        page,
        line,
        line_x,
        baseline,
        color,
        f.m.size,
        role(false),
        seq,
    );
    if k == 0
        && let Some(mk) = &f.marker
    {
        let mx = if b.rtl {
            f.x + f.width + f.m.indent - mk.width - 2.0
        } else {
            f.x - f.m.indent
        };
        draw_line(page, mk, mx, baseline, color, f.m.size, role(true), 0);
    }
    if b.fallback {
        let bar_x = if b.rtl {
            geo.right + 5.0
        } else {
            geo.left - 7.0
        };
        last(&mut p.backgrounds).push(Item::Rect {
            x: bar_x,
            y: y - lh,
            w: 2.0,
            h: lh,
            fill: Some(FALLBACK_BAR),
            stroke: None,
        });
    }
}

/// The running header and footer of every page, now that the page count
/// is known.
#[allow(clippy::too_many_arguments)]
fn furnish(
    pages: &mut [Page],
    geo: &Geometry,
    ph: f32,
    fonts: &FontSet,
    doc_lang: &str,
    doc_rtl: bool,
    furniture: &dyn Fn(usize, usize) -> Furniture,
    missing: &mut Vec<MissingGlyph>,
) {
    let (left, right) = (geo.left, geo.right);
    let count = pages.len();
    let style = ParaStyle {
        size: 8.0,
        rtl: doc_rtl,
        lang: doc_lang.to_owned(),
        bold: false,
        italic: false,
        hyphenate: false,
        justify: false,
        exceptions: Arc::default(),
    };
    for (i, page) in pages.iter_mut().enumerate() {
        let f = furniture(i, count);
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
            draw_line(
                page,
                l,
                start_x(l.width),
                ph - 40.0,
                MUTED,
                8.0,
                Role::Header,
                0,
            );
        }
        if let Some(l) = foot.lines.first() {
            draw_line(page, l, end_x(l.width), 34.0, MUTED, 8.0, Role::Footer, 0);
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
    p: &mut Paged,
    y: &mut f32,
    top: f32,
    box_top: &mut Option<f32>,
    close_box: &dyn Fn(&mut Vec<Item>, f32, f32),
    bottom: f32,
) {
    if let Some(t) = *box_top {
        close_box(last(&mut p.backgrounds), t, (bottom - 4.0).min(*y));
    }
    new_page(&mut p.pages, &mut p.backgrounds, y, top);
    if box_top.is_some() {
        *box_top = Some(top + 4.0);
    }
}

/// Draws the runs of a line; each text item gets `role` and a sequence
/// number `seq` plus the run's rank in the line's logical order.
#[allow(clippy::too_many_arguments)]
fn draw_line(
    page: &mut Page,
    line: &Line,
    x: f32,
    baseline: f32,
    color: Rgb,
    size: f32,
    role: Role,
    seq: u32,
) {
    let mut order: Vec<usize> = (0..line.runs.len()).collect();
    order.sort_by_key(|&i| (line.runs[i].start, i));
    let block = match role {
        Role::Content { block, .. } => Some(block),
        _ => None,
    };
    for (i, run) in line.runs.iter().enumerate() {
        let rank = order.iter().position(|&o| o == i).unwrap_or(0) as u32;
        let run_color = if run.link.is_some() { LINK } else { color };
        page.items.push(Item::Text(TextItem {
            x: x + run.x,
            y: baseline,
            color: run_color,
            run: run.clone(),
            role,
            seq: seq + rank.min(255),
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
            if let Some(block) = block {
                page.items.push(Item::Link {
                    x: x + run.x,
                    y: baseline - size * 0.3,
                    w: run.width,
                    h: size * 1.3,
                    uri: uri.clone(),
                    block,
                    span: run.span,
                });
            }
        }
    }
}

/// Bidi marks, embeddings, overrides and isolates: never drawn, never part
/// of a title or a link description.
pub fn is_bidi_control(c: char) -> bool {
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

    #[test]
    fn a_heading_never_ends_a_page_before_a_short_paragraph() {
        // A three-line paragraph cannot start a page foot with two lines
        // (it would leave one alone): the heading must take it along.
        let fonts = FontSet::builtin("en");
        let short = "gammaword ".repeat(24);
        for filler in 30..60 {
            let doc = after_filler(
                filler,
                &fonts,
                [
                    block(Kind::Heading(2), "Treatment"),
                    block(Kind::Paragraph, &short),
                    block(Kind::Paragraph, "The end."),
                ],
            );
            for (i, page) in doc.pages.iter().enumerate() {
                let text = lines_of(page, 10.5);
                for h in lines_of(page, 14.5) {
                    let after = text.iter().filter(|y| **y < h).count();
                    assert!(after >= 2, "filler {filler}: heading alone on page {i}");
                }
            }
        }
    }

    /// `filler` one-line paragraphs, then `rest`, laid out on A4.
    fn after_filler<const N: usize>(filler: usize, fonts: &FontSet, rest: [Block; N]) -> Document {
        let mut blocks: Vec<Block> = (0..filler)
            .map(|i| block(Kind::Paragraph, &format!("Line {i}.")))
            .collect();
        blocks.extend(rest);
        layout_document(
            &blocks,
            &Settings::default(),
            fonts,
            "en",
            false,
            &furniture,
        )
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
            let doc = after_filler(
                filler,
                &fonts,
                [
                    block(Kind::Heading(2), "Treatment"),
                    block(Kind::Paragraph, &alpha),
                    block(Kind::Paragraph, &beta),
                ],
            );
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
