//! Locale tags, validated once at the edge (config, folder names) and then
//! passed around as [`Locale`]. Knows each bundled language's endonym and
//! writing direction. Must not touch the file system.

use std::fmt;
use unic_langid::LanguageIdentifier;

/// Writing direction of a locale's script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The value for HTML's `dir` attribute.
    pub fn as_html(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// The direction a text written in a right-to-left locale should take:
/// left to right if it holds left-to-right letters and no right-to-left
/// ones (an English citation kept in an Arabic page), else `None` (the
/// locale's own direction). Unlike UAX #9's first-strong rule, an Arabic
/// sentence that starts with "DNA" stays right to left.
///
/// ```
/// use folio::locale::{Direction, text_direction};
/// assert_eq!(text_direction("Park JR, et al. JAMA. 2019;322(8):746-755."), Some(Direction::Ltr));
/// assert_eq!(text_direction("DNA داخل الخلية"), None);
/// assert_eq!(text_direction("2019"), None);
/// ```
pub fn text_direction(text: &str) -> Option<Direction> {
    use unicode_bidi::BidiClass::{AL, L, R};
    let mut ltr = false;
    for c in text.chars() {
        match unicode_bidi::bidi_class(c) {
            R | AL => return None,
            L => ltr = true,
            _ => {}
        }
    }
    ltr.then_some(Direction::Ltr)
}

/// A validated BCP 47 language tag in canonical case (`zh-CN`, not `zh-cn`).
///
/// ```
/// use folio::locale::{Direction, Locale};
/// let ar: Locale = "ar".parse().unwrap();
/// assert_eq!(ar.direction(), Direction::Rtl);
/// assert_eq!("zh-cn".parse::<Locale>().unwrap().as_str(), "zh-CN");
/// assert!("../etc".parse::<Locale>().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Locale {
    tag: String,
}

/// Why a string is not a usable locale tag.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{tag}` is not a valid locale tag: {reason}")]
pub struct LocaleError {
    pub tag: String,
    pub reason: &'static str,
}

impl std::str::FromStr for Locale {
    type Err = LocaleError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = |reason| LocaleError {
            tag: s.chars().take(40).collect(),
            reason,
        };
        if s.is_empty() || s.len() > 35 {
            return Err(err("expected 1 to 35 characters"));
        }
        if !s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return Err(err("only ASCII letters, digits and `-` are allowed"));
        }
        let id: LanguageIdentifier = s
            .parse()
            .map_err(|_| err("not a BCP 47 language identifier"))?;
        Ok(Locale {
            tag: id.to_string(),
        })
    }
}

impl Locale {
    /// The canonical tag, also the folder name under `locales/` and `output/`.
    pub fn as_str(&self) -> &str {
        &self.tag
    }

    /// The primary language subtag (`zh` for `zh-CN`).
    pub fn language(&self) -> &str {
        self.tag.split('-').next().unwrap_or(&self.tag)
    }

    /// The unic-langid form, for Fluent bundles.
    pub fn langid(&self) -> LanguageIdentifier {
        // Validated in `from_str`, so this parse cannot fail; fall back to `und` anyway.
        self.tag.parse().unwrap_or_default()
    }

    /// Writing direction of the locale's default script.
    pub fn direction(&self) -> Direction {
        let id = self.langid();
        if let Some(script) = id.script {
            return match script.as_str() {
                "Arab" | "Hebr" | "Thaa" | "Syrc" | "Nkoo" | "Adlm" | "Rohg" => Direction::Rtl,
                _ => Direction::Ltr,
            };
        }
        match self.language() {
            "ar" | "he" | "fa" | "ur" | "ps" | "sd" | "ug" | "yi" | "dv" | "ckb" => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    /// The language's own name for itself, as shown in a language switcher.
    pub fn endonym(&self) -> String {
        let known = match self.tag.as_str() {
            "en" => Some("English"),
            "es" => Some("Español"),
            "zh-CN" | "zh-Hans" | "zh" => Some("中文"),
            "zh-TW" | "zh-Hant" => Some("中文（繁體）"),
            "vi" => Some("Tiếng Việt"),
            "ko" => Some("한국어"),
            "ar" => Some("العربية"),
            "fr" => Some("Français"),
            "de" => Some("Deutsch"),
            "pt" | "pt-BR" => Some("Português"),
            "ru" => Some("Русский"),
            "ja" => Some("日本語"),
            "he" => Some("עברית"),
            "fa" => Some("فارسی"),
            "hi" => Some("हिन्दी"),
            "tl" => Some("Tagalog"),
            "pl" => Some("Polski"),
            "it" => Some("Italiano"),
            _ => None,
        };
        known.map_or_else(|| self.tag.clone(), str::to_owned)
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.tag)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonicalizes_case() {
        assert_eq!("ZH-cn".parse::<Locale>().unwrap().as_str(), "zh-CN");
        assert_eq!("es".parse::<Locale>().unwrap().endonym(), "Español");
    }

    #[test]
    fn rejects_paths_and_garbage() {
        for bad in ["", "..", "en/US", "en_US", "a\\b", "-en", "en--US", "x y"] {
            assert!(bad.parse::<Locale>().is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn directions() {
        assert_eq!("ar".parse::<Locale>().unwrap().direction(), Direction::Rtl);
        assert_eq!("ko".parse::<Locale>().unwrap().direction(), Direction::Ltr);
        assert_eq!(
            "az-Arab".parse::<Locale>().unwrap().direction(),
            Direction::Rtl
        );
    }
}
