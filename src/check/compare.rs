//! The comparison itself: reference files prepared once, then each locale's
//! files compared entry by entry. Pure apart from reading the l10n files of
//! a job; runs one job per locale in parallel (rayon).

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::FxHashMap as HashMap;
use std::path::PathBuf;

use rayon::prelude::*;

use super::basis::Basis;
use super::chars::Allowances;
use super::codes;
use super::facts::{EntryFacts, entry_facts, word_count};
use super::fidelity::{self, Tokens};
use super::plural;
use super::policy::Policy;
use super::{CheckReport, Finding, LocaleSummary, Stats};
use crate::catalog::{Catalog, Entry, EntryKind};
use crate::config::LocaleStatus;
use crate::diag::{Diagnostic, Location, Severity};

/// Codes of translation files that could not be read: they fail every
/// command, whatever the locale's status.
pub const UNREADABLE_CODES: &[&str] = &["not-a-file", "unreadable-file"];

/// One prepared reference entry.
#[derive(Debug)]
pub struct RefEntry {
    pub entry: Entry,
    pub facts: EntryFacts,
    pub words: usize,
    pub tokens: Tokens,
}

/// One prepared reference file.
#[derive(Debug)]
pub struct RefFile {
    /// Path relative to the locale folder, with `/`: pairs it with translations.
    pub rel: String,
    pub catalog: Catalog,
    /// First definitions, in file order (later duplicates are findings).
    pub entries: Vec<RefEntry>,
    messages: HashMap<String, usize>,
    terms: HashMap<String, usize>,
    /// Entries including duplicates, and their words: what a missing file lacks.
    pub all_count: usize,
    pub all_words: usize,
    /// Findings about the English file itself.
    pub findings: Vec<(Option<String>, Diagnostic)>,
}

impl RefFile {
    fn get(&self, kind: EntryKind, id: &str) -> Option<&RefEntry> {
        let map = match kind {
            EntryKind::Message => &self.messages,
            EntryKind::Term => &self.terms,
        };
        map.get(id).map(|&i| &self.entries[i])
    }
}

/// All reference files plus the IDs they define.
#[derive(Debug)]
pub struct Reference {
    pub locale: String,
    pub files: Vec<RefFile>,
    /// `id` of every message and `-id` of every term.
    pub symbols: BTreeSet<String>,
}

impl Reference {
    /// Builds the reference from prepared files.
    pub fn new(locale: &str, files: Vec<RefFile>) -> Self {
        let mut symbols = BTreeSet::new();
        for f in &files {
            for e in &f.entries {
                symbols.insert(symbol(e.entry.kind, &e.entry.id));
            }
        }
        Reference {
            locale: locale.to_owned(),
            files,
            symbols,
        }
    }

    /// The index of the file with relative path `rel`.
    pub fn file_index(&self, rel: &str) -> Option<usize> {
        self.files.iter().position(|f| f.rel == rel)
    }
}

fn symbol(kind: EntryKind, id: &str) -> String {
    match kind {
        EntryKind::Message => id.to_owned(),
        EntryKind::Term => format!("-{id}"),
    }
}

pub(super) fn entry_text(facts: &EntryFacts) -> String {
    let mut t = facts
        .value
        .as_ref()
        .map(|v| v.text.clone())
        .unwrap_or_default();
    for (_, a) in &facts.attributes {
        t.push('\n');
        t.push_str(&a.text);
    }
    t
}

