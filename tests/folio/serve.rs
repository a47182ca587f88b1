//! `folio serve` on loopback: pages, reload events after a change, the
//! error panel for a broken file, recovery, and paths that stay inside.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
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

fn get(addr: &str, path: &str) -> (u16, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut bytes = Vec::new();
    s.read_to_end(&mut bytes).unwrap();
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let code = text
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    (code, text)
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

#[test]
fn preview_serves_reloads_and_shows_errors() {
    let dir = copy_project();
    let root = dir.path();
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
    let _server = Server(child);
    let addr = first
        .split("http://")
        .nth(1)
        .unwrap()
        .split('/')
        .next()
        .unwrap()
        .to_owned();
    assert!(addr.starts_with("127.0.0.1:"), "{first}");

    let (code, page) = get(&addr, "/es/neuroblastoma-research.html");
    assert_eq!(code, 200);
    assert!(
        page.contains("Continúa la búsqueda")
            && page.contains("folio-preview")
            && page.contains("/__folio/events")
    );
    assert_eq!(
        get(&addr, "/ar-XB/neuroblastoma-research.html").0,
        200,
        "pseudo-locales are previewed"
    );
    assert_eq!(get(&addr, "/style.css").0, 200);
    // PDFs are rendered from the current files too (never read from output/).
    let (code, pdf) = get(&addr, "/ar/neuroblastoma-research.pdf");
    assert_eq!(code, 200);
    assert!(pdf.contains("Content-Type: application/pdf\r\n"));
    assert!(pdf.contains("\r\n\r\n%PDF-1.7"));
    assert_eq!(get(&addr, "/../folio.toml").0, 400);
    assert_eq!(get(&addr, "/nope.html").0, 404);

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

    // A broken file: the server keeps running and shows where.
    std::fs::write(&site, format!("{text}broken = {{\n")).unwrap();
    assert!(
        wait_reload(&mut events),
        "no reload event after breaking a file"
    );
    let (code, page) = get(&addr, "/es/neuroblastoma-research.html");
    assert_eq!(code, 200);
    assert!(
        page.contains("id=\"folio-errors\"") && page.contains("locales/es/site.ftl:"),
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
