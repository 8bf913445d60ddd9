//! `rungs certifications`: who holds which certification on a date, and who is due for
//! renewal (personal data, like `results`).

use std::path::PathBuf;

use super::{Failure, ProjectArgs, Ui, checked};
use rungs::evaluate::certification::{default_date, held_on};
use rungs::model::Date;
use rungs::msg;
use rungs::render::certifications;

// The arguments of `rungs certifications`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub project: ProjectArgs,
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub on: Option<String>,
    #[arg(long, value_name = "MONTHS")]
    pub within: Option<u32>,
    #[arg(long, value_enum, default_value_t = super::results::ResultsFormat::Csv)]
    pub format: super::results::ResultsFormat,
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

/// The date asked for, or the latest cycle's effective date.
pub(super) fn as_of(on: Option<&str>, records: &rungs::model::Records) -> Result<Date, Failure> {
    match on {
        Some(text) => Date::parse(text).map_err(|why| {
            Failure::usage(msg!("certifications-bad-date", date = text)).with_help(why)
        }),
        None => {
            default_date(records).ok_or_else(|| Failure::usage(msg!("certifications-no-records")))
        }
    }
}

pub(super) fn run(args: Args, ui: &Ui) -> Result<(), Failure> {
    use super::results::ResultsFormat;
    if args.format == ResultsFormat::Xlsx && args.out.is_none() {
        return Err(Failure::usage(msg!("results-xlsx-needs-out")));
    }
    let opened = checked(&args.project.content, args.project.records.as_deref(), ui)?;
    if let Some(out) = &args.out {
        super::refuse_inside(out, &opened.project.folders())?;
    }
    let build = opened.plain_build()?;
    let model = build.model();
    let standard = &model.standard;
    let on = as_of(args.on.as_deref(), &model.records)?;
    let months = args
        .within
        .unwrap_or(standard.settings.certification.expiring_months);
    let evaluations = build.evaluations();
    let held: Vec<_> = held_on(standard, &model.records, &evaluations, on)
        .into_values()
        .collect();
    let bytes = match args.format {
        ResultsFormat::Csv => certifications::csv(standard, &held),
        ResultsFormat::Md => certifications::markdown(standard, &held, on, months).into_bytes(),
        ResultsFormat::Xlsx => certifications::xlsx(standard, &held, on, months).map_err(|e| {
            Failure::usage(msg!("cli-cannot-write-workbook", error = e.to_string()))
        })?,
    };
    match &args.out {
        Some(path) => {
            super::write(path, &bytes)?;
            if !ui.quiet {
                let due = held
                    .iter()
                    .filter(|h| certifications::due(h, on, months))
                    .count();
                eprintln!(
                    "{}",
                    ui.say(&msg!(
                        "certifications-wrote",
                        file = path.display().to_string(),
                        people = held.len(),
                        due = due,
                        months = months,
                        date = on.to_string()
                    ))
                );
            }
        }
        None => super::to_stdout(&bytes)?,
    }
    Ok(())
}
