//! A record's ratings by rater and its calibration decisions: each rater's values checked like
//! a record's own (shape, range, known ids), who may rate in which role, the panel's minimum,
//! values typed beside the ratings that would count twice; then the consolidated values the
//! rest of the record's rules and the evaluation read, with where each came from.

use std::borrow::Cow;
use std::collections::BTreeMap;

use super::changes::{Change, apply_changes, like, whole_level};
use super::{Against, Target, behaviours, competencies, scores};
use crate::check::Ctx;
use crate::check::settings::check_date;
use crate::diagnostics::{Diagnostic, Location, codes};
use crate::evaluate::ratings::{Given, combine};
use crate::load::raw::{
    RawAchievement, RawAssessment, RawBehaviourResult, RawDecision, RawModuleScore, RawRating,
    RawRatingValue, S,
};
use crate::model::*;
use crate::msg;

/// The record as its rules and the evaluation read it (the ratings combined, the decisions
/// applied), and where its values came from.
pub(super) fn consolidate<'r>(
    ctx: &mut Ctx,
    file: &str,
    raw: &'r RawAssessment,
    t: &Target<'_>,
    against: &Against<'_>,
    calendar: &Calendar,
) -> (Cow<'r, RawAssessment>, Rated, Option<Appeal>) {
    if raw.ratings.is_empty() && raw.calibration.is_empty() && raw.appeal.is_none() {
        return (Cow::Borrowed(raw), Rated::default(), None);
    }
    let rules = &against.ratings;
    let mut rated = Rated::default();
    // Where each item was first rated by a counting rater, for the diagnostics about it.
    let mut first_at: BTreeMap<Item, Spot> = BTreeMap::new();
    check_raters(ctx, file, raw, rules);
    // One copy of the record, each rater's values swapped into it in turn (without what the
    // rules of those values never read).
    let mut view = RawAssessment {
        ratings: Vec::new(),
        calibration: Vec::new(),
        appeal: None,
        plan: Vec::new(),
        contributions: Vec::new(),
        comments: None,
        written_exam: None,
        ..raw.clone()
    };
    for r in &raw.ratings {
        if !rules.roles.contains(&r.value.role.value) {
            continue;
        }
        let values = rater_values(ctx, file, &mut view, &r.value, t, against);
        for (item, (_, spot)) in &values {
            if rules.counts(item.kind(), &r.value.role.value) {
                first_at.entry(item.clone()).or_insert_with(|| spot.clone());
            }
        }
        rated.ratings.push(Rating {
            rater: Rater {
                id: r.value.rater.value.clone(),
                name: rater_name(raw, &r.value),
            },
            role: r.value.role.value.clone(),
            values: values.into_iter().map(|(i, (v, _))| (i, v)).collect(),
        });
    }
    let mut items: BTreeMap<Item, Given<'_>> = BTreeMap::new();
    for rating in &rated.ratings {
        for (item, value) in &rating.values {
            items
                .entry(item.clone())
                .or_default()
                .entry(rating.role.as_str())
                .or_default()
                .push((&rating.rater, *value));
        }
    }
    let mut combined: BTreeMap<Item, RatedItem> = BTreeMap::new();
    for (item, given) in &items {
        let info = combine(rules, item, given, scale(item, t, against));
        if let Some(at) = first_at.get(item) {
            let loc = ctx.loc(file, at);
            check_panel(ctx, item, given, rules, loc);
        }
        combined.insert(item.clone(), info);
    }
    let mut out = raw.clone();
    write_combined(ctx, file, &mut out, &combined, &first_at, against);
    rated.calibration = apply_decisions(ctx, file, &mut out, &raw.calibration, &mut combined);
    // An appeal's changes come last, on top of ratings and calibration.
    let appeal = raw.appeal.as_ref().map(|a| {
        super::appeal::apply(ctx, file, raw, a, &rated, calendar, &mut out, &mut combined)
    });
    for (item, info) in &combined {
        if info.divergent
            && !rated.calibration.iter().any(|d| &d.item == item)
            && let Some(at) = first_at.get(item)
        {
            let at = ctx.loc(file, at);
            let counted: Vec<f64> = items[item]
                .iter()
                .filter(|(role, _)| rules.counts(item.kind(), role))
                .flat_map(|(_, v)| v.iter().map(|(_, x)| *x))
                .collect();
            let low = counted.iter().copied().fold(f64::INFINITY, f64::min);
            let high = counted.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            ctx.push(
                Diagnostic::new(
                    &codes::DIVERGENT_RATINGS,
                    msg!(
                        "ratings-divergent",
                        item = item.to_string(),
                        spread = format_number(info.spread),
                        low = format_number(low),
                        high = format_number(high)
                    ),
                )
                .at(at)
                .help(msg!("ratings-divergent-help")),
            );
        }
    }
    rated.items = combined;
    (Cow::Owned(out), rated, appeal)
}

