//! `rungs report`: render the reports of some employees only, from the content folder alone,
//! into the output folder (the rest of it is kept).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::{Failure, OutputArgs, Ui, build_info, checked, progress_bar, publish_options};
use rungs::publish::Publication;
use rungs::suggest;

pub(super) fn run(
    args: &[String],
    records: Option<&Path>,
    output: &OutputArgs,
    ui: &Ui,
) -> Result<(), Failure> {
    // `rungs report [CONTENT] ID…`: the first argument is the content folder when it is one.
    let (content, ids): (PathBuf, &[String]) = match args.split_first() {
        Some((first, rest)) if !rest.is_empty() && Path::new(first).is_dir() => {
            (PathBuf::from(first), rest)
        }
        _ => (PathBuf::from("content"), args),
    };
    let tagged = super::tagged_editions(&content);
    let (project, checked) = checked(&content, records, &tagged, ui)?;
    let standard = &checked.model.as_ref().expect("no errors").standard;
    let info = build_info(
        &content,
        &output.commit,
        output.against.as_deref(),
        standard,
        &tagged,
    )?;
    let build = checked
        .build(info, output.pdf_a)
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
                Failure::usage(format!("no assessment record for employee `{id}`"))
                    .with_help(suggest::help_for("employee id", id, &known)),
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
    let publication = Publication::begin(&output.out, &publish_options(&project, output.force))?;
    publication.keep_previous(&[])?;
    let bar = progress_bar(count, ui);
    let written = build.reports(&wanted, &publication, &|| bar.inc(1))?;
    bar.finish_and_clear();
    publication.commit()?;
    if !ui.quiet {
        eprintln!(
            "wrote {written} report(s) into {}",
            output.out.join(rungs::urls::top::REPORTS).display()
        );
    }
    Ok(())
}
