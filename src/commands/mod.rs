//! The subcommands, one file each, and what they share: opening and checking a project,
//! printing its diagnostics, publishing options, and turning library errors into messages and
//! exit codes. Only this module prints or chooses exit codes.

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

use std::io::{IsTerminal, Write as _};
use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand, ValueEnum};

use rungs::diagnostics;
use rungs::exit;
use rungs::history::Revision;
use rungs::model::Standard;
use rungs::model::editions::{Edition, Editions};
use rungs::project::{Checked, Part, Project};
use rungs::publish::{self, AbortPoint, CacheMode, PublishError, PublishOptions};
use rungs::render::{BuildInfo, RenderError, WhatIf};

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

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum DiffFormat {
    Text,
    Md,
    Json,
}

/// A part of the build, as `--only` names it.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum PartArg {
    Site,
    Handbook,
    Sheets,
    Reports,
    Summaries,
}

impl From<PartArg> for Part {
    fn from(p: PartArg) -> Part {
        match p {
            PartArg::Site => Part::Site,
            PartArg::Handbook => Part::Handbook,
            PartArg::Sheets => Part::Sheets,
            PartArg::Reports => Part::Reports,
            PartArg::Summaries => Part::Summaries,
        }
    }
}

/// What `rungs export` writes.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ExportFormat {
    Json,
    Csv,
    Xlsx,
    Case,
}

/// What `rungs results` writes.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ResultsFormat {
    Csv,
    Xlsx,
    Md,
}

/// How `rungs send` protects the connection.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum TlsArg {
    Starttls,
    Implicit,
    None,
}

/// How `rungs distribute` groups reports into bundles.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ByArg {
    Manager,
    Department,
    Sequence,
}

