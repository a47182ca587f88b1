//! Entry-level rules: one English entry against its translation (values
//! and attributes, variables, references, selects and plural categories,
//! markup, identical text, fidelity tokens, characters). Called by
//! [`super::compare`] for every entry both sides have.

use std::collections::BTreeSet;
use std::ops::Range;

use fluent_syntax::ast;

use super::Stats;
use super::chars::{self, Allowances};
use super::compare::{Emitter, RefEntry, RefFile, Reference, entry_text};
use super::facts::EntryFacts;
use super::fidelity;
use super::fidelity::TokenKind;
use super::markup_rules::{self, Place};
use super::policy::Policy;
use super::spans::EntrySpans;
use crate::catalog::{Catalog, Entry, EntryKind};

pub(super) struct EntryCtx<'a> {
    pub(super) rel: &'a str,
    pub(super) reference: &'a Reference,
    pub(super) r: &'a RefEntry,
    pub(super) rf: &'a RefFile,
    pub(super) cat: &'a Catalog,
    pub(super) e: &'a Entry,
    pub(super) f: &'a EntryFacts,
    pub(super) symbols: &'a BTreeSet<String>,
    pub(super) categories: Option<&'a BTreeSet<&'static str>>,
    pub(super) allow: Allowances,
    pub(super) offsets: &'a [usize],
    pub(super) locale: &'a str,
    pub(super) policy: &'a Policy,
}

