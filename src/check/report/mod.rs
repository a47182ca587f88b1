//! Report formats for check results: `human` (rustc-style findings and a
//! summary table), `json`, `junit`, `sarif` (2.1.0) and `github` (workflow
//! annotations). Pure: `&CheckReport → String`.

mod ci;
mod human;
mod json;

pub use ci::{github, junit, sarif};
pub use human::{align_table, human};
pub use json::json;

/// Output formats of `folio check --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Human,
    Json,
    Junit,
    Sarif,
    Github,
}

/// A locale's completeness figures ([`crate::status::Tally`]) as the CI
/// formats carry them (JUnit test-suite properties, SARIF run properties),
/// under the names of the JSON summary.
pub(crate) fn figures(stats: &super::Stats) -> [(&'static str, serde_json::Value); 6] {
    let t = stats.completeness();
    [
        ("percent_complete", serde_json::json!(t.percent_complete())),
        ("complete", t.complete().into()),
        ("translated", t.translated.into()),
        ("outdated", t.outdated.into()),
        ("missing", t.missing.into()),
        ("total", t.total.into()),
    ]
}

/// Renders `report` in `format`; `max_findings` limits the human format (0: all).
pub fn render(report: &super::CheckReport, format: Format, max_findings: usize) -> String {
    match format {
        Format::Human => human(report, max_findings),
        Format::Json => json(report),
        Format::Junit => junit(report),
        Format::Sarif => sarif(report),
        Format::Github => github(report),
    }
}
