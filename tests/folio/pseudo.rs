//! Pseudo-locales: every message of the bundled English is transformed,
//! placeables and markup are untouched, and they are built only when asked.

use fluent_syntax::ast;
use folio::pseudo::pseudo_ftl;

use crate::support::{copy_project, folio, repo};

/// Placeables of a pattern (serialized) and the tags of its text.
fn skeleton(p: &ast::Pattern<String>) -> (Vec<String>, Vec<String>) {
    let mut placeables = Vec::new();
    let mut tags = Vec::new();
    for el in &p.elements {
        match el {
            ast::PatternElement::Placeable { expression } => placeables.push(match expression {
                ast::Expression::Inline(i) => format!("{i:?}"),
                // Variant text is transformed; the selector and keys are not.
                ast::Expression::Select { selector, variants } => format!(
                    "{selector:?} {:?}",
                    variants
                        .iter()
                        .map(|v| (&v.key, v.default))
                        .collect::<Vec<_>>()
                ),
            }),
            ast::PatternElement::TextElement { value } => {
                let mut rest = value.as_str();
                while let Some(start) = rest.find('<') {
                    let Some(end) = rest[start..].find('>') else {
                        break;
                    };
                    tags.push(rest[start..start + end + 1].to_owned());
                    rest = &rest[start + end + 1..];
                }
            }
        }
    }
    (placeables, tags)
}

#[test]
fn every_message_is_transformed_and_keeps_its_skeleton() {
    for file in ["site.ftl", "neuroblastoma-research.ftl"] {
        let en_text = std::fs::read_to_string(repo().join("locales/en").join(file)).unwrap();
        let en: ast::Resource<String> = fluent_syntax::parser::parse(en_text.clone()).unwrap();
        for locale in ["en-XA", "ar-XB"] {
            let text = pseudo_ftl(locale, &en_text).unwrap();
            let ps: ast::Resource<String> = fluent_syntax::parser::parse(text).unwrap();
            let pm: Vec<&ast::Message<String>> = ps
                .body
                .iter()
                .filter_map(|e| {
                    if let ast::Entry::Message(m) = e {
                        Some(m)
                    } else {
                        None
                    }
                })
                .collect();
            for e in &en.body {
                let ast::Entry::Message(m) = e else { continue };
                let p = pm
                    .iter()
                    .find(|x| x.id.name == m.id.name)
                    .unwrap_or_else(|| panic!("{locale}: {} missing", m.id.name));
                let (ev, pv) = (m.value.as_ref().unwrap(), p.value.as_ref().unwrap());
                assert_eq!(skeleton(ev), skeleton(pv), "{locale} {}", m.id.name);
                let has_letters = ev.elements.iter().any(|el| matches!(el, ast::PatternElement::TextElement { value } if value.chars().any(|c| c.is_alphabetic() && !c.is_uppercase()) ));
                if has_letters {
                    assert_ne!(ev, pv, "{locale} {} unchanged", m.id.name);
                }
            }
        }
    }
}

#[test]
fn built_only_when_asked() {
    let dir = copy_project();
    let root = dir.path();
    assert_eq!(folio(root, &["build"]).status.code(), Some(0));
    assert!(!root.join("output/en-XA").exists() && !root.join("output/ar-XB").exists());
    assert_eq!(folio(root, &["build", "--pseudo"]).status.code(), Some(0));
    let ar =
        std::fs::read_to_string(root.join("output/ar-XB/neuroblastoma-research.html")).unwrap();
    assert!(ar.starts_with("<!DOCTYPE html>\n<html lang=\"ar-XB\" dir=\"rtl\">"));
    let xa =
        std::fs::read_to_string(root.join("output/en-XA/neuroblastoma-research.html")).unwrap();
    assert!(
        !xa.contains("class=\"fallback\""),
        "every message has a pseudo translation"
    );
    assert!(xa.contains("href=\"tel:+18002272345\""), "links kept");
}