/// The rater's name: as the rating gives it, else the record's for `self`, the manager's for
/// the record's manager, else the id.
fn rater_name(raw: &RawAssessment, r: &RawRating) -> String {
    if let Some(name) = &r.name {
        return name.value.clone();
    }
    let id = &r.rater.value;
    if id == &raw.employee_id.value {
        return raw.name().value.clone();
    }
    raw.manager
        .as_ref()
        .filter(|m| &m.id.value == id)
        .and_then(|m| m.name.as_ref())
        .map_or_else(|| id.clone(), |n| n.value.clone())
}

/// Roles that exist, self rated by the employee only and only as self, the manager's rating by
/// the record's manager, each rater once, and a judge who manages the employee flagged.
fn check_raters(ctx: &mut Ctx, file: &str, raw: &RawAssessment, rules: &RatingRules) {
    let employee = raw.employee_id.value.as_str();
    let manager = raw.manager.as_ref().map(|m| m.id.value.as_str());
    let known: Vec<&str> = rules.roles.iter().map(String::as_str).collect();
    let mut seen: BTreeMap<(&str, &str), &S<String>> = BTreeMap::new();
    for r in &raw.ratings {
        let (rater, role) = (&r.value.rater, &r.value.role);
        ctx.check_name_text(file, rater, msg!("noun-rater-id"));
        if let Some(name) = &r.value.name {
            ctx.check_name_text(file, name, msg!("noun-rater-name"));
        }
        if let Some(date) = &r.value.date {
            check_date(ctx, file, date);
        }
        if !known.contains(&role.value.as_str()) {
            let loc = ctx.loc(file, role);
            ctx.push(
                Diagnostic::new(
                    &codes::UNKNOWN_ROLE,
                    msg!("ratings-unknown-role", role = &role.value),
                )
                .at(loc)
                .help(crate::diagnostics::suggest::help_message(
                    &msg!("noun-rating-role"),
                    &role.value,
                    &known,
                )),
            );
            continue;
        }
        let wrong = match role.value.as_str() {
            SELF if rater.value != employee => Some(msg!(
                "ratings-self-by-other",
                rater = &rater.value,
                employee = employee
            )),
            SELF => None,
            _ if rater.value == employee => Some(msg!(
                "ratings-rates-themselves",
                rater = &rater.value,
                role = &role.value
            )),
            MANAGER if manager != Some(rater.value.as_str()) => Some(match manager {
                Some(m) => msg!("ratings-not-the-manager", rater = &rater.value, manager = m),
                None => msg!("ratings-no-manager", rater = &rater.value),
            }),
            _ => None,
        };
        if let Some(message) = wrong {
            let loc = ctx.loc(file, rater);
            ctx.push(
                Diagnostic::new(&codes::WRONG_RATER, message)
                    .at(loc)
                    .help(msg!("ratings-wrong-rater-help")),
            );
        }
        if role.value == PANEL && manager == Some(rater.value.as_str()) {
            let loc = ctx.loc(file, rater);
            ctx.push(
                Diagnostic::new(
                    &codes::MANAGER_ON_PANEL,
                    msg!("ratings-manager-on-panel", rater = &rater.value),
                )
                .at(loc)
                .help(msg!("ratings-manager-on-panel-help")),
            );
        }
        if let Some(first) = seen.insert((&rater.value, &role.value), rater) {
            let (loc, first_line) = (ctx.loc(file, rater), ctx.loc(file, first).line);
            ctx.push(
                Diagnostic::new(
                    &codes::DUPLICATE_RATER,
                    msg!(
                        "ratings-duplicate-rater",
                        rater = &rater.value,
                        role = &role.value
                    ),
                )
                .at(loc)
                .help(msg!("ratings-duplicate-rater-help", line = first_line)),
            );
        }
    }
}

/// Where a value was written, for what is said about it.
type Spot = S<()>;

