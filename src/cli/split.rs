//! `folio split [--check]`.

use crate::config::Project;
use crate::error::Result;
use crate::pipeline::{load_sources, stale_catalogs, write_english};

use super::{EXIT_ERROR, EXIT_OK, EXIT_POLICY, eprint_line, print_diagnostics, print_line};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Write nothing; exit 1 if locales/en is out of date with content/ (for CI).
    #[arg(long)]
    check: bool,
}

pub fn run(project: &Project, args: &Args) -> Result<u8> {
    let sources = load_sources(project)?;
    let errors = print_diagnostics(&sources.diagnostics);
    if errors > 0 {
        eprint_line(&format!(
            "error: the English sources have {errors} error(s); nothing was written"
        ));
        return Ok(EXIT_ERROR);
    }
    if args.check {
        let stale = stale_catalogs(project, &sources);
        for s in &stale {
            let mut what = Vec::new();
            for (label, ids) in [
                ("added", &s.added),
                ("removed", &s.removed),
                ("changed", &s.changed),
            ] {
                if !ids.is_empty() {
                    what.push(format!("{label}: {}", ids.join(", ")));
                }
            }
            if s.layout_only {
                what.push("comments or order differ".into());
            }
            print_line(&format!(
                "{} is out of date ({})",
                s.path.display(),
                what.join("; ")
            ));
        }
        if stale.is_empty() {
            print_line(&format!(
                "locales/{} is up to date with {} article(s)",
                project.source,
                sources.articles.len()
            ));
            return Ok(EXIT_OK);
        }
        print_line("run `folio split` to update it");
        return Ok(EXIT_POLICY);
    }
    let written = write_english(project, &sources)?;
    for w in &written {
        print_line(&format!("wrote {}", w.display()));
    }
    if written.is_empty() {
        print_line("nothing to do: the English catalogs are up to date");
    }
    Ok(EXIT_OK)
}
