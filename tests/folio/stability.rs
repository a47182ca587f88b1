//! The promise of `folio split`: inserting, deleting or moving a block leaves
//! every other block's ID unchanged, and rewording a block keeps its ID.
//! Run on a copy of the bundled article.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use folio::catalog::parse_catalog;
use folio::content::{Article, Inline, parse_article};
use folio::split::{plan_article, previous_messages, write_ftl};

use crate::support::repo;

fn article_text() -> String {
    std::fs::read_to_string(repo().join("content/neuroblastoma-research.md")).unwrap()
}

fn parse(text: &str) -> Article {
    let (a, d) = parse_article(Path::new("content/neuroblastoma-research.md"), text);
    assert!(d.is_empty(), "{d:?}");
    a.unwrap()
}

/// Splits `text` against the catalog `previous` (FTL text, may be empty);
/// returns block plain text → ID, and the new FTL text.
fn split(text: &str, previous: &str) -> (BTreeMap<String, String>, String) {
    let article = parse(text);
    let prev = previous_messages(&parse_catalog(Path::new("en.ftl"), previous));
    let (plan, d) = plan_article(&article, &[], &prev, &BTreeSet::new());
    assert!(d.is_empty(), "{d:?}");
    let mut by_text = BTreeMap::new();
    for m in &plan.messages {
        if let Some(b) = m.block {
            let t = Inline::plain_text(&article.blocks[b].inlines);
            assert!(
                by_text.insert(t.clone(), m.id.clone()).is_none() || t.ends_with(':'),
                "duplicate block text {t}"
            );
        }
    }
    (by_text, write_ftl(&article, &plan))
}

fn paragraph(text: &str, starts: &str) -> String {
    text.split("\n\n")
        .find(|p| p.starts_with(starts))
        .unwrap_or_else(|| panic!("no paragraph {starts}"))
        .to_owned()
}

/// Every block of `before` that still exists (same text) has the same ID.
fn assert_kept(
    before: &BTreeMap<String, String>,
    after: &BTreeMap<String, String>,
    except: &[&str],
) {
    let mut checked = 0;
    for (text, id) in before {
        if except.iter().any(|e| text.starts_with(e)) {
            continue;
        }
        if let Some(new) = after.get(text) {
            assert_eq!(new, id, "ID of {text:?} changed");
            checked += 1;
        }
    }
    assert!(checked > 30, "only {checked} blocks compared");
}

#[test]
fn insert_delete_move_and_reword_keep_other_ids() {
    let original = article_text();
    let (ids0, ftl0) = split(&original, "");
    // The split is idempotent.
    let (again, ftl_again) = split(&original, &ftl0);
    assert_eq!(ids0, again);
    assert_eq!(ftl0, ftl_again);

    // Insert a new paragraph into the chemotherapy section, and one whose
    // words would derive an ID that is already taken.
    let chemo = paragraph(&original, "The search continues");
    let inserted = original.replace(
        &chemo,
        &format!("{chemo}\n\nA new paragraph about chemotherapy schedules.\n\nThe search continues for better combinations."),
    );
    let (ids1, _) = split(&inserted, &ftl0);
    assert_kept(&ids0, &ids1, &[]);
    let new_id = &ids1["A new paragraph about chemotherapy schedules."];
    let clash = &ids1["The search continues for better combinations."];
    let old_ids: BTreeSet<&String> = ids0.values().collect();
    assert!(
        !old_ids.contains(new_id) && !old_ids.contains(clash),
        "{new_id} {clash}"
    );
    assert_ne!(new_id, clash);

    // Delete a paragraph.
    let retinoids = paragraph(&original, "Retinoids such as");
    let deleted = original.replace(&format!("{retinoids}\n\n"), "");
    let (ids2, _) = split(&deleted, &ftl0);
    assert_eq!(ids2.len(), ids0.len() - 1);
    assert_kept(&ids0, &ids2, &[]);

    // Move a paragraph to another section.
    let cars = paragraph(&original, "CAR T-cell therapy is a promising");
    let moved = original.replace(&format!("{cars}\n\n"), "").replacen(
        "## Gene changes\n\n",
        &format!("## Gene changes\n\n{cars}\n\n"),
        1,
    );
    let (ids3, _) = split(&moved, &ftl0);
    assert_kept(&ids0, &ids3, &[]);
    assert_eq!(ids3.len(), ids0.len());

    // Reword a paragraph: it keeps its ID; so does everything else.
    let vaccines = paragraph(&original, "Several cancer vaccines");
    let reworded_text = vaccines
        .replace("still in the early stages", "still at an early stage")
        .replace("Several", "A number of");
    let reworded = original.replace(&vaccines, &reworded_text);
    let (ids4, _) = split(&reworded, &ftl0);
    assert_kept(&ids0, &ids4, &[]);
    let old_id = &ids0[&Inline::plain_text(
        &parse(&format!("{}{vaccines}\n", front(&original))).blocks[0].inlines,
    )];
    let new_plain = reworded_text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert_eq!(&ids4[&new_plain], old_id);

    // All at once, then the next run is stable too.
    let all = reworded.replace(&format!("{retinoids}\n\n"), "").replace(
        &chemo,
        &format!("{chemo}\n\nA new paragraph about chemotherapy schedules."),
    );
    let (ids5, ftl5) = split(&all, &ftl0);
    assert_kept(&ids0, &ids5, &[]);
    assert_eq!(&ids5[&new_plain], old_id);
    let (ids6, ftl6) = split(&all, &ftl5);
    assert_eq!(ids5, ids6);
    assert_eq!(ftl5, ftl6);
}

fn front(text: &str) -> String {
    let end = text[3..].find("+++").unwrap() + 6;
    format!("{}\n\n", &text[..end])
}

#[test]
fn pinned_ids_win_and_duplicates_are_reported() {
    let text = format!(
        "{}<!-- id: my-pinned -->\nFirst.\n\n<!-- id: my-pinned -->\nSecond.\n",
        front(&article_text())
    );
    let article = parse(&text);
    let (plan, d) = plan_article(&article, &[], &[], &BTreeSet::new());
    assert_eq!(plan.messages[2].id, "my-pinned");
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].code, "duplicate-id");
    assert_eq!(
        d[0].location.line, 12,
        "the line of the second pinned block"
    );
}

#[test]
fn identical_blocks_get_distinct_ids() {
    let text = format!(
        "{}## A\n\nFor example:\n\n## B\n\nFor example:\n",
        front(&article_text())
    );
    let article = parse(&text);
    let (plan, _) = plan_article(&article, &[], &[], &BTreeSet::new());
    let ids: BTreeSet<_> = plan.messages.iter().map(|m| m.id.clone()).collect();
    assert_eq!(ids.len(), plan.messages.len());
}
