//! The pipeline object every command uses: a [`Project`] reads its content through sources,
//! [`Project::check`] loads and validates it into a [`Checked`] project (the model, every
//! diagnostic, the theme and the fonts), and a [`Build`] renders the parts asked for into a
//! sink. Nothing here prints, exits or touches global state; commands do that.

mod editions;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::diagnostics::{self, Diagnostic, SourceMap};
use crate::evaluate::team::{self, Grouping, Member, Team, TeamSummary};
use crate::fingerprint::Fingerprints;
use crate::fonts::Fonts;
use crate::model::editions::Editions;
use crate::model::{Assessment, Model};
use crate::publish::Sink;
use crate::render::manifest;
use crate::render::pdf::layout::Layout;
use crate::render::pdf::{self, PdfRenderer};
use crate::render::{BuildInfo, RenderError, html};
use crate::shard::Shard;
use crate::source::{ContentSource, DiskSource, SourceError};
use crate::theme::Theme;
use crate::urls::{self, OutputPath};

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

    /// Checks each record that belongs to an earlier edition against that edition's standard.
    pub fn with_editions(mut self, editions: Editions) -> Project {
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
        // A duplicate id is reported where it was added: git tells which file is newer.
        let ages = self.standards.folder().map(crate::history::GitAges::new);
        let ages: &dyn crate::check::FileAges = match &ages {
            Some(ages) => ages,
            None => &crate::check::NoHistory,
        };
        let checked = crate::check::check(&loaded, load_diagnostics, &self.editions, ages);
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
            shard: None,
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
    /// Team summaries per manager and per department (private, like reports).
    Summaries,
}

impl Part {
    pub const ALL: [Part; 5] = [
        Part::Site,
        Part::Handbook,
        Part::Sheets,
        Part::Reports,
        Part::Summaries,
    ];

