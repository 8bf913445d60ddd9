//! The content files exactly as written, deserialised with source positions (`S<T>`).
//!
//! These types mirror the YAML and reject unknown fields; they are not the model. `check`
//! turns them into the validated model in `crate::model`, resolving references and inheritance.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::model::Education;

/// A value with the line and column it was written at.
pub type S<T> = serde_saphyr::Spanned<T>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSettings {
    pub title: S<String>,
    pub organisation: S<String>,
    pub edition: S<String>,
    pub effective_date: S<String>,
    #[serde(default)]
    pub issued: Option<S<String>>,
    #[serde(default)]
    pub edition_notes: Option<S<String>>,
    pub status: S<crate::model::Status>,
    pub language: S<crate::model::Language>,
    #[serde(default)]
    pub base_url: Option<S<String>>,
    #[serde(default)]
    pub theme: Option<S<String>>,
    pub owner: S<String>,
    #[serde(default)]
    pub serial: Option<S<String>>,
    #[serde(default)]
    pub raw_html: bool,
    #[serde(default)]
    pub performance_ratings: Option<S<Vec<S<String>>>>,
    #[serde(default)]
    pub grading: Option<RawGrading>,
    #[serde(default)]
    pub editions: Option<RawEditions>,
    #[serde(default)]
    pub categories: Vec<RawCategory>,
    #[serde(default)]
    pub contribution_kinds: Vec<RawCategory>,
    /// Professional titles (职称), lowest first: `title:` conditions compare on this scale.
    #[serde(default)]
    pub professional_titles: Option<S<Vec<S<String>>>>,
    #[serde(default)]
    pub verdict: Option<RawVerdict>,
}

