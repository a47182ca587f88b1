//! Hostile or broken input: arbitrary bytes never make `check` or `build`
//! panic and every finding points inside its file; builds are identical
//! whatever the thread count, time zone or language of the machine; a
//! killed build leaves no partial file; links and pipes among the inputs
//! are refused without blocking; nothing is written through a link.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use proptest::prelude::*;

use crate::support::{copy_project, folio, snapshot, stderr};

fn ftl_bytes() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        Just(b"a = b\n".to_vec()),
        Just(b"-t = { $x ->\n  [one] x\n *[other] y\n}\n".to_vec()),
        Just(b"{".repeat(200)),
        Just(b"\r".to_vec()),
        Just(b"\xef\xbb\xbf".to_vec()),
        Just(b"\xff\xfe".to_vec()),
        Just(b"\0".to_vec()),
        Just("\u{202E}".as_bytes().to_vec()),
        Just(b"m = { NUMBER(1, minimumFractionDigits: 999999999) }\n".to_vec()),
        Just(b"c = { c }\n".to_vec()),
        Just(
            b"helpline-call = <a data-l10n-name=\"helpline-phone\" href=\"javascript:x\">x</a>\n"
                .to_vec()
        ),
        prop::collection::vec(any::<u8>(), 0..40),
    ];
    prop::collection::vec(piece, 0..12).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic_and_findings_point_inside(bytes in ftl_bytes()) {
        let dir = copy_project();
        let root = dir.path();
        std::fs::write(root.join("locales/es/site.ftl"), &bytes).unwrap();
        let check = folio(root, &["check", "es", "--format", "json"]);
        prop_assert!(matches!(check.status.code(), Some(0 | 1)), "check: {:?} {}", check.status, stderr(&check));
        let json: serde_json::Value = serde_json::from_slice(&check.stdout).unwrap();
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let lines: Vec<&str> = text.split('\n').collect();
        for f in json["findings"].as_array().unwrap() {
            if f["file"] != "locales/es/site.ftl" {
                continue;
            }
            let (line, col) = (f["line"].as_u64().unwrap() as usize, f["column"].as_u64().unwrap() as usize);
            prop_assert!(line >= 1 && line <= lines.len().max(1) + text.matches('\r').count(), "line {line} of {}", lines.len());
            prop_assert!(col >= 1, "column {col}");
        }
        // Exit 1 when a required locale's message was withheld for an error.
        let build = folio(root, &["build"]);
        prop_assert!(matches!(build.status.code(), Some(0 | 1)), "build: {}", stderr(&build));
        prop_assert!(!stderr(&build).contains("panicked"));
    }
}

#[test]
fn builds_are_identical_across_threads_time_zones_and_languages() {
    let dir = copy_project();
    let root = dir.path();
    let run = |envs: &[(&str, &str)]| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_folio"));
        c.arg("--root").arg(root).arg("build");
        for (k, v) in envs {
            c.env(k, v);
        }
        let out = c.output().unwrap();
        assert_eq!(out.status.code(), Some(0));
        let snap = snapshot(&root.join("output"));
        std::fs::remove_dir_all(root.join("output")).unwrap();
        snap
    };
    let a = run(&[("RAYON_NUM_THREADS", "1"), ("TZ", "UTC"), ("LANG", "C")]);
    let b = run(&[
        ("RAYON_NUM_THREADS", "2"),
        ("TZ", "Asia/Tokyo"),
        ("LANG", "ar_EG.UTF-8"),
    ]);
    let c = run(&[("TZ", "America/Los_Angeles"), ("LC_ALL", "es_ES.UTF-8")]);
    assert_eq!(a, b);
    assert_eq!(a, c);
}

