//! `folio serve`: a local preview server for translators. Binds 127.0.0.1
//! only. Every page is rendered from the current files (the whole site is
//! rebuilt in memory after each change); a watcher polls `content/`,
//! `locales/` and `folio.toml` and tells open pages to reload through a
//! server-sent event stream. Preview pages carry a small script (reload, and
//! a toggle that highlights English fallback and outdated text) and, when a
//! file has problems, a panel listing each error and warning with its locale
//! and file:line:col; the server keeps running. Only what the in-memory site
//! has is served: never a file from the output folder, which may be stale.
//!
//! `std::net` with a thread per connection: a preview for one person needs
//! no async runtime. The request head is parsed by `httparse` from a buffer
//! of at most [`MAX_HEAD`] bytes read within [`HEAD_DEADLINE`], so a client
//! cannot make the server hold more than that; paths are percent-decoded
//! with `percent-encoding`, one segment at a time.

use std::collections::BTreeMap;
use std::io::{ErrorKind, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::time::{Duration, Instant, SystemTime};

use crate::config::Project;
use crate::diag::{Diagnostic, Severity};
use crate::error::{Error, Result};
use crate::render::html::escape_text;

/// The most bytes of request line and headers read: a longer request line
/// is answered 414, longer headers 431.
const MAX_HEAD: usize = 8 * 1024;
/// The most header fields in a request (more: 431).
const MAX_HEADERS: usize = 64;
/// How long one read of the request head may wait.
const READ_TIMEOUT: Duration = Duration::from_secs(5);
/// How long the whole request head may take to arrive (then 408).
const HEAD_DEADLINE: Duration = Duration::from_secs(10);
/// Connections handled at once (each open page holds one for its event
/// stream); more are answered 503.
const MAX_CONNECTIONS: usize = 64;
/// How many problems the panel lists before it only counts them.
const MAX_PANEL_ENTRIES: usize = 50;
/// The event stream's path.
const EVENTS: &str = "__folio/events";

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

/// Every file below the watched folders (content, locales, folio.toml) with
/// its modification time and size.
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

/// The locale a finding is about: the folder below `locales/`, or the
/// source locale for the English content.
fn diagnostic_locale(project: &Project, d: &Diagnostic) -> String {
    d.location
        .file
        .strip_prefix(&project.locales_dir)
        .ok()
        .and_then(|rest| rest.components().next())
        .map_or_else(
            || project.source.as_str().to_owned(),
            |c| c.as_os_str().to_string_lossy().into_owned(),
        )
}

/// The findings a page of `locale` shows (its own and the English
/// sources'; every locale for `None`), errors before warnings, each with
/// its locale in front of the message (`es: …`).
fn panel_entries(project: &Project, snap: &Snapshot, locale: Option<&str>) -> Vec<Diagnostic> {
    let source = project.source.as_str();
    let mut entries: Vec<Diagnostic> = snap
        .diagnostics
        .iter()
        .filter(|d| d.severity >= Severity::Warning)
        .filter_map(|d| {
            let of = diagnostic_locale(project, d);
            if locale.is_some_and(|l| l != of && of != source) {
                return None;
            }
            let mut d = d.clone();
            // Some messages already name their locale (format and PDF problems).
            if !d.message.starts_with(&format!("{of}: ")) {
                d.message = format!("{of}: {}", d.message);
            }
            Some(d)
        })
        .collect();
    // Stable: errors first, then in the order the pipeline found them.
    entries.sort_by_key(|d| std::cmp::Reverse(d.severity));
    entries
}

/// A panel listing findings (escaped), or nothing when there are none.
fn error_panel(entries: &[Diagnostic], fatal: Option<&str>) -> String {
    if entries.is_empty() && fatal.is_none() {
        return String::new();
    }
    let count = |s: Severity| entries.iter().filter(|d| d.severity == s).count();
    let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
    let mut s = format!(
        "<section id=\"folio-errors\" lang=\"en\" dir=\"ltr\" role=\"alert\"><strong>folio found {errors} error(s) and {warnings} warning(s); the page shows what could be rendered.</strong>\n"
    );
    if let Some(f) = fatal {
        s.push_str(&escape_text(f));
        s.push('\n');
    }
    for d in entries.iter().take(MAX_PANEL_ENTRIES) {
        s.push_str(&escape_text(&d.render()));
    }
    if entries.len() > MAX_PANEL_ENTRIES {
        s.push_str(&format!(
            "… and {} more (`folio check` lists all)\n",
            entries.len() - MAX_PANEL_ENTRIES
        ));
    }
    s.push_str("</section>\n");
    s
}

/// A page of the site with the preview script and its locale's problems.
fn preview_page(project: &Project, snap: &Snapshot, path: &str) -> Option<Vec<u8>> {
    let html = String::from_utf8_lossy(snap.files.get(path)?).into_owned();
    let locale = path.split_once('/').map_or("", |(l, _)| l);
    let panel = error_panel(&panel_entries(project, snap, Some(locale)), None);
    Some(
        html.replacen("<body>\n", &format!("<body>\n{PREVIEW_SCRIPT}{panel}"), 1)
            .into_bytes(),
    )
}

/// The page shown for any page while the site cannot be rendered.
fn problem_page(project: &Project, snap: &Snapshot, fatal: &str) -> Vec<u8> {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>folio: problems</title></head><body>\n{PREVIEW_SCRIPT}{}</body></html>\n",
        error_panel(&panel_entries(project, snap, None), Some(fatal))
    )
    .into_bytes()
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit_once('.').map(|(_, ext)| ext) {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("json") => "application/json",
        Some("txt") => "text/plain; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("pdf") => "application/pdf",
        Some("png") => "image/png",
        Some("woff2") => "font/woff2",
        _ => "application/octet-stream",
    }
}

