//! A sequence's page: its ladder of levels, the competency matrix, the scoring and
//! contribution tables, its positions, behaviour standards and reference items.

use serde::Serialize;

use super::pieces::{
    LevelBrief, PositionBrief, SequenceFacts, briefs, position_briefs, sequence_facts,
};
use super::searchable::{SearchKind, Searchable, separator};
use crate::model::{Sequence, Standard};
use crate::render::markdown::to_plain_text as plain;
use crate::render::shared::{self, ReferenceLine};
use crate::render::words::number;
use crate::urls::{self, SitePath, anchor};

#[derive(Serialize)]
pub struct SequenceView<'a> {
    pub sequence: SequenceFacts<'a>,
    pub levels: Vec<LevelBrief<'a>>,
    pub compare: String,
    pub matrix: Vec<MatrixRow<'a>>,
    pub scoring_rows: Vec<ScoringRow<'a>>,
    pub contribution_rows: Vec<ContributionRow>,
    pub positions: Vec<PositionBrief<'a>>,
    /// One row per activity: its module, and per level ★ (key), ● (normal) or nothing.
    pub behaviour_rows: Vec<shared::BehaviourRow<'a>>,
    pub reference: Vec<ReferenceLine<'a>>,
}

#[derive(Serialize)]
pub struct MatrixRow<'a> {
    pub url: String,
    pub name: &'a str,
    pub cells: Vec<MatrixCell>,
}

#[derive(Serialize)]
pub struct MatrixCell {
    /// 0 when the level does not require the competency.
    pub level: u32,
    /// What the cell reads: the level, or 达标 for a one-line standard.
    pub text: String,
    pub key: bool,
    /// Required higher than at the level below (which required it too).
    pub raised: bool,
}

#[derive(Serialize)]
pub struct ScoringRow<'a> {
    /// A module's name (module rows) …
    #[serde(skip_serializing_if = "Option::is_none")]
    pub module: Option<&'a str>,
    /// … or an item's name (item rows).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<&'a str>,
    pub exam: bool,
    /// Points per level, `–` where the level does not score it.
    pub points: Vec<String>,
}

#[derive(Serialize)]
pub struct ContributionRow {
    pub name: String,
    /// The count per level (with its window of cycles when over one), `None` where the level
    /// does not ask it.
    pub counts: Vec<Option<String>>,
}

pub(super) fn sequence<'a>(
    here: &SitePath,
    s: &'a Sequence,
    standard: &'a Standard,
) -> SequenceView<'a> {
    SequenceView {
        sequence: sequence_facts(here, s, standard.settings.language),
        levels: briefs(here, s),
        compare: here.link_to(&urls::compare_picker(&s.id)),
        matrix: matrix(here, s, standard),
        scoring_rows: scoring_rows(s, standard.settings.language),
        contribution_rows: contribution_rows(s, standard),
        positions: position_briefs(here, s, s.positions.iter()),
        behaviour_rows: shared::behaviour_rows(s),
        reference: shared::reference_lines(standard.settings.language, s),
    }
}

/// The competency matrix: a row per competency the sequence requires, a cell per level.
fn matrix<'a>(here: &SitePath, s: &'a Sequence, standard: &'a Standard) -> Vec<MatrixRow<'a>> {
    s.matrix()
        .into_iter()
        .map(|row| {
            let mut previous = 0;
            let one_line = standard
                .competency(row.competency)
                .is_some_and(|c| c.is_one_line());
            MatrixRow {
                url: here.link_to(&urls::competency(row.competency)),
                name: standard.competency_name(row.competency),
                cells: row
                    .cells
                    .iter()
                    .map(|r| {
                        let level = r.map_or(0, |r| r.level);
                        let raised = level > previous && previous > 0;
                        previous = level;
                        MatrixCell {
                            level,
                            text: shared::required_text(
                                standard.settings.language,
                                one_line,
                                level,
                            ),
                            key: r.is_some_and(|r| r.key),
                            raised,
                        }
                    })
                    .collect(),
            }
        })
        .collect()
}

