//! `folio build` and `folio pdf`.

use crate::config::Project;
use crate::error::Result;
use crate::layout::Paper;
use crate::locale::Locale;
use crate::pipeline::{
    BuildOptions, BuildReport, Shard, build, commit_outputs, load_sources, render_pdf_set,
};

use super::{
    EXIT_ERROR, EXIT_OK, EXIT_POLICY, eprint_line, print_diagnostics, print_line, spinner,
    verbose_line,
};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Also build the pseudo-locales en-XA (accented, longer) and ar-XB
    /// (mirrored, right to left) to test layouts; never published by default.
    #[arg(long)]
    pseudo: bool,
    /// Only the HTML pages: leave the PDFs as they are.
    #[arg(long)]
    no_pdf: bool,
    /// Paper size of the PDFs (default: `[pdf] paper` in folio.toml, else a4).
    #[arg(long, value_enum)]
    paper: Option<Paper>,
    /// Render every output again instead of reusing the unchanged ones.
    #[arg(long)]
    force: bool,
    /// Build only part I of N (e.g. 2/4): the articles whose position modulo N
    /// is I-1, in every locale; part 1 also writes the site-wide pages.
    #[arg(long, value_name = "I/N")]
    shard: Option<Shard>,
}

#[derive(Debug, clap::Args)]
pub struct PdfArgs {
    /// Locales to produce (default: every locale of the project).
    #[arg(value_name = "LOCALE")]
    locales: Vec<String>,
    /// Only this article (its slug, the Markdown file name without `.md`); repeatable.
    #[arg(long = "article", value_name = "SLUG")]
    articles: Vec<String>,
    /// Paper size (default: `[pdf] paper` in folio.toml, else a4).
    #[arg(long, value_enum)]
    paper: Option<Paper>,
}

/// Exit code after a build: a PDF with characters left out, or one that
/// could not be written, is a failure.
fn code_for(report: &BuildReport) -> u8 {
    if report.failed
        || report
            .diagnostics
            .iter()
            .any(|d| matches!(d.code, "pdf-missing-glyph" | "pdf-failed"))
    {
        EXIT_POLICY
    } else {
        EXIT_OK
    }
}

pub fn run(project: &Project, args: &Args) -> Result<u8> {
    let started = std::time::Instant::now();
    let progress = spinner("reading the sources");
    let sources = load_sources(project);
    progress.finish_and_clear();
    let sources = sources?;
    let errors = print_diagnostics(&sources.diagnostics);
    if errors > 0 {
        eprint_line(&format!(
            "error: the English sources have {errors} error(s); nothing was built"
        ));
        return Ok(EXIT_ERROR);
    }
    let progress = spinner(&format!("building {} locale(s)", project.locales.len()));
    let report = build(
        project,
        &sources,
        &BuildOptions {
            pseudo: args.pseudo,
            pdf: !args.no_pdf,
            paper: args.paper,
            incremental: true,
            force: args.force,
            shard: args.shard,
        },
    );
    progress.finish_and_clear();
    let report = report?;
    print_diagnostics(&report.diagnostics);
    for (locale, n) in &report.fallback {
        let mut notes = Vec::new();
        if *n > 0 {
            notes.push(format!("{n} message(s) shown in English"));
        }
        if let Some(w) = report.withheld.get(locale).filter(|w| **w > 0) {
            notes.push(format!(
                "{w} translation(s) with errors not shown, English instead"
            ));
        }
        if let Some(o) = report.outdated.get(locale).filter(|o| **o > 0) {
            notes.push(format!("{o} outdated translation(s) marked"));
        }
        let note = if notes.is_empty() {
            String::new()
        } else {
            format!(" ({})", notes.join(", "))
        };
        print_line(&format!("built {locale}{note}"));
    }
    for w in &report.rendered {
        verbose_line(&format!("rendered {}", w.display()));
    }
    verbose_line(&format!(
        "{} page(s) and PDF(s) rendered, {} reused from the build cache; built in {} ms",
        report.rendered.len(),
        report.reused.len(),
        started.elapsed().as_millis()
    ));
    print_line(&format!(
        "{} file(s) in {}",
        report.written.len() + report.reused.len(),
        project.root.join(&project.output_dir).display()
    ));
    Ok(code_for(&report))
}

pub fn run_pdf(project: &Project, args: &PdfArgs) -> Result<u8> {
    let started = std::time::Instant::now();
    let mut locales = Vec::new();
    for tag in &args.locales {
        match tag.parse::<Locale>() {
            Ok(l) => locales.push(l),
            Err(e) => {
                eprint_line(&format!("error: {e}"));
                return Ok(EXIT_ERROR);
            }
        }
    }
    let sources = load_sources(project)?;
    if print_diagnostics(&sources.diagnostics) > 0 {
        eprint_line("error: the English sources have errors; no PDF was made");
        return Ok(EXIT_ERROR);
    }
    let progress = spinner("typesetting PDFs");
    let result = render_pdf_set(project, &sources, &locales, &args.articles, args.paper);
    progress.finish_and_clear();
    let (staged, mut report) = result?;
    print_diagnostics(&report.diagnostics);
    let sizes: Vec<(std::path::PathBuf, usize)> =
        staged.iter().map(|(p, b)| (p.clone(), b.len())).collect();
    commit_outputs(project, staged, &mut report)?;
    for (path, size) in sizes {
        print_line(&format!(
            "wrote {} ({:.1} KB)",
            path.display(),
            size as f64 / 1024.0
        ));
    }
    verbose_line(&format!("made in {} ms", started.elapsed().as_millis()));
    Ok(code_for(&report))
}
