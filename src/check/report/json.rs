//! The JSON format (schema in the README): `{"failed", "findings": [...],
//! "summary": {LOCALE: {...}}, "version"}`, keys sorted, written as a
//! stream (a corpus check can have a hundred thousand findings).

use std::fmt::Write;

use crate::check::CheckReport;
use crate::config::LocaleStatus;

/// Appends `s` as a JSON string literal.
fn push_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || matches!(c, '\u{2028}' | '\u{2029}') => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Renders the JSON report.
pub fn json(report: &CheckReport) -> String {
    let mut out = String::with_capacity(256 + report.findings.len() * 300);
    let _ = write!(
        out,
        "{{\n  \"failed\": {},\n  \"findings\": [",
        report.failed()
    );
    for (i, f) in report.findings.iter().enumerate() {
        out.push_str(if i == 0 { "\n    {" } else { ",\n    {" });
        out.push_str("\"code\": ");
        push_str(&mut out, f.diag.code);
        let _ = write!(out, ", \"column\": {}", f.diag.location.column);
        match f.diag.location.end_column {
            Some(end) => {
                let _ = write!(out, ", \"end_column\": {end}");
            }
            None => out.push_str(", \"end_column\": null"),
        }
        if let Some(change) = &f.english_change {
            out.push_str(", \"english_new\": ");
            push_str(&mut out, &change.new);
            out.push_str(", \"english_old\": ");
            push_str(&mut out, &change.old);
        }
        out.push_str(", \"file\": ");
        push_str(
            &mut out,
            &f.diag.location.file.to_string_lossy().replace('\\', "/"),
        );
        out.push_str(", \"id\": ");
        match &f.id {
            Some(id) => push_str(&mut out, id),
            None => out.push_str("null"),
        }
        let _ = write!(out, ", \"line\": {}, \"locale\": ", f.diag.location.line);
        push_str(&mut out, &f.locale);
        out.push_str(", \"message\": ");
        push_str(&mut out, &f.diag.message);
        out.push_str(", \"severity\": ");
        push_str(&mut out, &f.diag.severity.to_string());
        out.push_str(", \"translation\": ");
        push_str(&mut out, &f.target.to_string_lossy().replace('\\', "/"));
        out.push('}');
    }
    out.push_str(if report.findings.is_empty() {
        "],\n  \"summary\": {"
    } else {
        "\n  ],\n  \"summary\": {"
    });
    for (i, s) in report.summaries.iter().enumerate() {
        let st = &s.stats;
        out.push_str(if i == 0 { "\n    " } else { ",\n    " });
        push_str(&mut out, &s.locale);
        let status = match s.status {
            LocaleStatus::Required => "required",
            LocaleStatus::InProgress => "in-progress",
        };
        let _ = write!(
            out,
            ": {{\"complete\": {}, \"errors\": {}, \"failed\": {}, \"identical\": {}, \"missing\": {}, \"missing_words\": {}, \"obsolete\": {}, \"outdated\": {}, \"outdated_words\": {}, \"percent_complete\": {:.1}, \"report\": {}, \"status\": \"{status}\", \"total\": {}, \"total_words\": {}, \"translated\": {}, \"warnings\": {}}}",
            st.completeness().complete(),
            st.errors,
            s.failed,
            st.identical,
            st.missing,
            st.missing_words,
            st.obsolete,
            st.outdated,
            st.outdated_words,
            st.percent_complete(),
            st.report,
            st.total,
            st.total_words,
            st.translated,
            st.warnings
        );
    }
    out.push_str(if report.summaries.is_empty() {
        "},\n  \"version\": 1\n}\n"
    } else {
        "\n  },\n  \"version\": 1\n}\n"
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_strings() {
        let mut s = String::new();
        push_str(&mut s, "a\"b\\c\n\u{1}\u{2028}é");
        assert_eq!(s, "\"a\\\"b\\\\c\\n\\u0001\\u2028é\"");
        let v: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(v, "a\"b\\c\n\u{1}\u{2028}é");
    }

    #[test]
    fn empty_report_is_valid_json() {
        let v: serde_json::Value = serde_json::from_str(&json(&CheckReport::default())).unwrap();
        assert_eq!(v["version"], 1);
        assert!(v["findings"].as_array().unwrap().is_empty());
    }
}
