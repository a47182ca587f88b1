//! CLDR plural categories of a locale, from ICU4X's compiled data (the
//! current CLDR, e.g. Spanish and French have `many`).

use std::collections::BTreeSet;

use icu_plurals::{PluralCategory, PluralRules};

/// Languages whose only cardinal category is `other`. ICU4X also answers
/// `other` alone for languages it has no data for; this list tells the two apart.
const OTHER_ONLY: &[&str] = &[
    "ja", "zh", "ko", "vi", "th", "id", "ms", "km", "lo", "my", "yue", "bo", "dz", "ii", "jv",
    "kea", "kde", "ses", "sg", "to", "wo", "yo", "su", "sah", "nqo", "osa", "ig", "jbo", "und",
];

/// The CLDR name of a category.
pub(crate) fn name(c: PluralCategory) -> &'static str {
    match c {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

/// The cardinal plural categories of `tag`, or `None` when CLDR has no rules
/// for the language (then nothing is reported).
///
/// ```
/// let es = folio::check::plural::categories("es").unwrap();
/// assert_eq!(es.iter().copied().collect::<Vec<_>>(), ["many", "one", "other"]);
/// assert_eq!(folio::check::plural::categories("zh-CN").unwrap().len(), 1);
/// assert!(folio::check::plural::categories("xx-unknown").is_none());
/// ```
pub fn categories(tag: &str) -> Option<BTreeSet<&'static str>> {
    let language = tag
        .split(['-', '_'])
        .next()
        .unwrap_or(tag)
        .to_ascii_lowercase();
    let locale: icu_locale_core::Locale = tag.parse().or_else(|_| language.parse()).ok()?;
    let rules = PluralRules::try_new_cardinal(locale.into()).ok()?;
    let cats: BTreeSet<&'static str> = rules.categories().map(name).collect();
    if cats.len() == 1 && !OTHER_ONLY.contains(&language.as_str()) {
        return None;
    }
    Some(cats)
}
