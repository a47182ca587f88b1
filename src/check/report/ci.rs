//! Formats for CI systems: JUnit XML, SARIF 2.1.0, and GitHub Actions
//! workflow annotations. Every piece of translator text is escaped for its
//! format; a translation can never end an annotation or start a command.

use serde_json::{Value, json};

use crate::check::CheckReport;
use crate::check::codes::CODES;
use crate::diag::{Severity, escape_for_terminal};

fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let safe: Vec<String> = s.split('\n').map(escape_for_terminal).collect();
    for c in safe.join("\n").chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

fn path_of(f: &crate::check::Finding) -> String {
    f.diag.location.file.to_string_lossy().replace('\\', "/")
}

fn target_of(f: &crate::check::Finding) -> String {
    f.target.to_string_lossy().replace('\\', "/")
}

/// One finding as a line of a JUnit failure or `system-out`: its location
/// (with the file when it is not the test case's translation file, as for
/// a missing message, found in the English), severity, code and message,
/// on one line.
fn junit_line(f: &crate::check::Finding) -> String {
    let l = &f.diag.location;
    let file = if l.file == f.target {
        String::new()
    } else {
        format!("{}:", path_of(f))
    };
    format!(
        "{file}{}:{}: {}[{}] {}",
        l.line,
        l.column,
        f.diag.severity,
        f.diag.code,
        f.diag.message.replace(['\r', '\n'], " ")
    )
}

/// The completeness figures of a locale as JUnit test-suite properties.
fn junit_properties(stats: &crate::check::Stats) -> String {
    let mut out = String::from("    <properties>\n");
    for (name, value) in super::figures(stats) {
        out.push_str(&format!(
            "      <property name=\"{name}\" value=\"{value}\"/>\n"
        ));
    }
    out.push_str("    </properties>\n");
    out
}

/// JUnit XML: a test suite per locale (its completeness figures as
/// properties), a test case per translation file. Every finding is in the
/// test case of the translation file it concerns, wherever it is located
/// (a missing message is found in the English): findings at or above the
/// failure threshold in failing locales make the test case fail (one
/// `failure` listing them), the rest go to its `system-out`.
pub fn junit(report: &CheckReport) -> String {
    use std::collections::BTreeMap;
    // Findings by locale and translation file, in one pass.
    let mut by_case: BTreeMap<&str, BTreeMap<String, Vec<&crate::check::Finding>>> =
        BTreeMap::new();
    for f in &report.findings {
        by_case
            .entry(f.locale.as_str())
            .or_default()
            .entry(target_of(f))
            .or_default()
            .push(f);
    }
    let no_stats = crate::check::Stats::default();
    let mut suites = String::new();
    let (mut total_tests, mut total_failures) = (0, 0);
    let mut locales: Vec<&str> = report.summaries.iter().map(|s| s.locale.as_str()).collect();
    locales.extend(by_case.keys().copied());
    locales.sort_unstable();
    locales.dedup();
    for locale in locales {
        let summary = report.summaries.iter().find(|s| s.locale == locale);
        let failed = summary.is_some_and(|s| s.failed);
        let mut cases = by_case.remove(locale).unwrap_or_default();
        for file in summary.iter().flat_map(|s| &s.files) {
            cases.entry(file.clone()).or_default();
        }
        let failing = |f: &crate::check::Finding| {
            failed && report.fail_on.is_some_and(|t| f.diag.severity >= t)
        };
        let mut body_xml = String::new();
        let mut failures = 0;
        for (file, findings) in &cases {
            let mut body = String::new();
            let fails: Vec<_> = findings.iter().filter(|f| failing(f)).collect();
            if let Some(first) = fails.first() {
                failures += 1;
                let text: Vec<String> = fails.iter().map(|f| junit_line(f)).collect();
                body.push_str(&format!(
                    "      <failure type=\"{}\" message=\"{} finding(s)\">{}</failure>\n",
                    xml_escape(first.diag.code),
                    fails.len(),
                    xml_escape(&text.join("\n"))
                ));
            }
            let rest: Vec<String> = findings
                .iter()
                .filter(|f| !failing(f))
                .map(|f| junit_line(f))
                .collect();
            if !rest.is_empty() {
                body.push_str(&format!(
                    "      <system-out>{}</system-out>\n",
                    xml_escape(&rest.join("\n"))
                ));
            }
            body_xml.push_str(&format!(
                "    <testcase classname=\"{}\" name=\"{}\">\n{body}    </testcase>\n",
                xml_escape(locale),
                xml_escape(file)
            ));
        }
        total_tests += cases.len();
        total_failures += failures;
        suites.push_str(&format!(
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{failures}\" errors=\"0\" skipped=\"0\">\n{}{body_xml}  </testsuite>\n",
            xml_escape(locale),
            cases.len(),
            junit_properties(summary.map_or(&no_stats, |s| &s.stats))
        ));
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"folio check\" tests=\"{total_tests}\" failures=\"{total_failures}\">\n{suites}</testsuites>\n"
    )
}

