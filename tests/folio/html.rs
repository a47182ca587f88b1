//! The HTML site: page structure per locale, marked fallback and outdated
//! text, snapshots of each page's `<main>`, and the safety property: however
//! hostile a translation, the page holds no element, attribute or URL that
//! the English page does not have.

use std::collections::BTreeSet;
use std::path::Path;

use proptest::prelude::*;
use scraper::{Html, Selector};

use crate::support::{copy_project, folio, repo, stderr};

fn build(root: &Path) {
    let out = folio(root, &["build"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

fn page(root: &Path, locale: &str) -> String {
    std::fs::read_to_string(root.join(format!("output/{locale}/neuroblastoma-research.html")))
        .unwrap()
}

fn select<'a>(doc: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    doc.select(&Selector::parse(css).unwrap()).collect()
}

#[test]
fn every_locale_has_a_whole_page() {
    let dir = copy_project();
    let root = dir.path();
    build(root);
    for (locale, dir_attr) in [
        ("en", "ltr"),
        ("es", "ltr"),
        ("zh-CN", "ltr"),
        ("vi", "ltr"),
        ("ko", "ltr"),
        ("ar", "rtl"),
    ] {
        let doc = Html::parse_document(&page(root, locale));
        let html = select(&doc, "html")[0];
        assert_eq!(html.value().attr("lang"), Some(locale));
        assert_eq!(html.value().attr("dir"), Some(dir_attr));
        // Language switcher: six endonyms with lang and hreflang, the current one marked.
        let links = select(&doc, "nav.languages a[hreflang]");
        assert_eq!(links.len(), 6, "{locale}");
        assert!(links.iter().all(|a| a.value().attr("lang").is_some()));
        let names: Vec<String> = links.iter().map(|a| a.text().collect()).collect();
        assert_eq!(
            names,
            [
                "English",
                "Español",
                "中文",
                "Tiếng Việt",
                "한국어",
                "العربية"
            ]
        );
        assert_eq!(
            select(&doc, "nav.languages a[aria-current=page]")[0]
                .value()
                .attr("hreflang"),
            Some(locale)
        );
        // Alternates for each real translation plus x-default, and a canonical link.
        assert_eq!(
            select(&doc, "link[rel=alternate][hreflang]").len(),
            7,
            "{locale}"
        );
        assert_eq!(select(&doc, "link[rel=canonical]").len(), 1);
        // The article: one h1, a table of contents, the helpline box with a tel: link, references, PDFs.
        assert_eq!(select(&doc, "h1").len(), 1);
        assert!(select(&doc, "nav.toc li a[href^='#']").len() >= 7);
        assert_eq!(
            select(&doc, "aside.helpline a[href='tel:+18002272345']").len(),
            1
        );
        assert_eq!(select(&doc, "ol.references li").len(), 6);
        assert_eq!(select(&doc, "section#pdfs li").len(), 6);
        assert_eq!(select(&doc, "footer p").len(), 3);
        let title: String = select(&doc, "title")[0].text().collect();
        assert!(!title.is_empty());
        assert!(!select(&doc, "meta[name=description]").is_empty());
    }
    let es = page(root, "es");
    assert!(
        es.contains("Última revisión: <bdi>19 de diciembre de 2023</bdi>"),
        "Spanish date"
    );
    assert!(
        page(root, "zh-CN").contains("2023年12月19日"),
        "Chinese date"
    );
    // Partial languages are listed and marked, not hidden.
    assert!(es.contains("中文</a> <span class=\"lang-state\">(Traducido parcialmente)</span>"));
    // The other pages of the site.
    for p in [
        "index.html",
        "status.html",
        "style.css",
        "es/index.html",
        "ar/index.html",
    ] {
        assert!(root.join("output").join(p).is_file(), "{p}");
    }
    let status = std::fs::read_to_string(root.join("output/status.html")).unwrap();
    assert!(
        status.contains("class=\"bar\"") && status.contains("12 missing"),
        "zh-CN's 12 missing messages"
    );
}

#[test]
fn fallback_is_marked_and_announced_and_outdated_too() {
    let dir = copy_project();
    let root = dir.path();
    // Reword an English paragraph: its Spanish translation is now outdated.
    crate::support::reword_an_english_paragraph(root);
    build(root);
    let es = page(root, "es");
    assert!(es.contains("class=\"outdated\" data-note=\"Es posible que la traducción no esté actualizada\">Continúa la búsqueda"), "outdated marked");
    assert!(
        es.contains("<p class=\"page-note\" role=\"note\">La versión en inglés"),
        "outdated announced"
    );
    let ar = page(root, "ar");
    assert!(
        ar.contains("<h3 id=\"targeted-drugs-heading\" lang=\"en\" dir=\"ltr\" class=\"fallback\""),
        "fallback marked in RTL"
    );
    assert!(
        ar.contains("<p class=\"page-note\" role=\"note\">"),
        "fallback announced"
    );
    // With `outdated = "fallback"` the current English is shown instead, marked.
    crate::support::spanish_outdated_fallback(root);
    build(root);
    let es = page(root, "es");
    assert!(es.contains("lang=\"en\" class=\"fallback\" data-note=\"Traducción desactualizada; se muestra el texto en inglés\">The search still continues"), "outdated replaced by English, labelled as out of date");
}

fn main_of(html: &str) -> &str {
    let start = html.find("<main").unwrap();
    let end = html.find("</main>").unwrap() + "</main>".len();
    &html[start..end]
}

#[test]
fn main_of_each_page_matches_its_snapshot() {
    let dir = copy_project();
    let root = dir.path();
    build(root);
    for locale in ["en", "es", "zh-CN", "vi", "ko", "ar"] {
        let actual = main_of(&page(root, locale)).to_owned() + "\n";
        let path = repo().join(format!("tests/fixtures/html/expected/{locale}.main.html"));
        if std::env::var_os("FOLIO_BLESS").is_some() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &actual).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&path)
            .unwrap_or_else(|_| panic!("{} missing: FOLIO_BLESS=1 cargo test", path.display()));
        assert!(
            actual == expected,
            "{locale}: <main> differs from {} (FOLIO_BLESS=1 cargo test to accept)",
            path.display()
        );
    }
}

