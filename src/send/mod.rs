//! Sending a distribution: each bundle of a `distribute` run mailed to its recipient (the
//! address `bundles.csv` gives: the manager's, from the records), over SMTP with STARTTLS or
//! implicit TLS (lettre, rustls), one message per bundle, at most so many a minute. Passwords
//! never travel: not in a message, not in a bundle (`distribute` lists them apart).
//!
//! Every message tried goes into the send log (see `log`) before the next one, so a re-run
//! sends only what was not sent or has changed since, and a run killed or refused halfway
//! resumes where it stopped. A dry run writes each message as an `.eml` file instead, to read
//! before anything leaves. Nothing here prints; the command does.

pub mod log;
pub mod settings;

use std::path::{Path, PathBuf};
use std::time::Duration;

use lettre::message::header::ContentType;
use lettre::message::{Mailbox, Message, MultiPart, SinglePart};

use crate::locale::Message as Said;
use crate::model::Standard;
use crate::msg;
use crate::theme::Theme;
use log::{Entry, Log, Status};
use settings::{Settings, Tls};

/// A bundle as `distribute` listed it in `bundles.csv`.
pub use crate::distribute::BundleRow as Bundle;

/// What became of one bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Sent {
        response: String,
    },
    /// Sent before, byte for byte, to this address: not sent again.
    AlreadySent,
    /// Written as an `.eml` file (a dry run).
    Written(PathBuf),
    /// Not sent, and why: rungs refused (no address, too large, not an address), or the
    /// server's own words (verbatim).
    NotSent(Said),
}

/// Each bundle of the run, in `bundles.csv`'s order, with its outcome.
pub type Report = Vec<(Bundle, Outcome)>;

/// Where messages go: a mail server, or `.eml` files.
pub trait Mailer {
    /// Hands `message` over; the server's answer, or why it was refused.
    fn send(&mut self, message: &Message) -> Result<String, String>;
}

/// Why a run could not start or had to stop (nothing about one message: that is an outcome).
#[derive(Debug)]
pub struct SendError(pub Said);

impl SendError {
    /// What went wrong, to say in the user's language.
    pub fn message(&self) -> Said {
        self.0.clone()
    }
}

/// In English, for logs and tests; the command line says [`SendError::message`].
impl std::fmt::Display for SendError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.english())
    }
}

/// The distribution folder's bundles and cycle.
pub fn bundles(folder: &Path) -> Result<(Vec<Bundle>, String), SendError> {
    let list = folder.join("bundles.csv");
    let bytes = std::fs::read(&list).map_err(|e| {
        SendError(msg!(
            "send-no-bundles",
            path = list.display().to_string(),
            error = e.to_string()
        ))
    })?;
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let mut reader = csv::Reader::from_reader(text);
    let bad = |e: csv::Error| {
        SendError(msg!(
            "send-bad-bundles",
            path = list.display().to_string(),
            error = e.to_string()
        ))
    };
    let headers = reader.headers().map_err(bad)?.clone();
    let mut out = Vec::new();
    for row in reader.records() {
        let row = row.map_err(bad)?;
        // The mark that keeps a cell from running as a formula comes off again.
        let restored = csv::StringRecord::from_iter(row.iter().map(crate::render::csv::restore));
        out.push(restored.deserialize(Some(&headers)).map_err(bad)?);
    }
    let manifest = crate::render::manifest::Manifest::read(&folder.join("manifest.json"))
        .map_err(SendError)?;
    let cycle = manifest
        .reports
        .first()
        .map(|r| r.cycle.clone())
        .unwrap_or_default();
    Ok((out, cycle))
}

/// What a message says, from the theme's `mail/subject.txt` and `mail/body.txt` (Tera,
/// plain text).
pub struct Letter {
    pub subject: String,
    pub body: String,
}

/// What a message says besides the bundle: its cycle, whether its files are protected, and
/// whether it corrects a bundle sent before.
pub struct Facts<'a> {
    pub cycle: &'a str,
    pub protected: bool,
    pub correction: bool,
}

