//! Rules for sequences and their levels: references to competencies, modules, items and
//! contribution kinds; required levels within each competency's range; points that add up; and
//! inheritance from the level below, resolved here so the model holds complete levels.

use super::dictionary::{Lookup, warn_if_file_name_differs};
use super::requirements::requirement;
use super::{Ctx, behaviours, budget, conditions, kpis, positions};
use crate::diagnostics::suggest::{help_message, help_message_with};
use crate::diagnostics::{Diagnostic, codes};
use crate::load::Parsed;
use crate::load::raw::{RawLevel, RawModuleRequirement, RawScoring, RawSequence, S};
use crate::model::format_number as fmt;
use crate::model::*;
use crate::msg;

/// Points are compared with this tolerance, so 0.1 + 0.2 adds up to 0.3.
const EPSILON: f64 = 1e-6;

/// What levels are checked against: the sequence's definitions and the dictionary.
struct Definitions<'a> {
    competencies: &'a Lookup<'a>,
    modules: &'a [ModuleDefinition],
    behaviour_modules: &'a [BehaviourModule],
    kinds: &'a [Category],
    titles: &'a [String],
    /// The sequence's level ids, lowest first.
    level_ids: &'a [&'a str],
    /// The rank of the first level whose scoring holds a placeholder (`Ctx::is_placeholder`):
    /// its sums, and those of the levels above that inherit them, are not checked.
    scoring_guessed_from: Option<usize>,
}

pub(super) fn check(
    ctx: &mut Ctx,
    parsed: &[Parsed<RawSequence>],
    competencies: &Lookup<'_>,
    kinds: &[Category],
    titles: &[String],
) -> Vec<Sequence> {
    let mut sequences = Vec::new();
    for Parsed { file, value: raw } in parsed {
        ctx.check_id(file, &raw.id, crate::msg!("noun-sequence"));
        warn_if_file_name_differs(ctx, file, &raw.id.value, "sequences/");
        ctx.check_name(file, &raw.name, crate::msg!("noun-sequence-name"));
        ctx.check_count(
            file,
            &raw.levels.value,
            crate::msg!("count-levels"),
            budget::LEVELS,
        );
        let modules = check_module_definitions(ctx, file, raw);
        let kpis = kpis::check(ctx, file, &raw.kpis);
        let level_ids: Vec<&str> = raw
            .levels
            .value
            .iter()
            .map(|l| l.value.id.value.as_str())
            .collect();
        let behaviour_modules =
            behaviours::modules(ctx, file, &raw.behaviour_standards, &level_ids);
        let reference_items = check_reference_items(ctx, file, raw);
        if raw.levels.value.is_empty() {
            let loc = ctx.loc(file, &raw.levels);
            ctx.push(
                Diagnostic::new(&codes::NO_LEVELS, msg!("sequence-no-levels"))
                    .at(loc)
                    .help(msg!("sequence-no-levels-help")),
            );
        }
        ctx.check_unique(
            crate::msg!("noun-level"),
            raw.levels
                .value
                .iter()
                .map(|l| (file.as_str(), &l.value.id)),
        );
        let scoring_guessed_from = raw.levels.value.iter().position(|level| {
            level.value.scoring.as_ref().is_some_and(|scoring| {
                let s = &scoring.value;
                let guessed = |v: &S<f64>| ctx.is_placeholder(file, v);
                s.total.as_ref().is_some_and(guessed)
                    || s.modules.iter().any(|m| {
                        ctx.is_placeholder(file, &m.value.module)
                            || guessed(&m.value.points)
                            || m.value.items.iter().flatten().any(|(_, p)| guessed(p))
                    })
            })
        });
        let definitions = Definitions {
            competencies,
            modules: &modules,
            behaviour_modules: &behaviour_modules,
            kinds,
            titles,
            level_ids: &level_ids,
            scoring_guessed_from,
        };
        let mut levels: Vec<Level> = Vec::new();
        for (rank, level) in raw.levels.value.iter().enumerate() {
            let resolved =
                resolve_level(ctx, file, rank, &level.value, levels.last(), &definitions);
            levels.push(resolved);
        }
        check_kpi_modules(ctx, file, raw, &modules, &kpis);
        let positions = positions::check(ctx, file, &raw.positions, &levels, &kpis, competencies);
        sequences.push(Sequence {
            file: file.clone(),
            id: raw.id.value.clone(),
            name: raw.name.value.clone(),
            order: raw.order.as_ref().map_or(i64::MAX / 2, |o| o.value),
            description: raw.description.as_ref().map(|d| d.value.clone()),
            modules,
            kpis,
            behaviour_modules,
            reference_items,
            positions,
            levels,
        });
    }
    ctx.check_unique(
        crate::msg!("noun-sequence"),
        parsed.iter().map(|p| (p.file.as_str(), &p.value.id)),
    );
    sequences
}

