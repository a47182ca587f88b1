//! folio's integration tests: one binary (each extra test binary is another
//! link step on a 2-core CI machine). Tests write only to temporary folders.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod broken;
mod bundled;
mod check;
mod cli;
mod hardening;
mod html;
mod incremental;
mod l10n_toml;
mod lints;
mod outdated;
mod pdf;
mod properties;
mod pseudo;
mod reports;
mod serve;
mod stability;
mod support;
