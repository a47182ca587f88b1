//! Where in a translation entry a finding points: the byte span of the
//! offending placeable, call, attribute, variant key, tag or token.
//!
//! The approach: the syntax tree's `&str` slices (identifiers, literals,
//! text) point into the catalog's source, so a node's offset is pointer
//! arithmetic ([`Catalog::offset_of`]); the braces around a simple
//! placeable are then found by looking at the bytes just around it. Tags and
//! fidelity tokens, which are not syntax nodes, are searched for in the text
//! of the pattern they were found in. Nothing here runs unless a finding is
//! emitted, and every span is checked to lie inside the entry: when a node
//! cannot be found the caller keeps the entry's own position.

use std::ops::Range;

use fluent_syntax::ast;

use crate::catalog::Catalog;

/// One entry of a catalog: its tree and its bytes in [`Catalog::text`].
pub(super) struct EntrySpans<'a> {
    cat: &'a Catalog,
    entry: &'a ast::Entry<&'a str>,
    /// The entry's bytes: from its identifier to the next entry.
    bounds: Range<usize>,
}

impl<'a> EntrySpans<'a> {
    pub(super) fn new(
        cat: &'a Catalog,
        entry: &'a ast::Entry<&'a str>,
        bounds: Range<usize>,
    ) -> Self {
        EntrySpans { cat, entry, bounds }
    }

