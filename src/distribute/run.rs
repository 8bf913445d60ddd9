//! One distribution under way: each job (a report, a team's summary) on any thread, the
//! team zipped by the thread that finishes it, and the lists written at the end.

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use super::{
    Bundle, BundleRow, Change, DistributeError, Distribution, PASSWORDS_FILE, PasswordCounts,
    PasswordRow, Request, Timing, bundle, encrypt, passwords, verdict_line,
};
use crate::evaluate::Evaluation;
use crate::fingerprint::Keys;
use crate::project::{Build, DocumentRenderer};
use crate::publish::{PublishError, Sink, sha256_hex};
use crate::render::RenderError;
use crate::render::manifest::{self, Manifest, Row};
use crate::render::pdf::processes::Typesetter;
use crate::render::pdf::{Attachment, SUMMARY_EXTENSIONS};
use crate::urls::{self, OutputPath};

/// One distribution under way: what every job reads, and what the jobs gather.
pub(super) struct Run<'r, 'a> {
    build: &'r Build<'a>,
    request: &'r Request,
    sink: &'r dyn Sink,
    progress: &'r (dyn Fn() + Sync),
    bundles: &'r [Bundle<'r>],
    passwords: &'r HashMap<String, String>,
    evaluations: &'r [Evaluation],
    /// Makes each report's key (from its document), for reusing an up-to-date build's report.
    keys: &'r Keys,
    /// `--since`'s rows and `--reuse`'s, by report path.
    since: HashMap<&'r str, &'r Row>,
    earlier: HashMap<&'r str, &'r Row>,
    renderer: DocumentRenderer<'r, 'a>,
    /// Per bundle, the team being assembled.
    open: Vec<Mutex<Open>>,
    done: Mutex<Done>,
    rendered: AtomicUsize,
    reused: AtomicUsize,
    timing: Timing,
}

