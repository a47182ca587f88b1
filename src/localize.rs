//! Localizing: per-locale Fluent bundles (site + article resources) with an
//! English fallback, and the ICU4X-backed `DATETIME` function. Knows, for
//! every formatted message, whether it is translated or fell back to
//! English, so renderers can mark fallback text. Never prints; formatting
//! problems come back as data with the message ID.

use fluent_bundle::{FluentArgs, FluentBundle, FluentError, FluentResource, FluentValue};
use icu_calendar::Date as IcuDate;
use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::{YMD, YMDE};

use crate::content::Date;
use crate::locale::Locale;

/// Where a formatted message came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The page's own locale.
    Translated,
    /// English, because the translation is missing or broken.
    Fallback,
    /// Not even English has it: the ID is shown.
    Missing,
}

/// A formatted message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Formatted {
    pub text: String,
    pub origin: Origin,
    /// Why the translation was not used, or what went wrong formatting it.
    pub problems: Vec<String>,
}

/// One locale's bundle plus the English bundle behind it.
pub struct Localizer<'r> {
    pub locale: Locale,
    bundle: FluentBundle<&'r FluentResource>,
    english: Option<FluentBundle<&'r FluentResource>>,
    /// IDs whose translation has an error-level finding: never shown (see
    /// [`Localizer::withhold`]).
    withheld: std::collections::BTreeSet<String>,
    /// Characters `folio check` flags, removed from every formatted text.
    allow: crate::check::chars::Allowances,
}

impl std::fmt::Debug for Localizer<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("locale", &self.locale)
            .finish_non_exhaustive()
    }
}

/// The functions translations may call (folio registers these in every bundle).
pub const FUNCTIONS: &[&str] = &["DATETIME", "NUMBER"];

/// First strong isolate, which fluent-bundle puts before each placeable.
pub const FSI: char = '\u{2068}';
/// Pop directional isolate, after each placeable.
pub const PDI: char = '\u{2069}';

/// Creates a bundle for `locale` from `resources` (later ones do not
/// override earlier ones; duplicates are the checker's business) with
/// folio's functions installed. Placeables come out between FSI and PDI
/// marks: the HTML renderer turns them into `<bdi>` elements, other uses
/// remove them ([`strip_isolates`]).
pub fn bundle<'r>(
    locale: &Locale,
    resources: &[&'r FluentResource],
) -> FluentBundle<&'r FluentResource> {
    let mut b = FluentBundle::new(vec![locale.langid()]);
    b.set_use_isolating(true);
    let tag = locale.as_str().to_owned();
    let number_tag = tag.clone();
    // Names are unique here, so these cannot fail.
    let _ = b.add_function("DATETIME", move |positional, named| {
        datetime(&tag, positional, named)
    });
    let _ = b.add_function("NUMBER", move |positional, named| {
        number(&number_tag, positional, named)
    });
    // Every selector of a resource made by [`crate::select::rewrite`].
    let selector = crate::select::Selector::new(locale.as_str());
    let _ = b.add_function(crate::select::SELECT_FN, move |positional, named| {
        selector.select(positional, named)
    });
    for &r in resources {
        // Errors are duplicate IDs: the first definition wins, the checker reports them.
        let _ = b.add_resource(r);
    }
    b
}

