//! The report formats agree: every format of `folio check` reports every
//! finding the human format reports (and fails when the exit code says
//! so), and `check` (every format), `folio status` and `output/status.html`
//! print the same completeness figures.

use std::collections::BTreeMap;
use std::path::Path;

use scraper::{Html, Selector};

use crate::support::{copy_project, folio, stderr, stdout};

/// `(locale, code)` of each finding, sorted: what two formats must agree on.
type Found = Vec<(String, String)>;

/// A project with findings of many kinds: in Spanish (required) missing
/// messages and a missing term (located in the English), an obsolete
/// message, a syntax error, unsafe markup and an obsolete file; in French
/// (in progress) a whole missing file; in the English a duplicate ID.
fn findings_project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let write = |rel: &str, text: &str| {
        let p = root.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    };
    write(
        "folio.toml",
        "locales = [\"en\", \"es\", \"fr\"]\n[locale.es]\nstatus = \"required\"\n[locale.fr]\nstatus = \"in-progress\"\n",
    );
    write(
        "locales/en/main.ftl",
        "-brand = Folio\nhello = Hello from { -brand }\nbye = Goodbye\nlink = Read <a data-l10n-name=\"guide\">the guide</a>\nsame = Same\nsame = Same again\nbroken = Broken\n",
    );
    write(
        "locales/es/main.ftl",
        "hello = Hola de { -brand }\nlink = Lea <a data-l10n-name=\"guide\" href=\"https://evil.example\">la guía</a>\nextra = Sobra\nbroken = { \n",
    );
    write("locales/es/other.ftl", "other = Otro\n");
    std::fs::create_dir_all(root.join("locales/fr")).unwrap();
    dir
}

fn sorted(mut v: Found) -> Found {
    v.sort();
    v
}

/// Human: `severity[code]: locale: message` heads each finding.
fn from_human(text: &str) -> Found {
    sorted(
        text.lines()
            .filter_map(|l| {
                let (_, rest) = l.split_once('[')?;
                let (code, rest) = rest.split_once("]: ")?;
                let (locale, _) = rest.split_once(": ")?;
                ["error[", "warning[", "info["]
                    .iter()
                    .any(|p| l.starts_with(p))
                    .then(|| (locale.to_owned(), code.to_owned()))
            })
            .collect(),
    )
}

fn from_json(doc: &serde_json::Value) -> Found {
    sorted(
        doc["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                (
                    f["locale"].as_str().unwrap().to_owned(),
                    f["code"].as_str().unwrap().to_owned(),
                )
            })
            .collect(),
    )
}

fn from_sarif(doc: &serde_json::Value) -> Found {
    sorted(
        doc["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["properties"]["locale"].as_str().unwrap().to_owned(),
                    r["ruleId"].as_str().unwrap().to_owned(),
                )
            })
            .collect(),
    )
}

/// GitHub: `::kind file=…,line=…,col=…,title=LOCALE CODE::…`, one a line.
fn from_github(text: &str) -> Found {
    sorted(
        text.lines()
            .map(|l| {
                let title = l.split_once(",title=").unwrap().1;
                let (title, _) = title.split_once("::").unwrap();
                let (locale, code) = title.split_once(' ').unwrap();
                (locale.to_owned(), code.to_owned())
            })
            .collect(),
    )
}

/// A JUnit document, parsed (well-formed XML, or the test fails).
#[derive(Debug, Default)]
struct Junit {
    /// `failures` of `<testsuites>`.
    failures: usize,
    /// locale → `failures` of its `<testsuite>`.
    suite_failures: BTreeMap<String, usize>,
    /// locale → its properties.
    properties: BTreeMap<String, BTreeMap<String, String>>,
    /// (locale, test case, failing?, line) of each finding line.
    lines: Vec<(String, String, bool, String)>,
}

