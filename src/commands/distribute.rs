//! `rungs distribute`: one cycle's reports bundled per manager, department or sequence, with
//! each team's summary and its slice of the manifest, optionally password-protected; from the
//! content folder alone.

use std::path::PathBuf;
use std::time::Instant;

use super::{Failure, ProjectArgs, Ui, checked, progress_bar, publish_options};
use rungs::distribute::{self, DistributeError, Passwords, Request};
use rungs::evaluate::team::{Grouping, NO_MANAGER};
use rungs::locale::Message;
use rungs::msg;
use rungs::project::{BuildOptions, Stamp};
use rungs::publish::Publication;
use rungs::render::manifest::Manifest;

// The arguments of `rungs distribute`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub project: ProjectArgs,
    #[arg(long, value_enum)]
    pub by: ByArg,
    #[arg(long, default_value = "distribution")]
    pub out: PathBuf,
    #[arg(long)]
    pub cycle: Option<String>,
    #[arg(long, value_name = "MANIFEST")]
    pub since: Option<PathBuf>,
    #[arg(long)]
    pub encrypt: bool,
    #[arg(long, value_name = "FILE")]
    pub passwords: Option<PathBuf>,
    #[arg(long, requires = "encrypt", conflicts_with = "passwords")]
    pub new_passwords: bool,
    #[arg(
        long,
        value_name = "OUT",
        default_value = "output",
        conflicts_with = "no_reuse"
    )]
    pub reuse: PathBuf,
    #[arg(long)]
    pub no_reuse: bool,
    #[arg(long, default_value = "auto")]
    pub commit: String,
    #[arg(long)]
    pub pdf_a: bool,
    #[arg(long)]
    pub pdf_ua: bool,
    #[arg(long)]
    pub force: bool,
}

/// How `rungs distribute` groups reports into bundles.
#[derive(Debug, Clone, Copy, clap::ValueEnum, PartialEq, Eq)]
pub enum ByArg {
    Manager,
    Department,
    Sequence,
}

pub(super) fn run(o: Args, ui: &Ui) -> Result<(), Failure> {
    let started = Instant::now();
    let out = &o.out;
    if o.encrypt && o.pdf_a {
        return Err(Failure::usage(msg!("distribute-encrypt-pdf-a"))
            .with_help(msg!("distribute-encrypt-pdf-a-help")));
    }
    let (since, encrypt) = since_and_passwords(&o)?;
    let opened = checked(&o.project.content, o.project.records.as_deref(), ui)?;
    // Bundles carry verdicts people act on: never a what-if.
    let info = opened.build_info(&BuildOptions {
        stamp: Stamp::parse(&o.commit),
        against: None,
    })?;
    let build = opened
        .checked
        .build(
            info,
            rungs::render::pdf::PdfProfile {
                archival: o.pdf_a,
                accessible: o.pdf_ua,
            },
        )
        .expect("a project without errors has a model")
        .with_worker_processes(super::worker_processes());
    let reuse = (!o.no_reuse).then(|| o.reuse.clone());
    let mut options = publish_options(&opened.project, o.force);
    // Personal data and passwords: readable by their owner only, from the first byte.
    options.private = true;
    // The bundles never replace, or sit inside, the build they reuse.
    options
        .protect
        .extend(reuse.iter().filter(|d| d.exists()).cloned());
    let publication = Publication::begin(out, &options)?;
    // An earlier build's reports, when it wrote a manifest this rungs reads.
    let reuse = reuse.and_then(|dir| {
        let reports = dir.join(rungs::urls::top::REPORTS);
        let manifest = Manifest::read(&reports.join("manifest.json")).ok()?;
        Some((reports, manifest))
    });
    let request = Request {
        grouping: match o.by {
            ByArg::Manager => Grouping::Manager,
            ByArg::Department => Grouping::Department,
            ByArg::Sequence => Grouping::Sequence,
        },
        cycle: o.cycle.clone(),
        since,
        encrypt,
        reuse,
    };
    let cycle_count = build
        .model()
        .records
        .assessments
        .iter()
        .filter(|a| request.cycle.as_ref().is_none_or(|c| *c == a.cycle))
        .count();
    let bar = progress_bar(cycle_count, ui);
    let done = distribute::distribute(&build, &request, &publication, &|| bar.inc(1));
    bar.finish_and_clear();
    let done = match done {
        Ok(done) => done,
        Err(DistributeError::Usage(message)) => return Err(Failure::usage(message)),
        Err(DistributeError::Render(e)) => return Err(e.into()),
    };
    // What `rungs send` logged stays with the folder, so a corrected bundle is sent and the
    // others are not sent again; and git never takes the folder (passwords, personal data).
    use rungs::publish::Sink as _;
    let log = rungs::send::log::LOG_FILE;
    if let Ok(bytes) = std::fs::read(out.join(log)) {
        publication.put(&rungs::urls::loose(log), &bytes)?;
    }
    // A file for git, in the language of the people who read the folder.
    let ignore = format!("# {}\n*\n", ui.say(&msg!("distribute-gitignore-comment")));
    publication.put(&rungs::urls::loose(".gitignore"), ignore.as_bytes())?;
    publication.commit()?;
    tell(&done, request.since.is_some(), out, ui, started);
    Ok(())
}

