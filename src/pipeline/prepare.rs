//! Loading every locale once before a build: catalogs, what is translated,
//! outdated and missing.

use std::collections::{BTreeMap, BTreeSet};

use super::site::BuildReport;
use super::{SITE_FILE, Sources, catalog_rel, load_optional, stale_catalogs};
use crate::catalog::{Catalog, parse_catalog};
use crate::config::Project;
use crate::error::{Error, Result};
use crate::locale::Locale;
use crate::localize::Localizer;

/// One locale's site bundle, and what a build needs to know of each of its
/// article files without keeping them: memory holds the site bundles and
/// these facts, and an article's catalog is parsed again by the task that
/// renders it.
pub(super) struct LocaleCatalogs {
    pub(super) site: Option<Catalog>,
    pub(super) articles: Vec<ArticleFacts>,
}

/// What is known of one translated article file.
pub(super) struct ArticleFacts {
    /// Hash of the catalog text ("-" when there is none), for fingerprints.
    pub(super) text_hash: String,
    /// The article's title in this locale (or English), for the indexes.
    pub(super) title: String,
}

/// A pseudo-locale's catalog of an English file (see [`crate::pseudo`]).
fn pseudo_catalog(
    project: &Project,
    locale: &Locale,
    file: &str,
    english: &str,
) -> Option<Catalog> {
    let text = crate::pseudo::pseudo_ftl(locale.as_str(), english)?;
    Some(parse_catalog(&catalog_rel(project, locale, file), &text))
}

fn is_pseudo(project: &Project, l: &Locale) -> bool {
    crate::pseudo::PSEUDO_LOCALES.contains(&l.as_str()) && !project.locales.contains(l)
}

/// Every locale's catalogs, loaded once, with what is translated and outdated.
pub(super) struct Prepared {
    pub(super) locales: Vec<Locale>,
    pub(super) loaded: BTreeMap<Locale, LocaleCatalogs>,
    pub(super) status: crate::status::SiteStatus,
    pub(super) outdated_sets: BTreeMap<(Locale, String), BTreeSet<String>>,
    /// Per (locale, file name): messages and terms with an error-level
    /// finding of `folio check`, never shown (see [`Localizer::withhold`]).
    pub(super) withheld: BTreeMap<(Locale, String), BTreeSet<String>>,
}

impl Prepared {
    /// Parses locale `locale`'s catalog of article `k` (again): `None` for
    /// the source locale or when there is no file.
    pub(super) fn article_catalog(
        &self,
        project: &Project,
        sources: &Sources,
        locale: &Locale,
        k: usize,
    ) -> Result<Option<Catalog>> {
        let file = format!("{}.ftl", sources.articles[k].slug);
        if *locale == project.source {
            Ok(None)
        } else if is_pseudo(project, locale) {
            Ok(pseudo_catalog(
                project,
                locale,
                &file,
                &sources.english_text[k],
            ))
        } else {
            load_optional(project, locale, &file)
        }
    }

    /// Runs `f` with the localizers of one article in one locale: the
    /// locale's own (its site bundle and `translated`, English behind them)
    /// and the English one (the markup template and the fallback).
    pub(super) fn with_localizers<R>(
        &self,
        project: &Project,
        sources: &Sources,
        locale: &Locale,
        k: usize,
        translated: Option<&Catalog>,
        f: impl FnOnce(&Localizer<'_>, &Localizer<'_>) -> R,
    ) -> R {
        let en = &project.source;
        let english_res = [
            sources.site.bundle_resource(),
            sources.english[k].bundle_resource(),
        ];
        let english = Localizer::new(en.clone(), &english_res, None);
        if locale == en {
            return f(&english, &english);
        }
        let own: Vec<_> = self.loaded[locale]
            .site
            .iter()
            .chain(translated)
            .map(|c| c.bundle_resource())
            .collect();
        let mut local = Localizer::new(locale.clone(), &own, Some(&english_res));
        local.withhold(self.withheld_for(locale, &sources.articles[k].slug));
        f(&local, &english)
    }

    /// The withheld IDs of one article's page or PDF (its file and the site bundle).
    pub(super) fn withheld_for(&self, locale: &Locale, slug: &str) -> BTreeSet<String> {
        let mut ids = BTreeSet::new();
        for file in [format!("{slug}.ftl"), SITE_FILE.to_owned()] {
            if let Some(set) = self.withheld.get(&(locale.clone(), file)) {
                ids.extend(set.iter().cloned());
            }
        }
        ids
    }

