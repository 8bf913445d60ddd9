//! Typeset PDFs with Typst as a library: the qualification reports and the handbook.
//!
//! Data goes in as a JSON file the templates read with `json()`; nothing from content is ever
//! pasted into Typst source. Reports render in parallel, each thread reusing the shared fonts,
//! library and parsed templates; comemo's cache is trimmed between batches so memory stays flat.

mod glyphs;
mod handbook;
mod report;
pub mod world;

use std::sync::Arc;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use typst::foundations::{Bytes, Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use super::OutputFile;
use crate::model::{Assessment, Date, Handbook};
use crate::theme::Theme;
pub use glyphs::missing_glyphs;
use world::{DocumentWorld, Fonts, Shared, Template};

/// Reports rendered between two trims of Typst's memoization cache.
const BATCH: usize = 32;

pub struct PdfRenderer {
    shared: Shared,
    report: Template,
    handbook: Template,
    pdf_a: bool,
}

impl PdfRenderer {
    pub fn new(theme: &Theme, fonts: Arc<Fonts>, pdf_a: bool) -> Result<PdfRenderer, String> {
        Ok(PdfRenderer {
            shared: Shared::new(fonts),
            report: Template::new(theme, "report.typ", "data.json")?,
            handbook: Template::new(theme, "handbook.typ", "data.json")?,
            pdf_a,
        })
    }

    fn compile(
        &self,
        template: &Template,
        data: String,
        date: Date,
        ident: String,
    ) -> Result<Vec<u8>, String> {
        let world = DocumentWorld {
            shared: &self.shared,
            template,
            data: Bytes::from_string(data),
            today: date,
        };
        let document: PagedDocument = typst::compile(&world)
            .output
            .map_err(|errors| describe(&errors))?;
        let timestamp = Datetime::from_ymd_hms(date.year, date.month, date.day, 0, 0, 0)
            .map(Timestamp::new_utc);
        let standards = if self.pdf_a {
            PdfStandards::new(&[PdfStandard::A_2b]).map_err(|e| format!("{e:?}"))?
        } else {
            PdfStandards::default()
        };
        let options = PdfOptions {
            ident: Smart::Custom(ident),
            timestamp,
            standards,
            ..PdfOptions::default()
        };
        typst_pdf::pdf(&document, &options).map_err(|errors| describe(&errors))
    }

    /// Renders the reports for `assessments`, in parallel, with a progress bar when `progress`.
    /// Each finished report goes to `sink` at once (a build writes it into its staging folder),
    /// so memory does not grow with the number of reports. Returns how many were rendered.
    pub fn reports(
        &self,
        handbook: &Handbook,
        assessments: &[&Assessment],
        progress: bool,
        sink: &(dyn Fn(OutputFile) -> Result<(), String> + Sync),
    ) -> Result<usize, String> {
        let counts = handbook.records_per_employee();
        let bar = if progress {
            ProgressBar::new(assessments.len() as u64)
        } else {
            ProgressBar::with_draw_target(
                Some(assessments.len() as u64),
                ProgressDrawTarget::hidden(),
            )
        };
        bar.set_style(
            ProgressStyle::with_template("{spinner} reports {pos}/{len} [{bar:30}] {eta}")
                .expect("valid template")
                .progress_chars("=> "),
        );
        for batch in assessments.chunks(BATCH) {
            batch
                .par_iter()
                .map(|a| {
                    let data = report::data(handbook, a);
                    let bytes = self
                        .compile(
                            &self.report,
                            data,
                            a.date,
                            format!("rungs-report-{}-{}", a.employee_id, a.cycle),
                        )
                        .map_err(|e| format!("report for {} ({}): {e}", a.employee_id, a.file))?;
                    bar.inc(1);
                    sink(OutputFile {
                        path: format!("reports/{}", handbook.report_path(a, &counts)),
                        bytes,
                    })
                })
                .collect::<Result<(), String>>()?;
            // Keep what the next batch reuses (parsed templates, fonts' shaping), drop the rest.
            typst::comemo::evict(1);
        }
        bar.finish_and_clear();
        Ok(assessments.len())
    }

    /// Renders the whole handbook as one PDF.
    pub fn handbook(&self, handbook: &Handbook) -> Result<OutputFile, String> {
        let data = handbook::data(handbook);
        let bytes = self.compile(
            &self.handbook,
            data,
            handbook.settings.effective_date,
            "rungs-handbook".to_string(),
        )?;
        Ok(OutputFile {
            path: "handbook.pdf".into(),
            bytes,
        })
    }
}

/// The Typst project behind the PDFs, for the Typst CLI (benchmarks, template debugging):
/// `typst/*.typ`, `fonts/*`, `handbook.json`, and `reports/<sequence>/<file>.json` per report.
/// Compile one with `typst compile --root DIR --font-path DIR/fonts --ignore-system-fonts
/// --input data=/reports/<sequence>/<file>.json DIR/typst/report.typ`.
pub fn typst_project(handbook: &Handbook, theme: &Theme) -> Vec<OutputFile> {
    let mut files: Vec<OutputFile> = theme
        .files_under("typst")
        .chain(theme.files_under("fonts"))
        .map(|(name, bytes)| {
            let folder = if name.ends_with(".typ") {
                "typst"
            } else {
                "fonts"
            };
            OutputFile {
                path: format!("{folder}/{name}"),
                bytes: bytes.to_vec(),
            }
        })
        .collect();
    files.push(OutputFile {
        path: "handbook.json".into(),
        bytes: handbook::data(handbook).into_bytes(),
    });
    let counts = handbook.records_per_employee();
    files.par_extend(handbook.assessments.par_iter().map(|a| OutputFile {
        path: format!(
                "reports/{}",
                handbook
                    .report_path(a, &counts)
                    .trim_end_matches(".pdf")
                    .to_string()
                    + ".json"
            ),
        bytes: report::data(handbook, a).into_bytes(),
    }));
    files
}

/// Typst's errors as text: they come from the theme's templates, never from content.
fn describe(errors: &[typst::diag::SourceDiagnostic]) -> String {
    errors
        .iter()
        .map(|e| {
            let hints: String = e.hints.iter().map(|h| format!(" (hint: {h:?})")).collect();
            format!("{}{hints}", e.message)
        })
        .collect::<Vec<_>>()
        .join("; ")
}
