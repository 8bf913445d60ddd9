//! An import, all or nothing: the sheets' rows planned against the records as they are, the
//! records that would change checked with every other record exactly as `rungs check` would
//! once they were written (again without the bad rows, when asked to skip them), and then
//! written together.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diagnostics::{Diagnostic, Severity};
use crate::load::RECORDS_FOLDER;
use crate::model::editions::Editions;
use crate::project::{Checked, Project};
use crate::source::{ContentSource, OverlaySource, SourceError};

use super::import::{self, Change, RowError, Update};

/// Where a project's records are: the standards' own `assessments/` folder, or a source of
/// their own (`--records`).
pub struct Records {
    standards: Arc<dyn ContentSource>,
    own: Option<Arc<dyn ContentSource>>,
}

impl Records {
    pub fn new(standards: Arc<dyn ContentSource>, own: Option<Arc<dyn ContentSource>>) -> Records {
        Records { standards, own }
    }

    /// The text of the record at `path` (`<cycle>/<employee-id>.yaml`), when there is one.
    pub fn text(&self, path: &str) -> Option<String> {
        let bytes = match &self.own {
            Some(own) => own.read(path),
            None => self.standards.read(&format!("{RECORDS_FOLDER}/{path}")),
        };
        bytes.ok().and_then(|b| String::from_utf8(b).ok())
    }

    /// The project with `files` (records-relative path → text) in place of the records there.
    fn project_with(&self, files: BTreeMap<String, Vec<u8>>, editions: &Editions) -> Project {
        let project = match &self.own {
            Some(own) => Project::new(
                Box::new(self.standards.clone()),
                Some(Box::new(OverlaySource::new(Box::new(own.clone()), files))),
            ),
            None => {
                let files = files
                    .into_iter()
                    .map(|(path, bytes)| (format!("{RECORDS_FOLDER}/{path}"), bytes))
                    .collect();
                Project::new(
                    Box::new(OverlaySource::new(Box::new(self.standards.clone()), files)),
                    None,
                )
            }
        };
        project.with_editions(editions.clone())
    }
}

/// The rows an import keeps, checked in place with every other record.
pub struct Settled {
    /// The rows to write (with those unchanged), each its record's new text.
    pub updates: Vec<Update>,
    /// Problems in rows; nothing may be written while there are any.
    pub errors: Vec<RowError>,
    /// Problems of the rows left out (`skip_bad`).
    pub dropped: Vec<RowError>,
    /// Errors in content the sheet did not touch: nothing may be written either.
    pub elsewhere: Vec<Diagnostic>,
    /// The project as it would be once written.
    pub checked: Checked,
}

impl Settled {
    /// The records that would be created or changed.
    pub fn changed(&self) -> impl Iterator<Item = &Update> {
        self.updates
            .iter()
            .filter(|u| u.change != Change::Unchanged)
    }

    /// Whether the import may be written: no row with a problem and no error elsewhere.
    pub fn writable(&self) -> bool {
        self.errors.is_empty() && self.elsewhere.is_empty()
    }
}

/// Checks a plan's `updates` with every other record (the plan's `errors` stand as they are).
/// With `skip_bad`, rows with problems are left out and the others checked again, since a row
/// left out may be what another row's check leaned on, until no row has a problem.
pub fn settle(
    records: &Records,
    editions: &Editions,
    mut updates: Vec<Update>,
    mut errors: Vec<RowError>,
    skip_bad: bool,
) -> Result<Settled, SourceError> {
    let check = |files: BTreeMap<String, Vec<u8>>| records.project_with(files, editions).check();
    let mut dropped = Vec::new();
    let checked = loop {
        let (row_errors, checked) = import::validate(&updates, &check)?;
        errors.extend(row_errors);
        if errors.is_empty() || !skip_bad {
            break checked;
        }
        let bad = import::bad_rows(&errors);
        updates.retain(|u| !bad.contains(&u.at));
        dropped.append(&mut errors);
    };
    let imported: std::collections::HashSet<String> = updates
        .iter()
        .map(|u| format!("{RECORDS_FOLDER}/{}", u.path))
        .collect();
    let elsewhere = checked
        .diagnostics
        .iter()
        .filter(|d| d.code.severity == Severity::Error)
        .filter(|d| {
            !d.location
                .as_ref()
                .is_some_and(|l| imported.contains(&l.file))
        })
        .cloned()
        .collect();
    Ok(Settled {
        updates,
        errors,
        dropped,
        elsewhere,
        checked,
    })
}

/// Writes the changed records of a writable import into `records_dir` (the folder of
/// `<cycle>/<employee-id>.yaml` files), all or none.
pub fn write(settled: &Settled, records_dir: &Path) -> Result<(), (PathBuf, std::io::Error)> {
    assert!(
        settled.writable(),
        "an import with problems is never written"
    );
    let files: Vec<(PathBuf, &[u8])> = settled
        .changed()
        .map(|u| (records_dir.join(&u.path), u.text.as_bytes()))
        .collect();
    crate::publish::write_all_or_none(&files)
}