/// Element names, attribute names and URL values of a page.
fn inventory(html: &str) -> (BTreeSet<String>, BTreeSet<String>, BTreeSet<String>) {
    let doc = Html::parse_document(html);
    let (mut elements, mut attributes, mut urls) =
        (BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
    for node in doc.tree.nodes() {
        if let Some(el) = node.value().as_element() {
            elements.insert(el.name().to_owned());
            for (name, value) in el.attrs() {
                attributes.insert(name.to_owned());
                if matches!(
                    name,
                    "href" | "src" | "action" | "formaction" | "srcset" | "poster" | "data"
                ) {
                    urls.insert(value.to_owned());
                }
            }
        }
    }
    (elements, attributes, urls)
}

fn hostile() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("<script>alert(1)</script>".to_owned()),
        Just("<img src=x onerror=alert(1)>".to_owned()),
        Just("<a href=\"javascript:alert(1)\" data-l10n-name=\"uptodate\">x</a>".to_owned()),
        Just(
            "<a data-l10n-name=\"helpline-phone\" href=\"https://evil.example\">call</a>"
                .to_owned()
        ),
        Just("<strong style=\"x\">bold</strong>".to_owned()),
        Just("<iframe src=\"https://evil.example\"></iframe>".to_owned()),
        Just("</p></main><form action=\"https://evil.example\">".to_owned()),
        Just("<svg onload=alert(1)>".to_owned()),
        Just("&lt;script&gt;".to_owned()),
        Just("&#60;img src=x&#62;".to_owned()),
        Just("\u{202E}reversed\u{202C}".to_owned()),
        Just("\u{2068}iso".to_owned()),
        Just("\u{2069}".to_owned()),
        Just("\"'><!--".to_owned()),
        Just("<a data-l10n-name=\"uptodate\">ok</a>".to_owned()),
        "[a-zA-Zéü ]{1,12}",
    ];
    prop::collection::vec(piece, 1..6).prop_map(|p| p.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn hostile_translations_add_no_elements_attributes_or_urls(values in prop::collection::vec(hostile(), 4)) {
        let dir = copy_project();
        let root = dir.path();
        build(root);
        let (en_elements, en_attributes, en_urls) = inventory(&page(root, "en"));
        // Put hostile text into messages with and without links, site and article.
        let targets = [
            ("locales/es/neuroblastoma-research.ftl", "reference-shohet-jm-lowas"),
            ("locales/es/neuroblastoma-research.ftl", "title"),
            ("locales/es/site.ftl", "helpline-call"),
            ("locales/es/site.ftl", "copyright"),
        ];
        for ((file, id), value) in targets.iter().zip(&values) {
            let path = root.join(file);
            let text = std::fs::read_to_string(&path).unwrap();
            let line = text.lines().find(|l| l.starts_with(&format!("{id} = "))).unwrap().to_owned();
            std::fs::write(&path, text.replace(&line, &format!("{id} = {value}"))).unwrap();
        }
        // Exit 1 when a hostile value is an error: its message is withheld.
        let out = folio(root, &["build"]);
        prop_assert!(matches!(out.status.code(), Some(0 | 1)), "{}", stderr(&out));
        let es = page(root, "es");
        let (elements, attributes, urls) = inventory(&es);
        let mut allowed = en_elements.clone();
        allowed.insert("bdi".to_owned());
        // The renderer's own marks for English fallback: never from a translation.
        let mut en_attributes = en_attributes;
        en_attributes.extend(["data-note".to_owned(), "role".to_owned()]);
        prop_assert!(elements.is_subset(&allowed), "new elements: {:?}", elements.difference(&allowed).collect::<Vec<_>>());
        prop_assert!(attributes.is_subset(&en_attributes), "new attributes: {:?}", attributes.difference(&en_attributes).collect::<Vec<_>>());
        let urls: BTreeSet<String> = urls.into_iter().filter(|u| !u.starts_with("../es/") && !u.starts_with("../en/")).collect();
        let en_urls: BTreeSet<String> = en_urls.into_iter().map(|u| u.replace("../en/", "../es/")).collect();
        prop_assert!(urls.iter().all(|u| en_urls.contains(u) || u.starts_with('#') || u.starts_with("../")), "new URLs: {:?}", urls.difference(&en_urls).collect::<Vec<_>>());
        prop_assert!(!es.contains('\u{202E}') && !es.contains('\u{2068}') && !es.contains('\u{2069}'), "bidi controls reached the page");
    }
}
