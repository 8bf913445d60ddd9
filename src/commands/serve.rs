//! `rungs serve`: the handbook site from memory, rebuilt on every edit and reloaded in the
//! browser; a broken edit shows its diagnostics over the last good pages instead of stopping.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use super::{Failure, ProjectArgs, Ui, print_diagnostics};
use rungs::msg;
use rungs::project::{BuildOptions, Checked, Part, Project, Stamp, TaggedEditions};
use rungs::publish::{MemorySink, NoCache};
use rungs::render::BuildInfo;
use rungs::serve::live::HandbookRenderer;
use rungs::serve::pages::Pages;
use rungs::serve::{Files, Live, Problems, http, watch};

// The arguments of `rungs serve`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub project: ProjectArgs,
    #[arg(long, short, default_value_t = 1111)]
    pub port: u16,
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: std::net::IpAddr,
    #[arg(long)]
    pub open: bool,
    #[arg(long)]
    pub reports: bool,
    #[arg(long, value_name = "NAME")]
    pub allowed_host: Vec<String>,
}

pub(super) fn run(options: Args, ui: &Ui) -> Result<(), Failure> {
    let records = options.project.records.as_deref();
    if !options.project.content.join("rungs.yaml").is_file() {
        return Err(Failure::usage(msg!(
            "serve-not-content",
            folder = options.project.content.display().to_string()
        ))
        .with_help(msg!("serve-not-content-help")));
    }
    let listener = std::net::TcpListener::bind(SocketAddr::new(options.bind, options.port))
        .map_err(|e| {
            Failure::usage(msg!(
                "serve-cannot-listen",
                address = format!("{}:{}", options.bind, options.port),
                error = e.to_string()
            ))
            .with_help(msg!("serve-cannot-listen-help"))
        })?;
    let cannot_start =
        |e: std::io::Error| Failure::usage(msg!("serve-cannot-start", error = e.to_string()));
    let address = listener.local_addr().map_err(cannot_start)?;
    listener.set_nonblocking(true).map_err(cannot_start)?;

    let live = Arc::new(Live::new(options.reports));
    live.speak(ui.language());
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("rungs-http")
        .enable_all()
        .build()
        .map_err(cannot_start)?;
    let listener = {
        let _entered = runtime.enter();
        tokio::net::TcpListener::from_std(listener).map_err(cannot_start)?
    };
    runtime.spawn(http::serve(
        listener,
        live.clone(),
        http::Hosts::new(&options.allowed_host),
    ));

    let url = format!("http://{address}/");
    // Always printed, even with --quiet: it is the one thing the command gives.
    eprintln!(
        "{}",
        ui.say(&msg!(
            "serve-serving",
            folder = options.project.content.display().to_string(),
            url = &url
        ))
    );
    if !ui.quiet {
        eprintln!("  {}", ui.say(&msg!("serve-handbook", url = &url)));
        if options.reports {
            eprintln!(
                "{}",
                ui.labelled(
                    "label-warning",
                    &ui.say(&msg!("serve-reports-warning", url = &url))
                )
            );
        }
        if !options.bind.is_loopback() {
            eprintln!(
                "{}",
                ui.labelled(
                    "label-warning",
                    &ui.say(&msg!(
                        "serve-not-loopback",
                        address = options.bind.to_string()
                    ))
                )
            );
        }
    }

    let mut folders = vec![options.project.content.to_path_buf()];
    folders.extend(records.map(Path::to_path_buf));
    let changes = watch::Changes::watch(&folders)
        .map_err(|e| Failure::usage(msg!("serve-cannot-watch", error = e.to_string())))?;
    let builder = Builder::new(&options.project.content, records, options.reports, ui);
    builder.rebuild(&live, &[], ui);
    if options.open {
        open_browser(&url, ui);
    }
    while let Some(changed) = changes.next() {
        builder.rebuild(&live, &changed, ui);
    }
    Err(Failure::usage(msg!("serve-watcher-stopped")))
}

/// Builds the site into memory and hands it to the server.
struct Builder {
    content: PathBuf,
    records: Option<PathBuf>,
    editions: TaggedEditions,
    reports: bool,
    /// Each document's parse, kept until its text changes.
    parses: Arc<rungs::load::ParseCache>,
    /// The stamp, editions and change dates, read from git once at the first good build: they
    /// describe commits, which editing does not make.
    info: std::sync::OnceLock<Arc<BuildInfo>>,
}

impl Builder {
    fn new(content: &Path, records: Option<&Path>, reports: bool, ui: &Ui) -> Builder {
        Builder {
            content: content.to_path_buf(),
            records: records.map(Path::to_path_buf),
            editions: Project::open(content, records)
                .map(|p| super::tagged_editions(&p, ui))
                .unwrap_or_default(),
            reports,
            parses: Default::default(),
            info: std::sync::OnceLock::new(),
        }
    }

    fn rebuild(&self, live: &Live, changed: &[PathBuf], ui: &Ui) {
        let started = Instant::now();
        if ui.verbose {
            for path in changed {
                eprintln!(
                    "  {}",
                    ui.say(&msg!("serve-changed", path = path.display().to_string()))
                );
            }
        }
        match self.build(live, ui) {
            Ok((pages, generation, checked)) => {
                if !ui.quiet {
                    eprintln!(
                        "{}",
                        ui.say(&rebuilt(
                            generation,
                            pages,
                            started.elapsed().as_millis() as u64,
                            changed,
                            &self.content
                        ))
                    );
                }
                if self.reports {
                    self.build_reports(&checked, live, ui);
                }
            }
            Err(problems) => {
                let errors = problems.errors;
                live.fail(problems);
                eprintln!("{}", ui.say(&msg!("serve-has-errors", errors = errors)));
            }
        }
    }

