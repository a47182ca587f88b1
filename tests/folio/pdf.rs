//! PDFs by language, read back with lopdf: pages, embedded subset fonts with
//! `/ToUnicode`, `/Lang` and viewer preferences, link annotations, the
//! outline in document order, the text of every locale (Arabic in visual
//! order), reproducible bytes, and .notdef reported rather than drawn.

use std::collections::BTreeMap;
use std::path::Path;

use lopdf::{Document, Object};
use scraper::{Html, Selector};

use crate::support::{copy_project, folio, stderr};

const LOCALES: [&str; 6] = ["en", "es", "zh-CN", "vi", "ko", "ar"];

fn pdf_path(root: &Path, locale: &str) -> std::path::PathBuf {
    root.join(format!("output/{locale}/neuroblastoma-research.pdf"))
}

pub(crate) fn load(root: &Path, locale: &str) -> Document {
    Document::load(pdf_path(root, locale)).expect("a PDF lopdf can read")
}

fn name(o: &Object) -> String {
    String::from_utf8_lossy(o.as_name().expect("a name")).into_owned()
}

/// A PDF text string (UTF-16BE with BOM, or bytes) as a Rust string.
fn text_string(o: &Object) -> String {
    let bytes = o.as_str().expect("a string");
    if bytes.starts_with(&[0xFE, 0xFF]) {
        let units: Vec<u16> = bytes[2..]
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], c.get(1).copied().unwrap_or(0)]))
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        String::from_utf8_lossy(bytes).into_owned()
    }
}

/// The text of each drawn line, glyphs in drawing (visual) order, decoded
/// through each font's `/ToUnicode`.
pub(crate) fn lines(doc: &Document) -> Vec<String> {
    glyph_lines(doc).into_iter().map(|l| l.concat()).collect()
}

