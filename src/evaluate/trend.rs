//! An employee's cycles over time, as the latest report shows them: verdict, grade and total
//! per cycle; achieved levels then and now; gaps closed, still open and newly opened; the
//! previous plan; and contributions already counted in an earlier cycle.
//!
//! A report looks back only, at the records before it: adding a later cycle never changes an
//! earlier report.

use serde::Serialize;

use super::{ConditionKind, Evaluation, Grade, Outcome};
use crate::model::{Assessment, Date, PlanItem};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CyclePoint {
    pub cycle: String,
    pub date: Date,
    pub applied_level: String,
    pub qualified: bool,
    pub outcome: Outcome,
    pub grade: Grade,
    pub total: f64,
    pub points: f64,
    pub pass: f64,
    /// Each scoring module: (module id, points, score).
    pub modules: Vec<(String, f64, f64)>,
    /// The KPI score, 0–1, when a KPI is scored.
    pub kpi_share: Option<f64>,
    /// The basic conditions not met.
    pub conditions_unmet: Vec<ConditionKind>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Trend {
    /// Every cycle up to and including this one, oldest first.
    pub cycles: Vec<CyclePoint>,
    /// The comparison with the cycle just before this one.
    pub since: SincePrevious,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SincePrevious {
    pub cycle: String,
    /// For each competency this cycle requires: the level achieved then (none when the earlier
    /// record did not assess it) and now.
    pub achieved: Vec<(String, Option<u32>, u32)>,
    /// Gaps of the earlier cycle met now.
    pub closed: Vec<String>,
    /// Gaps in both cycles.
    pub still_open: Vec<String>,
    /// Gaps now that were not gaps then (met, or not required).
    pub opened: Vec<String>,
    /// Graded competencies achieved at a higher level than then: (id, then, now).
    pub improved: Vec<(String, u32, u32)>,
    /// What moved the total: each module scored in both cycles whose score changed,
    /// (module id, then, now).
    pub scores: Vec<(String, f64, f64)>,
    /// The KPI score then and now (0–1), when both were scored and it changed.
    pub kpi: Option<(f64, f64)>,
    /// The total then and now.
    pub total: (f64, f64),
    /// Basic conditions met then (or not asked) and unmet now.
    pub conditions_unmet_since: Vec<ConditionKind>,
    /// Basic conditions unmet then and met now.
    pub conditions_met_since: Vec<ConditionKind>,
    /// The levels applied for then and now, when they differ (the requirements changed).
    pub level_changed: Option<(String, String)>,
    /// The positions assessed for then and now, when they differ (KPIs and requirements
    /// changed with them).
    pub position_changed: Option<(Option<String>, Option<String>)>,
    /// The earlier record's development plan, with its statuses.
    pub plan: Vec<PlanItem>,
}

fn point(a: &Assessment, e: &Evaluation) -> CyclePoint {
    CyclePoint {
        cycle: a.cycle.clone(),
        date: a.date,
        applied_level: a.applied_level.clone(),
        qualified: e.qualified,
        outcome: e.outcome,
        grade: e.grade,
        total: e.total,
        points: e.total_points,
        pass: e.pass,
        modules: e
            .modules
            .iter()
            .map(|m| (m.module.clone(), m.points, m.score))
            .collect(),
        kpi_share: e.kpi_share,
        conditions_unmet: e
            .conditions
            .iter()
            .filter(|c| !c.met)
            .map(|c| c.kind.clone())
            .collect(),
    }
}

/// The trend for `current`, given the employee's earlier records (oldest first); `None` for a
/// first cycle.
pub fn trend(
    earlier: &[(&Assessment, &Evaluation)],
    current: (&Assessment, &Evaluation),
) -> Option<Trend> {
    let (previous, before) = earlier.last()?;
    let (now, after) = current;
    let achieved = after
        .competencies
        .iter()
        .map(|c| {
            (
                c.competency.clone(),
                previous.competencies.get(&c.competency).map(|x| x.level),
                c.achieved,
            )
        })
        .collect();
    let (closed, still_open, opened) = gap_changes(before, after);
    let improved = after
        .competencies
        .iter()
        .filter(|c| !c.one_line)
        .filter_map(|c| {
            let then = previous.competencies.get(&c.competency)?.level;
            (c.achieved > then).then(|| (c.competency.clone(), then, c.achieved))
        })
        .collect();
    let (conditions_met_since, conditions_unmet_since) = condition_changes(before, after);
    let scores = after
        .modules
        .iter()
        .filter_map(|m| {
            let then = before.modules.iter().find(|x| x.module == m.module)?;
            ((then.score - m.score).abs() > 1e-9).then(|| (m.module.clone(), then.score, m.score))
        })
        .collect();
    let kpi = before
        .kpi_share
        .zip(after.kpi_share)
        .filter(|(then, now)| (then - now).abs() > 1e-9);
    let level_changed = (previous.applied_level != now.applied_level)
        .then(|| (previous.applied_level.clone(), now.applied_level.clone()));
    let mut cycles: Vec<CyclePoint> = earlier.iter().map(|(a, e)| point(a, e)).collect();
    cycles.push(point(now, after));
    Some(Trend {
        cycles,
        since: SincePrevious {
            cycle: previous.cycle.clone(),
            achieved,
            closed,
            still_open,
            opened,
            improved,
            scores,
            kpi,
            total: (before.total, after.total),
            conditions_unmet_since,
            conditions_met_since,
            level_changed,
            position_changed: (previous.position != now.position)
                .then(|| (previous.position.clone(), now.position.clone())),
            plan: previous.plan.clone(),
        },
    })
}

/// The gaps closed since the cycle before, still open, and opened (competency ids).
fn gap_changes(before: &Evaluation, after: &Evaluation) -> (Vec<String>, Vec<String>, Vec<String>) {
    let gap_then = |id: &str| {
        before
            .competencies
            .iter()
            .any(|c| c.competency == id && c.gap < 0)
    };
    let gap_now = |id: &str| {
        after
            .competencies
            .iter()
            .any(|c| c.competency == id && c.gap < 0)
    };
    let closed = before
        .competencies
        .iter()
        .filter(|c| c.gap < 0 && !gap_now(&c.competency))
        .map(|c| c.competency.clone())
        .collect();
    let still_open = after
        .competencies
        .iter()
        .filter(|c| c.gap < 0 && gap_then(&c.competency))
        .map(|c| c.competency.clone())
        .collect();
    let opened = after
        .competencies
        .iter()
        .filter(|c| c.gap < 0 && !gap_then(&c.competency))
        .map(|c| c.competency.clone())
        .collect();
    (closed, still_open, opened)
}

/// The basic conditions met now that were not then, and unmet now that were met then.
fn condition_changes(
    before: &Evaluation,
    after: &Evaluation,
) -> (Vec<ConditionKind>, Vec<ConditionKind>) {
    let met_now = |slot: &str| {
        after
            .conditions
            .iter()
            .any(|c| c.met && c.kind.slot() == slot)
    };
    let conditions_met_since = before
        .conditions
        .iter()
        .filter(|c| !c.met && met_now(&c.kind.slot()))
        .map(|c| c.kind.clone())
        .collect();
    let unmet_then = |slot: &str| {
        before
            .conditions
            .iter()
            .any(|c| !c.met && c.kind.slot() == slot)
    };
    let conditions_unmet_since = after
        .conditions
        .iter()
        .filter(|c| !c.met && !unmet_then(&c.kind.slot()))
        .map(|c| c.kind.clone())
        .collect();
    (conditions_met_since, conditions_unmet_since)
}

/// For each of `current`'s contributions, the earliest cycle that already listed it (the same
/// kind and title), if any.
pub fn listed_before<'a>(current: &Assessment, earlier: &[&'a Assessment]) -> Vec<Option<&'a str>> {
    current
        .contributions
        .iter()
        .map(|c| {
            earlier
                .iter()
                .find(|a| {
                    a.contributions
                        .iter()
                        .any(|x| x.kind == c.kind && x.title.trim() == c.title.trim())
                })
                .map(|a| a.cycle.as_str())
        })
        .collect()
}
