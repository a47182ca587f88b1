//! HTML pages: one per article and locale. Pure: `&PageInput → String`.
//! Every piece of text is escaped; elements inside messages are built only
//! when the English message has the same element (overlay model), with
//! attributes and URLs from the content, never from a translation. Text that
//! fell back to English carries `lang="en"` (and `dir="ltr"`) and a marker.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentArgs;

use crate::content::{Article, BlockKind};
use crate::locale::{Direction, Locale};
use crate::localize::{Formatted, Localizer, Origin, date_arg};
use crate::markup::{self, INLINE_ELEMENTS, Node};
use crate::split::{ArticlePlan, SUMMARY_ID, TITLE_ID};

/// Everything one page needs.
#[derive(Debug)]
pub struct PageInput<'a> {
    pub article: &'a Article,
    pub plan: &'a ArticlePlan,
    /// The page's locale.
    pub localizer: &'a Localizer<'a>,
    /// The English localizer: the markup template and the fallback.
    pub english: &'a Localizer<'a>,
    /// Every locale of the site, for the language links.
    pub locales: &'a [Locale],
    /// `data-l10n-name` → URL for site-bundle links.
    pub site_links: &'a BTreeMap<String, String>,
}

/// A rendered page and what it needed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedPage {
    pub html: String,
    /// IDs of messages shown in English because the translation was missing or broken.
    pub fallback: Vec<String>,
    /// Formatting problems, with the message ID in each text.
    pub problems: Vec<String>,
}

/// Escapes text for HTML element content.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c if crate::diag::is_unsafe_char(c) && c != '\n' => {}
            c => out.push(c),
        }
    }
    out
}

/// Escapes text for a quoted attribute value.
pub fn escape_attr(s: &str) -> String {
    escape_text(s).replace('"', "&quot;").replace('\'', "&#39;")
}

struct Page<'a, 'i> {
    input: &'i PageInput<'a>,

    fallback: Vec<String>,
    problems: Vec<String>,
    rtl: bool,
}

