//! `rungs serve` end to end on a copy of the minimal project, over raw TCP (so no client
//! tidies the paths we send): pages from memory with the live script, a reload after an edit,
//! the overlay's payload after a broken edit while the last good pages stay served, recovery,
//! refused traversal in its spellings, and reports kept off unless asked for.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::*;

/// A running `rungs serve`, stopped when dropped.
struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(dir: &std::path::Path, extra: &[&str]) -> Server {
    start_until(dir, extra, "build 1:")
}

/// Starts `rungs serve` and waits for a line of its output starting with `until`.
fn start_until(dir: &std::path::Path, extra: &[&str], until: &str) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_rungs"))
        // Tests read rungs in English unless they ask for a language.
        .env("RUNGS_LANG", "en")
        .args(["serve", "content", "--port", "0"])
        .args(extra)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("rungs serve starts");
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let mut port = None;
    for line in lines.by_ref() {
        let line = line.unwrap();
        if let Some(at) = line.find("http://127.0.0.1:") {
            let rest = &line[at + "http://127.0.0.1:".len()..];
            port = Some(rest[..rest.find('/').unwrap()].parse().unwrap());
        }
        if line.starts_with(until) {
            break;
        }
    }
    // Keep draining stderr so the server never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});
    Server {
        child,
        port: port.expect("the server printed its address"),
    }
}

/// `rungs build --only site` in `dir`, into `dir/output`.
/// Builds the site with the files it offers for download (the handbook, its Word edition and
/// the sheets), which `serve` renders on request.
fn build_site(dir: &std::path::Path) {
    let output = rungs(
        dir,
        &[
            "build",
            "--only",
            "site,handbook,word,sheets",
            "--commit",
            "none",
            "-q",
        ],
    );
    assert_eq!(code(&output), 0, "{}", stderr(&output));
}

/// A raw HTTP/1.0 request: the status code, the head and the body.
fn request(port: u16, path: &str) -> (u16, String, Vec<u8>) {
    request_for(port, path, "localhost")
}

/// A raw HTTP/1.0 request naming `host` in its `Host` header.
fn request_for(port: u16, path: &str, host: &str) -> (u16, String, Vec<u8>) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .unwrap();
    write!(stream, "GET {path} HTTP/1.0\r\nHost: {host}\r\n\r\n").unwrap();
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).unwrap();
    let split = bytes
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a response head");
    let head = String::from_utf8_lossy(&bytes[..split]).to_string();
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    (status, head, bytes[split + 4..].to_vec())
}

fn page(port: u16, path: &str) -> String {
    let (status, head, body) = request(port, path);
    assert_eq!(status, 200, "{path}: {head}");
    String::from_utf8(body).unwrap()
}

/// An open event stream.
struct Events {
    reader: BufReader<TcpStream>,
}

impl Events {
    fn open(port: u16) -> Events {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(60)))
            .unwrap();
        write!(
            stream,
            "GET /__rungs/events HTTP/1.0\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n"
        )
        .unwrap();
        Events {
            reader: BufReader::new(stream),
        }
    }

    /// The data of the next event named `name` (other events are skipped).
    fn next(&mut self, name: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(60);
        let mut current = String::new();
        loop {
            assert!(Instant::now() < deadline, "no `{name}` event in time");
            let mut line = String::new();
            assert!(
                self.reader.read_line(&mut line).unwrap() > 0,
                "stream ended"
            );
            let line = line.trim_end();
            if let Some(event) = line.strip_prefix("event: ") {
                current = event.to_string();
            } else if let Some(data) = line.strip_prefix("data: ")
                && current == name
            {
                return data.to_string();
            }
        }
    }
}

/// Writes a file so that the watcher sees one change.
fn edit(path: &std::path::Path, text: &str) {
    std::fs::write(path, text).unwrap();
}

