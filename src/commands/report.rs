//! `rungs report`: render the reports of some employees only, from the content folder alone.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{RenderOptions, prepare};
use crate::diagnostics::Style;
use crate::exit;
use crate::render::OutputFile;
use crate::render::pdf::{PdfRenderer, world::Fonts};
use crate::suggest;

pub fn run(args: &[String], options: &RenderOptions, style: &Style, quiet: bool) -> u8 {
    // `rungs report [CONTENT] ID…`: the first argument is the content folder when it is one.
    let (content, ids): (PathBuf, &[String]) = match args.split_first() {
        Some((first, rest)) if !rest.is_empty() && Path::new(first).is_dir() => {
            (PathBuf::from(first), rest)
        }
        _ => (PathBuf::from("content"), args),
    };
    let prepared = match prepare(&content, options, style) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let handbook = &prepared.handbook;
    let mut selected = Vec::new();
    for id in ids {
        let records: Vec<_> = handbook
            .assessments
            .iter()
            .filter(|a| &a.employee_id == id)
            .collect();
        if records.is_empty() {
            let known: std::collections::BTreeSet<&str> = handbook
                .assessments
                .iter()
                .map(|a| a.employee_id.as_str())
                .collect();
            let known: Vec<&str> = known.into_iter().collect();
            eprintln!(
                "error: no assessment record for employee `{id}`\n  = help: {}",
                suggest::help_for("employee id", id, &known)
            );
            return exit::USAGE_OR_IO;
        }
        selected.extend(records);
    }
    let fonts = Arc::new(Fonts::load(&prepared.theme, &prepared.loaded.fonts));
    let rendered = std::sync::Mutex::new(Vec::new());
    let collect = |file: OutputFile| {
        rendered.lock().expect("lock").push(file);
        Ok(())
    };
    let files = match PdfRenderer::new(&prepared.theme, fonts, options.pdf_a)
        .and_then(|r| r.reports(handbook, &selected, !quiet, &collect))
    {
        Ok(_) => {
            let mut files = rendered.into_inner().expect("lock");
            files.sort_by(|a, b| a.path.cmp(&b.path));
            files
        }
        Err(e) => {
            eprintln!("error: {e}");
            return exit::CONTENT_ERRORS;
        }
    };
    if let Err(e) = crate::publish::replace_files(&options.out, &files) {
        eprintln!("error: cannot write to `{}`: {e}", options.out.display());
        return exit::USAGE_OR_IO;
    }
    if !quiet {
        for f in &files {
            eprintln!("wrote {}", options.out.join(&f.path).display());
        }
    }
    exit::OK
}
