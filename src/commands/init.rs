//! `rungs init`: a new project that `check`, `serve` and `build` accept at once.

use std::path::Path;

use super::{Failure, Ui};
use rungs::model::Language;

pub(super) fn run(dir: &Path, language: Language, ui: &Ui) -> Result<(), Failure> {
    let written = rungs::init::write(dir, language).map_err(|e| match e {
        rungs::init::InitError::NotEmpty(_) => Failure::usage(e.to_string()).with_help(
            "give a new folder's name, e.g. `rungs init my-standard`, or empty this one first",
        ),
        other => Failure::usage(other.to_string()),
    })?;
    if !ui.quiet {
        eprintln!(
            "created a rungs project in {} ({} files: content/, schemas/, .gitignore)",
            dir.display(),
            written.len()
        );
        eprintln!("next:");
        eprintln!("  cd {}", dir.display());
        eprintln!("  rungs check     # validate the content");
        eprintln!("  rungs serve     # preview the handbook as you edit, at http://127.0.0.1:1111");
        eprintln!("  rungs build     # the site, the handbook PDF and the reports, into output/");
    }
    Ok(())
}
