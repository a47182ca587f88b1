//! Loading one `.ftl` file: size check before reading, UTF-8 check with the
//! position of the first bad byte, guards, one parse into a `FluentResource`,
//! and an index of its entries with byte offsets into the original text.

use std::path::{Path, PathBuf};

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use super::guard::{self, GuardIssue};
use crate::diag::{Diagnostic, Location, Severity};
use crate::error::{Error, Result};
use crate::position::LineIndex;

/// A message or a term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntryKind {
    Message,
    Term,
}

/// One message or term of a catalog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub kind: EntryKind,
    /// The identifier, without the `-` of a term.
    pub id: String,
    /// Byte offset of the identifier in [`Catalog::text`].
    pub offset: usize,
    /// Position of the entry in the resource's body (see [`Catalog::ast`]).
    pub index: usize,
    /// The group comment (`## …`) the entry stands under.
    pub group: Option<String>,
}

/// One parsed `.ftl` file.
#[derive(Debug)]
pub struct Catalog {
    /// The file as named in diagnostics (relative to the project root).
    pub path: PathBuf,
    /// The file's text as read, when it differs from what the parser saw
    /// (a BOM, bare CRs, blanked entries); see [`Catalog::text`].
    original: Option<String>,
    pub resource: FluentResource,
    pub entries: Vec<Entry>,
    pub diagnostics: Vec<Diagnostic>,
    line_index: std::sync::OnceLock<LineIndex>,
    /// True if the file could not be read (see [`open_optional`]): the
    /// catalog is empty and its diagnostic says why.
    pub unreadable: bool,
    /// The resource with its select expressions rewritten for rendering.
    bundle_resource: std::sync::OnceLock<Option<FluentResource>>,
}

