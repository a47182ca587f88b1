//! compare-locales' filter logic (`ProjectConfig.filter` and
//! `ObserverList.notify`) compiled for one locale: an arena of configs whose
//! path matches are computed once per file.

use std::collections::{BTreeMap, BTreeSet};

use super::pattern::Pattern;
use super::{Config, KeyMatch};
use crate::check::FilterAction;
use crate::error::Result;

fn rank(a: FilterAction) -> u8 {
    match a {
        FilterAction::Error => 0,
        FilterAction::Warning => 1,
        FilterAction::Ignore => 2,
    }
}

fn unrank(r: u8) -> FilterAction {
    match r {
        0 => FilterAction::Error,
        1 => FilterAction::Warning,
        _ => FilterAction::Ignore,
    }
}

/// A config compiled for one locale: compare-locales' `ProjectConfig.filter`
/// as an arena of nodes, so that each file's path matches are computed once.
#[derive(Debug)]
pub(super) struct CompiledFilter {
    nodes: Vec<CNode>,
    /// Root node of each top-level project.
    projects: Vec<usize>,
}

#[derive(Debug)]
struct CNode {
    handles: bool,
    excludes: Vec<usize>,
    includes: Vec<usize>,
    own: Vec<Pattern>,
    rules: Vec<(Pattern, Option<KeyMatch>, FilterAction)>,
}

/// Per-file matches of every node: (own paths match, rule paths match).
pub(super) type FileMatches = Vec<(bool, Vec<bool>)>;

impl CompiledFilter {
    pub(super) fn new(projects: &[Config], locale: &str) -> Result<Self> {
        let env: BTreeMap<String, String> = [("locale".to_owned(), locale.to_owned())].into();
        let mut f = CompiledFilter {
            nodes: Vec::new(),
            projects: Vec::new(),
        };
        for p in projects {
            let id = f.add(p, locale, &env)?;
            f.projects.push(id);
        }
        Ok(f)
    }

    fn add(&mut self, c: &Config, locale: &str, env: &BTreeMap<String, String>) -> Result<usize> {
        let mut excludes = Vec::new();
        for ex in &c.excludes {
            excludes.push(self.add(ex, locale, env)?);
        }
        let mut includes = Vec::new();
        for inc in &c.includes {
            includes.push(self.add(inc, locale, env)?);
        }
        let own = c
            .paths
            .iter()
            .filter(|p| {
                p.locales
                    .as_ref()
                    .is_none_or(|l| l.iter().any(|x| x == locale))
            })
            .map(|p| p.l10n.with_env(env))
            .collect::<Result<Vec<_>>>()?;
        let rules = c
            .filters
            .iter()
            .map(|r| Ok((r.path.with_env(env)?, r.key.clone(), r.action)))
            .collect::<Result<Vec<_>>>()?;
        self.nodes.push(CNode {
            handles: c.all_locales().contains(locale),
            excludes,
            includes,
            own,
            rules,
        });
        Ok(self.nodes.len() - 1)
    }

    pub(super) fn matches(&self, file: &str) -> FileMatches {
        self.nodes
            .iter()
            .map(|n| {
                (
                    n.own.iter().any(|p| p.matches(file)),
                    n.rules.iter().map(|r| r.0.matches(file)).collect(),
                )
            })
            .collect()
    }

    /// `ProjectConfig._filter`.
    fn own(&self, id: usize, m: &FileMatches, entity: Option<&str>) -> Option<FilterAction> {
        let n = &self.nodes[id];
        for &ex in &n.excludes {
            if self.project(ex, m, None) == FilterAction::Error {
                return None;
            }
        }
        let mut actions: BTreeSet<u8> = BTreeSet::new();
        for &child in &n.includes {
            if let Some(a) = self.own(child, m, entity) {
                actions.insert(rank(a));
            }
        }
        if m[id].0 {
            let mut action = FilterAction::Error;
            for (k, (_, key, a)) in n.rules.iter().enumerate().rev() {
                let key_ok = match (key, entity) {
                    (None, None) => true,
                    (Some(KeyMatch::Exact(k)), Some(e)) => k == e,
                    (Some(KeyMatch::Regex(r)), Some(e)) => r.is_match(e),
                    _ => false,
                };
                if m[id].1[k] && key_ok {
                    action = *a;
                    break;
                }
            }
            actions.insert(rank(action));
        }
        actions.iter().next().map(|&r| unrank(r))
    }

    /// `ProjectConfig.filter`.
    fn project(&self, id: usize, m: &FileMatches, entity: Option<&str>) -> FilterAction {
        if !self.nodes[id].handles {
            return FilterAction::Ignore;
        }
        self.own(id, m, entity).unwrap_or(FilterAction::Ignore)
    }

    /// `ObserverList.notify`: error if any project says error, else warning, else ignore.
    pub(super) fn combined(&self, m: &FileMatches, entity: Option<&str>) -> FilterAction {
        let ranks = self
            .projects
            .iter()
            .map(|&p| rank(self.project(p, m, entity)));
        ranks.min().map_or(FilterAction::Ignore, unrank)
    }
}
