//! The PDF of one article in one locale. Builds [`layout::Block`]s from the
//! article, its plan and the localizers (the same messages and fallback
//! rules as the HTML page), lays them out with [`crate::layout`], and writes
//! the pages with [`write`]. Pure: returns bytes, never touches files.

mod tag;
mod write;

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentArgs;

use crate::config::{OutdatedText, Project};
use crate::content::{Article, BlockKind};
use crate::layout::{self, Block, FontSet, Furniture, Kind, MissingGlyph, Paper, Span, SpanStyle};
use crate::localize::{Formatted, Localizer, Origin, date_arg};
use crate::markup::Node;
use crate::split::{ArticlePlan, SUMMARY_ID, TITLE_ID};

pub use write::{Metadata, write_pdf};

/// Everything one PDF needs.
#[derive(Debug)]
pub struct PdfInput<'a> {
    pub project: &'a Project,
    pub article: &'a Article,
    pub plan: &'a ArticlePlan,
    pub localizer: &'a Localizer<'a>,
    pub english: &'a Localizer<'a>,
    /// Message IDs whose translation was made from an older English.
    pub outdated: &'a BTreeSet<String>,
    pub paper: Paper,
    pub fonts: &'a FontSet,
    /// Creation date, seconds since 1970 (`SOURCE_DATE_EPOCH` or the revision date).
    pub created: i64,
}

/// A rendered PDF and what it needed.
#[derive(Debug, Clone)]
pub struct RenderedPdf {
    pub bytes: Vec<u8>,
    /// Characters no font could draw, by message (left out of the PDF).
    pub missing: Vec<MissingGlyph>,
    /// Runs of text that reach outside the margins (0 unless a line could
    /// not be broken at all).
    pub overflow: usize,
}

struct Builder<'a, 'i> {
    input: &'i PdfInput<'a>,
    blocks: Vec<Block>,
    /// Whether some message is shown in English, or outdated (for the notices).
    any_fallback: bool,
    any_outdated: bool,
    /// The label (a site message ID) of each message shown in English or
    /// out of date.
    labels: BTreeMap<String, &'static str>,
}

