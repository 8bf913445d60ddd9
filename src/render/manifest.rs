//! The reports' manifest (`reports/manifest.csv` and `manifest.json`): one row per report —
//! who it is for, who receives it, what it says, where it is and its SHA-256 — so HR can check
//! a delivery, and `rungs distribute --since` can tell which reports changed. Private: it never
//! reaches the site.

use serde::{Deserialize, Serialize};

use crate::evaluate::{Evaluation, Grade};
use crate::model::{Assessment, Records, Standard};
use crate::render::{BuildInfo, words};
use crate::urls::{self, OutputPath};

/// The JSON document's `format` and `version`: bumped when a field changes meaning.
pub const FORMAT: &str = "rungs-manifest";
pub const VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: String,
    pub version: u32,
    pub reports: Vec<Row>,
}

/// One report. Empty strings stand for "none" so the CSV and JSON carry the same columns.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Row {
    pub employee_id: String,
    pub name: String,
    pub department: String,
    pub manager_id: String,
    pub manager_name: String,
    pub manager_email: String,
    pub sequence: String,
    pub position: String,
    pub cycle: String,
    pub current_level: String,
    pub applied_level: String,
    /// `promoted`, `not-promoted`, … (see README).
    pub outcome: String,
    /// The outcome in the content's language (晋级 …).
    pub outcome_text: String,
    pub qualified: bool,
    pub grade: String,
    /// To two decimals, cut (59.999 is 59.99).
    pub total: f64,
    /// The report's path relative to `reports/`.
    pub report: String,
    pub sha256: String,
    /// The report's cache key: a SHA-256 of what Typst receives for it (`fingerprint`): a report
    /// whose inputs are unchanged can be reused instead of rendered again.
    pub inputs: String,
    /// The edition the record was evaluated against, and that standard's commit.
    pub edition: String,
    pub standards_commit: String,
    /// `assessed` (the edition the record belongs to) or `what-if` (试算, `--against`): a
    /// what-if report is never bundled. Older manifests, without it, were assessed.
    #[serde(default = "assessed")]
    pub basis: String,
}

/// The `basis` of a verdict evaluated against the record's own edition.
pub const ASSESSED: &str = "assessed";
/// The `basis` of a what-if verdict (试算).
pub const WHAT_IF: &str = "what-if";

fn assessed() -> String {
    ASSESSED.into()
}

impl Manifest {
    pub fn new(mut reports: Vec<Row>) -> Manifest {
        reports.sort_by(|a, b| a.report.cmp(&b.report));
        Manifest {
            format: FORMAT.into(),
            version: VERSION,
            reports,
        }
    }

    pub fn to_json(&self) -> Vec<u8> {
        let mut text = serde_json::to_string_pretty(self).expect("manifest serialises");
        text.push('\n');
        text.into_bytes()
    }

    /// CSV with a UTF-8 byte-order mark, so Excel opens the Chinese text as written, every
    /// cell safe to open (see `render::csv`).
    pub fn to_csv(&self) -> Vec<u8> {
        crate::render::csv::records(&self.reports)
    }

    /// A manifest read back from its JSON or CSV form (by the file's extension).
    pub fn read(path: &std::path::Path) -> Result<Manifest, crate::locale::Message> {
        let shown = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|e| {
            crate::msg!("manifest-cannot-read", path = &shown, error = e.to_string())
        })?;
        let is_csv = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
        let bad = |e: &dyn std::fmt::Display| {
            crate::msg!("manifest-bad", path = &shown, error = e.to_string())
        };
        if is_csv {
            let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
            let rows: Result<Vec<Row>, _> = csv::Reader::from_reader(text).deserialize().collect();
            Ok(Manifest::new(rows.map_err(|e| bad(&e))?))
        } else {
            let manifest: Manifest = serde_json::from_slice(&bytes).map_err(|e| bad(&e))?;
            if manifest.format != FORMAT || manifest.version > VERSION {
                return Err(crate::msg!(
                    "manifest-unknown-version",
                    path = &shown,
                    format = &manifest.format,
                    version = manifest.version,
                    known = FORMAT,
                    known_version = VERSION
                ));
            }
            Ok(manifest)
        }
    }
}

