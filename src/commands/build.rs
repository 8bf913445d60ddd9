//! `rungs build`: check, then render the site, the handbook PDF and every report in parallel,
//! and publish them into the output folder through a staging folder.

use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use super::{Part, RenderOptions, prepare, print_diagnostics};
use crate::diagnostics::Style;
use crate::exit;
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

    let (site, pdfs) = rayon::join(
        || {
            if wants(Part::Site) {
                html::render_site(handbook, &prepared.theme)
            } else {
                Ok(vec![])
            }
        },
        || -> Result<Vec<OutputFile>, String> {
            let Some(fonts) = fonts.clone() else {
                return Ok(vec![]);
            };
            let renderer = PdfRenderer::new(&prepared.theme, fonts, options.pdf_a)?;
            let mut files = Vec::new();
            if wants(Part::Handbook) {
                files.push(renderer.handbook(handbook)?);
            }
            if wants(Part::Reports) {
                let all: Vec<_> = handbook.assessments.iter().collect();
                files.extend(renderer.reports(handbook, &all, !quiet)?);
            }
            Ok(files)
        },
    );
    let mut files = match (site, pdfs) {
        (Ok(site), Ok(pdfs)) => {
            let mut files: Vec<OutputFile> = site
                .into_iter()
                .map(|f| OutputFile {
                    path: format!("site/{}", f.path),
                    bytes: f.bytes,
                })
                .collect();
            files.extend(pdfs);
            files
        }
        (Err(e), _) | (_, Err(e)) => {
            eprintln!(
                "error: {e}\n  = help: the theme's templates failed; fix the template named above (the content itself passed `check`)"
            );
            return exit::CONTENT_ERRORS;
        }
    };
    files.sort_by(|a, b| a.path.cmp(&b.path));
    if let Some(dir) = export_typst
        && let Err(e) = crate::publish::replace_files(
            dir,
            &crate::render::pdf::typst_project(handbook, &prepared.theme),
        )
    {
        eprintln!("error: cannot write to `{}`: {e}", dir.display());
        return exit::USAGE_OR_IO;
    }
    if let Err(e) = crate::publish::publish(&options.out, &files) {
        eprintln!("error: cannot write to `{}`: {e}", options.out.display());
        return exit::USAGE_OR_IO;
    }
    if !quiet {
        let count = |prefix: &str| files.iter().filter(|f| f.path.starts_with(prefix)).count();
        eprintln!(
            "built {} site files, {} handbook PDF and {} reports into {} in {:.1}s",
            count("site/"),
            count("handbook.pdf"),
            count("reports/"),
            options.out.display(),
            started.elapsed().as_secs_f64()
        );
    }
    exit::OK
}
