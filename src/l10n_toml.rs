//! compare-locales' project format (l10n.toml). Placeholder until the
//! reader lands in the next commit.

use std::path::PathBuf;

use crate::check::CheckReport;
use crate::error::{Error, Result};

/// Checks the project described by `configs`.
pub fn check(_configs: &[PathBuf], _locales: &[String]) -> Result<CheckReport> {
    Err(Error::Input(
        "l10n.toml projects are not supported yet".into(),
    ))
}