/// Where the assessment records are.
#[derive(Debug, Args)]
pub struct RecordsArg {
    /// Read the assessment records from this folder (`<cycle>/<employee-id>.yaml`) instead of
    /// CONTENT/assessments/, so personal data can live outside the standards' repository.
    #[arg(long, value_name = "DIR")]
    pub records: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct OutputArgs {
    /// The output folder. rungs replaces it whole on every build, so it must be new, empty,
    /// or made by rungs, and outside the content.
    #[arg(long, default_value = "output")]
    pub out: PathBuf,
    /// The content commit stamped on pages and reports: `auto` (the last commit that touched
    /// the content folder, when in git), `none`, or a text of your own.
    #[arg(long, default_value = "auto")]
    pub commit: String,
    /// Write PDF/A-2b (archival) PDFs.
    #[arg(long)]
    pub pdf_a: bool,
    /// Delete files in the output folder that the previous build did not write, instead of
    /// stopping.
    #[arg(long)]
    pub force: bool,
    /// A what-if (试算): evaluate every record against `current` (the content being built) or
    /// an edition (by name or git tag) instead of the edition it belongs to. Its reports and
    /// summaries are marked 试算 on every page.
    #[arg(long, value_name = "current|EDITION")]
    pub against: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate a content project and print every problem found.
    #[command(after_help = EXAMPLES_CHECK)]
    Check {
        /// The content folder (holding rungs.yaml).
        #[arg(default_value = "content")]
        content: PathBuf,
        #[command(flatten)]
        records: RecordsArg,
        /// `json` prints one JSON document for machines.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// Check, then render the site, the handbook PDF and every report into the output folder.
    #[command(after_help = EXAMPLES_BUILD)]
    Build {
        /// The content folder (holding rungs.yaml).
        #[arg(default_value = "content")]
        content: PathBuf,
        #[command(flatten)]
        records: RecordsArg,
        #[command(flatten)]
        output: OutputArgs,
        /// Build only these parts (comma-separated: site, handbook, sheets, reports, summaries);
        /// the others in the output folder are kept.
        #[arg(long, value_enum, value_delimiter = ',')]
        only: Vec<PartArg>,
        /// Also write the Typst project behind the PDFs (templates, fonts, one JSON data file
        /// per document) into this folder, for the Typst CLI.
        #[arg(long, value_name = "DIR")]
        export_typst: Option<PathBuf>,
        /// Render every output again instead of carrying over those whose inputs did not
        /// change since the last build into the output folder.
        #[arg(long)]
        no_cache: bool,
        /// Build one shard of several (K of N, as 2/4): the reports of a stable 1/N of the
        /// employees, by id; shard 1 also builds the site, the handbook, the sheets and the
        /// summaries. Join the shards' folders with `rungs merge`.
        #[arg(long, value_name = "K/N")]
        shard: Option<rungs::shard::Shard>,
        /// Name the records whose verdict differs from the one the previous build's manifest
        /// recorded (personal data, on the terminal).
        #[arg(long)]
        list_records: bool,
    },
    /// Join the output folders of every shard of one build (`build --shard K/N`) into one.
    ///
    /// Each file once, the same bytes wherever it appears, and the shards' manifest slices as
    /// one manifest: the result is the unsharded build's, byte for byte.
    #[command(after_help = EXAMPLES_MERGE)]
    Merge {
        /// The shards' output folders.
        #[arg(required = true, value_name = "SHARD_DIR")]
        shards: Vec<PathBuf>,
        /// The merged output folder (new, empty, or made by rungs).
        #[arg(long, default_value = "output")]
        out: PathBuf,
        /// Delete files in the output folder that the previous build did not write, instead
        /// of stopping.
        #[arg(long)]
        force: bool,
    },
    /// What changed in the standards between two revisions, and what it does to verdicts.
    ///
    /// The changes in domain terms (competencies, levels, requirements, scoring), and how many
    /// records' verdicts, grades and totals the change alters.
    #[command(after_help = EXAMPLES_DIFF)]
    Diff {
        /// `[CONTENT] REV [REV2]`: the content folder may come first (default ./content); REV2
        /// defaults to the working tree.
        #[arg(required = true, num_args = 1..=3, value_name = "CONTENT|REV")]
        args: Vec<String>,
        #[command(flatten)]
        records: RecordsArg,
        /// text (coloured on a terminal), md for a pull request, or json.
        #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
        format: DiffFormat,
        /// Also list each record whose verdict, grade or total changes (personal data).
        #[arg(long)]
        list_records: bool,
        /// Exit with 3 when a change can alter an evaluation (for CI gates).
        #[arg(long)]
        exit_code: bool,
    },
    /// Render the reports of the given employees only (all their cycles).
    #[command(after_help = EXAMPLES_REPORT)]
    Report {
        /// `[CONTENT] EMPLOYEE-ID…`: the content folder may come first (default ./content).
        #[arg(required = true, num_args = 1.., value_name = "CONTENT|EMPLOYEE-ID")]
        args: Vec<String>,
        #[command(flatten)]
        records: RecordsArg,
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Bundle one cycle's reports per manager, department or sequence, for handing out.
    ///
    /// One zip each with its reports, its team summary and its slice of the manifest;
    /// optionally password-protected.
    #[command(after_help = EXAMPLES_DISTRIBUTE)]
    Distribute {
        /// The content folder (holding rungs.yaml).
        #[arg(default_value = "content")]
        content: PathBuf,
        #[command(flatten)]
        records: RecordsArg,
        /// One bundle per manager, department or sequence.
        #[arg(long, value_enum)]
        by: ByArg,
        /// The folder for the bundles (replaced whole, like a build's output folder).
        #[arg(long, default_value = "distribution")]
        out: PathBuf,
        /// The cycle to distribute (default: the latest).
        #[arg(long)]
        cycle: Option<String>,
        /// Bundle only reports that are new or changed since this earlier manifest
        /// (`manifest.json` or `manifest.csv`), and list them.
        #[arg(long, value_name = "MANIFEST")]
        since: Option<PathBuf>,
        /// Protect every file of each bundle (AES-256): each report opens with its employee's
        /// password, and the summary and every report with the recipient's. Passwords are kept
        /// from the earlier run, generated for whoever has none, or given by `--passwords`;
        /// they are listed in passwords.csv, never in a bundle.
        #[arg(long)]
        encrypt: bool,
        /// A CSV of `id,password` (employees, and each bundle's recipient) to protect with.
        #[arg(long, value_name = "FILE")]
        passwords: Option<PathBuf>,
        /// With `--encrypt`: generate every password anew instead of keeping the earlier run's.
        #[arg(long, requires = "encrypt", conflicts_with = "passwords")]
        new_passwords: bool,
        /// Reuse the reports of this build output folder whose inputs have not changed
        /// (checked against its reports/manifest.json), instead of rendering them again.
        #[arg(
            long,
            value_name = "OUT",
            default_value = "output",
            conflicts_with = "no_reuse"
        )]
        reuse: PathBuf,
        /// Render every report, reusing nothing.
        #[arg(long)]
        no_reuse: bool,
        /// The content commit stamped on reports: `auto`, `none`, or a text of your own.
        #[arg(long, default_value = "auto")]
        commit: String,
        /// Write PDF/A-2b reports (not with `--encrypt`: PDF/A forbids encryption).
        #[arg(long)]
        pdf_a: bool,
        /// Delete files in the folder that the previous run did not write.
        #[arg(long)]
        force: bool,
    },
    /// Mail each bundle of a distribution to its recipient over SMTP, and log every message.
    ///
    /// A re-run sends only what was not sent or changed since; passwords are never sent.
    #[command(after_help = EXAMPLES_SEND)]
    Send {
        /// The content folder (holding rungs.yaml): the theme's mail templates and the
        /// standard's words.
        #[arg(default_value = "content")]
        content: PathBuf,
        /// The folder `rungs distribute` wrote.
        #[arg(long, value_name = "DIR", default_value = "distribution")]
        bundles: PathBuf,
        /// The mail settings (YAML: server, port, tls, user, from, reply_to, per_minute,
        /// max_size_mib, ca_file), kept outside the content repository.
        #[arg(long, value_name = "FILE")]
        settings: Option<PathBuf>,
        /// The mail server (instead of, or over, the settings file).
        #[arg(long)]
        server: Option<String>,
        #[arg(long)]
        port: Option<u16>,
        /// starttls (port 587), implicit (465), or none (a server on this computer only).
        #[arg(long, value_enum)]
        tls: Option<TlsArg>,
        /// The account to log in with; its password comes from RUNGS_SMTP_PASSWORD or a
        /// prompt, never a file.
        #[arg(long)]
        user: Option<String>,
        /// The sender: `人力资源部 <hr@example.com>`.
        #[arg(long)]
        from: Option<String>,
        /// A PEM file of certificate authorities to trust besides the system's.
        #[arg(long, value_name = "PEM")]
        ca_file: Option<PathBuf>,
        /// Messages a minute at most (default 20).
        #[arg(long)]
        per_minute: Option<u32>,
        /// The largest bundle sent, in MiB (default 20).
        #[arg(long, value_name = "MIB")]
        max_size: Option<u64>,
        /// Write each message as an .eml file in DIR/outbox/ to read; send nothing.
        #[arg(long)]
        dry_run: bool,
        /// Only this bundle (its file name, the team's id or the recipient's name); repeatable.
        #[arg(long, value_name = "BUNDLE")]
        only: Vec<String>,
        /// Send even what the log shows as sent (a recipient who lost the message).
        #[arg(long)]
        again: bool,
        /// Send without asking: the recipients are listed first all the same.
        #[arg(long, short)]
        yes: bool,
        /// Send bundles that are not password-protected (`distribute` without `--encrypt`).
        #[arg(long)]
        allow_unprotected: bool,
    },
    /// Write the assessment sheet (xlsx or csv) for one level, empty or pre-filled.
    ///
    /// A row per employee, a column per field, fact, competency, behaviour, score, exam and
    /// KPI, with the allowed values in a notes row (and data validation in xlsx).
    #[command(after_help = EXAMPLES_TEMPLATE)]
    Template {
        /// The content folder (holding rungs.yaml).
        #[arg(default_value = "content")]
        content: PathBuf,
        #[command(flatten)]
        records: RecordsArg,
        /// The sequence's id or name.
        #[arg(long)]
        sequence: String,
        /// The level's id or name (the level assessed for).
        #[arg(long)]
        level: String,
        /// The sheet to write: `.xlsx` or `.csv` (UTF-8 with a BOM, for Excel).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Fill the sheet with this cycle's records assessed for the level.
        #[arg(long, value_name = "CYCLE")]
        with_records: Option<String>,
    },
    /// Turn a filled-in assessment sheet (xlsx, xls, ods, csv) into assessment records.
    ///
    /// Rows are merged into any existing records and checked like hand-written ones; nothing
    /// is written if a row is wrong.
    #[command(after_help = EXAMPLES_IMPORT)]
    Import {
        /// `[CONTENT] FILE`: the content folder may come first (default ./content).
        #[arg(required = true, num_args = 1..=2, value_name = "CONTENT|FILE")]
        args: Vec<String>,
        #[command(flatten)]
        records: RecordsArg,
        /// The cycle of rows whose cycle cell is empty.
        #[arg(long)]
        cycle: Option<String>,
        /// Write the good rows and list the bad ones, instead of writing nothing.
        #[arg(long)]
        skip_bad: bool,
        /// Check and report what would change, writing nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Export the standard as data: JSON, CSV or xlsx grids, or CASE 1.1 packages.
    ///
    /// JSON comes with its JSON Schema; CASE is 1EdTech's Competencies and Academic Standards
    /// Exchange.
    #[command(after_help = EXAMPLES_EXPORT)]
    Export {
        /// The content folder (holding rungs.yaml).
        #[arg(default_value = "content")]
        content: PathBuf,
        /// json, csv, xlsx or case.
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Write files here (a file for json, a folder for csv, xlsx and case) instead of
        /// standard output.
        #[arg(long, value_name = "PATH")]
        out: Option<PathBuf>,
    },
    /// The HR roll-up of assessment results, one row per record (personal data).
    ///
    /// Each record's verdict, grade, total, why not qualified and its gaps; never part of the
    /// site.
    #[command(after_help = EXAMPLES_RESULTS)]
    Results {
        /// The content folder (holding rungs.yaml).
        #[arg(default_value = "content")]
        content: PathBuf,
        #[command(flatten)]
        records: RecordsArg,
        /// csv, xlsx or md.
        #[arg(long, value_enum, default_value_t = ResultsFormat::Csv)]
        format: ResultsFormat,
        /// Write to this file instead of standard output (required for xlsx).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Only this cycle (repeatable).
        #[arg(long)]
        cycle: Vec<String>,
        /// Only this sequence, by id or name (repeatable).
        #[arg(long)]
        sequence: Vec<String>,
        /// Only records assessed for this level, by id or name (repeatable).
        #[arg(long)]
        level: Vec<String>,
        /// Only this department (repeatable).
        #[arg(long)]
        department: Vec<String>,
        /// Only this manager, by id or name (repeatable).
        #[arg(long)]
        manager: Vec<String>,
        /// A what-if (试算): evaluate every record against `current` or an edition (by name
        /// or git tag) instead of the edition it belongs to (see `build --against`).
        #[arg(long, value_name = "current|EDITION")]
        against: Option<String>,
    },
    /// Preview the handbook site while you edit, reloading on every save.
    ///
    /// The site is served from memory and rebuilt on every save; open pages reload, and a
    /// broken edit shows its errors over the last good pages.
    #[command(after_help = EXAMPLES_SERVE)]
    Serve {
        /// The content folder (holding rungs.yaml).
        #[arg(default_value = "content")]
        content: PathBuf,
        #[command(flatten)]
        records: RecordsArg,
        /// The port to listen on (0: any free port, printed at start).
        #[arg(long, short, default_value_t = 1111)]
        port: u16,
        /// The address to listen on; the default keeps the preview on this computer.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Open the preview in the default browser once it is built.
        #[arg(long)]
        open: bool,
        /// Also render the reports and team summaries and serve them under /reports/, to this
        /// computer only (they hold personal data).
        #[arg(long)]
        reports: bool,
        /// Also answer requests for this host name (repeatable); besides it the preview answers
        /// only localhost and IP addresses, so a web page cannot reach it by DNS rebinding.
        #[arg(long, value_name = "NAME")]
        allowed_host: Vec<String>,
    },
    /// Create a new project with a small starter standard.
    ///
    /// A standard that `check`, `serve` and `build` accept at once, with the JSON Schemas
    /// editors use to complete and check the YAML.
    #[command(after_help = EXAMPLES_INIT)]
    Init {
        /// The folder to create the project in (it must be missing or empty).
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// The language of the starter content and of the site's and reports' words.
        #[arg(long, value_enum, default_value_t = LanguageArg::ZhCn)]
        lang: LanguageArg,
    },
    /// Write the JSON Schemas editors use to complete and check content files.
    ///
    /// Draft-07, one per kind of content file, for the YAML language server (VS Code's YAML
    /// extension), which completes and checks fields as you type.
    #[command(after_help = EXAMPLES_SCHEMA)]
    Schema {
        /// The folder to write the schemas into (created if missing).
        #[arg(long, default_value = "schemas")]
        out: PathBuf,
    },
    /// Print the shell completion script for rungs.
    #[command(after_help = EXAMPLES_COMPLETIONS)]
    Completions {
        /// bash, zsh, fish, elvish or powershell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

/// The language `rungs init` writes in.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum LanguageArg {
    #[value(name = "zh-CN")]
    ZhCn,
    En,
}

const EXAMPLES_CHECK: &str = "Examples:
  rungs check                       check ./content (exit 1 on errors)
  rungs check my/content --records /secure/records
  rungs check --format json         one JSON document, for editors and CI";
const EXAMPLES_BUILD: &str = "Examples:
  rungs build                       ./content into ./output
  rungs build --only site,handbook  only the public parts (the rest of output/ is kept)
  rungs build --no-cache            render everything again, even what did not change
  rungs build --shard 2/4 --out shard-2   a quarter of the reports (see `rungs merge`)
  rungs build --out public --commit none -j 2
  rungs build --records /secure/records --pdf-a";
const EXAMPLES_MERGE: &str = "Examples:
  rungs build --shard 1/2 --out shard-1   on one runner
  rungs build --shard 2/2 --out shard-2   on another
  rungs merge shard-1 shard-2 --out output
See examples/github-actions-sharded.yml for a matrix job.";
const EXAMPLES_DIFF: &str = "Examples:
  rungs diff HEAD~1                 what changed since the last commit
  rungs diff content v1 v2 --format md
  rungs diff HEAD~1 --exit-code     exit 3 when a change can alter an evaluation (CI gate)";
const EXAMPLES_REPORT: &str = "Examples:
  rungs report E1001                the reports of one employee, into ./output/reports/
  rungs report content E1001 E1002 --out review";
const EXAMPLES_DISTRIBUTE: &str = "Examples:
  rungs distribute --by manager     one zip per manager for the latest cycle
  rungs distribute --by department --encrypt
  rungs distribute --by manager --since old/manifest.json   only reports that changed";
const EXAMPLES_SEND: &str = "Examples:
  rungs send --settings ~/rungs-mail.yaml --dry-run    write each message to distribution/outbox/
  RUNGS_SMTP_PASSWORD=… rungs send --settings ~/rungs-mail.yaml
  rungs send --server smtp.example.com --user hr@example.com --from hr@example.com";
const EXAMPLES_TEMPLATE: &str = "Examples:
  rungs template --sequence sales --level s2 --out s2.xlsx
  rungs template --sequence 销售序列 --level 二级 --with-records 2024H2 --out s2.csv";
const EXAMPLES_IMPORT: &str = "Examples:
  rungs import s2.xlsx              merge the sheet's rows into ./content/assessments/
  rungs import content scores.csv --cycle 2025H1
  rungs import s2.xlsx --dry-run    check and show what would change";
const EXAMPLES_EXPORT: &str = "Examples:
  rungs export --format json > standard.json
  rungs export --format case --out case/
  rungs export --format xlsx --out export/";
const EXAMPLES_RESULTS: &str = "Examples:
  rungs results --format xlsx --out results.xlsx
  rungs results --cycle 2024H2 --department 华东销售部 --format md";
const EXAMPLES_SERVE: &str = "Examples:
  rungs serve                       preview ./content at http://127.0.0.1:1111/
  rungs serve my/content --open     and open it in the browser
  rungs serve --port 0              on any free port
  rungs serve --reports             also preview the reports (personal data; this computer only)";
const EXAMPLES_INIT: &str = "Examples:
  rungs init my-standard            a Chinese starter project in ./my-standard
  rungs init my-standard --lang en  the same in English
  cd my-standard && rungs serve     then preview it as you edit";
const EXAMPLES_SCHEMA: &str = "Examples:
  rungs schema                      write schemas/*.schema.json
  rungs schema --out .vscode/rungs
Then start each YAML file with its schema line, e.g. in content/competencies/<id>.yaml:
  # yaml-language-server: $schema=../../schemas/competency.schema.json";
const EXAMPLES_COMPLETIONS: &str = "Examples:
  rungs completions bash > ~/.local/share/bash-completion/completions/rungs
  rungs completions zsh > ~/.zfunc/_rungs
  rungs completions fish > ~/.config/fish/completions/rungs.fish";

pub fn run(cli: Cli) -> u8 {
    let ui = Ui {
        color: use_color(cli.color),
        quiet: cli.quiet,
        verbose: cli.verbose,
    };
    if let Some(jobs) = cli.jobs {
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(jobs.max(1))
            .build_global();
    }
    let outcome = match cli.command {
        Command::Check {
            content,
            records,
            format,
        } => check::run(&content, records.records.as_deref(), format, &ui),
        Command::Build {
            content,
            records,
            output,
            only,
            export_typst,
            no_cache,
            shard,
            list_records,
        } => {
            let parts: Vec<Part> = if only.is_empty() {
                Part::ALL.to_vec()
            } else {
                only.into_iter().map(Part::from).collect()
            };
            let request = build::Request {
                parts,
                export_typst,
                cache: if no_cache {
                    CacheMode::Refresh
                } else {
                    CacheMode::Reuse
                },
                shard,
                list_records,
            };
            build::run(&content, records.records.as_deref(), &output, &request, &ui)
        }
        Command::Report {
            args,
            records,
            output,
        } => report::run(&args, records.records.as_deref(), &output, &ui),
        Command::Diff {
            args,
            records,
            format,
            list_records,
            exit_code,
        } => diff::run(
            &args,
            records.records.as_deref(),
            format,
            list_records,
            exit_code,
            &ui,
        ),
        Command::Distribute {
            content,
            records,
            by,
            out,
            cycle,
            since,
            encrypt,
            passwords,
            new_passwords,
            reuse,
            no_reuse,
            commit,
            pdf_a,
            force,
        } => {
            // Bundles carry verdicts people act on: never a what-if.
            let output = OutputArgs {
                out,
                commit,
                pdf_a,
                force,
                against: None,
            };
            distribute::run(
                distribute::Options {
                    content: &content,
                    records: records.records.as_deref(),
                    output: &output,
                    grouping: match by {
                        ByArg::Manager => rungs::evaluate::team::Grouping::Manager,
                        ByArg::Department => rungs::evaluate::team::Grouping::Department,
                        ByArg::Sequence => rungs::evaluate::team::Grouping::Sequence,
                    },
                    cycle,
                    since,
                    encrypt,
                    passwords,
                    reuse: (!no_reuse).then_some(reuse),
                    new_passwords,
                },
                &ui,
            )
        }
        Command::Send {
            content,
            bundles,
            settings,
            server,
            port,
            tls,
            user,
            from,
            ca_file,
            per_minute,
            max_size,
            dry_run,
            only,
            again,
            yes,
            allow_unprotected,
        } => send::run(
            send::Options {
                content: &content,
                bundles: &bundles,
                settings,
                server,
                port,
                tls: tls.map(|t| match t {
                    TlsArg::Starttls => rungs::send::settings::Tls::Starttls,
                    TlsArg::Implicit => rungs::send::settings::Tls::Implicit,
                    TlsArg::None => rungs::send::settings::Tls::None,
                }),
                user,
                from,
                ca_file,
                per_minute,
                max_size,
                dry_run,
                only,
                again,
                yes,
                allow_unprotected,
            },
            &ui,
        ),
        Command::Template {
            content,
            records,
            sequence,
            level,
            out,
            with_records,
        } => template::run(
            &content,
            records.records.as_deref(),
            &sequence,
            &level,
            &out,
            with_records.as_deref(),
            &ui,
        ),
        Command::Import {
            args,
            records,
            cycle,
            skip_bad,
            dry_run,
        } => import::run(
            &args,
            records.records.as_deref(),
            import::Options {
                cycle,
                skip_bad,
                dry_run,
            },
            &ui,
        ),
        Command::Export {
            content,
            format,
            out,
        } => export::run(&content, format, out.as_deref(), &ui),
        Command::Results {
            content,
            records,
            format,
            out,
            cycle,
            sequence,
            level,
            department,
            manager,
            against,
        } => results::run(
            &content,
            records.records.as_deref(),
            format,
            out.as_deref(),
            results::Filters {
                cycle,
                sequence,
                level,
                department,
                manager,
            },
            against.as_deref(),
            &ui,
        ),
        Command::Serve {
            content,
            records,
            port,
            bind,
            open,
            reports,
            allowed_host,
        } => serve::run(
            serve::Options {
                content: &content,
                records: records.records.as_deref(),
                bind,
                port,
                open,
                reports,
                allowed_hosts: allowed_host,
            },
            &ui,
        ),
        Command::Init { dir, lang } => init::run(
            &dir,
            match lang {
                LanguageArg::ZhCn => rungs::model::Language::ZhCn,
                LanguageArg::En => rungs::model::Language::En,
            },
            &ui,
        ),
        Command::Merge { shards, out, force } => merge::run(&shards, &out, force, &ui),
        Command::Schema { out } => schema::run(&out, &ui),
        Command::Completions { shell } => completions::run(shell),
    };
    match outcome {
        Ok(()) => exit::OK,
        Err(failure) => {
            if let Some(message) = &failure.message {
                eprintln!("error: {message}");
                if let Some(help) = &failure.help {
                    eprintln!("  = help: {help}");
                }
            }
            failure.code
        }
    }
}

/// How to talk to the person at the terminal.
pub(crate) struct Ui {
    pub color: bool,
    pub quiet: bool,
    pub verbose: bool,
}

/// Why a command stopped: its exit code and, unless already printed, what to say.
pub(crate) struct Failure {
    pub code: u8,
    pub message: Option<String>,
    pub help: Option<String>,
}

impl Failure {
    fn usage(message: impl Into<String>) -> Failure {
        Failure {
            code: exit::USAGE_OR_IO,
            message: Some(message.into()),
            help: None,
        }
    }

    /// Content errors, already printed as diagnostics.
    fn content() -> Failure {
        Failure {
            code: exit::CONTENT_ERRORS,
            message: None,
            help: None,
        }
    }

    fn with_help(mut self, help: impl Into<String>) -> Failure {
        self.help = Some(help.into());
        self
    }
}

impl From<rungs::history::HistoryError> for Failure {
    fn from(e: rungs::history::HistoryError) -> Failure {
        Failure::usage(e.to_string())
    }
}

impl From<rungs::source::SourceError> for Failure {
    fn from(e: rungs::source::SourceError) -> Failure {
        Failure::usage(e.to_string())
    }
}

impl From<PublishError> for Failure {
    fn from(e: PublishError) -> Failure {
        let help = publish::help(&e);
        Failure::usage(e.to_string()).with_help(help)
    }
}

impl From<RenderError> for Failure {
    fn from(e: RenderError) -> Failure {
        match e {
            RenderError::Publish(e) => e.into(),
            template @ RenderError::Template(_) => Failure {
                code: exit::CONTENT_ERRORS,
                message: Some(template.to_string()),
                help: Some(
                    "fix the theme template named above (the content itself passed `check`)".into(),
                ),
            },
            too_large @ RenderError::TooLarge(_) => Failure {
                code: exit::CONTENT_ERRORS,
                message: Some(too_large.to_string()),
                help: Some(
                    "one PDF is laid out whole in memory, so its size is bounded: split the standard into several content projects, or build the other parts with `--only site,reports,summaries`".into(),
                ),
            },
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

/// Opens and checks a project, printing its diagnostics; stops on content errors.
pub(crate) fn checked(
    content: &Path,
    records: Option<&Path>,
    editions: &[(Revision, Standard)],
    ui: &Ui,
) -> Result<(Project, Checked), Failure> {
    let project = Project::open(content, records)?.with_editions(editions_of(editions));
    let started = std::time::Instant::now();
    let spinner = spinner("checking the content", ui);
    let checked = project.check();
    spinner.finish_and_clear();
    let checked = checked?;
    print_diagnostics(&checked, ui);
    if ui.verbose {
        eprintln!(
            "check: {} errors, {} warnings in {} ms",
            checked.errors(),
            checked.diagnostics.len() - checked.errors(),
            started.elapsed().as_millis()
        );
    }
    if checked.errors() > 0 {
        return Err(Failure::content());
    }
    Ok((project, checked))
}

/// The standard at each edition tag of the repository holding `content`, loaded once per
/// command: what records assessed against an earlier edition are checked and (with
/// `--against EDITION`) evaluated against, and the editions of the revision record. Empty outside
/// git or without tags.
pub(crate) fn tagged_editions(content: &Path) -> Vec<(Revision, Standard)> {
    let Ok(history) = rungs::history::History::discover(content) else {
        return Vec::new();
    };
    let tagged = rungs::history::tagged_standards(&history, &tag_pattern(content));
    let mut seen: std::collections::BTreeMap<&str, &str> = Default::default();
    for (rev, standard) in &tagged {
        let name = standard.settings.edition.as_str();
        if let Some(first) = seen.insert(name, &rev.name) {
            eprintln!(
                "warning: tags `{first}` and `{}` both carry edition `{name}`; `{}` is used for it (give each edition its own `edition:` in rungs.yaml)",
                rev.name, rev.name
            );
        }
    }
    tagged
}

/// The tagged editions as the library takes them: what each record is checked and evaluated
/// against when it belongs to an earlier edition.
pub(crate) fn editions_of(tagged: &[(Revision, Standard)]) -> Editions {
    Editions::new(
        tagged
            .iter()
            .map(|(rev, standard)| Edition {
                name: standard.settings.edition.clone(),
                tag: rev.name.clone(),
                commit: rev.short(),
                standard: standard.clone(),
            })
            .collect(),
    )
}

/// `editions.tag_pattern` from rungs.yaml, read before the project is checked (default `v*`).
fn tag_pattern(content: &Path) -> String {
    #[derive(serde::Deserialize)]
    struct Settings {
        editions: Option<Editions>,
    }
    #[derive(serde::Deserialize)]
    struct Editions {
        tag_pattern: String,
    }
    std::fs::read_to_string(content.join("rungs.yaml"))
        .ok()
        .and_then(|text| serde_saphyr::from_str::<Settings>(&text).ok())
        .and_then(|s| s.editions)
        .map_or_else(|| "v*".to_string(), |e| e.tag_pattern)
}

pub(crate) fn print_diagnostics(checked: &Checked, ui: &Ui) {
    if !checked.diagnostics.is_empty() {
        eprint!(
            "{}",
            diagnostics::render_human(&checked.diagnostics, &checked.sources, ui.color)
        );
    }
}

/// The build information the options ask for: the commit stamp (`auto`, `none` or a text),
/// the editions from the repository's tags (none with `--commit none`, which golden tests
/// use), and a what-if standard (`--against`), which must be `current` or a known edition.
pub(crate) fn build_info(
    content: &Path,
    commit: &str,
    against: Option<&str>,
    current: &Standard,
    tagged: &[(Revision, Standard)],
) -> Result<BuildInfo, Failure> {
    let history = rungs::history::History::discover(content).ok();
    let auto = commit == "auto";
    let editions = editions_of(tagged);
    let what_if = match against {
        None => None,
        Some("current") => Some(WhatIf::Current),
        Some(key) if key == current.settings.edition => Some(WhatIf::Current),
        Some(key) if editions.find(key).is_some() => Some(WhatIf::Edition(key.to_string())),
        Some(key) => {
            let known: Vec<String> = std::iter::once("current".to_string())
                .chain(
                    editions
                        .iter()
                        .flat_map(|e| [e.name.clone(), e.tag.clone()]),
                )
                .collect();
            return Err(Failure::usage(format!(
                "`--against {key}` names no edition: neither the current one ({}) nor a tagged one",
                current.settings.edition
            ))
            .with_help(format!("use one of {}", rungs::suggest::quoted(&known))));
        }
    };
    Ok(BuildInfo {
        commit: match commit {
            "auto" => history.as_ref().and_then(|h| h.standards_stamp()),
            "none" | "" => None,
            other => Some(other.to_string()),
        },
        editions: history
            .as_ref()
            .filter(|_| auto)
            .map(|_| rungs::history::edition_history(tagged, current))
            .filter(|e| e.iter().any(|x| x.tag.is_some()))
            .unwrap_or_default(),
        last_changed: history
            .as_ref()
            .filter(|_| auto)
            .map(|h| h.last_changed())
            .unwrap_or_default(),
        tagged: editions,
        what_if,
    })
}

/// One warning when history cannot give a full stamp: never a failure.
pub(crate) fn warn_about_history(content: &Path, output: &OutputArgs, info: &BuildInfo, ui: &Ui) {
    if output.commit != "auto" || ui.quiet {
        return;
    }
    if info
        .commit
        .as_deref()
        .is_some_and(|c| c.ends_with("-dirty"))
    {
        eprintln!(
            "warning: the standards have uncommitted changes: pages and reports are stamped `{}`",
            info.commit.as_deref().unwrap_or_default()
        );
        return;
    }
    match rungs::history::History::discover(content) {
        Err(_) => eprintln!(
            "warning: `{}` is not in a git repository, so pages carry no commit stamp, change dates or editions",
            content.display()
        ),
        Ok(h) if h.is_shallow() => eprintln!(
            "warning: this is a shallow clone: change dates and editions stop where its history does (fetch with --unshallow for all of it)"
        ),
        Ok(h) if h.is_detached() => eprintln!(
            "warning: HEAD is detached: the stamp, dates and editions are those of the commit checked out"
        ),
        Ok(_) => {}
    }
}

/// What publishing must protect: the project's own folders and the home folder.
pub(crate) fn publish_options(project: &Project, force: bool) -> PublishOptions {
    publish_options_protecting(project.folders(), force)
}

/// How to publish an output folder that must stay clear of the `protect` folders.
pub(crate) fn publish_options_protecting(protect: Vec<PathBuf>, force: bool) -> PublishOptions {
    PublishOptions {
        protect,
        home: std::env::home_dir(),
        force,
        // For the tests that kill a build at a given moment.
        abort_at: std::env::var("RUNGS_TEST_ABORT_AT")
            .ok()
            .and_then(|p| AbortPoint::parse(&p)),
        cache: CacheMode::Off,
        private: false,
    }
}

/// A spinner saying what a step is doing, on a terminal (unless quiet), hidden otherwise;
/// cleared by the caller before anything else is printed.
pub(crate) fn spinner(message: &'static str, ui: &Ui) -> indicatif::ProgressBar {
    use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
    let bar = if ui.quiet {
        ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden())
    } else {
        ProgressBar::new_spinner()
    };
    bar.set_style(
        ProgressStyle::with_template("{spinner} {msg} {elapsed}").expect("valid template"),
    );
    bar.set_message(message);
    bar.enable_steady_tick(std::time::Duration::from_millis(100));
    bar
}

/// A progress bar on a terminal (unless quiet), hidden otherwise.
pub(crate) fn progress_bar(total: usize, ui: &Ui) -> indicatif::ProgressBar {
    use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
    let bar = if ui.quiet {
        ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::hidden())
    } else {
        ProgressBar::new(total as u64)
    };
    bar.set_style(
        ProgressStyle::with_template("{spinner} reports {pos}/{len} [{bar:30}] {eta}")
            .expect("valid template")
            .progress_chars("=> "),
    );
    bar
}

/// Opens and checks the standard alone: the records are not read (an empty source stands in
/// for them), so a problem in a record cannot stop an export and no personal data is loaded.
pub(crate) fn standard_only(content: &Path, ui: &Ui) -> Result<(Project, Checked), Failure> {
    let project = Project::new(
        Box::new(rungs::source::DiskSource::open(content)?),
        Some(Box::new(rungs::source::MemorySource::new("(no records)"))),
    );
    let mut checked = project.check()?;
    checked
        .diagnostics
        .retain(|d| d.code.name != rungs::diagnostics::codes::RECORDS_IGNORED.name);
    print_diagnostics(&checked, ui);
    if checked.errors() > 0 {
        return Err(Failure::content());
    }
    Ok((project, checked))
}

/// Stops when `out` is inside the content (or the records' folder): outputs are made from it,
/// never written into it.
pub(crate) fn refuse_inside(out: &Path, protected: &[PathBuf]) -> Result<(), Failure> {
    let target = absolute(out);
    for folder in protected {
        let folder = folder.canonicalize().unwrap_or_else(|_| absolute(folder));
        if target.starts_with(&folder) {
            return Err(Failure::usage(format!(
                "`{}` is inside the content folder `{}`",
                out.display(),
                folder.display()
            ))
            .with_help("write it outside the content folder, e.g. in a folder beside it"));
        }
    }
    Ok(())
}

/// `path` made absolute: its longest existing ancestor resolved (symbolic links included), the
/// rest appended with `.` and `..` applied.
fn absolute(path: &Path) -> PathBuf {
    let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut existing = path.as_path();
    let mut rest: Vec<std::path::Component> = Vec::new();
    loop {
        if let Ok(resolved) = existing.canonicalize() {
            let mut out = resolved;
            for c in rest.iter().rev() {
                match c {
                    std::path::Component::ParentDir => {
                        out.pop();
                    }
                    std::path::Component::CurDir => {}
                    other => out.push(other),
                }
            }
            return out;
        }
        match (existing.parent(), existing.components().next_back()) {
            (Some(parent), Some(last)) => {
                rest.push(last);
                existing = parent;
            }
            _ => return path,
        }
    }
}

/// Writes `bytes` to standard output.
pub(crate) fn to_stdout(bytes: &[u8]) -> Result<(), Failure> {
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(bytes)
        .and_then(|()| stdout.flush())
        .map_err(|e| Failure::usage(format!("cannot write to standard output: {e}")))
}

/// Writes `bytes` to `path` atomically (a failure leaves the old file whole).
pub(crate) fn write(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    rungs::publish::write_atomically(path, bytes)
        .map_err(|e| Failure::usage(format!("cannot write `{}`: {e}", path.display())))
}
