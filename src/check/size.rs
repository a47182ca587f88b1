//! How long a message can get when formatted: an upper bound read from the
//! syntax tree (text, string and number literals, references expanded, the
//! longest variant of each select), so that `check` reports a message that
//! the renderers would refuse ([`crate::localize::MAX_MESSAGE_BYTES`])
//! without formatting it. References are memoized, cycles count as empty
//! (they are reported as `reference-cycle`), and variables count as empty
//! (their values are the program's, not the translator's).

use rustc_hash::FxHashMap as HashMap;

use fluent_syntax::ast;

/// Deeper reference chains fail in the resolver anyway (it stops after 100
/// placeables); the walk stops there too.
const MAX_DEPTH: usize = 128;
/// The isolation marks (FSI … PDI) around each placeable, in bytes.
const ISOLATES: u64 = 6;

/// Upper bounds of formatted sizes over one locale's entries.
#[derive(Debug, Default)]
pub(super) struct Sizes<'a> {
    /// First definition of each (is term, id).
    entries: HashMap<(bool, &'a str), &'a ast::Entry<&'a str>>,
    memo: HashMap<(bool, &'a str, Option<&'a str>), u64>,
}

impl<'a> Sizes<'a> {
    /// Registers an entry (the first definition of an ID wins).
    pub(super) fn add(&mut self, entry: &'a ast::Entry<&'a str>) {
        let key = match entry {
            ast::Entry::Message(m) => (false, m.id.name),
            ast::Entry::Term(t) => (true, t.id.name),
            _ => return,
        };
        self.entries.entry(key).or_insert(entry);
    }

    /// The largest of an entry's value and attributes, in bytes.
    pub(super) fn entry_max(&mut self, entry: &'a ast::Entry<&'a str>) -> u64 {
        let (is_term, id, attributes) = match entry {
            ast::Entry::Message(m) => (false, m.id.name, &m.attributes),
            ast::Entry::Term(t) => (true, t.id.name, &t.attributes),
            _ => return 0,
        };
        let mut max = self.reference(is_term, id, None, 0);
        for a in attributes {
            max = max.max(self.reference(is_term, id, Some(a.id.name), 0));
        }
        max
    }

    fn reference(
        &mut self,
        is_term: bool,
        id: &'a str,
        attr: Option<&'a str>,
        depth: usize,
    ) -> u64 {
        if depth > MAX_DEPTH {
            return 0;
        }
        let key = (is_term, id, attr);
        if let Some(&n) = self.memo.get(&key) {
            return n;
        }
        // A cycle meets this 0 and ends.
        self.memo.insert(key, 0);
        let Some(&entry) = self.entries.get(&(is_term, id)) else {
            return 0;
        };
        let pattern = match (entry, attr) {
            (ast::Entry::Message(m), None) => m.value.as_ref(),
            (ast::Entry::Term(t), None) => Some(&t.value),
            (ast::Entry::Message(m), Some(a)) => m
                .attributes
                .iter()
                .find(|x| x.id.name == a)
                .map(|x| &x.value),
            (ast::Entry::Term(t), Some(a)) => t
                .attributes
                .iter()
                .find(|x| x.id.name == a)
                .map(|x| &x.value),
            _ => None,
        };
        let n = pattern.map_or(0, |p| self.pattern(p, depth + 1));
        self.memo.insert(key, n);
        n
    }

    fn pattern(&mut self, p: &'a ast::Pattern<&'a str>, depth: usize) -> u64 {
        let mut n: u64 = 0;
        for el in &p.elements {
            let add = match el {
                ast::PatternElement::TextElement { value } => value.len() as u64,
                ast::PatternElement::Placeable { expression } => self
                    .expression(expression, depth + 1)
                    .saturating_add(ISOLATES),
            };
            n = n.saturating_add(add);
        }
        n
    }

    fn expression(&mut self, e: &'a ast::Expression<&'a str>, depth: usize) -> u64 {
        if depth > MAX_DEPTH {
            return 0;
        }
        match e {
            ast::Expression::Inline(i) => self.inline(i, depth),
            ast::Expression::Select { variants, .. } => variants
                .iter()
                .map(|v| self.pattern(&v.value, depth + 1))
                .max()
                .unwrap_or(0),
        }
    }

    fn inline(&mut self, i: &'a ast::InlineExpression<&'a str>, depth: usize) -> u64 {
        if depth > MAX_DEPTH {
            return 0;
        }
        match i {
            ast::InlineExpression::StringLiteral { value }
            | ast::InlineExpression::NumberLiteral { value } => value.len() as u64,
            ast::InlineExpression::FunctionReference { arguments, .. } => arguments
                .positional
                .iter()
                .fold(0u64, |n, a| n.saturating_add(self.inline(a, depth + 1))),
            ast::InlineExpression::MessageReference { id, attribute } => self.reference(
                false,
                id.name,
                attribute.as_ref().map(|a| a.name),
                depth + 1,
            ),
            ast::InlineExpression::TermReference { id, attribute, .. } => {
                self.reference(true, id.name, attribute.as_ref().map(|a| a.name), depth + 1)
            }
            ast::InlineExpression::VariableReference { .. } => 0,
            ast::InlineExpression::Placeable { expression } => {
                self.expression(expression, depth + 1)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_bundle::FluentResource;

    fn sizes_of(ftl: &str) -> Vec<(String, u64)> {
        let r = FluentResource::try_new(ftl.to_owned()).unwrap();
        let mut s = Sizes::default();
        for e in r.entries() {
            s.add(e);
        }
        r.entries()
            .filter_map(|e| match e {
                ast::Entry::Message(m) => Some((m.id.name.to_owned(), e)),
                _ => None,
            })
            .map(|(id, e)| (id, s.entry_max(e)))
            .collect()
    }

    #[test]
    fn expands_references_and_takes_the_longest_variant() {
        let got = sizes_of(
            "a = abc\nb = { a }{ a } and { $x }\nc = { $n ->\n    [one] { b }\n   *[other] x\n}\nd = { d }{ a }\n-t = term\n    .g = gg\ne = { -t }\n",
        );
        assert_eq!(
            got,
            vec![
                ("a".into(), 3),
                ("b".into(), 3 + 6 + 3 + 6 + 5 + 6),
                ("c".into(), 29 + 6 + 6),
                ("d".into(), 6 + 3 + 6),
                ("e".into(), 4 + 6),
            ]
        );
    }

    #[test]
    fn huge_expansions_saturate_quickly() {
        // Ten levels of ten references each: 10^10 copies, computed in
        // a hundred steps thanks to the memo.
        let mut ftl = String::from("m0 = xxxxxxxxxx\n");
        for i in 1..=10 {
            ftl.push_str(&format!(
                "m{i} = {}\n",
                format!("{{ m{} }}", i - 1).repeat(10)
            ));
        }
        let got = sizes_of(&ftl);
        assert!(got[10].1 > 10_000_000_000, "{:?}", got[10]);
    }
}
