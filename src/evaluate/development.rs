//! The development plan a report proposes when a record has none: the competency gaps in
//! priority order (key first, then the largest gap), each aiming at the next graded level,
//! with that level's behaviours and its 70/20/10 suggestions from the dictionary.

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
    /// The level to reach next: one above the achieved one.
    pub target: u32,
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
            let level = standard
                .competency(&d.competency)
                .and_then(|c| c.level(d.next_level));
            let mut actions: Vec<Suggestion> =
                level.map(|l| l.suggestions.clone()).unwrap_or_default();
            actions.sort_by_key(|s| LearningKind::ALL.iter().position(|k| *k == s.kind));
            ProposedItem {
                competency: d.competency.clone(),
                key: d.key,
                achieved: d.achieved,
                required: d.required,
                target: d.next_level,
                behaviours: level.map(|l| l.behaviours.clone()).unwrap_or_default(),
                actions,
            }
        })
        .collect()
}
