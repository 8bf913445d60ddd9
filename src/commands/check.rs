//! `rungs check`: validate a content project and print every problem found.

use std::path::Path;

use super::{Failure, Format, Ui, print_diagnostics};
use rungs::diagnostics;
use rungs::project::Project;

pub(super) fn run(
    content: &Path,
    records: Option<&Path>,
    format: Format,
    ui: &Ui,
) -> Result<(), Failure> {
    let tagged = super::tagged_editions(content);
    let editions = super::editions_of(&tagged);
    let checked = Project::open(content, records)?
        .with_editions(editions)
        .check()?;
    match format {
        Format::Json => print!(
            "{}",
            diagnostics::render_json(&checked.diagnostics, &checked.sources)
        ),
        Format::Human => {
            print_diagnostics(&checked, ui);
            if let Some(model) = checked.model.as_ref().filter(|_| !ui.quiet) {
                let s = &model.standard;
                eprintln!(
                    "ok: {} competencies, {} sequences, {} levels, {} pages, {} assessment records",
                    s.competencies.len(),
                    s.sequences.len(),
                    s.sequences.iter().map(|s| s.levels.len()).sum::<usize>(),
                    s.pages.len(),
                    model.records.assessments.len()
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
