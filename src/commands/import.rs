//! `rungs import`: a filled-in sheet's rows into assessment records, all or nothing.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{Failure, RecordsArg, Ui};
use rungs::diagnostics::{Diagnostic, Severity};
use rungs::interchange::apply;
use rungs::interchange::import::{self, Change, RowError, Update};
use rungs::interchange::sheet;
use rungs::project::{Checked, Project};
use rungs::source::{ContentSource, DiskSource};

// The arguments of `rungs import`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(required = true, num_args = 1..=2, value_name = "CONTENT|FILE")]
    pub args: Vec<String>,
    #[command(flatten)]
    pub records: RecordsArg,
    #[arg(long)]
    pub cycle: Option<String>,
    #[arg(long)]
    pub skip_bad: bool,
    #[arg(long)]
    pub dry_run: bool,
}

pub(super) fn run(args: Args, ui: &Ui) -> Result<(), Failure> {
    let (content, file) = match &args.args[..] {
        [content, file] => (
            super::content_folder(content).map_err(Failure::usage)?,
            PathBuf::from(file),
        ),
        [file] => (PathBuf::from("content"), PathBuf::from(file)),
        _ => {
            return Err(Failure::usage(
                "give the sheet to import: rungs import [CONTENT] FILE",
            ));
        }
    };
    let records = args.records.records.as_deref();
    let standards: Arc<dyn ContentSource> = Arc::new(DiskSource::open(&content)?);
    let own: Option<Arc<dyn ContentSource>> = match records {
        Some(dir) => Some(Arc::new(DiskSource::open(dir)?)),
        None => None,
    };
    let tagged = super::tagged_editions(&Project::new(Box::new(standards.clone()), None));
    // The standard alone: rows are read against it before any record is looked at.
    let (_, standard_only) = super::standard_only(&content, ui)?;
    let model = standard_only
        .model
        .as_ref()
        .expect("checked without errors");
    let sheets = read_sheets(&file)?;
    let record_files = apply::Records::new(standards, own);
    let plan = import::plan(
        &model.standard,
        &sheets,
        &|path| record_files.text(path),
        args.cycle.as_deref(),
    );
    if !ui.quiet {
        for name in &plan.skipped_sheets {
            eprintln!(
                "note: sheet {name} has no employee-ID column and is not imported (a CSV saved in another encoding than UTF-8 or GBK shows no column rungs knows: save it again as UTF-8 or GBK)"
            );
        }
    }
    print_row_errors(&plan.warnings, "warning");
    if plan.updates.is_empty() && plan.errors.is_empty() {
        return Err(
            Failure::usage(format!("`{}` holds no rows to import", file.display())).with_help(
                "rows go under the header row (工号, 姓名 …); write one with `rungs template`",
            ),
        );
    }
    let spinner = super::spinner("checking the records with the sheet's rows in place", ui);
    let settled = apply::settle(
        &record_files,
        &tagged.editions(),
        plan.updates,
        plan.errors,
        args.skip_bad,
    );
    spinner.finish_and_clear();
    let settled = settled?;
    refuse_errors(&settled, ui)?;
    print_row_errors(&settled.dropped, "skipped");
    if !ui.quiet {
        print_warnings(&settled.updates, &settled.checked, ui);
    }
    let records_dir = records.map_or_else(
        || content.join(rungs::load::RECORDS_FOLDER),
        Path::to_path_buf,
    );
    if !args.dry_run {
        apply::write(&settled, &records_dir).map_err(|(path, e)| {
            Failure::usage(format!(
                "cannot write `{}`: {e}; nothing was imported",
                path.display()
            ))
        })?;
    }
    if !ui.quiet {
        tell(&settled, &records_dir, args.dry_run);
    }
    Ok(())
}

/// The sheets of `file`, each named after the file (and its tab, in a workbook).
fn read_sheets(file: &Path) -> Result<Vec<sheet::Sheet>, Failure> {
    let mut sheets = sheet::read(file).map_err(Failure::usage)?;
    let file_name = file
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    for s in &mut sheets {
        if s.name != file_name {
            s.name = format!("{file_name} › {}", s.name);
        }
    }
    Ok(sheets)
}

