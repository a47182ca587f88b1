//! The command line: clap types are parsed here and turned into calls of the
//! pipeline; diagnostics are printed here and nowhere else. One file per
//! subcommand.

mod build;
mod check;
mod split;
mod status;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

use clap::{Parser, Subcommand};

use crate::config::Project;
use crate::diag::{Diagnostic, Severity};

/// Exit code: everything passed.
pub const EXIT_OK: u8 = 0;
/// Exit code: the command ran, and the policy failed (e.g. `split --check` found stale catalogs).
pub const EXIT_POLICY: u8 = 1;
/// Exit code: usage, configuration, I/O error, or broken English sources.
pub const EXIT_ERROR: u8 = 2;

/// folio: split English articles into Fluent messages, check translations,
/// and build localized pages.
#[derive(Debug, Parser)]
#[command(
    name = "folio",
    version,
    about,
    after_help = "Examples:\n  folio split            # rewrite locales/en/*.ftl from content/*.md\n  folio split --check    # CI: fail if locales/en is out of date\n  folio build            # render output/<locale>/<slug>.html and .pdf for every locale\n  folio pdf es ar --paper letter   # only the Spanish and Arabic PDFs"
)]
pub struct Cli {
    /// The project root: the folder that holds folio.toml.
    #[arg(long, global = true, default_value = ".", value_name = "DIR")]
    root: PathBuf,
    /// Print only problems, not progress.
    #[arg(long, short, global = true)]
    quiet: bool,
    /// Print more about what folio does.
    #[arg(long, short, global = true, conflicts_with = "quiet")]
    verbose: bool,
    /// Colour in diagnostics: auto (a terminal, no NO_COLOR, not CI), always or never.
    #[arg(
        long,
        global = true,
        value_enum,
        default_value = "auto",
        value_name = "WHEN"
    )]
    color: ColorWhen,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ColorWhen {
    Auto,
    Always,
    Never,
}

static QUIET: AtomicBool = AtomicBool::new(false);
static VERBOSE: AtomicBool = AtomicBool::new(false);
static COLOR: AtomicBool = AtomicBool::new(false);

#[derive(Debug, Subcommand)]
enum Command {
    /// Split content/*.md into English Fluent messages (locales/en/<slug>.ftl).
    Split(split::Args),
    /// Build the localized site into the output folder: HTML and PDF for every locale.
    Build(build::Args),
    /// Make the PDFs of some locales (all by default), for editors.
    Pdf(build::PdfArgs),
    /// Check every locale against the English: completeness, integrity, fidelity.
    Check(check::Args),
    /// Record the current English as the basis of the current translations.
    MarkCurrent(check::MarkArgs),
    /// How complete each locale is (same figures as `check`).
    Status(status::Args),
    /// Start a new locale: locales/TAG/ with the English as commented guidance.
    NewLocale(NewLocaleArgs),
    /// Preview the site on 127.0.0.1, rebuilt and reloaded as files change.
    Serve {
        /// Port to listen on (0: any free port).
        #[arg(long, default_value_t = 8008)]
        port: u16,
    },
    /// Print shell completions for bash, zsh, fish, elvish or powershell.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

#[derive(Debug, clap::Args)]
struct NewLocaleArgs {
    /// A BCP 47 tag, e.g. `fr`, `pt-BR`, `zh-TW`.
    tag: String,
}

/// Parses the command line and runs it; returns the process exit code.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_ERROR } else { EXIT_OK };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    ExitCode::from(run(cli))
}