/// Prepares a reference catalog: facts of every entry, computed once.
pub fn prepare_reference(rel: String, catalog: Catalog) -> RefFile {
    let mut entries = Vec::new();
    let mut index: HashMap<(EntryKind, String), usize> = HashMap::default();
    let mut findings = Vec::new();
    for d in &catalog.diagnostics {
        findings.push((None, d.clone()));
    }
    let mut all_words = 0;
    for e in &catalog.entries {
        let key = (e.kind, e.id.clone());
        if let Some(&first) = index.get(&key) {
            let first: &RefEntry = &entries[first];
            let words = catalog
                .ast(e)
                .and_then(entry_facts)
                .map_or(first.words, |f| word_count(&entry_text(&f)));
            all_words += words;
            findings.push((
                Some(e.id.clone()),
                Diagnostic::new(
                    Severity::Warning,
                    "duplicate-id",
                    catalog.location(e.offset),
                    format!(
                        "`{}` is defined twice; the first definition is used",
                        symbol(e.kind, &e.id)
                    ),
                )
                .with_source_line(catalog.line_at(e.offset)),
            ));
            continue;
        }
        let Some(facts) = catalog.ast(e).and_then(entry_facts) else {
            continue;
        };
        let text = entry_text(&facts);
        index.insert(key, entries.len());
        all_words += word_count(&text);
        entries.push(RefEntry {
            entry: e.clone(),
            words: word_count(&text),
            tokens: fidelity::tokens(&text),
            facts,
        });
    }
    let all_count = catalog.entries.len();
    let (mut messages, mut terms) = (HashMap::default(), HashMap::default());
    for ((kind, id), i) in index {
        match kind {
            EntryKind::Message => messages.insert(id, i),
            EntryKind::Term => terms.insert(id, i),
        };
    }
    RefFile {
        rel,
        catalog,
        entries,
        messages,
        terms,
        all_count,
        all_words,
        findings,
    }
}

/// What a filter does to a missing or obsolete entry (compare-locales' `[[filters]]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterAction {
    /// Counted and reported as usual.
    Error,
    /// Counted apart, as `report`, and reported as a warning.
    Warning,
    /// Not counted, not reported.
    Ignore,
}

/// The signature of a [`Filter`]: translation path on disk, entry ID or `None`.
pub type FilterFn = dyn Fn(&std::path::Path, Option<&str>) -> FilterAction + Send + Sync;

/// Decides what happens to a missing or obsolete file (`None` key) or entry
/// (its ID; terms with their `-`), given the translation's path on disk.
#[derive(Clone)]
pub struct Filter(pub std::sync::Arc<FilterFn>);

impl std::fmt::Debug for Filter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Filter(..)")
    }
}

/// One reference file and where its translation should be.
#[derive(Debug, Clone)]
pub struct Pair {
    /// Index into [`Reference::files`].
    pub reference: usize,
    /// The translation's path as shown in findings.
    pub path: PathBuf,
    /// The translation's path on disk.
    pub full: PathBuf,
}

/// Everything to check for one locale.
#[derive(Debug, Clone)]
pub struct Job {
    pub locale: String,
    pub status: LocaleStatus,
    pub pairs: Vec<Pair>,
    /// Translation files without a reference: (shown path, path on disk).
    pub obsolete_files: Vec<(PathBuf, PathBuf)>,
    /// compare-locales' `[[filters]]`, for l10n.toml projects.
    pub filter: Option<Filter>,
    /// The outdated record, if the locale has one.
    pub basis: Option<Basis>,
}

impl Job {
    fn filter(&self, full: &std::path::Path, key: Option<&str>) -> FilterAction {
        self.filter
            .as_ref()
            .map_or(FilterAction::Error, |f| (f.0)(full, key))
    }
}

/// Runs every job (in parallel) and assembles the report.
pub fn check_jobs(reference: &Reference, jobs: &[Job], policy: &Policy) -> CheckReport {
    let mut results: Vec<(LocaleSummary, Vec<Finding>)> = jobs
        .par_iter()
        .map(|job| check_job(reference, job, policy))
        .collect();
    // The English source's own findings, once.
    let mut en = Emitter::new(policy, &reference.locale, LocaleStatus::Required);
    for f in &reference.files {
        en.target = f.catalog.path.clone();
        for (id, d) in &f.findings {
            en.push_diag(&f.rel, id.as_deref(), d.clone());
        }
    }
    if !en.findings.is_empty() {
        sort_findings(&mut en.findings);
        let failed = en.fails(policy);
        let mut stats = Stats::default();
        en.count(&mut stats);
        let files = reference
            .files
            .iter()
            .map(|f| f.catalog.path.to_string_lossy().replace('\\', "/"))
            .collect();
        results.push((
            LocaleSummary {
                locale: reference.locale.clone(),
                status: LocaleStatus::Required,
                stats,
                failed,
                files,
                by_file: Vec::new(),
            },
            en.findings,
        ));
    }
    results.sort_by(|a, b| a.0.locale.cmp(&b.0.locale));
    let mut report = CheckReport {
        fail_on: policy.fail_on,
        ..CheckReport::default()
    };
    // Each locale's findings were sorted in its own job.
    for (summary, findings) in results {
        report.summaries.push(summary);
        report.findings.extend(findings);
    }
    report
}

