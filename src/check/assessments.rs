//! Rules for assessment records: safe ids (they become file names), references to the sequence,
//! levels, competencies, modules and items, scores within range, valid dates, and warnings for
//! evidence that is missing (it counts as unmet or zero).

use std::collections::{BTreeMap, HashMap};

use super::settings::check_date;
use super::{Ctx, is_file_safe_id, plans};
use crate::diagnostics::{Diagnostic, Location, codes};
use crate::load::Parsed;
use crate::load::raw::{RawAssessment, RawModuleScore, S};
use crate::model::*;
use crate::suggest;

const FILE_SAFE_HELP: &str = "use letters, digits, `-` and `_` only (at most 64), starting with a letter or digit: it becomes a file name";

pub(super) fn check(
    ctx: &mut Ctx,
    parsed: &[Parsed<RawAssessment>],
    sequences: &[Sequence],
    competencies: &[Competency],
    kinds: &[Category],
    ratings: &[String],
) -> Vec<Assessment> {
    let mut out = Vec::new();
    let mut seen: HashMap<(String, String), String> = HashMap::new();
    let mut timeline = Vec::new();
    let mut open_items = Vec::new();
    for Parsed { file, value: raw } in parsed {
        let mut ok = true;
        for (value, what) in [(&raw.employee_id, "employee id"), (&raw.cycle, "cycle")] {
            if !is_file_safe_id(&value.value) {
                let loc = ctx.loc(file, value);
                ctx.push(
                    Diagnostic::new(
                        &codes::UNSAFE_ID,
                        format!("`{}` is not a valid {what}", value.value),
                    )
                    .at(loc)
                    .help(FILE_SAFE_HELP),
                );
                ok = false;
            }
        }
        ctx.check_not_empty(file, &raw.name, "name");
        if ok {
            check_file_layout(ctx, file, raw);
        }
        let key = (raw.employee_id.value.clone(), raw.cycle.value.clone());
        if let Some(first) = seen.get(&key) {
            let loc = ctx.loc(file, &raw.employee_id);
            ctx.push(
                Diagnostic::new(
                    &codes::DUPLICATE_RECORD,
                    format!(
                        "employee `{}` already has a record for cycle `{}`",
                        key.0, key.1
                    ),
                )
                .at(loc)
                .help(format!(
                    "the first is {first}; keep one record per employee per cycle"
                )),
            );
        } else {
            seen.insert(key, file.clone());
        }
        let date = check_date(ctx, file, &raw.date);
        let Some(sequence) = find_sequence(ctx, file, &raw.sequence, sequences) else {
            continue;
        };
        let current = raw
            .current_level
            .as_ref()
            .and_then(|l| find_level(ctx, file, l, sequence));
        let applied = match (&raw.applied_level, &raw.current_level) {
            (Some(l), _) => find_level(ctx, file, l, sequence),
            (None, Some(_)) => current,
            (None, None) => {
                let loc = ctx.loc(file, &raw.sequence);
                ctx.push(
                    Diagnostic::new(
                        &codes::NO_TARGET_LEVEL,
                        "the record names neither `applied_level` nor `current_level`",
                    )
                    .at(loc)
                    .help("add `applied_level: <level id>` (the level being assessed for)"),
                );
                None
            }
        };
        let Some(level) = applied else { continue };
        if let (Some(current), Some(applied_raw)) = (current, &raw.applied_level)
            && level.rank < current.rank
        {
            let loc = ctx.loc(file, applied_raw);
            ctx.push(
                Diagnostic::new(
                    &codes::APPLIES_BELOW_CURRENT,
                    format!(
                        "applies for `{}`, below the current level `{}`",
                        level.id, current.id
                    ),
                )
                .at(loc)
                .help("check the two levels; a re-certification leaves `applied_level` out"),
            );
        }
        let facts = check_facts(ctx, file, raw, level, ratings);
        let achieved = check_competencies(ctx, file, raw, level, competencies);
        let scores = check_scores(ctx, file, raw, level, sequence);
        for c in &raw.contributions {
            let kind_ids: Vec<&str> = kinds.iter().map(|k| k.id.as_str()).collect();
            if !kind_ids.contains(&c.value.kind.value.as_str())
                && !ctx.maybe_broken("rungs.yaml", "")
            {
                let loc = ctx.loc(file, &c.value.kind);
                ctx.push(
                    Diagnostic::new(
                        &codes::UNKNOWN_CONTRIBUTION_KIND,
                        format!("there is no contribution kind `{}`", c.value.kind.value),
                    )
                    .at(loc)
                    .help(suggest::help_for(
                        "contribution kind",
                        &c.value.kind.value,
                        &kind_ids,
                    )),
                );
            }
        }
        let (plan, open) = plans::check_plan(ctx, file, raw, competencies);
        open_items.extend(open);
        if !ok {
            continue;
        }
        if let Some(date) = date {
            timeline.push(plans::Dated {
                employee: raw.employee_id.value.clone(),
                cycle: raw.cycle.value.clone(),
                date,
                location: ctx.loc(file, &raw.date),
            });
        }
        out.push(Assessment {
            file: file.clone(),
            employee_id: raw.employee_id.value.clone(),
            name: raw.name.value.clone(),
            department: raw.department.value.clone(),
            manager: raw.manager.as_ref().map(|m| Manager {
                id: m.id.value.clone(),
                name: m.name.value.clone(),
            }),
            sequence: sequence.id.clone(),
            cycle: raw.cycle.value.clone(),
            current_level: current.map(|l| l.id.clone()),
            applied_level: level.id.clone(),
            date: date.unwrap_or(Date {
                year: 1970,
                month: 1,
                day: 1,
            }),
            assessors: raw.assessors.iter().map(|a| a.value.clone()).collect(),
            edition: raw.edition.as_ref().map(|e| e.value.clone()),
            facts,
            competencies: achieved,
            scores,
            written_exam: raw.written_exam.as_ref().map(|w| w.value),
            contributions: raw
                .contributions
                .iter()
                .map(|c| Contribution {
                    kind: c.value.kind.value.clone(),
                    title: c.value.title.value.clone(),
                })
                .collect(),
            comments: raw.comments.as_ref().map(|c| c.value.clone()),
            plan,
        });
    }
    plans::check_timeline(ctx, &mut timeline, &open_items);
    out
}

