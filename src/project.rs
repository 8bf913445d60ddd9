//! The pipeline object every command uses: a [`Project`] reads its content through sources,
//! [`Project::check`] loads and validates it into a [`Checked`] project (the model, every
//! diagnostic, the theme and the fonts), and a [`Build`] renders the parts asked for into a
//! sink. Nothing here prints, exits or touches global state; commands do that.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diagnostics::{self, Diagnostic, SourceMap};
use crate::fonts::Fonts;
use crate::model::{Assessment, Model};
use crate::publish::Sink;
use crate::render::pdf::layout::Layout;
use crate::render::pdf::{self, PdfRenderer};
use crate::render::{BuildInfo, RenderError, html};
use crate::source::{ContentSource, DiskSource, SourceError};
use crate::theme::Theme;
use crate::urls::{self, OutputPath};

/// A content project: the standards, and where the assessment records come from.
pub struct Project {
    standards: Box<dyn ContentSource>,
    records: Option<Box<dyn ContentSource>>,
    /// Earlier editions by name, for records assessed against them.
    editions: std::collections::BTreeMap<String, crate::model::Standard>,
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
        }
    }

    /// Checks records that name an earlier edition against that edition's standard.
    pub fn with_editions(
        mut self,
        editions: std::collections::BTreeMap<String, crate::model::Standard>,
    ) -> Project {
        self.editions = editions;
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
        let (loaded, load_diagnostics) =
            crate::load::load(self.standards.as_ref(), self.records.as_deref())?;
        let checked = crate::check::check(&loaded, load_diagnostics, &self.editions);
        let theme_name = loaded
            .settings
            .as_ref()
            .and_then(|s| s.value.theme.as_ref())
            .map_or("default", |t| t.value.as_str());
        let sources = loaded.sources;
        let theme = Theme::new(theme_name, &loaded.theme_files, |file| {
            sources.display(file).to_string()
        });
        let fonts = Arc::new(Fonts::load(&theme, &loaded.fonts));
        let mut diagnostics = checked.diagnostics;
        diagnostics.extend(crate::check::missing_glyphs(&sources, &fonts));
        diagnostics::sort(&mut diagnostics);
        Ok(Checked {
            model: checked.model,
            diagnostics,
            sources,
            theme,
            fonts,
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
}

impl Checked {
    pub fn errors(&self) -> usize {
        diagnostics::count_errors(&self.diagnostics)
    }

    /// A build of the model, or `None` when the content has errors.
    pub fn build(&self, info: BuildInfo, pdf_a: bool) -> Option<Build<'_>> {
        let model = self.model.as_ref()?;
        Some(Build {
            model,
            theme: &self.theme,
            fonts: self.fonts.clone(),
            info,
            pdf_a,
            report_paths: model.records.assessments.iter().map(urls::report).collect(),
        })
    }
}

/// The parts of a build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Site,
    Handbook,
    Sheets,
    Reports,
}

impl Part {
    pub const ALL: [Part; 4] = [Part::Site, Part::Handbook, Part::Sheets, Part::Reports];

    /// The entry of the output folder the part replaces whole.
    pub fn top(self) -> &'static str {
        match self {
            Part::Site => urls::top::SITE,
            Part::Handbook => urls::top::HANDBOOK,
            Part::Sheets => urls::top::SHEETS,
            Part::Reports => urls::top::REPORTS,
        }
    }
}

/// How many files of each kind a build wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub site_files: usize,
    pub handbooks: usize,
    /// Sheet PDFs, one per sequence.
    pub sheets: usize,
    pub reports: usize,
}

/// Renders a checked model into sinks.
pub struct Build<'a> {
    model: &'a Model,
    theme: &'a Theme,
    fonts: Arc<Fonts>,
    info: BuildInfo,
    pdf_a: bool,
    /// Every report's output path, in the records' order.
    report_paths: Vec<OutputPath>,
}

