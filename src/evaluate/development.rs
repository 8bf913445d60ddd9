//! The development plan a report proposes when a record has none: the competency gaps in
//! priority order (key first, then the largest gap), each aiming at the next graded level,
//! with that level's behaviours and its 70/20/10 suggestions from the dictionary; a one-line
//! standard not met aims at being met, with its standard as the behaviour to show.

use serde::Serialize;

use super::Evaluation;
use crate::model::{LearningKind, Standard, Suggestion};

/// At most this many items are proposed: a plan is a few priorities, not every gap.
pub const PROPOSED_ITEMS: usize = 3;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProposedItem {
    pub competency: String,
    pub key: bool,
    pub achieved: u32,
    pub required: u32,
    /// The level to reach next: one above the achieved one (1, met, for a one-line standard).
    pub target: u32,
    /// A one-line standard (达标/未达标): no level step, only the standard to meet.
    pub one_line: bool,
    /// The target level's behaviours.
    pub behaviours: Vec<String>,
    /// The target level's suggestions, on the job first, then from others, then courses.
    pub actions: Vec<Suggestion>,
}

/// The proposed plan for an evaluation, at most [`PROPOSED_ITEMS`] items.
pub fn propose(standard: &Standard, e: &Evaluation) -> Vec<ProposedItem> {
    e.development
        .iter()
        .take(PROPOSED_ITEMS)
        .map(|d| {
            let competency = standard.competency(&d.competency);
            let level = competency.and_then(|c| c.level(d.next_level));
            let mut actions: Vec<Suggestion> =
                level.map(|l| l.suggestions.clone()).unwrap_or_default();
            let one_line = competency.and_then(|c| c.standard.clone());
            actions.sort_by_key(|s| LearningKind::ALL.iter().position(|k| *k == s.kind));
            ProposedItem {
                competency: d.competency.clone(),
                key: d.key,
                achieved: d.achieved,
                required: d.required,
                target: d.next_level,
                one_line: d.one_line,
                behaviours: match one_line {
                    Some(text) => vec![text],
                    None => level.map(|l| l.behaviours.clone()).unwrap_or_default(),
                },
                actions,
            }
        })
        .collect()
}
