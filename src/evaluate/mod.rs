//! Scoring and gap analysis: one `Evaluation` per assessment against its target level, and
//! what a development report builds on it — guidance for failures that are not competency
//! gaps (`guidance`), a proposed development plan (`development`) and the trend across an
//! employee's cycles (`trend`).
//!
//! Pure functions over the validated model: no IO, no formatting. The rules are the ones
//! documented in README.md under "Scoring and verdict".

pub mod development;
pub mod guidance;
pub mod trend;

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
    /// Competency ids achieved above the required level, furthest above first (key ones
    /// first among equals). Meeting the bar is not a strength.
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

impl ConditionKind {
    /// The slot a condition fills: two conditions in one slot (training hours at two levels,
    /// one certification) are the same requirement, perhaps at another value.
    pub fn slot(&self) -> String {
        match self {
            ConditionKind::Education(_) => "education".into(),
            ConditionKind::ExperienceYears(_) => "experience".into(),
            ConditionKind::YearsInLevel(_) => "years-in-level".into(),
            ConditionKind::TrainingHours(_) => "training".into(),
            ConditionKind::Certification(c) => format!("certification:{c}"),
            ConditionKind::Performance(_) => "performance".into(),
            ConditionKind::Other(o) => format!("other:{}", o.id),
        }
    }
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
pub fn evaluate(standard: &Standard, assessment: &Assessment) -> Option<Evaluation> {
    let (sequence, level) = standard.target_level(assessment)?;
    Some(evaluate_against(
        &standard.settings,
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

    let mut strengths: Vec<&CompetencyCheck> = competencies.iter().filter(|c| c.gap > 0).collect();
    strengths.sort_by_key(|c| (std::cmp::Reverse(c.gap), !c.key));
    let mut development: Vec<&CompetencyCheck> =
        competencies.iter().filter(|c| c.gap < 0).collect();
    // Key first, then the largest gap; a stable sort keeps the level's order among equals.
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

impl Evaluation {
    /// The competency checks in the order a gap table reads: unmet key items first, then the
    /// other unmet items by the size of the gap (largest first), then the items met.
    pub fn gaps_first(&self) -> Vec<&CompetencyCheck> {
        let mut order: Vec<&CompetencyCheck> = self.competencies.iter().collect();
        order.sort_by_key(|c| (c.gap >= 0, !(c.key && c.gap < 0), c.gap.min(0)));
        order
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

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    fn settings() -> Settings {
        Settings {
            title: "t".into(),
            organisation: "o".into(),
            edition: "e".into(),
            effective_date: Date {
                year: 2020,
                month: 1,
                day: 1,
            },
            issued: None,
            edition_notes: None,
            status: Status::Published,
            language: Language::ZhCn,
            base_url: None,
            theme: "default".into(),
            owner: "o".into(),
            serial: None,
            raw_html: false,
            performance_ratings: ["S", "A", "B", "C", "D"].map(String::from).to_vec(),
            grading: Grading::default(),
            edition_tag_pattern: "v*".into(),
        }
    }

    fn requirement(id: &str, level: u32, key: bool) -> Requirement {
        Requirement {
            competency: id.into(),
            level,
            key,
        }
    }

    fn sequence(level: Level) -> Sequence {
        let module = |id: &str, exam: bool, items: &[&str]| ModuleDefinition {
            id: id.into(),
            name: id.into(),
            description: None,
            exam,
            items: items
                .iter()
                .map(|i| ItemDefinition {
                    id: i.to_string(),
                    name: i.to_string(),
                    description: None,
                })
                .collect(),
        };
        Sequence {
            file: "sequences/sales.yaml".into(),
            id: "sales".into(),
            name: "销售".into(),
            order: 0,
            description: None,
            modules: vec![
                module("basic", false, &["a", "b"]),
                module("exam", true, &[]),
                module("ability", false, &[]),
            ],
            kpis: vec![],
            levels: vec![level],
        }
    }

    fn level(requirements: Vec<Requirement>, scoring: Scoring, conditions: Conditions) -> Level {
        Level {
            id: "s2".into(),
            rank: 1,
            name: "二级".into(),
            title: "客户经理".into(),
            positioning: None,
            conditions,
            knowledge: vec![],
            responsibilities: vec![],
            requirements,
            scoring,
            contributions: vec![ContributionRequirement {
                kind: "work-case".into(),
                count: 2,
            }],
        }
    }

    fn scoring() -> Scoring {
        Scoring {
            pass: 60.0,
            total: 100.0,
            modules: vec![
                ModuleRequirement {
                    module: "basic".into(),
                    points: 20.0,
                    items: vec![("a".into(), 10.0), ("b".into(), 10.0)],
                },
                ModuleRequirement {
                    module: "exam".into(),
                    points: 30.0,
                    items: vec![],
                },
                ModuleRequirement {
                    module: "ability".into(),
                    points: 50.0,
                    items: vec![],
                },
            ],
        }
    }

    fn record(
        achieved: &[(&str, u32)],
        scores: &[(&str, ModuleScore)],
        exam: Option<f64>,
        facts: Facts,
    ) -> Assessment {
        Assessment {
            file: "assessments/c/E1.yaml".into(),
            employee_id: "E1".into(),
            name: "张三".into(),
            department: "d".into(),
            manager: None,
            sequence: "sales".into(),
            cycle: "c".into(),
            current_level: None,
            applied_level: "s2".into(),
            date: Date {
                year: 2024,
                month: 6,
                day: 1,
            },
            assessors: vec![],
            edition: None,
            facts,
            competencies: achieved
                .iter()
                .map(|(id, l)| {
                    (
                        id.to_string(),
                        Achievement {
                            level: *l,
                            evidence: None,
                        },
                    )
                })
                .collect(),
            scores: scores
                .iter()
                .map(|(id, s)| (id.to_string(), s.clone()))
                .collect(),
            written_exam: exam,
            contributions: vec![Contribution {
                kind: "work-case".into(),
                title: "x".into(),
            }],
            comments: None,
            plan: vec![],
        }
    }

    fn run(level: Level, a: &Assessment) -> Evaluation {
        let s = sequence(level);
        evaluate_against(&settings(), &s, &s.levels[0], a)
    }

    #[test]
    fn grade_thresholds_follow_the_documented_rule() {
        assert_eq!(grade(0, 0, 0, 0.15), Grade::A);
        assert_eq!(grade(0, 7, 1, 0.15), Grade::B, "1 of 7 is 14.3 %");
        assert_eq!(grade(0, 6, 1, 0.15), Grade::C, "1 of 6 is 16.7 %");
        assert_eq!(grade(0, 20, 3, 0.15), Grade::B, "exactly 15 %");
        assert_eq!(grade(1, 10, 0, 0.15), Grade::C, "any key item unmet");
        assert_eq!(
            grade(0, 4, 1, 0.25),
            Grade::B,
            "threshold from the settings"
        );
    }

    #[test]
    fn a_full_evaluation_by_hand() {
        // Key: co 2 (achieved 3, above); neg 2 (achieved 2). Normal: 7 items, one unmet.
        let mut reqs = vec![requirement("co", 2, true), requirement("neg", 2, true)];
        let mut achieved = vec![("co", 3), ("neg", 2)];
        let normal = ["n1", "n2", "n3", "n4", "n5", "n6", "n7"];
        for n in normal {
            reqs.push(requirement(n, 2, false));
            achieved.push((n, if n == "n7" { 1 } else { 2 }));
        }
        let conditions = Conditions {
            education: Some(Education::Associate),
            experience_years: Some(3.0),
            ..Conditions::default()
        };
        let facts = Facts {
            education: Some(Education::Bachelor),
            experience_years: Some(3.0),
            ..Facts::default()
        };
        let items = ModuleScore::Items(BTreeMap::from([
            ("a".to_string(), 8.0),
            ("b".to_string(), 7.5),
        ]));
        let a = record(
            &achieved,
            &[("basic", items), ("ability", ModuleScore::Whole(25.0))],
            Some(22.0),
            facts,
        );
        let e = run(level(reqs, scoring(), conditions), &a);
        // 8 + 7.5 = 15.5; exam 22; ability 25 → 62.5 ≥ 60.
        assert_eq!(
            e.modules.iter().map(|m| m.score).collect::<Vec<_>>(),
            vec![15.5, 22.0, 25.0]
        );
        assert_eq!(e.total, 62.5);
        assert!(e.total_met && e.conditions_met);
        assert_eq!(
            (e.key_total, e.key_unmet, e.normal_total, e.normal_unmet),
            (2, 0, 7, 1)
        );
        assert_eq!(e.grade, Grade::B);
        assert!(e.qualified);
        assert_eq!(
            e.strengths,
            vec!["co"],
            "above the requirement only: `neg` merely meets it"
        );
        assert_eq!(e.development.len(), 1);
        let d = &e.development[0];
        assert_eq!(
            (d.competency.as_str(), d.achieved, d.required, d.next_level),
            ("n7", 1, 2, 2)
        );
        let co = e
            .competencies
            .iter()
            .find(|c| c.competency == "co")
            .unwrap();
        assert_eq!((co.gap, co.status), (1, GapStatus::Met));
        assert_eq!(e.contributions[0].achieved, 1);
        assert!(
            !e.contributions[0].met,
            "contributions are reported, not gated"
        );
    }

    #[test]
    fn an_unmet_condition_blocks_an_a_grade() {
        let conditions = Conditions {
            education: Some(Education::Bachelor),
            ..Conditions::default()
        };
        let facts = Facts {
            education: Some(Education::Associate),
            ..Facts::default()
        };
        let a = record(
            &[("co", 2)],
            &[("ability", ModuleScore::Whole(50.0))],
            Some(30.0),
            facts,
        );
        let e = run(
            level(vec![requirement("co", 2, true)], scoring(), conditions),
            &a,
        );
        assert_eq!(e.grade, Grade::A);
        assert!(!e.conditions_met && !e.qualified);
        assert!(!e.conditions[0].met);
    }

    #[test]
    fn a_level_without_scoring_modules_passes_on_grade_and_conditions() {
        let a = record(&[("co", 1)], &[], None, Facts::default());
        let e = run(
            level(
                vec![requirement("co", 1, false)],
                Scoring::default(),
                Conditions::default(),
            ),
            &a,
        );
        assert_eq!((e.total, e.pass, e.total_points), (0.0, 0.0, 0.0));
        assert!(e.total_met && e.qualified);
        assert!(e.modules.is_empty());
    }

    #[test]
    fn a_level_without_key_items_can_grade_b() {
        let reqs: Vec<_> = (0..10)
            .map(|i| requirement(&format!("n{i}"), 2, false))
            .collect();
        let names: Vec<String> = (0..10).map(|i| format!("n{i}")).collect();
        let achieved: Vec<(&str, u32)> = names
            .iter()
            .map(|n| (n.as_str(), if n == "n0" { 1 } else { 2 }))
            .collect();
        let e = run(
            level(reqs, Scoring::default(), Conditions::default()),
            &record(&achieved, &[], None, Facts::default()),
        );
        assert_eq!((e.key_total, e.normal_unmet), (0, 1));
        assert_eq!(e.grade, Grade::B);
    }

    #[test]
    fn missing_competencies_count_as_level_zero_and_gaps_are_coloured() {
        let reqs = vec![requirement("co", 3, true), requirement("neg", 2, false)];
        let e = run(
            level(reqs, Scoring::default(), Conditions::default()),
            &record(&[("neg", 1)], &[], None, Facts::default()),
        );
        let status: Vec<_> = e
            .competencies
            .iter()
            .map(|c| (c.achieved, c.status))
            .collect();
        assert_eq!(
            status,
            vec![(0, GapStatus::TwoOrMoreBelow), (1, GapStatus::OneBelow)]
        );
        assert_eq!(e.grade, Grade::C);
        assert_eq!(
            e.development
                .iter()
                .map(|d| d.competency.as_str())
                .collect::<Vec<_>>(),
            vec!["co", "neg"],
            "key first"
        );
        assert_eq!(e.development[0].next_level, 1);
    }

    #[test]
    fn module_scores_are_capped_and_missing_scores_count_zero() {
        let items = ModuleScore::Items(BTreeMap::from([
            ("a".to_string(), 10.0),
            ("b".to_string(), 10.0),
        ]));
        let mut s = scoring();
        s.modules[0].points = 15.0; // items could add up to 20; the module is capped at 15
        let a = record(&[], &[("basic", items)], None, Facts::default());
        let e = run(level(vec![], s, Conditions::default()), &a);
        assert_eq!(e.modules[0].score, 15.0);
        assert_eq!(e.modules[1].score, 0.0, "no written exam");
        assert_eq!(e.total, 15.0);
        assert!(!e.total_met && !e.qualified);
    }

    #[test]
    fn performance_rules() {
        let ratings: Vec<String> = ["S", "A", "B", "C", "D"].map(String::from).to_vec();
        let h = |r: &[&str]| r.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let no_two_c = PerformanceRule {
            last: 3,
            no_consecutive: Some((2, "C".into())),
            at_least: None,
        };
        assert!(!performance_met(&no_two_c, &h(&["B", "C", "C"]), &ratings));
        assert!(
            !performance_met(&no_two_c, &h(&["B", "C", "D"]), &ratings),
            "D is worse than C"
        );
        assert!(performance_met(&no_two_c, &h(&["C", "B", "C"]), &ratings));
        assert!(
            performance_met(&no_two_c, &h(&["C", "C", "B", "A", "B"]), &ratings),
            "only the latest 3 count"
        );
        assert!(
            performance_met(&no_two_c, &h(&["C"]), &ratings),
            "fewer ratings than the window"
        );
        assert!(
            !performance_met(&no_two_c, &[], &ratings),
            "no ratings, nothing shows the rule holds"
        );
        let at_least_b = PerformanceRule {
            last: 2,
            no_consecutive: None,
            at_least: Some("B".into()),
        };
        assert!(performance_met(&at_least_b, &h(&["D", "A", "B"]), &ratings));
        assert!(!performance_met(&at_least_b, &h(&["A", "C"]), &ratings));
    }
}
