//! `folio check`: a fixture per rule (inline, in temporary projects), the
//! property that a catalog checked against itself has no findings, exit
//! codes, `mark-current` and outdated detection, and snapshots of every
//! output format for the fixture project in `tests/fixtures/check/basic`.

use std::path::Path;

use folio::check::run::{check_project, mark_current};
use folio::config::Project;
use proptest::prelude::*;

use crate::support::{folio, repo, stderr, stdout};

/// A temporary project with English `en` and Spanish `es` (required) in `main.ftl`.
fn project(en: &str, es: &[u8]) -> tempfile::TempDir {
    project_with("es", en, es)
}

fn project_with(locale: &str, en: &str, tr: &[u8]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(
        root.join("folio.toml"),
        format!("locales = [\"en\", \"{locale}\"]\n[locale.{locale}]\nstatus = \"required\"\n"),
    )
    .unwrap();
    std::fs::create_dir_all(root.join("locales/en")).unwrap();
    std::fs::create_dir_all(root.join(format!("locales/{locale}"))).unwrap();
    std::fs::write(root.join("locales/en/main.ftl"), en).unwrap();
    std::fs::write(root.join(format!("locales/{locale}/main.ftl")), tr).unwrap();
    dir
}

/// `(code, file, line, column)` of every finding.
fn findings(root: &Path) -> Vec<(String, String, usize, usize)> {
    let p = Project::load(root).unwrap();
    let report = check_project(&p, &[]).unwrap();
    report
        .findings
        .iter()
        .map(|f| {
            (
                f.diag.code.to_owned(),
                f.diag.location.file.to_string_lossy().replace('\\', "/"),
                f.diag.location.line,
                f.diag.location.column,
            )
        })
        .collect()
}

const ES: &str = "locales/es/main.ftl";
const EN: &str = "locales/en/main.ftl";

