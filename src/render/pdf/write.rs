//! The PDF writer: laid-out pages → printpdf operations (positioned glyph
//! IDs with their text for `/ToUnicode`, rectangles, link annotations), then
//! a lopdf pass for what printpdf lacks: `/Lang`, `/ViewerPreferences`, a
//! nested outline in document order, clean document info and a
//! content-derived `/ID`. Fonts are registered under names derived from
//! their bytes, so the output never depends on what the process built
//! before: the same input gives the same bytes.

use std::collections::{BTreeMap, HashMap};

use printpdf::{
    Actions, BorderArray, Codepoint, Color, ColorArray, DictItem, FontId, LinkAnnotation,
    OffsetDateTime, Op, PaintMode, PdfDocument, PdfFont, PdfFontHandle, PdfPage, PdfSaveOptions,
    Pt, Rect, Rgb, TextItem, TextMatrix,
};

use crate::layout::{Document, Item, OutlineEntry, Role, faces_used};

/// Document information.
#[derive(Debug, Clone)]
pub struct Metadata {
    pub title: String,
    pub author: String,
    pub subject: String,
    /// BCP 47 tag for the catalog's `/Lang`.
    pub lang: String,
    pub rtl: bool,
    /// Seconds since 1970.
    pub created: i64,
}

fn rgb(c: [f32; 3]) -> Color {
    Color::Rgb(Rgb::new(c[0], c[1], c[2], None))
}

/// Rounds to 1/100 pt so that float noise never reaches the file.
fn q(v: f32) -> f32 {
    (v * 100.0).round() / 100.0
}

/// What a marked-content sequence (one MCID) on a page belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Mark {
    pub block: usize,
    /// The list marker (Lbl) rather than the body.
    pub marker: bool,
    /// The link span, when the text is a link's.
    pub link: Option<usize>,
}

/// The marked content and link annotations of one page, in content order.
#[derive(Debug, Clone, Default)]
pub(super) struct PageTags {
    /// Index = MCID.
    pub marks: Vec<Mark>,
    /// Per link annotation, in `/Annots` order: (block, span).
    pub links: Vec<(usize, usize)>,
}

/// The text `/ToUnicode` gives each glyph of each face: the text it
/// stands for most often (a glyph shared by different clusters, such as
/// an Arabic mark, gets `/ActualText` where it stands for something else).
/// By face (PDF name), then glyph ID.
pub(super) type Canonical = HashMap<String, HashMap<u16, String>>;

fn canonical_texts(doc: &Document) -> Canonical {
    let mut counts: HashMap<&str, HashMap<u16, BTreeMap<&str, usize>>> = HashMap::new();
    for p in &doc.pages {
        for it in &p.items {
            if let Item::Text(t) = it {
                let face = counts.entry(t.run.face.pdf_name.as_str()).or_default();
                for g in &t.run.glyphs {
                    *face
                        .entry(g.gid)
                        .or_default()
                        .entry(g.text.as_str())
                        .or_default() += 1;
                }
            }
        }
    }
    counts
        .into_iter()
        .map(|(face, glyphs)| {
            let best = glyphs
                .into_iter()
                .map(|(gid, texts)| {
                    // Most frequent; among equals the first in sort order.
                    let text = texts
                        .iter()
                        .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
                        .map(|(t, _)| (*t).to_owned())
                        .unwrap_or_default();
                    (gid, text)
                })
                .collect();
            (face.to_owned(), best)
        })
        .collect()
}

/// The `/ToUnicode` text of a glyph of a face.
fn canonical<'a>(canon: &'a Canonical, face: &str, gid: u16) -> Option<&'a String> {
    canon.get(face).and_then(|m| m.get(&gid))
}

fn name_dict(pairs: &[(&str, DictItem)]) -> DictItem {
    DictItem::Dict {
        map: pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.clone()))
            .collect(),
    }
}

fn name(s: &str) -> DictItem {
    DictItem::Name(s.as_bytes().to_vec())
}

/// A PDF text string as a marked-content property.
fn text_item(s: &str) -> DictItem {
    if s.is_ascii() {
        DictItem::String {
            data: s.as_bytes().to_vec(),
            literal: true,
        }
    } else {
        let mut b = vec![0xFE, 0xFF];
        b.extend(s.encode_utf16().flat_map(u16::to_be_bytes));
        DictItem::String {
            data: b,
            literal: false,
        }
    }
}

