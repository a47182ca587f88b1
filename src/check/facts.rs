//! Facts about one Fluent entry, read from its syntax tree once and compared
//! by the rules: variables, references, functions, select expressions,
//! visible text (per pattern) and its markup. Pure.

use std::collections::BTreeSet;

use fluent_syntax::ast;

/// Stand-in for a placeable inside [`PatternFacts::markup_text`], so that
/// `<a href="{ $url }">` still reads as one tag.
pub const PLACEABLE_MARK: char = '\u{E000}';

/// A select expression's shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SelectFacts {
    /// Identifier keys (`one`, `other`, `masculine`…), in order.
    pub keys: Vec<String>,
    /// Number-literal keys (`0`, `1`…).
    pub numeric_keys: Vec<String>,
    /// Keys written more than once.
    pub duplicate_keys: Vec<String>,
    /// True if the selector is a variable or `NUMBER(…)` and every identifier
    /// key is a CLDR plural category: a plural select.
    pub plural: bool,
}

/// Facts about one pattern (a value or an attribute).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PatternFacts {
    pub variables: BTreeSet<String>,
    /// `id` or `id.attr` of referenced messages.
    pub message_refs: BTreeSet<String>,
    /// Referenced terms, without `-`.
    pub term_refs: BTreeSet<String>,
    pub functions: BTreeSet<String>,
    pub selects: Vec<SelectFacts>,
    /// Visible text: text elements and string literals; variants on their own lines.
    pub text: String,
    /// Like `text`, with every other placeable as [`PLACEABLE_MARK`]: for markup parsing.
    pub markup_text: String,
    /// True if the pattern is empty or only white space.
    pub blank: bool,
}

/// The CLDR plural category names.
pub const PLURAL_CATEGORIES: &[&str] = &["zero", "one", "two", "few", "many", "other"];

/// Reads the facts of `pattern`.
pub fn pattern_facts(pattern: &ast::Pattern<&str>) -> PatternFacts {
    let mut f = PatternFacts::default();
    walk_pattern(pattern, &mut f, 0);
    f.blank = f.text.trim().is_empty()
        && f.variables.is_empty()
        && f.message_refs.is_empty()
        && f.term_refs.is_empty()
        && f.functions.is_empty()
        && f.selects.is_empty();
    f
}

/// Merges `other` into `into` (for "union over all patterns").
pub fn merge(into: &mut PatternFacts, other: &PatternFacts) {
    into.variables.extend(other.variables.iter().cloned());
    into.message_refs.extend(other.message_refs.iter().cloned());
    into.term_refs.extend(other.term_refs.iter().cloned());
    into.functions.extend(other.functions.iter().cloned());
}

const MAX_WALK_DEPTH: usize = 64;

fn walk_pattern(p: &ast::Pattern<&str>, f: &mut PatternFacts, depth: usize) {
    if depth > MAX_WALK_DEPTH {
        return;
    }
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => {
                f.text.push_str(value);
                f.markup_text.push_str(value);
            }
            ast::PatternElement::Placeable { expression } => {
                walk_expression(expression, f, depth + 1)
            }
        }
    }
}

fn walk_expression(e: &ast::Expression<&str>, f: &mut PatternFacts, depth: usize) {
    match e {
        ast::Expression::Inline(i) => walk_inline(i, f, depth),
        ast::Expression::Select { selector, variants } => {
            let mut keys = Vec::new();
            let mut numeric_keys = Vec::new();
            let mut seen = BTreeSet::new();
            let mut duplicate_keys = Vec::new();
            for v in variants {
                let k = match &v.key {
                    ast::VariantKey::Identifier { name } => {
                        keys.push((*name).to_owned());
                        (*name).to_owned()
                    }
                    ast::VariantKey::NumberLiteral { value } => {
                        numeric_keys.push((*value).to_owned());
                        (*value).to_owned()
                    }
                };
                if !seen.insert(k.clone()) {
                    duplicate_keys.push(k);
                }
            }
            let numeric_selector = match selector {
                ast::InlineExpression::VariableReference { .. } => true,
                ast::InlineExpression::FunctionReference { id, .. } => id.name == "NUMBER",
                _ => false,
            };
            let plural = numeric_selector
                && !keys.is_empty()
                && keys.iter().all(|k| PLURAL_CATEGORIES.contains(&k.as_str()));
            f.selects.push(SelectFacts {
                keys,
                numeric_keys,
                duplicate_keys,
                plural,
            });
            let mut sel = PatternFacts::default();
            walk_inline(selector, &mut sel, depth + 1);
            merge(f, &sel);
            f.selects.extend(sel.selects);
            f.markup_text.push(PLACEABLE_MARK);
            for v in variants {
                f.text.push('\n');
                walk_pattern(&v.value, f, depth + 1);
            }
        }
    }
}

