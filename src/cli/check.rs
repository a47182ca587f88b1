//! `folio check` and `folio mark-current`.

use std::path::PathBuf;

use crate::check::policy::parse_fail_on;
use crate::check::report::{Format, render};
use crate::check::run::{check_project, mark_current};
use crate::config::Project;
use crate::error::{Error, Result};
use crate::locale::Locale;

use super::{EXIT_OK, EXIT_POLICY, eprint_line, print_line};

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
    let locales = target_locales(project, &args.locales)?;
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

/// Parses locale arguments, each of which must be a translated locale of
/// the project (checking or marking an unconfigured locale would pass at
/// 0 % or record nothing, and a typo would go unnoticed).
pub(super) fn target_locales(project: &Project, tags: &[String]) -> Result<Vec<Locale>> {
    let configured = || {
        project
            .targets()
            .map(|l| format!("`{l}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    tags.iter()
        .map(|t| {
            let l = t
                .parse::<Locale>()
                .map_err(|e| Error::Input(format!("{e}; the translated locales of this project are {}", configured())))?;
            if l == project.source {
                return Err(Error::Input(format!(
                    "`{l}` is the source locale, which the others are checked against; the translated locales of this project are {}",
                    configured()
                )));
            }
            if !project.locales.contains(&l) {
                return Err(Error::Input(format!(
                    "`{t}` is not a locale of this project (folio.toml `locales`); its translated locales are {}",
                    configured()
                )));
            }
            Ok(l)
        })
        .collect()
}

#[derive(Debug, clap::Args)]
pub struct MarkArgs {
    /// Message IDs (globs; terms with their `-`) to mark; default: every
    /// translated message. An ID that matches no English message is an error.
    ids: Vec<String>,
    /// Only these locales (repeatable); default: every translated locale.
    #[arg(long = "locale", value_name = "LOCALE")]
    locales: Vec<String>,
    /// Mark the last English edit of these IDs as cosmetic: translations
    /// made from the English just before it stay current in every locale;
    /// ones made from an older English stay outdated (exit 1).
    #[arg(long, conflicts_with = "locales", requires = "ids")]
    cosmetic: bool,
}

/// Runs `mark-current`.
pub fn run_mark(project: &Project, args: &MarkArgs) -> Result<u8> {
    let locales = target_locales(project, &args.locales)?;
    let marked = mark_current(project, &locales, &args.ids, args.cosmetic)?;
    for (locale, n) in &marked.marked {
        print_line(&format!("{locale}: {n} translation(s) recorded as current"));
    }
    for w in &marked.written {
        print_line(&format!("wrote {}", w.display()));
    }
    for id in &marked.unedited {
        print_line(&format!(
            "note: the English of `{id}` has no recorded change, so there was no edit to mark as cosmetic"
        ));
    }
    // One warning per message, naming its locales (in the project's order).
    let mut left: Vec<((&str, &str), Vec<&str>)> = Vec::new();
    for (locale, file, id) in &marked.left_outdated {
        let key = (file.as_str(), id.as_str());
        match left.iter_mut().find(|(k, _)| *k == key) {
            Some((_, locales)) => locales.push(locale),
            None => left.push((key, vec![locale])),
        }
    }
    for ((file, id), locales) in &left {
        eprint_line(&crate::diag::escape_for_terminal(&format!(
            "warning: `{id}` ({file}) stays outdated in {}: these translations were made from an English older than the one your cosmetic edit changed, so an earlier change of the English is not reviewed (`folio check` shows the whole change); update each, then run `folio mark-current --locale LOCALE {id}`",
            locales.join(", ")
        )));
    }
    Ok(if marked.left_outdated.is_empty() {
        EXIT_OK
    } else {
        EXIT_POLICY
    })
}
