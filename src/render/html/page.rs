//! The article page of one locale: header with the language switcher, the
//! helpline box, the article with heading anchors and a table of contents,
//! references, the revision date, the PDFs by language and the footer.
//! English shown in a translated page is marked (`lang="en"`, a visible
//! note) and announced near the top; so are outdated translations.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentArgs;

use super::{escape_attr, escape_text, head, plain, render_message};
use crate::config::{OutdatedText, Project};
use crate::content::{Article, BlockKind};
use crate::locale::{Direction, Locale};
use crate::localize::{Formatted, Localizer, Origin, date_arg};
use crate::split::{ArticlePlan, SUMMARY_ID, TITLE_ID};
use crate::status::{SiteStatus, State};

/// Site blocks shown in the page's header or footer, not where they stand
/// in the article.
pub const CHROME_SITE_BLOCKS: &[&str] = &["language-links", "copyright", "sign-up", "donate"];

/// The messages of the helpline box, in the order shown.
pub const HELPLINE_MESSAGES: &[&str] = &[
    "helpline-intro",
    "helpline-chat",
    "helpline-chat-how",
    "helpline-call",
    "helpline-hours",
    "helpline-specialists",
    "helpline-doctor",
];

/// The `id` of the helpline box.
pub const HELPLINE_ANCHOR: &str = "live-chat";

/// `id`s every article page has, whatever its content: the main region, the
/// table of contents' heading (when the article has headings) and the list
/// of PDFs.
pub const PAGE_ANCHORS: &[&str] = &["main", "toc-heading", "pdfs", "pdfs-heading"];

/// One message of a site block as the article body shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SitePart {
    pub id: String,
    /// Shown as a heading (`h2`) rather than a paragraph.
    pub heading: bool,
    /// The `id` of its element, if it has one.
    pub anchor: Option<&'static str>,
}

/// How a site block shows in the article body (see `Page::site_block`): the
/// `id` of the element holding it, and its messages in order. Blocks of
/// [`CHROME_SITE_BLOCKS`] show nothing here.
pub fn site_block_parts(name: &str) -> (Option<&'static str>, Vec<SitePart>) {
    let part = |id: &str, heading: bool, anchor: Option<&'static str>| SitePart {
        id: id.to_owned(),
        heading,
        anchor,
    };
    match name {
        _ if CHROME_SITE_BLOCKS.contains(&name) => (None, Vec::new()),
        "helpline" => (
            Some(HELPLINE_ANCHOR),
            HELPLINE_MESSAGES
                .iter()
                .map(|id| part(id, false, None))
                .collect(),
        ),
        "team" => (
            None,
            vec![
                part("team-heading", true, Some("team")),
                part("team-text", false, None),
            ],
        ),
        "references" => (
            None,
            vec![part("references-heading", true, Some("references"))],
        ),
        other => (None, vec![part(other, false, None)]),
    }
}

/// Everything one article page needs.
#[derive(Debug)]
pub struct PageInput<'a> {
    pub project: &'a Project,
    pub article: &'a Article,
    pub plan: &'a ArticlePlan,
    /// The page's locale.
    pub localizer: &'a Localizer<'a>,
    /// The English localizer: the markup template and the fallback.
    pub english: &'a Localizer<'a>,
    pub status: &'a SiteStatus,
    /// Message IDs whose translation was made from an older English.
    pub outdated: &'a BTreeSet<String>,
    /// Size in bytes of each locale's PDF of this article, where one exists.
    pub pdf_sizes: &'a BTreeMap<Locale, u64>,
}

/// A rendered page and what it needed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedPage {
    pub html: String,
    /// IDs of messages shown in English because the translation was missing or broken.
    pub fallback: Vec<String>,
    /// IDs of outdated translations shown (marked).
    pub outdated_shown: Vec<String>,
    /// Formatting problems: the message's ID, and the problem in words
    /// (`locale: `id`: …`).
    pub problems: Vec<(String, String)>,
}

/// How a message was shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    None,
    /// English, because the translation is missing or has an error.
    Fallback,
    /// English, because the translation is out of date (`outdated = "fallback"`).
    OutdatedFallback,
    /// The translation, although the English changed since.
    Outdated,
}

impl Mark {
    fn is_english(self) -> bool {
        matches!(self, Mark::Fallback | Mark::OutdatedFallback)
    }
}

