//! The evaluation rules, worked by hand: the fixtures every topic's tests build on (a
//! sequence with two modules, a level, a record), then one file per topic.

mod conditions;
mod contributions;
mod grading;
mod kpis;

use std::collections::BTreeMap;

use super::*;

fn settings() -> Settings {
    Settings::for_tests()
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
        kpi: false,
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
        behaviour_modules: vec![],
        reference_items: vec![],
        positions: vec![],
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
        behaviours: vec![],
        scoring,
        contributions: vec![ContributionRequirement {
            kinds: vec!["work-case".into()],
            count: 2,
            within: 1,
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
        position: None,
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
        kpis: BTreeMap::new(),
        reference: BTreeMap::new(),
        behaviours: BTreeMap::new(),
        contributions: vec![Contribution {
            kind: "work-case".into(),
            title: "x".into(),
        }],
        comments: None,
        plan: vec![],
        rated: Default::default(),
        appeal: None,
        certification_change: None,
    }
}

fn run(level: Level, a: &Assessment) -> Evaluation {
    let s = sequence(level);
    evaluate_against(&settings(), &|_| false, &s, &s.levels[0], a, &[], &[])
}

fn behaviour(activity: &str, key: bool) -> BehaviourRequirement {
    BehaviourRequirement {
        activity: activity.into(),
        key,
        criterion: "c".into(),
    }
}

fn met(a: &mut Assessment, activity: &str, ok: bool) {
    a.behaviours.insert(
        activity.into(),
        BehaviourResult {
            met: ok,
            evidence: None,
        },
    );
}

fn kpi(id: &str, direction: Direction, target: f64, weight: f64, rule: KpiRule) -> Kpi {
    Kpi {
        id: id.into(),
        name: id.into(),
        formula: "f".into(),
        description: None,
        unit: Some("%".into()),
        direction,
        target: Some(target),
        weight,
        rule: Some(rule),
    }
}

fn contribution(kind: &str, title: &str) -> Contribution {
    Contribution {
        kind: kind.into(),
        title: title.into(),
    }
}

fn at(level_id: &str, rank: usize, years_in_level: f64) -> Level {
    let mut l = level(
        vec![requirement("co", 2, true)],
        Scoring::default(),
        Conditions {
            years_in_level: Some(years_in_level),
            ..Conditions::default()
        },
    );
    l.id = level_id.into();
    l.rank = rank;
    l
}
