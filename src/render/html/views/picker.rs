//! A sequence's comparison picker: the neighbouring pairs, and a pattern for any pair.

use serde::Serialize;

use super::pieces::{LevelBrief, SequenceFacts, briefs, level_brief, sequence_facts};
use crate::model::{Sequence, Standard};
use crate::urls::{self, SitePath};

#[derive(Serialize)]
pub struct PickerView<'a> {
    pub sequence: SequenceFacts<'a>,
    pub levels: Vec<LevelBrief<'a>>,
    pub pairs: Vec<PairView<'a>>,
    /// The link to a comparison, with `{from}` and `{to}` for the levels the reader picks.
    pub pattern: String,
}

#[derive(Serialize)]
pub struct PairView<'a> {
    pub url: String,
    pub from: LevelBrief<'a>,
    pub to: LevelBrief<'a>,
}

pub(super) fn picker<'a>(
    here: &SitePath,
    s: &'a Sequence,
    standard: &'a Standard,
) -> PickerView<'a> {
    PickerView {
        sequence: sequence_facts(here, s, standard.settings.language),
        levels: briefs(here, s),
        pairs: s
            .levels
            .windows(2)
            .map(|w| PairView {
                url: here.link_to(&urls::compare(&s.id, &w[0].id, &w[1].id)),
                from: level_brief(here, s, &w[0]),
                to: level_brief(here, s, &w[1]),
            })
            .collect(),
        pattern: urls::compare_pattern(here, &s.id),
    }
}
