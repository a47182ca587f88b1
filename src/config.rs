//! `folio.toml` → a validated [`Project`]. Raw TOML types stay in this module:
//! later stages see only checked locales, relative paths inside the project,
//! and link targets with allowed schemes. Reads one file; writes nothing.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::locale::Locale;

/// The name of the configuration file in the project root.
pub const CONFIG_FILE: &str = "folio.toml";

/// How a locale counts in checks and builds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LocaleStatus {
    /// Must be complete and current for `folio check` to pass.
    Required,
    /// Reported, never failing.
    #[default]
    InProgress,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawConfig {
    #[serde(default = "default_source")]
    source_locale: String,
    locales: Vec<String>,
    #[serde(default)]
    paths: RawPaths,
    #[serde(default)]
    locale: BTreeMap<String, RawLocale>,
    #[serde(default)]
    site: RawSite,
    #[serde(default)]
    check: crate::check::policy::RawCheck,
    #[serde(default)]
    pdf: RawPdf,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawPdf {
    /// Paper size of the PDFs `folio build` writes.
    #[serde(default)]
    paper: crate::layout::Paper,
    /// Extra font families from files in the project.
    #[serde(default)]
    fonts: BTreeMap<String, RawFontFamily>,
    /// Hyphenation exceptions by language: `en = ["neu-ro-blas-to-ma"]`.
    #[serde(default)]
    hyphenation: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawFontFamily {
    regular: String,
    bold: Option<String>,
    italic: Option<String>,
}

fn default_source() -> String {
    "en".to_owned()
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawPaths {
    #[serde(default = "default_content")]
    content: String,
    #[serde(default = "default_locales")]
    locales: String,
    #[serde(default = "default_output")]
    output: String,
}

impl Default for RawPaths {
    fn default() -> Self {
        RawPaths {
            content: default_content(),
            locales: default_locales(),
            output: default_output(),
        }
    }
}

fn default_content() -> String {
    "content".to_owned()
}
fn default_locales() -> String {
    "locales".to_owned()
}
fn default_output() -> String {
    "output".to_owned()
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawLocale {
    #[serde(default)]
    status: LocaleStatus,
    #[serde(default)]
    outdated: OutdatedText,
    /// Font families for this locale's PDFs, in fallback order.
    pdf_fonts: Option<Vec<String>>,
}

/// What a page shows for a translation whose English changed since.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OutdatedText {
    /// The translation, marked as possibly out of date.
    #[default]
    Show,
    /// The current English, marked as not yet translated.
    Fallback,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawSite {
    #[serde(default)]
    links: BTreeMap<String, String>,
    /// Absolute URL of the output folder, for canonical and alternate links.
    base_url: Option<String>,
}

/// A validated project: everything a command needs to know about folders and locales.
#[derive(Debug, Clone)]
pub struct Project {
    /// The project root (the folder holding `folio.toml`).
    pub root: PathBuf,
    /// The source locale, `en` by default; always `locales[0]`.
    pub source: Locale,
    /// Every locale of the project, source first, then in config order.
    pub locales: Vec<Locale>,
    pub status: BTreeMap<Locale, LocaleStatus>,
    /// Per locale: show outdated translations (marked) or fall back to English.
    pub outdated: BTreeMap<Locale, OutdatedText>,
    /// Absolute URL of the published output folder, ending in `/`, if configured.
    pub base_url: Option<String>,
    pub content_dir: PathBuf,
    pub locales_dir: PathBuf,
    pub output_dir: PathBuf,
    /// `data-l10n-name` → URL for links in the site bundle (`site.ftl`).
    pub site_links: BTreeMap<String, String>,
    /// `[check]`: severities, exceptions and failure threshold of `folio check`.
    pub policy: crate::check::policy::Policy,
    /// `[pdf]` and the `pdf-fonts` of each locale.
    pub pdf: PdfConfig,
}

/// How PDFs are made.
#[derive(Debug, Clone, Default)]
pub struct PdfConfig {
    pub paper: crate::layout::Paper,
    /// Project font families: name → (variant, path relative to the root).
    pub families: BTreeMap<String, Vec<(crate::layout::Variant, PathBuf)>>,
    /// Per locale: the fallback chain of family names.
    pub chains: BTreeMap<Locale, Vec<String>>,
    /// Hyphenation exceptions: folio's own for the bundled medical terms,
    /// then the project's `[pdf.hyphenation]` (which win).
    pub exceptions: std::sync::Arc<crate::layout::Exceptions>,
}

impl Project {
    /// Reads and validates `root/folio.toml`.
    pub fn load(root: &Path) -> Result<Project> {
        let path = root.join(CONFIG_FILE);
        let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
        Project::from_toml(root, &path, &text)
    }

    /// Validates configuration text; `path` is only used in error messages.
    pub fn from_toml(root: &Path, path: &Path, text: &str) -> Result<Project> {
        let bad = |message: String| Error::Config {
            path: path.to_path_buf(),
            message,
        };
        let raw: RawConfig = toml::from_str(text).map_err(|e| bad(e.to_string()))?;
        let source: Locale = raw
            .source_locale
            .parse()
            .map_err(|e| bad(format!("source-locale: {e}")))?;
        let mut locales = vec![source.clone()];
        for tag in &raw.locales {
            let locale: Locale = tag.parse().map_err(|e| bad(format!("locales: {e}")))?;
            if let Some(other) = locales
                .iter()
                .find(|l| l.as_str().eq_ignore_ascii_case(locale.as_str()))
            {
                if *other == source && locale == source {
                    continue;
                }
                return Err(bad(format!(
                    "locales: `{tag}` is listed twice (as `{other}`); locale folders must differ by more than case"
                )));
            }
            locales.push(locale);
        }
        let mut status = BTreeMap::new();
        let mut outdated = BTreeMap::new();
        for (lang, words) in &raw.pdf.hyphenation {
            if let Some(w) = words
                .iter()
                .find(|w| w.trim().is_empty() || !w.chars().all(|c| c.is_alphabetic() || c == '-'))
            {
                return Err(bad(format!(
                    "[pdf.hyphenation] {lang}: `{w}` is not a word with hyphens at its break points (e.g. \"neu-ro-blas-to-ma\")"
                )));
            }
        }
        let mut pdf = PdfConfig {
            paper: raw.pdf.paper,
            exceptions: std::sync::Arc::new(crate::layout::parse_exceptions(
                crate::layout::BUILTIN_EXCEPTIONS.iter().copied().chain(
                    raw.pdf.hyphenation.iter().flat_map(|(lang, words)| {
                        words.iter().map(move |w| (lang.as_str(), w.as_str()))
                    }),
                ),
            )),
            ..Default::default()
        };
        for (name, fam) in &raw.pdf.fonts {
            use crate::layout::Variant;
            let mut files = Vec::new();
            for (variant, file) in [
                (Variant::Regular, Some(&fam.regular)),
                (Variant::Bold, fam.bold.as_ref()),
                (Variant::Italic, fam.italic.as_ref()),
            ] {
                if let Some(f) = file {
                    let rel =
                        relative_dir(f).map_err(|m| bad(format!("[pdf.fonts] {name}: {m}")))?;
                    files.push((variant, rel));
                }
            }
            pdf.families.insert(name.clone(), files);
        }
        for (tag, cfg) in raw.locale {
            let locale: Locale = tag
                .parse()
                .map_err(|e| bad(format!("[locale.{tag}]: {e}")))?;
            if !locales.contains(&locale) {
                return Err(bad(format!("[locale.{tag}]: `{tag}` is not in `locales`")));
            }
            outdated.insert(locale.clone(), cfg.outdated);
            if let Some(chain) = cfg.pdf_fonts {
                for family in &chain {
                    if !pdf.families.contains_key(family)
                        && !crate::layout::fonts::BUILTIN_FAMILIES.contains(&family.as_str())
                    {
                        return Err(bad(format!(
                            "[locale.{tag}] pdf-fonts: no font family \"{family}\"; built in: {}, or add it under [pdf.fonts]",
                            crate::layout::fonts::BUILTIN_FAMILIES.join(", ")
                        )));
                    }
                }
                if chain.is_empty() {
                    return Err(bad(format!(
                        "[locale.{tag}] pdf-fonts: must name at least one family"
                    )));
                }
                pdf.chains.insert(locale.clone(), chain);
            }
            status.insert(locale, cfg.status);
        }
        for locale in &locales {
            status.entry(locale.clone()).or_default();
        }
        status.insert(source.clone(), LocaleStatus::Required);
        let base_url = match raw.site.base_url {
            Some(u) if u.starts_with("https://") || u.starts_with("http://") => {
                check_link_target(&u).map_err(|why| bad(format!("site.base-url: {why}")))?;
                Some(if u.ends_with('/') { u } else { format!("{u}/") })
            }
            Some(u) => {
                return Err(bad(format!(
                    "site.base-url: `{u}` must be an absolute http(s) URL"
                )));
            }
            None => None,
        };
        for (name, url) in &raw.site.links {
            check_link_target(url).map_err(|why| bad(format!("[site.links] {name}: {why}")))?;
        }
        Ok(Project {
            root: root.to_path_buf(),
            source,
            locales,
            status,
            content_dir: relative_dir(&raw.paths.content)
                .map_err(|m| bad(format!("paths.content: {m}")))?,
            locales_dir: relative_dir(&raw.paths.locales)
                .map_err(|m| bad(format!("paths.locales: {m}")))?,
            output_dir: relative_dir(&raw.paths.output)
                .map_err(|m| bad(format!("paths.output: {m}")))?,
            site_links: raw.site.links,
            outdated,
            base_url,
            policy: crate::check::policy::Policy::from_raw(&raw.check).map_err(bad)?,
            pdf,
        })
    }

    /// The folder of one locale's `.ftl` files.
    pub fn locale_dir(&self, locale: &Locale) -> PathBuf {
        self.root.join(&self.locales_dir).join(locale.as_str())
    }

    /// The translated locales (all but the source).
    pub fn targets(&self) -> impl Iterator<Item = &Locale> {
        self.locales.iter().filter(move |l| **l != self.source)
    }
}

fn relative_dir(s: &str) -> std::result::Result<PathBuf, String> {
    let p = PathBuf::from(s);
    if s.is_empty() {
        return Err("must not be empty".into());
    }
    if p.components()
        .any(|c| !matches!(c, Component::Normal(_) | Component::CurDir))
    {
        return Err(format!(
            "`{s}` must be a relative path inside the project (no `..`, no root)"
        ));
    }
    Ok(p)
}

/// Accepts the link targets a page may carry: `https:`, `http:`, `mailto:`,
/// `tel:`, a `#fragment`, or a relative path. Anything else (`javascript:`,
/// `data:`) is refused.
pub fn check_link_target(url: &str) -> std::result::Result<(), String> {
    if url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err(format!("`{url}` contains spaces or control characters"));
    }
    match url.split_once(':') {
        Some((scheme, _)) if !scheme.contains(['/', '#', '?']) => {
            let scheme = scheme.to_ascii_lowercase();
            if ["https", "http", "mailto", "tel"].contains(&scheme.as_str()) {
                Ok(())
            } else {
                Err(format!("`{url}`: the `{scheme}:` scheme is not allowed"))
            }
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Project> {
        Project::from_toml(Path::new("/p"), Path::new("/p/folio.toml"), text)
    }

    #[test]
    fn minimal_config_gets_defaults() {
        let p = parse("locales = [\"en\", \"es\", \"ar\"]").unwrap();
        assert_eq!(p.source.as_str(), "en");
        assert_eq!(p.locales.len(), 3);
        assert_eq!(p.output_dir, PathBuf::from("output"));
        assert_eq!(p.status[&"es".parse().unwrap()], LocaleStatus::InProgress);
        assert_eq!(p.status[&"en".parse().unwrap()], LocaleStatus::Required);
    }

    #[test]
    fn rejects_bad_input() {
        assert!(parse("locales = [\"en\", \"../x\"]").is_err());
        assert!(parse("locales = [\"en-US\", \"en-us\"]").is_err());
        assert!(parse("locales = [\"en\"]\n[paths]\noutput = \"../out\"").is_err());
        assert!(parse("locales = [\"en\"]\n[site.links]\nx = \"javascript:alert(1)\"").is_err());
        assert!(parse("locales = [\"en\"]\nbogus = 1").is_err());
        assert!(parse("locales = [\"en\"]\n[locale.fr]\nstatus = \"required\"").is_err());
        assert!(parse("locales = [\"en\"]\n[locale.en]\npdf-fonts = [\"Comic\"]").is_err());
        assert!(parse("locales = [\"en\"]\n[pdf.fonts.X]\nregular = \"../x.ttf\"").is_err());
        let p = parse("locales = [\"en\"]\n[pdf]\npaper = \"letter\"\n[pdf.fonts.X]\nregular = \"fonts/x.ttf\"\n[locale.en]\npdf-fonts = [\"X\", \"Noto Sans\"]").unwrap();
        assert_eq!(p.pdf.paper, crate::layout::Paper::Letter);
        assert_eq!(
            p.pdf.chains[&p.source],
            vec!["X".to_owned(), "Noto Sans".to_owned()]
        );
    }
}
