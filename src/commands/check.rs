//! `rungs check`: validate a content project and print every problem found.

use super::{Failure, ProjectArgs, Ui, counted, print_diagnostics};
use rungs::diagnostics;
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
    let tagged = super::tagged_editions(&project);
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
                    "ok: {}, {}, {}, {}, {}",
                    counted(s.competencies.len(), "competency", "competencies"),
                    counted(s.sequences.len(), "sequence", "sequences"),
                    counted(
                        s.sequences.iter().map(|s| s.levels.len()).sum(),
                        "level",
                        "levels"
                    ),
                    counted(s.pages.len(), "page", "pages"),
                    counted(
                        model.records.assessments.len(),
                        "assessment record",
                        "assessment records"
                    ),
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
