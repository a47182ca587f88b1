//! Select expressions resolved with the plural rules `folio check` uses.
//!
//! fluent-bundle 0.16 matches plural keys with `intl_pluralrules` (CLDR 37)
//! while `folio check` validates with ICU4X (CLDR 49): a Spanish select on
//! 1000000 with `[one]`, `[many]` and `*[other]` variants passed check
//! (which even asked for `[many]`) but rendered `[other]`. Rather than fork the resolver,
//! folio rewrites every select expression of a resource before it reaches a
//! bundle: the selector becomes a call of [`SELECT_FN`] that receives the
//! selector's value and the variant keys in file order and returns the key
//! that matches, by Fluent's rules with ICU4X's categories:
//!
//! ```text
//! { $n ->                { FOLIO_SELECT($n, folioKeys: "folio-num-1 one other") ->
//!     [1] A                  [folio-num-1] A
//!     [one] B       ⇒        [one] B
//!    *[other] C             *[other] C
//! }                      }
//! ```
//!
//! - a number matches a numeric key of the same value, else an identifier
//!   key naming its CLDR 49 category (cardinal, or ordinal for
//!   `NUMBER($n, type: "ordinal")`; visible fraction digits from
//!   `minimumFractionDigits` count, so `1.0` is `other` in English); the
//!   first key in file order that matches wins, as in fluent-bundle;
//! - a string matches the identifier key equal to it (gender and the like);
//! - nothing matching, or an error value, selects the default variant.
//!
//! `NUMBER(x, …)` as a selector passes `x` and its options on (folio's
//! `NUMBER` returns formatted text, which no plural key would match).
//! The rewritten resource is made once per catalog ([`crate::catalog::Catalog::bundle_resource`]);
//! resources without select expressions are used as they are.

use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use icu_plurals::PluralRules;

/// The function every selector is wrapped in.
pub const SELECT_FN: &str = "FOLIO_SELECT";
/// The named argument carrying the variant keys, space-separated.
const KEYS_ARG: &str = "folioKeys";
/// Set when the selector was `NUMBER(…)`: a numeric string is a number.
const NUMBER_ARG: &str = "folioNumber";
/// Prefix of a numeric key rewritten as an identifier.
const NUM_PREFIX: &str = "folio-num-";

/// The resource with every select expression rewritten, or `None` if it has
/// none (or the rewrite does not parse back, which would be a bug: the
/// original is then used as it is).
pub fn rewrite(resource: &FluentResource) -> Option<FluentResource> {
    // Every select expression has an arrow: most resources are skipped
    // without walking (or cloning) their trees.
    if !resource.source().contains("->") {
        return None;
    }
    // Pass 1: the strings each select needs (keys, numeric key names), in
    // visiting order; pass 2 borrows them into the rewritten tree.
    let mut strings: Vec<(String, Vec<Option<String>>)> = Vec::new();
    for e in resource.entries() {
        let mut e = e.clone();
        visit_entry(&mut e, &mut |expr| {
            if let ast::Expression::Select { variants, .. } = expr {
                let names: Vec<Option<String>> = variants
                    .iter()
                    .map(|v| match &v.key {
                        ast::VariantKey::NumberLiteral { value } => Some(numeric_key(value)),
                        ast::VariantKey::Identifier { .. } => None,
                    })
                    .collect();
                let keys = variants
                    .iter()
                    .zip(&names)
                    .map(|(v, n)| match (&v.key, n) {
                        (_, Some(n)) => n.as_str(),
                        (ast::VariantKey::Identifier { name }, None) => name,
                        (ast::VariantKey::NumberLiteral { value }, None) => value,
                    })
                    .collect::<Vec<_>>()
                    .join(" ");
                strings.push((keys, names));
            }
        });
    }
    if strings.is_empty() {
        return None;
    }
    let mut next = strings.iter();
    let mut body = Vec::new();
    for e in resource.entries() {
        let mut e: ast::Entry<&str> = e.clone();
        visit_entry(&mut e, &mut |expr| {
            let Some((keys, names)) = next.next() else {
                return;
            };
            if let ast::Expression::Select { selector, variants } = expr {
                for (v, n) in variants.iter_mut().zip(names) {
                    if let Some(n) = n {
                        v.key = ast::VariantKey::Identifier { name: n.as_str() };
                    }
                }
                let keys_arg = ast::NamedArgument {
                    name: ast::Identifier { name: KEYS_ARG },
                    value: ast::InlineExpression::StringLiteral {
                        value: keys.as_str(),
                    },
                };
                let arguments = match &*selector {
                    ast::InlineExpression::FunctionReference { id, arguments }
                        if id.name == "NUMBER" =>
                    {
                        let mut a = arguments.clone();
                        a.named.push(ast::NamedArgument {
                            name: ast::Identifier { name: NUMBER_ARG },
                            value: ast::InlineExpression::StringLiteral { value: "true" },
                        });
                        a.named.push(keys_arg);
                        a
                    }
                    other => ast::CallArguments {
                        positional: vec![other.clone()],
                        named: vec![keys_arg],
                    },
                };
                *selector = ast::InlineExpression::FunctionReference {
                    id: ast::Identifier { name: SELECT_FN },
                    arguments,
                };
            }
        });
        body.push(e);
    }
    let text = fluent_syntax::serializer::serialize(&ast::Resource { body });
    FluentResource::try_new(text).ok()
}

