//! The command line: the global options, one file per subcommand (its `Args` and a `run`),
//! what they share (`shared.rs`: opening and checking a project, printing its diagnostics,
//! publishing options) and how a failure becomes a message and an exit code (`failure.rs`).
//! Only this module prints or chooses exit codes; the work is the `rungs` library's.

mod build;
mod check;
mod completions;
mod diff;
mod distribute;
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

mod failure;
mod shared;

pub(crate) use failure::{Failure, Ui};
pub(crate) use shared::*;

use std::io::IsTerminal;

use clap::{Parser, Subcommand, ValueEnum};

use rungs::exit;

#[derive(Debug, Parser)]
#[command(
    name = "rungs",
    version,
    about = "Competency and qualification standards as YAML, published as a handbook site and PDF reports"
)]
pub struct Cli {
    /// When to colour diagnostics (`auto` colours a terminal unless NO_COLOR is set).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,
    /// Print nothing but errors and warnings (no progress bar, no summary).
    #[arg(long, short, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Also print what each step did and how long it took (and, in `serve`, the files each
    /// rebuild saw change).
    #[arg(long, short, global = true)]
    pub verbose: bool,
    /// Worker threads for rendering (default: one per core).
    #[arg(long, short = 'j', global = true)]
    pub jobs: Option<usize>,
    /// The language rungs speaks in: zh-CN, en, or one the project adds (default: RUNGS_LANG,
    /// then the locale's LC_ALL, LC_MESSAGES or LANG, then the project's language).
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
    /// Validate a content project and print every problem found.
    #[command(after_help = check::EXAMPLES)]
    Check(check::Args),
    /// Check, then render the site, the handbook PDF and every report into the output folder.
    #[command(after_help = build::EXAMPLES)]
    Build(build::Args),
    /// Join the output folders of every shard of one build (`build --shard K/N`) into one.
    ///
    /// Each file once, the same bytes wherever it appears, and the shards' manifest slices as
    /// one manifest: the result is the unsharded build's, byte for byte.
    #[command(after_help = merge::EXAMPLES)]
    Merge(merge::Args),
    /// What changed in the standards between two revisions, and what it does to verdicts.
    ///
    /// The changes in domain terms (competencies, levels, requirements, scoring), and how many
    /// records' verdicts, grades and totals the change alters.
    #[command(after_help = diff::EXAMPLES)]
    Diff(diff::Args),
    /// Render the reports of the given employees only (all their cycles).
    #[command(after_help = report::EXAMPLES)]
    Report(report::Args),
    /// Bundle one cycle's reports per manager, department or sequence, for handing out.
    ///
    /// One zip each with its reports, its team summary and its slice of the manifest;
    /// optionally password-protected.
    #[command(after_help = distribute::EXAMPLES)]
    Distribute(distribute::Args),
    /// Mail each bundle of a distribution to its recipient over SMTP, and log every message.
    ///
    /// A re-run sends only what was not sent or changed since; passwords are never sent.
    #[command(after_help = send::EXAMPLES)]
    Send(send::Args),
    /// Write the assessment sheet (xlsx or csv) for one level, empty or pre-filled.
    ///
    /// A row per employee, a column per field, fact, competency, behaviour, score, exam and
    /// KPI, with the allowed values in a notes row (and data validation in xlsx).
    #[command(after_help = template::EXAMPLES)]
    Template(template::Args),
    /// Turn a filled-in assessment sheet (xlsx, xls, ods, csv) into assessment records.
    ///
    /// Rows are merged into any existing records and checked like hand-written ones; nothing
    /// is written if a row is wrong.
    #[command(after_help = import::EXAMPLES)]
    Import(import::Args),
    /// Export the standard as data: JSON, CSV or xlsx grids, or CASE 1.1 packages.
    ///
    /// JSON comes with its JSON Schema; CASE is 1EdTech's Competencies and Academic Standards
    /// Exchange.
    #[command(after_help = export::EXAMPLES)]
    Export(export::Args),
    /// The HR roll-up of assessment results, one row per record (personal data).
    ///
    /// Each record's verdict, grade, total, why not qualified and its gaps; never part of the
    /// site.
    #[command(after_help = results::EXAMPLES)]
    Results(results::Args),
    /// Preview the handbook site while you edit, reloading on every save.
    ///
    /// The site is served from memory and rebuilt on every save; open pages reload, and a
    /// broken edit shows its errors over the last good pages.
    #[command(after_help = serve::EXAMPLES)]
    Serve(serve::Args),
    /// Create a new project with a small starter standard.
    ///
    /// A standard that `check`, `serve` and `build` accept at once, with the JSON Schemas
    /// editors use to complete and check the YAML.
    #[command(after_help = init::EXAMPLES)]
    Init(init::Args),
    /// Write the JSON Schemas editors use to complete and check content files.
    ///
    /// Draft-07, one per kind of content file, for the YAML language server (VS Code's YAML
    /// extension), which completes and checks fields as you type.
    #[command(after_help = schema::EXAMPLES)]
    Schema(schema::Args),
    /// Print the shell completion script for rungs.
    #[command(after_help = completions::EXAMPLES)]
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
        Command::Template(args) => template::run(args, &ui),
        Command::Import(args) => import::run(args, &ui),
        Command::Export(args) => export::run(args, &ui),
        Command::Results(args) => results::run(args, &ui),
        Command::Serve(args) => serve::run(args, &ui),
        Command::Init(args) => init::run(args, cli.lang.as_deref(), &ui),
        Command::Schema(args) => schema::run(args, &ui),
        Command::Completions(args) => completions::run(args),
    };
    match outcome {
        Ok(()) => exit::OK,
        Err(failure) => {
            if let Some(message) = &failure.message {
                let language = ui.language();
                eprintln!("{}: {}", language.get("label-error"), language.say(message));
                if let Some(help) = &failure.help {
                    eprintln!("  = {}: {}", language.get("label-help"), language.say(help));
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
