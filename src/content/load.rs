//! Reads `content/*.md`: TOML front matter between `+++` lines, then a
//! CommonMark body parsed with pulldown-cmark into [`Block`]s. Unsupported
//! constructs (images, code blocks, tables, raw HTML) are reported as
//! diagnostics with file:line:col, never silently dropped.

use std::path::{Path, PathBuf};

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::Deserialize;

use super::model::{Article, Block, BlockKind, Date, Inline};
use crate::diag::{Diagnostic, Location, Severity};
use crate::error::{Error, Result};
use crate::position::LineIndex;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    title: String,
    slug: String,
    revised: toml::value::Datetime,
    #[serde(default)]
    summary: String,
}

/// Reads every `*.md` file of `dir` (sorted by name). Returns the articles
/// that parsed and all diagnostics; an error-severity diagnostic means the
/// English source is broken.
pub fn load_articles(root: &Path, dir: &Path) -> Result<(Vec<Article>, Vec<Diagnostic>)> {
    let full = root.join(dir);
    let mut paths = Vec::new();
    let entries = std::fs::read_dir(&full).map_err(|e| Error::io(&full, e))?;
    let mut diags = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(&full, e))?;
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if name.ends_with(".md") && !name.starts_with('.') {
            // Never open a FIFO, device or link: it could block or lead outside the project.
            let ft = entry.file_type().map_err(|e| Error::io(entry.path(), e))?;
            if !ft.is_file() {
                diags.push(Diagnostic::new(
                    Severity::Error,
                    "not-a-file",
                    Location::file(&dir.join(name)),
                    "only regular files are read as articles (not links, pipes or devices)",
                ));
                continue;
            }
            paths.push(dir.join(name));
        }
    }
    paths.sort();
    let mut articles = Vec::new();
    for path in paths {
        let (article, d) = load_article(root, &path)?;
        diags.extend(d);
        articles.extend(article);
    }
    let mut seen = std::collections::BTreeMap::new();
    for a in &articles {
        if let Some(first) = seen.insert(a.slug.clone(), a.path.clone()) {
            diags.push(Diagnostic::new(
                Severity::Error,
                "duplicate-slug",
                Location::file(&a.path),
                format!("slug `{}` is already used by {}", a.slug, first.display()),
            ));
        }
    }
    Ok((articles, diags))
}

/// Reads one Markdown file (path relative to `root`).
pub fn load_article(root: &Path, path: &Path) -> Result<(Option<Article>, Vec<Diagnostic>)> {
    let full = root.join(path);
    let bytes = std::fs::read(&full).map_err(|e| Error::io(&full, e))?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(parse_article(path, &text)),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
            let idx = LineIndex::new(&text);
            Ok((
                None,
                vec![Diagnostic::new(
                    Severity::Error,
                    "invalid-utf8",
                    Location::at(path, &text, &idx, valid),
                    "the file is not valid UTF-8",
                )],
            ))
        }
    }
}

/// Parses an article's text; `path` names it in diagnostics.
///
/// ```
/// let md = "+++\ntitle = \"T\"\nslug = \"t\"\nrevised = 2024-01-02\n+++\n\n## Hi\n\nSome *text*.\n";
/// let (article, diags) = folio::content::parse_article("t.md".as_ref(), md);
/// assert!(diags.is_empty());
/// assert_eq!(article.unwrap().blocks.len(), 2);
/// ```
pub fn parse_article(path: &Path, text: &str) -> (Option<Article>, Vec<Diagnostic>) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let idx = LineIndex::new(text);
    let mut diags = Vec::new();
    let err = |offset: usize, code: &'static str, msg: String| {
        Diagnostic::new(
            Severity::Error,
            code,
            Location::at(path, text, &idx, offset),
            msg,
        )
        .with_source_line(idx.line_text(text, idx.line_col(text, offset).0))
    };
    let Some((front, body_start)) = split_front_matter(text) else {
        diags.push(err(
            0,
            "front-matter",
            "expected TOML front matter between `+++` lines at the top".into(),
        ));
        return (None, diags);
    };
    let fm: FrontMatter = match toml::from_str(front) {
        Ok(fm) => fm,
        Err(e) => {
            let offset = 4 + e.span().map_or(0, |s| s.start);
            diags.push(err(
                offset,
                "front-matter",
                format!("front matter: {}", e.message()),
            ));
            return (None, diags);
        }
    };
    let revised = match fm.revised.date {
        Some(d) if fm.revised.time.is_none() => Date {
            year: i32::from(d.year),
            month: d.month,
            day: d.day,
        },
        _ => {
            diags.push(err(
                4,
                "front-matter",
                "`revised` must be a date such as 2023-12-19".into(),
            ));
            return (None, diags);
        }
    };
    if !is_valid_slug(&fm.slug) {
        diags.push(err(
            4,
            "front-matter",
            format!(
                "slug `{}` must be lowercase ASCII letters, digits and `-`",
                fm.slug
            ),
        ));
        return (None, diags);
    }
    let blocks = parse_body(path, text, body_start, &idx, &mut diags);
    let article = Article {
        path: path.to_path_buf(),
        slug: fm.slug,
        title: fm.title.trim().to_owned(),
        summary: fm.summary.trim().to_owned(),
        revised,
        blocks,
    };
    (Some(article), diags)
}