fn parse_junit(xml: &str) -> Junit {
    use xmlparser::{ElementEnd, Token, Tokenizer};
    let unescape = |s: &str| {
        s.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&apos;", "'")
            .replace("&amp;", "&")
    };
    let mut j = Junit::default();
    let mut stack: Vec<String> = Vec::new();
    let mut element = String::new();
    let (mut suite, mut case) = (String::new(), String::new());
    let mut property: (String, String) = Default::default();
    for token in Tokenizer::from(xml) {
        match token.expect("well-formed XML") {
            Token::ElementStart { local, .. } => {
                element = local.as_str().to_owned();
                stack.push(element.clone());
            }
            Token::Attribute { local, value, .. } => {
                let value = unescape(value.as_str());
                match (element.as_str(), local.as_str()) {
                    ("testsuites", "failures") => j.failures = value.parse().unwrap(),
                    ("testsuite", "name") => suite = value,
                    ("testsuite", "failures") => {
                        j.suite_failures
                            .insert(suite.clone(), value.parse().unwrap());
                    }
                    ("testcase", "name") => case = value,
                    ("property", "name") => property.0 = value,
                    ("property", "value") => property.1 = value,
                    _ => {}
                }
            }
            Token::ElementEnd { end, .. } => {
                if element == "property" && matches!(end, ElementEnd::Empty) {
                    j.properties
                        .entry(suite.clone())
                        .or_default()
                        .insert(property.0.clone(), property.1.clone());
                }
                if !matches!(end, ElementEnd::Open) {
                    stack.pop();
                }
                element.clear();
            }
            Token::Text { text } => {
                let inside = stack.last().map(String::as_str);
                if matches!(inside, Some("failure" | "system-out")) {
                    for line in unescape(text.as_str()).lines() {
                        j.lines.push((
                            suite.clone(),
                            case.clone(),
                            inside == Some("failure"),
                            line.to_owned(),
                        ));
                    }
                }
            }
            _ => {}
        }
    }
    assert!(stack.is_empty(), "unclosed elements: {stack:?}");
    j
}

/// JUnit: each line of a failure or `system-out` is one finding,
/// `[file:]line:col: severity[code] message`, in its locale's suite.
fn from_junit(j: &Junit) -> Found {
    sorted(
        j.lines
            .iter()
            .map(|(locale, _, _, line)| {
                let code = line.split_once('[').unwrap().1.split_once(']').unwrap().0;
                (locale.clone(), code.to_owned())
            })
            .collect(),
    )
}

fn check(root: &Path, format: &str, extra: &[&str]) -> (Option<i32>, String) {
    let mut args = vec!["check", "--format", format, "--max-findings", "0"];
    args.extend(extra);
    let out = folio(root, &args);
    (out.status.code(), stdout(&out))
}

#[test]
fn every_format_reports_every_finding() {
    let dir = findings_project();
    let root = dir.path();
    let (code, human) = check(root, "human", &[]);
    assert_eq!(code, Some(1), "{human}");
    let expected = from_human(&human);
    for (locale, code) in [
        ("es", "missing-message"),
        ("es", "missing-term"),
        ("es", "obsolete-message"),
        ("es", "obsolete-file"),
        ("es", "syntax-error"),
        ("es", "unsafe-markup"),
        ("fr", "missing-file"),
        ("en", "duplicate-id"),
    ] {
        assert!(
            expected.contains(&(locale.to_owned(), code.to_owned())),
            "{locale} {code} in\n{human}"
        );
    }

    let (code, json) = check(root, "json", &[]);
    assert_eq!(code, Some(1));
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(from_json(&json), expected, "json");

    let (code, sarif) = check(root, "sarif", &[]);
    assert_eq!(code, Some(1));
    let sarif: serde_json::Value = serde_json::from_str(&sarif).unwrap();
    assert_eq!(from_sarif(&sarif), expected, "sarif");
    // Located in the English, attributed to the Spanish file.
    let missing = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "missing-message")
        .unwrap();
    assert_eq!(
        missing["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "locales/en/main.ftl"
    );
    assert_eq!(missing["properties"]["translation"], "locales/es/main.ftl");

    let (code, github) = check(root, "github", &[]);
    assert_eq!(code, Some(1));
    assert_eq!(from_github(&github), expected, "github");

    let (code, xml) = check(root, "junit", &[]);
    assert_eq!(code, Some(1));
    let junit = parse_junit(&xml);
    assert_eq!(from_junit(&junit), expected, "junit:\n{xml}");
    // The exit code fails the run: so does the test report, and every
    // Spanish error (missing messages found in the English included) is in
    // the failure of the Spanish file's test case.
    assert!(
        junit.failures > 0 && junit.suite_failures["es"] > 0,
        "{xml}"
    );
    let es_errors: Vec<_> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["locale"] == "es" && f["severity"] == "error")
        .collect();
    let es_failing: Vec<_> = junit
        .lines
        .iter()
        .filter(|(l, _, failing, _)| l == "es" && *failing)
        .collect();
    assert_eq!(es_failing.len(), es_errors.len(), "{xml}");
    assert!(
        es_failing
            .iter()
            .any(|(_, case, _, line)| case == "locales/es/main.ftl"
                && line.starts_with("locales/en/main.ftl:3:1: error[missing-message]")),
        "{xml}"
    );
    // An in-progress locale never fails, whatever it has.
    assert_eq!(junit.suite_failures["fr"], 0);
    assert!(
        junit.lines.iter().any(|(l, case, failing, line)| l == "fr"
            && case == "locales/fr/main.ftl"
            && !failing
            && line.contains("[missing-file]")),
        "{xml}"
    );

    // With a policy that never fails, nothing fails anywhere, and nothing is lost.
    let (code, xml) = check(root, "junit", &["--fail-on", "never"]);
    assert_eq!(code, Some(0));
    let junit = parse_junit(&xml);
    assert_eq!(junit.failures, 0);
    assert_eq!(from_junit(&junit), expected);
}

