//! The PDF step of a build, and `folio pdf`.

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::prepare::{Prepared, check_sources, prepare};
use super::site::{BuildReport, Staged, stage};
use super::{Sources, catalog_rel};
use crate::catalog::Catalog;
use crate::config::Project;
use crate::diag::{Diagnostic, Location, Severity};
use crate::error::{Error, Result};
use crate::locale::Locale;

/// The fonts of one locale's PDFs: its configured chain, or the built-in one.
pub fn font_set(project: &Project, locale: &Locale) -> Result<crate::layout::FontSet> {
    use crate::layout::fonts::{FontSet, builtin_family, file_family};
    let Some(chain) = project.pdf.chains.get(locale) else {
        return Ok(FontSet::builtin(locale.language()));
    };
    let mut families = Vec::new();
    for name in chain {
        if let Some(files) = project.pdf.families.get(name) {
            let files: Vec<_> = files
                .iter()
                .map(|(v, p)| (*v, project.root.join(p)))
                .collect();
            families.push(file_family(name, &files)?);
        } else if let Some(f) = builtin_family(name) {
            families.push(f);
        }
    }
    Ok(FontSet { chain: families })
}

/// Where message `id` of a locale is defined, for a report: in the first
/// of `catalogs` that has it, else the article's translation file.
pub(super) fn message_location(
    project: &Project,
    catalogs: &[Option<&Catalog>],
    locale: &Locale,
    slug: &str,
    id: &str,
) -> Location {
    for c in catalogs.iter().flatten() {
        if let Some(e) = c.get(crate::catalog::EntryKind::Message, id) {
            return c.location(e.offset);
        }
    }
    Location::file(&catalog_rel(project, locale, &format!("{slug}.ftl")))
}

/// The PDFs of the given locales and articles (indexes into `sources.articles`),
/// rendered in parallel, in a fixed order. Each task parses its article's
/// translation itself, so memory holds only the tasks in flight.
pub(super) fn render_pdfs(
    project: &Project,
    sources: &Sources,
    prepared: &Prepared,
    tasks: &[(Locale, usize)],
    paper: crate::layout::Paper,
) -> Result<Vec<PdfOutcome>> {
    use rayon::prelude::*;
    let mut fonts = BTreeMap::new();
    for (l, _) in tasks {
        if !fonts.contains_key(l) {
            fonts.insert(l.clone(), font_set(project, l)?);
        }
    }
    tasks
        .par_iter()
        .map(|(locale, k)| {
            render_one(
                project,
                sources,
                prepared,
                locale,
                *k,
                paper,
                &fonts[locale],
            )
        })
        .collect()
}

fn render_one(
    project: &Project,
    sources: &Sources,
    prepared: &Prepared,
    locale: &Locale,
    k: usize,
    paper: crate::layout::Paper,
    fonts: &crate::layout::FontSet,
) -> Result<PdfOutcome> {
    use crate::render::pdf::{PdfInput, creation_time, render_pdf};
    let article = &sources.articles[k];
    let slug = &article.slug;
    let lc = &prepared.loaded[locale];
    let translated = prepared.article_catalog(project, sources, locale, k)?;
    let outdated = prepared.outdated_for(locale, slug);
    let result = prepared.with_localizers(
        project,
        sources,
        locale,
        k,
        translated.as_ref(),
        |localizer, english| {
            render_pdf(&PdfInput {
                project,
                article,
                plan: &sources.plans[k],
                localizer,
                english,
                outdated: &outdated,
                paper,
                fonts,
                created: creation_time(article),
            })
        },
    );
    let mut diagnostics = Vec::new();
    let pdf = match result {
        Ok(pdf) => {
            for m in &pdf.missing {
                diagnostics.push(Diagnostic::new(
                    Severity::Error,
                    "pdf-missing-glyph",
                    message_location(
                        project,
                        &[lc.site.as_ref(), translated.as_ref()],
                        locale,
                        slug,
                        &m.source,
                    ),
                    format!(
                        "{locale}: `{}` has U+{:04X} ({}), which no font for {locale} can draw; it is left out of {slug}.pdf (add a font with `pdf-fonts`, see README)",
                        m.source,
                        u32::from(m.ch),
                        m.ch
                    ),
                ));
            }
            if pdf.overflow > 0 {
                diagnostics.push(Diagnostic::new(
                    Severity::Warning,
                    "pdf-overflow",
                    Location::file(&catalog_rel(project, locale, &format!("{slug}.ftl"))),
                    format!(
                        "{locale}: {} run(s) of text in {slug}.pdf reach into the margin",
                        pdf.overflow
                    ),
                ));
            }
            Some(pdf)
        }
        Err(e) => {
            diagnostics.push(Diagnostic::new(
                Severity::Error,
                "pdf-failed",
                Location::file(&catalog_rel(project, locale, &format!("{slug}.ftl"))),
                format!("{locale}: {slug}.pdf was not written: {e}"),
            ));
            None
        }
    };
    Ok(PdfOutcome {
        locale: locale.clone(),
        article: k,
        pdf,
        diagnostics,
    })
}

/// One PDF of a build: the file (unless it failed) and what it reported.
#[derive(Debug)]
pub(super) struct PdfOutcome {
    pub locale: Locale,
    pub article: usize,
    pub pdf: Option<crate::render::pdf::RenderedPdf>,
    pub diagnostics: Vec<Diagnostic>,
}

pub(super) fn pdf_path(project: &Project, locale: &Locale, slug: &str) -> PathBuf {
    project
        .output_dir
        .join(locale.as_str())
        .join(format!("{slug}.pdf"))
}

/// Renders only the PDFs of `locales` (all if empty) and the articles whose
/// slugs are in `slugs` (all if empty), for `folio pdf`.
pub fn render_pdf_set(
    project: &Project,
    sources: &Sources,
    locales: &[Locale],
    slugs: &[String],
    paper: Option<crate::layout::Paper>,
) -> Result<(Staged, BuildReport)> {
    check_sources(project, sources)?;
    let mut report = BuildReport::default();
    let pseudo = locales.iter().any(|l| {
        crate::pseudo::PSEUDO_LOCALES.contains(&l.as_str()) && !project.locales.contains(l)
    });
    // Only the requested locales are loaded.
    let prepared = prepare(project, sources, pseudo, locales, &mut report)?;
    for s in slugs {
        if !sources.articles.iter().any(|a| a.slug == *s) {
            return Err(Error::Input(format!(
                "no article `{s}` in {}",
                project.content_dir.display()
            )));
        }
    }
    let tasks: Vec<(Locale, usize)> = prepared
        .locales
        .iter()
        .filter(|l| locales.is_empty() || locales.contains(l))
        .flat_map(|l| {
            sources
                .articles
                .iter()
                .enumerate()
                .filter(|(_, a)| slugs.is_empty() || slugs.contains(&a.slug))
                .map(move |(k, _)| (l.clone(), k))
        })
        .collect();
    let paper = paper.unwrap_or(project.pdf.paper);
    let mut staged = Staged::new();
    for o in render_pdfs(project, sources, &prepared, &tasks, paper)? {
        report.diagnostics.extend(o.diagnostics);
        if let Some(pdf) = o.pdf {
            let rel = pdf_path(project, &o.locale, &sources.articles[o.article].slug);
            stage(rel, &pdf.bytes, &mut staged);
        }
    }
    Ok((staged, report))
}
