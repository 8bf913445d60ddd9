//! Contributions counted over a window of cycles, once each, by the project's cycles.

use super::*;

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