/// A slug becomes a file name and a URL segment: keep it boring.
pub fn is_valid_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 100
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
}

pub(crate) fn split_front_matter(text: &str) -> Option<(&str, usize)> {
    let rest = text
        .strip_prefix("+++\n")
        .or_else(|| text.strip_prefix("+++\r\n"))?;
    let mut offset = text.len() - rest.len();
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "+++" {
            let front = &text[text.len() - rest.len()..offset];
            return Some((front, offset + line.len()));
        }
        offset += line.len();
    }
    None
}

/// Builder state while walking Markdown events.
struct Walker<'a> {
    path: &'a Path,
    text: &'a str,
    idx: &'a LineIndex,
    blocks: Vec<Block>,
    /// Inline containers being filled: the block's top level, then nested emphasis/links.
    stack: Vec<(Frame, Vec<Inline>)>,
    current: Option<(BlockKind, Option<String>, usize)>,
    pending_id: Option<(String, usize)>,
    lists: Vec<bool>,
    in_references: bool,
    references_pending: bool,
    skip_depth: usize,
}

enum Frame {
    Block,
    Emphasis,
    Strong,
    Link(String),
}

fn parse_body(
    path: &Path,
    text: &str,
    start: usize,
    idx: &LineIndex,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Block> {
    let body = &text[start..];
    let mut w = Walker {
        path,
        text,
        idx,
        blocks: Vec::new(),
        stack: Vec::new(),
        current: None,
        pending_id: None,
        lists: Vec::new(),
        in_references: false,
        references_pending: false,
        skip_depth: 0,
    };
    let parser = Parser::new_ext(body, markdown_options());
    for (event, range) in parser.into_offset_iter() {
        if let Event::Start(Tag::Paragraph) = event
            && w.skip_depth == 0
            && looks_like_table(&body[range.clone()])
        {
            // Without a delimiter row (`|---|`) Markdown reads a table as a
            // paragraph of pipes; it would become one message of pipes.
            w.unsupported(start + range.start, "a table", diags);
            w.skip_depth = 1;
            continue;
        }
        w.event(event, start + range.start, diags);
    }
    if let Some((id, at)) = w.pending_id.take() {
        diags.push(w.diag(
            Severity::Error,
            at,
            "dangling-id",
            format!("`<!-- id: {id} -->` is not followed by a block"),
        ));
    }
    w.blocks
}

/// The Markdown dialect of articles: CommonMark with heading attributes
/// (`{#anchor}`), and tables and strikethrough recognised so that they can
/// be reported (articles may not use them).
pub(crate) fn markdown_options() -> Options {
    Options::ENABLE_HEADING_ATTRIBUTES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES
}

/// True for a paragraph whose every line is a table row (`| a | b |`): a
/// table that lacks the delimiter row Markdown needs to see it as one.
fn looks_like_table(paragraph: &str) -> bool {
    let mut rows = 0;
    for line in paragraph.lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if !(line.starts_with('|') && line.ends_with('|') && line.len() > 1) {
            return false;
        }
        rows += 1;
    }
    rows > 0
}