/// Collects findings of one locale, applying the policy.
pub(super) struct Emitter<'p> {
    policy: &'p Policy,
    locale: String,
    status: LocaleStatus,
    findings: Vec<Finding>,
    /// The translation file being checked.
    target: PathBuf,
}

impl<'p> Emitter<'p> {
    fn new(policy: &'p Policy, locale: &str, status: LocaleStatus) -> Self {
        Emitter {
            policy,
            locale: locale.to_owned(),
            status,
            findings: Vec::new(),
            target: PathBuf::new(),
        }
    }

    fn push_diag(&mut self, rel: &str, id: Option<&str>, mut d: Diagnostic) {
        let Some(code) = codes::lookup(d.code) else {
            self.findings.push(Finding {
                locale: self.locale.clone(),
                id: id.map(str::to_owned),
                target: self.target.clone(),
                diag: d,
                english_change: None,
            });
            return;
        };
        let Some(severity) = self.policy.level(code, &self.locale, self.status, rel, id) else {
            return;
        };
        d.severity = severity;
        d.code = code.name;
        self.findings.push(Finding {
            locale: self.locale.clone(),
            id: id.map(str::to_owned),
            target: self.target.clone(),
            diag: d,
            english_change: None,
        });
    }

    pub(super) fn emit(
        &mut self,
        code: &'static str,
        rel: &str,
        id: Option<&str>,
        location: Location,
        source_line: Option<&str>,
        message: String,
    ) {
        let mut d = Diagnostic::new(Severity::Error, code, location, message);
        if let Some(l) = source_line {
            d = d.with_source_line(l);
        }
        self.push_diag(rel, id, d);
    }

    /// Attaches the English before and after to the `outdated` finding just
    /// emitted (if the policy kept it).
    fn english_change(&mut self, old: &str, new: &str) {
        if let Some(f) = self
            .findings
            .last_mut()
            .filter(|f| f.diag.code == "outdated")
        {
            f.english_change = Some(Box::new(super::EnglishChange {
                old: old.to_owned(),
                new: new.to_owned(),
            }));
        }
    }

    /// Adds a hint to the finding just emitted (if the policy kept it).
    pub(super) fn hint(&mut self, code: &'static str, hint: impl FnOnce() -> String) {
        if let Some(f) = self.findings.last_mut().filter(|f| f.diag.code == code) {
            f.diag.hints.push(hint());
        }
    }

    fn count(&self, stats: &mut Stats) {
        stats.errors = self
            .findings
            .iter()
            .filter(|f| f.diag.severity == Severity::Error)
            .count();
        stats.warnings = self
            .findings
            .iter()
            .filter(|f| f.diag.severity == Severity::Warning)
            .count();
    }

    fn fails(&self, policy: &Policy) -> bool {
        super::locale_fails(
            self.status,
            policy.fail_on,
            self.findings.iter().map(|f| &f.diag),
        )
    }
}

fn check_job(reference: &Reference, job: &Job, policy: &Policy) -> (LocaleSummary, Vec<Finding>) {
    // Load the translations that exist.
    let catalogs: Vec<Option<Catalog>> = job
        .pairs
        .iter()
        .map(|p| {
            // Not there: `None`, a missing file. Unreadable (a directory, a
            // link, a pipe, no permission): a catalog marked unreadable.
            let opened = crate::catalog::open_optional(std::path::Path::new(""), &p.full)
                .unwrap_or_else(|e| {
                    Some(crate::catalog::load::unreadable(
                        &p.full,
                        "unreadable-file",
                        format!("cannot be read: {e}"),
                    ))
                });
            opened.map(|mut c| {
                c.path = p.path.clone();
                for d in &mut c.diagnostics {
                    d.location.file = p.path.clone();
                    if d.message.contains(&*p.full.to_string_lossy()) {
                        d.message = d
                            .message
                            .replace(&*p.full.to_string_lossy(), &p.path.to_string_lossy());
                    }
                }
                c
            })
        })
        .collect();
    check_loaded(reference, job, catalogs, policy)
}