/// Says what each row did to its record (or would, in a dry run), and the counts.
fn tell(settled: &apply::Settled, records_dir: &Path, dry_run: bool) {
    let verb = |c: Change| match (c, dry_run) {
        (Change::Created, false) => "created",
        (Change::Created, true) => "would create",
        (_, false) => "updated",
        (_, true) => "would update",
    };
    for u in settled.changed() {
        eprintln!(
            "{} {} ({}, row {})",
            verb(u.change),
            records_dir.join(&u.path).display(),
            u.at.sheet,
            u.at.row
        );
        if u.loses_comments {
            eprintln!(
                "  warning: the record's `#` comments are not kept when it is rewritten; git diff shows them"
            );
        }
    }
    let updates = &settled.updates;
    let count = |c: Change| updates.iter().filter(|u| u.change == c).count();
    eprintln!(
        "{}: {} created, {} updated, {} unchanged{}{}",
        super::counted(updates.len(), "row", "rows"),
        count(Change::Created),
        count(Change::Updated),
        count(Change::Unchanged),
        if settled.dropped.is_empty() {
            String::new()
        } else {
            format!(", {} skipped", import::bad_rows(&settled.dropped).len())
        },
        if dry_run {
            " (dry run: nothing written)"
        } else {
            ""
        }
    );
}

/// Stops, writing nothing, when the content has errors besides the rows, or a row has one.
fn refuse_errors(settled: &apply::Settled, ui: &Ui) -> Result<(), Failure> {
    if !settled.elsewhere.is_empty() {
        eprint!(
            "{}",
            rungs::diagnostics::render_human(
                &settled.elsewhere,
                &settled.checked.sources,
                ui.color,
                ui.language()
            )
        );
        return Err(Failure::usage(
            "the content has errors besides the sheet's rows; nothing was written",
        )
        .with_help("fix them (see `rungs check`) and import again"));
    }
    let errors = &settled.errors;
    print_row_errors(errors, "error");
    if !errors.is_empty() {
        eprintln!(
            "error: {} in {}; nothing was written",
            super::counted(errors.len(), "problem", "problems"),
            super::counted(import::bad_rows(errors).len(), "row", "rows")
        );
        eprintln!("  = help: fix the rows, or pass --skip-bad to import the good ones");
        return Err(Failure::content());
    }
    Ok(())
}

fn print_row_errors(errors: &[RowError], word: &str) {
    for e in errors {
        eprintln!("{word}: {e}");
        if let Some(help) = &e.help {
            eprintln!("  = help: {help}");
        }
    }
}

/// Warnings `check` gives about the imported records, said by row.
fn print_warnings(updates: &[Update], checked: &Checked, ui: &Ui) {
    // Each record's warnings, gathered once: an import of thousands of rows must not search
    // every diagnostic for every row.
    let mut by_file: HashMap<&str, Vec<&Diagnostic>> = HashMap::new();
    for d in &checked.diagnostics {
        if d.code.severity == Severity::Warning
            && let Some(l) = &d.location
        {
            by_file.entry(l.file.as_str()).or_default().push(d);
        }
    }
    // A new record with much left to fill would drown the rest: the first few of a row, the
    // first rows in full, then what the other rows hold by kind.
    const SHOWN: usize = 4;
    const ROWS_SHOWN: usize = 20;
    let mut rows_shown = 0;
    let mut rest_rows = 0;
    let mut rest: BTreeMap<&str, usize> = BTreeMap::new();
    for u in updates.iter().filter(|u| u.change != Change::Unchanged) {
        let file = format!("{}/{}", rungs::load::RECORDS_FOLDER, u.path);
        let Some(warnings) = by_file.get(file.as_str()) else {
            continue;
        };
        if rows_shown == ROWS_SHOWN {
            rest_rows += 1;
            for d in warnings {
                *rest.entry(d.code.name).or_default() += 1;
            }
            continue;
        }
        rows_shown += 1;
        for d in warnings.iter().take(SHOWN) {
            eprintln!(
                "warning: {}, row {} ({}): {} [{}]",
                u.at.sheet,
                u.at.row,
                u.employee_id,
                ui.say(&d.message),
                d.code.name
            );
        }
        if warnings.len() > SHOWN {
            eprintln!(
                "warning: {}, row {} ({}): … and {} more (`rungs check` lists them all)",
                u.at.sheet,
                u.at.row,
                u.employee_id,
                warnings.len() - SHOWN
            );
        }
    }
    if rest_rows > 0 {
        let kinds: Vec<String> = rest.iter().map(|(code, n)| format!("{n} {code}")).collect();
        eprintln!(
            "warning: {rest_rows} more row(s) have warnings: {} (`rungs check` lists them all)",
            kinds.join(", ")
        );
    }
}
