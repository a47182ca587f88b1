//! Translation status of each (locale, article) and of each locale's site
//! bundle: translated, outdated and missing messages. Feeds the language
//! switcher, the "PDFs by language" list and `output/status.html`. Pure:
//! takes catalogs and outdated records that the pipeline loaded.

use std::collections::{BTreeMap, BTreeSet};

use crate::catalog::{Catalog, EntryKind};
use crate::locale::Locale;

/// How complete a translation is against its English: **the** definition
/// of completeness, used by `folio check` (every format), `folio status` and
/// `output/status.html` alike (README, "Completeness").
///
/// Counted over the English entries, messages and terms, each ID once (a
/// translation file that does not exist counts every English entry as
/// missing, duplicates included, as compare-locales does):
///
/// - `translated`: defined in the translation, whatever its text: a
///   translation identical to the English counts (a name or a number may
///   rightly stay as it is; `folio check` reports the doubtful ones);
/// - `outdated`: translated from an older English (the locale's
///   `basis.toml`); these are part of `translated`;
/// - `missing`: not defined in the translation (with compare-locales
///   filters: missing entries reported as warnings count too; ignored ones
///   are not counted at all);
/// - `total` = `translated` + `missing`;
/// - complete: translated and current, `translated` − `outdated`; percent
///   complete is complete ÷ `total`, rounded **down** to a tenth of a
///   percent (100.0 only when nothing is missing or outdated; 100.0 for a
///   file with nothing to translate).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub total: usize,
    pub translated: usize,
    pub outdated: usize,
    pub missing: usize,
}

/// How complete a translation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum State {
    Complete,
    Outdated,
    Partial,
}

impl Tally {
    pub fn add(&mut self, other: Tally) {
        self.total += other.total;
        self.translated += other.translated;
        self.outdated += other.outdated;
        self.missing += other.missing;
    }

    /// Partial if anything is missing; else outdated if anything is; else complete.
    pub fn state(&self) -> State {
        if self.missing > 0 {
            State::Partial
        } else if self.outdated > 0 {
            State::Outdated
        } else {
            State::Complete
        }
    }

    /// Entries translated and current.
    pub fn complete(&self) -> usize {
        self.translated.saturating_sub(self.outdated)
    }

    /// Percent complete, in tenths of a percent, rounded down (1000 when
    /// there is nothing to translate).
    pub fn per_mille(&self) -> usize {
        if self.total == 0 {
            return 1000;
        }
        (self.complete() * 1000 / self.total).min(1000)
    }

    /// Percent complete, rounded down to a tenth: the figure every report
    /// prints (`{:.1}`).
    pub fn percent_complete(&self) -> f64 {
        self.per_mille() as f64 / 10.0
    }
}

/// The symbol of an entry as the outdated sets and [`tally`] key it:
/// a message's ID, a term's ID with its `-`.
pub fn symbol(kind: EntryKind, id: &str) -> String {
    match kind {
        EntryKind::Message => id.to_owned(),
        EntryKind::Term => format!("-{id}"),
    }
}

/// What a catalog defines, for lookups in constant time (`Catalog::get`
/// scans the entries).
fn defined(c: &Catalog) -> rustc_hash::FxHashSet<(EntryKind, &str)> {
    c.entries.iter().map(|e| (e.kind, e.id.as_str())).collect()
}

/// The messages and terms of `translation` (as [`symbol`]s) whose recorded
/// English (`basis`, keyed by bare ID) differs from the current English in
/// `english`: what `folio check` reports as `outdated`.
pub fn outdated_ids(
    english: &Catalog,
    translation: Option<&Catalog>,
    basis: Option<&BTreeMap<String, String>>,
) -> BTreeSet<String> {
    let (Some(t), Some(basis)) = (translation, basis) else {
        return BTreeSet::new();
    };
    let present = defined(t);
    let mut seen = BTreeSet::new();
    english
        .entries
        .iter()
        .filter(|e| seen.insert((e.kind, e.id.as_str())))
        .filter(|e| present.contains(&(e.kind, e.id.as_str())))
        .filter(|e| {
            basis
                .get(&e.id)
                .is_some_and(|old| *old != english.entry_source(e))
        })
        .map(|e| symbol(e.kind, &e.id))
        .collect()
}

