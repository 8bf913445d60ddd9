//! The standard workbook from the command line: `export --format xlsx` writes it (or the
//! starter's, `--starter`), `import` reads a filled-in one back into the content, and
//! `init --from` makes a new project of one.

use std::path::{Path, PathBuf};

use super::{Failure, Ui};
use rungs::interchange::standard::{Content, FileChange, apply, book, read};
use rungs::locale::Message;
use rungs::model::{Date, Language};
use rungs::msg;
use rungs::spreadsheet::Sheet;

/// Where a workbook goes: `out` itself when it names an `.xlsx` file, else `standard.xlsx` in
/// the folder it names.
pub(super) fn workbook_path(out: &Path) -> PathBuf {
    let named = out
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
    if named {
        out.to_path_buf()
    } else {
        out.join(rungs::export::XLSX_FILE)
    }
}

/// The workbook of `content`, dated and titled from its settings.
pub(super) fn bytes_of(content: &Content, language: Language) -> Result<Vec<u8>, Failure> {
    let work = content.work();
    let settings = work.settings();
    let setting = |key: &str| {
        settings
            .and_then(|s| s.get(key))
            .and_then(rungs::interchange::standard::tables::scalar)
    };
    let date = setting("effective_date")
        .and_then(|d| Date::parse(&d).ok())
        .unwrap_or(Date {
            year: 2000,
            month: 1,
            day: 1,
        });
    let title = setting("title").unwrap_or_default();
    book::workbook(&work, &content.stamp(), language, date, &title)
        .map_err(|e| Failure::usage(msg!("cli-cannot-write-workbook", error = e.to_string())))
}

/// Writes the workbook to `path`, atomically, and says so.
pub(super) fn write_workbook(path: &Path, bytes: &[u8], ui: &Ui) -> Result<(), Failure> {
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        super::create_folder(folder)?;
    }
    super::write(path, bytes)?;
    if !ui.quiet {
        eprintln!(
            "{}",
            ui.say(&msg!("book-wrote", file = path.display().to_string()))
        );
    }
    Ok(())
}

/// The starter project's workbook in `language`: worked examples to fill in from scratch.
pub(super) fn starter(language: Language) -> Result<Content, Failure> {
    let files: Vec<(String, String)> = rungs::init::files(language)
        .into_iter()
        .filter_map(|(path, text)| Some((path.strip_prefix("content/")?.to_string(), text)))
        .collect();
    Content::from_files(&files).map_err(Failure::usage)
}

/// How an import of the standard workbook goes.
pub(super) struct ImportOptions {
    pub allow_removals: bool,
    pub dry_run: bool,
}