    /// The outdated message IDs shown on one article's page or PDF.
    pub(super) fn outdated_for(&self, locale: &Locale, slug: &str) -> BTreeSet<String> {
        let mut outdated: BTreeSet<String> = self
            .outdated_sets
            .get(&(locale.clone(), slug.to_owned()))
            .cloned()
            .unwrap_or_default();
        outdated.extend(
            self.outdated_sets
                .get(&(locale.clone(), SITE_FILE.to_owned()))
                .cloned()
                .unwrap_or_default(),
        );
        outdated
    }
}

pub(super) fn check_sources(project: &Project, sources: &Sources) -> Result<()> {
    if sources.is_broken() {
        return Err(Error::Input(
            "the English sources have errors; nothing was built".into(),
        ));
    }
    if let Some(s) = stale_catalogs(project, sources).first() {
        return Err(Error::Input(format!(
            "{} is out of date with content/; run `folio split` first",
            s.path.display()
        )));
    }
    Ok(())
}

/// Loads every locale once; counts what is translated, outdated, missing.
pub(super) fn prepare(
    project: &Project,
    sources: &Sources,
    pseudo: bool,
    only: &[Locale],
    report: &mut BuildReport,
) -> Result<Prepared> {
    use crate::status::{SiteStatus, outdated_ids, tally};
    let en = &project.source;
    let en_catalogs = &sources.english;
    let mut loaded: BTreeMap<Locale, LocaleCatalogs> = BTreeMap::new();
    let mut status = SiteStatus::default();
    let mut outdated_sets: BTreeMap<(Locale, String), BTreeSet<String>> = BTreeMap::new();
    let mut locales = project.locales.clone();
    if pseudo {
        locales.extend(
            crate::pseudo::PSEUDO_LOCALES
                .iter()
                .filter_map(|t| t.parse().ok()),
        );
    }
    for l in only {
        if !locales.contains(l) {
            return Err(Error::Input(format!(
                "`{l}` is not a locale of this project (see `locales` in folio.toml)"
            )));
        }
    }
    if !only.is_empty() {
        locales.retain(|l| only.contains(l));
    }
    let is_pseudo = |l: &Locale| is_pseudo(project, l);
    // `folio check` runs on every real translation first: a message with an
    // error-level finding is never shown (the English is, marked).
    let mut withheld: BTreeMap<(Locale, String), BTreeSet<String>> = BTreeMap::new();
    let checked: Vec<&Locale> = locales
        .iter()
        .filter(|l| *l != en && !is_pseudo(l))
        .collect();
    let reference = if checked.is_empty() {
        None
    } else {
        Some(crate::check::run::load_reference(project)?)
    };
    for locale in &locales {
        let is_source = locale == en;
        if let Some(reference) = reference.as_ref().filter(|_| checked.contains(&locale)) {
            withhold_errors(project, reference, locale, &mut withheld, report)?;
        }
        let withheld_site = withheld
            .get(&(locale.clone(), SITE_FILE.to_owned()))
            .cloned()
            .unwrap_or_default();
        let site = if is_source {
            None
        } else if is_pseudo(locale) {
            pseudo_catalog(project, locale, SITE_FILE, sources.site.text())
        } else {
            load_optional(project, locale, SITE_FILE)?
        };
        let basis = if is_source {
            Default::default()
        } else {
            crate::check::basis::read(
                &project
                    .locale_dir(locale)
                    .join(crate::check::basis::BASIS_FILE),
            )?
            .unwrap_or_default()
        };
        if let Some(c) = &site {
            report.diagnostics.extend(c.diagnostics.iter().cloned());
        }
        let site_outdated = outdated_ids(&sources.site, site.as_ref(), basis.get(SITE_FILE));
        let site_ref = if is_source {
            Some(&sources.site)
        } else {
            site.as_ref()
        };
        status.site.insert(
            locale.clone(),
            tally(&sources.site, site_ref, &site_outdated),
        );
        outdated_sets.insert((locale.clone(), SITE_FILE.to_owned()), site_outdated);
        // Articles in parallel; each file is parsed, counted and dropped.
        use rayon::prelude::*;
        type Counted = (
            crate::status::Tally,
            BTreeSet<String>,
            Vec<crate::diag::Diagnostic>,
            ArticleFacts,
        );
        let counted: Vec<Counted> = (0..sources.articles.len())
            .into_par_iter()
            .map(|k| {
                let article = &sources.articles[k];
                let file = format!("{}.ftl", article.slug);
                let translated = if is_source {
                    None
                } else if is_pseudo(locale) {
                    pseudo_catalog(project, locale, &file, &sources.english_text[k])
                } else {
                    load_optional(project, locale, &file)?
                };
                let diagnostics = translated
                    .as_ref()
                    .map(|c| c.diagnostics.clone())
                    .unwrap_or_default();
                let outdated = outdated_ids(&en_catalogs[k], translated.as_ref(), basis.get(&file));
                let t_ref = if is_source {
                    Some(&en_catalogs[k])
                } else {
                    translated.as_ref()
                };
                let tally = tally(&en_catalogs[k], t_ref, &outdated);
                let english_res = [
                    sources.site.bundle_resource(),
                    en_catalogs[k].bundle_resource(),
                ];
                let own: Vec<_> = site
                    .iter()
                    .chain(translated.iter())
                    .map(|c| c.bundle_resource())
                    .collect();
                let localizer = if is_source {
                    Localizer::new(en.clone(), &english_res, None)
                } else {
                    let mut l = Localizer::new(locale.clone(), &own, Some(&english_res));
                    l.withhold(withheld_site.iter().cloned());
                    if let Some(ids) = withheld.get(&(locale.clone(), file.clone())) {
                        l.withhold(ids.iter().cloned());
                    }
                    l
                };
                let title = crate::render::html::plain(
                    &localizer.format(crate::split::TITLE_ID, None).text,
                );
                let text_hash = translated.as_ref().map_or_else(
                    || "-".to_owned(),
                    |c| crate::cache::hash_bytes(c.text().as_bytes()),
                );
                Ok((
                    tally,
                    outdated,
                    diagnostics,
                    ArticleFacts { text_hash, title },
                ))
            })
            .collect::<Result<_>>()?;
        let mut articles = Vec::new();
        for ((tally, outdated, diagnostics, facts), article) in
            counted.into_iter().zip(&sources.articles)
        {
            report.diagnostics.extend(diagnostics);
            status
                .articles
                .insert((locale.clone(), article.slug.clone()), tally);
            outdated_sets.insert((locale.clone(), article.slug.clone()), outdated);
            articles.push(facts);
        }
        loaded.insert(locale.clone(), LocaleCatalogs { site, articles });
    }

    Ok(Prepared {
        locales,
        loaded,
        status,
        outdated_sets,
        withheld,
    })
}

