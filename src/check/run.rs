//! Running a check on a folio project: the English catalogs of
//! `locales/<source>/` are the reference, each other locale folder the
//! translation, `basis.toml` the outdated record. Also `mark-current`,
//! which writes that record. (l10n.toml projects: [`crate::l10n_toml`].)

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::basis::{self, BASIS_FILE, Basis};
use super::{CheckReport, Job, Pair, Reference, check_jobs, prepare_reference};
use crate::catalog::{EntryKind, load_catalog};
use crate::config::Project;
use crate::error::{Error, Result};
use crate::locale::Locale;

/// `.ftl` files below `dir`, as sorted paths relative to it with `/`.
/// Symbolic links and other non-regular files are skipped.
pub fn ftl_files(dir: &Path) -> Result<Vec<String>> {
    let mut out = Vec::new();
    fn walk(base: &Path, dir: &Path, out: &mut Vec<String>) -> Result<()> {
        let entries = match std::fs::read_dir(dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(Error::io(dir, e)),
        };
        for entry in entries {
            let entry = entry.map_err(|e| Error::io(dir, e))?;
            let ft = entry.file_type().map_err(|e| Error::io(entry.path(), e))?;
            let path = entry.path();
            if ft.is_dir() {
                walk(base, &path, out)?;
            } else if ft.is_file()
                && path.extension().is_some_and(|x| x == "ftl")
                && let Ok(rel) = path.strip_prefix(base)
            {
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
        Ok(())
    }
    walk(dir, dir, &mut out)?;
    out.sort();
    Ok(out)
}

/// Loads and prepares the reference (the source locale's catalogs), in parallel.
pub fn load_reference(project: &Project) -> Result<Reference> {
    let dir = project.locale_dir(&project.source);
    let files = ftl_files(&dir)?;
    let prepared: Vec<Result<super::RefFile>> = files
        .par_iter()
        .map(|rel| {
            let shown = project.locales_dir.join(project.source.as_str()).join(rel);
            let mut c = load_catalog(&project.root, &shown)?;
            c.path = shown;
            Ok(prepare_reference(rel.clone(), c))
        })
        .collect();
    Ok(Reference::new(
        project.source.as_str(),
        prepared.into_iter().collect::<Result<Vec<_>>>()?,
    ))
}

/// The check jobs of a folio project, for `locales` (all targets if empty).
pub fn project_jobs(
    project: &Project,
    reference: &Reference,
    locales: &[Locale],
) -> Result<Vec<Job>> {
    let selected: Vec<&Locale> = if locales.is_empty() {
        project.targets().collect()
    } else {
        locales.iter().collect()
    };
    let mut jobs = Vec::new();
    for locale in selected {
        let dir = project.locale_dir(locale);
        let shown_dir = project.locales_dir.join(locale.as_str());
        let pairs = reference
            .files
            .iter()
            .enumerate()
            .map(|(i, f)| Pair {
                reference: i,
                path: shown_dir.join(&f.rel),
                full: dir.join(&f.rel),
            })
            .collect();
        let known: BTreeSet<&str> = reference.files.iter().map(|f| f.rel.as_str()).collect();
        let obsolete_files = ftl_files(&dir)?
            .into_iter()
            .filter(|rel| !known.contains(rel.as_str()))
            .map(|rel| (shown_dir.join(&rel), dir.join(&rel)))
            .collect();
        jobs.push(Job {
            locale: locale.to_string(),
            status: project.status.get(locale).copied().unwrap_or_default(),
            pairs,
            obsolete_files,
            filter: None,
            basis: basis::read(&dir.join(BASIS_FILE))?,
        });
    }
    Ok(jobs)
}

/// Checks a folio project: every locale against the English, and the
/// English content itself with the editors' lints ([`crate::lint`]).
pub fn check_project(project: &Project, locales: &[Locale]) -> Result<CheckReport> {
    let mut reference = load_reference(project)?;
    add_content_lints(project, &mut reference)?;
    let jobs = project_jobs(project, &reference, locales)?;
    Ok(check_jobs(&reference, &jobs, &project.policy))
}

/// Adds the editors' lints on `content/` to the English findings, each under
/// the catalog it concerns (`<slug>.ftl`, `site.ftl`). A project without a
/// content folder has none.
fn add_content_lints(project: &Project, reference: &mut Reference) -> Result<()> {
    if !project.root.join(&project.content_dir).is_dir() {
        return Ok(());
    }
    let sources = crate::pipeline::load_sources(project)?;
    for lint in sources.lints {
        let file = match reference.files.iter().position(|f| f.rel == lint.file) {
            Some(i) => i,
            // Not split yet: still reported, under the first English file.
            None if !reference.files.is_empty() => 0,
            None => continue,
        };
        reference.files[file].findings.push((lint.id, lint.diag));
    }
    Ok(())
}

/// What `mark-current` changed.
#[derive(Debug, Default)]
pub struct Marked {
    /// Record files written.
    pub written: Vec<PathBuf>,
    /// Translations newly recorded as current, per locale.
    pub marked: Vec<(String, usize)>,
}

/// `folio mark-current`: records the current English as the basis of the
/// current translations of `locales` (all targets if empty), for the
/// message IDs matching `ids` (globs; all if empty). With `cosmetic`, marks
/// an English edit as cosmetic instead: translations that were current with
/// the previously recorded English stay current.
pub fn mark_current(
    project: &Project,
    locales: &[Locale],
    ids: &[String],
    cosmetic: bool,
) -> Result<Marked> {
    let reference = load_reference(project)?;
    let wanted = |id: &str| ids.is_empty() || ids.iter().any(|g| super::policy::glob_match(g, id));
    let en_path = project.locale_dir(&project.source).join(BASIS_FILE);
    let mut en_record: Basis = basis::read(&en_path)?.unwrap_or_default();
    let selected: Vec<&Locale> = if locales.is_empty() {
        project.targets().collect()
    } else {
        locales.iter().collect()
    };
    let mut out = Marked::default();
    for locale in selected {
        let dir = project.locale_dir(locale);
        let path = dir.join(BASIS_FILE);
        let mut record = basis::read(&path)?.unwrap_or_default();
        let mut count = 0;
        for rf in &reference.files {
            let shown = project.locales_dir.join(locale.as_str()).join(&rf.rel);
            if !project.root.join(&shown).is_file() {
                record.remove(&rf.rel);
                continue;
            }
            let cat = load_catalog(&project.root, &shown)?;
            let present: BTreeSet<(EntryKind, &str)> = cat
                .entries
                .iter()
                .map(|e| (e.kind, e.id.as_str()))
                .collect();
            let file_record = record.entry(rf.rel.clone()).or_default();
            file_record.retain(|id, _| {
                rf.entries
                    .iter()
                    .any(|r| r.entry.id == *id && present.contains(&(r.entry.kind, id.as_str())))
            });
            let previous_en = en_record.get(&rf.rel);
            for r in &rf.entries {
                let id = r.entry.id.as_str();
                if !present.contains(&(r.entry.kind, id)) || !wanted(id) {
                    continue;
                }
                let now = rf.catalog.entry_source(&r.entry);
                let update = if cosmetic {
                    let before = previous_en.and_then(|m| m.get(id));
                    before.is_some() && file_record.get(id) == before
                } else {
                    true
                };
                if update && file_record.get(id) != Some(&now) {
                    file_record.insert(id.to_owned(), now);
                    count += 1;
                }
            }
            if file_record.is_empty() {
                record.remove(&rf.rel);
            }
        }
        if basis::write(&path, &record)? {
            out.written
                .push(project.locales_dir.join(locale.as_str()).join(BASIS_FILE));
        }
        out.marked.push((locale.to_string(), count));
    }
    // The English as recorded now, for later cosmetic edits.
    for rf in &reference.files {
        let file_record = en_record.entry(rf.rel.clone()).or_default();
        file_record.retain(|id, _| rf.entries.iter().any(|r| r.entry.id == *id));
        for r in &rf.entries {
            if wanted(&r.entry.id) || !file_record.contains_key(&r.entry.id) {
                file_record.insert(r.entry.id.clone(), rf.catalog.entry_source(&r.entry));
            }
        }
    }
    if basis::write(&en_path, &en_record)? {
        out.written.push(
            project
                .locales_dir
                .join(project.source.as_str())
                .join(BASIS_FILE),
        );
    }
    Ok(out)
}
