//! PDF speed and size per locale, warm (fonts parsed once per process):
//! `cargo bench --bench pdf [-- PROJECT_DIR]` (default: the bundled project).
//! Prints figures; asserts nothing. `scripts/bench-pdf.sh` runs it beside typst.

#![allow(clippy::print_stdout, clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let root = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with("--"))
        .unwrap_or_else(|| env!("CARGO_MANIFEST_DIR").to_owned());
    let project = folio::config::Project::load(root.as_ref()).expect("folio.toml");
    let sources = folio::pipeline::load_sources(&project).expect("sources");
    let iterations: usize = std::env::var("FOLIO_BENCH_ITERATIONS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);

    let cold = Instant::now();
    let (all, _) =
        folio::pipeline::render_pdf_set(&project, &sources, &[], &[], None).expect("render");
    let cold = cold.elapsed();
    let mut warm_all = Vec::new();
    for _ in 0..iterations.min(5) {
        let t = Instant::now();
        folio::pipeline::render_pdf_set(&project, &sources, &[], &[], None).expect("render");
        warm_all.push(t.elapsed());
    }
    println!(
        "all {} PDFs: first run {:.0} ms (parses the fonts), then {:.0} ms per run ({} threads)",
        all.len(),
        cold.as_secs_f64() * 1e3,
        median(warm_all).as_secs_f64() * 1e3,
        rayon::current_num_threads()
    );
    println!("| locale | pages | PDF size | time per PDF, warm (median of {iterations}) |");
    println!("|---|---:|---:|---:|");
    for locale in &project.locales {
        let one = std::slice::from_ref(locale);
        let mut times = Vec::new();
        let mut bytes = Vec::new();
        for _ in 0..iterations {
            let t = Instant::now();
            let (staged, _) = folio::pipeline::render_pdf_set(&project, &sources, one, &[], None)
                .expect("render");
            times.push(t.elapsed());
            bytes = staged
                .into_iter()
                .next()
                .map(|(_, b)| b)
                .unwrap_or_default();
        }
        let pages = lopdf::Document::load_mem(&bytes)
            .map(|d| d.get_pages().len())
            .unwrap_or(0);
        println!(
            "| {locale} | {pages} | {:.1} KB | {:.1} ms |",
            bytes.len() as f64 / 1024.0,
            median(times).as_secs_f64() * 1e3
        );
    }
}
