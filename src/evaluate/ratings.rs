//! The arithmetic of several raters (README, *The evaluation rules*, §0): pooling one role's
//! raters, weighting the roles, rounding onto the scale, the spread that marks an item for
//! calibration, and each rater's leniency against the others on the same people. Pure
//! functions; `check` calls them to consolidate a record, the calibration pack to describe a
//! cycle.

use std::collections::BTreeMap;

use crate::model::{
    Assessment, Item, ItemKind, PANEL, Pooling, RatedItem, Rater, RatingRules, Rounding, SELF,
};

/// The tolerance every comparison allows (README: 10⁻⁹ towards meeting it).
const EPSILON: f64 = 1e-9;

/// One role's value from its raters' values (none without values).
pub fn pool(method: Pooling, values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
    Some(match method {
        Pooling::Mean => mean(&sorted),
        Pooling::Median => {
            let n = sorted.len();
            if n % 2 == 1 {
                sorted[n / 2]
            } else {
                (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
            }
        }
        Pooling::TrimmedMean if sorted.len() >= 3 => mean(&sorted[1..sorted.len() - 1]),
        Pooling::TrimmedMean => mean(&sorted),
    })
}

/// `value` onto the steps of `step` (1 for levels and met), the rules' way.
pub fn round_to(value: f64, step: f64, rounding: Rounding) -> f64 {
    let steps = value / step;
    let whole = match rounding {
        Rounding::Nearest => (steps + 0.5 + EPSILON).floor(),
        Rounding::Down => (steps + EPSILON).floor(),
        Rounding::Up => (steps - EPSILON).ceil(),
    };
    // Whole steps times a decimal step (0.1 × 73) carry binary noise; ten decimals hold any
    // step a standard uses.
    ((whole * step) * 1e10).round() / 1e10
}

/// The values one item was given, by role, each with its rater.
pub type Given<'a> = BTreeMap<&'a str, Vec<(&'a Rater, f64)>>;

/// One item's consolidation: each role pooled, the counting roles weighted, rounded onto the
/// scale; its spread and whether that diverges.
pub fn combine(rules: &RatingRules, item: &Item, given: &Given<'_>, scale: f64) -> RatedItem {
    let kind = item.kind();
    let mut by_role = BTreeMap::new();
    let (mut sum, mut weights) = (0.0, 0.0);
    let mut counted: Vec<f64> = Vec::new();
    for (role, values) in given {
        let numbers: Vec<f64> = values.iter().map(|(_, v)| *v).collect();
        let method = if *role == PANEL {
            rules.panel
        } else {
            Pooling::Mean
        };
        let Some(value) = pool(method, &numbers) else {
            continue;
        };
        by_role.insert(role.to_string(), value);
        let weight = rules.weight(kind, role);
        if weight > 0.0 {
            sum += weight * value;
            weights += weight;
            counted.extend(numbers);
        }
    }
    let step = match kind {
        ItemKind::Scores => rules.score_step,
        _ => 1.0,
    };
    let unrounded = (weights > 0.0).then(|| sum / weights);
    let combined = unrounded.map(|v| round_to(v, step, rules.rounding));
    let spread = spread(&counted);
    RatedItem {
        by_role,
        unrounded,
        combined,
        value: combined,
        spread,
        divergent: diverges(rules, item, spread, scale),
        scale,
    }
}

fn spread(values: &[f64]) -> f64 {
    let max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let min = values.iter().copied().fold(f64::INFINITY, f64::min);
    if values.is_empty() { 0.0 } else { max - min }
}

/// Whether counting raters `spread` apart on `item` diverge: met items whenever they disagree,
/// graded competencies by `divergent_levels`, points by `divergent_share` of the item's points.
pub fn diverges(rules: &RatingRules, item: &Item, spread: f64, scale: f64) -> bool {
    let threshold = match item {
        Item::Competency(_) if scale > 1.0 => rules.divergent_levels,
        Item::Competency(_) | Item::Behaviour(_) => 1.0,
        Item::Score { .. } => rules.divergent_share * scale,
    };
    spread > 0.0 && spread + EPSILON >= threshold
}

/// How one rater compares with the others on the same items: the mean of (their value − the
/// mean of the other counting raters' values), over every item where someone else counting
/// rated it too; competencies in levels, scores as a share of the item's points.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Leniency {
    pub rater: Option<Rater>,
    pub role: String,
    /// The people rated.
    pub people: usize,
    /// Graded competencies compared, and the mean difference in levels.
    pub levels: Option<(usize, f64)>,
    /// Scored items compared, and the mean difference as a share of the item's points.
    pub points: Option<(usize, f64)>,
}

/// Every counting rater's leniency over `records`, ordered by role then rater.
pub fn leniency(records: &[&Assessment], rules: &RatingRules) -> Vec<Leniency> {
    type Sums = (usize, f64);
    let mut by_rater: BTreeMap<(String, Rater), (usize, Sums, Sums)> = BTreeMap::new();
    for a in records {
        let rated = &a.rated;
        let mut seen: BTreeMap<(String, Rater), bool> = BTreeMap::new();
        for (item, info) in &rated.items {
            let kind = item.kind();
            let counting: Vec<(&crate::model::Rating, f64)> = rated
                .ratings
                .iter()
                .filter(|r| r.role != SELF && rules.counts(kind, &r.role))
                .filter_map(|r| r.values.get(item).map(|v| (r, *v)))
                .collect();
            for (i, (rating, value)) in counting.iter().enumerate() {
                let key = (rating.role.clone(), rating.rater.clone());
                seen.entry(key.clone()).or_insert(true);
                let others: Vec<f64> = counting
                    .iter()
                    .enumerate()
                    .filter(|(j, _)| *j != i)
                    .map(|(_, (_, v))| *v)
                    .collect();
                let Some(mean) = pool(Pooling::Mean, &others) else {
                    continue;
                };
                let entry = by_rater.entry(key).or_default();
                match item {
                    Item::Competency(_) if info.scale > 1.0 => {
                        entry.1.0 += 1;
                        entry.1.1 += value - mean;
                    }
                    Item::Score { .. } if info.scale > 0.0 => {
                        entry.2.0 += 1;
                        entry.2.1 += (value - mean) / info.scale;
                    }
                    _ => {}
                }
            }
        }
        for key in seen.into_keys() {
            by_rater.entry(key).or_default().0 += 1;
        }
    }
    by_rater
        .into_iter()
        .map(|((role, rater), (people, levels, points))| Leniency {
            rater: Some(rater),
            role,
            people,
            levels: (levels.0 > 0).then(|| (levels.0, levels.1 / levels.0 as f64)),
            points: (points.0 > 0).then(|| (points.0, points.1 / points.0 as f64)),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Whatever the weights, the pooling and the rounding, the combined value lies between
        /// the counting raters' lowest and highest (on the scale's steps), and a spread of 0
        /// never diverges.
        #[test]
        fn the_combined_value_lies_within_the_counting_raters(
            manager in 0u32..=5,
            judges in proptest::collection::vec(0u32..=5, 1..=6),
            weights in (0.0f64..3.0, 0.01f64..3.0),
            pooling in 0usize..3,
            rounding in 0usize..3,
        ) {
            let mut rules = RatingRules {
                panel: [Pooling::Mean, Pooling::Median, Pooling::TrimmedMean][pooling],
                rounding: [Rounding::Nearest, Rounding::Down, Rounding::Up][rounding],
                ..RatingRules::default()
            };
            rules.weights.insert(
                ItemKind::Competencies,
                [("manager".to_string(), weights.0), ("panel".to_string(), weights.1)].into(),
            );
            let boss = rater("M");
            let panel: Vec<Rater> = (0..judges.len()).map(|i| rater(&format!("J{i}"))).collect();
            let given: Given<'_> = [
                ("manager", vec![(&boss, f64::from(manager))]),
                ("panel", panel.iter().zip(&judges).map(|(r, v)| (r, f64::from(*v))).collect()),
            ]
            .into();
            let out = combine(&rules, &Item::Competency("c".into()), &given, 5.0);
            let counted: Vec<f64> = judges
                .iter()
                .map(|v| f64::from(*v))
                .chain((weights.0 > 0.0).then_some(f64::from(manager)))
                .collect();
            let low = counted.iter().copied().fold(f64::INFINITY, f64::min);
            let high = counted.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let value = out.combined.unwrap();
            prop_assert!(value >= low.floor() && value <= high.ceil(), "{value} outside {low}..{high}");
            prop_assert_eq!(value.fract(), 0.0);
            prop_assert_eq!(out.divergent, out.spread >= 2.0);
            if counted.iter().all(|v| *v == counted[0]) {
                prop_assert_eq!(value, counted[0]);
            }
        }
    }

    fn rater(id: &str) -> Rater {
        Rater {
            id: id.into(),
            name: id.into(),
        }
    }

    #[test]
    fn pooling_by_hand() {
        assert_eq!(pool(Pooling::Mean, &[2.0, 3.0, 3.0]), Some(8.0 / 3.0));
        assert_eq!(pool(Pooling::Median, &[4.0, 1.0, 3.0, 2.0]), Some(2.5));
        assert_eq!(pool(Pooling::Median, &[3.0, 1.0, 2.0]), Some(2.0));
        // Five judges: 6, 7, 8, 8, 10 → without 6 and 10: (7 + 8 + 8) / 3.
        assert_eq!(
            pool(Pooling::TrimmedMean, &[8.0, 10.0, 6.0, 7.0, 8.0]),
            Some(23.0 / 3.0)
        );
        // A missing judge: four values drop one each end too.
        assert_eq!(
            pool(Pooling::TrimmedMean, &[8.0, 10.0, 6.0, 7.0]),
            Some(7.5)
        );
        assert_eq!(pool(Pooling::TrimmedMean, &[2.0, 3.0]), Some(2.5));
        assert_eq!(pool(Pooling::Mean, &[]), None);
    }

    #[test]
    fn rounding_onto_the_scale() {
        assert_eq!(round_to(2.5, 1.0, Rounding::Nearest), 3.0);
        assert_eq!(round_to(2.49, 1.0, Rounding::Nearest), 2.0);
        assert_eq!(round_to(2.99, 1.0, Rounding::Down), 2.0);
        assert_eq!(round_to(2.01, 1.0, Rounding::Up), 3.0);
        assert_eq!(round_to(7.3, 0.5, Rounding::Nearest), 7.5);
        assert_eq!(round_to(7.2, 0.5, Rounding::Nearest), 7.0);
        assert_eq!(round_to(7.3, 0.1, Rounding::Down), 7.3);
        // 0.1 + 0.2 is 0.30000000000000004: still 0.3, down or up.
        assert_eq!(round_to(0.1 + 0.2, 0.1, Rounding::Up), 0.3);
        assert_eq!(round_to(3.0, 1.0, Rounding::Up), 3.0);
    }

    #[test]
    fn weights_pool_then_weigh_and_self_is_shown_not_counted() {
        let mut rules = RatingRules::default();
        rules.weights.insert(
            ItemKind::Competencies,
            [("manager".into(), 0.4), ("panel".into(), 0.6)].into(),
        );
        let (me, boss, j1, j2, j3) = (
            rater("E1"),
            rater("M1"),
            rater("J1"),
            rater("J2"),
            rater("J3"),
        );
        let item = Item::Competency("negotiation".into());
        let given: Given<'_> = [
            ("self", vec![(&me, 4.0)]),
            ("manager", vec![(&boss, 2.0)]),
            ("panel", vec![(&j1, 3.0), (&j2, 3.0), (&j3, 4.0)]),
        ]
        .into();
        let out = combine(&rules, &item, &given, 4.0);
        // Panel: trimmed mean of 3, 3, 4 is 3; 0.4 × 2 + 0.6 × 3 = 2.6 → 3.
        assert_eq!(out.by_role["panel"], 3.0);
        assert_eq!(out.by_role["self"], 4.0);
        assert_eq!(out.combined, Some(3.0));
        // Counting values 2 … 4: two levels apart, divergent; self's 4 is not counted.
        assert_eq!(out.spread, 2.0);
        assert!(out.divergent);
        let without_panel: Given<'_> =
            [("self", vec![(&me, 4.0)]), ("manager", vec![(&boss, 2.0)])].into();
        let out = combine(&rules, &item, &without_panel, 4.0);
        assert_eq!(out.combined, Some(2.0));
        assert!(!out.divergent);
        let only_self: Given<'_> = [("self", vec![(&me, 4.0)])].into();
        assert_eq!(combine(&rules, &item, &only_self, 4.0).combined, None);
    }

    #[test]
    fn points_diverge_by_share_and_met_by_disagreement() {
        let rules = RatingRules::default();
        let (a, b) = (rater("A"), rater("B"));
        let points = Item::Score {
            module: "m".into(),
            item: Some("i".into()),
        };
        let given: Given<'_> = [("manager", vec![(&a, 7.0)]), ("panel", vec![(&b, 4.0)])].into();
        // 3 of 10 points apart: 30 %, divergent; the mean 5.5 stays on the 0.5 step.
        let out = combine(&rules, &points, &given, 10.0);
        assert!(out.divergent);
        assert_eq!(out.combined, Some(5.5));
        assert!(!combine(&rules, &points, &given, 12.0).divergent);
        let met = Item::Behaviour("act".into());
        let given: Given<'_> = [("manager", vec![(&a, 1.0)]), ("panel", vec![(&b, 0.0)])].into();
        let out = combine(&rules, &met, &given, 1.0);
        assert!(out.divergent);
        // Half and half: met, halves round up.
        assert_eq!(out.combined, Some(1.0));
    }
}
