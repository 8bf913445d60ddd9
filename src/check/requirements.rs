//! One competency requirement as written, for a level or a position: the competency must be
//! known and the level within its grades (none for a one-line standard).

use super::Ctx;
use crate::diagnostics::{Diagnostic, codes};
use crate::load::raw::{RawRequirement, S};
use crate::model::*;
use crate::suggest;

/// One competency requirement as written (for a level or a position): a known competency, at
/// a level within its grades, or with no level for a one-line standard.
pub(super) fn requirement(
    ctx: &mut Ctx,
    file: &str,
    req: &S<RawRequirement>,
    competencies: &[Competency],
) -> Option<Requirement> {
    let r = &req.value;
    let id = r.competency.value.as_str();
    let key = r.key.as_ref().is_some_and(|k| k.value);
    let Some(c) = competencies.iter().find(|c| c.id == id) else {
        if !ctx.maybe_broken("competencies", id) {
            let ids: Vec<&str> = competencies.iter().map(|c| c.id.as_str()).collect();
            let loc = ctx.loc(file, &r.competency);
            ctx.push(
                Diagnostic::new(
                    &codes::UNKNOWN_COMPETENCY,
                    format!("there is no competency `{id}`"),
                )
                .at(loc)
                .help(
                    suggest::help_for("competency", id, &ids)
                        + " (competencies live in competencies/<id>.yaml)",
                ),
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
                    format!(
                        "`{id}` is a one-line standard, met or not; it has no level {}",
                        l.value
                    ),
                )
                .at(loc)
                .help("leave `level` out"),
            );
            1
        }
        (None, false) => {
            let loc = ctx.loc(file, &r.competency);
            ctx.push(
                Diagnostic::new(
                    &codes::MISSING_FIELD,
                    format!("the requirement of `{id}` gives no `level`"),
                )
                .at(loc)
                .help(format!("add `level: N` (1–{})", c.max_level().max(1))),
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
                    format!(
                        "`{id}` is graded 1–{}; level {} does not exist",
                        c.max_level(),
                        l.value
                    ),
                )
                .at(loc)
                .help(format!(
                    "require a level between 1 and {}, or add the level to competencies/{id}.yaml",
                    c.max_level()
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
