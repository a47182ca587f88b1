//! Helpers shared by the integration tests: temporary copies of the bundled
//! project and a runner for the `folio` binary.

use std::path::{Path, PathBuf};
use std::process::Output;

/// The repository root (where the bundled project lives).
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Copies `folio.toml`, `content/` and `locales/` of the bundled project into
/// a new temporary folder.
pub fn copy_project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::copy(repo().join("folio.toml"), dir.path().join("folio.toml"))
        .expect("copy folio.toml");
    copy_tree(&repo().join("content"), &dir.path().join("content"));
    copy_tree(&repo().join("locales"), &dir.path().join("locales"));
    dir
}

pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read_dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// Runs `folio --root <root> args…`.
pub fn folio(root: &Path, args: &[&str]) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_folio"))
        .arg("--root")
        .arg(root)
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("run folio")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Every file below `dir` with its bytes, sorted by path; folio's own
/// bookkeeping (the build cache, a staging folder) is left out.
pub fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    fn walk(base: &Path, dir: &Path, out: &mut Vec<(PathBuf, Vec<u8>)>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            if e.file_name().to_string_lossy().starts_with(".folio-") {
                continue;
            }
            if p.is_dir() {
                walk(base, &p, out);
            } else {
                out.push((
                    p.strip_prefix(base).unwrap().to_path_buf(),
                    std::fs::read(&p).unwrap(),
                ));
            }
        }
    }
    walk(dir, dir, &mut out);
    out.sort();
    out
}

/// Rewords one English paragraph of the bundled article and runs `split`:
/// its translations become outdated ("Continúa la búsqueda…" in Spanish).
pub fn reword_an_english_paragraph(root: &Path) {
    let md = root.join("content/neuroblastoma-research.md");
    let text = std::fs::read_to_string(&md).expect("read the article");
    std::fs::write(
        &md,
        text.replace(
            "The search continues for the best combinations",
            "The search still continues for the best combinations",
        ),
    )
    .expect("write the article");
    assert_eq!(folio(root, &["split"]).status.code(), Some(0));
}

/// Configures Spanish with `outdated = "fallback"`.
pub fn spanish_outdated_fallback(root: &Path) {
    let toml = std::fs::read_to_string(root.join("folio.toml")).expect("read folio.toml");
    std::fs::write(
        root.join("folio.toml"),
        toml.replace(
            "[locale.es]\nstatus = \"required\"",
            "[locale.es]\nstatus = \"required\"\noutdated = \"fallback\"",
        ),
    )
    .expect("write folio.toml");
}
