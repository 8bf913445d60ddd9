//! The pipeline object every command uses: a [`Project`] reads its content through sources,
//! [`Project::check`] loads and validates it into a [`Checked`] project (the model, every
//! diagnostic, the theme and the fonts), and a [`Build`] renders the parts asked for into a
//! sink. Nothing here prints, exits or touches global state; commands do that.

mod applications;
mod build;
pub mod certificates;
mod editions;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diagnostics::{self, Diagnostic, SourceMap};
use crate::fonts::Fonts;
use crate::model::Model;
use crate::model::editions::Editions;
use crate::render::BuildInfo;
use crate::source::{ContentSource, DiskSource, SourceError};
use crate::theme::Theme;
use crate::urls;

pub use build::{Build, DocumentRenderer, Offer};
pub use editions::{
    BuildOptions, Stamp, TaggedEditions, UnknownEdition, edition_history, find_edition,
    tagged_standards,
};

/// A content project: the standards, and where the assessment records come from.
pub struct Project {
    standards: Box<dyn ContentSource>,
    records: Option<Box<dyn ContentSource>>,
    /// The tagged editions, for records that belong to an earlier one.
    editions: Editions,
    /// Parses kept from an earlier check of the same folders (`rungs serve`).
    parses: Option<Arc<crate::load::ParseCache>>,
}

impl Project {
    /// A project read through `standards`, with records from `records` (files
    /// `<cycle>/<employee-id>.yaml`) or else from the standards' own `assessments/` folder.
    pub fn new(
        standards: Box<dyn ContentSource>,
        records: Option<Box<dyn ContentSource>>,
    ) -> Project {
        Project {
            standards,
            records,
            editions: Default::default(),
            parses: None,
        }
    }

    /// Checks each record that belongs to an earlier edition against that edition's standard.
    pub fn with_editions(mut self, editions: Editions) -> Project {
        self.editions = editions;
        self
    }

    /// Parses each document whose text is unchanged since the last check through `parses`
    /// only once: for checking the same folders again and again.
    pub fn with_parse_cache(mut self, parses: Arc<crate::load::ParseCache>) -> Project {
        self.parses = Some(parses);
        self
    }

    /// A project in folders on disk.
    pub fn open(content: &Path, records: Option<&Path>) -> Result<Project, SourceError> {
        let standards = Box::new(DiskSource::open(content)?);
        let records = match records {
            Some(dir) => Some(Box::new(DiskSource::open(dir)?) as Box<dyn ContentSource>),
            None => None,
        };
        Ok(Project::new(standards, records))
    }

    /// The folders on disk the project reads, which outputs must stay out of.
    pub fn folders(&self) -> Vec<PathBuf> {
        std::iter::once(&self.standards)
            .chain(self.records.as_ref())
            .filter_map(|s| s.folder().map(Path::to_path_buf))
            .collect()
    }

    /// Loads and validates the project: every diagnostic, and the model when there was no
    /// error. Only a source that cannot be read is an error.
    pub fn check(&self) -> Result<Checked, SourceError> {
        let (mut loaded, load_diagnostics) = crate::load::load(
            self.standards.as_ref(),
            self.records.as_deref(),
            self.parses.as_deref(),
        )?;
        // The records move through the checks (see `check::check`).
        let records = std::mem::take(&mut loaded.assessments);
        // A duplicate id is reported where it was added: git tells which file is newer.
        let ages = self.standards.folder().map(crate::history::GitAges::new);
        let ages: &dyn crate::check::FileAges = match &ages {
            Some(ages) => ages,
            None => &crate::check::NoHistory,
        };
        let checked = crate::check::check(&loaded, records, load_diagnostics, &self.editions, ages);
        let language = loaded
            .settings
            .as_ref()
            .map(|s| s.value.language.value.clone());
        let theme_name = loaded.theme_name().to_string();
        let sources = loaded.sources;
        let theme = Theme::new(&theme_name, &loaded.theme_files, |file| {
            sources.display(file).to_string()
        });
        let fonts = Arc::new(Fonts::load(&theme, &loaded.fonts));
        let mut diagnostics = checked.diagnostics;
        diagnostics.extend(crate::check::missing_glyphs(&sources, &fonts));
        if let Some(model) = &checked.model {
            diagnostics.extend(applications::diagnostics(model));
        }
        diagnostics::sort(&mut diagnostics);
        Ok(Checked {
            model: checked.model,
            diagnostics,
            sources,
            theme,
            fonts,
            language,
            locales: checked.locales,
        })
    }
}

