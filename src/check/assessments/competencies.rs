//! A record's competencies: each known to the dictionary, assessed in its shape (a level, or met
//! for a one-line standard) and range, and every one the level requires assessed.

use std::collections::BTreeMap;

use super::keys::{At, key_problem};
use crate::check::Ctx;
use crate::diagnostics::{Diagnostic, codes};
use crate::load::raw::{RawAchievement, RawAssessment, S};
use crate::model::*;
use crate::suggest;

pub(super) fn check_competencies(
    ctx: &mut Ctx,
    file: &str,
    raw: &RawAssessment,
    level: &Level,
    requirements: &[Requirement],
    competencies: &[Competency],
) -> BTreeMap<String, Achievement> {
    let ids: Vec<&str> = competencies.iter().map(|c| c.id.as_str()).collect();
    let mut achieved = BTreeMap::new();
    for (id, a) in &raw.competencies {
        let Some(c) = competencies.iter().find(|c| &c.id == id) else {
            if !ctx.maybe_broken("competencies", id) {
                key_problem(
                    ctx,
                    file,
                    At::Value(a),
                    &codes::UNKNOWN_COMPETENCY,
                    format!("there is no competency `{id}`"),
                    suggest::help_for("competency", id, &ids),
                );
            }
            continue;
        };
        let Some(value) = achievement_value(ctx, file, id, a, c) else {
            continue;
        };
        if !requirements.iter().any(|r| &r.competency == id) {
            key_problem(
                ctx,
                file,
                At::Key(a, id),
                &codes::NOT_REQUIRED,
                format!(
                    "level `{}` does not require `{id}`; it is shown but not graded",
                    level.id
                ),
                "remove it, or check `applied_level` and `position`",
            );
        }
        achieved.insert(
            id.clone(),
            Achievement {
                level: value,
                evidence: a.value.evidence.as_ref().map(|e| e.value.clone()),
            },
        );
    }
    for r in requirements {
        if !raw.competencies.contains_key(&r.competency) {
            let one_line = competencies
                .iter()
                .any(|c| c.id == r.competency && c.is_one_line());
            let how = if one_line {
                "{ met: true }"
            } else {
                "{ level: N }"
            };
            key_problem(
                ctx,
                file,
                At::left_out(raw),
                &codes::NOT_ASSESSED,
                format!(
                    "level `{}` requires `{}` but the record does not assess it",
                    level.id, r.competency
                ),
                format!(
                    "add `{}: {how}` under `competencies:`; until then it counts as unmet",
                    r.competency
                ),
            );
        }
    }
    achieved
}

/// An assessment as a number: the graded level, or 1 / 0 for a one-line standard met or not.
fn achievement_value(
    ctx: &mut Ctx,
    file: &str,
    id: &str,
    a: &S<RawAchievement>,
    c: &Competency,
) -> Option<u32> {
    let shape = |ctx: &mut Ctx, message: String, help: &str| {
        let loc = ctx.loc_key(file, a, id);
        ctx.push(
            Diagnostic::new(&codes::WRONG_ASSESSMENT_SHAPE, message)
                .at(loc)
                .help(help.to_string()),
        );
        None
    };
    match (&a.value.level, &a.value.met, c.is_one_line()) {
        (None, Some(met), true) => Some(u32::from(met.value)),
        (Some(_), _, true) => shape(
            ctx,
            format!("`{id}` is a one-line standard, met or not"),
            "write `{ met: true }` or `{ met: false }`",
        ),
        (None, None, true) => shape(
            ctx,
            format!("the assessment of `{id}` says neither met nor not"),
            "write `{ met: true }` or `{ met: false }`",
        ),
        (_, Some(_), false) => shape(
            ctx,
            format!("`{id}` is graded; record the level achieved, not `met`"),
            "write `{ level: N }` (0 when not yet at level 1)",
        ),
        (None, None, false) => shape(
            ctx,
            format!("the assessment of `{id}` gives no level"),
            "write `{ level: N }` (0 when not yet at level 1)",
        ),
        (Some(level), None, false) => {
            if c.levels.is_empty() || level.value <= c.max_level() {
                return Some(level.value);
            }
            let loc = ctx.loc(file, level);
            ctx.push(
                Diagnostic::new(
                    &codes::LEVEL_OUT_OF_RANGE,
                    format!(
                        "`{id}` is graded 0–{}; level {} does not exist",
                        c.max_level(),
                        level.value
                    ),
                )
                .at(loc)
                .help(format!("record a level between 0 and {}", c.max_level())),
            );
            Some(level.value)
        }
    }
}