    fn text(&self) -> &'a str {
        self.cat.text()
    }

    /// The span of slice `s` of the tree, widened by `before` bytes in front.
    fn node(&self, s: &str, before: usize) -> Option<Range<usize>> {
        let at = self.cat.offset_of(s)?;
        self.inside(at.checked_sub(before)?..at + s.len())
    }

    fn inside(&self, r: Range<usize>) -> Option<Range<usize>> {
        (r.start >= self.bounds.start && r.end <= self.bounds.end && r.start <= r.end).then_some(r)
    }

    /// `r` widened to the braces of its placeable when only white space
    /// separates them: `$x` → `{ $x }`; `NUMBER($x)` stays as it is.
    fn braces(&self, r: Range<usize>) -> Range<usize> {
        let text = self.text();
        let before = text[self.bounds.start..r.start].trim_end_matches([' ', '\t']);
        let after = text[r.end..self.bounds.end].trim_start_matches([' ', '\t']);
        if before.ends_with('{') && after.starts_with('}') {
            let start = self.bounds.start + before.len() - 1;
            let end = self.bounds.end - after.len() + 1;
            start..end
        } else {
            r
        }
    }

    fn patterns(&self) -> Vec<(Option<&'a str>, &'a ast::Pattern<&'a str>)> {
        let (value, attributes) = match self.entry {
            ast::Entry::Message(m) => (m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (Some(&t.value), &t.attributes),
            _ => return Vec::new(),
        };
        value
            .map(|v| (None, v))
            .into_iter()
            .chain(attributes.iter().map(|a| (Some(a.id.name), &a.value)))
            .collect()
    }

    fn attributes(&self) -> &'a [ast::Attribute<&'a str>] {
        match self.entry {
            ast::Entry::Message(m) => &m.attributes,
            ast::Entry::Term(t) => &t.attributes,
            _ => &[],
        }
    }

    /// The first inline expression, in source order, for which `hit` gives a span.
    fn find_inline(
        &self,
        hit: &mut dyn FnMut(&ast::InlineExpression<&'a str>) -> Option<Range<usize>>,
    ) -> Option<Range<usize>> {
        self.patterns()
            .into_iter()
            .find_map(|(_, p)| walk_pattern(p, hit, 0))
    }

    /// The placeable of variable `$name` (its first use).
    pub(super) fn variable(&self, name: &str) -> Option<Range<usize>> {
        self.find_inline(&mut |e| match e {
            ast::InlineExpression::VariableReference { id } if id.name == name => {
                self.node(id.name, 1).map(|r| self.braces(r))
            }
            _ => None,
        })
    }

    /// The placeable of message reference `id` or `id.attr`.
    pub(super) fn message_ref(&self, reference: &str) -> Option<Range<usize>> {
        let (name, attr) = match reference.split_once('.') {
            Some((n, a)) => (n, Some(a)),
            None => (reference, None),
        };
        self.find_inline(&mut |e| match e {
            ast::InlineExpression::MessageReference { id, attribute }
                if id.name == name && attribute.as_ref().map(|a| a.name) == attr =>
            {
                let start = self.node(id.name, 0)?;
                let end = match attribute {
                    Some(a) => self.node(a.name, 0)?.end,
                    None => start.end,
                };
                Some(self.braces(start.start..end))
            }
            _ => None,
        })
    }

    /// The placeable of term reference `-name` (without its arguments).
    pub(super) fn term_ref(&self, name: &str) -> Option<Range<usize>> {
        self.find_inline(&mut |e| match e {
            ast::InlineExpression::TermReference { id, attribute, .. } if id.name == name => {
                let start = self.node(id.name, 1)?;
                let end = match attribute {
                    Some(a) => self.node(a.name, 0)?.end,
                    None => start.end,
                };
                Some(self.braces(start.start..end))
            }
            _ => None,
        })
    }

    /// The name of a call of function `name`.
    pub(super) fn function(&self, name: &str) -> Option<Range<usize>> {
        self.find_inline(&mut |e| match e {
            ast::InlineExpression::FunctionReference { id, .. } if id.name == name => {
                self.node(id.name, 0)
            }
            _ => None,
        })
    }

    /// `.name` of the `nth` attribute called `name` (0 is the first).
    pub(super) fn attribute(&self, name: &str, nth: usize) -> Option<Range<usize>> {
        let a = self
            .attributes()
            .iter()
            .filter(|a| a.id.name == name)
            .nth(nth)?;
        self.node(a.id.name, 1)
    }

    /// The text of a pattern (the value for `None`): from its first element
    /// to its last.
    pub(super) fn pattern(&self, attr: Option<&str>) -> Option<Range<usize>> {
        let (_, p) = self.patterns().into_iter().find(|(n, _)| *n == attr)?;
        let first = self.element(p.elements.first()?)?;
        let last = self.element(p.elements.last()?)?;
        self.inside(first.start..last.end)
    }

    fn element(&self, el: &ast::PatternElement<&'a str>) -> Option<Range<usize>> {
        match el {
            ast::PatternElement::TextElement { value } => self.node(value, 0),
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Inline(i) => self.inline(i).map(|r| self.braces(r)),
                ast::Expression::Select { selector, variants } => {
                    let start = self.inline(selector)?.start;
                    let end = variants
                        .last()
                        .and_then(|v| v.value.elements.last())
                        .and_then(|el| self.element(el))
                        .map_or(start + 1, |r| r.end);
                    // The closing brace follows the last variant's line.
                    let rest = &self.text()[end..self.bounds.end];
                    let close = rest.find('}').map_or(end, |p| end + p + 1);
                    let open = self.text()[self.bounds.start..start]
                        .rfind('{')
                        .map_or(start, |p| self.bounds.start + p);
                    self.inside(open..close)
                }
            },
        }
    }

    /// The span of an inline expression's head (name or literal).
    fn inline(&self, e: &ast::InlineExpression<&'a str>) -> Option<Range<usize>> {
        match e {
            ast::InlineExpression::StringLiteral { value } => {
                self.node(value, 1).map(|r| r.start..r.end + 1)
            }
            ast::InlineExpression::NumberLiteral { value } => self.node(value, 0),
            ast::InlineExpression::FunctionReference { id, .. }
            | ast::InlineExpression::MessageReference { id, .. } => self.node(id.name, 0),
            ast::InlineExpression::TermReference { id, .. }
            | ast::InlineExpression::VariableReference { id } => self.node(id.name, 1),
            ast::InlineExpression::Placeable { expression } => match &**expression {
                ast::Expression::Inline(i) => self.inline(i),
                ast::Expression::Select { selector, .. } => self.inline(selector),
            },
        }
    }

    /// The select expressions of a pattern in the order [`super::facts`]
    /// lists them (each before the selects nested in it).
    fn selects(
        &self,
        attr: Option<&str>,
    ) -> Vec<(
        &'a ast::InlineExpression<&'a str>,
        &'a [ast::Variant<&'a str>],
    )> {
        fn pattern<'t>(
            p: &'t ast::Pattern<&'t str>,
            out: &mut Vec<(
                &'t ast::InlineExpression<&'t str>,
                &'t [ast::Variant<&'t str>],
            )>,
            depth: usize,
        ) {
            if depth > MAX_DEPTH {
                return;
            }
            for el in &p.elements {
                if let ast::PatternElement::Placeable { expression } = el {
                    expr(expression, out, depth + 1);
                }
            }
        }
        fn expr<'t>(
            e: &'t ast::Expression<&'t str>,
            out: &mut Vec<(
                &'t ast::InlineExpression<&'t str>,
                &'t [ast::Variant<&'t str>],
            )>,
            depth: usize,
        ) {
            match e {
                ast::Expression::Inline(i) => inline(i, out, depth),
                ast::Expression::Select { selector, variants } => {
                    out.push((selector, variants));
                    inline(selector, out, depth + 1);
                    for v in variants {
                        pattern(&v.value, out, depth + 1);
                    }
                }
            }
        }
        fn inline<'t>(
            e: &'t ast::InlineExpression<&'t str>,
            out: &mut Vec<(
                &'t ast::InlineExpression<&'t str>,
                &'t [ast::Variant<&'t str>],
            )>,
            depth: usize,
        ) {
            if depth > MAX_DEPTH {
                return;
            }
            match e {
                ast::InlineExpression::FunctionReference { arguments, .. } => {
                    for a in &arguments.positional {
                        inline(a, out, depth + 1);
                    }
                }
                ast::InlineExpression::Placeable { expression } => expr(expression, out, depth + 1),
                _ => {}
            }
        }
        let mut out = Vec::new();
        if let Some((_, p)) = self.patterns().into_iter().find(|(n, _)| *n == attr) {
            pattern(p, &mut out, 0);
        }
        out
    }

    /// The selector of the `nth` select expression of a pattern (`$count`
    /// of `{ $count -> … }`).
    pub(super) fn selector(&self, attr: Option<&str>, nth: usize) -> Option<Range<usize>> {
        let (selector, _) = *self.selects(attr).get(nth)?;
        self.inline(selector)
    }

    /// The `occurrence`th (0 is the first) variant key `key` of the `nth`
    /// select expression of a pattern, with its brackets (`[few]`).
    pub(super) fn variant_key(
        &self,
        attr: Option<&str>,
        nth: usize,
        key: &str,
        occurrence: usize,
    ) -> Option<Range<usize>> {
        let (_, variants) = *self.selects(attr).get(nth)?;
        let name = variants
            .iter()
            .map(|v| match &v.key {
                ast::VariantKey::Identifier { name } => *name,
                ast::VariantKey::NumberLiteral { value } => *value,
            })
            .filter(|k| *k == key)
            .nth(occurrence)?;
        let r = self.node(name, 0)?;
        let text = self.text();
        let before = text[self.bounds.start..r.start].trim_end_matches([' ', '\t']);
        let after = text[r.end..self.bounds.end].trim_start_matches([' ', '\t']);
        Some(if before.ends_with('[') && after.starts_with(']') {
            self.bounds.start + before.len() - 1..self.bounds.end - after.len() + 1
        } else {
            r
        })
    }

    /// The tag of element `name` in a pattern: the `nth` (0 is the first)
    /// `<name …>`, or with `closing` the `nth` `</name>` counting from the
    /// last.
    pub(super) fn tag(
        &self,
        attr: Option<&str>,
        name: &str,
        closing: bool,
        nth: usize,
    ) -> Option<Range<usize>> {
        let within = self.pattern(attr)?;
        let text = &self.text()[within.clone()];
        let open = if closing { "</" } else { "<" };
        let mut found = Vec::new();
        let mut from = 0;
        while let Some(p) = text[from..].find(open) {
            let at = from + p;
            let after = &text[at + open.len()..];
            let matches = after
                .get(..name.len())
                .is_some_and(|n| n.eq_ignore_ascii_case(name))
                && !after[name.len()..]
                    .starts_with(|c: char| c.is_ascii_alphanumeric() || c == '-');
            if matches {
                let end = text[at..]
                    .find(['>', '\n'])
                    .map_or(at + open.len() + name.len(), |e| {
                        at + e + usize::from(text[at + e..].starts_with('>'))
                    });
                found.push(within.start + at..within.start + end);
            }
            from = at + open.len();
        }
        let k = if closing {
            found.len().checked_sub(nth + 1)?
        } else {
            nth
        };
        found.get(k).cloned().and_then(|r| self.inside(r))
    }

    /// Attribute `attribute` of the `nth` tag of element `name` (`href="…"`),
    /// or the tag when the attribute cannot be told apart.
    pub(super) fn tag_attribute(
        &self,
        attr: Option<&str>,
        name: &str,
        nth: usize,
        attribute: &str,
    ) -> Option<Range<usize>> {
        let tag = self.tag(attr, name, false, nth)?;
        let text = &self.text()[tag.clone()];
        let lower = text.to_ascii_lowercase();
        let key = attribute.to_ascii_lowercase();
        let mut from = 0;
        while let Some(p) = lower[from..].find(&key) {
            let at = from + p;
            let before_ok = lower[..at].ends_with(|c: char| c.is_whitespace());
            let rest = lower[at + key.len()..].trim_start();
            if before_ok && (rest.starts_with('=') || rest.starts_with(['>', '/', ' '])) {
                // To the end of a quoted value, if there is one.
                let eq = &text[at + key.len()..];
                let trimmed = eq.trim_start().strip_prefix('=').map(str::trim_start);
                let end = match trimmed.and_then(|v| {
                    let q = v.chars().next().filter(|c| *c == '"' || *c == '\'')?;
                    let close = v[1..].find(q)?;
                    Some(text.len() - v.len() + 1 + close + 1)
                }) {
                    Some(e) => e,
                    None => at + key.len(),
                };
                return self.inside(tag.start + at..tag.start + end);
            }
            from = at + key.len();
        }
        Some(tag)
    }

    /// The earliest of `tokens` (fidelity tokens of one kind) in the text
    /// of the entry's patterns.
    pub(super) fn token(
        &self,
        kind: super::fidelity::TokenKind,
        tokens: &[String],
    ) -> Option<Range<usize>> {
        let mut best: Option<Range<usize>> = None;
        for (name, _) in self.patterns() {
            let Some(within) = self.pattern(name) else {
                continue;
            };
            let text = &self.text()[within.clone()];
            for t in tokens {
                if let Some(r) = super::fidelity::locate(text, kind, t)
                    && best
                        .as_ref()
                        .is_none_or(|b| within.start + r.start < b.start)
                {
                    best = Some(within.start + r.start..within.start + r.end);
                }
            }
        }
        best.and_then(|r| self.inside(r))
    }
}

