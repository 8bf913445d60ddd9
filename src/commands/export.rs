//! `rungs export`: the validated standard as data (JSON, CSV, xlsx or CASE packages), to
//! standard output or into files written atomically, never inside the content.

use std::path::{Path, PathBuf};

use super::{Failure, Ui, to_stdout, write};
use rungs::export::{self, File};
use rungs::msg;

// The arguments of `rungs export`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(default_value = "content", value_parser = super::content_folder)]
    pub content: PathBuf,
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
    #[arg(long)]
    pub starter: bool,
}

/// What `rungs export` writes.
#[derive(Debug, Clone, Copy, clap::ValueEnum, PartialEq, Eq)]
pub enum ExportFormat {
    Json,
    Csv,
    Xlsx,
    Case,
}

pub(super) fn run(args: Args, ui: &Ui) -> Result<(), Failure> {
    let (content, format, out) = (&args.content, args.format, args.out.as_deref());
    // Usage errors first, before the content is read.
    if out.is_none() && matches!(format, ExportFormat::Csv | ExportFormat::Xlsx) {
        let (name, example) = match format {
            ExportFormat::Csv => ("csv", vec!["grid-<sequence>.csv", "competencies.csv"]),
            _ => ("xlsx", vec!["standard.xlsx"]),
        };
        return Err(
            Failure::usage(msg!("export-needs-out", format = name)).with_help(msg!(
                "export-needs-out-help",
                format = name,
                files = example.into_iter().map(String::from).collect::<Vec<_>>()
            )),
        );
    }
    if format == ExportFormat::Xlsx {
        let out = out.expect("refused above");
        let path = super::workbook::workbook_path(out);
        if args.starter {
            let starter = super::workbook::starter(ui.language())?;
            let bytes = super::workbook::bytes_of(&starter, ui.language())?;
            return super::workbook::write_workbook(&path, &bytes, ui);
        }
        // The standard as its files say it, checked first: a workbook of a broken standard
        // would not read back.
        let (project, checked) = super::standard_only(content, ui)?;
        super::refuse_inside(&path, &project.folders())?;
        let language = checked
            .model
            .as_ref()
            .expect("checked")
            .standard
            .settings
            .language;
        let files = rungs::interchange::standard::Content::read(content).map_err(Failure::usage)?;
        let bytes = super::workbook::bytes_of(&files, language)?;
        return super::workbook::write_workbook(&path, &bytes, ui);
    }
    let (project, checked) = super::standard_only(content, ui)?;
    let standard = &checked
        .model
        .as_ref()
        .expect("checked without errors")
        .standard;
    if let Some(out) = out {
        super::refuse_inside(out, &project.folders())?;
    }

    match (format, out) {
        (ExportFormat::Json, None) => to_stdout(&export::json::to_json(standard)),
        (ExportFormat::Json, Some(out)) => {
            let path = if out.is_dir() {
                out.join(export::JSON_FILE)
            } else {
                out.to_path_buf()
            };
            write(&path, &export::json::to_json(standard))?;
            if !ui.quiet {
                eprintln!(
                    "{}",
                    ui.say(&msg!(
                        "export-wrote-file",
                        file = path.display().to_string()
                    ))
                );
            }
            Ok(())
        }
        (ExportFormat::Case, None) => {
            let files = export::case_files(standard);
            match files.as_slice() {
                [one] => to_stdout(&one.bytes),
                _ => Err(
                    Failure::usage(msg!("export-case-several", sequences = files.len()))
                        .with_help(msg!("export-case-several-help")),
                ),
            }
        }
        (_, None) => unreachable!("refused above"),
        (format, Some(out)) => {
            let files = match format {
                ExportFormat::Csv => export::csv_files(standard),
                _ => export::case_files(standard),
            };
            write_folder(out, &files)?;
            if !ui.quiet {
                let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
                eprintln!(
                    "{}",
                    ui.say(&msg!(
                        "export-wrote-files",
                        count = files.len(),
                        folder = out.display().to_string(),
                        files = names.iter().map(|n| n.to_string()).collect::<Vec<_>>()
                    ))
                );
            }
            Ok(())
        }
    }
}

/// Each file into `folder` (created if missing), each atomically: a failure leaves the files
/// already there whole, old or new, never half-written.
fn write_folder(folder: &Path, files: &[File]) -> Result<(), Failure> {
    if folder.exists() && !folder.is_dir() {
        return Err(Failure::usage(msg!(
            "export-out-is-a-file",
            file = folder.display().to_string()
        ))
        .with_help(msg!("cli-out-folder-help")));
    }
    super::create_folder(folder)?;
    for file in files {
        write(&folder.join(&file.name), &file.bytes)?;
    }
    Ok(())
}