/// Runs `folio check` on one locale (the project's policy) and records each
/// message or term with an error-level finding as withheld, with a build
/// diagnostic saying so. Completeness (missing, obsolete, outdated) is not
/// an error of the text shown and does not withhold anything.
fn withhold_errors(
    project: &Project,
    reference: &crate::check::Reference,
    locale: &Locale,
    withheld: &mut BTreeMap<(Locale, String), BTreeSet<String>>,
    report: &mut BuildReport,
) -> Result<()> {
    use crate::diag::Severity;
    let jobs = crate::check::run::project_jobs(project, reference, std::slice::from_ref(locale))?;
    let checked = crate::check::check_jobs(reference, &jobs, &project.policy);
    let dir = project.locales_dir.join(locale.as_str());
    let required = project.status.get(locale).copied().unwrap_or_default()
        == crate::config::LocaleStatus::Required;
    for f in checked.findings {
        if f.locale != locale.as_str() || f.diag.severity != Severity::Error {
            continue;
        }
        if crate::check::UNREADABLE_CODES.contains(&f.diag.code) {
            // Reported from the catalog itself; it fails the build.
            report.failed = true;
            continue;
        }
        let Some(id) = f.id else { continue };
        let code = f.diag.code;
        if code == "outdated"
            || code.starts_with("obsolete-")
            || crate::check::codes::lookup(code).is_some_and(|c| c.completeness)
        {
            continue;
        }
        let Ok(file) = f.target.strip_prefix(&dir) else {
            continue;
        };
        let file = file.to_string_lossy().replace('\\', "/");
        let fresh = withheld
            .entry((locale.clone(), file))
            .or_default()
            .insert(id.clone());
        let mut d = f.diag;
        if fresh {
            d = d.with_hint(format!(
                "`{id}` is not shown in {locale}: its pages and PDFs show the English, marked as fallback"
            ));
        }
        report.diagnostics.push(d);
        *report.withheld.entry(locale.clone()).or_default() += usize::from(fresh);
        report.failed |= required;
    }
    Ok(())
}