struct Page<'a, 'i> {
    input: &'i PageInput<'a>,
    locale: Locale,
    fallback: Vec<String>,
    outdated_shown: Vec<String>,
    problems: Vec<(String, String)>,
}

/// Renders the page of `input.article` in `input.localizer`'s locale.
pub fn render_article(input: &PageInput<'_>) -> RenderedPage {
    let locale = input.localizer.locale.clone();
    let mut page = Page {
        input,
        locale: locale.clone(),
        fallback: Vec::new(),
        outdated_shown: Vec::new(),
        problems: Vec::new(),
    };
    let header = page.header();
    let main = page.main();
    let footer = page.footer();
    let title = plain(&page.format(TITLE_ID, None).0.text);
    let summary = plain(&page.format(SUMMARY_ID, None).0.text);
    let mut notes = String::new();
    if !page.fallback.is_empty() {
        let (f, _) = page.format("fallback-notice", None);
        notes.push_str(&format!(
            "<p class=\"page-note\" role=\"note\">{}</p>\n",
            plain_escaped(&f.text)
        ));
    }
    if !page.outdated_shown.is_empty() {
        let (f, _) = page.format("outdated-notice", None);
        notes.push_str(&format!(
            "<p class=\"page-note\" role=\"note\">{}</p>\n",
            plain_escaped(&f.text)
        ));
    }
    let skip = plain(&page.format("skip-to-content", None).0.text);
    let mut html = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n",
        escape_attr(locale.as_str()),
        locale.direction().as_html()
    );
    html.push_str(&head(&title, Some(&summary), "../style.css", &page.links()));
    html.push_str(&format!(
        "<body>\n<a class=\"skip-link\" href=\"#main\">{}</a>\n",
        escape_text(&skip)
    ));
    html.push_str(&header);
    html.push_str(&notes);
    html.push_str(&main);
    html.push_str(&footer);
    html.push_str("</body>\n</html>\n");
    let mut fallback = page.fallback;
    fallback.sort();
    fallback.dedup();
    let mut outdated_shown = page.outdated_shown;
    outdated_shown.sort();
    outdated_shown.dedup();
    RenderedPage {
        html,
        fallback,
        outdated_shown,
        problems: page.problems,
    }
}

fn plain_escaped(text: &str) -> String {
    escape_text(&plain(text))
}

impl Page<'_, '_> {
    fn is_source(&self) -> bool {
        self.locale == self.input.project.source
    }

    /// Formats `id`, applying the locale's outdated policy; says how it is shown.
    fn format(&mut self, id: &str, args: Option<&FluentArgs>) -> (Formatted, Mark) {
        let outdated = self.input.outdated.contains(id);
        let policy = self
            .input
            .project
            .outdated
            .get(&self.locale)
            .copied()
            .unwrap_or_default();
        let replaced = outdated && policy == OutdatedText::Fallback;
        let f = if replaced {
            let mut e = self.input.english.format(id, args);
            e.origin = Origin::Fallback;
            e
        } else {
            self.input.localizer.format(id, args)
        };
        let locale = self.locale.clone();
        self.problems.extend(
            f.problems
                .iter()
                .map(|p| (id.to_owned(), format!("{locale}: {p}"))),
        );
        let mark = if self.is_source() {
            Mark::None
        } else if replaced {
            self.fallback.push(id.to_owned());
            Mark::OutdatedFallback
        } else if f.origin != Origin::Translated {
            self.fallback.push(id.to_owned());
            Mark::Fallback
        } else if outdated {
            self.outdated_shown.push(id.to_owned());
            Mark::Outdated
        } else {
            Mark::None
        };
        (f, mark)
    }

    /// Renders message `id` as an element `tag` with `attrs`, marking English and outdated text.
    fn element(
        &mut self,
        tag: &str,
        attrs: &str,
        id: &str,
        args: Option<&FluentArgs>,
        links: &BTreeMap<String, String>,
    ) -> String {
        let (f, mark) = self.format(id, args);
        let template = self.input.english.format(id, args);
        let ltr_block = mark.is_english()
            || self.locale.direction() != Direction::Rtl
            || crate::locale::text_direction(&plain(&f.text)) == Some(Direction::Ltr);
        let inner = render_message(&f.text, &template.text, links, !ltr_block);
        let mut attrs = self.mark_attrs(attrs, mark);
        if !mark.is_english() && self.locale.direction() == Direction::Rtl && ltr_block {
            attrs.push_str(" dir=\"ltr\"");
        }
        format!("<{tag}{attrs}>{inner}</{tag}>")
    }

