//! `folio check`: every locale against the English source. Completeness
//! (missing, obsolete, outdated), integrity (syntax, duplicates, references,
//! variables, selects, markup, characters) and fidelity (numbers, phones,
//! URLs, e-mail). Findings are data with stable codes; [`policy`] gives them
//! severities; [`report`] renders them for people and for CI.
//!
//! ```text
//! reference files ──prepare (once, in parallel)──► RefFile (entries + facts)
//! per locale (in parallel): load l10n files ─► compare entry by entry ─► Findings + Stats
//! ```

pub mod basis;
pub mod chars;
pub mod codes;
mod compare;
mod cycles;
mod entry;
pub mod facts;
pub mod fidelity;
pub mod markup_rules;
pub mod plural;
pub mod policy;
pub mod report;
pub mod run;
mod size;
mod spans;
pub mod word_diff;

use serde::Serialize;

use crate::config::LocaleStatus;
use crate::diag::{Diagnostic, Severity};

pub use compare::{
    Filter, FilterAction, Job, Pair, RefFile, Reference, UNREADABLE_CODES, check_jobs,
    check_loaded, prepare_reference,
};

/// Checks a translation text against an English text, both in memory (one
/// file each), with the default policy: the entry point for fuzzing and for
/// quick checks of a single file.
///
/// ```
/// let report = folio::check::check_texts("en", "a = Take 2 tablets\n", "es", "a = Tome 3 comprimidos\n");
/// assert_eq!(report.findings[0].diag.code, "number-mismatch");
/// ```
pub fn check_texts(
    source_locale: &str,
    english: &str,
    locale: &str,
    translation: &str,
) -> CheckReport {
    let path = std::path::PathBuf::from("main.ftl");
    let en =
        crate::catalog::parse_catalog(&std::path::Path::new(source_locale).join(&path), english);
    let reference = Reference::new(
        source_locale,
        vec![prepare_reference("main.ftl".into(), en)],
    );
    let shown = std::path::Path::new(locale).join(&path);
    let tr = crate::catalog::parse_catalog(&shown, translation);
    let job = Job {
        locale: locale.to_owned(),
        status: crate::config::LocaleStatus::Required,
        pairs: vec![Pair {
            reference: 0,
            path: shown.clone(),
            full: shown,
        }],
        obsolete_files: Vec::new(),
        filter: None,
        basis: None,
    };
    let policy = policy::Policy::default();
    let (summary, findings) = check_loaded(&reference, &job, vec![Some(tr)], &policy);
    CheckReport {
        summaries: vec![summary],
        findings,
        fail_on: policy.fail_on,
    }
}

/// One finding: a diagnostic about a locale, and the message it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub locale: String,
    pub id: Option<String>,
    /// The translation file the finding is about (for a missing message, the
    /// file it is missing from; its location points into the English).
    pub target: std::path::PathBuf,
    pub diag: Diagnostic,
    /// For `outdated`: the English the translation was made from, and the English now.
    pub english_change: Option<Box<EnglishChange>>,
}

/// An English text before and after an edit, in Fluent source form
/// (attributes as `.name = value` lines).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnglishChange {
    pub old: String,
    pub new: String,
}

/// Per-locale (and per-file) figures. Completeness is defined once, by
/// [`crate::status::Tally`]: [`Stats::completeness`] gives it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// Messages and terms of the English source that this locale should
    /// have (entries a compare-locales filter ignores are not counted):
    /// `translated` + `missing` + `report`.
    pub total: usize,
    pub total_words: usize,
    /// Present in the translation, `identical` and `outdated` included.
    pub translated: usize,
    /// Present and identical to English (part of `translated`).
    pub identical: usize,
    pub missing: usize,
    pub missing_words: usize,
    /// Present, but made from an older English (part of `translated`).
    pub outdated: usize,
    pub outdated_words: usize,
    /// In the translation, not in the English.
    pub obsolete: usize,
    /// Missing entries that a filter turned into warnings (compare-locales'
    /// `report`; obsolete ones it reported are counted in `obsolete`).
    pub report: usize,
    pub errors: usize,
    pub warnings: usize,
}

