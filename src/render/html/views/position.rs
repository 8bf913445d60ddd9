//! A position's page: the levels it is open at, its KPIs, and what it requires beyond the
//! levels.

use serde::Serialize;

use super::pieces::{
    KpiView, LevelBrief, RequirementView, SequenceFacts, kpi_views, level_brief, requirement_view,
    sequence_facts,
};
use super::searchable::{SearchKind, Searchable, separator};
use crate::model::{Position, Sequence, Standard};
use crate::render::markdown::to_plain_text as plain;
use crate::render::shared;
use crate::urls::{self, SitePath, anchor};

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

/// The position page's sections in the search index: its opening (levels, description,
/// responsibilities), its KPIs and its requirements.
pub(super) fn search(s: &Sequence, p: &Position, standard: &Standard) -> Searchable {
    let lang = standard.settings.language;
    let t = |k: &str| lang.get(k).to_string();
    let sep = separator(lang);
    let mut found = Searchable::new(SearchKind::Position, format!("{} · {}", p.name, s.name));
    let mut opening = vec![shared::position_range(s, p)];
    opening.extend(p.description.as_deref().map(plain));
    opening.extend(p.responsibilities.iter().map(|x| plain(x)));
    found.add(String::new(), None, opening.join(sep));
    let kpis: Vec<&str> = s
        .kpis_for(Some(p))
        .iter()
        .map(|k| k.name.as_str())
        .collect();
    if !kpis.is_empty() {
        found.add(
            t("position_kpis"),
            Some(anchor::section::POSITION_KPIS),
            kpis.join(sep),
        );
    }
    let required: Vec<&str> = p
        .requirements
        .iter()
        .map(|r| standard.competency_name(&r.competency))
        .collect();
    if !required.is_empty() {
        found.add(
            t("position_requirements"),
            Some(anchor::section::POSITION_REQUIREMENTS),
            required.join(sep),
        );
    }
    found
}