/// The words of the message for `bundle`.
pub fn letter(
    theme: &Theme,
    standard: &Standard,
    settings: &Settings,
    bundle: &Bundle,
    facts: &Facts,
) -> Result<Letter, SendError> {
    let Facts {
        cycle,
        protected,
        correction,
    } = *facts;
    let s = &standard.settings;
    let mut context = tera::Context::new();
    context.insert("lang", s.language.tag().split('-').next().unwrap_or("en"));
    context.insert("organisation", &s.organisation);
    context.insert("title", &s.title);
    context.insert("edition", &s.edition);
    context.insert("cycle", cycle);
    let team = if !bundle.name.is_empty() && bundle.name != bundle.team {
        crate::render::words::paren(s.language, &bundle.name, &bundle.team)
    } else {
        bundle.team.clone()
    };
    context.insert("team", &team);
    context.insert(
        "recipient",
        if bundle.name.is_empty() {
            &bundle.team
        } else {
            &bundle.name
        },
    );
    context.insert("reports", &bundle.reports);
    context.insert("attachment", &bundle.bundle);
    context.insert("protected", &protected);
    context.insert("correction", &correction);
    let sender = settings
        .from
        .parse::<Mailbox>()
        .ok()
        .and_then(|m| m.name)
        .unwrap_or_else(|| settings.from.clone());
    context.insert("sender", &sender);
    // The sentences, said in the standard's language (the locale's `mail_*` strings), for
    // the templates to lay out.
    let recipient = if bundle.name.is_empty() {
        &bundle.team
    } else {
        &bundle.name
    };
    let say = |key: &'static str| {
        s.language.say(
            &crate::locale::Message::new(key)
                .arg("recipient", recipient.as_str())
                .arg("cycle", cycle)
                .arg("reports", bundle.reports)
                .arg("attachment", bundle.bundle.as_str())
                .arg("title", s.title.as_str())
                .arg("edition", s.edition.as_str()),
        )
    };
    let mail: std::collections::BTreeMap<&str, String> = [
        ("correction_tag", "mail_correction_tag"),
        ("subject", "mail_subject"),
        ("greeting", "mail_greeting"),
        ("correction", "mail_correction"),
        ("attachment", "mail_attachment"),
        ("protected", "mail_protected"),
        ("confidential", "mail_confidential"),
        ("questions", "mail_questions"),
    ]
    .into_iter()
    .map(|(name, key)| (name, say(key)))
    .collect();
    context.insert("mail", &mail);
    let render = |path: &str| -> Result<String, SendError> {
        let template = theme
            .files_under("mail")
            .find(|(name, _)| format!("mail/{name}") == path)
            .map(|(_, bytes)| String::from_utf8_lossy(bytes).into_owned())
            .ok_or_else(|| SendError(msg!("send-no-template", path = path)))?;
        tera::Tera::one_off(&template, &context, false).map_err(|e| {
            let mut why = e.to_string();
            let mut source = std::error::Error::source(&e);
            while let Some(s) = source {
                why = format!("{why}: {s}");
                source = s.source();
            }
            SendError(msg!(
                "render-template",
                file = theme.describe(path),
                error = why
            ))
        })
    };
    Ok(Letter {
        subject: render("mail/subject.txt")?.trim().to_string(),
        body: render("mail/body.txt")?.trim().to_string() + "\n",
    })
}

/// The message carrying `bundle` (its zip's `bytes`) to its recipient.
pub fn message(
    settings: &Settings,
    bundle: &Bundle,
    letter: &Letter,
    bytes: Vec<u8>,
) -> Result<Message, Said> {
    let not_an_address = |text: String, e: &dyn std::fmt::Display| {
        msg!("send-not-an-address", text = text, error = e.to_string())
    };
    let from: Mailbox = settings
        .from
        .parse()
        .map_err(|e| not_an_address(format!("from: {}", settings.from), &e))?;
    let to = Mailbox::new(
        (!bundle.name.is_empty()).then(|| bundle.name.clone()),
        bundle
            .email
            .parse()
            .map_err(|e| not_an_address(bundle.email.clone(), &e))?,
    );
    let id = message_id(&from, bundle);
    let mut builder = Message::builder()
        .from(from)
        .to(to)
        .subject(letter.subject.clone())
        .message_id(Some(id))
        .date_now();
    // HR's own copy of what went out (mail sent over SMTP lands in no Sent folder).
    if let Some(bcc) = &settings.bcc {
        builder = builder.bcc(
            bcc.parse()
                .map_err(|e| not_an_address(format!("bcc: {bcc}"), &e))?,
        );
    }
    if let Some(reply) = &settings.reply_to {
        builder = builder.reply_to(
            reply
                .parse()
                .map_err(|e| not_an_address(format!("reply_to: {reply}"), &e))?,
        );
    }
    builder
        .multipart(
            MultiPart::mixed()
                .singlepart(SinglePart::plain(letter.body.clone()))
                .singlepart(attachment(&bundle.bundle, bytes)),
        )
        .map_err(|e| Said::verbatim(e.to_string()))
}

