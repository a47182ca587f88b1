//! `folio build`.

use crate::config::Project;
use crate::error::Result;
use crate::pipeline::{BuildOptions, build, load_sources};

use super::{
    EXIT_ERROR, EXIT_OK, eprint_line, print_diagnostics, print_line, spinner, verbose_line,
};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Also build the pseudo-locales en-XA (accented, longer) and ar-XB
    /// (mirrored, right to left) to test layouts; never published by default.
    #[arg(long)]
    pseudo: bool,
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
    for w in &report.written {
        verbose_line(&format!("wrote {}", w.display()));
    }
    verbose_line(&format!("built in {} ms", started.elapsed().as_millis()));
    print_line(&format!(
        "{} file(s) in {}",
        report.written.len(),
        project.root.join(&project.output_dir).display()
    ));
    Ok(EXIT_OK)
}
