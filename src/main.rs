//! The `folio` binary: everything lives in the library; see `folio::cli`.

fn main() -> std::process::ExitCode {
    folio::cli::main()
}
