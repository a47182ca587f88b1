//! A whole build: PDFs, pages, indexes and status page, rendered in batches
//! (reusing what the build cache vouches for), staged, then committed to the
//! output folder.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::pdf::{pdf_path, render_pdfs};
use super::prepare::{Prepared, check_sources, prepare};
use super::{SITE_FILE, Sources};
use crate::cache::{Cache, Entry, Fingerprint, Note, hash_bytes, key};
use crate::config::Project;
use crate::diag::{Diagnostic, Location, Severity};
use crate::error::{Error, Result};
use crate::locale::Locale;
use crate::localize::Localizer;
use crate::render::html::{PageInput, render_article};

/// What a build produced.
#[derive(Debug, Default)]
pub struct BuildReport {
    /// Files written (or found already up to date), relative to the project root.
    pub written: Vec<PathBuf>,
    /// Pages and PDFs rendered in this build.
    pub rendered: Vec<PathBuf>,
    /// Pages and PDFs reused from the build cache.
    pub reused: Vec<PathBuf>,
    /// Per locale: messages shown in English, and outdated translations shown.
    pub fallback: BTreeMap<Locale, usize>,
    pub outdated: BTreeMap<Locale, usize>,
    /// Findings in translations (the build went on with English fallback).
    pub diagnostics: Vec<Diagnostic>,
    /// Per locale: messages not shown because `folio check` found an error in them.
    pub withheld: BTreeMap<Locale, usize>,
    /// True if a required locale has such an error, or a translation file
    /// could not be read: the build's exit code says so.
    pub failed: bool,
}

/// One of `count` parts of a build (`--shard index/count`, `index` from 1):
/// the articles whose position in `content/` modulo `count` is `index - 1`,
/// in every locale. Part 1 also writes the site-wide pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub index: usize,
    pub count: usize,
}

impl std::str::FromStr for Shard {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Shard, String> {
        let bad = || format!("`{s}`: a shard is I/N with 1 ≤ I ≤ N, e.g. 2/4");
        let (i, n) = s.split_once('/').ok_or_else(bad)?;
        let (index, count): (usize, usize) = (
            i.trim().parse().map_err(|_| bad())?,
            n.trim().parse().map_err(|_| bad())?,
        );
        if index == 0 || count == 0 || index > count {
            return Err(bad());
        }
        Ok(Shard { index, count })
    }
}

impl Shard {
    fn has(self, article: usize) -> bool {
        article % self.count == self.index - 1
    }
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
    /// Reuse outputs whose inputs did not change (`<output>/.folio-cache.json`).
    pub incremental: bool,
    /// Render everything (the cache is rewritten, not read).
    pub force: bool,
    /// Only this part of the work.
    pub shard: Option<Shard>,
}

/// Files a build produced, in memory until the whole build succeeded.
pub type Staged = Vec<(PathBuf, Vec<u8>)>;

pub(super) fn stage(rel: PathBuf, bytes: &[u8], staged: &mut Staged) {
    staged.push((rel, bytes.to_vec()));
}

/// Where rendered files go until the build has succeeded.
trait Sink {
    fn put(&mut self, rel: PathBuf, bytes: &[u8]) -> Result<()>;
}

impl Sink for Staged {
    fn put(&mut self, rel: PathBuf, bytes: &[u8]) -> Result<()> {
        stage(rel, bytes, self);
        Ok(())
    }
}

/// A staging folder inside the output folder: each file is written there as
/// soon as it is rendered (memory holds only the work in flight), and moved
/// into place by [`DiskStage::commit`] once the whole build has succeeded.
struct DiskStage {
    root: PathBuf,
    output: PathBuf,
    dir: PathBuf,
    files: Vec<PathBuf>,
}

const STAGING_PREFIX: &str = ".folio-staging-";

impl DiskStage {
    fn new(project: &Project) -> Result<DiskStage> {
        let output = project.root.join(&project.output_dir);
        crate::output::prepare_dirs(&project.root, &project.output_dir.join("x"))?;
        // A killed build leaves its staging folder behind: remove it.
        if let Ok(entries) = std::fs::read_dir(&output) {
            for e in entries.flatten() {
                let name = e.file_name();
                if name.to_string_lossy().starts_with(STAGING_PREFIX)
                    && e.file_type().is_ok_and(|t| t.is_dir())
                {
                    let _ = std::fs::remove_dir_all(e.path());
                }
            }
        }
        let dir = output.join(format!("{STAGING_PREFIX}{}", std::process::id()));
        std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        Ok(DiskStage {
            root: project.root.clone(),
            output,
            dir,
            files: Vec::new(),
        })
    }

