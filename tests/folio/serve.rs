//! `folio serve` over a real loopback socket: pages, reload events after a
//! change, the problem panel (errors and warnings, each with its locale),
//! recovery; percent-encoded paths, folder redirects, HEAD, other methods,
//! limits on the request head, and paths that stay inside the in-memory site.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::copy_project;

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `folio serve --port 0` on `root`; the server and its address.
fn start(root: &Path) -> (Server, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_folio"))
        .arg("--root")
        .arg(root)
        .args(["serve", "--port", "0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    let server = Server(child);
    let addr = first
        .split("http://")
        .nth(1)
        .unwrap()
        .split('/')
        .next()
        .unwrap()
        .to_owned();
    assert!(addr.starts_with("127.0.0.1:"), "{first}");
    (server, addr)
}

/// A response: status code, head (status line and headers), body.
struct Response {
    code: u16,
    head: String,
    body: Vec<u8>,
}

impl Response {
    fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().skip(1).find_map(|l| {
            let (n, v) = l.split_once(':')?;
            n.eq_ignore_ascii_case(name).then(|| v.trim())
        })
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Sends `raw` as it is and reads the whole answer.
fn send(addr: &str, raw: &[u8]) -> Response {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    s.write_all(raw).unwrap();
    let mut bytes = Vec::new();
    s.read_to_end(&mut bytes).unwrap();
    parse(&bytes)
}

fn parse(bytes: &[u8]) -> Response {
    let split = bytes
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or_else(|| panic!("no head in {:?}", String::from_utf8_lossy(bytes)));
    let head = String::from_utf8_lossy(&bytes[..split]).into_owned();
    let code = head
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    Response {
        code,
        head,
        body: bytes[split + 4..].to_vec(),
    }
}

fn request(addr: &str, method: &str, path: &str) -> Response {
    send(
        addr,
        format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").as_bytes(),
    )
}

fn get(addr: &str, path: &str) -> (u16, String) {
    let r = request(addr, "GET", path);
    (r.code, r.text())
}

/// Reads the event stream until a `data: reload` line (or times out).
fn wait_reload(events: &mut BufReader<TcpStream>) -> bool {
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut line = String::new();
    while Instant::now() < deadline {
        line.clear();
        match events.read_line(&mut line) {
            Ok(0) => return false,
            Ok(_) if line.starts_with("data: reload") => return true,
            Ok(_) => {}
            Err(_) => {}
        }
    }
    false
}

/// The server's resident memory in KiB (Linux).
#[cfg(target_os = "linux")]
fn rss_kib(server: &Server) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{}/status", server.0.id())).unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap()
}

#[test]
fn preview_serves_reloads_and_shows_errors() {
    let dir = copy_project();
    let root = dir.path();
    let (_server, addr) = start(root);

    let (code, page) = get(&addr, "/es/neuroblastoma-research.html");
    assert_eq!(code, 200);
    assert!(
        page.contains("Continúa la búsqueda")
            && page.contains("folio-preview")
            && page.contains("/__folio/events")
    );
    assert!(!page.contains("id=\"folio-errors\""), "{page}");
    assert_eq!(
        get(&addr, "/ar-XB/neuroblastoma-research.html").0,
        200,
        "pseudo-locales are previewed"
    );
    assert_eq!(get(&addr, "/style.css").0, 200);
    // PDFs are rendered from the current files too (never read from output/).
    let pdf = request(&addr, "GET", "/ar/neuroblastoma-research.pdf");
    assert_eq!(pdf.code, 200);
    assert_eq!(pdf.header("Content-Type"), Some("application/pdf"));
    assert!(pdf.body.starts_with(b"%PDF-1.7"));

    let mut stream = TcpStream::connect(&addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(2)))
        .unwrap();
    write!(stream, "GET /__folio/events HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    let mut events = BufReader::new(stream);

    // A translator edits a message: the page reloads with it.
    let site = root.join("locales/es/site.ftl");
    let text = std::fs::read_to_string(&site).unwrap();
    std::fs::write(
        &site,
        text.replace("Saltar al contenido", "Ir al contenido"),
    )
    .unwrap();
    assert!(wait_reload(&mut events), "no reload event after an edit");
    assert!(
        get(&addr, "/es/neuroblastoma-research.html")
            .1
            .contains("Ir al contenido")
    );

    // A reference to a variable the message does not have: `check` calls it
    // an error, the heading falls back to English, and the panel says so
    // with the message's line.
    let article = root.join("locales/es/neuroblastoma-research.ftl");
    let translation = std::fs::read_to_string(&article).unwrap();
    std::fs::write(
        &article,
        translation.replace(
            "gene-changes-heading = Cambios genéticos",
            "gene-changes-heading = Cambios genéticos { $nope }",
        ),
    )
    .unwrap();
    assert!(
        wait_reload(&mut events),
        "no reload event after {{ $nope }}"
    );
    let (code, page) = get(&addr, "/es/neuroblastoma-research.html");
    assert_eq!(code, 200);
    assert!(page.contains("id=\"folio-errors\""), "{page}");
    assert!(
        page.contains("error[variable-added]: es: `$nope` is not a variable")
            && page.contains(&format!(
                "locales/es/neuroblastoma-research.ftl:{}:",
                translation
                    .lines()
                    .position(|l| l.starts_with("gene-changes-heading = "))
                    .unwrap()
                    + 1
            ))
            && page.contains("`gene-changes-heading` is not shown in es"),
        "{page}"
    );
    assert!(page.contains("1 error(s) and 0 warning(s)"), "{page}");
    // Another locale's page does not list es's problems.
    assert!(
        !get(&addr, "/ar/neuroblastoma-research.html")
            .1
            .contains("id=\"folio-errors\"")
    );
    std::fs::write(&article, &translation).unwrap();
    assert!(wait_reload(&mut events));

    // A broken file: the server keeps running and shows where, with the locale.
    std::fs::write(&site, format!("{text}broken = {{\n")).unwrap();
    assert!(
        wait_reload(&mut events),
        "no reload event after breaking a file"
    );
    let (code, page) = get(&addr, "/es/neuroblastoma-research.html");
    assert_eq!(code, 200);
    assert!(
        page.contains("id=\"folio-errors\"")
            && page.contains("error[syntax-error]: es: ")
            && page.contains("locales/es/site.ftl:"),
        "{page}"
    );

    // Fixed again: the panel goes.
    std::fs::write(&site, &text).unwrap();
    assert!(wait_reload(&mut events));
    assert!(
        !get(&addr, "/es/neuroblastoma-research.html")
            .1
            .contains("id=\"folio-errors\"")
    );
}

#[test]
fn preview_speaks_http_carefully() {
    let dir = copy_project();
    let root = dir.path();
    // Files a build left in the output folder: never served, they may be stale.
    std::fs::create_dir_all(root.join("output/es")).unwrap();
    std::fs::write(root.join("output/stale.html"), "stale").unwrap();
    std::fs::write(root.join("output/es/removed-article.pdf"), "%PDF stale").unwrap();
    let (server, addr) = start(root);

    // An unfinished request is answered 408 once the head's time is up
    // (meanwhile the other checks run).
    let slow = {
        let addr = addr.clone();
        std::thread::spawn(move || {
            let mut s = TcpStream::connect(&addr).unwrap();
            s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
            s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n").unwrap();
            let started = Instant::now();
            let mut bytes = Vec::new();
            s.read_to_end(&mut bytes).unwrap();
            (parse(&bytes).code, started.elapsed())
        })
    };

    assert_eq!(get(&addr, "/stale.html").0, 404);
    assert_eq!(get(&addr, "/es/removed-article.pdf").0, 404);
    assert_eq!(get(&addr, "/nope.html").0, 404);

    // Percent-encoded paths are decoded.
    let plain = request(&addr, "GET", "/es/neuroblastoma-research.html");
    assert_eq!(plain.code, 200);
    let encoded = request(&addr, "GET", "/es/neuroblastoma%2Dresearch%2ehtml");
    assert_eq!(encoded.code, 200);
    assert_eq!(encoded.body, plain.body);
    // …but never out of the site, nor through an encoded slash or NUL.
    for bad in [
        "/../folio.toml",
        "/%2e%2e/folio.toml",
        "/es/%2E%2E/%2e%2e/folio.toml",
        "/es%2F..%2F..%2Ffolio.toml",
        "/es%2Fneuroblastoma-research.html",
        "/es/neuroblastoma-research.html%00",
        "/%5C..%5Cfolio.toml",
        "//es/neuroblastoma-research.html",
    ] {
        let r = request(&addr, "GET", bad);
        assert_eq!(r.code, 400, "{bad}");
        assert!(!r.text().contains("[project]"), "{bad}");
    }

    // A folder without its slash redirects to it, keeping the query.
    for (from, to) in [
        ("/es", "/es/"),
        ("/es?x=1", "/es/?x=1"),
        ("/ar-XB", "/ar-XB/"),
    ] {
        let r = request(&addr, "GET", from);
        assert_eq!(r.code, 308, "{from}");
        assert_eq!(r.header("Location"), Some(to), "{from}");
    }
    let index = request(&addr, "GET", "/es/");
    assert_eq!(index.code, 200);
    assert!(index.text().contains("folio-preview"));

    // HEAD: the same head as GET, without the body.
    for path in [
        "/es/neuroblastoma-research.html",
        "/style.css",
        "/ar/neuroblastoma-research.pdf",
    ] {
        let full = request(&addr, "GET", path);
        let head = request(&addr, "HEAD", path);
        assert_eq!(head.code, 200, "{path}");
        assert!(
            head.body.is_empty(),
            "{path}: {} body bytes",
            head.body.len()
        );
        assert_eq!(
            head.header("Content-Length"),
            Some(full.body.len().to_string().as_str()),
            "{path}"
        );
        assert_eq!(head.header("Content-Length"), full.header("Content-Length"));
        assert_eq!(head.header("Content-Type"), full.header("Content-Type"));
    }
    let missing = request(&addr, "HEAD", "/nope.html");
    assert_eq!(missing.code, 404);
    assert!(missing.body.is_empty());
    assert_eq!(request(&addr, "HEAD", "/es").code, 308);

    // Other methods: 405 with the methods there are.
    for method in ["POST", "PUT", "DELETE", "OPTIONS"] {
        let r = request(&addr, method, "/es/neuroblastoma-research.html");
        assert_eq!(r.code, 405, "{method}");
        assert_eq!(r.header("Allow"), Some("GET, HEAD"), "{method}");
    }
    let post = send(
        &addr,
        b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello",
    );
    assert_eq!(post.code, 405);

    // Limits on the request head: 8 KiB.
    let long_target = format!("GET /{} HTTP/1.1\r\nHost: x\r\n\r\n", "a".repeat(9000));
    assert_eq!(send(&addr, long_target.as_bytes()).code, 414);
    let long_header = format!(
        "GET / HTTP/1.1\r\nHost: x\r\nX-Big: {}\r\n\r\n",
        "a".repeat(9000)
    );
    assert_eq!(send(&addr, long_header.as_bytes()).code, 431);
    let many_headers: String = (0..100).map(|i| format!("X-{i}: y\r\n")).collect();
    let many = format!("GET / HTTP/1.1\r\n{many_headers}\r\n");
    assert_eq!(send(&addr, many.as_bytes()).code, 431);
    assert_eq!(send(&addr, b"GET / HTTP/1.1 junk\r\n\r\n").code, 400);

    // An endless request line: the server stops reading after the limit, so
    // its memory does not grow with what the client sends.
    #[cfg(target_os = "linux")]
    {
        let before = rss_kib(&server);
        let mut s = TcpStream::connect(&addr).unwrap();
        s.set_write_timeout(Some(Duration::from_secs(10))).unwrap();
        s.write_all(b"GET /").unwrap();
        let chunk = vec![b'a'; 64 * 1024];
        let mut sent = 0;
        while sent < 32 << 20 {
            match s.write(&chunk) {
                Ok(n) => sent += n,
                Err(_) => break,
            }
        }
        std::thread::sleep(Duration::from_millis(300));
        let after = rss_kib(&server);
        assert!(
            after < before + 8 * 1024,
            "server grew from {before} KiB to {after} KiB after {sent} bytes of request line"
        );
        drop(s);
    }
    let _ = &server;

    let (code, took) = slow.join().unwrap();
    assert_eq!(code, 408);
    assert!(took < Duration::from_secs(20), "{took:?}");

    // At most 64 connections at once (idle ones included); the next is
    // told to come back rather than given a thread.
    std::thread::sleep(Duration::from_millis(500));
    let idle: Vec<TcpStream> = (0..64)
        .map(|_| TcpStream::connect(&addr).unwrap())
        .collect();
    let mut over = TcpStream::connect(&addr).unwrap();
    over.set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut bytes = Vec::new();
    over.read_to_end(&mut bytes).unwrap();
    assert_eq!(parse(&bytes).code, 503);
    drop(idle);
    std::thread::sleep(Duration::from_millis(500));

    // Still answering after all that.
    assert_eq!(get(&addr, "/es/neuroblastoma-research.html").0, 200);
}
