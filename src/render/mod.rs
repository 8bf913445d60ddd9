//! Renderers: they read the validated model and never fail on content (that was `check`'s
//! job); only a broken theme template or a sink that cannot write can stop them. Each writes
//! its files into a `publish::Sink` as it makes them.

pub mod html;
pub mod i18n;
pub mod markdown;
pub mod pdf;
pub mod results;
pub(crate) mod shared;
pub mod team;
pub mod xlsx;

use std::fmt;

use crate::evaluate::{self, Evaluation};
use crate::model::{Assessment, Records, Standard};
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

impl BuildInfo {
    /// The standard `a` is evaluated against, and the commit its outputs are stamped with: the
    /// current standard, or the earlier edition the record names when the build is
    /// `as_assessed` or the current standard no longer has its level (then its tag's commit).
    pub fn standard_for<'s>(
        &'s self,
        current: &'s Standard,
        a: &Assessment,
    ) -> (&'s Standard, Option<&'s str>) {
        let own = a
            .edition
            .as_ref()
            .filter(|e| **e != current.settings.edition)
            .and_then(|e| self.edition_standards.get(e));
        match own {
            Some((s, c)) if self.as_assessed || current.target_level(a).is_none() => {
                (s, Some(c.as_str()))
            }
            _ => (current, self.commit.as_deref()),
        }
    }

    /// `a`'s evaluation against `standard`, with the employee's records before it (each a
    /// checked record, so one of the two standards has its level).
    pub fn evaluate(
        standard: &Standard,
        current: &Standard,
        a: &Assessment,
        before: &[&Assessment],
    ) -> Evaluation {
        evaluate::evaluate(standard, a, before)
            .or_else(|| evaluate::evaluate(current, a, before))
            .expect("checked assessment")
    }

    /// Every record's evaluation, in the records' order, each against the standard
    /// [`standard_for`](Self::standard_for) picks: what manifests and team summaries report.
    pub fn evaluate_all(&self, current: &Standard, records: &Records) -> Vec<Evaluation> {
        use rayon::prelude::*;
        records
            .assessments
            .par_iter()
            .map(|a| {
                let earlier: Vec<&Assessment> = records.earlier(a).collect();
                let (standard, _) = self.standard_for(current, a);
                BuildInfo::evaluate(standard, current, a, &earlier)
            })
            .collect()
    }
}

/// Why rendering stopped.
#[derive(Debug)]
pub enum RenderError {
    /// A theme template is broken (exit code 1: the user's theme needs fixing).
    Template(TemplateError),
    /// The sink could not write (exit code 2).
    Publish(PublishError),
    /// A document over its budget (exit code 1): the handbook or a sequence's sheets, each
    /// one Typst document laid out whole in memory.
    TooLarge(TooLarge),
}

/// A document that would be larger than rungs lays out within its memory bound.
#[derive(Debug)]
pub struct TooLarge {
    /// `the handbook`, `the sheets of sequence `sales``.
    pub document: String,
    /// The size of its content (the data the template lays out), in bytes.
    pub size: usize,
    pub limit: usize,
}

/// The most content one PDF document may lay out: a handbook of about 150 pages, which Typst
/// lays out in under 700 MiB (it holds every page of every layout pass in memory; benches).
pub const DOCUMENT_BUDGET: usize = 600 * 1024;

impl TooLarge {
    /// `Err` when `data` (the document's JSON) is over [`DOCUMENT_BUDGET`].
    pub(crate) fn check(document: impl FnOnce() -> String, data: &str) -> Result<(), RenderError> {
        if data.len() <= DOCUMENT_BUDGET {
            return Ok(());
        }
        Err(RenderError::TooLarge(TooLarge {
            document: document(),
            size: data.len(),
            limit: DOCUMENT_BUDGET,
        }))
    }
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
            RenderError::TooLarge(t) => write!(
                f,
                "{} would lay out {} KiB of content (about {} pages); the limit is {} KiB",
                t.document,
                t.size / 1024,
                t.size / 3800,
                t.limit / 1024
            ),
        }
    }
}

impl std::error::Error for RenderError {}

impl From<PublishError> for RenderError {
    fn from(e: PublishError) -> Self {
        RenderError::Publish(e)
    }
}