const MAX_DEPTH: usize = 64;

fn walk_pattern<'a>(
    p: &'a ast::Pattern<&'a str>,
    hit: &mut dyn FnMut(&ast::InlineExpression<&'a str>) -> Option<Range<usize>>,
    depth: usize,
) -> Option<Range<usize>> {
    if depth > MAX_DEPTH {
        return None;
    }
    p.elements.iter().find_map(|el| match el {
        ast::PatternElement::Placeable { expression } => {
            walk_expression(expression, hit, depth + 1)
        }
        ast::PatternElement::TextElement { .. } => None,
    })
}

fn walk_expression<'a>(
    e: &'a ast::Expression<&'a str>,
    hit: &mut dyn FnMut(&ast::InlineExpression<&'a str>) -> Option<Range<usize>>,
    depth: usize,
) -> Option<Range<usize>> {
    match e {
        ast::Expression::Inline(i) => walk_inline(i, hit, depth),
        ast::Expression::Select { selector, variants } => walk_inline(selector, hit, depth + 1)
            .or_else(|| {
                variants
                    .iter()
                    .find_map(|v| walk_pattern(&v.value, hit, depth + 1))
            }),
    }
}

fn walk_inline<'a>(
    e: &'a ast::InlineExpression<&'a str>,
    hit: &mut dyn FnMut(&ast::InlineExpression<&'a str>) -> Option<Range<usize>>,
    depth: usize,
) -> Option<Range<usize>> {
    if depth > MAX_DEPTH {
        return None;
    }
    if let Some(r) = hit(e) {
        return Some(r);
    }
    let args = match e {
        ast::InlineExpression::FunctionReference { arguments, .. } => Some(arguments),
        ast::InlineExpression::TermReference { arguments, .. } => arguments.as_ref(),
        ast::InlineExpression::Placeable { expression } => {
            return walk_expression(expression, hit, depth + 1);
        }
        _ => None,
    }?;
    args.positional
        .iter()
        .chain(args.named.iter().map(|n| &n.value))
        .find_map(|a| walk_inline(a, hit, depth + 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::fidelity::TokenKind;
    use std::path::Path;

    fn with<R>(src: &str, f: impl FnOnce(&EntrySpans<'_>) -> R) -> R {
        let c = crate::catalog::parse_catalog(Path::new("f.ftl"), src);
        let e = &c.entries[0];
        let ast = c.ast(e).expect("entry");
        let end = c.entries.get(1).map_or(c.text().len(), |n| n.offset);
        f(&EntrySpans::new(&c, ast, e.offset..end))
    }

    fn shown(src: &str, r: Option<Range<usize>>) -> &str {
        r.map_or("<none>", |r| &src[r])
    }

    #[test]
    fn placeables_and_calls() {
        let src = "\u{feff}m = Hola { $name }, { NUMBER($n) } { other.title } { -brand(case: \"x\") } { -t }\nnext = x\n";
        with(src, |s| {
            assert_eq!(shown(src, s.variable("name")), "{ $name }");
            assert_eq!(shown(src, s.variable("n")), "$n");
            assert_eq!(shown(src, s.function("NUMBER")), "NUMBER");
            assert_eq!(shown(src, s.message_ref("other.title")), "{ other.title }");
            assert_eq!(shown(src, s.term_ref("brand")), "-brand");
            assert_eq!(shown(src, s.term_ref("t")), "{ -t }");
            assert_eq!(s.variable("nope"), None);
        });
    }

    #[test]
    fn selects_keys_attributes_and_values() {
        let src = "m = { $n ->\n    [one] uno\n    [one] otro\n   *[few] { $n }\n}\n    .title = T\n    .title = { \"\" }\n";
        with(src, |s| {
            assert_eq!(shown(src, s.selector(None, 0)), "$n");
            assert_eq!(shown(src, s.variant_key(None, 0, "one", 1)), "[one]");
            assert_eq!(
                &src[s.variant_key(None, 0, "one", 1).unwrap().start..][..10],
                "[one] otro"
            );
            assert_eq!(shown(src, s.variant_key(None, 0, "few", 0)), "[few]");
            assert_eq!(shown(src, s.attribute("title", 1)), ".title");
            assert!(
                s.attribute("title", 1).unwrap().start > s.attribute("title", 0).unwrap().start
            );
            assert_eq!(shown(src, s.pattern(Some("title"))), "T");
        });
    }

    #[test]
    fn tags_and_tokens() {
        let src = "m = Llame al 555-123-4567 o <b>ya</b> <a href=\"https://x.example\">x</a> <B>2</B> 13 mg\n";
        with(src, |s| {
            assert_eq!(shown(src, s.tag(None, "b", false, 1)), "<B>");
            assert_eq!(shown(src, s.tag(None, "b", true, 1)), "</b>");
            assert_eq!(shown(src, s.tag(None, "b", true, 0)), "</B>");
            assert_eq!(
                shown(src, s.tag_attribute(None, "a", 0, "href")),
                "href=\"https://x.example\""
            );
            assert_eq!(
                shown(src, s.token(TokenKind::Number, &["13".into(), "2".into()])),
                "2"
            );
            assert_eq!(
                shown(src, s.token(TokenKind::Phone, &["5551234567".into()])),
                "555-123-4567"
            );
        });
    }
}
