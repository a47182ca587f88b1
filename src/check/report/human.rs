//! The human format: findings rustc-style (file:line:col, the source line
//! with a caret, escaped control characters), then a per-locale table.

use crate::check::CheckReport;
use crate::diag::escape_for_terminal;

/// Renders findings (at most `max`, 0 for all) and the summary table.
pub fn human(report: &CheckReport, max: usize) -> String {
    let mut out = String::new();
    let shown = if max == 0 {
        report.findings.len()
    } else {
        max.min(report.findings.len())
    };
    for f in &report.findings[..shown] {
        let mut d = f.diag.clone();
        d.message = format!("{}: {}", f.locale, d.message);
        out.push_str(&d.render());
        out.push('\n');
    }
    if shown < report.findings.len() {
        out.push_str(&format!(
            "… and {} more findings (--max-findings 0 shows all)\n\n",
            report.findings.len() - shown
        ));
    }
    if report.findings.is_empty() {
        out.push_str(&format!(
            "no findings in {} locale(s)\n",
            report.summaries.len()
        ));
        return out;
    }
    out.push_str(&table(report));
    out
}

fn table(report: &CheckReport) -> String {
    let head = [
        "locale",
        "status",
        "complete",
        "translated",
        "outdated",
        "missing",
        "missing words",
        "identical",
        "obsolete",
        "errors",
        "warnings",
        "result",
    ];
    let mut rows: Vec<Vec<String>> = vec![head.iter().map(|s| s.to_string()).collect()];
    for s in &report.summaries {
        let st = &s.stats;
        let done = st.completeness();
        rows.push(vec![
            escape_for_terminal(&s.locale),
            match s.status {
                crate::config::LocaleStatus::Required => "required".into(),
                crate::config::LocaleStatus::InProgress => "in-progress".into(),
            },
            format!("{:.1}%", done.percent_complete()),
            done.translated.to_string(),
            done.outdated.to_string(),
            done.missing.to_string(),
            st.missing_words.to_string(),
            st.identical.to_string(),
            st.obsolete.to_string(),
            st.errors.to_string(),
            st.warnings.to_string(),
            if s.failed { "FAIL".into() } else { "ok".into() },
        ]);
    }
    align_table(&rows)
}

/// Lays out rows as columns: the first two left-aligned, the rest (figures)
/// right-aligned, two spaces apart. The first row is the header.
pub fn align_table(rows: &[Vec<String>]) -> String {
    let columns = rows.first().map_or(0, Vec::len);
    let widths: Vec<usize> = (0..columns)
        .map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for r in rows {
        let cells: Vec<String> = r
            .iter()
            .enumerate()
            .map(|(c, v)| {
                if c < 2 {
                    format!("{v:<w$}", w = widths[c])
                } else {
                    format!("{v:>w$}", w = widths[c])
                }
            })
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    out
}