fn walk_inline(e: &ast::InlineExpression<&str>, f: &mut PatternFacts, depth: usize) {
    if depth > MAX_WALK_DEPTH {
        return;
    }
    match e {
        ast::InlineExpression::StringLiteral { value } => {
            let v = fluent_syntax::unicode::unescape_unicode_to_string(value);
            f.text.push_str(&v);
            f.markup_text.push_str(&v);
        }
        ast::InlineExpression::NumberLiteral { value } => {
            f.text.push_str(value);
            f.markup_text.push(PLACEABLE_MARK);
        }
        ast::InlineExpression::FunctionReference { id, arguments } => {
            f.functions.insert(id.name.to_owned());
            for a in &arguments.positional {
                let mut inner = PatternFacts::default();
                walk_inline(a, &mut inner, depth + 1);
                merge(f, &inner);
                f.selects.extend(inner.selects);
            }
            f.markup_text.push(PLACEABLE_MARK);
        }
        ast::InlineExpression::MessageReference { id, attribute } => {
            let r = match attribute {
                Some(a) => format!("{}.{}", id.name, a.name),
                None => id.name.to_owned(),
            };
            f.message_refs.insert(r);
            f.markup_text.push(PLACEABLE_MARK);
        }
        ast::InlineExpression::TermReference { id, .. } => {
            f.term_refs.insert(id.name.to_owned());
            f.markup_text.push(PLACEABLE_MARK);
        }
        ast::InlineExpression::VariableReference { id } => {
            f.variables.insert(id.name.to_owned());
            f.markup_text.push(PLACEABLE_MARK);
        }
        ast::InlineExpression::Placeable { expression } => {
            walk_expression(expression, f, depth + 1)
        }
    }
}

/// Facts about a whole entry: its value, its attributes, and their union.
#[derive(Debug, Clone, Default)]
pub struct EntryFacts {
    pub value: Option<PatternFacts>,
    pub attributes: Vec<(String, PatternFacts)>,
    /// Union of variables and references over value and attributes.
    pub all: PatternFacts,
}

/// Reads the facts of a message or term.
pub fn entry_facts(entry: &ast::Entry<&str>) -> Option<EntryFacts> {
    let (value, attributes) = match entry {
        ast::Entry::Message(m) => (m.value.as_ref().map(pattern_facts), &m.attributes),
        ast::Entry::Term(t) => (Some(pattern_facts(&t.value)), &t.attributes),
        _ => return None,
    };
    let attributes: Vec<(String, PatternFacts)> = attributes
        .iter()
        .map(|a| (a.id.name.to_owned(), pattern_facts(&a.value)))
        .collect();
    let mut all = PatternFacts::default();
    if let Some(v) = &value {
        merge(&mut all, v);
    }
    for (_, a) in &attributes {
        merge(&mut all, a);
    }
    Some(EntryFacts {
        value,
        attributes,
        all,
    })
}

/// Words in a text, as translators count them (CJK characters count one each).
pub fn word_count(text: &str) -> usize {
    let mut n = 0;
    let mut in_word = false;
    for c in text.chars() {
        if is_cjk(c) {
            n += 1;
            in_word = false;
        } else if c.is_alphanumeric() {
            if !in_word {
                n += 1;
            }
            in_word = true;
        } else if c != '\'' && c != '’' && c != '-' {
            in_word = false;
        }
    }
    n
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(src: &str) -> EntryFacts {
        let res = fluent_syntax::parser::parse(src).expect("parses");
        entry_facts(&res.body[0]).expect("entry")
    }

    #[test]
    fn collects_variables_and_references_over_variants() {
        let f = facts(
            "m = { $n ->\n    [one] One { -brand } { other.attr }\n   *[other] { $n } { NUMBER($x) }\n}\n    .title = { $t }\n",
        );
        assert_eq!(f.all.variables.iter().collect::<Vec<_>>(), ["n", "t", "x"]);
        assert!(f.all.term_refs.contains("brand") && f.all.message_refs.contains("other.attr"));
        let v = f.value.unwrap();
        assert!(v.selects[0].plural);
        assert_eq!(v.selects[0].keys, ["one", "other"]);
    }

    #[test]
    fn markup_text_keeps_tags_whole() {
        let f = facts("m = <a href=\"{ $url }\">Go</a> { \"{\" }\n");
        let v = f.value.unwrap();
        assert_eq!(
            v.markup_text,
            format!("<a href=\"{PLACEABLE_MARK}\">Go</a> {{")
        );
        assert_eq!(v.text, "<a href=\"\">Go</a> {");
    }

    #[test]
    fn counts_words() {
        assert_eq!(word_count("Call us at 1-800 now"), 5);
        assert_eq!(word_count("神经母细胞瘤 research"), 7);
        assert_eq!(word_count("patient’s own"), 2);
    }
}