impl Catalog {
    /// The entry with this id and kind.
    pub fn get(&self, kind: EntryKind, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.kind == kind && e.id == id)
    }

    /// The resource to add to a bundle: [`Catalog::resource`] with its
    /// select expressions resolved by CLDR 49 (see [`crate::select`]).
    pub fn bundle_resource(&self) -> &FluentResource {
        self.bundle_resource
            .get_or_init(|| crate::select::rewrite(&self.resource))
            .as_ref()
            .unwrap_or(&self.resource)
    }

    /// Where entries that are neither messages nor terms start (junk the
    /// parser could not read, standalone comments): with the messages'
    /// offsets they bound each message's text, so that a character on a
    /// junk line is not blamed on the message above it.
    pub fn other_entry_offsets(&self) -> Vec<usize> {
        let source = self.resource.source();
        let base = source.as_ptr() as usize;
        let shift = self.text().len().saturating_sub(source.len());
        let offset_of = |s: &str| (s.as_ptr() as usize).saturating_sub(base) + shift;
        self.resource
            .entries()
            .filter_map(|e| match e {
                ast::Entry::Junk { content } => Some(offset_of(content)),
                ast::Entry::Comment(c)
                | ast::Entry::GroupComment(c)
                | ast::Entry::ResourceComment(c) => {
                    c.content.first().map(|l| offset_of(l).saturating_sub(2))
                }
                _ => None,
            })
            .collect()
    }

    /// The syntax tree of an entry.
    pub fn ast(&self, entry: &Entry) -> Option<&ast::Entry<&str>> {
        self.resource.get_entry(entry.index)
    }

    /// The value of an entry as canonical Fluent source (what fluent-syntax's
    /// serializer writes after `id = `), if it has one.
    pub fn value_source(&self, entry: &Entry) -> Option<String> {
        match self.ast(entry)? {
            ast::Entry::Message(m) => m.value.as_ref().map(pattern_source),
            ast::Entry::Term(t) => Some(pattern_source(&t.value)),
            _ => None,
        }
    }

    /// Value and attributes of an entry as one canonical source text: what a
    /// translation of this entry was made from.
    pub fn entry_source(&self, entry: &Entry) -> String {
        let mut s = self.value_source(entry).unwrap_or_default();
        for (name, value) in self.attribute_sources(entry) {
            s.push_str(&format!("\n.{name} = {value}"));
        }
        s
    }

    /// Attribute names of an entry with their canonical sources, in file order.
    pub fn attribute_sources(&self, entry: &Entry) -> Vec<(String, String)> {
        let attrs = match self.ast(entry) {
            Some(ast::Entry::Message(m)) => &m.attributes,
            Some(ast::Entry::Term(t)) => &t.attributes,
            _ => return Vec::new(),
        };
        attrs
            .iter()
            .map(|a| (a.id.name.to_owned(), pattern_source(&a.value)))
            .collect()
    }

    /// The file's text as read (BOM and line endings untouched).
    pub fn text(&self) -> &str {
        self.original
            .as_deref()
            .unwrap_or_else(|| self.resource.source())
    }

    fn index(&self) -> &LineIndex {
        self.line_index.get_or_init(|| LineIndex::new(self.text()))
    }

    /// The location of byte `offset` of [`Catalog::text`].
    pub fn location(&self, offset: usize) -> Location {
        Location::at(&self.path, self.text(), self.index(), offset)
    }

    /// The location of the bytes `span` of [`Catalog::text`] (see [`Location::span`]).
    pub fn span_location(&self, span: std::ops::Range<usize>) -> Location {
        Location::span(&self.path, self.text(), self.index(), span)
    }

    /// The byte offset in [`Catalog::text`] of `s`, a slice of the syntax
    /// tree ([`Catalog::ast`]), which points into the parsed source; `None`
    /// for a string that is not part of it (an unescaped literal).
    pub fn offset_of(&self, s: &str) -> Option<usize> {
        let source = self.resource.source();
        let base = source.as_ptr() as usize;
        let at = (s.as_ptr() as usize).checked_sub(base)?;
        (at + s.len() <= source.len()).then(|| at + self.text().len().saturating_sub(source.len()))
    }

    /// The text of the line holding byte `offset`.
    pub fn line_at(&self, offset: usize) -> &str {
        let idx = self.index();
        idx.line_text(self.text(), idx.line_col(self.text(), offset).0)
    }
}

/// Opens the catalog `root/path` if there is one: `None` when nothing is
/// there. A directory, a symbolic link (valid or dangling), a pipe, a
/// socket or a device is never opened (it could block, or lead outside the
/// project), and a file that cannot be read is not an error of the run:
/// each gives an empty catalog marked [`Catalog::unreadable`] with one
/// diagnostic (`not-a-file` or `unreadable-file`) that names the path and
/// the reason, so every command reports it the same way.
pub fn open_optional(root: &Path, path: &Path) -> Result<Option<Catalog>> {
    let full = root.join(path);
    let meta = match std::fs::symlink_metadata(&full) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Ok(Some(unreadable(
                path,
                "unreadable-file",
                format!("cannot be read: {e}"),
            )));
        }
    };
    let ft = meta.file_type();
    if ft.is_file() {
        return match load_catalog(root, path) {
            Ok(c) => Ok(Some(c)),
            Err(Error::Io { source, .. }) => Ok(Some(unreadable(
                path,
                "unreadable-file",
                format!("cannot be read: {source}"),
            ))),
            Err(e) => Err(e),
        };
    }
    let what = if ft.is_dir() {
        "is a directory".to_owned()
    } else if ft.is_symlink() {
        let target = std::fs::read_link(&full)
            .map(|t| t.display().to_string())
            .unwrap_or_else(|_| "?".to_owned());
        if std::fs::metadata(&full).is_ok() {
            format!("is a symbolic link (to {target})")
        } else {
            format!("is a dangling symbolic link (to {target}, which does not exist)")
        }
    } else {
        special_kind(&ft).to_owned()
    };
    Ok(Some(unreadable(
        path,
        "not-a-file",
        format!(
            "{} {what}; only regular files are read as catalogs, so its messages are shown in English",
            path.display()
        ),
    )))
}

