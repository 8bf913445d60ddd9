//! `rungs check`: validate a content project and print every problem found.

use super::{Failure, ProjectArgs, Ui, print_diagnostics};
use rungs::diagnostics;
use rungs::msg;
use rungs::project::Project;

// The arguments of `rungs check`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub project: ProjectArgs,
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
}

pub(super) fn run(args: Args, ui: &Ui) -> Result<(), Failure> {
    let project = Project::open(&args.project.content, args.project.records.as_deref())?;
    let tagged = super::tagged_editions(&project, ui);
    let checked = project.with_editions(tagged.editions()).check()?;
    ui.adopt(&checked);
    match args.format {
        Format::Json => print!(
            "{}",
            diagnostics::render_json(&checked.diagnostics, &checked.sources, ui.language())
        ),
        Format::Human => {
            print_diagnostics(&checked, ui);
            if let Some(model) = checked.model.as_ref().filter(|_| !ui.quiet) {
                let s = &model.standard;
                eprintln!(
                    "{}",
                    ui.say(&msg!(
                        "check-ok",
                        competencies = s.competencies.len(),
                        sequences = s.sequences.len(),
                        levels = s.sequences.iter().map(|s| s.levels.len()).sum::<usize>(),
                        pages = s.pages.len(),
                        records = model.records.assessments.len()
                    ))
                );
            }
        }
    }
    if checked.errors() > 0 {
        Err(Failure::content())
    } else {
        Ok(())
    }
}
