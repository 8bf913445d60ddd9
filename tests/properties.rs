//! Properties of the evaluation rules (README, "The evaluation rules") over random valid
//! records of the sample standard: raising what a record achieves never lowers its verdict,
//! grade or total; a record meeting everything passes; thresholds fall on the documented side;
//! a verdict does not depend on the other records it is built with.

mod common;

use std::collections::BTreeMap;

use common::*;
use proptest::prelude::*;
use rungs::Project;
use rungs::evaluate::{self, Evaluation, Grade, Outcome};
use rungs::model::*;
use rungs::render::BuildInfo;

/// The sample standard, loaded once.
fn sample() -> &'static Standard {
    static STANDARD: std::sync::OnceLock<Standard> = std::sync::OnceLock::new();
    STANDARD.get_or_init(|| {
        let checked = Project::open(&repo().join("content"), None)
            .unwrap()
            .check()
            .unwrap();
        assert_eq!(checked.errors(), 0);
        checked.model.unwrap().standard
    })
}

/// Random numbers a record is built from: shrinking makes them smaller, and so the record
/// simpler.
struct Tape<'a> {
    numbers: &'a [u32],
    next: usize,
}

impl Tape<'_> {
    /// A number in 0..n.
    fn below(&mut self, n: usize) -> usize {
        let x = self.numbers[self.next % self.numbers.len()] as usize;
        self.next += 1;
        if n == 0 { 0 } else { x % n }
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    /// A number of halves in 0..=max.
    fn halves(&mut self, max: f64) -> f64 {
        self.below((max * 2.0) as usize + 1) as f64 / 2.0
    }
}

const TITLES: [&str; 4] = ["初级", "中级", "高级", "无"];

