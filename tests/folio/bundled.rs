//! The bundled project itself: English is current with the content, every
//! catalog parses without findings, Spanish is complete, and every other
//! locale has its site chrome and at least half of the article.

use std::collections::BTreeSet;
use std::path::Path;

use folio::catalog::{EntryKind, load_catalog};
use folio::config::Project;
use folio::pipeline::{load_sources, stale_catalogs};

use crate::support::repo;

fn ids(root: &Path, rel: &str) -> BTreeSet<String> {
    let c = load_catalog(root, Path::new(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
    assert!(c.diagnostics.is_empty(), "{rel}: {:?}", c.diagnostics);
    c.entries
        .iter()
        .filter(|e| e.kind == EntryKind::Message || e.kind == EntryKind::Term)
        .map(|e| e.id.clone())
        .collect()
}

#[test]
fn english_catalogs_are_current() {
    let project = Project::load(&repo()).unwrap();
    let sources = load_sources(&project).unwrap();
    assert!(sources.diagnostics.is_empty(), "{:?}", sources.diagnostics);
    assert_eq!(
        stale_catalogs(&project, &sources),
        vec![],
        "run `folio split`"
    );
}

#[test]
fn catalogs_are_complete_enough() {
    let root = repo();
    let project = Project::load(&root).unwrap();
    let en_site = ids(&root, "locales/en/site.ftl");
    let en_article = ids(&root, "locales/en/neuroblastoma-research.ftl");
    for locale in project.targets() {
        let site = ids(&root, &format!("locales/{locale}/site.ftl"));
        assert_eq!(
            site, en_site,
            "{locale}: site chrome must be complete, and nothing else"
        );
        let article = ids(
            &root,
            &format!("locales/{locale}/neuroblastoma-research.ftl"),
        );
        assert!(
            article.is_subset(&en_article),
            "{locale}: obsolete IDs {:?}",
            article.difference(&en_article)
        );
        let share = article.len() as f64 / en_article.len() as f64;
        if locale.as_str() == "es" {
            assert_eq!(article, en_article, "Spanish must be complete");
        } else {
            assert!(
                share >= 0.5,
                "{locale}: only {:.0}% of the article",
                share * 100.0
            );
        }
    }
}

/// Every Fluent example in the README parses (a translator copies them), and
/// no inline example shows a select expression on one line, which Fluent
/// rejects: a select expression needs each variant on a line of its own.
#[test]
fn readme_fluent_examples_are_valid_fluent() {
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    let mut blocks = 0;
    let mut rest = readme.as_str();
    while let Some(start) = rest.find("```fluent\n") {
        // A fence inside a list item is indented; so is its text.
        let indent = rest[..start].len() - rest[..start].trim_end_matches(' ').len();
        let body = &rest[start + "```fluent\n".len()..];
        let end = body.find("```").expect("closed fence");
        let text: String = body[..end]
            .lines()
            .map(|l| format!("{}\n", l.get(indent..).unwrap_or("").trim_end()))
            .collect();
        let c = folio::catalog::parse_catalog(Path::new("README.md"), &text);
        assert!(c.diagnostics.is_empty(), "{text}\n{:?}", c.diagnostics);
        assert!(!c.entries.is_empty(), "{text}");
        blocks += 1;
        rest = &body[end..];
    }
    assert!(blocks >= 2, "the README's Fluent examples were not found");
    for line in readme.lines() {
        for code in line.split('`').skip(1).step_by(2) {
            assert!(
                !(code.contains("->") && code.contains('[') && code.contains('{')),
                "one-line select expression in the README: `{code}`"
            );
        }
    }
}
