//! The site's other pages: `output/index.html` (choose a language, no
//! JavaScript), `output/<locale>/index.html` (the articles of a language)
//! and `output/status.html` (completeness per locale and article, as bars
//! with counts: [`crate::status::Tally`]).

use super::{escape_attr, escape_text, head, plain};
use crate::config::Project;
use crate::content::Article;
use crate::locale::Locale;
use crate::localize::Localizer;
use crate::status::{SiteStatus, State, Tally};

/// What the index and status pages need.
#[derive(Debug)]
pub struct SiteInput<'a> {
    pub project: &'a Project,
    pub articles: &'a [Article],
    pub status: &'a SiteStatus,
}

fn page(lang: &Locale, title: &str, stylesheet: &str, body: &str) -> String {
    let mut html = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n",
        escape_attr(lang.as_str()),
        lang.direction().as_html()
    );
    html.push_str(&head(title, None, stylesheet, ""));
    html.push_str("<body>\n");
    html.push_str(body);
    html.push_str("</body>\n</html>\n");
    html
}

/// `output/index.html`: every language, each named in itself, with the
/// invitation to choose in that language.
pub fn render_language_chooser(input: &SiteInput<'_>, localizers: &[Localizer<'_>]) -> String {
    let source = &input.project.source;
    let mut body = String::from("<main id=\"main\">\n");
    let heading = localizers
        .iter()
        .find(|l| l.locale == *source)
        .map(|l| plain(&l.format("choose-language", None).text))
        .unwrap_or_default();
    body.push_str(&format!(
        "<h1>{}</h1>\n<nav class=\"languages\" aria-label=\"{}\">\n<ul>\n",
        escape_text(&heading),
        escape_attr(&heading)
    ));
    for l in localizers {
        let invite = plain(&l.format("choose-language", None).text);
        body.push_str(&format!(
            "<li><a href=\"{loc}/index.html\" lang=\"{loc}\" hreflang=\"{loc}\" dir=\"{dir}\">{name}</a> <span lang=\"{loc}\" dir=\"{dir}\" class=\"lang-state\">{invite}</span></li>\n",
            loc = escape_attr(l.locale.as_str()),
            dir = l.locale.direction().as_html(),
            name = escape_text(&l.locale.endonym()),
            invite = escape_text(&invite)
        ));
    }
    body.push_str(
        "</ul>\n</nav>\n<p><a href=\"status.html\">Translation status</a></p>\n</main>\n",
    );
    page(source, &heading, "style.css", &body)
}

/// `output/<locale>/index.html`: the articles in this language.
pub fn render_locale_index(
    input: &SiteInput<'_>,
    localizer: &Localizer<'_>,
    titles: &[String],
) -> String {
    let locale = &localizer.locale;
    let heading = plain(&localizer.format("articles-heading", None).text);
    let org = plain(&localizer.format("site-name", None).text);
    let label = plain(&localizer.format("languages-label", None).text);
    let mut body = format!(
        "<header class=\"site-header\">\n<p class=\"site-name\">{}</p>\n<nav class=\"languages\" aria-label=\"{}\">\n<ul>\n",
        escape_text(&org),
        escape_attr(&label)
    );
    for l in &input.project.locales {
        let aria = if l == locale {
            " aria-current=\"page\""
        } else {
            ""
        };
        body.push_str(&format!(
            "<li><a href=\"../{loc}/index.html\" lang=\"{loc}\" hreflang=\"{loc}\" dir=\"{dir}\"{aria}>{name}</a></li>\n",
            loc = escape_attr(l.as_str()),
            dir = l.direction().as_html(),
            name = escape_text(&l.endonym())
        ));
    }
    body.push_str("</ul>\n</nav>\n</header>\n<main id=\"main\" class=\"articles\">\n");
    body.push_str(&format!("<h1>{}</h1>\n<ul>\n", escape_text(&heading)));
    for (a, title) in input.articles.iter().zip(titles) {
        let state = if *locale == input.project.source {
            State::Complete
        } else {
            input.status.article_state(locale, &a.slug)
        };
        let note = match state {
            State::Complete => String::new(),
            State::Partial => format!(
                " <span class=\"lang-state\">({})</span>",
                escape_text(&plain(&localizer.format("pdf-status-partial", None).text))
            ),
            State::Outdated => format!(
                " <span class=\"lang-state\">({})</span>",
                escape_text(&plain(&localizer.format("pdf-status-outdated", None).text))
            ),
        };
        body.push_str(&format!(
            "<li><a href=\"{}.html\">{}</a>{note}</li>\n",
            escape_attr(&a.slug),
            escape_text(title)
        ));
    }
    body.push_str("</ul>\n</main>\n");
    page(locale, &heading, "../style.css", &body)
}