#[test]
fn each_rule_fires_where_it_should() {
    let plural_en = "a = { $n ->\n    [one] One\n   *[other] Many\n}\n";
    let cases: Vec<(&str, &str, String, &str, usize, usize)> = vec![
        (
            "missing-message",
            "a = A\nb = B\n",
            "a = X\n".into(),
            EN,
            2,
            1,
        ),
        (
            "obsolete-message",
            "a = A\n",
            "a = X\nc = C\n".into(),
            ES,
            2,
            1,
        ),
        (
            "missing-term",
            "a = A\n-t = T\n",
            "a = X\n".into(),
            EN,
            2,
            1,
        ),
        (
            "obsolete-term",
            "a = A\n",
            "a = X\n-t = T\n".into(),
            ES,
            2,
            1,
        ),
        (
            "missing-attribute",
            "a = A\n    .title = T\n",
            "a = X\n".into(),
            ES,
            1,
            1,
        ),
        (
            "obsolete-attribute",
            "a = A\n",
            "a = X\n    .title = T\n".into(),
            ES,
            2,
            5,
        ),
        (
            "missing-value",
            "a = A\n    .t = T\n",
            "a =\n    .t = X\n".into(),
            ES,
            1,
            1,
        ),
        (
            "obsolete-value",
            "a =\n    .t = T\n",
            "a = X\n    .t = Y\n".into(),
            ES,
            1,
            1,
        ),
        (
            "syntax-error",
            "a = A\nb = B\n",
            "a = X\nb = { \n".into(),
            ES,
            3,
            1,
        ),
        ("duplicate-id", "a = A\n", "a = X\na = Y\n".into(), ES, 2, 1),
        (
            "duplicate-attribute",
            "a = A\n    .t = T\n",
            "a = X\n    .t = 1\n    .t = 2\n".into(),
            ES,
            3,
            5,
        ),
        (
            "duplicate-variant-key",
            plural_en,
            "a = { $n ->\n    [one] Uno\n    [one] Una\n    [many] M\n   *[other] Otros\n}\n"
                .into(),
            ES,
            3,
            5,
        ),
        (
            "unknown-function",
            "a = A\n",
            "a = X { FOO() }\n".into(),
            ES,
            1,
            9,
        ),
        (
            "unknown-reference",
            "a = A\n",
            "a = { nada }\n".into(),
            ES,
            1,
            5,
        ),
        (
            "added-reference",
            "a = A\nb = B\n",
            "a = { b }\nb = Y\n".into(),
            ES,
            1,
            5,
        ),
        (
            "dropped-reference",
            "-t = T\na = { -t }\n",
            "-t = T\na = X\n".into(),
            ES,
            2,
            1,
        ),
        (
            "reference-cycle",
            "a = A\nb = B\n",
            "a = { b }\nb = { a }\n".into(),
            ES,
            1,
            1,
        ),
        ("variable-added", "a = A\n", "a = { $x }\n".into(), ES, 1, 5),
        (
            "variable-dropped",
            "a = { $x } A\n",
            "a = X\n".into(),
            ES,
            1,
            1,
        ),
        (
            "plural-category-missing",
            plural_en,
            "a = { $n ->\n    [one] Uno\n   *[other] Otros\n}\n".into(),
            ES,
            1,
            7,
        ),
        (
            "plural-category-impossible",
            plural_en,
            "a = { $n ->\n    [one] Uno\n    [two] Dos\n    [many] M\n   *[other] Otros\n}\n"
                .into(),
            ES,
            3,
            5,
        ),
        (
            "markup-mismatch",
            "a = <em>A</em>\n",
            "a = <strong>X</strong>\n".into(),
            ES,
            1,
            5,
        ),
        (
            "unsafe-markup",
            "a = A\n",
            "a = <script>alert(1)</script>\n".into(),
            ES,
            1,
            5,
        ),
        (
            "unsafe-markup",
            "a = <a data-l10n-name=\"k\">A</a>\n",
            "a = <a data-l10n-name=\"k\" href=\"javascript:x\">X</a>\n".into(),
            ES,
            1,
            27,
        ),
        (
            "markup-broken",
            "a = <em>A</em>\n",
            "a = <em>X\n".into(),
            ES,
            1,
            5,
        ),
        ("empty-value", "a = A\n", "a = { \"\" }\n".into(), ES, 1, 5),
        (
            "identical",
            "a = Hello there\n",
            "a = Hello there\n".into(),
            ES,
            1,
            1,
        ),
        (
            "replacement-character",
            "a = A\n",
            "a = X\u{FFFD}\n".into(),
            ES,
            1,
            6,
        ),
        (
            "control-character",
            "a = A\n",
            "a = X\u{7}\n".into(),
            ES,
            1,
            6,
        ),
        (
            "bidi-control",
            "a = A\n",
            "a = X\u{202E}Y\n".into(),
            ES,
            1,
            6,
        ),
        (
            "invisible-character",
            "a = A\n",
            "a = X\u{200B}Y\n".into(),
            ES,
            1,
            6,
        ),
        (
            "unbalanced-isolate",
            "a = A\n",
            "a = X\u{2068}Y\n".into(),
            ES,
            1,
            6,
        ),
        (
            "number-mismatch",
            "a = Take 2 tablets\n",
            "a = Tome 3 comprimidos\n".into(),
            ES,
            1,
            10,
        ),
        (
            "phone-mismatch",
            "a = Call 1-800-227-2345\n",
            "a = Llame al 1-800-227-2346\n".into(),
            ES,
            1,
            14,
        ),
        (
            "url-mismatch",
            "a = See https://example.org/a\n",
            "a = Vea https://example.org/b\n".into(),
            ES,
            1,
            9,
        ),
        (
            "email-mismatch",
            "a = Write to help@cancer.org\n",
            "a = Escriba a ayuda@cancer.org\n".into(),
            ES,
            1,
            15,
        ),
        (
            "bare-cr",
            "a = A\nb = B\n",
            "a = X\rb = Y\n".into(),
            ES,
            1,
            6,
        ),
        (
            "nesting-too-deep",
            "a = A\n",
            format!("a = {}\n", "{".repeat(100)),
            ES,
            1,
            37,
        ),
        (
            "too-many-placeables",
            "a = A\n",
            format!("a = {}\n", "{ \"x\" }".repeat(101)),
            ES,
            1,
            1,
        ),
    ];
    for (code, en, es, file, line, col) in cases {
        let dir = project(en, es.as_bytes());
        let f = findings(dir.path());
        assert!(
            f.iter()
                .any(|(c, fl, l, co)| c == code && fl == file && *l == line && *co == col),
            "{code}: expected at {file}:{line}:{col}, got {f:?}"
        );
    }
}

