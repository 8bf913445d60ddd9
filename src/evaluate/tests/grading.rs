//! The grade and the verdict: requirements met or not (competencies, behaviour standards,
//! one-line standards, a position's), module scores and the total.

use super::*;

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