/// Counts `english`'s entries as [`Tally`] defines: translated (present in
/// `translation`), outdated (in `outdated`, as [`symbol`]s) or missing.
pub fn tally(
    english: &Catalog,
    translation: Option<&Catalog>,
    outdated: &BTreeSet<String>,
) -> Tally {
    let mut t = Tally::default();
    let Some(translation) = translation else {
        t.total = english.entries.len();
        t.missing = t.total;
        return t;
    };
    let present = defined(translation);
    let mut seen = BTreeSet::new();
    for e in &english.entries {
        if !seen.insert((e.kind, e.id.as_str())) {
            continue;
        }
        t.total += 1;
        if present.contains(&(e.kind, e.id.as_str())) {
            t.translated += 1;
            if outdated.contains(&symbol(e.kind, &e.id)) {
                t.outdated += 1;
            }
        } else {
            t.missing += 1;
        }
    }
    t
}

/// Status of the whole site.
#[derive(Debug, Clone, Default)]
pub struct SiteStatus {
    /// (locale, article slug) → tally of the article's messages.
    pub articles: BTreeMap<(Locale, String), Tally>,
    /// locale → tally of the site bundle.
    pub site: BTreeMap<Locale, Tally>,
}

impl SiteStatus {
    /// The state of one article in one locale (site bundle included).
    pub fn article_state(&self, locale: &Locale, slug: &str) -> State {
        let mut t = self
            .articles
            .get(&(locale.clone(), slug.to_owned()))
            .copied()
            .unwrap_or_default();
        t.add(self.site.get(locale).copied().unwrap_or_default());
        t.state()
    }

    /// True if the locale has at least one translated message in the article.
    pub fn has_translation(&self, locale: &Locale, slug: &str) -> bool {
        self.articles
            .get(&(locale.clone(), slug.to_owned()))
            .is_some_and(|t| t.translated > 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::parse_catalog;
    use std::path::Path;

    #[test]
    fn counts_and_states() {
        let en = parse_catalog(Path::new("en"), "a = A\nb = B\nc = C\n-t = T\n-u = U\n");
        let es = parse_catalog(Path::new("es"), "a = Á\nb = Be\n-t = T\n");
        let mut basis = BTreeMap::new();
        basis.insert("a".to_owned(), "A".to_owned());
        basis.insert("b".to_owned(), "Old B".to_owned());
        basis.insert("t".to_owned(), "Old T".to_owned());
        let out = outdated_ids(&en, Some(&es), Some(&basis));
        assert_eq!(out.iter().collect::<Vec<_>>(), ["-t", "b"]);
        let t = tally(&en, Some(&es), &out);
        // Terms count; a term identical to the English is translated.
        assert_eq!(
            t,
            Tally {
                total: 5,
                translated: 3,
                outdated: 2,
                missing: 2
            }
        );
        assert_eq!(t.complete(), 1);
        assert_eq!(t.state(), State::Partial);
        assert_eq!(t.percent_complete(), 20.0);
        assert_eq!(
            tally(&en, Some(&en), &BTreeSet::new()).state(),
            State::Complete
        );
    }

    #[test]
    fn duplicates_count_once_unless_the_file_is_missing() {
        let en = parse_catalog(Path::new("en"), "a = A\na = A again\nb = B\n");
        let es = parse_catalog(Path::new("es"), "a = Á\n");
        let t = tally(&en, Some(&es), &BTreeSet::new());
        assert_eq!((t.total, t.translated, t.missing), (2, 1, 1));
        // As compare-locales: a file that does not exist lacks every entry.
        let none = tally(&en, None, &BTreeSet::new());
        assert_eq!((none.total, none.translated, none.missing), (3, 0, 3));
        assert_eq!(none.percent_complete(), 0.0);
    }

    #[test]
    fn percent_is_rounded_down_to_a_tenth() {
        let t = |translated, outdated, missing| Tally {
            total: translated + missing,
            translated,
            outdated,
            missing,
        };
        // 2999 of 3000: 99.97 % is not shown as 100.0.
        assert_eq!(t(2999, 0, 1).percent_complete(), 99.9);
        assert_eq!(t(3000, 1, 0).percent_complete(), 99.9);
        assert_eq!(t(3000, 0, 0).percent_complete(), 100.0);
        assert_eq!(t(2, 0, 1).percent_complete(), 66.6);
        assert_eq!(Tally::default().percent_complete(), 100.0);
        assert_eq!(format!("{:.1}", t(1, 0, 6).percent_complete()), "14.2");
    }
}
