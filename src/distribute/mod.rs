//! Getting reports to the right person: the reports' manifest, bundles per manager,
//! department or sequence (deterministic zips), password-protected PDFs, and what changed
//! since an earlier manifest. Everything here is personal data and stays out of the site.
//!
//! A distribution makes one cycle's documents team by team on every thread — each report
//! (rendered, or taken from an up-to-date build, then protected), then the team's summary — and
//! the thread that finishes a team zips it, so memory holds a few teams' PDFs at a time.

pub mod bundle;
pub mod encrypt;
pub mod passwords;
mod run;

use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use serde::{Deserialize, Serialize};

use crate::evaluate::team::{self, Grouping, Member, Team, TeamSummary};
use crate::locale::Message;
use crate::msg;
use crate::project::Build;
use crate::publish::{PublishError, Sink};
use crate::render::RenderError;
use crate::render::manifest::{Manifest, Row};
use crate::urls;

/// What to distribute.
pub struct Request {
    pub grouping: Grouping,
    /// The cycle to distribute (default: the latest).
    pub cycle: Option<String>,
    /// Bundle only reports whose bytes differ from this earlier manifest's.
    pub since: Option<Manifest>,
    /// Protect each report with a password.
    pub encrypt: Option<Passwords>,
    /// An earlier build's reports folder and manifest: a report whose inputs are unchanged
    /// (and whose file still has the manifest's hash) is taken from there, not rendered.
    pub reuse: Option<(std::path::PathBuf, Manifest)>,
}

/// Where passwords come from: one per person, by id — each employee's opens their own report,
/// each recipient's (a bundle's team key: the manager's id, the department, the sequence)
/// opens the bundle's summary and every report in it.
pub enum Passwords {
    /// HR's own, by id; every employee and recipient must have one.
    Given(BTreeMap<String, String>),
    /// Generated, except those in `kept` (an earlier run's), which stay the same so that
    /// passwords already handed out keep working.
    Generated { kept: BTreeMap<String, String> },
}

/// How the passwords of a protected distribution came about.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct PasswordCounts {
    /// Taken from HR's file or kept from the earlier run.
    pub kept: usize,
    /// Generated for someone who had none.
    pub new: usize,
}

/// What a distribution wrote.
#[derive(Debug)]
pub struct Distribution {
    pub cycle: String,
    pub bundles: Vec<BundleRow>,
    /// With `since`: the reports sent again or for the first time.
    pub changes: Vec<Change>,
    /// Reports rendered.
    pub rendered: usize,
    /// Reports taken from an up-to-date build instead.
    pub reused: usize,
    /// Where the threads' time went.
    pub timing: Timing,
    /// Reports put in bundles.
    pub bundled: usize,
    pub encrypted: bool,
    pub passwords: PasswordCounts,
}

/// Thread time spent on each kind of work, summed over the threads (so it can exceed the
/// wall time): what a distribution costs beyond rendering.
#[derive(Debug, Default)]
pub struct Timing {
    pub reports: AtomicU64,
    pub reuse: AtomicU64,
    pub summaries: AtomicU64,
    pub protection: AtomicU64,
    pub zips: AtomicU64,
}

impl Timing {
    fn add(&self, counter: &AtomicU64, since: Instant) {
        counter.fetch_add(since.elapsed().as_nanos() as u64, Ordering::Relaxed);
    }

    /// (what, seconds) for each kind of work.
    pub fn seconds(&self) -> [(Message, f64); 5] {
        let s = |c: &AtomicU64| c.load(Ordering::Relaxed) as f64 / 1e9;
        [
            (msg!("distribute-time-reports"), s(&self.reports)),
            (msg!("distribute-time-reuse"), s(&self.reuse)),
            (msg!("distribute-time-summaries"), s(&self.summaries)),
            (msg!("distribute-time-protection"), s(&self.protection)),
            (msg!("distribute-time-zips"), s(&self.zips)),
        ]
    }
}