impl Walker<'_> {
    fn diag(
        &self,
        severity: Severity,
        offset: usize,
        code: &'static str,
        msg: String,
    ) -> Diagnostic {
        let (line, _) = self.idx.line_col(self.text, offset);
        Diagnostic::new(
            severity,
            code,
            Location::at(self.path, self.text, self.idx, offset),
            msg,
        )
        .with_source_line(self.idx.line_text(self.text, line))
    }

    fn line(&self, offset: usize) -> usize {
        self.idx.line_col(self.text, offset).0
    }

    fn open_block(&mut self, kind: BlockKind, anchor: Option<String>, offset: usize) {
        self.current = Some((kind, anchor, self.line(offset)));
        self.stack.clear();
        self.stack.push((Frame::Block, Vec::new()));
    }

    fn close_block(&mut self) {
        let Some((kind, anchor, line)) = self.current.take() else {
            return;
        };
        let mut inlines = Vec::new();
        while let Some((frame, children)) = self.stack.pop() {
            inlines = wrap(frame, children);
        }
        self.stack.clear();
        let inlines = trim_inlines(Inline::normalize(collapse_spaces(inlines)));
        if Inline::plain_text(&inlines).trim().is_empty()
            && !inlines
                .iter()
                .any(|i| matches!(i, Inline::LineBreak | Inline::Code(_)))
        {
            // An empty heading or list item has nothing to translate.
            return;
        }
        let pinned_id = self.pending_id.take().map(|(id, _)| id);
        self.blocks.push(Block {
            kind,
            inlines,
            pinned_id,
            anchor,
            line,
        });
    }

    fn push_inline(&mut self, inline: Inline) {
        if let Some((_, children)) = self.stack.last_mut() {
            children.push(inline);
        }
    }

    fn unsupported(&mut self, offset: usize, what: &str, diags: &mut Vec<Diagnostic>) {
        diags.push(self.diag(
            Severity::Error,
            offset,
            "unsupported-markdown",
            format!("{what} is not supported in folio articles; it would not reach translators"),
        ));
    }

    fn event(&mut self, event: Event<'_>, offset: usize, diags: &mut Vec<Diagnostic>) {
        if self.skip_depth > 0 {
            match event {
                Event::Start(_) => self.skip_depth += 1,
                Event::End(_) => self.skip_depth -= 1,
                _ => {}
            }
            return;
        }
        match event {
            Event::Start(Tag::Heading { level, id, .. }) => {
                let mut level = heading_level(level);
                if level == 1 {
                    diags.push(self.diag(Severity::Warning, offset, "heading-level", "the title comes from the front matter; `#` headings are treated as `##`".into()));
                    level = 2;
                }
                self.open_block(BlockKind::Heading(level), id.map(|s| s.to_string()), offset);
            }
            Event::Start(Tag::Paragraph) => {
                if self.current.is_some() {
                    // A second paragraph inside a list item: keep it in the item.
                    if self.stack.last().is_some_and(|(_, c)| !c.is_empty()) {
                        self.push_inline(Inline::LineBreak);
                    }
                } else {
                    self.open_block(BlockKind::Paragraph, None, offset);
                }
            }
            Event::Start(Tag::List(first)) => {
                if !self.lists.is_empty() {
                    diags.push(self.diag(
                        Severity::Warning,
                        offset,
                        "nested-list",
                        "nested lists are flattened into one level".into(),
                    ));
                    self.close_block();
                }
                self.lists.push(first.is_some());
                if self.references_pending && first.is_some() {
                    self.in_references = true;
                }
                self.references_pending = false;
            }
            Event::End(TagEnd::List(_)) => {
                self.lists.pop();
                if self.lists.is_empty() {
                    self.in_references = false;
                }
            }
            Event::Start(Tag::Item) => {
                let ordered = self.lists.last().copied().unwrap_or(false);
                let kind = if self.in_references {
                    BlockKind::Reference
                } else {
                    BlockKind::ListItem { ordered }
                };
                self.open_block(kind, None, offset);
            }
            Event::End(TagEnd::Item) | Event::End(TagEnd::Heading(_)) => self.close_block(),
            Event::End(TagEnd::Paragraph) => {
                if self.lists.is_empty() {
                    self.close_block();
                }
            }
            Event::Start(Tag::Emphasis) => self.stack.push((Frame::Emphasis, Vec::new())),
            Event::Start(Tag::Strong) => self.stack.push((Frame::Strong, Vec::new())),
            Event::Start(Tag::Link { dest_url, .. }) => {
                let url = dest_url.to_string();
                if let Err(why) = crate::config::check_link_target(&url) {
                    diags.push(self.diag(Severity::Error, offset, "unsafe-link", why));
                }
                self.stack.push((Frame::Link(url), Vec::new()));
            }
            Event::End(TagEnd::Emphasis | TagEnd::Strong | TagEnd::Link) => {
                if self.stack.len() > 1
                    && let Some((frame, children)) = self.stack.pop()
                {
                    for i in wrap(frame, children) {
                        self.push_inline(i);
                    }
                }
            }
            Event::Text(t) => self.text(t),
            Event::Code(t) => self.push_inline(Inline::Code(t.to_string())),
            Event::SoftBreak => self.push_inline(Inline::Text(" ".into())),
            Event::HardBreak => self.push_inline(Inline::LineBreak),
            Event::Html(html) => self.html_block(&html, offset, diags),
            Event::InlineHtml(html) => {
                if !html.trim_start().starts_with("<!--") {
                    self.unsupported(offset, "inline HTML", diags);
                }
            }
            Event::Start(Tag::Image { .. }) => {
                self.unsupported(offset, "an image", diags);
                self.skip_depth = 1;
            }
            Event::Start(Tag::CodeBlock(_)) => {
                self.unsupported(offset, "a code block", diags);
                self.skip_depth = 1;
            }
            Event::Start(Tag::Table(_)) => {
                self.unsupported(offset, "a table", diags);
                self.skip_depth = 1;
            }
            Event::Start(Tag::BlockQuote(_)) => {
                self.unsupported(offset, "a block quote", diags);
                self.skip_depth = 1;
            }
            Event::Start(Tag::Strikethrough) => {
                self.unsupported(offset, "strikethrough", diags);
                self.skip_depth = 1;
            }
            Event::Start(Tag::HtmlBlock) | Event::End(TagEnd::HtmlBlock) | Event::Rule => {}
            Event::Start(_) | Event::End(_) => {}
            other => {
                let what = format!("{other:?}");
                self.unsupported(
                    offset,
                    what.split('(').next().unwrap_or("this construct"),
                    diags,
                );
            }
        }
    }

    fn text(&mut self, t: CowStr<'_>) {
        self.push_inline(Inline::Text(t.to_string()));
    }

    fn html_block(&mut self, html: &str, offset: usize, diags: &mut Vec<Diagnostic>) {
        let trimmed = html.trim();
        if trimmed.is_empty() {
            return;
        }
        let Some(inner) = trimmed
            .strip_prefix("<!--")
            .and_then(|s| s.strip_suffix("-->"))
        else {
            self.unsupported(offset, "raw HTML", diags);
            return;
        };
        let inner = inner.trim();
        if let Some(name) = inner.strip_prefix("site:") {
            let name = name.trim().to_owned();
            if !crate::split::is_identifier(&name) {
                diags.push(self.diag(
                    Severity::Error,
                    offset,
                    "site-block",
                    format!("`{name}` is not a valid site block name"),
                ));
                return;
            }
            if name == "references" {
                self.references_pending = true;
            }
            let line = self.line(offset);
            self.blocks.push(Block {
                kind: BlockKind::Site(name),
                inlines: Vec::new(),
                pinned_id: None,
                anchor: None,
                line,
            });
        } else if let Some(id) = inner.strip_prefix("id:") {
            let id = id.trim().to_owned();
            if !crate::split::is_identifier(&id) {
                diags.push(self.diag(Severity::Error, offset, "invalid-id", format!("`{id}` is not a valid Fluent message ID (letters, digits, `-`, `_`, starting with a letter)")));
                return;
            }
            self.pending_id = Some((id, offset));
        }
        // Any other comment is the author's note: ignored.
    }
}

