//! Tagged PDF: the structure tree, the parent tree and the XMP metadata
//! that PDF/UA-1 asks for, added in the lopdf pass (printpdf writes the
//! marked content but knows no structure tree).
//!
//! The tree is a serialization of the laid-out document's blocks:
//! `Document` › `H1` (title), `H2`–`H6`, `P` (paragraphs, small print,
//! notices, fallback labels), `L` › `LI` › `Lbl` + `LBody` for each run of
//! list items, `Div` for a callout box, and `Link` (the link text's marked
//! content plus an `OBJR` to its annotation) inside the block that holds
//! it. Kids come in the order the page streams draw them, which is the
//! logical reading order (right-to-left lines included: `write` draws a
//! line's runs in logical order). A block whose language differs from the
//! document's (English fallback) carries its own `/Lang`.

use lopdf::{Dictionary, Object, ObjectId, Stream};

use super::write::{Metadata, PageTags, text_string};
use crate::layout::{Document, Kind};

/// A child of a structure element.
#[derive(Debug, Clone, Copy)]
enum Kid {
    Elem(usize),
    /// Page index and MCID.
    Mcr(usize, usize),
    /// Page index and the annotation's index in that page's `/Annots`.
    Objr(usize, usize),
}

#[derive(Debug)]
struct Elem {
    role: String,
    parent: Option<usize>,
    kids: Vec<Kid>,
    lang: Option<String>,
}

struct Tree {
    elems: Vec<Elem>,
}

impl Tree {
    fn add(&mut self, role: &str, parent: usize, lang: Option<String>) -> usize {
        let i = self.elems.len();
        self.elems.push(Elem {
            role: role.to_owned(),
            parent: Some(parent),
            kids: Vec::new(),
            lang,
        });
        self.elems[parent].kids.push(Kid::Elem(i));
        i
    }

    /// True when the element holds any content (directly or below).
    fn has_content(&self, i: usize) -> bool {
        self.elems[i].kids.iter().any(|k| match k {
            Kid::Elem(e) => self.has_content(*e),
            _ => true,
        })
    }
}

/// Where a block's content goes: its body element and, for a list item,
/// the element for its marker.
#[derive(Debug, Clone, Copy, Default)]
struct Slots {
    body: Option<usize>,
    marker: Option<usize>,
}

/// Builds the element tree for `doc`'s blocks (before content is attached).
fn skeleton(doc: &Document, doc_lang: &str) -> (Tree, Vec<Slots>) {
    let mut tree = Tree {
        elems: vec![Elem {
            role: "Document".into(),
            parent: None,
            kids: Vec::new(),
            lang: None,
        }],
    };
    let mut slots = vec![Slots::default(); doc.blocks.len()];
    let mut containers = vec![0usize];
    let mut list: Option<usize> = None;
    for (i, b) in doc.blocks.iter().enumerate() {
        let parent = *containers.last().unwrap_or(&0);
        let lang = (b.lang != doc_lang).then(|| b.lang.clone());
        if !matches!(b.kind, Kind::ListItem(_)) {
            list = None;
        }
        match &b.kind {
            Kind::BoxStart => {
                let div = tree.add("Div", parent, None);
                containers.push(div);
            }
            Kind::BoxEnd => {
                if containers.len() > 1 {
                    containers.pop();
                }
            }
            Kind::ListItem(_) => {
                let l = *list.get_or_insert_with(|| tree.add("L", parent, None));
                let li = tree.add("LI", l, lang);
                slots[i] = Slots {
                    marker: Some(tree.add("Lbl", li, None)),
                    body: Some(tree.add("LBody", li, None)),
                };
            }
            kind => {
                let role = match kind {
                    Kind::Title => "H1".to_owned(),
                    Kind::Heading(n) => format!("H{}", n.clamp(&2, &6)),
                    _ => "P".to_owned(),
                };
                slots[i].body = Some(tree.add(&role, parent, lang));
            }
        }
    }
    (tree, slots)
}

