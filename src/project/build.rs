//! A build: renders a checked model into a sink, carrying over from a cache every output
//! whose key (see `fingerprint`) is unchanged.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

use rayon::prelude::*;

use super::{Outputs, Part, Summary};
use crate::evaluate::Evaluation;
use crate::evaluate::team::{self, Grouping, Member, Team, TeamSummary};
use crate::fingerprint::Keys;
use crate::fonts::Fonts;
use crate::model::{Assessment, Date, Model};
use crate::publish::{Cache, PublishError, Sink};
use crate::render::manifest;
use crate::render::pdf::layout::Layout;
use crate::render::pdf::processes::Typesetter;
use crate::render::pdf::{self, PdfRenderer, SummaryFiles, document};
use crate::render::{BuildInfo, RenderError, html};
use crate::shard::Shard;
use crate::theme::Theme;
use crate::urls::{self, OutputPath};

/// Carries `unit` over from the cache when its key is unchanged, or else renders it with
/// `render` (which returns how many files it wrote).
fn reuse_or_render(
    cache: &dyn Cache,
    outputs: &Mutex<Outputs>,
    unit: &str,
    key: &str,
    render: impl FnOnce() -> Result<usize, RenderError>,
) -> Result<usize, RenderError> {
    let reused = cache.reuse(unit, key)?;
    outputs.lock().expect("outputs lock").add(reused.is_some());
    match reused {
        Some(files) => Ok(files),
        None => {
            cache.made(unit, key);
            render()
        }
    }
}

/// What the site's downloads offer: the handbook, its Word edition, or a sequence's sheets
/// (by its index).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Offer {
    Handbook,
    Word,
    Sheets(usize),
}

/// Renders one document at a time of a build — a report, a team summary — from any thread,
/// reusing the parsed templates; for callers that schedule the documents themselves.
pub struct DocumentRenderer<'b, 'a> {
    build: &'b Build<'a>,
    renderer: PdfRenderer<'a>,
}

impl<'a> DocumentRenderer<'_, 'a> {
    /// A document's PDF, typeset here (a single document: see [`Self::each`] for many).
    pub fn pdf(&self, document: &pdf::Document) -> Result<Vec<u8>, RenderError> {
        self.renderer.pdf(document)
    }

    /// Calls `work` on every item on the build's threads, each with its typesetter (see
    /// [`PdfRenderer::each`]).
    pub fn each<T: Sync>(
        &self,
        items: &[T],
        work: impl Fn(&mut Typesetter, &T) -> Result<(), RenderError> + Sync,
    ) -> Result<(), RenderError> {
        self.renderer.each(items, work)
    }

    /// A team summary's PDF with text files (name, text) carried inside it: what a protected
    /// bundle holds instead of loose CSV and Markdown files.
    pub fn summary_with_attachments(
        &self,
        typesetter: &mut Typesetter,
        grouping: Grouping,
        team: &Team,
        summary: &TeamSummary,
        attachments: Vec<pdf::Attachment>,
    ) -> Result<Vec<u8>, RenderError> {
        let b = self.build;
        let standard = &b.model.standard;
        typesetter.pdf(&document::summary(
            standard,
            &b.info,
            grouping,
            team,
            summary,
            attachments,
        ))
    }

    /// A team summary's PDF, CSV and Markdown (`render::pdf::SUMMARY_EXTENSIONS`).
    pub fn summary_files(
        &self,
        typesetter: &mut Typesetter,
        grouping: Grouping,
        team: &Team,
        summary: &TeamSummary,
    ) -> Result<[Vec<u8>; 3], RenderError> {
        let b = self.build;
        let files = SummaryFiles::new(&b.model.standard, &b.info, grouping, team, summary);
        Ok([typesetter.pdf(&files.document)?, files.csv, files.markdown])
    }
}

