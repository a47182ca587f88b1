//! The content model: an article is front matter plus a flat list of blocks
//! (headings, paragraphs, list items, references, site-block placeholders),
//! each with inline content. No I/O, no Fluent.

use std::path::PathBuf;

/// A calendar date (the article's revision date).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// One English article.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// The Markdown file, relative to the project root.
    pub path: PathBuf,
    /// URL and file name stem: `output/<locale>/<slug>.html`, `locales/<locale>/<slug>.ftl`.
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub revised: Date,
    pub blocks: Vec<Block>,
}

/// What a block is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BlockKind {
    /// A heading of level 2 to 6 (the title is level 1).
    Heading(u8),
    Paragraph,
    /// An item of a bulleted (`ordered == false`) or numbered list.
    ListItem {
        ordered: bool,
    },
    /// An item of the numbered list after `<!-- site: references -->`.
    Reference,
    /// A placeholder for a site-wide block (helpline callout, footer notices…)
    /// whose text lives in the site bundle, e.g. `<!-- site: helpline -->`.
    Site(String),
}

impl BlockKind {
    /// True for blocks whose text is an article message.
    pub fn has_text(&self) -> bool {
        !matches!(self, BlockKind::Site(_))
    }
}

/// One block of an article.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub kind: BlockKind,
    pub inlines: Vec<Inline>,
    /// A message ID the author pinned with `<!-- id: some-id -->` before the block.
    pub pinned_id: Option<String>,
    /// A heading anchor given as `{#anchor}`.
    pub anchor: Option<String>,
    /// 1-based line of the block in the Markdown file.
    pub line: usize,
}

/// Inline content of a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Code(String),
    Emphasis(Vec<Inline>),
    Strong(Vec<Inline>),
    Link { url: String, children: Vec<Inline> },
    LineBreak,
}

impl Inline {
    /// The visible text of inline content, without markup.
    pub fn plain_text(inlines: &[Inline]) -> String {
        let mut out = String::new();
        fn walk(inlines: &[Inline], out: &mut String) {
            for i in inlines {
                match i {
                    Inline::Text(t) | Inline::Code(t) => out.push_str(t),
                    Inline::Emphasis(c) | Inline::Strong(c) | Inline::Link { children: c, .. } => {
                        walk(c, out)
                    }
                    Inline::LineBreak => out.push('\n'),
                }
            }
        }
        walk(inlines, &mut out);
        out
    }

    /// Merges adjacent text nodes and drops empty ones, so that equal content
    /// has one representation.
    pub fn normalize(inlines: Vec<Inline>) -> Vec<Inline> {
        let mut out: Vec<Inline> = Vec::with_capacity(inlines.len());
        for i in inlines {
            let i = match i {
                Inline::Emphasis(c) => Inline::Emphasis(Inline::normalize(c)),
                Inline::Strong(c) => Inline::Strong(Inline::normalize(c)),
                Inline::Link { url, children } => Inline::Link {
                    url,
                    children: Inline::normalize(children),
                },
                other => other,
            };
            match (out.last_mut(), i) {
                (_, Inline::Text(t)) if t.is_empty() => {}
                (Some(Inline::Text(prev)), Inline::Text(t)) => prev.push_str(&t),
                (_, i) => out.push(i),
            }
        }
        out
    }
}
