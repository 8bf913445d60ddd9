//! Typeset PDFs with Typst as a library: the qualification reports and the handbook.
//!
//! Data goes in as a JSON file the templates read with `json()`; nothing from content is ever
//! pasted into Typst source. Reports render in parallel, each thread reusing the shared fonts,
//! library and parsed templates; comemo's cache is trimmed every few reports so memory stays flat.

pub mod document;
pub(crate) mod eligibility;
pub mod fit;
pub(crate) mod handbook;
pub mod layout;
pub mod processes;
mod report;
pub(crate) mod summary;
pub use summary::Attachment;
pub(crate) mod workers;
pub mod world;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;
use serde::Serialize;
use typst::WorldExt;
use typst::foundations::{Bytes, Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use super::{BuildInfo, RenderError, TemplateError};
use crate::evaluate::team::{Grouping, Team, TeamSummary};
use crate::fonts::Fonts;
use crate::model::{Assessment, Language, Records, Standard};
use crate::publish::Sink;
use crate::theme::Theme;
use crate::urls::{OutputPath, typst_export};
pub use document::{Document, Kind};
use layout::Layout;
use world::{DocumentWorld, Shared, Template};

/// The standards every PDF of a build conforms to: PDF/A for archiving (`--pdf-a`), PDF/UA-1
/// for assistive technology (`--pdf-ua`), both, or neither.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct PdfProfile {
    pub archival: bool,
    pub accessible: bool,
}

impl PdfProfile {
    /// Every profile, plain first: what a certificate may have been rendered with.
    pub const ALL: [PdfProfile; 4] = [
        PdfProfile {
            archival: false,
            accessible: false,
        },
        PdfProfile {
            archival: true,
            accessible: false,
        },
        PdfProfile {
            archival: false,
            accessible: true,
        },
        PdfProfile {
            archival: true,
            accessible: true,
        },
    ];

    fn standards(self) -> PdfStandards {
        // PDF/A-2b alone; with PDF/UA-1, the tagged level of PDF/A-2 (2a), which UA's tags meet.
        let list: &[PdfStandard] = match (self.archival, self.accessible) {
            (false, false) => &[],
            (true, false) => &[PdfStandard::A_2b],
            (false, true) => &[PdfStandard::Ua_1],
            (true, true) => &[PdfStandard::A_2a, PdfStandard::Ua_1],
        };
        PdfStandards::new(list).expect("compatible PDF standards")
    }
}

/// Trims Typst's memoization cache every so many documents of each kind, keeping what later
/// documents reuse (parsed templates, fonts' shaping), so memory stays flat however many are
/// made: every 32 reports (and certificates, notices); after each team summary, calibration
/// pack or eligibility list (larger documents); never between the few, whole handbook and
/// sheets, which share most of their layout.
struct Trimmers {
    done: [AtomicUsize; Kind::ALL.len()],
}

impl Trimmers {
    fn new() -> Trimmers {
        Trimmers {
            done: Default::default(),
        }
    }

    fn every(kind: Kind) -> Option<usize> {
        match kind {
            Kind::Report | Kind::Certificate | Kind::Announcement => Some(32),
            Kind::Summary | Kind::Calibration | Kind::Eligibility => Some(1),
            Kind::Handbook | Kind::Sheets => None,
        }
    }

    /// Counts one document of `kind` made, trimming when its count comes round.
    fn tick(&self, kind: Kind) {
        let Some(every) = Trimmers::every(kind) else {
            return;
        };
        let done = &self.done[kind as usize];
        if (done.fetch_add(1, Ordering::Relaxed) + 1).is_multiple_of(every) {
            typst::comemo::evict(1);
        }
    }
}

/// The language code Typst's `text(lang:)` reads: the tag's language (`zh`, `en`).
fn language_code(lang: Language) -> &'static str {
    lang.tag().split('-').next().unwrap_or("en")
}

/// What the running head of a private document (a report, a team summary) shows of the
/// standard: its name and edition, the commit stamp, and the draft or superseded notice.
#[derive(Serialize)]
pub(crate) struct Header<'a> {
    title: &'a str,
    organisation: &'a str,
    edition: &'a str,
    commit: Option<&'a str>,
    /// The draft or superseded notice, and the draft watermark (试算 in a what-if build).
    banner: Option<String>,
    watermark: Option<&'static str>,
    /// In a what-if build (试算), the notice that this is no official verdict.
    what_if: Option<String>,
}

