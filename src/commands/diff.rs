//! `rungs diff [CONTENT] REV [REV2]`: what changed in the standards, and what it does to the
//! records' verdicts. The revisions are read from git's objects; REV2 defaults to the working
//! tree.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use super::{Failure, RecordsArg, Ui, print_diagnostics};
use rungs::diff::{self, Format};
use rungs::exit;
use rungs::history::History;
use rungs::locale::Message;
use rungs::model::Model;
use rungs::msg;
use rungs::project::{Project, find_edition};

// The arguments of `rungs diff`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(required = true, num_args = 1..=3, value_name = "CONTENT|REV")]
    pub args: Vec<String>,
    #[command(flatten)]
    pub records: RecordsArg,
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,
    #[arg(long)]
    pub list_records: bool,
    #[arg(long)]
    pub exit_code: bool,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum, PartialEq, Eq)]
pub enum DiffFormat {
    Text,
    Md,
    Json,
}

pub(super) fn run(args: Args, ui: &Ui) -> Result<(), Failure> {
    let records = args.records.records.as_deref();
    let (list_records, exit_code) = (args.list_records, args.exit_code);
    let (content, revs) = split(&args.args, ui)?;
    let history = History::discover(&content)?;
    let working = checked(
        Project::open(&content, records)?,
        msg!("diff-side-working-tree"),
        ui,
    )?;
    // A revision, or an edition's name (第01版) as the settings at a tag give it.
    let pattern = working.standard.settings.edition_tag_pattern.clone();
    let resolve = |rev: &str| {
        history
            .resolve(rev)
            .or_else(|e| find_edition(&history, &pattern, rev).ok_or(e))
    };
    let from = resolve(&revs[0])?;
    let old = checked(
        Project::new(Box::new(history.source_at(&from, false)?), None),
        msg!("diff-side-revision", rev = &from.name),
        ui,
    )?;
    let (to_name, new) = match revs.get(1) {
        Some(rev) => {
            let to = resolve(rev)?;
            let records_source = records
                .map(rungs::source::DiskSource::open)
                .transpose()?
                .map(|s| Box::new(s) as Box<dyn rungs::source::ContentSource>);
            let project = Project::new(
                Box::new(history.source_at(&to, records_source.is_none())?),
                records_source,
            );
            let side = msg!("diff-side-revision", rev = &to.name);
            (to.name.clone(), checked(project, side, ui)?)
        }
        None => {
            let lang = working.standard.settings.language;
            let name = lang.get("diff_working_tree").to_string();
            (name, working)
        }
    };
    let lang = new.standard.settings.language;
    let side = |standard: &rungs::model::Standard, rev: &str| {
        lang.get("diff_side")
            .replace("{edition}", &standard.settings.edition)
            .replace("{rev}", rev)
    };
    let (from_label, to_label) = (
        side(&old.standard, &from.name),
        side(&new.standard, &to_name),
    );
    let changes = diff::changes(&old.standard, &new.standard);
    let impact = diff::impact(&old.standard, &new.standard, &new.records);
    let format = match args.format {
        DiffFormat::Text => Format::Text {
            colour: ui.color && std::io::stdout().is_terminal(),
        },
        DiffFormat::Md => Format::Markdown,
        DiffFormat::Json => Format::Json,
    };
    if list_records && !ui.quiet {
        eprintln!(
            "{}",
            ui.labelled("label-warning", &ui.say(&msg!("diff-list-records-warning")))
        );
    }
    print!(
        "{}",
        diff::render(
            new.standard.settings.language,
            &from_label,
            &to_label,
            &changes,
            &impact,
            list_records,
            format,
        )
    );
    if exit_code && changes.iter().any(|c| c.affects_assessments) {
        return Err(Failure {
            code: exit::CHANGES_AFFECT_ASSESSMENTS,
            message: None,
            help: None,
        });
    }
    Ok(())
}

/// `[CONTENT] REV [REV2]`: the first argument is the content folder when it holds rungs.yaml
/// (or when three are given).
fn split(args: &[String], ui: &Ui) -> Result<(PathBuf, Vec<String>), Failure> {
    let is_content = |a: &str| {
        let dir = Path::new(a);
        dir.join("rungs.yaml").is_file() || dir.join("content/rungs.yaml").is_file()
    };
    match args {
        [content, revs @ ..] if args.len() == 3 || (args.len() == 2 && is_content(content)) => {
            Ok((super::content_folder_now(content, ui), revs.to_vec()))
        }
        revs if revs.len() <= 2 => Ok((PathBuf::from("content"), revs.to_vec())),
        _ => Err(Failure::usage(msg!("diff-too-many-arguments"))),
    }
}

/// Checks one side; its errors are printed and stop the diff.
fn checked(project: Project, side: Message, ui: &Ui) -> Result<Model, Failure> {
    let spinner = super::spinner(msg!("progress-checking-revision"), ui);
    let checked = project.check();
    spinner.finish_and_clear();
    let checked = checked?;
    ui.adopt(&checked);
    if checked.errors() > 0 {
        print_diagnostics(&checked, ui);
        return Err(Failure::usage(msg!("diff-side-has-errors", side = side)));
    }
    Ok(checked.model.expect("no errors, so a model"))
}