/// The zip as an attachment whose Chinese name every common client shows: the name both as
/// RFC 2231 (`filename*=`, in Content-Disposition, which most clients read) and as an RFC 2047
/// encoded word in Content-Type's `name` (which Outlook and older webmail read).
fn attachment(name: &str, bytes: Vec<u8>) -> SinglePart {
    use base64::Engine as _;
    let encoded = base64::engine::general_purpose::STANDARD.encode(name.as_bytes());
    SinglePart::builder()
        .header(
            ContentType::parse(&format!("application/zip; name=\"=?utf-8?B?{encoded}?=\""))
                .expect("a valid content type"),
        )
        .header(lettre::message::header::ContentDisposition::attachment(
            name,
        ))
        .body(lettre::message::Body::new(bytes))
}

/// The message id of `bundle`'s message: the same bytes sent again carry the same id, so a
/// resent message is recognisable.
fn message_id(from: &Mailbox, bundle: &Bundle) -> String {
    format!(
        "<{}@{}>",
        &bundle.sha256[..24.min(bundle.sha256.len())],
        from.email.domain()
    )
}

/// How to run: the folder, the server's settings, the theme and standard the words come from.
pub struct Request<'a> {
    pub folder: &'a Path,
    pub settings: &'a Settings,
    pub theme: &'a Theme,
    pub standard: &'a Standard,
    /// Write `.eml` files into `folder/outbox/` instead of sending.
    pub dry_run: bool,
    /// Only these bundles (by file name, team key or recipient's name); all when empty.
    pub only: &'a [String],
    /// Send even what the log says was sent (a recipient who lost the message).
    pub again: bool,
}

impl Request<'_> {
    fn wants(&self, bundle: &Bundle) -> bool {
        self.only.is_empty()
            || self.only.iter().any(|o| {
                *o == bundle.bundle
                    || *o == bundle.bundle.trim_end_matches(".zip")
                    || *o == bundle.team
                    || *o == bundle.name
            })
    }
}

/// The bundles a run would send (not those the log shows as sent, unless `again`), in
/// `bundles.csv`'s order: what to confirm before anything leaves.
pub fn pending(request: &Request) -> Result<Vec<Bundle>, SendError> {
    let (bundles, _) = bundles(request.folder)?;
    let log = Log::open_existing(request.folder).map_err(log_failed)?;
    Ok(bundles
        .into_iter()
        .filter(|b| request.wants(b))
        .filter(|b| {
            request.again
                || !log
                    .as_ref()
                    .is_some_and(|l| l.sent(&b.bundle, &b.email, &b.content))
        })
        .collect())
}

/// Sends (or writes) every bundle not yet sent, logging each; `progress` is told of each
/// bundle as it is done.
pub fn send(
    request: &Request,
    mailer: &mut dyn Mailer,
    progress: &dyn Fn(&Bundle, &Outcome),
) -> Result<Report, SendError> {
    let (bundles, cycle) = bundles(request.folder)?;
    let protected = request
        .folder
        .join(crate::distribute::PASSWORDS_FILE)
        .exists();
    let mut log = if request.dry_run {
        None
    } else {
        Some(Log::open(request.folder).map_err(log_failed)?)
    };
    let interval = Duration::from_secs(60) / request.settings.per_minute.max(1);
    let mut report = Vec::new();
    let mut first = true;
    for bundle in bundles.into_iter().filter(|b| request.wants(b)) {
        let outcome = match prepare(request, log.as_ref(), &bundle, &cycle, protected)? {
            Prepared::Done(outcome) => outcome,
            Prepared::Message(message) => {
                if !first {
                    std::thread::sleep(interval);
                }
                first = false;
                match mailer.send(&message) {
                    Ok(response) => Outcome::Sent { response },
                    Err(why) => Outcome::NotSent(Said::verbatim(why)),
                }
            }
        };
        if let Some(log) = &mut log {
            log_outcome(log, request, &bundle, &outcome)?;
        }
        progress(&bundle, &outcome);
        report.push((bundle, outcome));
    }
    Ok(report)
}

