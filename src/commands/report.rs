//! `rungs report`: render the reports of some employees only, from the content folder alone,
//! into the output folder (the rest of it is kept).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::{Failure, OutputArgs, RecordsArg, Ui, checked, progress_bar, publish_options};
use rungs::diagnostics::suggest::help_message;
use rungs::msg;
use rungs::publish::Publication;

// The arguments of `rungs report`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(required = true, num_args = 1.., value_name = "CONTENT|EMPLOYEE-ID")]
    pub args: Vec<String>,
    #[command(flatten)]
    pub records: RecordsArg,
    #[command(flatten)]
    pub output: OutputArgs,
}

pub(super) fn run(args: Args, ui: &Ui) -> Result<(), Failure> {
    let output = &args.output;
    // `rungs report [CONTENT] ID…`: the first argument is the content folder when it is one.
    let (content, ids): (PathBuf, &[String]) = match args.args.split_first() {
        Some((first, rest)) if !rest.is_empty() && Path::new(first).is_dir() => {
            (super::content_folder_now(first, ui), rest)
        }
        _ => (PathBuf::from("content"), &args.args),
    };
    let opened = checked(&content, args.records.records.as_deref(), ui)?;
    let info = opened.build_info(&output.build_options())?;
    let build = opened
        .checked
        .build(info, output.pdf_profile())
        .expect("a project without errors has a model");
    let known: BTreeSet<&str> = build
        .model()
        .records
        .assessments
        .iter()
        .map(|a| a.employee_id.as_str())
        .collect();
    for id in ids {
        if !known.contains(id.as_str()) {
            let known: Vec<&str> = known.iter().copied().collect();
            return Err(
                Failure::usage(msg!("report-no-record", id = id)).with_help(help_message(
                    &msg!("noun-employee-id"),
                    id,
                    &known,
                )),
            );
        }
    }
    let wanted = |a: &rungs::model::Assessment| ids.contains(&a.employee_id);
    let count = build
        .model()
        .records
        .assessments
        .iter()
        .filter(|a| wanted(a))
        .count();
    let publication =
        Publication::begin(&output.out, &publish_options(&opened.project, output.force))?;
    publication.keep_previous(&[])?;
    let bar = progress_bar(count, ui);
    let written = build.reports(&wanted, &publication, &publication, &|| bar.inc(1))?;
    bar.finish_and_clear();
    publication.commit()?;
    if !ui.quiet {
        eprintln!(
            "{}",
            ui.say(&msg!(
                "report-wrote",
                reports = written,
                folder = output
                    .out
                    .join(rungs::urls::top::REPORTS)
                    .display()
                    .to_string()
            ))
        );
    }
    Ok(())
}
