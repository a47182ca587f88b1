//! Check policy: the severity of each finding code, overridable per locale,
//! file and message ID (like compare-locales' filters), which IDs may be
//! identical to English, and when the run fails. Read from `[check]` in
//! `folio.toml`; command-line `--fail-on` overrides.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::codes::{self, Code};
use crate::config::LocaleStatus;
use crate::diag::Severity;

/// `[check]` as written in `folio.toml`.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawCheck {
    fail_on: Option<String>,
    #[serde(default)]
    identical_allow: Vec<String>,
    #[serde(default)]
    severity: BTreeMap<String, String>,
    #[serde(default)]
    rule: Vec<RawRule>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawRule {
    code: String,
    locale: Option<String>,
    file: Option<String>,
    id: Option<String>,
    severity: String,
}

/// A severity, or `off` to drop a finding.
pub type Level = Option<Severity>;

fn parse_level(s: &str) -> Result<Level, String> {
    match s {
        "off" => Ok(None),
        "info" => Ok(Some(Severity::Info)),
        "warning" => Ok(Some(Severity::Warning)),
        "error" => Ok(Some(Severity::Error)),
        other => Err(format!(
            "`{other}` is not a severity (off, info, warning, error)"
        )),
    }
}

/// Parses a `--fail-on` value: `error`, `warning`, `info` or `never`.
pub fn parse_fail_on(s: &str) -> Result<Option<Severity>, String> {
    match s {
        "never" => Ok(None),
        other => parse_level(other).and_then(|l| {
            l.map(Some)
                .ok_or_else(|| "use `never` rather than `off`".to_owned())
        }),
    }
}

#[derive(Debug, Clone)]
struct Rule {
    code: &'static str,
    locale: Option<String>,
    file: Option<String>,
    id: Option<String>,
    level: Level,
}

/// The validated policy.
#[derive(Debug, Clone)]
pub struct Policy {
    /// The lowest severity that fails a required locale; `None`: never fail.
    pub fail_on: Option<Severity>,
    /// Message IDs (globs) that may be identical to English.
    pub identical_allow: Vec<String>,
    severity: BTreeMap<&'static str, Level>,
    rules: Vec<Rule>,
    /// When true (l10n.toml projects), completeness codes are warnings in
    /// every locale, as compare-locales counts them.
    pub completeness_as_warning: bool,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            fail_on: Some(Severity::Error),
            identical_allow: Vec::new(),
            severity: BTreeMap::new(),
            rules: Vec::new(),
            completeness_as_warning: false,
        }
    }
}

impl Policy {
    /// Validates `[check]`.
    pub fn from_raw(raw: &RawCheck) -> Result<Policy, String> {
        let mut p = Policy::default();
        if let Some(f) = &raw.fail_on {
            p.fail_on = parse_fail_on(f).map_err(|e| format!("check.fail-on: {e}"))?;
        }
        p.identical_allow = raw.identical_allow.clone();
        for (code, level) in &raw.severity {
            let c = codes::lookup(code)
                .ok_or_else(|| format!("check.severity: unknown code `{code}`"))?;
            p.severity.insert(
                c.name,
                parse_level(level).map_err(|e| format!("check.severity.{code}: {e}"))?,
            );
        }
        for r in &raw.rule {
            let c = codes::lookup(&r.code)
                .ok_or_else(|| format!("check.rule: unknown code `{}`", r.code))?;
            p.rules.push(Rule {
                code: c.name,
                locale: r.locale.clone(),
                file: r.file.clone(),
                id: r.id.clone(),
                level: parse_level(&r.severity)
                    .map_err(|e| format!("check.rule ({}): {e}", r.code))?,
            });
        }
        Ok(p)
    }

    /// The severity of `code` for a finding in `locale` (with `status`), in
    /// `file` (relative to the locale folder), about message `id`.
    pub fn level(
        &self,
        code: &Code,
        locale: &str,
        status: LocaleStatus,
        file: &str,
        id: Option<&str>,
    ) -> Level {
        let mut level = match self.severity.get(code.name) {
            Some(l) => *l,
            None if code.completeness
                && (status == LocaleStatus::InProgress || self.completeness_as_warning) =>
            {
                Some(Severity::Warning)
            }
            None => Some(code.severity),
        };
        for r in &self.rules {
            let matches = r.code == code.name
                && r.locale.as_deref().is_none_or(|g| glob_match(g, locale))
                && r.file.as_deref().is_none_or(|g| glob_match(g, file))
                && r.id
                    .as_deref()
                    .is_none_or(|g| id.is_some_and(|id| glob_match(g, id)));
            if matches {
                level = r.level;
            }
        }
        level
    }

