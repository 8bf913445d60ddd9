//! `rungs results`: the HR roll-up, one row per assessment record, filtered.

use std::path::PathBuf;

use super::{Failure, ProjectArgs, Ui, checked};
use rungs::diagnostics::suggest::help_message;
use rungs::evaluate::team::Member;
use rungs::msg;
use rungs::project::{BuildOptions, Stamp};

use rungs::render::results::{self, Filters, Selection};

// The arguments of `rungs results`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub project: ProjectArgs,
    #[arg(long, value_enum, default_value_t = ResultsFormat::Csv)]
    pub format: ResultsFormat,
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    #[arg(long)]
    pub cycle: Vec<String>,
    #[arg(long)]
    pub sequence: Vec<String>,
    #[arg(long)]
    pub level: Vec<String>,
    #[arg(long)]
    pub department: Vec<String>,
    #[arg(long)]
    pub manager: Vec<String>,
    #[arg(long, value_name = "current|EDITION")]
    pub against: Option<String>,
}

/// What `rungs results` writes.
#[derive(Debug, Clone, Copy, clap::ValueEnum, PartialEq, Eq)]
pub enum ResultsFormat {
    Csv,
    Xlsx,
    Md,
}

pub(super) fn run(args: Args, ui: &Ui) -> Result<(), Failure> {
    let (format, out) = (args.format, args.out.as_deref());
    if format == ResultsFormat::Xlsx && out.is_none() {
        return Err(Failure::usage(msg!("results-xlsx-needs-out")));
    }
    let opened = checked(&args.project.content, args.project.records.as_deref(), ui)?;
    if let Some(out) = out {
        super::refuse_inside(out, &opened.project.folders())?;
    }
    let standard = opened.standard();
    let info = opened.build_info(&BuildOptions {
        stamp: Stamp::None,
        against: args.against.clone(),
    })?;
    let build = opened
        .checked
        .build(info, Default::default())
        .expect("a project without errors has a model");
    let evaluations = build.evaluations();
    let assessments = &build.model().records.assessments;
    let everyone: Vec<Member> = assessments.iter().zip(&evaluations).collect();
    let filters = Filters {
        cycle: args.cycle.clone(),
        sequence: args.sequence.clone(),
        level: args.level.clone(),
        department: args.department.clone(),
        manager: args.manager.clone(),
    };
    let keep = Selection::new(standard, assessments, &filters).map_err(|e| {
        let (noun, message) = match e.what {
            "cycle" => ("noun-cycle", msg!("results-no-cycle", given = &e.given)),
            "sequence" => (
                "noun-sequence",
                msg!("results-no-sequence", given = &e.given),
            ),
            "level" => ("noun-level", msg!("results-no-level", given = &e.given)),
            "department" => (
                "noun-department",
                msg!("results-no-department", given = &e.given),
            ),
            _ => ("noun-manager", msg!("results-no-manager", given = &e.given)),
        };
        let known: Vec<&str> = e.known.iter().map(String::as_str).collect();
        let help = help_message(&rungs::locale::Message::new(noun), &e.given, &known);
        Failure::usage(message).with_help(help)
    })?;
    let selected: Vec<Member> = everyone
        .iter()
        .copied()
        .filter(|(a, _)| keep.wants(a))
        .collect();
    let rows = results::rows(standard, build.info(), &selected, &everyone);
    let scope = keep.describe(standard);
    let bytes = match format {
        ResultsFormat::Csv => results::csv(standard, &rows),
        ResultsFormat::Md => results::markdown(standard, &rows, &scope).into_bytes(),
        ResultsFormat::Xlsx => results::xlsx(standard, &rows, standard.settings.effective_date)
            .map_err(|e| {
                Failure::usage(msg!("cli-cannot-write-workbook", error = e.to_string()))
            })?,
    };
    match out {
        Some(path) => {
            super::write(path, &bytes)?;
            if !ui.quiet {
                eprintln!(
                    "{}",
                    ui.say(&msg!(
                        "results-wrote",
                        file = path.display().to_string(),
                        records = rows.len()
                    ))
                );
            }
        }
        None => super::to_stdout(&bytes)?,
    }
    Ok(())
}
