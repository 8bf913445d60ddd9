//! The data file of one qualification report: every figure already evaluated and formatted, so
//! the Typst template only lays it out.

use std::collections::BTreeMap;

use serde::Serialize;

use super::language_code;
use crate::evaluate::{Evaluation, GapStatus, Grade};
use crate::model::{Assessment, Standard};
use crate::render::BuildInfo;
use crate::render::i18n::{self, number};
use crate::render::markdown::to_plain_text;

#[derive(Serialize)]
pub struct ReportData<'a> {
    t: BTreeMap<&'static str, &'static str>,
    lang: &'static str,
    standard: Header<'a>,
    employee: Employee<'a>,
    verdict: Verdict,
    conditions: Vec<ConditionRow>,
    modules: Vec<ModuleRow<'a>>,
    competencies: Vec<CompetencyRow<'a>>,
    strengths: Vec<Strength<'a>>,
    development: Vec<Development<'a>>,
    contributions: Vec<ContributionRow<'a>>,
    submitted: Vec<Submitted<'a>>,
    comments: Option<String>,
}

#[derive(Serialize)]
struct Header<'a> {
    title: &'a str,
    organisation: &'a str,
    edition: &'a str,
    commit: Option<&'a str>,
}

#[derive(Serialize)]
struct Employee<'a> {
    name: &'a str,
    /// The name cut for running headers and footers.
    short_name: String,
    id: &'a str,
    department: &'a str,
    manager: Option<&'a str>,
    sequence: &'a str,
    cycle: &'a str,
    date: String,
    current: Option<String>,
    applied: String,
    assessors: String,
    edition: Option<&'a str>,
}

#[derive(Serialize)]
struct Verdict {
    qualified: bool,
    grade: &'static str,
    total: String,
    pass: String,
    points: String,
    total_met: bool,
    conditions_met: bool,
    key_unmet: usize,
    key_total: usize,
    normal_unmet: usize,
    normal_total: usize,
    rules: String,
}

#[derive(Serialize)]
struct ConditionRow {
    label: &'static str,
    required: String,
    met: bool,
}

#[derive(Serialize)]
struct ModuleRow<'a> {
    name: &'a str,
    exam: bool,
    points: String,
    score: String,
    ratio: f64,
    items: Vec<ItemRow<'a>>,
}

#[derive(Serialize)]
struct ItemRow<'a> {
    name: &'a str,
    points: String,
    score: String,
}

#[derive(Serialize)]
struct CompetencyRow<'a> {
    name: &'a str,
    key: bool,
    required: u32,
    achieved: u32,
    gap: i64,
    max: u32,
    required_title: &'a str,
    achieved_title: &'a str,
    status: &'static str,
    evidence: Option<String>,
}

#[derive(Serialize)]
struct Strength<'a> {
    name: &'a str,
    achieved: u32,
    required: u32,
    title: &'a str,
}

#[derive(Serialize)]
struct Development<'a> {
    name: &'a str,
    key: bool,
    required: u32,
    achieved: u32,
    next_level: u32,
    next_title: &'a str,
    behaviours: Vec<String>,
    suggestions: Vec<String>,
}

#[derive(Serialize)]
struct ContributionRow<'a> {
    name: &'a str,
    required: u32,
    achieved: u32,
    met: bool,
}

#[derive(Serialize)]
struct Submitted<'a> {
    kind: &'a str,
    title: &'a str,
}

