//! The command line: the global options, one file per subcommand (its `Args` and a `run`),
//! what they share (`shared.rs`: opening and checking a project, printing its diagnostics,
//! publishing options) and how a failure becomes a message and an exit code (`failure.rs`).
//! Only this module prints or chooses exit codes; the work is the `rungs` library's.

mod build;
mod certifications;
mod check;
mod completions;
mod diff;
mod distribute;
mod eligibility;
mod export;
mod import;
mod init;
mod merge;
mod report;
mod results;
mod schema;
mod send;
mod serve;
mod template;
mod verify;
mod workbook;

mod failure;
mod help;
mod shared;

pub(crate) use failure::{Failure, Ui};
pub(crate) use help::{localized, say_error};
pub(crate) use shared::*;

use std::io::IsTerminal;

use clap::{Parser, Subcommand, ValueEnum};

use rungs::exit;

#[derive(Debug, Parser)]
#[command(name = "rungs", version)]
pub struct Cli {
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,
    #[arg(long, short, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    #[arg(long, short, global = true)]
    pub verbose: bool,
    #[arg(long, short = 'j', global = true)]
    pub jobs: Option<usize>,
    #[arg(long, global = true, value_name = "LANGUAGE")]
    pub lang: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Check(check::Args),
    Build(build::Args),
    Merge(merge::Args),
    Diff(diff::Args),
    Report(report::Args),
    Distribute(distribute::Args),
    Send(send::Args),
    Eligibility(eligibility::Args),
    Certifications(certifications::Args),
    Verify(verify::Args),
    Template(template::Args),
    Import(import::Args),
    Export(export::Args),
    Results(results::Args),
    Serve(serve::Args),
    Init(init::Args),
    Schema(schema::Args),
    Completions(completions::Args),
}

pub fn run(cli: Cli) -> u8 {
    let choice = rungs::locale::from_env(cli.lang.as_deref(), |name| std::env::var(name).ok());
    let ui = Ui::new(use_color(cli.color), cli.quiet, cli.verbose, choice);
    say_notes(&ui);
    if let Some(jobs) = cli.jobs {
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(jobs.max(1))
            .build_global();
    }
    let outcome = match cli.command {
        Command::Check(args) => check::run(args, &ui),
        Command::Build(args) => build::run(args, &ui),
        Command::Merge(args) => merge::run(args, &ui),
        Command::Diff(args) => diff::run(args, &ui),
        Command::Report(args) => report::run(args, &ui),
        Command::Distribute(args) => distribute::run(args, &ui),
        Command::Send(args) => send::run(args, &ui),
        Command::Eligibility(args) => eligibility::run(args, &ui),
        Command::Certifications(args) => certifications::run(args, &ui),
        Command::Verify(args) => verify::run(args, &ui),
        Command::Template(args) => template::run(args, &ui),
        Command::Import(args) => import::run(args, &ui),
        Command::Export(args) => export::run(args, &ui),
        Command::Results(args) => results::run(args, &ui),
        Command::Serve(args) => serve::run(args, &ui),
        Command::Init(args) => init::run(args, cli.lang.as_deref(), &ui),
        Command::Schema(args) => schema::run(args, &ui),
        Command::Completions(args) => completions::run(args, &ui),
    };
    match outcome {
        Ok(()) => exit::OK,
        Err(failure) => {
            if let Some(message) = &failure.message {
                eprintln!("{}", ui.labelled("label-error", &ui.say(message)));
                if let Some(help) = &failure.help {
                    eprintln!("  = {}", ui.labelled("label-help", &ui.say(help)));
                }
            }
            failure.code
        }
    }
}

fn use_color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stderr().is_terminal()
        }
    }
}
