//! `rungs verify`: whether a certificate (a PDF, or its serial) is genuine and in force, with
//! an exit code for each answer (README lists them).

use std::path::Path;

use super::{Failure, ProjectArgs, Ui, checked};
use rungs::msg;
use rungs::project::certificates::{NotGenuine, Verification, serial_of};

// The arguments of `rungs verify`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub project: ProjectArgs,
    #[arg(long = "certificate", value_name = "FILE|SERIAL")]
    pub certificate: String,
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub on: Option<String>,
}

pub(super) fn run(args: Args, ui: &Ui) -> Result<(), Failure> {
    let path = Path::new(&args.certificate);
    let file = if path.is_file() {
        Some(std::fs::read(path).map_err(|e| {
            Failure::usage(msg!(
                "source-cannot-read",
                path = path.display().to_string(),
                error = e.to_string()
            ))
        })?)
    } else {
        None
    };
    let serial = match &file {
        Some(bytes) => serial_of(bytes),
        None => Some(args.certificate.trim().to_string()),
    };
    let opened = checked(&args.project.content, args.project.records.as_deref(), ui)?;
    let build = opened.plain_build()?;
    let on = super::certifications::as_of(args.on.as_deref(), &build.model().records)?;
    let not_genuine = |message| Failure {
        code: rungs::exit::NOT_GENUINE,
        message: Some(message),
        help: Some(msg!("verify-not-genuine-help")),
    };
    let Some(serial) = serial else {
        return Err(not_genuine(msg!("verify-no-serial")));
    };
    let verdict = build
        .verify(&serial, file.as_deref(), on)
        .map_err(|e| Failure::usage(e.message()))?;
    let lang = build.model().standard.settings.language;
    let standard = &build.model().standard;
    let who = |c: &rungs::evaluate::certification::Certificate<'_>| {
        let sequence = standard.sequence(&c.sequence);
        let level = sequence.and_then(|s| s.level(&c.level));
        format!(
            "{}（{}）{}{}",
            c.record.name,
            c.record.employee_id,
            sequence.map_or(c.sequence.as_str(), |s| s.name.as_str()),
            level.map_or(c.level.as_str(), |l| l.name.as_str())
        )
    };
    match verdict {
        Verification::InForce(h) => {
            println!(
                "{}",
                ui.say(&msg!(
                    "verify-in-force",
                    serial = &serial,
                    who = who(&h.certificate),
                    until = h.certificate.valid_until.to_string(),
                    status = rungs::render::certifications::status_word(lang, h.status),
                    date = on.to_string()
                ))
            );
            Ok(())
        }
        Verification::NotInForce(c, now) => {
            let status = match &now {
                Some(h) if h.certificate.serial == c.serial => {
                    rungs::render::certifications::status_word(lang, h.status).to_string()
                }
                Some(h) => ui.say(&msg!("verify-replaced", by = &h.certificate.serial)),
                None => ui.say(&msg!("verify-not-held")),
            };
            Err(Failure {
                code: rungs::exit::NOT_IN_FORCE,
                message: Some(msg!(
                    "verify-not-in-force",
                    serial = &serial,
                    who = who(&c),
                    status = status,
                    date = on.to_string()
                )),
                help: None,
            })
        }
        Verification::NotGenuine(NotGenuine::UnknownSerial(s)) => {
            Err(not_genuine(msg!("verify-unknown-serial", serial = s)))
        }
        Verification::NotGenuine(NotGenuine::Altered(s)) => {
            Err(not_genuine(msg!("verify-altered", serial = s)))
        }
        Verification::NotGenuine(NotGenuine::NoSerial) => {
            Err(not_genuine(msg!("verify-no-serial")))
        }
    }
}
