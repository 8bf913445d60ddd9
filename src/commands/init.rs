//! `rungs init`: a new project that `check`, `serve` and `build` accept at once.

use std::path::PathBuf;

use super::{Failure, Ui};
use rungs::model::Language;

// The arguments of `rungs init`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(default_value = ".")]
    pub dir: PathBuf,
}

/// Writes the starter project in the language `--lang` names on the command line (zh-CN
/// when it names none: the language of the people rungs is for), whatever the environment.
pub(super) fn run(args: Args, lang: Option<&str>, ui: &Ui) -> Result<(), Failure> {
    let dir = &args.dir;
    let tag = lang.unwrap_or("zh-CN");
    let language = Language::bundled(tag).ok_or_else(|| {
        let known: Vec<String> = rungs::locale::bundled_tags().map(str::to_string).collect();
        Failure::usage(rungs::msg!(
            "init-unknown-language",
            tag = tag,
            known = known
        ))
    })?;
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
