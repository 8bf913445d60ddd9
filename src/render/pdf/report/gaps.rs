//! The gap table: unmet key items first, then by gap, then the items met.

use serde::Serialize;

use crate::evaluate::{Evaluation, GapStatus};
use crate::model::{Assessment, Requirement, Standard};
use crate::render::shared;

#[derive(Serialize)]
pub(super) struct CompetencyRow<'a> {
    name: &'a str,
    key: bool,
    /// The record's position adds or raises this requirement.
    from_position: bool,
    /// A one-line standard: met or not, no levels.
    one_line: bool,
    required: u32,
    achieved: u32,
    gap: i64,
    required_title: &'a str,
    achieved_title: &'a str,
    status: &'static str,
}

pub(super) fn competencies<'a>(
    h: &'a Standard,
    a: &Assessment,
    e: &'a Evaluation,
) -> Vec<CompetencyRow<'a>> {
    let (sequence, applied) = h.target_level(a).expect("checked assessment");
    let position = a.position.as_deref().and_then(|id| sequence.position(id));
    let grade_title = |id: &str, n: u32| {
        h.competency(id)
            .and_then(|c| c.level(n))
            .map_or("", |l| l.title.as_str())
    };
    e.gaps_first()
        .into_iter()
        .map(|c| CompetencyRow {
            name: h.competency_name(&c.competency),
            key: c.key,
            from_position: position.is_some_and(|p| {
                p.requirements.iter().any(|r| r.competency == c.competency)
                    && shared::position_raises(
                        applied,
                        &Requirement {
                            competency: c.competency.clone(),
                            level: c.required,
                            key: c.key,
                        },
                    )
            }),
            one_line: h.competency(&c.competency).is_some_and(|x| x.is_one_line()),
            required: c.required,
            achieved: c.achieved,
            gap: c.gap,
            required_title: grade_title(&c.competency, c.required),
            achieved_title: grade_title(&c.competency, c.achieved),
            status: match c.status {
                GapStatus::Met => "met",
                GapStatus::OneBelow => "one",
                GapStatus::TwoOrMoreBelow | GapStatus::Unmet => "two",
            },
        })
        .collect()
}