fn check_file_layout(ctx: &mut Ctx, file: &str, raw: &RawAssessment) {
    let mut parts = file.split('/').skip(1);
    let (folder, name) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let stem = name.trim_end_matches(".yaml").trim_end_matches(".yml");
    if stem != raw.employee_id.value {
        ctx.push(
            Diagnostic::new(
                &codes::FILE_NAME_MISMATCH,
                format!(
                    "the file is named `{stem}` but the record is for `{}`",
                    raw.employee_id.value
                ),
            )
            .at(Location::file(file))
            .help(format!(
                "rename it to assessments/{folder}/{}.yaml",
                raw.employee_id.value
            )),
        );
    }
    if folder != raw.cycle.value {
        let loc = ctx.loc(file, &raw.cycle);
        ctx.push(
            Diagnostic::new(
                &codes::CYCLE_FOLDER_MISMATCH,
                format!(
                    "the record is for cycle `{}` but lies in folder `{folder}`",
                    raw.cycle.value
                ),
            )
            .at(loc)
            .help(format!(
                "move it to assessments/{}/ or correct `cycle:`",
                raw.cycle.value
            )),
        );
    }
}

fn find_sequence<'s>(
    ctx: &mut Ctx,
    file: &str,
    id: &S<String>,
    sequences: &'s [Sequence],
) -> Option<&'s Sequence> {
    let found = sequences.iter().find(|s| s.id == id.value);
    if found.is_none() && !ctx.maybe_broken("sequences", &id.value) {
        let ids: Vec<&str> = sequences.iter().map(|s| s.id.as_str()).collect();
        let loc = ctx.loc(file, id);
        ctx.push(
            Diagnostic::new(
                &codes::UNKNOWN_SEQUENCE,
                format!("there is no sequence `{}`", id.value),
            )
            .at(loc)
            .help(suggest::help_for("sequence", &id.value, &ids)),
        );
    }
    found
}

