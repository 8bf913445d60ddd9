//! Rules for sequences and their levels: references to competencies, modules, items and
//! contribution kinds; required levels within each competency's range; points that add up; and
//! inheritance from the level below, resolved here so the model holds complete levels.

use super::Ctx;
use super::dictionary::warn_if_file_name_differs;
use crate::diagnostics::{Diagnostic, codes};
use crate::load::Parsed;
use crate::load::raw::{RawConditions, RawLevel, RawSequence, S};
use crate::model::format_number as fmt;
use crate::model::*;
use crate::suggest;

/// Points are compared with this tolerance, so 0.1 + 0.2 adds up to 0.3.
const EPSILON: f64 = 1e-6;

pub(super) fn check(
    ctx: &mut Ctx,
    parsed: &[Parsed<RawSequence>],
    competencies: &[Competency],
    kinds: &[Category],
) -> Vec<Sequence> {
    let mut sequences = Vec::new();
    for Parsed { file, value: raw } in parsed {
        ctx.check_id(file, &raw.id, "sequence");
        warn_if_file_name_differs(ctx, file, &raw.id.value, "sequences/");
        ctx.check_not_empty(file, &raw.name, "sequence name");
        let modules = check_module_definitions(ctx, file, raw);
        for kpi in &raw.kpis {
            ctx.check_id(file, &kpi.value.id, "KPI");
        }
        ctx.check_unique("KPI", raw.kpis.iter().map(|k| (file.as_str(), &k.value.id)));
        if raw.levels.value.is_empty() {
            let loc = ctx.loc(file, &raw.levels);
            ctx.push(
                Diagnostic::new(&codes::NO_LEVELS, "the sequence has no levels")
                    .at(loc)
                    .help("add `levels:`, lowest first"),
            );
        }
        ctx.check_unique(
            "level",
            raw.levels
                .value
                .iter()
                .map(|l| (file.as_str(), &l.value.id)),
        );
        let mut levels: Vec<Level> = Vec::new();
        for (rank, level) in raw.levels.value.iter().enumerate() {
            let resolved = resolve_level(
                ctx,
                file,
                rank,
                &level.value,
                levels.last(),
                competencies,
                &modules,
                kinds,
            );
            levels.push(resolved);
        }
        sequences.push(Sequence {
            file: file.clone(),
            id: raw.id.value.clone(),
            name: raw.name.value.clone(),
            order: raw.order.as_ref().map_or(i64::MAX / 2, |o| o.value),
            description: raw.description.as_ref().map(|d| d.value.clone()),
            modules,
            kpis: raw
                .kpis
                .iter()
                .map(|k| Kpi {
                    id: k.value.id.value.clone(),
                    name: k.value.name.value.clone(),
                    formula: k.value.formula.value.clone(),
                    description: k.value.description.as_ref().map(|d| d.value.clone()),
                })
                .collect(),
            levels,
        });
    }
    ctx.check_unique(
        "sequence",
        parsed.iter().map(|p| (p.file.as_str(), &p.value.id)),
    );
    sequences
}

fn check_module_definitions(ctx: &mut Ctx, file: &str, raw: &RawSequence) -> Vec<ModuleDefinition> {
    let mut modules = Vec::new();
    for m in &raw.scoring_modules {
        let m = &m.value;
        ctx.check_id(file, &m.id, "scoring module");
        for item in &m.items {
            ctx.check_id(file, &item.value.id, "scoring item");
        }
        ctx.check_unique("item", m.items.iter().map(|i| (file, &i.value.id)));
        if m.exam && !m.items.is_empty() {
            let loc = ctx.loc(file, &m.id);
            ctx.push(
                Diagnostic::new(&codes::EXAM_WITH_ITEMS, format!("the exam module `{}` has items", m.id.value))
                    .at(loc)
                    .help("an exam module is scored by the record's `written_exam` as one number: remove its items or `exam: true`"),
            );
        }
        modules.push(ModuleDefinition {
            id: m.id.value.clone(),
            name: m.name.value.clone(),
            description: m.description.as_ref().map(|d| d.value.clone()),
            exam: m.exam,
            items: m
                .items
                .iter()
                .map(|i| ItemDefinition {
                    id: i.value.id.value.clone(),
                    name: i.value.name.value.clone(),
                    description: i.value.description.as_ref().map(|d| d.value.clone()),
                })
                .collect(),
        });
    }
    ctx.check_unique(
        "scoring module",
        raw.scoring_modules.iter().map(|m| (file, &m.value.id)),
    );
    if modules.iter().filter(|m| m.exam).count() > 1 {
        ctx.push(
            Diagnostic::new(
                &codes::SEVERAL_EXAMS,
                format!("sequence `{}` has more than one exam module", raw.id.value),
            )
            .at(ctx.loc(file, &raw.id))
            .help("a record has one `written_exam` score, so keep one module with `exam: true`"),
        );
    }
    modules
}

