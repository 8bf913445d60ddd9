//! `rungs check`: validate a content project and print every problem found.

use std::path::Path;

use super::{Format, checked, print_diagnostics};
use crate::diagnostics::{self, Style};
use crate::exit;

pub fn run(content: &Path, format: Format, style: &Style, quiet: bool) -> u8 {
    let (checked, loaded) = match checked(content) {
        Ok(c) => c,
        Err(code) => return code,
    };
    match format {
        Format::Json => print!("{}", diagnostics::render_json(&checked.diagnostics)),
        Format::Human => {
            print_diagnostics(&checked.diagnostics, &loaded.sources, content, style);
            if let Some(h) = checked.handbook.as_ref().filter(|_| !quiet) {
                eprintln!(
                    "ok: {} competencies, {} sequences, {} levels, {} pages, {} assessment records",
                    h.competencies.len(),
                    h.sequences.len(),
                    h.sequences.iter().map(|s| s.levels.len()).sum::<usize>(),
                    h.pages.len(),
                    h.assessments.len()
                );
            }
        }
    }
    if checked.errors() > 0 {
        exit::CONTENT_ERRORS
    } else {
        exit::OK
    }
}
