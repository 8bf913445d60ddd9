//! A record's behaviour-standard activities: each known to the sequence, and every one the level
//! requires assessed.

use std::collections::BTreeMap;

use super::keys::{At, key_problem};
use crate::check::Ctx;
use crate::diagnostics::codes;
use crate::load::raw::RawAssessment;
use crate::model::*;
use crate::msg;

pub(super) fn check_behaviours(
    ctx: &mut Ctx,
    file: &str,
    raw: &RawAssessment,
    level: &Level,
    sequence: &Sequence,
) -> BTreeMap<String, BehaviourResult> {
    let activities: Vec<&str> = sequence
        .behaviour_modules
        .iter()
        .flat_map(|m| m.activities.iter().map(|a| a.id.as_str()))
        .collect();
    let mut results = BTreeMap::new();
    for (id, result) in &raw.behaviours {
        if !activities.contains(&id.as_str()) {
            key_problem(
                ctx,
                file,
                At::Key(result, id),
                &codes::UNKNOWN_ACTIVITY,
                msg!(
                    "record-unknown-activity",
                    sequence = &sequence.id,
                    activity = id
                ),
                crate::diagnostics::suggest::help_message(&msg!("noun-activity"), id, &activities),
            );
            continue;
        }
        if !level.behaviours.iter().any(|b| &b.activity == id) {
            key_problem(
                ctx,
                file,
                At::Key(result, id),
                &codes::NOT_REQUIRED,
                msg!(
                    "record-activity-not-required",
                    level = &level.id,
                    activity = id
                ),
                msg!("record-activity-not-required-help"),
            );
        }
        results.insert(
            id.clone(),
            BehaviourResult {
                met: result.value.met.value,
                evidence: result.value.evidence.as_ref().map(|e| e.value.clone()),
            },
        );
    }
    for b in &level.behaviours {
        if !raw.behaviours.contains_key(&b.activity) {
            key_problem(
                ctx,
                file,
                At::left_out(raw),
                &codes::NOT_ASSESSED,
                msg!(
                    "record-activity-not-assessed",
                    level = &level.id,
                    activity = &b.activity
                ),
                msg!("record-activity-not-assessed-help", activity = &b.activity),
            );
        }
    }
    results
}
