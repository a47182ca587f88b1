//! The build cache: for every output, a fingerprint (BLAKE3) of everything
//! that shaped it, the hash of the bytes written, and what the build learnt
//! while making it (fallback counts, diagnostics). A later build that finds
//! the same fingerprint and the same bytes on disk reuses the file instead
//! of rendering it again. Anything unexpected (a missing, corrupt or foreign
//! cache, another folio version, an output edited or deleted by hand) means
//! the output is rendered again: the cache can make a build slower, never
//! wrong. Reads and writes only `<output>/.folio-cache.json`.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

/// File name of the cache inside the output folder.
pub const CACHE_FILE: &str = ".folio-cache.json";

/// What a cached output needs besides its bytes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// Fingerprint of the inputs, hex.
    pub inputs: String,
    /// BLAKE3 of the bytes written, hex.
    pub output: String,
    pub size: u64,
    /// Messages shown in English and outdated translations shown.
    #[serde(default)]
    pub fallback: usize,
    #[serde(default)]
    pub outdated: usize,
    /// Diagnostics the output produced, `(code, severity is error, message, file)`,
    /// re-reported when the output is reused.
    #[serde(default)]
    pub notes: Vec<Note>,
}

/// A diagnostic remembered with a cached output.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub code: String,
    pub error: bool,
    pub message: String,
    pub file: String,
    pub line: usize,
    pub column: usize,
}

/// The cache of one output folder.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Cache {
    /// folio's version: another version renders everything again.
    pub version: String,
    /// Output path (relative to the project root, `/`-separated) → entry.
    pub entries: BTreeMap<String, Entry>,
}

impl Cache {
    /// An empty cache for this folio.
    pub fn new() -> Cache {
        Cache {
            version: env!("CARGO_PKG_VERSION").to_owned(),
            entries: BTreeMap::new(),
        }
    }

    /// Reads the cache of `output_dir`; an absent, unreadable, corrupt or
    /// foreign one gives an empty cache.
    pub fn load(output_dir: &Path) -> Cache {
        let path = output_dir.join(CACHE_FILE);
        let Ok(bytes) = crate::output::read_regular_file(&path, 256 << 20) else {
            return Cache::new();
        };
        match serde_json::from_slice::<Cache>(&bytes) {
            Ok(c) if c.version == env!("CARGO_PKG_VERSION") => c,
            _ => Cache::new(),
        }
    }

    /// The entry of `rel` if its fingerprint is `inputs` and the file at
    /// `root/rel` still holds the bytes that were written.
    pub fn reusable(&self, root: &Path, rel: &Path, inputs: &str) -> Option<&Entry> {
        let e = self.entries.get(&key(rel))?;
        if e.inputs != inputs {
            return None;
        }
        let meta = std::fs::symlink_metadata(root.join(rel)).ok()?;
        if !meta.is_file() || meta.len() != e.size {
            return None;
        }
        let bytes = std::fs::read(root.join(rel)).ok()?;
        (hash_bytes(&bytes) == e.output).then_some(e)
    }

    /// The cache as JSON (sorted, so the same builds give the same file).
    pub fn to_json(&self) -> Vec<u8> {
        let mut v = serde_json::to_vec_pretty(self).unwrap_or_default();
        v.push(b'\n');
        v
    }
}

/// The cache key of an output path.
pub fn key(rel: &Path) -> String {
    rel.to_string_lossy().replace('\\', "/")
}

/// BLAKE3 of `bytes`, hex.
pub fn hash_bytes(bytes: &[u8]) -> String {
    blake3::hash(bytes).to_hex().to_string()
}

/// Builds a fingerprint from labelled parts, so that moving bytes from one
/// part to the next changes it.
#[derive(Debug, Default)]
pub struct Fingerprint(blake3::Hasher);

impl Fingerprint {
    pub fn new(kind: &str) -> Fingerprint {
        let mut f = Fingerprint(blake3::Hasher::new());
        f.add("folio", env!("CARGO_PKG_VERSION").as_bytes());
        f.add("kind", kind.as_bytes());
        f
    }

    /// Adds one labelled part.
    pub fn add(&mut self, label: &str, bytes: &[u8]) -> &mut Fingerprint {
        for part in [label.as_bytes(), bytes] {
            self.0.update(&(part.len() as u64).to_le_bytes());
            self.0.update(part);
        }
        self
    }

    pub fn finish(&self) -> String {
        self.0.finalize().to_hex().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_delimited() {
        let a = Fingerprint::new("x").add("a", b"bc").add("d", b"").finish();
        let b = Fingerprint::new("x").add("a", b"b").add("cd", b"").finish();
        assert_ne!(a, b);
        assert_eq!(
            a,
            Fingerprint::new("x").add("a", b"bc").add("d", b"").finish()
        );
    }

    #[test]
    fn corrupt_or_foreign_caches_are_empty() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(CACHE_FILE), "{not json").unwrap();
        assert!(Cache::load(dir.path()).entries.is_empty());
        let mut c = Cache::new();
        c.version = "0.0.0-other".into();
        c.entries.insert("x".into(), Entry::default());
        std::fs::write(dir.path().join(CACHE_FILE), c.to_json()).unwrap();
        assert!(Cache::load(dir.path()).entries.is_empty());
    }

    #[test]
    fn an_edited_output_is_not_reused() {
        let dir = tempfile::tempdir().unwrap();
        let rel = Path::new("out/a.html");
        std::fs::create_dir_all(dir.path().join("out")).unwrap();
        std::fs::write(dir.path().join(rel), b"page").unwrap();
        let mut c = Cache::new();
        c.entries.insert(
            key(rel),
            Entry {
                inputs: "f".into(),
                output: hash_bytes(b"page"),
                size: 4,
                ..Entry::default()
            },
        );
        assert!(c.reusable(dir.path(), rel, "f").is_some());
        assert!(c.reusable(dir.path(), rel, "g").is_none());
        std::fs::write(dir.path().join(rel), b"pagX").unwrap();
        assert!(c.reusable(dir.path(), rel, "f").is_none());
        std::fs::remove_file(dir.path().join(rel)).unwrap();
        assert!(c.reusable(dir.path(), rel, "f").is_none());
    }
}