/// A report's path relative to `reports/`.
pub fn relative(path: &OutputPath) -> &str {
    path.as_str()
        .strip_prefix(urls::top::REPORTS)
        .and_then(|p| p.strip_prefix('/'))
        .unwrap_or(path.as_str())
}

/// The row of `a`'s report at `path`, with the report's hash.
pub fn row(
    current: &Standard,
    info: &BuildInfo,
    a: &Assessment,
    e: &Evaluation,
    path: &OutputPath,
    sha256: String,
    inputs: String,
) -> Row {
    let (standard, commit) = info.standard_for(current, a);
    let manager = a.manager.as_ref();
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    Row {
        employee_id: a.employee_id.clone(),
        name: a.name.clone(),
        department: a.department.clone(),
        manager_id: manager.map(|m| m.id.clone()).unwrap_or_default(),
        manager_name: manager.map(|m| m.name.clone()).unwrap_or_default(),
        manager_email: manager.and_then(|m| m.email.clone()).unwrap_or_default(),
        sequence: a.sequence.clone(),
        position: text(&a.position),
        cycle: a.cycle.clone(),
        current_level: text(&a.current_level),
        applied_level: a.applied_level.clone(),
        outcome: outcome_id(e),
        outcome_text: words::outcome(current.settings.language, e.outcome).to_string(),
        qualified: e.qualified,
        grade: match e.grade {
            Grade::A => "A",
            Grade::B => "B",
            Grade::C => "C",
        }
        .into(),
        // Cut, as every output shows it: a total never reads as reaching a mark it misses.
        total: ((e.total + 1e-9) * 100.0).floor() / 100.0,
        report: relative(path).to_string(),
        sha256,
        inputs,
        edition: standard.settings.edition.clone(),
        standards_commit: commit.unwrap_or_default().to_string(),
        basis: if info.what_if.is_some() {
            WHAT_IF
        } else {
            ASSESSED
        }
        .into(),
    }
}

/// The manifest of every report the output holds (those with a digest), in the records' order;
/// `paths`, `inputs` and `digests` are per record.
pub fn manifest(
    current: &Standard,
    records: &Records,
    evaluations: &[Evaluation],
    info: &BuildInfo,
    paths: &[OutputPath],
    inputs: &[String],
    digests: &[Option<String>],
) -> Manifest {
    let rows = records
        .assessments
        .iter()
        .zip(evaluations)
        .zip(paths.iter().zip(inputs).zip(digests))
        .filter_map(|((a, e), ((path, key), digest))| {
            Some(row(current, info, a, e, path, digest.clone()?, key.clone()))
        })
        .collect();
    Manifest::new(rows)
}

/// A record whose verdict differs from the one an earlier manifest recorded for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerdictChange {
    pub employee_id: String,
    pub cycle: String,
    /// The outcomes in the content's language (晋级 …), before and now.
    pub before: String,
    pub now: String,
}

/// The records of `now` whose outcome differs from `previous`'s for the same employee and
/// cycle, by employee id and cycle; records in only one of them are no change of verdict.
pub fn verdict_changes<'a>(
    previous: &Manifest,
    now: impl Iterator<Item = (&'a Assessment, &'a Evaluation)>,
    language: crate::model::Language,
) -> Vec<VerdictChange> {
    let before: std::collections::HashMap<(&str, &str), &Row> = previous
        .reports
        .iter()
        .map(|r| ((r.employee_id.as_str(), r.cycle.as_str()), r))
        .collect();
    let mut changes: Vec<VerdictChange> = now
        .filter_map(|(a, e)| {
            let row = before.get(&(a.employee_id.as_str(), a.cycle.as_str()))?;
            let outcome = outcome_id(e);
            (row.outcome != outcome).then(|| VerdictChange {
                employee_id: a.employee_id.clone(),
                cycle: a.cycle.clone(),
                before: row.outcome_text.clone(),
                now: words::outcome(language, e.outcome).to_string(),
            })
        })
        .collect();
    changes.sort_by(|x, y| (&x.employee_id, &x.cycle).cmp(&(&y.employee_id, &y.cycle)));
    changes
}

/// The outcome as the manifest names it: `promoted`, `not-promoted` …
fn outcome_id(e: &Evaluation) -> String {
    serde_json::to_value(e.outcome)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}