/// Completeness figures of a locale: (percent complete, translated, outdated, missing).
type Figures = (String, u64, u64, u64);

fn figures_of_json(s: &serde_json::Value) -> Figures {
    (
        format!("{:.1}", s["percent_complete"].as_f64().unwrap()),
        s["translated"].as_u64().unwrap(),
        s["outdated"].as_u64().unwrap(),
        s["missing"].as_u64().unwrap() + s["report"].as_u64().unwrap(),
    )
}

/// Rows of an aligned table (`check`'s human summary or `status`): name →
/// figures, from the columns `complete`, `translated`, `outdated`, `missing`.
fn figures_of_table(text: &str, name_words: usize) -> BTreeMap<String, Figures> {
    let mut lines = text.lines().skip_while(|l| !l.starts_with("locale "));
    let head: Vec<&str> = lines
        .next()
        .unwrap()
        .split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    let col = |name: &str| head.iter().position(|h| *h == name).unwrap() + name_words - 1;
    let (pc, tr, out, mis) = (
        col("complete"),
        col("translated"),
        col("outdated"),
        col("missing"),
    );
    lines
        .take_while(|l| !l.is_empty())
        .map(|l| {
            let cells: Vec<&str> = l.split_whitespace().collect();
            (
                cells[..name_words].join(" "),
                (
                    cells[pc].trim_end_matches('%').to_owned(),
                    cells[tr].parse().unwrap(),
                    cells[out].parse().unwrap(),
                    cells[mis].parse().unwrap(),
                ),
            )
        })
        .collect()
}

/// `N translated · N outdated · N missing · P% complete`.
fn figures_of_counts(text: &str) -> Figures {
    let n: Vec<&str> = text.split_whitespace().collect();
    assert_eq!(
        (n[1], n[4], n[7], n[10]),
        ("translated", "outdated", "missing", "complete"),
        "{text}"
    );
    (
        n[9].trim_end_matches('%').to_owned(),
        n[0].parse().unwrap(),
        n[3].parse().unwrap(),
        n[6].parse().unwrap(),
    )
}

