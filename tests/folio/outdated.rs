//! Outdated translations end to end (issue 19, items 7–9): what an
//! `outdated` finding shows, what `mark-current --cosmetic` may forgive,
//! and arguments of `mark-current`, `check` and `status` that would do
//! something else than they seem.

use std::path::Path;

use crate::support::{copy_project, folio, stderr, stdout};

const MD: &str = "content/neuroblastoma-research.md";
const ID: &str = "chemotherapy-several-chemo-drugs";
const TARGETS: [&str; 5] = ["ar", "es", "ko", "vi", "zh-CN"];

/// Replaces `from` with `to` in the bundled article (exactly once).
fn edit_article(root: &Path, from: &str, to: &str) {
    let md = root.join(MD);
    let text = std::fs::read_to_string(&md).unwrap();
    assert_eq!(text.matches(from).count(), 1, "{from}");
    std::fs::write(&md, text.replace(from, to)).unwrap();
}

fn split(root: &Path) {
    let out = folio(root, &["split"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

/// The locales with an `outdated` finding for `id`, from the JSON report.
fn outdated_locales(root: &Path, id: &str) -> Vec<String> {
    let out = folio(root, &["check", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut locales: Vec<String> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "outdated" && f["id"] == id)
        .map(|f| f["locale"].as_str().unwrap().to_owned())
        .collect();
    locales.sort();
    locales
}

fn basis_files(root: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = ["en"]
        .iter()
        .chain(TARGETS.iter())
        .map(|l| {
            let p = format!("locales/{l}/basis.toml");
            let bytes = std::fs::read(root.join(&p)).unwrap();
            (p, bytes)
        })
        .collect();
    out.sort();
    out
}

// Item 8: the scenario of the issue, through `split` as an editor works.
#[test]
fn a_cosmetic_mark_does_not_forgive_an_earlier_substantive_edit() {
    let dir = copy_project();
    let root = dir.path();
    assert!(outdated_locales(root, ID).is_empty());
    // A substantive edit…
    edit_article(
        root,
        "temozolomide, are now being studied",
        "temozolomide, are no longer being studied",
    );
    split(root);
    assert_eq!(outdated_locales(root, ID), TARGETS);
    // …then a punctuation fix, marked cosmetic.
    edit_article(
        root,
        "irinotecan, and temozolomide",
        "irinotecan and temozolomide",
    );
    split(root);
    let out = folio(root, &["mark-current", "--cosmetic", ID]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "warning: `{ID}` (neuroblastoma-research.ftl) stays outdated in es, zh-CN, vi, ko, ar: "
        )),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(stdout(&out).contains("es: 0 translation(s) recorded as current"));
    // Every locale still shows the whole change since its translation.
    assert_eq!(outdated_locales(root, ID), TARGETS);
    let human = stdout(&folio(root, &["check", "es"]));
    assert!(
        human.contains("are [-now-]{+no longer+} being studied"),
        "{human}"
    );
    assert!(human.contains("irinotecan[-,-] and"), "{human}");
}

#[test]
fn a_cosmetic_mark_forgives_the_edit_it_names_and_only_where_it_applies() {
    let dir = copy_project();
    let root = dir.path();
    // Spanish is updated for a substantive edit; the others are not.
    edit_article(
        root,
        "temozolomide, are now being studied",
        "temozolomide, are no longer being studied",
    );
    split(root);
    let es = root.join("locales/es/neuroblastoma-research.ftl");
    let text = std::fs::read_to_string(&es).unwrap();
    let line = text.lines().find(|l| l.starts_with(ID)).unwrap().to_owned();
    std::fs::write(
        &es,
        text.replace(&line, &format!("{ID} = Ya no se estudian varios fármacos.")),
    )
    .unwrap();
    let marked = folio(root, &["mark-current", "--locale", "es", ID]);
    assert_eq!(marked.status.code(), Some(0), "{}", stderr(&marked));
    assert!(stdout(&marked).contains("es: 1 translation(s) recorded as current"));
    assert_eq!(outdated_locales(root, ID), ["ar", "ko", "vi", "zh-CN"]);
    // A punctuation fix, marked cosmetic: Spanish (made from the English
    // just before it) stays current; the others stay outdated.
    edit_article(
        root,
        "irinotecan, and temozolomide",
        "irinotecan and temozolomide",
    );
    split(root);
    assert_eq!(outdated_locales(root, ID), TARGETS);
    let out = folio(root, &["mark-current", "--cosmetic", ID]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("es: 1 translation(s) recorded as current"));
    let err = stderr(&out);
    assert!(
        err.contains("stays outdated in zh-CN, vi, ko, ar: "),
        "{err}"
    );
    assert_eq!(outdated_locales(root, ID), ["ar", "ko", "vi", "zh-CN"]);
    // The same mark again changes nothing.
    let before = basis_files(root);
    assert_eq!(
        folio(root, &["mark-current", "--cosmetic", ID])
            .status
            .code(),
        Some(1)
    );
    assert_eq!(basis_files(root), before);
}

#[test]
fn a_lone_cosmetic_edit_is_forgiven_in_every_locale() {
    let dir = copy_project();
    let root = dir.path();
    edit_article(
        root,
        "irinotecan, and temozolomide",
        "irinotecan and temozolomide",
    );
    split(root);
    assert_eq!(outdated_locales(root, ID), TARGETS);
    let out = folio(root, &["mark-current", "--cosmetic", ID]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    for l in TARGETS {
        assert!(
            stdout(&out).contains(&format!("{l}: 1 translation(s) recorded as current")),
            "{}",
            stdout(&out)
        );
    }
    assert!(outdated_locales(root, ID).is_empty());
    // A message never edited: nothing to forgive, said so.
    let out = folio(
        root,
        &["mark-current", "--cosmetic", "chemotherapy-heading"],
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stdout(&out).contains("note: the English of `chemotherapy-heading` has no recorded change"),
        "{}",
        stdout(&out)
    );
}

// Item 7: what changed, in every format.
#[test]
fn outdated_shows_a_word_diff_and_reports_carry_both_texts() {
    let dir = copy_project();
    let root = dir.path();
    let old_en = "Several chemo drugs that are already used to treat other cancers, such as topotecan, irinotecan, and temozolomide, are now being studied in combination with other kinds of therapies for use against high-risk neuroblastoma or neuroblastoma that has come back.";
    let new_en = old_en.replace("has come back", "has returned");
    edit_article(root, "has come back.", "has returned.");
    split(root);

    let human = stdout(&folio(root, &["check", "es"]));
    assert!(
        human.contains(&format!(
            "error[outdated]: es: the English of `{ID}` changed after this translation was made: … or neuroblastoma that has [-come back-]{{+returned+}}.\n"
        )),
        "{human}"
    );

    let json: serde_json::Value =
        serde_json::from_slice(&folio(root, &["check", "es", "--format", "json"]).stdout).unwrap();
    let f = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "outdated")
        .unwrap();
    assert_eq!(f["english_old"], old_en);
    assert_eq!(f["english_new"], new_en.as_str());
    let other = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] != "outdated");
    assert!(other.is_none_or(|f| f.get("english_old").is_none()));

    let sarif: serde_json::Value =
        serde_json::from_slice(&folio(root, &["check", "es", "--format", "sarif"]).stdout).unwrap();
    let r = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "outdated")
        .unwrap();
    assert_eq!(r["properties"]["englishOld"], old_en);
    assert_eq!(r["properties"]["englishNew"], new_en.as_str());
    assert_eq!(r["properties"]["messageId"], ID);
}

