//! What changes between two levels: competencies, basic conditions, scoring and contributions,
//! each marked new, raised, lowered, unchanged, removed or changed. Pure; the site's compare
//! pages render it, and the versioning work can reuse it between editions.

use serde::Serialize;

use crate::evaluate::{ConditionKind, condition_kinds};
use crate::model::Level;

/// The kind of a change, defined with the model's revision record (which names it too).
pub use crate::model::change::Kind as Change;

#[derive(Debug, Clone, Serialize)]
pub struct Diff<T> {
    pub from: Option<T>,
    pub to: Option<T>,
    pub change: Change,
}

/// A contribution requirement's count and its window of cycles.
pub type CountWithin = (u32, u32);

#[derive(Debug, Clone, Serialize)]
pub struct LevelDiff {
    /// (competency id, (level, key) before and after)
    pub competencies: Vec<(String, Diff<(u32, bool)>)>,
    pub conditions: Vec<Diff<ConditionKind>>,
    /// (module id, or None for the pass mark, points before and after)
    pub scoring: Vec<(Option<String>, Diff<f64>)>,
    /// (activity id, (criterion, key) before and after)
    pub behaviours: Vec<(String, Diff<(String, bool)>)>,
    /// (contribution kinds, (count, within) before and after)
    pub contributions: Vec<(Vec<String>, Diff<CountWithin>)>,
}

fn diff<T: Clone + PartialEq>(
    from: Option<&T>,
    to: Option<&T>,
    order: impl Fn(&T, &T) -> Option<std::cmp::Ordering>,
) -> Diff<T> {
    let change = match (from, to) {
        (None, Some(_)) => Change::New,
        (Some(_), None) => Change::Removed,
        (Some(a), Some(b)) if a == b => Change::Unchanged,
        (Some(a), Some(b)) => match order(a, b) {
            Some(std::cmp::Ordering::Less) => Change::Raised,
            Some(std::cmp::Ordering::Greater) => Change::Lowered,
            _ => Change::Changed,
        },
        (None, None) => Change::Unchanged,
    };
    Diff {
        from: from.cloned(),
        to: to.cloned(),
        change,
    }
}

/// Ids in first-seen order across two lists.
fn union<'a, T: PartialEq + ?Sized>(
    a: impl Iterator<Item = &'a T>,
    b: impl Iterator<Item = &'a T>,
) -> Vec<&'a T> {
    let mut ids: Vec<&T> = Vec::new();
    for id in a.chain(b) {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids
}

fn condition_order(a: &ConditionKind, b: &ConditionKind) -> Option<std::cmp::Ordering> {
    use ConditionKind::*;
    match (a, b) {
        (Education(x), Education(y)) => Some(x.cmp(y)),
        (ExperienceYears(x), ExperienceYears(y))
        | (YearsInLevel(x), YearsInLevel(y))
        | (TrainingHours(x), TrainingHours(y)) => x.partial_cmp(y),
        _ => None,
    }
}

pub fn compare(from: &Level, to: &Level) -> LevelDiff {
    LevelDiff {
        competencies: competency_diffs(from, to),
        conditions: condition_diffs(from, to),
        scoring: scoring_diffs(from, to),
        behaviours: behaviour_diffs(from, to),
        contributions: contribution_diffs(from, to),
    }
}

/// Each competency either level requires: its (level, key) on each side.
fn competency_diffs(from: &Level, to: &Level) -> Vec<(String, Diff<(u32, bool)>)> {
    union(
        from.requirements.iter().map(|r| r.competency.as_str()),
        to.requirements.iter().map(|r| r.competency.as_str()),
    )
    .into_iter()
    .map(|id| {
        let a = from.requirement(id).map(|r| (r.level, r.key));
        let b = to.requirement(id).map(|r| (r.level, r.key));
        (
            id.to_string(),
            diff(a.as_ref(), b.as_ref(), |x, y| {
                if x.0 == y.0 {
                    None
                } else {
                    x.0.partial_cmp(&y.0)
                }
            }),
        )
    })
    .collect()
}

/// Each basic condition either level sets, matched by what it is about.
fn condition_diffs(from: &Level, to: &Level) -> Vec<Diff<ConditionKind>> {
    let (ca, cb) = (
        condition_kinds(&from.conditions),
        condition_kinds(&to.conditions),
    );
    let slots_a: Vec<String> = ca.iter().map(ConditionKind::slot).collect();
    let slots_b: Vec<String> = cb.iter().map(ConditionKind::slot).collect();
    union(
        slots_a.iter().map(String::as_str),
        slots_b.iter().map(String::as_str),
    )
    .into_iter()
    .map(|s| {
        let a = slots_a.iter().position(|x| x == s).map(|i| &ca[i]);
        let b = slots_b.iter().position(|x| x == s).map(|i| &cb[i]);
        diff(a, b, condition_order)
    })
    .collect()
}

/// Each module's points, then the pass mark.
fn scoring_diffs(from: &Level, to: &Level) -> Vec<(Option<String>, Diff<f64>)> {
    let mut scoring: Vec<(Option<String>, Diff<f64>)> = union(
        from.scoring.modules.iter().map(|m| m.module.as_str()),
        to.scoring.modules.iter().map(|m| m.module.as_str()),
    )
    .into_iter()
    .map(|id| {
        let points = |l: &Level| {
            l.scoring
                .modules
                .iter()
                .find(|m| m.module == id)
                .map(|m| m.points)
        };
        (
            Some(id.to_string()),
            diff(points(from).as_ref(), points(to).as_ref(), |x, y| {
                x.partial_cmp(y)
            }),
        )
    })
    .collect();
    scoring.push((
        None,
        diff(Some(&from.scoring.pass), Some(&to.scoring.pass), |x, y| {
            x.partial_cmp(y)
        }),
    ));
    scoring
}

/// Each contribution requirement (by its kinds): its count and window on each side.
fn contribution_diffs(from: &Level, to: &Level) -> Vec<(Vec<String>, Diff<CountWithin>)> {
    union(
        from.contributions.iter().map(|c| c.kinds.as_slice()),
        to.contributions.iter().map(|c| c.kinds.as_slice()),
    )
    .into_iter()
    .map(|kinds| {
        let count = |l: &Level| {
            l.contributions
                .iter()
                .find(|c| c.kinds == kinds)
                .map(|c| (c.count, c.within))
        };
        (
            kinds.to_vec(),
            diff(count(from).as_ref(), count(to).as_ref(), |x, y| {
                x.partial_cmp(y)
            }),
        )
    })
    .collect()
}

/// Each behaviour-standard activity either level requires: its criterion and whether it is
/// key.
fn behaviour_diffs(from: &Level, to: &Level) -> Vec<(String, Diff<(String, bool)>)> {
    let behaviour = |l: &Level, id: &str| {
        l.behaviours
            .iter()
            .find(|b| b.activity == id)
            .map(|b| (b.criterion.clone(), b.key))
    };
    union(
        from.behaviours.iter().map(|b| b.activity.as_str()),
        to.behaviours.iter().map(|b| b.activity.as_str()),
    )
    .into_iter()
    .map(|id| {
        let (a, b) = (behaviour(from, id), behaviour(to, id));
        (id.to_string(), diff(a.as_ref(), b.as_ref(), |_, _| None))
    })
    .collect()
}