/// Checks one locale whose translation catalogs are already loaded (one per
/// pair of the job, `None` where the file does not exist).
pub fn check_loaded(
    reference: &Reference,
    job: &Job,
    catalogs: Vec<Option<Catalog>>,
    policy: &Policy,
) -> (LocaleSummary, Vec<Finding>) {
    let mut em = Emitter::new(policy, &job.locale, job.status);
    let mut stats = Stats::default();
    // Every ID the locale defines, for references and cycles.
    let mut symbols: BTreeSet<String> = BTreeSet::new();
    let mut graph: BTreeMap<String, (BTreeSet<String>, usize, usize)> = BTreeMap::new();
    let mut facts_cache: Vec<Vec<Option<EntryFacts>>> = Vec::with_capacity(catalogs.len());
    for (k, c) in catalogs.iter().enumerate() {
        let mut per = Vec::with_capacity(c.as_ref().map_or(0, |c| c.entries.len()));
        if let Some(c) = c {
            for e in &c.entries {
                let f = c.ast(e).and_then(entry_facts);
                let sym = symbol(e.kind, &e.id);
                // Only entries that reference others can be on a cycle.
                if let Some(f) = f
                    .as_ref()
                    .filter(|f| !f.all.message_refs.is_empty() || !f.all.term_refs.is_empty())
                {
                    let mut edges: BTreeSet<String> = f
                        .all
                        .message_refs
                        .iter()
                        .map(|r| r.split('.').next().unwrap_or(r).to_owned())
                        .collect();
                    edges.extend(f.all.term_refs.iter().map(|t| format!("-{t}")));
                    graph.entry(sym.clone()).or_insert((edges, k, e.offset));
                }
                symbols.insert(sym);
                per.push(f);
            }
        }
        facts_cache.push(per);
    }
    let in_cycle = super::cycles::cycles(&graph);
    // Formatted sizes, computed only for entries that place other messages
    // or terms, or whose own text is near the limit; the index of every
    // entry is made when the first such entry needs it.
    let mut sizes: Option<super::size::Sizes> = None;
    let categories = plural::categories(&job.locale);
    let allow = Allowances::for_locale(&job.locale);

    let mut by_file: Vec<(String, Stats)> = Vec::new();
    let mut before = stats.clone();
    let mut current: Option<String> = None;
    for (k, pair) in job.pairs.iter().enumerate() {
        if let Some(f) = current.take() {
            by_file.push((f, stats.minus(&before)));
        }
        before = stats.clone();
        current = Some(pair.path.to_string_lossy().replace('\\', "/"));
        let rf = &reference.files[pair.reference];
        let rel = rf.rel.as_str();
        em.target = pair.path.clone();
        let Some(cat) = &catalogs[k] else {
            // As compare-locales: a missing file counts every entry of the
            // English file as missing, duplicates included, unless a
            // file-level filter ignores it (then it is not counted).
            if job.filter(&pair.full, None) == FilterAction::Ignore {
                continue;
            }
            let counted = rf.all_count;
            let words = rf.all_words;
            stats.total += counted;
            stats.total_words += words;
            stats.missing += counted;
            stats.missing_words += words;
            if counted > 0 {
                em.emit(
                    "missing-file",
                    rel,
                    None,
                    Location::file(&pair.path),
                    None,
                    format!(
                        "{} is missing: {counted} entries ({words} words) are not translated",
                        pair.path.display()
                    ),
                );
            }
            continue;
        };
        for d in &cat.diagnostics {
            em.push_diag(rel, None, d.clone());
        }
        if cat.unreadable {
            // Its diagnostic says why; its entries reach no reader: counted
            // as missing, not reported one by one.
            for r in &rf.entries {
                stats.total += 1;
                stats.total_words += r.words;
                stats.missing += 1;
                stats.missing_words += r.words;
            }
            continue;
        }
        let basis = job.basis.as_ref().and_then(|b| b.get(rel));
        // Translation entries by ID (first definitions), duplicates reported.
        let mut seen: HashMap<(EntryKind, &str), usize> = HashMap::default();
        for (i, e) in cat.entries.iter().enumerate() {
            match seen.entry((e.kind, e.id.as_str())) {
                std::collections::hash_map::Entry::Occupied(_) => {
                    em.emit(
                        "duplicate-id",
                        rel,
                        Some(&e.id),
                        cat.location(e.offset),
                        Some(cat.line_at(e.offset)),
                        format!(
                            "`{}` is defined twice; only the first definition is used",
                            symbol(e.kind, &e.id)
                        ),
                    );
                }
                std::collections::hash_map::Entry::Vacant(v) => {
                    v.insert(i);
                }
            }
        }
        // Entry spans, for character scans.
        let mut offsets: Vec<usize> = cat.entries.iter().map(|e| e.offset).collect();
        offsets.extend(cat.other_entry_offsets());
        offsets.push(cat.text().len());
        offsets.sort_unstable();

        for r in &rf.entries {
            let id = r.entry.id.as_str();
            let Some(&i) = seen.get(&(r.entry.kind, id)) else {
                match job.filter(&pair.full, Some(&symbol(r.entry.kind, id))) {
                    // Ignored: not counted at all (compare-locales).
                    FilterAction::Ignore => {}
                    FilterAction::Warning => {
                        stats.total += 1;
                        stats.total_words += r.words;
                        stats.report += 1;
                        em.emit(
                            missing_code(r.entry.kind),
                            rel,
                            Some(id),
                            rf.catalog.location(r.entry.offset),
                            None,
                            format!(
                                "{} `{}` is not translated (filtered: reported only)",
                                kind_name(r.entry.kind),
                                symbol(r.entry.kind, id)
                            ),
                        );
                    }
                    FilterAction::Error => {
                        stats.total += 1;
                        stats.total_words += r.words;
                        stats.missing += 1;
                        stats.missing_words += r.words;
                        em.emit(
                            missing_code(r.entry.kind),
                            rel,
                            Some(id),
                            rf.catalog.location(r.entry.offset),
                            Some(rf.catalog.line_at(r.entry.offset)),
                            format!(
                                "{} `{}` is not translated in {}",
                                kind_name(r.entry.kind),
                                symbol(r.entry.kind, id),
                                pair.path.display()
                            ),
                        );
                        em.hint(missing_code(r.entry.kind), || {
                            format!(
                                "add `{} = …` to {}, translating this English line",
                                symbol(r.entry.kind, id),
                                pair.path.display()
                            )
                        });
                    }
                }
                continue;
            };
            // Present: translated, identical text included (see
            // `crate::status::Tally`); `compare_entry` counts identical ones.
            stats.total += 1;
            stats.total_words += r.words;
            stats.translated += 1;
            let e = &cat.entries[i];
            let Some(f) = facts_cache[k].get(i).and_then(Option::as_ref) else {
                continue;
            };
            let ctx = super::entry::EntryCtx {
                rel,
                reference,
                r,
                rf,
                cat,
                e,
                f,
                symbols: &symbols,
                categories: categories.as_ref(),
                allow,
                offsets: &offsets,
                locale: &job.locale,
                policy,
            };
            super::entry::compare_entry(&ctx, &mut em, &mut stats);
            let may_be_long = !f.all.message_refs.is_empty()
                || !f.all.term_refs.is_empty()
                || f.value.as_ref().map_or(0, |v| v.text.len())
                    + f.attributes
                        .iter()
                        .map(|(_, a)| a.text.len())
                        .sum::<usize>()
                    + crate::catalog::guard::MAX_PLACEABLES * 6
                    > crate::localize::MAX_MESSAGE_BYTES;
            if e.kind == EntryKind::Message
                && may_be_long
                && let Some(a) = cat.ast(e)
            {
                let sizes = sizes.get_or_insert_with(|| {
                    let mut s = super::size::Sizes::default();
                    for c in catalogs.iter().flatten() {
                        for e in &c.entries {
                            if let Some(a) = c.ast(e) {
                                s.add(a);
                            }
                        }
                    }
                    s
                });
                let size = sizes.entry_max(a);
                if size > crate::localize::MAX_MESSAGE_BYTES as u64 {
                    em.emit(
                        "message-too-long",
                        rel,
                        Some(&e.id),
                        cat.location(e.offset),
                        Some(cat.line_at(e.offset)),
                        format!(
                            "`{}` can format to {} KiB, more than the {} KiB one message may have; pages show the English",
                            e.id,
                            size.div_ceil(1024),
                            crate::localize::MAX_MESSAGE_BYTES / 1024
                        ),
                    );
                }
            }
            if in_cycle.contains(&symbol(e.kind, &e.id)) {
                em.emit(
                    "reference-cycle",
                    rel,
                    Some(&e.id),
                    cat.location(e.offset),
                    Some(cat.line_at(e.offset)),
                    format!("`{}` is part of a reference cycle", symbol(e.kind, &e.id)),
                );
            }
            if let Some(old) = basis.and_then(|b| b.get(id)) {
                let now = rf.catalog.entry_source(&r.entry);
                if *old != now {
                    stats.outdated += 1;
                    stats.outdated_words += r.words;
                    em.emit(
                        "outdated",
                        rel,
                        Some(id),
                        cat.location(e.offset),
                        Some(cat.line_at(e.offset)),
                        format!(
                            "the English of `{id}` changed after this translation was made: {}",
                            super::word_diff::word_diff(old, &now)
                                .unwrap_or_else(|| "only spacing or line breaks changed".to_owned())
                        ),
                    );
                    em.english_change(old, &now);
                    em.hint("outdated", || {
                        format!("update the translation, then run `folio mark-current --locale {} {id}`", job.locale)
                    });
                }
            }
        }
        // Obsolete entries.
        for (i, e) in cat.entries.iter().enumerate() {
            if seen.get(&(e.kind, e.id.as_str())) != Some(&i) || rf.get(e.kind, &e.id).is_some() {
                continue;
            }
            match job.filter(&pair.full, Some(&symbol(e.kind, &e.id))) {
                FilterAction::Ignore => {}
                _ => {
                    // compare-locales counts a reported (warning) obsolete entry as obsolete too.
                    stats.obsolete += 1;
                    let code = if e.kind == EntryKind::Term {
                        "obsolete-term"
                    } else {
                        "obsolete-message"
                    };
                    em.emit(
                        code,
                        rel,
                        Some(&e.id),
                        cat.location(e.offset),
                        Some(cat.line_at(e.offset)),
                        format!(
                            "{} `{}` is not in the English {}",
                            kind_name(e.kind),
                            symbol(e.kind, &e.id),
                            rf.catalog.path.display()
                        ),
                    );
                }
            }
        }
    }
    if let Some(f) = current.take() {
        by_file.push((f, stats.minus(&before)));
    }
    // Errors and warnings per file, in one pass over the findings (a pass
    // per file made checking quadratic in the number of files).
    let mut per_file: HashMap<&std::path::Path, (usize, usize)> = HashMap::default();
    for f in &em.findings {
        let counts = per_file.entry(f.target.as_path()).or_default();
        match f.diag.severity {
            Severity::Error => counts.0 += 1,
            Severity::Warning => counts.1 += 1,
            _ => {}
        }
    }
    let per_file: HashMap<String, (usize, usize)> = per_file
        .into_iter()
        .map(|(p, c)| (p.to_string_lossy().replace('\\', "/"), c))
        .collect();
    for (file, st) in &mut by_file {
        let (errors, warnings) = per_file.get(file.as_str()).copied().unwrap_or_default();
        st.errors = errors;
        st.warnings = warnings;
    }
    for (shown, full) in &job.obsolete_files {
        em.target = shown.clone();
        let rel = shown.to_string_lossy();
        if job.filter(full, None) != FilterAction::Ignore {
            em.emit(
                "obsolete-file",
                &rel,
                None,
                Location::file(shown),
                None,
                format!("{} has no English source file", shown.display()),
            );
        }
    }
    em.count(&mut stats);
    sort_findings(&mut em.findings);
    let failed = em.fails(policy);
    let files = job
        .pairs
        .iter()
        .map(|p| p.path.to_string_lossy().replace('\\', "/"))
        .collect();
    (
        LocaleSummary {
            locale: job.locale.clone(),
            status: job.status,
            stats,
            failed,
            files,
            by_file,
        },
        em.findings,
    )
}

/// Sorts one locale's findings by file, line, column, code and ID.
fn sort_findings(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        let (la, lb) = (&a.diag.location, &b.diag.location);
        la.file
            .as_os_str()
            .cmp(lb.file.as_os_str())
            .then(la.line.cmp(&lb.line))
            .then(la.column.cmp(&lb.column))
            .then(a.diag.code.cmp(b.diag.code))
            .then(a.id.cmp(&b.id))
    });
}

fn missing_code(kind: EntryKind) -> &'static str {
    match kind {
        EntryKind::Message => "missing-message",
        EntryKind::Term => "missing-term",
    }
}

fn kind_name(kind: EntryKind) -> &'static str {
    match kind {
        EntryKind::Message => "message",
        EntryKind::Term => "term",
    }
}
