//! Translation status of each (locale, article) and of each locale's site
//! bundle: translated, outdated and missing messages. Feeds the language
//! switcher, the "PDFs by language" list and `output/status.html`. Pure:
//! takes catalogs and outdated records that the pipeline loaded.

use std::collections::{BTreeMap, BTreeSet};

use crate::catalog::{Catalog, EntryKind};
use crate::locale::Locale;

/// Counts of one catalog against its English.
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

    /// Share of messages translated and current, in whole percent (rounded down).
    pub fn percent_current(&self) -> usize {
        if self.total == 0 {
            return 100;
        }
        (self.translated - self.outdated.min(self.translated)) * 100 / self.total
    }
}

/// IDs of `translation`'s messages whose recorded English (`basis`) differs
/// from the current English in `english`.
pub fn outdated_ids(
    english: &Catalog,
    translation: Option<&Catalog>,
    basis: Option<&BTreeMap<String, String>>,
) -> BTreeSet<String> {
    let (Some(t), Some(basis)) = (translation, basis) else {
        return BTreeSet::new();
    };
    english
        .entries
        .iter()
        .filter(|e| e.kind == EntryKind::Message)
        .filter(|e| t.get(EntryKind::Message, &e.id).is_some())
        .filter(|e| {
            basis
                .get(&e.id)
                .is_some_and(|old| *old != english.entry_source(e))
        })
        .map(|e| e.id.clone())
        .collect()
}

/// Counts `english`'s messages as translated (present in `translation`),
/// outdated (in `outdated`) or missing.
pub fn tally(
    english: &Catalog,
    translation: Option<&Catalog>,
    outdated: &BTreeSet<String>,
) -> Tally {
    let mut t = Tally::default();
    for e in english
        .entries
        .iter()
        .filter(|e| e.kind == EntryKind::Message)
    {
        t.total += 1;
        let present = translation.is_some_and(|c| c.get(EntryKind::Message, &e.id).is_some());
        if present {
            t.translated += 1;
            if outdated.contains(&e.id) {
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
        let en = parse_catalog(Path::new("en"), "a = A\nb = B\nc = C\n-t = T\n");
        let es = parse_catalog(Path::new("es"), "a = Á\nb = Be\n");
        let mut basis = BTreeMap::new();
        basis.insert("a".to_owned(), "A".to_owned());
        basis.insert("b".to_owned(), "Old B".to_owned());
        let out = outdated_ids(&en, Some(&es), Some(&basis));
        assert_eq!(out.into_iter().collect::<Vec<_>>(), ["b"]);
        let t = tally(&en, Some(&es), &["b".to_owned()].into());
        assert_eq!(
            t,
            Tally {
                total: 3,
                translated: 2,
                outdated: 1,
                missing: 1
            }
        );
        assert_eq!(t.state(), State::Partial);
        assert_eq!(t.percent_current(), 33);
        assert_eq!(
            tally(&en, Some(&en), &BTreeSet::new()).state(),
            State::Complete
        );
    }
}