impl<'a> Header<'a> {
    pub(crate) fn new(h: &'a Standard, info: &BuildInfo, commit: Option<&'a str>) -> Header<'a> {
        Header {
            title: &h.settings.title,
            organisation: &h.settings.organisation,
            edition: &h.settings.edition,
            commit,
            banner: crate::render::words::status_banner(&h.settings, &info.editions),
            watermark: match (&info.what_if, h.settings.status) {
                (Some(_), _) => Some("watermark_what_if"),
                (None, crate::model::Status::Draft) => Some("watermark_draft"),
                (None, _) => None,
            }
            .map(|key| h.settings.language.get(key)),
            what_if: info.what_if.as_ref().map(|_| {
                h.settings
                    .language
                    .get("banner_what_if")
                    .replace("{edition}", &h.settings.edition)
            }),
        }
    }
}

pub(super) fn to_json(data: &impl Serialize) -> String {
    serde_json::to_string(data).expect("view models serialise")
}

pub struct PdfRenderer<'a> {
    shared: Shared,
    theme: &'a Theme,
    report: Template,
    handbook: Template,
    sheets: Template,
    summary: Template,
    eligibility: Template,
    calibration: Template,
    certificate: Template,
    announcement: Template,
    profile: PdfProfile,
    /// Worker processes to typeset in, when the build asked for them.
    workers: Option<processes::Workers>,
    trimmers: Trimmers,
}