fn bar(t: &Tally) -> String {
    let pct = |n: usize| {
        if t.total == 0 {
            0.0
        } else {
            n as f64 * 100.0 / t.total as f64
        }
    };
    let current = t.complete();
    format!(
        "<span class=\"bar\" role=\"img\" aria-label=\"{current} complete, {} outdated, {} missing of {}\"><span class=\"translated\" style=\"inline-size:{:.1}%\"></span><span class=\"outdated\" style=\"inline-size:{:.1}%\"></span><span class=\"missing\" style=\"inline-size:{:.1}%\"></span></span>",
        t.outdated,
        t.missing,
        t.total,
        pct(current),
        pct(t.outdated),
        pct(t.missing)
    )
}

/// A row's figures: the same as `folio check` and `folio status` print.
fn counts(t: &Tally) -> String {
    format!(
        "{} translated · {} outdated · {} missing · {:.1}% complete",
        t.translated,
        t.outdated,
        t.missing,
        t.percent_complete()
    )
}

/// `output/status.html`: per locale and article (and site text), bars for
/// complete, outdated and missing messages and terms with their counts,
/// and each locale's total. In the source language: it is a page for the
/// editors.
pub fn render_status(input: &SiteInput<'_>) -> String {
    let source = &input.project.source;
    let mut body = String::from("<main id=\"main\">\n<h1>Translation status</h1>\n");
    body.push_str("<p>Messages and terms per language: <em>translated</em> (present in the translation, text identical to the English included), <em>outdated</em> (translated from an older English; part of translated) and <em>missing</em>. Complete means translated and current. The same figures as <code>folio check</code> and <code>folio status</code>.</p>\n");
    body.push_str("<table class=\"status-table\">\n<thead><tr><th scope=\"col\">Language</th><th scope=\"col\">Text</th><th scope=\"col\">Progress</th><th scope=\"col\">Counts</th></tr></thead>\n<tbody>\n");
    for l in &input.project.locales {
        let mut rows: Vec<(String, Tally)> = Vec::new();
        for a in input.articles {
            rows.push((
                a.title.clone(),
                input
                    .status
                    .articles
                    .get(&(l.clone(), a.slug.clone()))
                    .copied()
                    .unwrap_or_default(),
            ));
        }
        rows.push((
            "Site text (menus, helpline, footer)".to_owned(),
            input.status.site.get(l).copied().unwrap_or_default(),
        ));
        let mut all = Tally::default();
        for (_, t) in &rows {
            all.add(*t);
        }
        rows.push(("All text".to_owned(), all));
        let span = rows.len();
        for (k, (what, t)) in rows.iter().enumerate() {
            body.push_str(if k + 1 == span {
                "<tr class=\"locale-total\">"
            } else {
                "<tr>"
            });
            if k == 0 {
                body.push_str(&format!(
                    "<th scope=\"rowgroup\" rowspan=\"{span}\"><a href=\"{loc}/index.html\" lang=\"{loc}\" dir=\"{dir}\">{name}</a> <span class=\"lang-state\">{tag}{status}</span> <span class=\"locale-complete\">{pct:.1}% complete</span></th>",
                    loc = escape_attr(l.as_str()),
                    dir = l.direction().as_html(),
                    name = escape_text(&l.endonym()),
                    tag = escape_text(l.as_str()),
                    status = if l == source { " (source)".to_owned() } else { String::new() },
                    pct = all.percent_complete()
                ));
            }
            body.push_str(&format!(
                "<td>{}</td><td>{}</td><td class=\"counts\">{}</td></tr>\n",
                escape_text(what),
                bar(t),
                counts(t)
            ));
        }
    }
    body.push_str("</tbody>\n</table>\n<p><a href=\"index.html\">All languages</a></p>\n</main>\n");
    page(source, "Translation status", "style.css", &body)
}