/// A valid record of the sample standard, built from `tape`.
fn record(standard: &Standard, tape: &mut Tape, id: &str, cycle: &str) -> Assessment {
    let sequence = &standard.sequences[tape.below(standard.sequences.len())];
    let level = &sequence.levels[tape.below(sequence.levels.len())];
    let open: Vec<&Position> = sequence
        .positions
        .iter()
        .filter(|p| p.covers(sequence, level))
        .collect();
    let position = (!open.is_empty() && tape.chance(40)).then(|| open[tape.below(open.len())]);
    let current = match tape.below(3) {
        0 => None,
        1 => Some(level.id.clone()),
        _ => level
            .rank
            .checked_sub(1)
            .map(|r| sequence.levels[r].id.clone()),
    };
    let c = &level.conditions;
    let education = [
        Education::HighSchool,
        Education::Associate,
        Education::Bachelor,
        Education::Master,
        Education::Doctorate,
    ][tape.below(5)];
    let ratings = &standard.settings.performance_ratings;
    let facts = Facts {
        education: tape.chance(95).then_some(education),
        experience_years: tape.chance(95).then(|| tape.halves(15.0)),
        years_in_level: tape.chance(95).then(|| tape.halves(5.0)),
        training_hours: tape.chance(95).then(|| tape.below(90) as f64),
        certifications: c
            .certifications
            .iter()
            .filter(|_| tape.chance(80))
            .cloned()
            .collect(),
        performance: (0..tape.below(6))
            .map(|_| ratings[tape.below(ratings.len())].clone())
            .collect(),
        other: c
            .other
            .iter()
            .map(|o| (o.id.clone(), tape.chance(85)))
            .collect(),
        major: match c.majors.len() {
            0 => None,
            n if tape.chance(80) => Some(c.majors[tape.below(n)].clone()),
            _ => Some("其他专业".into()),
        },
        title: Some(TITLES[tape.below(4)])
            .filter(|t| *t != "无")
            .map(String::from),
        experience_since: None,
        level_since: None,
    };
    let mut competencies = BTreeMap::new();
    for r in sequence.requirements_for(level, position) {
        if tape.chance(5) {
            continue;
        }
        let one_line = standard
            .competency(&r.competency)
            .is_some_and(|c| c.is_one_line());
        let max = standard
            .competency(&r.competency)
            .map_or(1, |c| c.max_level());
        let achieved = if one_line {
            u32::from(tape.chance(85))
        } else {
            tape.below(max as usize + 1) as u32
        };
        competencies.insert(
            r.competency.clone(),
            Achievement {
                level: achieved,
                evidence: None,
            },
        );
    }
    let mut behaviours = BTreeMap::new();
    for b in &level.behaviours {
        if tape.chance(95) {
            let met = tape.chance(80);
            behaviours.insert(
                b.activity.clone(),
                BehaviourResult {
                    met,
                    evidence: None,
                },
            );
        }
    }
    let mut scores = BTreeMap::new();
    let mut written_exam = None;
    for m in &level.scoring.modules {
        let Some(definition) = sequence.module(&m.module) else {
            continue;
        };
        if definition.kpi {
            continue;
        }
        if definition.exam {
            written_exam = Some(tape.halves(m.points));
        } else if m.items.is_empty() {
            scores.insert(m.module.clone(), ModuleScore::Whole(tape.halves(m.points)));
        } else {
            scores.insert(
                m.module.clone(),
                ModuleScore::Items(
                    m.items
                        .iter()
                        .map(|(item, points)| (item.clone(), tape.halves(*points)))
                        .collect(),
                ),
            );
        }
    }
    let mut kpis = BTreeMap::new();
    for k in sequence.kpis_for(position) {
        if tape.chance(90) {
            let target = k.target.unwrap_or(100.0);
            kpis.insert(k.id.clone(), target * (50 + tape.below(80)) as f64 / 100.0);
        }
    }
    let kinds = &standard.contribution_kinds;
    let contributions = (0..tape.below(4))
        .map(|i| Contribution {
            kind: kinds[tape.below(kinds.len())].id.clone(),
            title: format!("贡献{i}"),
        })
        .collect();
    Assessment {
        file: format!("assessments/{cycle}/{id}.yaml"),
        employee_id: id.into(),
        name: "测试".into(),
        department: "部门".into(),
        manager: None,
        sequence: sequence.id.clone(),
        position: position.map(|p| p.id.clone()),
        cycle: cycle.into(),
        current_level: current,
        applied_level: level.id.clone(),
        date: Date::parse("2024-06-01").unwrap(),
        assessors: vec![],
        edition: None,
        facts,
        competencies,
        behaviours,
        scores,
        written_exam,
        kpis,
        reference: BTreeMap::new(),
        contributions,
        comments: None,
        plan: vec![],
        rated: Default::default(),
        appeal: None,
        certification_change: None,
    }
}

fn evaluate_alone(standard: &Standard, a: &Assessment) -> Evaluation {
    evaluate::evaluate(standard, a, &[], &[]).expect("a level of the standard")
}

/// Raises one thing the record achieves — a competency level, a behaviour item, an item,
/// module or exam score, a KPI result — chosen by `pick`.
fn raise(standard: &Standard, a: &Assessment, pick: usize) -> Assessment {
    let mut b = a.clone();
    let (sequence, level) = standard.target_level(a).unwrap();
    let position = a.position.as_deref().and_then(|p| sequence.position(p));
    let requirements = sequence.requirements_for(level, position);
    match pick % 5 {
        0 if !requirements.is_empty() => {
            let r = &requirements[pick / 5 % requirements.len()];
            // A one-line standard is met at 1.
            let max = standard
                .competency(&r.competency)
                .map_or(1, |c| c.max_level())
                .max(1);
            let entry = b
                .competencies
                .entry(r.competency.clone())
                .or_insert(Achievement {
                    level: 0,
                    evidence: None,
                });
            entry.level = (entry.level + 1).min(max);
        }
        1 if !level.behaviours.is_empty() => {
            let activity = &level.behaviours[pick / 5 % level.behaviours.len()].activity;
            b.behaviours.insert(
                activity.clone(),
                BehaviourResult {
                    met: true,
                    evidence: None,
                },
            );
        }
        2 => b.written_exam = Some(b.written_exam.unwrap_or(0.0) + 1.0),
        3 if !b.scores.is_empty() => {
            let key = b
                .scores
                .keys()
                .nth(pick / 5 % b.scores.len())
                .unwrap()
                .clone();
            match b.scores.get_mut(&key).unwrap() {
                ModuleScore::Whole(x) => *x += 1.0,
                ModuleScore::Items(items) => {
                    if let Some(x) = items.values_mut().next() {
                        *x += 1.0;
                    }
                }
            }
        }
        _ => {
            let kpis = sequence.kpis_for(position);
            if let Some(k) = kpis.get(pick / 5 % kpis.len().max(1)) {
                let r = b.kpis.entry(k.id.clone()).or_insert(0.0);
                match k.direction {
                    Direction::Higher => *r += 3.0,
                    Direction::Lower => *r = (*r - 3.0).max(0.0),
                }
            }
        }
    }
    b
}