// Item 9: arguments that would do something else than they seem.
#[test]
fn a_locale_where_message_ids_go_is_an_error_and_records_nothing() {
    let dir = copy_project();
    let root = dir.path();
    edit_article(
        root,
        "temozolomide, are now being studied",
        "temozolomide, are no longer being studied",
    );
    split(root);
    let before = basis_files(root);
    let out = folio(root, &["mark-current", "es", ID]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains(&format!(
            "error: `es` is a locale, not a message ID; nothing was recorded. Did you mean `folio mark-current --locale es {ID}`?"
        )),
        "{}",
        stderr(&out)
    );
    let out = folio(root, &["mark-current", "--cosmetic", "es", ID]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains(&format!("`folio mark-current --cosmetic {ID}`")),
        "{}",
        stderr(&out)
    );
    assert_eq!(basis_files(root), before, "nothing may be recorded");
    assert_eq!(outdated_locales(root, ID), TARGETS);
}

#[test]
fn ids_that_match_nothing_are_errors_naming_them() {
    let dir = copy_project();
    let root = dir.path();
    edit_article(
        root,
        "temozolomide, are now being studied",
        "temozolomide, are no longer being studied",
    );
    split(root);
    let before = basis_files(root);
    let out = folio(
        root,
        &[
            "mark-current",
            "--locale",
            "es",
            "chemotherapy-several-chemo-drug",
            "nothing-*",
            ID,
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("no English message or term matches `chemotherapy-several-chemo-drug` (did you mean `chemotherapy-several-chemo-drugs`?), `nothing-*`; nothing was recorded"),
        "{err}"
    );
    assert_eq!(basis_files(root), before);
    // A glob that matches is fine.
    let out = folio(
        root,
        &["mark-current", "--locale", "es", "chemotherapy-several-*"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("es: 1 translation(s) recorded as current"));
    // `--cosmetic` names what it forgives: no IDs is a usage error.
    assert_eq!(
        folio(root, &["mark-current", "--cosmetic"]).status.code(),
        Some(2)
    );
}

#[test]
fn check_and_status_refuse_locales_the_project_does_not_have() {
    let dir = copy_project();
    let root = dir.path();
    for cmd in ["check", "status"] {
        let out = folio(root, &[cmd, "xx"]);
        assert_eq!(out.status.code(), Some(2), "{cmd}");
        assert!(
            stderr(&out).contains("error: `xx` is not a locale of this project (folio.toml `locales`); its translated locales are `es`, `zh-CN`, `vi`, `ko`, `ar`"),
            "{cmd}: {}",
            stderr(&out)
        );
        assert!(stdout(&out).is_empty(), "{cmd}: {}", stdout(&out));
        let out = folio(root, &[cmd, "en"]);
        assert_eq!(out.status.code(), Some(2), "{cmd}");
        assert!(stderr(&out).contains("`en` is the source locale"), "{cmd}");
        let out = folio(root, &[cmd, "../x"]);
        assert_eq!(out.status.code(), Some(2), "{cmd}");
        // A configured locale, in any case, still works.
        assert_eq!(
            folio(root, &[cmd, "ES", "zh-cn"]).status.code(),
            Some(0),
            "{cmd}"
        );
    }
    let out = folio(root, &["mark-current", "--locale", "xx"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("`xx` is not a locale of this project"));
}

#[test]
fn split_keeps_no_english_record_in_a_project_that_never_marked_one() {
    let dir = copy_project();
    let root = dir.path();
    for l in ["en"].iter().chain(TARGETS.iter()) {
        std::fs::remove_file(root.join(format!("locales/{l}/basis.toml"))).unwrap();
    }
    edit_article(root, "has come back.", "has returned.");
    split(root);
    assert!(!root.join("locales/en/basis.toml").exists());
}

#[test]
fn a_change_of_line_breaks_alone_is_named_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(
        root.join("folio.toml"),
        "locales = [\"en\", \"es\"]\n[locale.es]\nstatus = \"required\"\n",
    )
    .unwrap();
    for (l, text) in [("en", "a = One two\n"), ("es", "a = Uno dos\n")] {
        std::fs::create_dir_all(root.join(format!("locales/{l}"))).unwrap();
        std::fs::write(root.join(format!("locales/{l}/main.ftl")), text).unwrap();
    }
    assert_eq!(folio(root, &["mark-current"]).status.code(), Some(0));
    std::fs::write(root.join("locales/en/main.ftl"), "a =\n    One\n    two\n").unwrap();
    let out = stdout(&folio(root, &["check"]));
    assert!(
        out.contains("the English of `a` changed after this translation was made: only spacing or line breaks changed"),
        "{out}"
    );
    // A hand edit (this project has no articles to split) is seen as the
    // last edit when `mark-current` runs.
    let out = folio(root, &["mark-current", "--cosmetic", "a"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(folio(root, &["check"]).status.code(), Some(0));
}
