//! The basic conditions: each of a level's conditions against the record's facts (education,
//! years, hours, certifications, performance ratings, majors, titles, alternatives, others).

use super::guidance;
use super::{ConditionCheck, ConditionKind};
use crate::model::*;

pub(super) fn check_conditions(
    c: &Conditions,
    f: &Facts,
    settings: &Settings,
    recertification: bool,
    date: Date,
) -> Vec<ConditionCheck> {
    condition_kinds(c)
        .into_iter()
        .map(|kind| {
            let waived = recertification && matches!(kind, ConditionKind::YearsInLevel(_));
            let met = waived || condition_met(&kind, f, settings, recertification);
            ConditionCheck {
                shortfall: (!met).then(|| guidance::gap(&kind, f, settings, recertification, date)),
                met,
                waived,
                kind,
            }
        })
        .collect()
}

/// A level's basic conditions, one entry each, in display order.
pub fn condition_kinds(c: &Conditions) -> Vec<ConditionKind> {
    let mut out = Vec::new();
    out.extend(c.education.map(ConditionKind::Education));
    if !c.majors.is_empty() {
        out.push(ConditionKind::Major(c.majors.clone()));
    }
    out.extend(c.experience_years.map(ConditionKind::ExperienceYears));
    out.extend(c.years_in_level.map(ConditionKind::YearsInLevel));
    out.extend(c.training_hours.map(ConditionKind::TrainingHours));
    out.extend(c.title.clone().map(ConditionKind::Title));
    out.extend(
        c.certifications
            .iter()
            .cloned()
            .map(ConditionKind::Certification),
    );
    if !c.alternatives.is_empty() {
        out.push(ConditionKind::Alternatives(c.alternatives.clone()));
    }
    out.extend(c.performance.clone().map(ConditionKind::Performance));
    out.extend(c.other.iter().cloned().map(ConditionKind::Other));
    out
}

/// An alternative's parts, each a condition of its own.
pub fn alternative_parts(alt: &Alternative) -> Vec<ConditionKind> {
    condition_kinds(&Conditions {
        education: alt.education,
        majors: alt.majors.clone(),
        experience_years: alt.experience_years,
        years_in_level: alt.years_in_level,
        training_hours: alt.training_hours,
        title: alt.title.clone(),
        ..Conditions::default()
    })
}

pub(crate) fn condition_met(
    kind: &ConditionKind,
    f: &Facts,
    settings: &Settings,
    recertification: bool,
) -> bool {
    let at_least = |fact: Option<f64>, min: f64| fact.is_some_and(|x| x + 1e-9 >= min);
    let ratings = &settings.performance_ratings;
    match kind {
        ConditionKind::Education(min) => f.education.is_some_and(|e| e >= *min),
        ConditionKind::Major(accepted) => f.major.as_ref().is_some_and(|m| accepted.contains(m)),
        ConditionKind::Title(min) => title_met(settings, f, min),
        // Entry-only parts (years in level) are waived on re-certification, as on their own.
        ConditionKind::Alternatives(list) => list.iter().any(|alt| {
            alternative_parts(alt).iter().all(|k| {
                (recertification && matches!(k, ConditionKind::YearsInLevel(_)))
                    || condition_met(k, f, settings, recertification)
            })
        }),
        ConditionKind::ExperienceYears(min) => at_least(f.experience_years, *min),
        ConditionKind::YearsInLevel(min) => at_least(f.years_in_level, *min),
        ConditionKind::TrainingHours(min) => at_least(f.training_hours, *min),
        ConditionKind::Certification(c) => f.certifications.contains(c),
        ConditionKind::Performance(rule) => performance_met(rule, &f.performance, ratings),
        ConditionKind::Other(o) => f.other.get(&o.id).copied().unwrap_or(false),
    }
}

/// A professional title at `min` or higher on the settings' scale.
fn title_met(settings: &Settings, f: &Facts, min: &str) -> bool {
    let held = f.title.as_deref().and_then(|t| settings.title_rank(t));
    held.zip(settings.title_rank(min))
        .is_some_and(|(h, m)| h >= m)
}

/// Applies a performance rule to the latest `rule.last` ratings (oldest first in `history`).
/// With no ratings at all the rule is unmet: there is nothing to show it holds.
pub fn performance_met(rule: &PerformanceRule, history: &[String], ratings: &[String]) -> bool {
    if history.is_empty() {
        return false;
    }
    let rank = |r: &str| ratings.iter().position(|x| x == r).unwrap_or(usize::MAX);
    let window = &history[history.len().saturating_sub(rule.last as usize)..];
    if let Some(floor) = &rule.at_least
        && window.iter().any(|r| rank(r) > rank(floor))
    {
        return false;
    }
    if let Some((n, bad)) = &rule.no_consecutive {
        let mut run = 0;
        for r in window {
            run = if rank(r) >= rank(bad) { run + 1 } else { 0 };
            if run >= *n {
                return false;
            }
        }
    }
    true
}
