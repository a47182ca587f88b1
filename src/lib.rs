//! folio: a localization pipeline for health-information content.
//!
//! The pipeline, one module per stage:
//!
//! ```text
//! content/*.md ──content::load──► Document ──content::segment──► Segments (id, kind, text, links)
//!                                                   │ split::plan (stable ids) ──► locales/en/<slug>.ftl
//! locales/<lang>/*.ftl ──catalog::load──► Catalog (messages, terms, byte spans, diagnostics)
//!                                                   │
//!              localize(doc, lang → en fallback) ──► LocalizedPage (knows which blocks fell back)
//!                                                   │
//!                    render::html ──► String ─┐
//!   layout (bidi, fonts, shaping, lines, pages) ──► render::pdf ──► bytes ─┤
//!                                                                         ▼
//!              pipeline (cache, batches, staging) ──output (atomic renames)
//! ```
//!
//! Library code never prints and never panics on input: findings are
//! [`diag::Diagnostic`] values collected along the way, and only I/O and
//! configuration problems are fatal ([`error::Error`]).

pub mod bidi;
pub mod cache;
pub mod catalog;
pub mod check;
pub mod cli;
pub mod config;
pub mod content;
pub mod diag;
pub mod error;
pub mod l10n_toml;
pub mod layout;
pub mod lint;
pub mod locale;
pub mod localize;
pub mod markup;
pub mod output;
pub mod pipeline;
pub mod position;
pub mod pseudo;
pub mod render;
pub mod scaffold;
pub mod select;
pub mod serve;
pub mod split;
pub mod status;
