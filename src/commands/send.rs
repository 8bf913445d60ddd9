//! `rungs send`: each bundle of a distribution mailed to its recipient, with a log that lets a
//! re-run send only what is left; the password from the environment or a prompt.

use std::io::IsTerminal;
use std::path::PathBuf;

use super::{Failure, Ui, standard_only};
use rungs::msg;
use rungs::send::settings::{Settings, Tls};
use rungs::send::{self, Mailer, Outcome};

// The arguments of `rungs send`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(default_value = "content", value_parser = super::content_folder)]
    pub content: PathBuf,
    #[arg(long, value_name = "DIR", default_value = "distribution")]
    pub bundles: PathBuf,
    #[arg(long, value_name = "FILE")]
    pub settings: Option<PathBuf>,
    #[arg(long)]
    pub server: Option<String>,
    #[arg(long)]
    pub port: Option<u16>,
    #[arg(long, value_enum)]
    pub tls: Option<TlsArg>,
    #[arg(long)]
    pub user: Option<String>,
    #[arg(long)]
    pub from: Option<String>,
    #[arg(long, value_name = "PEM")]
    pub ca_file: Option<PathBuf>,
    #[arg(long)]
    pub per_minute: Option<u32>,
    #[arg(long, value_name = "MIB")]
    pub max_size: Option<u64>,
    #[arg(long)]
    pub dry_run: bool,
    #[arg(long, value_name = "BUNDLE")]
    pub only: Vec<String>,
    #[arg(long)]
    pub again: bool,
    #[arg(long, short)]
    pub yes: bool,
    #[arg(long)]
    pub allow_unprotected: bool,
}

/// How `rungs send` protects the connection.
#[derive(Debug, Clone, Copy, clap::ValueEnum, PartialEq, Eq)]
pub enum TlsArg {
    Starttls,
    Implicit,
    None,
}

/// The environment variable the SMTP password is read from.
const PASSWORD_VARIABLE: &str = "RUNGS_SMTP_PASSWORD";

pub(super) fn run(o: Args, ui: &Ui) -> Result<(), Failure> {
    let settings = settings(&o)?;
    // Reports by mail are protected, unless asked otherwise in so many words.
    let protected = o.bundles.join(rungs::distribute::PASSWORDS_FILE).exists();
    if !protected && !o.allow_unprotected && o.bundles.join("bundles.csv").exists() {
        return Err(Failure::usage(msg!(
            "send-unprotected",
            folder = o.bundles.display().to_string()
        ))
        .with_help(msg!("send-unprotected-help")));
    }
    let (_, checked) = standard_only(&o.content, ui)?;
    let standard = &checked
        .model
        .as_ref()
        .expect("checked without errors")
        .standard;
    let request = send::Request {
        folder: &o.bundles,
        settings: &settings,
        theme: &checked.theme,
        standard,
        dry_run: o.dry_run,
        only: &o.only,
        again: o.again,
    };
    let pending = send::pending(&request).map_err(|e| Failure::usage(e.message()))?;
    if pending.is_empty() {
        if !ui.quiet {
            eprintln!("{}", ui.say(&msg!("send-nothing-to-send")));
        }
        return Ok(());
    }
    if !o.dry_run {
        confirm(&pending, &settings, o.yes, ui)?;
    }
    let mut mailer: Box<dyn Mailer> = if o.dry_run {
        Box::new(send::Nowhere)
    } else {
        let password = match &settings.user {
            None => None,
            Some(user) => Some(password(user, ui)?),
        };
        Box::new(send::Smtp::connect(&settings, password).map_err(|e| Failure::usage(e.message()))?)
    };
    let report = send::send(&request, mailer.as_mut(), &|bundle, outcome| {
        if ui.quiet {
            return;
        }
        let said = match outcome {
            Outcome::Sent { response } => msg!(
                "send-sent",
                bundle = &bundle.bundle,
                email = &bundle.email,
                response = response
            ),
            Outcome::AlreadySent => msg!(
                "send-already-sent",
                bundle = &bundle.bundle,
                email = &bundle.email
            ),
            Outcome::Written(file) => msg!("send-wrote", file = file.display().to_string()),
            Outcome::NotSent(why) => {
                msg!("send-not-sent", bundle = &bundle.bundle, why = why.clone())
            }
        };
        eprintln!("{}", ui.say(&said));
    })
    .map_err(|e| Failure::usage(e.message()))?;
    finish(&o, &report, ui)
}