/// Issue 19, item 6: a finding points at the placeable, tag or number it
/// is about, the JSON column is that column (in characters), and the
/// snippet shows it, with the carets under it by display width.
#[test]
fn findings_point_at_the_offending_text_far_into_a_line_of_wide_characters() {
    let cjk = "神经母细胞瘤是一种儿童癌症。".repeat(8);
    let es = format!(
        "a = {cjk}{{ $nope }}，请咨询医生。\nb = Tome 12 o 3 comprimidos\nc = <b>Ver</b> <script>x</script>\n"
    );
    let dir = project(
        "a = Neuroblastoma is a childhood cancer.\nb = Take 12 tablets\nc = <b>See</b>\n",
        es.as_bytes(),
    );
    let column = "a = ".len() + cjk.chars().count() + 1;
    assert!(column > 100);
    let out = folio(dir.path(), &["check", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let find = |code: &str| {
        json["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["code"] == code)
            .unwrap_or_else(|| panic!("no {code} in {json}"))
            .clone()
    };
    let var = find("variable-added");
    assert_eq!((&var["line"], &var["column"]), (&1.into(), &column.into()));
    assert_eq!(var["end_column"], column + "{ $nope }".len());
    let number = find("number-mismatch");
    assert_eq!(
        (&number["line"], &number["column"]),
        (&2.into(), &("b = Tome 12 o ".len() + 1).into())
    );
    let markup = find("unsafe-markup");
    assert_eq!(
        (&markup["line"], &markup["column"], &markup["end_column"]),
        (
            &3.into(),
            &("c = <b>Ver</b> ".len() + 1).into(),
            &("c = <b>Ver</b> <script>".len() + 1).into()
        )
    );

    // The human report shows the placeable, carets under it.
    let out = folio(dir.path(), &["check"]);
    let text = stdout(&out);
    let block: Vec<&str> = text
        .split("\n\n")
        .find(|b| b.contains("[variable-added]"))
        .unwrap()
        .lines()
        .collect();
    assert!(
        block[1].ends_with(&format!("main.ftl:1:{column}")),
        "{}",
        block[1]
    );
    let source = block[3].strip_prefix("   | ").unwrap();
    let carets = block[4].strip_prefix("   | ").unwrap();
    let at = source.find("{ $nope }").expect("the placeable is shown");
    assert_eq!(
        carets.len() - carets.trim_start().len(),
        unicode_width::UnicodeWidthStr::width(&source[..at]),
        "{source}\n{carets}"
    );
    assert_eq!(carets.trim_start(), "^^^^^^^^^");
    let sarif = folio(dir.path(), &["check", "--format", "sarif"]);
    let sarif: serde_json::Value = serde_json::from_slice(&sarif.stdout).unwrap();
    let region = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "variable-added")
        .unwrap()["locations"][0]["physicalLocation"]["region"]
        .clone();
    assert_eq!(region["startColumn"], column);
    assert_eq!(region["endColumn"], column + 9);
}

#[test]
fn files_encoding_and_size() {
    let dir = project("a = A\n", b"a = X\n");
    std::fs::write(dir.path().join("locales/en/other.ftl"), "b = B\n").unwrap();
    std::fs::write(dir.path().join("locales/es/stray.ftl"), "c = C\n").unwrap();
    let f = findings(dir.path());
    assert!(
        f.iter()
            .any(|(c, fl, ..)| c == "missing-file" && fl == "locales/es/other.ftl"),
        "{f:?}"
    );
    assert!(
        f.iter()
            .any(|(c, fl, ..)| c == "obsolete-file" && fl == "locales/es/stray.ftl"),
        "{f:?}"
    );

    let dir = project("a = A\nb = B\n", b"a = X\nb = \xff\xfe\n");
    let f = findings(dir.path());
    assert!(
        f.contains(&("invalid-utf8".into(), ES.into(), 2, 5)),
        "{f:?}"
    );

    let dir = project(
        "a = A\n",
        format!("a = {}\n", "x".repeat(9 * 1024 * 1024)).as_bytes(),
    );
    let f = findings(dir.path());
    assert!(f.iter().any(|(c, ..)| c == "file-too-large"), "{f:?}");
}

#[test]
fn bom_and_clean_translation_have_no_findings() {
    let en = "-brand = Folio\nhello = Hello, { $name }! Call 1-800-227-2345.\n    .title = { -brand } <em>help</em>\n";
    let es = "\u{feff}-brand = Folio\nhello = ¡Hola, { $name }! Llame al 1-800-227-2345.\n    .title = Ayuda de { -brand } <em>aquí</em>\n";
    let dir = project(en, es.as_bytes());
    assert_eq!(findings(dir.path()), vec![]);
}

#[test]
fn outdated_after_an_english_edit_and_cosmetic_marks() {
    let dir = project(
        "a = Take 2 tablets.\nb = Rest.\n",
        "a = Tome 2 comprimidos.\nb = Descanse.\n".as_bytes(),
    );
    let root = dir.path();
    let p = Project::load(root).unwrap();
    mark_current(&p, &[], &[], false).unwrap();
    assert_eq!(findings(root), vec![]);
    // A real change makes `a` outdated.
    std::fs::write(
        root.join("locales/en/main.ftl"),
        "a = Take 3 tablets.\nb = Rest.\n",
    )
    .unwrap();
    let f = findings(root);
    assert!(f.contains(&("outdated".into(), ES.into(), 1, 1)), "{f:?}");
    let out = folio(root, &["check", "--format", "json"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a required locale with outdated text fails"
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["summary"]["es"]["outdated"], 1);
    // The translator updates it and marks it current.
    std::fs::write(
        root.join("locales/es/main.ftl"),
        "a = Tome 3 comprimidos.\nb = Descanse.\n",
    )
    .unwrap();
    let marked = folio(root, &["mark-current", "--locale", "es", "a"]);
    assert_eq!(marked.status.code(), Some(0), "{}", stderr(&marked));
    assert_eq!(findings(root), vec![]);
    // A cosmetic English edit keeps it current.
    std::fs::write(
        root.join("locales/en/main.ftl"),
        "a = Take 3 tablets.\nb = Rest!\n",
    )
    .unwrap();
    assert_eq!(findings(root).len(), 1);
    assert_eq!(
        folio(root, &["mark-current", "--cosmetic", "b"])
            .status
            .code(),
        Some(0)
    );
    assert_eq!(findings(root), vec![]);
}

#[test]
fn exit_codes_follow_status_and_fail_on() {
    let dir = project("a = A 1\nb = B\n", b"a = X 2\n");
    let root = dir.path();
    // Missing message in a required locale: error, exit 1.
    assert_eq!(folio(root, &["check"]).status.code(), Some(1));
    assert_eq!(
        folio(root, &["check", "--fail-on", "never"]).status.code(),
        Some(0)
    );
    // In progress: reported, never failing.
    std::fs::write(root.join("folio.toml"), "locales = [\"en\", \"es\"]\n").unwrap();
    let out = folio(root, &["check"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stdout(&out).contains("warning[missing-message]"),
        "{}",
        stdout(&out)
    );
    assert_eq!(
        folio(root, &["check", "--fail-on", "bogus"]).status.code(),
        Some(2)
    );
    // Per-code severity and per-ID rules from folio.toml.
    std::fs::write(
        root.join("folio.toml"),
        "locales = [\"en\", \"es\"]\n[locale.es]\nstatus = \"required\"\n[check]\nfail-on = \"warning\"\n[check.severity]\nmissing-message = \"info\"\n[[check.rule]]\ncode = \"number-mismatch\"\nid = \"a\"\nseverity = \"off\"\n",
    )
    .unwrap();
    let out = folio(root, &["check"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

#[test]
fn bundled_project_passes() {
    let out = folio(&repo(), &["check", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["summary"]["es"]["missing"], 0);
    assert_eq!(json["summary"]["es"]["percent_complete"], 100.0);
    for l in ["zh-CN", "vi", "ko", "ar"] {
        assert!(
            json["summary"][l]["percent_complete"].as_f64().unwrap() >= 50.0,
            "{l}"
        );
        assert_eq!(json["summary"][l]["errors"], 0, "{l}");
    }
}

fn snapshot(name: &str, actual: &str) {
    let path = repo()
        .join("tests/fixtures/check/basic/expected")
        .join(name);
    if std::env::var_os("FOLIO_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} missing: run FOLIO_BLESS=1 cargo test", path.display()));
    assert_eq!(
        actual, expected,
        "{name} differs from its snapshot (FOLIO_BLESS=1 cargo test to accept)"
    );
}

#[test]
fn output_formats_match_their_snapshots() {
    let root = repo().join("tests/fixtures/check/basic");
    for (format, file) in [
        ("human", "check.txt"),
        ("json", "check.json"),
        ("junit", "check.junit.xml"),
        ("sarif", "check.sarif"),
        ("github", "check.github.txt"),
    ] {
        let out = folio(&root, &["check", "--format", format]);
        assert_eq!(
            out.status.code(),
            Some(1),
            "{format}: the fixture's required locale fails"
        );
        snapshot(file, &stdout(&out));
    }
    // GitHub annotations: one line per finding; no raw control or bidi characters anywhere.
    let gh = stdout(&folio(&root, &["check", "--format", "github"]));
    for line in gh.lines() {
        assert!(
            line.starts_with("::error ")
                || line.starts_with("::warning ")
                || line.starts_with("::notice "),
            "{line}"
        );
    }
    assert!(!gh.contains('\u{202E}'));
}

fn ftl_entry() -> impl Strategy<Value = String> {
    let text = "[a-zA-Z0-9áé中][a-zA-Z ,.!?0-9áé中]{0,19}";
    prop_oneof![
        (text, "[a-z]{1,3}").prop_map(|(t, v)| format!("{t} {{ ${v} }}")),
        text.prop_map(|t| t.trim().to_owned()),
        (text, text).prop_map(|(a, b)| format!("{{ $n ->\n    [one] {a}\n   *[other] {b}\n}}")),
        (text, text).prop_map(|(a, b)| format!("<em>{a}</em> {b}\n    .title = {a}")),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// `check(en, en)` finds nothing: a translation that is the English passes every rule but `identical`.
    #[test]
    fn a_catalog_checked_against_itself_is_clean(entries in prop::collection::vec(ftl_entry(), 1..8)) {
        let en: String = entries.iter().enumerate().map(|(i, e)| format!("m{i} = {e}\n")).collect();
        let dir = project_with("en-GB", &en, en.as_bytes());
        let f = findings(dir.path());
        prop_assert!(f.iter().all(|(c, ..)| c == "identical"), "{f:?}\n{en}");
    }
}