#[cfg(unix)]
fn special_kind(ft: &std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if ft.is_fifo() {
        "is a named pipe (FIFO)"
    } else if ft.is_socket() {
        "is a socket"
    } else if ft.is_block_device() || ft.is_char_device() {
        "is a device"
    } else {
        "is not a regular file"
    }
}

#[cfg(not(unix))]
fn special_kind(_: &std::fs::FileType) -> &'static str {
    "is not a regular file"
}

/// An empty catalog marked [`Catalog::unreadable`], with one `code` error
/// (`not-a-file` or `unreadable-file`) saying why.
pub fn unreadable(path: &Path, code: &'static str, message: String) -> Catalog {
    let mut c = parse_catalog(path, "");
    c.unreadable = true;
    c.diagnostics.push(Diagnostic::new(
        Severity::Error,
        code,
        Location::file(path),
        message,
    ));
    c
}

/// Reads and parses `root/path`. Only I/O problems are errors; a file that
/// is too large or not UTF-8 gives an empty catalog with a diagnostic.
pub fn load_catalog(root: &Path, path: &Path) -> Result<Catalog> {
    let full = root.join(path);
    let meta = std::fs::metadata(&full).map_err(|e| Error::io(&full, e))?;
    if meta.len() > guard::MAX_FILE_BYTES {
        let mut c = parse_catalog(path, "");
        c.diagnostics.push(Diagnostic::new(
            Severity::Error,
            "file-too-large",
            Location::file(path),
            format!(
                "the file has {} bytes; folio reads at most {}",
                meta.len(),
                guard::MAX_FILE_BYTES
            ),
        ));
        return Ok(c);
    }
    let bytes = std::fs::read(&full).map_err(|e| Error::io(&full, e))?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(parse_catalog_owned(path, text)),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let prefix = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
            let idx = LineIndex::new(&prefix);
            let mut c = parse_catalog(path, "");
            c.diagnostics.push(
                Diagnostic::new(
                    Severity::Error,
                    "invalid-utf8",
                    Location::at(path, &prefix, &idx, valid),
                    "the file is not valid UTF-8; save it as UTF-8",
                )
                .with_source_line(idx.line_text(&prefix, idx.line_col(&prefix, valid).0)),
            );
            Ok(c)
        }
    }
}

/// Parses `text` (read from `path`) into a catalog.
///
/// ```
/// let c = folio::catalog::parse_catalog("es/x.ftl".as_ref(), "-org = ACS\nhello = Hola { -org }\nbad Adiós\n");
/// assert_eq!(c.entries.len(), 2);
/// assert_eq!(c.value_source(&c.entries[1]).as_deref(), Some("Hola { -org }"));
/// assert_eq!(c.diagnostics[0].code, "syntax-error");
/// assert_eq!(c.diagnostics[0].location.line, 3);
/// ```
pub fn parse_catalog(path: &Path, text: &str) -> Catalog {
    parse_catalog_owned(path, text.to_owned())
}

