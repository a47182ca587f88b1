//! The catalog stage: `locales/<lang>/*.ftl` → [`Catalog`]s. Text is guarded
//! before fluent-syntax sees it (size, BOM, bare CR, nesting depth, placeable
//! count), parsed once into a `FluentResource`, and indexed: every message and
//! term with its byte offset, canonical value source and attributes. Parse
//! errors become diagnostics; nothing is dropped silently.

pub mod guard;
pub mod load;

pub use load::{Catalog, Entry, EntryKind, load_catalog, open_optional, parse_catalog};
