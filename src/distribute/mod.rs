//! Getting reports to the right person: the reports' manifest, bundles per manager,
//! department or sequence (deterministic zips), password-protected PDFs, and what changed
//! since an earlier manifest. Everything here is personal data and stays out of the site.
//!
//! A distribution renders one cycle's reports team by team, in chunks, so memory holds a
//! chunk's PDFs and not the whole cycle's: each chunk's reports are rendered in parallel
//! (protected as they arrive), then each of its teams gets its summary and its zip.

pub mod bundle;
pub mod encrypt;
pub mod manifest;
pub mod passwords;

use std::collections::{BTreeMap, HashMap};
use std::sync::Mutex;

use serde::Serialize;

use crate::evaluate::team::{self, Grouping, Member, Team, TeamSummary};
use crate::project::{Build, team_files};
use crate::publish::{PublishError, Sink, sha256_hex};
use crate::render::RenderError;
use crate::render::pdf::{SUMMARY_EXTENSIONS, workers};
use crate::urls::{self, OutputPath};
use manifest::{Manifest, Row};

/// Reports rendered before their teams are zipped: enough to keep every thread busy, few
/// enough that memory stays small.
const CHUNK_REPORTS: usize = 256;

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

/// Where passwords come from.
pub enum Passwords {
    /// HR's own, by employee id.
    Given(BTreeMap<String, String>),
    Generated,
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
    /// Reports put in bundles.
    pub bundled: usize,
    pub encrypted: bool,
}

/// One bundle, as `bundles.csv` lists it (a mail merge can send each to its manager).
#[derive(Debug, Clone, Serialize)]
pub struct BundleRow {
    pub bundle: String,
    pub team: String,
    pub name: String,
    pub email: String,
    pub reports: usize,
    pub sha256: String,
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

#[derive(Serialize)]
struct PasswordRow<'a> {
    employee_id: &'a str,
    name: &'a str,
    bundle: &'a str,
    password: &'a str,
}

