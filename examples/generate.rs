//! A deterministic generator of synthetic folio projects for benchmarks:
//! `cargo run --release --example generate -- ARTICLES LOCALES DIR`
//! (LOCALES: 6 or 12). Nothing it writes is committed.
//!
//! Articles are cut from the bundled one: its opening (helpline, intro),
//! a varying run of its sections, then its closing (team, references, date),
//! so sizes and block mixes are realistic. Translations are the bundled
//! ones, found by English text; six more locales for `12` reuse them in
//! other scripts (Latin from Spanish, Cyrillic transliterated from Spanish,
//! Persian from Arabic). Each locale leaves out a share of messages
//! (partial) and records an older English for a few (outdated). The same
//! arguments always give the same bytes.

#![allow(
    clippy::print_stdout,
    clippy::print_stderr,
    clippy::unwrap_used,
    clippy::expect_used
)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const BUNDLED: &str = env!("CARGO_MANIFEST_DIR");
const SLUG: &str = "neuroblastoma-research";

/// (tag, source of its text, transform, share of messages left out in %).
const LOCALES: [(&str, &str, Transform, u64); 12] = [
    ("en", "en", Transform::None, 0),
    ("es", "es", Transform::None, 0),
    ("zh-CN", "zh-CN", Transform::None, 12),
    ("vi", "vi", Transform::None, 8),
    ("ko", "ko", Transform::None, 6),
    ("ar", "ar", Transform::None, 10),
    ("fr", "es", Transform::None, 15),
    ("de", "es", Transform::None, 20),
    ("pt-BR", "es", Transform::None, 25),
    ("pl", "es", Transform::None, 30),
    ("ru", "es", Transform::Cyrillic, 20),
    ("fa", "ar", Transform::None, 35),
];

#[derive(Debug, Clone, Copy)]
enum Transform {
    None,
    Cyrillic,
}

/// A small deterministic hash (FNV-1a) for choices.
fn h(parts: &[&str]) -> u64 {
    let mut x: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for b in p.bytes().chain([0xff]) {
            x ^= u64::from(b);
            x = x.wrapping_mul(0x100_0000_01b3);
        }
    }
    x
}

/// Latin letters to Cyrillic, outside placeables and markup.
fn cyrillic(s: &str) -> String {
    let map = |c: char| -> char {
        let lower = "abcdefghijklmnopqrstuvwxyz";
        let cyr = "абкдефгхийклмнопкрстувшксз";
        match lower.find(c.to_ascii_lowercase()) {
            Some(i) if c.is_ascii_alphabetic() => {
                let d = cyr.chars().nth(i).unwrap_or(c);
                if c.is_ascii_uppercase() {
                    d.to_uppercase().next().unwrap_or(d)
                } else {
                    d
                }
            }
            _ => c,
        }
    };
    let mut out = String::new();
    let mut depth = (0, 0);
    for c in s.chars() {
        match c {
            '{' => depth.0 += 1,
            '}' => depth.0 -= 1,
            '<' => depth.1 += 1,
            '>' => depth.1 -= 1,
            _ => {}
        }
        out.push(if depth == (0, 0) { map(c) } else { c });
    }
    out
}

fn apply(t: Transform, s: &str) -> String {
    match t {
        Transform::None => s.to_owned(),
        Transform::Cyrillic => cyrillic(s),
    }
}

/// `id = value` pairs of a bundled catalog.
fn messages(path: &Path) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let c = folio::catalog::parse_catalog(path, &text);
    folio::split::previous_messages(&c)
}

