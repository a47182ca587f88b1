//! Fuzz target: arbitrary bytes as a translation of the bundled site bundle,
//! through guard → parse → check → localize → render (HTML, and the PDF
//! layout in Arabic, the hardest case). Any panic, hang, out-of-range
//! location, drawn .notdef or bidi control is a bug. Run from the repository root with
//! `cargo fuzz run pipeline` (see README, "Fuzzing").
#![no_main]

use std::collections::BTreeMap;
use std::path::Path;

use folio::catalog::parse_catalog;
use folio::localize::Localizer;
use libfuzzer_sys::fuzz_target;

const ENGLISH: &str = include_str!("../../locales/en/site.ftl");

static FONTS: std::sync::LazyLock<folio::layout::FontSet> =
    std::sync::LazyLock::new(|| folio::layout::FontSet::builtin("ar"));

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let report = folio::check::check_texts("en", ENGLISH, "es", &text);
    let lines = text.split(['\n', '\r']).count();
    for f in &report.findings {
        let l = &f.diag.location;
        assert!(l.line >= 1 && l.column >= 1, "{l}");
        if f.diag.location.file.starts_with("es") {
            assert!(l.line <= lines + 1, "{l} of {lines} lines");
        }
    }
    let en = parse_catalog(Path::new("en/site.ftl"), ENGLISH);
    let es = parse_catalog(Path::new("es/site.ftl"), &text);
    let english = Localizer::new("en".parse().unwrap(), &[&en.resource], None);
    let spanish = Localizer::new("es".parse().unwrap(), &[&es.resource], Some(&[&en.resource]));
    for e in &en.entries {
        let f = spanish.format(&e.id, None);
        let t = english.format(&e.id, None);
        let html = folio::render::html::render_message(&f.text, &t.text, &BTreeMap::new());
        assert!(!html.contains("<script") && !html.contains('\u{202E}'), "{html}");
        let spans = folio::render::pdf::spans(&f.text, &t.text, &BTreeMap::new());
        let style = folio::layout::ParaStyle {
            size: 10.0,
            rtl: true,
            lang: "ar".into(),
            bold: false,
            italic: false,
        };
        let laid = folio::layout::layout_paragraph(&spans, &style, &FONTS, 300.0);
        for g in laid.lines.iter().flat_map(|l| &l.runs).flat_map(|r| &r.glyphs) {
            assert!(g.gid != 0);
            assert!(!g.text.contains(['\u{202E}', '\u{202D}', '\u{2066}', '\u{2068}']), "{:?}", g.text);
        }
    }
});