#[derive(Debug)]
pub enum DistributeError {
    /// The request cannot be met (an unknown cycle, missing passwords); exit code 2.
    Usage(String),
    Render(RenderError),
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

/// Renders the cycle's reports and writes the bundles and their lists into `sink`.
pub fn distribute(
    build: &Build,
    request: &Request,
    sink: &dyn Sink,
    progress: &(dyn Fn() + Sync),
) -> Result<Distribution, DistributeError> {
    let model = build.model();
    let standard = &model.standard;
    let records = &model.records.assessments;
    let cycle = pick_cycle(records, request.cycle.as_deref())?;
    let evaluations = build.evaluations();
    let members: Vec<Member> = records.iter().zip(&evaluations).collect();
    let summaries = team::summarise_teams(standard, request.grouping, &members);
    let in_cycle: Vec<(&Team, &TeamSummary)> = summaries
        .iter()
        .filter(|((c, _), _)| *c == cycle)
        .map(|((_, t), s)| (t, s))
        .collect();
    let files = team_files(request.grouping, in_cycle.iter().map(|(t, _)| *t));
    let mut bundles: Vec<Bundle> = in_cycle
        .iter()
        .map(|(t, s)| Bundle {
            team: t,
            summary: s,
            name: format!("{}-{cycle}", files[*t]),
            records: Vec::new(),
        })
        .collect();
    let by_key: HashMap<&str, usize> = bundles
        .iter()
        .enumerate()
        .map(|(i, b)| (b.team.key.as_str(), i))
        .collect();
    for (i, a) in records.iter().enumerate().filter(|(_, a)| a.cycle == cycle) {
        let key = request.grouping.team(standard, a).key;
        bundles[by_key[key.as_str()]].records.push(i);
    }
    let passwords = passwords_for(records, &bundles, request.encrypt.as_ref())?;

    let paths = build.report_paths();
    let since: HashMap<&str, &Row> = request
        .since
        .iter()
        .flat_map(|m| &m.reports)
        .map(|r| (r.report.as_str(), r))
        .collect();
    let bundle_of: HashMap<usize, &str> = bundles
        .iter()
        .flat_map(|b| b.records.iter().map(|&i| (i, b.name.as_str())))
        .collect();
    let mut rows: Vec<Row> = Vec::new();
    let mut changes: Vec<Change> = Vec::new();
    let mut bundle_rows: Vec<BundleRow> = Vec::new();
    let summaries = build.summary_renderer()?;
    let inputs = build.report_inputs();
    let earlier: HashMap<&str, &Row> = request
        .reuse
        .iter()
        .flat_map(|(_, m)| &m.reports)
        .map(|r| (r.report.as_str(), r))
        .collect();
    let (mut rendered, mut reused) = (0, 0);

    for chunk in chunks(&bundles) {
        let indices: Vec<usize> = chunk
            .iter()
            .flat_map(|b| b.records.iter().copied())
            .collect();
        let collected = Collected::new(&indices, paths, records, &passwords);
        let mut render = Vec::new();
        for &i in &indices {
            let path = &paths[i];
            let up_to_date = earlier
                .get(manifest::relative(path))
                .filter(|row| row.inputs == inputs[i])
                .and_then(|row| {
                    let (dir, _) = request.reuse.as_ref()?;
                    let bytes = std::fs::read(dir.join(&row.report)).ok()?;
                    (sha256_hex(&bytes) == row.sha256).then_some(bytes)
                });
            match up_to_date {
                Some(bytes) => {
                    collected.put(path, &bytes)?;
                    progress();
                    reused += 1;
                }
                None => render.push(i),
            }
        }
        rendered += build.reports_in_order(&render, &collected, progress)?;
        let reports = collected.into_reports();
        let mut sent: BTreeMap<usize, Vec<u8>> = BTreeMap::new();
        let mut chunk_rows: HashMap<usize, Row> = HashMap::new();
        for (i, report) in reports {
            let path = &paths[i];
            let row = manifest::row(
                standard,
                build.info(),
                &records[i],
                &evaluations[i],
                path,
                report.sha256,
                inputs[i].clone(),
            );
            let before = since.get(row.report.as_str());
            let changed = before.is_none_or(|b| b.sha256 != row.sha256);
            if request.since.is_some() && changed {
                changes.push(Change {
                    employee_id: row.employee_id.clone(),
                    name: row.name.clone(),
                    cycle: row.cycle.clone(),
                    change: if before.is_some() { "changed" } else { "new" },
                    before: before.map(|b| verdict_line(b)).unwrap_or_default(),
                    now: verdict_line(&row),
                    bundle: bundle_of[&i].to_string(),
                });
            }
            if changed {
                sent.insert(i, report.bytes);
            }
            chunk_rows.insert(i, row);
        }
        let sent = Mutex::new(sent);
        let made: Mutex<Vec<BundleRow>> = Mutex::new(Vec::new());
        workers::each(&chunk, rayon::current_num_threads(), |b| {
            let mut entries: Vec<(String, Vec<u8>)> = Vec::new();
            let mut slice: Vec<&Row> = Vec::new();
            for &i in &b.records {
                let Some(bytes) = sent.lock().expect("bundle lock").remove(&i) else {
                    continue;
                };
                let a = &records[i];
                let file =
                    urls::safe_file_name(&format!("{}-{}-{}", a.employee_id, a.name, a.cycle));
                entries.push((format!("{}/reports/{file}.pdf", b.name), bytes));
                slice.extend(chunk_rows.get(&i));
            }
            if entries.is_empty() {
                return Ok(());
            }
            let count = entries.len();
            let files = summaries.files(request.grouping, b.team, b.summary)?;
            for (bytes, extension) in files.into_iter().zip(SUMMARY_EXTENSIONS) {
                entries.push((format!("{}/summary.{extension}", b.name), bytes));
            }
            entries.push((
                format!("{}/manifest.csv", b.name),
                manifest::write_csv(&slice),
            ));
            let zip = bundle::zip(entries, b.summary.date)
                .map_err(|e| PublishError::io(format!("{}.zip", b.name), e))?;
            let hash = sha256_hex(&zip);
            sink.put(&urls::loose(&format!("{}.zip", b.name)), &zip)?;
            made.lock().expect("bundle lock").push(BundleRow {
                bundle: format!("{}.zip", b.name),
                team: b.team.key.clone(),
                name: b.team.title.clone(),
                email: b.team.email.clone().unwrap_or_default(),
                reports: count,
                sha256: hash,
            });
            Ok::<(), RenderError>(())
        })?;
        bundle_rows.extend(made.into_inner().expect("bundle lock"));
        rows.extend(chunk_rows.into_values());
    }
    bundle_rows.sort_by(|a, b| a.bundle.cmp(&b.bundle));
    let bundled = bundle_rows.iter().map(|b| b.reports).sum();
    let manifest = Manifest::new(rows);
    sink.put(&urls::loose("manifest.csv"), &manifest.to_csv())?;
    sink.put(&urls::loose("manifest.json"), &manifest.to_json())?;
    sink.put(
        &urls::loose("bundles.csv"),
        &manifest::write_csv(&bundle_rows),
    )?;
    if request.since.is_some() {
        changes.sort_by(|a, b| a.employee_id.cmp(&b.employee_id));
        sink.put(&urls::loose("changes.csv"), &manifest::write_csv(&changes))?;
    }
    if !passwords.is_empty() {
        let sent: std::collections::BTreeSet<&str> = manifest
            .reports
            .iter()
            .map(|r| r.employee_id.as_str())
            .collect();
        let listed: Vec<PasswordRow> = bundles
            .iter()
            .flat_map(|b| b.records.iter().map(move |&i| (b, i)))
            .filter(|(_, i)| sent.contains(records[*i].employee_id.as_str()))
            .map(|(b, i)| PasswordRow {
                employee_id: &records[i].employee_id,
                name: &records[i].name,
                bundle: &b.name,
                password: &passwords[&records[i].employee_id],
            })
            .collect();
        sink.put(&urls::loose(PASSWORDS_FILE), &manifest::write_csv(&listed))?;
    }
    Ok(Distribution {
        cycle,
        bundles: bundle_rows,
        changes,
        rendered,
        reused,
        bundled,
        encrypted: !passwords.is_empty(),
    })
}

/// The file, beside the bundles, that lists each employee's password.
pub const PASSWORDS_FILE: &str = "passwords.csv";

fn verdict_line(r: &Row) -> String {
    format!(
        "{} {} {}",
        r.outcome_text,
        r.grade,
        crate::render::i18n::number(r.total)
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
        Some(c) => Err(DistributeError::Usage(format!(
            "there are no records of cycle `{c}` (cycles: {})",
            cycles.iter().copied().collect::<Vec<_>>().join(", ")
        ))),
        None => cycles
            .last()
            .map(|c| c.to_string())
            .ok_or_else(|| DistributeError::Usage("there are no assessment records".into())),
    }
}

/// Each bundled employee's password: HR's, or a fresh random one. Every employee of the cycle
/// must have one in HR's file.
fn passwords_for(
    records: &[crate::model::Assessment],
    bundles: &[Bundle],
    source: Option<&Passwords>,
) -> Result<HashMap<String, String>, DistributeError> {
    let Some(source) = source else {
        return Ok(HashMap::new());
    };
    let ids: Vec<&str> = bundles
        .iter()
        .flat_map(|b| b.records.iter().map(|&i| records[i].employee_id.as_str()))
        .collect();
    match source {
        Passwords::Given(given) => {
            let missing: Vec<&str> = ids
                .iter()
                .copied()
                .filter(|id| !given.contains_key(*id))
                .collect();
            if !missing.is_empty() {
                return Err(DistributeError::Usage(format!(
                    "the password file has no password for {} employee(s): {}{}",
                    missing.len(),
                    missing
                        .iter()
                        .take(10)
                        .map(|m| format!("`{m}`"))
                        .collect::<Vec<_>>()
                        .join(", "),
                    if missing.len() > 10 { ", …" } else { "" }
                )));
            }
            Ok(ids
                .iter()
                .map(|id| (id.to_string(), given[*id].clone()))
                .collect())
        }
        Passwords::Generated => ids
            .iter()
            .map(|id| {
                Ok((
                    id.to_string(),
                    passwords::generate().map_err(DistributeError::Usage)?,
                ))
            })
            .collect(),
    }
}

/// Whole teams, in order, about [`CHUNK_REPORTS`] reports at a time.
fn chunks<'b, 't>(bundles: &'b [Bundle<'t>]) -> Vec<Vec<&'b Bundle<'t>>> {
    let mut out: Vec<Vec<&Bundle>> = vec![Vec::new()];
    let mut size = 0;
    for b in bundles {
        if size >= CHUNK_REPORTS {
            out.push(Vec::new());
            size = 0;
        }
        out.last_mut().expect("a chunk").push(b);
        size += b.records.len();
    }
    out.retain(|c| !c.is_empty());
    out
}

