//! `rungs serve`: the handbook site from memory, rebuilt on every edit and reloaded in the
//! browser; a broken edit shows its diagnostics over the last good pages instead of stopping.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use super::{Failure, ProjectArgs, Ui, print_diagnostics};
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
        return Err(Failure::usage(format!(
            "`{}` holds no rungs.yaml, so it is not a content folder",
            options.project.content.display()
        ))
        .with_help("pass the content folder (`rungs serve path/to/content`), or make one with `rungs init`"));
    }
    let listener = std::net::TcpListener::bind(SocketAddr::new(options.bind, options.port))
        .map_err(|e| {
            Failure::usage(format!(
                "cannot listen on {}:{}: {e}",
                options.bind, options.port
            ))
            .with_help("pick another port with `--port`, or `--port 0` for any free one")
        })?;
    let address = listener
        .local_addr()
        .map_err(|e| Failure::usage(e.to_string()))?;
    listener
        .set_nonblocking(true)
        .map_err(|e| Failure::usage(e.to_string()))?;

    let live = Arc::new(Live::new(options.reports));
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("rungs-http")
        .enable_all()
        .build()
        .map_err(|e| Failure::usage(format!("cannot start the server: {e}")))?;
    let listener = {
        let _entered = runtime.enter();
        tokio::net::TcpListener::from_std(listener).map_err(|e| Failure::usage(e.to_string()))?
    };
    runtime.spawn(http::serve(
        listener,
        live.clone(),
        http::Hosts::new(&options.allowed_host),
    ));

    let url = format!("http://{address}/");
    // Always printed, even with --quiet: it is the one thing the command gives.
    eprintln!(
        "serving {} at {url} (Ctrl+C to stop)",
        options.project.content.display()
    );
    if !ui.quiet {
        eprintln!("  handbook PDF: {url}handbook.pdf (rendered when asked for)");
        if options.reports {
            eprintln!(
                "warning: reports hold personal data: they are served at {url}reports/ to this computer only"
            );
        }
        if !options.bind.is_loopback() {
            eprintln!(
                "warning: listening on {}, so other computers on the network can read the preview",
                options.bind
            );
        }
    }

    let mut folders = vec![options.project.content.to_path_buf()];
    folders.extend(records.map(Path::to_path_buf));
    let changes = watch::Changes::watch(&folders)
        .map_err(|e| Failure::usage(format!("cannot watch the content for changes: {e}")))?;
    let builder = Builder::new(&options.project.content, records, options.reports);
    builder.rebuild(&live, &[], ui);
    if options.open {
        open_browser(&url, ui);
    }
    while let Some(changed) = changes.next() {
        builder.rebuild(&live, &changed, ui);
    }
    Err(Failure::usage("the file watcher stopped"))
}

/// Builds the site into memory and hands it to the server.
struct Builder {
    content: PathBuf,
    records: Option<PathBuf>,
    editions: TaggedEditions,
    reports: bool,
    /// The stamp, editions and change dates, read from git once at the first good build: they
    /// describe commits, which editing does not make.
    info: std::sync::OnceLock<Arc<BuildInfo>>,
}

impl Builder {
    fn new(content: &Path, records: Option<&Path>, reports: bool) -> Builder {
        Builder {
            content: content.to_path_buf(),
            records: records.map(Path::to_path_buf),
            editions: Project::open(content, records)
                .map(|p| super::tagged_editions(&p))
                .unwrap_or_default(),
            reports,
            info: std::sync::OnceLock::new(),
        }
    }

    fn rebuild(&self, live: &Live, changed: &[PathBuf], ui: &Ui) {
        let started = Instant::now();
        if ui.verbose {
            for path in changed {
                eprintln!("  changed: {}", path.display());
            }
        }
        match self.build(live, ui) {
            Ok((pages, generation, checked)) => {
                if !ui.quiet {
                    eprintln!(
                        "build {generation}: {pages} pages in {} ms{}",
                        started.elapsed().as_millis(),
                        what_changed(changed, &self.content)
                    );
                }
                if self.reports {
                    self.build_reports(&checked, live, ui);
                }
            }
            Err(problems) => {
                let errors = problems.errors;
                live.fail(problems);
                eprintln!(
                    "the content has {errors} error{}: shown in the browser over the last good pages",
                    if errors == 1 { "" } else { "s" }
                );
            }
        }
    }

    /// Checks and renders the site; the problems when it cannot.
    /// Returns the pages rendered, the build's number and the checked project.
    fn build(&self, live: &Live, ui: &Ui) -> Result<(usize, u64, Arc<Checked>), Problems> {
        let project = Project::open(&self.content, self.records.as_deref())
            .map_err(|e| Problems::failure(&e.to_string(), None))?
            .with_editions(self.editions.editions());
        let started = Instant::now();
        let checked = project
            .check()
            .map_err(|e| Problems::failure(&e.to_string(), None))?;
        let checking = started.elapsed();
        print_diagnostics(&checked, ui);
        if checked.errors() > 0 {
            return Err(Problems::from_diagnostics(
                &checked.diagnostics,
                &checked.sources,
                ui.language(),
            ));
        }
        let info = self.info(&checked);
        let checked = Arc::new(checked);
        let pages = Pages::start(checked.clone(), info.clone())
            .map_err(|e| Problems::failure(&e.to_string(), None))?;
        let count = pages.page_count();
        if ui.verbose {
            eprintln!(
                "  check {} ms, templates and navigation {} ms",
                checking.as_millis(),
                (started.elapsed() - checking).as_millis()
            );
        }
        let for_handbook = checked.clone();
        let handbook: HandbookRenderer = Box::new(move || {
            let build = for_handbook
                .build(BuildInfo::clone(&info), false)
                .expect("no errors");
            let sink = MemorySink::new();
            build
                .render(&[Part::Handbook], &sink, &NoCache, &|| {})
                .map_err(|e| e.to_string())?;
            sink.into_files()
                .remove(rungs::urls::handbook().as_str())
                .ok_or_else(|| "the handbook was not rendered".to_string())
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
            .build(BuildInfo::clone(&self.info(checked)), false)
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
                        "  {} reports and {} team summaries in {} ms",
                        summary.reports,
                        summary.summaries,
                        started.elapsed().as_millis()
                    );
                }
            }
            Err(e) => eprintln!("warning: the reports could not be rendered: {e}"),
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
fn what_changed(changed: &[PathBuf], content: &Path) -> String {
    let root = content
        .canonicalize()
        .unwrap_or_else(|_| content.to_path_buf());
    let Some(first) = changed.first() else {
        return String::new();
    };
    let shown = first
        .strip_prefix(&root)
        .or_else(|_| first.strip_prefix(content))
        .unwrap_or(first);
    let more = match changed.len() {
        1 => String::new(),
        n => format!(" and {} more", n - 1),
    };
    format!(" after editing {}{more}", shown.display())
}

/// Opens `url` in the default browser; a note when that cannot be done.
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
        eprintln!("note: could not start `{program}`; open {url} yourself");
    }
}
