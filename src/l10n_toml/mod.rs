//! compare-locales' project format (`l10n.toml`), so `folio check` works on
//! any Fluent project that Mozilla's tools check. Reads the configs
//! (`basepath`, `locales`, `[env]`, `[[paths]]` with `{locale}`, `*` and
//! `**`, per-path `locales`, `[[filters]]`, `[[includes]]`, `[[excludes]]`),
//! enumerates each locale's file pairs, and builds check jobs with the same
//! missing/obsolete semantics as compare-locales 9.0.5 (a missing file's
//! entries count as missing; an obsolete file adds no count; filters turn
//! missing entries into `report` or drop them).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use regex::Regex;

use crate::catalog::load_catalog;
use crate::check::policy::Policy;
use crate::check::{
    CheckReport, Filter, FilterAction, Job, Pair, Reference, check_jobs, prepare_reference,
};
use crate::config::LocaleStatus;
use crate::error::{Error, Result};

mod filter;
mod pattern;

use filter::{CompiledFilter, FileMatches};
use pattern::{Node, Pattern, expand_var};

#[derive(Debug, Clone)]
struct PathRule {
    l10n: Pattern,
    reference: Option<Pattern>,
    locales: Option<Vec<String>>,
}

#[derive(Debug, Clone)]
enum KeyMatch {
    Exact(String),
    Regex(Regex),
}

#[derive(Debug, Clone)]
struct FilterRule {
    path: Pattern,
    key: Option<KeyMatch>,
    action: FilterAction,
}

/// One parsed config file with its includes and excludes.
#[derive(Debug, Clone)]
struct Config {
    /// Identity: the path as typed for top-level configs, absolute for includes.
    id: String,
    locales: Option<Vec<String>>,
    paths: Vec<PathRule>,
    filters: Vec<FilterRule>,
    includes: Vec<Config>,
    excludes: Vec<Config>,
}

#[derive(Debug, serde::Deserialize)]
struct RawConfig {
    basepath: Option<String>,
    #[serde(default)]
    locales: Option<Vec<String>>,
    #[serde(default)]
    env: BTreeMap<String, toml::Value>,
    #[serde(default)]
    paths: Vec<RawPath>,
    #[serde(default)]
    filters: Vec<RawFilter>,
    #[serde(default)]
    includes: Vec<RawInclude>,
    #[serde(default)]
    excludes: Vec<RawInclude>,
}

#[derive(Debug, serde::Deserialize)]
struct RawPath {
    l10n: String,
    reference: Option<String>,
    locales: Option<Vec<String>>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s],
            OneOrMany::Many(v) => v,
        }
    }
}

#[derive(Debug, serde::Deserialize)]
struct RawFilter {
    path: OneOrMany,
    key: Option<OneOrMany>,
    action: String,
}

#[derive(Debug, serde::Deserialize)]
struct RawInclude {
    path: String,
}

/// Makes `p` absolute and removes `.` and `..` without touching the file system.
fn normalize(p: &Path) -> PathBuf {
    let abs = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(p)
    };
    let mut out = PathBuf::new();
    for c in abs.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other.as_os_str()),
        }
    }
    out
}