/// Adds the structure tree, the parent tree, `/MarkInfo`, page `/Tabs`,
/// annotation `/StructParent` and `/Contents`, and the XMP metadata.
pub(super) fn tag(
    lo: &mut lopdf::Document,
    doc: &Document,
    meta: &Metadata,
    tags: &[PageTags],
) -> Result<(), lopdf::Error> {
    let pages: Vec<ObjectId> = lo.get_pages().into_values().collect();
    let (mut tree, slots) = skeleton(doc, &meta.lang);
    // Link elements, created where their text first appears.
    let mut links: std::collections::HashMap<(usize, usize), usize> = Default::default();
    let mut link_elem = |tree: &mut Tree, block: usize, span: usize| -> Option<usize> {
        if let Some(e) = links.get(&(block, span)) {
            return Some(*e);
        }
        let body = slots.get(block)?.body?;
        let e = tree.add("Link", body, None);
        links.insert((block, span), e);
        Some(e)
    };
    // Which element each MCID and annotation belongs to.
    let mut mcid_owner: Vec<Vec<Option<usize>>> = Vec::with_capacity(tags.len());
    let mut annot_owner: Vec<Vec<Option<usize>>> = Vec::with_capacity(tags.len());
    for (p, t) in tags.iter().enumerate() {
        let mut owners = Vec::with_capacity(t.marks.len());
        for (mcid, m) in t.marks.iter().enumerate() {
            let slot = slots.get(m.block).copied().unwrap_or_default();
            let owner = match (m.marker, m.link) {
                (true, _) => slot.marker,
                (false, Some(span)) => link_elem(&mut tree, m.block, span),
                (false, None) => slot.body,
            };
            if let Some(o) = owner {
                tree.elems[o].kids.push(Kid::Mcr(p, mcid));
            }
            owners.push(owner);
        }
        mcid_owner.push(owners);
        let mut aowners = Vec::with_capacity(t.links.len());
        for (k, &(block, span)) in t.links.iter().enumerate() {
            let owner = link_elem(&mut tree, block, span);
            if let Some(o) = owner {
                tree.elems[o].kids.push(Kid::Objr(p, k));
            }
            aowners.push(owner);
        }
        annot_owner.push(aowners);
    }

    // Annotations become indirect objects with /StructParent and /Contents.
    let mut next_key = pages.len() as i64;
    let mut annot_ids: Vec<Vec<Option<ObjectId>>> = Vec::with_capacity(pages.len());
    let mut annot_parent: Vec<(i64, usize)> = Vec::new();
    for (p, page_id) in pages.iter().enumerate() {
        let annots: Vec<Object> = lo
            .get_dictionary(*page_id)
            .ok()
            .and_then(|d| d.get(b"Annots").ok())
            .and_then(|a| a.as_array().ok())
            .cloned()
            .unwrap_or_default();
        let mut ids = Vec::with_capacity(annots.len());
        let mut refs = Vec::with_capacity(annots.len());
        for (k, a) in annots.into_iter().enumerate() {
            let Object::Dictionary(mut d) = a else {
                ids.push(a.as_reference().ok());
                refs.push(a);
                continue;
            };
            let owner = annot_owner.get(p).and_then(|o| o.get(k)).copied().flatten();
            if let Some(o) = owner {
                d.set("StructParent", next_key);
                annot_parent.push((next_key, o));
                next_key += 1;
            }
            if let Some(&(block, span)) = tags.get(p).and_then(|t| t.links.get(k)) {
                let text = link_text(doc, block, span);
                if !text.is_empty() {
                    d.set("Contents", text_string(&text));
                }
            }
            d.set("P", Object::Reference(*page_id));
            d.set("F", 4);
            let id = lo.add_object(Object::Dictionary(d));
            ids.push(Some(id));
            refs.push(Object::Reference(id));
        }
        if let Ok(pd) = lo.get_dictionary_mut(*page_id) {
            if !refs.is_empty() {
                pd.set("Annots", refs);
            }
            pd.set("StructParents", p as i64);
            pd.set("Tabs", "S");
        }
        annot_ids.push(ids);
    }

    // Element objects; empty elements are left out.
    let root_id = lo.new_object_id();
    let ids: Vec<Option<ObjectId>> = (0..tree.elems.len())
        .map(|i| tree.has_content(i).then(|| lo.new_object_id()))
        .collect();
    for (i, e) in tree.elems.iter().enumerate() {
        let Some(id) = ids[i] else { continue };
        let mut d = Dictionary::new();
        d.set("Type", "StructElem");
        d.set("S", Object::Name(e.role.clone().into_bytes()));
        d.set(
            "P",
            Object::Reference(e.parent.and_then(|p| ids[p]).unwrap_or(root_id)),
        );
        let first_page = e.kids.iter().find_map(|k| match k {
            Kid::Mcr(p, _) | Kid::Objr(p, _) => Some(*p),
            Kid::Elem(_) => None,
        });
        if let Some(p) = first_page {
            d.set("Pg", Object::Reference(pages[p]));
        }
        if let Some(lang) = &e.lang {
            d.set("Lang", text_string(lang));
        }
        let kids: Vec<Object> = e
            .kids
            .iter()
            .filter_map(|k| match *k {
                Kid::Elem(c) => ids[c].map(Object::Reference),
                Kid::Mcr(p, mcid) if Some(p) == first_page => Some(Object::Integer(mcid as i64)),
                Kid::Mcr(p, mcid) => {
                    let mut m = Dictionary::new();
                    m.set("Type", "MCR");
                    m.set("Pg", Object::Reference(pages[p]));
                    m.set("MCID", mcid as i64);
                    Some(Object::Dictionary(m))
                }
                Kid::Objr(p, k) => {
                    let annot = annot_ids.get(p)?.get(k).copied().flatten()?;
                    let mut o = Dictionary::new();
                    o.set("Type", "OBJR");
                    o.set("Pg", Object::Reference(pages[p]));
                    o.set("Obj", Object::Reference(annot));
                    Some(Object::Dictionary(o))
                }
            })
            .collect();
        d.set(
            "K",
            if kids.len() == 1 {
                kids.into_iter().next().unwrap_or(Object::Null)
            } else {
                Object::Array(kids)
            },
        );
        lo.objects.insert(id, Object::Dictionary(d));
    }

    // The parent tree: per page, the element of each MCID; per
    // annotation, its Link element.
    let mut nums = Vec::new();
    for (p, owners) in mcid_owner.iter().enumerate() {
        nums.push(Object::Integer(p as i64));
        let arr: Vec<Object> = owners
            .iter()
            .map(|o| {
                o.and_then(|o| ids[o])
                    .map_or(Object::Null, Object::Reference)
            })
            .collect();
        let arr_id = lo.add_object(Object::Array(arr));
        nums.push(Object::Reference(arr_id));
    }
    for (key, owner) in annot_parent {
        nums.push(Object::Integer(key));
        nums.push(ids[owner].map_or(Object::Null, Object::Reference));
    }
    let mut parent_tree = Dictionary::new();
    parent_tree.set("Nums", nums);
    let parent_tree_id = lo.add_object(Object::Dictionary(parent_tree));
    let mut root = Dictionary::new();
    root.set("Type", "StructTreeRoot");
    if let Some(doc_id) = ids[0] {
        root.set("K", Object::Reference(doc_id));
    }
    root.set("ParentTree", Object::Reference(parent_tree_id));
    root.set("ParentTreeNextKey", next_key);
    lo.objects.insert(root_id, Object::Dictionary(root));

    let mut xmp = Stream::new(
        {
            let mut d = Dictionary::new();
            d.set("Type", "Metadata");
            d.set("Subtype", "XML");
            d
        },
        xmp_packet(meta).into_bytes(),
    );
    xmp.allows_compression = false;
    let xmp_id = lo.add_object(Object::Stream(xmp));

    let cat = lo.catalog_mut()?;
    cat.set("StructTreeRoot", Object::Reference(root_id));
    let mut mark = Dictionary::new();
    mark.set("Marked", true);
    cat.set("MarkInfo", mark);
    cat.set("Metadata", Object::Reference(xmp_id));
    Ok(())
}

