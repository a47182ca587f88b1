//! Path patterns of l10n.toml: literals, `*` (within a segment), `**` (whole
//! segments), and `{variables}`, matched by a small backtracking matcher and
//! mapped between the reference and the localized pattern.

use std::collections::BTreeMap;

use crate::error::Result;

/// One node of a path pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Node {
    Literal(String),
    /// `*`: any characters but `/`.
    Star,
    /// `**` as a whole segment; `slash` when followed by `/`.
    StarStar {
        slash: bool,
    },
    Variable(String),
}

pub(super) fn parse_nodes(pattern: &str) -> Vec<Node> {
    let mut nodes = Vec::new();
    let mut lit = String::new();
    let chars: Vec<char> = pattern.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '*' && chars.get(i + 1) == Some(&'*') {
            let before_ok = i == 0 || matches!(chars[i - 1], '/' | '}');
            let after = chars.get(i + 2);
            if before_ok && matches!(after, None | Some('/')) {
                if !lit.is_empty() {
                    nodes.push(Node::Literal(std::mem::take(&mut lit)));
                }
                let slash = after == Some(&'/');
                nodes.push(Node::StarStar { slash });
                i += if slash { 3 } else { 2 };
                continue;
            }
        }
        if c == '*' {
            if !lit.is_empty() {
                nodes.push(Node::Literal(std::mem::take(&mut lit)));
            }
            nodes.push(Node::Star);
            i += 1;
            continue;
        }
        if c == '{'
            && let Some(end) = chars[i + 1..].iter().position(|&c| c == '}')
        {
            let name: String = chars[i + 1..i + 1 + end]
                .iter()
                .collect::<String>()
                .trim()
                .to_owned();
            if !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_') {
                if !lit.is_empty() {
                    nodes.push(Node::Literal(std::mem::take(&mut lit)));
                }
                nodes.push(Node::Variable(name));
                i += end + 2;
                continue;
            }
        }
        lit.push(c);
        i += 1;
    }
    if !lit.is_empty() {
        nodes.push(Node::Literal(lit));
    }
    nodes
}

/// A path pattern with its root and variables. Matching is a small
/// backtracking matcher over the nodes (no regex compilation per locale).
#[derive(Debug, Clone)]
pub(super) struct Pattern {
    /// The pattern as written.
    pub(super) nodes: Vec<Node>,
    /// `nodes` with every defined variable expanded to a literal.
    pub(super) resolved: Vec<Node>,
    pub(super) root: String,
    pub(super) env: BTreeMap<String, String>,
}

pub(super) fn resolve(nodes: &[Node], env: &BTreeMap<String, String>) -> Vec<Node> {
    let mut out: Vec<Node> = Vec::new();
    for n in nodes {
        let n = match n {
            Node::Variable(v) => expand_var(v, env, 0).map_or_else(|| n.clone(), Node::Literal),
            other => other.clone(),
        };
        match (out.last_mut(), n) {
            (Some(Node::Literal(prev)), Node::Literal(l)) => prev.push_str(&l),
            (_, n) => out.push(n),
        }
    }
    out
}

impl Pattern {
    pub(super) fn new(
        pattern: &str,
        root: &str,
        env: &BTreeMap<String, String>,
    ) -> Result<Pattern> {
        let nodes = parse_nodes(pattern);
        Ok(Pattern {
            resolved: resolve(&nodes, env),
            nodes,
            root: root.to_owned(),
            env: env.clone(),
        })
    }

    /// The same pattern with more variables (e.g. `locale`).
    pub(super) fn with_env(&self, extra: &BTreeMap<String, String>) -> Result<Pattern> {
        let mut env = self.env.clone();
        env.extend(extra.iter().map(|(k, v)| (k.clone(), v.clone())));
        Ok(Pattern {
            resolved: resolve(&self.nodes, &env),
            nodes: self.nodes.clone(),
            root: self.root.clone(),
            env,
        })
    }

