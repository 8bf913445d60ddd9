//! `rungs import`: a filled-in sheet's rows into assessment records, all or nothing.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{Failure, RecordsArg, Ui};
use rungs::diagnostics::{Diagnostic, Severity};
use rungs::interchange::import::{self, Change, RowError, Update};
use rungs::interchange::sheet;
use rungs::interchange::{apply, calibration};
use rungs::locale::Message;
use rungs::msg;
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
    #[arg(long)]
    pub standard: bool,
    #[arg(long)]
    pub allow_removals: bool,
}

pub(super) fn run(args: Args, ui: &Ui) -> Result<(), Failure> {
    let (content, file) = match &args.args[..] {
        [content, file] => (super::content_folder_now(content, ui), PathBuf::from(file)),
        [file] => (PathBuf::from("content"), PathBuf::from(file)),
        _ => {
            return Err(Failure::usage(msg!("import-no-file")));
        }
    };
    let read = match super::workbook::recognise(&file, args.standard)? {
        super::workbook::Given::Standard(sheets, language) => {
            let options = super::workbook::ImportOptions {
                allow_removals: args.allow_removals,
                dry_run: args.dry_run,
            };
            return super::workbook::import(&content, &file, &sheets, language, &options, ui);
        }
        super::workbook::Given::Other(read) => read,
    };
    let records = args.records.records.as_deref();
    let standards: Arc<dyn ContentSource> = Arc::new(DiskSource::open(&content)?);
    let own: Option<Arc<dyn ContentSource>> = match records {
        Some(dir) => Some(Arc::new(DiskSource::open(dir)?)),
        None => None,
    };
    let tagged = super::tagged_editions(&Project::new(Box::new(standards.clone()), None), ui);
    // The standard alone: rows are read against it before any record is looked at.
    let (_, standard_only) = super::standard_only(&content, ui)?;
    let model = standard_only
        .model
        .as_ref()
        .expect("checked without errors");
    let (decisions, sheets): (Vec<sheet::Sheet>, Vec<sheet::Sheet>) = read_sheets(&file, read)?
        .into_iter()
        .partition(calibration::is_decision_sheet);
    // What the cycles' rosters say of each employee, for rows and records that leave their
    // sequence and level to it (read quietly: the check after the import says what is wrong).
    let whole = Project::new(
        Box::new(standards.clone()),
        own.clone().map(|o| Box::new(o) as Box<dyn ContentSource>),
    )
    .check()
    .ok();
    let people = whole
        .as_ref()
        .and_then(|c| c.model.as_ref())
        .map(|m| &m.records.people);
    let rated = |cycle: &str, employee: &str| {
        let model = whole.as_ref()?.model.as_ref()?;
        let a = model
            .records
            .assessments
            .iter()
            .find(|a| a.cycle == cycle && a.employee_id == employee && !a.rated.is_empty())?;
        let one_line = |id: &str| {
            model
                .standard
                .competency(id)
                .is_some_and(|c| c.is_one_line())
        };
        Some(rungs::interchange::ratings::consolidated(a, &one_line))
    };
    // What a row may leave to others: the roster's fields, and a rated record's values as its
    // ratings give them (an unchanged cell is not written over them).
    let roster = |cycle: &str, employee: &str| {
        let from_roster = people
            .and_then(|p| p.get(cycle)?.roster.as_ref()?.people.get(employee))
            .map(|person| {
                import::roster_fields(&[
                    ("name", Some(person.name.as_str())),
                    ("department", person.department.as_deref()),
                    ("sequence", person.sequence.as_deref()),
                    ("current_level", person.level.as_deref()),
                ])
            });
        match (from_roster, rated(cycle, employee)) {
            (None, None) => None,
            (Some(node), None) | (None, Some(node)) => Some(node),
            (Some(mut node), Some(values)) => {
                rungs::interchange::ratings::overlay(&mut node, &values);
                Some(node)
            }
        }
    };
    let record_files = apply::Records::new(standards, own);
    let mut plan = import::plan(
        &model.standard,
        &sheets,
        &|path| record_files.text(path),
        &roster,
        args.cycle.as_deref(),
    );
    if !decisions.is_empty() {
        // Decisions are made on what the records now say: they need the records checked.
        let Some(whole) = whole.as_ref().and_then(|c| c.model.as_ref()) else {
            return Err(Failure::usage(msg!("calibration-import-needs-check"))
                .with_help(msg!("calibration-import-needs-check-help")));
        };
        let (updates, errors) =
            calibration::plan(&whole.standard, &whole.records, &decisions, &|path| {
                record_files.text(path)
            });
        plan.updates.extend(updates);
        plan.errors.extend(errors);
        // A decision sheet is read; the assessment planner's skipping it says nothing.
        plan.skipped_sheets
            .retain(|name| !decisions.iter().any(|d| &d.name == name));
    }
    if !ui.quiet {
        for name in &plan.skipped_sheets {
            eprintln!(
                "{}",
                ui.labelled(
                    "label-note",
                    &ui.say(&msg!("import-sheet-skipped", sheet = name))
                )
            );
        }
    }
    print_row_errors(&plan.warnings, "label-warning", ui);
    if plan.updates.is_empty() && plan.errors.is_empty() {
        return Err(
            Failure::usage(msg!("import-no-rows", file = file.display().to_string()))
                .with_help(msg!("import-no-rows-help")),
        );
    }
    let spinner = super::spinner(msg!("progress-checking-import"), ui);
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
    print_row_errors(&settled.dropped, "import-label-skipped", ui);
    if !ui.quiet {
        print_warnings(&settled.updates, &settled.checked, ui);
    }
    let records_dir = records.map_or_else(
        || content.join(rungs::load::RECORDS_FOLDER),
        Path::to_path_buf,
    );
    if !args.dry_run {
        apply::write(&settled, &records_dir).map_err(super::import_not_written)?;
    }
    if !ui.quiet {
        tell(&settled, &records_dir, args.dry_run, ui);
    }
    Ok(())
}