/// One bundle, as `bundles.csv` lists it (a mail merge can send each to its manager; `rungs
/// send` reads it back).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BundleRow {
    pub bundle: String,
    pub team: String,
    pub name: String,
    pub email: String,
    pub reports: usize,
    pub sha256: String,
    /// A SHA-256 of what the bundle says — its plain reports and summary, and the passwords
    /// that open them — the same for two runs that protect the same files with fresh keys:
    /// what `rungs send` compares to tell a corrected bundle from one already sent.
    pub content: String,
}

/// A report new or changed since the earlier manifest.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub employee_id: String,
    pub name: String,
    pub cycle: String,
    /// `new` or `changed`.
    pub change: &'static str,
    /// Outcome, grade and total before and now ("未通过，维持原级 C 69").
    pub before: String,
    pub now: String,
    pub bundle: String,
}

/// A line of `passwords.csv`: who (an employee, or a bundle's recipient), in which bundle, what
/// the password opens (`report`: their own report; `bundle`: the summary and every report of
/// the bundle), and the password.
#[derive(Serialize)]
struct PasswordRow<'a> {
    id: &'a str,
    name: &'a str,
    bundle: &'a str,
    opens: &'static str,
    password: &'a str,
}

#[derive(Debug)]
pub enum DistributeError {
    /// The request cannot be met (an unknown cycle, missing passwords); exit code 2.
    Usage(Message),
    Render(RenderError),
}

impl DistributeError {
    /// What went wrong, to say in the user's language.
    pub fn message(&self) -> Message {
        match self {
            DistributeError::Usage(message) => message.clone(),
            DistributeError::Render(e) => e.message(),
        }
    }
}

impl From<RenderError> for DistributeError {
    fn from(e: RenderError) -> Self {
        DistributeError::Render(e)
    }
}

impl From<PublishError> for DistributeError {
    fn from(e: PublishError) -> Self {
        DistributeError::Render(RenderError::Publish(e))
    }
}

/// One team of the cycle: its summary, file name, and the records (indices) it holds.
struct Bundle<'t> {
    team: &'t Team,
    summary: &'t TeamSummary,
    name: String,
    records: Vec<usize>,
}

use run::{Job, Run};

/// Renders the cycle's reports and writes the bundles and their lists into `sink`.
pub fn distribute(
    build: &Build,
    request: &Request,
    sink: &dyn Sink,
    progress: &(dyn Fn() + Sync),
) -> Result<Distribution, DistributeError> {
    let model = build.model();
    let records = &model.records.assessments;
    let cycle = pick_cycle(records, request.cycle.as_deref())?;
    let evaluations = build.evaluations();
    let members: Vec<Member> = records.iter().zip(&evaluations).collect();
    let summaries =
        team::summarise_teams(&model.standard, &model.records, request.grouping, &members);
    let bundles = plan_bundles(build, request.grouping, &summaries, &cycle);
    let (passwords, password_counts) = passwords_for(records, &bundles, request.encrypt.as_ref())?;
    let run = Run::new(
        build,
        request,
        sink,
        progress,
        &bundles,
        &passwords,
        &evaluations,
    )?;
    // One pass over every document, team by team (its reports, then its summary), on every
    // thread; the thread that finishes a team's last document zips it. Teams finish about in
    // order, so memory holds a few teams' PDFs, not the cycle's.
    let jobs: Vec<Job> = bundles
        .iter()
        .enumerate()
        .flat_map(|(b, bundle)| {
            bundle
                .records
                .iter()
                .map(move |&i| Job::Report(b, i))
                .chain(std::iter::once(Job::Summary(b)))
        })
        .collect();
    run.all(&jobs)?;
    run.write_lists(cycle, password_counts)
}