    /// True if message `id` may be identical to English.
    pub fn identical_allowed(&self, id: &str) -> bool {
        self.identical_allow.iter().any(|g| glob_match(g, id))
    }
}

/// Glob matching: `*` any characters but `/`, `**` any characters, `?` one character.
///
/// ```
/// use folio::check::policy::glob_match;
/// assert!(glob_match("reference-*", "reference-mosse"));
/// assert!(glob_match("**/*.ftl", "a/b/c.ftl"));
/// assert!(!glob_match("*.ftl", "a/b.ftl"));
/// ```
pub fn glob_match(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    // Iterative matcher with memo over (pi, ti).
    let mut memo = vec![vec![None; t.len() + 1]; p.len() + 1];
    fn go(p: &[char], t: &[char], pi: usize, ti: usize, memo: &mut Vec<Vec<Option<bool>>>) -> bool {
        if let Some(r) = memo[pi][ti] {
            return r;
        }
        let r = if pi == p.len() {
            ti == t.len()
        } else if p[pi] == '*' {
            let double = p.get(pi + 1) == Some(&'*');
            let next = if double { pi + 2 } else { pi + 1 };
            // `**/` also matches nothing.
            let next_skip_slash = if double && p.get(next) == Some(&'/') {
                next + 1
            } else {
                next
            };
            let mut k = ti;
            let mut ok = go(p, t, next, ti, memo)
                || (next_skip_slash != next && go(p, t, next_skip_slash, ti, memo));
            while !ok && k < t.len() && (double || t[k] != '/') {
                k += 1;
                ok = go(p, t, next, k, memo);
            }
            ok
        } else if ti < t.len() && (p[pi] == '?' && t[ti] != '/' || p[pi] == t[ti]) {
            go(p, t, pi + 1, ti + 1, memo)
        } else {
            false
        };
        memo[pi][ti] = Some(r);
        r
    }
    go(&p, &t, 0, 0, &mut memo)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_follow_status_and_rules() {
        let raw: RawCheck = toml::from_str(
            "fail-on = \"warning\"\n[severity]\nidentical = \"off\"\n[[rule]]\ncode = \"number-mismatch\"\nlocale = \"ko\"\nid = \"helpline-*\"\nseverity = \"error\"\n",
        )
        .unwrap();
        let p = Policy::from_raw(&raw).unwrap();
        assert_eq!(p.fail_on, Some(Severity::Warning));
        let missing = codes::lookup("missing-message").unwrap();
        assert_eq!(
            p.level(missing, "es", LocaleStatus::Required, "a.ftl", Some("x")),
            Some(Severity::Error)
        );
        assert_eq!(
            p.level(missing, "vi", LocaleStatus::InProgress, "a.ftl", Some("x")),
            Some(Severity::Warning)
        );
        assert_eq!(
            p.level(
                codes::lookup("identical").unwrap(),
                "es",
                LocaleStatus::Required,
                "a.ftl",
                None
            ),
            None
        );
        let num = codes::lookup("number-mismatch").unwrap();
        assert_eq!(
            p.level(
                num,
                "ko",
                LocaleStatus::InProgress,
                "site.ftl",
                Some("helpline-call")
            ),
            Some(Severity::Error)
        );
        assert_eq!(
            p.level(
                num,
                "ko",
                LocaleStatus::InProgress,
                "site.ftl",
                Some("other")
            ),
            Some(Severity::Warning)
        );
    }

    #[test]
    fn bad_config_is_rejected() {
        for bad in [
            "[severity]\nbogus = \"off\"",
            "[severity]\nidentical = \"loud\"",
            "fail-on = \"off\"",
        ] {
            let raw: RawCheck = toml::from_str(bad).unwrap();
            assert!(Policy::from_raw(&raw).is_err(), "{bad}");
        }
    }

    #[test]
    fn globs() {
        assert!(glob_match("en/**/*.ftl", "en/x.ftl"));
        assert!(glob_match("en/**/*.ftl", "en/a/b/x.ftl"));
        assert!(!glob_match("en/*.ftl", "en/a/x.ftl"));
        assert!(glob_match("a?c", "abc") && !glob_match("a?c", "a/c"));
    }
}
