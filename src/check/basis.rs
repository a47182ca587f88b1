//! The outdated record: for each locale, `locales/<lang>/basis.toml` keeps
//! the English (canonical Fluent source) that each translation was made
//! from (written only by `folio mark-current`). `locales/<source>/basis.toml`
//! keeps the English as folio last saw it and, for a message whose English
//! changed since, the English just before that last change (written by
//! `folio split` and `folio mark-current`), so that
//! `mark-current --cosmetic` forgives exactly the last edit and no earlier
//! one. Plain text, in the repository, offline; nobody edits hashes because
//! there are none.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::{Deserialize, Serialize, de::DeserializeOwned};

use super::Reference;
use crate::error::{Error, Result};

/// The file name of a locale's record.
pub const BASIS_FILE: &str = "basis.toml";

/// file (relative to the locale folder) → message ID → English source.
pub type Basis = BTreeMap<String, BTreeMap<String, String>>;

const HEADER: &str = "# Written by `folio mark-current`: the English text each translation was made from.\n# `folio check` reports a translation as outdated when the English has changed since.\n# Do not edit by hand.\n\n";

const ENGLISH_HEADER: &str = "# Written by `folio split` and `folio mark-current`: the English as folio last saw it;\n# for a message changed since first seen, `was` is the English just before its last change,\n# the edit that `folio mark-current --cosmetic` can forgive. Do not edit by hand.\n\n";

/// The English of one message as recorded in the source locale's record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Seen {
    /// Unchanged since folio first saw it.
    Text(String),
    /// Changed: `now` as last seen, `was` just before the last change.
    Edited { now: String, was: String },
}

impl Seen {
    /// The English as last seen.
    pub fn now(&self) -> &str {
        match self {
            Seen::Text(s) | Seen::Edited { now: s, .. } => s,
        }
    }

    /// The English just before the last change seen, if there was one.
    pub fn was(&self) -> Option<&str> {
        match self {
            Seen::Text(_) => None,
            Seen::Edited { was, .. } => Some(was),
        }
    }
}

/// The source locale's record: file → message ID → the English seen.
pub type EnglishRecord = BTreeMap<String, BTreeMap<String, Seen>>;

/// Records the English of `reference` as seen now: a message whose English
/// differs from the one last seen gets that one as `was`. Files and IDs
/// gone from the English are dropped. Returns whether anything changed.
pub fn observe(record: &mut EnglishRecord, reference: &Reference) -> bool {
    let before = record.clone();
    record.retain(|file, _| reference.files.iter().any(|f| f.rel == *file));
    for rf in &reference.files {
        let file = record.entry(rf.rel.clone()).or_default();
        file.retain(|id, _| rf.entries.iter().any(|r| r.entry.id == *id));
        // The first definition of an ID counts, as in `check`.
        let mut done: BTreeSet<&str> = BTreeSet::new();
        for r in &rf.entries {
            if !done.insert(r.entry.id.as_str()) {
                continue;
            }
            let now = rf.catalog.entry_source(&r.entry);
            match file.get_mut(&r.entry.id) {
                None => {
                    file.insert(r.entry.id.clone(), Seen::Text(now));
                }
                Some(seen) if seen.now() == now => {}
                Some(seen) => {
                    let was = seen.now().to_owned();
                    *seen = Seen::Edited { now, was };
                }
            }
        }
        if file.is_empty() {
            record.remove(&rf.rel);
        }
    }
    *record != before
}

/// Reads a record; a missing file is `None`.
pub fn read(path: &Path) -> Result<Option<Basis>> {
    read_any(path)
}

/// Reads the source locale's record; a missing file is `None`.
pub fn read_english(path: &Path) -> Result<Option<EnglishRecord>> {
    read_any(path)
}

fn read_any<T: DeserializeOwned>(path: &Path) -> Result<Option<T>> {
    match std::fs::read_to_string(path) {
        Ok(text) => toml::from_str(&text).map(Some).map_err(|e| Error::Config {
            path: path.to_path_buf(),
            message: e.to_string(),
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io(path, e)),
    }
}

/// Serializes a record (sorted, stable).
pub fn to_text(basis: &Basis) -> String {
    let body = toml::to_string(basis).unwrap_or_default();
    format!("{HEADER}{body}")
}

/// Serializes the source locale's record (sorted, stable).
pub fn english_to_text(record: &EnglishRecord) -> String {
    let body = toml::to_string(record).unwrap_or_default();
    format!("{ENGLISH_HEADER}{body}")
}

/// Writes a record atomically if it changed; returns whether it did.
pub fn write(path: &Path, basis: &Basis) -> Result<bool> {
    write_text(path, &to_text(basis))
}

/// Writes the source locale's record atomically if it changed; returns whether it did.
pub fn write_english(path: &Path, record: &EnglishRecord) -> Result<bool> {
    write_text(path, &english_to_text(record))
}

fn write_text(path: &Path, text: &str) -> Result<bool> {
    if crate::output::is_unchanged(path, text.as_bytes()) {
        return Ok(false);
    }
    crate::output::write_atomic(path, text.as_bytes())?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_awkward_text() {
        let mut b = Basis::new();
        b.entry("site.ftl".into())
            .or_default()
            .insert("a-b".into(), "x \"q\" { $v }\n.title = T\\".into());
        let text = to_text(&b);
        let back: Basis = toml::from_str(&text).unwrap();
        assert_eq!(back, b);
    }

    fn reference(en: &str) -> Reference {
        let c = crate::catalog::parse_catalog(Path::new("en/main.ftl"), en);
        Reference::new(
            "en",
            vec![super::super::prepare_reference("main.ftl".into(), c)],
        )
    }

    #[test]
    fn english_record_keeps_the_text_before_the_last_change() {
        let mut r = EnglishRecord::new();
        assert!(observe(&mut r, &reference("a = One.\nb = Two.\n")));
        assert!(!observe(&mut r, &reference("a = One.\nb = Two.\n")));
        assert!(observe(&mut r, &reference("a = One!\nb = Two.\n")));
        assert!(observe(&mut r, &reference("a = One?\nb = Two.\nc = New\n")));
        let m = &r["main.ftl"];
        assert_eq!(
            m["a"],
            Seen::Edited {
                now: "One?".into(),
                was: "One!".into()
            }
        );
        assert_eq!(m["b"], Seen::Text("Two.".into()));
        assert_eq!(m["c"], Seen::Text("New".into()));
        // Text and tables side by side survive a round trip; an old record
        // (strings only) still reads.
        let text = english_to_text(&r);
        let back: EnglishRecord = toml::from_str(&text).unwrap();
        assert_eq!(back, r);
        let old: EnglishRecord = toml::from_str("[\"main.ftl\"]\na = \"One\"\n").unwrap();
        assert_eq!(old["main.ftl"]["a"], Seen::Text("One".into()));
        // Removed IDs are dropped.
        observe(&mut r, &reference("a = One?\n"));
        assert_eq!(r["main.ftl"].len(), 1);
    }
}