/// The scoring table: a row per module and per item, its points at each level.
fn scoring_rows(s: &Sequence, lang: crate::model::Language) -> Vec<ScoringRow<'_>> {
    let mut scoring_rows = Vec::new();
    for m in &s.modules {
        let points = |item: Option<&str>| -> Vec<String> {
            s.levels
                .iter()
                .map(|l| {
                    let req = l.scoring.modules.iter().find(|r| r.module == m.id);
                    match (req, item) {
                        (Some(r), None) => number(r.points),
                        (Some(r), Some(i)) => r
                            .items
                            .iter()
                            .find(|(x, _)| x == i)
                            .map_or("–".into(), |(_, p)| number(*p)),
                        (None, _) => "–".into(),
                    }
                })
                .collect()
        };
        scoring_rows.push(ScoringRow {
            module: Some(&m.name),
            item: None,
            exam: shared::exam_tag(s, &m.id, lang),
            points: points(None),
        });
        for item in &m.items {
            scoring_rows.push(ScoringRow {
                module: None,
                item: Some(&item.name),
                exam: false,
                points: points(Some(&item.id)),
            });
        }
    }
    scoring_rows
}

/// The contributions table: one row per requirement (its kinds), in the order levels first
/// ask it, with the count at each level.
fn contribution_rows(s: &Sequence, standard: &Standard) -> Vec<ContributionRow> {
    let mut kinds: Vec<&[String]> = Vec::new();
    for c in s.levels.iter().flat_map(|l| &l.contributions) {
        if !kinds.contains(&c.kinds.as_slice()) {
            kinds.push(&c.kinds);
        }
    }
    kinds
        .into_iter()
        .map(|k| ContributionRow {
            name: shared::contribution_kinds(standard, k),
            counts: s
                .levels
                .iter()
                .map(|l| {
                    l.contributions.iter().find(|c| c.kinds == k).map(|c| {
                        c.count.to_string()
                            + &shared::within_cycles(standard.settings.language, c.within)
                    })
                })
                .collect(),
        })
        .collect()
}

/// The sequence page's sections in the search index: its opening, the ladder, the matrix, the
/// scoring, each KPI and the reference items.
pub(super) fn search(s: &Sequence, standard: &Standard) -> Searchable {
    let lang = standard.settings.language;
    let t = |k: &str| lang.get(k).to_string();
    let mut found = Searchable::new(SearchKind::Sequence, &s.name);
    found.add(
        String::new(),
        None,
        s.description.as_deref().map(plain).unwrap_or_default(),
    );
    let ladder: Vec<String> = s
        .levels
        .iter()
        .map(|l| {
            format!(
                "{} {} {}",
                l.name,
                l.title,
                l.positioning.as_deref().map(plain).unwrap_or_default()
            )
        })
        .collect();
    found.add(t("ladder"), Some(anchor::section::LADDER), ladder.join(" "));
    let matrix: Vec<&str> = s
        .required_competencies()
        .into_iter()
        .map(|id| standard.competency_name(id))
        .collect();
    found.add(t("matrix"), Some(anchor::section::MATRIX), matrix.join(" "));
    let modules: Vec<String> = s
        .modules
        .iter()
        .map(|m| {
            std::iter::once(m.name.as_str())
                .chain(m.items.iter().map(|i| i.name.as_str()))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    found.add(
        t("scoring"),
        Some(anchor::section::SCORING),
        modules.join(" "),
    );
    for k in &s.kpis {
        let text = format!(
            "{} {}",
            k.formula,
            k.description.as_deref().map(plain).unwrap_or_default()
        );
        found.add(k.name.clone(), Some(&anchor::kpi(&k.id)), text);
    }
    if !s.reference_items.is_empty() {
        let items: Vec<String> = s
            .reference_items
            .iter()
            .map(|r| format!("{} {}", r.name, r.description.as_deref().unwrap_or("")))
            .collect();
        found.add(
            t("reference_items"),
            Some(anchor::section::REFERENCE),
            items.join(separator(lang)),
        );
    }
    found
}