pub(super) fn compare_entry(c: &EntryCtx<'_>, em: &mut Emitter<'_>, stats: &mut Stats) {
    let id = c.e.id.as_str();
    // The entry's bytes: from its ID to the next entry (or junk, or comment).
    let start = c.e.offset;
    let end = c
        .offsets
        .get(c.offsets.partition_point(|&o| o <= start))
        .copied()
        .unwrap_or(c.cat.text().len());
    // Where in the entry a finding points; looked up only when one is
    // emitted (most entries have none). See `super::spans`.
    let ast = c.cat.ast(c.e);
    let spans = ast.map(|a| EntrySpans::new(c.cat, a, start..end));
    let at = |find: &dyn Fn(&EntrySpans<'_>) -> Option<Range<usize>>| spans.as_ref().and_then(find);
    let emit_at =
        |em: &mut Emitter<'_>, code: &'static str, span: Option<Range<usize>>, msg: String| {
            let (location, line) = match span {
                Some(r) => (c.cat.span_location(r.clone()), c.cat.line_at(r.start)),
                // The finding is about the whole entry: its ID.
                None => (c.cat.location(start), c.cat.line_at(start)),
            };
            em.emit(code, c.rel, Some(id), location, Some(line), msg)
        };
    let emit = |em: &mut Emitter<'_>, code: &'static str, msg: String| emit_at(em, code, None, msg);
    let (en, tr) = (&c.r.facts, c.f);

    // Value and attributes present on both sides.
    match (&en.value, &tr.value) {
        (Some(_), None) => emit(
            em,
            "missing-value",
            format!("`{id}` has no value; the English has one"),
        ),
        (None, Some(_)) => emit(
            em,
            "obsolete-value",
            format!("`{id}` has a value; the English has only attributes"),
        ),
        (Some(ev), Some(tv)) if tv.blank && !ev.blank => emit_at(
            em,
            "empty-value",
            at(&|s| s.pattern(None)),
            format!("`{id}` is empty"),
        ),
        _ => {}
    }
    let mut attr_seen = BTreeSet::new();
    for (k, (name, tv)) in tr.attributes.iter().enumerate() {
        if !attr_seen.insert(name.as_str()) {
            let nth = tr.attributes[..k].iter().filter(|(n, _)| n == name).count();
            emit_at(
                em,
                "duplicate-attribute",
                at(&|s| s.attribute(name, nth)),
                format!("attribute `.{name}` of `{id}` is defined twice"),
            );
            continue;
        }
        // A term's attributes are the locale's own grammar (gender,
        // declension): only a message's attributes must mirror the English.
        let is_term = c.e.kind == EntryKind::Term;
        match en.attributes.iter().find(|(n, _)| n == name) {
            None if is_term => {}
            None => emit_at(
                em,
                "obsolete-attribute",
                at(&|s| s.attribute(name, 0)),
                format!("attribute `.{name}` of `{id}` is not in the English"),
            ),
            Some((_, ev)) if tv.blank && !ev.blank => emit_at(
                em,
                "empty-value",
                at(&|s| s.pattern(Some(name)).or_else(|| s.attribute(name, 0))),
                format!("attribute `.{name}` of `{id}` is empty"),
            ),
            _ => {}
        }
    }
    for (name, _) in &en.attributes {
        if c.e.kind == EntryKind::Message && !tr.attributes.iter().any(|(n, _)| n == name) {
            emit(
                em,
                "missing-attribute",
                format!("attribute `.{name}` of `{id}` is missing"),
            );
        }
    }

    // Variables, union over every variant and attribute. A term's variables
    // are parameters its callers pass (`{ -brand(case: "genitive") }`).
    let added: Vec<&String> = if c.e.kind == EntryKind::Term {
        Vec::new()
    } else {
        tr.all.variables.difference(&en.all.variables).collect()
    };
    for v in added {
        emit_at(
            em,
            "variable-added",
            at(&|s| s.variable(v)),
            format!("`${v}` is not a variable of the English `{id}`; it will not be filled in"),
        );
        em.hint("variable-added", || {
            let vars: Vec<String> = en.all.variables.iter().map(|v| format!("${v}")).collect();
            if vars.is_empty() {
                "the English uses no variables here".to_owned()
            } else {
                format!("the English uses {}", vars.join(", "))
            }
        });
    }
    for v in en.all.variables.difference(&tr.all.variables) {
        emit(
            em,
            "variable-dropped",
            format!("`${v}` of the English is not used in `{id}`"),
        );
    }

    // Functions: only those folio's bundles register can format; one the
    // English also calls is the project's runtime's business.
    for func in tr.all.functions.difference(&en.all.functions) {
        if !crate::localize::FUNCTIONS.contains(&func.as_str()) {
            emit_at(
                em,
                "unknown-function",
                at(&|s| s.function(func)),
                format!("`{func}()` is not a function folio knows; `{id}` is shown in English"),
            );
            em.hint("unknown-function", || {
                format!(
                    "the functions are {}",
                    crate::localize::FUNCTIONS
                        .iter()
                        .map(|f| format!("{f}()"))
                        .collect::<Vec<_>>()
                        .join(" and ")
                )
            });
        }
    }

    // References.
    let target = |r: &String| r.split('.').next().unwrap_or(r).to_owned();
    for r in &tr.all.message_refs {
        let t = target(r);
        let span = || at(&|s| s.message_ref(r));
        if !c.symbols.contains(&t) && !c.reference.symbols.contains(&t) {
            emit_at(
                em,
                "unknown-reference",
                span(),
                format!("`{{ {r} }}` refers to a message that does not exist"),
            );
        } else if !en.all.message_refs.contains(r) {
            emit_at(
                em,
                "added-reference",
                span(),
                format!("`{{ {r} }}` is not in the English `{id}`"),
            );
        }
    }
    for t in &tr.all.term_refs {
        let sym = format!("-{t}");
        let span = || at(&|s| s.term_ref(t));
        if !c.symbols.contains(&sym) && !c.reference.symbols.contains(&sym) {
            emit_at(
                em,
                "unknown-reference",
                span(),
                format!("`{{ -{t} }}` refers to a term that does not exist"),
            );
        } else if !en.all.term_refs.contains(t) {
            emit_at(
                em,
                "added-reference",
                span(),
                format!("`{{ -{t} }}` is not in the English `{id}`"),
            );
        }
    }
    for r in en.all.message_refs.difference(&tr.all.message_refs) {
        emit(
            em,
            "dropped-reference",
            format!("`{{ {r} }}` of the English is not used in `{id}`"),
        );
    }
    for t in en.all.term_refs.difference(&tr.all.term_refs) {
        emit(
            em,
            "dropped-reference",
            format!("`{{ -{t} }}` of the English is not used in `{id}`"),
        );
    }

    // Select expressions and plural categories.
    let patterns: Vec<(Option<&str>, &super::facts::PatternFacts)> = tr
        .value
        .iter()
        .map(|v| (None, v))
        .chain(tr.attributes.iter().map(|(n, a)| (Some(n.as_str()), a)))
        .collect();
    for (attr, p) in &patterns {
        for (si, s) in p.selects.iter().enumerate() {
            for (j, k) in s.duplicate_keys.iter().enumerate() {
                // The first duplicate of `k` is its second occurrence.
                let occurrence = 1 + s.duplicate_keys[..j].iter().filter(|o| *o == k).count();
                emit_at(
                    em,
                    "duplicate-variant-key",
                    at(&|sp| sp.variant_key(*attr, si, k, occurrence)),
                    format!("variant `[{k}]` appears twice in `{id}`"),
                );
            }
            if let (true, Some(cats)) = (s.plural, c.categories) {
                let keys: BTreeSet<&str> = s.keys.iter().map(String::as_str).collect();
                let missing: Vec<&str> =
                    cats.iter().copied().filter(|k| !keys.contains(k)).collect();
                let impossible: Vec<&str> =
                    keys.iter().copied().filter(|k| !cats.contains(k)).collect();
                if !missing.is_empty() {
                    emit_at(
                        em,
                        "plural-category-missing",
                        at(&|sp| sp.selector(*attr, si)),
                        format!(
                            "`{id}` has no variant for the {} plural categor{} {}",
                            c.locale,
                            if missing.len() == 1 { "y" } else { "ies" },
                            list(&missing)
                        ),
                    );
                }
                if !impossible.is_empty() {
                    emit_at(
                        em,
                        "plural-category-impossible",
                        at(&|sp| sp.variant_key(*attr, si, impossible[0], 0)),
                        format!(
                            "{} has no plural categor{} {}; that variant of `{id}` is never used",
                            c.locale,
                            if impossible.len() == 1 { "y" } else { "ies" },
                            list(&impossible)
                        ),
                    );
                }
            }
        }
    }

    // Identical text has the English's markup and tokens: skip those rules.
    let same = same_ast(c.rf.catalog.ast(&c.r.entry), c.cat.ast(c.e));

    // Markup, pattern by pattern.
    let en_patterns: Vec<(Option<&str>, &super::facts::PatternFacts)> = en
        .value
        .iter()
        .map(|v| (None, v))
        .chain(en.attributes.iter().map(|(n, a)| (Some(n.as_str()), a)))
        .collect();
    if !same {
        for (name, tp) in &patterns {
            let Some((_, ep)) = en_patterns.iter().find(|(n, _)| n == name) else {
                continue;
            };
            for (code, msg, tag) in markup_rules::compare(&ep.markup_text, &tp.markup_text) {
                let place = name.map_or(String::new(), |n| format!(" (attribute `.{n}`)"));
                let span = at(&|s| match &tag {
                    Place::Tag { name: el, nth } => s.tag(*name, el, false, *nth),
                    Place::Attribute {
                        name: el,
                        nth,
                        attribute,
                    } => s.tag_attribute(*name, el, *nth, attribute),
                    Place::Closing { name: el, from_end } => s.tag(*name, el, true, *from_end),
                    Place::Nowhere => None,
                });
                emit_at(em, code, span, format!("{msg} in `{id}`{place}"));
            }
        }
    }

    // Identical to English (counted as translated too: see `crate::status::Tally`).
    let identical = c.locale != c.reference.locale && same;
    if identical {
        stats.identical += 1;
        let text = entry_text(en);
        if !brand_only(&text) && !c.policy.identical_allowed(id) {
            emit(
                em,
                "identical",
                format!("`{id}` is identical to the English"),
            );
        }
    }

    if !same {
        // Fidelity.
        let tt = fidelity::tokens(&entry_text(tr));
        let et = &c.r.tokens;
        for (code, what, kind, a, b) in [
            (
                "phone-mismatch",
                "phone numbers",
                TokenKind::Phone,
                &et.phones,
                &tt.phones,
            ),
            ("url-mismatch", "URLs", TokenKind::Url, &et.urls, &tt.urls),
            (
                "email-mismatch",
                "e-mail addresses",
                TokenKind::Email,
                if et.email_placeholder {
                    &tt.emails
                } else {
                    &et.emails
                },
                &tt.emails,
            ),
            (
                "number-mismatch",
                "numbers",
                TokenKind::Number,
                &et.numbers,
                &tt.numbers,
            ),
        ] {
            let (only_en, only_tr) = fidelity::difference(a, b);
            if !only_en.is_empty() || !only_tr.is_empty() {
                let mut parts = Vec::new();
                if !only_en.is_empty() {
                    parts.push(format!("English has {}", list_owned(&only_en)));
                }
                if !only_tr.is_empty() {
                    parts.push(format!("the translation has {}", list_owned(&only_tr)));
                }
                // At the first token the English does not have; a token
                // only the English has is missing from the whole entry.
                let span = if only_tr.is_empty() {
                    None
                } else {
                    at(&|s| s.token(kind, &only_tr))
                };
                emit_at(
                    em,
                    code,
                    span,
                    format!("{what} differ in `{id}`: {}", parts.join("; ")),
                );
            }
        }
    }

    // Characters in the entry's source.
    let span = &c.cat.text()[start..end];
    for (issue, at, ch) in chars::scan(span, start, c.allow) {
        emit_at(
            em,
            issue.code(),
            Some(at..at + ch.len_utf8()),
            format!("U+{:04X} in `{id}`", ch as u32),
        );
    }
    if c.allow.direction_marks {
        for (at, phrase, shown) in reordered_phrases(span, start) {
            emit_at(
                em,
                "bidi-reordered-phrase",
                Some(at..at + phrase.len()),
                format!(
                    "`{phrase}` in `{id}` displays as `{shown}` in right-to-left text unless it is isolated; folio's pages and PDFs isolate it, other renderers may not (wrap it in U+2068 … U+2069 for them)"
                ),
            );
        }
    }
    if let Some(at) = chars::unbalanced_isolate(span, start) {
        let len = c.cat.text()[at..].chars().next().map_or(0, char::len_utf8);
        emit_at(
            em,
            "unbalanced-isolate",
            Some(at..at + len),
            format!("unbalanced bidi isolate in `{id}`"),
        );
    }
}

/// Left-to-right phrases of an entry's source that right-to-left display
/// reorders: (byte offset in the file, the phrase, how it displays). Only
/// the text of values and attributes is looked at: identifiers,
/// placeables and tags are blanked out (placeables become isolated values
/// at run time; tags are not displayed).
fn reordered_phrases(span: &str, start: usize) -> Vec<(usize, String, String)> {
    let mut out = Vec::new();
    // A translation without right-to-left letters (an English citation kept
    // as it is) is shown left to right: nothing is reordered.
    if crate::locale::text_direction(span).is_some() {
        return out;
    }
    let mut line_at = 0;
    for line in span.split_inclusive('\n') {
        let offset = line_at;
        line_at += line.len();
        let trimmed = line.trim_start();
        if trimmed.starts_with('#') {
            continue;
        }
        // `id = …` or `.attr = …`: the text starts after the `=`.
        let head = trimmed
            .strip_prefix('.')
            .unwrap_or(trimmed)
            .trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        let from = if head.len() < trimmed.len() && head.trim_start().starts_with('=') {
            line.len() - head.trim_start().len() + 1
        } else {
            0
        };
        let mut masked = String::with_capacity(line.len());
        masked.extend(std::iter::repeat_n(' ', from));
        let (mut braces, mut tag) = (0usize, false);
        for ch in line[from..].chars() {
            match ch {
                '{' => braces += 1,
                '<' if braces == 0 => tag = true,
                _ => {}
            }
            let hidden = braces > 0 || tag;
            match ch {
                '}' => braces = braces.saturating_sub(1),
                '>' => tag = false,
                _ => {}
            }
            if hidden || ch == '\n' || ch == '\r' {
                masked.extend(std::iter::repeat_n(' ', ch.len_utf8()));
            } else {
                masked.push(ch);
            }
        }
        for (r, shown) in crate::bidi::misordered_phrases(&masked) {
            out.push((start + offset + r.start, masked[r].to_owned(), shown));
        }
    }
    out
}

/// True for text that needs no translation: no letters, or only words that
/// start with a capital or a digit (names such as "Mozilla Firefox", "KB").
fn brand_only(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| w.chars().any(char::is_alphabetic))
        .all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        })
}

