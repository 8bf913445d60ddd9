//! A record's module scores: each module the level scores, in its shape (one number, per item,
//! the written exam, from the KPIs) and within its points, and every module scored.

use std::collections::BTreeMap;

use super::keys::{At, key_problem};
use crate::check::Ctx;
use crate::diagnostics::{Diagnostic, Location, codes};
use crate::load::raw::{RawAssessment, RawModuleScore, S};
use crate::model::*;
use crate::suggest;

pub(super) fn check_scores(
    ctx: &mut Ctx,
    file: &str,
    raw: &RawAssessment,
    level: &Level,
    sequence: &Sequence,
) -> BTreeMap<String, ModuleScore> {
    let module_ids: Vec<&str> = level
        .scoring
        .modules
        .iter()
        .map(|m| m.module.as_str())
        .collect();
    let mut scores = BTreeMap::new();
    for (id, score) in &raw.scores {
        let Some(req) = level.scoring.modules.iter().find(|m| &m.module == id) else {
            key_problem(
                ctx,
                file,
                At::Key(score, id),
                &codes::UNKNOWN_MODULE,
                format!("level `{}` has no scoring module `{id}`", level.id),
                suggest::help_for("scoring module", id, &module_ids),
            );
            continue;
        };
        let definition = sequence.module(id).expect("checked module");
        if let Some(checked) = module_score(ctx, file, id, score, req, definition) {
            scores.insert(id.clone(), checked);
        }
    }
    check_all_scored(ctx, file, raw, level, sequence);
    check_exam(ctx, file, raw, level, sequence);
    scores
}

/// One module's score in the shape its module takes: one number, per item (the written exam
/// and a module scored from the KPIs take none here).
fn module_score(
    ctx: &mut Ctx,
    file: &str,
    id: &str,
    score: &S<RawModuleScore>,
    req: &ModuleRequirement,
    definition: &ModuleDefinition,
) -> Option<ModuleScore> {
    let loc = ctx.loc(file, score);
    match &score.value {
        _ if definition.kpi => ctx.push(
            Diagnostic::new(
                &codes::WRONG_SCORE_SHAPE,
                format!("`{id}` is scored from the KPI results"),
            )
            .at(loc)
            .help("give the results under `kpis:` at the top level of the record"),
        ),
        RawModuleScore::Whole(_) if definition.exam => ctx.push(
            Diagnostic::new(
                &codes::EXAM_IN_SCORES,
                format!("`{id}` is the written exam"),
            )
            .at(loc)
            .help("give the exam score as `written_exam:` at the top level of the record"),
        ),
        RawModuleScore::Whole(x) if !definition.items.is_empty() => ctx.push(
            Diagnostic::new(
                &codes::WRONG_SCORE_SHAPE,
                format!("module `{id}` is scored per item, not as one number ({x})"),
            )
            .at(loc)
            .help(format!(
                "write `{id}: {{ {} }}`",
                req.items
                    .iter()
                    .map(|(i, _)| format!("{i}: …"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        ),
        RawModuleScore::Whole(x) => {
            check_range(ctx, &loc, *x, req.points, &format!("`{id}`"));
            return Some(ModuleScore::Whole(*x));
        }
        RawModuleScore::Items(_) if definition.items.is_empty() => ctx.push(
            Diagnostic::new(
                &codes::WRONG_SCORE_SHAPE,
                format!("module `{id}` has no items; give one number"),
            )
            .at(loc)
            .help(format!(
                "write `{id}: <score out of {}>`",
                format_number(req.points)
            )),
        ),

        RawModuleScore::Items(items) => {
            check_items(ctx, &loc, id, items, req);
            return Some(ModuleScore::Items(items.clone()));
        }
    }
    None
}

/// Each item score within its points, no item the module lacks, and every item scored.
fn check_items(
    ctx: &mut Ctx,
    loc: &Location,
    id: &str,
    items: &BTreeMap<String, f64>,
    req: &ModuleRequirement,
) {
    for (item, x) in items {
        match req.items.iter().find(|(i, _)| i == item) {
            Some((_, points)) => {
                check_range(ctx, loc, *x, *points, &format!("item `{item}` of `{id}`"))
            }
            None => {
                let item_ids: Vec<&str> = req.items.iter().map(|(i, _)| i.as_str()).collect();
                ctx.push(
                    Diagnostic::new(
                        &codes::UNKNOWN_ITEM,
                        format!("module `{id}` has no item `{item}`"),
                    )
                    .at(loc.clone())
                    .help(suggest::help_for("item", item, &item_ids)),
                );
            }
        }
    }
    for (item, _) in &req.items {
        if !items.contains_key(item) {
            ctx.push(
                Diagnostic::new(
                    &codes::MISSING_SCORE,
                    format!("item `{item}` of `{id}` is not scored; it counts as 0"),
                )
                .at(loc.clone())
                .help(format!("add `{item}: <score>` to `{id}`")),
            );
        }
    }
}

/// Every module the level scores is scored (the exam as `written_exam`; a KPI module from the
/// results).
fn check_all_scored(
    ctx: &mut Ctx,
    file: &str,
    raw: &RawAssessment,
    level: &Level,
    sequence: &Sequence,
) {
    for req in &level.scoring.modules {
        let definition = sequence.module(&req.module).expect("checked module");
        let scored = if definition.exam {
            raw.written_exam.is_some()
        } else if definition.kpi {
            true
        } else {
            raw.scores.contains_key(&req.module)
        };
        if !scored {
            let how = if definition.exam {
                "add `written_exam: <score>`".to_string()
            } else {
                format!("add `{}:` under `scores:`", req.module)
            };
            key_problem(
                ctx,
                file,
                At::left_out(raw),
                &codes::MISSING_SCORE,
                format!("module `{}` is not scored; it counts as 0", req.module),
                how,
            );
        }
    }
}

/// The written exam within the exam module's points, or ignored when the level has none.
fn check_exam(ctx: &mut Ctx, file: &str, raw: &RawAssessment, level: &Level, sequence: &Sequence) {
    if let Some(exam) = &raw.written_exam {
        let loc = ctx.loc(file, exam);
        match level
            .scoring
            .modules
            .iter()
            .find(|m| sequence.module(&m.module).is_some_and(|d| d.exam))
        {
            Some(req) => check_range(ctx, &loc, exam.value, req.points, "the written exam"),
            None => ctx.push(
                Diagnostic::new(
                    &codes::NO_EXAM_MODULE,
                    format!(
                        "level `{}` has no exam module; `written_exam` is ignored",
                        level.id
                    ),
                )
                .at(loc)
                .help("remove it, or add a module with `exam: true` to the level's scoring"),
            ),
        }
    }
}

fn check_range(ctx: &mut Ctx, loc: &Location, score: f64, points: f64, what: &str) {
    if !(0.0..=points).contains(&score) {
        let p = format_number(points);
        ctx.push(
            Diagnostic::new(
                &codes::SCORE_OUT_OF_RANGE,
                format!("{what} scores {} but is worth 0–{p}", format_number(score)),
            )
            .at(loc.clone())
            .help(format!("give a score between 0 and {p}")),
        );
    }
}
