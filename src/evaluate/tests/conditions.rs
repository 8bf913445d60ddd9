//! Basic conditions: performance rules, majors, titles and alternatives, and what a failed
//! re-certification means.

use super::*;

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