/// A request target as a path inside the site: `(path, is_dir)` with the
/// percent-encoding decoded, or `None` if the target is not a plain path
/// below the root. Every segment is decoded on its own, so an encoded `/`
/// cannot join segments; `.`, `..`, an encoded `/` or `\`, control
/// characters (NUL) and empty segments (`//`) are refused.
fn site_path(target: &str) -> Option<(String, bool)> {
    let path = target.split(['?', '#']).next().unwrap_or("");
    let rest = path.strip_prefix('/')?;
    if rest.is_empty() {
        return Some((String::new(), true));
    }
    let raw: Vec<&str> = rest.split('/').collect();
    let is_dir = raw.last().is_some_and(|s| s.is_empty());
    let segments = if is_dir {
        &raw[..raw.len() - 1]
    } else {
        &raw[..]
    };
    let mut decoded = Vec::with_capacity(segments.len());
    for s in segments {
        let d = percent_encoding::percent_decode_str(s).decode_utf8().ok()?;
        if d.is_empty()
            || d == "."
            || d == ".."
            || d.chars().any(|c| c == '/' || c == '\\' || c.is_control())
        {
            return None;
        }
        decoded.push(d.into_owned());
    }
    Some((decoded.join("/"), is_dir))
}

/// The file a site path names: itself, or the folder's `index.html`.
fn file_for(path: &str, is_dir: bool) -> String {
    match (path.is_empty(), is_dir) {
        (true, _) => "index.html".to_owned(),
        (false, true) => format!("{path}/index.html"),
        (false, false) => path.to_owned(),
    }
}