/// The visible text of a link: the annotation's description.
fn link_text(doc: &Document, block: usize, span: usize) -> String {
    let text = doc
        .blocks
        .get(block)
        .and_then(|b| b.spans.get(span))
        .map(|s| s.text.as_str())
        .unwrap_or_default();
    let clean: String = text
        .chars()
        .filter(|c| !crate::layout::is_bidi_control(*c))
        .collect();
    clean.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An ISO 8601 date (UTC) for XMP, the same instant as the document info's.
fn xmp_date(secs: i64) -> String {
    let when = printpdf::OffsetDateTime::from_unix_timestamp(secs)
        .or_else(|_| printpdf::OffsetDateTime::from_unix_timestamp(0));
    match when {
        Ok(w) => format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
            w.year(),
            u8::from(w.month()),
            w.day(),
            w.hour(),
            w.minute(),
            w.second()
        ),
        Err(_) => "1970-01-01T00:00:00Z".into(),
    }
}

/// The XMP packet: Dublin Core title, creator, description and language,
/// the dates, the producer (as in the document info) and the PDF/UA
/// identification.
fn xmp_packet(meta: &Metadata) -> String {
    let date = xmp_date(meta.created);
    let version = env!("CARGO_PKG_VERSION");
    let description = if meta.subject.is_empty() {
        String::new()
    } else {
        format!(
            "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt></dc:description>\n",
            crate::render::html::escape_attr(&meta.subject)
        )
    };
    format!(
        "<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n\
<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n\
<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n\
<rdf:Description rdf:about=\"\" \
xmlns:dc=\"http://purl.org/dc/elements/1.1/\" \
xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" \
xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" \
xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n\
<dc:format>application/pdf</dc:format>\n\
<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{title}</rdf:li></rdf:Alt></dc:title>\n\
<dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>\n\
{description}\
<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>\n\
<xmp:CreatorTool>folio {version}</xmp:CreatorTool>\n\
<xmp:CreateDate>{date}</xmp:CreateDate>\n\
<xmp:ModifyDate>{date}</xmp:ModifyDate>\n\
<xmp:MetadataDate>{date}</xmp:MetadataDate>\n\
<pdf:Producer>folio {version} with printpdf</pdf:Producer>\n\
<pdfuaid:part>1</pdfuaid:part>\n\
</rdf:Description>\n\
</rdf:RDF>\n\
</x:xmpmeta>\n\
<?xpacket end=\"w\"?>",
        title = crate::render::html::escape_attr(&meta.title),
        author = crate::render::html::escape_attr(&meta.author),
        lang = crate::render::html::escape_attr(&meta.lang),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xmp_is_escaped_and_dated() {
        let meta = Metadata {
            title: "Tom & Jerry <1>".into(),
            author: "A".into(),
            subject: String::new(),
            lang: "es".into(),
            rtl: false,
            created: 86_400,
        };
        let x = xmp_packet(&meta);
        assert!(x.contains("Tom &amp; Jerry &lt;1&gt;"));
        assert!(x.contains("<xmp:CreateDate>1970-01-02T00:00:00Z</xmp:CreateDate>"));
        assert!(x.contains("<pdfuaid:part>1</pdfuaid:part>"));
        assert!(!x.contains("dc:description"));
    }
}
