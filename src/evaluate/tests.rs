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
    }
}

fn run(level: Level, a: &Assessment) -> Evaluation {
    let s = sequence(level);
    evaluate_against(&settings(), &|_| false, &s, &s.levels[0], a, &[], &[])
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
        e.strengths[..2],
        [
            Strength::Above {
                competency: "co".into(),
                key: true,
                required: 2,
                achieved: 3,
                raised_from: None,
            },
            Strength::TotalAbove {
                total: 62.5,
                pass: 60.0
            },
        ],
        "above the requirement first (`neg` merely meets it), then a total above the pass mark"
    );
    assert!(
        matches!(
            &e.strengths[2],
            Strength::Requirements { key_met: 2, key_total: 2, normal_met: 6, normal_total: 7, key_competencies }
                if key_competencies.contains(&"co".to_string())
        ),
        "then the requirements met: {:?}",
        e.strengths
    );
    assert_eq!(e.strengths.len(), 3);
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

// ---- Model depth: behaviour standards, KPIs, reference items, contributions over cycles,
// conditions, re-certification and positions. Every figure below is worked by hand.

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

#[test]
fn behaviour_items_count_in_the_grade_as_the_settings_say() {
    // Competencies: co (key) met, n1 (normal) met. Behaviours: b1 key met, b2 and b3 normal,
    // b3 not met. Counting both: 3 normal, 1 unmet = 33 % > 15 % → C.
    let mut l = level(
        vec![requirement("co", 2, true), requirement("n1", 2, false)],
        Scoring::default(),
        Conditions::default(),
    );
    l.behaviours = vec![
        behaviour("b1", true),
        behaviour("b2", false),
        behaviour("b3", false),
    ];
    let mut a = record(&[("co", 2), ("n1", 2)], &[], None, Facts::default());
    met(&mut a, "b1", true);
    met(&mut a, "b2", true);
    met(&mut a, "b3", false);
    let s = sequence(l);
    let e = evaluate_against(&settings(), &|_| false, &s, &s.levels[0], &a, &[], &[]);
    assert_eq!(
        (e.key_total, e.key_unmet, e.normal_total, e.normal_unmet),
        (2, 0, 3, 1)
    );
    assert_eq!(e.grade, Grade::C);
    assert!(!e.behaviours[2].met && e.behaviours[2].assessed);
    let mut only_competencies = settings();
    only_competencies.grading.counts_behaviours = false;
    let e = evaluate_against(
        &only_competencies,
        &|_| false,
        &s,
        &s.levels[0],
        &a,
        &[],
        &[],
    );
    assert_eq!((e.normal_total, e.normal_unmet, e.grade), (1, 0, Grade::A));
    // An activity the record does not assess counts as not met.
    a.behaviours.remove("b1");
    let e = evaluate_against(&settings(), &|_| false, &s, &s.levels[0], &a, &[], &[]);
    assert!(!e.behaviours[0].met && !e.behaviours[0].assessed);
    assert_eq!(e.key_unmet, 1);
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

#[test]
fn kpi_rules_by_hand() {
    let deduct = kpi(
        "sales",
        Direction::Higher,
        100.0,
        40.0,
        KpiRule::Deduct {
            step: 5.0,
            points: 10.0,
        },
    );
    assert_eq!(kpi_points(&deduct, 100.0), 40.0, "at target");
    assert_eq!(kpi_points(&deduct, 120.0), 40.0, "above target, no bonus");
    assert_eq!(kpi_points(&deduct, 95.1), 40.0, "4.9 short: no whole step");
    assert_eq!(kpi_points(&deduct, 92.0), 30.0, "8 short: one step of 5");
    assert_eq!(kpi_points(&deduct, 90.0), 20.0, "10 short: two steps");
    assert_eq!(kpi_points(&deduct, 10.0), 0.0, "never below 0");
    let lower = kpi(
        "complaints",
        Direction::Lower,
        5.0,
        20.0,
        KpiRule::Deduct {
            step: 1.0,
            points: 5.0,
        },
    );
    assert_eq!(kpi_points(&lower, 4.0), 20.0);
    assert_eq!(
        kpi_points(&lower, 7.5),
        10.0,
        "2.5 over a lower-is-better target: 2 steps"
    );
    let table = kpi(
        "collection",
        Direction::Higher,
        95.0,
        60.0,
        KpiRule::Table(vec![(95.0, 60.0), (90.0, 45.0), (80.0, 30.0)]),
    );
    assert_eq!(kpi_points(&table, 97.0), 60.0);
    assert_eq!(kpi_points(&table, 91.0), 45.0);
    assert_eq!(
        kpi_points(&table, 80.0),
        30.0,
        "a band's bound is inclusive"
    );
    assert_eq!(kpi_points(&table, 79.9), 0.0, "below every band");
}

#[test]
fn a_kpi_module_scores_the_share_of_kpi_points() {
    // sales 92 → 30 of 40; collection 91 → 45 of 60: 75 of 100. The KPI module is worth 20
    // points: 20 × 0.75 = 15.
    let mut s = sequence(level(
        vec![],
        Scoring {
            pass: 10.0,
            total: 20.0,
            modules: vec![ModuleRequirement {
                module: "perf".into(),
                points: 20.0,
                items: vec![],
            }],
        },
        Conditions::default(),
    ));
    s.modules.push(ModuleDefinition {
        id: "perf".into(),
        name: "个人绩效".into(),
        description: None,
        exam: false,
        kpi: true,
        items: vec![],
    });
    s.kpis = vec![
        kpi(
            "sales",
            Direction::Higher,
            100.0,
            40.0,
            KpiRule::Deduct {
                step: 5.0,
                points: 10.0,
            },
        ),
        kpi(
            "collection",
            Direction::Higher,
            95.0,
            60.0,
            KpiRule::Table(vec![(95.0, 60.0), (90.0, 45.0), (80.0, 30.0)]),
        ),
    ];
    s.reference_items = vec![ReferenceItem {
        id: "kpi".into(),
        name: "岗位 KPI".into(),
        description: None,
        source: ReferenceSource::Kpi,
    }];
    let mut a = record(&[], &[], None, Facts::default());
    a.kpis = BTreeMap::from([
        ("sales".to_string(), 92.0),
        ("collection".to_string(), 91.0),
    ]);
    let e = evaluate_against(&settings(), &|_| false, &s, &s.levels[0], &a, &[], &[]);
    assert_eq!(e.kpi_share, Some(0.75));
    assert_eq!(e.modules[0].score, 15.0);
    assert_eq!(
        e.kpis.iter().map(|k| k.points).collect::<Vec<_>>(),
        vec![Some(30.0), Some(45.0)]
    );
    assert_eq!(e.reference[0].value, ReferenceValue::KpiScore(75.0));
    // A missing result scores 0: 45 of 100.
    a.kpis.remove("sales");
    let e = evaluate_against(&settings(), &|_| false, &s, &s.levels[0], &a, &[], &[]);
    assert_eq!(e.modules[0].score, 9.0);
    // With no results at all the KPI module still measures (and scores 0) …
    a.kpis.clear();
    let e = evaluate_against(&settings(), &|_| false, &s, &s.levels[0], &a, &[], &[]);
    assert_eq!((e.kpis.len(), e.kpi_share), (2, Some(0.0)));
    // … but a level that does not score KPIs, for a record with no position and no results,
    // measures none: there is nothing to show.
    s.levels[0].scoring = Scoring::default();
    let e = evaluate_against(&settings(), &|_| false, &s, &s.levels[0], &a, &[], &[]);
    assert_eq!((e.kpis.len(), e.kpi_share), (0, None));
    assert_eq!(e.reference[0].value, ReferenceValue::Missing);
}

#[test]
fn reference_items_show_values_and_never_gate() {
    let mut s = sequence(level(vec![], Scoring::default(), Conditions::default()));
    s.reference_items = vec![
        ReferenceItem {
            id: "performance".into(),
            name: "绩效".into(),
            description: None,
            source: ReferenceSource::Performance,
        },
        ReferenceItem {
            id: "ethics".into(),
            name: "品德".into(),
            description: None,
            source: ReferenceSource::Record,
        },
        ReferenceItem {
            id: "360".into(),
            name: "360 评价".into(),
            description: None,
            source: ReferenceSource::Record,
        },
    ];
    let facts = Facts {
        performance: vec!["B".into(), "C".into()],
        ..Facts::default()
    };
    let mut a = record(&[], &[], None, facts);
    a.reference.insert("ethics".into(), "有一次违纪记录".into());
    let e = evaluate_against(&settings(), &|_| false, &s, &s.levels[0], &a, &[], &[]);
    assert_eq!(
        e.reference
            .iter()
            .map(|r| r.value.clone())
            .collect::<Vec<_>>(),
        vec![
            ReferenceValue::Ratings(vec!["B".into(), "C".into()]),
            ReferenceValue::Text("有一次违纪记录".into()),
            ReferenceValue::Missing,
        ]
    );
    assert!(
        e.qualified,
        "a poor reference value does not fail the verdict"
    );
}

fn contribution(kind: &str, title: &str) -> Contribution {
    Contribution {
        kind: kind.into(),
        title: title.into(),
    }
}

#[test]
fn contributions_count_over_a_window_of_cycles_once_each() {
    // Cycles 1, 2 and 3 (this one). A window of 2 counts cycles 2 and 3; "old" was first
    // listed in cycle 1, so it counts neither there nor again now.
    let mut l = level(vec![], Scoring::default(), Conditions::default());
    l.contributions = vec![
        ContributionRequirement {
            kinds: vec!["work-case".into()],
            count: 3,
            within: 2,
        },
        ContributionRequirement {
            kinds: vec!["course".into(), "teaching".into()],
            count: 2,
            within: 1,
        },
    ];
    let s = sequence(l);
    let mut first = record(&[], &[], None, Facts::default());
    first.cycle = "2023H1".into();
    first.contributions = vec![contribution("work-case", "old")];
    let mut second = record(&[], &[], None, Facts::default());
    second.cycle = "2023H2".into();
    second.contributions = vec![contribution("work-case", "a"), contribution("course", "c1")];
    let mut now = record(&[], &[], None, Facts::default());
    now.cycle = "2024H1".into();
    now.contributions = vec![
        contribution("work-case", "b"),
        contribution("work-case", " a "),
        contribution("work-case", "old"),
        contribution("teaching", "t1"),
    ];
    let e = evaluate_against(
        &settings(),
        &|_| false,
        &s,
        &s.levels[0],
        &now,
        &[&first, &second],
        &[],
    );
    let cases = &e.contributions[0];
    assert_eq!(
        cases
            .counted
            .iter()
            .map(|c| (c.title.trim(), c.cycle.as_str()))
            .collect::<Vec<_>>(),
        vec![("a", "2023H2"), ("b", "2024H1")],
        "`a` once (listed in both), `old` not at all"
    );
    assert_eq!((cases.achieved, cases.met), (2, false));
    let teaching = &e.contributions[1];
    assert_eq!(
        (teaching.achieved, teaching.met),
        (1, false),
        "course c1 is outside a window of one cycle; teaching t1 counts"
    );
    assert!(!e.contributions_met);
    assert!(e.qualified, "contributions do not gate by default");
    let mut gating = settings();
    gating.verdict.contributions_gate = true;
    let e = evaluate_against(
        &gating,
        &|_| false,
        &s,
        &s.levels[0],
        &now,
        &[&first, &second],
        &[],
    );
    assert!(!e.qualified, "they do when the settings say so");
}

#[test]
fn majors_titles_and_alternatives() {
    let conditions = Conditions {
        majors: vec!["市场营销".into(), "工商管理".into()],
        title: Some("中级".into()),
        alternatives: vec![
            Alternative {
                education: Some(Education::Bachelor),
                experience_years: Some(3.0),
                ..Alternative::default()
            },
            Alternative {
                education: Some(Education::Associate),
                experience_years: Some(5.0),
                ..Alternative::default()
            },
        ],
        ..Conditions::default()
    };
    let facts = |major: &str, title: &str, education, years| Facts {
        major: Some(major.into()),
        title: Some(title.into()),
        education: Some(education),
        experience_years: Some(years),
        ..Facts::default()
    };
    let l = level(vec![], Scoring::default(), conditions);
    let met = |f: Facts| {
        let e = run(l.clone(), &record(&[], &[], None, f));
        e.conditions.iter().map(|c| c.met).collect::<Vec<_>>()
    };
    // Order: major, title, alternatives.
    assert_eq!(
        met(facts("市场营销", "中级", Education::Associate, 5.0)),
        vec![true, true, true]
    );
    assert_eq!(
        met(facts("市场营销", "高级", Education::Associate, 4.0)),
        vec![true, true, false],
        "高级 is above 中级; an associate degree needs 5 years"
    );
    assert_eq!(
        met(facts("计算机", "初级", Education::Master, 3.0)),
        vec![false, false, true],
        "a master's degree meets `bachelor or above` with 3 years"
    );
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

#[test]
fn recertification_outcomes() {
    let mut s = sequence(at("s1", 0, 1.0));
    s.levels = vec![
        at("s1", 0, 1.0),
        at("s2", 1, 2.0),
        at("s3", 2, 2.0),
        at("s4", 3, 2.0),
    ];
    let facts = Facts {
        years_in_level: Some(0.5),
        ..Facts::default()
    };
    let outcome = |settings: &Settings, current: Option<&str>, applied: &str, achieved: u32| {
        let mut a = record(&[("co", achieved)], &[], None, facts.clone());
        a.current_level = current.map(String::from);
        a.applied_level = applied.into();
        let level = s.level(applied).unwrap();
        let e = evaluate_against(settings, &|_| false, &s, level, &a, &[], &[]);
        (
            e.outcome,
            e.recertification,
            e.skipped_levels,
            e.conditions[0].waived,
        )
    };
    let observe = settings();
    let mut demote = settings();
    demote.verdict.failed_recertification = FailedRecertification::Demote;
    // Re-certification: half a year in the level, the 2-year entry condition is waived.
    assert_eq!(
        outcome(&observe, Some("s2"), "s2", 2),
        (Outcome::Retained, true, 0, true)
    );
    assert_eq!(
        outcome(&observe, Some("s2"), "s2", 1),
        (Outcome::Observation, true, 0, true)
    );
    assert_eq!(
        outcome(&demote, Some("s2"), "s2", 1),
        (Outcome::Demoted, true, 0, true)
    );
    // Promotion: the entry condition applies (0.5 of 2 years), so it fails.
    assert_eq!(
        outcome(&observe, Some("s1"), "s2", 2),
        (Outcome::NotPromoted, false, 0, false)
    );
    // A first certification at s1 with 0.5 of 1 year fails on the condition.
    assert_eq!(
        outcome(&observe, None, "s1", 2),
        (Outcome::NotCertified, false, 0, false)
    );
    // 越级: s1 → s4 jumps over s2 and s3.
    assert_eq!(outcome(&observe, Some("s1"), "s4", 2).2, 2);
    // Below the level held (a change of role): 调级, not 保留; the entry condition applies.
    assert_eq!(
        outcome(&observe, Some("s3"), "s1", 2),
        (Outcome::NotReassigned, false, 0, false)
    );
    let mut a = record(
        &[("co", 2)],
        &[],
        None,
        Facts {
            years_in_level: Some(3.0),
            ..Facts::default()
        },
    );
    a.current_level = Some("s3".into());
    a.applied_level = "s1".into();
    let e = evaluate_against(
        &observe,
        &|_| false,
        &s,
        s.level("s1").unwrap(),
        &a,
        &[],
        &[],
    );
    assert_eq!(e.outcome, Outcome::Reassigned);
}

#[test]
fn a_contribution_window_counts_the_projects_cycles_not_the_employees() {
    let mut l = level(vec![], Scoring::default(), Conditions::default());
    l.contributions = vec![ContributionRequirement {
        kinds: vec!["work-case".into()],
        count: 1,
        within: 2,
    }];
    let s = sequence(l);
    let mut first = record(&[], &[], None, Facts::default());
    first.cycle = "2024H1".into();
    first.contributions = vec![contribution("work-case", "a")];
    let mut now = record(&[], &[], None, Facts::default());
    now.cycle = "2025H1".into();
    now.contributions = vec![];
    let evaluate = |settings: &Settings, cycles: &[&str]| {
        let cycles: Vec<String> = cycles.iter().map(|c| c.to_string()).collect();
        evaluate_against(
            settings,
            &|_| false,
            &s,
            &s.levels[0],
            &now,
            &[&first],
            &cycles,
        )
    };
    // The employee skipped 2024H2: the window of two cycles is 2024H2 and 2025H1, so the
    // 2024H1 case was counted then and does not count now.
    let e = evaluate(&settings(), &["2024H1", "2024H2", "2025H1"]);
    assert_eq!(
        (e.contributions[0].achieved, e.contributions[0].met),
        (0, false)
    );
    // Had no one been assessed in 2024H2, 2024H1 would be the cycle before.
    let e = evaluate(&settings(), &["2024H1", "2025H1"]);
    assert_eq!(e.contributions[0].achieved, 1);
    // Gating contributions are a reason of their own.
    let mut gating = settings();
    gating.verdict.contributions_gate = true;
    let e = evaluate(&gating, &["2024H1", "2024H2", "2025H1"]);
    assert!(!e.qualified);
    assert_eq!(e.failures.contributions.len(), 1);
    assert!(
        e.failures.conditions.is_empty()
            && e.failures.total.is_none()
            && e.failures.grade.is_none()
    );
}

#[test]
fn a_position_adds_and_raises_requirements() {
    let mut s = sequence(level(
        vec![requirement("co", 2, true), requirement("neg", 2, false)],
        Scoring::default(),
        Conditions::default(),
    ));
    s.positions = vec![Position {
        id: "manager".into(),
        name: "销售经理".into(),
        from: "s2".into(),
        to: "s2".into(),
        description: None,
        responsibilities: vec![],
        kpis: vec![],
        requirements: vec![
            requirement("co", 1, false),
            requirement("neg", 3, true),
            requirement("lead", 2, false),
        ],
    }];
    let mut a = record(
        &[("co", 2), ("neg", 2), ("lead", 2)],
        &[],
        None,
        Facts::default(),
    );
    a.position = Some("manager".into());
    let e = evaluate_against(&settings(), &|_| false, &s, &s.levels[0], &a, &[], &[]);
    assert_eq!(
        e.competencies
            .iter()
            .map(|c| (c.competency.as_str(), c.required, c.key))
            .collect::<Vec<_>>(),
        vec![("co", 2, true), ("neg", 3, true), ("lead", 2, false)],
        "never lowered (co stays 2 and key); raised (neg 3, now key); added (lead)"
    );
    assert_eq!((e.key_unmet, e.grade), (1, Grade::C));
}

#[test]
fn a_one_line_standard_is_met_or_not() {
    // A one-line standard is required at 1 and assessed 1 (met) or 0.
    let e = run(
        level(
            vec![requirement("integrity", 1, true)],
            Scoring::default(),
            Conditions::default(),
        ),
        &record(&[("integrity", 0)], &[], None, Facts::default()),
    );
    assert_eq!(
        (e.competencies[0].gap, e.key_unmet, e.grade),
        (-1, 1, Grade::C)
    );
}