/// Each drawn line as the text of its glyphs, in drawing order.
fn glyph_lines(doc: &Document) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for (_, page) in doc.get_pages() {
        let fonts = doc.get_page_fonts(page).unwrap();
        let enc: BTreeMap<Vec<u8>, lopdf::Encoding> = fonts
            .iter()
            .map(|(n, f)| (n.clone(), f.get_font_encoding(doc).unwrap()))
            .collect();
        let content = lopdf::content::Content::decode(&doc.get_page_content(page)).unwrap();
        let mut font = Vec::new();
        let mut y = f32::NAN;
        let mut line: Vec<String> = Vec::new();
        for op in &content.operations {
            match op.operator.as_str() {
                "Tf" => font = op.operands[0].as_name().unwrap().to_vec(),
                "Tm" => {
                    let ny = op.operands[5].as_float().unwrap();
                    if (ny - y).abs() > 3.0 && !line.is_empty() {
                        out.push(std::mem::take(&mut line));
                    }
                    y = ny;
                }
                "TJ" | "Tj" => {
                    let items = match &op.operands[0] {
                        Object::Array(a) => a.clone(),
                        o => vec![o.clone()],
                    };
                    for it in items {
                        if let Object::String(bytes, _) = it {
                            for code in bytes.chunks(2) {
                                line.push(Document::decode_text(&enc[&font], code).unwrap());
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        if !line.is_empty() {
            out.push(line);
        }
    }
    out
}

/// Outline entries in pre-order: (depth, title).
fn outline(doc: &Document) -> Vec<(usize, String)> {
    fn walk(doc: &Document, first: Option<&Object>, depth: usize, out: &mut Vec<(usize, String)>) {
        let mut next = first.and_then(|o| o.as_reference().ok());
        while let Some(id) = next {
            let item = doc.get_dictionary(id).unwrap();
            out.push((depth, text_string(item.get(b"Title").unwrap())));
            assert!(
                item.get(b"Dest").is_ok(),
                "every bookmark has a destination"
            );
            walk(doc, item.get(b"First").ok(), depth + 1, out);
            next = item.get(b"Next").ok().and_then(|o| o.as_reference().ok());
        }
    }
    let cat = doc.catalog().unwrap();
    let root = doc
        .get_dictionary(cat.get(b"Outlines").unwrap().as_reference().unwrap())
        .unwrap();
    let mut out = Vec::new();
    walk(doc, root.get(b"First").ok(), 0, &mut out);
    out
}

/// Headings of the HTML article (h2 to h6, not the table of contents).
fn html_headings(root: &Path, locale: &str) -> Vec<(usize, String)> {
    let html =
        std::fs::read_to_string(root.join(format!("output/{locale}/neuroblastoma-research.html")))
            .unwrap();
    let doc = Html::parse_document(&html);
    doc.select(
        &Selector::parse("article h2, article h3, article h4, article h5, article h6").unwrap(),
    )
    .filter(|h| h.value().attr("id") != Some("toc-heading"))
    .map(|h| {
        let depth = usize::from(h.value().name().as_bytes()[1] - b'2');
        (depth, h.text().collect::<String>().trim().to_owned())
    })
    .collect()
}

fn build(root: &Path) {
    let out = folio(root, &["build"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!stderr(&out).contains("pdf-"), "{}", stderr(&out));
}

#[test]
fn every_locale_gets_a_complete_pdf() {
    let dir = copy_project();
    let root = dir.path();
    build(root);
    for locale in LOCALES {
        let doc = load(root, locale);
        let pages = doc.get_pages();
        assert!(pages.len() >= 2, "{locale}: {} pages", pages.len());

        // Catalog: language, viewer preferences, outline.
        let cat = doc.catalog().unwrap();
        assert_eq!(text_string(cat.get(b"Lang").unwrap()), locale);
        let vp = cat.get(b"ViewerPreferences").unwrap().as_dict().unwrap();
        assert_eq!(vp.get(b"DisplayDocTitle").unwrap(), &Object::Boolean(true));
        let want = if locale == "ar" { "R2L" } else { "L2R" };
        assert_eq!(name(vp.get(b"Direction").unwrap()), want);

        // Info: a title, no PDF/X claim, no /Trapped; a content /ID.
        let info = doc
            .get_dictionary(doc.trailer.get(b"Info").unwrap().as_reference().unwrap())
            .unwrap();
        assert!(!text_string(info.get(b"Title").unwrap()).is_empty());
        assert!(info.get(b"GTS_PDFXVersion").is_err());
        assert!(info.get(b"Trapped").is_err());
        let id = doc.trailer.get(b"ID").unwrap().as_array().unwrap();
        assert_eq!(id.len(), 2);
        assert_eq!(id[0].as_str().unwrap().len(), 16);

        // Fonts: embedded, subset (ABCDEF+Name), with /ToUnicode.
        let mut fonts = 0;
        for page in pages.values() {
            for (_, font) in doc.get_page_fonts(*page).unwrap() {
                fonts += 1;
                let base = name(font.get(b"BaseFont").unwrap());
                let (tag, _) = base.split_once('+').expect("a subset tag");
                assert!(
                    tag.len() == 6 && tag.bytes().all(|b| b.is_ascii_uppercase()),
                    "{base}"
                );
                assert!(
                    font.get(b"ToUnicode").is_ok(),
                    "{locale}: {base} has no /ToUnicode"
                );
                let desc = font.get(b"DescendantFonts").unwrap().as_array().unwrap();
                let cid = match &desc[0] {
                    Object::Reference(r) => doc.get_dictionary(*r).unwrap(),
                    o => o.as_dict().unwrap(),
                };
                let fd = doc
                    .get_dictionary(cid.get(b"FontDescriptor").unwrap().as_reference().unwrap())
                    .unwrap();
                assert!(
                    fd.get(b"FontFile2").is_ok() || fd.get(b"FontFile3").is_ok(),
                    "{locale}: {base} is not embedded"
                );
            }
        }
        assert!(fonts > 0);

        // Links: the helpline as tel:, the content policy as https.
        let mut uris = Vec::new();
        for page in pages.values() {
            let page = doc.get_dictionary(*page).unwrap();
            let Ok(annots) = page.get(b"Annots").and_then(Object::as_array) else {
                continue;
            };
            for a in annots {
                let a = match a {
                    Object::Reference(r) => doc.get_dictionary(*r).unwrap(),
                    o => o.as_dict().unwrap(),
                };
                assert_eq!(name(a.get(b"Subtype").unwrap()), "Link");
                if let Ok(action) = a.get(b"A").and_then(Object::as_dict) {
                    uris.push(
                        String::from_utf8_lossy(action.get(b"URI").unwrap().as_str().unwrap())
                            .into_owned(),
                    );
                }
            }
        }
        assert!(
            uris.contains(&"tel:+18002272345".to_owned()),
            "{locale}: {uris:?}"
        );
        assert!(
            uris.iter()
                .any(|u| u.starts_with("https://www.cancer.org/about-us/policies/content-usage")),
            "{locale}: {uris:?}"
        );

        // The outline follows the article's headings, nested, in order.
        let mut want = html_headings(root, locale);
        want.retain(|(_, t)| !t.is_empty());
        assert_eq!(outline(&doc), want, "{locale}");

        // Every heading is drawn as a line of its own. Arabic lines are
        // drawn (and extracted) in visual order: reversing the glyph order
        // of a right-to-left line gives back the logical text.
        let drawn = lines(&doc);
        let joined = join_lines(&drawn);
        // Right to left: reversing each line's glyph text gives the
        // logical order of the Arabic (each glyph's text is stored the way
        // readers reverse it); Latin words inside come out reversed.
        let logical: String = glyph_lines(&doc)
            .iter()
            .map(|l| l.concat().chars().rev().collect::<String>())
            .collect::<Vec<_>>()
            .join(" ");
        for (_, heading) in &want {
            let found = if locale == "ar" {
                heading.split(' ').all(|w| {
                    let w = if w.is_ascii() {
                        w.chars().rev().collect()
                    } else {
                        w.to_owned()
                    };
                    logical.contains(&w)
                })
            } else {
                joined.contains(heading.as_str())
            };
            assert!(
                found,
                "{locale}: heading {heading:?} not drawn; lines: {drawn:#?}"
            );
        }
        if locale == "ar" {
            let title = want_title(root, locale);
            assert!(logical.contains(&title), "{title:?} in {logical}");
        }
        // Running footer: "Page 1 of N" in the locale's words.
        assert!(drawn.iter().any(|l| l.contains(&pages.len().to_string())));
    }
}

/// Drawn lines as running text: a line that ends in a hyphen after a
/// letter joins the next one.
fn join_lines(lines: &[String]) -> String {
    lines
        .iter()
        // A line keeps the space it broke at (for readers): drop it here.
        .map(|l| l.trim_end())
        .map(|l| match l.strip_suffix('-') {
            Some(cut) if cut.ends_with(char::is_alphabetic) => cut.to_owned(),
            _ => format!("{l} "),
        })
        .collect()
}

/// The article title as the HTML page shows it.
fn want_title(root: &Path, locale: &str) -> String {
    let html =
        std::fs::read_to_string(root.join(format!("output/{locale}/neuroblastoma-research.html")))
            .unwrap();
    let doc = Html::parse_document(&html);
    let h1 = doc.select(&Selector::parse("h1").unwrap()).next().unwrap();
    h1.text().collect::<String>().trim().to_owned()
}

#[test]
fn spanish_text_is_complete_and_hyphenated_words_join_up() {
    let dir = copy_project();
    let root = dir.path();
    let out = folio(root, &["pdf", "es"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        !pdf_path(root, "en").exists(),
        "`folio pdf es` makes only the Spanish PDF"
    );
    let text = join_lines(&lines(&load(root, "es")));
    let ftl = std::fs::read_to_string(root.join("locales/es/neuroblastoma-research.ftl")).unwrap();
    for line in ftl
        .lines()
        .filter(|l| l.contains(" = ") && !l.starts_with('#'))
    {
        let (_, value) = line.split_once(" = ").unwrap();
        if value.contains('{') || value.contains('<') {
            continue;
        }
        for word in value
            .split_whitespace()
            .filter(|w| w.chars().all(char::is_alphabetic))
        {
            assert!(
                text.contains(word),
                "{word:?} is missing from the Spanish PDF"
            );
        }
    }
}

#[test]
fn rendering_twice_in_one_process_in_another_order_gives_identical_bytes() {
    let dir = copy_project();
    let project = folio::config::Project::load(dir.path()).unwrap();
    let sources = folio::pipeline::load_sources(&project).unwrap();
    let tags = |v: &[&str]| -> Vec<folio::locale::Locale> {
        v.iter().map(|t| t.parse().unwrap()).collect()
    };
    let (a, _) = folio::pipeline::render_pdf_set(
        &project,
        &sources,
        &tags(&["ar", "zh-CN", "es"]),
        &[],
        None,
    )
    .unwrap();
    let (b, _) = folio::pipeline::render_pdf_set(
        &project,
        &sources,
        &tags(&["es", "ko", "zh-CN", "vi", "ar"]),
        &[],
        None,
    )
    .unwrap();
    let b: BTreeMap<_, _> = b.into_iter().collect();
    assert_eq!(a.len(), 3);
    for (path, bytes) in a {
        assert!(bytes == b[&path], "{} differs between runs", path.display());
    }
}

#[test]
fn letter_paper_and_one_article() {
    let dir = copy_project();
    let root = dir.path();
    let out = folio(
        root,
        &[
            "pdf",
            "ar",
            "--paper",
            "letter",
            "--article",
            "neuroblastoma-research",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let doc = load(root, "ar");
    let (_, first) = doc.get_pages().into_iter().next().unwrap();
    let page = doc.get_dictionary(first).unwrap();
    let mb = page.get(b"MediaBox").unwrap().as_array().unwrap();
    assert!((mb[2].as_float().unwrap() - 612.0).abs() < 0.5);
    let bad = folio(root, &["pdf", "fr"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("fr"), "{}", stderr(&bad));
    let bad = folio(root, &["pdf", "--article", "nope"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn a_character_no_font_has_is_reported_and_never_drawn() {
    let dir = copy_project();
    let root = dir.path();
    build(root);
    let before = std::fs::read(pdf_path(root, "es")).unwrap();
    let ftl = root.join("locales/zh-CN/neuroblastoma-research.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    let (head, rest) = text.split_once("\ntitle = ").unwrap();
    std::fs::write(&ftl, format!("{head}\ntitle = 𠀀 {rest}")).unwrap();
    let out = folio(root, &["build"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("pdf-missing-glyph"), "{err}");
    assert!(
        err.contains("U+20000") && err.contains("`title`") && err.contains("zh-CN"),
        "{err}"
    );
    assert!(err.contains("neuroblastoma-research.ftl:"), "{err}");
    // The PDF is still made, without the character; other locales are untouched.
    let doc = load(root, "zh-CN");
    assert!(
        lines(&doc)
            .iter()
            .all(|l| !l.contains('𠀀') && !l.contains('\u{FFFD}'))
    );
    assert_eq!(std::fs::read(pdf_path(root, "es")).unwrap(), before);
}

#[test]
fn hostile_text_stays_inside_the_margins_and_controls_are_not_drawn() {
    let dir = copy_project();
    let root = dir.path();
    let ftl = root.join("locales/es/neuroblastoma-research.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    let (head, rest) = text.split_once("\ntitle = ").unwrap();
    let long = "x".repeat(400);
    std::fs::write(
        &ftl,
        // A zero-width space (a warning: shown, the character removed) and
        // an unbalanced isolate (a warning): an embedding override such as
        // U+202E is an error, and the title would not be shown at all.
        format!("{head}\ntitle = a\u{200B}b\u{2067}c {long} {rest}"),
    )
    .unwrap();
    let out = folio(root, &["pdf", "es"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!stderr(&out).contains("pdf-overflow"), "{}", stderr(&out));
    let drawn = lines(&load(root, "es"));
    assert!(drawn.iter().any(|l| l.starts_with("abc")), "{drawn:#?}");
    assert!(drawn.iter().all(|l| !l.contains(['\u{200B}', '\u{2067}'])));
    assert!(drawn.iter().filter(|l| l.starts_with("xxxx")).count() >= 3);
}

#[test]
fn pseudo_locales_get_pdfs_with_every_glyph() {
    let dir = copy_project();
    let root = dir.path();
    let out = folio(root, &["build", "--pseudo"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    for tag in ["en-XA", "ar-XB"] {
        let doc = load(root, tag);
        assert!(doc.get_pages().len() >= 2);
        assert!(lines(&doc).iter().all(|l| !l.contains('\u{FFFD}')));
    }
    let ar = load(root, "ar-XB");
    let vp = ar
        .catalog()
        .unwrap()
        .get(b"ViewerPreferences")
        .unwrap()
        .as_dict()
        .unwrap();
    assert_eq!(name(vp.get(b"Direction").unwrap()), "R2L");
}

#[test]
fn a_project_font_can_lead_a_locale_chain() {
    let dir = copy_project();
    let root = dir.path();
    std::fs::create_dir_all(root.join("fonts")).unwrap();
    std::fs::copy(
        crate::support::repo().join("assets/fonts/NotoSans-Italic.ttf"),
        root.join("fonts/house.ttf"),
    )
    .unwrap();
    let config = std::fs::read_to_string(root.join("folio.toml")).unwrap();
    let with_font = config.replace(
        "[locale.es]\nstatus = \"required\"",
        "[locale.es]\nstatus = \"required\"\npdf-fonts = [\"House\", \"Noto Sans\"]",
    ) + "\n[pdf.fonts.House]\nregular = \"fonts/house.ttf\"\n";
    std::fs::write(root.join("folio.toml"), &with_font).unwrap();
    let out = folio(root, &["pdf", "es"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let doc = load(root, "es");
    let names: Vec<String> = doc
        .get_pages()
        .values()
        .flat_map(|p| doc.get_page_fonts(*p).unwrap().into_values())
        .map(|f| name(f.get(b"BaseFont").unwrap()))
        .collect();
    // Body text is set in the project's face (here Noto Sans Italic).
    assert!(
        names.iter().any(|n| n.ends_with("+NotoSans-Italic")),
        "{names:?}"
    );

    // A file that is not a font is a clear error, and nothing is written.
    std::fs::write(root.join("fonts/house.ttf"), "not a font").unwrap();
    let before = std::fs::read(pdf_path(root, "es")).unwrap();
    let out = folio(root, &["pdf", "es"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("fonts/house.ttf"), "{}", stderr(&out));
    assert_eq!(std::fs::read(pdf_path(root, "es")).unwrap(), before);
}

/// An outdated paragraph is labelled in the PDF as on the page: "may be out
/// of date" over the translation shown, and with `outdated = "fallback"`
/// "out of date, shown in English" over the English that replaces it.
#[test]
fn outdated_paragraphs_are_labelled_in_the_pdf() {
    let dir = copy_project();
    let root = dir.path();
    let label_over = |label: &str, text: &str| {
        let es = lines(&load(root, "es"));
        let at = es
            .iter()
            .position(|l| l == label)
            .unwrap_or_else(|| panic!("no label {label:?} in {es:#?}"));
        assert!(es[at + 1].starts_with(text), "{:?}", &es[at..at + 2]);
    };
    crate::support::reword_an_english_paragraph(root);
    build(root);
    label_over(
        "Es posible que la traducción no esté actualizada",
        "Continúa la búsqueda",
    );
    crate::support::spanish_outdated_fallback(root);
    build(root);
    label_over(
        "Traducción desactualizada; se muestra el texto en inglés",
        "The search still continues",
    );
}