    /// The entry of the output folder the part replaces whole.
    pub fn top(self) -> &'static str {
        match self {
            Part::Site => urls::top::SITE,
            Part::Handbook => urls::top::HANDBOOK,
            Part::Sheets => urls::top::SHEETS,
            Part::Reports => urls::top::REPORTS,
            Part::Summaries => urls::top::SUMMARIES,
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
    /// Team summary PDFs (each with a CSV and a Markdown file).
    pub summaries: usize,
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

/// Carries `unit` over from the sink's previous build when its fingerprint `key` is the same,
/// or else renders it with `render` (which returns how many files it wrote).
fn reuse_or_render(
    sink: &dyn Sink,
    outputs: &Mutex<Outputs>,
    unit: &str,
    key: &str,
    render: impl FnOnce() -> Result<usize, RenderError>,
) -> Result<usize, RenderError> {
    let reused = sink.reuse(unit, key)?;
    outputs.lock().expect("outputs lock").add(reused.is_some());
    match reused {
        Some(files) => Ok(files),
        None => {
            sink.made(unit, key);
            render()
        }
    }
}

/// Renders one document at a time of a build — a report, a team summary — from any thread,
/// reusing the parsed templates; for callers that schedule the documents themselves.
pub struct DocumentRenderer<'b, 'a> {
    build: &'b Build<'a>,
    renderer: PdfRenderer<'a>,
}

impl DocumentRenderer<'_, '_> {
    /// The report of record `index` (into the records).
    pub fn report(&self, index: usize) -> Result<Vec<u8>, RenderError> {
        let records = &self.build.model.records;
        self.renderer.report(
            &self.build.model.standard,
            records,
            &records.assessments[index],
            &self.build.info,
        )
    }

    /// A team summary's PDF with text files carried inside it (see
    /// `PdfRenderer::summary_with_attachments`).
    pub fn summary_with_attachments(
        &self,
        grouping: Grouping,
        team: &Team,
        summary: &TeamSummary,
        attachments: Vec<crate::render::pdf::Attachment>,
    ) -> Result<Vec<u8>, RenderError> {
        self.renderer.summary_with_attachments(
            &self.build.model.standard,
            &self.build.info,
            grouping,
            team,
            summary,
            attachments,
        )
    }

    /// A team summary's PDF, CSV and Markdown (`render::pdf::SUMMARY_EXTENSIONS`).
    pub fn summary_files(
        &self,
        grouping: Grouping,
        team: &Team,
        summary: &TeamSummary,
    ) -> Result<[Vec<u8>; 3], RenderError> {
        self.renderer.summary_files(
            &self.build.model.standard,
            &self.build.info,
            grouping,
            team,
            summary,
        )
    }
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
    /// The slice of the reports this build makes, when it is one shard of several.
    shard: Option<Shard>,
}

impl<'a> Build<'a> {
    pub fn model(&self) -> &'a Model {
        self.model
    }

    /// Makes this build one shard: the reports of its slice of the employees, and, for the
    /// first shard, every other part (see `shard`).
    pub fn with_shard(mut self, shard: Option<Shard>) -> Self {
        self.shard = shard;
        self
    }

    /// Renders `parts` into `sink`: the site beside the PDFs, each in parallel inside. An
    /// output whose inputs did not change since the sink's previous build is carried over
    /// instead (see `publish::Sink::reuse`). `progress` is called after each report.
    pub fn render(
        &self,
        parts: &[Part],
        sink: &dyn Sink,
        progress: &(dyn Fn() + Sync),
    ) -> Result<Summary, RenderError> {
        let first = self.shard.is_none_or(|s| s.is_first());
        let wants = |p: Part| parts.contains(&p) && (p == Part::Reports || first);
        let outputs = Mutex::new(Outputs::default());
        let standard = &self.model.standard;
        let (site, pdfs) = rayon::join(
            || -> Result<usize, RenderError> {
                if !wants(Part::Site) {
                    return Ok(0);
                }
                let key = self.fingerprints().site(standard);
                reuse_or_render(sink, &outputs, urls::top::SITE, &key, || {
                    html::render_site(standard, self.theme, &self.info, sink)
                })
            },
            || -> Result<(usize, usize, usize, usize), RenderError> {
                if ![Part::Handbook, Part::Sheets, Part::Reports, Part::Summaries]
                    .iter()
                    .any(|p| wants(*p))
                {
                    return Ok((0, 0, 0, 0));
                }
                let renderer = self.pdf_renderer()?;
                let key = self.fingerprints().standard_pdfs(standard);
                let mut handbooks = 0;
                if wants(Part::Handbook) {
                    reuse_or_render(sink, &outputs, urls::top::HANDBOOK, &key, || {
                        renderer.handbook(standard, &self.info, sink).map(|()| 1)
                    })?;
                    handbooks = 1;
                }
                let mut sheets = 0;
                if wants(Part::Sheets) {
                    reuse_or_render(sink, &outputs, urls::top::SHEETS, &key, || {
                        renderer.sheets(standard, &self.info, sink)
                    })?;
                    sheets = standard.sequences.len();
                }
                let needs_evaluations = wants(Part::Reports) || wants(Part::Summaries);
                let evaluations = if needs_evaluations {
                    self.info.evaluate_all(standard, &self.model.records)
                } else {
                    Vec::new()
                };
                let mut reports = 0;
                if wants(Part::Reports) {
                    let made = self.render_reports(
                        &renderer,
                        &|a| self.shard.is_none_or(|s| s.includes(&a.employee_id)),
                        &evaluations,
                        sink,
                        progress,
                    )?;
                    reports = made.total;
                    let mut outputs = outputs.lock().expect("outputs lock");
                    *outputs = outputs.merge(made);
                }
                let mut summaries = 0;
                if wants(Part::Summaries) {
                    let made = self.render_summaries(&renderer, &evaluations, sink)?;
                    summaries = made.total;
                    let mut outputs = outputs.lock().expect("outputs lock");
                    *outputs = outputs.merge(made);
                }
                Ok((handbooks, sheets, reports, summaries))
            },
        );
        let (site_files, (handbooks, sheets, reports, summaries)) = (site?, pdfs?);
        Ok(Summary {
            site_files,
            handbooks,
            sheets,
            reports,
            summaries,
            outputs: outputs.into_inner().expect("outputs lock"),
        })
    }

    /// Every record's evaluation, in the records' order.
    pub fn evaluations(&self) -> Vec<crate::evaluate::Evaluation> {
        self.info
            .evaluate_all(&self.model.standard, &self.model.records)
    }

    /// The records whose verdict differs from the one `previous` (an earlier build's
    /// manifest) recorded for them.
    pub fn verdict_changes(&self, previous: &manifest::Manifest) -> Vec<manifest::VerdictChange> {
        let evaluations = self.evaluations();
        manifest::verdict_changes(
            previous,
            self.model.records.assessments.iter().zip(&evaluations),
            self.model.standard.settings.language,
        )
    }

    /// Renders the reports `which` selects (or carries them over from the sink's previous
    /// build, when their inputs did not change) and rewrites the manifest beside them,
    /// covering these and every report the sink already holds.
    fn render_reports(
        &self,
        renderer: &PdfRenderer<'a>,
        which: &dyn Fn(&Assessment) -> bool,
        evaluations: &[crate::evaluate::Evaluation],
        sink: &dyn Sink,
        progress: &(dyn Fn() + Sync),
    ) -> Result<Outputs, RenderError> {
        use rayon::prelude::*;
        let inputs = self.report_inputs();
        let selected: Vec<_> = self
            .model
            .records
            .assessments
            .iter()
            .zip(&self.report_paths)
            .zip(&inputs)
            .filter(|((a, _), _)| which(a))
            .collect();
        let reused: Vec<bool> = selected
            .par_iter()
            .map(|((_, path), key)| {
                let reused = sink.reuse(path.as_str(), key)?.is_some();
                if reused {
                    progress();
                }
                Ok(reused)
            })
            .collect::<Result<_, RenderError>>()?;
        let to_render: Vec<(&Assessment, &OutputPath)> = selected
            .iter()
            .zip(&reused)
            .filter(|(_, reused)| !**reused)
            .map(|(((a, path), key), _)| {
                sink.made(path.as_str(), key);
                (*a, *path)
            })
            .collect();
        renderer.reports(
            &self.model.standard,
            &self.model.records,
            &to_render,
            &self.info,
            sink,
            progress,
        )?;
        let manifest = manifest::manifest(
            &self.model.standard,
            &self.model.records,
            evaluations,
            &self.info,
            &self.report_paths,
            &inputs,
            &|path| sink.digest(path),
        );
        let path = |extension| match self.shard {
            Some(shard) => shard.manifest(extension),
            None => urls::reports_manifest(extension),
        };
        sink.put(&path("csv"), &manifest.to_csv())?;
        sink.put(&path("json"), &manifest.to_json())?;
        Ok(Outputs {
            total: selected.len(),
            reused: selected.len() - to_render.len(),
        })
    }

    /// Renders every cycle's team summaries by manager and by department — a PDF, a CSV and
    /// a Markdown file each — or carries over those whose inputs did not change.
    fn render_summaries(
        &self,
        renderer: &PdfRenderer<'a>,
        evaluations: &[crate::evaluate::Evaluation],
        sink: &dyn Sink,
    ) -> Result<Outputs, RenderError> {
        let members: Vec<Member> = self
            .model
            .records
            .assessments
            .iter()
            .zip(evaluations)
            .collect();
        let standard = &self.model.standard;
        let fingerprints = self.fingerprints().summaries(standard);
        let mut outputs = Outputs::default();
        for grouping in [Grouping::Manager, Grouping::Department] {
            let by = urls::grouping_folder(grouping);
            let summaries = team::summarise_teams(standard, grouping, &members);
            let files = urls::team_file_names(grouping, summaries.keys().map(|(_, t)| t));
            let mut jobs = Vec::new();
            for ((cycle, t), summary) in &summaries {
                let file = files[t].as_str();
                let unit = urls::summary_unit(cycle, by, file);
                let key = fingerprints.of(grouping, t, file, summary);
                let reused = sink.reuse(&unit, &key)?.is_some();
                outputs.add(reused);
                if !reused {
                    sink.made(&unit, &key);
                    jobs.push((cycle.as_str(), t, summary, file));
                }
            }
            renderer.summaries(standard, &self.info, grouping, &jobs, sink)?;
        }
        Ok(outputs)
    }

    /// Renders the reports of the records `which` selects, and the manifest of every report
    /// the sink then holds.
    pub fn reports(
        &self,
        which: &dyn Fn(&Assessment) -> bool,
        sink: &dyn Sink,
        progress: &(dyn Fn() + Sync),
    ) -> Result<usize, RenderError> {
        let evaluations = self.evaluations();
        let made =
            self.render_reports(&self.pdf_renderer()?, which, &evaluations, sink, progress)?;
        Ok(made.total)
    }

    /// Per record (in the records' order), the fingerprint of its report (see
    /// [`Fingerprints::reports`]): two builds that give a record the same one give its report
    /// the same bytes, so a later command can reuse the file.
    pub fn report_inputs(&self) -> Vec<String> {
        self.fingerprints()
            .reports(&self.model.standard, &self.model.records)
    }

    fn fingerprints(&self) -> Fingerprints<'_> {
        Fingerprints::new(self.theme, &self.fonts, &self.info, self.pdf_a)
    }

