//! A record's behaviour-standard activities: each known to the sequence, and every one the level
//! requires assessed.

use std::collections::BTreeMap;

use super::keys::{At, key_problem};
use crate::check::Ctx;
use crate::diagnostics::codes;
use crate::load::raw::RawAssessment;
use crate::model::*;
use crate::suggest;

pub(super) fn check_behaviours(
    ctx: &mut Ctx,
    file: &str,
    raw: &RawAssessment,
    level: &Level,
    sequence: &Sequence,
) -> BTreeMap<String, BehaviourResult> {
    let known: Vec<&str> = sequence
        .behaviour_modules
        .iter()
        .flat_map(|m| m.activities.iter().map(|a| a.id.as_str()))
        .collect();
    let mut results = BTreeMap::new();
    for (id, result) in &raw.behaviours {
        if !known.contains(&id.as_str()) {
            key_problem(
                ctx,
                file,
                At::Key(result, id),
                &codes::UNKNOWN_ACTIVITY,
                format!("sequence `{}` has no activity `{id}`", sequence.id),
                suggest::help_for("activity", id, &known),
            );
            continue;
        }
        if !level.behaviours.iter().any(|b| &b.activity == id) {
            key_problem(
                ctx,
                file,
                At::Key(result, id),
                &codes::NOT_REQUIRED,
                format!(
                    "level `{}` does not require activity `{id}`; it is shown but not graded",
                    level.id
                ),
                "remove it, or check `applied_level`",
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
                format!(
                    "level `{}` requires activity `{}` but the record does not assess it",
                    level.id, b.activity
                ),
                format!(
                    "add `{}: {{ met: true }}` (or false) under `behaviours:`; until then it counts as not met",
                    b.activity
                ),
            );
        }
    }
    results
}