/// Renders a checked model into sinks.
pub struct Build<'a> {
    pub(super) model: &'a Model,
    pub(super) theme: &'a Theme,
    pub(super) fonts: std::sync::Arc<Fonts>,
    pub(super) info: BuildInfo,
    pub(super) profile: crate::render::pdf::PdfProfile,
    /// Every report's output path, in the records' order.
    pub(super) report_paths: Vec<OutputPath>,
    /// The slice of the reports this build makes, when it is one shard of several.
    pub(super) shard: Option<Shard>,
    /// The executable PDFs are typeset in, one process per thread, when not in this process.
    pub(super) worker_processes: Option<std::path::PathBuf>,
    /// The cache keys' starting points (templates and fonts hashed), made once per build.
    pub(super) keys: OnceLock<Keys>,
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

    /// Typesets the build's many documents (reports, team summaries, sheets) in worker
    /// processes running `executable` — this program, which answers to
    /// [`pdf::processes::WORKER_ARG`] — one per thread: Typst's caches are per process, and
    /// threads sharing them wait on each other. `None` typesets on the threads.
    pub fn with_worker_processes(mut self, executable: Option<std::path::PathBuf>) -> Self {
        self.worker_processes = executable;
        self
    }

    /// Renders `parts` into `sink`: the site beside the PDFs, each in parallel inside. An
    /// output whose key is the one `cache` holds from an earlier build is carried over
    /// instead (pass `&NoCache` to render everything). `progress` is called after each report.
    pub fn render(
        &self,
        parts: &[Part],
        sink: &dyn Sink,
        cache: &dyn Cache,
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
                let key = self.keys().site(standard, &self.info);
                reuse_or_render(cache, &outputs, urls::top::SITE, &key, || {
                    html::render_site(standard, self.theme, &self.info, sink)
                })
            },
            || -> Result<([usize; 5], [usize; 4]), RenderError> {
                // Every part but the site is made of documents.
                if !Part::ALL.iter().any(|&p| p != Part::Site && wants(p)) {
                    return Ok(([0; 5], [0; 4]));
                }
                let renderer = self.pdf_renderer()?;
                let pdfs = |unit, documents: &[_]| {
                    self.render_pdfs(unit, documents, &renderer, sink, cache, &outputs)
                };
                let handbooks = if wants(Part::Handbook) {
                    let handbook = document::handbook(standard, &self.info)?;
                    pdfs(urls::top::HANDBOOK, &[(handbook, urls::handbook())])?
                } else {
                    0
                };
                let word = if wants(Part::Word) {
                    let handbook = document::handbook(standard, &self.info)?;
                    let key = self.keys().pdfs([&handbook], &[b"docx"]);
                    reuse_or_render(cache, &outputs, urls::top::WORD, &key, || {
                        let bytes = crate::render::docx::handbook(standard, &self.info)?;
                        sink.put(&urls::handbook_docx(), &bytes)?;
                        Ok(1)
                    })?
                } else {
                    0
                };
                let sheets = if wants(Part::Sheets) {
                    pdfs(urls::top::SHEETS, &self.sheets_documents()?)?
                } else {
                    0
                };
                let needs_evaluations = wants(Part::Reports)
                    || wants(Part::Summaries)
                    || wants(Part::Announcements)
                    || wants(Part::Certificates);
                let evaluations = if needs_evaluations {
                    self.evaluations()
                } else {
                    Vec::new()
                };
                let mut reports = 0;
                if wants(Part::Reports) {
                    let which =
                        |a: &Assessment| self.shard.is_none_or(|s| s.includes(&a.employee_id));
                    let made = self.render_reports(
                        &renderer,
                        &which,
                        &evaluations,
                        sink,
                        cache,
                        progress,
                    )?;
                    reports = made.total;
                    let mut outputs = outputs.lock().expect("outputs lock");
                    *outputs = outputs.merge(made);
                }
                let (mut summaries, mut packs) = (0, 0);
                if wants(Part::Summaries) {
                    let (made, made_packs) =
                        self.render_summaries(&renderer, &evaluations, sink, cache)?;
                    packs = made_packs;
                    summaries = made.total - packs;
                    let mut outputs = outputs.lock().expect("outputs lock");
                    *outputs = outputs.merge(made);
                }
                let (mut notices, mut certificates) = (0, 0);
                if wants(Part::Announcements) || wants(Part::Certificates) {
                    let (made, counts) = self.render_after_verdict(
                        &renderer,
                        &evaluations,
                        (wants(Part::Announcements), wants(Part::Certificates)),
                        sink,
                        cache,
                    )?;
                    (notices, certificates) = counts;
                    let mut outputs = outputs.lock().expect("outputs lock");
                    *outputs = outputs.merge(made);
                }
                Ok((
                    [handbooks, word, sheets, reports, summaries],
                    [packs, notices, certificates, renderer.worker_processes()],
                ))
            },
        );
        let (
            site_files,
            (
                [handbooks, word, sheets, reports, summaries],
                [packs, notices, certificates, worker_processes],
            ),
        ) = (site?, pdfs?);
        let site_files = if wants(Part::Site) {
            let built = |which: Offer| match which {
                Offer::Handbook => wants(Part::Handbook),
                Offer::Word => wants(Part::Word),
                Offer::Sheets(_) => wants(Part::Sheets),
            };
            site_files + self.site_downloads(sink, &built)?
        } else {
            site_files
        };
        Ok(Summary {
            site_files,
            handbooks,
            word,
            sheets,
            reports,
            summaries,
            calibration_packs: packs,
            notices,
            certificates,
            worker_processes,
            outputs: outputs.into_inner().expect("outputs lock"),
        })
    }

    /// The files the site offers for download: where the build makes each, where the site
    /// offers it, and what it is.
    pub fn downloads(&self) -> Vec<(OutputPath, urls::SitePath, Offer)> {
        let standard = &self.model.standard;
        let mut offered = vec![
            (
                urls::handbook(),
                urls::download::handbook(),
                Offer::Handbook,
            ),
            (
                urls::handbook_docx(),
                urls::download::handbook_docx(),
                Offer::Word,
            ),
        ];
        offered.extend(standard.sequences.iter().enumerate().map(|(i, s)| {
            (
                urls::sheets(&s.id),
                urls::download::sheets(&s.id),
                Offer::Sheets(i),
            )
        }));
        offered
    }

    /// A download's bytes, rendered now (`serve` renders them as browsers ask).
    pub fn render_download(&self, which: Offer) -> Result<Vec<u8>, RenderError> {
        let standard = &self.model.standard;
        let document = match which {
            Offer::Word => return crate::render::docx::handbook(standard, &self.info),
            Offer::Handbook => document::handbook(standard, &self.info)?,
            Offer::Sheets(i) => document::sheets(standard, &standard.sequences[i], &self.info)?,
        };
        self.pdf_renderer()?.pdf(&document)
    }

    /// Puts the handbook, its Word edition and each sequence's sheets inside the site
    /// (`site/downloads/`), so that the site deployed alone still offers them — those this
    /// build made or carried over (`built` says which parts it has), never an earlier build's
    /// file kept beside it, which could be another edition. What it does not have, the
    /// downloads page and the sheet pages say instead of linking to it. Returns how many
    /// files it put.
    fn site_downloads(
        &self,
        sink: &dyn Sink,
        built: &dyn Fn(Offer) -> bool,
    ) -> Result<usize, RenderError> {
        let standard = &self.model.standard;
        let offered = self.downloads();
        let mut missing = Vec::new();
        for (made, at, which) in &offered {
            match sink.get(made).filter(|_| built(*which)) {
                Some(bytes) => sink.put(&urls::site_file(at), &bytes)?,
                None => missing.push(at.clone()),
            }
        }
        if !missing.is_empty() {
            let site = crate::render::html::SiteRenderer::new(standard, self.theme, &self.info)?;
            let page = site.downloads(&|file| !missing.contains(file))?;
            sink.put(&urls::site_file(&urls::downloads()), &page)?;
            for (s, sequence) in standard.sequences.iter().enumerate() {
                if !missing.contains(&urls::download::sheets(&sequence.id)) {
                    continue;
                }
                for l in 0..sequence.levels.len() {
                    let path = crate::urls::SitePage::Sheet(s, l).path(standard);
                    sink.put(&urls::site_file(&path), &site.sheet_without_pdf(s, l)?)?;
                }
            }
        }
        Ok(offered.len() - missing.len())
    }

    /// PDFs rendered together as one unit — the handbook, or every sequence's sheets — or
    /// carried over when their key is unchanged; returns how many.
    fn render_pdfs(
        &self,
        unit: &str,
        documents: &[(pdf::Document, OutputPath)],
        renderer: &PdfRenderer<'a>,
        sink: &dyn Sink,
        cache: &dyn Cache,
        outputs: &Mutex<Outputs>,
    ) -> Result<usize, RenderError> {
        let key = self.keys().pdfs(documents.iter().map(|(d, _)| d), &[]);
        reuse_or_render(cache, outputs, unit, &key, || {
            renderer.pdfs(documents, sink)
        })?;
        Ok(documents.len())
    }

    /// Each sequence's sheets, with their paths.
    fn sheets_documents(&self) -> Result<Vec<(pdf::Document, OutputPath)>, RenderError> {
        let standard = &self.model.standard;
        standard
            .sequences
            .iter()
            .map(|s| {
                Ok((
                    document::sheets(standard, s, &self.info)?,
                    urls::sheets(&s.id),
                ))
            })
            .collect()
    }

    /// Every record's evaluation, in the records' order.
    pub fn evaluations(&self) -> Vec<Evaluation> {
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

    /// Renders the reports `which` selects (or carries them over from the cache, when their
    /// keys did not change) and rewrites the manifest beside them, covering these and every
    /// report the sink already holds. A report this build rendered or carried over that the
    /// sink cannot give back is an error: its manifest row would be missing.
    fn render_reports(
        &self,
        renderer: &PdfRenderer<'a>,
        which: &(dyn Fn(&Assessment) -> bool + Sync),
        evaluations: &[Evaluation],
        sink: &dyn Sink,
        cache: &dyn Cache,
        progress: &(dyn Fn() + Sync),
    ) -> Result<Outputs, RenderError> {
        let assessments = &self.model.records.assessments;
        let selected: Vec<usize> = (0..assessments.len())
            .filter(|&i| which(&assessments[i]))
            .collect();
        let keys = self.keys();
        let made: Vec<OnceLock<String>> = assessments.iter().map(|_| OnceLock::new()).collect();
        let reused = AtomicUsize::new(0);
        // Each report's document is made once: its key comes from it, and so does the PDF
        // when the cache cannot carry the report over. Memory stays flat: a document lives
        // only while its report is made.
        renderer.each(&selected, |typesetter, &i| {
            let document = self.report_document(i);
            let key = keys.pdfs([&document], &[]);
            let path = &self.report_paths[i];
            if cache.reuse(path.as_str(), &key)?.is_some() {
                reused.fetch_add(1, Ordering::Relaxed);
            } else {
                cache.made(path.as_str(), &key);
                sink.put(path, &typesetter.pdf(&document)?)?;
            }
            let _ = made[i].set(key);
            progress();
            Ok(())
        })?;
        let digests: Vec<Option<String>> = self
            .report_paths
            .par_iter()
            .map(|p| sink.digest(p))
            .collect();
        if let Some(&lost) = selected.iter().find(|&&i| digests[i].is_none()) {
            let path = self.report_paths[lost].as_str();
            return Err(RenderError::Publish(PublishError::io(
                path,
                std::io::Error::other("the output does not give back a report this build wrote"),
            )));
        }
        let manifest = manifest::manifest(
            &self.model.standard,
            &self.model.records,
            evaluations,
            &self.info,
            &self.report_paths,
            &self.keys_of(made, &digests),
            &digests,
        );
        let path = |extension| match self.shard {
            Some(shard) => shard.manifest(extension),
            None => urls::reports_manifest(extension),
        };
        sink.put(&path("csv"), &manifest.to_csv())?;
        sink.put(&path("json"), &manifest.to_json())?;
        Ok(Outputs {
            total: selected.len(),
            reused: reused.into_inner(),
        })
    }

    /// Each report's key for the manifest: the one this build made, or — for a report the
    /// output holds that this build did not make (another record's, kept from before) — one
    /// made from its document now; none for a report the output does not hold.
    fn keys_of(&self, made: Vec<OnceLock<String>>, digests: &[Option<String>]) -> Vec<String> {
        let keys = self.keys();
        made.into_par_iter()
            .enumerate()
            .map(|(i, key)| match key.into_inner() {
                Some(key) => key,
                None if digests[i].is_some() => keys.pdfs([&self.report_document(i)], &[]),
                None => String::new(),
            })
            .collect()
    }

    /// Renders every cycle's team summaries by manager and by department — a PDF, a CSV and
    /// a Markdown file each — or carries over those whose keys did not change.
    fn render_summaries(
        &self,
        renderer: &PdfRenderer<'a>,
        evaluations: &[Evaluation],
        sink: &dyn Sink,
        cache: &dyn Cache,
    ) -> Result<(Outputs, usize), RenderError> {
        let members: Vec<Member> = self
            .model
            .records
            .assessments
            .iter()
            .zip(evaluations)
            .collect();
        let standard = &self.model.standard;
        let keys = self.keys();
        let mut outputs = Outputs::default();
        for grouping in [Grouping::Manager, Grouping::Department] {
            let by = urls::grouping_folder(grouping);
            let summaries =
                team::summarise_teams(standard, &self.model.records, grouping, &members);
            let names = urls::team_file_names(grouping, summaries.keys().map(|(_, t)| t));
            let mut jobs = Vec::new();
            for ((cycle, t), summary) in &summaries {
                let name = names[t].as_str();
                let files = SummaryFiles::new(standard, &self.info, grouping, t, summary);
                let key = keys.pdfs([&files.document], &[&files.csv, &files.markdown]);
                let unit = urls::summary_unit(cycle, by, name);
                let reused = cache.reuse(&unit, &key)?.is_some();
                outputs.add(reused);
                if !reused {
                    cache.made(&unit, &key);
                    let paths = pdf::SUMMARY_EXTENSIONS
                        .map(|extension| urls::summary(cycle, by, name, extension));
                    jobs.push((files, paths));
                }
            }
            renderer.summaries(&jobs, sink)?;
        }
        let packs = self.render_calibration_packs(renderer, &members, sink, cache, &mut outputs)?;
        Ok((outputs, packs))
    }

    /// Each cycle's 公示 notice (PDF and HTML) and every certificate, or carried over when its
    /// key did not change.
    fn render_after_verdict(
        &self,
        renderer: &PdfRenderer<'a>,
        evaluations: &[Evaluation],
        (notices, certificates): (bool, bool),
        sink: &dyn Sink,
        cache: &dyn Cache,
    ) -> Result<(Outputs, (usize, usize)), RenderError> {
        let standard = &self.model.standard;
        let records = &self.model.records;
        let keys = self.keys();
        let mut outputs = Outputs::default();
        // Notices and certificates written.
        let mut counts = (0, 0);
        let calendar = |cycle: &str| {
            records
                .people
                .get(cycle)
                .map(|c| c.calendar.clone())
                .unwrap_or_default()
        };
        if notices {
            let template = self
                .theme
                .files()
                .find(|(path, _)| *path == "notice/announcement.html")
                .map(|(_, bytes)| String::from_utf8_lossy(bytes).into_owned())
                .unwrap_or_default();
            let cycles = by_cycle(records.assessments.iter().zip(evaluations));
            counts.0 = cycles.len();
            for (cycle, members) in cycles {
                let calendar = calendar(cycle);
                let notice = crate::render::after::notice(standard, cycle, &calendar, &members);
                let date = Date::parse(&notice.date).unwrap_or(standard.settings.effective_date);
                let html = crate::render::after::notice_html(&template, &notice).map_err(|e| {
                    RenderError::Template(crate::render::TemplateError {
                        file: self.theme.describe("notice/announcement.html"),
                        line: None,
                        message: e.to_string(),
                    })
                })?;
                let document = document::announcement(standard, &notice, date, cycle);
                let key = keys.pdfs([&document], &[html.as_bytes()]);
                let unit = format!("{}/{cycle}/notice", urls::top::ANNOUNCEMENTS);
                let reused = cache.reuse(&unit, &key)?.is_some();
                outputs.add(reused);
                if !reused {
                    cache.made(&unit, &key);
                    sink.put(&urls::notice(cycle, "pdf"), &renderer.pdf(&document)?)?;
                    sink.put(&urls::notice(cycle, "html"), html.as_bytes())?;
                }
            }
        }
        if certificates {
            let all = crate::evaluate::certification::certificates(standard, records, evaluations);
            counts.1 = all.len();
            for c in all {
                let a = c.record;
                let view = crate::render::after::certificate(standard, &calendar(&a.cycle), &c);
                let document = document::certificate(standard, &view, c.effective);
                let key = keys.pdfs([&document], &[]);
                let path = urls::certificate(&a.cycle, &a.employee_id, &c.sequence, &c.level);
                let unit = path.as_str().trim_end_matches(".pdf").to_string();
                let reused = cache.reuse(&unit, &key)?.is_some();
                outputs.add(reused);
                if !reused {
                    cache.made(&unit, &key);
                    sink.put(&path, &renderer.pdf(&document)?)?;
                }
            }
        }
        Ok((outputs, counts))
    }

    /// Every cycle's calibration pack (校准会材料), a PDF and a workbook, beside its team
    /// summaries — or carried over when its key did not change.
    fn render_calibration_packs(
        &self,
        renderer: &PdfRenderer<'a>,
        members: &[Member],
        sink: &dyn Sink,
        cache: &dyn Cache,
        outputs: &mut Outputs,
    ) -> Result<usize, RenderError> {
        let standard = &self.model.standard;
        let keys = self.keys();
        let cycles = by_cycle(members.iter().copied());
        let packs = cycles.len();
        let order = |s: &str, l: &str| crate::render::pdf::eligibility::level_order(standard, s, l);
        for (cycle, records) in cycles {
            let c = crate::evaluate::calibration::calibration(
                &standard.settings,
                cycle,
                &records,
                &order,
            );
            let pack = crate::render::calibration::pack(standard, &c, c.date);
            let xlsx = crate::render::calibration::workbook(standard, &pack, c.date)
                .expect("a workbook in memory, its sheet names made safe");
            let document = document::calibration(standard, &pack, c.date, cycle, &self.info);
            let key = keys.pdfs([&document], &[&xlsx]);
            let unit = urls::calibration_unit(cycle);
            let reused = cache.reuse(&unit, &key)?.is_some();
            outputs.add(reused);
            if !reused {
                cache.made(&unit, &key);
                sink.put(&urls::calibration(cycle, "pdf"), &renderer.pdf(&document)?)?;
                sink.put(&urls::calibration(cycle, "xlsx"), &xlsx)?;
            }
        }
        Ok(packs)
    }

    /// Renders the reports of the records `which` selects, and the manifest of every report
    /// the sink then holds.
    pub fn reports(
        &self,
        which: &(dyn Fn(&Assessment) -> bool + Sync),
        sink: &dyn Sink,
        cache: &dyn Cache,
        progress: &(dyn Fn() + Sync),
    ) -> Result<usize, RenderError> {
        let evaluations = self.evaluations();
        let renderer = self.pdf_renderer()?;
        let made = self.render_reports(&renderer, which, &evaluations, sink, cache, progress)?;
        Ok(made.total)
    }

    /// What Typst receives for record `index`'s report.
    pub(crate) fn report_document(&self, index: usize) -> pdf::Document {
        let records = &self.model.records;
        document::report(
            &self.model.standard,
            records,
            &records.assessments[index],
            &self.info,
        )
    }

    pub(crate) fn keys(&self) -> &Keys {
        self.keys
            .get_or_init(|| Keys::new(self.theme, &self.fonts, self.profile))
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
        let all: Vec<(&Assessment, &OutputPath)> = self
            .model
            .records
            .assessments
            .iter()
            .zip(&self.report_paths)
            .collect();
        pdf::typst_project(
            &self.pdf_renderer()?,
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
        let handbook = document::handbook(&self.model.standard, &self.info)?;
        self.pdf_renderer()?.layout(&handbook)
    }

    /// Each sequence's sheets, laid out, by sequence id.
    pub fn sheets_layouts(&self) -> Result<Vec<(&'a str, Layout)>, RenderError> {
        let renderer = self.pdf_renderer()?;
        let standard = &self.model.standard;
        standard
            .sequences
            .iter()
            .map(|s| {
                let sheets = document::sheets(standard, s, &self.info)?;
                Ok((s.id.as_str(), renderer.layout(&sheets)?))
            })
            .collect()
    }

    /// Each record's report, laid out, for the layout rules.
    pub fn report_layouts(&self) -> Result<Vec<(&'a Assessment, Layout)>, RenderError> {
        let renderer = self.pdf_renderer()?;
        let records = &self.model.records;
        (0..records.assessments.len())
            .map(|i| {
                let layout = renderer.layout(&self.report_document(i))?;
                Ok((&records.assessments[i], layout))
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
        let standard = &self.model.standard;
        let mut out = Vec::new();
        for grouping in [Grouping::Manager, Grouping::Department] {
            for ((cycle, t), s) in
                team::summarise_teams(standard, &self.model.records, grouping, &members)
            {
                let summary = document::summary(standard, &self.info, grouping, &t, &s, Vec::new());
                out.push((format!("{cycle}/{}", t.key), renderer.layout(&summary)?));
            }
        }
        Ok(out)
    }

    fn pdf_renderer(&self) -> Result<PdfRenderer<'a>, RenderError> {
        Ok(
            PdfRenderer::new(self.theme, self.fonts.clone(), self.profile)?
                .with_worker_processes(self.worker_processes.clone()),
        )
    }
}

/// Records with their evaluations grouped by cycle, in cycle order.
fn by_cycle<'m>(
    members: impl Iterator<Item = Member<'m>>,
) -> std::collections::BTreeMap<&'m str, Vec<Member<'m>>> {
    let mut cycles: std::collections::BTreeMap<&str, Vec<Member>> = Default::default();
    for (a, e) in members {
        cycles.entry(a.cycle.as_str()).or_default().push((a, e));
    }
    cycles
}
