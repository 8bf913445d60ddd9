//! `rungs send` end to end, through a real SMTP server on loopback (a small one in this file:
//! EHLO, AUTH PLAIN, MAIL, RCPT, DATA, refusing a chosen message when asked): who receives what,
//! attachments byte for byte the bundles, nothing sent twice, a refused run resumed, a wrong
//! password stopping before the first message, and the dry run's `.eml` files. STARTTLS with a
//! real TLS server is checked by `scripts/check-send.sh` (aiosmtpd), which `.ci/run` runs.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::sync::{Arc, Mutex};

use common::*;
use mail_parser::MimeHeaders;

/// One message the server accepted.
struct Received {
    rcpt: Vec<String>,
    data: Vec<u8>,
}

/// An SMTP server on 127.0.0.1, answering until the test ends.
struct Server {
    port: u16,
    received: Arc<Mutex<Vec<Received>>>,
}

impl Server {
    /// A server that accepts the user `hr` with the password `secret`, and refuses with a
    /// temporary error the message numbered `refuse` (1 for the first) it is handed.
    fn start(refuse: Option<usize>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let received = Arc::new(Mutex::new(Vec::new()));
        let store = received.clone();
        let handed = Arc::new(Mutex::new(0usize));
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (store, handed) = (store.clone(), handed.clone());
                std::thread::spawn(move || session(stream, &store, &handed, refuse));
            }
        });
        Server { port, received }
    }

    fn received(&self) -> std::sync::MutexGuard<'_, Vec<Received>> {
        self.received.lock().unwrap()
    }
}

fn session(
    stream: TcpStream,
    store: &Mutex<Vec<Received>>,
    handed: &Mutex<usize>,
    refuse: Option<usize>,
) {
    let mut out = stream.try_clone().unwrap();
    let mut lines = BufReader::new(stream);
    let mut say = |text: &str| {
        let _ = out.write_all(text.as_bytes());
    };
    say("220 test ESMTP\r\n");
    let mut rcpt = Vec::new();
    let mut line = String::new();
    loop {
        line.clear();
        if lines.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let command = line.trim_end().to_string();
        let upper = command.to_ascii_uppercase();
        if upper.starts_with("EHLO") {
            say("250-test\r\n250-AUTH PLAIN\r\n250 8BITMIME\r\n");
        } else if upper.starts_with("AUTH PLAIN") {
            let given = command.split_whitespace().nth(2).map(String::from);
            let given = match given {
                Some(g) => g,
                None => {
                    say("334 \r\n");
                    line.clear();
                    lines.read_line(&mut line).unwrap();
                    line.trim().to_string()
                }
            };
            use base64::Engine as _;
            let decoded = base64::engine::general_purpose::STANDARD
                .decode(given)
                .unwrap_or_default();
            if decoded == b"\0hr\0secret" {
                say("235 2.7.0 accepted\r\n");
            } else {
                say("535 5.7.8 bad credentials\r\n");
            }
        } else if upper.starts_with("MAIL FROM") {
            rcpt.clear();
            say("250 OK\r\n");
        } else if upper.starts_with("RCPT TO") {
            rcpt.push(command[8..].trim().trim_matches(['<', '>']).to_string());
            say("250 OK\r\n");
        } else if upper == "DATA" {
            say("354 go ahead\r\n");
            let mut data = Vec::new();
            loop {
                line.clear();
                lines.read_line(&mut line).unwrap();
                if line == ".\r\n" {
                    break;
                }
                data.extend_from_slice(line.as_bytes());
            }
            let number = {
                let mut n = handed.lock().unwrap();
                *n += 1;
                *n
            };
            if Some(number) == refuse {
                say("451 4.3.0 try again later\r\n");
            } else {
                store.lock().unwrap().push(Received {
                    rcpt: std::mem::take(&mut rcpt),
                    data,
                });
                say(&format!("250 OK queued as {number}\r\n"));
            }
        } else if upper == "QUIT" {
            say("221 bye\r\n");
            return;
        } else {
            say("250 OK\r\n");
        }
    }
}

/// `rungs distribute` of `dir/content` by manager into `dir/distribution`.
fn distribute(dir: &Path, encrypt: bool) -> std::process::Output {
    let mut args = vec!["distribute", "content", "--by", "manager"];
    if encrypt {
        args.push("--encrypt");
    }
    args.extend(["--commit", "none", "-q"]);
    rungs(dir, &args)
}

