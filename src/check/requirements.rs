//! One competency requirement as written, for a level or a position: the competency must be
//! known and the level within its grades (none for a one-line standard).

use super::Ctx;
use super::dictionary::Lookup;
use crate::diagnostics::suggest;
use crate::diagnostics::{Diagnostic, codes};
use crate::load::raw::{RawRequirement, S};
use crate::model::*;
use crate::msg;

/// One competency requirement as written (for a level or a position): a known competency, at
/// a level within its grades, or with no level for a one-line standard.
pub(super) fn requirement(
    ctx: &mut Ctx,
    file: &str,
    req: &S<RawRequirement>,
    competencies: &Lookup<'_>,
) -> Option<Requirement> {
    let r = &req.value;
    let id = r.competency.value.as_str();
    let key = r.key.as_ref().is_some_and(|k| k.value);
    let Some(c) = competencies.get(id) else {
        if !ctx.maybe_broken("competencies", id) {
            let ids = competencies.ids();
            let loc = ctx.loc(file, &r.competency);
            ctx.push(
                Diagnostic::new(
                    &codes::UNKNOWN_COMPETENCY,
                    msg!(
                        "check-unknown-reference",
                        what = msg!("noun-competency"),
                        id = id
                    ),
                )
                .at(loc)
                .help(suggest::help_message_with(
                    &msg!("noun-competency"),
                    id,
                    &ids,
                    msg!("hint-competencies"),
                )),
            );
        }
        return None;
    };
    let level = match (&r.level, c.is_one_line()) {
        (None, true) => 1,
        (Some(l), true) if l.value == 1 => 1,
        (Some(l), true) => {
            let loc = ctx.loc(file, l);
            ctx.push(
                Diagnostic::new(
                    &codes::LEVEL_OUT_OF_RANGE,
                    msg!("check-one-line-has-no-level", id = id, level = l.value),
                )
                .at(loc)
                .help(msg!("check-one-line-has-no-level-help")),
            );
            1
        }
        (None, false) => {
            let loc = ctx.loc(file, &r.competency);
            ctx.push(
                Diagnostic::new(
                    &codes::MISSING_FIELD,
                    msg!("check-requirement-no-level", id = id),
                )
                .at(loc)
                .help(msg!(
                    "check-requirement-no-level-help",
                    max = c.max_level().max(1)
                )),
            );
            return None;
        }
        // A competency without levels is reported once, in its own file.
        (Some(l), false) if c.levels.is_empty() => l.value,
        (Some(l), false) if l.value == 0 || l.value > c.max_level() => {
            let loc = ctx.loc(file, l);
            ctx.push(
                Diagnostic::new(
                    &codes::LEVEL_OUT_OF_RANGE,
                    msg!(
                        "check-requirement-level-out-of-range",
                        id = id,
                        max = c.max_level(),
                        level = l.value
                    ),
                )
                .at(loc)
                .help(msg!(
                    "check-requirement-level-out-of-range-help",
                    max = c.max_level(),
                    id = id
                )),
            );
            l.value
        }
        (Some(l), false) => l.value,
    };
    Some(Requirement {
        competency: id.to_string(),
        level,
        key,
    })
}
