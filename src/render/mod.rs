//! Renderers: they read the validated model and never fail on content (that was `check`'s
//! job); only a broken theme template or a sink that cannot write can stop them. Each writes
//! its files into a `publish::Sink` as it makes them.

pub mod html;
pub mod i18n;
pub mod markdown;
pub mod pdf;
pub(crate) mod shared;

use std::fmt;

use crate::publish::PublishError;

/// Facts about this build that travel beside the model and are never written into it.
#[derive(Debug, Clone, Default)]
pub struct BuildInfo {
    /// The content commit stamped on pages and reports.
    pub commit: Option<String>,
    /// The standard's editions from git tags, oldest first (empty outside git): the handbook's
    /// revision record and the site's change log.
    pub editions: Vec<crate::history::EditionRecord>,
    /// Per standards file (relative to the content folder), the date and short hash of the
    /// last commit that changed it: shown on the pages made from it.
    pub last_changed: std::collections::BTreeMap<String, (String, String)>,
    /// Earlier editions' standards by name, with their tag's short commit: a record naming one
    /// is evaluated against it with `as_assessed`, or when the current standard no longer has
    /// its level.
    pub edition_standards: std::collections::BTreeMap<String, (crate::model::Standard, String)>,
    pub as_assessed: bool,
}

/// Why rendering stopped.
#[derive(Debug)]
pub enum RenderError {
    /// A theme template is broken (exit code 1: the user's theme needs fixing).
    Template(TemplateError),
    /// The sink could not write (exit code 2).
    Publish(PublishError),
}

/// A broken theme template: which file, where, and the engine's whole explanation.
#[derive(Debug)]
pub struct TemplateError {
    /// The template as a person finds it: the override's path, or the built-in file's name.
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RenderError::Template(t) => {
                write!(f, "theme template {}", t.file)?;
                if let Some(line) = t.line {
                    write!(f, ", line {line}")?;
                }
                write!(f, ": {}", t.message)
            }
            RenderError::Publish(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for RenderError {}

impl From<PublishError> for RenderError {
    fn from(e: PublishError) -> Self {
        RenderError::Publish(e)
    }
}
