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
pub mod facts;
pub mod fidelity;
pub mod markup_rules;
pub mod plural;
pub mod policy;
pub mod report;
pub mod run;

use serde::Serialize;

use crate::config::LocaleStatus;
use crate::diag::{Diagnostic, Severity};

pub use compare::{
    Filter, FilterAction, Job, Pair, RefFile, Reference, check_jobs, prepare_reference,
};

/// One finding: a diagnostic about a locale, and the message it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub locale: String,
    pub id: Option<String>,
    /// The translation file the finding is about (for a missing message, the
    /// file it is missing from; its location points into the English).
    pub target: std::path::PathBuf,
    pub diag: Diagnostic,
}

/// Per-locale figures.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// Messages and terms of the English source that this locale should have.
    pub total: usize,
    pub total_words: usize,
    /// Present and different from English.
    pub translated: usize,
    /// Present and identical to English.
    pub identical: usize,
    pub missing: usize,
    pub missing_words: usize,
    /// Present, but made from an older English.
    pub outdated: usize,
    pub outdated_words: usize,
    /// In the translation, not in the English.
    pub obsolete: usize,
    /// Missing or obsolete entries that a filter turned into warnings (compare-locales' `report`).
    pub report: usize,
    pub errors: usize,
    pub warnings: usize,
}

impl Stats {
    /// Share of the English entries present and current, in percent.
    pub fn percent_complete(&self) -> f64 {
        if self.total == 0 {
            return 100.0;
        }
        let done = (self.translated + self.identical).saturating_sub(self.outdated);
        (done as f64 * 1000.0 / self.total as f64).round() / 10.0
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
}