    fn mark_attrs(&mut self, attrs: &str, mark: Mark) -> String {
        let mut a = attrs.to_owned();
        let (class, note_id) = match mark {
            Mark::None => return a,
            Mark::Fallback => ("fallback", "fallback-label"),
            Mark::OutdatedFallback => ("fallback", "outdated-fallback-label"),
            Mark::Outdated => ("outdated", "outdated-label"),
        };
        let note = plain(&self.input.localizer.format(note_id, None).text);
        if mark.is_english() {
            a.push_str(" lang=\"en\"");
            if self.locale.direction() == Direction::Rtl {
                a.push_str(" dir=\"ltr\"");
            }
        }
        if let Some(rest) = a.strip_prefix(" class=\"") {
            a = format!(" class=\"{class} {rest}");
        } else {
            a.push_str(&format!(" class=\"{class}\""));
        }
        a.push_str(&format!(" data-note=\"{}\"", escape_attr(&note)));
        a
    }

    /// `<link>`s: canonical and one alternate per real translation plus `x-default`.
    fn links(&self) -> String {
        let p = self.input.project;
        let slug = &self.input.article.slug;
        let url = |l: &Locale| match &p.base_url {
            Some(base) => format!("{base}{}/{slug}.html", l.as_str()),
            None => format!("../{}/{slug}.html", l.as_str()),
        };
        let mut s = format!(
            "<link rel=\"canonical\" href=\"{}\">\n",
            escape_attr(&url(&self.locale))
        );
        for l in &p.locales {
            if *l == p.source || self.input.status.has_translation(l, slug) {
                s.push_str(&format!(
                    "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">\n",
                    escape_attr(l.as_str()),
                    escape_attr(&url(l))
                ));
            }
        }
        s.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\">\n",
            escape_attr(&url(&p.source))
        ));
        s
    }

    fn state_label(&mut self, state: State) -> Option<String> {
        let id = match state {
            State::Complete => return None,
            State::Partial => "pdf-status-partial",
            State::Outdated => "pdf-status-outdated",
        };
        Some(plain(&self.input.localizer.format(id, None).text))
    }

    fn header(&mut self) -> String {
        let org = plain(&self.format("site-name", None).0.text);
        let label = plain(&self.format("languages-label", None).0.text);
        let slug = self.input.article.slug.clone();
        let mut s = format!(
            "<header class=\"site-header\">\n<p class=\"site-name\">{}</p>\n",
            escape_text(&org)
        );
        s.push_str(&format!(
            "<nav class=\"languages\" aria-label=\"{}\">\n<ul>\n",
            escape_attr(&label)
        ));
        let locales = self.input.project.locales.clone();
        for l in &locales {
            let current = *l == self.locale;
            let state = if *l == self.input.project.source {
                State::Complete
            } else {
                self.input.status.article_state(l, &slug)
            };
            let note = self
                .state_label(state)
                .map(|n| format!(" <span class=\"lang-state\">({})</span>", escape_text(&n)))
                .unwrap_or_default();
            s.push_str(&format!(
                "<li><a href=\"../{loc}/{slug}.html\" lang=\"{loc}\" hreflang=\"{loc}\" dir=\"{dir}\"{aria}>{name}</a>{note}</li>\n",
                loc = escape_attr(l.as_str()),
                slug = escape_attr(&slug),
                dir = l.direction().as_html(),
                aria = if current { " aria-current=\"page\"" } else { "" },
                name = escape_text(&l.endonym()),
            ));
        }
        let pdfs = self.element(
            "a",
            " href=\"#pdfs\"",
            "pdfs-by-language",
            None,
            &BTreeMap::new(),
        );
        s.push_str(&format!("<li>{pdfs}</li>\n</ul>\n</nav>\n</header>\n"));
        s
    }

    /// The table of contents: level-2 headings with their level-3 headings nested.
    fn toc(&mut self) -> String {
        let label = plain(&self.format("toc-heading", None).0.text);
        let mut s = format!(
            "<nav class=\"toc\" aria-labelledby=\"toc-heading\">\n<h2 id=\"toc-heading\">{}</h2>\n<ol>\n",
            escape_text(&label)
        );
        let (mut h2_open, mut sub_open) = (false, false);
        for (i, b) in self.input.article.blocks.iter().enumerate() {
            let BlockKind::Heading(level) = b.kind else {
                continue;
            };
            let Some(m) = self.input.plan.for_block(i).filter(|_| level <= 3) else {
                continue;
            };
            let anchor = b.anchor.clone().unwrap_or_else(|| m.id.clone());
            let f = self.input.localizer.format(&m.id, None);
            let text = plain(&if f.origin == Origin::Missing {
                self.input.english.format(&m.id, None).text
            } else {
                f.text
            });
            let item = format!(
                "<a href=\"#{}\">{}</a>",
                escape_attr(&anchor),
                escape_text(&text)
            );
            if level == 2 || !h2_open {
                if sub_open {
                    s.push_str("</ol>\n");
                    sub_open = false;
                }
                if h2_open {
                    s.push_str("</li>\n");
                }
                s.push_str(&format!("<li>{item}"));
                h2_open = true;
                if level != 2 {
                    s.push_str("</li>\n");
                    h2_open = false;
                }
            } else {
                if !sub_open {
                    s.push_str("\n<ol>\n");
                    sub_open = true;
                }
                s.push_str(&format!("<li>{item}</li>\n"));
            }
        }
        if sub_open {
            s.push_str("</ol>\n");
        }
        if h2_open {
            s.push_str("</li>\n");
        }
        s.push_str("</ol>\n</nav>\n");
        s
    }

    fn main(&mut self) -> String {
        let article = self.input.article;
        let mut main = String::from("<main id=\"main\">\n<article>\n");
        main.push_str(&self.element("h1", "", TITLE_ID, None, &BTreeMap::new()));
        main.push('\n');
        let mut open_list: Option<&'static str> = None;
        let mut toc_done = false;
        for (i, block) in article.blocks.iter().enumerate() {
            if let BlockKind::Site(name) = &block.kind
                && CHROME_SITE_BLOCKS.contains(&name.as_str())
            {
                continue; // in the header and footer
            }
            let list_tag = match block.kind {
                BlockKind::ListItem { ordered: false } => Some("ul"),
                BlockKind::ListItem { ordered: true } => Some("ol"),
                BlockKind::Reference => Some("ol class=\"references\""),
                _ => None,
            };
            if open_list != list_tag {
                if let Some(t) = open_list {
                    main.push_str(&format!("</{}>\n", t.split(' ').next().unwrap_or(t)));
                }
                if let Some(t) = list_tag {
                    main.push_str(&format!("<{t}>\n"));
                }
                open_list = list_tag;
            }
            if !toc_done && matches!(block.kind, BlockKind::Heading(_)) {
                main.push_str(&self.toc());
                toc_done = true;
            }
            match &block.kind {
                BlockKind::Site(name) => {
                    let s = self.site_block(name);
                    main.push_str(&s);
                }
                kind => {
                    let Some(m) = self.input.plan.for_block(i) else {
                        continue;
                    };
                    let (tag, attrs) = match kind {
                        BlockKind::Heading(level) => {
                            let anchor = block.anchor.clone().unwrap_or_else(|| m.id.clone());
                            (
                                format!("h{level}"),
                                format!(" id=\"{}\"", escape_attr(&anchor)),
                            )
                        }
                        BlockKind::Paragraph => ("p".to_owned(), String::new()),
                        _ => ("li".to_owned(), String::new()),
                    };
                    let (id, links) = (m.id.clone(), m.links.clone());
                    main.push_str(&self.element(&tag, &attrs, &id, None, &links));
                    main.push('\n');
                }
            }
        }
        if let Some(t) = open_list {
            main.push_str(&format!("</{}>\n", t.split(' ').next().unwrap_or(t)));
        }
        main.push_str("</article>\n");
        main.push_str(&self.pdfs());
        main.push_str("</main>\n");
        main
    }

    fn site_block(&mut self, name: &str) -> String {
        let links = self.input.project.site_links.clone();
        let mut s = String::new();
        match name {
            "helpline" => {
                let label = plain(&self.input.localizer.format("helpline-call", None).text);
                s.push_str(&format!(
                    "<aside class=\"helpline\" id=\"{HELPLINE_ANCHOR}\" aria-label=\"{}\">\n",
                    escape_attr(&label)
                ));
                for &id in HELPLINE_MESSAGES {
                    let attrs = if id == "helpline-call" {
                        " class=\"phone\""
                    } else {
                        ""
                    };
                    s.push_str(&self.element("p", attrs, id, None, &links));
                    s.push('\n');
                }
                s.push_str("</aside>\n");
            }
            "team" => {
                let h = self.element("h2", " id=\"team\"", "team-heading", None, &links);
                let p = self.element("p", "", "team-text", None, &links);
                s.push_str(&format!(
                    "<section aria-labelledby=\"team\">\n{h}\n{p}\n</section>\n"
                ));
            }
            "references" => {
                s.push_str(&self.element(
                    "h2",
                    " id=\"references\"",
                    "references-heading",
                    None,
                    &links,
                ));
                s.push('\n');
            }
            "last-revised" => {
                let mut args = FluentArgs::new();
                args.set("date", date_arg(self.input.article.revised));
                s.push_str(&self.element(
                    "p",
                    " class=\"revised\"",
                    "last-revised",
                    Some(&args),
                    &links,
                ));
                s.push('\n');
            }
            other => {
                s.push_str(&self.element("p", "", other, None, &links));
                s.push('\n');
            }
        }
        s
    }

    fn pdfs(&mut self) -> String {
        let heading = self.element(
            "h2",
            " id=\"pdfs-heading\"",
            "pdfs-by-language",
            None,
            &BTreeMap::new(),
        );
        let mut s = format!(
            "<section class=\"pdfs\" id=\"pdfs\" aria-labelledby=\"pdfs-heading\">\n{heading}\n<ul>\n"
        );
        let slug = self.input.article.slug.clone();
        let locales = self.input.project.locales.clone();
        for l in &locales {
            let name = format!(
                "<span lang=\"{}\" dir=\"{}\">{}</span>",
                escape_attr(l.as_str()),
                l.direction().as_html(),
                escape_text(&l.endonym())
            );
            let line = match self.input.pdf_sizes.get(l) {
                Some(bytes) => {
                    let mut args = FluentArgs::new();
                    args.set("size", (*bytes as f64 / 1024.0).max(1.0));
                    let size = plain(&self.input.localizer.format("pdf-size", Some(&args)).text);
                    let state = if *l == self.input.project.source {
                        State::Complete
                    } else {
                        self.input.status.article_state(l, &slug)
                    };
                    let (class, id) = match state {
                        State::Complete => ("state-complete", "pdf-status-complete"),
                        State::Partial => ("state-partial", "pdf-status-partial"),
                        State::Outdated => ("state-outdated", "pdf-status-outdated"),
                    };
                    let label = plain(&self.input.localizer.format(id, None).text);
                    format!(
                        "<a href=\"../{loc}/{slug}.pdf\" hreflang=\"{loc}\" type=\"application/pdf\">{name} (PDF, {size})</a> <span class=\"{class}\">{label}</span>",
                        loc = escape_attr(l.as_str()),
                        slug = escape_attr(&slug),
                        size = escape_text(&size),
                        label = escape_text(&label)
                    )
                }
                None => {
                    let label = plain(&self.input.localizer.format("pdf-not-available", None).text);
                    format!(
                        "{name}: <span class=\"state-missing\">{}</span>",
                        escape_text(&label)
                    )
                }
            };
            s.push_str(&format!("<li>{line}</li>\n"));
        }
        s.push_str("</ul>\n</section>\n");
        s
    }

    fn footer(&mut self) -> String {
        let links = self.input.project.site_links.clone();
        let mut s = String::from("<footer class=\"site-footer\">\n");
        let names: Vec<String> = self
            .input
            .article
            .blocks
            .iter()
            .filter_map(|b| match &b.kind {
                BlockKind::Site(n) if matches!(n.as_str(), "copyright" | "sign-up" | "donate") => {
                    Some(n.clone())
                }
                _ => None,
            })
            .collect();
        for n in names {
            s.push_str(&self.element("p", "", &n, None, &links));
            s.push('\n');
        }
        s.push_str("</footer>\n");
        s
    }
}