/// The creation date of a PDF: `SOURCE_DATE_EPOCH` when set, else midnight
/// UTC of the article's revision date.
pub fn creation_time(article: &Article) -> i64 {
    if let Some(e) = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
    {
        return e;
    }
    let d = article.revised;
    days_from_civil(d.year, d.month.into(), d.day.into()) * 86_400
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Renders the PDF of `input.article` in `input.localizer`'s locale. Fails
/// only if the writer cannot finish the file (a font it cannot embed).
pub fn render_pdf(input: &PdfInput<'_>) -> Result<RenderedPdf, String> {
    let locale = input.localizer.locale.clone();
    let rtl = locale.direction() == crate::locale::Direction::Rtl;
    let mut b = Builder {
        input,
        blocks: Vec::new(),
        any_fallback: false,
        any_outdated: false,
        labels: BTreeMap::new(),
    };
    b.body();
    let title = b.plain(TITLE_ID, None);
    let summary = b.plain(SUMMARY_ID, None);
    let org = b.plain("site-name", None);
    let furniture = |page: usize, pages: usize| {
        let mut args = FluentArgs::new();
        args.set("page", page as f64 + 1.0);
        args.set("pages", pages as f64);
        let footer = crate::render::html::plain(
            &input.localizer.format("pdf-page-number", Some(&args)).text,
        );
        Furniture {
            header: format!("{org} · {title}"),
            footer,
        }
    };
    let settings = layout::Settings {
        paper: input.paper,
        exceptions: input.project.pdf.exceptions.clone(),
    };
    let doc = layout::layout_document(
        &b.blocks,
        &settings,
        input.fonts,
        locale.as_str(),
        rtl,
        &furniture,
    );
    let meta = Metadata {
        title: title.clone(),
        author: org.clone(),
        subject: summary,
        lang: locale.as_str().to_owned(),
        rtl,
        created: input.created,
    };
    let bytes = write_pdf(&doc, &meta)?;
    let overflow = doc
        .pages
        .iter()
        .flat_map(|p| &p.items)
        .filter(|it| match it {
            layout::Item::Text(t) => t.x < doc.left - 0.5 || t.x + t.run.width > doc.right + 0.5,
            _ => false,
        })
        .count();
    Ok(RenderedPdf {
        bytes,
        missing: doc.missing,
        overflow,
    })
}

impl Builder<'_, '_> {
    fn is_source(&self) -> bool {
        self.input.localizer.locale == self.input.project.source
    }

    /// Formats `id` under the locale's outdated policy; true if shown in English.
    fn format(&mut self, id: &str, args: Option<&FluentArgs>) -> (Formatted, bool) {
        let locale = &self.input.localizer.locale;
        let outdated = self.input.outdated.contains(id);
        let policy = self
            .input
            .project
            .outdated
            .get(locale)
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
        // Formatting problems are reported once, by the HTML page of the
        // same messages.
        let fell_back = !self.is_source() && f.origin != Origin::Translated;
        self.any_fallback |= fell_back;
        self.any_outdated |= !fell_back && outdated && !self.is_source();
        // The label over the block, as the HTML page's note.
        let label = if self.is_source() {
            None
        } else if replaced {
            Some("outdated-fallback-label")
        } else if fell_back {
            Some("fallback-label")
        } else if outdated {
            Some("outdated-label")
        } else {
            None
        };
        if let Some(label) = label {
            self.labels.insert(id.to_owned(), label);
        }
        (f, fell_back)
    }

    fn plain(&mut self, id: &str, args: Option<&FluentArgs>) -> String {
        crate::render::html::plain(&self.input.localizer.format(id, args).text)
    }

    fn push(
        &mut self,
        kind: Kind,
        id: &str,
        args: Option<&FluentArgs>,
        links: &BTreeMap<String, String>,
    ) {
        let (f, fell_back) = self.format(id, args);
        let template = self.input.english.format(id, args);
        let locale = &self.input.localizer.locale;
        // English shown in place of a translation, or kept as it is (a
        // citation of an English publication): English hyphenation and /Lang.
        let english_text =
            !self.is_source() && f.text == template.text && f.text.chars().any(char::is_alphabetic);
        let (lang, rtl) = if fell_back || english_text {
            (
                self.input.project.source.as_str().to_owned(),
                crate::locale::text_direction(&crate::render::html::plain(&f.text)).is_none()
                    && self.input.project.source.direction() == crate::locale::Direction::Rtl,
            )
        } else {
            (
                locale.as_str().to_owned(),
                locale.direction() == crate::locale::Direction::Rtl
                    && crate::locale::text_direction(&crate::render::html::plain(&f.text))
                        .is_none(),
            )
        };
        let spans = spans(&f.text, &template.text, links, rtl);
        let outline = match kind {
            Kind::Heading(level) => Some(usize::from(level.saturating_sub(2))),
            _ => None,
        };
        self.blocks.push(Block {
            kind,
            spans,
            lang,
            rtl,
            fallback: fell_back,
            bold: false,
            source: id.to_owned(),
            outline,
        });
    }

    fn marker(&mut self, kind: Kind) {
        self.blocks.push(Block {
            kind,
            spans: Vec::new(),
            lang: String::new(),
            rtl: false,
            fallback: false,
            bold: false,
            source: String::new(),
            outline: None,
        });
    }

    fn body(&mut self) {
        let none = BTreeMap::new();
        let site_links = self.input.project.site_links.clone();
        self.push(Kind::Title, TITLE_ID, None, &none);
        let notices_at = self.blocks.len();
        let mut footer_notes = Vec::new();
        let mut counter = 0usize;
        let mut prev_kind: Option<BlockKind> = None;
        let article = self.input.article;
        for (i, block) in article.blocks.iter().enumerate() {
            let numbered = matches!(
                block.kind,
                BlockKind::ListItem { ordered: true } | BlockKind::Reference
            );
            if !numbered || prev_kind.as_ref() != Some(&block.kind) {
                counter = 0;
            }
            prev_kind = Some(block.kind.clone());
            match &block.kind {
                BlockKind::Site(name) => match name.as_str() {
                    "language-links" => {}
                    "copyright" | "sign-up" | "donate" => footer_notes.push(name.clone()),
                    "helpline" => self.helpline(&site_links),
                    "team" => {
                        self.push(Kind::Heading(2), "team-heading", None, &site_links);
                        self.push(Kind::Paragraph, "team-text", None, &site_links);
                    }
                    "references" => {
                        self.push(Kind::Heading(2), "references-heading", None, &site_links)
                    }
                    "last-revised" => {
                        let mut args = FluentArgs::new();
                        args.set("date", date_arg(article.revised));
                        self.push(Kind::Small, "last-revised", Some(&args), &site_links);
                        self.stamp();
                    }
                    other => self.push(Kind::Paragraph, other, None, &site_links),
                },
                kind => {
                    let Some(m) = self.input.plan.for_block(i) else {
                        continue;
                    };
                    let (id, links) = (m.id.clone(), m.links.clone());
                    let k = match kind {
                        BlockKind::Heading(level) => Kind::Heading(*level),
                        BlockKind::Paragraph => Kind::Paragraph,
                        BlockKind::ListItem { ordered: false } => Kind::ListItem("•".into()),
                        _ => {
                            counter += 1;
                            Kind::ListItem(format!("{counter}."))
                        }
                    };
                    self.push(k, &id, None, &links);
                }
            }
        }
        for n in footer_notes {
            self.push(Kind::Small, &n, None, &site_links);
        }
        // Notices about the translation, under the title.
        let mut notices = Vec::new();
        if !self.is_source() {
            for (flag, id) in [
                (self.any_fallback, "fallback-notice"),
                (self.any_outdated, "outdated-notice"),
            ] {
                if flag {
                    let at = self.blocks.len();
                    self.push(Kind::Notice, id, None, &none);
                    notices.push(self.blocks.remove(at));
                }
            }
        }
        for (k, n) in notices.into_iter().enumerate() {
            self.blocks.insert(notices_at + k, n);
        }
        self.label_fallback();
    }

    /// Puts the localized label (the words of the HTML page's note: "not
    /// yet translated", "out of date, shown in English", "may be out of
    /// date") over each run of blocks with the same label, on the side the
    /// block's text starts from.
    fn label_fallback(&mut self) {
        if self.is_source() || self.labels.is_empty() {
            return;
        }
        let lang = self.input.localizer.locale.as_str().to_owned();
        let mut out = Vec::with_capacity(self.blocks.len() + 8);
        let mut prev: Option<&'static str> = None;
        for b in std::mem::take(&mut self.blocks) {
            let structural = matches!(b.kind, Kind::BoxStart | Kind::BoxEnd);
            let label = if structural || b.kind == Kind::Notice {
                None
            } else {
                self.labels.get(&b.source).copied()
            };
            if let Some(id) = label.filter(|l| prev != Some(*l)) {
                let text = self.plain(id, None);
                out.push(Block {
                    kind: Kind::Label,
                    spans: vec![Span::plain(text)],
                    lang: lang.clone(),
                    rtl: b.rtl,
                    fallback: false,
                    bold: false,
                    source: id.into(),
                    outline: None,
                });
            }
            if !structural {
                prev = label;
            }
            out.push(b);
        }
        self.blocks = out;
    }

    /// The helpline callout, with the messages of the web page's box.
    fn helpline(&mut self, links: &BTreeMap<String, String>) {
        self.marker(Kind::BoxStart);
        for &id in crate::render::html::HELPLINE_MESSAGES {
            self.push(Kind::Paragraph, id, None, links);
            if id == "helpline-call"
                && let Some(b) = self.blocks.last_mut()
            {
                b.bold = true;
            }
        }
        self.marker(Kind::BoxEnd);
    }

    /// Which English the translation was made from, under the revision date.
    fn stamp(&mut self) {
        if self.is_source() {
            return;
        }
        let none = BTreeMap::new();
        if self.input.outdated.is_empty() {
            let mut args = FluentArgs::new();
            args.set("date", date_arg(self.input.article.revised));
            self.push(Kind::Small, "pdf-english-revision", Some(&args), &none);
        } else {
            self.push(Kind::Small, "outdated-notice", None, &none);
        }
    }
}

/// Styled spans of a formatted message: elements of the English template
/// give bold, italics and links (URLs from the content only); anything else
/// a translation holds is text.
/// In right-to-left text (`rtl`), left-to-right phrases are isolated
/// ([`crate::bidi`]).
pub fn spans(text: &str, english: &str, links: &BTreeMap<String, String>, rtl: bool) -> Vec<Span> {
    let allowed = crate::render::html::allowed_elements(&crate::markup::parse(english));
    let mut out = Vec::new();
    let mut nodes = crate::markup::parse(text);
    if rtl {
        crate::bidi::isolate_nodes(&mut nodes);
    }
    walk(&nodes, &allowed, links, &SpanStyle::default(), &mut out);
    out
}

fn walk(
    nodes: &[Node],
    allowed: &BTreeSet<(String, Option<String>)>,
    links: &BTreeMap<String, String>,
    style: &SpanStyle,
    out: &mut Vec<Span>,
) {
    let push = |text: &str, style: &SpanStyle, out: &mut Vec<Span>| match out.last_mut() {
        Some(last) if last.style == *style => last.text.push_str(text),
        _ => out.push(Span {
            text: text.to_owned(),
            style: style.clone(),
        }),
    };
    for n in nodes {
        match n {
            Node::Text(t) => push(t, style, out),
            Node::Element {
                name,
                l10n_name,
                raw_open,
                closed,
                children,
                ..
            } => {
                let Some(href) =
                    crate::render::html::permitted(name, l10n_name.as_ref(), allowed, links)
                else {
                    push(raw_open, style, out);
                    walk(children, allowed, links, style, out);
                    if *closed && name != "br" {
                        push(&format!("</{name}>"), style, out);
                    }
                    continue;
                };
                let mut inner = style.clone();
                match name.as_str() {
                    "br" => {
                        push("\n", style, out);
                        continue;
                    }
                    "strong" | "b" => inner.bold = true,
                    "em" | "i" => inner.italic = true,
                    // Only absolute links work in a PDF; a fragment points into the web page.
                    "a" => inner.link = href.filter(|u| u.contains(':')).cloned(),
                    _ => {}
                }
                if inner.link.as_deref().is_some_and(|u| u.starts_with("tel:")) {
                    // A phone number reads left to right in every script:
                    // isolate it, or UAX #9 reorders its digit groups after
                    // Arabic letters (Fluent does not isolate term references).
                    push("\u{2066}", &inner, out);
                    walk(children, allowed, links, &inner, out);
                    push("\u{2069}", &inner, out);
                } else {
                    walk(children, allowed, links, &inner, out);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_take_links_from_the_content_only() {
        let mut links = BTreeMap::new();
        links.insert("k".to_owned(), "tel:+18002272345".to_owned());
        links.insert("chat".to_owned(), "#live-chat".to_owned());
        let en = r#"Call <a data-l10n-name="k">us</a> <strong>now</strong> <a data-l10n-name="chat">chat</a>"#;
        let s = spans(
            r#"Llame <a data-l10n-name="k" href="javascript:x">aquí</a> <strong>ya</strong> <script>x</script> <a data-l10n-name="chat">chat</a>"#,
            en,
            &links,
            false,
        );
        let linked: Vec<_> = s.iter().filter(|s| s.style.link.is_some()).collect();
        assert_eq!(linked.len(), 1);
        assert_eq!(linked[0].text, "\u{2066}aquí\u{2069}");
        assert_eq!(linked[0].style.link.as_deref(), Some("tel:+18002272345"));
        assert!(s.iter().any(|s| s.style.bold && s.text == "ya"));
        let all: String = s.iter().map(|s| s.text.as_str()).collect();
        assert!(all.contains("<script>x</script>"));
    }

    #[test]
    fn revision_dates_are_midnight_utc() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2023, 12, 19) * 86_400, 1_702_944_000);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
    }
}