pub fn data<'a>(
    h: &'a Standard,
    a: &'a Assessment,
    e: &'a Evaluation,
    info: &'a BuildInfo,
) -> ReportData<'a> {
    let lang = h.settings.language;
    let (sequence, _) = h.target_level(a).expect("checked assessment");
    let level_label = |id: &str| {
        sequence
            .level(id)
            .map_or(id.to_string(), |l| format!("{} {}", l.name, l.title))
    };
    let grade_title = |id: &str, n: u32| {
        h.competency(id)
            .and_then(|c| c.level(n))
            .map_or("", |l| l.title.as_str())
    };
    let plain = |list: &[String]| list.iter().map(|x| to_plain_text(x)).collect::<Vec<_>>();
    ReportData {
        t: i18n::strings(lang),
        lang: language_code(lang),
        standard: Header {
            title: &h.settings.title,
            organisation: &h.settings.organisation,
            edition: &h.settings.edition,
            commit: info.commit.as_deref(),
        },
        employee: Employee {
            name: &a.name,
            short_name: shorten(&a.name, 16),
            id: &a.employee_id,
            department: &a.department,
            manager: a.manager.as_ref().map(|m| m.name.as_str()),
            sequence: &sequence.name,
            cycle: &a.cycle,
            date: a.date.to_string(),
            current: a.current_level.as_deref().map(level_label),
            applied: level_label(&a.applied_level),
            assessors: a.assessors.join("、"),
            edition: a.edition.as_deref(),
        },
        verdict: Verdict {
            qualified: e.qualified,
            grade: match e.grade {
                Grade::A => "A",
                Grade::B => "B",
                Grade::C => "C",
            },
            total: number(e.total),
            pass: number(e.pass),
            points: number(e.total_points),
            total_met: e.total_met,
            conditions_met: e.conditions_met,
            key_unmet: e.key_unmet,
            key_total: e.key_total,
            normal_unmet: e.normal_unmet,
            normal_total: e.normal_total,
            rules: i18n::grade_rules(&h.settings),
        },
        conditions: e
            .conditions
            .iter()
            .map(|c| {
                let (label, required) = i18n::condition(lang, &c.kind);
                ConditionRow {
                    label,
                    required,
                    met: c.met,
                }
            })
            .collect(),
        modules: e
            .modules
            .iter()
            .map(|m| ModuleRow {
                name: sequence.module_name(&m.module),
                exam: sequence.module(&m.module).is_some_and(|d| d.exam),
                points: number(m.points),
                score: number(m.score),
                ratio: if m.points > 0.0 {
                    m.score / m.points
                } else {
                    0.0
                },
                items: m
                    .items
                    .iter()
                    .map(|(id, p, s)| ItemRow {
                        name: sequence.item_name(&m.module, id),
                        points: number(*p),
                        score: number(*s),
                    })
                    .collect(),
            })
            .collect(),
        competencies: e
            .competencies
            .iter()
            .map(|c| CompetencyRow {
                name: h.competency_name(&c.competency),
                key: c.key,
                required: c.required,
                achieved: c.achieved,
                gap: c.gap,
                max: h
                    .competency(&c.competency)
                    .map_or(c.required, |x| x.max_level()),
                required_title: grade_title(&c.competency, c.required),
                achieved_title: grade_title(&c.competency, c.achieved),
                status: match c.status {
                    GapStatus::Met => "met",
                    GapStatus::OneBelow => "one",
                    GapStatus::TwoOrMoreBelow => "two",
                },
                evidence: a
                    .competencies
                    .get(&c.competency)
                    .and_then(|x| x.evidence.as_deref())
                    .map(to_plain_text),
            })
            .collect(),
        strengths: e
            .strengths
            .iter()
            .filter_map(|id| e.competencies.iter().find(|c| &c.competency == id))
            .map(|c| Strength {
                name: h.competency_name(&c.competency),
                achieved: c.achieved,
                required: c.required,
                title: grade_title(&c.competency, c.achieved),
            })
            .collect(),
        development: e
            .development
            .iter()
            .map(|d| {
                let next = h
                    .competency(&d.competency)
                    .and_then(|c| c.level(d.next_level));
                Development {
                    name: h.competency_name(&d.competency),
                    key: d.key,
                    required: d.required,
                    achieved: d.achieved,
                    next_level: d.next_level,
                    next_title: next.map_or("", |l| l.title.as_str()),
                    behaviours: next.map_or(vec![], |l| plain(&l.behaviours)),
                    suggestions: next.map_or(vec![], |l| l.suggestions.iter().map(|s| to_plain_text(&s.text)).collect()),
                }
            })
            .collect(),
        contributions: e
            .contributions
            .iter()
            .map(|c| ContributionRow {
                name: h.contribution_kind_name(&c.kind),
                required: c.required,
                achieved: c.achieved,
                met: c.met,
            })
            .collect(),
        submitted: a
            .contributions
            .iter()
            .map(|c| Submitted {
                kind: h.contribution_kind_name(&c.kind),
                title: &c.title,
            })
            .collect(),
        comments: a.comments.as_deref().map(to_plain_text),
    }
}

/// At most `max` characters, with `…` when cut: for running headers and footers.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        text.chars().take(max - 1).chain(['…']).collect()
    }
}