#[allow(clippy::too_many_arguments)]
fn resolve_level(
    ctx: &mut Ctx,
    file: &str,
    rank: usize,
    raw: &RawLevel,
    below: Option<&Level>,
    competencies: &[Competency],
    modules: &[ModuleDefinition],
    kinds: &[Category],
) -> Level {
    ctx.check_id(file, &raw.id, "level");
    ctx.check_not_reserved(file, &raw.id, "level", crate::urls::RESERVED_LEVEL_IDS);
    ctx.check_not_empty(file, &raw.name, "level name");
    let conditions = resolve_conditions(
        ctx,
        file,
        raw.conditions.as_ref(),
        below.map(|b| &b.conditions),
    );
    let requirements = resolve_requirements(ctx, file, raw, below, competencies);
    let scoring = resolve_scoring(ctx, file, raw, below, modules);
    let contributions = resolve_contributions(ctx, file, raw, below, kinds);
    Level {
        id: raw.id.value.clone(),
        rank,
        name: raw.name.value.clone(),
        title: raw.title.value.clone(),
        positioning: raw.positioning.as_ref().map(|p| p.value.clone()),
        conditions,
        knowledge: raw.knowledge.iter().map(|k| k.value.clone()).collect(),
        responsibilities: raw
            .responsibilities
            .iter()
            .map(|k| k.value.clone())
            .collect(),
        requirements,
        scoring,
        contributions,
    }
}

fn resolve_conditions(
    ctx: &mut Ctx,
    file: &str,
    raw: Option<&RawConditions>,
    below: Option<&Conditions>,
) -> Conditions {
    let mut c = below.cloned().unwrap_or_default();
    let Some(raw) = raw else { return c };
    let value = |v: &Option<S<f64>>| v.as_ref().map(|s| s.value);
    if let Some(e) = &raw.education {
        c.education = Some(e.value);
    }
    for (field, v) in [
        (&mut c.experience_years, &raw.experience_years),
        (&mut c.years_in_level, &raw.years_in_level),
        (&mut c.training_hours, &raw.training_hours),
    ] {
        if let Some(s) = v {
            if s.value < 0.0 {
                let loc = ctx.loc(file, s);
                ctx.push(
                    Diagnostic::new(&codes::OUT_OF_RANGE, format!("{} is negative", s.value))
                        .at(loc)
                        .help("write a number of years or hours, 0 or more"),
                );
            }
            *field = value(v);
        }
    }
    if let Some(certs) = &raw.certifications {
        c.certifications = certs.iter().map(|s| s.value.clone()).collect();
    }
    if let Some(p) = &raw.performance {
        let rule = &p.value;
        if rule.no_consecutive.is_some() != rule.rating.is_some() {
            let loc = ctx.loc(file, p);
            ctx.push(
                Diagnostic::new(&codes::INCOMPLETE_RULE, "`no_consecutive` and `rating` go together")
                    .at(loc)
                    .help("write e.g. `no_consecutive: 2` with `rating: C` (no two consecutive C or worse)"),
            );
        }
        if rule.last.value == 0 {
            let loc = ctx.loc(file, &rule.last);
            ctx.push(
                Diagnostic::new(&codes::OUT_OF_RANGE, "`last` must be at least 1")
                    .at(loc)
                    .help("the number of latest ratings the rule looks at, e.g. 3"),
            );
        }
        c.performance = Some(PerformanceRule {
            last: rule.last.value,
            no_consecutive: rule
                .no_consecutive
                .as_ref()
                .zip(rule.rating.as_ref())
                .map(|(n, r)| (n.value, r.value.clone())),
            at_least: rule.at_least.as_ref().map(|r| r.value.clone()),
        });
    }
    for other in &raw.other {
        ctx.check_id(file, &other.value.id, "condition");
        let o = OtherCondition {
            id: other.value.id.value.clone(),
            text: other.value.text.value.clone(),
        };
        match c.other.iter_mut().find(|x| x.id == o.id) {
            Some(existing) => *existing = o,
            None => c.other.push(o),
        }
    }
    c
}