/// One rater's values, checked as a record's own are (their warnings, about a whole record,
/// left to the consolidated one) in `view`, the record holding them: item → (value, where it
/// was given).
fn rater_values(
    ctx: &mut Ctx,
    file: &str,
    view: &mut RawAssessment,
    r: &RawRating,
    t: &Target<'_>,
    against: &Against<'_>,
) -> BTreeMap<Item, (f64, Spot)> {
    view.competencies = r
        .competencies
        .iter()
        .map(|(id, v)| {
            let achievement = match v.value {
                RawRatingValue::Met(met) => RawAchievement {
                    level: None,
                    met: Some(like(v, met)),
                    evidence: None,
                },
                RawRatingValue::Number(x) => RawAchievement {
                    level: Some(like(v, whole_level(x))),
                    met: None,
                    evidence: None,
                },
            };
            (id.clone(), like(v, achievement))
        })
        .collect();
    view.behaviours = r
        .behaviours
        .iter()
        .map(|(id, met)| {
            let result = RawBehaviourResult {
                met: met.clone(),
                evidence: None,
            };
            (id.clone(), like(met, result))
        })
        .collect();
    view.scores = r.scores.clone();
    let mark = ctx.mark();
    for (id, v) in &r.competencies {
        if let RawRatingValue::Number(x) = v.value
            && (x.fract() != 0.0 || x < 0.0)
        {
            let loc = ctx.loc(file, v);
            ctx.push(
                Diagnostic::new(
                    &codes::LEVEL_OUT_OF_RANGE,
                    msg!(
                        "ratings-level-not-whole",
                        competency = id,
                        level = x.to_string()
                    ),
                )
                .at(loc)
                .help(msg!("ratings-level-not-whole-help")),
            );
        }
    }
    let requirements = t.sequence.requirements_for(t.level, t.position);
    let achieved = competencies::check_competencies(
        ctx,
        file,
        view,
        t.level,
        &requirements,
        &against.competencies,
    );
    let behaved = behaviours::check_behaviours(ctx, file, view, t.level, t.sequence);
    let scored = scores::check_scores(ctx, file, view, t.level, t.sequence);
    ctx.keep_errors_since(mark);
    let mut out = BTreeMap::new();
    for (id, a) in achieved {
        let loc = like(&r.competencies[&id], ());
        out.insert(Item::Competency(id), (f64::from(a.level), loc));
    }
    for (id, b) in behaved {
        let loc = like(&r.behaviours[&id], ());
        out.insert(Item::Behaviour(id), (f64::from(u8::from(b.met)), loc));
    }
    for (module, score) in scored {
        let loc = like(&r.scores[&module], ());
        match score {
            ModuleScore::Whole(x) => {
                out.insert(Item::Score { module, item: None }, (x, loc));
            }
            ModuleScore::Items(items) => {
                for (item, x) in items {
                    out.insert(
                        Item::Score {
                            module: module.clone(),
                            item: Some(item),
                        },
                        (x, loc.clone()),
                    );
                }
            }
        }
    }
    out
}

/// An item's full scale: a competency's top level (1 for a one-line standard), 1 for an
/// activity, an item's or a module's points.
fn scale(item: &Item, t: &Target<'_>, against: &Against<'_>) -> f64 {
    match item {
        Item::Competency(id) => against.competencies.get(id).map_or(1.0, |c| {
            if c.is_one_line() {
                1.0
            } else {
                f64::from(c.max_level())
            }
        }),
        Item::Behaviour(_) => 1.0,
        Item::Score { module, item } => {
            let m = t.level.scoring.modules.iter().find(|m| &m.module == module);
            match (m, item) {
                (Some(m), Some(item)) => m
                    .items
                    .iter()
                    .find(|(i, _)| i == item)
                    .map_or(0.0, |(_, p)| *p),
                (Some(m), None) => m.points,
                (None, _) => 0.0,
            }
        }
    }
}

/// A panel that rates an item counts only with the standard's fewest judges.
fn check_panel(ctx: &mut Ctx, item: &Item, given: &Given<'_>, rules: &RatingRules, at: Location) {
    let judges = given.get(PANEL).map_or(0, Vec::len);
    if judges == 0 || judges >= rules.min_panel || !rules.counts(item.kind(), PANEL) {
        return;
    }
    ctx.push(
        Diagnostic::new(
            &codes::PANEL_TOO_SMALL,
            msg!(
                "ratings-panel-too-small",
                item = item.to_string(),
                judges = judges,
                min = rules.min_panel
            ),
        )
        .at(at)
        .help(msg!("ratings-panel-too-small-help", min = rules.min_panel)),
    );
}

