//! Certifications over time (README, *The evaluation rules*, §11): which verdicts take effect
//! and from when, the certificate each gives (with a serial stable across rebuilds), and what
//! each person holds on a date — level, since, valid until, status. Pure: records and their
//! evaluations in, never the clock.

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};

use super::{Evaluation, Outcome};
use crate::model::{Assessment, CertificationAction, Date, Records, Standard};

/// Where a certification stands on a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Active,
    /// Ends within the standard's `expiring_months`: due for renewal.
    Expiring,
    /// A re-certification failed and the settings observe (保留观察): held on probation.
    Observation,
    Expired,
    Suspended,
    Revoked,
}

impl Status {
    /// Whether the level is held on that day (active, due for renewal, or on probation).
    pub fn in_force(self) -> bool {
        matches!(
            self,
            Status::Active | Status::Expiring | Status::Observation
        )
    }
}

/// A certification one verdict gave: what its certificate says.
#[derive(Debug, Clone)]
pub struct Certificate<'a> {
    pub record: &'a Assessment,
    pub sequence: String,
    pub level: String,
    /// The day it took effect: the cycle's `effective_date`, else the record's date.
    pub effective: Date,
    pub valid_until: Date,
    pub serial: String,
}

/// What a person holds on a date.
#[derive(Debug, Clone)]
pub struct Held<'a> {
    pub certificate: Certificate<'a>,
    /// Since when the person holds this level without a break (renewals keep it).
    pub since: Date,
    pub status: Status,
    /// Why it was suspended or revoked.
    pub reason: Option<String>,
}

/// The day a record's verdict takes effect.
pub fn effective_date(records: &Records, a: &Assessment) -> Date {
    records
        .people
        .get(&a.cycle)
        .and_then(|c| c.calendar.effective_date)
        .unwrap_or(a.date)
}

/// The last day a certification effective on `date` holds for `years`: the day before the
/// same day whole months later (0.5 years: 6 months), as certificates print it — 2025-01-01
/// for three years is valid until 2027-12-31.
pub fn valid_until(date: Date, years: f64) -> Date {
    Date::from_days(date.add_months((years * 12.0).round() as i64).days() - 1)
}

/// The serial of a certificate: the cycle, then eight hex digits of SHA-256 over who, which
/// level and the day it took effect — the same on every rebuild, different for any other
/// certificate.
pub fn serial(a: &Assessment, sequence: &str, level: &str, effective: Date) -> String {
    let mut h = Sha256::new();
    for part in [
        &a.employee_id,
        &a.cycle,
        sequence,
        level,
        &effective.to_string(),
    ] {
        h.update(part.as_bytes());
        h.update([0]);
    }
    let hex: String = h.finalize()[..4]
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect();
    format!("{}-{hex}", a.cycle)
}

/// The certificate a record's verdict gives, when it takes effect: a first certification, a
/// promotion, a re-certification passed, a change of role passed, or (a failed
/// re-certification that demotes) the level below.
pub fn certificate<'a>(
    standard: &Standard,
    records: &Records,
    a: &'a Assessment,
    e: &Evaluation,
) -> Option<Certificate<'a>> {
    let sequence = standard.sequence(&a.sequence)?;
    let level = match e.outcome {
        Outcome::Certified | Outcome::Promoted | Outcome::Retained | Outcome::Reassigned => {
            a.applied_level.clone()
        }
        Outcome::Demoted => {
            let held = sequence.level(a.current_level.as_deref()?)?;
            sequence
                .levels
                .iter()
                .find(|l| l.rank + 1 == held.rank)?
                .id
                .clone()
        }
        _ => return None,
    };
    let effective = effective_date(records, a);
    Some(Certificate {
        record: a,
        sequence: a.sequence.clone(),
        valid_until: valid_until(effective, standard.settings.certification.years(&level)),
        serial: serial(a, &a.sequence, &level, effective),
        level,
        effective,
    })
}

/// Every certificate the records give, in record order.
pub fn certificates<'a>(
    standard: &Standard,
    records: &'a Records,
    evaluations: &[Evaluation],
) -> Vec<Certificate<'a>> {
    records
        .assessments
        .iter()
        .zip(evaluations)
        .filter_map(|(a, e)| certificate(standard, records, a, e))
        .collect()
}

/// What each person holds on `on`, by employee id: their records taken in cycle order (those
/// taking effect after `on` left out). A certificate replaces what was held (a renewal at the
/// same level keeps `since`); a failed re-certification that observes puts it on probation; a
/// failed application changes nothing; a suspension or revocation dated by `on` ends it.
pub fn held_on<'a>(
    standard: &Standard,
    records: &'a Records,
    evaluations: &[Evaluation],
    on: Date,
) -> BTreeMap<String, Held<'a>> {
    let members: Vec<(&'a Assessment, &Evaluation)> =
        records.assessments.iter().zip(evaluations).collect();
    held_by(standard, records, &members, on)
}

/// [`held_on`] over records paired with their evaluations.
pub fn held_by<'a>(
    standard: &Standard,
    records: &Records,
    members: &[(&'a Assessment, &Evaluation)],
    on: Date,
) -> BTreeMap<String, Held<'a>> {
    let mut by_person: BTreeMap<&str, Vec<(&'a Assessment, &Evaluation)>> = BTreeMap::new();
    for (a, e) in members {
        by_person.entry(&a.employee_id).or_default().push((a, e));
    }
    let expiring = standard.settings.certification.expiring_months;
    let mut out = BTreeMap::new();
    for (employee, mut history) in by_person {
        history.sort_by(|x, y| (&x.0.cycle, x.0.date).cmp(&(&y.0.cycle, y.0.date)));
        let mut held: Option<Held<'a>> = None;
        for (a, e) in history {
            if effective_date(records, a) > on {
                continue;
            }
            if let Some(c) = certificate(standard, records, a, e) {
                let since = match &held {
                    Some(h)
                        if h.certificate.level == c.level
                            && h.certificate.sequence == c.sequence
                            && !matches!(h.status, Status::Revoked) =>
                    {
                        h.since
                    }
                    _ => c.effective,
                };
                held = Some(Held {
                    certificate: c,
                    since,
                    status: Status::Active,
                    reason: None,
                });
            } else if e.outcome == Outcome::Observation
                && let Some(h) = held.as_mut()
            {
                h.status = Status::Observation;
            }
            if let (Some(change), Some(h)) = (&a.certification_change, held.as_mut())
                && change.on <= on
            {
                h.status = match change.action {
                    CertificationAction::Suspend => Status::Suspended,
                    CertificationAction::Revoke => Status::Revoked,
                };
                h.reason = Some(change.reason.clone());
            }
        }
        if let Some(mut h) = held {
            if matches!(h.status, Status::Active | Status::Observation) {
                if on > h.certificate.valid_until {
                    h.status = Status::Expired;
                } else if h.status == Status::Active
                    && on.add_months(i64::from(expiring)) >= h.certificate.valid_until
                {
                    h.status = Status::Expiring;
                }
            }
            out.insert(employee.to_string(), h);
        }
    }
    out
}

/// The day certifications are read on when none is given: the latest cycle's effective date,
/// else the latest record's date (never the clock).
pub fn default_date(records: &Records) -> Option<Date> {
    let latest = records.assessments.iter().map(|a| a.cycle.as_str()).max()?;
    records
        .people
        .get(latest)
        .and_then(|c| c.calendar.effective_date)
        .or_else(|| records.assessments.iter().map(|a| a.date).max())
}