impl<'r, 'a> Run<'r, 'a> {
    /// A distribution of `bundles` (with their `passwords`, empty when unprotected), every
    /// record's evaluation given.
    pub(super) fn new(
        build: &'r Build<'a>,
        request: &'r Request,
        sink: &'r dyn Sink,
        progress: &'r (dyn Fn() + Sync),
        bundles: &'r [Bundle<'r>],
        passwords: &'r HashMap<String, String>,
        evaluations: &'r [Evaluation],
    ) -> Result<Self, RenderError> {
        Ok(Run {
            build,
            request,
            sink,
            progress,
            bundles,
            passwords,
            evaluations,
            keys: build.keys(),
            since: rows_by_report(request.since.as_ref()),
            earlier: rows_by_report(request.reuse.as_ref().map(|(_, m)| m)),
            renderer: build.document_renderer()?,
            open: bundles
                .iter()
                .map(|b| {
                    Mutex::new(Open {
                        remaining: b.records.len() + 1,
                        ..Open::default()
                    })
                })
                .collect(),
            done: Mutex::new(Done::default()),
            rendered: AtomicUsize::new(0),
            reused: AtomicUsize::new(0),
            timing: Timing::default(),
        })
    }

    /// Every job, on the build's threads, each typesetting with its own typesetter.
    pub(super) fn all(&self, jobs: &[Job]) -> Result<(), RenderError> {
        self.renderer
            .each(jobs, |typesetter, job| self.job(typesetter, job))
    }

    fn job(&self, typesetter: &mut Typesetter, job: &Job) -> Result<(), RenderError> {
        let (b, piece) = match *job {
            Job::Report(b, i) => (b, self.report(typesetter, b, i)?),
            Job::Summary(b) => (b, self.summary(typesetter, b)?),
        };
        let finished = {
            let mut team = self.open[b].lock().expect("lock");
            match piece {
                Piece::Report(entry, row) => {
                    team.rows.push((*row, entry.is_some()));
                    team.reports.extend(entry);
                }
                Piece::Summary(files) => team.summary = Some(files),
            }
            team.remaining -= 1;
            (team.remaining == 0).then(|| std::mem::take(&mut *team))
        };
        match finished {
            Some(team) => self.close(typesetter, b, team),
            None => Ok(()),
        }
    }

    /// An up-to-date build's report: the same key, and the file still has the manifest's hash.
    fn reusable(&self, i: usize, key: &str) -> Option<Vec<u8>> {
        let paths = self.build.report_paths();
        let row = self.earlier.get(manifest::relative(&paths[i]))?;
        let (dir, _) = self.request.reuse.as_ref()?;
        // A what-if report (试算) is never handed out, whatever its inputs.
        if row.inputs != key || row.basis == manifest::WHAT_IF {
            return None;
        }
        let bytes = std::fs::read(dir.join(&row.report)).ok()?;
        (sha256_hex(&bytes) == row.sha256).then_some(bytes)
    }

    /// Record `i`'s report for bundle `b` (rendered or reused, then protected) and its
    /// manifest row; with `--since`, no entry when its bytes did not change.
    fn report(
        &self,
        typesetter: &mut Typesetter,
        b: usize,
        i: usize,
    ) -> Result<Piece, RenderError> {
        let (records, paths) = (
            &self.build.model().records.assessments,
            self.build.report_paths(),
        );
        let started = Instant::now();
        // The document is made once: the key comes from it, and the PDF when not reused.
        let document = self.build.report_document(i);
        let key = self.keys.pdfs([&document], &[]);
        let bytes = match self.reusable(i, &key) {
            Some(bytes) => {
                self.reused.fetch_add(1, Ordering::Relaxed);
                self.timing.add(&self.timing.reuse, started);
                bytes
            }
            None => {
                let bytes = typesetter.pdf(&document)?;
                self.rendered.fetch_add(1, Ordering::Relaxed);
                self.timing.add(&self.timing.reports, started);
                bytes
            }
        };
        (self.progress)();
        let row = manifest::row(
            &self.build.model().standard,
            self.build.info(),
            &records[i],
            &self.evaluations[i],
            &paths[i],
            sha256_hex(&bytes),
            key,
        );
        let bundle = &self.bundles[b];
        let before = self.since.get(row.report.as_str());
        let changed = before.is_none_or(|r| r.sha256 != row.sha256);
        if self.request.since.is_some() && changed {
            self.done.lock().expect("lock").changes.push(Change {
                employee_id: row.employee_id.clone(),
                name: row.name.clone(),
                cycle: row.cycle.clone(),
                change: if before.is_some() { "changed" } else { "new" },
                before: before.map(|r| verdict_line(r)).unwrap_or_default(),
                now: verdict_line(&row),
                bundle: bundle.name.clone(),
            });
        }
        if !changed {
            return Ok(Piece::Report(None, Box::new(row)));
        }
        let started = Instant::now();
        // The employee's password opens their report; the recipient's (as the owner's) opens
        // every report of the bundle.
        let bytes = match self.passwords.get(&records[i].employee_id) {
            Some(password) => {
                let recipient = &self.passwords[&bundle.team.key];
                protect(&bytes, password, recipient, &paths[i])?
            }
            None => bytes,
        };
        self.timing.add(&self.timing.protection, started);
        let a = &records[i];
        let file = urls::bundled_report(&a.employee_id, &a.name, &a.cycle);
        let entry = (format!("{}/reports/{file}", bundle.name), bytes);
        Ok(Piece::Report(Some(entry), Box::new(row)))
    }

    /// Bundle `b`'s team summary: its PDF, CSV and Markdown.
    fn summary(&self, typesetter: &mut Typesetter, b: usize) -> Result<Piece, RenderError> {
        let bundle = &self.bundles[b];
        let started = Instant::now();
        let files = self.renderer.summary_files(
            typesetter,
            self.request.grouping,
            bundle.team,
            bundle.summary,
        )?;
        self.timing.add(&self.timing.summaries, started);
        Ok(Piece::Summary(files))
    }

    /// A protected bundle's summary PDF, carrying its CSV, its Markdown and the manifest slice
    /// inside it, under the recipient's password.
    fn protected_summary(
        &self,
        typesetter: &mut Typesetter,
        bundle: &Bundle,
        csv: Vec<u8>,
        md: Vec<u8>,
        slice: Vec<u8>,
    ) -> Result<Vec<u8>, RenderError> {
        let text = |name: &str, mime, bytes: Vec<u8>| Attachment {
            name: name.to_string(),
            mime,
            text: String::from_utf8(bytes).unwrap_or_default(),
        };
        let pdf = self.renderer.summary_with_attachments(
            typesetter,
            self.request.grouping,
            bundle.team,
            bundle.summary,
            vec![
                text("summary.csv", "text/csv", csv),
                text("summary.md", "text/markdown", md),
                text("manifest.csv", "text/csv", slice),
            ],
        )?;
        let path = urls::loose(&format!("{}/summary.pdf", bundle.name));
        let owner = passwords::generate().map_err(|error| PublishError::Protect {
            path: path.as_str().into(),
            error,
        })?;
        Ok(protect(
            &pdf,
            &self.passwords[&bundle.team.key],
            &owner,
            &path,
        )?)
    }

    /// Zips a finished team and gathers its rows.
    fn close(&self, typesetter: &mut Typesetter, b: usize, team: Open) -> Result<(), RenderError> {
        let started = Instant::now();
        let bundle = &self.bundles[b];
        let mut protected_summary =
            |csv, md, slice| self.protected_summary(typesetter, bundle, csv, md, slice);
        let made = finish(
            bundle,
            team,
            self.sink,
            (!self.passwords.is_empty()).then_some(&mut protected_summary as &mut ProtectSummary),
            self.passwords,
        )?;
        self.timing.add(&self.timing.zips, started);
        let mut done = self.done.lock().expect("lock");
        for (row, sent) in made.1 {
            if sent {
                done.sent.insert(row.employee_id.clone());
            }
            done.rows.push(row);
        }
        done.bundles.extend(made.0);
        Ok(())
    }

    /// Writes the distribution's lists beside the bundles: the manifest, `bundles.csv`,
    /// `changes.csv` with `--since`, and the passwords of a protected one.
    pub(super) fn write_lists(
        self,
        cycle: String,
        password_counts: PasswordCounts,
    ) -> Result<Distribution, DistributeError> {
        let Done {
            rows,
            sent,
            mut changes,
            bundles: mut bundle_rows,
        } = self.done.into_inner().expect("lock");
        bundle_rows.sort_by(|a, b| a.bundle.cmp(&b.bundle));
        let bundled = bundle_rows.iter().map(|b| b.reports).sum();
        let manifest = Manifest::new(rows);
        let sink = self.sink;
        sink.put(&urls::loose("manifest.csv"), &manifest.to_csv())?;
        sink.put(&urls::loose("manifest.json"), &manifest.to_json())?;
        sink.put(
            &urls::loose("bundles.csv"),
            &crate::render::csv::records(&bundle_rows),
        )?;
        if self.request.since.is_some() {
            changes.sort_by(|a, b| a.employee_id.cmp(&b.employee_id));
            sink.put(
                &urls::loose("changes.csv"),
                &crate::render::csv::records(&changes),
            )?;
        }
        if !self.passwords.is_empty() {
            let records = &self.build.model().records.assessments;
            let listed = password_rows(self.bundles, &bundle_rows, records, &sent, self.passwords);
            sink.put(
                &urls::loose(PASSWORDS_FILE),
                &crate::render::csv::records(&listed),
            )?;
        }
        Ok(Distribution {
            cycle,
            bundles: bundle_rows,
            changes,
            rendered: self.rendered.into_inner(),
            timing: self.timing,
            reused: self.reused.into_inner(),
            bundled,
            encrypted: !self.passwords.is_empty(),
            passwords: password_counts,
        })
    }
}

