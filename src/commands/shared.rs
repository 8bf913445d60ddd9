//! What the commands share: the records and output arguments, opening and checking a project,
//! printing its diagnostics, progress, publishing options and writing files.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use clap::Args;

use super::{Failure, Ui};
use rungs::diagnostics;
use rungs::locale::Message;
use rungs::model::Standard;
use rungs::msg;
use rungs::project::{BuildOptions, Checked, Project, Stamp, TaggedEditions};
use rungs::publish::{AbortPoint, CacheMode, PublishOptions};
use rungs::render::BuildInfo;

// The content folder, and where its assessment records are.
#[derive(Debug, Args)]
pub struct ProjectArgs {
    #[arg(default_value = "content", value_parser = content_folder)]
    pub content: PathBuf,
    #[arg(long, value_name = "DIR")]
    pub records: Option<PathBuf>,
}

/// The content folder a person means by `dir`: `dir` itself, or — when `dir` has no rungs.yaml
/// and `dir/content/` has one, as a project `rungs init` made — the content inside it (said
/// in a note, since every path in the output then starts with it).
pub(crate) fn content_folder(dir: &str) -> Result<PathBuf, std::convert::Infallible> {
    let dir = PathBuf::from(dir);
    let inside = dir.join("content");
    if !dir.join("rungs.yaml").exists() && inside.join("rungs.yaml").is_file() {
        // Said once the language is known: clap reads `--lang` with the other arguments.
        NOTES.lock().unwrap_or_else(|e| e.into_inner()).push(msg!(
            "cli-reading-content-folder",
            project = dir.display().to_string(),
            content = inside.display().to_string()
        ));
        return Ok(inside);
    }
    Ok(dir)
}

/// [`content_folder`] for an argument read after parsing (a command whose first positional
/// may or may not be the content folder): the note is said at once.
pub(crate) fn content_folder_now(dir: &str, ui: &Ui) -> PathBuf {
    let folder = content_folder(dir).unwrap_or_else(|never| match never {});
    say_notes(ui);
    folder
}

/// Notes taken while the arguments were parsed, before there was a [`Ui`] to say them.
static NOTES: std::sync::Mutex<Vec<Message>> = std::sync::Mutex::new(Vec::new());

/// Says the notes taken while the arguments were parsed.
pub(crate) fn say_notes(ui: &Ui) {
    let notes = std::mem::take(&mut *NOTES.lock().unwrap_or_else(|e| e.into_inner()));
    if ui.quiet {
        return;
    }
    for note in notes {
        eprintln!("{}", ui.labelled("label-note", &ui.say(&note)));
    }
}

// Where the assessment records are.
#[derive(Debug, Args)]
pub struct RecordsArg {
    #[arg(long, value_name = "DIR")]
    pub records: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct OutputArgs {
    #[arg(long, default_value = "output")]
    pub out: PathBuf,
    #[arg(long, default_value = "auto")]
    pub commit: String,
    #[arg(long)]
    pub pdf_a: bool,
    #[arg(long)]
    pub pdf_ua: bool,
    #[arg(long)]
    pub force: bool,
    #[arg(long, value_name = "current|EDITION")]
    pub against: Option<String>,
}

impl OutputArgs {
    pub fn pdf_profile(&self) -> rungs::render::pdf::PdfProfile {
        rungs::render::pdf::PdfProfile {
            archival: self.pdf_a,
            accessible: self.pdf_ua,
        }
    }

    pub fn build_options(&self) -> BuildOptions {
        BuildOptions {
            stamp: Stamp::parse(&self.commit),
            against: self.against.clone(),
        }
    }
}

/// A project opened with its tagged editions and checked without errors.
pub(crate) struct Opened {
    pub project: Project,
    pub checked: Checked,
    pub tagged: TaggedEditions,
}

impl Opened {
    /// The checked model: `checked` stops on content errors, so there always is one.
    pub fn model(&self) -> &rungs::model::Model {
        self.checked.model.as_ref().expect("no errors")
    }

    pub fn standard(&self) -> &Standard {
        &self.model().standard
    }

    /// A build with no commit stamp and no what-if: for outputs made on request (a list, a
    /// check of a certificate) rather than published.
    pub fn plain_build(&self) -> Result<rungs::project::Build<'_>, Failure> {
        let info = self.build_info(&BuildOptions {
            stamp: Stamp::None,
            against: None,
        })?;
        Ok(self
            .checked
            .build(info, Default::default())
            .expect("a project without errors has a model"))
    }

    /// What a build of it is stamped and evaluated with; `--against` must name an edition.
    pub fn build_info(&self, options: &BuildOptions) -> Result<BuildInfo, Failure> {
        self.project
            .build_info(self.standard(), &self.tagged, options)
            .map_err(|e| {
                let known: Vec<String> = e.known.iter().map(|k| format!("`{k}`")).collect();
                Failure::usage(msg!(
                    "cli-unknown-edition",
                    asked = &e.asked,
                    current = &e.current
                ))
                .with_help(msg!("cli-unknown-edition-help", known = known))
            })
    }
}