/// The sheets of `file` (read already, or now), each named after the file (and its tab, in a
/// workbook).
fn read_sheets(file: &Path, read: Option<Vec<sheet::Sheet>>) -> Result<Vec<sheet::Sheet>, Failure> {
    let mut sheets = match read {
        Some(sheets) => sheets,
        None => sheet::read(file).map_err(Failure::usage)?,
    };
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
fn tell(settled: &apply::Settled, records_dir: &Path, dry_run: bool, ui: &Ui) {
    for u in settled.changed() {
        let key = match (u.change, dry_run) {
            (Change::Created, false) => "import-created",
            (Change::Created, true) => "import-would-create",
            (_, false) => "import-updated",
            (_, true) => "import-would-update",
        };
        eprintln!(
            "{}",
            ui.say(
                &Message::new(key)
                    .arg("path", records_dir.join(&u.path).display().to_string())
                    .arg("sheet", u.at.sheet.as_str())
                    .arg("row", u.at.row)
            )
        );
        if u.loses_comments {
            eprintln!(
                "  {}: {}",
                ui.language().get("label-warning"),
                ui.say(&msg!("import-loses-comments"))
            );
        }
    }
    let updates = &settled.updates;
    let count = |c: Change| updates.iter().filter(|u| u.change == c).count();
    let counts = if settled.dropped.is_empty() {
        msg!("import-done")
    } else {
        msg!(
            "import-done-skipped",
            skipped = import::bad_rows(&settled.dropped).len()
        )
    }
    .arg("rows", updates.len())
    .arg("created", count(Change::Created))
    .arg("updated", count(Change::Updated))
    .arg("unchanged", count(Change::Unchanged));
    let said = if dry_run {
        msg!("import-dry-run", counts = counts)
    } else {
        counts
    };
    eprintln!("{}", ui.say(&said));
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
        return Err(Failure::usage(msg!("import-errors-elsewhere"))
            .with_help(msg!("import-errors-elsewhere-help")));
    }
    let errors = &settled.errors;
    print_row_errors(errors, "label-error", ui);
    if !errors.is_empty() {
        eprintln!(
            "{}",
            ui.labelled(
                "label-error",
                &ui.say(&msg!(
                    "import-refused",
                    problems = errors.len(),
                    rows = import::bad_rows(errors).len()
                ))
            )
        );
        eprintln!(
            "  = {}",
            ui.labelled("label-help", &ui.say(&msg!("import-refused-help")))
        );
        return Err(Failure::content());
    }
    Ok(())
}

/// Each row's problem after `label` (error, warning, skipped), with its help.
fn print_row_errors(errors: &[RowError], label: &str, ui: &Ui) {
    for e in errors {
        eprintln!("{}", ui.labelled(label, &ui.say(&e.located())));
        if let Some(h) = &e.help {
            eprintln!("  = {}", ui.labelled("label-help", &ui.say(h)));
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
        let row = |message: Message| {
            msg!(
                "import-row-warning",
                sheet = u.at.sheet.as_str(),
                row = u.at.row,
                employee_id = u.employee_id.as_str(),
                message = message
            )
        };
        for d in warnings.iter().take(SHOWN) {
            let message = msg!(
                "import-check-problem",
                message = d.message.clone(),
                code = d.code.name
            );
            eprintln!("{}", ui.labelled("label-warning", &ui.say(&row(message))));
        }
        if warnings.len() > SHOWN {
            let more = msg!("import-more-warnings", count = warnings.len() - SHOWN);
            eprintln!("{}", ui.labelled("label-warning", &ui.say(&row(more))));
        }
    }
    if rest_rows > 0 {
        let kinds: Vec<String> = rest.iter().map(|(code, n)| format!("{n} {code}")).collect();
        eprintln!(
            "{}",
            ui.labelled(
                "label-warning",
                &ui.say(&msg!(
                    "import-more-rows-warnings",
                    rows = rest_rows,
                    kinds = kinds
                ))
            )
        );
    }
}
