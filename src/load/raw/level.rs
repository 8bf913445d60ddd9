//! One level of a sequence: its conditions, requirements, scoring and contributions.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::S;
use crate::model::Education;

/// One level of a sequence, with its conditions and requirements.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawLevel {
    /// The level's id (`[a-z0-9][a-z0-9-]*`), unique within the sequence, e.g. `s1`.
    pub id: S<String>,
    /// The level's name, e.g. 一级.
    pub name: S<String>,
    /// The title held at this level, e.g. 助理客户经理.
    pub title: S<String>,
    /// The level's role positioning, in Markdown; optional and not inherited.
    #[serde(default)]
    pub positioning: Option<S<String>>,
    /// Basic conditions: a gate, not graded; inherited field by field from the level below.
    #[serde(default)]
    pub conditions: Option<RawConditions>,
    /// Required knowledge, one Markdown entry each; not inherited.
    #[serde(default)]
    pub knowledge: Vec<S<String>>,
    /// Responsibilities, one Markdown entry each; not inherited.
    #[serde(default)]
    pub responsibilities: Vec<S<String>>,
    /// Required competency levels, key or normal; inherited by competency id.
    #[serde(default)]
    pub competencies: Vec<S<RawRequirement>>,
    /// Required behaviour-standard activities, key or normal; inherited by activity id.
    #[serde(default)]
    pub behaviours: Vec<S<RawBehaviourRequirement>>,
    /// Points per scoring module and the pass mark; inherited by module id.
    #[serde(default)]
    pub scoring: Option<S<RawScoring>>,
    /// Contribution requirements; inherited, overridden by the same kinds.
    #[serde(default)]
    pub contributions: Vec<S<RawContributionRequirement>>,
}

/// A level's basic conditions (基本条件); each field given overrides the level below's.
#[derive(Debug, Clone, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawConditions {
    /// The lowest education: `high-school`, `associate`, `bachelor`, `master` or `doctorate`.
    #[serde(default)]
    pub education: Option<S<Education>>,
    /// Years of relevant work experience, at least.
    #[serde(default)]
    pub experience_years: Option<S<f64>>,
    /// Years in the current level, at least (现职要求); waived on re-certification.
    #[serde(default)]
    pub years_in_level: Option<S<f64>>,
    /// Training hours in the cycle, at least.
    #[serde(default)]
    pub training_hours: Option<S<f64>>,
    /// Certifications that must each be held.
    #[serde(default)]
    pub certifications: Option<Vec<S<String>>>,
    /// A rule over the latest performance ratings.
    #[serde(default)]
    pub performance: Option<S<RawPerformanceRule>>,
    /// Conditions judged true or false by the assessors; inherited by id.
    #[serde(default)]
    pub other: Vec<S<RawOtherCondition>>,
    /// Accepted majors or fields (专业).
    #[serde(default)]
    pub major: Option<S<Vec<S<String>>>>,
    /// The lowest professional title (职称) on the settings' scale.
    #[serde(default)]
    pub title: Option<S<String>>,
    /// Alternatives: one of them must hold entirely (本科 + 3 年, or 大专 + 5 年).
    #[serde(default)]
    pub any_of: Option<S<Vec<S<RawAlternative>>>>,
}

/// One way to qualify within `any_of`: every condition it gives must hold.
#[derive(Debug, Clone, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawAlternative {
    /// The lowest education: `high-school`, `associate`, `bachelor`, `master` or `doctorate`.
    #[serde(default)]
    pub education: Option<S<Education>>,
    /// Years of relevant work experience, at least.
    #[serde(default)]
    pub experience_years: Option<S<f64>>,
    /// Years in the current level, at least.
    #[serde(default)]
    pub years_in_level: Option<S<f64>>,
    /// Training hours in the cycle, at least.
    #[serde(default)]
    pub training_hours: Option<S<f64>>,
    /// Accepted majors or fields (专业).
    #[serde(default)]
    pub major: Option<S<Vec<S<String>>>>,
    /// The lowest professional title (职称) on the settings' scale.
    #[serde(default)]
    pub title: Option<S<String>>,
}

/// A performance-rating rule over the latest ratings.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPerformanceRule {
    /// How many of the latest ratings the rule looks at (all when fewer); at least 1.
    pub last: S<u32>,
    /// No this many consecutive ratings at or below `rating`; goes with `rating`.
    #[serde(default)]
    pub no_consecutive: Option<S<u32>>,
    /// The rating that, with those below it, counts towards `no_consecutive`.
    #[serde(default)]
    pub rating: Option<S<String>>,
    /// Every rating in the window must be at least this; optional.
    #[serde(default)]
    pub at_least: Option<S<String>>,
}

/// A condition judged by the assessors, met or not.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawOtherCondition {
    /// The condition's id (`[a-z0-9][a-z0-9-]*`); a record's `facts.other` uses it as a key.
    pub id: S<String>,
    /// The condition as shown, e.g. 近一年无重大客户投诉.
    pub text: S<String>,
}

/// A required competency level.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawRequirement {
    /// The id of the competency required.
    pub competency: S<String>,
    /// Left out for a one-line standard.
    #[serde(default)]
    pub level: Option<S<u32>>,
    /// Whether the requirement is key (关键); left out, it is normal (普通).
    #[serde(default)]
    pub key: Option<S<bool>>,
}

/// A required behaviour-standard activity.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawBehaviourRequirement {
    /// The id of an activity under the sequence's `behaviour_standards`.
    pub activity: S<String>,
    /// Whether the requirement is key (关键); left out, it is normal (普通).
    #[serde(default)]
    pub key: Option<S<bool>>,
}

/// A level's scoring: the points of each module and the pass mark.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawScoring {
    /// The total score required (合格分); inherited from the level below when left out.
    #[serde(default)]
    pub pass: Option<S<f64>>,
    /// The total; optional, and when given it must equal the sum of the module points.
    #[serde(default)]
    pub total: Option<S<f64>>,
    /// The points of each scoring module at this level.
    #[serde(default)]
    pub modules: Vec<S<RawModuleRequirement>>,
}

/// A scoring module's points at a level.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawModuleRequirement {
    /// The id of a module under the sequence's `scoring_modules`.
    pub module: S<String>,
    /// The points the module is worth at this level; 0 or more.
    pub points: S<f64>,
    /// Item id → points, for every item of the module, adding up to `points`.
    #[serde(default)]
    pub items: Option<BTreeMap<String, S<f64>>>,
}

/// A contribution requirement: how many contributions of a kind (or kinds) a level needs.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawContributionRequirement {
    /// The contribution kind id from rungs.yaml; or give `kinds` instead.
    #[serde(default)]
    pub kind: Option<S<String>>,
    /// At least `count` from any of these kinds.
    #[serde(default)]
    pub kinds: Option<S<Vec<S<String>>>>,
    /// How many contributions are needed, at least 1 (default 1).
    #[serde(default)]
    pub count: Option<S<u32>>,
    /// Contributions of the latest `within` cycles count (default 1: this cycle's).
    #[serde(default)]
    pub within: Option<S<u32>>,
}