/// A copy of the sample, distributed by manager (protected), in `dir/distribution`.
fn distributed() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("content"), &dir.path().join("content"));
    let out = distribute(dir.path(), true);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    dir
}

fn send(dir: &Path, server: &Server, password: &str, extra: &[&str]) -> std::process::Output {
    let port = server.port.to_string();
    let mut args = vec![
        "send",
        "content",
        "--server",
        "127.0.0.1",
        "--port",
        &port,
        "--tls",
        "none",
        "--user",
        "hr",
        "--from",
        "人力资源部 <hr@example.com>",
        "--per-minute",
        "6000",
        "--yes",
    ];
    args.extend_from_slice(extra);
    rungs_env(dir, &args, &[("RUNGS_SMTP_PASSWORD", password)])
}

/// The bundles `distribute` listed: (zip, email).
fn bundles(dir: &Path) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(dir.join("distribution/bundles.csv")).unwrap();
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[0].to_string(), r[3].to_string())
        })
        .collect()
}

#[test]
fn each_bundle_reaches_its_manager_once_with_the_bundle_byte_for_byte() {
    let dir = distributed();
    let server = Server::start(None);
    let out = send(dir.path(), &server, "secret", &[]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let bundles = bundles(dir.path());
    let received = server.received();
    assert_eq!(received.len(), bundles.len(), "{}", stderr(&out));
    for (zip, email) in &bundles {
        let message = received
            .iter()
            .find(|m| m.rcpt == [email.clone()])
            .unwrap_or_else(|| panic!("nothing for {email}"));
        let parsed = mail_parser::MessageParser::default()
            .parse(&message.data)
            .unwrap();
        let subject = parsed.subject().unwrap();
        assert!(
            subject.contains("2024H2") && subject.contains("任职资格认证结果"),
            "{subject}"
        );
        assert!(!subject.contains("更正"), "{subject}");
        let body = parsed.body_text(0).unwrap();
        assert!(body.contains("密码不随本邮件发送"), "{body}");
        assert!(!subject.contains("更正"), "{subject}");
        let attachments: Vec<_> = parsed.attachments().collect();
        assert_eq!(attachments.len(), 1);
        assert_eq!(attachments[0].attachment_name(), Some(zip.as_str()));
        let bytes = std::fs::read(dir.path().join("distribution").join(zip)).unwrap();
        assert!(
            attachments[0].contents() == bytes.as_slice(),
            "{zip} arrived changed"
        );
        // Passwords never travel with what they open.
        let passwords =
            std::fs::read_to_string(dir.path().join("distribution/passwords.csv")).unwrap();
        let text = String::from_utf8_lossy(&message.data);
        for row in passwords.lines().skip(1) {
            let password = row.rsplit(',').next().unwrap();
            assert!(
                !text.contains(password),
                "a password in the message to {email}"
            );
        }
    }
    drop(received);
    let log = std::fs::read_to_string(dir.path().join("distribution/send-log.csv")).unwrap();
    assert_eq!(log.matches(",sent,").count(), bundles.len(), "{log}");
    // A second run sends nothing: the log says every bundle went, unchanged since.
    let again = send(dir.path(), &server, "secret", &[]);
    assert_eq!(code(&again), 0, "{}", stderr(&again));
    assert_eq!(server.received().len(), bundles.len());
    assert!(
        stderr(&again).contains("nothing to send"),
        "{}",
        stderr(&again)
    );
}

#[test]
fn a_run_refused_halfway_resumes_where_it_stopped() {
    let dir = distributed();
    let total = bundles(dir.path()).len();
    assert!(total >= 3);
    let refusing = Server::start(Some(3));
    let out = send(dir.path(), &refusing, "secret", &[]);
    assert_eq!(code(&out), 2, "the refused recipient makes the run fail");
    assert!(
        stderr(&out).contains("1 bundle not sent"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("451"), "{}", stderr(&out));
    assert_eq!(refusing.received().len(), total - 1);
    let server = Server::start(None);
    let out = send(dir.path(), &server, "secret", &[]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        server.received().len(),
        1,
        "only the refused bundle goes again"
    );
}

#[test]
fn a_wrong_password_stops_before_the_first_message() {
    let dir = distributed();
    let server = Server::start(None);
    let out = send(dir.path(), &server, "wrong", &[]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("cannot reach the mail server"),
        "{}",
        stderr(&out)
    );
    assert!(server.received().is_empty());
    // Without TLS only to this computer.
    let out = rungs_env(
        dir.path(),
        &[
            "send",
            "content",
            "--server",
            "smtp.example.com",
            "--tls",
            "none",
            "--from",
            "hr@example.com",
        ],
        &[],
    );
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("`tls: none` is for a server on this computer only"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_dry_run_writes_each_message_to_read_and_sends_nothing() {
    let dir = distributed();
    let server = Server::start(None);
    let out = send(dir.path(), &server, "secret", &["--dry-run"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(server.received().is_empty());
    let eml = std::fs::read(dir.path().join("distribution/outbox/M01-李强-2024H2.eml")).unwrap();
    let text = String::from_utf8_lossy(&eml);
    // The Chinese file name, as RFC 2231 and as an RFC 2047 encoded word.
    assert!(text.contains("filename*"), "{text}");
    assert!(text.contains("name=\"=?utf-8?B?"), "{text}");
    let parsed = mail_parser::MessageParser::default().parse(&eml).unwrap();
    assert_eq!(
        parsed.attachments().next().unwrap().attachment_name(),
        Some("M01-李强-2024H2.zip")
    );
    assert!(
        !dir.path().join("distribution/send-log.csv").exists(),
        "a dry run logs nothing"
    );
    // Too large for the limit: refused before sending, said, and the run fails.
    let out = send(dir.path(), &server, "secret", &["--max-size", "0"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("over the 0 MiB"), "{}", stderr(&out));
    assert!(server.received().is_empty());
}

/// A corrected bundle goes again, marked as a correction; the others do not; `--only` and
/// `--again` resend one bundle on purpose; the log survives the next `distribute`.
#[test]
fn a_corrected_bundle_goes_again_marked_and_the_log_survives_distribute() {
    let dir = distributed();
    let server = Server::start(None);
    assert_eq!(code(&send(dir.path(), &server, "secret", &[])), 0);
    let first = server.received().len();
    // A correction in one record of M01's team, then the same distribution again.
    let record = dir.path().join("content/assessments/2024H2/E1001.yaml");
    let text = std::fs::read_to_string(&record).unwrap();
    std::fs::write(
        &record,
        text.replacen("首次申请二级。", "首次申请二级（更正）。", 1),
    )
    .unwrap();
    let out = distribute(dir.path(), true);
    assert_eq!(
        code(&out),
        0,
        "the send log does not stop it: {}",
        stderr(&out)
    );
    assert!(
        dir.path().join("distribution/send-log.csv").exists(),
        "the log is carried over"
    );
    let out = send(dir.path(), &server, "secret", &[]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let received = server.received();
    assert_eq!(
        received.len(),
        first + 1,
        "only the corrected bundle: {}",
        stderr(&out)
    );
    let last = mail_parser::MessageParser::default()
        .parse(&received.last().unwrap().data)
        .unwrap();
    assert!(
        last.subject().unwrap().starts_with("【更正】"),
        "{:?}",
        last.subject()
    );
    assert!(
        last.body_text(0)
            .unwrap()
            .contains("本邮件更正此前发送的同名附件")
    );
    drop(received);
    // One manager lost the message: send theirs again, on purpose.
    let out = send(dir.path(), &server, "secret", &["--only", "M02", "--again"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(server.received().len(), first + 2);
    // A dry run's messages do not stop the next distribute either.
    assert_eq!(
        code(&send(
            dir.path(),
            &server,
            "secret",
            &["--dry-run", "--again"]
        )),
        0
    );
    let out = distribute(dir.path(), true);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

/// Unprotected bundles are not mailed unless asked in so many words, and without a terminal
/// the recipients must be confirmed with `--yes`.
#[test]
fn unprotected_bundles_and_unconfirmed_runs_send_nothing() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("content"), &dir.path().join("content"));
    let out = distribute(dir.path(), false);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let server = Server::start(None);
    let out = send(dir.path(), &server, "secret", &[]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("not password-protected"),
        "{}",
        stderr(&out)
    );
    assert!(server.received().is_empty());
    let dir = distributed();
    let port = server.port.to_string();
    let out = rungs_env(
        dir.path(),
        &[
            "send",
            "content",
            "--server",
            "127.0.0.1",
            "--port",
            &port,
            "--tls",
            "none",
            "--user",
            "hr",
            "--from",
            "hr@example.com",
        ],
        &[("RUNGS_SMTP_PASSWORD", "secret")],
    );
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("about to send") && stderr(&out).contains("li.qiang@example.com"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("--yes"), "{}", stderr(&out));
    assert!(server.received().is_empty());
}