/// Opens a project with the editions of its git tags (what records of an earlier edition are
/// checked and evaluated against), checks it and prints its diagnostics; stops on content
/// errors.
pub(crate) fn checked(content: &Path, records: Option<&Path>, ui: &Ui) -> Result<Opened, Failure> {
    let project = Project::open(content, records)?;
    let tagged = tagged_editions(&project, ui);
    let project = project.with_editions(tagged.editions());
    let started = std::time::Instant::now();
    let spinner = spinner(msg!("progress-checking"), ui);
    let checked = project.check();
    spinner.finish_and_clear();
    let checked = checked?;
    print_diagnostics(&checked, ui);
    if ui.verbose {
        eprintln!(
            "{}",
            ui.say(&msg!(
                "cli-verbose-check",
                errors = checked.errors(),
                warnings = checked.diagnostics.len() - checked.errors(),
                ms = started.elapsed().as_millis() as u64
            ))
        );
    }
    if checked.errors() > 0 {
        return Err(Failure::content());
    }
    Ok(Opened {
        project,
        checked,
        tagged,
    })
}

/// The project's tagged editions, with a warning for each oddity.
pub(crate) fn tagged_editions(project: &Project, ui: &Ui) -> TaggedEditions {
    let tagged = project.tagged_editions();
    for warning in &tagged.warnings {
        eprintln!("{}", ui.labelled("label-warning", &ui.say(warning)));
    }
    tagged
}

/// Prints the diagnostics in the project's language unless the user chose one (and speaks so
/// from then on).
pub(crate) fn print_diagnostics(checked: &Checked, ui: &Ui) {
    ui.adopt(checked);
    if !checked.diagnostics.is_empty() {
        eprint!(
            "{}",
            diagnostics::render_human(
                &checked.diagnostics,
                &checked.sources,
                ui.color,
                ui.language()
            )
        );
    }
}

/// One warning when history cannot give a full stamp: never a failure. Returns how many it
/// printed (0 or 1), so that the closing line counts it.
pub(crate) fn warn_about_history(
    project: &Project,
    content: &Path,
    options: &BuildOptions,
    info: &BuildInfo,
    ui: &Ui,
) -> usize {
    if options.stamp != Stamp::Auto || ui.quiet {
        return 0;
    }
    let warning = if info
        .commit
        .as_deref()
        .is_some_and(|c| c.ends_with("-dirty"))
    {
        Some(msg!(
            "cli-history-dirty",
            commit = info.commit.as_deref().unwrap_or_default()
        ))
    } else {
        match project.history() {
            None => Some(msg!(
                "cli-history-none",
                content = content.display().to_string()
            )),
            Some(h) if h.is_shallow() => Some(msg!("cli-history-shallow")),
            Some(h) if h.is_detached() => Some(msg!("cli-history-detached")),
            Some(_) => None,
        }
    };
    match warning {
        Some(warning) => {
            eprintln!("{}", ui.labelled("label-warning", &ui.say(&warning)));
            1
        }
        None => 0,
    }
}

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
pub(crate) fn spinner(message: Message, ui: &Ui) -> indicatif::ProgressBar {
    use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
    let bar = if ui.quiet {
        ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden())
    } else {
        ProgressBar::new_spinner()
    };
    bar.set_style(
        ProgressStyle::with_template("{spinner} {msg} {elapsed}").expect("valid template"),
    );
    bar.set_message(ui.say(&message));
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
    // The label is a message of its own: what the bar counts, in the user's language.
    bar.set_style(
        ProgressStyle::with_template("{spinner} {msg} {pos}/{len} [{bar:30}] {eta}")
            .expect("valid template")
            .progress_chars("=> "),
    );
    bar.set_message(ui.say(&msg!("progress-reports")));
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
    for folder in protected {
        if rungs::publish::paths::is_inside(out, folder) {
            return Err(Failure::usage(msg!(
                "cli-inside-content",
                out = out.display().to_string(),
                content = rungs::publish::paths::absolute(folder)
                    .unwrap_or_else(|_| folder.clone())
                    .display()
                    .to_string()
            ))
            .with_help(msg!("cli-inside-content-help")));
        }
    }
    Ok(())
}

/// Writes `bytes` to standard output.
pub(crate) fn to_stdout(bytes: &[u8]) -> Result<(), Failure> {
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(bytes)
        .and_then(|()| stdout.flush())
        .map_err(|e| Failure::usage(msg!("cli-cannot-write-stdout", error = e.to_string())))
}

/// An import's failure to write `path` (all or none was written).
pub(crate) fn import_not_written((path, e): (PathBuf, std::io::Error)) -> Failure {
    Failure::usage(msg!(
        "import-cannot-write",
        path = path.display().to_string(),
        error = e.to_string()
    ))
}

/// Creates `folder` and its parents when missing.
pub(crate) fn create_folder(folder: &Path) -> Result<(), Failure> {
    std::fs::create_dir_all(folder).map_err(|e| {
        Failure::usage(msg!(
            "cli-cannot-create-folder",
            folder = folder.display().to_string(),
            error = e.to_string()
        ))
    })
}

/// Writes `bytes` to `path` atomically (a failure leaves the old file whole).
pub(crate) fn write(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    rungs::publish::write_atomically(path, bytes).map_err(|e| {
        Failure::usage(msg!(
            "cli-cannot-write",
            path = path.display().to_string(),
            error = e.to_string()
        ))
    })
}

/// Where a build typesets its many documents: in worker processes of this program, one per
/// thread, when there is more than one thread (Typst's caches are per process, and threads
/// sharing them wait on each other); on the threads themselves with `-j 1`, or when
/// `RUNGS_TYPESET=threads` asks (benchmarks compare the two).
pub(crate) fn worker_processes() -> Option<PathBuf> {
    let threads = std::env::var("RUNGS_TYPESET").is_ok_and(|v| v == "threads");
    if threads || rayon::current_num_threads() < 2 {
        return None;
    }
    std::env::current_exe().ok()
}