/// The combined values into the record, beside its own values for what no counting rater
/// rated; a value of its own for an item the ratings decide would count twice.
fn write_combined(
    ctx: &mut Ctx,
    file: &str,
    out: &mut RawAssessment,
    combined: &BTreeMap<Item, RatedItem>,
    first_at: &BTreeMap<Item, Spot>,
    against: &Against<'_>,
) {
    let mut rated_modules: BTreeMap<&str, (Spot, BTreeMap<String, f64>)> = BTreeMap::new();
    for (item, info) in combined {
        let (Some(value), Some(at)) = (info.combined, first_at.get(item)) else {
            continue;
        };
        match item {
            Item::Competency(id) => {
                let own = out.competencies.get(id);
                if let Some(own) = own
                    && (own.value.level.is_some() || own.value.met.is_some())
                {
                    let loc = ctx.loc_key(file, own, id);
                    typed_twice(ctx, loc, item);
                }
                let evidence = own.and_then(|o| o.value.evidence.clone());
                let one_line = against
                    .competencies
                    .get(id)
                    .is_some_and(|c| c.is_one_line());
                let achievement = if one_line {
                    RawAchievement {
                        level: None,
                        met: Some(like(at, value >= 0.5)),
                        evidence,
                    }
                } else {
                    RawAchievement {
                        level: Some(like(at, value as u32)),
                        met: None,
                        evidence,
                    }
                };
                out.competencies.insert(id.clone(), like(at, achievement));
            }
            Item::Behaviour(id) => {
                if let Some(own) = out.behaviours.get(id) {
                    let loc = ctx.loc_key(file, own, id);
                    typed_twice(ctx, loc, item);
                }
                let result = RawBehaviourResult {
                    met: like(at, value >= 0.5),
                    evidence: None,
                };
                out.behaviours.insert(id.clone(), like(at, result));
            }
            Item::Score { module, item: None } => {
                if let Some(own) = out.scores.get(module) {
                    let loc = ctx.loc_key(file, own, module);
                    typed_twice(ctx, loc, item);
                }
                out.scores
                    .insert(module.clone(), like(at, RawModuleScore::Whole(value)));
            }
            Item::Score {
                module,
                item: Some(i),
            } => {
                rated_modules
                    .entry(module)
                    .or_insert_with(|| (at.clone(), BTreeMap::new()))
                    .1
                    .insert(i.clone(), value);
            }
        }
    }
    for (module, (at, items)) in rated_modules {
        if let Some(own) = out.scores.get(module) {
            let loc = ctx.loc_key(file, own, module);
            let item = Item::Score {
                module: module.to_string(),
                item: None,
            };
            typed_twice(ctx, loc, &item);
        }
        out.scores
            .insert(module.to_string(), like(&at, RawModuleScore::Items(items)));
    }
}

fn typed_twice(ctx: &mut Ctx, loc: Location, item: &Item) {
    ctx.push(
        Diagnostic::new(
            &codes::TYPED_TWICE,
            msg!("ratings-typed-twice", item = item.to_string()),
        )
        .at(loc)
        .help(msg!("ratings-typed-twice-help", item = item.to_string())),
    );
}

/// The calibration decisions in order (each checked for who decided, when and why).
fn apply_decisions(
    ctx: &mut Ctx,
    file: &str,
    out: &mut RawAssessment,
    raw: &[S<RawDecision>],
    combined: &mut BTreeMap<Item, RatedItem>,
) -> Vec<Decision> {
    let changes: Vec<Change<'_>> = raw
        .iter()
        .map(|d| {
            let d = &d.value;
            ctx.check_not_empty(file, &d.by, msg!("noun-decision-by"));
            ctx.check_name_text(file, &d.by, msg!("noun-decision-by"));
            Change {
                item: &d.item,
                from: &d.from,
                to: &d.to,
                reason: &d.reason,
                by: d.by.value.clone(),
                on: check_date(ctx, file, &d.on).unwrap_or(Date {
                    year: 1970,
                    month: 1,
                    day: 1,
                }),
            }
        })
        .collect();
    apply_changes(ctx, file, out, &changes, combined)
}