fn resolve_requirements(
    ctx: &mut Ctx,
    file: &str,
    raw: &RawLevel,
    below: Option<&Level>,
    competencies: &[Competency],
) -> Vec<Requirement> {
    let mut requirements: Vec<Requirement> =
        below.map(|b| b.requirements.clone()).unwrap_or_default();
    let ids: Vec<&str> = competencies.iter().map(|c| c.id.as_str()).collect();
    let mut declared: Vec<&str> = Vec::new();
    for req in &raw.competencies {
        let r = &req.value;
        let id = r.competency.value.as_str();
        if declared.contains(&id) {
            let loc = ctx.loc(file, &r.competency);
            ctx.push(
                Diagnostic::new(
                    &codes::DUPLICATE_REQUIREMENT,
                    format!("`{id}` is required twice at level `{}`", raw.id.value),
                )
                .at(loc)
                .help("keep one entry per competency"),
            );
        }
        declared.push(id);
        match competencies.iter().find(|c| c.id == id) {
            None if ctx.maybe_broken("competencies", id) => continue,
            None => {
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
                continue;
            }
            // A competency without levels is reported once, in its own file.
            Some(c) if c.levels.is_empty() => {}
            Some(c) if r.level.value == 0 || r.level.value > c.max_level() => {
                let loc = ctx.loc(file, &r.level);
                ctx.push(
                    Diagnostic::new(&codes::LEVEL_OUT_OF_RANGE, format!("`{id}` is graded 1–{}; level {} does not exist", c.max_level(), r.level.value))
                        .at(loc)
                        .help(format!("require a level between 1 and {}, or add the level to competencies/{id}.yaml", c.max_level())),
                );
            }
            Some(_) => {}
        }
        let new = Requirement {
            competency: id.to_string(),
            level: r.level.value,
            key: r.key,
        };
        match requirements.iter_mut().find(|x| x.competency == id) {
            Some(existing) => {
                if new.level < existing.level {
                    let loc = ctx.loc(file, &r.level);
                    ctx.push(
                        Diagnostic::new(&codes::LOWER_THAN_BELOW, format!("`{id}` is required at level {} here but {} at the level below", new.level, existing.level))
                            .at(loc)
                            .help("higher levels usually require at least as much; check the number, or remove the line to inherit"),
                    );
                }
                *existing = new;
            }
            None => requirements.push(new),
        }
    }
    requirements
}