fn find_level<'s>(
    ctx: &mut Ctx,
    file: &str,
    id: &S<String>,
    sequence: &'s Sequence,
) -> Option<&'s Level> {
    let found = sequence.level(&id.value);
    if found.is_none() {
        let ids: Vec<&str> = sequence.levels.iter().map(|l| l.id.as_str()).collect();
        let loc = ctx.loc(file, id);
        ctx.push(
            Diagnostic::new(
                &codes::UNKNOWN_LEVEL,
                format!("sequence `{}` has no level `{}`", sequence.id, id.value),
            )
            .at(loc)
            .help(suggest::help_for("level", &id.value, &ids)),
        );
    }
    found
}

fn check_facts(
    ctx: &mut Ctx,
    file: &str,
    raw: &RawAssessment,
    level: &Level,
    ratings: &[String],
) -> Facts {
    let f = &raw.facts;
    let rating_ids: Vec<&str> = ratings.iter().map(String::as_str).collect();
    for r in &f.performance {
        if !rating_ids.contains(&r.value.as_str()) {
            let loc = ctx.loc(file, r);
            ctx.push(
                Diagnostic::new(
                    &codes::UNKNOWN_RATING,
                    format!("`{}` is not a performance rating", r.value),
                )
                .at(loc)
                .help(format!(
                    "use one of {} (set `performance_ratings` in rungs.yaml to change them)",
                    rating_ids.join(", ")
                )),
            );
        }
    }
    for value in [&f.experience_years, &f.years_in_level, &f.training_hours]
        .into_iter()
        .flatten()
    {
        if value.value < 0.0 {
            let loc = ctx.loc(file, value);
            ctx.push(
                Diagnostic::new(&codes::OUT_OF_RANGE, format!("{} is negative", value.value))
                    .at(loc)
                    .help("write 0 or more"),
            );
        }
    }
    for (id, v) in &f.other {
        if !level.conditions.other.iter().any(|o| &o.id == id) {
            let ids: Vec<&str> = level
                .conditions
                .other
                .iter()
                .map(|o| o.id.as_str())
                .collect();
            let loc = ctx.loc(file, v);
            ctx.push(
                Diagnostic::new(
                    &codes::UNKNOWN_CONDITION,
                    format!(
                        "level `{}` has no condition `{id}`; the fact is ignored",
                        level.id
                    ),
                )
                .at(loc)
                .help(suggest::help_for("condition", id, &ids)),
            );
        }
    }
    let c = &level.conditions;
    let missing = [
        (c.education.is_some() && f.education.is_none(), "education"),
        (
            c.experience_years.is_some() && f.experience_years.is_none(),
            "experience_years",
        ),
        (
            c.years_in_level.is_some() && f.years_in_level.is_none(),
            "years_in_level",
        ),
        (
            c.training_hours.is_some() && f.training_hours.is_none(),
            "training_hours",
        ),
        (
            c.performance.is_some() && f.performance.is_empty(),
            "performance",
        ),
    ];
    for (is_missing, fact) in missing {
        if is_missing {
            let loc = ctx.loc(file, &raw.employee_id);
            ctx.push(
                Diagnostic::new(&codes::MISSING_FACT, format!("level `{}` has a `{fact}` condition but the record gives no `facts.{fact}`", level.id))
                    .at(loc)
                    .help("without the fact the condition counts as unmet; add it under `facts:`"),
            );
        }
    }
    Facts {
        education: f.education.as_ref().map(|e| e.value),
        experience_years: f.experience_years.as_ref().map(|v| v.value),
        years_in_level: f.years_in_level.as_ref().map(|v| v.value),
        training_hours: f.training_hours.as_ref().map(|v| v.value),
        certifications: f.certifications.iter().map(|c| c.value.clone()).collect(),
        performance: f.performance.iter().map(|r| r.value.clone()).collect(),
        other: f.other.iter().map(|(k, v)| (k.clone(), v.value)).collect(),
    }
}

