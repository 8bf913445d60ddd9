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
}

/// Writes the starter project in the language `--lang` names on the command line (zh-CN
/// when it names none: the language of the people rungs is for), whatever the environment.
pub(super) fn run(args: Args, lang: Option<&str>, ui: &Ui) -> Result<(), Failure> {
    let dir = &args.dir;
    let tag = lang.unwrap_or("zh-CN");
    let language = Language::bundled(tag).ok_or_else(|| {
        let known: Vec<String> = rungs::locale::bundled_tags().map(str::to_string).collect();
        Failure::usage(msg!("init-unknown-language", tag = tag, known = known))
    })?;
    let written = rungs::init::write(dir, language).map_err(|e| {
        let failure = Failure::usage(e.message());
        match e.help() {
            Some(help) => failure.with_help(help),
            None => failure,
        }
    })?;
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