/// `folio-num-1_5` for `1.5`, `folio-num-m2` for `-2`: numeric keys compare
/// by value.
fn numeric_key(literal: &str) -> String {
    let v: f64 = literal.parse().unwrap_or(f64::NAN);
    format!("{NUM_PREFIX}{}", encode(v))
}

fn encode(v: f64) -> String {
    format!("{v}").replace('-', "m").replace('.', "_")
}

/// Calls `f` on every select expression of an entry, inner ones first.
fn visit_entry<'s>(e: &mut ast::Entry<&'s str>, f: &mut dyn FnMut(&mut ast::Expression<&'s str>)) {
    match e {
        ast::Entry::Message(m) => {
            if let Some(v) = &mut m.value {
                visit_pattern(v, f, 0);
            }
            for a in &mut m.attributes {
                visit_pattern(&mut a.value, f, 0);
            }
        }
        ast::Entry::Term(t) => {
            visit_pattern(&mut t.value, f, 0);
            for a in &mut t.attributes {
                visit_pattern(&mut a.value, f, 0);
            }
        }
        _ => {}
    }
}

/// Deeper than this the guards have already blanked the entry.
const MAX_DEPTH: usize = 64;

fn visit_pattern<'s>(
    p: &mut ast::Pattern<&'s str>,
    f: &mut dyn FnMut(&mut ast::Expression<&'s str>),
    depth: usize,
) {
    if depth > MAX_DEPTH {
        return;
    }
    for el in &mut p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            visit_expression(expression, f, depth + 1);
        }
    }
}

fn visit_expression<'s>(
    e: &mut ast::Expression<&'s str>,
    f: &mut dyn FnMut(&mut ast::Expression<&'s str>),
    depth: usize,
) {
    match e {
        ast::Expression::Inline(i) => visit_inline(i, f, depth),
        ast::Expression::Select { selector, variants } => {
            visit_inline(selector, f, depth + 1);
            for v in variants.iter_mut() {
                visit_pattern(&mut v.value, f, depth + 1);
            }
            f(e);
        }
    }
}

fn visit_inline<'s>(
    i: &mut ast::InlineExpression<&'s str>,
    f: &mut dyn FnMut(&mut ast::Expression<&'s str>),
    depth: usize,
) {
    if depth > MAX_DEPTH {
        return;
    }
    match i {
        ast::InlineExpression::Placeable { expression } => {
            visit_expression(expression, f, depth + 1)
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            visit_arguments(arguments, f, depth)
        }
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => visit_arguments(arguments, f, depth),
        _ => {}
    }
}

fn visit_arguments<'s>(
    a: &mut ast::CallArguments<&'s str>,
    f: &mut dyn FnMut(&mut ast::Expression<&'s str>),
    depth: usize,
) {
    for p in &mut a.positional {
        visit_inline(p, f, depth + 1);
    }
    for n in &mut a.named {
        visit_inline(&mut n.value, f, depth + 1);
    }
}

