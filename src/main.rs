//! The command line: parse arguments, run one command (`commands/`, the only code that prints
//! or picks exit codes), exit with its code. Everything else is the `rungs` library.

use std::process::ExitCode;

use std::ffi::OsString;

use clap::{CommandFactory, FromArgMatches};

// Typst allocates heavily from every rendering thread; mimalloc scales better than the system
// allocator there.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
mod commands;

use commands::{Cli, run};

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    if args
        .get(1)
        .is_some_and(|a| a == rungs::render::pdf::processes::WORKER_ARG)
    {
        return ExitCode::from(rungs::render::pdf::processes::serve());
    }
    // `--help` and clap's errors are printed while parsing, so the language is chosen first,
    // among the bundled ones (a project's own languages speak once it is read).
    let choice =
        rungs::locale::from_env(lang_flag(&args).as_deref(), |name| std::env::var(name).ok());
    let bundled: Vec<String> = rungs::locale::bundled_tags().map(str::to_string).collect();
    let (tag, _) = rungs::locale::choose(&choice, None, &bundled);
    let language =
        rungs::locale::Language::bundled(&tag).unwrap_or_else(rungs::locale::Language::en);
    let command = commands::localized(Cli::command(), language);
    let cli = match command
        .try_get_matches_from(&args)
        .and_then(|matches| Cli::from_arg_matches(&matches))
    {
        Ok(cli) => cli,
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
                let _ = e.print();
                return ExitCode::from(rungs::exit::OK);
            }
            eprint!("{}", commands::say_error(&e, language));
            return ExitCode::from(rungs::exit::USAGE_OR_IO);
        }
    };
    ExitCode::from(run(cli))
}

/// The value of `--lang` on the command line, before clap reads it.
fn lang_flag(args: &[OsString]) -> Option<String> {
    let args: Vec<&str> = args
        .iter()
        .skip(1)
        .map_while(|a| a.to_str())
        .take_while(|a| *a != "--")
        .collect();
    args.iter().enumerate().find_map(|(i, a)| {
        a.strip_prefix("--lang=")
            .map(str::to_string)
            .or_else(|| (*a == "--lang").then(|| args.get(i + 1).map(|v| v.to_string()))?)
    })
}