impl Stats {
    /// The counts added since `earlier` (a snapshot of the same running total).
    pub fn minus(&self, earlier: &Stats) -> Stats {
        Stats {
            total: self.total - earlier.total,
            total_words: self.total_words - earlier.total_words,
            translated: self.translated - earlier.translated,
            identical: self.identical - earlier.identical,
            missing: self.missing - earlier.missing,
            missing_words: self.missing_words - earlier.missing_words,
            outdated: self.outdated - earlier.outdated,
            outdated_words: self.outdated_words - earlier.outdated_words,
            obsolete: self.obsolete - earlier.obsolete,
            report: self.report - earlier.report,
            errors: self.errors.saturating_sub(earlier.errors),
            warnings: self.warnings.saturating_sub(earlier.warnings),
        }
    }

    /// Completeness as [`crate::status::Tally`] defines it: missing entries
    /// a filter reported (`report`) are missing too.
    pub fn completeness(&self) -> crate::status::Tally {
        crate::status::Tally {
            total: self.total,
            translated: self.translated,
            outdated: self.outdated,
            missing: self.missing + self.report,
        }
    }

    /// Percent complete ([`crate::status::Tally::percent_complete`]).
    pub fn percent_complete(&self) -> f64 {
        self.completeness().percent_complete()
    }
}

/// One locale's result.
#[derive(Debug, Clone, PartialEq)]
pub struct LocaleSummary {
    pub locale: String,
    pub status: LocaleStatus,
    pub stats: Stats,
    /// True if this locale fails the policy.
    pub failed: bool,
    /// The translation files checked (shown paths, `/`-separated).
    pub files: Vec<String>,
    /// The figures of each translation file, in the order checked.
    pub by_file: Vec<(String, Stats)>,
}

/// The result of a check run.
#[derive(Debug, Clone, Default)]
pub struct CheckReport {
    /// Sorted by locale.
    pub summaries: Vec<LocaleSummary>,
    /// Sorted by locale, file, line, column, code.
    pub findings: Vec<Finding>,
    /// The lowest severity that fails a required locale (`None`: never).
    pub fail_on: Option<Severity>,
}

impl CheckReport {
    /// True if any locale fails the policy.
    pub fn failed(&self) -> bool {
        self.summaries.iter().any(|s| s.failed)
    }

    /// Decides again which locales fail, with another `fail_on` (`--fail-on`).
    pub fn apply_fail_on(&mut self, fail_on: Option<Severity>) {
        self.fail_on = fail_on;
        let mut by_locale: std::collections::HashMap<&str, Vec<&Finding>> = Default::default();
        for f in &self.findings {
            by_locale.entry(f.locale.as_str()).or_default().push(f);
        }
        for s in &mut self.summaries {
            let findings = by_locale
                .get(s.locale.as_str())
                .map_or(&[][..], Vec::as_slice);
            s.failed = locale_fails(s.status, fail_on, findings.iter().map(|f| &f.diag));
        }
    }
}

/// The one rule for a failing locale: a translation file that cannot be
/// read fails whatever the locale's status (the project is broken, not in
/// progress); otherwise a required locale fails on a finding at or above
/// `fail_on`.
pub fn locale_fails<'a>(
    status: LocaleStatus,
    fail_on: Option<Severity>,
    findings: impl Iterator<Item = &'a Diagnostic> + Clone,
) -> bool {
    let unreadable = findings
        .clone()
        .any(|d| d.severity == Severity::Error && UNREADABLE_CODES.contains(&d.code));
    unreadable
        || (status == LocaleStatus::Required
            && fail_on.is_some_and(|t| findings.clone().any(|d| d.severity >= t)))
}