/// The plural rules of one locale. ICU4X's rules are neither `Send` nor
/// `Sync`, and bundle functions must be both: the rules live in a
/// per-thread cache, made when a thread first needs them.
#[derive(Debug)]
pub struct Selector {
    tag: String,
}

thread_local! {
    static RULES: std::cell::RefCell<std::collections::HashMap<(String, bool), Option<PluralRules>>> =
        Default::default();
}

impl Selector {
    /// A selector for locale `tag` (its language's rules if the tag is not
    /// one ICU4X reads).
    pub fn new(tag: &str) -> Self {
        Selector {
            tag: tag.to_owned(),
        }
    }

    /// The CLDR category of `value` shown with at least `min_fraction`
    /// fraction digits.
    pub fn category(&self, value: f64, min_fraction: usize, ordinal: bool) -> Option<&'static str> {
        use fixed_decimal::{Decimal, FloatPrecision};
        let mut d = Decimal::try_from_f64(value, FloatPrecision::RoundTrip).ok()?;
        d.absolute.pad_end(-(min_fraction.min(20) as i16));
        RULES.with(|cache| {
            let mut cache = cache.borrow_mut();
            let rules = cache
                .entry((self.tag.clone(), ordinal))
                .or_insert_with(|| {
                    let language = self.tag.split(['-', '_']).next().unwrap_or(&self.tag);
                    let locale: icu_locale_core::Locale =
                        self.tag.parse().or_else(|_| language.parse()).ok()?;
                    if ordinal {
                        PluralRules::try_new_ordinal(locale.into()).ok()
                    } else {
                        PluralRules::try_new_cardinal(locale.into()).ok()
                    }
                })
                .as_ref()?;
            Some(crate::check::plural::name(rules.category_for(&d)))
        })
    }

    /// The `FOLIO_SELECT` function: the key that matches the selector's value.
    pub fn select(&self, positional: &[FluentValue], named: &FluentArgs) -> FluentValue<'static> {
        let Some(FluentValue::String(keys)) = named.get(KEYS_ARG) else {
            return FluentValue::Error;
        };
        let keys = keys.split(' ');
        let is_number_call = named.get(NUMBER_ARG).is_some();
        let number = match positional.first() {
            Some(FluentValue::Number(n)) => Some((
                n.value,
                n.options.minimum_fraction_digits.unwrap_or(0),
                matches!(
                    n.options.r#type,
                    fluent_bundle::types::FluentNumberType::Ordinal
                ),
            )),
            Some(FluentValue::String(s)) if is_number_call => {
                s.trim().parse::<f64>().ok().map(|v| {
                    let fraction = s.trim().split_once('.').map_or(0, |(_, f)| f.len());
                    (v, fraction, false)
                })
            }
            Some(FluentValue::String(s)) => {
                return keys
                    .into_iter()
                    .find(|k| *k == s.as_ref())
                    .map_or(FluentValue::None, |k| {
                        FluentValue::String(k.to_owned().into())
                    });
            }
            _ => None,
        };
        let Some((value, mut fraction, mut ordinal)) = number else {
            return FluentValue::None;
        };
        if is_number_call {
            if let Some(m) = option_number(named, "minimumFractionDigits") {
                fraction = fraction.max(m);
            }
            if let Some(FluentValue::String(t)) = named.get("type") {
                ordinal = t == "ordinal";
            }
        }
        let exact = format!("{NUM_PREFIX}{}", encode(value));
        let category = self.category(value, fraction, ordinal);
        keys.into_iter()
            .find(|k| *k == exact || Some(*k) == category)
            .map_or(FluentValue::None, |k| {
                FluentValue::String(k.to_owned().into())
            })
    }
}