impl<'r> Localizer<'r> {
    /// A localizer for `locale`; `english` is `None` when `locale` is English itself.
    pub fn new(
        locale: Locale,
        resources: &[&'r FluentResource],
        english: Option<&[&'r FluentResource]>,
    ) -> Self {
        let en = english.map(|res| bundle(&"en".parse().unwrap_or_else(|_| locale.clone()), res));
        Localizer {
            bundle: bundle(&locale, resources),
            allow: crate::check::chars::Allowances::for_locale(locale.as_str()),
            locale,
            english: en,
            withheld: Default::default(),
        }
    }

    /// Never shows the translations of these messages or terms (IDs without
    /// the `-` of a term), nor of messages that reference them: `folio
    /// check` found an error in them, so the English is shown instead,
    /// marked as fallback.
    pub fn withhold(&mut self, ids: impl IntoIterator<Item = String>) {
        self.withheld.extend(ids);
    }

    /// True if the translation of `id` is withheld, itself or through a
    /// message or term it references.
    pub fn is_withheld(&self, id: &str) -> bool {
        if self.withheld.is_empty() || self.english.is_none() {
            return false;
        }
        if self.withheld.contains(id) {
            return true;
        }
        let Some(msg) = self.bundle.get_message(id) else {
            return false;
        };
        let mut seen = std::collections::BTreeSet::new();
        seen.insert(id.to_owned());
        msg.value()
            .is_some_and(|p| self.pattern_withheld(p, &mut seen, 0))
            || msg
                .attributes()
                .any(|a| self.pattern_withheld(a.value(), &mut seen, 0))
    }

    fn pattern_withheld(
        &self,
        p: &fluent_syntax::ast::Pattern<&str>,
        seen: &mut std::collections::BTreeSet<String>,
        depth: usize,
    ) -> bool {
        use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
        fn inline(
            l: &Localizer<'_>,
            i: &InlineExpression<&str>,
            seen: &mut std::collections::BTreeSet<String>,
            depth: usize,
        ) -> bool {
            match i {
                InlineExpression::MessageReference { id, .. } => {
                    if l.withheld.contains(id.name) {
                        return true;
                    }
                    if !seen.insert(id.name.to_owned()) {
                        return false;
                    }
                    l.bundle.get_message(id.name).is_some_and(|m| {
                        m.value()
                            .is_some_and(|p| l.pattern_withheld(p, seen, depth + 1))
                            || m.attributes()
                                .any(|a| l.pattern_withheld(a.value(), seen, depth + 1))
                    })
                }
                InlineExpression::TermReference { id, arguments, .. } => {
                    l.withheld.contains(id.name)
                        || arguments.as_ref().is_some_and(|a| {
                            a.positional.iter().any(|x| inline(l, x, seen, depth + 1))
                                || a.named.iter().any(|x| inline(l, &x.value, seen, depth + 1))
                        })
                }
                InlineExpression::FunctionReference { arguments, .. } => {
                    arguments
                        .positional
                        .iter()
                        .any(|x| inline(l, x, seen, depth + 1))
                        || arguments
                            .named
                            .iter()
                            .any(|x| inline(l, &x.value, seen, depth + 1))
                }
                InlineExpression::Placeable { expression } => expr(l, expression, seen, depth + 1),
                _ => false,
            }
        }
        fn expr(
            l: &Localizer<'_>,
            e: &Expression<&str>,
            seen: &mut std::collections::BTreeSet<String>,
            depth: usize,
        ) -> bool {
            match e {
                Expression::Inline(i) => inline(l, i, seen, depth),
                Expression::Select { selector, variants } => {
                    inline(l, selector, seen, depth)
                        || variants
                            .iter()
                            .any(|v| l.pattern_withheld(&v.value, seen, depth + 1))
                }
            }
        }
        if depth > 64 {
            return false;
        }
        p.elements.iter().any(|el| match el {
            PatternElement::Placeable { expression } => expr(self, expression, seen, depth + 1),
            PatternElement::TextElement { .. } => false,
        })
    }

    /// Removes the characters `folio check` flags as invisible, control or
    /// bidi embedding characters (tag characters, zero-width spaces, …): they
    /// never reach a page or a PDF.
    fn clean(&self, text: String) -> String {
        use crate::check::chars::{CharIssue, classify};
        let flagged = |c: char| {
            matches!(
                classify(c, self.allow),
                Some(CharIssue::Invisible | CharIssue::Control | CharIssue::BidiControl)
            )
        };
        if text.chars().any(flagged) {
            text.chars().filter(|&c| !flagged(c)).collect()
        } else {
            text
        }
    }

    /// True if the page's own locale has a value for `id`.
    pub fn has_translation(&self, id: &str) -> bool {
        self.bundle
            .get_message(id)
            .is_some_and(|m| m.value().is_some())
    }

    /// Formats message `id`, falling back to English when the translation is
    /// missing or does not format cleanly.
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> Formatted {
        let mut problems = Vec::new();
        let own = if self.is_withheld(id) {
            None
        } else {
            format_in(&self.bundle, id, args)
        };
        match own {
            Some(Ok(text)) => {
                return Formatted {
                    text: self.clean(text),
                    origin: Origin::Translated,
                    problems,
                };
            }
            Some(Err(errors)) => problems.extend(errors),
            None => {}
        }
        if let Some(en) = &self.english {
            match format_in(en, id, args) {
                Some(Ok(text)) => {
                    return Formatted {
                        text: self.clean(text),
                        origin: Origin::Fallback,
                        problems,
                    };
                }
                Some(Err(errors)) => problems.extend(errors),
                None => {}
            }
        }
        problems.push(format!("no message `{id}`"));
        Formatted {
            text: id.to_owned(),
            origin: Origin::Missing,
            problems,
        }
    }
}

/// The longest formatted message accepted; longer output (a message that
/// references itself into megabytes) is treated as broken.
pub const MAX_MESSAGE_BYTES: usize = 64 * 1024;

/// A `fmt::Write` that refuses to grow past [`MAX_MESSAGE_BYTES`]: the
/// resolver stops expanding at the first write that would cross it, so a
/// message that places a huge message a hundred times costs one cap's worth
/// of work, not the whole expansion.
struct Capped {
    text: String,
    over: bool,
}

impl std::fmt::Write for Capped {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        if self.text.len() + s.len() > MAX_MESSAGE_BYTES {
            self.over = true;
            return Err(std::fmt::Error);
        }
        self.text.push_str(s);
        Ok(())
    }
}

/// Formats `pattern`, stopping at [`MAX_MESSAGE_BYTES`]: `Err` with the
/// reasons when the resolver reported errors or the text grew too long.
pub fn format_capped(
    bundle: &FluentBundle<&FluentResource>,
    pattern: &fluent_syntax::ast::Pattern<&str>,
    args: Option<&FluentArgs>,
) -> Result<String, Vec<String>> {
    let mut errors: Vec<FluentError> = Vec::new();
    let mut w = Capped {
        text: String::new(),
        over: false,
    };
    let written = bundle.write_pattern(&mut w, pattern, args, &mut errors);
    let mut problems: Vec<String> = errors.iter().map(ToString::to_string).collect();
    if w.over {
        problems.push(format!(
            "it formats to more than {} KiB (the limit for one message)",
            MAX_MESSAGE_BYTES / 1024
        ));
    } else if written.is_err() && problems.is_empty() {
        problems.push("it could not be formatted".to_owned());
    }
    if problems.is_empty() {
        Ok(w.text)
    } else {
        Err(problems)
    }
}

/// `None` if the bundle lacks the message; `Err` if formatting reported
/// errors or the text grew past [`MAX_MESSAGE_BYTES`].
fn format_in(
    bundle: &FluentBundle<&FluentResource>,
    id: &str,
    args: Option<&FluentArgs>,
) -> Option<Result<String, Vec<String>>> {
    let msg = bundle.get_message(id)?;
    let pattern = msg.value()?;
    Some(
        format_capped(bundle, pattern, args)
            .map_err(|errors| errors.iter().map(|e| format!("`{id}`: {e}")).collect()),
    )
}

/// A date as the Fluent argument `DATETIME` reads (ISO 8601, `YYYY-MM-DD`).
pub fn date_arg(date: Date) -> FluentValue<'static> {
    FluentValue::String(date.to_string().into())
}

