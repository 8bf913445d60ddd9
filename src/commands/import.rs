//! `rungs import`: a filled-in sheet's rows into assessment records, all or nothing.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use super::{Failure, Ui};
use rungs::diagnostics::{Diagnostic, Severity};
use rungs::interchange::import::{self, Change, RowError, Update};
use rungs::interchange::sheet;
use rungs::project::{Checked, Project};
use rungs::source::{ContentSource, DiskSource, OverlaySource, SourceError};

pub(super) struct Options {
    pub cycle: Option<String>,
    pub skip_bad: bool,
    pub dry_run: bool,
}

pub(super) fn run(
    args: &[String],
    records: Option<&Path>,
    options: Options,
    ui: &Ui,
) -> Result<(), Failure> {
    let (content, file) = match args {
        [content, file] => (PathBuf::from(content), PathBuf::from(file)),
        [file] => (PathBuf::from("content"), PathBuf::from(file)),
        _ => {
            return Err(Failure::usage(
                "give the sheet to import: rungs import [CONTENT] FILE",
            ));
        }
    };
    let tagged = super::tagged_editions(&content);
    let editions = super::editions_of(&tagged);
    // The standard alone: rows are read against it before any record is looked at.
    let (_, standard_only) = super::standard_only(&content, ui)?;
    let model = standard_only
        .model
        .as_ref()
        .expect("checked without errors");
    let mut sheets = sheet::read(&file).map_err(Failure::usage)?;
    let file_name = file
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    for s in &mut sheets {
        if s.name != file_name {
            s.name = format!("{file_name} › {}", s.name);
        }
    }
    let records_dir = records.map_or_else(
        || content.join(rungs::load::RECORDS_FOLDER),
        Path::to_path_buf,
    );
    let existing = |path: &str| std::fs::read_to_string(records_dir.join(path)).ok();
    let plan = import::plan(
        &model.standard,
        &sheets,
        &existing,
        options.cycle.as_deref(),
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
    let check = |files: BTreeMap<String, Vec<u8>>| -> Result<Checked, SourceError> {
        let project = match records {
            Some(dir) => Project::new(
                Box::new(DiskSource::open(&content)?),
                Some(Box::new(OverlaySource::new(
                    Box::new(DiskSource::open(dir)?),
                    files,
                ))),
            ),
            None => {
                let files = files
                    .into_iter()
                    .map(|(path, bytes)| (format!("{}/{path}", rungs::load::RECORDS_FOLDER), bytes))
                    .collect();
                let base: Box<dyn ContentSource> = Box::new(DiskSource::open(&content)?);
                Project::new(Box::new(OverlaySource::new(base, files)), None)
            }
        };
        project.with_editions(editions.clone()).check()
    };

    let mut errors = plan.errors;
    let mut updates = plan.updates;
    let mut dropped: Vec<RowError> = Vec::new();
    let checked = loop {
        let spinner = super::spinner("checking the records with the sheet's rows in place", ui);
        let validated = import::validate(&updates, &check);
        spinner.finish_and_clear();
        let (row_errors, checked) = validated?;
        errors.extend(row_errors);
        if errors.is_empty() || !options.skip_bad {
            break checked;
        }
        // Without the bad rows, the others are checked again: a dropped row may have been
        // what another row's check leaned on.
        let bad = import::bad_rows(&errors);
        updates.retain(|u| !bad.contains(&u.at));
        dropped.append(&mut errors);
    };
    let imported_files: Vec<String> = updates
        .iter()
        .map(|u| format!("{}/{}", rungs::load::RECORDS_FOLDER, u.path))
        .collect();
    let elsewhere: Vec<_> = checked
        .diagnostics
        .iter()
        .filter(|d| d.code.severity == Severity::Error)
        .filter(|d| {
            !d.location
                .as_ref()
                .is_some_and(|l| imported_files.contains(&l.file))
        })
        .cloned()
        .collect();
    if !elsewhere.is_empty() {
        eprint!(
            "{}",
            rungs::diagnostics::render_human(&elsewhere, &checked.sources, ui.color)
        );
        return Err(Failure::usage(
            "the content has errors besides the sheet's rows; nothing was written",
        )
        .with_help("fix them (see `rungs check`) and import again"));
    }
    print_row_errors(&errors, "error");
    if !errors.is_empty() {
        eprintln!(
            "error: {} problem(s) in {} row(s); nothing was written",
            errors.len(),
            import::bad_rows(&errors).len()
        );
        eprintln!("  = help: fix the rows, or pass --skip-bad to import the good ones");
        return Err(Failure::content());
    }
    print_row_errors(&dropped, "skipped");
    if !ui.quiet {
        print_warnings(&updates, &checked);
    }
    let changed: Vec<&Update> = updates
        .iter()
        .filter(|u| u.change != Change::Unchanged)
        .collect();
    if !options.dry_run {
        write_all(&records_dir, &changed)?;
    }
    if !ui.quiet {
        let verb = |c: Change| match (c, options.dry_run) {
            (Change::Created, false) => "created",
            (Change::Created, true) => "would create",
            (_, false) => "updated",
            (_, true) => "would update",
        };
        for u in &changed {
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
        let count = |c: Change| updates.iter().filter(|u| u.change == c).count();
        eprintln!(
            "{} row(s): {} created, {} updated, {} unchanged{}{}",
            updates.len(),
            count(Change::Created),
            count(Change::Updated),
            count(Change::Unchanged),
            if dropped.is_empty() {
                String::new()
            } else {
                format!(", {} skipped", import::bad_rows(&dropped).len())
            },
            if options.dry_run {
                " (dry run: nothing written)"
            } else {
                ""
            }
        );
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
fn print_warnings(updates: &[Update], checked: &Checked) {
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
                u.at.sheet, u.at.row, u.employee_id, d.message, d.code.name
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

/// Every record written, or none: all are written beside their place first, then moved in.
fn write_all(records_dir: &Path, changed: &[&Update]) -> Result<(), Failure> {
    let mut staged: Vec<(PathBuf, PathBuf)> = Vec::new();
    let cleanup = |staged: &[(PathBuf, PathBuf)]| {
        for (temporary, _) in staged {
            let _ = std::fs::remove_file(temporary);
        }
    };
    for u in changed {
        let target = records_dir.join(&u.path);
        let temporary = target.with_extension(format!("yaml.rungs-{}", std::process::id()));
        let written = target
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&temporary, &u.text));
        if let Err(e) = written {
            cleanup(&staged);
            let _ = std::fs::remove_file(&temporary);
            return Err(Failure::usage(format!(
                "cannot write `{}`: {e}; nothing was imported",
                target.display()
            )));
        }
        staged.push((temporary, target));
    }
    for (temporary, target) in &staged {
        std::fs::rename(temporary, target).map_err(|e| {
            Failure::usage(format!(
                "cannot move the new record into `{}`: {e}",
                target.display()
            ))
        })?;
    }
    Ok(())
}