#[test]
fn check_status_and_dashboard_print_the_same_figures() {
    let dir = copy_project();
    let root = dir.path();
    // A Spanish message and term deleted, an English edit that leaves
    // every translation of it outdated.
    let es_article = root.join("locales/es/neuroblastoma-research.ftl");
    let text = std::fs::read_to_string(&es_article).unwrap();
    let text: String = text
        .lines()
        .filter(|l| !l.starts_with("summary = "))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&es_article, text).unwrap();
    let es_site = root.join("locales/es/site.ftl");
    let text = std::fs::read_to_string(&es_site).unwrap();
    std::fs::write(
        &es_site,
        text.replace("-helpline-number = 1-800-227-2345\n", ""),
    )
    .unwrap();
    let en_site = root.join("locales/en/site.ftl");
    let text = std::fs::read_to_string(&en_site).unwrap();
    std::fs::write(
        &en_site,
        text.replace(
            "skip-to-content = Skip to content\n",
            "skip-to-content = Skip to the content\n",
        ),
    )
    .unwrap();

    let out = folio(root, &["check", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let summary = json["summary"].as_object().unwrap();
    let by_json: BTreeMap<String, Figures> = summary
        .iter()
        .map(|(l, s)| (l.clone(), figures_of_json(s)))
        .collect();
    let es = &json["summary"]["es"];
    assert_eq!(
        (es["missing"].as_u64(), es["outdated"].as_u64()),
        (Some(2), Some(1)),
        "{es}"
    );
    for (l, s) in summary {
        let n = |k: &str| s[k].as_u64().unwrap();
        assert_eq!(
            n("total"),
            n("translated") + n("missing") + n("report"),
            "{l}"
        );
        assert_eq!(n("complete"), n("translated") - n("outdated"), "{l}");
        assert!(n("identical") <= n("translated"), "{l}");
    }

    // check, human.
    let human = stdout(&folio(root, &["check", "--max-findings", "1"]));
    assert_eq!(figures_of_table(&human, 1), by_json, "human\n{human}");
    // check, JUnit properties and SARIF run properties.
    let junit = parse_junit(&stdout(&folio(root, &["check", "--format", "junit"])));
    let sarif: serde_json::Value =
        serde_json::from_slice(&folio(root, &["check", "--format", "sarif"]).stdout).unwrap();
    for (l, s) in summary {
        for key in [
            "percent_complete",
            "complete",
            "translated",
            "outdated",
            "missing",
            "total",
        ] {
            let expected = if key == "missing" {
                (s["missing"].as_u64().unwrap() + s["report"].as_u64().unwrap()).to_string()
            } else {
                s[key].to_string()
            };
            assert_eq!(junit.properties[l][key], expected, "junit {l} {key}");
            assert_eq!(
                sarif["runs"][0]["properties"]["summary"][l][key].to_string(),
                expected,
                "sarif {l} {key}"
            );
        }
    }

    // status, per locale and per article.
    let status = folio(root, &["status"]);
    assert_eq!(status.status.code(), Some(0), "{}", stderr(&status));
    assert_eq!(figures_of_table(&stdout(&status), 1), by_json, "status");
    let by_article = figures_of_table(&stdout(&folio(root, &["status", "--by-article"])), 2);

    // The dashboard: each locale's total and percentage, each article and the site text.
    let build = folio(root, &["build", "--no-pdf"]);
    assert_eq!(build.status.code(), Some(0), "{}", stderr(&build));
    let html = std::fs::read_to_string(root.join("output/status.html")).unwrap();
    let doc = Html::parse_document(&html);
    let sel = |css: &str| Selector::parse(css).unwrap();
    let mut locale = String::new();
    let mut rows: BTreeMap<String, Figures> = BTreeMap::new();
    let mut headline: BTreeMap<String, String> = BTreeMap::new();
    for tr in doc.select(&sel("tbody tr")) {
        if let Some(th) = tr.select(&sel("th")).next() {
            locale = th
                .select(&sel("a"))
                .next()
                .unwrap()
                .attr("lang")
                .unwrap()
                .to_owned();
            let pct: String = th
                .select(&sel(".locale-complete"))
                .next()
                .unwrap()
                .text()
                .collect();
            headline.insert(
                locale.clone(),
                pct.trim_end_matches("% complete").to_owned(),
            );
        }
        let tds: Vec<String> = tr.select(&sel("td")).map(|t| t.text().collect()).collect();
        let what = match tds[0].as_str() {
            "All text" => String::new(),
            t if t.starts_with("Site text") => " site".to_owned(),
            _ => " neuroblastoma-research".to_owned(),
        };
        rows.insert(format!("{locale}{what}"), figures_of_counts(&tds[2]));
    }
    for (l, figures) in &by_json {
        if l == "en" {
            continue;
        }
        assert_eq!(&rows[l], figures, "status.html, {l}\n{html}");
        assert_eq!(headline[l], figures.0, "status.html, {l}'s percentage");
    }
    for (name, figures) in &by_article {
        assert_eq!(&rows[name], figures, "status.html, {name}");
    }
    assert_eq!(
        by_article.len(),
        2 * (by_json.len() - usize::from(by_json.contains_key("en")))
    );
    assert_eq!(headline["en"], "100.0");
}

/// compare-locales filters: a missing entry reported as a warning is
/// counted, and counts as missing for completeness; an ignored one (here a
/// key and a whole file) is not counted at all, so it cannot hold a locale
/// below 100 %.
#[test]
fn filtered_entries_and_completeness() {
    let dir = crate::support::repo().join("tests/fixtures/l10n-toml/p3");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_folio"))
        .current_dir(&dir)
        .args(["check", "--l10n-toml", "l10n.toml", "--format", "json"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let de = &json["summary"]["de"];
    let n = |k: &str| de[k].as_u64().unwrap();
    assert_eq!(
        (n("total"), n("translated"), n("missing"), n("report")),
        (4, 1, 2, 1),
        "{de}"
    );
    assert_eq!(de["percent_complete"], 25.0);
}