/// Writes `site.ftl` of a synthetic locale: the source's file, values transformed.
fn site_ftl(source: &str, t: Transform) -> String {
    let text = std::fs::read_to_string(format!("{BUNDLED}/locales/{source}/site.ftl")).unwrap();
    text.lines()
        .map(|l| match l.split_once(" = ") {
            Some((id, v)) if !l.starts_with('#') && !l.starts_with(' ') => {
                format!("{id} = {}", apply(t, v))
            }
            _ => l.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [n, m, dir] = args.as_slice() else {
        eprintln!("usage: generate ARTICLES LOCALES(6|12) DIR");
        std::process::exit(2);
    };
    let n: usize = n.parse().expect("ARTICLES");
    let m: usize = m.parse().expect("LOCALES");
    let dir = PathBuf::from(dir);
    let locales = &LOCALES[..m.min(12)];
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("content")).unwrap();

    // The bundled article cut into opening, sections and closing.
    let md = std::fs::read_to_string(format!("{BUNDLED}/content/{SLUG}.md")).unwrap();
    let (_, body) = md
        .split_once("+++\n")
        .unwrap()
        .1
        .split_once("+++\n")
        .unwrap();
    let first = body.find("\n## ").unwrap();
    let closing_at = body.find("<!-- site: team -->").unwrap();
    let opening = &body[..first];
    let closing = &body[closing_at..];
    let sections: Vec<&str> = body[first..closing_at]
        .split("\n## ")
        .filter(|s| !s.trim().is_empty())
        .collect();
    for i in 0..n {
        let slug = format!("article-{i:04}");
        let count = 1 + (h(&[&slug, "count"]) as usize % sections.len());
        let start = h(&[&slug, "start"]) as usize % sections.len();
        let mut text = format!(
            "+++\ntitle = \"What’s New in Neuroblastoma Research?\"\nslug = \"{slug}\"\nrevised = 2023-{:02}-{:02}\nsummary = \"Important research into neuroblastoma is being done right now in many university hospitals, medical centers, and other research institutions around the world.\"\n+++\n{opening}",
            1 + i % 12,
            1 + i % 28
        );
        for k in 0..count {
            text.push_str("\n## ");
            text.push_str(sections[(start + k) % sections.len()].trim_end());
            text.push('\n');
        }
        text.push('\n');
        text.push_str(closing);
        std::fs::write(dir.join(format!("content/{slug}.md")), text).unwrap();
    }
    let tags: Vec<String> = locales.iter().map(|l| format!("\"{}\"", l.0)).collect();
    let config = std::fs::read_to_string(format!("{BUNDLED}/folio.toml")).unwrap();
    let links = config.split_once("[site.links]").unwrap().1;
    std::fs::write(
        dir.join("folio.toml"),
        format!(
            "locales = [{}]\n\n[check]\nidentical-allow = [\"reference-*\", \"pdf-size\"]\n\n[site.links]{links}",
            tags.join(", ")
        ),
    )
    .unwrap();
    std::fs::create_dir_all(dir.join("locales/en")).unwrap();
    std::fs::copy(
        format!("{BUNDLED}/locales/en/site.ftl"),
        dir.join("locales/en/site.ftl"),
    )
    .unwrap();

    // English catalogs, exactly as `folio split` writes them.
    let project = folio::config::Project::load(&dir).expect("generated folio.toml");
    let sources = folio::pipeline::load_sources(&project).expect("sources");
    folio::pipeline::write_english(&project, &sources).expect("split");

    // Translations by English text.
    let en = messages(Path::new(&format!("{BUNDLED}/locales/en/{SLUG}.ftl")));
    for (tag, source, transform, drop) in locales.iter().skip(1) {
        let own: BTreeMap<String, String> =
            messages(Path::new(&format!("{BUNDLED}/locales/{source}/{SLUG}.ftl")))
                .into_iter()
                .collect();
        let by_english: BTreeMap<&str, &String> = en
            .iter()
            .filter_map(|(id, v)| own.get(id).map(|t| (v.as_str(), t)))
            .collect();
        let ldir = dir.join("locales").join(tag);
        std::fs::create_dir_all(&ldir).unwrap();
        std::fs::write(ldir.join("site.ftl"), site_ftl(source, *transform)).unwrap();
        let mut basis = String::from("# Written by the benchmark generator.\n");
        let site_basis = std::fs::read_to_string(format!("{BUNDLED}/locales/{source}/basis.toml"))
            .unwrap_or_default();
        if let Some((_, rest)) = site_basis.split_once("[\"site.ftl\"]") {
            basis.push_str("\n[\"site.ftl\"]");
            basis.push_str(rest.split("\n[").next().unwrap_or(""));
            basis.push('\n');
        }
        for (article, english) in sources.articles.iter().zip(&sources.english) {
            let mut ftl = String::new();
            let file = format!("{}.ftl", article.slug);
            basis.push_str(&format!("\n[\"{file}\"]\n"));
            for (id, value) in folio::split::previous_messages(english) {
                let Some(t) = by_english.get(value.as_str()) else {
                    continue;
                };
                if h(&[tag, &article.slug, &id]) % 100 < *drop {
                    continue;
                }
                ftl.push_str(&format!(
                    "{id} = {}\n",
                    apply(*transform, t).replace('\n', "\n    ")
                ));
                let recorded = if h(&[tag, &article.slug, &id, "old"]) % 100 < 4 {
                    format!("{value} (earlier wording)")
                } else {
                    value.clone()
                };
                basis.push_str(&format!("{id} = {}\n", toml::Value::String(recorded)));
            }
            std::fs::write(ldir.join(&file), ftl).unwrap();
        }
        std::fs::write(ldir.join("basis.toml"), basis).unwrap();
    }
    println!(
        "generated {n} article(s) × {} locale(s) in {}",
        locales.len(),
        dir.display()
    );
}
