//! `rungs init`: a new project that `check`, `serve` and `build` accept at once.

use std::path::PathBuf;

use super::{Failure, Ui};
use rungs::model::Language;
use rungs::msg;

// The arguments of `rungs init`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(default_value = ".")]
    pub dir: PathBuf,
    #[arg(long, value_name = "FILE")]
    pub from: Option<PathBuf>,
}

/// Writes the starter project in the language `--lang` names on the command line (zh-CN
/// when it names none: the language of the people rungs is for), whatever the environment.
pub(super) fn run(args: Args, lang: Option<&str>, ui: &Ui) -> Result<(), Failure> {
    let dir = &args.dir;
    // A workbook is read before anything is written: one that is not a standard workbook
    // makes no project.
    let workbook = match &args.from {
        Some(file) => match super::workbook::recognise(file, true)? {
            super::workbook::Given::Standard(sheets, language) => Some((sheets, language)),
            super::workbook::Given::Other(_) => unreachable!("refused when not one"),
        },
        None => None,
    };
    let tag = lang
        .or(workbook.as_ref().map(|(_, language)| language.tag()))
        .unwrap_or("zh-CN");
    let language = Language::bundled(tag).ok_or_else(|| {
        let known: Vec<String> = rungs::locale::bundled_tags().map(str::to_string).collect();
        Failure::usage(msg!("init-unknown-language", tag = tag, known = known))
    })?;
    let existed = dir.exists();
    let written = rungs::init::write(dir, language).map_err(|e| {
        let failure = Failure::usage(e.message());
        match e.help() {
            Some(help) => failure.with_help(help),
            None => failure,
        }
    })?;
    if let (Some((sheets, book_language)), Some(file)) = (&workbook, &args.from) {
        // The starter's settings and pages stay; its dictionary, sequences and records make
        // way for the workbook's.
        let content = dir.join("content");
        for folder in ["competencies", "sequences", "assessments"] {
            let _ = std::fs::remove_dir_all(content.join(folder));
        }
        let options = super::workbook::ImportOptions {
            allow_removals: true,
            dry_run: false,
        };
        let imported =
            super::workbook::import(&content, file, sheets, *book_language, &options, ui);
        if let Err(failure) = imported {
            // Nothing half-made: the folder goes again, as it was (missing or empty).
            let _ = std::fs::remove_dir_all(dir);
            if existed {
                let _ = std::fs::create_dir_all(dir);
            }
            return Err(failure);
        }
    }
    if !ui.quiet {
        let dir = dir.display().to_string();
        eprintln!(
            "{}",
            ui.say(&msg!("init-created", dir = &dir, count = written.len()))
        );
        eprintln!("{}", ui.say(&msg!("init-next")));
        eprintln!("  cd {dir}");
        eprintln!("  rungs check     # {}", ui.say(&msg!("init-next-check")));
        eprintln!("  rungs serve     # {}", ui.say(&msg!("init-next-serve")));
        eprintln!("  rungs build     # {}", ui.say(&msg!("init-next-build")));
    }
    Ok(())
}
