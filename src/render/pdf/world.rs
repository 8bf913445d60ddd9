//! The one place Typst reaches files, fonts and the clock. Fonts are parsed once per build and
//! shared by every thread; a template's sources are parsed once and shared; each document only
//! swaps its data file, so comemo's cache carries layout work from one document to the next.

use std::collections::HashMap;
use std::sync::Arc;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};

use crate::fonts::Fonts;
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use crate::model::Date;
use crate::theme::Theme;

/// A template: its main file and the other `.typ` files it may import, parsed once.
pub struct Template {
    pub main: FileId,
    pub sources: HashMap<FileId, Source>,
    pub data: FileId,
}

pub fn file_id(path: &str) -> FileId {
    RootedPath::new(
        VirtualRoot::Project,
        VirtualPath::new(path).expect("valid virtual path"),
    )
    .intern()
}

impl Template {
    /// Loads `typst/<main>` and every other `typst/*.typ` from the theme; the data file is
    /// `/<data>` (read by the template with `json("<data>")`).
    pub fn new(theme: &Theme, main: &str, data: &str) -> Result<Template, String> {
        let mut sources = HashMap::new();
        for (name, bytes) in theme.files_under("typst") {
            if name.ends_with(".typ") {
                let text = String::from_utf8(bytes.to_vec())
                    .map_err(|_| format!("theme file typst/{name} is not UTF-8"))?;
                let id = file_id(&format!("/{name}"));
                sources.insert(id, Source::new(id, text));
            }
        }
        let main = file_id(&format!("/{main}"));
        if !sources.contains_key(&main) {
            return Err(format!("the theme has no typst/{main:?}"));
        }
        Ok(Template {
            main,
            sources,
            data: file_id(&format!("/{data}")),
        })
    }
}

pub struct Shared {
    pub library: LazyHash<Library>,
    pub fonts: Arc<Fonts>,
}

impl Shared {
    pub fn new(fonts: Arc<Fonts>) -> Shared {
        Shared {
            library: LazyHash::new(Library::builder().build()),
            fonts,
        }
    }
}

/// One document: a template, its data, and the date it is "today" (never the clock).
pub struct DocumentWorld<'a> {
    pub shared: &'a Shared,
    pub template: &'a Template,
    pub data: Bytes,
    /// `/tuning.json`: a later pass's page-filling measures (`fit.rs`), `{}` on a first pass.
    pub tuning: Bytes,
    pub today: Date,
}

impl World for DocumentWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.shared.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.shared.fonts.book
    }

    fn main(&self) -> FileId {
        self.template.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        self.template
            .sources
            .get(&id)
            .cloned()
            .ok_or_else(|| not_found(id))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.template.data {
            return Ok(self.data.clone());
        }
        if id == file_id("/tuning.json") {
            return Ok(self.tuning.clone());
        }
        self.template
            .sources
            .get(&id)
            .map(|s| Bytes::from_string(s.clone()))
            .ok_or_else(|| not_found(id))
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.shared.fonts.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        Datetime::from_ymd(self.today.year, self.today.month, self.today.day)
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(std::path::PathBuf::from(format!("{id:?}")))
}
