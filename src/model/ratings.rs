//! Ratings by rater and calibration decisions: who rated what in a record, in which role, how
//! the standard combines their values (`RatingRules`), and what a calibration meeting changed.
//! The consolidated values themselves live in the record's `competencies`, `behaviours` and
//! `scores`, so everything downstream reads one number per item; this is where it came from.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::{Date, Standard};

/// The roles every standard knows; `ratings.roles` in the settings may declare more.
pub const BUILT_IN_ROLES: [&str; 4] = [SELF, MANAGER, PANEL, PEER];
pub const SELF: &str = "self";
pub const MANAGER: &str = "manager";
pub const PANEL: &str = "panel";
pub const PEER: &str = "peer";

/// What a rating can rate: a competency, a behaviour-standard activity, or a module's score
/// (one item of it, or the whole module when it has no items).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Item {
    Competency(String),
    Behaviour(String),
    Score {
        module: String,
        item: Option<String>,
    },
}

/// The kinds of item, each with its own weights.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum ItemKind {
    Competencies,
    Behaviours,
    Scores,
}

impl Item {
    pub fn kind(&self) -> ItemKind {
        match self {
            Item::Competency(_) => ItemKind::Competencies,
            Item::Behaviour(_) => ItemKind::Behaviours,
            Item::Score { .. } => ItemKind::Scores,
        }
    }

    /// `competencies.ID`, `behaviours.ID`, `scores.MODULE.ITEM` or `scores.MODULE`, as a
    /// calibration decision names it.
    pub fn parse(text: &str) -> Option<Item> {
        let ok = |s: &str| !s.is_empty() && !s.contains('.');
        let (kind, rest) = text.trim().split_once('.')?;
        match kind {
            "competencies" if ok(rest) => Some(Item::Competency(rest.to_string())),
            "behaviours" if ok(rest) => Some(Item::Behaviour(rest.to_string())),
            "scores" => match rest.split_once('.') {
                Some((module, item)) if ok(module) && ok(item) => Some(Item::Score {
                    module: module.to_string(),
                    item: Some(item.to_string()),
                }),
                None if ok(rest) => Some(Item::Score {
                    module: rest.to_string(),
                    item: None,
                }),
                _ => None,
            },
            _ => None,
        }
    }
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Item::Competency(id) => write!(f, "competencies.{id}"),
            Item::Behaviour(id) => write!(f, "behaviours.{id}"),
            Item::Score { module, item: None } => write!(f, "scores.{module}"),
            Item::Score {
                module,
                item: Some(item),
            } => write!(f, "scores.{module}.{item}"),
        }
    }
}

/// How the values of several raters of one role make the role's value.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Pooling {
    /// The arithmetic mean.
    Mean,
    /// The middle value (the mean of the two middle values of an even count).
    Median,
    /// With three values or more, the mean without one highest and one lowest; else the mean.
    #[default]
    TrimmedMean,
}

/// Which way a combined value goes onto the scale's steps.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Rounding {
    /// To the nearest step, halves up.
    #[default]
    Nearest,
    /// Down to the step below (never credits what the raters did not give).
    Down,
    /// Up to the step above.
    Up,
}

/// The standard's rules for combining ratings (`ratings:` in rungs.yaml).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RatingRules {
    /// Every role a rating may name: the built-in ones, then those the settings declare.
    pub roles: Vec<String>,
    /// Per kind of item, each counting role's weight; a role not listed counts 0.
    pub weights: BTreeMap<ItemKind, BTreeMap<String, f64>>,
    /// How a panel's judges combine; every other role's raters combine by their mean.
    pub panel: Pooling,
    /// The fewest panel judges an item the panel rates needs.
    pub min_panel: usize,
    pub rounding: Rounding,
    /// The step points are rounded to (levels and met go to whole numbers).
    pub score_step: f64,
    /// Counting raters this many levels apart (or more) on a competency diverge.
    pub divergent_levels: f64,
    /// Counting raters this share of an item's points apart (or more) diverge.
    pub divergent_share: f64,
    /// A total within this many points of the pass mark is near it, for calibration.
    pub margin: f64,
    /// Reports name the panel's judges; else they number them.
    pub name_judges: bool,
}

