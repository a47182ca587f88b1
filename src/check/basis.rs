//! The outdated record: for each locale, `locales/<lang>/basis.toml` keeps
//! the English (canonical Fluent source) that each translation was made
//! from; `locales/<source>/basis.toml` keeps the English as it was when
//! last recorded, so an editor can mark an English edit as cosmetic. Plain
//! text, in the repository, offline; nobody edits hashes because there are
//! none. Written only by `folio mark-current`.

use std::collections::BTreeMap;
use std::path::Path;

use crate::error::{Error, Result};

/// The file name of a locale's record.
pub const BASIS_FILE: &str = "basis.toml";

/// file (relative to the locale folder) → message ID → English source.
pub type Basis = BTreeMap<String, BTreeMap<String, String>>;

const HEADER: &str = "# Written by `folio mark-current`: the English text each translation was made from.\n# `folio check` reports a translation as outdated when the English has changed since.\n# Do not edit by hand.\n\n";

/// Reads a record; a missing file is an empty record.
pub fn read(path: &Path) -> Result<Option<Basis>> {
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

/// Writes a record atomically if it changed; returns whether it did.
pub fn write(path: &Path, basis: &Basis) -> Result<bool> {
    let text = to_text(basis);
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
}