/// A request head that did not come to a request.
#[derive(Debug, PartialEq, Eq)]
enum Refused {
    /// The client closed the connection (or it failed): nothing to answer.
    Closed,
    /// Answer with this status line and close.
    Status(&'static str),
}

/// Reads a request head into a buffer of [`MAX_HEAD`] bytes and parses it:
/// `(method, target)`. Never holds more than that buffer, and gives up
/// after [`HEAD_DEADLINE`].
fn read_head(stream: &mut TcpStream) -> std::result::Result<(String, String), Refused> {
    let mut buf = vec![0u8; MAX_HEAD];
    let mut len = 0;
    let deadline = Instant::now() + HEAD_DEADLINE;
    loop {
        if len > 0 {
            let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
            let mut request = httparse::Request::new(&mut headers);
            match request.parse(&buf[..len]) {
                Ok(httparse::Status::Complete(_)) => {
                    return Ok((
                        request.method.unwrap_or_default().to_owned(),
                        request.path.unwrap_or_default().to_owned(),
                    ));
                }
                Ok(httparse::Status::Partial) => {}
                Err(httparse::Error::TooManyHeaders) => {
                    return Err(Refused::Status("431 Request Header Fields Too Large"));
                }
                Err(httparse::Error::Version) => {
                    return Err(Refused::Status("505 HTTP Version Not Supported"));
                }
                Err(_) => return Err(Refused::Status("400 Bad Request")),
            }
        }
        if len == buf.len() {
            // Full and still not complete: a request line without its end
            // is too long a target, otherwise the headers are too large.
            return Err(Refused::Status(if buf.contains(&b'\n') {
                "431 Request Header Fields Too Large"
            } else {
                "414 URI Too Long"
            }));
        }
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(Refused::Status("408 Request Timeout"));
        }
        if stream
            .set_read_timeout(Some(left.min(READ_TIMEOUT)))
            .is_err()
        {
            return Err(Refused::Closed);
        }
        match stream.read(&mut buf[len..]) {
            Ok(0) => return Err(Refused::Closed),
            Ok(n) => len += n,
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                return Err(Refused::Status("408 Request Timeout"));
            }
            Err(_) => return Err(Refused::Closed),
        }
    }
}

/// Writes a response; for HEAD the same head without the body.
fn respond(
    stream: &mut TcpStream,
    head_only: bool,
    status: &str,
    headers: &[(&str, &str)],
    content_type: &str,
    body: &[u8],
) {
    let mut head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let _ = stream.write_all(head.as_bytes());
    if !head_only {
        let _ = stream.write_all(body);
    }
    let _ = stream.flush();
}

/// Closes after a response without resetting the connection: says the
/// server is done writing, then reads and drops what the client still
/// sends (at most 1 MiB within 2 s, through a small buffer), so the client
/// gets to read the answer even if its request was not read to the end.
fn linger_close(stream: &mut TcpStream) {
    let _ = stream.shutdown(Shutdown::Write);
    let deadline = Instant::now() + Duration::from_secs(2);
    let mut sink = [0u8; 4096];
    let mut total = 0;
    while total < 1 << 20 {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() || stream.set_read_timeout(Some(left)).is_err() {
            return;
        }
        match stream.read(&mut sink) {
            Ok(0) => return,
            Ok(n) => total += n,
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            Err(_) => return,
        }
    }
}

fn text(stream: &mut TcpStream, head_only: bool, status: &str, headers: &[(&str, &str)]) {
    let body = format!("{status}\n");
    respond(
        stream,
        head_only,
        status,
        headers,
        "text/plain; charset=utf-8",
        body.as_bytes(),
    );
}

/// Sends a reload event to the page each time the site is rendered anew.
fn event_stream(stream: &mut TcpStream, state: &State) {
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\n: connected\n\n";
    if stream
        .write_all(head.as_bytes())
        .and_then(|()| stream.flush())
        .is_err()
    {
        return;
    }
    let mut seen = state
        .snapshot
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .generation;
    loop {
        let guard = state
            .snapshot
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let (guard, _) = state
            .changed
            .wait_timeout(guard, Duration::from_secs(15))
            .unwrap_or_else(PoisonError::into_inner);
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
            .and_then(|()| stream.flush())
            .is_err()
        {
            return;
        }
    }
}

/// Answers one request on `stream`, then closes it.
fn handle(stream: &mut TcpStream, project: &Project, state: &State) {
    let (method, target) = match read_head(stream) {
        Ok(request) => request,
        Err(Refused::Closed) => return,
        Err(Refused::Status(status)) => {
            text(stream, false, status, &[]);
            linger_close(stream);
            return;
        }
    };
    let head_only = match method.as_str() {
        "GET" => false,
        "HEAD" => true,
        _ => {
            text(
                stream,
                false,
                "405 Method Not Allowed",
                &[("Allow", "GET, HEAD")],
            );
            linger_close(stream);
            return;
        }
    };
    answer(stream, head_only, &target, project, state);
    linger_close(stream);
}

