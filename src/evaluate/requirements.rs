//! The requirements the grade counts: each competency the level (and position) requires against
//! the level achieved, and each behaviour-standard activity against the record's verdict.

use super::{BehaviourCheck, CompetencyCheck, GapStatus};
use crate::model::*;

/// Each competency required, with its gap; `one_line` tells a one-line standard (met or not)
/// from a graded competency.
pub(super) fn check_competencies(
    sequence: &Sequence,
    level: &Level,
    position: Option<&Position>,
    a: &Assessment,
    one_line: &dyn Fn(&str) -> bool,
) -> Vec<CompetencyCheck> {
    sequence
        .requirements_for(level, position)
        .into_iter()
        .map(|r| {
            let achieved = a.competencies.get(&r.competency).map_or(0, |x| x.level);
            let gap = achieved as i64 - r.level as i64;
            let one_line = one_line(&r.competency);
            let status = match gap {
                g if g >= 0 => GapStatus::Met,
                _ if one_line => GapStatus::Unmet,
                -1 => GapStatus::OneBelow,
                _ => GapStatus::TwoOrMoreBelow,
            };
            CompetencyCheck {
                competency: r.competency,
                key: r.key,
                one_line,
                required: r.level,
                achieved,
                gap,
                status,
            }
        })
        .collect()
}

/// Each behaviour-standard activity the level requires, met or not (not assessed is not met).
pub(super) fn check_behaviours(
    sequence: &Sequence,
    level: &Level,
    a: &Assessment,
) -> Vec<BehaviourCheck> {
    let mut behaviours: Vec<BehaviourCheck> = level
        .behaviours
        .iter()
        .map(|b| {
            let result = a.behaviours.get(&b.activity);
            BehaviourCheck {
                activity: b.activity.clone(),
                module: sequence
                    .activity(&b.activity)
                    .map_or_else(String::new, |(m, _)| m.id.clone()),
                key: b.key,
                met: result.is_some_and(|r| r.met),
                assessed: result.is_some(),
            }
        })
        .collect();
    // In the sequence's order of modules and activities, however the levels inherited them.
    let order: Vec<&str> = sequence
        .behaviour_modules
        .iter()
        .flat_map(|m| m.activities.iter().map(|a| a.id.as_str()))
        .collect();
    behaviours.sort_by_key(|b| order.iter().position(|id| *id == b.activity));
    behaviours
}

/// (key, met) of every requirement the grade counts, as the settings say which kinds count.
pub(super) fn counted(
    settings: &Settings,
    competencies: &[CompetencyCheck],
    behaviours: &[BehaviourCheck],
) -> Vec<(bool, bool)> {
    competencies
        .iter()
        .filter(|_| settings.grading.counts_competencies)
        .map(|c| (c.key, c.gap >= 0))
        .chain(
            behaviours
                .iter()
                .filter(|_| settings.grading.counts_behaviours)
                .map(|b| (b.key, b.met)),
        )
        .collect()
}

/// (key total, key unmet, normal total, normal unmet) of the requirements `counted`.
pub(super) fn tally(counted: &[(bool, bool)]) -> (usize, usize, usize, usize) {
    let count = |key: bool, unmet_only: bool| {
        counted
            .iter()
            .filter(|(k, met)| *k == key && (!unmet_only || !met))
            .count()
    };
    (
        count(true, false),
        count(true, true),
        count(false, false),
        count(false, true),
    )
}
