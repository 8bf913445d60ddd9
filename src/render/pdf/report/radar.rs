//! The radar: each competency with levels, required against achieved (and the cycle before),
//! on one scale.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::evaluate::Evaluation;
use crate::model::Standard;

#[derive(Serialize)]
pub(super) struct RadarAxis<'a> {
    name: &'a str,
    max: u32,
    required: u32,
    achieved: u32,
    /// The level achieved in the previous cycle, when there is one.
    previous: Option<u32>,
}

/// One-line standards are met or not: they have no place on a scale of levels.
pub(super) fn radar<'a>(
    h: &'a Standard,
    e: &'a Evaluation,
    previous_levels: &BTreeMap<&str, u32>,
) -> Vec<RadarAxis<'a>> {
    // One scale on every axis: up to a level above the highest figure shown (never beyond
    // the dictionary's range), so low levels do not huddle at the centre of a 5-level chart.
    let radar_max = e
        .competencies
        .iter()
        .filter(|c| !c.one_line)
        .map(|c| {
            let range = h.competency(&c.competency).map_or(1, |x| x.max_level());
            let shown = c.required.max(c.achieved).max(
                previous_levels
                    .get(c.competency.as_str())
                    .copied()
                    .unwrap_or(0),
            );
            (shown + 1).min(range).max(shown)
        })
        .max()
        .unwrap_or(1)
        .max(1);
    e.competencies
        .iter()
        .filter(|c| {
            h.competency(&c.competency)
                .is_some_and(|x| !x.is_one_line())
        })
        .map(|c| RadarAxis {
            name: h.competency_name(&c.competency),
            // One scale on every axis, so one level is one distance from the centre.
            max: radar_max,
            required: c.required,
            achieved: c.achieved,
            previous: previous_levels.get(c.competency.as_str()).copied(),
        })
        .collect()
}