fn run(cli: Cli) -> u8 {
    use std::io::IsTerminal;
    QUIET.store(cli.quiet, Ordering::Relaxed);
    VERBOSE.store(cli.verbose, Ordering::Relaxed);
    let color = match cli.color {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto => {
            std::io::stderr().is_terminal()
                && std::env::var_os("NO_COLOR").is_none()
                && std::env::var_os("CI").is_none()
        }
    };
    COLOR.store(color, Ordering::Relaxed);
    if let Command::Completions { shell } = &cli.command {
        let mut cmd = <Cli as clap::CommandFactory>::command();
        let mut buf = Vec::new();
        clap_complete::generate(*shell, &mut cmd, "folio", &mut buf);
        let _ = std::io::stdout().lock().write_all(&buf);
        return EXIT_OK;
    }
    if let Command::Check(args) = &cli.command
        && check::uses_l10n_toml(args)
    {
        return finish(check::run_l10n(args));
    }
    let project = match Project::load(&cli.root) {
        Ok(p) => p,
        Err(e) => {
            eprint_line(&format!("error: {e}"));
            return EXIT_ERROR;
        }
    };
    let result = match cli.command {
        Command::Split(args) => split::run(&project, &args),
        Command::Build(args) => build::run(&project, &args),
        Command::Pdf(args) => build::run_pdf(&project, &args),
        Command::Check(args) => check::run(&project, &args),
        Command::MarkCurrent(args) => check::run_mark(&project, &args),
        Command::Status(args) => status::run(&project, &args),
        Command::NewLocale(args) => {
            crate::scaffold::new_locale(&project, &args.tag).map(|written| {
                for w in &written {
                    print_line(&format!("wrote {}", w.display()));
                }
                print_line(&format!(
                    "`{}` is in-progress: translate the commented lines in {}",
                    args.tag,
                    project.locales_dir.join(&args.tag).display()
                ));
                EXIT_OK
            })
        }
        Command::Completions { .. } => Ok(EXIT_OK),
        Command::Serve { port } => crate::serve::serve(project, port, |addr| {
            // Always printed (also with --quiet): scripts read the address.
            let _ = writeln!(
                std::io::stdout().lock(),
                "folio preview on http://{addr}/ (Ctrl-C to stop)"
            );
        })
        .map(|()| EXIT_OK),
    };
    finish(result)
}

fn finish(result: crate::error::Result<u8>) -> u8 {
    match result {
        Ok(code) => code,
        Err(e) => {
            eprint_line(&format!(
                "error: {}",
                crate::diag::escape_for_terminal(&e.to_string())
            ));
            EXIT_ERROR
        }
    }
}

/// How many diagnostics a command prints before it only counts them.
const MAX_PRINTED: usize = 200;

/// Prints diagnostics to stderr, errors first within each file order; returns
/// how many were errors.
fn print_diagnostics(diags: &[Diagnostic]) -> usize {
    let mut sorted: Vec<&Diagnostic> = diags.iter().collect();
    sorted.sort_by(|a, b| {
        a.location
            .cmp(&b.location)
            .then(b.severity.cmp(&a.severity))
    });
    let mut stderr = std::io::stderr().lock();
    let color = COLOR.load(Ordering::Relaxed);
    for d in sorted.iter().take(MAX_PRINTED) {
        let _ = writeln!(stderr, "{}", d.render_styled(color));
    }
    if sorted.len() > MAX_PRINTED {
        let errors = sorted
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        let _ = writeln!(
            stderr,
            "… and {} more diagnostics ({} errors in all); `folio check --max-findings 0` lists everything",
            sorted.len() - MAX_PRINTED,
            errors
        );
    }
    sorted
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count()
}

fn eprint_line(s: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{s}");
}

/// Prints a progress line to stdout unless `--quiet`; a closed pipe is not
/// an error worth a panic.
fn print_line(s: &str) {
    if !QUIET.load(Ordering::Relaxed) {
        let _ = writeln!(std::io::stdout().lock(), "{s}");
    }
}

/// A spinner on stderr for work that may take more than a moment; hidden
/// when stderr is not a terminal, in CI, or with `--quiet`.
fn spinner(message: &str) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    let hidden = QUIET.load(Ordering::Relaxed)
        || std::env::var_os("CI").is_some()
        || !std::io::stderr().is_terminal();
    if hidden {
        return indicatif::ProgressBar::hidden();
    }
    let pb = indicatif::ProgressBar::new_spinner();
    pb.set_message(message.to_owned());
    pb.tick();
    pb
}

/// Prints a line only with `--verbose`.
fn verbose_line(s: &str) {
    if VERBOSE.load(Ordering::Relaxed) {
        let _ = writeln!(std::io::stderr().lock(), "{s}");
    }
}