fn artifact(kind: &str, subtype: Option<&str>) -> Op {
    let mut pairs = vec![("Type", name(kind))];
    if let Some(s) = subtype {
        pairs.push(("Subtype", name(s)));
    }
    Op::BeginMarkedContentWithProperties {
        tag: "Artifact".into(),
        properties: name_dict(&pairs),
    }
}

/// The operations of one page. Backgrounds, rules and the running header
/// and footer are artifacts; every other piece of text is drawn in its
/// logical order (so a right-to-left line's runs come in reading order,
/// wherever they sit on the line) inside a marked-content sequence whose
/// MCID the structure tree refers to.
fn page_ops(page: &crate::layout::Page, canon: &Canonical) -> (Vec<Op>, PageTags) {
    let mut ops = Vec::new();
    let mut tags = PageTags::default();
    // Backgrounds and rules first, then text, so text is never covered.
    let rects: Vec<_> = page
        .items
        .iter()
        .filter_map(|it| match it {
            Item::Rect {
                x,
                y,
                w,
                h,
                fill,
                stroke,
            } => Some((*x, *y, *w, *h, *fill, *stroke)),
            _ => None,
        })
        .collect();
    if !rects.is_empty() {
        ops.push(artifact("Layout", None));
    }
    for (x, y, w, h, fill, stroke) in &rects {
        ops.push(Op::SaveGraphicsState);
        if let Some(f) = fill {
            ops.push(Op::SetFillColor { col: rgb(*f) });
        }
        if let Some(s) = stroke {
            ops.push(Op::SetOutlineColor { col: rgb(*s) });
            ops.push(Op::SetOutlineThickness { pt: Pt(0.8) });
        }
        let mode = match (fill, stroke) {
            (Some(_), Some(_)) => PaintMode::FillStroke,
            (None, Some(_)) => PaintMode::Stroke,
            _ => PaintMode::Fill,
        };
        ops.push(Op::DrawRectangle {
            rectangle: Rect {
                x: Pt(q(*x)),
                y: Pt(q(*y)),
                width: Pt(q(*w)),
                height: Pt(q(*h)),
                mode: Some(mode),
                winding_order: None,
            },
        });
        ops.push(Op::RestoreGraphicsState);
    }
    if !rects.is_empty() {
        ops.push(Op::EndMarkedContent);
    }
    // Text: artifacts (header, footer) first, then content in reading order.
    let mut texts: Vec<(usize, &crate::layout::TextItem)> = page
        .items
        .iter()
        .filter_map(|it| match it {
            Item::Text(t) => Some(t),
            _ => None,
        })
        .enumerate()
        .collect();
    texts.sort_by_key(|(i, t)| match t.role {
        Role::Header => (0, 0, 0, *i),
        Role::Footer => (1, 0, 0, *i),
        Role::Content { block, .. } => (2, block, t.seq, *i),
    });
    ops.push(Op::StartTextSection);
    let mut state = TextState::default();
    let mut open: Option<Role> = None;
    let mut open_mark: Option<Mark> = None;
    for (_, t) in texts {
        let mark = match t.role {
            Role::Content { block, marker } => Some(Mark {
                block,
                marker,
                link: t.run.link.as_ref().map(|_| t.run.span),
            }),
            _ => None,
        };
        let same = match (open, t.role) {
            (Some(Role::Content { .. }), Role::Content { .. }) => open_mark == mark,
            (Some(a), b) => a == b,
            (None, _) => false,
        };
        if !same {
            if open.is_some() {
                ops.push(Op::EndMarkedContent);
            }
            ops.push(match mark {
                None if t.role == Role::Header => artifact("Pagination", Some("Header")),
                None => artifact("Pagination", Some("Footer")),
                Some(m) => {
                    let mcid = tags.marks.len();
                    tags.marks.push(m);
                    let tag = if m.link.is_some() {
                        "Link"
                    } else if m.marker {
                        "Lbl"
                    } else {
                        "Span"
                    };
                    Op::BeginMarkedContentWithProperties {
                        tag: tag.into(),
                        properties: name_dict(&[("MCID", DictItem::Int(mcid as i64))]),
                    }
                }
            });
            open = Some(t.role);
            open_mark = mark;
        }
        state.select(&mut ops, t);
        if let Some(actual) = &t.run.actual {
            ops.push(Op::BeginMarkedContentWithProperties {
                tag: "Span".into(),
                properties: name_dict(&[("ActualText", text_item(actual))]),
            });
        }
        for chunk in t.run.glyphs.chunk_by(|a, b| a.dy == b.dy) {
            if t.run.actual.is_some() {
                push_chunk(&mut ops, t, chunk, canon);
                continue;
            }
            // Glyphs whose text differs from what /ToUnicode says get
            // their own /ActualText.
            let odd = |g: &crate::layout::PlacedGlyph| {
                g.silent
                    || canonical(canon, &t.run.face.pdf_name, g.gid).is_some_and(|c| *c != g.text)
            };
            for part in chunk.chunk_by(|a, b| odd(a) == odd(b)) {
                if odd(&part[0]) {
                    let text: String = part
                        .iter()
                        .filter(|g| !g.silent)
                        .map(|g| g.text.as_str())
                        .collect();
                    ops.push(Op::BeginMarkedContentWithProperties {
                        tag: "Span".into(),
                        properties: name_dict(&[("ActualText", text_item(&text))]),
                    });
                    push_chunk(&mut ops, t, part, canon);
                    ops.push(Op::EndMarkedContent);
                } else {
                    push_chunk(&mut ops, t, part, canon);
                }
            }
        }
        if t.run.actual.is_some() {
            ops.push(Op::EndMarkedContent);
        }
    }
    if open.is_some() {
        ops.push(Op::EndMarkedContent);
    }
    ops.push(Op::EndTextSection);
    for it in &page.items {
        if let Item::Link {
            x,
            y,
            w,
            h,
            uri,
            block,
            span,
        } = it
        {
            tags.links.push((*block, *span));
            ops.push(Op::LinkAnnotation {
                link: LinkAnnotation::new(
                    Rect::from_xywh(Pt(q(*x)), Pt(q(*y)), Pt(q(*w)), Pt(q(*h))),
                    Actions::Uri(uri.clone()),
                    Some(BorderArray::Solid([0.0, 0.0, 0.0])),
                    Some(ColorArray::Transparent),
                    None,
                ),
            });
        }
    }
    (ops, tags)
}