/// `passwords.csv`'s lines: each sent bundle's recipient, then each employee whose report
/// was sent.
fn password_rows<'p>(
    bundles: &'p [Bundle],
    bundle_rows: &[BundleRow],
    records: &'p [crate::model::Assessment],
    sent: &std::collections::BTreeSet<String>,
    passwords: &'p HashMap<String, String>,
) -> Vec<PasswordRow<'p>> {
    let sent_bundles: std::collections::BTreeSet<&str> = bundle_rows
        .iter()
        .map(|r| r.bundle.trim_end_matches(".zip"))
        .collect();
    let recipients = bundles
        .iter()
        .filter(|b| sent_bundles.contains(b.name.as_str()))
        .map(|b| PasswordRow {
            id: &b.team.key,
            name: &b.team.title,
            bundle: &b.name,
            opens: "bundle",
            password: &passwords[&b.team.key],
        });
    let employees = bundles
        .iter()
        .flat_map(|b| b.records.iter().map(move |&i| (b, i)))
        .filter(|(_, i)| sent.contains(&records[*i].employee_id))
        .map(|(b, i)| PasswordRow {
            id: &records[i].employee_id,
            name: &records[i].name,
            bundle: &b.name,
            opens: "report",
            password: &passwords[&records[i].employee_id],
        });
    recipients.chain(employees).collect()
}

/// A document to make: a report (bundle, record) or a team's summary (bundle).
pub(super) enum Job {
    Report(usize, usize),
    Summary(usize),
}

/// What a job made: a report's zip entry (none when `--since` leaves it out) and manifest
/// row, or the summary's files.
pub(super) enum Piece {
    Report(Option<(String, Vec<u8>)>, Box<Row>),
    Summary([Vec<u8>; 3]),
}