impl<'a> PdfRenderer<'a> {
    pub fn new(
        theme: &'a Theme,
        fonts: Arc<Fonts>,
        profile: PdfProfile,
    ) -> Result<PdfRenderer<'a>, RenderError> {
        let template = |kind: Kind| {
            let main = kind.main_file();
            Template::new(theme, main, "data.json").map_err(|message| {
                RenderError::Template(TemplateError {
                    file: theme.describe(&format!("typst/{main}")),
                    line: None,
                    message,
                })
            })
        };
        Ok(PdfRenderer {
            shared: Shared::new(fonts),
            theme,
            report: template(Kind::Report)?,
            handbook: template(Kind::Handbook)?,
            sheets: template(Kind::Sheets)?,
            summary: template(Kind::Summary)?,
            eligibility: template(Kind::Eligibility)?,
            calibration: template(Kind::Calibration)?,
            certificate: template(Kind::Certificate)?,
            announcement: template(Kind::Announcement)?,
            profile,
            workers: None,
            trimmers: Trimmers::new(),
        })
    }

    /// Typesets [`Self::each`]'s documents in worker processes running `executable` (this
    /// program: see [`processes`]), one per thread, instead of on the threads themselves.
    pub fn with_worker_processes(mut self, executable: Option<std::path::PathBuf>) -> Self {
        self.workers = executable.map(processes::Workers::new);
        self
    }

    /// How many worker processes were started.
    pub fn worker_processes(&self) -> usize {
        self.workers.as_ref().map_or(0, processes::Workers::started)
    }

    /// Calls `work` on every item on the build's threads, each with a typesetter of its own
    /// (its worker process, when there are any); stops at the first error (see
    /// [`workers::each`]).
    pub fn each<T: Sync>(
        &self,
        items: &[T],
        work: impl Fn(&mut processes::Typesetter, &T) -> Result<(), RenderError> + Sync,
    ) -> Result<(), RenderError> {
        workers::each_with(
            items,
            rayon::current_num_threads(),
            || processes::Typesetter::new(self),
            work,
        )
    }

    /// A document's PDF, made here, counted towards trimming Typst's cache: one of many.
    fn typeset(&self, document: &Document) -> Result<Vec<u8>, RenderError> {
        let pdf = self.pdf(document)?;
        self.trimmers.tick(document.kind);
        Ok(pdf)
    }

    fn template(&self, kind: Kind) -> &Template {
        match kind {
            Kind::Report => &self.report,
            Kind::Handbook => &self.handbook,
            Kind::Sheets => &self.sheets,
            Kind::Summary => &self.summary,
            Kind::Eligibility => &self.eligibility,
            Kind::Calibration => &self.calibration,
            Kind::Certificate => &self.certificate,
            Kind::Announcement => &self.announcement,
        }
    }

    /// Lays out a document (its pages, before PDF export). The handbook and the sheets are
    /// laid out again with what their first pass measured ([`fit`]).
    fn lay_out(&self, document: &Document) -> Result<PagedDocument, RenderError> {
        Ok(self.lay_out_tuned(document)?.0)
    }

    /// [`Self::lay_out`], with the measures of the last pass.
    fn lay_out_tuned(
        &self,
        document: &Document,
    ) -> Result<(PagedDocument, fit::Tuning), RenderError> {
        let data = Bytes::from_string(document.data.clone());
        let mut tuning = fit::Tuning::default();
        let mut paged = self.compile(document, data.clone(), &tuning)?;
        if !matches!(document.kind, Kind::Handbook | Kind::Sheets) {
            return Ok((paged, tuning));
        }
        for _ in 1..fit::PASSES {
            match tuning.next(&Layout::of(&paged)) {
                Some(next) => tuning = next,
                None => break,
            }
            // This pass's pages go before the next is laid out, and so does what Typst
            // memoized for the pass before it and did not use again in this one (comemo's
            // age): a long handbook holds about one pass in memory, not all of them. (Clearing
            // the whole cache halves memory too but doubles the time: passes reuse most of it.)
            drop(paged);
            typst::comemo::evict(1);
            paged = self.compile(document, data.clone(), &tuning)?;
        }
        Ok((paged, tuning))
    }

    /// The page-filling measures a document is laid out with (`tuning.json`), for the Typst
    /// project `--export-typst` writes.
    pub fn tuning(&self, document: &Document) -> Result<String, RenderError> {
        Ok(self.lay_out_tuned(document)?.1.to_json())
    }

    fn compile(
        &self,
        document: &Document,
        data: Bytes,
        tuning: &fit::Tuning,
    ) -> Result<PagedDocument, RenderError> {
        let world = DocumentWorld {
            shared: &self.shared,
            template: self.template(document.kind),
            data,
            tuning: Bytes::from_string(tuning.to_json()),
            today: document.date,
        };
        typst::compile(&world)
            .output
            .map_err(|errors| self.describe(&world, &errors))
    }

    /// A document's laid-out pages, for the layout rules.
    pub fn layout(&self, document: &Document) -> Result<Layout, RenderError> {
        Ok(Layout::of(&self.lay_out(document)?))
    }

    /// A document's PDF.
    pub fn pdf(&self, document: &Document) -> Result<Vec<u8>, RenderError> {
        let paged = self.lay_out(document)?;
        let date = document.date;
        let timestamp = Datetime::from_ymd_hms(date.year, date.month, date.day, 0, 0, 0)
            .map(Timestamp::new_utc);
        let standards = self.profile.standards();
        let options = PdfOptions {
            ident: Smart::Custom(document.ident.clone()),
            timestamp,
            standards,
            ..PdfOptions::default()
        };
        typst_pdf::pdf(&paged, &options).map_err(|errors| {
            let world = DocumentWorld {
                shared: &self.shared,
                template: self.template(document.kind),
                data: Bytes::new([]),
                tuning: Bytes::new([]),
                today: date,
            };
            self.describe(&world, &errors)
        })
    }

    /// Renders documents in parallel, each to its path (the sheets of every sequence).
    pub fn pdfs(
        &self,
        documents: &[(Document, OutputPath)],
        sink: &dyn Sink,
    ) -> Result<usize, RenderError> {
        self.each(documents, |typesetter, (document, path)| {
            sink.put(path, &typesetter.pdf(document)?)?;
            Ok(())
        })?;
        Ok(documents.len())
    }

    /// Team summaries in parallel, each file to its path.
    pub fn summaries(&self, jobs: &[SummaryJob], sink: &dyn Sink) -> Result<(), RenderError> {
        self.each(jobs, |typesetter, (files, paths)| {
            let pdf = typesetter.pdf(&files.document)?;
            for (bytes, path) in [&pdf, &files.csv, &files.markdown].into_iter().zip(paths) {
                sink.put(path, bytes)?;
            }
            Ok(())
        })
    }

    /// Typst's errors name the theme file and line they come from: they come from the theme's
    /// templates, never from content (which goes in as data).
    fn describe(
        &self,
        world: &DocumentWorld,
        errors: &[typst::diag::SourceDiagnostic],
    ) -> RenderError {
        let first = errors.first();
        let (file, line) = first
            .and_then(|e| {
                let id = e.span.id()?;
                let name = id.get().vpath().get_without_slash().to_string();
                let line = world.range(e.span).and_then(|range| {
                    typst::World::source(world, id)
                        .ok()
                        .and_then(|s| s.lines().byte_to_line(range.start))
                });
                Some((name, line.map(|l| l + 1)))
            })
            .unwrap_or_else(|| ("report.typ".into(), None));
        let message = errors
            .iter()
            .map(|e| {
                let hints: String = e
                    .hints
                    .iter()
                    .map(|h| format!(" (hint: {})", h.v))
                    .collect();
                format!("{}{hints}", e.message)
            })
            .collect::<Vec<_>>()
            .join("; ");
        RenderError::Template(TemplateError {
            file: self.theme.describe(&format!("typst/{file}")),
            line,
            message,
        })
    }
}