fn list(items: &[&str]) -> String {
    items
        .iter()
        .map(|i| format!("`{i}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn list_owned(items: &[String]) -> String {
    items
        .iter()
        .map(|i| format!("`{i}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// True if two entries have equal value and attributes (comments aside).
fn same_ast(a: Option<&ast::Entry<&str>>, b: Option<&ast::Entry<&str>>) -> bool {
    match (a, b) {
        (Some(ast::Entry::Message(a)), Some(ast::Entry::Message(b))) => {
            a.value == b.value && a.attributes == b.attributes
        }
        (Some(ast::Entry::Term(a)), Some(ast::Entry::Term(b))) => {
            a.value == b.value && a.attributes == b.attributes
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::reordered_phrases;

    #[test]
    fn reordered_phrases_point_at_the_phrase_and_skip_left_to_right_entries() {
        let src = "retinoids = مثل حمض 13-cis-retinoic (isotretinoin)، أن { $x } تقلل\n";
        let found = reordered_phrases(src, 100);
        assert_eq!(found.len(), 1);
        let (at, phrase, shown) = &found[0];
        assert_eq!(phrase, "13-cis-retinoic (isotretinoin)");
        assert_eq!(*at, 100 + src.find("13-cis").unwrap());
        assert!(shown.ends_with("-13"), "{shown}");
        // Brackets around a plain word display right (mirrored): no finding.
        assert!(reordered_phrases("a = مثل توبوتيكان (topotecan) و\n", 0).is_empty());
        // A citation kept in English is shown left to right.
        assert!(reordered_phrases("ref = Lippincott Williams & Wilkins; 2021.\n", 0).is_empty());
    }
}
