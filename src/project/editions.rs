//! The front of the pipeline that git feeds: the standard's editions (the git tags that match
//! the settings' `editions.tag_pattern`, each known by its tag and by the settings' `edition`
//! at that tag, with what changed since the edition before — the handbook's revision record and
//! the site's change log), and the [`BuildInfo`] a build is stamped and evaluated with.

use crate::diff;
use crate::history::{History, Revision};
use crate::model::Standard;
use crate::model::change::{Change, EditionRecord};
use crate::model::editions::{Edition, Editions};
use crate::project::Project;
use crate::render::{BuildInfo, WhatIf};

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

/// The standards at the edition tags, loaded once per command, and what was odd about them.
#[derive(Debug, Default)]
pub struct TaggedEditions {
    /// Oldest tag first; tags whose content does not load are left out.
    pub standards: Vec<(Revision, Standard)>,
    /// Two tags carrying one edition name: the later is used for it.
    pub warnings: Vec<crate::locale::Message>,
}

impl TaggedEditions {
    /// The tagged editions as a project takes them: what each record is checked and evaluated
    /// against when it belongs to an earlier edition.
    pub fn editions(&self) -> Editions {
        Editions::new(
            self.standards
                .iter()
                .map(|(rev, standard)| Edition {
                    name: standard.settings.edition.clone(),
                    tag: rev.name.clone(),
                    commit: rev.short(),
                    standard: standard.clone(),
                })
                .collect(),
        )
    }
}

/// What a build is stamped with on every page and report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stamp {
    /// The last commit that touched the standards, with the editions and change dates git
    /// knows (nothing outside git).
    Auto,
    /// No stamp, no editions, no change dates (what golden tests use).
    None,
    /// A text of the caller's own.
    Text(String),
}

impl Stamp {
    /// `--commit`: `auto`, `none` (or empty), or a text.
    pub fn parse(text: &str) -> Stamp {
        match text {
            "auto" => Stamp::Auto,
            "none" | "" => Stamp::None,
            other => Stamp::Text(other.to_string()),
        }
    }
}

/// How a build is made: its stamp and what it evaluates against (a what-if, `--against`:
/// `current` or an edition's name or tag).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildOptions {
    pub stamp: Stamp,
    pub against: Option<String>,
}

/// `--against` named neither `current` nor an edition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownEdition {
    pub asked: String,
    pub current: String,
    /// `current`, then each tagged edition's name and tag.
    pub known: Vec<String>,
}

impl Project {
    /// The git history of the content folder, when it is in a repository.
    pub fn history(&self) -> Option<History> {
        History::discover(self.standards.folder()?).ok()
    }

    /// `editions.tag_pattern` from rungs.yaml, read through the source before the project is
    /// checked (the editions are needed to check the records); `v*` when not given.
    pub fn tag_pattern(&self) -> String {
        #[derive(serde::Deserialize)]
        struct Settings {
            editions: Option<Editions>,
        }
        #[derive(serde::Deserialize)]
        struct Editions {
            tag_pattern: String,
        }
        self.standards
            .read("rungs.yaml")
            .ok()
            .and_then(|bytes| String::from_utf8(bytes).ok())
            .and_then(|text| serde_saphyr::from_str::<Settings>(&text).ok())
            .and_then(|s| s.editions)
            .map_or_else(|| "v*".to_string(), |e| e.tag_pattern)
    }

    /// The standard at each edition tag of the repository holding the content. Empty outside
    /// git or without tags.
    pub fn tagged_editions(&self) -> TaggedEditions {
        let Some(history) = self.history() else {
            return TaggedEditions::default();
        };
        let standards = tagged_standards(&history, &self.tag_pattern());
        let mut warnings = Vec::new();
        let mut seen: std::collections::BTreeMap<&str, &str> = Default::default();
        for (rev, standard) in &standards {
            let name = standard.settings.edition.as_str();
            if let Some(first) = seen.insert(name, &rev.name) {
                warnings.push(crate::msg!(
                    "editions-same-name",
                    first = first,
                    second = &rev.name,
                    edition = name
                ));
            }
        }
        TaggedEditions {
            standards,
            warnings,
        }
    }

    /// What a build of `current` is stamped and evaluated with: the stamp asked for, the
    /// editions' revision record and each file's last change (with [`Stamp::Auto`] in git), the
    /// tagged editions, and the what-if standard, which must be `current` or a known edition.
    pub fn build_info(
        &self,
        current: &Standard,
        tagged: &TaggedEditions,
        options: &BuildOptions,
    ) -> Result<BuildInfo, UnknownEdition> {
        let history = self.history();
        let auto = options.stamp == Stamp::Auto;
        let editions = tagged.editions();
        let what_if = match options.against.as_deref() {
            None => None,
            Some("current") => Some(WhatIf::Current),
            Some(key) if key == current.settings.edition => Some(WhatIf::Current),
            Some(key) if editions.find(key).is_some() => Some(WhatIf::Edition(key.to_string())),
            Some(key) => {
                return Err(UnknownEdition {
                    asked: key.to_string(),
                    current: current.settings.edition.clone(),
                    known: std::iter::once("current".to_string())
                        .chain(
                            editions
                                .iter()
                                .flat_map(|e| [e.name.clone(), e.tag.clone()]),
                        )
                        .collect(),
                });
            }
        };
        let in_git = history.as_ref().filter(|_| auto);
        Ok(BuildInfo {
            commit: match &options.stamp {
                Stamp::Auto => history.as_ref().and_then(|h| h.standards_stamp()),
                Stamp::None => None,
                Stamp::Text(text) => Some(text.clone()),
            },
            editions: in_git
                .map(|_| edition_history(&tagged.standards, current))
                .filter(|e| e.iter().any(|x| x.tag.is_some()))
                .unwrap_or_default(),
            last_changed: in_git.map(|h| h.last_changed()).unwrap_or_default(),
            tagged: editions,
            what_if,
        })
    }
}