fn tape() -> impl Strategy<Value = Vec<u32>> {
    prop::collection::vec(0u32..10_000, 64..65)
}

proptest! {
    // Failures are printed with their minimal input, not written into the repository.
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn raising_what_a_record_achieves_never_lowers_its_verdict(numbers in tape(), pick in 0usize..1000) {
        let standard = sample();
        let a = record(standard, &mut Tape { numbers: &numbers, next: 0 }, "E1", "2024H1");
        let b = raise(standard, &a, pick);
        let (before, after) = (evaluate_alone(standard, &a), evaluate_alone(standard, &b));
        prop_assert!(after.total + 1e-9 >= before.total, "total {} → {}", before.total, after.total);
        prop_assert!(after.grade <= before.grade, "grade {:?} → {:?}", before.grade, after.grade);
        prop_assert!(after.qualified || !before.qualified, "qualified → not");
    }

    #[test]
    fn a_record_meeting_everything_passes(numbers in tape()) {
        let standard = sample();
        let a = record(standard, &mut Tape { numbers: &numbers, next: 0 }, "E1", "2024H1");
        let full = meet_everything(standard, &a);
        let e = evaluate_alone(standard, &full);
        prop_assert!(e.conditions_met, "{:?}", e.conditions);
        prop_assert!(e.total_met, "{} < {}", e.total, e.pass);
        prop_assert_eq!(e.grade, Grade::A);
        prop_assert!(e.qualified);
        prop_assert!(matches!(e.outcome, Outcome::Certified | Outcome::Promoted | Outcome::Retained));
    }

    #[test]
    fn thresholds_fall_on_the_documented_side(numbers in tape()) {
        let standard = sample();
        let a = record(standard, &mut Tape { numbers: &numbers, next: 0 }, "E1", "2024H1");
        let full = meet_everything(standard, &a);
        let (sequence, level) = standard.target_level(&a).unwrap();
        // The total exactly at the pass mark passes; a hundredth short fails, and shows short.
        let total = evaluate_alone(standard, &full).total;
        let with_pass = |pass: f64| {
            let mut s = standard.clone();
            let index = s.sequences.iter().position(|q| q.id == sequence.id).unwrap();
            s.sequences[index].levels[level.rank].scoring.pass = pass;
            evaluate_alone(&s, &full)
        };
        prop_assert!(with_pass(total).total_met);
        let short = with_pass(total + 0.001);
        prop_assert!(!short.total_met && !short.qualified);
        prop_assert!(format_score(short.total).parse::<f64>().unwrap() < total + 0.001);
        // A fact exactly at its requirement meets it; a little less does not.
        if let Some(required) = level.conditions.training_hours {
            let mut at = full.clone();
            at.facts.training_hours = Some(required);
            prop_assert!(evaluate_alone(standard, &at).conditions_met);
            at.facts.training_hours = Some(required - 0.01);
            prop_assert!(!evaluate_alone(standard, &at).conditions_met);
        }
        // The grade: k = 0 and u ≤ b·n normal items unmet is B; one more is C.
        let e = evaluate_alone(standard, &full);
        let b = standard.settings.grading.b_max_normal_unmet;
        let allowed = (b * e.normal_total as f64 + 1e-9).floor() as usize;
        let normal: Vec<&str> = e
            .competencies
            .iter()
            .filter(|c| !c.key)
            .map(|c| c.competency.as_str())
            .collect();
        if allowed < normal.len() && e.normal_total == normal.len() + e.behaviours.iter().filter(|x| !x.key).count() {
            let unmet = |n: usize| {
                let mut r = full.clone();
                for id in &normal[..n] {
                    r.competencies.get_mut(*id).unwrap().level = 0;
                }
                evaluate_alone(standard, &r).grade
            };
            prop_assert_eq!(unmet(allowed), if allowed == 0 { Grade::A } else { Grade::B });
            prop_assert_eq!(unmet(allowed + 1), Grade::C);
        }
    }
}

