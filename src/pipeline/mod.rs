//! The pipeline as named steps, shared by the CLI and tests: load the English
//! sources, plan (or check) the English catalogs, and build every locale's
//! pages and PDFs. Reads inputs and returns results; only [`build`] and
//! [`commit_outputs`] write, through [`crate::output`]. Nothing here prints.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

mod pdf;
mod prepare;
mod site;

pub use pdf::{font_set, render_pdf_set};
pub use site::{BuildOptions, BuildReport, Shard, Staged, build, commit_outputs, render_site};

use crate::catalog::{Catalog, parse_catalog};
use crate::config::Project;
use crate::content::{Article, load_articles};
use crate::diag::{Diagnostic, Location, Severity};
use crate::error::Result;
use crate::locale::Locale;
use crate::split::{ArticlePlan, plain_terms, plan_article, previous_messages, write_ftl};

/// The file name of the site bundle in every locale folder.
pub const SITE_FILE: &str = "site.ftl";

/// The English side of a project: articles, their planned catalogs, and the
/// site bundle.
#[derive(Debug)]
pub struct Sources {
    pub articles: Vec<Article>,
    pub plans: Vec<ArticlePlan>,
    /// The text `folio split` would write for each article (same order).
    pub english_text: Vec<String>,
    /// `english_text` parsed: the English catalogs a build renders from.
    pub english: Vec<Catalog>,
    pub site: Catalog,
    /// Findings in the English sources (content and `locales/en`), the
    /// editors' lints included.
    pub diagnostics: Vec<Diagnostic>,
    /// The editors' lints ([`crate::lint`]) with the catalog file and message
    /// they concern, policy applied; their diagnostics are also in `diagnostics`.
    pub lints: Vec<crate::lint::Lint>,
}

impl Sources {
    /// True if an English finding is an error: nothing may be built on it.
    pub fn is_broken(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }
}

pub(crate) fn catalog_rel(project: &Project, locale: &Locale, file: &str) -> PathBuf {
    project.locales_dir.join(locale.as_str()).join(file)
}

/// Loads a locale's catalog file, or `None` if it does not exist; a path
/// that is not a readable regular file gives an empty catalog with a
/// `not-a-file` or `unreadable-file` error (see [`crate::catalog::open_optional`]).
pub fn load_optional(project: &Project, locale: &Locale, file: &str) -> Result<Option<Catalog>> {
    crate::catalog::open_optional(&project.root, &catalog_rel(project, locale, file))
}

/// Reads the English content and site bundle and plans every article's
/// English catalog against the one on disk (so IDs stay stable).
pub fn load_sources(project: &Project) -> Result<Sources> {
    let (articles, mut diagnostics) = load_articles(&project.root, &project.content_dir)?;
    let en = &project.source;
    let site = match load_optional(project, en, SITE_FILE)? {
        Some(c) => c,
        None => {
            let rel = catalog_rel(project, en, SITE_FILE);
            diagnostics.push(Diagnostic::new(
                Severity::Error,
                "missing-file",
                Location::file(&rel),
                "the English site bundle is missing",
            ));
            parse_catalog(&rel, "")
        }
    };
    diagnostics.extend(site.diagnostics.iter().cloned());
    let terms = plain_terms(&site);
    let reserved: BTreeSet<String> = site.entries.iter().map(|e| e.id.clone()).collect();
    // Articles are planned independently: in parallel, results in order.
    use rayon::prelude::*;
    let planned: Vec<(ArticlePlan, String, Catalog, Vec<Diagnostic>)> = articles
        .par_iter()
        .map(|article| {
            let file = format!("{}.ftl", article.slug);
            let mut diagnostics = Vec::new();
            let previous = match load_optional(project, en, &file)? {
                Some(c) => {
                    diagnostics.extend(c.diagnostics.iter().cloned());
                    previous_messages(&c)
                }
                None => Vec::new(),
            };
            let (plan, d) = plan_article(article, &terms, &previous, &reserved);
            diagnostics.extend(d);
            let text = write_ftl(article, &plan);
            let english = parse_catalog(&catalog_rel(project, en, &file), &text);
            Ok((plan, text, english, diagnostics))
        })
        .collect::<Result<_>>()?;
    let mut plans = Vec::new();
    let mut english_text = Vec::new();
    let mut english = Vec::new();
    for (plan, text, catalog, d) in planned {
        diagnostics.extend(d);
        plans.push(plan);
        english_text.push(text);
        english.push(catalog);
    }
    let lints = crate::lint::lint_sources(project, &articles, &plans, &site, SITE_FILE);
    diagnostics.extend(lints.iter().map(|l| l.diag.clone()));
    Ok(Sources {
        lints,
        articles,
        plans,
        english,
        english_text,
        site,
        diagnostics,
    })
}

/// One English catalog that `folio split` would change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaleCatalog {
    pub path: PathBuf,
    /// Message IDs added, removed or changed, for the report.
    pub added: Vec<String>,
    pub removed: Vec<String>,
    pub changed: Vec<String>,
    /// True when only layout (comments, order) differs.
    pub layout_only: bool,
}

/// Compares the planned English catalogs with the files on disk.
pub fn stale_catalogs(project: &Project, sources: &Sources) -> Vec<StaleCatalog> {
    let mut out = Vec::new();
    for ((article, text), english) in sources
        .articles
        .iter()
        .zip(&sources.english_text)
        .zip(&sources.english)
    {
        let rel = catalog_rel(project, &project.source, &format!("{}.ftl", article.slug));
        let old = std::fs::read_to_string(project.root.join(&rel)).unwrap_or_default();
        if old == *text {
            continue;
        }
        let old_msgs: BTreeMap<String, String> = previous_messages(&parse_catalog(&rel, &old))
            .into_iter()
            .collect();
        let new_msgs: BTreeMap<String, String> = previous_messages(english).into_iter().collect();
        let added: Vec<String> = new_msgs
            .keys()
            .filter(|k| !old_msgs.contains_key(*k))
            .cloned()
            .collect();
        let removed: Vec<String> = old_msgs
            .keys()
            .filter(|k| !new_msgs.contains_key(*k))
            .cloned()
            .collect();
        let changed: Vec<String> = new_msgs
            .iter()
            .filter(|(k, v)| old_msgs.get(*k).is_some_and(|o| o != *v))
            .map(|(k, _)| k.clone())
            .collect();
        let layout_only = added.is_empty() && removed.is_empty() && changed.is_empty();
        out.push(StaleCatalog {
            path: rel,
            added,
            removed,
            changed,
            layout_only,
        });
    }
    out
}

/// Writes the planned English catalogs, then records their English (and
/// that of the hand-written ones, `site.ftl`) in the source locale's
/// outdated record if the project has one (see
/// [`crate::check::run::record_english`]); returns the files that changed.
pub fn write_english(project: &Project, sources: &Sources) -> Result<Vec<PathBuf>> {
    let mut written = Vec::new();
    for (article, text) in sources.articles.iter().zip(&sources.english_text) {
        let rel = catalog_rel(project, &project.source, &format!("{}.ftl", article.slug));
        let full = project.root.join(&rel);
        if !crate::output::is_unchanged(&full, text.as_bytes()) {
            crate::output::write_atomic(&full, text.as_bytes())?;
            written.push(rel);
        }
    }
    written.extend(crate::check::run::record_english(project)?);
    Ok(written)
}