/// Lists rungs' own files in the folder, says what was sent, and fails naming each bundle
/// that was not.
fn finish(o: &Args, report: &[(send::Bundle, Outcome)], ui: &Ui) -> Result<(), Failure> {
    // The log and the messages written are rungs' own files in the folder: the next
    // `distribute` replaces them (and carries the log over) instead of stopping at them.
    let written: Vec<String> = std::iter::once(send::log::LOG_FILE.to_string())
        .filter(|_| !o.dry_run)
        .chain(report.iter().filter_map(|(_, outcome)| {
            match outcome {
                Outcome::Written(file) => file
                    .strip_prefix(&o.bundles)
                    .ok()
                    .map(|p| p.to_string_lossy().replace('\\', "/")),
                _ => None,
            }
        }))
        .collect();
    let _ = rungs::publish::record_written(&o.bundles, &written);
    let count = |f: &dyn Fn(&Outcome) -> bool| report.iter().filter(|(_, o)| f(o)).count();
    let not_sent: Vec<String> = report
        .iter()
        .filter(|(_, o)| matches!(o, Outcome::NotSent(_)))
        .map(|(b, _)| {
            if b.email.is_empty() {
                b.bundle.clone()
            } else {
                format!("{} ({})", b.bundle, b.email)
            }
        })
        .collect();
    if !ui.quiet {
        let said = if o.dry_run {
            msg!(
                "send-dry-run-done",
                messages = count(&|o| matches!(o, Outcome::Written(_))),
                folder = o.bundles.join("outbox").display().to_string()
            )
        } else {
            msg!(
                "send-done",
                sent = count(&|o| matches!(o, Outcome::Sent { .. })),
                already = count(&|o| *o == Outcome::AlreadySent),
                not_sent = not_sent.len(),
                log = o.bundles.join(send::log::LOG_FILE).display().to_string()
            )
        };
        eprintln!("{}", ui.say(&said));
    }
    if not_sent.is_empty() {
        Ok(())
    } else {
        Err(Failure::usage(msg!(
            "send-some-not-sent",
            count = not_sent.len(),
            bundles = not_sent
        ))
        .with_help(msg!("send-some-not-sent-help")))
    }
}

/// Shows who gets what, and asks before anything leaves (`--yes` for scripts).
fn confirm(
    pending: &[send::Bundle],
    settings: &Settings,
    yes: bool,
    ui: &Ui,
) -> Result<(), Failure> {
    eprintln!(
        "{}",
        ui.say(&msg!(
            "send-about-to-send",
            count = pending.len(),
            server = format!("{}:{}", settings.server, settings.port()),
            from = &settings.from
        ))
    );
    for b in pending {
        let address = if b.email.is_empty() {
            ui.say(&msg!("send-no-address-short"))
        } else {
            b.email.clone()
        };
        eprintln!(
            "  {}",
            ui.say(&msg!(
                "send-recipient",
                bundle = &b.bundle,
                name = &b.name,
                email = address,
                reports = b.reports
            ))
        );
    }
    if yes {
        return Ok(());
    }
    if !std::io::stdin().is_terminal() {
        return Err(Failure::usage(msg!("send-confirm-with-yes"))
            .with_help(msg!("send-confirm-with-yes-help")));
    }
    eprint!("{} ", ui.say(&msg!("send-ask")));
    let mut answer = String::new();
    std::io::stdin()
        .read_line(&mut answer)
        .map_err(|e| Failure::usage(msg!("send-cannot-read-answer", error = e.to_string())))?;
    if matches!(answer.trim(), "y" | "Y" | "yes" | "是") {
        Ok(())
    } else {
        Err(Failure::usage(msg!("send-declined")))
    }
}

/// The settings file, with the flags over it; without a file the flags must name the server
/// and the sender.
fn settings(o: &Args) -> Result<Settings, Failure> {
    let mut settings = match &o.settings {
        Some(file) => Settings::read(file, &o.content).map_err(Failure::usage)?,
        None => Settings {
            server: o.server.clone().ok_or_else(|| {
                Failure::usage(msg!("send-no-server")).with_help(msg!("send-no-server-help"))
            })?,
            port: None,
            tls: Tls::Starttls,
            user: None,
            from: o
                .from
                .clone()
                .ok_or_else(|| Failure::usage(msg!("send-no-sender")))?,
            reply_to: None,
            bcc: None,
            per_minute: 20,
            max_size_mib: 20,
            ca_file: None,
        },
    };
    if let Some(server) = &o.server {
        settings.server = server.clone();
    }
    if let Some(from) = &o.from {
        settings.from = from.clone();
    }
    settings.port = o.port.or(settings.port);
    settings.tls = match o.tls {
        Some(TlsArg::Starttls) => Tls::Starttls,
        Some(TlsArg::Implicit) => Tls::Implicit,
        Some(TlsArg::None) => Tls::None,
        None => settings.tls,
    };
    settings.user = o.user.clone().or(settings.user.take());
    settings.ca_file = o.ca_file.clone().or(settings.ca_file.take());
    settings.per_minute = o.per_minute.unwrap_or(settings.per_minute);
    settings.max_size_mib = o.max_size.unwrap_or(settings.max_size_mib);
    if settings.tls == Tls::None && !settings.is_loopback() {
        return Err(Failure::usage(msg!(
            "send-tls-none-remote",
            server = &settings.server
        )));
    }
    Ok(settings)
}

/// The account's password: from the environment, or asked for on a terminal.
fn password(user: &str, ui: &Ui) -> Result<String, Failure> {
    if let Ok(password) = std::env::var(PASSWORD_VARIABLE) {
        return Ok(password);
    }
    if !std::io::stdin().is_terminal() {
        return Err(Failure::usage(msg!(
            "send-no-password",
            user = user,
            variable = PASSWORD_VARIABLE
        )));
    }
    rpassword::prompt_password(format!(
        "{} ",
        ui.say(&msg!("send-password-prompt", user = user))
    ))
    .map_err(|e| Failure::usage(msg!("send-cannot-read-password", error = e.to_string())))
}
