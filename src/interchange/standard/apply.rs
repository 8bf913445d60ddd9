//! An import of the standard workbook, all or nothing: the workbook read over the content,
//! the edits it makes, the project checked whole as it would be once they are written, what
//! changed in `rungs diff`'s words, and the writing itself.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::diff::Change;
use crate::interchange::import::RowError;
use crate::locale::Message;
use crate::model::Language;
use crate::project::{Checked, Project};
use crate::source::{DiskSource, MemorySource, OverlaySource, SourceError};
use crate::spreadsheet::Sheet;

use super::{Content, FileChange, Removal, file_changes, read};

/// What an import of a workbook would do.
pub struct Prepared {
    /// Problems in cells: nothing may be written while there are any.
    pub errors: Vec<RowError>,
    /// Sheets the workbook lacks, whose part is left as it is.
    pub notes: Vec<Message>,
    pub files: Vec<FileChange>,
    pub removals: Vec<Removal>,
    /// The project as it would be, checked whole; `None` when there was nothing to check
    /// (cell errors, or no change).
    pub checked: Option<Checked>,
    /// What changed in the standard, in `rungs diff`'s words.
    pub changes: Vec<Change>,
    /// What the change does to the records' verdicts.
    pub impact: crate::diff::Impact,
    /// The content changed since the workbook was written from it: cells still holding the
    /// old values undo those changes.
    pub stale: bool,
    /// Where in the workbook each entity was said, to place `check`'s errors.
    pub origins: Vec<read::Origin>,
}

impl Prepared {
    /// The workbook row (or cell) behind what `check` found at `file`:`line` of the content
    /// as the import would write it.
    pub fn origin(&self, file: &str, line: usize) -> Option<&read::Origin> {
        let text = self.files.iter().find_map(|f| match f {
            FileChange::Write { path, text, .. } if path == file => Some(text),
            _ => None,
        })?;
        read::origin_of(&self.origins, file, text, line)
    }
}

/// Reads `sheets` (a standard workbook in `language`) over the content folder `dir`.
pub fn prepare(dir: &Path, sheets: &[Sheet], language: Language) -> Result<Prepared, Message> {
    // The standard as it is (for the summary) is checked on one core while the workbook is
    // read and its result checked on the other.
    let (before, prepared) = rayon::join(
        || standard_of(dir),
        || plan_and_check(dir, sheets, language),
    );
    let mut prepared = prepared?;
    let before = before.map_err(|e| e.message())?;
    if let (Some(old), Some(new)) = (
        before,
        prepared.checked.as_ref().and_then(|c| c.model.as_ref()),
    ) {
        prepared.changes = crate::diff::changes(&old, &new.standard);
        prepared.impact = crate::diff::impact(&old, &new.standard, &new.records);
    }
    Ok(prepared)
}

fn plan_and_check(dir: &Path, sheets: &[Sheet], language: Language) -> Result<Prepared, Message> {
    let content = Content::read(dir)?;
    let plan = read::plan(content.work(), sheets, language);
    let mut prepared = Prepared {
        origins: plan.origins,
        errors: plan.errors,
        notes: plan.notes,
        files: Vec::new(),
        removals: Vec::new(),
        checked: None,
        changes: Vec::new(),
        impact: Default::default(),
        stale: read::stamp(sheets, language).is_some_and(|stamp| stamp != content.stamp()),
    };
    if !prepared.errors.is_empty() {
        return Ok(prepared);
    }
    let (files, removals) = file_changes(&content, &plan.work);
    prepared.files = files;
    prepared.removals = removals;
    if prepared.files.is_empty() {
        return Ok(prepared);
    }
    let source_error = |e: SourceError| e.message();
    let (written, removed) = split(&prepared.files);
    let after = Project::new(
        Box::new(
            OverlaySource::new(
                Box::new(DiskSource::open(dir).map_err(source_error)?),
                written,
            )
            .without(removed),
        ),
        None,
    );
    prepared.checked = Some(after.check().map_err(source_error)?);
    Ok(prepared)
}

/// The standard of the content as it is, without its records.
fn standard_of(dir: &Path) -> Result<Option<crate::model::Standard>, SourceError> {
    let project = Project::new(
        Box::new(DiskSource::open(dir)?),
        Some(Box::new(MemorySource::new("(no records)"))),
    );
    Ok(project.check()?.model.map(|m| m.standard))
}

/// The files to write (path → bytes) and the paths to remove.
fn split(files: &[FileChange]) -> (BTreeMap<String, Vec<u8>>, BTreeSet<String>) {
    let mut written = BTreeMap::new();
    let mut removed = BTreeSet::new();
    for f in files {
        match f {
            FileChange::Write { path, text, .. } => {
                written.insert(path.clone(), text.as_bytes().to_vec());
            }
            FileChange::Remove { path } => {
                removed.insert(path.clone());
            }
        }
    }
    (written, removed)
}

/// Writes the files of a prepared import into `dir`, all or none, then removes those it
/// removes. Returns the path that failed and why.
pub fn write(dir: &Path, files: &[FileChange]) -> Result<(), (PathBuf, std::io::Error)> {
    let (written, removed) = split(files);
    let staged: Vec<(PathBuf, &[u8])> = written
        .iter()
        .map(|(path, bytes)| (dir.join(path), bytes.as_slice()))
        .collect();
    if !staged.is_empty() {
        crate::publish::write_all_or_none(&staged)?;
    }
    let removed: Vec<PathBuf> = removed.iter().map(|p| dir.join(p)).collect();
    crate::publish::remove_files(&removed)
}