/// Answers a GET or HEAD for `target` from the in-memory site.
fn answer(stream: &mut TcpStream, head_only: bool, target: &str, project: &Project, state: &State) {
    let Some((path, is_dir)) = site_path(target) else {
        text(stream, head_only, "400 Bad Request", &[]);
        return;
    };
    if path == EVENTS && !is_dir {
        if head_only {
            respond(stream, true, "200 OK", &[], "text/event-stream", b"");
        } else {
            event_stream(stream, state);
        }
        return;
    }
    let file = file_for(&path, is_dir);
    let snap = state
        .snapshot
        .lock()
        .unwrap_or_else(PoisonError::into_inner);
    // A folder asked for without its slash: redirect, so that the page's
    // relative links resolve inside it.
    if !is_dir && !snap.files.contains_key(&file) {
        let index = file_for(&path, true);
        if snap.files.contains_key(&index) {
            drop(snap);
            let (raw_path, query) = match target.split_once('?') {
                Some((p, q)) => (p, format!("?{q}")),
                None => (target, String::new()),
            };
            let location = format!("{raw_path}/{query}");
            text(
                stream,
                head_only,
                "308 Permanent Redirect",
                &[("Location", &location)],
            );
            return;
        }
    }
    if let Some(fatal) = &snap.fatal {
        let page_like =
            file.ends_with(".html") || !file.rsplit('/').next().unwrap_or("").contains('.');
        if page_like {
            let body = problem_page(project, &snap, fatal);
            drop(snap);
            respond(
                stream,
                head_only,
                "500 Internal Server Error",
                &[],
                "text/html; charset=utf-8",
                &body,
            );
            return;
        }
    }
    let body = if file.ends_with(".html") {
        preview_page(project, &snap, &file)
    } else {
        snap.files.get(&file).cloned()
    };
    drop(snap);
    match body {
        Some(body) => respond(stream, head_only, "200 OK", &[], content_type(&file), &body),
        // Only the in-memory site: the output folder may hold stale files.
        None => text(stream, head_only, "404 Not Found", &[]),
    }
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
        .unwrap_or_else(PoisonError::into_inner) = render(&project, 1);
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
                    .unwrap_or_else(PoisonError::into_inner) = snap;
                state.changed.notify_all();
            }
        });
    }
    ready(addr);
    let open = Arc::new(AtomicUsize::new(0));
    for stream in listener.incoming() {
        let Ok(mut stream) = stream else { continue };
        if open.fetch_add(1, Ordering::SeqCst) >= MAX_CONNECTIONS {
            open.fetch_sub(1, Ordering::SeqCst);
            let _ = stream.set_write_timeout(Some(READ_TIMEOUT));
            text(&mut stream, false, "503 Service Unavailable", &[]);
            continue;
        }
        let (project, state, open) = (Arc::clone(&project), Arc::clone(&state), Arc::clone(&open));
        std::thread::spawn(move || {
            let _ = stream.set_write_timeout(Some(Duration::from_secs(30)));
            handle(&mut stream, &project, &state);
            open.fetch_sub(1, Ordering::SeqCst);
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_decoded_and_stay_inside() {
        let ok = site_path;
        assert_eq!(ok("/"), Some((String::new(), true)));
        assert_eq!(ok("/es/?x=1"), Some(("es".into(), true)));
        assert_eq!(ok("/es"), Some(("es".into(), false)));
        assert_eq!(ok("/es/a.html#top"), Some(("es/a.html".into(), false)));
        assert_eq!(
            ok("/es/neuroblastoma%2Dresearch.html"),
            Some(("es/neuroblastoma-research.html".into(), false))
        );
        assert_eq!(
            ok("/es/caf%C3%A9.html"),
            Some(("es/café.html".into(), false))
        );
        for bad in [
            "",
            "es/a.html",
            "/../etc/passwd",
            "/es/../../x",
            "/es/%2e%2e/%2E%2E/folio.toml",
            "/es%2F..%2F..%2Ffolio.toml",
            "/es/%2Fetc",
            "/a\\b",
            "/a%5Cb",
            "/%00",
            "/es/a%00.html",
            "/./es",
            "/es//a.html",
            "//evil.example/",
            "/%FF.html",
        ] {
            assert_eq!(site_path(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn folders_map_to_their_index() {
        assert_eq!(file_for("", true), "index.html");
        assert_eq!(file_for("", false), "index.html");
        assert_eq!(file_for("es", true), "es/index.html");
        assert_eq!(file_for("es/a.pdf", false), "es/a.pdf");
    }
}