/// The font and colour last set, so that they are set only on change.
#[derive(Default)]
struct TextState {
    font: Option<(String, f32)>,
    color: Option<[f32; 3]>,
}

impl TextState {
    fn select(&mut self, ops: &mut Vec<Op>, t: &crate::layout::TextItem) {
        let key = (t.run.face.pdf_name.clone(), t.run.size);
        if self.font.as_ref() != Some(&key) {
            ops.push(Op::SetFont {
                font: PdfFontHandle::External(FontId(key.0.clone())),
                size: Pt(key.1),
            });
            self.font = Some(key);
        }
        if self.color != Some(t.color) {
            ops.push(Op::SetFillColor { col: rgb(t.color) });
            self.color = Some(t.color);
        }
    }
}

/// One `Tm` and one glyph show for glyphs on one baseline. The adjustment
/// after each glyph is the difference between the advance a viewer applies
/// (the `/W` width printpdf writes: the font's advance in whole 1/1000 em)
/// and where the shaper put the next glyph, so unkerned text carries no
/// numbers at all and the stream stays small.
fn push_chunk(
    ops: &mut Vec<Op>,
    t: &crate::layout::TextItem,
    chunk: &[crate::layout::PlacedGlyph],
    canon: &Canonical,
) {
    let Some(first) = chunk.first() else { return };
    let face = &t.run.face;
    let size = t.run.size;
    ops.push(Op::SetTextMatrix {
        matrix: TextMatrix::Translate(Pt(q(t.x + first.x)), Pt(q(t.y + first.dy))),
    });
    let mut glyphs = Vec::with_capacity(chunk.len());
    for (i, g) in chunk.iter().enumerate() {
        let offset = match chunk.get(i + 1) {
            Some(next) => {
                let raw = face
                    .shaper
                    .glyph_hor_advance(rustybuzz::ttf_parser::GlyphId(g.gid))
                    .unwrap_or(0);
                // The same arithmetic as printpdf's `/W` entries.
                let w = (f32::from(raw) * 1000.0 / face.units_per_em) as i64 as f32;
                let actual = (next.x - g.x) * 1000.0 / size;
                let off = ((w - actual) * 10.0).round() / 10.0;
                if off.abs() < 0.05 { 0.0 } else { off }
            }
            None => 0.0,
        };
        let text = canonical(canon, &face.pdf_name, g.gid).unwrap_or(&g.text);
        glyphs.push(Codepoint {
            gid: g.gid,
            offset,
            cid: Some(text.clone()),
        });
    }
    ops.push(Op::ShowText {
        items: vec![TextItem::GlyphIds(glyphs)],
    });
}

