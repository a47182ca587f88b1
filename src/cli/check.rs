//! `folio check` and `folio mark-current`.

use std::path::PathBuf;

use crate::check::policy::parse_fail_on;
use crate::check::report::{Format, render};
use crate::check::run::{check_project, mark_current};
use crate::config::Project;
use crate::error::{Error, Result};
use crate::locale::Locale;

use super::{EXIT_OK, EXIT_POLICY, print_line};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Locales to check (default: every locale of the project or l10n.toml).
    locales: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    format: Format,
    /// Fail (exit 1) when a required locale has a finding at or above this
    /// severity: error, warning, info or never. Overrides `check.fail-on`.
    #[arg(long, value_name = "SEVERITY")]
    fail_on: Option<String>,
    /// Show at most N findings in the human format (0: all).
    #[arg(long, default_value_t = 200, value_name = "N")]
    max_findings: usize,
    /// Check a project described by compare-locales' l10n.toml files instead of folio.toml.
    #[arg(long = "l10n-toml", value_name = "FILE")]
    l10n_toml: Vec<PathBuf>,
}

/// Runs `check` on a folio project.
pub fn run(project: &Project, args: &Args) -> Result<u8> {
    let locales = parse_locales(&args.locales)?;
    let progress = super::spinner("checking");
    let report = check_project(project, &locales);
    progress.finish_and_clear();
    let mut report = report?;
    apply_fail_on(&mut report, args, &project.policy)?;
    finish(&report, args)
}

/// Runs `check --l10n-toml`.
pub fn run_l10n(args: &Args) -> Result<u8> {
    let progress = super::spinner("checking");
    let report = crate::l10n_toml::check(&args.l10n_toml, &args.locales);
    progress.finish_and_clear();
    let mut report = report?;
    let policy = crate::check::policy::Policy::default();
    apply_fail_on(&mut report, args, &policy)?;
    finish(&report, args)
}

/// True if this invocation uses l10n.toml files (and needs no folio.toml).
pub fn uses_l10n_toml(args: &Args) -> bool {
    !args.l10n_toml.is_empty()
}

fn apply_fail_on(
    report: &mut crate::check::CheckReport,
    args: &Args,
    policy: &crate::check::policy::Policy,
) -> Result<()> {
    let fail_on = match &args.fail_on {
        Some(s) => parse_fail_on(s).map_err(|e| Error::Input(format!("--fail-on: {e}")))?,
        None => policy.fail_on,
    };
    report.apply_fail_on(fail_on);
    Ok(())
}

fn finish(report: &crate::check::CheckReport, args: &Args) -> Result<u8> {
    let text = render(report, args.format, args.max_findings);
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes());
    Ok(if report.failed() {
        EXIT_POLICY
    } else {
        EXIT_OK
    })
}

fn parse_locales(tags: &[String]) -> Result<Vec<Locale>> {
    tags.iter()
        .map(|t| t.parse::<Locale>().map_err(|e| Error::Input(e.to_string())))
        .collect()
}

#[derive(Debug, clap::Args)]
pub struct MarkArgs {
    /// Message IDs (globs) to mark; default: every translated message.
    ids: Vec<String>,
    /// Only these locales (repeatable); default: every translated locale.
    #[arg(long = "locale", value_name = "LOCALE")]
    locales: Vec<String>,
    /// Mark an English edit of these IDs as cosmetic: translations that were
    /// current stay current in every locale.
    #[arg(long, conflicts_with = "locales")]
    cosmetic: bool,
}

/// Runs `mark-current`.
pub fn run_mark(project: &Project, args: &MarkArgs) -> Result<u8> {
    let locales = parse_locales(&args.locales)?;
    for l in &locales {
        if !project.locales.contains(l) || *l == project.source {
            return Err(Error::Input(format!(
                "`{l}` is not a translated locale of this project"
            )));
        }
    }
    let marked = mark_current(project, &locales, &args.ids, args.cosmetic)?;
    for (locale, n) in &marked.marked {
        print_line(&format!("{locale}: {n} translation(s) recorded as current"));
    }
    for w in &marked.written {
        print_line(&format!("wrote {}", w.display()));
    }
    Ok(EXIT_OK)
}
