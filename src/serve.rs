//! `folio serve`: a local preview server for translators. Binds 127.0.0.1
//! only. Every page is rendered from the current files (the whole site is
//! rebuilt in memory after each change, which takes milliseconds); a watcher
//! polls `content/` and `locales/` and tells open pages to reload through a
//! server-sent event stream. Preview pages carry a small script (reload, and
//! a toggle that highlights English fallback and outdated text) and, when a
//! file is broken, a panel listing each problem with file:line:col; the
//! server keeps running. Files in the output folder (PDFs) are served too.
//!
//! Plain `std::net` and threads: a preview server for one person needs no
//! async runtime, and this keeps the build small.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, SystemTime};

use crate::config::Project;
use crate::diag::{Diagnostic, Severity};
use crate::error::{Error, Result};
use crate::render::html::escape_text;

/// The rendered site and what went wrong, for one generation of the files.
#[derive(Debug, Default)]
struct Snapshot {
    generation: u64,
    files: BTreeMap<String, Vec<u8>>,
    diagnostics: Vec<Diagnostic>,
    fatal: Option<String>,
}

#[derive(Debug, Default)]
struct State {
    snapshot: Mutex<Snapshot>,
    changed: Condvar,
}

/// Renders the whole site in memory.
fn render(project: &Project, generation: u64) -> Snapshot {
    let mut snap = Snapshot {
        generation,
        ..Snapshot::default()
    };
    let sources = match crate::pipeline::load_sources(project) {
        Ok(s) => s,
        Err(e) => {
            snap.fatal = Some(e.to_string());
            return snap;
        }
    };
    snap.diagnostics.extend(sources.diagnostics.iter().cloned());
    if sources.is_broken() {
        snap.fatal = Some("the English sources have errors".into());
        return snap;
    }
    match crate::pipeline::render_site(
        project,
        &sources,
        &crate::pipeline::BuildOptions {
            pseudo: true,
            pdf: true,
            ..Default::default()
        },
    ) {
        Ok((staged, report)) => {
            snap.diagnostics.extend(report.diagnostics);
            for (rel, bytes) in staged {
                let inside = rel.strip_prefix(&project.output_dir).unwrap_or(&rel);
                snap.files
                    .insert(inside.to_string_lossy().replace('\\', "/"), bytes);
            }
        }
        Err(e) => snap.fatal = Some(e.to_string()),
    }
    snap
}

/// Newest modification time below the watched folders (content, locales, folio.toml).
fn fingerprint(project: &Project) -> Vec<(PathBuf, SystemTime, u64)> {
    let mut out = Vec::new();
    fn walk(dir: &Path, out: &mut Vec<(PathBuf, SystemTime, u64)>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let Ok(m) = e.metadata() else { continue };
            if m.is_dir() {
                walk(&e.path(), out);
            } else {
                out.push((
                    e.path(),
                    m.modified().unwrap_or(SystemTime::UNIX_EPOCH),
                    m.len(),
                ));
            }
        }
    }
    walk(&project.root.join(&project.content_dir), &mut out);
    walk(&project.root.join(&project.locales_dir), &mut out);
    if let Ok(m) = std::fs::metadata(project.root.join(crate::config::CONFIG_FILE)) {
        out.push((
            PathBuf::from(crate::config::CONFIG_FILE),
            m.modified().unwrap_or(SystemTime::UNIX_EPOCH),
            m.len(),
        ));
    }
    out.sort();
    out
}

