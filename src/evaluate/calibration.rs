//! What a calibration meeting (校准会) looks at for one cycle: the verdicts and grades per
//! sequence and level, each manager's and judge's leniency, every item the raters diverge on,
//! the records a single item or a few points could turn, and the items left to decide. Pure:
//! it reads records and their evaluations; the pack's PDF and workbook lay it out.

use std::collections::BTreeMap;

use super::ratings::{Leniency, leniency};
use super::{Evaluation, Grade, grade};
use crate::model::{Assessment, Date, Item, RatedItem, Settings};

/// How many of a record's scores, furthest apart first, the decision sheet lists when its
/// total is near the pass mark.
const SCORES_IN_PLAY: usize = 3;

/// The records of one cycle with their evaluations, as the meeting reads them.
pub struct Calibration<'a> {
    pub cycle: String,
    /// The latest record's date: what the pack is dated (never the clock).
    pub date: Date,
    /// Per sequence and target level, in the standard's order.
    pub distribution: Vec<LevelTally<'a>>,
    pub leniency: Vec<Leniency>,
    /// Every divergent item, decided or not, by record.
    pub divergent: Vec<Case<'a>>,
    /// Records a few points or one item from another verdict or grade.
    pub near: Vec<Near<'a>>,
    /// One row per item to decide: the divergent items not yet decided, then the items in
    /// play in the records near a boundary (those deciding the grade that turns the verdict,
    /// and where the total is near the pass mark the scores raters are furthest apart on).
    pub to_decide: Vec<Case<'a>>,
    /// Records rated by several raters, of all the cycle's records.
    pub rated: usize,
    pub records: usize,
}

/// How one level's records came out.
#[derive(Debug, Default)]
pub struct LevelTally<'a> {
    pub sequence: &'a str,
    pub level: &'a str,
    /// Re-certifications (复核) of the level held, apart from applications to reach it.
    pub recertification: bool,
    pub records: usize,
    pub qualified: usize,
    /// A, B, C.
    pub grades: [usize; 3],
    pub total_sum: f64,
}

/// One item of one record.
#[derive(Clone, Copy)]
pub struct Case<'a> {
    pub record: &'a Assessment,
    pub evaluation: &'a Evaluation,
    pub item: &'a Item,
    pub info: &'a RatedItem,
    /// Why the decision sheet lists it.
    pub why: Why,
}

/// Why an item is on the decision sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// Its counting raters diverge.
    Divergent,
    /// It decides a grade that turns the verdict (met only by rounding up, or one unmet
    /// item from a better grade).
    Grade,
    /// Its record's total is near the pass mark and its raters are far apart.
    Points,
}

impl Case<'_> {
    pub fn decided(&self) -> bool {
        self.record.rated.decisions(self.item).next().is_some()
    }
}

/// A record near a boundary, and which.
pub struct Near<'a> {
    pub record: &'a Assessment,
    pub evaluation: &'a Evaluation,
    /// total − pass, when within the margin of the pass mark.
    pub from_pass: Option<f64>,
    /// The grade one item would make of it, when that turns the verdict: a C one item short
    /// of B or A, or an A or B that one disputed item met exactly at its requirement would
    /// make a C.
    pub grade_to: Option<Grade>,
    /// The items that one would be (those deciding the grade).
    pub deciding: Vec<Item>,
}

/// The meeting's view of `records` (one cycle's, each with its evaluation), in the order
/// given (the caller sorts by sequence, level and employee).
pub fn calibration<'a>(
    settings: &Settings,
    cycle: &str,
    records: &[(&'a Assessment, &'a Evaluation)],
    level_order: &dyn Fn(&str, &str) -> (usize, usize),
) -> Calibration<'a> {
    let rules = &settings.ratings;
    let mut tallies: BTreeMap<((usize, usize), bool), LevelTally<'a>> = BTreeMap::new();
    for (a, e) in records {
        let t = tallies
            .entry((
                level_order(&a.sequence, &a.applied_level),
                e.recertification,
            ))
            .or_insert_with(|| LevelTally {
                sequence: &a.sequence,
                level: &a.applied_level,
                recertification: e.recertification,
                ..LevelTally::default()
            });
        t.records += 1;
        t.qualified += usize::from(e.qualified);
        t.grades[match e.grade {
            Grade::A => 0,
            Grade::B => 1,
            Grade::C => 2,
        }] += 1;
        t.total_sum += e.total;
    }
    let assessments: Vec<&Assessment> = records.iter().map(|(a, _)| *a).collect();
    let mut divergent = Vec::new();
    let mut near = Vec::new();
    let mut in_play = Vec::new();
    for (a, e) in records {
        for (item, info) in &a.rated.items {
            if info.divergent {
                divergent.push(Case {
                    record: a,
                    evaluation: e,
                    item,
                    info,
                    why: Why::Divergent,
                });
            }
        }
        let from_pass = (e.total_points > 0.0 && (e.total - e.pass).abs() <= rules.margin + 1e-9)
            .then_some(e.total - e.pass);
        let reach = grade_in_reach(settings, a, e);
        if from_pass.is_none() && reach.is_none() {
            continue;
        }
        // The items that could turn it: those deciding its grade, and where the total is
        // close, the scores its raters are furthest apart on.
        let mut items: Vec<(&Item, Why)> = Vec::new();
        if let Some((_, deciding)) = &reach {
            items.extend(
                deciding
                    .iter()
                    .filter_map(|i| a.rated.items.get_key_value(i).map(|(k, _)| (k, Why::Grade))),
            );
        }
        // Near the pass mark, the scores matter when the total is what decides the verdict.
        let total_decides = e.conditions_met
            && e.grade != Grade::C
            && (e.contributions_met || !settings.verdict.contributions_gate);
        if from_pass.is_some() && total_decides {
            let mut scores: Vec<(&Item, &RatedItem)> = a
                .rated
                .items
                .iter()
                .filter(|(i, info)| matches!(i, Item::Score { .. }) && info.spread > 0.0)
                .collect();
            scores.sort_by(|x, y| {
                (y.1.spread / y.1.scale.max(1e-9)).total_cmp(&(x.1.spread / x.1.scale.max(1e-9)))
            });
            items.extend(
                scores
                    .into_iter()
                    .take(SCORES_IN_PLAY)
                    .map(|(i, _)| (i, Why::Points)),
            );
        }
        near.push(Near {
            record: a,
            evaluation: e,
            from_pass,
            grade_to: reach.as_ref().map(|(g, _)| *g),
            deciding: reach.map(|(_, items)| items).unwrap_or_default(),
        });
        for (item, why) in items {
            let info = &a.rated.items[item];
            if !info.divergent
                && !in_play
                    .iter()
                    .any(|c: &Case<'_>| c.record.file == a.file && c.item == item)
            {
                in_play.push(Case {
                    record: a,
                    evaluation: e,
                    item,
                    info,
                    why,
                });
            }
        }
    }
    let mut to_decide: Vec<Case<'a>> = divergent.iter().filter(|c| !c.decided()).copied().collect();
    to_decide.extend(in_play.into_iter().filter(|c| !c.decided()));
    Calibration {
        cycle: cycle.to_string(),
        date: records.iter().map(|(a, _)| a.date).max().unwrap_or(Date {
            year: 1970,
            month: 1,
            day: 1,
        }),
        distribution: tallies.into_values().collect(),
        leniency: leniency(&assessments, rules),
        divergent,
        near,
        to_decide,
        rated: records
            .iter()
            .filter(|(a, _)| !a.rated.ratings.is_empty())
            .count(),
        records: records.len(),
    }
}

