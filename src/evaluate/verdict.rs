//! The verdict's reasons and consequences: why a record is not qualified (`Failures`, gate by
//! gate), and what the verdict means for the level held (`Outcome`).

use super::guidance;
use super::{
    BehaviourCheck, CompetencyCheck, ConditionCheck, ContributionCheck, Failures, Grade,
    GradeShortfall, Outcome, RequirementRef,
};
use crate::model::*;

/// What a record was evaluated to, as far as its failures need it.
pub(super) struct Gates<'e> {
    pub conditions: &'e [ConditionCheck],
    pub total: f64,
    pub total_met: bool,
    pub grade: Grade,
    pub normal_total: usize,
    pub competencies: &'e [CompetencyCheck],
    pub behaviours: &'e [BehaviourCheck],
    pub contributions: &'e [ContributionCheck],
}

pub(super) fn failures(settings: &Settings, level: &Level, g: &Gates<'_>) -> Failures {
    Failures {
        conditions: g
            .conditions
            .iter()
            .filter_map(|c| Some((c.kind.clone(), c.shortfall.clone()?)))
            .collect(),
        total: (!g.total_met).then_some((g.total, level.scoring.pass)),
        grade: (g.grade == Grade::C).then(|| grade_shortfall(settings, g)),
        contributions: g
            .contributions
            .iter()
            .filter(|c| !c.met && settings.verdict.contributions_gate)
            .map(|c| guidance::ContributionGap {
                kinds: c.kinds.clone(),
                required: c.required,
                achieved: c.achieved,
            })
            .collect(),
    }
}

/// Why the grade is C: the key and the normal requirements the grade counts that are unmet.
fn grade_shortfall(settings: &Settings, g: &Gates<'_>) -> GradeShortfall {
    let unmet = |key: bool| -> Vec<RequirementRef> {
        g.competencies
            .iter()
            .filter(|_| settings.grading.counts_competencies)
            .filter(|c| c.key == key && c.gap < 0)
            .map(|c| RequirementRef {
                id: c.competency.clone(),
                activity: false,
            })
            .chain(
                g.behaviours
                    .iter()
                    .filter(|_| settings.grading.counts_behaviours)
                    .filter(|b| b.key == key && !b.met)
                    .map(|b| RequirementRef {
                        id: b.activity.clone(),
                        activity: true,
                    }),
            )
            .collect()
    };
    GradeShortfall {
        key_unmet: unmet(true),
        normal_unmet: unmet(false),
        normal_total: g.normal_total,
        allowed: (settings.grading.b_max_normal_unmet * g.normal_total as f64 + 1e-9).floor()
            as usize,
    }
}

/// What the verdict means, given the level held (`current`) and the level applied for.
pub(super) fn outcome(
    settings: &Settings,
    current: Option<&Level>,
    level: &Level,
    qualified: bool,
) -> Outcome {
    match current {
        None => [Outcome::NotCertified, Outcome::Certified][usize::from(qualified)],
        Some(c) if c.rank < level.rank => {
            [Outcome::NotPromoted, Outcome::Promoted][usize::from(qualified)]
        }
        Some(c) if c.rank == level.rank && !qualified => {
            match settings.verdict.failed_recertification {
                FailedRecertification::Demote => Outcome::Demoted,
                FailedRecertification::Observe => Outcome::Observation,
            }
        }
        Some(c) if c.rank == level.rank => Outcome::Retained,
        // Applied below the level held (warned; a change of role, say).
        Some(_) => [Outcome::NotReassigned, Outcome::Reassigned][usize::from(qualified)],
    }
}
