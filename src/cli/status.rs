//! `folio status`: how far each locale is, per locale or per article: the
//! completeness figures of `folio check` (defined once, by
//! [`crate::status::Tally`]).

use crate::check::Stats;
use crate::check::run::check_project;
use crate::config::{LocaleStatus, Project};
use crate::error::Result;

use super::{EXIT_OK, EXIT_POLICY, print_diagnostics, print_line};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Locales to show (default: every translated locale).
    locales: Vec<String>,
    /// One row per article (translation file) instead of per locale.
    #[arg(long)]
    by_article: bool,
}

fn row(name: &str, status: &str, st: &Stats) -> Vec<String> {
    let done = st.completeness();
    vec![
        name.to_owned(),
        status.to_owned(),
        format!("{:.1}%", done.percent_complete()),
        done.translated.to_string(),
        done.outdated.to_string(),
        done.missing.to_string(),
        st.missing_words.to_string(),
        st.outdated_words.to_string(),
    ]
}

/// Runs `status`.
pub fn run(project: &Project, args: &Args) -> Result<u8> {
    let locales = super::check::target_locales(project, &args.locales)?;
    let report = check_project(project, &locales)?;
    let mut rows = vec![
        [
            "locale",
            "status",
            "complete",
            "translated",
            "outdated",
            "missing",
            "missing words",
            "outdated words",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect::<Vec<_>>(),
    ];
    for s in report
        .summaries
        .iter()
        .filter(|s| s.locale != project.source.as_str())
    {
        let status = match s.status {
            LocaleStatus::Required => "required",
            LocaleStatus::InProgress => "in-progress",
        };
        if args.by_article {
            for (file, st) in &s.by_file {
                let name = file
                    .rsplit('/')
                    .next()
                    .unwrap_or(file)
                    .trim_end_matches(".ftl");
                rows.push(row(&format!("{} {name}", s.locale), status, st));
            }
        } else {
            rows.push(row(&s.locale, status, &s.stats));
        }
    }
    for line in crate::check::report::align_table(&rows).lines() {
        print_line(line);
    }
    // A translation file that cannot be read fails `status` as it fails
    // `check` and `build`: its figures say "missing", the file is broken.
    let unreadable: Vec<crate::diag::Diagnostic> = report
        .findings
        .iter()
        .filter(|f| crate::check::UNREADABLE_CODES.contains(&f.diag.code))
        .map(|f| f.diag.clone())
        .collect();
    if unreadable.is_empty() {
        Ok(EXIT_OK)
    } else {
        print_diagnostics(&unreadable);
        Ok(EXIT_POLICY)
    }
}