const PREVIEW_SCRIPT: &str = r#"<style>
#folio-preview{position:fixed;inset-block-end:.5rem;inset-inline-end:.5rem;z-index:9;background:#222;color:#fff;padding:.4rem .7rem;border-radius:.3rem;font:14px system-ui}
#folio-preview button{font:inherit}
body.folio-highlight .fallback{background:#ffe9a8;outline:2px solid #b07d00}
body.folio-highlight .outdated{background:#ffd7c2;outline:2px solid #a13d00}
#folio-errors{background:#fde8e8;border:2px solid #b00020;padding:1rem;margin:1rem;font:14px ui-monospace,monospace;white-space:pre-wrap}
</style>
<div id="folio-preview" lang="en" dir="ltr">folio preview · <button type="button" id="folio-toggle">highlight untranslated</button></div>
<script>
document.getElementById("folio-toggle").onclick=()=>document.body.classList.toggle("folio-highlight");
new EventSource("/__folio/events").onmessage=()=>location.reload();
</script>
"#;

/// An error panel listing diagnostics, escaped.
fn error_panel(diags: &[&Diagnostic], fatal: Option<&str>) -> String {
    let mut s = String::from(
        "<section id=\"folio-errors\" lang=\"en\" dir=\"ltr\" role=\"alert\"><strong>folio found problems; the page shows what could be rendered.</strong>\n",
    );
    if let Some(f) = fatal {
        s.push_str(&escape_text(f));
        s.push('\n');
    }
    for d in diags.iter().take(50) {
        s.push_str(&escape_text(&d.render()));
    }
    s.push_str("</section>\n");
    s
}

fn preview_page(snap: &Snapshot, path: &str) -> Option<Vec<u8>> {
    let html = String::from_utf8_lossy(snap.files.get(path)?).into_owned();
    // Problems in this page's locale (or the English sources) go on top of the page.
    let locale = path.split('/').next().unwrap_or("");
    let relevant: Vec<&Diagnostic> = snap
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .filter(|d| {
            let f = d.location.file.to_string_lossy();
            f.contains(&format!("/{locale}/")) || f.starts_with("content")
        })
        .collect();
    let mut extra = String::from(PREVIEW_SCRIPT);
    if !relevant.is_empty() {
        extra.push_str(&error_panel(&relevant, None));
    }
    Some(
        html.replacen("<body>\n", &format!("<body>\n{extra}"), 1)
            .into_bytes(),
    )
}

fn respond(stream: &mut TcpStream, status: &str, content_type: &str, body: &[u8]) {
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(body);
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next() {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("pdf") => "application/pdf",
        Some("png") => "image/png",
        _ => "application/octet-stream",
    }
}

/// A request path as a safe relative path inside the site, or `None`.
fn safe_path(raw: &str) -> Option<String> {
    let path = raw.split(['?', '#']).next().unwrap_or("");
    let path = path.trim_start_matches('/');
    let path = if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.to_owned()
    };
    let p = Path::new(&path);
    if path.contains('\\')
        || path.contains('\0')
        || p.components().any(|c| !matches!(c, Component::Normal(_)))
    {
        return None;
    }
    Some(path)
}

fn handle(mut stream: TcpStream, project: &Project, state: &State) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut line = String::new();
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(s) => s,
        Err(_) => return,
    });
    if reader.read_line(&mut line).is_err() {
        return;
    }
    // Skip the headers.
    let mut header = String::new();
    while reader.read_line(&mut header).is_ok_and(|n| n > 2) {
        header.clear();
    }
    let mut parts = line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    if method != "GET" {
        respond(
            &mut stream,
            "405 Method Not Allowed",
            "text/plain",
            b"GET only\n",
        );
        return;
    }
    if target == "/__folio/events" {
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\n: connected\n\n";
        if stream.write_all(head.as_bytes()).is_err() {
            return;
        }
        let _ = stream.flush();
        let mut seen = state.snapshot.lock().map(|s| s.generation).unwrap_or(0);
        loop {
            let guard = state
                .snapshot
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            let (guard, _) = state
                .changed
                .wait_timeout(guard, Duration::from_secs(15))
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            let generation = guard.generation;
            drop(guard);
            let msg = if generation != seen {
                format!("data: reload {generation}\n\n")
            } else {
                ": keep-alive\n\n".to_owned()
            };
            seen = generation;
            if stream
                .write_all(msg.as_bytes())
                .and_then(|_| stream.flush())
                .is_err()
            {
                return;
            }
        }
    }
    let Some(path) = safe_path(target) else {
        respond(&mut stream, "400 Bad Request", "text/plain", b"bad path\n");
        return;
    };
    let snap = state
        .snapshot
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(fatal) = &snap.fatal
        && path.ends_with(".html")
    {
        let diags: Vec<&Diagnostic> = snap
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .collect();
        let body = format!(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>folio: problems</title></head><body>\n{PREVIEW_SCRIPT}{}</body></html>\n",
            error_panel(&diags, Some(fatal))
        );
        respond(
            &mut stream,
            "500 Internal Server Error",
            "text/html; charset=utf-8",
            body.as_bytes(),
        );
        return;
    }
    if path.ends_with(".html") {
        if let Some(body) = preview_page(&snap, &path) {
            respond(&mut stream, "200 OK", content_type(&path), &body);
            return;
        }
    } else if let Some(body) = snap.files.get(&path) {
        respond(&mut stream, "200 OK", content_type(&path), body);
        return;
    }
    drop(snap);
    // Files built earlier into the output folder (PDFs), never through a link.
    let full = project.root.join(&project.output_dir).join(&path);
    if std::fs::symlink_metadata(&full).is_ok_and(|m| m.is_file())
        && let Ok(bytes) = std::fs::read(&full)
    {
        respond(&mut stream, "200 OK", content_type(&path), &bytes);
        return;
    }
    respond(&mut stream, "404 Not Found", "text/plain", b"not found\n");
}

/// Serves the project on 127.0.0.1:`port` (0: any free port) until killed.
/// `ready` is called with the bound address before the first request.
pub fn serve(project: Project, port: u16, ready: impl FnOnce(std::net::SocketAddr)) -> Result<()> {
    let listener = TcpListener::bind(("127.0.0.1", port))
        .map_err(|e| Error::io(format!("127.0.0.1:{port}"), e))?;
    let addr = listener
        .local_addr()
        .map_err(|e| Error::io("127.0.0.1", e))?;
    let project = Arc::new(project);
    let state = Arc::new(State::default());
    *state
        .snapshot
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner) = render(&project, 1);
    // Watcher: poll every 250 ms; after a change, wait for quiet (debounce), then re-render.
    {
        let (project, state) = (Arc::clone(&project), Arc::clone(&state));
        std::thread::spawn(move || {
            let mut last = fingerprint(&project);
            let mut generation = 1;
            loop {
                std::thread::sleep(Duration::from_millis(250));
                let now = fingerprint(&project);
                if now == last {
                    continue;
                }
                std::thread::sleep(Duration::from_millis(150));
                last = fingerprint(&project);
                generation += 1;
                let snap = render(&project, generation);
                *state
                    .snapshot
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner) = snap;
                state.changed.notify_all();
            }
        });
    }
    ready(addr);
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        let (project, state) = (Arc::clone(&project), Arc::clone(&state));
        std::thread::spawn(move || handle(stream, &project, &state));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_stay_inside() {
        assert_eq!(safe_path("/").as_deref(), Some("index.html"));
        assert_eq!(safe_path("/es/?x=1").as_deref(), Some("es/index.html"));
        assert_eq!(safe_path("/es/a.html#top").as_deref(), Some("es/a.html"));
        for bad in ["/../etc/passwd", "/es/../../x", "/a\\b", "/%00"] {
            assert!(
                safe_path(bad).is_none() || !safe_path(bad).unwrap().contains(".."),
                "{bad}"
            );
        }
        assert!(safe_path("/../x").is_none());
    }
}
