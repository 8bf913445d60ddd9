//! Renderers: they read the validated model and never fail on content (that was `check`'s
//! job); only a broken theme template or a sink that cannot write can stop them. Each writes
//! its files into a `publish::Sink` as it makes them.

pub mod after;
pub mod calibration;
pub mod certifications;
pub mod csv;
pub mod docx;
pub mod eligibility;
pub mod html;
pub mod manifest;
pub mod markdown;
pub mod pdf;
pub mod ratings;
pub mod results;
pub(crate) mod shared;
pub mod team;
pub mod verdict;
pub mod words;
pub mod xlsx;

use std::fmt;

use crate::evaluate::{self, Evaluation};
use crate::locale::Message;
use crate::model::editions::Editions;
use crate::model::{Assessment, Records, Standard};
use crate::msg;
use crate::publish::PublishError;

/// Facts about this build that travel beside the model and are never written into it.
#[derive(Debug, Clone, Default)]
pub struct BuildInfo {
    /// The content commit stamped on pages and reports.
    pub commit: Option<String>,
    /// The standard's editions from git tags, oldest first (empty outside git): the handbook's
    /// revision record and the site's change log.
    pub editions: Vec<crate::model::change::EditionRecord>,
    /// Per standards file (relative to the content folder), the date and short hash of the
    /// last commit that changed it: shown on the pages made from it.
    pub last_changed: std::collections::BTreeMap<String, (String, String)>,
    /// The tagged editions' standards: each record is evaluated against the edition it belongs
    /// to (see `model::editions`).
    pub tagged: Editions,
    /// A what-if build (试算): every record evaluated against one standard instead of its own
    /// edition; its reports and summaries say so on every page.
    pub what_if: Option<WhatIf>,
}

/// The standard a what-if build (试算) evaluates every record against.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum WhatIf {
    /// The current standard (the content being built).
    Current,
    /// A tagged edition, by name or tag.
    Edition(String),
}

impl BuildInfo {
    /// The standard `a` is evaluated against, and the commit its outputs are stamped with:
    /// the edition the record belongs to (with the tag's commit when it is a tagged one), or
    /// in a what-if build the standard asked for — unless that standard has no level for it,
    /// when its own edition stands.
    pub fn standard_for<'s>(
        &'s self,
        current: &'s Standard,
        a: &Assessment,
    ) -> (&'s Standard, Option<&'s str>) {
        let (standard, edition) = self.tagged.standard_of(current, a);
        let own = match edition {
            Some(e) => (standard, Some(e.commit.as_str())),
            None => (standard, self.commit.as_deref()),
        };
        let asked = match &self.what_if {
            None => return own,
            Some(WhatIf::Current) => (current, self.commit.as_deref()),
            Some(WhatIf::Edition(key)) => match self.tagged.find(key) {
                Some(i) => {
                    let e = self.tagged.get(i);
                    (&e.standard, Some(e.commit.as_str()))
                }
                None => return own,
            },
        };
        if asked.0.target_level(a).is_some() {
            asked
        } else {
            own
        }
    }

    /// `a`'s evaluation against the standard [`standard_for`](Self::standard_for) picks, with
    /// the employee's records before it and the project's cycles (for contributions counted
    /// over several cycles).
    pub fn evaluate(&self, current: &Standard, records: &Records, a: &Assessment) -> Evaluation {
        let earlier: Vec<&Assessment> = records.earlier(a).collect();
        let (standard, _) = self.standard_for(current, a);
        evaluate::evaluate(standard, a, &earlier, records.cycles())
            .or_else(|| evaluate::evaluate(current, a, &earlier, records.cycles()))
            .expect("checked assessment")
    }

    /// Every record's evaluation, in the records' order: what reports, manifests and team
    /// summaries state.
    pub fn evaluate_all(&self, current: &Standard, records: &Records) -> Vec<Evaluation> {
        use rayon::prelude::*;
        records
            .assessments
            .par_iter()
            .map(|a| self.evaluate(current, records, a))
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
    pub document: Message,
    /// The size of its content (the data the template lays out), in bytes.
    pub size: usize,
    pub limit: usize,
}

/// The most content one PDF document may lay out: a handbook of about 150 pages, which Typst
/// lays out in under 700 MiB (it holds every page of every layout pass in memory; benches).
pub const DOCUMENT_BUDGET: usize = 600 * 1024;

impl TooLarge {
    /// `Err` when `data` (the document's JSON) is over [`DOCUMENT_BUDGET`].
    pub(crate) fn check(document: impl FnOnce() -> Message, data: &str) -> Result<(), RenderError> {
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

impl RenderError {
    /// What went wrong, to say in the user's language.
    pub fn message(&self) -> Message {
        match self {
            RenderError::Template(t) => {
                let file = t.file.clone();
                let error = Message::verbatim(t.message.clone());
                match t.line {
                    Some(line) => msg!(
                        "render-template-line",
                        file = file,
                        line = line,
                        error = error
                    ),
                    None => msg!("render-template", file = file, error = error),
                }
            }
            RenderError::Publish(e) => e.message(),
            RenderError::TooLarge(t) => msg!(
                "render-too-large",
                document = t.document.clone(),
                size = t.size / 1024,
                pages = t.size / 3800,
                limit = t.limit / 1024
            ),
        }
    }

    /// What a person can do about it.
    pub fn help(&self) -> Message {
        match self {
            RenderError::Template(_) => msg!("render-template-help"),
            RenderError::Publish(e) => e.help(),
            RenderError::TooLarge(_) => msg!("render-too-large-help"),
        }
    }
}

/// In English, for logs and tests; the command line says [`RenderError::message`].
impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().english())
    }
}

impl std::error::Error for RenderError {}

impl From<PublishError> for RenderError {
    fn from(e: PublishError) -> Self {
        RenderError::Publish(e)
    }
}