/// Writes `doc` as PDF bytes.
pub fn write_pdf(doc: &Document, meta: &Metadata) -> Result<Vec<u8>, String> {
    let mut pdf = PdfDocument::new(&meta.title);
    for face in faces_used(doc) {
        let parsed = face
            .pdf_font()
            .ok_or_else(|| format!("the font {} could not be embedded", face.family))?;
        pdf.resources
            .fonts
            .map
            .insert(FontId(face.pdf_name.clone()), PdfFont::new(parsed.clone()));
    }
    let when = OffsetDateTime::from_unix_timestamp(meta.created)
        .or_else(|_| OffsetDateTime::from_unix_timestamp(0))
        .map_err(|e| format!("date: {e}"))?;
    let info = &mut pdf.metadata.info;
    info.creation_date = when;
    info.modification_date = when;
    info.metadata_date = when;
    info.author = meta.author.clone();
    info.subject = meta.subject.clone();
    info.creator = format!("folio {}", env!("CARGO_PKG_VERSION"));
    info.producer = format!("folio {} with printpdf", env!("CARGO_PKG_VERSION"));
    let canon = canonical_texts(doc);
    let mut tags = Vec::with_capacity(doc.pages.len());
    pdf.pages = doc
        .pages
        .iter()
        .map(|p| {
            let (ops, t) = page_ops(p, &canon);
            tags.push(t);
            PdfPage::new(
                printpdf::Mm::from(Pt(doc.width)),
                printpdf::Mm::from(Pt(doc.height)),
                ops,
            )
        })
        .collect();
    let opts = PdfSaveOptions {
        subset_fonts: true,
        optimize: true,
        ..Default::default()
    };
    let mut warnings = Vec::new();
    let lo = pdf.to_lopdf_document(&opts, &mut warnings);
    post_process(lo, meta, doc, &tags).map_err(|e| format!("finishing the PDF: {e}"))
}

pub(super) fn text_string(s: &str) -> lopdf::Object {
    if s.is_ascii() {
        lopdf::Object::string_literal(s)
    } else {
        let mut b = vec![0xFE, 0xFF];
        b.extend(s.encode_utf16().flat_map(u16::to_be_bytes));
        lopdf::Object::String(b, lopdf::StringFormat::Hexadecimal)
    }
}

/// Adds a nested `/Outlines` tree in document order; returns its root.
fn build_outline(lo: &mut lopdf::Document, entries: &[OutlineEntry]) -> Option<lopdf::ObjectId> {
    use lopdf::{Dictionary, Object};
    if entries.is_empty() {
        return None;
    }
    let pages = lo.get_pages();
    let root = lo.new_object_id();
    let ids: Vec<_> = entries.iter().map(|_| lo.new_object_id()).collect();
    let mut parent: Vec<Option<usize>> = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        while stack.last().is_some_and(|&t| entries[t].level >= e.level) {
            stack.pop();
        }
        parent.push(stack.last().copied());
        stack.push(i);
    }
    let children = |p: Option<usize>| -> Vec<usize> {
        (0..entries.len()).filter(|&i| parent[i] == p).collect()
    };
    let mut dicts: Vec<Dictionary> = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        let mut d = Dictionary::new();
        d.set("Title", text_string(&e.title));
        d.set(
            "Parent",
            Object::Reference(parent[i].map_or(root, |p| ids[p])),
        );
        if let Some(page) = pages.get(&(e.page as u32 + 1)) {
            d.set(
                "Dest",
                vec![
                    Object::Reference(*page),
                    "XYZ".into(),
                    Object::Null,
                    Object::Real(q(e.top + 4.0)),
                    Object::Null,
                ],
            );
        }
        dicts.push(d);
    }
    let link = |sibs: &[usize], dicts: &mut Vec<Dictionary>| {
        for w in sibs.windows(2) {
            dicts[w[0]].set("Next", Object::Reference(ids[w[1]]));
            dicts[w[1]].set("Prev", Object::Reference(ids[w[0]]));
        }
    };
    for i in 0..entries.len() {
        let kids = children(Some(i));
        if let (Some(f), Some(l)) = (kids.first(), kids.last()) {
            dicts[i].set("First", Object::Reference(ids[*f]));
            dicts[i].set("Last", Object::Reference(ids[*l]));
            dicts[i].set("Count", kids.len() as i64);
        }
        link(&kids, &mut dicts);
    }
    let top = children(None);
    link(&top, &mut dicts);
    for (id, d) in ids.iter().zip(dicts) {
        lo.objects.insert(*id, Object::Dictionary(d));
    }
    let mut r = Dictionary::new();
    r.set("Type", "Outlines");
    if let (Some(f), Some(l)) = (top.first(), top.last()) {
        r.set("First", Object::Reference(ids[*f]));
        r.set("Last", Object::Reference(ids[*l]));
    }
    r.set("Count", entries.len() as i64);
    lo.objects.insert(root, Object::Dictionary(r));
    Some(root)
}