pub use crate::urls::SUMMARY_EXTENSIONS;

/// What a team summary's three files are made from: its PDF's document, its CSV and its
/// Markdown (in the order of [`SUMMARY_EXTENSIONS`]).
pub struct SummaryFiles {
    pub document: Document,
    pub csv: Vec<u8>,
    pub markdown: Vec<u8>,
}

impl SummaryFiles {
    pub fn new(
        standard: &Standard,
        info: &BuildInfo,
        grouping: Grouping,
        team: &Team,
        s: &TeamSummary,
    ) -> SummaryFiles {
        SummaryFiles {
            document: document::summary(standard, info, grouping, team, s, Vec::new()),
            csv: crate::render::team::csv(standard, info, grouping, team, s),
            markdown: crate::render::team::markdown(standard, info, grouping, team, s).into_bytes(),
        }
    }
}

/// A team summary to render, with the paths of its three files.
pub type SummaryJob = (SummaryFiles, [OutputPath; 3]);

/// The Typst project behind the PDFs, for the Typst CLI (benchmarks, template debugging):
/// `typst/*.typ`, `fonts/*`, `handbook.json` and `handbook-tuning.json`,
/// `sheets/<sequence>.json` and `sheets/<sequence>-tuning.json`, and
/// `reports/<sequence>/<file>.json` per report. Compile one with `typst compile --root DIR
/// --font-path DIR/fonts --ignore-system-fonts --input data=/reports/<sequence>/<file>.json
/// DIR/typst/report.typ` (the handbook and sheets also take `--input tuning=/…-tuning.json`).
pub fn typst_project(
    renderer: &PdfRenderer,
    standard: &Standard,
    records: &Records,
    reports: &[(&Assessment, &OutputPath)],
    theme: &Theme,
    info: &BuildInfo,
    sink: &dyn Sink,
) -> Result<usize, RenderError> {
    let mut count = 0;
    for (name, bytes) in theme.files_under("typst") {
        if name.ends_with(".typ") {
            sink.put(&typst_export::template(name), bytes)?;
            count += 1;
        }
    }
    for (name, bytes) in theme.files_under("fonts") {
        sink.put(&typst_export::font(name), bytes)?;
        count += 1;
    }
    let book = document::handbook(standard, info)?;
    sink.put(&typst_export::handbook_data(), book.data.as_bytes())?;
    sink.put(
        &typst_export::handbook_tuning(),
        renderer.tuning(&book)?.as_bytes(),
    )?;
    for seq in &standard.sequences {
        let sheets = document::sheets(standard, seq, info)?;
        sink.put(&typst_export::sheets_data(&seq.id), sheets.data.as_bytes())?;
        sink.put(
            &typst_export::sheets_tuning(&seq.id),
            renderer.tuning(&sheets)?.as_bytes(),
        )?;
        count += 2;
    }
    reports.par_iter().try_for_each(|(a, path)| {
        let report = document::report(standard, records, a, info);
        sink.put(&typst_export::report_data(path), report.data.as_bytes())
    })?;
    Ok(count + 2 + reports.len())
}