/// `--since`'s manifest and `--encrypt`'s passwords (HR's file, or the earlier run's kept).
fn since_and_passwords(o: &Args) -> Result<(Option<Manifest>, Option<Passwords>), Failure> {
    let since = match &o.since {
        Some(path) => Some(
            Manifest::read(path)
                .map_err(|e| Failure::usage(e).with_help(msg!("distribute-since-help")))?,
        ),
        None => None,
    };
    let encrypt = match (&o.passwords, o.encrypt) {
        (Some(_), false) => {
            return Err(Failure::usage(msg!("distribute-passwords-without-encrypt")));
        }
        (Some(file), true) => Some(Passwords::Given(
            distribute::passwords::read(file).map_err(|e| {
                Failure::usage(e).with_help(msg!(
                    "distribute-passwords-help",
                    min = distribute::passwords::MIN_LENGTH
                ))
            })?,
        )),
        // Passwords already handed out keep working: the earlier run's stay unless renewed.
        (None, true) => Some(Passwords::Generated {
            kept: if o.new_passwords {
                Default::default()
            } else {
                distribute::passwords::read(&o.out.join(distribute::PASSWORDS_FILE))
                    .unwrap_or_default()
            },
        }),
        (None, false) => None,
    };
    Ok((since, encrypt))
}

/// Says what was distributed: the passwords' warning, reports without a manager, with
/// `--since` each change (on stdout), and the counts and thread time.
fn tell(
    done: &distribute::Distribution,
    since: bool,
    out: &std::path::Path,
    ui: &Ui,
    started: Instant,
) {
    let shown = out.display().to_string();
    if done.encrypted {
        let passwords = out.join(distribute::PASSWORDS_FILE);
        let counts = done.passwords;
        eprintln!(
            "{}",
            ui.labelled(
                "label-warning",
                &ui.say(&msg!(
                    "distribute-passwords-warning",
                    file = passwords.display().to_string(),
                    kept = counts.kept,
                    new = counts.new
                ))
            )
        );
    }
    if let Some(empty) = done.bundles.iter().find(|b| b.team == NO_MANAGER) {
        eprintln!(
            "{}",
            ui.labelled(
                "label-warning",
                &ui.say(&msg!(
                    "distribute-no-manager",
                    count = empty.reports,
                    bundle = &empty.bundle
                ))
            )
        );
    }
    if since {
        if done.changes.is_empty() {
            println!(
                "{}",
                ui.say(&msg!("distribute-nothing-changed", cycle = &done.cycle))
            );
        }
        for c in &done.changes {
            let before = if c.before.is_empty() {
                "—"
            } else {
                &c.before
            };
            let change = match c.change {
                "new" => ui.say(&msg!("distribute-change-new")),
                _ => ui.say(&msg!("distribute-change-changed")),
            };
            println!(
                "{change} {} {} ({}): {before} → {}  [{}]",
                c.employee_id, c.name, c.cycle, c.now, c.bundle
            );
        }
    }
    if !ui.quiet {
        let done_message = if done.encrypted {
            Message::new("distribute-done-encrypted")
        } else {
            Message::new("distribute-done")
        };
        eprintln!(
            "{}",
            ui.say(
                &done_message
                    .arg("bundled", done.bundled)
                    .arg("reports", done.rendered + done.reused)
                    .arg("cycle", done.cycle.as_str())
                    .arg("rendered", done.rendered)
                    .arg("reused", done.reused)
                    .arg("bundles", done.bundles.len())
                    .arg("out", shown.as_str())
                    .arg("seconds", format!("{:.1}", started.elapsed().as_secs_f64()))
            )
        );
        let spent: Vec<String> = done
            .timing
            .seconds()
            .iter()
            .filter(|(_, s)| *s > 0.0)
            .map(|(what, s)| {
                ui.say(&msg!(
                    "distribute-time-spent",
                    what = what.clone(),
                    seconds = format!("{s:.1}")
                ))
            })
            .collect();
        eprintln!(
            "  {}",
            ui.say(&msg!("distribute-thread-time", spent = spent))
        );
    }
}