/// [`parse_catalog`] taking the text by value: no copy when the guards
/// change nothing, which is the common case.
pub fn parse_catalog_owned(path: &Path, text: String) -> Catalog {
    let g = guard::guard_owned(text);
    let mut diagnostics = Vec::new();
    let original = g.original;
    let shift = g.offset_shift;
    let mut issues = g.issues;
    let resource = match FluentResource::try_new(g.text) {
        Ok(r) => r,
        Err((r, errors)) => {
            issues.extend(errors.into_iter().map(|e| {
                GuardIssue::Syntax(
                    e.pos.start + shift,
                    e.slice.map(|s| s.start + shift),
                    describe_syntax_error(&e.kind),
                )
            }));
            r
        }
    };
    if !issues.is_empty() {
        let text = original.as_deref().unwrap_or_else(|| resource.source());
        let idx = LineIndex::new(text);
        let at = |offset: usize, severity, code, msg: String| {
            let (line, _) = idx.line_col(text, offset);
            Diagnostic::new(severity, code, Location::at(path, text, &idx, offset), msg)
                .with_source_line(idx.line_text(text, line))
        };
        for issue in &issues {
            diagnostics.push(match issue {
                GuardIssue::BareCr(o) => at(*o, Severity::Warning, "bare-cr", "a lone carriage return (CR) is read as a line break; save the file with LF line endings".into()),
                GuardIssue::TooDeep { at: o, .. } => at(*o, Severity::Error, "nesting-too-deep", format!("placeables and call arguments are nested more than {} deep; this entry is ignored", guard::MAX_DEPTH)),
                GuardIssue::TooManyPlaceables { entry, count } => at(entry.start, Severity::Error, "too-many-placeables", format!("this entry has {count} placeables; at most {} are allowed, so it is ignored", guard::MAX_PLACEABLES)),
                GuardIssue::Syntax(offset, slice, reason) => {
                    let mut d = at(*offset, Severity::Error, "syntax-error", reason.clone());
                    if let Some(start) = slice {
                        let (line, _) = idx.line_col(text, *start);
                        d = d.with_hint(format!("the entry starting on line {line} is ignored until this is fixed"));
                    }
                    d
                }
            });
        }
    }
    let entries = index_entries(&resource, shift);
    Catalog {
        path: path.to_path_buf(),
        original,
        resource,
        entries,
        diagnostics,
        line_index: std::sync::OnceLock::new(),
        unreadable: false,
        bundle_resource: std::sync::OnceLock::new(),
    }
}

/// The parser's reason in words. fluent-syntax names the characters it
/// expected, which for the line break a select expression needs after `->`
/// reads `Expected one of "\n | \r\n"` (shown escaped): say what to do instead.
fn describe_syntax_error(kind: &fluent_syntax::parser::ErrorKind) -> String {
    use fluent_syntax::parser::ErrorKind;
    match kind {
        ErrorKind::ExpectedCharRange { range } if range.contains('\n') => {
            "a select expression needs a line break after `->`, then each variant on a line of its own and the closing `}` on its own line: `{ $count ->`, `[one] …`, `*[other] …`, `}`".to_owned()
        }
        ErrorKind::ExpectedCharRange { range } if range == "a-zA-Z" => {
            "expected an identifier here (a name starting with a letter a-z or A-Z)".to_owned()
        }
        ErrorKind::ExpectedCharRange { range } if range == "0-9" => {
            "expected a digit here".to_owned()
        }
        other => other.to_string(),
    }
}

fn index_entries(resource: &FluentResource, shift: usize) -> Vec<Entry> {
    let base = resource.source().as_ptr() as usize;
    let offset_of = |s: &str| (s.as_ptr() as usize).saturating_sub(base) + shift;
    let mut group = None;
    let mut out = Vec::new();
    for (index, entry) in resource.entries().enumerate() {
        match entry {
            ast::Entry::GroupComment(c) => {
                let text = c.content.join(" ");
                group = (!text.trim().is_empty()).then(|| text.trim().to_owned());
            }
            ast::Entry::Message(m) => out.push(Entry {
                kind: EntryKind::Message,
                id: m.id.name.to_owned(),
                offset: offset_of(m.id.name),
                index,
                group: group.clone(),
            }),
            ast::Entry::Term(t) => out.push(Entry {
                kind: EntryKind::Term,
                id: t.id.name.to_owned(),
                offset: offset_of(t.id.name).saturating_sub(1),
                index,
                group: group.clone(),
            }),
            _ => {}
        }
    }
    out
}

