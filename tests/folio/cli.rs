//! The `folio` binary on copies of the bundled project: exit codes, what is
//! written, and that bad input in one place loses nothing elsewhere.

use crate::support::{copy_project, folio, snapshot, stderr, stdout};

#[test]
fn split_check_passes_then_fails_on_a_content_change() {
    let dir = copy_project();
    let root = dir.path();
    let ok = folio(root, &["split", "--check"]);
    assert_eq!(ok.status.code(), Some(0), "{}", stderr(&ok));

    let md = root.join("content/neuroblastoma-research.md");
    let text = std::fs::read_to_string(&md).unwrap();
    let edited = text.replace(
        "The search continues for the best",
        "The search goes on for the best",
    );
    std::fs::write(
        &md,
        edited.replace("## Treatment\n", "## Treatment\n\nA brand new paragraph.\n"),
    )
    .unwrap();
    let before = std::fs::read(root.join("locales/en/neuroblastoma-research.ftl")).unwrap();
    let stale = folio(root, &["split", "--check"]);
    assert_eq!(stale.status.code(), Some(1));
    let out = stdout(&stale);
    assert!(
        out.contains("locales/en/neuroblastoma-research.ftl is out of date"),
        "{out}"
    );
    assert!(
        out.contains("changed: chemotherapy-search-continues-best"),
        "{out}"
    );
    assert!(
        out.contains("added: treatment-brand-new-paragraph"),
        "{out}"
    );
    assert_eq!(
        std::fs::read(root.join("locales/en/neuroblastoma-research.ftl")).unwrap(),
        before,
        "--check wrote"
    );

    let split = folio(root, &["split"]);
    assert_eq!(split.status.code(), Some(0));
    assert!(stdout(&split).contains("wrote locales/en/neuroblastoma-research.ftl"));
    let again = folio(root, &["split"]);
    assert!(
        stdout(&again).contains("nothing to do"),
        "split is not idempotent"
    );
    assert_eq!(folio(root, &["split", "--check"]).status.code(), Some(0));
}