/// The cycle's teams as bundles, each with its records.
fn plan_bundles<'t>(
    build: &Build,
    grouping: Grouping,
    summaries: &'t BTreeMap<(String, Team), TeamSummary>,
    cycle: &str,
) -> Vec<Bundle<'t>> {
    let standard = &build.model().standard;
    let in_cycle: Vec<(&Team, &TeamSummary)> = summaries
        .iter()
        .filter(|((c, _), _)| c == cycle)
        .map(|((_, t), s)| (t, s))
        .collect();
    let files = crate::urls::team_file_names(grouping, in_cycle.iter().map(|(t, _)| *t));
    let mut bundles: Vec<Bundle> = in_cycle
        .iter()
        .map(|(t, s)| Bundle {
            team: t,
            summary: s,
            name: urls::bundle(&files[*t], cycle),
            records: Vec::new(),
        })
        .collect();
    let by_key: HashMap<&str, usize> = bundles
        .iter()
        .enumerate()
        .map(|(i, b)| (b.team.key.as_str(), i))
        .collect();
    let records = &build.model().records.assessments;
    for (i, a) in records.iter().enumerate().filter(|(_, a)| a.cycle == cycle) {
        let key = grouping.team(standard, a).key;
        bundles[by_key[key.as_str()]].records.push(i);
    }
    bundles
}

/// The file, beside the bundles, that lists each employee's password.
pub const PASSWORDS_FILE: &str = "passwords.csv";

fn verdict_line(r: &Row) -> String {
    format!(
        "{} {} {}",
        r.outcome_text,
        r.grade,
        crate::render::words::number(r.total)
    )
}

fn pick_cycle(
    records: &[crate::model::Assessment],
    wanted: Option<&str>,
) -> Result<String, DistributeError> {
    let cycles: std::collections::BTreeSet<&str> =
        records.iter().map(|a| a.cycle.as_str()).collect();
    match wanted {
        Some(c) if cycles.contains(c) => Ok(c.to_string()),
        Some(c) => Err(DistributeError::Usage(msg!(
            "distribute-unknown-cycle",
            cycle = c,
            cycles = cycles.iter().map(|c| c.to_string()).collect::<Vec<_>>()
        ))),
        None => cycles
            .last()
            .map(|c| c.to_string())
            .ok_or_else(|| DistributeError::Usage(msg!("distribute-no-records"))),
    }
}

/// Each bundled employee's and each recipient's password: HR's, or kept from an earlier run,
/// or a fresh random one. With HR's, everyone must have one.
fn passwords_for(
    records: &[crate::model::Assessment],
    bundles: &[Bundle],
    source: Option<&Passwords>,
) -> Result<(HashMap<String, String>, PasswordCounts), DistributeError> {
    let Some(source) = source else {
        return Ok((HashMap::new(), PasswordCounts::default()));
    };
    let mut ids: Vec<&str> = bundles
        .iter()
        .map(|b| b.team.key.as_str())
        .chain(
            bundles
                .iter()
                .flat_map(|b| b.records.iter().map(|&i| records[i].employee_id.as_str())),
        )
        .collect();
    ids.sort();
    ids.dedup();
    let mut counts = PasswordCounts::default();
    match source {
        Passwords::Given(given) => {
            let missing: Vec<&str> = ids
                .iter()
                .copied()
                .filter(|id| !given.contains_key(*id))
                .collect();
            if !missing.is_empty() {
                let shown: Vec<String> = missing
                    .iter()
                    .take(10)
                    .map(|id| format!("`{id}`"))
                    .collect();
                return Err(DistributeError::Usage(if missing.len() > 10 {
                    msg!(
                        "distribute-missing-passwords-more",
                        count = missing.len(),
                        ids = shown
                    )
                } else {
                    msg!(
                        "distribute-missing-passwords",
                        count = missing.len(),
                        ids = shown
                    )
                }));
            }
            counts.kept = ids.len();
            Ok((
                ids.iter()
                    .map(|id| (id.to_string(), given[*id].clone()))
                    .collect(),
                counts,
            ))
        }
        Passwords::Generated { kept } => {
            let mut out = HashMap::new();
            for id in ids {
                let password = match kept.get(id) {
                    Some(p) => {
                        counts.kept += 1;
                        p.clone()
                    }
                    None => {
                        counts.new += 1;
                        passwords::generate().map_err(DistributeError::Usage)?
                    }
                };
                out.insert(id.to_string(), password);
            }
            Ok((out, counts))
        }
    }
}
