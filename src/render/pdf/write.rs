//! The PDF writer: laid-out pages → printpdf operations (positioned glyph
//! IDs with their text for `/ToUnicode`, rectangles, link annotations), then
//! a lopdf pass for what printpdf lacks: `/Lang`, `/ViewerPreferences`, a
//! nested outline in document order, clean document info and a
//! content-derived `/ID`. Fonts are registered under names derived from
//! their bytes, so the output never depends on what the process built
//! before: the same input gives the same bytes.

use printpdf::{
    Actions, BorderArray, Codepoint, Color, ColorArray, FontId, LinkAnnotation, OffsetDateTime, Op,
    PaintMode, PdfDocument, PdfFont, PdfFontHandle, PdfPage, PdfSaveOptions, Pt, Rect, Rgb,
    TextItem, TextMatrix,
};

use crate::layout::{Document, Item, OutlineEntry, faces_used};

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

fn page_ops(page: &crate::layout::Page) -> Vec<Op> {
    let mut ops = Vec::new();
    // Backgrounds and rules first, then text, so text is never covered.
    for it in &page.items {
        if let Item::Rect {
            x,
            y,
            w,
            h,
            fill,
            stroke,
        } = it
        {
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
    }
    ops.push(Op::StartTextSection);
    let mut current: Option<(String, f32)> = None;
    let mut color: Option<[f32; 3]> = None;
    for it in &page.items {
        let Item::Text(t) = it else { continue };
        let key = (t.run.face.pdf_name.clone(), t.run.size);
        if current.as_ref() != Some(&key) {
            ops.push(Op::SetFont {
                font: PdfFontHandle::External(FontId(key.0.clone())),
                size: Pt(key.1),
            });
            current = Some(key);
        }
        if color != Some(t.color) {
            ops.push(Op::SetFillColor { col: rgb(t.color) });
            color = Some(t.color);
        }
        for chunk in t.run.glyphs.chunk_by(|a, b| a.dy == b.dy) {
            push_chunk(&mut ops, t, chunk);
        }
    }
    ops.push(Op::EndTextSection);
    for it in &page.items {
        if let Item::Link { x, y, w, h, uri } = it {
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
    ops
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
        glyphs.push(Codepoint {
            gid: g.gid,
            offset,
            cid: Some(g.text.clone()),
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
    pdf.pages = doc
        .pages
        .iter()
        .map(|p| {
            PdfPage::new(
                printpdf::Mm::from(Pt(doc.width)),
                printpdf::Mm::from(Pt(doc.height)),
                page_ops(p),
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
    post_process(lo, meta, &doc.outline).map_err(|e| format!("finishing the PDF: {e}"))
}

fn text_string(s: &str) -> lopdf::Object {
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
    outline: &[OutlineEntry],
) -> Result<Vec<u8>, lopdf::Error> {
    use lopdf::{Dictionary, Object};
    lo.version = "1.7".into();
    lo.compress();
    let outline_root = build_outline(&mut lo, outline);
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
    let mut out = Vec::new();
    lo.save_to(&mut out)?;
    use sha2::Digest;
    let hash = sha2::Sha256::digest(&out);
    let hex: String = hash[..16].iter().map(|b| format!("{b:02X}")).collect();
    let needle = format!("<{}>", "0".repeat(32));
    let tail_start = out.windows(7).rposition(|w| w == b"trailer").unwrap_or(0);
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
