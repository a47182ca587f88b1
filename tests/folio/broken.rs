//! Broken translations never reach readers: a message with an error-level
//! finding is withheld (the English is shown, marked, and the build says
//! so), flagged invisible characters are removed, unknown functions and
//! messages that format past 64 KiB are errors in `check` and fall back in
//! `build`, and a translation path that is not a readable file is the same
//! finding with the same non-zero exit in `check`, `status` and `build`.

use std::path::Path;
use std::process::Command;

use crate::support::{copy_project, folio, stderr, stdout};

fn edit(root: &Path, rel: &str, f: impl FnOnce(String) -> String) {
    let p = root.join(rel);
    let text = std::fs::read_to_string(&p).unwrap();
    std::fs::write(&p, f(text)).unwrap();
}

fn replace_line(text: &str, id: &str, line: &str) -> String {
    text.lines()
        .map(|l| {
            if l.starts_with(&format!("{id} = ")) {
                line.to_owned()
            } else {
                l.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

fn page(root: &Path, locale: &str) -> String {
    std::fs::read_to_string(root.join(format!("output/{locale}/neuroblastoma-research.html")))
        .unwrap()
}

#[test]
fn error_level_translations_are_never_shown() {
    let dir = copy_project();
    let root = dir.path();
    let es = "locales/es/neuroblastoma-research.ftl";
    edit(root, es, |t| {
        let t = t.replace(
            "title = ¿Qué avances hay en la investigación sobre el neuroblastoma?",
            "title = ¿Qué avances hay en la investigación sobre el neuroblastoma? <img src=x onerror=alert(1)>",
        );
        t.replace(
            "intro-important-research-neuroblastoma = En este momento",
            "intro-important-research-neuroblastoma = { FOO(1) } En este momento",
        )
    });
    // A warning-level character finding: shown, but the characters are not.
    edit(root, "locales/zh-CN/site.ftl", |t| {
        t.replace(
            "languages-label = 语言",
            "languages-label = 语\u{E0041}\u{200B}言",
        )
    });

    let check = folio(root, &["check", "es", "zh-CN"]);
    let out = stderr(&check) + &stdout(&check);
    assert_eq!(check.status.code(), Some(1), "{out}");
    assert!(out.contains("error[unsafe-markup]"), "{out}");
    assert!(out.contains("error[unknown-function]"), "{out}");
    assert!(
        out.contains("`FOO()` is not a function folio knows"),
        "{out}"
    );
    assert!(out.contains("DATETIME() and NUMBER()"), "{out}");
    assert!(out.contains("invisible-character"), "{out}");

    let build = folio(root, &["build"]);
    let err = stderr(&build);
    assert_eq!(
        build.status.code(),
        Some(1),
        "a required locale has errors: {err}"
    );
    assert!(
        err.contains("error[unsafe-markup]") && err.contains("`title` is not shown in es"),
        "{err}"
    );
    assert!(err.contains("error[unknown-function]"), "{err}");
    assert!(
        stdout(&build).contains("built es (")
            && stdout(&build).contains("2 translation(s) with errors not shown"),
        "{}",
        stdout(&build)
    );
    let html = page(root, "es");
    assert!(
        !html.contains("onerror") && !html.contains("&lt;img"),
        "the broken title is not shown"
    );
    assert!(
        html.contains("<h1 lang=\"en\" class=\"fallback\"") || html.contains("lang=\"en\" class=\"fallback\" data-note=\"Aún sin traducir\">What’s New in Neuroblastoma Research?"),
        "the English title, marked: {}",
        &html[html.find("<h1").unwrap()..][..300]
    );
    assert!(
        !html.contains("FOO")
            && html.contains("Important research into neuroblastoma is being done right now"),
        "English intro"
    );
    let zh =
        std::fs::read_to_string(root.join("output/zh-CN/neuroblastoma-research.html")).unwrap();
    assert!(zh.contains("语言") && !zh.contains('\u{E0041}') && !zh.contains('\u{200B}'));
    // The PDF shows the same English and none of the markup.
    let pdf = crate::pdf::lines(&crate::pdf::load(root, "es")).join("\n");
    assert!(!pdf.contains("onerror") && !pdf.contains("FOO"), "{pdf}");
    assert!(pdf.contains("Neuroblastoma Research"), "{pdf}");
    let zh_pdf = crate::pdf::lines(&crate::pdf::load(root, "zh-CN")).join("\n");
    assert!(!zh_pdf.contains('\u{E0041}') && !zh_pdf.contains('\u{200B}'));
}

#[test]
fn oversized_messages_are_errors_and_fall_back() {
    let dir = copy_project();
    let root = dir.path();
    let es = "locales/es/neuroblastoma-research.ftl";
    // A 212 KB literal, and a message that places a 500 KB one 99 times.
    let big = "x".repeat(500_000);
    edit(root, es, |t| {
        let t = replace_line(&t, "summary", &format!("summary = {big}"));
        replace_line(
            &t,
            "intro-important-research-neuroblastoma",
            &format!(
                "intro-important-research-neuroblastoma = {}",
                "{ summary }".repeat(99)
            ),
        )
    });
    edit(root, "locales/es/site.ftl", |t| {
        replace_line(
            &t,
            "languages-label",
            &format!("languages-label = {}", "y".repeat(212_000)),
        )
    });
    let check = folio(root, &["check", "es", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&check.stdout).unwrap();
    let too_long: Vec<(String, u64)> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "message-too-long")
        .map(|f| {
            (
                f["id"].as_str().unwrap().to_owned(),
                f["line"].as_u64().unwrap(),
            )
        })
        .collect();
    let line_of = |rel: &str, id: &str| {
        std::fs::read_to_string(root.join(rel))
            .unwrap()
            .lines()
            .position(|l| l.starts_with(&format!("{id} = ")))
            .unwrap() as u64
            + 1
    };
    for (file, id) in [
        (es, "summary"),
        (es, "intro-important-research-neuroblastoma"),
        ("locales/es/site.ftl", "languages-label"),
    ] {
        assert!(
            too_long.contains(&(id.to_owned(), line_of(file, id))),
            "{id}: {too_long:?}"
        );
    }
    assert_eq!(check.status.code(), Some(1));
    let build = folio(root, &["build", "--no-pdf"]);
    assert_eq!(build.status.code(), Some(1), "{}", stderr(&build));
    let html = page(root, "es");
    assert!(!html.contains("xxxxxxxxxx") && !html.contains("yyyyyyyyyy"));
    assert!(html.len() < 200_000, "{} bytes", html.len());
}

/// Each way a translation path can fail to be a file: the same finding
/// (`not-a-file`, with the path and the reason, never "missing") and the
/// same exit code 1 in `check`, `status` and `build`, for an in-progress
/// locale too; the other locales still build.
#[test]
fn unreadable_translation_files_fail_every_command_alike() {
    type Make = fn(&Path, &Path);
    let kinds: [(&str, Make, &str); 4] = [
        (
            "directory",
            |p, _| std::fs::create_dir(p).unwrap(),
            "is a directory",
        ),
        (
            "dangling link",
            |p, d| std::os::unix::fs::symlink(d.join("nowhere.ftl"), p).unwrap(),
            "is a dangling symbolic link",
        ),
        (
            "valid link",
            |p, d| {
                std::fs::write(d.join("real.ftl"), "languages-label = X\n").unwrap();
                std::os::unix::fs::symlink(d.join("real.ftl"), p).unwrap()
            },
            "is a symbolic link (to",
        ),
        (
            "fifo",
            |p, _| assert!(Command::new("mkfifo").arg(p).status().unwrap().success()),
            "is a named pipe (FIFO)",
        ),
    ];
    for (kind, make, reason) in kinds {
        let dir = copy_project();
        let root = dir.path();
        let site = root.join("locales/zh-CN/site.ftl");
        std::fs::remove_file(&site).unwrap();
        make(&site, root);
        for args in [
            &["check"][..],
            &["check", "--format", "json"],
            &["status"],
            &["build", "--no-pdf"],
        ] {
            let out = folio(root, args);
            let all = stdout(&out) + &stderr(&out);
            assert_eq!(out.status.code(), Some(1), "{kind}, {args:?}: {all}");
            assert!(
                all.contains("not-a-file")
                    && all.contains("locales/zh-CN/site.ftl")
                    && all.contains(reason),
                "{kind}, {args:?}: {all}"
            );
            assert!(
                !all.contains("missing-file") && !all.contains("is missing:"),
                "{kind}, {args:?}: {all}"
            );
        }
        assert!(
            root.join("output/es/neuroblastoma-research.html").is_file(),
            "{kind}"
        );
        assert!(
            root.join("output/zh-CN/neuroblastoma-research.html")
                .is_file(),
            "{kind}"
        );
    }
}

/// Issue 19, item 6: a formatting problem of a site message (here a
/// reference to an attribute that does not exist, which `folio check` only
/// warns about) points at the message in the locale's `site.ftl`, not at
/// line 1 of the article's translation.
#[test]
fn format_errors_point_at_the_message_in_its_own_file() {
    let dir = copy_project();
    let root = dir.path();
    let site = "locales/es/site.ftl";
    edit(root, site, |t| {
        t.replace(
            "languages-label = Idiomas",
            "languages-label = Idiomas { skip-to-content.nope }",
        )
    });
    let line = std::fs::read_to_string(root.join(site))
        .unwrap()
        .lines()
        .position(|l| l.starts_with("languages-label ="))
        .unwrap()
        + 1;
    let build = folio(root, &["build"]);
    let err = stderr(&build);
    let block = err
        .split("\n\n")
        .find(|b| b.contains("[format-error]") && b.contains("languages-label"))
        .unwrap_or_else(|| panic!("no format error for languages-label: {err}"));
    let at = format!("--> {site}:{line}:1");
    assert!(block.lines().any(|l| l.trim() == at), "{block}");
    assert!(!err.contains("neuroblastoma-research.ftl:1:1"), "{err}");
}