/// Renders the page of `input.article` in `input.localizer`'s locale.
pub fn render_article(input: &PageInput<'_>) -> RenderedPage {
    let locale = &input.localizer.locale;
    let mut page = Page {
        input,
        fallback: Vec::new(),
        problems: Vec::new(),
        rtl: locale.direction() == Direction::Rtl,
    };
    let body = page.body();
    let title = page.format_plain(TITLE_ID);
    let summary = page.format_plain(SUMMARY_ID);
    let mut fallback = page.fallback.clone();
    fallback.sort();
    fallback.dedup();
    let mut html = String::new();
    html.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<meta name=\"description\" content=\"{}\">\n<style>{}</style>\n</head>\n<body>\n",
        escape_attr(locale.as_str()),
        locale.direction().as_html(),
        escape_text(&title),
        escape_attr(&summary),
        STYLE
    ));
    html.push_str(&body);
    html.push_str("</body>\n</html>\n");
    RenderedPage {
        html,
        fallback,
        problems: page.problems,
    }
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;line-height:1.6;max-width:46rem;margin:0 auto;padding:1rem}\
.fallback{border-inline-start:3px solid #c9a227;padding-inline-start:.5rem}\
.notice{background:#fff7d6;padding:.5rem 1rem}\
.helpline{border:1px solid #ccc;padding:0 1rem;margin:1rem 0}\
nav ul{list-style:none;padding:0;display:flex;gap:1rem;flex-wrap:wrap}";

impl Page<'_, '_> {
    fn localizer(&self) -> &Localizer<'_> {
        self.input.localizer
    }

    fn format(&mut self, id: &str, args: Option<&FluentArgs>) -> Formatted {
        let f = self.localizer().format(id, args);
        if f.origin != Origin::Translated && self.localizer().locale.as_str() != "en" {
            self.fallback.push(id.to_owned());
        }
        let locale = self.localizer().locale.clone();
        self.problems
            .extend(f.problems.iter().map(|p| format!("{locale}: {p}")));
        f
    }

    /// A message as plain text (markup dropped), for `<title>` and attributes.
    fn format_plain(&mut self, id: &str) -> String {
        let f = self.format(id, None);
        markup::plain_text(&markup::parse(&f.text))
    }

    /// Renders message `id` as the content of an element whose tag and
    /// attributes are in `open` (e.g. `p class="x"`), marking fallback.
    fn element(
        &mut self,
        tag: &str,
        attrs: &str,
        id: &str,
        args: Option<&FluentArgs>,
        links: &BTreeMap<String, String>,
    ) -> String {
        let f = self.format(id, args);
        let template = self.input.english.format(id, args);
        let allowed = allowed_elements(&markup::parse(&template.text));
        let mut inner = String::new();
        render_nodes(&markup::parse(&f.text), &allowed, links, &mut inner);
        let mut attrs = attrs.to_owned();
        if f.origin != Origin::Translated && self.localizer().locale.as_str() != "en" {
            attrs.push_str(" lang=\"en\"");
            if self.rtl {
                attrs.push_str(" dir=\"ltr\"");
            }
            attrs.push_str(" class=\"fallback\"");
        }
        format!("<{tag}{attrs}>{inner}</{tag}>")
    }

    fn body(&mut self) -> String {
        let input = self.input;
        let article = input.article;
        let mut main = String::new();
        main.push_str(&self.element("h1", "", TITLE_ID, None, &BTreeMap::new()));
        main.push('\n');
        let mut open_list: Option<&'static str> = None;
        for (i, block) in article.blocks.iter().enumerate() {
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
            match &block.kind {
                BlockKind::Site(name) => {
                    let s = self.site_block(name);
                    main.push_str(&s);
                }
                kind => {
                    let Some(m) = input.plan.for_block(i) else {
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
                    let id = m.id.clone();
                    let links = m.links.clone();
                    let s = self.element(&tag, &attrs, &id, None, &links);
                    main.push_str(&s);
                    main.push('\n');
                }
            }
        }
        if let Some(t) = open_list {
            main.push_str(&format!("</{}>\n", t.split(' ').next().unwrap_or(t)));
        }
        let mut body = String::new();
        if !self.fallback.is_empty() {
            let notice = self.element(
                "p",
                " class=\"notice\" role=\"note\"",
                "fallback-notice",
                None,
                &BTreeMap::new(),
            );
            body.push_str(&notice);
            body.push('\n');
        }
        body.push_str("<main>\n");
        body.push_str(&main);
        body.push_str("</main>\n");
        body
    }

    fn site_block(&mut self, name: &str) -> String {
        let links = self.input.site_links;
        let mut s = String::new();
        match name {
            "language-links" => {
                let label = self.format_plain("languages-label");
                s.push_str(&format!(
                    "<nav aria-label=\"{}\"><ul>\n",
                    escape_attr(&label)
                ));
                let slug = &self.input.article.slug;
                for l in self.input.locales {
                    let current = *l == self.localizer().locale;
                    let aria = if current {
                        " aria-current=\"page\""
                    } else {
                        ""
                    };
                    s.push_str(&format!(
                        "<li><a href=\"../{loc}/{slug}.html\" lang=\"{loc}\" hreflang=\"{loc}\" dir=\"{dir}\"{aria}>{name}</a></li>\n",
                        loc = escape_attr(l.as_str()),
                        slug = escape_attr(slug),
                        dir = l.direction().as_html(),
                        name = escape_text(&l.endonym())
                    ));
                }
                let pdfs = self.element("a", " href=\"#pdfs\"", "pdfs-by-language", None, links);
                s.push_str(&format!("<li>{pdfs}</li>\n</ul></nav>\n"));
            }
            "helpline" => {
                s.push_str("<aside class=\"helpline\">\n");
                for id in [
                    "helpline-intro",
                    "helpline-chat",
                    "helpline-chat-how",
                    "helpline-call",
                    "helpline-hours",
                    "helpline-specialists",
                    "helpline-doctor",
                ] {
                    let e = self.element("p", "", id, None, links);
                    s.push_str(&e);
                    s.push('\n');
                }
                s.push_str("</aside>\n");
            }
            "team" => {
                let h = self.element("h2", " id=\"team\"", "team-heading", None, links);
                let p = self.element("p", "", "team-text", None, links);
                s.push_str(&format!("<section>\n{h}\n{p}\n</section>\n"));
            }
            "references" => {
                let h = self.element(
                    "h2",
                    " id=\"references\"",
                    "references-heading",
                    None,
                    links,
                );
                s.push_str(&h);
                s.push('\n');
            }
            "last-revised" => {
                let mut args = FluentArgs::new();
                args.set("date", date_arg(self.input.article.revised));
                let p = self.element(
                    "p",
                    " class=\"revised\"",
                    "last-revised",
                    Some(&args),
                    links,
                );
                s.push_str(&p);
                s.push('\n');
            }
            other => {
                let p = self.element("p", "", other, None, links);
                s.push_str(&p);
                s.push('\n');
            }
        }
        s
    }
}

/// `(element, data-l10n-name)` pairs that the English message contains.
pub fn allowed_elements(template: &[Node]) -> BTreeSet<(String, Option<String>)> {
    let mut set = BTreeSet::new();
    fn walk(nodes: &[Node], set: &mut BTreeSet<(String, Option<String>)>) {
        for n in nodes {
            if let Node::Element {
                name,
                l10n_name,
                children,
                ..
            } = n
            {
                if INLINE_ELEMENTS.contains(&name.as_str()) {
                    set.insert((name.clone(), l10n_name.clone()));
                }
                walk(children, set);
            }
        }
    }
    walk(template, &mut set);
    set
}

/// Renders message nodes: allowed elements are rebuilt with attributes from
/// `links` only; anything else is shown as escaped text.
pub fn render_nodes(
    nodes: &[Node],
    allowed: &BTreeSet<(String, Option<String>)>,
    links: &BTreeMap<String, String>,
    out: &mut String,
) {
    for n in nodes {
        match n {
            Node::Text(t) => out.push_str(&escape_text(t)),
            Node::Element {
                name,
                l10n_name,
                raw_open,
                closed,
                children,
                ..
            } => {
                let key = (name.clone(), l10n_name.clone());
                let href = l10n_name.as_ref().and_then(|k| links.get(k));
                let ok = allowed.contains(&key) && (name != "a" || href.is_some());
                if !ok {
                    out.push_str(&escape_text(raw_open));
                    render_nodes(children, allowed, links, out);
                    if *closed && name != "br" {
                        out.push_str(&escape_text(&format!("</{name}>")));
                    }
                    continue;
                }
                match (name.as_str(), href) {
                    ("br", _) => out.push_str("<br>"),
                    ("a", Some(url)) => {
                        out.push_str(&format!("<a href=\"{}\">", escape_attr(url)));
                        render_nodes(children, allowed, links, out);
                        out.push_str("</a>");
                    }
                    _ => {
                        out.push_str(&format!("<{name}>"));
                        render_nodes(children, allowed, links, out);
                        out.push_str(&format!("</{name}>"));
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(translation: &str, english: &str) -> String {
        let mut links = BTreeMap::new();
        links.insert("k".to_owned(), "https://example.org/?a=1&b=2".to_owned());
        let allowed = allowed_elements(&markup::parse(english));
        let mut out = String::new();
        render_nodes(&markup::parse(translation), &allowed, &links, &mut out);
        out
    }

    #[test]
    fn builds_only_template_elements_with_content_urls() {
        let en = r#"See <a data-l10n-name="k">this</a> <em>now</em>"#;
        assert_eq!(
            render(
                r#"Ver <a data-l10n-name="k" href="javascript:x" onclick="y">esto</a> <em>ya</em>"#,
                en
            ),
            r#"Ver <a href="https://example.org/?a=1&amp;b=2">esto</a> <em>ya</em>"#
        );
        assert_eq!(
            render("<script>alert(1)</script> <strong>x</strong>", en),
            "&lt;script&gt;alert(1)&lt;/script&gt; &lt;strong&gt;x&lt;/strong&gt;"
        );
        assert_eq!(
            render(r#"<a data-l10n-name="other">x</a>"#, en),
            r#"&lt;a data-l10n-name="other"&gt;x&lt;/a&gt;"#
        );
    }

    #[test]
    fn escapes_attributes() {
        assert_eq!(escape_attr("a\"b'<"), "a&quot;b&#39;&lt;");
        assert_eq!(escape_text("x\u{202E}y"), "xy");
    }
}
