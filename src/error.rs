//! Fatal errors: the few problems after which a command cannot go on
//! (I/O on a named path, an invalid configuration, a broken English source).
//! Everything a translator or author can fix in a file is a
//! [`crate::diag::Diagnostic`] instead, collected while the pipeline keeps going.

use std::path::PathBuf;

/// A problem that stops the current command (exit code 2).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// `folio.toml` is missing, malformed or inconsistent.
    #[error("{path}: {message}")]
    Config { path: PathBuf, message: String },
    /// Input that the command cannot work around; the diagnostics say where.
    #[error("{0}")]
    Input(String),
}

impl Error {
    /// Wraps an I/O error with the path it concerns.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}

/// Result with folio's fatal [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