/// `DATETIME($date, dateStyle: "long")`, formatted by ICU4X with the
/// locale's CLDR patterns, month names and digits. Styles: `full`, `long`,
/// `medium` (default), `short`. Anything unusable gives an error value.
fn datetime(tag: &str, positional: &[FluentValue], named: &FluentArgs) -> FluentValue<'static> {
    let Some(FluentValue::String(s)) = positional.first() else {
        return FluentValue::Error;
    };
    let Some(date) = parse_iso_date(s) else {
        // Not a date: show the argument as given rather than nothing.
        return FluentValue::String(s.to_string().into());
    };
    let style = match named.get("dateStyle") {
        Some(FluentValue::String(s)) => s.to_string(),
        _ => "medium".to_owned(),
    };
    format_date(tag, date, &style).map_or(FluentValue::Error, |s| FluentValue::String(s.into()))
}

/// Formats `date` for locale `tag` in a CSS-like `style`.
///
/// ```
/// use folio::content::Date;
/// let d = Date { year: 2023, month: 12, day: 19 };
/// assert_eq!(folio::localize::format_date("es", d, "long").unwrap(), "19 de diciembre de 2023");
/// assert_eq!(folio::localize::format_date("zh-CN", d, "long").unwrap(), "2023年12月19日");
/// ```
pub fn format_date(tag: &str, date: Date, style: &str) -> Option<String> {
    let locale: icu_locale_core::Locale = tag.parse().ok()?;
    let d = IcuDate::try_new_iso(date.year, date.month, date.day).ok()?;
    let s = match style {
        "full" => DateTimeFormatter::try_new(locale.into(), YMDE::long())
            .ok()?
            .format(&d)
            .to_string(),
        "long" => DateTimeFormatter::try_new(locale.into(), YMD::long())
            .ok()?
            .format(&d)
            .to_string(),
        "short" => DateTimeFormatter::try_new(locale.into(), YMD::short())
            .ok()?
            .format(&d)
            .to_string(),
        _ => DateTimeFormatter::try_new(locale.into(), YMD::medium())
            .ok()?
            .format(&d)
            .to_string(),
    };
    Some(s)
}

