//! A record's module scores: each module the level scores, in its shape (one number, per item,
//! the written exam, from the KPIs) and within its points, and every module scored.

use std::collections::BTreeMap;

use super::keys::{At, key_problem};
use crate::check::Ctx;
use crate::diagnostics::{Diagnostic, Location, codes};
use crate::load::raw::{RawAssessment, RawModuleScore, S};
use crate::locale::Message;
use crate::model::*;
use crate::msg;

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
                msg!("record-unknown-module", level = &level.id, module = id),
                crate::diagnostics::suggest::help_message(
                    &msg!("noun-scoring-module"),
                    id,
                    &module_ids,
                ),
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
                msg!("record-score-from-kpis", module = id),
            )
            .at(loc)
            .help(msg!("record-score-from-kpis-help")),
        ),
        RawModuleScore::Whole(_) if definition.exam => ctx.push(
            Diagnostic::new(
                &codes::EXAM_IN_SCORES,
                msg!("record-score-is-exam", module = id),
            )
            .at(loc)
            .help(msg!("record-score-is-exam-help")),
        ),
        RawModuleScore::Whole(x) if !definition.items.is_empty() => ctx.push(
            Diagnostic::new(
                &codes::WRONG_SCORE_SHAPE,
                msg!("record-score-per-item", module = id, score = x.to_string()),
            )
            .at(loc)
            .help(msg!(
                "record-score-per-item-help",
                module = id,
                // YAML, not words: the same in every language.
                items = req
                    .items
                    .iter()
                    .map(|(i, _)| format!("{i}: …"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        ),
        RawModuleScore::Whole(x) => {
            check_range(ctx, &loc, *x, req.points, |score, points| {
                msg!(
                    "record-score-out-of-range",
                    module = id,
                    score = score,
                    points = points
                )
            });
            return Some(ModuleScore::Whole(*x));
        }
        RawModuleScore::Items(_) if definition.items.is_empty() => ctx.push(
            Diagnostic::new(
                &codes::WRONG_SCORE_SHAPE,
                msg!("record-score-not-per-item", module = id),
            )
            .at(loc)
            .help(msg!(
                "record-score-not-per-item-help",
                module = id,
                points = format_number(req.points)
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
            Some((_, points)) => check_range(ctx, loc, *x, *points, |score, points| {
                msg!(
                    "record-item-score-out-of-range",
                    item = item,
                    module = id,
                    score = score,
                    points = points
                )
            }),
            None => {
                let item_ids: Vec<&str> = req.items.iter().map(|(i, _)| i.as_str()).collect();
                ctx.push(
                    Diagnostic::new(
                        &codes::UNKNOWN_ITEM,
                        msg!("module-unknown-item", module = id, item = item),
                    )
                    .at(loc.clone())
                    .help(crate::diagnostics::suggest::help_message(
                        &msg!("noun-item"),
                        item,
                        &item_ids,
                    )),
                );
            }
        }
    }
    for (item, _) in &req.items {
        if !items.contains_key(item) {
            ctx.push(
                Diagnostic::new(
                    &codes::MISSING_SCORE,
                    msg!("record-item-unscored", item = item, module = id),
                )
                .at(loc.clone())
                .help(msg!("record-item-unscored-help", item = item, module = id)),
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
                msg!("record-exam-unscored-help")
            } else {
                msg!("record-module-unscored-help", module = &req.module)
            };
            key_problem(
                ctx,
                file,
                At::left_out(raw),
                &codes::MISSING_SCORE,
                msg!("record-module-unscored", module = &req.module),
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
            Some(req) => check_range(ctx, &loc, exam.value, req.points, |score, points| {
                msg!("record-exam-out-of-range", score = score, points = points)
            }),
            None => ctx.push(
                Diagnostic::new(
                    &codes::NO_EXAM_MODULE,
                    msg!("record-no-exam-module", level = &level.id),
                )
                .at(loc)
                .help(msg!("record-no-exam-module-help")),
            ),
        }
    }
}

/// A score outside 0 to its points; `message` says whose, given the score and the points.
fn check_range(
    ctx: &mut Ctx,
    loc: &Location,
    score: f64,
    points: f64,
    message: impl FnOnce(String, String) -> Message,
) {
    if !(0.0..=points).contains(&score) {
        let p = format_number(points);
        ctx.push(
            Diagnostic::new(
                &codes::SCORE_OUT_OF_RANGE,
                message(format_number(score), p.clone()),
            )
            .at(loc.clone())
            .help(msg!("record-score-out-of-range-help", points = p)),
        );
    }
}