fn wrap(frame: Frame, children: Vec<Inline>) -> Vec<Inline> {
    match frame {
        Frame::Block => children,
        Frame::Emphasis => vec![Inline::Emphasis(children)],
        Frame::Strong => vec![Inline::Strong(children)],
        Frame::Link(url) => vec![Inline::Link { url, children }],
    }
}

pub(crate) fn heading_level(l: HeadingLevel) -> u8 {
    match l {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// Collapses runs of white space in text nodes into one space (Markdown
/// renders them so); leaves code spans alone.
fn collapse_spaces(inlines: Vec<Inline>) -> Vec<Inline> {
    inlines
        .into_iter()
        .map(|i| match i {
            Inline::Text(t) => {
                let mut out = String::with_capacity(t.len());
                let mut space = false;
                for c in t.chars() {
                    if c.is_whitespace() && c != '\u{a0}' {
                        if !space {
                            out.push(' ');
                        }
                        space = true;
                    } else {
                        out.push(c);
                        space = false;
                    }
                }
                Inline::Text(out)
            }
            Inline::Emphasis(c) => Inline::Emphasis(collapse_spaces(c)),
            Inline::Strong(c) => Inline::Strong(collapse_spaces(c)),
            Inline::Link { url, children } => Inline::Link {
                url,
                children: collapse_spaces(children),
            },
            other => other,
        })
        .collect()
}

/// Drops leading and trailing white space of a block's content.
fn trim_inlines(mut inlines: Vec<Inline>) -> Vec<Inline> {
    if let Some(Inline::Text(t)) = inlines.first_mut() {
        *t = t.trim_start().to_owned();
    }
    if let Some(Inline::Text(t)) = inlines.last_mut() {
        *t = t.trim_end().to_owned();
    }
    Inline::normalize(inlines)
}

/// The path of an article's English catalog: `locales/en/<slug>.ftl`.
pub fn catalog_file(slug: &str) -> PathBuf {
    PathBuf::from(format!("{slug}.ftl"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const MD: &str = "+++\ntitle = \"T\"\nslug = \"t\"\nrevised = 2023-12-19\nsummary = \"S\"\n+++\n\n<!-- site: helpline -->\n\nIntro with a [link](https://example.org) and *em*\nover two lines.\n\n## Section {#sec}\n\n<!-- id: pinned-one -->\n- one\n- two **bold**\n\n<!-- site: references -->\n\n1. Ref A.\n2. Ref B.\n";

    #[test]
    fn parses_blocks_in_order() {
        let (a, d) = parse_article(Path::new("t.md"), MD);
        assert!(d.is_empty(), "{d:?}");
        let a = a.unwrap();
        assert_eq!(
            a.revised,
            Date {
                year: 2023,
                month: 12,
                day: 19
            }
        );
        let kinds: Vec<_> = a.blocks.iter().map(|b| b.kind.clone()).collect();
        assert_eq!(
            kinds,
            vec![
                BlockKind::Site("helpline".into()),
                BlockKind::Paragraph,
                BlockKind::Heading(2),
                BlockKind::ListItem { ordered: false },
                BlockKind::ListItem { ordered: false },
                BlockKind::Site("references".into()),
                BlockKind::Reference,
                BlockKind::Reference,
            ]
        );
        assert_eq!(a.blocks[1].inlines[0], Inline::Text("Intro with a ".into()));
        assert_eq!(
            Inline::plain_text(&a.blocks[1].inlines),
            "Intro with a link and em over two lines."
        );
        assert_eq!(a.blocks[2].anchor.as_deref(), Some("sec"));
        assert_eq!(a.blocks[3].pinned_id.as_deref(), Some("pinned-one"));
        assert_eq!(a.blocks[1].line, 10);
    }

    #[test]
    fn reports_unsupported_constructs_with_position() {
        let md = "+++\ntitle = \"T\"\nslug = \"t\"\nrevised = 2023-12-19\n+++\n\nText\n\n![img](x.png)\n\n```\ncode\n```\n";
        let (a, d) = parse_article(Path::new("t.md"), md);
        assert!(a.is_some());
        assert_eq!(d.len(), 2, "{d:?}");
        assert_eq!(d[0].code, "unsupported-markdown");
        assert_eq!((d[0].location.line, d[0].location.column), (9, 1));
    }

    #[test]
    fn bad_front_matter_is_a_diagnostic() {
        let (a, d) = parse_article(Path::new("t.md"), "+++\ntitle = 3\n+++\n");
        assert!(a.is_none());
        assert_eq!(d[0].code, "front-matter");
        let (a, d) = parse_article(Path::new("t.md"), "no front matter");
        assert!(a.is_none());
        assert_eq!(d[0].location.line, 1);
        let (_, d) = parse_article(
            Path::new("t.md"),
            "+++\ntitle = \"T\"\nslug = \"../x\"\nrevised = 2023-12-19\n+++\n",
        );
        assert_eq!(d[0].code, "front-matter");
    }
}
