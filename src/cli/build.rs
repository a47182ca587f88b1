//! `folio build`.

use crate::config::Project;
use crate::error::Result;
use crate::pipeline::{build, load_sources};

use super::{EXIT_ERROR, EXIT_OK, eprint_line, print_diagnostics, print_line, verbose_line};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Also build the pseudo-locales en-XA (accented, longer) and ar-XB
    /// (mirrored, right to left) to test layouts; never published by default.
    #[arg(long)]
    pseudo: bool,
}

pub fn run(project: &Project, args: &Args) -> Result<u8> {
    let started = std::time::Instant::now();
    let sources = load_sources(project)?;
    let errors = print_diagnostics(&sources.diagnostics);
    if errors > 0 {
        eprint_line(&format!(
            "error: the English sources have {errors} error(s); nothing was built"
        ));
        return Ok(EXIT_ERROR);
    }
    let report = build(
        project,
        &sources,
        &crate::pipeline::BuildOptions {
            pseudo: args.pseudo,
        },
    )?;
    print_diagnostics(&report.diagnostics);
    for (locale, n) in &report.fallback {
        let note = if *n > 0 {
            format!(" ({n} message(s) shown in English)")
        } else {
            String::new()
        };
        print_line(&format!("built {locale}{note}"));
    }
    for w in &report.written {
        verbose_line(&format!("wrote {}", w.display()));
    }
    verbose_line(&format!("built in {} ms", started.elapsed().as_millis()));
    print_line(&format!(
        "{} page(s) in {}",
        report.written.len(),
        project.root.join(&project.output_dir).display()
    ));
    Ok(EXIT_OK)
}