fn parse_config(
    path: &Path,
    id: String,
    env: &BTreeMap<String, String>,
    nested: bool,
    depth: usize,
) -> Result<Config> {
    if depth > 16 {
        return Err(Error::Input(format!(
            "{}: includes nest too deeply",
            path.display()
        )));
    }
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    let raw: RawConfig = toml::from_str(&text).map_err(|e| Error::Config {
        path: path.to_path_buf(),
        message: e.to_string(),
    })?;
    let dir = normalize(path.parent().unwrap_or(Path::new(".")));
    let root = normalize(&dir.join(raw.basepath.as_deref().unwrap_or(".")));
    let root_s = root.to_string_lossy().trim_end_matches('/').to_owned();
    let mut cfg_env: BTreeMap<String, String> = raw
        .env
        .iter()
        .map(|(k, v)| {
            (
                k.clone(),
                v.as_str().map_or_else(|| v.to_string(), str::to_owned),
            )
        })
        .collect();
    cfg_env.extend(env.iter().map(|(k, v)| (k.clone(), v.clone())));
    let mut paths = Vec::new();
    for p in &raw.paths {
        paths.push(PathRule {
            l10n: Pattern::new(&p.l10n, &root_s, &cfg_env)?,
            reference: p
                .reference
                .as_deref()
                .map(|r| Pattern::new(r, &root_s, &cfg_env))
                .transpose()?,
            locales: p.locales.clone(),
        });
    }
    let mut filters = Vec::new();
    for f in raw.filters {
        let action = match f.action.as_str() {
            "error" => FilterAction::Error,
            "warning" => FilterAction::Warning,
            "ignore" => FilterAction::Ignore,
            other => {
                return Err(Error::Config {
                    path: path.to_path_buf(),
                    message: format!("unknown filter action `{other}`"),
                });
            }
        };
        let keys: Vec<Option<String>> = match f.key {
            Some(k) => k.into_vec().into_iter().map(Some).collect(),
            None => vec![None],
        };
        for p in f.path.into_vec() {
            for k in &keys {
                let key = match k {
                    None => None,
                    Some(k) => Some(match k.strip_prefix("re:") {
                        Some(re) => {
                            KeyMatch::Regex(Regex::new(&format!("^(?:{re})")).map_err(|e| {
                                Error::Config {
                                    path: path.to_path_buf(),
                                    message: format!("filter key `{k}`: {e}"),
                                }
                            })?)
                        }
                        None => KeyMatch::Exact(k.clone()),
                    }),
                };
                filters.push(FilterRule {
                    path: Pattern::new(&p, &root_s, &cfg_env)?,
                    key,
                    action,
                });
            }
        }
    }
    let resolve = |p: &str| -> Result<PathBuf> {
        let expanded = Pattern::new(p, &root_s, &cfg_env)?;
        let mut s = String::new();
        for node in &expanded.nodes {
            match node {
                Node::Literal(l) => s.push_str(l),
                Node::Variable(v) => {
                    s.push_str(&expand_var(v, &cfg_env, 0).ok_or_else(|| Error::Config {
                        path: path.to_path_buf(),
                        message: format!("`{{{v}}}` is not defined"),
                    })?)
                }
                _ => {
                    return Err(Error::Config {
                        path: path.to_path_buf(),
                        message: format!("include path `{p}` has a wildcard"),
                    });
                }
            }
        }
        Ok(normalize(&root.join(s)))
    };
    if !raw.excludes.is_empty() && nested {
        return Err(Error::Config {
            path: path.to_path_buf(),
            message: "an included or excluded config may not have [[excludes]]".into(),
        });
    }
    // Included and excluded configs are parsed alike, with the parser's env only.
    let sub = |list: &[RawInclude]| -> Result<Vec<Config>> {
        list.iter()
            .map(|r| {
                let p = resolve(&r.path)?;
                parse_config(&p, p.to_string_lossy().into_owned(), env, true, depth + 1)
            })
            .collect()
    };
    let includes = sub(&raw.includes)?;
    let excludes = sub(&raw.excludes)?;
    Ok(Config {
        id,
        locales: raw.locales,
        paths,
        filters,
        includes,
        excludes,
    })
}

impl Config {
    fn all_locales(&self) -> BTreeSet<String> {
        let mut out: BTreeSet<String> = self.locales.iter().flatten().cloned().collect();
        for p in &self.paths {
            out.extend(p.locales.iter().flatten().cloned());
        }
        for c in &self.includes {
            out.extend(c.all_locales());
        }
        out
    }

    /// Itself and its includes, recursively, pre-order.
    fn configs<'a>(&'a self, out: &mut Vec<&'a Config>) {
        if !out.iter().any(|c| c.id == self.id) {
            out.push(self);
        }
        for c in &self.includes {
            c.configs(out);
        }
    }

    fn applies(&self, p: &PathRule, locale: &str) -> bool {
        self.locales
            .as_ref()
            .is_none_or(|l| l.iter().any(|x| x == locale))
            && p.locales
                .as_ref()
                .is_none_or(|l| l.iter().any(|x| x == locale))
    }
}

/// Directory listings shared by every locale's enumeration: each folder is
/// read once, however many patterns and locales look into it.
#[derive(Debug, Default)]
struct Listings {
    /// Folder (with a trailing `/`) → every regular file below it, sorted.
    dirs: std::sync::Mutex<BTreeMap<String, Arc<Vec<String>>>>,
}

