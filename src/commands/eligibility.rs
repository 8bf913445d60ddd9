//! `rungs eligibility`: a cycle's eligibility screening (资格审查) from its roster — who may
//! apply for which level, each basic condition met or not, and when time will meet it — as a
//! PDF list for the committee or a workbook (personal data, never part of the site).

use std::path::{Path, PathBuf};

use super::{Failure, ProjectArgs, Ui, checked};
use rungs::diagnostics::suggest::help_message;
use rungs::evaluate::eligibility::{Filter, screen};
use rungs::model::Date;
use rungs::msg;

// The arguments of `rungs eligibility`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub project: ProjectArgs,
    #[arg(long, value_name = "CYCLE")]
    pub cycle: String,
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub on: Option<String>,
    #[arg(long)]
    pub sequence: Option<String>,
    #[arg(long)]
    pub level: Option<String>,
    #[arg(long)]
    pub department: Option<String>,
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

/// Which file `--out` asks for.
#[derive(Clone, Copy)]
enum ListFormat {
    Pdf,
    Xlsx,
}

impl ListFormat {
    fn of(path: &Path) -> Result<ListFormat, Failure> {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("pdf") => Ok(ListFormat::Pdf),
            Some("xlsx") => Ok(ListFormat::Xlsx),
            _ => Err(Failure::usage(msg!(
                "eligibility-bad-name",
                file = path.display().to_string()
            ))),
        }
    }
}

pub(super) fn run(args: Args, ui: &Ui) -> Result<(), Failure> {
    let format = ListFormat::of(&args.out)?;
    let opened = checked(&args.project.content, args.project.records.as_deref(), ui)?;
    super::refuse_inside(&args.out, &opened.project.folders())?;
    let model = opened.model();
    let standard = &model.standard;
    let with_roster: Vec<&str> = model
        .records
        .people
        .iter()
        .filter(|(_, c)| c.roster.is_some())
        .map(|(name, _)| name.as_str())
        .collect();
    let Some(cycle) = model
        .records
        .people
        .get(&args.cycle)
        .filter(|c| c.roster.is_some())
    else {
        return Err(
            Failure::usage(msg!("eligibility-no-roster", cycle = &args.cycle)).with_help(
                if with_roster.is_empty() {
                    msg!("eligibility-no-roster-help", cycle = &args.cycle)
                } else {
                    help_message(&msg!("noun-cycle"), &args.cycle, &with_roster)
                },
            ),
        );
    };
    let roster = cycle.roster.as_ref().expect("filtered on a roster");
    let date = match (&args.on, cycle.screening_date) {
        (Some(text), _) => Date::parse(text).map_err(|why| {
            Failure::usage(msg!("eligibility-bad-date", date = text)).with_help(why)
        })?,
        (None, Some(date)) => date,
        (None, None) => {
            return Err(
                Failure::usage(msg!("eligibility-no-date", cycle = &args.cycle))
                    .with_help(msg!("eligibility-no-date-help", cycle = &args.cycle)),
            );
        }
    };
    let filter = filter(standard, &args)?;
    let screening = screen(standard, roster, &cycle.applications, date, &filter);
    let bytes = match format {
        ListFormat::Xlsx => {
            rungs::render::eligibility::workbook(standard, &screening).map_err(|e| {
                Failure::usage(msg!("cli-cannot-write-workbook", error = e.to_string()))
            })?
        }
        ListFormat::Pdf => {
            let build = opened.plain_build()?;
            let document =
                rungs::render::pdf::document::eligibility(standard, &screening, build.info());
            build
                .document_renderer()
                .and_then(|r| r.pdf(&document))
                .map_err(|e| Failure::usage(e.message()))?
        }
    };
    super::write(&args.out, &bytes)?;
    if !ui.quiet {
        let eligible = screening.candidates.iter().filter(|c| c.eligible).count();
        let later = screening
            .candidates
            .iter()
            .filter(|c| c.eligible_on.is_some())
            .count();
        let applied = screening
            .candidates
            .iter()
            .filter(|c| c.application.is_some())
            .count();
        eprintln!(
            "{}",
            ui.say(&msg!(
                "eligibility-wrote",
                file = args.out.display().to_string(),
                candidates = screening.candidates.len(),
                eligible = eligible,
                later = later,
                applied = applied,
                date = date.to_string()
            ))
        );
    }
    Ok(())
}

/// The filter the options ask for, with the sequence and level by id or name.
fn filter(standard: &rungs::model::Standard, args: &Args) -> Result<Filter, Failure> {
    let mut filter = Filter {
        department: args.department.clone(),
        ..Filter::default()
    };
    let Some(given) = &args.sequence else {
        if args.level.is_some() {
            return Err(Failure::usage(msg!("eligibility-level-needs-sequence")));
        }
        return Ok(filter);
    };
    let sequence = standard
        .sequences
        .iter()
        .find(|s| &s.id == given || &s.name == given)
        .ok_or_else(|| {
            let known: Vec<&str> = standard.sequences.iter().map(|s| s.id.as_str()).collect();
            Failure::usage(msg!("results-no-sequence", given = given)).with_help(help_message(
                &msg!("noun-sequence"),
                given,
                &known,
            ))
        })?;
    filter.sequence = Some(sequence.id.clone());
    if let Some(level) = &args.level {
        let found = sequence
            .levels
            .iter()
            .find(|l| &l.id == level || &l.name == level)
            .ok_or_else(|| {
                let known: Vec<&str> = sequence.levels.iter().map(|l| l.id.as_str()).collect();
                Failure::usage(msg!("results-no-level", given = level)).with_help(help_message(
                    &msg!("noun-level"),
                    level,
                    &known,
                ))
            })?;
        filter.level = Some(found.id.clone());
    }
    Ok(filter)
}
