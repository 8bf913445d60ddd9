//! A level's page: its conditions, required competencies with their behaviours, scoring,
//! contributions, positions, behaviour standards, and the levels beside it.

use serde::Serialize;

use super::pieces::{
    LevelBrief, PositionBrief, RequirementView, SequenceFacts, level_brief, position_briefs,
    requirement_view, sequence_facts,
};
use super::searchable::{SearchKind, Searchable, joined};
use crate::evaluate::condition_kinds;
use crate::model::{Level, Sequence, Standard};
use crate::render::markdown::to_plain_text as plain;
use crate::render::shared::{self, BehaviourGroup, ConditionRow, ModuleLine, ReferenceLine};
use crate::render::words::{self, number};
use crate::urls::{self, SitePath, anchor};

#[derive(Serialize)]
pub struct LevelView<'a> {
    pub sequence: SequenceFacts<'a>,
    pub level: LevelFacts<'a>,
    pub previous: Option<LevelBrief<'a>>,
    pub next: Option<LevelBrief<'a>>,
    /// The comparisons with the level below and the level above.
    pub compare_previous: Option<String>,
    pub compare_next: Option<String>,
    pub conditions: Vec<ConditionRow>,
    pub requirements: Vec<RequirementView<'a>>,
    pub modules: Vec<ModuleLine<'a>>,
    pub total: String,
    pub pass: String,
    pub contributions: Vec<ContributionView>,
    pub positions: Vec<PositionBrief<'a>>,
    pub behaviours: Vec<BehaviourGroup<'a>>,
    pub reference: Vec<ReferenceLine<'a>>,
    /// The level's page, its one-page sheet (一纸禅) on the site, and that sheet's page in the
    /// sequence's sheets PDF.
    pub level_url: String,
    pub sheet_url: String,
    /// `None` when the build has no sheets PDF to offer.
    pub sheet_pdf: Option<String>,
}

#[derive(Serialize)]
pub struct LevelFacts<'a> {
    pub name: &'a str,
    pub title: &'a str,
    pub positioning: Option<&'a str>,
    pub knowledge: &'a [String],
    pub responsibilities: &'a [String],
}

#[derive(Serialize)]
pub struct ContributionView {
    pub name: String,
    pub count_text: String,
}

pub(super) fn level_view<'a>(
    here: &SitePath,
    s: &'a Sequence,
    i: usize,
    standard: &'a Standard,
) -> LevelView<'a> {
    let lang = standard.settings.language;
    let l = &s.levels[i];
    let previous = i.checked_sub(1).map(|p| &s.levels[p]);
    LevelView {
        sequence: sequence_facts(here, s, standard.settings.language),
        level: LevelFacts {
            name: &l.name,
            title: &l.title,
            positioning: l.positioning.as_deref(),
            knowledge: &l.knowledge,
            responsibilities: &l.responsibilities,
        },
        previous: previous.map(|p| level_brief(here, s, p)),
        next: s.levels.get(i + 1).map(|n| level_brief(here, s, n)),
        compare_previous: previous.map(|p| here.link_to(&urls::compare(&s.id, &p.id, &l.id))),
        compare_next: s
            .levels
            .get(i + 1)
            .map(|n| here.link_to(&urls::compare(&s.id, &l.id, &n.id))),
        conditions: shared::condition_rows(lang, &l.conditions),
        requirements: l
            .requirements
            .iter()
            .filter_map(|r| requirement_view(here, standard, r))
            .collect(),
        modules: shared::scoring_modules(s, l, lang),
        total: number(l.scoring.total),
        pass: number(l.scoring.pass),
        contributions: l
            .contributions
            .iter()
            .map(|c| ContributionView {
                name: shared::contribution_kinds(standard, &c.kinds),
                count_text: shared::contribution_count(lang, c.count, c.within),
            })
            .collect(),
        positions: position_briefs(here, s, s.positions_at(l)),
        behaviours: shared::behaviour_groups(s, l),
        reference: shared::reference_lines(lang, s),
        level_url: here.link_to(&urls::level(&s.id, &l.id)),
        sheet_url: here.link_to(&urls::sheet_page(&s.id, &l.id)),
        sheet_pdf: Some(format!(
            "{}#page={}",
            here.link_to(&urls::download::sheets(&s.id)),
            i + 1
        )),
    }
}

/// A level's sheet (一纸禅) in the search index: found by its name and by the word 一纸禅,
/// with what it sums up.
pub(super) fn search_sheet(s: &Sequence, l: &Level, standard: &Standard) -> Searchable {
    let lang = standard.settings.language;
    let mut found = Searchable::new(
        SearchKind::Page,
        format!(
            "{} · {} {} · {}",
            lang.get("sheet"),
            l.name,
            l.title,
            s.name
        ),
    );
    let required: Vec<String> = l
        .requirements
        .iter()
        .filter_map(|r| standard.competency(&r.competency).map(|c| c.name.clone()))
        .collect();
    found.add(
        "",
        None,
        format!(
            "{} {} {} {}",
            lang.get("sheets"),
            s.name,
            l.title,
            required.join(lang.get("list_sep"))
        ),
    );
    found
}

/// The level page's sections in the search index: positioning, conditions, knowledge,
/// responsibilities, each required competency with its behaviours, each behaviour-standard
/// activity, and the contributions.
pub(super) fn search(s: &Sequence, l: &Level, standard: &Standard) -> Searchable {
    let lang = standard.settings.language;
    let t = |k: &str| lang.get(k).to_string();
    let mut found = Searchable::new(
        SearchKind::Level,
        format!("{} {} · {}", l.name, l.title, s.name),
    );
    if let Some(p) = &l.positioning {
        found.add(
            t("positioning"),
            Some(anchor::section::POSITIONING),
            plain(p),
        );
    }
    let conditions: Vec<String> = condition_kinds(&l.conditions)
        .iter()
        .map(|k| {
            let (label, text) = words::condition(lang, k);
            format!("{label} {text}")
        })
        .collect();
    found.add(
        t("conditions"),
        Some(anchor::section::CONDITIONS),
        conditions.join(" "),
    );
    if !l.knowledge.is_empty() {
        found.add(
            t("knowledge"),
            Some(anchor::section::KNOWLEDGE),
            joined(lang, &l.knowledge),
        );
    }
    if !l.responsibilities.is_empty() {
        found.add(
            t("responsibilities"),
            Some(anchor::section::RESPONSIBILITIES),
            joined(lang, &l.responsibilities),
        );
    }
    for r in &l.requirements {
        let (Some(c), Some(grade)) = (
            standard.competency(&r.competency),
            shared::required_grade(standard, r),
        ) else {
            continue;
        };
        let section = if grade.one_line {
            format!("{} {}", c.name, grade.title)
        } else {
            format!("{} {} {}", c.name, r.level, grade.title)
        };
        found.add(
            section,
            Some(&anchor::requirement(&c.id)),
            joined(lang, grade.behaviours),
        );
    }
    for g in shared::behaviour_groups(s, l) {
        for a in g.activities {
            found.add(
                format!("{} › {}", g.name, a.name),
                Some(&a.anchor),
                plain(a.criterion),
            );
        }
    }
    let contributions: Vec<String> = l
        .contributions
        .iter()
        .map(|c| shared::contribution_kinds(standard, &c.kinds))
        .collect();
    if !contributions.is_empty() {
        found.add(
            t("contributions"),
            Some(anchor::section::CONTRIBUTIONS),
            contributions.join(" "),
        );
    }
    found
}
