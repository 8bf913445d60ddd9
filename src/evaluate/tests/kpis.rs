//! KPIs and reference items: the rules by hand, a module scored by the KPI share, reference
//! values that never gate.

use super::*;

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
