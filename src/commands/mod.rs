//! The subcommands, one file each, and what they share: loading and checking a content
//! project and printing its diagnostics.

mod build;
mod check;
mod report;

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::check::Checked;
use crate::diagnostics::{self, Diagnostic, SourceMap, Style};
use crate::exit;
use crate::load::Loaded;
use crate::model::Handbook;
use crate::theme::Theme;

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
    #[arg(long, short, global = true)]
    pub quiet: bool,
    /// Worker threads for rendering (default: one per core).
    #[arg(long, short = 'j', global = true)]
    pub jobs: Option<usize>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
}

/// What to build.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum Part {
    Site,
    Handbook,
    Reports,
}

#[derive(Debug, Args)]
pub struct RenderOptions {
    /// The output folder.
    #[arg(long, default_value = "output")]
    pub out: PathBuf,
    /// The content commit stamped on pages and reports: `auto` (the last commit that touched
    /// the content folder, when in git), `none`, or a text of your own.
    #[arg(long, default_value = "auto")]
    pub commit: String,
    /// Write PDF/A-2b (archival) PDFs.
    #[arg(long)]
    pub pdf_a: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate a content project and print every problem found.
    Check {
        /// The content folder (holding rungs.yaml).
        #[arg(default_value = "content")]
        content: PathBuf,
        /// `json` prints one JSON document for machines.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// Check, then render the site, the handbook PDF and every report into the output folder.
    Build {
        /// The content folder (holding rungs.yaml).
        #[arg(default_value = "content")]
        content: PathBuf,
        #[command(flatten)]
        render: RenderOptions,
        /// Build only these parts (comma-separated); the others in the output folder are kept.
        #[arg(long, value_enum, value_delimiter = ',')]
        only: Vec<Part>,
        /// Also write the Typst project behind the PDFs (templates, fonts, one JSON data file
        /// per document) into this folder, for the Typst CLI.
        #[arg(long, value_name = "DIR")]
        export_typst: Option<PathBuf>,
    },
    /// Render the reports of the given employees only (all their cycles).
    Report {
        /// `[CONTENT] EMPLOYEE-ID…`: the content folder may come first (default ./content).
        #[arg(required = true, num_args = 1.., value_name = "CONTENT|EMPLOYEE-ID")]
        args: Vec<String>,
        #[command(flatten)]
        render: RenderOptions,
    },
    /// Reserved: live-reloading preview server (authoring work).
    Serve,
    /// Reserved: create a new content project (authoring work).
    Init,
}

pub fn run(cli: Cli) -> u8 {
    let style = Style {
        color: use_color(cli.color),
    };
    if let Some(jobs) = cli.jobs {
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(jobs.max(1))
            .build_global();
    }
    match cli.command {
        Command::Check { content, format } => check::run(&content, format, &style, cli.quiet),
        Command::Build {
            content,
            render,
            only,
            export_typst,
        } => build::run(
            &content,
            &render,
            &only,
            export_typst.as_deref(),
            &style,
            cli.quiet,
        ),
        Command::Report { args, render } => report::run(&args, &render, &style, cli.quiet),
        Command::Serve | Command::Init => {
            eprintln!(
                "error: this command is not available yet; use `rungs check`, `rungs build` or `rungs report`"
            );
            exit::USAGE_OR_IO
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

/// A checked content project, ready to render.
pub(crate) struct Prepared {
    pub handbook: Handbook,
    pub theme: Theme,
    pub loaded: Loaded,
}

/// Loads and checks without printing; IO problems are printed and give exit code 2.
pub(crate) fn checked(content: &Path) -> Result<(Checked, Loaded), u8> {
    match crate::load::load(content) {
        Ok((loaded, load_diagnostics)) => {
            Ok((crate::check::check(&loaded, load_diagnostics), loaded))
        }
        Err(e) => {
            eprintln!("error: {e}");
            Err(exit::USAGE_OR_IO)
        }
    }
}

/// Loads and checks `content`, printing diagnostics; stops with exit code 1 on content errors.
pub(crate) fn prepare(
    content: &Path,
    render: &RenderOptions,
    style: &Style,
) -> Result<Prepared, u8> {
    let (checked, loaded) = checked(content)?;
    if !checked.diagnostics.is_empty() {
        print_diagnostics(&checked.diagnostics, &loaded.sources, content, style);
    }
    let Some(mut handbook) = checked.handbook else {
        return Err(exit::CONTENT_ERRORS);
    };
    handbook.content_commit = match render.commit.as_str() {
        "auto" => crate::load::content_commit(content),
        "none" | "" => None,
        other => Some(other.to_string()),
    };
    let theme = Theme::new(&handbook.settings.theme, &loaded.theme_files);
    Ok(Prepared {
        handbook,
        theme,
        loaded,
    })
}

pub(crate) fn print_diagnostics(
    list: &[Diagnostic],
    sources: &SourceMap,
    content: &Path,
    style: &Style,
) {
    eprint!(
        "{}",
        diagnostics::render_human(list, sources, content, style)
    );
}
