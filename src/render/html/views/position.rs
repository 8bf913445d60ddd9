//! A position's page: the levels it is open at, its KPIs, and what it requires beyond the
//! levels.

use serde::Serialize;

use super::pieces::{
    KpiView, LevelBrief, RequirementView, SequenceFacts, kpi_views, level_brief, requirement_view,
    sequence_facts,
};
use crate::model::{Position, Sequence, Standard};
use crate::render::shared::{self};
use crate::urls::{self, SitePath};

#[derive(Serialize)]
pub struct PositionView<'a> {
    pub sequence: SequenceFacts<'a>,
    pub name: &'a str,
    pub description: Option<&'a str>,
    pub responsibilities: &'a [String],
    /// The levels the position is open at.
    pub levels: Vec<LevelBrief<'a>>,
    pub kpis: Vec<KpiView<'a>>,
    /// The position's own requirements that add to or raise a level's, as written.
    pub requirements: Vec<RequirementView<'a>>,
    /// Per competency the position names, what each level in range then requires.
    pub rows: Vec<PositionRowView<'a>>,
}

#[derive(Serialize)]
pub struct PositionRowView<'a> {
    pub url: String,
    #[serde(flatten)]
    pub row: shared::PositionRow<'a>,
}

pub(super) fn position_view<'a>(
    here: &SitePath,
    s: &'a Sequence,
    p: &'a Position,
    standard: &'a Standard,
) -> PositionView<'a> {
    let lang = standard.settings.language;
    let (levels, rows) = shared::position_rows(standard, s, p);
    PositionView {
        sequence: sequence_facts(here, s, lang),
        name: &p.name,
        description: p.description.as_deref(),
        responsibilities: &p.responsibilities,
        levels: levels.iter().map(|l| level_brief(here, s, l)).collect(),
        kpis: kpi_views(lang, &s.kpis_for(Some(p))),
        // The behaviours only where the position asks more than the level: elsewhere the
        // level page says it.
        requirements: p
            .requirements
            .iter()
            .zip(&rows)
            .filter(|(_, row)| row.raises())
            .filter_map(|(r, _)| requirement_view(here, standard, r))
            .collect(),
        rows: rows
            .into_iter()
            .map(|row| PositionRowView {
                url: here.link_to(&urls::competency(row.competency)),
                row,
            })
            .collect(),
    }
}
