//! `folio check --l10n-toml`: compare-locales' project format. Fixture
//! projects with recorded compare-locales output, and a slice of the real
//! www-l10n corpus (path in `FOLIO_WWW_L10N`) with compare-locales' figures.

use std::collections::BTreeMap;
use std::path::Path;

use crate::support::repo;

/// `locale → (missing, obsolete, report)` from a compare-locales JSON (summed over configs).
fn compare_locales_counts(path: &Path) -> BTreeMap<String, (u64, u64, u64)> {
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut out: BTreeMap<String, (u64, u64, u64)> = BTreeMap::new();
    for config in doc.as_array().unwrap() {
        for (locale, s) in config["summary"].as_object().unwrap() {
            let e = out.entry(locale.clone()).or_default();
            e.0 += s["missing"].as_u64().unwrap();
            e.1 += s["obsolete"].as_u64().unwrap();
            e.2 += s["report"].as_u64().unwrap();
        }
    }
    out
}

fn folio_counts(dir: &Path, args: &[&str]) -> BTreeMap<String, (u64, u64, u64)> {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_folio"))
        .current_dir(dir)
        .arg("check")
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    doc["summary"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(l, _)| *l != "reference")
        .map(|(l, s)| {
            (
                l.clone(),
                (
                    s["missing"].as_u64().unwrap(),
                    s["obsolete"].as_u64().unwrap(),
                    s["report"].as_u64().unwrap(),
                ),
            )
        })
        .collect()
}

#[test]
fn fixtures_match_compare_locales() {
    let base = repo().join("tests/fixtures/l10n-toml");
    for (project, configs) in [
        ("p1", vec!["l10n.toml"]),
        ("p2", vec!["l10n-main.toml", "l10n-vendor.toml"]),
        ("p3", vec!["l10n.toml"]),
    ] {
        let dir = base.join(project);
        let mut args = Vec::new();
        for c in &configs {
            args.push("--l10n-toml");
            args.push(*c);
        }
        let expected = compare_locales_counts(&dir.join("compare-locales.json"));
        assert_eq!(folio_counts(&dir, &args), expected, "{project}");
    }
}

#[test]
fn l10n_toml_findings_name_files_and_lines() {
    let dir = repo().join("tests/fixtures/l10n-toml/p1");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_folio"))
        .current_dir(&dir)
        .args(["check", "--l10n-toml", "l10n.toml", "de"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("error[syntax-error]") && text.contains("de/a.ftl:"),
        "{text}"
    );
    assert!(
        text.contains("missing-file") && text.contains("de/sub/missing.ftl"),
        "{text}"
    );
    assert!(
        text.contains("obsolete-file") && text.contains("de/sub/extra.ftl"),
        "{text}"
    );
    assert_eq!(out.status.code(), Some(1), "a syntax error fails the check");
}

/// compare-locales 9.0.5 on www-l10n (both configs): missing and obsolete of some locales.
const CORPUS_FIGURES: &[(&str, u64, u64)] = &[
    ("bs", 48, 4),
    ("crh", 2537, 0),
    ("da", 977, 4),
    ("de", 0, 0),
    ("es-ES", 35, 0),
    ("ja", 0, 0),
    ("pt-BR", 80, 0),
];

/// The environment variable naming a checkout of mozilla-l10n/www-l10n.
/// CI sets it; without it the corpus test is skipped with a notice, so that
/// `cargo test` works in any clone.
const CORPUS_VAR: &str = "FOLIO_WWW_L10N";

#[test]
#[allow(clippy::print_stderr)]
fn corpus_slice_matches_compare_locales() {
    let Some(corpus) = std::env::var_os(CORPUS_VAR).map(std::path::PathBuf::from) else {
        eprintln!(
            "skipped corpus_slice_matches_compare_locales: set {CORPUS_VAR} to a www-l10n checkout to run it"
        );
        return;
    };
    assert!(
        corpus.join("l10n-pontoon.toml").is_file(),
        "{CORPUS_VAR} is set, but {} holds no l10n-pontoon.toml",
        corpus.display()
    );
    let mut args = vec![
        "--l10n-toml",
        "l10n-pontoon.toml",
        "--l10n-toml",
        "l10n-vendor.toml",
    ];
    args.extend(CORPUS_FIGURES.iter().map(|(l, _, _)| *l));
    let counts = folio_counts(&corpus, &args);
    for (locale, missing, obsolete) in CORPUS_FIGURES {
        let got = counts.get(*locale).copied().unwrap_or_default();
        assert_eq!((got.0, got.1), (*missing, *obsolete), "{locale}");
    }
}
