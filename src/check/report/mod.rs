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