#[test]
fn serves_reloads_shows_problems_and_recovers() {
    let project = minimal_project();
    let server = start(project.path(), &[]);
    let port = server.port;

    // Pages come with the live script; assets do not.
    let home = page(port, "/");
    assert!(home.contains(r#"<script src="/__rungs/live.js" data-generation="1">"#));
    let (status, head, _) = request(port, "/__rungs/live.js");
    assert_eq!(status, 200);
    assert!(head.contains("text/javascript"), "{head}");
    let competency = "/competencies/customer-orientation.html";
    assert!(page(port, competency).contains("客户导向"));
    let (status, head, _) = request(port, "/competencies");
    assert_eq!(status, 308);
    assert!(head.contains("location: /competencies/"), "{head}");

    // An edit: the stream says reload, and the page shows the new text.
    let mut events = Events::open(port);
    let state = events.next("state");
    assert!(state.contains(r#""generation":1"#), "{state}");
    let file = project
        .path()
        .join("content/competencies/customer-orientation.yaml");
    let original = std::fs::read_to_string(&file).unwrap();
    edit(&file, &original.replace("name: 客户导向", "name: 客户至上"));
    let reload = events.next("reload");
    assert!(reload.contains(r#""generation":2"#), "{reload}");
    assert!(page(port, competency).contains("客户至上"));

    // A broken edit: the problems with file, line, column, message and help; the last good
    // pages stay served.
    edit(
        &file,
        &original.replace("category: quality", "category: qualty"),
    );
    let problems: serde_json::Value = serde_json::from_str(&events.next("problems")).unwrap();
    assert_eq!(problems["errors"], 1, "{problems}");
    let d = &problems["diagnostics"][0];
    assert_eq!(d["file"], "competencies/customer-orientation.yaml");
    assert_eq!(d["line"], 3, "{d}");
    assert_eq!(d["column"], 11, "{d}");
    assert_eq!(d["excerpt"], "category: qualty");
    assert!(d["message"].as_str().unwrap().contains("qualty"), "{d}");
    assert!(d["help"].as_str().unwrap().contains("quality"), "{d}");
    let polled: serde_json::Value = serde_json::from_str(&page(port, "/__rungs/problems")).unwrap();
    assert_eq!(polled, problems);
    assert!(page(port, competency).contains("客户至上"));
    // A page opened now learns of the problems as soon as it connects.
    let state = Events::open(port).next("state");
    assert!(state.contains("qualty"), "{state}");

    // Bad YAML is shown the same way.
    edit(&file, &original.replace("levels:", "levels: [\n"));
    let problems: serde_json::Value = serde_json::from_str(&events.next("problems")).unwrap();
    assert_eq!(
        problems["diagnostics"][0]["file"],
        "competencies/customer-orientation.yaml"
    );
    assert!(problems["diagnostics"][0]["line"].as_u64().is_some());

    // Fixing it clears the overlay and reloads.
    edit(&file, &original);
    let reload = events.next("reload");
    assert!(reload.contains(r#""generation":3"#), "{reload}");
    assert_eq!(
        page(port, "/__rungs/problems"),
        r#"{"errors":0,"warnings":0,"diagnostics":[]}"#
    );
    assert!(page(port, competency).contains("客户导向"));

    // The handbook PDF, on request.
    let (status, head, pdf) = request(port, "/handbook.pdf");
    assert_eq!(status, 200);
    assert!(head.contains("application/pdf"));
    assert!(pdf.starts_with(b"%PDF-"));
}

#[test]
fn refuses_paths_outside_the_site_and_keeps_reports_off() {
    let project = minimal_project();
    // A file beside the content that traversal would reach.
    std::fs::write(project.path().join("secret.txt"), "secret").unwrap();
    let server = start(project.path(), &[]);
    let port = server.port;
    for probe in [
        "/../secret.txt",
        "/../../../../etc/passwd",
        "/%2e%2e/secret.txt",
        "/%2E%2E/%2E%2E/etc/passwd",
        "/..%2f..%2fsecret.txt",
        "/%252e%252e/secret.txt",
        "/%25252e%25252e/secret.txt",
        "/..\\secret.txt",
        "/%5c..%5csecret.txt",
        "/static/../../secret.txt",
        "/./index.html",
        "//etc/passwd",
        "/%00",
    ] {
        let (status, _, body) = request(port, probe);
        assert!(
            status == 400 || status == 404,
            "{probe}: {status} {}",
            String::from_utf8_lossy(&body)
        );
        assert!(
            !String::from_utf8_lossy(&body).contains("secret\n"),
            "{probe}"
        );
    }
    // No directory listings: a folder without index.html is not found.
    let (status, _, _) = request(port, "/static/");
    assert_eq!(status, 404);
    let (status, _, body) = request(port, "/no-such-page/");
    assert_eq!(status, 404);
    assert!(String::from_utf8_lossy(&body).contains("/__rungs/live.js"));
    // Reports are not served without --reports.
    let (status, _, _) = request(port, "/reports/");
    assert_eq!(status, 404);
    let (status, _, _) = request(port, "/reports/sales/E1-2024H1.pdf");
    assert_eq!(status, 404);
}

#[test]
fn serves_reports_to_loopback_when_asked() {
    let project = minimal_project();
    let server = start(project.path(), &["--reports"]);
    let port = server.port;
    // Reports are rendered after the site: wait for them.
    let deadline = Instant::now() + Duration::from_secs(120);
    let index = loop {
        let index = page(port, "/reports/");
        if index.contains("E1-2024H1.pdf") || Instant::now() > deadline {
            break index;
        }
        std::thread::sleep(Duration::from_millis(200));
    };
    assert!(
        index.contains("href=\"/reports/sales/E1-2024H1.pdf\""),
        "{index}"
    );
    let (status, head, pdf) = request(port, "/reports/sales/E1-2024H1.pdf");
    assert_eq!(status, 200, "{head}");
    assert!(pdf.starts_with(b"%PDF-"));
    let (status, _, _) = request(port, "/reports/../secret.txt");
    assert_eq!(status, 400);
    // The site itself never links to them.
    assert!(!page(port, "/").contains("/reports/"));
    // A page elsewhere that rebinds its own name to 127.0.0.1 gets nothing, on any path.
    for path in [
        "/",
        "/reports/manifest.csv",
        "/reports/sales/E1-2024H1.pdf",
        "/__rungs/problems.json",
    ] {
        let (status, _, body) = request_for(port, path, "rebind.attacker.example");
        assert_eq!(status, 403, "{path}");
        assert!(!String::from_utf8_lossy(&body).contains("E1"), "{path}");
    }
    let (status, _, _) = request_for(port, "/", "127.0.0.1:1111");
    assert_eq!(status, 200);
}

#[test]
fn another_host_name_is_answered_only_when_allowed() {
    let project = minimal_project();
    let server = start(project.path(), &["--allowed-host", "preview.example.com"]);
    let (status, _, _) = request_for(server.port, "/", "preview.example.com:1111");
    assert_eq!(status, 200);
    let (status, _, _) = request_for(server.port, "/", "other.example.com");
    assert_eq!(status, 403);
}

#[test]
fn a_build_never_carries_the_live_script() {
    let project = minimal_project();
    build_site(project.path());
    for file in walk(&project.path().join("output")) {
        let bytes = std::fs::read(&file).unwrap();
        assert!(
            !String::from_utf8_lossy(&bytes).contains("__rungs"),
            "{}",
            file.display()
        );
    }
}

#[test]
fn usage_errors_stop_before_serving() {
    let dir = tempfile::tempdir().unwrap();
    let out = rungs(dir.path(), &["serve", "nowhere", "--port", "0"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("holds no rungs.yaml"),
        "{}",
        stderr(&out)
    );
    // A port already taken.
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let project = minimal_project();
    let out = rungs(project.path(), &["serve", "--port", &port]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("--port"), "{}", stderr(&out));
}

#[test]
fn serves_the_bytes_a_build_writes() {
    let project = minimal_project();
    build_site(project.path());
    let server = start(project.path(), &[]);
    let site = project.path().join("output/site");
    let files = walk(&site);
    assert!(files.len() > 10);
    let script = r#"<script src="/__rungs/live.js" data-generation="1"></script>"#;
    for file in files {
        let relative = file
            .strip_prefix(&site)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let (status, _, body) = request(server.port, &format!("/{relative}"));
        assert_eq!(status, 200, "{relative}");
        let body = if relative.ends_with(".html") {
            String::from_utf8(body)
                .unwrap()
                .replacen(script, "", 1)
                .into_bytes()
        } else {
            body
        };
        assert!(
            body == std::fs::read(&file).unwrap(),
            "{relative} differs from the build"
        );
    }
}

#[test]
fn starts_on_broken_content_and_serves_once_it_is_fixed() {
    let project = minimal_project();
    let file = project.path().join("content/sequences/sales.yaml");
    let original = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, original.replace("name: 销售序列", "name: [销售序列")).unwrap();
    let server = start_until(project.path(), &[], "the content has 1 error");
    let (status, _, body) = request(server.port, "/");
    assert_eq!(status, 503);
    assert!(String::from_utf8_lossy(&body).contains("/__rungs/live.js"));
    let problems = page(server.port, "/__rungs/problems");
    assert!(problems.contains("sequences/sales.yaml"), "{problems}");
    let mut events = Events::open(server.port);
    assert!(events.next("state").contains("sequences/sales.yaml"));
    std::fs::write(&file, &original).unwrap();
    assert!(events.next("reload").contains(r#""generation":1"#));
    assert!(page(server.port, "/").contains("测试标准"));
}

#[test]
fn a_template_failing_at_render_time_is_shown_in_the_overlay() {
    let project = minimal_project();
    let templates = project.path().join("content/themes/default/templates");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::write(
        templates.join("competency.html"),
        "{{ no_such_thing.field }}",
    )
    .unwrap();
    let server = start(project.path(), &[]);
    let (status, _, body) = request(server.port, "/competencies/customer-orientation.html");
    assert_eq!(status, 500);
    assert!(String::from_utf8_lossy(&body).contains("/__rungs/live.js"));
    let problems = page(server.port, "/__rungs/problems");
    assert!(problems.contains("competency.html"), "{problems}");
    // Other pages still render.
    assert!(page(server.port, "/").contains("测试标准"));
}