    /// Checks and renders the site; the problems when it cannot.
    /// Returns the pages rendered, the build's number and the checked project.
    fn build(&self, live: &Live, ui: &Ui) -> Result<(usize, u64, Arc<Checked>), Problems> {
        let failure = |message: rungs::locale::Message| Problems::failure(&ui.say(&message), None);
        let project = Project::open(&self.content, self.records.as_deref())
            .map_err(|e| failure(e.message()))?
            .with_editions(self.editions.editions())
            .with_parse_cache(self.parses.clone());
        let started = Instant::now();
        let checked = project.check().map_err(|e| failure(e.message()))?;
        let checking = started.elapsed();
        print_diagnostics(&checked, ui);
        live.speak(ui.language());
        if checked.errors() > 0 {
            return Err(Problems::from_diagnostics(
                &checked.diagnostics,
                &checked.sources,
                ui.language(),
            ));
        }
        let info = self.info(&checked);
        let checked = Arc::new(checked);
        let pages =
            Pages::start(checked.clone(), info.clone()).map_err(|e| failure(e.message()))?;
        let count = pages.page_count();
        if ui.verbose {
            eprintln!(
                "  {}",
                ui.say(&msg!(
                    "serve-verbose-timing",
                    check = checking.as_millis() as u64,
                    rest = (started.elapsed() - checking).as_millis() as u64
                ))
            );
        }
        let for_handbook = checked.clone();
        let language = ui.language();
        let handbook: HandbookRenderer = Box::new(move || {
            let build = for_handbook
                .build(BuildInfo::clone(&info), Default::default())
                .expect("no errors");
            let sink = MemorySink::new();
            build
                .render(&[Part::Handbook], &sink, &NoCache, &|| {})
                .map_err(|e| language.say(&e.message()))?;
            sink.into_files()
                .remove(rungs::urls::handbook().as_str())
                .ok_or_else(|| language.say(&msg!("serve-no-handbook")))
        });
        Ok((count, live.publish(pages, Some(handbook)), checked))
    }

    /// Shared, not copied: it carries the earlier editions' standards.
    fn info(&self, checked: &Checked) -> Arc<BuildInfo> {
        self.info
            .get_or_init(|| Arc::new(self.read_info(checked)))
            .clone()
    }

    fn read_info(&self, checked: &Checked) -> BuildInfo {
        let standard = &checked.model.as_ref().expect("no errors").standard;
        let options = BuildOptions {
            stamp: Stamp::Auto,
            against: None,
        };
        Project::open(&self.content, self.records.as_deref())
            .ok()
            .and_then(|p| p.build_info(standard, &self.editions, &options).ok())
            .unwrap_or_default()
    }

    /// Renders the reports and team summaries for `/reports/` (personal data, loopback only).
    fn build_reports(&self, checked: &Checked, live: &Live, ui: &Ui) {
        let started = Instant::now();
        let build = checked
            .build(BuildInfo::clone(&self.info(checked)), Default::default())
            .expect("no errors");
        let sink = MemorySink::new();
        match build.render(&[Part::Reports, Part::Summaries], &sink, &NoCache, &|| {}) {
            Ok(summary) => {
                let mut files = sink.into_files();
                let summaries = files.split_off("summaries/");
                let mut personal = strip(files, "reports/");
                personal.extend(
                    summaries
                        .into_iter()
                        .map(|(path, bytes)| (path, Arc::<[u8]>::from(bytes))),
                );
                live.publish_personal(personal);
                if !ui.quiet {
                    eprintln!(
                        "  {}",
                        ui.say(&msg!(
                            "serve-reports-built",
                            reports = summary.reports,
                            summaries = summary.summaries,
                            ms = started.elapsed().as_millis() as u64
                        ))
                    );
                }
            }
            Err(e) => eprintln!(
                "{}",
                ui.labelled(
                    "label-warning",
                    &ui.say(&msg!("serve-reports-failed", error = e.message()))
                )
            ),
        }
    }
}

/// Files under `prefix`, by their path below it.
fn strip(files: std::collections::BTreeMap<String, Vec<u8>>, prefix: &str) -> Files {
    files
        .into_iter()
        .filter_map(|(path, bytes)| {
            path.strip_prefix(prefix)
                .map(|rest| (rest.to_string(), Arc::<[u8]>::from(bytes)))
        })
        .collect()
}

/// ` after editing competencies/x.yaml` (or `… and 2 more`), relative to the content folder.
/// The line after a rebuild: how many pages, how long, and after editing what.
fn rebuilt(
    generation: u64,
    pages: usize,
    ms: u64,
    changed: &[PathBuf],
    content: &Path,
) -> rungs::locale::Message {
    let root = content
        .canonicalize()
        .unwrap_or_else(|_| content.to_path_buf());
    let Some(first) = changed.first() else {
        return msg!(
            "serve-rebuilt",
            generation = generation,
            pages = pages,
            ms = ms
        );
    };
    let shown = first
        .strip_prefix(&root)
        .or_else(|_| first.strip_prefix(content))
        .unwrap_or(first)
        .display()
        .to_string();
    msg!(
        "serve-rebuilt-after",
        generation = generation,
        pages = pages,
        ms = ms,
        file = shown,
        more = changed.len() - 1
    )
}

fn open_browser(url: &str, ui: &Ui) {
    let program = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    let opened = std::process::Command::new(program)
        .arg(url)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    if opened.is_err() && !ui.quiet {
        eprintln!(
            "{}",
            ui.labelled(
                "label-note",
                &ui.say(&msg!("serve-no-browser", program = program, url = url))
            )
        );
    }
}