    fn staged_path(&self, rel: &Path) -> PathBuf {
        self.dir.join(rel)
    }

    /// Moves every staged file over its target (an atomic rename each, only
    /// when the bytes changed, never through a link).
    fn commit(self, project: &Project, report: &mut BuildReport) -> Result<()> {
        crate::output::remove_stale_temporaries(&self.output);
        for rel in &self.files {
            let staged = self.staged_path(rel);
            let inside = rel.strip_prefix(&project.output_dir).unwrap_or(rel);
            crate::output::prepare_dirs(&self.output, inside)?;
            let target = self.root.join(rel);
            let bytes = std::fs::read(&staged).map_err(|e| Error::io(&staged, e))?;
            if crate::output::is_unchanged(&target, &bytes) {
                let _ = std::fs::remove_file(&staged);
            } else {
                if std::fs::symlink_metadata(&target).is_ok_and(|m| m.file_type().is_symlink()) {
                    return Err(Error::io(
                        &target,
                        std::io::Error::other("refusing to write through a symbolic link"),
                    ));
                }
                std::fs::rename(&staged, &target).map_err(|e| Error::io(&target, e))?;
            }
            report.written.push(rel.clone());
        }
        let _ = std::fs::remove_dir_all(&self.dir);
        Ok(())
    }