    fn start<'p>(&self, path: &'p str) -> Option<&'p str> {
        let absolute_first =
            matches!(self.resolved.first(), Some(Node::Literal(l)) if l.starts_with('/'));
        if absolute_first {
            Some(path)
        } else {
            path.strip_prefix(self.root.as_str())?.strip_prefix('/')
        }
    }

    pub(super) fn matches(&self, path: &str) -> bool {
        self.captures(path).is_some()
    }

    /// Wildcard captures (`s1`, `s2`, … and unbound variables) of a match.
    pub(super) fn captures(&self, path: &str) -> Option<BTreeMap<String, String>> {
        let rest = self.start(path)?;
        let mut caps = BTreeMap::new();
        self.match_from(0, rest, 0, &mut caps).then_some(caps)
    }

    fn match_from(
        &self,
        k: usize,
        rest: &str,
        star: usize,
        caps: &mut BTreeMap<String, String>,
    ) -> bool {
        let Some(node) = self.resolved.get(k) else {
            return rest.is_empty();
        };
        match node {
            Node::Literal(l) => rest
                .strip_prefix(l.as_str())
                .is_some_and(|r| self.match_from(k + 1, r, star, caps)),
            Node::Star => {
                let n = star + 1;
                let limit = rest.find('/').unwrap_or(rest.len());
                // Greedy, as the regex `[^/]*`.
                let mut ends: Vec<usize> = rest[..limit].char_indices().map(|(i, _)| i).collect();
                ends.push(limit);
                for &e in ends.iter().rev() {
                    if self.match_from(k + 1, &rest[e..], n, caps) {
                        caps.insert(format!("s{n}"), rest[..e].to_owned());
                        return true;
                    }
                }
                false
            }
            Node::StarStar { slash } => {
                let n = star + 1;
                // `(.+/)?` (or `(.+)?` at the end): longest first, then empty.
                let mut ends: Vec<usize> = if *slash {
                    rest.char_indices()
                        .filter(|&(i, c)| c == '/' && i > 0)
                        .map(|(i, _)| i + 1)
                        .collect()
                } else {
                    rest.char_indices().map(|(i, c)| i + c.len_utf8()).collect()
                };
                ends.reverse();
                ends.push(0);
                for e in ends {
                    if self.match_from(k + 1, &rest[e..], n, caps) {
                        caps.insert(format!("s{n}"), rest[..e].to_owned());
                        return true;
                    }
                }
                false
            }
            Node::Variable(v) => match caps.get(v).cloned() {
                Some(value) => rest
                    .strip_prefix(value.as_str())
                    .is_some_and(|r| self.match_from(k + 1, r, star, caps)),
                None => {
                    // Lazy, as `.+?`.
                    for (i, c) in rest.char_indices() {
                        let e = i + c.len_utf8();
                        caps.insert(v.clone(), rest[..e].to_owned());
                        if self.match_from(k + 1, &rest[e..], star, caps) {
                            return true;
                        }
                    }
                    caps.remove(v);
                    false
                }
            },
        }
    }

    /// The root plus the literal expansion of the nodes before the first wildcard.
    pub(super) fn prefix(&self) -> String {
        let mut out = String::new();
        if let Some(Node::Literal(l)) = self.resolved.first() {
            out.push_str(l);
        }
        if out.starts_with('/') {
            out
        } else {
            format!("{}/{out}", self.root)
        }
    }

    /// Maps `path` (matched by `self`) onto `other`.
    pub(super) fn sub(&self, other: &Pattern, path: &str) -> Option<String> {
        let groups = self.captures(path)?;
        let mut out = String::new();
        let mut n = 0;
        for node in &other.resolved {
            match node {
                Node::Literal(l) => out.push_str(l),
                Node::Star | Node::StarStar { .. } => {
                    n += 1;
                    out.push_str(groups.get(&format!("s{n}")).map_or("", String::as_str));
                }
                Node::Variable(v) => out.push_str(groups.get(v)?),
            }
        }
        Some(if out.starts_with('/') {
            out
        } else {
            format!("{}/{out}", other.root)
        })
    }
}

/// Expands a variable from `env`; values may themselves hold `{var}`s.
pub(super) fn expand_var(
    name: &str,
    env: &BTreeMap<String, String>,
    depth: usize,
) -> Option<String> {
    if depth > 8 {
        return None;
    }
    let value = env.get(name)?;
    let mut env2 = env.clone();
    env2.remove(name);
    let mut out = String::new();
    for node in parse_nodes(value) {
        match node {
            Node::Literal(l) => out.push_str(&l),
            Node::Variable(v) => out.push_str(&expand_var(&v, &env2, depth + 1)?),
            Node::Star => out.push('*'),
            Node::StarStar { slash } => out.push_str(if slash { "**/" } else { "**" }),
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pat(p: &str) -> Pattern {
        Pattern::new(p, "/r", &[("locale".to_owned(), "de".to_owned())].into()).unwrap()
    }

    #[test]
    fn patterns_match_like_compare_locales() {
        let p = pat("en/**/*.ftl");
        assert!(
            p.matches("/r/en/x.ftl") && p.matches("/r/en/a/b/x.ftl") && !p.matches("/r/de/x.ftl")
        );
        let p = pat("en/*.ftl");
        assert!(!p.matches("/r/en/a/x.ftl"));
        assert_eq!(pat("{locale}/firefox/*.ftl").prefix(), "/r/de/firefox/");
        let l10n = pat("{locale}/**/*.ftl");
        let reference = pat("en/**/*.ftl");
        assert_eq!(
            reference.sub(&l10n, "/r/en/a/b.ftl").as_deref(),
            Some("/r/de/a/b.ftl")
        );
        assert_eq!(
            reference.sub(&l10n, "/r/en/b.ftl").as_deref(),
            Some("/r/de/b.ftl")
        );
    }

    #[test]
    fn starstar_only_as_a_segment() {
        assert_eq!(
            parse_nodes("a**b"),
            vec![
                Node::Literal("a".into()),
                Node::Star,
                Node::Star,
                Node::Literal("b".into())
            ]
        );
        assert_eq!(
            parse_nodes("**/x"),
            vec![Node::StarStar { slash: true }, Node::Literal("x".into())]
        );
    }
}