impl Default for RatingRules {
    fn default() -> Self {
        let counting: BTreeMap<String, f64> = [MANAGER, PANEL, PEER]
            .into_iter()
            .map(|r| (r.to_string(), 1.0))
            .collect();
        RatingRules {
            roles: BUILT_IN_ROLES.iter().map(|r| r.to_string()).collect(),
            weights: [
                ItemKind::Competencies,
                ItemKind::Behaviours,
                ItemKind::Scores,
            ]
            .into_iter()
            .map(|k| (k, counting.clone()))
            .collect(),
            panel: Pooling::TrimmedMean,
            min_panel: 3,
            rounding: Rounding::Nearest,
            score_step: 0.5,
            divergent_levels: 2.0,
            divergent_share: 0.3,
            margin: 3.0,
            name_judges: true,
        }
    }
}

impl RatingRules {
    /// The weight `role` carries for items of `kind` (0: shown, not counted).
    pub fn weight(&self, kind: ItemKind, role: &str) -> f64 {
        self.weights
            .get(&kind)
            .and_then(|w| w.get(role))
            .copied()
            .unwrap_or(0.0)
    }

    pub fn counts(&self, kind: ItemKind, role: &str) -> bool {
        self.weight(kind, role) > 0.0
    }
}

/// Who gave a rating.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Rater {
    pub id: String,
    pub name: String,
}

/// One rater's rating of one record: met is 1, not met 0.
#[derive(Debug, Clone, Serialize)]
pub struct Rating {
    pub rater: Rater,
    pub role: String,
    pub values: BTreeMap<Item, f64>,
}

/// Where one item's consolidated value came from.
#[derive(Debug, Clone, Serialize)]
pub struct RatedItem {
    /// Per role that rated it, the role's value before rounding (self included, counted or
    /// not).
    pub by_role: BTreeMap<String, f64>,
    /// The weighted value before rounding onto the scale.
    pub unrounded: Option<f64>,
    /// The combined value on the scale, before calibration; none when no counting role rated
    /// it.
    pub combined: Option<f64>,
    /// After the calibration decisions, in order.
    pub value: Option<f64>,
    /// The spread of the counting raters' values (highest − lowest).
    pub spread: f64,
    /// Whether that spread reaches the standard's divergence threshold.
    pub divergent: bool,
    /// The item's full scale: a competency's top level, 1 for met, an item's points.
    pub scale: f64,
}

/// A calibration meeting's decision on one item of one record.
#[derive(Debug, Clone, Serialize)]
pub struct Decision {
    pub item: Item,
    pub from: f64,
    pub to: f64,
    /// Who decided (the committee, or a name).
    pub by: String,
    pub on: Date,
    pub reason: String,
}

/// A record's ratings, what each item was combined from, and its calibration; empty for a
/// record that gives final values only.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Rated {
    pub ratings: Vec<Rating>,
    pub items: BTreeMap<Item, RatedItem>,
    pub calibration: Vec<Decision>,
}

impl Rated {
    pub fn is_empty(&self) -> bool {
        self.ratings.is_empty() && self.calibration.is_empty()
    }

    /// The decisions on `item`, in order.
    pub fn decisions<'a>(&'a self, item: &'a Item) -> impl Iterator<Item = &'a Decision> + 'a {
        self.calibration.iter().filter(move |d| &d.item == item)
    }

    /// The raters of `role`, in the record's order.
    pub fn raters(&self, role: &str) -> impl Iterator<Item = &Rater> {
        self.ratings
            .iter()
            .filter(move |r| r.role == role)
            .map(|r| &r.rater)
    }
}

impl Standard {
    /// Whether `item` reads met or not met (1 or 0) rather than as a number: an activity, or a
    /// one-line standard (一句话标准).
    pub fn reads_met(&self, item: &Item) -> bool {
        match item {
            Item::Competency(id) => self.competency(id).is_some_and(|c| c.is_one_line()),
            Item::Behaviour(_) => true,
            Item::Score { .. } => false,
        }
    }
}