fn post_process(
    mut lo: lopdf::Document,
    meta: &Metadata,
    doc: &Document,
    tags: &[PageTags],
) -> Result<Vec<u8>, lopdf::Error> {
    use lopdf::{Dictionary, Object};
    lo.version = "1.7".into();
    lo.compress();
    let outline_root = build_outline(&mut lo, &doc.outline);
    super::tag::tag(&mut lo, doc, meta, tags)?;
    let cat = lo.catalog_mut()?;
    cat.set("Lang", Object::string_literal(meta.lang.as_str()));
    let mut vp = Dictionary::new();
    vp.set("DisplayDocTitle", true);
    vp.set("Direction", if meta.rtl { "R2L" } else { "L2R" });
    cat.set("ViewerPreferences", vp);
    if let Some(root) = outline_root {
        cat.set("Outlines", Object::Reference(root));
        cat.set("PageMode", "UseOutlines");
    }
    // printpdf always writes /GTS_PDFXVersion (readers then call the file
    // PDF/X, which it is not), /Trapped, and empty strings for unset fields.
    if let Ok(info_id) = lo.trailer.get(b"Info").and_then(Object::as_reference)
        && let Ok(info) = lo.get_dictionary_mut(info_id)
    {
        let drop: Vec<Vec<u8>> = info
                .iter()
                .filter(|(k, v)| {
                    matches!(k.as_slice(), b"GTS_PDFXVersion" | b"Trapped")
                        || matches!(v, Object::String(s, _) if s.is_empty() || s.as_slice() == [0xFE, 0xFF])
                })
                .map(|(k, _)| k.clone())
                .collect();
        for k in drop {
            info.remove(&k);
        }
        // Titles and names in any script, as UTF-16 text strings.
        info.set("Title", text_string(&meta.title));
        info.set("Author", text_string(&meta.author));
        if !meta.subject.is_empty() {
            info.set("Subject", text_string(&meta.subject));
        }
    }
    // A content-derived /ID: write the file once with a placeholder, hash
    // it, and put the hash in the placeholder's place (same length).
    let placeholder = Object::String(vec![0; 16], lopdf::StringFormat::Hexadecimal);
    lo.trailer.set("ID", vec![placeholder.clone(), placeholder]);
    // Object streams: the structure tree is many small dictionaries, which
    // compress well together (a third of a tagged Latin-script PDF otherwise).
    let mut out = Vec::new();
    let opts = lopdf::SaveOptions::builder()
        .use_object_streams(true)
        .use_xref_streams(true)
        .max_objects_per_stream(200)
        .compression_level(6)
        .build();
    lo.save_with_options(&mut out, opts)?;
    use sha2::Digest;
    let hash = sha2::Sha256::digest(&out);
    let hex: String = hash[..16].iter().map(|b| format!("{b:02X}")).collect();
    let needle = format!("<{}>", "0".repeat(32));
    // The trailer is the cross-reference stream's dictionary, the last
    // object of the file: its /ID is the last "/ID" written.
    let tail_start = out.windows(3).rposition(|w| w == b"/ID").unwrap_or(0);
    let mut at = tail_start;
    while let Some(i) = out[at..]
        .windows(needle.len())
        .position(|w| w == needle.as_bytes())
    {
        let start = at + i + 1;
        out[start..start + 32].copy_from_slice(hex.as_bytes());
        at = start + 32;
    }
    Ok(out)
}