fn check_module_definitions(ctx: &mut Ctx, file: &str, raw: &RawSequence) -> Vec<ModuleDefinition> {
    let mut modules = Vec::new();
    for m in &raw.scoring_modules {
        let m = &m.value;
        ctx.check_id(file, &m.id, crate::msg!("noun-scoring-module"));
        for item in &m.items {
            ctx.check_id(file, &item.value.id, crate::msg!("noun-scoring-item"));
        }
        ctx.check_unique(
            crate::msg!("noun-item"),
            m.items.iter().map(|i| (file, &i.value.id)),
        );
        if m.exam && m.kpi {
            let loc = ctx.loc(file, &m.id);
            ctx.push(
                Diagnostic::new(
                    &codes::CONFLICTING_FIELDS,
                    msg!("sequence-module-exam-and-kpi", module = &m.id.value),
                )
                .at(loc)
                .help(msg!("sequence-module-exam-and-kpi-help")),
            );
        }
        if m.kpi && !m.items.is_empty() {
            let loc = ctx.loc(file, &m.id);
            ctx.push(
                Diagnostic::new(
                    &codes::CONFLICTING_FIELDS,
                    msg!("sequence-kpi-module-items", module = &m.id.value),
                )
                .at(loc)
                .help(msg!("sequence-kpi-module-items-help")),
            );
        }
        if m.exam && !m.items.is_empty() {
            let loc = ctx.loc(file, &m.id);
            ctx.push(
                Diagnostic::new(
                    &codes::EXAM_WITH_ITEMS,
                    msg!("sequence-exam-module-items", module = &m.id.value),
                )
                .at(loc)
                .help(msg!("sequence-exam-module-items-help")),
            );
        }
        modules.push(ModuleDefinition {
            id: m.id.value.clone(),
            name: m.name.value.clone(),
            description: m.description.as_ref().map(|d| d.value.clone()),
            exam: m.exam,
            kpi: m.kpi,
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
        crate::msg!("noun-scoring-module"),
        raw.scoring_modules.iter().map(|m| (file, &m.value.id)),
    );
    if modules.iter().filter(|m| m.exam).count() > 1 {
        ctx.push(
            Diagnostic::new(
                &codes::SEVERAL_EXAMS,
                msg!("sequence-several-exams", sequence = &raw.id.value),
            )
            .at(ctx.loc(file, &raw.id))
            .help(msg!("sequence-several-exams-help")),
        );
    }
    modules
}

fn resolve_level(
    ctx: &mut Ctx,
    file: &str,
    rank: usize,
    raw: &RawLevel,
    below: Option<&Level>,
    d: &Definitions,
) -> Level {
    ctx.check_id(file, &raw.id, crate::msg!("noun-level"));
    ctx.check_not_reserved(
        file,
        &raw.id,
        crate::msg!("noun-level"),
        crate::urls::RESERVED_LEVEL_IDS,
    );
    ctx.check_name(file, &raw.name, crate::msg!("noun-level-name"));
    ctx.check_name_text(file, &raw.title, crate::msg!("noun-level-title"));
    ctx.check_count(
        file,
        &raw.competencies,
        crate::msg!("count-level-competencies"),
        budget::REQUIREMENTS,
    );
    let conditions = conditions::resolve(
        ctx,
        file,
        raw.conditions.as_ref(),
        below.map(|b| &b.conditions),
        d.titles,
    );
    let requirements = resolve_requirements(ctx, file, raw, below, d.competencies);
    let behaviours = behaviours::resolve(
        ctx,
        file,
        raw,
        below.map(|b| b.behaviours.as_slice()),
        d.behaviour_modules,
        d.level_ids,
    );
    let guessed = d.scoring_guessed_from.is_some_and(|from| rank >= from);
    let scoring = resolve_scoring(ctx, file, raw, below, d.modules, guessed);
    let contributions = resolve_contributions(ctx, file, raw, below, d.kinds);
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
        behaviours,
        scoring,
        contributions,
    }
}

fn resolve_requirements(
    ctx: &mut Ctx,
    file: &str,
    raw: &RawLevel,
    below: Option<&Level>,
    competencies: &Lookup<'_>,
) -> Vec<Requirement> {
    let mut requirements: Vec<Requirement> =
        below.map(|b| b.requirements.clone()).unwrap_or_default();
    let mut declared: Vec<&str> = Vec::new();
    for req in &raw.competencies {
        let r = &req.value;
        let id = r.competency.value.as_str();
        if declared.contains(&id) {
            let loc = ctx.loc(file, &r.competency);
            ctx.push(
                Diagnostic::new(
                    &codes::DUPLICATE_REQUIREMENT,
                    msg!(
                        "sequence-required-twice",
                        competency = id,
                        level = &raw.id.value
                    ),
                )
                .at(loc)
                .help(msg!("sequence-required-twice-help")),
            );
        }
        declared.push(id);
        let existing = requirements.iter().position(|x| x.competency == id);
        let Some(mut new) = requirement(ctx, file, req, competencies) else {
            continue;
        };
        if r.key.is_none()
            && let Some(i) = existing
            && requirements[i].key
        {
            let loc = ctx.loc(file, &r.competency);
            ctx.push(
                Diagnostic::new(
                    &codes::KEY_DROPPED,
                    msg!("sequence-key-dropped", competency = id),
                )
                .at(loc)
                .help(msg!("sequence-key-dropped-help")),
            );
            new.key = false;
        }
        match existing {
            Some(i) => {
                if new.level < requirements[i].level
                    && let Some(level) = &r.level
                {
                    let loc = ctx.loc(file, level);
                    ctx.push(
                        Diagnostic::new(
                            &codes::LOWER_THAN_BELOW,
                            msg!(
                                "sequence-required-lower",
                                competency = id,
                                here = new.level,
                                below = requirements[i].level
                            ),
                        )
                        .at(loc)
                        .help(msg!("sequence-required-lower-help")),
                    );
                }
                requirements[i] = new;
            }
            None => requirements.push(new),
        }
    }
    requirements
}

/// A level's scoring, inherited and overridden by module. With `guessed`, some points are
/// placeholders, and what they add up to is not checked.
fn resolve_scoring(
    ctx: &mut Ctx,
    file: &str,
    raw: &RawLevel,
    below: Option<&Level>,
    modules: &[ModuleDefinition],
    guessed: bool,
) -> Scoring {
    let mut scoring = below.map(|b| b.scoring.clone()).unwrap_or_default();
    let Some(raw_scoring) = &raw.scoring else {
        return scoring;
    };
    for m in &raw_scoring.value.modules {
        let Some(requirement) = resolve_module(ctx, file, &m.value, modules, guessed) else {
            continue;
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
    // `total` carries over from the level below unless given; a level that first scores
    // totals the sum of its modules. Either way the modules must add up to it.
    let sum: f64 = scoring.modules.iter().map(|m| m.points).sum();
    let inherited = below.filter(|b| !b.scoring.modules.is_empty());
    scoring.total = match (&raw_scoring.value.total, inherited) {
        (Some(total), _) => total.value,
        (None, Some(b)) => b.scoring.total,
        (None, None) => sum,
    };
    if (scoring.total - sum).abs() > EPSILON {
        // A placeholder number (a value repaired by load) is not reported again.
        if !guessed {
            report_total_mismatch(ctx, file, raw_scoring, inherited, scoring.total, sum);
        }
        // Reported once: the levels above inherit a total that adds up.
        scoring.total = sum;
    }
    if let Some(pass) = &raw_scoring.value.pass {
        if let Some(b) = below.filter(|b| pass.value < b.scoring.pass) {
            conditions::lower_than_below(
                ctx,
                file,
                pass,
                "pass",
                fmt(pass.value),
                fmt(b.scoring.pass),
            );
        }
        scoring.pass = pass.value;
    }
    if (scoring.pass > scoring.total + EPSILON || scoring.pass < 0.0) && !guessed {
        let loc = raw_scoring
            .value
            .pass
            .as_ref()
            .map_or_else(|| ctx.loc(file, raw_scoring), |p| ctx.loc(file, p));
        ctx.push(
            Diagnostic::new(
                &codes::PASS_OUT_OF_RANGE,
                msg!(
                    "sequence-pass-out-of-range",
                    pass = fmt(scoring.pass),
                    total = fmt(scoring.total)
                ),
            )
            .at(loc)
            .help(msg!("sequence-pass-out-of-range-help")),
        );
    }
    scoring
}

/// One module's points at a level, and its items' (every item of the module, adding up to the
/// module's points); None for a module the sequence does not define.
fn resolve_module(
    ctx: &mut Ctx,
    file: &str,
    m: &RawModuleRequirement,
    modules: &[ModuleDefinition],
    guessed: bool,
) -> Option<ModuleRequirement> {
    let Some(definition) = modules.iter().find(|d| d.id == m.module.value) else {
        let module_ids: Vec<&str> = modules.iter().map(|m| m.id.as_str()).collect();
        let loc = ctx.loc(file, &m.module);
        ctx.push(
            Diagnostic::new(
                &codes::UNKNOWN_MODULE,
                msg!("sequence-unknown-module", module = &m.module.value),
            )
            .at(loc)
            .help(help_message_with(
                &msg!("noun-scoring-module"),
                &m.module.value,
                &module_ids,
                msg!("hint-modules"),
            )),
        );
        return None;
    };
    if m.points.value < 0.0 {
        let loc = ctx.loc(file, &m.points);
        ctx.push(
            Diagnostic::new(&codes::OUT_OF_RANGE, msg!("sequence-negative-points"))
                .at(loc)
                .help(msg!("sequence-negative-points-help")),
        );
    }
    Some(ModuleRequirement {
        module: definition.id.clone(),
        points: m.points.value,
        items: resolve_items(ctx, file, m, definition, guessed),
    })
}

/// The points of a module's items at a level: each item the module defines, and none it does
/// not.
fn resolve_items(
    ctx: &mut Ctx,
    file: &str,
    m: &RawModuleRequirement,
    definition: &ModuleDefinition,
    guessed: bool,
) -> Vec<(String, f64)> {
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
                            msg!("module-unknown-item", module = &definition.id, item = id),
                        )
                        .at(loc)
                        .help(help_message(
                            &msg!("noun-item"),
                            id,
                            &item_ids,
                        )),
                    );
                }
            }
            for item in &definition.items {
                match given.get(&item.id) {
                    Some(p) => items.push((item.id.clone(), p.value)),
                    None => {
                        let loc = ctx.loc(file, &m.module);
                        ctx.push(
                            Diagnostic::new(
                                &codes::MISSING_ITEM,
                                msg!(
                                    "sequence-item-without-points",
                                    module = &definition.id,
                                    item = &item.id
                                ),
                            )
                            .at(loc)
                            .help(msg!("sequence-item-without-points-help", item = &item.id)),
                        );
                    }
                }
            }
            let sum: f64 = given.values().map(|p| p.value).sum();
            if (sum - m.points.value).abs() > EPSILON && !guessed {
                let loc = ctx.loc(file, &m.points);
                ctx.push(
                    Diagnostic::new(
                        &codes::POINTS_MISMATCH,
                        msg!(
                            "sequence-items-mismatch",
                            module = &definition.id,
                            sum = fmt(sum),
                            points = fmt(m.points.value)
                        ),
                    )
                    .at(loc)
                    .help(msg!(
                        "sequence-items-mismatch-help",
                        points = fmt(m.points.value),
                        sum = fmt(sum)
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
                    msg!("sequence-items-without-points", module = &definition.id),
                )
                .at(loc)
                .help(msg!("sequence-items-without-points-help")),
            );
        }
        (Some(given), true) if !given.is_empty() => {
            let loc = ctx.loc(file, &m.module);
            ctx.push(
                Diagnostic::new(
                    &codes::UNKNOWN_ITEM,
                    msg!("sequence-module-without-items", module = &definition.id),
                )
                .at(loc)
                .help(msg!("sequence-module-without-items-help")),
            );
        }
        _ => {}
    }
    items
}