impl Listings {
    fn files_under(&self, dir: &str) -> Vec<String> {
        let dir = if dir.ends_with('/') {
            dir.to_owned()
        } else {
            format!("{dir}/")
        };
        {
            let dirs = self
                .dirs
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            if let Some((d, files)) = dirs
                .range(..=dir.clone())
                .next_back()
                .filter(|(d, _)| dir.starts_with(d.as_str()))
            {
                return if *d == dir {
                    files.to_vec()
                } else {
                    files
                        .iter()
                        .filter(|f| f.starts_with(&dir))
                        .cloned()
                        .collect()
                };
            }
        }
        let mut out = Vec::new();
        fn rec(dir: &Path, out: &mut Vec<String>) {
            let Ok(entries) = std::fs::read_dir(dir) else {
                return;
            };
            for e in entries.flatten() {
                let Ok(ft) = e.file_type() else { continue };
                let path = e.path();
                if ft.is_dir() {
                    rec(&path, out);
                } else if ft.is_file() {
                    out.push(path.to_string_lossy().into_owned());
                }
            }
        }
        rec(Path::new(&dir), &mut out);
        out.sort();
        let files = Arc::new(out);
        self.dirs
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(dir, Arc::clone(&files));
        files.to_vec()
    }
}

/// Existing files below a pattern's prefix that it matches and no exclude matches.
fn walk(p: &Pattern, listings: &Listings, excluded: &dyn Fn(&str) -> bool, out: &mut Vec<String>) {
    let prefix = p.prefix();
    let prefix_path = Path::new(&prefix);
    if prefix_path.is_file() {
        if p.matches(&prefix) && !excluded(&prefix) {
            out.push(prefix);
        }
        return;
    }
    // A folder prefix ends with `/`; otherwise list its parent and filter.
    let dir = if prefix.ends_with('/') {
        prefix.clone()
    } else {
        prefix
            .rsplit_once('/')
            .map_or(prefix.clone(), |(d, _)| format!("{d}/"))
    };
    for f in listings.files_under(&dir) {
        if f.starts_with(&prefix) && p.matches(&f) && !excluded(&f) {
            out.push(f);
        }
    }
}

/// `(l10n path, reference path)` pairs of one locale, sorted by l10n path.
fn locale_files(
    projects: &[Config],
    locale: &str,
    listings: &Listings,
) -> Result<Vec<(String, String)>> {
    let env: BTreeMap<String, String> = [("locale".to_owned(), locale.to_owned())].into();
    let handling: Vec<&Config> = projects
        .iter()
        .filter(|p| p.all_locales().contains(locale))
        .collect();
    let mut configs: Vec<&Config> = Vec::new();
    for p in &handling {
        p.configs(&mut configs);
    }
    let mut excludes: Vec<&Config> = Vec::new();
    for p in &handling {
        for ex in &p.excludes {
            if !excludes.iter().any(|e| e.id == ex.id) && !configs.iter().any(|c| c.id == ex.id) {
                excludes.push(ex);
            }
        }
    }
    let mut ex_matchers: Vec<Pattern> = Vec::new();
    for ex in &excludes {
        if !ex.all_locales().contains(locale) {
            continue;
        }
        let mut cs = Vec::new();
        ex.configs(&mut cs);
        for c in cs {
            for p in &c.paths {
                if c.applies(p, locale) {
                    ex_matchers.push(p.l10n.with_env(&env)?);
                    if let Some(r) = &p.reference {
                        ex_matchers.push(r.clone());
                    }
                }
            }
        }
    }
    let excluded = |path: &str| ex_matchers.iter().any(|m| m.matches(path));
    let mut matchers: Vec<(Pattern, Pattern)> = Vec::new();
    for c in &configs {
        for p in &c.paths {
            if let (true, Some(r)) = (c.applies(p, locale), &p.reference) {
                matchers.push((p.l10n.with_env(&env)?, r.clone()));
            }
        }
    }
    matchers.reverse();
    let mut unique: Vec<(Pattern, Pattern)> = Vec::new();
    for m in matchers {
        if !unique
            .iter()
            .any(|u| u.0.resolved == m.0.resolved && u.0.prefix() == m.0.prefix())
        {
            unique.push(m);
        }
    }
    let mut known: BTreeMap<String, String> = BTreeMap::new();
    for (l10n, reference) in &unique {
        let mut found = Vec::new();
        walk(l10n, listings, &excluded, &mut found);
        for p in found {
            if let (false, Some(r)) = (known.contains_key(&p), l10n.sub(reference, &p)) {
                known.insert(p, r);
            }
        }
        let mut found = Vec::new();
        walk(reference, listings, &excluded, &mut found);
        for p in found {
            if let Some(lp) = reference.sub(l10n, &p) {
                known.entry(lp).or_insert(p);
            }
        }
    }
    Ok(known.into_iter().collect())
}