#[test]
fn a_killed_build_leaves_no_partial_file() {
    let dir = copy_project();
    let root = dir.path();
    assert_eq!(folio(root, &["build"]).status.code(), Some(0));
    let complete = |p: &Path| {
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with('.') {
            return true; // a temporary file, never a published one
        }
        let bytes = std::fs::read(p).unwrap();
        if name.ends_with(".html") {
            bytes.ends_with(b"</html>\n")
        } else if name.ends_with(".pdf") {
            bytes.starts_with(b"%PDF-") && bytes.trim_ascii_end().ends_with(b"%%EOF")
        } else {
            !bytes.is_empty()
        }
    };
    // Change a message so the next builds rewrite files, then kill builds at growing delays.
    let es = root.join("locales/es/site.ftl");
    for (i, delay_ms) in [0u64, 5, 20, 80, 300, 700, 1500].iter().enumerate() {
        let text = std::fs::read_to_string(&es).unwrap();
        std::fs::write(&es, text.replace("Idiomas", &format!("Idiomas{i}"))).unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_folio"))
            .arg("--root")
            .arg(root)
            .arg("build")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(*delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        for (path, _) in snapshot(&root.join("output")) {
            let full = root.join("output").join(&path);
            assert!(
                complete(&full),
                "{} is partial after a kill at {delay_ms} ms",
                path.display()
            );
        }
    }
    // The next build cleans up any temporary file or staging folder a kill
    // left behind.
    assert_eq!(folio(root, &["build"]).status.code(), Some(0));
    let leftovers: Vec<_> = std::fs::read_dir(root.join("output"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".folio-staging"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    for (path, _) in snapshot(&root.join("output")) {
        assert!(
            !path
                .file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with(".o")
                || path.ends_with("README.md"),
            "{}",
            path.display()
        );
        assert!(
            !path.to_string_lossy().contains(".tmp"),
            "stale temporary {}",
            path.display()
        );
    }
}

#[cfg(unix)]
#[test]
fn links_and_pipes_are_refused_without_blocking() {
    let dir = copy_project();
    let root = dir.path();
    // A FIFO among the articles: reading it would block forever.
    assert!(
        Command::new("mkfifo")
            .arg(root.join("content/pipe.md"))
            .status()
            .unwrap()
            .success()
    );
    let out = folio(root, &["build"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("error[not-a-file]") && stderr(&out).contains("content/pipe.md"),
        "{}",
        stderr(&out)
    );
    std::fs::remove_file(root.join("content/pipe.md")).unwrap();

    // A translation that is a link to a file outside the project is not read.
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.ftl"), "title = SECRET\n").unwrap();
    std::fs::remove_file(root.join("locales/es/neuroblastoma-research.ftl")).unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("secret.ftl"),
        root.join("locales/es/neuroblastoma-research.ftl"),
    )
    .unwrap();
    let out = folio(root, &["build"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "other locales still build; the unreadable file fails the run"
    );
    assert!(
        stderr(&out).contains("error[not-a-file]")
            && stderr(&out).contains("locales/es/neuroblastoma-research.ftl"),
        "{}",
        stderr(&out)
    );
    let es = std::fs::read_to_string(root.join("output/es/neuroblastoma-research.html")).unwrap();
    assert!(
        !es.contains("SECRET") && es.contains("class=\"fallback\""),
        "not read; English shown instead"
    );

    // An output folder that is a link: nothing is written through it.
    let dir = copy_project();
    let root = dir.path();
    let target = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(root.join("output")).unwrap();
    std::os::unix::fs::symlink(target.path(), root.join("output/es")).unwrap();
    let out = folio(root, &["build"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("symbolic link"), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_dir(target.path()).unwrap().count(),
        0,
        "wrote through the link"
    );
}

#[test]
fn a_closed_stdout_ends_quietly() {
    let dir = copy_project();
    let mut child = Command::new(env!("CARGO_BIN_EXE_folio"))
        .arg("--root")
        .arg(dir.path())
        .args(["check", "--format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("panicked"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(matches!(out.status.code(), Some(0 | 1)));
}

/// 20,000 nested calls in one Spanish message: every command reports
/// `nesting-too-deep` at the message's file:line:col instead of overflowing
/// the stack, and the other locales (and the other Spanish messages) build.
#[test]
fn deeply_nested_calls_are_reported_not_a_crash() {
    let dir = copy_project();
    let root = dir.path();
    let site = root.join("locales/es/site.ftl");
    let mut text = std::fs::read_to_string(&site).unwrap();
    let line = text.lines().count() + 1;
    text.push_str(&format!(
        "deep-calls = {{ {}1{} }}\n",
        "NUMBER(".repeat(20_000),
        ")".repeat(20_000)
    ));
    std::fs::write(&site, text).unwrap();
    for format in ["human", "github", "json"] {
        let out = folio(root, &["check", "es", "--format", format]);
        let all = format!("{}{}", crate::support::stdout(&out), stderr(&out));
        assert!(!all.contains("overflow"), "{format}: {all}");
        assert!(matches!(out.status.code(), Some(0 | 1)), "{format}: {all}");
        assert!(all.contains("nesting-too-deep"), "{format}: {all}");
        assert!(
            all.contains(&format!("site.ftl:{line}:"))
                || all.contains(&format!("\"line\": {line}"))
                || all.contains(&format!("line={line}")),
            "{format}: {all}"
        );
    }
    let out = folio(root, &["build", "--no-pdf"]);
    assert!(!stderr(&out).contains("overflow"), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("nesting-too-deep"),
        "{}",
        stderr(&out)
    );
    for locale in ["es", "zh-CN", "ar"] {
        assert!(
            root.join(format!("output/{locale}/neuroblastoma-research.html"))
                .is_file()
        );
    }
}
