//! The pipeline as named steps, shared by the CLI and tests: load the English
//! sources, plan (or check) the English catalogs, and build every locale's
//! pages. Reads inputs and returns results; only [`build`] writes, through
//! [`crate::output`]. Nothing here prints.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use crate::catalog::{Catalog, load_catalog, parse_catalog};
use crate::config::Project;
use crate::content::{Article, load_articles};
use crate::diag::{Diagnostic, Location, Severity};
use crate::error::{Error, Result};
use crate::locale::Locale;
use crate::localize::Localizer;
use crate::render::html::{PageInput, render_article};
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
    /// Findings in the English sources (content and `locales/en`).
    pub diagnostics: Vec<Diagnostic>,
}

impl Sources {
    /// True if an English finding is an error: nothing may be built on it.
    pub fn is_broken(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }
}

fn catalog_rel(project: &Project, locale: &Locale, file: &str) -> PathBuf {
    project.locales_dir.join(locale.as_str()).join(file)
}

/// Loads a locale's catalog file, or `None` if it does not exist.
pub fn load_optional(project: &Project, locale: &Locale, file: &str) -> Result<Option<Catalog>> {
    let rel = catalog_rel(project, locale, file);
    match std::fs::symlink_metadata(project.root.join(&rel)) {
        Ok(m) if m.is_file() => load_catalog(&project.root, &rel).map(Some),
        Ok(_) => {
            // A link, pipe or device is never opened: it could block, or lead
            // outside the project. Reported, and read as an empty catalog.
            let mut c = parse_catalog(&rel, "");
            c.diagnostics.push(Diagnostic::new(
                Severity::Error,
                "not-a-file",
                Location::file(&rel),
                "only regular files are read as catalogs (not links, pipes or devices); its messages are shown in English",
            ));
            Ok(Some(c))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io(project.root.join(&rel), e)),
    }
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
    let mut plans = Vec::new();
    let mut english_text = Vec::new();
    for article in &articles {
        let file = format!("{}.ftl", article.slug);
        let previous = match load_optional(project, en, &file)? {
            Some(c) => {
                diagnostics.extend(c.diagnostics.iter().cloned());
                previous_messages(&c)
            }
            None => Vec::new(),
        };
        let (plan, d) = plan_article(article, &terms, &previous, &reserved);
        diagnostics.extend(d);
        english_text.push(write_ftl(article, &plan));
        plans.push(plan);
    }
    let english = articles
        .iter()
        .zip(&english_text)
        .map(|(a, text)| parse_catalog(&catalog_rel(project, en, &format!("{}.ftl", a.slug)), text))
        .collect();
    Ok(Sources {
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

/// Writes the planned English catalogs; returns the files that changed.
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
    Ok(written)
}

/// What a build produced.
#[derive(Debug, Default)]
pub struct BuildReport {
    /// Files written, relative to the project root.
    pub written: Vec<PathBuf>,
    /// Per locale: messages shown in English, and outdated translations shown.
    pub fallback: BTreeMap<Locale, usize>,
    pub outdated: BTreeMap<Locale, usize>,
    /// Findings in translations (the build went on with English fallback).
    pub diagnostics: Vec<Diagnostic>,
}

/// One locale's loaded catalogs: the site bundle and each article's file.
struct LocaleCatalogs {
    site: Option<Catalog>,
    articles: Vec<Option<Catalog>>,
}

/// Choices for one build.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// Also build the pseudo-locales `en-XA` and `ar-XB` (never by default).
    pub pseudo: bool,
    /// Also write every locale's PDFs (`folio build` does; tests may not).
    pub pdf: bool,
    /// Paper size instead of the configured one.
    pub paper: Option<crate::layout::Paper>,
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

/// Files a build produced, in memory until the whole build succeeded.
pub type Staged = Vec<(PathBuf, Vec<u8>)>;

fn stage(rel: PathBuf, bytes: &[u8], staged: &mut Staged) {
    staged.push((rel, bytes.to_vec()));
}

/// Writes staged files: each one atomically (temporary file + rename), never
/// through a symbolic link, only if its bytes changed.
pub fn commit_outputs(project: &Project, staged: Staged, report: &mut BuildReport) -> Result<()> {
    let out = project.root.join(&project.output_dir);
    crate::output::remove_stale_temporaries(&out);
    for (rel, bytes) in staged {
        let inside = rel.strip_prefix(&project.output_dir).unwrap_or(&rel);
        crate::output::prepare_dirs(&out, inside)?;
        let full = project.root.join(&rel);
        if !crate::output::is_unchanged(&full, &bytes) {
            crate::output::write_atomic(&full, &bytes)?;
        }
        report.written.push(rel);
    }
    Ok(())
}

/// Builds the site into the output folder: every locale's article pages and
/// PDFs, each locale's index, the language chooser, the status page and the
/// stylesheet. The English sources must be loaded, unbroken and current
/// (see [`stale_catalogs`]).
pub fn build(project: &Project, sources: &Sources, options: &BuildOptions) -> Result<BuildReport> {
    let (staged, mut report) = render_site(project, sources, options)?;
    // Everything rendered: only now touch the output folder.
    commit_outputs(project, staged, &mut report)?;
    Ok(report)
}

/// Every locale's catalogs, loaded once, with what is translated and outdated.
struct Prepared {
    locales: Vec<Locale>,
    loaded: BTreeMap<Locale, LocaleCatalogs>,
    status: crate::status::SiteStatus,
    outdated_sets: BTreeMap<(Locale, String), BTreeSet<String>>,
}

impl Prepared {
    /// The outdated message IDs shown on one article's page or PDF.
    fn outdated_for(&self, locale: &Locale, slug: &str) -> BTreeSet<String> {
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

fn check_sources(project: &Project, sources: &Sources) -> Result<()> {
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
fn prepare(
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
    let is_pseudo = |l: &Locale| {
        crate::pseudo::PSEUDO_LOCALES.contains(&l.as_str()) && !project.locales.contains(l)
    };
    for locale in &locales {
        let is_source = locale == en;
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
        let mut articles = Vec::new();
        for (k, article) in sources.articles.iter().enumerate() {
            let file = format!("{}.ftl", article.slug);
            let translated = if is_source {
                None
            } else if is_pseudo(locale) {
                pseudo_catalog(project, locale, &file, &sources.english_text[k])
            } else {
                load_optional(project, locale, &file)?
            };
            if let Some(c) = &translated {
                report.diagnostics.extend(c.diagnostics.iter().cloned());
            }
            let outdated = outdated_ids(&en_catalogs[k], translated.as_ref(), basis.get(&file));
            let t_ref = if is_source {
                Some(&en_catalogs[k])
            } else {
                translated.as_ref()
            };
            status.articles.insert(
                (locale.clone(), article.slug.clone()),
                tally(&en_catalogs[k], t_ref, &outdated),
            );
            outdated_sets.insert((locale.clone(), article.slug.clone()), outdated);
            articles.push(translated);
        }
        loaded.insert(locale.clone(), LocaleCatalogs { site, articles });
    }

    Ok(Prepared {
        locales,
        loaded,
        status,
        outdated_sets,
    })
}

/// The fonts of one locale's PDFs: its configured chain, or the built-in one.
pub fn font_set(project: &Project, locale: &Locale) -> Result<crate::layout::FontSet> {
    use crate::layout::fonts::{FontSet, builtin_family, file_family};
    let Some(chain) = project.pdf.chains.get(locale) else {
        return Ok(FontSet::builtin(locale.language()));
    };
    let mut families = Vec::new();
    for name in chain {
        if let Some(files) = project.pdf.families.get(name) {
            let files: Vec<_> = files
                .iter()
                .map(|(v, p)| (*v, project.root.join(p)))
                .collect();
            families.push(file_family(name, &files)?);
        } else if let Some(f) = builtin_family(name) {
            families.push(f);
        }
    }
    Ok(FontSet { chain: families })
}

/// Where message `id` of a locale is defined, for a report.
fn message_location(
    project: &Project,
    lc: Option<&LocaleCatalogs>,
    k: usize,
    locale: &Locale,
    slug: &str,
    id: &str,
) -> Location {
    let catalogs = lc.into_iter().flat_map(|lc| {
        lc.site
            .iter()
            .chain(lc.articles.get(k).into_iter().flatten())
    });
    for c in catalogs {
        if let Some(e) = c.get(crate::catalog::EntryKind::Message, id) {
            return c.location(e.offset);
        }
    }
    Location::file(&catalog_rel(project, locale, &format!("{slug}.ftl")))
}

/// The PDFs of the given locales and articles (indexes into `sources.articles`),
/// rendered in parallel, in a fixed order.
fn render_pdfs(
    project: &Project,
    sources: &Sources,
    prepared: &Prepared,
    tasks: &[(Locale, usize)],
    paper: crate::layout::Paper,
    report: &mut BuildReport,
) -> Result<Vec<(Locale, usize, crate::render::pdf::RenderedPdf)>> {
    use crate::render::pdf::{PdfInput, creation_time, render_pdf};
    use rayon::prelude::*;
    let en = &project.source;
    let mut fonts = BTreeMap::new();
    for (l, _) in tasks {
        if !fonts.contains_key(l) {
            fonts.insert(l.clone(), font_set(project, l)?);
        }
    }
    let results: Vec<std::result::Result<crate::render::pdf::RenderedPdf, String>> = tasks
        .par_iter()
        .map(|(locale, k)| {
            let k = *k;
            let article = &sources.articles[k];
            let lc = &prepared.loaded[locale];
            let english_res = [&sources.site.resource, &sources.english[k].resource];
            let english = Localizer::new(en.clone(), &english_res, None);
            let mut own = Vec::new();
            if let Some(s) = &lc.site {
                own.push(&s.resource);
            }
            if let Some(c) = &lc.articles[k] {
                own.push(&c.resource);
            }
            let local;
            let localizer = if locale == en {
                &english
            } else {
                local = Localizer::new(locale.clone(), &own, Some(&english_res));
                &local
            };
            let outdated = prepared.outdated_for(locale, &article.slug);
            render_pdf(&PdfInput {
                project,
                article,
                plan: &sources.plans[k],
                localizer,
                english: &english,
                outdated: &outdated,
                paper,
                fonts: &fonts[locale],
                created: creation_time(article),
            })
        })
        .collect();
    let mut out = Vec::new();
    for ((locale, k), r) in tasks.iter().zip(results) {
        let slug = &sources.articles[*k].slug;
        match r {
            Ok(pdf) => {
                for m in &pdf.missing {
                    report.diagnostics.push(Diagnostic::new(
                        Severity::Error,
                        "pdf-missing-glyph",
                        message_location(project, prepared.loaded.get(locale), *k, locale, slug, &m.source),
                        format!(
                            "{locale}: `{}` has U+{:04X} ({}), which no font for {locale} can draw; it is left out of {slug}.pdf (add a font with `pdf-fonts`, see README)",
                            m.source,
                            u32::from(m.ch),
                            m.ch
                        ),
                    ));
                }
                if pdf.overflow > 0 {
                    report.diagnostics.push(Diagnostic::new(
                        Severity::Warning,
                        "pdf-overflow",
                        Location::file(&catalog_rel(project, locale, &format!("{slug}.ftl"))),
                        format!(
                            "{locale}: {} run(s) of text in {slug}.pdf reach into the margin",
                            pdf.overflow
                        ),
                    ));
                }
                out.push((locale.clone(), *k, pdf));
            }
            Err(e) => report.diagnostics.push(Diagnostic::new(
                Severity::Error,
                "pdf-failed",
                Location::file(&catalog_rel(project, locale, &format!("{slug}.ftl"))),
                format!("{locale}: {slug}.pdf was not written: {e}"),
            )),
        }
    }
    Ok(out)
}

fn pdf_path(project: &Project, locale: &Locale, slug: &str) -> PathBuf {
    project
        .output_dir
        .join(locale.as_str())
        .join(format!("{slug}.pdf"))
}

/// Renders only the PDFs of `locales` (all if empty) and the articles whose
/// slugs are in `slugs` (all if empty), for `folio pdf`.
pub fn render_pdf_set(
    project: &Project,
    sources: &Sources,
    locales: &[Locale],
    slugs: &[String],
    paper: Option<crate::layout::Paper>,
) -> Result<(Staged, BuildReport)> {
    check_sources(project, sources)?;
    let mut report = BuildReport::default();
    let pseudo = locales.iter().any(|l| {
        crate::pseudo::PSEUDO_LOCALES.contains(&l.as_str()) && !project.locales.contains(l)
    });
    // Only the requested locales are loaded.
    let prepared = prepare(project, sources, pseudo, locales, &mut report)?;
    for s in slugs {
        if !sources.articles.iter().any(|a| a.slug == *s) {
            return Err(Error::Input(format!(
                "no article `{s}` in {}",
                project.content_dir.display()
            )));
        }
    }
    let tasks: Vec<(Locale, usize)> = prepared
        .locales
        .iter()
        .filter(|l| locales.is_empty() || locales.contains(l))
        .flat_map(|l| {
            sources
                .articles
                .iter()
                .enumerate()
                .filter(|(_, a)| slugs.is_empty() || slugs.contains(&a.slug))
                .map(move |(k, _)| (l.clone(), k))
        })
        .collect();
    let pdfs = render_pdfs(
        project,
        sources,
        &prepared,
        &tasks,
        paper.unwrap_or(project.pdf.paper),
        &mut report,
    )?;
    let mut staged = Staged::new();
    for (l, k, pdf) in pdfs {
        stage(
            pdf_path(project, &l, &sources.articles[k].slug),
            &pdf.bytes,
            &mut staged,
        );
    }
    Ok((staged, report))
}

/// Renders the whole site in memory: `(path relative to the project root, bytes)`
/// for every file, and the report (nothing in `written` yet).
pub fn render_site(
    project: &Project,
    sources: &Sources,
    options: &BuildOptions,
) -> Result<(Staged, BuildReport)> {
    use crate::render::html::{
        STYLESHEET, SiteInput, render_language_chooser, render_locale_index, render_status,
    };
    check_sources(project, sources)?;
    let en = &project.source;
    let en_catalogs = &sources.english;
    let mut report = BuildReport::default();
    let mut staged: Staged = Vec::new();
    let prepared = prepare(project, sources, options.pseudo, &[], &mut report)?;
    let locales = &prepared.locales;
    let loaded = &prepared.loaded;
    let status = &prepared.status;

    // PDFs first, so the pages can list them with their sizes.
    let mut pdf_sizes: BTreeMap<String, BTreeMap<Locale, u64>> = BTreeMap::new();
    if options.pdf {
        let tasks: Vec<(Locale, usize)> = locales
            .iter()
            .flat_map(|l| (0..sources.articles.len()).map(move |k| (l.clone(), k)))
            .collect();
        let paper = options.paper.unwrap_or(project.pdf.paper);
        for (l, k, pdf) in render_pdfs(project, sources, &prepared, &tasks, paper, &mut report)? {
            let slug = &sources.articles[k].slug;
            pdf_sizes
                .entry(slug.clone())
                .or_default()
                .insert(l.clone(), pdf.bytes.len() as u64);
            stage(pdf_path(project, &l, slug), &pdf.bytes, &mut staged);
        }
    } else {
        // Existing PDFs, for the "PDFs by language" lists.
        for a in &sources.articles {
            for l in &project.locales {
                let pdf = project
                    .root
                    .join(&project.output_dir)
                    .join(l.as_str())
                    .join(format!("{}.pdf", a.slug));
                if let Ok(m) = std::fs::symlink_metadata(&pdf)
                    && m.is_file()
                {
                    pdf_sizes
                        .entry(a.slug.clone())
                        .or_default()
                        .insert(l.clone(), m.len());
                }
            }
        }
    }

    let site_english = [&sources.site.resource];
    let mut locale_localizers = Vec::new();
    for locale in locales {
        let lc = &loaded[locale];
        let english_res = [&sources.site.resource];
        let mut own = Vec::new();
        if let Some(s) = &lc.site {
            own.push(&s.resource);
        }
        locale_localizers.push(if locale == en {
            Localizer::new(en.clone(), &site_english, None)
        } else {
            Localizer::new(locale.clone(), &own, Some(&english_res))
        });
    }

    // Every (locale, article) page is independent: render them in parallel,
    // each with its own Fluent bundles (they are not Sync), then stage them
    // in a fixed order so the output never depends on the thread count.
    let n = sources.articles.len();
    let tasks: Vec<(usize, usize)> = (0..locales.len())
        .flat_map(|li| (0..n).map(move |k| (li, k)))
        .collect();
    let rendered: Vec<(crate::render::html::RenderedPage, String)> = {
        use rayon::prelude::*;
        tasks
            .par_iter()
            .map(|&(li, k)| {
                let locale = &locales[li];
                let article = &sources.articles[k];
                let lc = &loaded[locale];
                let english_res = [&sources.site.resource, &en_catalogs[k].resource];
                let english = Localizer::new(en.clone(), &english_res, None);
                let mut own = Vec::new();
                if let Some(s) = &lc.site {
                    own.push(&s.resource);
                }
                if let Some(c) = &lc.articles[k] {
                    own.push(&c.resource);
                }
                let page_localizer;
                let localizer = if locale == en {
                    &english
                } else {
                    page_localizer = Localizer::new(locale.clone(), &own, Some(&english_res));
                    &page_localizer
                };
                let outdated = prepared.outdated_for(locale, &article.slug);
                let empty = BTreeMap::new();
                let page = render_article(&PageInput {
                    project,
                    article,
                    plan: &sources.plans[k],
                    localizer,
                    english: &english,
                    status,
                    outdated: &outdated,
                    pdf_sizes: pdf_sizes.get(&article.slug).unwrap_or(&empty),
                });
                let title = crate::render::html::plain(
                    &localizer.format(crate::split::TITLE_ID, None).text,
                );
                (page, title)
            })
            .collect()
    };
    let mut rendered = rendered.into_iter();
    for locale in locales {
        let mut fallback = 0;
        let mut outdated_count = 0;
        let mut titles = Vec::new();
        for article in &sources.articles {
            let Some((page, title)) = rendered.next() else {
                break;
            };
            titles.push(title);
            fallback += page.fallback.len();
            outdated_count += page.outdated_shown.len();
            let file = format!("{}.ftl", article.slug);
            for p in page.problems {
                report.diagnostics.push(Diagnostic::new(
                    Severity::Warning,
                    "format-error",
                    Location::file(&catalog_rel(project, locale, &file)),
                    p,
                ));
            }
            let rel = project
                .output_dir
                .join(locale.as_str())
                .join(format!("{}.html", article.slug));
            stage(rel, page.html.as_bytes(), &mut staged);
        }
        let site_input = SiteInput {
            project,
            articles: &sources.articles,
            status,
        };
        let idx = locale_localizers
            .iter()
            .find(|l| l.locale == *locale)
            .map(|l| render_locale_index(&site_input, l, &titles))
            .unwrap_or_default();
        stage(
            project.output_dir.join(locale.as_str()).join("index.html"),
            idx.as_bytes(),
            &mut staged,
        );
        report.fallback.insert(locale.clone(), fallback);
        report.outdated.insert(locale.clone(), outdated_count);
    }
    let site_input = SiteInput {
        project,
        articles: &sources.articles,
        status,
    };
    stage(
        project.output_dir.join("index.html"),
        render_language_chooser(&site_input, &locale_localizers).as_bytes(),
        &mut staged,
    );
    stage(
        project.output_dir.join("status.html"),
        render_status(&site_input).as_bytes(),
        &mut staged,
    );
    stage(
        project.output_dir.join("style.css"),
        STYLESHEET.as_bytes(),
        &mut staged,
    );
    Ok((staged, report))
}