impl<'a> Build<'a> {
    pub fn model(&self) -> &'a Model {
        self.model
    }

    /// Renders `parts` into `sink`: the site beside the PDFs, each in parallel inside.
    /// `progress` is called after each report.
    pub fn render(
        &self,
        parts: &[Part],
        sink: &dyn Sink,
        progress: &(dyn Fn() + Sync),
    ) -> Result<Summary, RenderError> {
        let wants = |p: Part| parts.contains(&p);
        let (site, pdfs) = rayon::join(
            || -> Result<usize, RenderError> {
                if !wants(Part::Site) {
                    return Ok(0);
                }
                html::render_site(&self.model.standard, self.theme, &self.info, sink)
            },
            || -> Result<(usize, usize, usize), RenderError> {
                if ![Part::Handbook, Part::Sheets, Part::Reports]
                    .iter()
                    .any(|p| wants(*p))
                {
                    return Ok((0, 0, 0));
                }
                let renderer = self.pdf_renderer()?;
                let mut handbooks = 0;
                if wants(Part::Handbook) {
                    renderer.handbook(&self.model.standard, &self.info, sink)?;
                    handbooks = 1;
                }
                let mut sheets = 0;
                if wants(Part::Sheets) {
                    sheets = renderer.sheets(&self.model.standard, &self.info, sink)?;
                }
                let mut reports = 0;
                if wants(Part::Reports) {
                    let all = self.selected(&|_| true);
                    reports = renderer.reports(
                        &self.model.standard,
                        &self.model.records,
                        &all,
                        &self.info,
                        sink,
                        progress,
                    )?;
                }
                Ok((handbooks, sheets, reports))
            },
        );
        let (site_files, (handbooks, sheets, reports)) = (site?, pdfs?);
        Ok(Summary {
            site_files,
            handbooks,
            sheets,
            reports,
        })
    }

    /// Renders the reports of the records `which` selects.
    pub fn reports(
        &self,
        which: &dyn Fn(&Assessment) -> bool,
        sink: &dyn Sink,
        progress: &(dyn Fn() + Sync),
    ) -> Result<usize, RenderError> {
        let selected = self.selected(which);
        self.pdf_renderer()?.reports(
            &self.model.standard,
            &self.model.records,
            &selected,
            &self.info,
            sink,
            progress,
        )
    }

    /// Writes the Typst project behind the PDFs (templates, fonts, one data file per document).
    pub fn typst_project(&self, sink: &dyn Sink) -> Result<usize, RenderError> {
        let all = self.selected(&|_| true);
        pdf::typst_project(
            &self.model.standard,
            &self.model.records,
            &all,
            self.theme,
            &self.info,
            sink,
        )
    }

    /// The handbook's laid-out pages, for the layout rules.
    pub fn handbook_layout(&self) -> Result<Layout, RenderError> {
        self.pdf_renderer()?
            .handbook_layout(&self.model.standard, &self.info)
    }

    /// Each sequence's sheets, laid out, by sequence id.
    pub fn sheets_layouts(&self) -> Result<Vec<(&'a str, Layout)>, RenderError> {
        let renderer = self.pdf_renderer()?;
        self.model
            .standard
            .sequences
            .iter()
            .map(|s| {
                Ok((
                    s.id.as_str(),
                    renderer.sheets_layout(&self.model.standard, s, &self.info)?,
                ))
            })
            .collect()
    }

    /// Each record's report, laid out, for the layout rules.
    pub fn report_layouts(&self) -> Result<Vec<(&'a Assessment, Layout)>, RenderError> {
        let renderer = self.pdf_renderer()?;
        let records = &self.model.records;
        records
            .assessments
            .iter()
            .map(|a| {
                Ok((
                    a,
                    renderer.report_layout(&self.model.standard, records, a, &self.info)?,
                ))
            })
            .collect()
    }

    fn pdf_renderer(&self) -> Result<PdfRenderer<'a>, RenderError> {
        PdfRenderer::new(self.theme, self.fonts.clone(), self.pdf_a)
    }

    fn selected(&self, which: &dyn Fn(&Assessment) -> bool) -> Vec<(&'a Assessment, &OutputPath)> {
        self.model
            .records
            .assessments
            .iter()
            .zip(&self.report_paths)
            .filter(|(a, _)| which(a))
            .collect()
    }
}