    /// Each report's output path, in the records' order.
    pub fn report_paths(&self) -> &[OutputPath] {
        &self.report_paths
    }

    pub fn info(&self) -> &BuildInfo {
        &self.info
    }

    /// A renderer of single documents, reused across many (it holds the parsed templates).
    pub fn document_renderer(&self) -> Result<DocumentRenderer<'_, 'a>, RenderError> {
        Ok(DocumentRenderer {
            build: self,
            renderer: self.pdf_renderer()?,
        })
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

    /// Every team summary by manager and by department, laid out, for the layout rules:
    /// ("<cycle>/<team key>", layout).
    pub fn summary_layouts(&self) -> Result<Vec<(String, Layout)>, RenderError> {
        let renderer = self.pdf_renderer()?;
        let evaluations = self.evaluations();
        let members: Vec<Member> = self
            .model
            .records
            .assessments
            .iter()
            .zip(&evaluations)
            .collect();
        let mut out = Vec::new();
        for grouping in [Grouping::Manager, Grouping::Department] {
            for ((cycle, t), s) in team::summarise_teams(&self.model.standard, grouping, &members) {
                let layout =
                    renderer.summary_layout(&self.model.standard, &self.info, grouping, &t, &s)?;
                out.push((format!("{cycle}/{}", t.key), layout));
            }
        }
        Ok(out)
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