/// A team being assembled.
#[derive(Default)]
pub(super) struct Open {
    remaining: usize,
    reports: Vec<(String, Vec<u8>)>,
    /// Each report's manifest row, and whether the report is sent.
    rows: Vec<(Row, bool)>,
    summary: Option<[Vec<u8>; 3]>,
}

#[derive(Default)]
pub(super) struct Done {
    rows: Vec<Row>,
    /// Employees whose report is in a bundle.
    sent: std::collections::BTreeSet<String>,
    changes: Vec<Change>,
    bundles: Vec<BundleRow>,
}

/// A finished team's bundle row (none when it sent nothing), and its manifest rows, each with
/// whether its report was sent.
type Finished = (Option<BundleRow>, Vec<(Row, bool)>);

/// Makes a protected bundle's summary PDF from its CSV, its Markdown and the manifest slice,
/// carried inside it.
type ProtectSummary<'a> = dyn FnMut(Vec<u8>, Vec<u8>, Vec<u8>) -> Result<Vec<u8>, RenderError> + 'a;

/// Zips a finished team (when it has a report to send) and writes the zip; returns its row
/// and the team's manifest rows, each with whether its report was sent. With `protected`,
/// the bundle holds nothing readable without a password: the summary PDF carries the CSV,
/// the Markdown and the manifest slice inside it, under the recipient's password.
fn finish(
    bundle: &Bundle,
    team: Open,
    sink: &dyn Sink,
    protected: Option<&mut ProtectSummary>,
    passwords: &HashMap<String, String>,
) -> Result<Finished, RenderError> {
    let Open {
        reports: mut entries,
        mut rows,
        summary,
        ..
    } = team;
    rows.sort_by(|a, b| a.0.report.cmp(&b.0.report));
    let slice: Vec<&Row> = rows
        .iter()
        .filter(|(_, sent)| *sent)
        .map(|(r, _)| r)
        .collect();
    let count = entries.len();
    if count == 0 {
        return Ok((None, rows));
    }
    // What the bundle says, apart from protection's random keys: the plain reports and
    // summary, and the passwords that open them (new passwords need the files sent again).
    let content = {
        use sha2::{Digest, Sha256};
        let mut h = Sha256::new();
        let mut field = |bytes: &[u8]| {
            h.update((bytes.len() as u64).to_le_bytes());
            h.update(bytes);
        };
        for row in &slice {
            field(row.report.as_bytes());
            field(row.sha256.as_bytes());
            field(
                passwords
                    .get(&row.employee_id)
                    .map_or("", String::as_str)
                    .as_bytes(),
            );
        }
        for file in summary.iter().flatten() {
            field(sha256_hex(file).as_bytes());
        }
        field(
            passwords
                .get(&bundle.team.key)
                .map_or("", String::as_str)
                .as_bytes(),
        );
        crate::publish::hex(&h.finalize())
    };
    let slice = crate::render::csv::records(&slice);
    match (protected, summary) {
        (Some(protect), Some([_, csv, md])) => {
            entries.push((
                format!("{}/summary.pdf", bundle.name),
                protect(csv, md, slice)?,
            ));
        }
        (_, summary) => {
            for (bytes, extension) in summary.into_iter().flatten().zip(SUMMARY_EXTENSIONS) {
                entries.push((format!("{}/summary.{extension}", bundle.name), bytes));
            }
            entries.push((format!("{}/manifest.csv", bundle.name), slice));
        }
    }
    let zip = bundle::zip(entries, bundle.summary.date)
        .map_err(|e| PublishError::io(format!("{}.zip", bundle.name), e))?;
    let row = BundleRow {
        bundle: format!("{}.zip", bundle.name),
        team: bundle.team.key.clone(),
        name: bundle.team.title.clone(),
        email: bundle.team.email.clone().unwrap_or_default(),
        reports: count,
        sha256: sha256_hex(&zip),
        content,
    };
    sink.put(&urls::loose(&row.bundle), &zip)?;
    Ok((Some(row), rows))
}

/// `pdf` protected so that `password` opens it, and `owner` too (with the owner's rights).
fn protect(
    pdf: &[u8],
    password: &str,
    owner: &str,
    path: &OutputPath,
) -> Result<Vec<u8>, PublishError> {
    encrypt::encrypt(pdf, password, owner).map_err(|e| PublishError::Protect {
        path: path.as_str().into(),
        error: e.0,
    })
}

/// An earlier manifest's rows by report path.
fn rows_by_report(manifest: Option<&Manifest>) -> HashMap<&str, &Row> {
    manifest
        .iter()
        .flat_map(|m| &m.reports)
        .map(|r| (r.report.as_str(), r))
        .collect()
}
