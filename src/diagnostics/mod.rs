//! One diagnostics type for every problem rungs reports about content: a code from the
//! registry (`codes`), a location (`file:line:column`), a message and a `help:` line. Rendering
//! for people (rustc-style, through annotate-snippets) and for machines (JSON) is in `render`.
//!
//! This module only describes problems; finding them is `load`'s and `check`'s job.

pub mod codes;
mod render;
pub mod suggest;

use std::collections::BTreeMap;

use serde::Serialize;

pub use crate::locale::Message;
pub use codes::Code;
pub use render::{JsonEntry, json_entry, render_human, render_json, summary};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// A position in a content file. Lines and columns are 1-based and count characters;
/// 0 means "not known" (the whole file).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Location {
    /// The file's logical path: relative to the content folder, `/`-separated (records read
    /// from `--records DIR` are `assessments/<cycle>/<file>`). `SourceMap::display` shows it.
    pub file: String,
    pub line: u32,
    pub column: u32,
    /// How many characters to underline (at least one caret is drawn).
    #[serde(skip)]
    pub width: u32,
}

impl Location {
    pub fn file(file: impl Into<String>) -> Self {
        Location {
            file: file.into(),
            line: 0,
            column: 0,
            width: 0,
        }
    }

    pub fn at(file: impl Into<String>, line: u32, column: u32) -> Self {
        Location {
            file: file.into(),
            line,
            column,
            width: 1,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: &'static Code,
    /// Said in whichever language speaks when the diagnostic is shown.
    pub message: Message,
    pub location: Option<Location>,
    /// Boxed: a diagnostic travels in `Result`s, and most are small.
    pub help: Option<Box<Message>>,
    /// A second place the problem involves (where a duplicate id was first defined); boxed,
    /// as few diagnostics have one.
    pub note: Option<Box<Note>>,
}

/// A second place a diagnostic points at, with a few words saying what is there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub message: Message,
    pub location: Location,
}

impl Diagnostic {
    /// The one way to raise a problem: its code decides its severity.
    pub fn new(code: &'static Code, message: impl Into<Message>) -> Self {
        Diagnostic {
            code,
            message: message.into(),
            location: None,
            help: None,
            note: None,
        }
    }

    pub fn at(mut self, location: Location) -> Self {
        self.location = Some(location);
        self
    }

    pub fn help(mut self, help: impl Into<Message>) -> Self {
        self.help = Some(Box::new(help.into()));
        self
    }

    /// Points at a second place: `message` says what is there.
    pub fn note(mut self, message: impl Into<Message>, location: Location) -> Self {
        self.note = Some(Box::new(Note {
            message: message.into(),
            location,
        }));
        self
    }

    pub fn severity(&self) -> Severity {
        self.code.severity
    }

    pub fn is_error(&self) -> bool {
        self.severity() == Severity::Error
    }
}

/// The text of every file that was read, so diagnostics can quote it, and how to show each
/// file's path to a person.
#[derive(Debug, Default, Clone)]
pub struct SourceMap {
    files: BTreeMap<String, SourceFile>,
}

#[derive(Debug, Clone)]
struct SourceFile {
    display: String,
    text: Option<String>,
}

impl SourceMap {
    /// Records the text of `file`, shown to people as `display`.
    pub fn insert(&mut self, file: impl Into<String>, display: impl Into<String>, text: String) {
        self.files.insert(
            file.into(),
            SourceFile {
                display: display.into(),
                text: Some(text),
            },
        );
    }

    /// Records how to show `file` when its text could not be read (not UTF-8, too large).
    pub fn insert_unread(&mut self, file: impl Into<String>, display: impl Into<String>) {
        self.files.entry(file.into()).or_insert(SourceFile {
            display: display.into(),
            text: None,
        });
    }

    pub fn get(&self, file: &str) -> Option<&str> {
        self.files.get(file).and_then(|f| f.text.as_deref())
    }

    /// The path a person uses to open `file`; the logical path when it was never read.
    pub fn display<'a>(&'a self, file: &'a str) -> &'a str {
        self.files.get(file).map_or(file, |f| f.display.as_str())
    }

    /// Every file with text, by logical path.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.files
            .iter()
            .filter_map(|(f, s)| s.text.as_deref().map(|t| (f.as_str(), t)))
    }
}

/// Sorts diagnostics by file and position so output is stable whatever order rules ran in.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        (&a.location, a.severity(), a.code.name, a.message.sort_key()).cmp(&(
            &b.location,
            b.severity(),
            b.code.name,
            b.message.sort_key(),
        ))
    });
}

pub fn count_errors(diagnostics: &[Diagnostic]) -> usize {
    diagnostics.iter().filter(|d| d.is_error()).count()
}
