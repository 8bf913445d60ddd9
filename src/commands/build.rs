//! `rungs build`: check, then render the site, the handbook PDF and every report in parallel,
//! and publish them into the output folder through a staging folder.

use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use super::{Part, RenderOptions, prepare, print_diagnostics};
use crate::diagnostics::Style;
use crate::exit;
use crate::publish::Staging;
use crate::render::pdf::{PdfRenderer, missing_glyphs, world::Fonts};
use crate::render::{OutputFile, html};

pub fn run(
    content: &Path,
    options: &RenderOptions,
    only: &[Part],
    export_typst: Option<&Path>,
    style: &Style,
    quiet: bool,
) -> u8 {
    let started = Instant::now();
    let prepared = match prepare(content, options, style) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let wants = |p: Part| only.is_empty() || only.contains(&p);
    let handbook = &prepared.handbook;
    let needs_pdf = wants(Part::Handbook) || wants(Part::Reports);
    let fonts = needs_pdf.then(|| Arc::new(Fonts::load(&prepared.theme, &prepared.loaded.fonts)));
    if let Some(fonts) = &fonts {
        let warnings = missing_glyphs(&prepared.loaded.sources, fonts);
        print_diagnostics(&warnings, &prepared.loaded.sources, content, style);
    }

    let staging = match Staging::new(&options.out) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: cannot write to `{}`: {e}", options.out.display());
            return exit::USAGE_OR_IO;
        }
    };
    let write = |file: OutputFile| {
        staging
            .write(&file)
            .map_err(|e| format!("cannot write `{}`: {e}", file.path))
    };
    let (site, pdfs) = rayon::join(
        || -> Result<usize, String> {
            if !wants(Part::Site) {
                return Ok(0);
            }
            let files = html::render_site(handbook, &prepared.theme)?;
            let count = files.len();
            for f in files {
                write(OutputFile {
                    path: format!("site/{}", f.path),
                    bytes: f.bytes,
                })?;
            }
            Ok(count)
        },
        || -> Result<(usize, usize), String> {
            let Some(fonts) = fonts.clone() else {
                return Ok((0, 0));
            };
            let renderer = PdfRenderer::new(&prepared.theme, fonts, options.pdf_a)?;
            let mut books = 0;
            if wants(Part::Handbook) {
                write(renderer.handbook(handbook)?)?;
                books = 1;
            }
            let mut reports = 0;
            if wants(Part::Reports) {
                let all: Vec<_> = handbook.assessments.iter().collect();
                reports = renderer.reports(handbook, &all, !quiet, &write)?;
            }
            Ok((books, reports))
        },
    );
    let (site, (books, reports)) = match (site, pdfs) {
        (Ok(site), Ok(pdfs)) => (site, pdfs),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!(
                "error: {e}\n  = help: if a theme template is named, fix it (the content itself passed `check`)"
            );
            return exit::CONTENT_ERRORS;
        }
    };
    if let Some(dir) = export_typst
        && let Err(e) = crate::publish::replace_files(
            dir,
            &crate::render::pdf::typst_project(handbook, &prepared.theme),
        )
    {
        eprintln!("error: cannot write to `{}`: {e}", dir.display());
        return exit::USAGE_OR_IO;
    }
    if let Err(e) = staging.commit() {
        eprintln!("error: cannot write to `{}`: {e}", options.out.display());
        return exit::USAGE_OR_IO;
    }
    if !quiet {
        eprintln!(
            "built {} site files, {} handbook PDF and {} reports into {} in {:.1}s",
            site,
            books,
            reports,
            options.out.display(),
            started.elapsed().as_secs_f64()
        );
    }
    exit::OK
}
