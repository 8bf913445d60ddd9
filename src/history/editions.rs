//! The standard's editions: the git tags that match the settings' `editions.tag_pattern`, each
//! known by its tag and by the settings' `edition` name at that tag, with what changed since the
//! edition before — the handbook's revision record and the site's change log.

use serde::Serialize;

use super::{History, Revision};
use crate::diff::{self, Change};
use crate::model::Standard;
use crate::project::Project;

/// One edition: a tag, or the working standard when it is not tagged yet.
#[derive(Debug, Clone, Serialize)]
pub struct EditionRecord {
    /// The tag, or none for the current, untagged standard.
    pub tag: Option<String>,
    /// The settings' `edition` at that point (第02版).
    pub name: String,
    pub effective_date: String,
    pub status: crate::model::Status,
    /// Markdown.
    pub notes: Option<String>,
    pub owner: String,
    /// What changed since the edition before (empty for the first).
    pub changes: Vec<Change>,
}

/// The standard at `rev`, when it loads without errors.
fn standard_at(history: &History, rev: &Revision) -> Option<Standard> {
    let source = history.source_at(rev, false).ok()?;
    let checked = Project::new(Box::new(source), None).check().ok()?;
    if checked.errors() > 0 {
        return None;
    }
    checked.model.map(|m| m.standard)
}

fn record(tag: Option<String>, s: &Standard, changes: Vec<Change>) -> EditionRecord {
    let settings = &s.settings;
    EditionRecord {
        tag,
        name: settings.edition.clone(),
        effective_date: settings.effective_date.to_string(),
        status: settings.status,
        notes: settings.edition_notes.clone(),
        owner: settings.owner.clone(),
        changes,
    }
}

/// Every tagged edition, oldest first, then `current` when it differs from the last tag (a new
/// edition in the making). Tags whose content does not load are left out.
/// `tagged` is [`tagged_standards`], loaded once by the caller.
pub fn edition_history(tagged: &[(Revision, Standard)], current: &Standard) -> Vec<EditionRecord> {
    let mut out: Vec<EditionRecord> = Vec::new();
    let mut previous: Option<&Standard> = None;
    for (tag, standard) in tagged {
        let changes = previous
            .map(|p| diff::changes(p, standard))
            .unwrap_or_default();
        let mut entry = record(Some(tag.name.clone()), standard, changes);
        // Notes left over from the edition before say nothing about this one.
        if previous
            .as_ref()
            .is_some_and(|p| p.settings.edition_notes == standard.settings.edition_notes)
        {
            entry.notes = None;
        }
        out.push(entry);
        previous = Some(standard);
    }
    let changes = previous
        .map(|p| diff::changes(p, current))
        .unwrap_or_default();
    if previous.is_none() || !changes.is_empty() {
        let mut entry = record(None, current, changes);
        if previous
            .as_ref()
            .is_some_and(|p| p.settings.edition_notes == current.settings.edition_notes)
        {
            entry.notes = None;
        }
        out.push(entry);
    }
    out
}

/// The standard at every tag matching `pattern` that loads without errors, oldest first.
pub fn tagged_standards(history: &History, pattern: &str) -> Vec<(Revision, Standard)> {
    history
        .tags(pattern)
        .into_iter()
        .filter_map(|tag| standard_at(history, &tag).map(|s| (tag, s)))
        .collect()
}

/// The tag of the edition named `name` (the settings' `edition` at that tag).
pub fn find_edition(history: &History, pattern: &str, name: &str) -> Option<Revision> {
    history
        .tags(pattern)
        .into_iter()
        .find(|tag| standard_at(history, tag).is_some_and(|s| s.settings.edition == name))
}