fn resolve_scoring(
    ctx: &mut Ctx,
    file: &str,
    raw: &RawLevel,
    below: Option<&Level>,
    modules: &[ModuleDefinition],
) -> Scoring {
    let mut scoring = below.map(|b| b.scoring.clone()).unwrap_or_default();
    let Some(raw_scoring) = &raw.scoring else {
        return scoring;
    };
    let module_ids: Vec<&str> = modules.iter().map(|m| m.id.as_str()).collect();
    for m in &raw_scoring.value.modules {
        let m = &m.value;
        let Some(definition) = modules.iter().find(|d| d.id == m.module.value) else {
            let loc = ctx.loc(file, &m.module);
            ctx.push(
                Diagnostic::new(
                    &codes::UNKNOWN_MODULE,
                    format!(
                        "there is no scoring module `{}` in this sequence",
                        m.module.value
                    ),
                )
                .at(loc)
                .help(
                    suggest::help_for("scoring module", &m.module.value, &module_ids)
                        + " (modules are listed under `scoring_modules:`)",
                ),
            );
            continue;
        };
        if m.points.value < 0.0 {
            let loc = ctx.loc(file, &m.points);
            ctx.push(
                Diagnostic::new(&codes::OUT_OF_RANGE, "points cannot be negative")
                    .at(loc)
                    .help("write the module's points, 0 or more"),
            );
        }
        let mut items = Vec::new();
        match (&m.items, definition.items.is_empty()) {
            (Some(given), false) => {
                let item_ids: Vec<&str> = definition.items.iter().map(|i| i.id.as_str()).collect();
                for (id, points) in given {
                    if definition.item(id).is_none() {
                        let loc = ctx.loc_key(file, points, id);
                        ctx.push(
                            Diagnostic::new(
                                &codes::UNKNOWN_ITEM,
                                format!("module `{}` has no item `{id}`", definition.id),
                            )
                            .at(loc)
                            .help(suggest::help_for("item", id, &item_ids)),
                        );
                    }
                }
                for item in &definition.items {
                    match given.get(&item.id) {
                        Some(p) => items.push((item.id.clone(), p.value)),
                        None => {
                            let loc = ctx.loc(file, &m.module);
                            ctx.push(
                                Diagnostic::new(&codes::MISSING_ITEM, format!("module `{}` gives no points for item `{}`", definition.id, item.id))
                                    .at(loc)
                                    .help(format!("add `{}: <points>` under `items:` (0 if the item does not count at this level)", item.id)),
                            );
                        }
                    }
                }
                let sum: f64 = given.values().map(|p| p.value).sum();
                if (sum - m.points.value).abs() > EPSILON {
                    let loc = ctx.loc(file, &m.points);
                    ctx.push(
                        Diagnostic::new(
                            &codes::POINTS_MISMATCH,
                            format!(
                                "the items of `{}` add up to {} but the module is worth {}",
                                definition.id,
                                fmt(sum),
                                fmt(m.points.value)
                            ),
                        )
                        .at(loc)
                        .help(format!(
                            "make the item points add up to {}, or set `points: {}`",
                            fmt(m.points.value),
                            fmt(sum)
                        )),
                    );
                }
            }
            // An exam module with items is reported once, where it is defined.
            (None, false) if !definition.exam => {
                let loc = ctx.loc(file, &m.module);
                ctx.push(
                    Diagnostic::new(
                        &codes::MISSING_ITEM,
                        format!(
                            "module `{}` has items but this level gives them no points",
                            definition.id
                        ),
                    )
                    .at(loc)
                    .help("add `items: { <item>: <points>, … }` adding up to the module's points"),
                );
            }
            (Some(given), true) if !given.is_empty() => {
                let loc = ctx.loc(file, &m.module);
                ctx.push(
                    Diagnostic::new(
                        &codes::UNKNOWN_ITEM,
                        format!(
                            "module `{}` has no items, so it cannot take item points",
                            definition.id
                        ),
                    )
                    .at(loc)
                    .help("remove `items:`, or define the items under `scoring_modules:`"),
                );
            }
            _ => {}
        }
        let requirement = ModuleRequirement {
            module: definition.id.clone(),
            points: m.points.value,
            items,
        };
        match scoring
            .modules
            .iter_mut()
            .find(|x| x.module == requirement.module)
        {
            Some(existing) => *existing = requirement,
            None => scoring.modules.push(requirement),
        }
    }
    // Keep modules in the sequence's order whatever order the levels list them in.
    scoring
        .modules
        .sort_by_key(|m| modules.iter().position(|d| d.id == m.module));
    let sum: f64 = scoring.modules.iter().map(|m| m.points).sum();
    scoring.total = sum;
    if let Some(total) = &raw_scoring.value.total
        && (total.value - sum).abs() > EPSILON
    {
        let loc = ctx.loc(file, total);
        ctx.push(
            Diagnostic::new(
                &codes::TOTAL_MISMATCH,
                format!(
                    "the modules add up to {} but `total` is {}",
                    fmt(sum),
                    fmt(total.value)
                ),
            )
            .at(loc)
            .help(format!(
                "change the module points so they add up to {}, or write `total: {}`",
                fmt(total.value),
                fmt(sum)
            )),
        );
    }
    if let Some(pass) = &raw_scoring.value.pass {
        scoring.pass = pass.value;
    }
    if scoring.pass > sum + EPSILON || scoring.pass < 0.0 {
        let loc = raw_scoring
            .value
            .pass
            .as_ref()
            .map_or_else(|| ctx.loc(file, raw_scoring), |p| ctx.loc(file, p));
        ctx.push(
            Diagnostic::new(
                &codes::PASS_OUT_OF_RANGE,
                format!(
                    "the pass mark {} is outside 0–{} (the level's total)",
                    fmt(scoring.pass),
                    fmt(sum)
                ),
            )
            .at(loc)
            .help("lower `pass`, or raise the module points"),
        );
    }
    scoring
}

fn resolve_contributions(
    ctx: &mut Ctx,
    file: &str,
    raw: &RawLevel,
    below: Option<&Level>,
    kinds: &[Category],
) -> Vec<ContributionRequirement> {
    let mut list = below.map(|b| b.contributions.clone()).unwrap_or_default();
    let kind_ids: Vec<&str> = kinds.iter().map(|k| k.id.as_str()).collect();
    for c in &raw.contributions {
        let kind = &c.value.kind;
        if !kind_ids.contains(&kind.value.as_str()) && !ctx.maybe_broken("rungs.yaml", "") {
            let loc = ctx.loc(file, kind);
            ctx.push(
                Diagnostic::new(
                    &codes::UNKNOWN_CONTRIBUTION_KIND,
                    format!("there is no contribution kind `{}`", kind.value),
                )
                .at(loc)
                .help(
                    suggest::help_for("contribution kind", &kind.value, &kind_ids)
                        + " (kinds are listed in rungs.yaml)",
                ),
            );
        }
        let new = ContributionRequirement {
            kind: kind.value.clone(),
            count: c.value.count,
        };
        match list.iter_mut().find(|x| x.kind == new.kind) {
            Some(existing) => *existing = new,
            None => list.push(new),
        }
    }
    list
}
