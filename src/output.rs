//! Output: the only module that writes generated files. Every file is written
//! to a temporary file in the same folder and renamed over the target, so a
//! reader (or a crash) sees the old file or the new one, never half of one.

use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};

/// Creates `base/rel`'s parent folders one by one, refusing any that is a
/// symbolic link, so nothing is written outside `base`.
pub fn prepare_dirs(base: &Path, rel: &Path) -> Result<()> {
    match std::fs::symlink_metadata(base) {
        Ok(m) if m.file_type().is_symlink() => {
            return Err(Error::io(
                base,
                std::io::Error::other(
                    "the output folder is a symbolic link; refusing to write through it",
                ),
            ));
        }
        Ok(_) => {}
        Err(_) => std::fs::create_dir_all(base).map_err(|e| Error::io(base, e))?,
    }
    let mut dir = base.to_path_buf();
    let parent = rel.parent().unwrap_or(Path::new(""));
    for c in parent.components() {
        match c {
            std::path::Component::Normal(part) => dir.push(part),
            _ => {
                return Err(Error::io(
                    base.join(rel),
                    std::io::Error::other("output paths must stay inside the output folder"),
                ));
            }
        }
        match std::fs::symlink_metadata(&dir) {
            Ok(m) if m.file_type().is_symlink() => {
                return Err(Error::io(
                    &dir,
                    std::io::Error::other("refusing to write through a symbolic link"),
                ));
            }
            Ok(m) if !m.is_dir() => {
                return Err(Error::io(&dir, std::io::Error::other("not a folder")));
            }
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                std::fs::create_dir(&dir).map_err(|e| Error::io(&dir, e))?
            }
            Err(e) => return Err(Error::io(&dir, e)),
        }
    }
    Ok(())
}

/// Removes temporary files that a killed build may have left in `dir` and
/// its subfolders (`.<name>.tmp<pid>`).
pub fn remove_stale_temporaries(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let Ok(ft) = e.file_type() else { continue };
        let name = e.file_name();
        let name = name.to_string_lossy();
        if ft.is_dir() {
            remove_stale_temporaries(&e.path());
        } else if ft.is_file() && name.starts_with('.') && name.contains(".tmp") {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// Writes `bytes` to `path` atomically, creating parent folders. Refuses to
/// write through a symbolic link.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    if let Ok(meta) = std::fs::symlink_metadata(path)
        && meta.file_type().is_symlink()
    {
        return Err(Error::io(
            path,
            std::io::Error::other("refusing to write through a symbolic link"),
        ));
    }
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("out");
    let tmp = dir.join(format!(".{name}.tmp{}", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(Error::io(path, e));
    }
    Ok(())
}

/// Reads a regular file of at most `max` bytes; links, pipes and devices are
/// refused without opening them (a pipe would block).
pub fn read_regular_file(path: &Path, max: u64) -> Result<Vec<u8>> {
    let meta = std::fs::symlink_metadata(path).map_err(|e| Error::io(path, e))?;
    if !meta.is_file() {
        return Err(Error::Input(format!(
            "{}: only regular files are read (not links, pipes or devices)",
            path.display()
        )));
    }
    if meta.len() > max {
        return Err(Error::Input(format!(
            "{}: {} bytes is more than the {max} folio reads",
            path.display(),
            meta.len()
        )));
    }
    std::fs::read(path).map_err(|e| Error::io(path, e))
}

/// True if `path` holds exactly `bytes`.
pub fn is_unchanged(path: &Path, bytes: &[u8]) -> bool {
    std::fs::read(path).is_ok_and(|old| old == bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_and_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a/b.txt");
        write_atomic(&p, b"one").unwrap();
        write_atomic(&p, b"two").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        assert!(is_unchanged(&p, b"two"));
        assert_eq!(std::fs::read_dir(p.parent().unwrap()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn refuses_symlinked_folders() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(outside.path(), dir.path().join("es")).unwrap();
        assert!(prepare_dirs(dir.path(), Path::new("es/page.html")).is_err());
        assert!(prepare_dirs(dir.path(), Path::new("../x/page.html")).is_err());
        prepare_dirs(dir.path(), Path::new("ko/page.html")).unwrap();
        assert!(dir.path().join("ko").is_dir());
    }

    #[cfg(unix)]
    #[test]
    fn refuses_symlinks() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("t");
        std::fs::write(&target, "x").unwrap();
        let link = dir.path().join("l");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        assert!(write_atomic(&link, b"y").is_err());
        assert_eq!(std::fs::read(&target).unwrap(), b"x");
    }
}