#[test]
fn build_writes_a_page_per_locale() {
    let dir = copy_project();
    let root = dir.path();
    let out = folio(root, &["build"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    for (locale, dir_attr) in [
        ("en", "ltr"),
        ("es", "ltr"),
        ("zh-CN", "ltr"),
        ("vi", "ltr"),
        ("ko", "ltr"),
        ("ar", "rtl"),
    ] {
        let html = std::fs::read_to_string(
            root.join(format!("output/{locale}/neuroblastoma-research.html")),
        )
        .unwrap();
        assert!(
            html.contains(&format!("<html lang=\"{locale}\" dir=\"{dir_attr}\">")),
            "{locale}"
        );
        assert!(
            html.contains("href=\"tel:+18002272345\""),
            "{locale}: helpline link"
        );
    }
    let es = std::fs::read_to_string(root.join("output/es/neuroblastoma-research.html")).unwrap();
    assert!(es.contains("19 de diciembre de 2023"));
    assert!(!es.contains("class=\"fallback\""), "Spanish is complete");
    let ar = std::fs::read_to_string(root.join("output/ar/neuroblastoma-research.html")).unwrap();
    assert!(
        ar.contains("lang=\"en\" dir=\"ltr\" class=\"fallback\""),
        "Arabic fallback is marked"
    );
    // A second build gives identical bytes.
    let first = snapshot(&root.join("output"));
    assert_eq!(folio(root, &["build"]).status.code(), Some(0));
    assert_eq!(first, snapshot(&root.join("output")));
}

#[test]
fn broken_english_stops_the_build_and_keeps_old_outputs() {
    let dir = copy_project();
    let root = dir.path();
    assert_eq!(folio(root, &["build"]).status.code(), Some(0));
    let before = snapshot(&root.join("output"));
    std::fs::write(
        root.join("content/neuroblastoma-research.md"),
        "+++\ntitle = 3\n+++\n",
    )
    .unwrap();
    let out = folio(root, &["build"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("error[front-matter]")
            && err.contains("content/neuroblastoma-research.md:2:9"),
        "{err}"
    );
    assert_eq!(before, snapshot(&root.join("output")));
}

#[test]
fn broken_translation_falls_back_and_leaves_other_locales_alone() {
    // A broken message must cost exactly what a missing one costs: every
    // page, of every locale, is byte for byte the page built without it.
    let dir = copy_project();
    let root = dir.path();
    let es = root.join("locales/es/neuroblastoma-research.ftl");
    let text = std::fs::read_to_string(&es).unwrap();
    let line = text
        .lines()
        .find(|l| l.starts_with("retinoids-heading = "))
        .unwrap()
        .to_owned();
    std::fs::write(&es, text.replace(&format!("{line}\n"), "")).unwrap();
    assert_eq!(folio(root, &["build"]).status.code(), Some(0));
    let without = snapshot(&root.join("output"));

    let broken = text.replacen("\nretinoids-heading = ", "\nretinoids-heading = { ", 1);
    assert_ne!(broken, text);
    std::fs::write(&es, format!("\u{feff}{broken}\u{0}")).unwrap();
    let out = folio(root, &["build"]);
    // The NUL is a line of junk of its own: an error of the file, not of
    // the message above it, which is still shown.
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!stderr(&out).contains("in `reference-"), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("error[syntax-error]")
            && err.contains("locales/es/neuroblastoma-research.ftl:"),
        "{err}"
    );
    let broken_build = snapshot(&root.join("output"));
    assert_eq!(without.len(), broken_build.len());
    for ((path, a), (path2, b)) in without.iter().zip(&broken_build) {
        assert_eq!(path, path2);
        assert!(
            a == b,
            "{} differs between a missing and a broken message",
            path.display()
        );
    }
    let page = std::fs::read_to_string(root.join("output/es/neuroblastoma-research.html")).unwrap();
    assert!(
        page.contains("<h3 id=\"retinoids-heading\" lang=\"en\" class=\"fallback\""),
        "fallback marked"
    );
    assert!(
        page.contains("Los retinoides"),
        "the good messages still render"
    );
}

#[test]
fn bad_config_is_exit_2_with_the_file_named() {
    let dir = copy_project();
    std::fs::write(
        dir.path().join("folio.toml"),
        "locales = [\"en\", \"../etc\"]\n",
    )
    .unwrap();
    let out = folio(dir.path(), &["build"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("folio.toml"), "{}", stderr(&out));
    let usage = folio(dir.path(), &["frobnicate"]);
    assert_eq!(usage.status.code(), Some(2));
}

#[test]
fn status_shows_the_same_figures_as_check() {
    let out = folio(&crate::support::repo(), &["status", "--by-article"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.lines().next().unwrap().starts_with("locale"), "{text}");
    let zh = text
        .lines()
        .find(|l| l.starts_with("zh-CN neuroblastoma-research"))
        .unwrap();
    let check = folio(
        &crate::support::repo(),
        &["check", "zh-CN", "--format", "json"],
    );
    let json: serde_json::Value = serde_json::from_slice(&check.stdout).unwrap();
    let missing = json["summary"]["zh-CN"]["missing"].as_u64().unwrap();
    assert!(
        zh.split_whitespace().any(|c| c == missing.to_string()),
        "{zh} vs {missing}"
    );
}

#[test]
fn new_locale_scaffolds_guidance_and_registers_it() {
    let dir = copy_project();
    let root = dir.path();
    let out = folio(root, &["new-locale", "pt-br"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let guide = std::fs::read_to_string(root.join("locales/pt-BR/site.ftl")).unwrap();
    assert!(
        guide.contains("# helpline-doctor = For medical questions"),
        "{guide}"
    );
    let config = std::fs::read_to_string(root.join("folio.toml")).unwrap();
    assert!(
        config.contains("\"pt-BR\"]")
            && config.contains("[locale.pt-BR]\nstatus = \"in-progress\""),
        "{config}"
    );
    assert!(
        config.contains("# `required` locales must be complete"),
        "comments kept"
    );
    // Nothing counts as translated yet; the locale is reported, never failing; pages fall back.
    let check = folio(root, &["check", "pt-BR", "--format", "json"]);
    assert_eq!(check.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&check.stdout).unwrap();
    assert_eq!(json["summary"]["pt-BR"]["translated"], 0);
    assert_eq!(folio(root, &["build"]).status.code(), Some(0));
    assert!(
        root.join("output/pt-BR/neuroblastoma-research.html")
            .is_file()
    );
    // Refused: existing (by case), invalid, pseudo.
    for bad in ["PT-br", "../x", "en-XA"] {
        assert_eq!(
            folio(root, &["new-locale", bad]).status.code(),
            Some(2),
            "{bad}"
        );
    }
}

#[test]
fn completions_quiet_and_colour() {
    let dir = copy_project();
    let root = dir.path();
    let bash = folio(root, &["completions", "bash"]);
    assert_eq!(bash.status.code(), Some(0));
    assert!(stdout(&bash).contains("new-locale") && stdout(&bash).contains("mark-current"));
    let quiet = folio(root, &["--quiet", "build"]);
    assert_eq!(quiet.status.code(), Some(0));
    assert_eq!(stdout(&quiet), "");
    std::fs::write(root.join("locales/es/site.ftl"), "bad {\n").unwrap();
    let always = folio(root, &["--color", "always", "build"]);
    assert!(
        stderr(&always).contains("\u{1b}[1;31merror\u{1b}[0m[syntax-error]"),
        "{}",
        stderr(&always)
    );
    let never = folio(root, &["build"]);
    assert!(!stderr(&never).contains('\u{1b}'));
}