/// How the verdict is reached beyond conditions, points and grade.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawVerdict {
    /// Whether unmet contribution requirements fail the verdict (default: they do not).
    #[serde(default)]
    pub contributions_gate: bool,
    /// What a failed re-certification means: `demote` (降级) or `observe` (保留观察, default).
    #[serde(default)]
    pub failed_recertification: Option<S<crate::model::FailedRecertification>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGrading {
    #[serde(default)]
    pub b_max_normal_unmet: Option<S<f64>>,
    /// Which kinds of requirement the A/B/C grade counts (default: both).
    #[serde(default)]
    pub counts: Option<S<Vec<S<crate::model::GradedKind>>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEditions {
    pub tag_pattern: S<String>,
}

/// A competency category or a contribution kind: both are an id, a name and a description.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCategory {
    pub id: S<String>,
    pub name: S<String>,
    #[serde(default)]
    pub description: Option<S<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCompetency {
    pub id: S<String>,
    pub name: S<String>,
    pub category: S<String>,
    pub definition: S<String>,
    #[serde(default)]
    pub key_points: Vec<S<String>>,
    /// Graded levels 1..N; or, instead, a one-line `standard` met or not.
    #[serde(default)]
    pub levels: Option<S<Vec<S<RawCompetencyLevel>>>>,
    #[serde(default)]
    pub standard: Option<S<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCompetencyLevel {
    pub level: S<u32>,
    pub title: S<String>,
    pub behaviours: Vec<S<String>>,
    #[serde(default)]
    pub suggestions: Vec<RawSuggestion>,
}

/// A development suggestion: a text (learned on the job), or a text with its 70/20/10 kind.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum RawSuggestion {
    Text(S<String>),
    Typed(RawTypedSuggestion),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTypedSuggestion {
    pub kind: S<crate::model::LearningKind>,
    pub text: S<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSequence {
    pub id: S<String>,
    pub name: S<String>,
    #[serde(default)]
    pub order: Option<S<i64>>,
    #[serde(default)]
    pub description: Option<S<String>>,
    #[serde(default)]
    pub scoring_modules: Vec<S<RawModuleDefinition>>,
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
    pub levels: S<Vec<S<RawLevel>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBehaviourModule {
    pub id: S<String>,
    pub name: S<String>,
    #[serde(default)]
    pub description: Option<S<String>>,
    pub activities: Vec<S<RawActivity>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawActivity {
    pub id: S<String>,
    pub name: S<String>,
    /// Level id → what the activity looks like at that level.
    pub criteria: BTreeMap<String, S<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawReferenceItem {
    pub id: S<String>,
    pub name: S<String>,
    #[serde(default)]
    pub description: Option<S<String>>,
    #[serde(default)]
    pub source: Option<S<crate::model::ReferenceSource>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPosition {
    pub id: S<String>,
    pub name: S<String>,
    pub levels: S<RawLevelRange>,
    #[serde(default)]
    pub description: Option<S<String>>,
    #[serde(default)]
    pub responsibilities: Vec<S<String>>,
    #[serde(default)]
    pub kpis: Vec<S<String>>,
    #[serde(default)]
    pub competencies: Vec<S<RawRequirement>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLevelRange {
    pub from: S<String>,
    pub to: S<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawModuleDefinition {
    pub id: S<String>,
    pub name: S<String>,
    #[serde(default)]
    pub description: Option<S<String>>,
    #[serde(default)]
    pub exam: bool,
    /// Scored from the record's KPI results.
    #[serde(default)]
    pub kpi: bool,
    #[serde(default)]
    pub items: Vec<S<RawItemDefinition>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawItemDefinition {
    pub id: S<String>,
    pub name: S<String>,
    #[serde(default)]
    pub description: Option<S<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawKpi {
    pub id: S<String>,
    pub name: S<String>,
    pub formula: S<String>,
    #[serde(default)]
    pub description: Option<S<String>>,
    #[serde(default)]
    pub unit: Option<S<String>>,
    #[serde(default)]
    pub direction: Option<S<crate::model::Direction>>,
    #[serde(default)]
    pub target: Option<S<f64>>,
    #[serde(default)]
    pub weight: Option<S<f64>>,
    #[serde(default)]
    pub scoring: Option<S<RawKpiScoring>>,
}

/// How a KPI result becomes points: a deduction per step short of target, or a table.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawKpiScoring {
    #[serde(default)]
    pub deduct: Option<S<RawDeduct>>,
    #[serde(default)]
    pub table: Option<S<Vec<S<RawKpiBand>>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDeduct {
    pub step: S<f64>,
    pub points: S<f64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawKpiBand {
    pub from: S<f64>,
    pub points: S<f64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLevel {
    pub id: S<String>,
    pub name: S<String>,
    pub title: S<String>,
    #[serde(default)]
    pub positioning: Option<S<String>>,
    #[serde(default)]
    pub conditions: Option<RawConditions>,
    #[serde(default)]
    pub knowledge: Vec<S<String>>,
    #[serde(default)]
    pub responsibilities: Vec<S<String>>,
    #[serde(default)]
    pub competencies: Vec<S<RawRequirement>>,
    #[serde(default)]
    pub behaviours: Vec<S<RawBehaviourRequirement>>,
    #[serde(default)]
    pub scoring: Option<S<RawScoring>>,
    #[serde(default)]
    pub contributions: Vec<S<RawContributionRequirement>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawConditions {
    #[serde(default)]
    pub education: Option<S<Education>>,
    #[serde(default)]
    pub experience_years: Option<S<f64>>,
    #[serde(default)]
    pub years_in_level: Option<S<f64>>,
    #[serde(default)]
    pub training_hours: Option<S<f64>>,
    #[serde(default)]
    pub certifications: Option<Vec<S<String>>>,
    #[serde(default)]
    pub performance: Option<S<RawPerformanceRule>>,
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

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAlternative {
    #[serde(default)]
    pub education: Option<S<Education>>,
    #[serde(default)]
    pub experience_years: Option<S<f64>>,
    #[serde(default)]
    pub years_in_level: Option<S<f64>>,
    #[serde(default)]
    pub training_hours: Option<S<f64>>,
    #[serde(default)]
    pub major: Option<S<Vec<S<String>>>>,
    #[serde(default)]
    pub title: Option<S<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPerformanceRule {
    pub last: S<u32>,
    #[serde(default)]
    pub no_consecutive: Option<S<u32>>,
    #[serde(default)]
    pub rating: Option<S<String>>,
    #[serde(default)]
    pub at_least: Option<S<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOtherCondition {
    pub id: S<String>,
    pub text: S<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRequirement {
    pub competency: S<String>,
    /// Left out for a one-line standard.
    #[serde(default)]
    pub level: Option<S<u32>>,
    #[serde(default)]
    pub key: Option<S<bool>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBehaviourRequirement {
    pub activity: S<String>,
    #[serde(default)]
    pub key: Option<S<bool>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawScoring {
    #[serde(default)]
    pub pass: Option<S<f64>>,
    #[serde(default)]
    pub total: Option<S<f64>>,
    #[serde(default)]
    pub modules: Vec<S<RawModuleRequirement>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawModuleRequirement {
    pub module: S<String>,
    pub points: S<f64>,
    #[serde(default)]
    pub items: Option<BTreeMap<String, S<f64>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawContributionRequirement {
    #[serde(default)]
    pub kind: Option<S<String>>,
    /// At least `count` from any of these kinds.
    #[serde(default)]
    pub kinds: Option<S<Vec<S<String>>>>,
    #[serde(default)]
    pub count: Option<S<u32>>,
    /// Contributions of the latest `within` cycles count (default 1: this cycle's).
    #[serde(default)]
    pub within: Option<S<u32>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFrontMatter {
    pub title: S<String>,
    #[serde(default)]
    pub order: Option<i64>,
    /// Placed after the sequences and the dictionary in the handbook PDF.
    #[serde(default)]
    pub appendix: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAssessment {
    pub employee_id: S<String>,
    pub name: S<String>,
    pub department: S<String>,
    #[serde(default)]
    pub manager: Option<RawManager>,
    pub sequence: S<String>,
    #[serde(default)]
    pub position: Option<S<String>>,
    pub cycle: S<String>,
    #[serde(default)]
    pub current_level: Option<S<String>>,
    #[serde(default)]
    pub applied_level: Option<S<String>>,
    pub date: S<String>,
    #[serde(default)]
    pub assessors: Vec<S<String>>,
    #[serde(default)]
    pub edition: Option<S<String>>,
    #[serde(default)]
    pub facts: RawFacts,
    #[serde(default)]
    pub competencies: BTreeMap<String, S<RawAchievement>>,
    #[serde(default)]
    pub behaviours: BTreeMap<String, S<RawBehaviourResult>>,
    #[serde(default)]
    pub scores: BTreeMap<String, S<RawModuleScore>>,
    #[serde(default)]
    pub written_exam: Option<S<f64>>,
    /// KPI id → this cycle's result.
    #[serde(default)]
    pub kpis: BTreeMap<String, S<f64>>,
    /// Reference item id → what the record says.
    #[serde(default)]
    pub reference: BTreeMap<String, S<String>>,
    #[serde(default)]
    pub contributions: Vec<S<RawContribution>>,
    #[serde(default)]
    pub comments: Option<S<String>>,
    #[serde(default)]
    pub plan: Vec<S<RawPlanItem>>,
}

/// One item of an individual development plan.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPlanItem {
    #[serde(default)]
    pub competency: Option<S<String>>,
    pub goal: S<String>,
    #[serde(default)]
    pub actions: Vec<S<RawTypedSuggestion>>,
    #[serde(default)]
    pub owner: Option<S<String>>,
    #[serde(default)]
    pub due: Option<S<String>>,
    #[serde(default)]
    pub status: Option<S<crate::model::PlanStatus>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawManager {
    pub id: S<String>,
    pub name: S<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFacts {
    #[serde(default)]
    pub education: Option<S<Education>>,
    #[serde(default)]
    pub experience_years: Option<S<f64>>,
    #[serde(default)]
    pub years_in_level: Option<S<f64>>,
    #[serde(default)]
    pub training_hours: Option<S<f64>>,
    #[serde(default)]
    pub certifications: Vec<S<String>>,
    #[serde(default)]
    pub performance: Vec<S<String>>,
    #[serde(default)]
    pub other: BTreeMap<String, S<bool>>,
    #[serde(default)]
    pub major: Option<S<String>>,
    #[serde(default)]
    pub title: Option<S<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBehaviourResult {
    pub met: S<bool>,
    #[serde(default)]
    pub evidence: Option<S<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAchievement {
    /// The graded level achieved; for a one-line standard, `met` instead.
    #[serde(default)]
    pub level: Option<S<u32>>,
    #[serde(default)]
    pub met: Option<S<bool>>,
    #[serde(default)]
    pub evidence: Option<S<String>>,
}

/// A module's score: item scores, or one number for a module without items.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum RawModuleScore {
    Whole(f64),
    Items(BTreeMap<String, f64>),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawContribution {
    pub kind: S<String>,
    pub title: S<String>,
}