/// Reads a standard workbook into the content folder `content`, all or nothing.
pub(super) fn import(
    content: &Path,
    file: &Path,
    sheets: &[Sheet],
    language: Language,
    options: &ImportOptions,
    ui: &Ui,
) -> Result<(), Failure> {
    ui.adopt_bundled(language.tag());
    let spinner = super::spinner(msg!("progress-checking-import"), ui);
    let prepared = apply::prepare(content, sheets, language);
    spinner.finish_and_clear();
    let prepared = prepared.map_err(Failure::usage)?;
    if !ui.quiet {
        for note in &prepared.notes {
            eprintln!("{}", ui.labelled("label-note", &ui.say(note)));
        }
    }
    if prepared.stale && !ui.quiet {
        eprintln!(
            "{}",
            ui.labelled("label-warning", &ui.say(&msg!("book-stale")))
        );
    }
    if !prepared.errors.is_empty() {
        for e in &prepared.errors {
            eprintln!("{}", ui.labelled("label-error", &ui.say(&e.located())));
        }
        return Err(Failure::usage(msg!(
            "book-import-refused",
            count = prepared.errors.len(),
            file = file.display().to_string()
        )));
    }
    if prepared.files.is_empty() {
        if !ui.quiet {
            eprintln!("{}", ui.say(&msg!("book-import-unchanged")));
        }
        return Ok(());
    }
    // What the check finds comes first: it says, cell by cell, what is wrong (a level typed
    // 4 instead of 3 is a numbering error before it is a removal).
    let checked = prepared
        .checked
        .as_ref()
        .expect("checked when files change");
    if checked.errors() > 0 {
        let errors: Vec<_> = checked
            .diagnostics
            .iter()
            .filter(|d| d.code.severity == rungs::diagnostics::Severity::Error)
            .cloned()
            .collect();
        eprint!(
            "{}",
            rungs::diagnostics::render_human(&errors, &checked.sources, ui.color, ui.language())
        );
        // Each error again, at the workbook's row or cell that made it.
        for d in &errors {
            let Some(at) = &d.location else { continue };
            let Some(origin) = prepared.origin(&at.file, at.line as usize) else {
                continue;
            };
            let place = format!("{}:{}", at.file, at.line);
            let said = match &origin.column {
                Some((letter, header)) => msg!(
                    "book-error-from-cell",
                    place = place,
                    sheet = &origin.sheet,
                    row = origin.row,
                    column = letter,
                    header = header,
                    message = d.message.clone()
                ),
                None => msg!(
                    "book-error-from-row",
                    place = place,
                    sheet = &origin.sheet,
                    row = origin.row,
                    message = d.message.clone()
                ),
            };
            eprintln!("{}", ui.labelled("label-error", &ui.say(&said)));
        }
        return Err(
            Failure::usage(msg!("book-import-invalid", count = errors.len()))
                .with_help(msg!("book-import-invalid-help")),
        );
    }
    let shown = |path: &str| content.join(path).display().to_string();
    if !prepared.removals.is_empty() && !options.allow_removals {
        for r in &prepared.removals {
            let what = if r.line == 0 {
                msg!("book-removes-file", path = shown(&r.path), name = &r.text)
            } else {
                msg!(
                    "book-removes-lines",
                    path = shown(&r.path),
                    line = r.line,
                    text = &r.text
                )
            };
            eprintln!("{}", ui.labelled("label-error", &ui.say(&what)));
        }
        return Err(Failure::usage(msg!(
            "book-removals-refused",
            count = prepared.removals.len()
        ))
        .with_help(msg!("book-removals-refused-help")));
    }
    if !options.dry_run {
        apply::write(content, &prepared.files).map_err(super::import_not_written)?;
    }
    if !ui.quiet {
        tell(content, &prepared, options.dry_run, ui);
    }
    Ok(())
}

/// Says each file written or removed, then what changed in `rungs diff`'s words.
fn tell(content: &Path, prepared: &apply::Prepared, dry_run: bool, ui: &Ui) {
    for f in &prepared.files {
        let (key, path) = match (f, dry_run) {
            (
                FileChange::Write {
                    created: true,
                    path,
                    ..
                },
                false,
            ) => ("book-created", path),
            (
                FileChange::Write {
                    created: true,
                    path,
                    ..
                },
                true,
            ) => ("book-would-create", path),
            (FileChange::Write { path, .. }, false) => ("book-updated", path),
            (FileChange::Write { path, .. }, true) => ("book-would-update", path),
            (FileChange::Remove { path }, false) => ("book-removed", path),
            (FileChange::Remove { path }, true) => ("book-would-remove", path),
        };
        let shown = content.join(path).display().to_string();
        eprintln!("{}", ui.say(&Message::new(key).arg("path", shown)));
    }
    let summary = rungs::diff::render(
        ui.language(),
        &content.display().to_string(),
        &ui.say(&msg!("book-the-workbook")),
        &prepared.changes,
        &prepared.impact,
        false,
        rungs::diff::Format::Text { colour: ui.color },
    );
    eprint!("{summary}");
    if dry_run {
        eprintln!("{}", ui.say(&msg!("book-dry-run")));
    }
}

/// What `import` was given: a standard workbook (in the language it is in), or another
/// file, with its sheets when they were read to tell (a workbook), so they are not read twice.
pub(super) enum Given {
    Standard(Vec<Sheet>, Language),
    Other(Option<Vec<Sheet>>),
}

/// Whether `file` is a standard workbook; `standard` says it must be.
pub(super) fn recognise(file: &Path, standard: bool) -> Result<Given, Failure> {
    let zipped = matches!(
        rungs::spreadsheet::Format::of(&file.display().to_string()),
        Some(rungs::spreadsheet::Format::Zipped | rungs::spreadsheet::Format::Xls)
    );
    if !zipped && !standard {
        return Ok(Given::Other(None));
    }
    let sheets = rungs::spreadsheet::read(file).map_err(Failure::usage)?;
    match read::recognise(&sheets) {
        Some(language) => Ok(Given::Standard(sheets, language)),
        None if standard => Err(Failure::usage(msg!(
            "book-not-a-standard-workbook",
            file = file.display().to_string()
        ))),
        None => Ok(Given::Other(Some(sheets))),
    }
}