fn sarif_level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// Each locale's completeness figures, for the run's property bag.
fn sarif_summary(report: &CheckReport) -> Value {
    let mut summary = serde_json::Map::new();
    for s in &report.summaries {
        let figures: serde_json::Map<String, Value> = super::figures(&s.stats)
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect();
        summary.insert(s.locale.clone(), Value::Object(figures));
    }
    Value::Object(summary)
}

/// SARIF 2.1.0, one run, one rule per finding code; columns in Unicode code points.
pub fn sarif(report: &CheckReport) -> String {
    let rules: Vec<Value> = CODES
        .iter()
        .map(|c| {
            json!({
                "id": c.name,
                "shortDescription": { "text": c.description },
                "defaultConfiguration": { "level": sarif_level(c.severity) },
            })
        })
        .collect();
    let results: Vec<Value> = report
        .findings
        .iter()
        .map(|f| {
            let mut r = json!({
                "ruleId": f.diag.code,
                "level": sarif_level(f.diag.severity),
                "message": { "text": escape_for_terminal(&format!("{}: {}", f.locale, f.diag.message)) },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": path_of(f) },
                        "region": { "startLine": f.diag.location.line.max(1), "startColumn": f.diag.location.column.max(1) }
                    }
                }],
                "properties": { "locale": f.locale },
            });
            // The end of the span, exclusive as SARIF's `endColumn` is; a
            // finding about a whole message has none (SARIF then reads the
            // region as the rest of the line).
            if let Some(end) = f.diag.location.end_column {
                r["locations"][0]["physicalLocation"]["region"]["endColumn"] =
                    json!(end.max(f.diag.location.column.max(1)));
            }
            if let Some(i) = CODES.iter().position(|c| c.name == f.diag.code) {
                r["ruleIndex"] = json!(i);
            }
            if let Some(id) = &f.id {
                r["properties"]["messageId"] = json!(id);
            }
            r["properties"]["translation"] = json!(target_of(f));
            if let Some(change) = &f.english_change {
                r["properties"]["englishOld"] = json!(change.old);
                r["properties"]["englishNew"] = json!(change.new);
            }
            r
        })
        .collect();
    let doc = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": { "name": "folio", "version": env!("CARGO_PKG_VERSION"), "rules": rules } },
            "columnKind": "unicodeCodePoints",
            "results": results,
            "properties": { "summary": sarif_summary(report) },
        }],
    });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}

/// Appends annotation data, escaped: `%`, CR and LF (GitHub's rules), and
/// control or bidi characters, which are never printed raw. With
/// `property`, also `:` and `,`.
fn gh_push(out: &mut String, s: &str, property: bool) {
    for c in s.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            ':' if property => out.push_str("%3A"),
            ',' if property => out.push_str("%2C"),
            c if crate::diag::is_unsafe_char(c) => {
                use std::fmt::Write;
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
}

#[cfg(test)]
fn gh_data(s: &str) -> String {
    let mut out = String::new();
    gh_push(&mut out, s, false);
    out
}

#[cfg(test)]
fn gh_property(s: &str) -> String {
    let mut out = String::new();
    gh_push(&mut out, s, true);
    out
}

/// GitHub Actions workflow commands, one line per finding.
pub fn github(report: &CheckReport) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(report.findings.len() * 160);
    for f in &report.findings {
        let kind = match f.diag.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        out.push_str("::");
        out.push_str(kind);
        out.push_str(" file=");
        gh_push(&mut out, &f.diag.location.file.to_string_lossy(), true);
        let l = &f.diag.location;
        let _ = write!(out, ",line={},col={}", l.line, l.column);
        // GitHub's `endColumn` is the span's last column (it defaults to
        // `col`, a one-column annotation); folio's end column is exclusive.
        if let Some(last) = l
            .end_column
            .map(|e| e.saturating_sub(1))
            .filter(|&e| e > l.column)
        {
            let _ = write!(out, ",endColumn={last}");
        }
        out.push_str(",title=");
        gh_push(&mut out, &f.locale, true);
        out.push(' ');
        out.push_str(f.diag.code);
        out.push_str("::");
        gh_push(&mut out, &f.locale, false);
        out.push_str(": ");
        gh_push(&mut out, &f.diag.message, false);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn github_escaping_blocks_injection() {
        let evil = "x\n::error::owned%0A\r::set-env name=A::b";
        let d = gh_data(evil);
        assert!(!d.contains('\n') && !d.contains('\r'));
        assert!(d.contains("%0A::error::owned%250A%0D"), "{d}");
        assert_eq!(gh_property("a:b,c"), "a%3Ab%2Cc");
    }

    #[test]
    fn xml_escapes() {
        assert_eq!(
            xml_escape("<a href=\"x\">&'\u{1b}"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&apos;\\u{1b}"
        );
    }
}