/// `a` changed to meet every condition and requirement of its level, with full scores.
fn meet_everything(standard: &Standard, a: &Assessment) -> Assessment {
    let mut b = a.clone();
    let (sequence, level) = standard.target_level(a).unwrap();
    let position = a.position.as_deref().and_then(|p| sequence.position(p));
    let c = &level.conditions;
    b.facts.education = Some(Education::Doctorate);
    b.facts.experience_years = Some(50.0);
    b.facts.years_in_level = Some(50.0);
    b.facts.training_hours = Some(500.0);
    b.facts.certifications = c.certifications.clone();
    let best = standard.settings.performance_ratings[0].clone();
    b.facts.performance = vec![best; 5];
    b.facts.other = c.other.iter().map(|o| (o.id.clone(), true)).collect();
    b.facts.major = c.majors.first().cloned();
    b.facts.title = standard.settings.professional_titles.last().cloned();
    for r in sequence.requirements_for(level, position) {
        let max = standard
            .competency(&r.competency)
            .map_or(1, |c| c.max_level());
        b.competencies.insert(
            r.competency.clone(),
            Achievement {
                level: max.max(r.level),
                evidence: None,
            },
        );
    }
    for r in &level.behaviours {
        b.behaviours.insert(
            r.activity.clone(),
            BehaviourResult {
                met: true,
                evidence: None,
            },
        );
    }
    for m in &level.scoring.modules {
        let definition = sequence.module(&m.module).unwrap();
        if definition.exam {
            b.written_exam = Some(m.points);
        } else if definition.kpi {
        } else if m.items.is_empty() {
            b.scores
                .insert(m.module.clone(), ModuleScore::Whole(m.points));
        } else {
            b.scores.insert(
                m.module.clone(),
                ModuleScore::Items(m.items.iter().cloned().collect()),
            );
        }
    }
    for k in sequence.kpis_for(position) {
        if let Some(target) = k.target {
            b.kpis.insert(k.id.clone(), target);
        }
    }
    b
}

/// The verdict of a record in a build of 10,000 is the one it gets with only its own
/// employee's records (and the project's cycles, which place a contribution window).
#[test]
fn a_verdict_is_the_same_alone_and_in_a_build_of_ten_thousand() {
    let standard = sample();
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = || {
        // SplitMix64: a fixed sequence, so the test is the same on every run.
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        ((z ^ (z >> 31)) % 10_000) as u32
    };
    let mut all = Vec::new();
    for i in 0..5_000 {
        let id = format!("E{i:05}");
        for cycle in ["2024H1", "2024H2"] {
            let numbers: Vec<u32> = (0..64).map(|_| next()).collect();
            let mut a = record(
                standard,
                &mut Tape {
                    numbers: &numbers,
                    next: 0,
                },
                &id,
                cycle,
            );
            if cycle == "2024H2" {
                a.date = Date::parse("2024-12-01").unwrap();
            }
            all.push(a);
        }
    }
    let records = Records::new(all);
    assert_eq!(records.assessments.len(), 10_000);
    let info = BuildInfo::default();
    let together = info.evaluate_all(standard, &records);
    for (a, e) in records.assessments.iter().zip(&together).step_by(37) {
        let own: Vec<Assessment> = records
            .assessments
            .iter()
            .filter(|r| r.employee_id == a.employee_id)
            .cloned()
            .collect();
        let alone_records = Records::new(own);
        let alone = info.evaluate(standard, &alone_records, a);
        assert_eq!(
            (alone.qualified, alone.grade, alone.outcome, alone.total),
            (e.qualified, e.grade, e.outcome, e.total),
            "{} {}",
            a.employee_id,
            a.cycle
        );
    }
}