/// Removes the isolation marks around placeables (for plain-text uses such
/// as `<title>` and meta descriptions).
pub fn strip_isolates(s: &str) -> String {
    s.chars().filter(|&c| c != FSI && c != PDI).collect()
}

/// The most fraction digits `NUMBER` honours; larger requests are clamped
/// (fluent-bundle's own NUMBER allocates without bound on them).
pub const MAX_FRACTION_DIGITS: i64 = 20;

/// `NUMBER($n, minimumFractionDigits: 1, maximumFractionDigits: 2, useGrouping: "false")`,
/// formatted by ICU4X with the locale's digits and separators.
fn number(tag: &str, positional: &[FluentValue], named: &FluentArgs) -> FluentValue<'static> {
    let value = match positional.first() {
        Some(FluentValue::Number(n)) => n.value,
        Some(FluentValue::String(s)) => match s.trim().parse::<f64>() {
            Ok(v) => v,
            Err(_) => return FluentValue::String(s.to_string().into()),
        },
        _ => return FluentValue::Error,
    };
    let option = |name: &str| -> Option<i64> {
        match named.get(name) {
            Some(FluentValue::Number(n)) if n.value.is_finite() => {
                Some((n.value as i64).clamp(0, MAX_FRACTION_DIGITS))
            }
            Some(FluentValue::String(s)) => s
                .parse::<i64>()
                .ok()
                .map(|v| v.clamp(0, MAX_FRACTION_DIGITS)),
            _ => None,
        }
    };
    let min = option("minimumFractionDigits").unwrap_or(0);
    let max = option("maximumFractionDigits").unwrap_or(3).max(min);
    let grouping =
        !matches!(named.get("useGrouping"), Some(FluentValue::String(s)) if s == "false");
    format_number(tag, value, min, max, grouping)
        .map_or(FluentValue::Error, |s| FluentValue::String(s.into()))
}

/// Formats `value` for locale `tag` with `min`..=`max` fraction digits.
///
/// ```
/// assert_eq!(folio::localize::format_number("es", 1234.5, 0, 0, true).unwrap(), "1235");
/// assert_eq!(folio::localize::format_number("en", 1234.5, 1, 2, true).unwrap(), "1,234.5");
/// assert_eq!(folio::localize::format_number("de", 0.25, 2, 2, true).unwrap(), "0,25");
/// ```
pub fn format_number(tag: &str, value: f64, min: i64, max: i64, grouping: bool) -> Option<String> {
    use fixed_decimal::{Decimal, FloatPrecision};
    use icu_decimal::DecimalFormatter;
    use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
    if !value.is_finite() || value.abs() > 1e21 {
        return None;
    }
    let locale: icu_locale_core::Locale = tag.parse().ok()?;
    let mut d = Decimal::try_from_f64(value, FloatPrecision::RoundTrip).ok()?;
    // Half away from zero, as JavaScript's Intl.NumberFormat.
    d.round_with_mode(
        -(max as i16),
        fixed_decimal::SignedRoundingMode::Unsigned(
            fixed_decimal::UnsignedRoundingMode::HalfExpand,
        ),
    );
    d.absolute.trim_end();
    d.absolute.pad_end(-(min as i16));
    let options: DecimalFormatterOptions = if grouping {
        GroupingStrategy::Auto
    } else {
        GroupingStrategy::Never
    }
    .into();
    let f = DecimalFormatter::try_new(locale.into(), options).ok()?;
    Some(f.format(&d).to_string())
}