/// A bundle ready to go, or what became of it without sending.
enum Prepared {
    Message(Message),
    Done(Outcome),
}

/// Everything before the message leaves: already sent (by the log), no address, too large,
/// not the bundle `bundles.csv` lists; else the message, written to `outbox/` in a dry run.
fn prepare(
    request: &Request,
    log: Option<&Log>,
    bundle: &Bundle,
    cycle: &str,
    protected: bool,
) -> Result<Prepared, SendError> {
    if let Some(log) = log
        && !request.again
        && log.sent(&bundle.bundle, &bundle.email, &bundle.content)
    {
        return Ok(Prepared::Done(Outcome::AlreadySent));
    }
    // Sent before with other bytes: this one corrects it, and says so.
    let correction =
        log.is_some_and(|l| l.sent_other(&bundle.bundle, &bundle.email, &bundle.content));
    if bundle.email.is_empty() {
        return Ok(Prepared::Done(Outcome::NotSent(msg!("send-no-address"))));
    }
    let path = request.folder.join(&bundle.bundle);
    let cannot_read = |e: std::io::Error| {
        SendError(msg!(
            "send-cannot-read",
            path = path.display().to_string(),
            error = e.to_string()
        ))
    };
    let size = std::fs::metadata(&path).map_err(cannot_read)?.len();
    // Attachments travel in base64: a third larger.
    let limit = request.settings.max_size_mib * 1024 * 1024;
    if size * 4 / 3 > limit {
        return Ok(Prepared::Done(Outcome::NotSent(msg!(
            "send-too-large",
            size = size.div_ceil(1024 * 1024),
            limit = request.settings.max_size_mib
        ))));
    }
    let bytes = std::fs::read(&path).map_err(cannot_read)?;
    if crate::publish::sha256_hex(&bytes) != bundle.sha256 {
        return Err(SendError(msg!(
            "send-not-the-bundle",
            path = path.display().to_string()
        )));
    }
    let letter = letter(
        request.theme,
        request.standard,
        request.settings,
        bundle,
        &Facts {
            cycle,
            protected,
            correction,
        },
    )?;
    let message = match message(request.settings, bundle, &letter, bytes) {
        Ok(m) => m,
        Err(why) => return Ok(Prepared::Done(Outcome::NotSent(why))),
    };
    if request.dry_run {
        let outbox = request.folder.join("outbox");
        let file = outbox.join(format!("{}.eml", bundle.bundle.trim_end_matches(".zip")));
        write_private(&outbox, &file, &message.formatted()).map_err(|e| {
            SendError(msg!(
                "send-cannot-write",
                path = file.display().to_string(),
                error = e.to_string()
            ))
        })?;
        return Ok(Prepared::Done(Outcome::Written(file)));
    }
    Ok(Prepared::Message(message))
}

/// Appends a line to the send log for a bundle sent, refused or failed (nothing for one
/// already sent or only written).
fn log_outcome(
    log: &mut Log,
    request: &Request,
    bundle: &Bundle,
    outcome: &Outcome,
) -> Result<(), SendError> {
    // The log is a file for HR: said in the standard's language. A reason of rungs' own
    // (with a key) is a refusal; the server's words (verbatim) are a failure.
    let language = request.standard.settings.language;
    let (status, response) = match outcome {
        Outcome::Sent { response } => (Status::Sent, response.clone()),
        Outcome::NotSent(why) if !why.key().is_empty() => (Status::Refused, language.say(why)),
        Outcome::NotSent(why) => (Status::Failed, language.say(why)),
        Outcome::AlreadySent | Outcome::Written(_) => return Ok(()),
    };
    log.append(Entry {
        time: log::now(),
        bundle: bundle.bundle.clone(),
        email: bundle.email.clone(),
        sha256: bundle.sha256.clone(),
        content: bundle.content.clone(),
        status,
        response,
        message_id: request
            .settings
            .from
            .parse::<Mailbox>()
            .map(|from| message_id(&from, bundle))
            .unwrap_or_default(),
    })
    .map_err(log_failed)
}

