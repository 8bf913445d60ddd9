//! Eligibility screening (资格审查): before anyone is rated, which level each person of a
//! cycle's roster may apply for, and for each, every basic condition met or not with the figure
//! and the requirement, and the day time alone will meet it. Pure, like the rest of `evaluate`:
//! the roster's facts on the screening date against the levels' conditions, by the same rules a
//! verdict uses (README, *The evaluation rules* §2).

use serde::Serialize;

use super::conditions::check_conditions;
use super::guidance::ConditionGap;
use super::{ConditionCheck, ConditionKind};
use crate::model::*;

/// One cycle's screening.
#[derive(Debug, Clone, Serialize)]
pub struct Screening {
    pub cycle: String,
    /// The day years are counted up to.
    pub date: Date,
    /// Ordered by sequence, department, employee id, then level from the lowest.
    pub candidates: Vec<Candidate>,
    /// People with a sequence (within the filter) who have no level to be screened for, and
    /// why, so nobody drops out of the list silently.
    pub unscreened: Vec<Unscreened>,
}

/// Someone the screening lists no level for.
#[derive(Debug, Clone, Serialize)]
pub struct Unscreened {
    pub employee_id: String,
    pub name: String,
    pub department: Option<String>,
    pub sequence: String,
    pub current_level: Option<String>,
    pub reason: NotScreened,
}

/// Why someone has no level to be screened for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NotScreened {
    /// They hold their sequence's highest level, and its re-certification is not due.
    HighestLevel,
}

/// What a person may apply for: a level above the one held, the level held again when it is
/// due for re-certification, or a first level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Route {
    /// No level held yet (首次认证).
    First,
    /// The level above the one held (晋级).
    Promotion,
    /// Two or more levels above the one held (越级), screened because the person applied.
    SkipLevel,
    /// The level held, due again (复核).
    Recertification,
    /// A level at or below the one held that is not due, screened because the person applied.
    Other,
}

/// One person against one level.
#[derive(Debug, Clone, Serialize)]
pub struct Candidate {
    pub employee_id: String,
    pub name: String,
    pub department: Option<String>,
    pub sequence: String,
    pub current_level: Option<String>,
    pub level: String,
    pub route: Route,
    /// Each condition the roster decides, in the report's order; `other` conditions are in
    /// `to_judge` instead.
    pub conditions: Vec<ConditionCheck>,
    /// The `other` conditions: assessors judge them during the assessment, not the screening.
    pub to_judge: Vec<OtherCondition>,
    /// Every condition in `conditions` is met.
    pub eligible: bool,
    /// When not eligible and every unmet condition is one time cures (experience, years in
    /// the level): the day the last of them is met, if the person stays.
    pub eligible_on: Option<Date>,
    /// The person's application for this level, when the cycle has one.
    pub application: Option<Application>,
    /// The roster's facts on the screening date, every condition's figure read from them.
    pub facts: Facts,
}

/// Which people to screen; every field left out takes everyone.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub sequence: Option<String>,
    /// A level id of the sequence: only candidates for it.
    pub level: Option<String>,
    pub department: Option<String>,
}

/// Screens every person of `roster` with a sequence (people without one, such as managers
/// outside the standard, are not screened) on `date`.
pub fn screen(
    standard: &Standard,
    roster: &Roster,
    applications: &[Application],
    date: Date,
    filter: &Filter,
) -> Screening {
    let mut candidates = Vec::new();
    let mut unscreened = Vec::new();
    for person in roster.people.values() {
        if filter
            .department
            .as_ref()
            .is_some_and(|d| person.department.as_ref() != Some(d))
        {
            continue;
        }
        let Some(sequence) = person
            .sequence
            .as_deref()
            .and_then(|s| standard.sequence(s))
        else {
            continue;
        };
        if filter.sequence.as_ref().is_some_and(|s| *s != sequence.id) {
            continue;
        }
        let applied: Vec<&Application> = applications
            .iter()
            .filter(|a| a.employee_id == person.employee_id && a.sequence == sequence.id)
            .collect();
        let levels = levels_to_screen(standard, sequence, person, date, &applied);
        if levels.is_empty() && filter.level.is_none() {
            unscreened.push(Unscreened {
                employee_id: person.employee_id.clone(),
                name: person.name.clone(),
                department: person.department.clone(),
                sequence: sequence.id.clone(),
                current_level: person.level.clone(),
                reason: NotScreened::HighestLevel,
            });
        }
        for (level, route) in levels {
            if filter.level.as_ref().is_some_and(|l| *l != level.id) {
                continue;
            }
            let mut candidate = screen_one(&standard.settings, sequence, level, person, date);
            candidate.route = route;
            candidate.application = applied
                .iter()
                .find(|a| a.level == level.id)
                .map(|a| (*a).clone());
            candidates.push(candidate);
        }
    }
    candidates.sort_by(|a, b| {
        let rank = |c: &Candidate| {
            standard
                .sequence(&c.sequence)
                .and_then(|s| s.levels.iter().find(|l| l.id == c.level))
                .map_or(usize::MAX, |l| l.rank)
        };
        (&a.sequence, &a.department, &a.employee_id, rank(a)).cmp(&(
            &b.sequence,
            &b.department,
            &b.employee_id,
            rank(b),
        ))
    });
    Screening {
        cycle: roster.cycle.clone(),
        date,
        candidates,
        unscreened,
    }
}

