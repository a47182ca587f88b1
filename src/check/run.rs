//! Running a check on a folio project: the English catalogs of
//! `locales/<source>/` are the reference, each other locale folder the
//! translation, `basis.toml` the outdated record. Also `mark-current`,
//! which writes that record. (l10n.toml projects: [`crate::l10n_toml`].)

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::basis::{self, BASIS_FILE};
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
            // The source locale's record is of another kind (the English seen).
            basis: if *locale == project.source {
                None
            } else {
                basis::read(&dir.join(BASIS_FILE))?
            },
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
    /// `--cosmetic`: translations left outdated because they were made from
    /// an English older than the one the named edit changed, so an earlier
    /// change is unreviewed: (locale, file, message ID).
    pub left_outdated: Vec<(String, String, String)>,
    /// `--cosmetic`: named message IDs whose English has no recorded change,
    /// so there was nothing to forgive.
    pub unedited: Vec<String>,
}

/// True if `pattern` (a glob) names entry `id` of `kind`: terms also by
/// their `-` form.
fn names(pattern: &str, kind: EntryKind, id: &str) -> bool {
    super::policy::glob_match(pattern, id)
        || (kind == EntryKind::Term && super::policy::glob_match(pattern, &format!("-{id}")))
}

/// An input error naming the patterns that match no English entry, with
/// the closest ID as a suggestion where one is close.
fn unmatched_error(reference: &Reference, unmatched: &[&String]) -> Error {
    let all: BTreeSet<String> = reference
        .files
        .iter()
        .flat_map(|f| f.entries.iter())
        .map(|r| match r.entry.kind {
            EntryKind::Message => r.entry.id.clone(),
            EntryKind::Term => format!("-{}", r.entry.id),
        })
        .collect();
    let mut lines = Vec::new();
    for p in unmatched {
        let best = all
            .iter()
            .map(|id| (strsim::normalized_damerau_levenshtein(p, id), id))
            .filter(|(score, _)| *score >= 0.7)
            .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(a.1)));
        lines.push(match best {
            Some((_, id)) => format!("`{p}` (did you mean `{id}`?)"),
            None => format!("`{p}`"),
        });
    }
    Error::Input(format!(
        "no English message or term matches {}; nothing was recorded",
        lines.join(", ")
    ))
}

/// `folio mark-current`: records the current English as the basis of the
/// current translations of `locales` (all targets if empty), for the
/// message IDs matching `ids` (globs; all if empty). An ID pattern that
/// matches no English entry is an error, and nothing is written.
///
/// With `cosmetic`, marks the last edit of the English of `ids` as cosmetic
/// instead: a translation made from the English just before that edit
/// becomes current; one made from an older English stays outdated (an
/// earlier change is unreviewed) and is listed in
/// [`Marked::left_outdated`]. The last edit is the last change `folio
/// split` or `mark-current` saw (see [`basis::observe`]).
pub fn mark_current(
    project: &Project,
    locales: &[Locale],
    ids: &[String],
    cosmetic: bool,
) -> Result<Marked> {
    let reference = load_reference(project)?;
    let unmatched: Vec<&String> = ids
        .iter()
        .filter(|p| {
            !reference
                .files
                .iter()
                .flat_map(|f| f.entries.iter())
                .any(|r| names(p, r.entry.kind, &r.entry.id))
        })
        .collect();
    // `mark-current es ID` typed like `check es`: `es` is no message ID.
    if let Some(locale) = unmatched.iter().find_map(|p| {
        p.parse::<Locale>()
            .ok()
            .filter(|l| project.targets().any(|t| t == l))
    }) {
        let rest: Vec<&str> = ids
            .iter()
            .filter(|p| p.parse::<Locale>().ok().as_ref() != Some(&locale))
            .map(String::as_str)
            .collect();
        let rest = if rest.is_empty() {
            String::new()
        } else {
            format!(" {}", rest.join(" "))
        };
        let suggestion = if cosmetic {
            format!(
                "A cosmetic mark applies to every locale: `folio mark-current --cosmetic{rest}`"
            )
        } else {
            format!("Did you mean `folio mark-current --locale {locale}{rest}`?")
        };
        return Err(Error::Input(format!(
            "`{locale}` is a locale, not a message ID; nothing was recorded. {suggestion}"
        )));
    }
    if !unmatched.is_empty() {
        return Err(unmatched_error(&reference, &unmatched));
    }
    let wanted =
        |kind: EntryKind, id: &str| ids.is_empty() || ids.iter().any(|g| names(g, kind, id));
    let en_path = project.locale_dir(&project.source).join(BASIS_FILE);
    let mut en_record = basis::read_english(&en_path)?.unwrap_or_default();
    // An edit that `split` did not see (a hand edit of site.ftl) is the
    // last edit from here on.
    basis::observe(&mut en_record, &reference);
    let selected: Vec<&Locale> = if locales.is_empty() {
        project.targets().collect()
    } else {
        locales.iter().collect()
    };
    let mut out = Marked::default();
    if cosmetic {
        let mut unedited = BTreeSet::new();
        for rf in &reference.files {
            for r in &rf.entries {
                let edited = en_record
                    .get(&rf.rel)
                    .and_then(|m| m.get(&r.entry.id))
                    .and_then(basis::Seen::was)
                    .is_some();
                if wanted(r.entry.kind, &r.entry.id) && !edited {
                    unedited.insert(r.entry.id.clone());
                }
            }
        }
        out.unedited = unedited.into_iter().collect();
    }
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
            let seen_file = en_record.get(&rf.rel);
            for r in &rf.entries {
                let id = r.entry.id.as_str();
                if !present.contains(&(r.entry.kind, id)) || !wanted(r.entry.kind, id) {
                    continue;
                }
                let now = rf.catalog.entry_source(&r.entry);
                if file_record.get(id) == Some(&now) {
                    continue;
                }
                if cosmetic {
                    let Some(made_from) = file_record.get(id) else {
                        // Never recorded: not outdated, nothing to forgive.
                        continue;
                    };
                    let was = seen_file.and_then(|m| m.get(id)).and_then(basis::Seen::was);
                    if was != Some(made_from.as_str()) {
                        out.left_outdated
                            .push((locale.to_string(), rf.rel.clone(), id.to_owned()));
                        continue;
                    }
                }
                file_record.insert(id.to_owned(), now);
                count += 1;
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
    if basis::write_english(&en_path, &en_record)? {
        out.written.push(
            project
                .locales_dir
                .join(project.source.as_str())
                .join(BASIS_FILE),
        );
    }
    Ok(out)
}

/// Records the English as `folio split` leaves it in the source locale's
/// record, so that each split's changes are the last edit a later
/// `mark-current --cosmetic` can forgive. Does nothing in a project without
/// that record (no translation was ever marked, so nothing can be
/// outdated). Returns the record's path if it was written.
pub fn record_english(project: &Project) -> Result<Option<PathBuf>> {
    let en_path = project.locale_dir(&project.source).join(BASIS_FILE);
    let Some(mut record) = basis::read_english(&en_path)? else {
        return Ok(None);
    };
    let reference = load_reference(project)?;
    if basis::observe(&mut record, &reference) && basis::write_english(&en_path, &record)? {
        return Ok(Some(
            project
                .locales_dir
                .join(project.source.as_str())
                .join(BASIS_FILE),
        ));
    }
    Ok(None)
}
