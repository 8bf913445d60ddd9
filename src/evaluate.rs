//! Scoring and gap analysis: one `Evaluation` per assessment against its target level.
//!
//! Pure functions over the validated model: no IO, no formatting. The rules are the ones
//! documented in README.md under "Scoring and verdict".

use serde::Serialize;

use crate::model::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Grade {
    A,
    B,
    C,
}

/// Red / amber / green in the report's gap table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum GapStatus {
    Met,
    OneBelow,
    TwoOrMoreBelow,
}

#[derive(Debug, Clone, Serialize)]
pub struct Evaluation {
    pub conditions: Vec<ConditionCheck>,
    pub conditions_met: bool,
    pub competencies: Vec<CompetencyCheck>,
    pub key_total: usize,
    pub key_unmet: usize,
    pub normal_total: usize,
    pub normal_unmet: usize,
    pub modules: Vec<ModuleCheck>,
    pub total: f64,
    pub total_points: f64,
    pub pass: f64,
    pub total_met: bool,
    pub contributions: Vec<ContributionCheck>,
    pub grade: Grade,
    pub qualified: bool,
    /// Competency ids achieved above the required level, then key ones met exactly.
    pub strengths: Vec<String>,
    /// Unmet competencies, key first, then by the size of the gap.
    pub development: Vec<DevelopmentArea>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum ConditionKind {
    Education(Education),
    ExperienceYears(f64),
    YearsInLevel(f64),
    TrainingHours(f64),
    Certification(String),
    Performance(PerformanceRule),
    Other(OtherCondition),
}

#[derive(Debug, Clone, Serialize)]
pub struct ConditionCheck {
    pub kind: ConditionKind,
    pub met: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct CompetencyCheck {
    pub competency: String,
    pub key: bool,
    pub required: u32,
    pub achieved: u32,
    /// achieved − required: negative is a gap.
    pub gap: i64,
    pub status: GapStatus,
}

#[derive(Debug, Clone, Serialize)]
pub struct ModuleCheck {
    pub module: String,
    pub points: f64,
    pub score: f64,
    /// (item id, points, score).
    pub items: Vec<(String, f64, f64)>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ContributionCheck {
    pub kind: String,
    pub required: u32,
    pub achieved: u32,
    pub met: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct DevelopmentArea {
    pub competency: String,
    pub key: bool,
    pub required: u32,
    pub achieved: u32,
    /// The level to reach next (achieved + 1) and its behaviours and suggestions.
    pub next_level: u32,
}

/// Evaluates one assessment against its target level.
pub fn evaluate(handbook: &Handbook, assessment: &Assessment) -> Option<Evaluation> {
    let (sequence, level) = handbook.target_level(assessment)?;
    Some(evaluate_against(
        &handbook.settings,
        sequence,
        level,
        assessment,
    ))
}

pub fn evaluate_against(
    settings: &Settings,
    sequence: &Sequence,
    level: &Level,
    a: &Assessment,
) -> Evaluation {
    let conditions = check_conditions(&level.conditions, &a.facts, &settings.performance_ratings);
    let conditions_met = conditions.iter().all(|c| c.met);

    let competencies: Vec<CompetencyCheck> = level
        .requirements
        .iter()
        .map(|r| {
            let achieved = a.competencies.get(&r.competency).map_or(0, |x| x.level);
            let gap = achieved as i64 - r.level as i64;
            let status = match gap {
                g if g >= 0 => GapStatus::Met,
                -1 => GapStatus::OneBelow,
                _ => GapStatus::TwoOrMoreBelow,
            };
            CompetencyCheck {
                competency: r.competency.clone(),
                key: r.key,
                required: r.level,
                achieved,
                gap,
                status,
            }
        })
        .collect();
    let count = |key: bool, unmet_only: bool| {
        competencies
            .iter()
            .filter(|c| c.key == key && (!unmet_only || c.gap < 0))
            .count()
    };
    let (key_total, key_unmet, normal_total, normal_unmet) = (
        count(true, false),
        count(true, true),
        count(false, false),
        count(false, true),
    );
    let grade = grade(
        key_unmet,
        normal_total,
        normal_unmet,
        settings.grading.b_max_normal_unmet,
    );

    let modules: Vec<ModuleCheck> = level
        .scoring
        .modules
        .iter()
        .map(|m| score_module(sequence, m, a))
        .collect();
    let total: f64 = modules.iter().map(|m| m.score).sum();
    let total_met = total + 1e-9 >= level.scoring.pass;

    let contributions = level
        .contributions
        .iter()
        .map(|req| {
            let achieved = a
                .contributions
                .iter()
                .filter(|c| c.kind == req.kind)
                .count() as u32;
            ContributionCheck {
                kind: req.kind.clone(),
                required: req.count,
                achieved,
                met: achieved >= req.count,
            }
        })
        .collect();

    let mut strengths: Vec<&CompetencyCheck> = competencies
        .iter()
        .filter(|c| c.gap > 0 || (c.gap == 0 && c.key))
        .collect();
    strengths.sort_by_key(|c| (std::cmp::Reverse(c.gap), !c.key));
    let mut development: Vec<&CompetencyCheck> =
        competencies.iter().filter(|c| c.gap < 0).collect();
    development.sort_by_key(|c| (!c.key, c.gap));

    Evaluation {
        conditions_met,
        qualified: conditions_met && total_met && grade != Grade::C,
        strengths: strengths.iter().map(|c| c.competency.clone()).collect(),
        development: development
            .iter()
            .map(|c| DevelopmentArea {
                competency: c.competency.clone(),
                key: c.key,
                required: c.required,
                achieved: c.achieved,
                next_level: c.achieved + 1,
            })
            .collect(),
        conditions,
        competencies,
        key_total,
        key_unmet,
        normal_total,
        normal_unmet,
        modules,
        total,
        total_points: level.scoring.total,
        pass: level.scoring.pass,
        total_met,
        contributions,
        grade,
    }
}

/// A: every requirement met; B: every key one met and at most `b_max` of the normal ones unmet;
/// C otherwise.
pub fn grade(key_unmet: usize, normal_total: usize, normal_unmet: usize, b_max: f64) -> Grade {
    if key_unmet > 0 {
        return Grade::C;
    }
    if normal_unmet == 0 {
        return Grade::A;
    }
    if (normal_unmet as f64) <= b_max * normal_total as f64 + 1e-9 {
        Grade::B
    } else {
        Grade::C
    }
}

fn score_module(sequence: &Sequence, req: &ModuleRequirement, a: &Assessment) -> ModuleCheck {
    let exam = sequence.module(&req.module).is_some_and(|d| d.exam);
    let given = a.scores.get(&req.module);
    let items: Vec<(String, f64, f64)> = req
        .items
        .iter()
        .map(|(id, points)| {
            let score = match given {
                Some(ModuleScore::Items(map)) => map.get(id).copied().unwrap_or(0.0),
                _ => 0.0,
            };
            (id.clone(), *points, score.clamp(0.0, *points))
        })
        .collect();
    let raw = if exam {
        a.written_exam.unwrap_or(0.0)
    } else {
        match given {
            Some(ModuleScore::Whole(x)) => *x,
            _ => items.iter().map(|(_, _, s)| s).sum(),
        }
    };
    ModuleCheck {
        module: req.module.clone(),
        points: req.points,
        score: raw.clamp(0.0, req.points),
        items,
    }
}

fn check_conditions(c: &Conditions, f: &Facts, ratings: &[String]) -> Vec<ConditionCheck> {
    condition_kinds(c)
        .into_iter()
        .map(|kind| ConditionCheck {
            met: condition_met(&kind, f, ratings),
            kind,
        })
        .collect()
}

/// A level's basic conditions, one entry each, in display order.
pub fn condition_kinds(c: &Conditions) -> Vec<ConditionKind> {
    let mut out = Vec::new();
    out.extend(c.education.map(ConditionKind::Education));
    out.extend(c.experience_years.map(ConditionKind::ExperienceYears));
    out.extend(c.years_in_level.map(ConditionKind::YearsInLevel));
    out.extend(c.training_hours.map(ConditionKind::TrainingHours));
    out.extend(
        c.certifications
            .iter()
            .cloned()
            .map(ConditionKind::Certification),
    );
    out.extend(c.performance.clone().map(ConditionKind::Performance));
    out.extend(c.other.iter().cloned().map(ConditionKind::Other));
    out
}

fn condition_met(kind: &ConditionKind, f: &Facts, ratings: &[String]) -> bool {
    let at_least = |fact: Option<f64>, min: f64| fact.is_some_and(|x| x + 1e-9 >= min);
    match kind {
        ConditionKind::Education(min) => f.education.is_some_and(|e| e >= *min),
        ConditionKind::ExperienceYears(min) => at_least(f.experience_years, *min),
        ConditionKind::YearsInLevel(min) => at_least(f.years_in_level, *min),
        ConditionKind::TrainingHours(min) => at_least(f.training_hours, *min),
        ConditionKind::Certification(c) => f.certifications.contains(c),
        ConditionKind::Performance(rule) => performance_met(rule, &f.performance, ratings),
        ConditionKind::Other(o) => f.other.get(&o.id).copied().unwrap_or(false),
    }
}

/// Applies a performance rule to the latest `rule.last` ratings (oldest first in `history`).
/// With no ratings at all the rule is unmet: there is nothing to show it holds.
pub fn performance_met(rule: &PerformanceRule, history: &[String], ratings: &[String]) -> bool {
    if history.is_empty() {
        return false;
    }
    let rank = |r: &str| ratings.iter().position(|x| x == r).unwrap_or(usize::MAX);
    let window = &history[history.len().saturating_sub(rule.last as usize)..];
    if let Some(floor) = &rule.at_least
        && window.iter().any(|r| rank(r) > rank(floor))
    {
        return false;
    }
    if let Some((n, bad)) = &rule.no_consecutive {
        let mut run = 0;
        for r in window {
            run = if rank(r) >= rank(bad) { run + 1 } else { 0 };
            if run >= *n {
                return false;
            }
        }
    }
    true
}
