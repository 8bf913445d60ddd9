//! `rungs template`: the assessment sheet for one level of one sequence, empty or pre-filled
//! with a cycle's records at that level.

use std::path::{Path, PathBuf};

use super::{Failure, ProjectArgs, Ui, checked};
use rungs::interchange::{columns, node::Node, template::Template};
use rungs::model::{Level, Sequence, Standard};
use rungs::suggest;

// The arguments of `rungs template`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub project: ProjectArgs,
    #[arg(long)]
    pub sequence: String,
    #[arg(long)]
    pub level: String,
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    #[arg(long, value_name = "CYCLE")]
    pub with_records: Option<String>,
}

pub(super) fn run(args: Args, ui: &Ui) -> Result<(), Failure> {
    let out = &args.out;
    let format = SheetFormat::of(out)?;
    let opened = checked(&args.project.content, args.project.records.as_deref(), ui)?;
    super::refuse_inside(out, &opened.project.folders())?;
    let model = opened.model();
    let standard = &model.standard;
    let (sequence, level) = find_level(standard, &args.sequence, &args.level)?;
    let columns = columns::for_level(standard, sequence, level);
    let mut rows = Vec::new();
    if let Some(cycle) = args.with_records.as_deref() {
        let mut chosen: Vec<_> = model
            .records
            .assessments
            .iter()
            .filter(|a| {
                a.cycle == cycle && a.sequence == sequence.id && a.applied_level == level.id
            })
            .collect();
        if chosen.is_empty() && !model.records.assessments.iter().any(|a| a.cycle == cycle) {
            let cycles: std::collections::BTreeSet<&str> = model
                .records
                .assessments
                .iter()
                .map(|a| a.cycle.as_str())
                .collect();
            return Err(
                Failure::usage(format!("no records for cycle `{cycle}`")).with_help(
                    suggest::help_for("cycle", cycle, &cycles.into_iter().collect::<Vec<_>>()),
                ),
            );
        }
        chosen.sort_by(|a, b| a.employee_id.cmp(&b.employee_id));
        let mut nodes = Vec::new();
        for a in chosen {
            // The text the check read, through the project's source.
            let text = opened.checked.sources.get(&a.file).unwrap_or_default();
            nodes.push(Node::parse(text).expect("a checked record is a mapping"));
        }
        rows = rungs::interchange::template::prefill(&columns, &nodes, standard.settings.language);
        if rows.is_empty() && !ui.quiet {
            eprintln!(
                "warning: no record of cycle {cycle} is assessed for {} {}; the sheet is empty",
                sequence.id, level.id
            );
        }
    }
    let template = Template {
        name: format!("{}·{}", sequence.name, level.name),
        columns,
        rows,
        language: standard.settings.language,
        date: standard.settings.effective_date,
    };
    let bytes = match format {
        SheetFormat::Xlsx => template
            .to_xlsx()
            .map_err(|e| Failure::usage(format!("cannot write the workbook: {e}")))?,
        SheetFormat::Csv => template.to_csv(),
    };
    rungs::publish::write_atomically(out, &bytes)
        .map_err(|e| Failure::usage(format!("cannot write `{}`: {e}", out.display())))?;
    if !ui.quiet {
        eprintln!(
            "wrote {} ({} columns, {} rows) for {} {}",
            out.display(),
            template.columns.len(),
            template.rows.len(),
            sequence.name,
            level.name
        );
    }
    Ok(())
}

/// Which sheet format a file name asks for.
enum SheetFormat {
    Xlsx,
    Csv,
}

impl SheetFormat {
    fn of(path: &Path) -> Result<SheetFormat, Failure> {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("xlsx") => Ok(SheetFormat::Xlsx),
            Some("csv") => Ok(SheetFormat::Csv),
            _ => Err(Failure::usage(format!(
                "`{}`: give the sheet an .xlsx or .csv name",
                path.display()
            ))),
        }
    }
}

/// A sequence and one of its levels, by id or name.
pub(super) fn find_level<'s>(
    standard: &'s Standard,
    sequence: &str,
    level: &str,
) -> Result<(&'s Sequence, &'s Level), Failure> {
    let Some(s) = standard
        .sequences
        .iter()
        .find(|s| s.id == sequence || s.name == sequence)
    else {
        let ids: Vec<&str> = standard.sequences.iter().map(|s| s.id.as_str()).collect();
        return Err(Failure::usage(format!("no sequence `{sequence}`"))
            .with_help(suggest::help_for("sequence", sequence, &ids)));
    };
    let Some(l) = s.levels.iter().find(|l| l.id == level || l.name == level) else {
        let ids: Vec<&str> = s.levels.iter().map(|l| l.id.as_str()).collect();
        return Err(
            Failure::usage(format!("sequence `{}` has no level `{level}`", s.id))
                .with_help(suggest::help_for("level", level, &ids)),
        );
    };
    Ok((s, l))
}
