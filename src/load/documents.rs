//! Parsing the documents of a project (settings, competencies, sequences, pages, records, cycle
//! files), in parallel and, across loads, only when a file's text changed.
//!
//! Reading stays in order in `load`; what is parsed here depends on nothing but one file's
//! path and bytes, so the documents are parsed on rayon's threads and put back in the order
//! they were read, and the result is the same whatever the threads did.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use rayon::prelude::*;

use super::raw::*;
use super::{Loaded, Parsed, RawPage, decode, pages, yaml};
use crate::diagnostics::{Diagnostic, Location, codes};
use crate::msg;

/// The kinds of document `load` parses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Settings,
    Competency,
    Sequence,
    Page,
    Assessment,
    Applications,
    Cycle,
}

/// A document read from its source, not yet parsed.
pub(super) struct Unparsed {
    pub kind: Kind,
    pub file: String,
    pub display: String,
    pub bytes: Vec<u8>,
}

/// What one document parsed into. Boxed: every document waits in a list between parsing and
/// sorting, and the raw types are large (a record's is kilobytes before its first string).
#[derive(Debug, Clone)]
enum Value {
    Settings(Box<RawSettings>),
    Competency(Box<RawCompetency>),
    Sequence(Box<RawSequence>),
    Page(Box<RawPage>),
    Assessment(Box<RawAssessment>),
    Applications(Box<RawApplicationList>),
    Cycle(Box<RawCycle>),
}

/// Everything parsing one document gives but its text.
#[derive(Debug, Clone, Default)]
struct Outcome {
    value: Option<Value>,
    diagnostics: Vec<Diagnostic>,
    placeholders: Vec<Location>,
}

/// One document, parsed: its text (when it decoded) and what it gave.
struct Document {
    file: String,
    display: String,
    text: Option<String>,
    outcome: Outcome,
    /// Parsed by this load, not taken from the cache.
    fresh: bool,
}

/// Parses kept from one load to the next (`rungs serve` rebuilds on every save): a document
/// whose text is what it was last time is not parsed again. Parsing is a pure function of the
/// file's path and text, so a kept parse is the parse.
#[derive(Default)]
pub struct ParseCache {
    files: Mutex<HashMap<String, Arc<(String, Outcome)>>>,
    /// The parses of the load under way, which replace `files` when it ends.
    next: Mutex<HashMap<String, Arc<(String, Outcome)>>>,
}

/// How many files `load` reads before it parses them.
pub(super) const BATCH: usize = 64;

impl ParseCache {
    fn get(&self, file: &str, text: &str) -> Option<Outcome> {
        let files = self.files.lock().expect("parse cache lock");
        let kept = files.get(file)?;
        (kept.0 == text).then(|| kept.1.clone())
    }

    /// Starts a load: what an earlier load left unfinished (a source error stops a load
    /// midway) is forgotten, and the last finished load's parses stay until this one ends.
    pub(super) fn begin(&self) {
        self.next.lock().expect("parse cache lock").clear();
    }

    /// Keeps these parses of the load under way.
    fn keep(&self, documents: &[Document]) {
        let files = self.files.lock().expect("parse cache lock");
        let mut next = self.next.lock().expect("parse cache lock");
        for d in documents {
            let Some(text) = &d.text else { continue };
            let kept = match files.get(&d.file) {
                Some(kept) if !d.fresh => kept.clone(),
                _ => Arc::new((text.clone(), d.outcome.clone())),
            };
            next.insert(d.file.clone(), kept);
        }
    }

    /// Ends a load: its parses are kept, and only those (a file gone or changed leaves
    /// nothing behind).
    pub(super) fn settle(&self) {
        let next = std::mem::take(&mut *self.next.lock().expect("parse cache lock"));
        *self.files.lock().expect("parse cache lock") = next;
    }
}

/// Parses `documents` (on rayon's threads, through `cache` when given) and puts them into
/// `loaded` in the order given; a document with mistakes is listed in `loaded.failed`.
pub(super) fn parse_into(
    loaded: &mut Loaded,
    diagnostics: &mut Vec<Diagnostic>,
    documents: Vec<Unparsed>,
    cache: Option<&ParseCache>,
) {
    let documents: Vec<Document> = documents
        .into_par_iter()
        .map(|unparsed| parse_one(unparsed, cache))
        .collect();
    if let Some(cache) = cache {
        cache.keep(&documents);
    }
    for document in documents {
        let Document {
            file,
            display,
            text,
            outcome,
            ..
        } = document;
        if let Some(text) = text {
            loaded.sources.insert(file.as_str(), display, text);
        }
        loaded.placeholders.extend(outcome.placeholders);
        if let Some(value) = outcome.value {
            put(loaded, &file, value);
        }
        if !outcome.diagnostics.is_empty() {
            diagnostics.extend(outcome.diagnostics);
            loaded.failed.push(file);
        }
    }
}