/// The modules do not add up to the level's total: said at the total when the level gives one,
/// else at the first module this level adds or re-weighs (what broke the inherited sum).
fn report_total_mismatch(
    ctx: &mut Ctx,
    file: &str,
    raw_scoring: &S<RawScoring>,
    inherited: Option<&Level>,
    total: f64,
    sum: f64,
) {
    match (&raw_scoring.value.total, inherited) {
        (Some(total), _) => {
            let loc = ctx.loc(file, total);
            ctx.push(
                Diagnostic::new(
                    &codes::TOTAL_MISMATCH,
                    msg!(
                        "sequence-total-mismatch",
                        sum = fmt(sum),
                        total = fmt(total.value)
                    ),
                )
                .at(loc)
                .help(msg!(
                    "sequence-total-mismatch-help",
                    total = fmt(total.value),
                    sum = fmt(sum)
                )),
            );
        }
        (None, Some(b)) => {
            // At the first module this level adds or re-weighs: what broke the sum.
            let changed = raw_scoring.value.modules.iter().find(|m| {
                !b.scoring.modules.iter().any(|x| {
                    x.module == m.value.module.value
                        && (x.points - m.value.points.value).abs() <= EPSILON
                })
            });
            let loc = changed
                .or(raw_scoring.value.modules.first())
                .map_or_else(|| ctx.loc(file, raw_scoring), |m| ctx.loc(file, m));
            ctx.push(
                Diagnostic::new(
                    &codes::TOTAL_MISMATCH,
                    msg!(
                        "sequence-inherited-total-mismatch",
                        sum = fmt(sum),
                        total = fmt(total),
                        name = &b.name,
                        level = &b.id
                    ),
                )
                .at(loc)
                .help(msg!(
                    "sequence-inherited-total-mismatch-help",
                    total = fmt(total),
                    sum = fmt(sum)
                )),
            );
        }
        (None, None) => unreachable!("a total of its own modules always adds up"),
    }
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
        let given: Vec<&S<String>> = match (&c.value.kind, &c.value.kinds) {
            (Some(kind), None) => vec![kind],
            (None, Some(list)) if !list.value.is_empty() => list.value.iter().collect(),
            (kind, _) => {
                let loc = ctx.loc(file, c);
                let (code, message) = if kind.is_some() {
                    (
                        &codes::CONFLICTING_FIELDS,
                        msg!("sequence-contribution-kind-and-kinds"),
                    )
                } else {
                    (&codes::MISSING_FIELD, msg!("sequence-contribution-no-kind"))
                };
                ctx.push(
                    Diagnostic::new(code, message)
                        .at(loc)
                        .help(msg!("sequence-contribution-kind-help")),
                );
                continue;
            }
        };
        if !ctx.maybe_broken("rungs.yaml", "") {
            for kind in &given {
                ctx.check_known(
                    file,
                    kind,
                    &codes::UNKNOWN_CONTRIBUTION_KIND,
                    crate::msg!("noun-contribution-kind"),
                    &kind_ids,
                    crate::msg!("hint-kinds"),
                );
            }
        }
        for v in [&c.value.count, &c.value.within].into_iter().flatten() {
            if v.value == 0 {
                let loc = ctx.loc(file, v);
                ctx.push(
                    Diagnostic::new(&codes::OUT_OF_RANGE, msg!("sequence-contribution-zero"))
                        .at(loc)
                        .help(msg!("sequence-contribution-zero-help")),
                );
            }
        }
        let new = ContributionRequirement {
            kinds: given.iter().map(|k| k.value.clone()).collect(),
            count: c.value.count.as_ref().map_or(1, |v| v.value),
            within: c.value.within.as_ref().map_or(1, |v| v.value).max(1),
        };
        // The same set of kinds, in any order, overrides.
        let same_set =
            |a: &[String], b: &[String]| a.len() == b.len() && a.iter().all(|k| b.contains(k));
        match list.iter_mut().find(|x| same_set(&x.kinds, &new.kinds)) {
            Some(existing) => *existing = new,
            None => list.push(new),
        }
    }
    list
}