fn check_competencies(
    ctx: &mut Ctx,
    file: &str,
    raw: &RawAssessment,
    level: &Level,
    competencies: &[Competency],
) -> BTreeMap<String, Achievement> {
    let ids: Vec<&str> = competencies.iter().map(|c| c.id.as_str()).collect();
    let mut achieved = BTreeMap::new();
    for (id, a) in &raw.competencies {
        match competencies.iter().find(|c| &c.id == id) {
            None if ctx.maybe_broken("competencies", id) => {}
            None => {
                let loc = ctx.loc(file, a);
                ctx.push(
                    Diagnostic::new(
                        &codes::UNKNOWN_COMPETENCY,
                        format!("there is no competency `{id}`"),
                    )
                    .at(loc)
                    .help(suggest::help_for("competency", id, &ids)),
                );
            }
            Some(c) if c.levels.is_empty() => {}
            Some(c) if a.value.level.value > c.max_level() => {
                let loc = ctx.loc(file, &a.value.level);
                ctx.push(
                    Diagnostic::new(
                        &codes::LEVEL_OUT_OF_RANGE,
                        format!(
                            "`{id}` is graded 0–{}; level {} does not exist",
                            c.max_level(),
                            a.value.level.value
                        ),
                    )
                    .at(loc)
                    .help(format!("record a level between 0 and {}", c.max_level())),
                );
            }
            Some(_) if level.requirement(id).is_none() => {
                let loc = ctx.loc_key(file, a, id);
                ctx.push(
                    Diagnostic::new(
                        &codes::NOT_REQUIRED,
                        format!(
                            "level `{}` does not require `{id}`; it is shown but not graded",
                            level.id
                        ),
                    )
                    .at(loc)
                    .help("remove it, or check `applied_level`"),
                );
            }
            Some(_) => {}
        }
        achieved.insert(
            id.clone(),
            Achievement {
                level: a.value.level.value,
                evidence: a.value.evidence.as_ref().map(|e| e.value.clone()),
            },
        );
    }
    for r in &level.requirements {
        if !raw.competencies.contains_key(&r.competency) {
            let loc = ctx.loc(file, &raw.employee_id);
            ctx.push(
                Diagnostic::new(&codes::NOT_ASSESSED, format!("level `{}` requires `{}` but the record does not assess it", level.id, r.competency))
                    .at(loc)
                    .help(format!("add `{}: {{ level: N }}` under `competencies:`; until then it counts as level 0", r.competency)),
            );
        }
    }
    achieved
}

fn check_scores(
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
            let loc = ctx.loc_key(file, score, id);
            ctx.push(
                Diagnostic::new(
                    &codes::UNKNOWN_MODULE,
                    format!("level `{}` has no scoring module `{id}`", level.id),
                )
                .at(loc)
                .help(suggest::help_for("scoring module", id, &module_ids)),
            );
            continue;
        };
        let definition = sequence.module(id).expect("checked module");
        let loc = ctx.loc(file, score);
        match &score.value {
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
                scores.insert(id.clone(), ModuleScore::Whole(*x));
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
                for (item, x) in items {
                    match req.items.iter().find(|(i, _)| i == item) {
                        Some((_, points)) => {
                            check_range(ctx, &loc, *x, *points, &format!("item `{item}` of `{id}`"))
                        }
                        None => {
                            let item_ids: Vec<&str> =
                                req.items.iter().map(|(i, _)| i.as_str()).collect();
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
                scores.insert(id.clone(), ModuleScore::Items(items.clone()));
            }
        }
    }
    for req in &level.scoring.modules {
        let definition = sequence.module(&req.module).expect("checked module");
        let scored = if definition.exam {
            raw.written_exam.is_some()
        } else {
            raw.scores.contains_key(&req.module)
        };
        if !scored {
            let loc = ctx.loc(file, &raw.employee_id);
            let how = if definition.exam {
                "add `written_exam: <score>`".to_string()
            } else {
                format!("add `{}:` under `scores:`", req.module)
            };
            ctx.push(
                Diagnostic::new(
                    &codes::MISSING_SCORE,
                    format!("module `{}` is not scored; it counts as 0", req.module),
                )
                .at(loc)
                .help(how),
            );
        }
    }
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
    scores
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