fn put(loaded: &mut Loaded, file: &str, value: Value) {
    fn push<T>(list: &mut Vec<Parsed<T>>, file: &str, value: T) {
        list.push(Parsed {
            file: file.to_string(),
            value,
        });
    }
    match value {
        Value::Settings(value) => {
            loaded.settings = Some(Parsed {
                file: file.to_string(),
                value: *value,
            })
        }
        Value::Competency(value) => push(&mut loaded.competencies, file, *value),
        Value::Sequence(value) => push(&mut loaded.sequences, file, *value),
        Value::Page(value) => push(&mut loaded.pages, file, *value),
        Value::Assessment(value) => push(&mut loaded.assessments, file, value),
        Value::Applications(value) => push(
            &mut loaded.applications,
            file,
            RawApplications::Yaml(*value),
        ),
        Value::Cycle(value) => push(&mut loaded.cycles, file, *value),
    }
}

fn parse_one(unparsed: Unparsed, cache: Option<&ParseCache>) -> Document {
    let Unparsed {
        kind,
        file,
        display,
        bytes,
    } = unparsed;
    let text = match decode::decode(&file, bytes) {
        Ok(text) => text,
        Err(d) => {
            return Document {
                file,
                display,
                text: None,
                outcome: Outcome {
                    diagnostics: vec![*d],
                    ..Outcome::default()
                },
                fresh: true,
            };
        }
    };
    let (outcome, fresh) = match cache.and_then(|c| c.get(&file, &text)) {
        Some(outcome) => (outcome, false),
        None => (parse_text(kind, &file, &text), true),
    };
    Document {
        file,
        display,
        text: Some(text),
        outcome,
        fresh,
    }
}

/// Parses one document's text. A document whose mistakes could all be repaired still gives
/// its value, so `check` can find the rest.
fn parse_text(kind: Kind, file: &str, text: &str) -> Outcome {
    fn parse<T: serde::de::DeserializeOwned>(
        file: &str,
        text: &str,
        first_line: u32,
        wrap: impl FnOnce(T) -> Value,
    ) -> Outcome {
        let parsed = yaml::parse::<T>(file, text, first_line);
        Outcome {
            value: parsed.value.map(wrap),
            diagnostics: parsed.diagnostics,
            placeholders: parsed.placeholders,
        }
    }
    let failure = |d: Box<Diagnostic>| Outcome {
        diagnostics: vec![*d],
        ..Outcome::default()
    };
    if kind == Kind::Page {
        let split = match pages::split_front_matter(file, text) {
            Ok(split) => split,
            Err(d) => return failure(d),
        };
        let id = file
            .trim_start_matches("pages/")
            .trim_end_matches(".md")
            .to_string();
        let body = split.body.to_string();
        return parse(file, split.front_matter, split.first_line, |front| {
            Value::Page(Box::new(RawPage { id, front, body }))
        });
    }
    if decode::is_blank_yaml(text) {
        return failure(Box::new(
            Diagnostic::new(&codes::EMPTY_FILE, msg!("load-empty-file"))
                .at(Location::file(file))
                .help(msg!("load-empty-file-help")),
        ));
    }
    match kind {
        Kind::Settings => parse(file, text, 1, |v| Value::Settings(Box::new(v))),
        Kind::Competency => parse(file, text, 1, |v| Value::Competency(Box::new(v))),
        Kind::Sequence => parse(file, text, 1, |v| Value::Sequence(Box::new(v))),
        Kind::Assessment => parse(file, text, 1, |v| Value::Assessment(Box::new(v))),
        Kind::Applications => parse(file, text, 1, |v| Value::Applications(Box::new(v))),
        Kind::Cycle => parse(file, text, 1, |v| Value::Cycle(Box::new(v))),
        Kind::Page => unreachable!("pages are split above"),
    }
}