/// A checked project: the model (when there were no errors), every diagnostic, the text of
/// every file (for quoting in diagnostics), and the theme and fonts renderers use.
pub struct Checked {
    pub model: Option<Model>,
    pub diagnostics: Vec<Diagnostic>,
    pub sources: SourceMap,
    pub theme: Theme,
    pub fonts: Arc<Fonts>,
    /// The settings' `language`, as written (even when the content has errors).
    pub language: Option<String>,
    /// The project's own locale files.
    pub locales: crate::locale::ProjectLocales,
}

impl Checked {
    pub fn errors(&self) -> usize {
        diagnostics::count_errors(&self.diagnostics)
    }

    /// A build of the model, or `None` when the content has errors.
    pub fn build(
        &self,
        info: BuildInfo,
        profile: crate::render::pdf::PdfProfile,
    ) -> Option<Build<'_>> {
        let model = self.model.as_ref()?;
        Some(Build {
            model,
            theme: &self.theme,
            fonts: self.fonts.clone(),
            info,
            profile,
            report_paths: model.records.assessments.iter().map(urls::report).collect(),
            shard: None,
            worker_processes: None,
            keys: Default::default(),
        })
    }
}

/// The parts of a build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Site,
    Handbook,
    /// The handbook's Word edition (`handbook.docx`), for OA approval.
    Word,
    Sheets,
    Reports,
    /// Team summaries per manager and per department (private, like reports).
    Summaries,
    /// Each cycle's 公示 notice, PDF and HTML (personal data for internal announcement).
    Announcements,
    /// A certificate per certification that took effect (private).
    Certificates,
}

impl Part {
    pub const ALL: [Part; 8] = [
        Part::Site,
        Part::Handbook,
        Part::Word,
        Part::Sheets,
        Part::Reports,
        Part::Summaries,
        Part::Announcements,
        Part::Certificates,
    ];

    /// The entry of the output folder the part replaces whole.
    pub fn top(self) -> &'static str {
        match self {
            Part::Site => urls::top::SITE,
            Part::Handbook => urls::top::HANDBOOK,
            Part::Word => urls::top::WORD,
            Part::Sheets => urls::top::SHEETS,
            Part::Reports => urls::top::REPORTS,
            Part::Summaries => urls::top::SUMMARIES,
            Part::Announcements => urls::top::ANNOUNCEMENTS,
            Part::Certificates => urls::top::CERTIFICATES,
        }
    }
}

/// How many files of each kind a build wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub site_files: usize,
    pub handbooks: usize,
    /// Word editions of the handbook.
    pub word: usize,
    /// Sheet PDFs, one per sequence.
    pub sheets: usize,
    pub reports: usize,
    /// Team summary PDFs (each with a CSV and a Markdown file).
    pub summaries: usize,
    /// Calibration packs (each a PDF and a workbook), 公示 notices (each a PDF and an HTML
    /// page) and certificates.
    pub calibration_packs: usize,
    pub notices: usize,
    pub certificates: usize,
    /// The worker processes documents were typeset in (none when typeset on the threads).
    pub worker_processes: usize,
    /// Outputs rendered or carried over (the site, the handbook, the sheets, each report, each
    /// team summary), and how many of them were carried over from the previous build because
    /// their inputs had not changed.
    pub outputs: Outputs,
}

/// Outputs made and reused; see [`Summary::outputs`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Outputs {
    pub total: usize,
    pub reused: usize,
}

impl Outputs {
    fn add(&mut self, reused: bool) {
        self.total += 1;
        self.reused += usize::from(reused);
    }

    fn merge(self, other: Outputs) -> Outputs {
        Outputs {
            total: self.total + other.total,
            reused: self.reused + other.reused,
        }
    }
}