fn parse_iso_date(s: &str) -> Option<Date> {
    let mut parts = s.splitn(3, '-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.get(..2)?.parse().ok()?;
    Some(Date { year, month, day })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_english_and_says_so() {
        let en = FluentResource::try_new("a = A\nb = B { $x }\n".into()).unwrap();
        let es = FluentResource::try_new("a = Á\nb = Be { $y }\n".into()).unwrap();
        let l = Localizer::new("es".parse().unwrap(), &[&es], Some(&[&en]));
        assert_eq!(l.format("a", None).origin, Origin::Translated);
        let mut args = FluentArgs::new();
        args.set("x", "1");
        let b = l.format("b", Some(&args));
        assert_eq!(b.origin, Origin::Fallback);
        assert_eq!(strip_isolates(&b.text), "B 1");
        assert_eq!(l.format("zzz", None).origin, Origin::Missing);
    }

    #[test]
    fn withheld_messages_and_their_users_fall_back() {
        let en =
            FluentResource::try_new("a = A\nb = B { a }\nc = C\n-t = T\nd = D { -t }\n".into())
                .unwrap();
        let es = FluentResource::try_new(
            "a = Á <img src=x onerror=alert(1)>\nb = Be { a }\nc = Ce\u{E0041}\u{200B}\n-t = Te\nd = De { -t }\n".into(),
        )
        .unwrap();
        let mut l = Localizer::new("es".parse().unwrap(), &[&es], Some(&[&en]));
        l.withhold(["a".to_owned(), "t".to_owned()]);
        for (id, text) in [("a", "A"), ("b", "B A"), ("d", "D T")] {
            let f = l.format(id, None);
            assert_eq!(
                (f.origin, strip_isolates(&f.text).as_str()),
                (Origin::Fallback, text),
                "{id}"
            );
        }
        // Flagged invisible characters (a tag character, a zero-width space) never reach output.
        let c = l.format("c", None);
        assert_eq!((c.origin, c.text.as_str()), (Origin::Translated, "Ce"));
    }

    #[test]
    fn formatting_stops_at_the_cap_and_falls_back() {
        // A 500 KB message placed 99 times: without the cap this expanded to
        // ~50 MB; the writer stops at the first write past 64 KiB.
        let big = "x".repeat(500_000);
        let es = FluentResource::try_new(format!(
            "big = {big}\nmany = {}\nlong = {}\nok = fine\n",
            "{ big }".repeat(99),
            "y".repeat(212_000)
        ))
        .unwrap();
        let en = FluentResource::try_new("many = Many\nlong = Long\nok = Fine\n".into()).unwrap();
        let l = Localizer::new("es".parse().unwrap(), &[&es], Some(&[&en]));
        let many = l.format("many", None);
        assert_eq!(
            (many.origin, many.text.as_str()),
            (Origin::Fallback, "Many")
        );
        assert!(many.problems[0].contains("64 KiB"), "{:?}", many.problems);
        let long = l.format("long", None);
        assert_eq!(
            (long.origin, long.text.as_str()),
            (Origin::Fallback, "Long")
        );
        assert_eq!(l.format("ok", None).origin, Origin::Translated);
    }

    #[test]
    fn datetime_function_in_messages() {
        let res =
            FluentResource::try_new("d = { DATETIME($d, dateStyle: \"long\") }\n".into()).unwrap();
        let l = Localizer::new("en".parse().unwrap(), &[&res], None);
        let mut args = FluentArgs::new();
        args.set(
            "d",
            date_arg(Date {
                year: 2023,
                month: 12,
                day: 19,
            }),
        );
        assert_eq!(l.format("d", Some(&args)).text, "December 19, 2023");
        args.set("d", "not a date");
        assert_eq!(l.format("d", Some(&args)).text, "not a date");
    }
}
