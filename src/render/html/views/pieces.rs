//! Pieces several kinds of page show: a level in brief, a sequence's facts with its KPIs, a
//! position in brief, a required competency with its grade.

use serde::Serialize;

use crate::model::{Kpi, Language, Level, Position, Requirement, Sequence, Standard};
use crate::render::shared::{self, KpiLine};
use crate::render::words::number;
use crate::urls::{self, SitePath, anchor};

/// A level as listed on sequence, picker, compare and scoring pages.
#[derive(Serialize)]
pub struct LevelBrief<'a> {
    pub id: &'a str,
    pub url: String,
    pub name: &'a str,
    pub title: &'a str,
    pub positioning: Option<&'a str>,
    pub total: String,
    pub pass: String,
}

pub(super) fn level_brief<'a>(from: &SitePath, s: &Sequence, l: &'a Level) -> LevelBrief<'a> {
    LevelBrief {
        id: &l.id,
        url: from.link_to(&urls::level(&s.id, &l.id)),
        name: &l.name,
        title: &l.title,
        positioning: l.positioning.as_deref(),
        total: number(l.scoring.total),
        pass: number(l.scoring.pass),
    }
}

pub(super) fn briefs<'a>(from: &SitePath, s: &'a Sequence) -> Vec<LevelBrief<'a>> {
    s.levels.iter().map(|l| level_brief(from, s, l)).collect()
}

#[derive(Serialize)]
pub struct PositionBrief<'a> {
    pub url: String,
    pub name: &'a str,
    /// "三级 – 四级"
    pub levels: String,
}

pub(super) fn position_briefs<'a>(
    here: &SitePath,
    s: &'a Sequence,
    positions: impl Iterator<Item = &'a Position>,
) -> Vec<PositionBrief<'a>> {
    positions
        .map(|p| PositionBrief {
            url: here.link_to(&urls::position(&s.id, &p.id)),
            name: &p.name,
            levels: shared::position_range(s, p),
        })
        .collect()
}

#[derive(Serialize)]
pub struct SequenceFacts<'a> {
    pub name: &'a str,
    pub url: String,
    pub description: Option<&'a str>,
    pub kpis: Vec<KpiView<'a>>,
}

#[derive(Serialize)]
pub struct KpiView<'a> {
    pub anchor: String,
    #[serde(flatten)]
    pub kpi: KpiLine<'a>,
}

pub(super) fn kpi_views<'a>(lang: Language, kpis: &[&'a Kpi]) -> Vec<KpiView<'a>> {
    shared::kpi_lines(lang, kpis)
        .into_iter()
        .map(|k| KpiView {
            anchor: anchor::kpi(k.id),
            kpi: k,
        })
        .collect()
}

pub(super) fn sequence_facts<'a>(
    here: &SitePath,
    s: &'a Sequence,
    lang: Language,
) -> SequenceFacts<'a> {
    SequenceFacts {
        name: &s.name,
        url: here.link_to(&urls::sequence(&s.id)),
        description: s.description.as_deref(),
        kpis: kpi_views(lang, &s.kpis.iter().collect::<Vec<_>>()),
    }
}

#[derive(Serialize)]
pub struct RequirementView<'a> {
    pub anchor: String,
    pub url: String,
    pub name: &'a str,
    pub level: u32,
    pub key: bool,
    /// The grade's title, or 达标 for a one-line standard.
    pub title: &'a str,
    /// The grade's behaviours, or the one-line standard.
    pub behaviours: &'a [String],
    pub one_line: bool,
}

/// A requirement as a level or a position page shows it: the grade's title and behaviours, or
/// for a one-line standard 达标 and its line.
pub(super) fn requirement_view<'a>(
    here: &SitePath,
    standard: &'a Standard,
    r: &Requirement,
) -> Option<RequirementView<'a>> {
    let c = standard.competency(&r.competency)?;
    let grade = shared::required_grade(standard, r)?;
    Some(RequirementView {
        anchor: anchor::requirement(&c.id),
        url: here.link_to(&urls::competency(&c.id)),
        name: &c.name,
        level: r.level,
        key: r.key,
        title: grade.title,
        behaviours: grade.behaviours,
        one_line: grade.one_line,
    })
}
