//! A record's competencies: each known to the dictionary, assessed in its shape (a level, or met
//! for a one-line standard) and range, and every one the level requires assessed.

use std::collections::BTreeMap;

use super::keys::{At, key_problem};
use crate::check::Ctx;
use crate::check::dictionary::Lookup;
use crate::diagnostics::{Diagnostic, codes};
use crate::load::raw::{RawAchievement, RawAssessment, S};
use crate::locale::Message;
use crate::model::*;
use crate::msg;

pub(super) fn check_competencies(
    ctx: &mut Ctx,
    file: &str,
    raw: &RawAssessment,
    level: &Level,
    requirements: &[Requirement],
    competencies: &Lookup<'_>,
) -> BTreeMap<String, Achievement> {
    let mut achieved = BTreeMap::new();
    for (id, a) in &raw.competencies {
        let Some(c) = competencies.get(id) else {
            if !ctx.maybe_broken("competencies", id) {
                key_problem(
                    ctx,
                    file,
                    At::Value(a),
                    &codes::UNKNOWN_COMPETENCY,
                    msg!("record-unknown-competency", competency = id),
                    crate::diagnostics::suggest::help_message(
                        &msg!("noun-competency"),
                        id,
                        &competencies.ids(),
                    ),
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
                msg!(
                    "record-competency-not-required",
                    level = &level.id,
                    competency = id
                ),
                msg!("record-competency-not-required-help"),
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
                .get(&r.competency)
                .is_some_and(|c| c.is_one_line());
            // YAML, not words: the same in every language.
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
                msg!(
                    "record-competency-not-assessed",
                    level = &level.id,
                    competency = &r.competency
                ),
                msg!(
                    "record-competency-not-assessed-help",
                    competency = &r.competency,
                    how = how
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
    let shape = |ctx: &mut Ctx, message: Message, help: Message| {
        let loc = ctx.loc_key(file, a, id);
        ctx.push(
            Diagnostic::new(&codes::WRONG_ASSESSMENT_SHAPE, message)
                .at(loc)
                .help(help),
        );
        None
    };
    match (&a.value.level, &a.value.met, c.is_one_line()) {
        (None, Some(met), true) => Some(u32::from(met.value)),
        (Some(_), _, true) => shape(
            ctx,
            msg!("record-one-line-graded", competency = id),
            msg!("record-one-line-help"),
        ),
        (None, None, true) => shape(
            ctx,
            msg!("record-one-line-no-met", competency = id),
            msg!("record-one-line-help"),
        ),
        (_, Some(_), false) => shape(
            ctx,
            msg!("record-graded-met", competency = id),
            msg!("record-graded-help"),
        ),
        (None, None, false) => shape(
            ctx,
            msg!("record-graded-no-level", competency = id),
            msg!("record-graded-help"),
        ),
        (Some(level), None, false) => {
            if c.levels.is_empty() || level.value <= c.max_level() {
                return Some(level.value);
            }
            let loc = ctx.loc(file, level);
            ctx.push(
                Diagnostic::new(
                    &codes::LEVEL_OUT_OF_RANGE,
                    msg!(
                        "record-level-out-of-range",
                        competency = id,
                        max = c.max_level(),
                        level = level.value
                    ),
                )
                .at(loc)
                .help(msg!("record-level-out-of-range-help", max = c.max_level())),
            );
            Some(level.value)
        }
    }
}