fn relative(path: &str, base: &Path) -> PathBuf {
    let p = Path::new(path);
    p.strip_prefix(base)
        .map_or_else(|_| p.to_path_buf(), Path::to_path_buf)
}

/// Checks the project described by `configs` (paths as typed), for
/// `locales` (default: every locale the configs handle). Paths in findings
/// are relative to the current folder.
pub fn check(configs: &[PathBuf], locales: &[String]) -> Result<CheckReport> {
    let base = normalize(Path::new("."));
    let env: BTreeMap<String, String> =
        [("l10n_base".to_owned(), base.to_string_lossy().into_owned())].into();
    let projects: Vec<Config> = configs
        .iter()
        .map(|c| parse_config(c, c.to_string_lossy().into_owned(), &env, false, 0))
        .collect::<Result<_>>()?;
    let all: BTreeSet<String> = projects.iter().flat_map(Config::all_locales).collect();
    let selected: Vec<String> = if locales.is_empty() {
        all.into_iter().collect()
    } else {
        locales.to_vec()
    };
    for l in &selected {
        if l.is_empty() || l.contains(['/', '\\']) || l.contains("..") {
            return Err(Error::Input(format!("`{l}` is not a locale code")));
        }
    }
    // Enumerate every locale's pairs (in parallel), then prepare each reference file once.
    let listings = Listings::default();
    let per_locale: Vec<(String, Vec<(String, String)>)> = selected
        .par_iter()
        .map(|l| locale_files(&projects, l, &listings).map(|f| (l.clone(), f)))
        .collect::<Result<_>>()?;
    let mut ref_paths: BTreeSet<String> = BTreeSet::new();
    for (_, files) in &per_locale {
        for (_, r) in files {
            if !ref_paths.contains(r) && Path::new(r).is_file() {
                ref_paths.insert(r.clone());
            }
        }
    }
    let ref_list: Vec<String> = ref_paths.into_iter().collect();
    let prepared: Vec<crate::check::RefFile> = ref_list
        .par_iter()
        .map(|r| {
            let shown = relative(r, &base);
            let mut c = load_catalog(Path::new(""), Path::new(r))?;
            c.path = shown.clone();
            for d in &mut c.diagnostics {
                d.location.file = shown.clone();
            }
            Ok(prepare_reference(shown.to_string_lossy().into_owned(), c))
        })
        .collect::<Result<_>>()?;
    let index: BTreeMap<&str, usize> = ref_list
        .iter()
        .enumerate()
        .map(|(i, r)| (r.as_str(), i))
        .collect();
    let reference = Reference::new("reference", prepared);
    let mut jobs = Vec::new();
    for (locale, files) in per_locale {
        // As compare-locales: a locale with no files at all has no summary.
        if files.is_empty() {
            continue;
        }
        let mut pairs = Vec::new();
        let mut obsolete_files = Vec::new();
        for (l10n, r) in files {
            match index.get(r.as_str()) {
                Some(&i) => pairs.push(Pair {
                    reference: i,
                    path: relative(&l10n, &base),
                    full: PathBuf::from(&l10n),
                }),
                None => {
                    if Path::new(&l10n).is_file() {
                        obsolete_files.push((relative(&l10n, &base), PathBuf::from(&l10n)));
                    }
                }
            }
        }
        let compiled = CompiledFilter::new(&projects, &locale)?;
        let cache: std::sync::Mutex<Option<(PathBuf, FileMatches)>> = std::sync::Mutex::new(None);
        let filter = Filter(Arc::new(move |full: &Path, key: Option<&str>| {
            let mut guard = cache
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            if guard.as_ref().is_none_or(|(p, _)| p != full) {
                *guard = Some((
                    full.to_path_buf(),
                    compiled.matches(&full.to_string_lossy()),
                ));
            }
            guard
                .as_ref()
                .map_or(FilterAction::Ignore, |(_, m)| compiled.combined(m, key))
        }));
        jobs.push(Job {
            locale,
            status: LocaleStatus::Required,
            pairs,
            obsolete_files,
            filter: Some(filter),
            basis: None,
        });
    }
    let mut policy = Policy::default();
    policy.completeness_as_warning = true;
    Ok(check_jobs(&reference, &jobs, &policy))
}
