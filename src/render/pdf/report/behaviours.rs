//! The behaviour standards: each required activity with the record's verdict and evidence,
//! not met first (key first), then the met ones, each in the sequence's order.

use serde::Serialize;

use crate::evaluate::Evaluation;
use crate::model::{Assessment, Sequence};

#[derive(Serialize)]
pub(super) struct BehaviourRow<'a> {
    module: &'a str,
    name: &'a str,
    key: bool,
    /// "met", "unmet" or "missing" (not assessed: counts as not met).
    status: &'static str,
    evidence: Option<&'a str>,
}

pub(super) fn behaviours<'a>(
    sequence: &'a Sequence,
    a: &'a Assessment,
    e: &Evaluation,
) -> Vec<BehaviourRow<'a>> {
    e.behaviours
        .iter()
        .filter(|b| !b.met && b.key)
        .chain(e.behaviours.iter().filter(|b| !b.met && !b.key))
        .chain(e.behaviours.iter().filter(|b| b.met))
        .filter_map(|b| {
            let (module, activity) = sequence.activity(&b.activity)?;
            Some(BehaviourRow {
                module: &module.name,
                name: &activity.name,
                key: b.key,
                status: match (b.assessed, b.met) {
                    (false, _) => "missing",
                    (true, true) => "met",
                    (true, false) => "unmet",
                },
                evidence: a
                    .behaviours
                    .get(&b.activity)
                    .and_then(|r| r.evidence.as_deref()),
            })
        })
        .collect()
}