fn option_number(named: &FluentArgs, name: &str) -> Option<usize> {
    match named.get(name)? {
        FluentValue::Number(n) if n.value.is_finite() && n.value >= 0.0 => Some(n.value as usize),
        FluentValue::String(s) => s.parse().ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_bundle::FluentArgs;

    fn format(tag: &str, ftl: &str, n: Option<f64>) -> String {
        let original = FluentResource::try_new(ftl.to_owned()).unwrap();
        let res = rewrite(&original).expect("has a select");
        let locale: crate::locale::Locale = tag.parse().unwrap();
        let b = crate::localize::bundle(&locale, &[&res]);
        let mut args = FluentArgs::new();
        if let Some(n) = n {
            args.set("n", n);
        }
        let msg = b.get_message("m").unwrap();
        let mut errors = Vec::new();
        let out = b
            .format_pattern(msg.value().unwrap(), Some(&args), &mut errors)
            .into_owned();
        crate::localize::strip_isolates(&out)
    }

    const ALL: &str = "m = { $n ->\n    [zero] zero\n    [one] one\n    [two] two\n    [few] few\n    [many] many\n   *[other] other\n}\n";

    /// Every configured locale of the bundled project and a few with more
    /// categories: the variant shown is the category ICU4X (CLDR 49) gives.
    #[test]
    fn rendered_variant_is_icu4x_category() {
        let samples = [0.0, 1.0, 2.0, 5.0, 11.0, 21.0, 100.0, 1_000_000.0, 1.5];
        for tag in [
            "en", "es", "zh-CN", "vi", "ko", "ar", "fr", "it", "pt", "ru", "pl", "cy",
        ] {
            let s = Selector::new(tag);
            for n in samples {
                let want = s.category(n, 0, false).unwrap();
                assert_eq!(format(tag, ALL, Some(n)), want, "{tag} {n}");
            }
        }
        // The case the issue saw: CLDR 37 said `other`.
        assert_eq!(format("es", ALL, Some(1_000_000.0)), "many");
        assert_eq!(format("fr", ALL, Some(1_000_000.0)), "many");
    }

    #[test]
    fn literal_selectors_numeric_keys_and_order() {
        let lit = "m = { 1000000 ->\n    [one] one\n    [many] many\n   *[other] other\n}\n";
        assert_eq!(format("es", lit, None), "many");
        let keys = "m = { $n ->\n    [0] none\n    [1.5] one and a half\n    [one] one\n   *[other] other\n}\n";
        assert_eq!(format("en", keys, Some(0.0)), "none");
        assert_eq!(format("en", keys, Some(1.5)), "one and a half");
        assert_eq!(format("en", keys, Some(1.0)), "one");
        assert_eq!(format("en", keys, Some(7.0)), "other");
        // The first matching key in file order wins.
        let order = "m = { $n ->\n    [one] category\n    [1] exact\n   *[other] other\n}\n";
        assert_eq!(format("en", order, Some(1.0)), "category");
    }

    #[test]
    fn number_calls_strings_and_missing_arguments() {
        let num =
            "m = { NUMBER($n, minimumFractionDigits: 1) ->\n    [one] one\n   *[other] other\n}\n";
        // "1.0" has a visible fraction digit: `other` in English.
        assert_eq!(format("en", num, Some(1.0)), "other");
        let plain = "m = { NUMBER($n) ->\n    [one] one\n   *[other] other\n}\n";
        assert_eq!(format("en", plain, Some(1.0)), "one");
        let ordinal = "m = { NUMBER($n, type: \"ordinal\") ->\n    [one] st\n    [two] nd\n    [few] rd\n   *[other] th\n}\n";
        assert_eq!(format("en", ordinal, Some(22.0)), "nd");
        let gender = "-t = T\n    .gender = feminine\nm = { -t.gender ->\n    [masculine] el\n   *[feminine] la\n}\n";
        assert_eq!(format("es", gender, None), "la");
        let string = "m = { $g ->\n    [masculine] el\n   *[other] la\n}\n";
        assert_eq!(format("es", string, None), "la");
        // Nested selects and selects in attributes are rewritten too.
        let nested = "m = { $n ->\n    [one] { $n ->\n        [1] exactly one\n       *[other] x\n    }\n   *[other] many\n}\n";
        assert_eq!(format("en", nested, Some(1.0)), "exactly one");
    }

    #[test]
    fn resources_without_selects_are_kept() {
        let r = FluentResource::try_new("a = A { $x }\n".into()).unwrap();
        assert!(rewrite(&r).is_none());
    }
}
