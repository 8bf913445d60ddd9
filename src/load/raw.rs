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
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGrading {
    pub b_max_normal_unmet: S<f64>,
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
    pub levels: S<Vec<S<RawCompetencyLevel>>>,
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
    pub levels: S<Vec<S<RawLevel>>>,
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
    pub level: S<u32>,
    #[serde(default)]
    pub key: bool,
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
    pub kind: S<String>,
    #[serde(default = "one")]
    pub count: u32,
}

fn one() -> u32 {
    1
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
    pub scores: BTreeMap<String, S<RawModuleScore>>,
    #[serde(default)]
    pub written_exam: Option<S<f64>>,
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
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAchievement {
    pub level: S<u32>,
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
