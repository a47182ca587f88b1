//! The JSON format (schema in the README): `{"version", "failed",
//! "summary": {LOCALE: {...}}, "findings": [{...}]}`, keys sorted, stable.

use serde_json::{Map, Value, json};

use crate::check::CheckReport;
use crate::config::LocaleStatus;

/// Renders the JSON report.
pub fn json(report: &CheckReport) -> String {
    let mut summary = Map::new();
    for s in &report.summaries {
        let st = &s.stats;
        summary.insert(
            s.locale.clone(),
            json!({
                "status": match s.status { LocaleStatus::Required => "required", LocaleStatus::InProgress => "in-progress" },
                "failed": s.failed,
                "percent_complete": st.percent_complete(),
                "total": st.total,
                "total_words": st.total_words,
                "translated": st.translated,
                "identical": st.identical,
                "missing": st.missing,
                "missing_words": st.missing_words,
                "outdated": st.outdated,
                "outdated_words": st.outdated_words,
                "obsolete": st.obsolete,
                "report": st.report,
                "errors": st.errors,
                "warnings": st.warnings,
            }),
        );
    }
    let findings: Vec<Value> = report
        .findings
        .iter()
        .map(|f| {
            json!({
                "locale": f.locale,
                "file": f.diag.location.file.to_string_lossy().replace('\\', "/"),
                "translation": f.target.to_string_lossy().replace('\\', "/"),
                "line": f.diag.location.line,
                "column": f.diag.location.column,
                "id": f.id,
                "code": f.diag.code,
                "severity": f.diag.severity.to_string(),
                "message": f.diag.message,
            })
        })
        .collect();
    let doc = json!({
        "version": 1,
        "failed": report.failed(),
        "summary": Value::Object(summary),
        "findings": findings,
    });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}