/// A report as rendered: the bytes to send (protected when asked) and the hash of the plain
/// PDF, which stays the same from run to run.
struct Report {
    bytes: Vec<u8>,
    sha256: String,
}

/// A sink that keeps one chunk's reports in memory by record, protecting each as it arrives
/// (on the rendering thread, so encryption runs in parallel too).
struct Collected<'a> {
    /// Report path → (record index, its employee's password when protecting).
    index: HashMap<&'a OutputPath, (usize, Option<&'a str>)>,
    reports: Mutex<BTreeMap<usize, Report>>,
}

impl<'a> Collected<'a> {
    fn new(
        indices: &[usize],
        paths: &'a [OutputPath],
        records: &'a [crate::model::Assessment],
        passwords: &'a HashMap<String, String>,
    ) -> Collected<'a> {
        Collected {
            index: indices
                .iter()
                .map(|&i| {
                    let password = passwords.get(&records[i].employee_id).map(String::as_str);
                    (&paths[i], (i, password))
                })
                .collect(),
            reports: Mutex::new(BTreeMap::new()),
        }
    }

    fn into_reports(self) -> BTreeMap<usize, Report> {
        self.reports.into_inner().expect("report lock")
    }
}

impl Sink for Collected<'_> {
    fn put(&self, path: &OutputPath, bytes: &[u8]) -> Result<(), PublishError> {
        let Some(&(i, password)) = self.index.get(path) else {
            return Ok(());
        };
        let sha256 = sha256_hex(bytes);
        let bytes = match password {
            Some(password) => {
                let owner = passwords::generate()
                    .map_err(|e| PublishError::io(path.as_str(), std::io::Error::other(e)))?;
                encrypt::encrypt(bytes, password, &owner).map_err(|e| {
                    PublishError::io(path.as_str(), std::io::Error::other(e.to_string()))
                })?
            }
            None => bytes.to_vec(),
        };
        self.reports
            .lock()
            .expect("report lock")
            .insert(i, Report { bytes, sha256 });
        Ok(())
    }
}