/// The grade one item could make of the record when that grade would turn its verdict (its
/// other gates hold), with the items in play (README's grade, §5, with one item flipped): a C
/// one unmet item short of B or A, with the unmet items a counting rater rated as meeting
/// their requirement; an A or B that one counted item — met only because its combined value
/// was rounded up to the requirement, and undecided — would make a C, with those items.
fn grade_in_reach(
    settings: &Settings,
    a: &Assessment,
    e: &Evaluation,
) -> Option<(Grade, Vec<Item>)> {
    let g = &settings.grading;
    let others_hold = e.conditions_met
        && e.total_met
        && (e.contributions_met || !settings.verdict.contributions_gate);
    if !others_hold {
        return None;
    }
    let b = g.b_max_normal_unmet;
    let (k, n, u) = (e.key_unmet, e.normal_total, e.normal_unmet);
    // Whether a counting rater gave `item` a value on the other side of `required`.
    let rater_says = |item: &Item, required: f64, above: bool| {
        a.rated.ratings.iter().any(|r| {
            settings.ratings.counts(item.kind(), &r.role)
                && r.values.get(item).is_some_and(|v| {
                    if above {
                        *v + 1e-9 >= required
                    } else {
                        *v + 1e-9 < required
                    }
                })
        })
    };
    // Counted requirements: (item, key, met, required, met exactly at the requirement).
    let counted: Vec<(Item, bool, bool, f64, bool)> = e
        .competencies
        .iter()
        .filter(|_| g.counts_competencies)
        .map(|c| {
            (
                Item::Competency(c.competency.clone()),
                c.key,
                c.gap >= 0,
                f64::from(c.required),
                c.gap == 0,
            )
        })
        .chain(
            e.behaviours
                .iter()
                .filter(|_| g.counts_behaviours)
                .map(|x| {
                    (
                        Item::Behaviour(x.activity.clone()),
                        x.key,
                        x.met,
                        1.0,
                        x.met,
                    )
                }),
        )
        .collect();
    if e.grade == Grade::C {
        let lifted = if k > 0 {
            grade(k - 1, n, u, b)
        } else {
            grade(0, n, u.saturating_sub(1), b)
        };
        if k > 1 || lifted == Grade::C {
            return None;
        }
        // The unmet items that would lift it, those a counting rater rated as meeting their
        // requirement first.
        let mut items: Vec<(bool, Item)> = counted
            .iter()
            .filter(|(_, key, met, _, _)| !met && (*key || k == 0))
            .map(|(item, _, _, required, _)| (!rater_says(item, *required, true), item.clone()))
            .collect();
        items.sort();
        return Some((lifted, items.into_iter().map(|(_, item)| item).collect()));
    }
    let items: Vec<Item> = counted
        .iter()
        .filter(|(_, _, _, _, exactly)| *exactly)
        .filter(|(_, key, ..)| {
            let dropped = if *key {
                grade(k + 1, n, u, b)
            } else {
                grade(k, n, u + 1, b)
            };
            dropped == Grade::C
        })
        .filter(|(item, _, _, required, _)| {
            a.rated.decisions(item).next().is_none()
                && a.rated
                    .items
                    .get(item)
                    .and_then(|info| info.unrounded)
                    .is_some_and(|v| v + 1e-9 < *required)
        })
        .map(|(item, ..)| item.clone())
        .collect();
    (!items.is_empty()).then_some((Grade::C, items))
}