/// Canonical source of a pattern: what fluent-syntax's serializer writes
/// after `id = `, so that equal patterns compare equal however they were typed.
pub fn pattern_source(pattern: &ast::Pattern<&str>) -> String {
    let res = ast::Resource {
        body: vec![ast::Entry::Message(ast::Message {
            id: ast::Identifier { name: "x" },
            value: Some(pattern.clone()),
            attributes: Vec::new(),
            comment: None,
        })],
    };
    let s = fluent_syntax::serializer::serialize(&res);
    let s = s.strip_prefix("x =").unwrap_or(&s);
    let s = s.strip_suffix('\n').unwrap_or(s);
    s.strip_prefix(' ').unwrap_or(s).to_owned()
}

/// The display path of a locale's file: `locales/<lang>/<file>`.
pub fn catalog_path(locales_dir: &Path, locale: &str, file: &str) -> PathBuf {
    locales_dir.join(locale).join(file)
}

/// The canonical form of one-line pattern source `source` (as
/// [`pattern_source`] would give after a round trip through the parser), or
/// `None` if it does not parse.
///
/// ```
/// assert_eq!(folio::catalog::load::canonical_pattern("a {\"{\"} b").as_deref(), Some("a { \"{\" } b"));
/// ```
pub fn canonical_pattern(source: &str) -> Option<String> {
    let text = format!("x = {source}\n");
    let res = fluent_syntax::parser::parse(text.as_str()).ok()?;
    match res.body.first()? {
        ast::Entry::Message(m) => m.value.as_ref().map(pattern_source),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_one_line_select_expression_is_explained_in_words() {
        let c = parse_catalog(
            Path::new("es.ftl"),
            "ok = Sí\npages = { $count -> [one] 1 página *[other] { $count } páginas }\nafter = Después\n",
        );
        assert_eq!(c.diagnostics.len(), 1, "{:?}", c.diagnostics);
        let d = &c.diagnostics[0];
        assert_eq!(d.code, "syntax-error");
        assert_eq!((d.location.line, d.location.column), (2, 21));
        assert!(
            d.message
                .starts_with("a select expression needs a line break after `->`"),
            "{}",
            d.message
        );
        assert!(!d.message.contains('\n') && !d.render().contains("\\u{a}"));
        // The same message on several lines parses.
        let ok = parse_catalog(
            Path::new("es.ftl"),
            "pages = { $count ->\n    [one] 1 página\n   *[other] { $count } páginas\n}\n",
        );
        assert!(ok.diagnostics.is_empty());
    }

    #[test]
    fn offsets_point_at_ids_after_a_bom() {
        let c = parse_catalog(Path::new("f.ftl"), "\u{feff}a = A\n-t = T\n");
        assert!(c.diagnostics.is_empty(), "{:?}", c.diagnostics);
        assert_eq!(c.entries[0].offset, 3);
        assert_eq!(
            &c.text()[c.entries[1].offset..c.entries[1].offset + 2],
            "-t"
        );
    }

    #[test]
    fn bare_cr_keeps_the_next_message() {
        let c = parse_catalog(Path::new("f.ftl"), "a = A\rb = B\n");
        assert_eq!(c.entries.len(), 2);
        assert_eq!(c.diagnostics[0].code, "bare-cr");
        assert_eq!(c.diagnostics[0].location.line, 1);
    }

    #[test]
    fn deep_nesting_is_reported_not_a_crash() {
        let text = format!("a = A\nb = {}\nc = C\n", "{".repeat(20000));
        let c = parse_catalog(Path::new("f.ftl"), &text);
        let ids: Vec<_> = c.entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["a", "c"]);
        assert_eq!(c.diagnostics[0].code, "nesting-too-deep");
        assert_eq!(c.diagnostics[0].location.line, 2);
    }

    #[test]
    fn multiline_values_are_canonical() {
        let c = parse_catalog(Path::new("f.ftl"), "a =\n    one\n      two\n");
        assert_eq!(
            c.value_source(&c.entries[0]).as_deref(),
            Some("\n    one\n      two")
        );
    }
}