fn log_failed(e: std::io::Error) -> SendError {
    SendError(msg!("send-log-failed", error = e.to_string()))
}

/// A file readable by its owner only, in a folder made so.
fn write_private(folder: &Path, file: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(folder)?;
    let mut options = std::fs::File::options();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    std::io::Write::write_all(&mut options.open(file)?, bytes)
}

/// A mail server, reached once per message.
pub struct Smtp {
    transport: lettre::SmtpTransport,
}

impl Smtp {
    /// A connection to the server `settings` name, tried once before anything is sent (a wrong
    /// password or a closed port stops the run before the first message).
    pub fn connect(settings: &Settings, password: Option<String>) -> Result<Smtp, SendError> {
        use lettre::transport::smtp::authentication::Credentials;
        use lettre::transport::smtp::client::{Certificate, Tls as LettreTls, TlsParameters};
        let tls = |server: &str| -> Result<TlsParameters, SendError> {
            let mut builder = TlsParameters::builder(server.to_string());
            if let Some(file) = &settings.ca_file {
                let file_error = |key: &'static str, e: &dyn std::fmt::Display| {
                    SendError(
                        Said::new(key)
                            .arg("path", file.display().to_string())
                            .arg("error", e.to_string()),
                    )
                };
                let pem = std::fs::read(file).map_err(|e| file_error("send-cannot-read", &e))?;
                builder = builder.add_root_certificate(
                    Certificate::from_pem(&pem).map_err(|e| file_error("send-bad-ca-file", &e))?,
                );
            }
            builder
                .build_rustls()
                .map_err(|e| SendError(msg!("send-no-tls", error = e.to_string())))
        };
        let mut builder = lettre::SmtpTransport::builder_dangerous(settings.server.clone())
            .port(settings.port())
            .timeout(Some(Duration::from_secs(60)));
        builder = match settings.tls {
            Tls::Starttls => builder.tls(LettreTls::Required(tls(&settings.server)?)),
            Tls::Implicit => builder.tls(LettreTls::Wrapper(tls(&settings.server)?)),
            Tls::None if settings.is_loopback() => builder.tls(LettreTls::None),
            Tls::None => {
                return Err(SendError(msg!(
                    "send-tls-none-remote",
                    server = &settings.server
                )));
            }
        };
        if let Some(user) = &settings.user {
            let password = password.ok_or_else(|| {
                SendError(msg!(
                    "send-no-password",
                    user = user,
                    variable = "RUNGS_SMTP_PASSWORD"
                ))
            })?;
            builder = builder.credentials(Credentials::new(user.clone(), password));
        }
        let transport = builder.build();
        transport.test_connection().map_err(|e| {
            SendError(msg!(
                "send-unreachable",
                server = format!("{}:{}", settings.server, settings.port()),
                error = e.to_string()
            ))
        })?;
        Ok(Smtp { transport })
    }
}

impl Mailer for Smtp {
    fn send(&mut self, message: &Message) -> Result<String, String> {
        use lettre::Transport;
        match self.transport.send(message) {
            Ok(response) => Ok(format!(
                "{} {}",
                response.code(),
                response.message().collect::<Vec<_>>().join(" ")
            )),
            Err(e) => Err(e.to_string()),
        }
    }
}

/// A mailer that refuses: for a dry run, which never reaches it.
pub struct Nowhere;

impl Mailer for Nowhere {
    fn send(&mut self, _: &Message) -> Result<String, String> {
        Err(Said::new("send-dry-run-sends-nothing").english())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reason with braces in it comes out of the locale files whole, in either language.
    #[test]
    fn the_reasons_read_whole() {
        let why = msg!("send-no-address");
        assert!(
            why.english().contains("(`manager: { …, email: … }`)"),
            "{}",
            why.english()
        );
        let zh = crate::locale::Language::zh_cn().say(&why);
        assert!(zh.contains("`manager: { …, email: … }`"), "{zh}");
    }
}