    fn discard(self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

impl Sink for DiskStage {
    fn put(&mut self, rel: PathBuf, bytes: &[u8]) -> Result<()> {
        let inside = rel.strip_prefix(&self.root).unwrap_or(&rel).to_path_buf();
        let path = self.staged_path(&inside);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        let mut f = std::fs::File::create(&path).map_err(|e| Error::io(&path, e))?;
        use std::io::Write;
        f.write_all(bytes)
            .and_then(|()| f.sync_all())
            .map_err(|e| Error::io(&path, e))?;
        self.files.push(inside);
        Ok(())
    }
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
/// (see [`super::stale_catalogs`]). With `options.incremental`, outputs whose
/// inputs did not change since the last build are reused.
///
/// Files are staged in a folder inside the output folder as they are
/// rendered and moved into place only when everything has rendered: memory
/// holds the work in flight, not the whole site, and a failed or killed
/// build leaves the previous outputs.
pub fn build(project: &Project, sources: &Sources, options: &BuildOptions) -> Result<BuildReport> {
    let out = project.root.join(&project.output_dir);
    let cache = if options.incremental && !options.force {
        Cache::load(&out)
    } else {
        Cache::new()
    };
    let mut stage = DiskStage::new(project)?;
    let (mut report, next) = match render_with_cache(project, sources, options, &cache, &mut stage)
    {
        Ok(r) => r,
        Err(e) => {
            stage.discard();
            return Err(e);
        }
    };
    // Everything rendered: only now touch the published files.
    stage.commit(project, &mut report)?;
    if options.incremental {
        // Written last: outputs first, so a cache never vouches for a file
        // that is not there.
        crate::output::write_atomic(&out.join(crate::cache::CACHE_FILE), &next.to_json())?;
    }
    Ok(report)
}

/// Renders the whole site in memory: `(path relative to the project root, bytes)`
/// for every file, and the report (nothing in `written` yet). Uses no cache.
pub fn render_site(
    project: &Project,
    sources: &Sources,
    options: &BuildOptions,
) -> Result<(Staged, BuildReport)> {
    let mut staged = Staged::new();
    let (report, _) = render_with_cache(project, sources, options, &Cache::new(), &mut staged)?;
    Ok((staged, report))
}

fn note(d: &Diagnostic) -> Note {
    Note {
        code: d.code.to_owned(),
        error: d.severity == Severity::Error,
        message: d.message.clone(),
        file: d.location.file.to_string_lossy().into_owned(),
        line: d.location.line,
        column: d.location.column,
    }
}

fn from_note(n: &Note) -> Diagnostic {
    let code = match n.code.as_str() {
        "pdf-missing-glyph" => "pdf-missing-glyph",
        "pdf-overflow" => "pdf-overflow",
        "pdf-failed" => "pdf-failed",
        _ => "format-error",
    };
    let mut location = Location::file(std::path::Path::new(&n.file));
    location.line = n.line;
    location.column = n.column;
    let severity = if n.error {
        Severity::Error
    } else {
        Severity::Warning
    };
    Diagnostic::new(severity, code, location, n.message.clone())
}

/// What every output of one (locale, article) depends on, apart from the
/// kind-specific parts: folio's version, the configuration, the English
/// article and site bundle, the locale's catalogs and outdated record.
fn base_fingerprint(
    project: &Project,
    sources: &Sources,
    prepared: &Prepared,
    config: &[u8],
    locale: &Locale,
    k: usize,
) -> Fingerprint {
    let article = &sources.articles[k];
    let lc = &prepared.loaded[locale];
    let mut f = Fingerprint::new("page");
    f.add("config", config)
        .add("article", format!("{article:?}").as_bytes())
        .add("plan", format!("{:?}", sources.plans[k]).as_bytes())
        .add("english", sources.english_text[k].as_bytes())
        .add("english-site", sources.site.text().as_bytes())
        .add("locale", locale.as_str().as_bytes())
        .add(
            "site",
            lc.site.as_ref().map_or(&b"-"[..], |c| c.text().as_bytes()),
        )
        .add("translation", lc.articles[k].text_hash.as_bytes())
        .add(
            "outdated",
            format!("{:?}", prepared.outdated_for(locale, &article.slug)).as_bytes(),
        )
        .add(
            "withheld",
            format!("{:?}", prepared.withheld_for(locale, &article.slug)).as_bytes(),
        )
        .add("source", project.source.as_str().as_bytes());
    f
}

/// Size of a PDF as the pages show it (whole kilobytes).
fn shown_kb(bytes: u64) -> u64 {
    (bytes as f64 / 1024.0).max(1.0).round() as u64
}

/// How many outputs are rendered at a time: enough to keep every thread
/// busy, few enough that memory holds only these.
fn batch_size() -> usize {
    rayon::current_num_threads() * 8
}

fn render_with_cache(
    project: &Project,
    sources: &Sources,
    options: &BuildOptions,
    cache: &Cache,
    sink: &mut dyn Sink,
) -> Result<(BuildReport, Cache)> {
    use crate::render::html::{
        STYLESHEET, SiteInput, render_language_chooser, render_locale_index, render_status,
    };
    use rayon::prelude::*;
    check_sources(project, sources)?;
    let en = &project.source;
    let mut report = BuildReport::default();
    let mut next = Cache::new();
    let prepared = prepare(project, sources, options.pseudo, &[], &mut report)?;
    let locales = &prepared.locales;
    let loaded = &prepared.loaded;
    let status = &prepared.status;
    let root = &project.root;
    let config = std::fs::read(root.join(crate::config::CONFIG_FILE)).unwrap_or_default();
    let in_shard = |k: usize| options.shard.is_none_or(|s| s.has(k));
    let tasks: Vec<(Locale, usize)> = locales
        .iter()
        .flat_map(|l| (0..sources.articles.len()).map(move |k| (l.clone(), k)))
        .filter(|(_, k)| in_shard(*k))
        .collect();
    let base: BTreeMap<(Locale, usize), Fingerprint> = tasks
        .iter()
        .map(|(l, k)| {
            (
                (l.clone(), *k),
                base_fingerprint(project, sources, &prepared, &config, l, *k),
            )
        })
        .collect();

    // PDFs first, so the pages can list them with their sizes.
    let mut pdf_sizes: BTreeMap<String, BTreeMap<Locale, u64>> = BTreeMap::new();
    if options.pdf {
        let paper = options.paper.unwrap_or(project.pdf.paper);
        let epoch = std::env::var("SOURCE_DATE_EPOCH").unwrap_or_default();
        let mut fonts = format!("{:?}", project.pdf);
        for files in project.pdf.families.values() {
            for (_, p) in files {
                let m = std::fs::metadata(root.join(p)).ok();
                fonts.push_str(&format!("{:?}", m.map(|m| (m.len(), m.modified().ok()))));
            }
        }
        let mut todo = Vec::new();
        let mut fps = BTreeMap::new();
        for (l, k) in &tasks {
            let slug = &sources.articles[*k].slug;
            let rel = pdf_path(project, l, slug);
            let mut f = Fingerprint::new("pdf");
            f.add("base", base[&(l.clone(), *k)].finish().as_bytes())
                .add("paper", format!("{paper:?}").as_bytes())
                .add("fonts", fonts.as_bytes())
                .add("epoch", epoch.as_bytes());
            let fp = f.finish();
            match cache.reusable(root, &rel, &fp) {
                Some(e) => {
                    report.diagnostics.extend(e.notes.iter().map(from_note));
                    pdf_sizes
                        .entry(slug.clone())
                        .or_default()
                        .insert(l.clone(), e.size);
                    next.entries.insert(key(&rel), e.clone());
                    report.reused.push(rel);
                }
                None => {
                    todo.push((l.clone(), *k));
                    fps.insert((l.clone(), *k), fp);
                }
            }
        }
        let rendered_pdfs = todo
            .chunks(batch_size())
            .map(|batch| render_pdfs(project, sources, &prepared, batch, paper));
        for batch in rendered_pdfs {
            for o in batch? {
                let slug = &sources.articles[o.article].slug;
                let rel = pdf_path(project, &o.locale, slug);
                if let Some(pdf) = o.pdf {
                    pdf_sizes
                        .entry(slug.clone())
                        .or_default()
                        .insert(o.locale.clone(), pdf.bytes.len() as u64);
                    next.entries.insert(
                        key(&rel),
                        Entry {
                            inputs: fps[&(o.locale.clone(), o.article)].clone(),
                            output: hash_bytes(&pdf.bytes),
                            size: pdf.bytes.len() as u64,
                            notes: o.diagnostics.iter().map(note).collect(),
                            ..Entry::default()
                        },
                    );
                    sink.put(rel.clone(), &pdf.bytes)?;
                    report.rendered.push(rel);
                }
                report.diagnostics.extend(o.diagnostics);
            }
        }
    } else {
        // Existing PDFs, for the "PDFs by language" lists.
        for a in &sources.articles {
            for l in &project.locales {
                let pdf = root.join(pdf_path(project, l, &a.slug));
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

    // Pages: reuse what the cache vouches for, render the rest in parallel,
    // each with its own Fluent bundles (they are not Sync), and stage them in
    // a fixed order so the output never depends on the thread count.
    let mut page_fp = BTreeMap::new();
    let mut todo = Vec::new();
    let mut reused_pages: BTreeMap<(Locale, usize), Entry> = BTreeMap::new();
    for (l, k) in &tasks {
        let slug = &sources.articles[*k].slug;
        let rel = project
            .output_dir
            .join(l.as_str())
            .join(format!("{slug}.html"));
        // The page shows every locale's state and PDF size for this article.
        let states: Vec<String> = project
            .locales
            .iter()
            .map(|o| {
                format!(
                    "{o}:{:?}:{:?}",
                    status.articles.get(&(o.clone(), slug.clone())),
                    pdf_sizes
                        .get(slug)
                        .and_then(|m| m.get(o))
                        .map(|b| shown_kb(*b))
                )
            })
            .collect();
        let mut f = Fingerprint::new("html");
        f.add("base", base[&(l.clone(), *k)].finish().as_bytes())
            .add("states", states.join(";").as_bytes())
            .add("pdf", &[u8::from(options.pdf)]);
        let fp = f.finish();
        match cache.reusable(root, &rel, &fp) {
            Some(e) => {
                report.diagnostics.extend(e.notes.iter().map(from_note));
                reused_pages.insert((l.clone(), *k), e.clone());
                next.entries.insert(key(&rel), e.clone());
                report.reused.push(rel);
            }
            None => {
                todo.push((l.clone(), *k));
                page_fp.insert((l.clone(), *k), (fp, rel));
            }
        }
    }
    // A page and where each of its formatting problems is: the message in
    // the locale's site or article catalog (found while the catalog is at
    // hand), else the article's translation file.
    type PageAndPlaces = (crate::render::html::RenderedPage, Vec<Location>);
    let render_page = |(locale, k): &(Locale, usize)| -> Result<PageAndPlaces> {
        let k = *k;
        let article = &sources.articles[k];
        let translated = prepared.article_catalog(project, sources, locale, k)?;
        let outdated = prepared.outdated_for(locale, &article.slug);
        let empty = BTreeMap::new();
        let page = prepared.with_localizers(
            project,
            sources,
            locale,
            k,
            translated.as_ref(),
            |localizer, english| {
                render_article(&PageInput {
                    project,
                    article,
                    plan: &sources.plans[k],
                    localizer,
                    english,
                    status,
                    outdated: &outdated,
                    pdf_sizes: pdf_sizes.get(&article.slug).unwrap_or(&empty),
                })
            },
        );
        let catalogs = [
            prepared.loaded[locale].site.as_ref(),
            translated.as_ref(),
            Some(&sources.site),
        ];
        let places = page
            .problems
            .iter()
            .map(|(id, _)| {
                super::pdf::message_location(project, &catalogs, locale, &article.slug, id)
            })
            .collect();
        Ok((page, places))
    };
    let mut shown: BTreeMap<Locale, (usize, usize)> = BTreeMap::new();
    for batch in todo.chunks(batch_size()) {
        let pages: Vec<PageAndPlaces> = batch.par_iter().map(render_page).collect::<Result<_>>()?;
        for (task, (page, places)) in batch.iter().zip(pages) {
            let (locale, _) = task;
            let counts = shown.entry(locale.clone()).or_default();
            counts.0 += page.fallback.len();
            counts.1 += page.outdated_shown.len();
            let mut notes = Vec::new();
            for ((_, p), location) in page.problems.into_iter().zip(places) {
                let d = Diagnostic::new(Severity::Warning, "format-error", location, p);
                notes.push(note(&d));
                report.diagnostics.push(d);
            }
            let (fp, rel) = page_fp.remove(task).unwrap_or_default();
            next.entries.insert(
                key(&rel),
                Entry {
                    inputs: fp,
                    output: hash_bytes(page.html.as_bytes()),
                    size: page.html.len() as u64,
                    fallback: page.fallback.len(),
                    outdated: page.outdated_shown.len(),
                    notes,
                },
            );
            sink.put(rel.clone(), page.html.as_bytes())?;
            report.rendered.push(rel);
        }
    }
    for ((locale, _), e) in &reused_pages {
        let counts = shown.entry(locale.clone()).or_default();
        counts.0 += e.fallback;
        counts.1 += e.outdated;
    }

    let site_english = [sources.site.bundle_resource()];
    let mut locale_localizers = Vec::new();
    for locale in locales {
        let lc = &loaded[locale];
        let english_res = [sources.site.bundle_resource()];
        let mut own = Vec::new();
        if let Some(s) = &lc.site {
            own.push(s.bundle_resource());
        }
        locale_localizers.push(if locale == en {
            Localizer::new(en.clone(), &site_english, None)
        } else {
            let mut l = Localizer::new(locale.clone(), &own, Some(&english_res));
            if let Some(ids) = prepared
                .withheld
                .get(&(locale.clone(), SITE_FILE.to_owned()))
            {
                l.withhold(ids.iter().cloned());
            }
            l
        });
    }
    let site_wide = options.shard.is_none_or(|s| s.index == 1);
    for (li, locale) in locales.iter().enumerate() {
        if site_wide {
            let titles: Vec<String> = loaded[locale]
                .articles
                .iter()
                .map(|a| a.title.clone())
                .collect();
            let site_input = SiteInput {
                project,
                articles: &sources.articles,
                status,
            };
            let idx = render_locale_index(&site_input, &locale_localizers[li], &titles);
            sink.put(
                project.output_dir.join(locale.as_str()).join("index.html"),
                idx.as_bytes(),
            )?;
        }
        let (fallback, outdated) = shown.get(locale).copied().unwrap_or_default();
        report.fallback.insert(locale.clone(), fallback);
        report.outdated.insert(locale.clone(), outdated);
    }
    if site_wide {
        let site_input = SiteInput {
            project,
            articles: &sources.articles,
            status,
        };
        sink.put(
            project.output_dir.join("index.html"),
            render_language_chooser(&site_input, &locale_localizers).as_bytes(),
        )?;
        sink.put(
            project.output_dir.join("status.html"),
            render_status(&site_input).as_bytes(),
        )?;
        sink.put(project.output_dir.join("style.css"), STYLESHEET.as_bytes())?;
    }
    // Outputs this build did not look at (PDFs in a `--no-pdf` build, other
    // shards) keep their entries; each is checked again before any reuse.
    for (k, e) in &cache.entries {
        next.entries.entry(k.clone()).or_insert_with(|| e.clone());
    }
    Ok((report, next))
}
