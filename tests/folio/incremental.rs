//! Incremental builds: after a change to any kind of input, the outputs it
//! shapes are rendered again, the others are reused, and the output folder
//! is byte for byte what a full build makes. Also `--force`, a corrupt
//! cache, outputs edited or deleted by hand, and `--shard`.

use std::collections::BTreeSet;
use std::path::Path;

use crate::support::{copy_project, copy_tree, folio, snapshot, stderr};

const SLUG: &str = "neuroblastoma-research";

/// Builds with `--verbose`; returns the outputs rendered (not reused).
fn build(root: &Path, extra: &[&str]) -> BTreeSet<String> {
    let mut args = vec!["--verbose", "build"];
    args.extend_from_slice(extra);
    let out = folio(root, &args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    stderr(&out)
        .lines()
        .filter_map(|l| l.strip_prefix("rendered output/"))
        .map(str::to_owned)
        .collect()
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

fn pages(locale: &str) -> [String; 2] {
    [
        format!("{locale}/{SLUG}.html"),
        format!("{locale}/{SLUG}.pdf"),
    ]
}

/// The output folder equals a full build of the same inputs.
fn assert_same_as_full_build(root: &Path) {
    let fresh = tempfile::tempdir().unwrap();
    std::fs::copy(root.join("folio.toml"), fresh.path().join("folio.toml")).unwrap();
    copy_tree(&root.join("content"), &fresh.path().join("content"));
    copy_tree(&root.join("locales"), &fresh.path().join("locales"));
    build(fresh.path(), &["--force"]);
    let strip = |v: Vec<(std::path::PathBuf, Vec<u8>)>| -> Vec<(std::path::PathBuf, Vec<u8>)> {
        v.into_iter()
            .filter(|(p, _)| !p.ends_with(folio::cache::CACHE_FILE))
            .collect()
    };
    let a = strip(snapshot(&root.join("output")));
    let b = strip(snapshot(&fresh.path().join("output")));
    let names = |v: &[(std::path::PathBuf, Vec<u8>)]| -> Vec<_> {
        v.iter().map(|(p, _)| p.clone()).collect()
    };
    assert_eq!(names(&a), names(&b));
    for ((p, x), (_, y)) in a.iter().zip(&b) {
        assert!(x == y, "{} differs from a full build", p.display());
    }
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{from:?} not in {}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn each_kind_of_input_rebuilds_what_it_shapes_and_nothing_else() {
    let dir = copy_project();
    let root = dir.path();
    let all = build(root, &[]);
    assert_eq!(all.len(), 12, "{all:?}");
    assert!(
        build(root, &[]).is_empty(),
        "a second build renders nothing"
    );

    // One Spanish message: the Spanish page and PDF only.
    edit(
        &root.join(format!("locales/es/{SLUG}.ftl")),
        "chemotherapy-heading = Quimioterapia",
        "chemotherapy-heading = La quimioterapia",
    );
    assert_eq!(
        build(root, &[]),
        set(&pages("es").each_ref().map(|s| s.as_str()))
    );
    assert_same_as_full_build(root);

    // The Spanish site bundle: again only Spanish.
    edit(
        &root.join("locales/es/site.ftl"),
        "= Idiomas",
        "= Los idiomas",
    );
    assert_eq!(
        build(root, &[]),
        set(&pages("es").each_ref().map(|s| s.as_str()))
    );
    assert_same_as_full_build(root);

    // The outdated record of Korean (nothing was outdated: an old English
    // basis for one message makes it outdated there).
    edit(
        &root.join("locales/ko/basis.toml"),
        "chemotherapy-heading = \"Chemotherapy\"",
        "chemotherapy-heading = \"Chemo\"",
    );
    let r = build(root, &[]);
    assert!(
        r.is_superset(&set(&pages("ko").each_ref().map(|s| s.as_str()))),
        "{r:?}"
    );
    assert!(!r.contains(&format!("es/{SLUG}.pdf")), "{r:?}");
    assert_same_as_full_build(root);

    // An output edited by hand, and one deleted: each is rendered again.
    std::fs::write(root.join(format!("output/vi/{SLUG}.html")), "tampered").unwrap();
    std::fs::remove_file(root.join(format!("output/ar/{SLUG}.pdf"))).unwrap();
    assert_eq!(
        build(root, &[]),
        set(&[&format!("vi/{SLUG}.html"), &format!("ar/{SLUG}.pdf")])
    );
    assert_same_as_full_build(root);

    // The English site bundle, the configuration, the article: everything.
    edit(
        &root.join("locales/en/site.ftl"),
        "toc-heading = On this page",
        "toc-heading = In this article",
    );
    assert_eq!(build(root, &[]).len(), 12);
    assert_same_as_full_build(root);
    edit(
        &root.join("folio.toml"),
        "donate = \"https://donate.cancer.org/\"",
        "donate = \"https://donate.cancer.org/now\"",
    );
    assert_eq!(build(root, &[]).len(), 12);
    let md = root.join(format!("content/{SLUG}.md"));
    edit(&md, "Each year, scientists", "Every year, scientists");
    assert_eq!(folio(root, &["split"]).status.code(), Some(0));
    assert_eq!(build(root, &[]).len(), 12);
    assert_same_as_full_build(root);

    // A corrupt cache and --force: everything, and still the same bytes.
    std::fs::write(
        root.join("output").join(folio::cache::CACHE_FILE),
        "{garbage",
    )
    .unwrap();
    assert_eq!(build(root, &[]).len(), 12);
    assert_eq!(build(root, &["--force"]).len(), 12);
    assert_same_as_full_build(root);
}

#[test]
fn shards_together_make_the_whole_build() {
    let dir = copy_project();
    let root = dir.path();
    // A second article, so that there is something to share out.
    let md = std::fs::read_to_string(root.join(format!("content/{SLUG}.md"))).unwrap();
    std::fs::write(
        root.join("content/second-article.md"),
        md.replace(
            "slug = \"neuroblastoma-research\"",
            "slug = \"second-article\"",
        )
        .replace(
            "title = \"What’s New in Neuroblastoma Research?\"",
            "title = \"A second article\"",
        ),
    )
    .unwrap();
    assert_eq!(folio(root, &["split"]).status.code(), Some(0));
    let part = |shard: &str| {
        let d = tempfile::tempdir().unwrap();
        std::fs::copy(root.join("folio.toml"), d.path().join("folio.toml")).unwrap();
        copy_tree(&root.join("content"), &d.path().join("content"));
        copy_tree(&root.join("locales"), &d.path().join("locales"));
        let rendered = if shard.is_empty() {
            build(d.path(), &[])
        } else {
            build(d.path(), &["--shard", shard])
        };
        (d, rendered)
    };
    let (a, ra) = part("1/2");
    let (b, rb) = part("2/2");
    let (c, rc) = part("");
    assert!(ra.is_disjoint(&rb));
    assert_eq!(ra.union(&rb).cloned().collect::<BTreeSet<_>>(), rc);
    assert!(ra.iter().all(|p| p.contains(SLUG)), "{ra:?}");
    assert!(rb.iter().all(|p| p.contains("second-article")), "{rb:?}");
    // Every file of the whole build comes from exactly one shard, byte for byte.
    let strip = |d: &Path| -> Vec<(std::path::PathBuf, Vec<u8>)> {
        snapshot(&d.join("output"))
            .into_iter()
            .filter(|(p, _)| !p.ends_with(folio::cache::CACHE_FILE))
            .collect()
    };
    let (sa, sb, sc) = (strip(a.path()), strip(b.path()), strip(c.path()));
    for (p, bytes) in &sc {
        let from: Vec<_> = sa.iter().chain(&sb).filter(|(q, _)| q == p).collect();
        assert_eq!(
            from.len(),
            1,
            "{} comes from {} shards",
            p.display(),
            from.len()
        );
        assert!(&from[0].1 == bytes, "{} differs", p.display());
    }
    let bad = folio(root, &["build", "--shard", "3/2"]);
    assert_eq!(bad.status.code(), Some(2));
}