fn check_reference_items(ctx: &mut Ctx, file: &str, raw: &RawSequence) -> Vec<ReferenceItem> {
    ctx.check_unique(
        crate::msg!("noun-reference-item"),
        raw.reference_items.iter().map(|r| (file, &r.value.id)),
    );
    raw.reference_items
        .iter()
        .map(|r| {
            let r = &r.value;
            ctx.check_id(file, &r.id, crate::msg!("noun-reference-item"));
            ctx.check_name(file, &r.name, crate::msg!("noun-reference-item-name"));
            ReferenceItem {
                id: r.id.value.clone(),
                name: r.name.value.clone(),
                description: r.description.as_ref().map(|d| d.value.clone()),
                source: r.source.as_ref().map_or_else(Default::default, |s| s.value),
            }
        })
        .collect()
}

/// A module scored from KPIs needs a KPI it can score.
fn check_kpi_modules(
    ctx: &mut Ctx,
    file: &str,
    raw: &RawSequence,
    modules: &[ModuleDefinition],
    kpis: &[Kpi],
) {
    if kpis.iter().any(|k| k.rule.is_some()) {
        return;
    }
    for (m, definition) in raw.scoring_modules.iter().zip(modules) {
        if definition.kpi {
            let loc = ctx.loc(file, &m.value.id);
            ctx.push(
                Diagnostic::new(
                    &codes::KPI_RULE,
                    msg!("sequence-kpi-module-unscorable", module = &definition.id),
                )
                .at(loc)
                .help(msg!("sequence-kpi-module-unscorable-help")),
            );
        }
    }
}
