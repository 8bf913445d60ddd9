//! `sequences/<id>.yaml`, all but its levels: behaviour standards, reference items,
//! positions, scoring modules and KPIs.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::{RawLevel, RawRequirement, S};

/// `sequences/<id>.yaml`: a sequence (序列) with its scoring modules, KPIs and ordered levels.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSequence {
    /// The sequence's id (`[a-z0-9][a-z0-9-]*`); should match the file name.
    pub id: S<String>,
    /// The display name, e.g. 销售序列.
    pub name: S<String>,
    /// Position among sequences, lowest first, then by id; without it, after those with one.
    #[serde(default)]
    pub order: Option<S<i64>>,
    /// What the sequence covers, in Markdown; optional.
    #[serde(default)]
    pub description: Option<S<String>>,
    /// The scoring modules (and their items) that levels give points to.
    #[serde(default)]
    pub scoring_modules: Vec<S<RawModuleDefinition>>,
    /// The sequence's KPIs, each with its formula and optional scoring rule.
    #[serde(default)]
    pub kpis: Vec<S<RawKpi>>,
    /// 行为标准: modules of activities with per-level criteria.
    #[serde(default)]
    pub behaviour_standards: Vec<S<RawBehaviourModule>>,
    /// 参考项: shown with the record's value, never gating.
    #[serde(default)]
    pub reference_items: Vec<S<RawReferenceItem>>,
    /// 岗位: positions over a range of levels, with KPIs and extra requirements.
    #[serde(default)]
    pub positions: Vec<S<RawPosition>>,
    /// The sequence's levels, lowest first; each inherits the requirements of the one below.
    pub levels: S<Vec<S<RawLevel>>>,
}

/// A behaviour-standard module (行为标准): a group of activities.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawBehaviourModule {
    /// The module's id (`[a-z0-9][a-z0-9-]*`), unique within the sequence.
    pub id: S<String>,
    /// The display name, e.g. 市场调研.
    pub name: S<String>,
    /// What the module covers, in Markdown; optional.
    #[serde(default)]
    pub description: Option<S<String>>,
    /// The module's activities, each with a criterion per level.
    pub activities: Vec<S<RawActivity>>,
}

/// A behaviour-standard activity and what it looks like at each level.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawActivity {
    /// The activity's id (`[a-z0-9][a-z0-9-]*`), which levels and records refer to.
    pub id: S<String>,
    /// The display name, e.g. 集体户调研.
    pub name: S<String>,
    /// Level id → what the activity looks like at that level.
    pub criteria: BTreeMap<String, S<String>>,
}

/// A reference item (参考项): a value shown beside the verdict, never gating it.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawReferenceItem {
    /// The item's id (`[a-z0-9][a-z0-9-]*`); a record's `reference:` uses it as a key.
    pub id: S<String>,
    /// The display name, e.g. 品德.
    pub name: S<String>,
    /// What the item records, in Markdown; optional.
    #[serde(default)]
    pub description: Option<S<String>>,
    /// Where the value comes from: `record` (default), `performance` or `kpi`.
    #[serde(default)]
    pub source: Option<S<crate::model::ReferenceSource>>,
}

/// A position (岗位) open over a range of levels, with its KPIs and extra requirements.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPosition {
    /// The position's id (`[a-z0-9][a-z0-9-]*`); a record's `position` names it.
    pub id: S<String>,
    /// The display name, e.g. 销售经理.
    pub name: S<String>,
    /// The lowest and highest level the position is open at.
    pub levels: S<RawLevelRange>,
    /// What the position does, in Markdown; optional.
    #[serde(default)]
    pub description: Option<S<String>>,
    /// The position's responsibilities, one Markdown entry each; optional.
    #[serde(default)]
    pub responsibilities: Vec<S<String>>,
    /// Ids of the sequence's KPIs a record for this position is measured on.
    #[serde(default)]
    pub kpis: Vec<S<String>>,
    /// Competency requirements added or raised on top of the level's (never lowered).
    #[serde(default)]
    pub competencies: Vec<S<RawRequirement>>,
}

/// A range of the sequence's levels, lowest first.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawLevelRange {
    /// The id of the lowest level in the range.
    pub from: S<String>,
    /// The id of the highest level in the range (may equal `from`).
    pub to: S<String>,
}

/// A scoring module of the sequence: scored per item, as a whole, by the exam or from KPIs.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawModuleDefinition {
    /// The module's id (`[a-z0-9][a-z0-9-]*`), unique within the sequence.
    pub id: S<String>,
    /// The display name, e.g. 基本素质.
    pub name: S<String>,
    /// What the module assesses, in Markdown; optional.
    #[serde(default)]
    pub description: Option<S<String>>,
    /// Scored by the record's `written_exam`; has no items; one per sequence (default `false`).
    #[serde(default)]
    pub exam: bool,
    /// Scored from the record's KPI results.
    #[serde(default)]
    pub kpi: bool,
    /// The module's items; a module without items is scored as one number.
    #[serde(default)]
    pub items: Vec<S<RawItemDefinition>>,
}

/// A scoring item within a module.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawItemDefinition {
    /// The item's id (`[a-z0-9][a-z0-9-]*`), unique within the sequence.
    pub id: S<String>,
    /// The display name, e.g. 敬业精神.
    pub name: S<String>,
    /// What the item assesses, in Markdown; optional.
    #[serde(default)]
    pub description: Option<S<String>>,
}

/// A KPI of the sequence: how it is computed and, optionally, how it is scored.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawKpi {
    /// The KPI's id (`[a-z0-9][a-z0-9-]*`); positions and records refer to it.
    pub id: S<String>,
    /// The display name, e.g. 销售任务完成率.
    pub name: S<String>,
    /// How the result is computed, as text, e.g. 实际回款额 ÷ 应回款额 × 100%.
    pub formula: S<String>,
    /// What the KPI measures, in Markdown; optional.
    #[serde(default)]
    pub description: Option<S<String>>,
    /// The unit printed after target and result, e.g. `"%"`; optional.
    #[serde(default)]
    pub unit: Option<S<String>>,
    /// Which results are better: `higher` (default) or `lower`.
    #[serde(default)]
    pub direction: Option<S<crate::model::Direction>>,
    /// The result aimed at; required when the KPI is scored.
    #[serde(default)]
    pub target: Option<S<f64>>,
    /// The points the KPI earns at target in the KPI score; required when scored.
    #[serde(default)]
    pub weight: Option<S<f64>>,
    /// How a result becomes points; without it the KPI is shown, not scored.
    #[serde(default)]
    pub scoring: Option<S<RawKpiScoring>>,
}

/// How a KPI result becomes points: a deduction per step short of target, or a table.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawKpiScoring {
    /// Points off the weight for each whole step short of target (excludes `table`).
    #[serde(default)]
    pub deduct: Option<S<RawDeduct>>,
    /// Bands, best first: a result at `from` or better earns `points`; below all, 0.
    #[serde(default)]
    pub table: Option<S<Vec<S<RawKpiBand>>>>,
}

/// A deduction rule: `points` off for each whole `step` short of target, never below 0.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawDeduct {
    /// The size of one step, in the KPI's unit; above 0.
    pub step: S<f64>,
    /// The points taken off per whole step short; 0 or more.
    pub points: S<f64>,
}

/// One band of a KPI scoring table.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawKpiBand {
    /// The result this band starts at; a result at it or better earns the band's points.
    pub from: S<f64>,
    /// The points the band earns, 0 up to the KPI's weight.
    pub points: S<f64>,
}