/// The levels a person is screened for: with a level held, the next one up, the one held
/// when re-certification is due (`verdict.recertify_after_years`), and any other they applied
/// for; with none, each level from the lowest up to the first they are not eligible for.
fn levels_to_screen<'a>(
    standard: &Standard,
    sequence: &'a Sequence,
    person: &Person,
    date: Date,
    applied: &[&Application],
) -> Vec<(&'a Level, Route)> {
    let held = person
        .level
        .as_deref()
        .and_then(|id| sequence.levels.iter().find(|l| l.id == id));
    let mut out: Vec<(&Level, Route)> = Vec::new();
    match held {
        Some(held) => {
            let due = standard
                .settings
                .verdict
                .recertify_after_years
                .zip(person.facts_on(date).years_in_level)
                .is_some_and(|(after, years)| years + 1e-9 >= after);
            if due {
                out.push((held, Route::Recertification));
            }
            if let Some(next) = sequence.levels.iter().find(|l| l.rank == held.rank + 1) {
                out.push((next, Route::Promotion));
            }
        }
        None => {
            for level in &sequence.levels {
                out.push((level, Route::First));
                if !screen_one(&standard.settings, sequence, level, person, date).eligible {
                    break;
                }
            }
        }
    }
    for application in applied {
        if out.iter().any(|(l, _)| l.id == application.level) {
            continue;
        }
        if let Some(level) = sequence.levels.iter().find(|l| l.id == application.level) {
            let route = match held {
                Some(h) if level.rank > h.rank + 1 => Route::SkipLevel,
                Some(h) if level.rank == h.rank + 1 => Route::Promotion,
                Some(h) if level.rank == h.rank => Route::Recertification,
                Some(_) => Route::Other,
                None => Route::First,
            };
            out.push((level, route));
        }
    }
    out.sort_by_key(|(l, _)| l.rank);
    out
}

/// The day time alone meets a condition: years of experience or in the level; alternatives
/// when one of the closest lacks only years (the earliest such).
pub fn met_by_time(gap: &ConditionGap) -> Option<Date> {
    match gap {
        ConditionGap::ExperienceYears { expected, .. }
        | ConditionGap::YearsInLevel { expected, .. } => *expected,
        ConditionGap::Alternatives { closest, .. } => closest
            .iter()
            .filter_map(|parts| {
                parts
                    .iter()
                    .map(|(_, gap)| met_by_time(gap))
                    .collect::<Option<Vec<Date>>>()
                    .and_then(|dates| dates.into_iter().max())
            })
            .min(),
        _ => None,
    }
}

/// One person against one level on `date`: the level's conditions (after inheritance) on the
/// roster's facts. A re-certification waives years in the level, as in a verdict.
pub fn screen_one(
    settings: &Settings,
    sequence: &Sequence,
    level: &Level,
    person: &Person,
    date: Date,
) -> Candidate {
    let recertification = person.level.as_deref() == Some(level.id.as_str());
    let facts = person.facts_on(date);
    let (to_judge, conditions): (Vec<ConditionCheck>, Vec<ConditionCheck>) =
        check_conditions(&level.conditions, &facts, settings, recertification, date)
            .into_iter()
            .partition(|c| matches!(c.kind, ConditionKind::Other(_)));
    let eligible = conditions.iter().all(|c| c.met);
    let eligible_on = if eligible {
        None
    } else {
        conditions
            .iter()
            .filter(|c| !c.met)
            .map(|c| c.shortfall.as_ref().and_then(met_by_time))
            .collect::<Option<Vec<Date>>>()
            .and_then(|dates| dates.into_iter().max())
    };
    Candidate {
        employee_id: person.employee_id.clone(),
        name: person.name.clone(),
        department: person.department.clone(),
        sequence: sequence.id.clone(),
        current_level: person.level.clone(),
        level: level.id.clone(),
        route: if recertification {
            Route::Recertification
        } else if person.level.is_none() {
            Route::First
        } else {
            Route::Promotion
        },
        conditions,
        to_judge: to_judge
            .into_iter()
            .filter_map(|c| match c.kind {
                ConditionKind::Other(o) => Some(o),
                _ => None,
            })
            .collect(),
        eligible,
        eligible_on,
        application: None,
        facts,
    }
}
