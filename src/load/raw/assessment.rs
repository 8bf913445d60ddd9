//! `assessments/<cycle>/<employee-id>.yaml`: one employee's assessment for one cycle.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::{RawTypedSuggestion, S};
use crate::model::Education;

/// `assessments/<cycle>/<employee-id>.yaml`: one employee's assessment for one cycle.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawAssessment {
    /// The employee's id (`[A-Za-z0-9][A-Za-z0-9_-]*`, at most 64); must match the file name.
    pub employee_id: S<String>,
    /// The employee's display name; may be left out when the cycle's roster holds the
    /// employee.
    #[serde(default)]
    pub name: Option<S<String>>,
    /// The employee's department; may be left out when the cycle's roster gives it.
    #[serde(default)]
    pub department: Option<S<String>>,
    /// The employee's manager; optional (the roster's, when it gives one).
    #[serde(default)]
    pub manager: Option<RawManager>,
    /// The id of the sequence assessed in; may be left out when the cycle's roster gives it.
    #[serde(default)]
    pub sequence: Option<S<String>>,
    /// The id of the position held; its KPIs and requirements apply. Optional.
    #[serde(default)]
    pub position: Option<S<String>>,
    /// The cycle, e.g. 2024H1 (`[A-Za-z0-9][A-Za-z0-9_-]*`); must match the folder name.
    pub cycle: S<String>,
    /// The id of the level held; left out for a first certification (or when the cycle's
    /// roster gives it).
    #[serde(default)]
    pub current_level: Option<S<String>>,
    /// The id of the level assessed for (default `current_level`: a re-certification).
    #[serde(default)]
    pub applied_level: Option<S<String>>,
    /// The assessment date, `YYYY-MM-DD`; also the report PDF's date.
    pub date: S<String>,
    /// The assessors' names.
    #[serde(default)]
    pub assessors: Vec<S<String>>,
    /// The edition assessed against, e.g. 第01版; optional.
    #[serde(default)]
    pub edition: Option<S<String>>,
    /// Evidence for the basic conditions; what is left out is the cycle's roster's.
    #[serde(default)]
    pub facts: RawFacts,
    /// Competency id → the level achieved (or met, for a one-line standard) and evidence.
    #[serde(default)]
    pub competencies: BTreeMap<String, S<RawAchievement>>,
    /// Activity id → whether the behaviour-standard activity is met, with evidence.
    #[serde(default)]
    pub behaviours: BTreeMap<String, S<RawBehaviourResult>>,
    /// Module id → item scores, or one number for a module without items.
    #[serde(default)]
    pub scores: BTreeMap<String, S<RawModuleScore>>,
    /// The written exam score, which feeds the level's exam module.
    #[serde(default)]
    pub written_exam: Option<S<f64>>,
    /// KPI id → this cycle's result.
    #[serde(default)]
    pub kpis: BTreeMap<String, S<f64>>,
    /// Reference item id → what the record says.
    #[serde(default)]
    pub reference: BTreeMap<String, S<String>>,
    /// Contributions made this cycle.
    #[serde(default)]
    pub contributions: Vec<S<RawContribution>>,
    /// The assessors' comments, in Markdown; optional.
    #[serde(default)]
    pub comments: Option<S<String>>,
    /// The individual development plan (IDP) agreed; without it the report proposes one.
    #[serde(default)]
    pub plan: Vec<S<RawPlanItem>>,
    /// Ratings by rater (self, manager, panel judges, peers): the record's competencies,
    /// behaviours and scores are then combined from them by the standard's `ratings` rules.
    #[serde(default)]
    pub ratings: Vec<S<RawRating>>,
    /// Calibration decisions, applied in order on top of the combined values.
    #[serde(default)]
    pub calibration: Vec<S<RawDecision>>,
    /// The employee's appeal (申诉) against this cycle's result, and its outcome.
    #[serde(default)]
    pub appeal: Option<S<RawAppeal>>,
    /// A certification suspended or revoked, with why.
    #[serde(default)]
    pub certification: Option<S<RawCertificationAction>>,
}

/// An appeal against the result, reviewed by people who took no part in it.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawAppeal {
    /// The day it was submitted, `YYYY-MM-DD`: by the cycle's appeal deadline.
    pub submitted_on: S<String>,
    /// What the employee contests, and why.
    pub grounds: S<String>,
    /// Who reviews it: names or ids of people who neither rated nor calibrated this record.
    pub reviewers: Vec<S<String>>,
    /// The day it was decided, `YYYY-MM-DD`; left out while it is pending.
    #[serde(default)]
    pub decided_on: Option<S<String>>,
    /// `upheld`, `partly-upheld` or `rejected`; left out while it is pending.
    #[serde(default)]
    pub decision: Option<S<crate::model::AppealDecision>>,
    /// Why it was decided so (a rejection above all); shown in the report.
    #[serde(default)]
    pub reason: Option<S<String>>,
    /// What an upheld appeal changes, each item as a calibration decision names it.
    #[serde(default)]
    pub changes: Vec<S<RawChange>>,
}

/// One item an appeal changes.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawChange {
    /// `competencies.ID`, `behaviours.ID`, `scores.MODULE.ITEM` or `scores.MODULE`.
    pub item: S<String>,
    /// The value before the appeal.
    pub from: S<RawRatingValue>,
    /// The value after it.
    pub to: S<RawRatingValue>,
    /// Why.
    pub reason: S<String>,
}

/// A certification suspended or revoked.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCertificationAction {
    /// `suspend` or `revoke`.
    pub action: S<crate::model::CertificationAction>,
    /// From when, `YYYY-MM-DD`.
    pub on: S<String>,
    /// Why.
    pub reason: S<String>,
}

/// One rater's rating of the record.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawRating {
    /// The rater's id: the employee's own for `self`, the record's manager's for `manager`.
    pub rater: S<String>,
    /// The rater's name; optional when the cycle's roster or the record names them.
    #[serde(default)]
    pub name: Option<S<String>>,
    /// `self`, `manager`, `panel`, `peer`, or a role the settings' `ratings.roles` declare.
    pub role: S<String>,
    /// When the rating was given, `YYYY-MM-DD`; optional.
    #[serde(default)]
    pub date: Option<S<String>>,
    /// Competency id → the level given (a whole number), or `true` / `false` for a one-line
    /// standard.
    #[serde(default)]
    pub competencies: BTreeMap<String, S<RawRatingValue>>,
    /// Activity id → met or not.
    #[serde(default)]
    pub behaviours: BTreeMap<String, S<bool>>,
    /// Module id → item scores, or one number for a module without items.
    #[serde(default)]
    pub scores: BTreeMap<String, S<RawModuleScore>>,
}

/// A rated value: met or not, or a number (a level, points).
#[derive(Debug, Clone, Copy, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(untagged)]
pub enum RawRatingValue {
    Met(bool),
    Number(f64),
}

impl RawRatingValue {
    pub fn number(self) -> f64 {
        match self {
            RawRatingValue::Met(met) => f64::from(u8::from(met)),
            RawRatingValue::Number(x) => x,
        }
    }
}

/// A calibration meeting's decision on one item of the record.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawDecision {
    /// `competencies.ID`, `behaviours.ID`, `scores.MODULE.ITEM`, or `scores.MODULE` for a module
    /// without items.
    pub item: S<String>,
    /// The value before: the combined one (or the previous decision's), as a check that the
    /// decision was made on what the record now says.
    pub from: S<RawRatingValue>,
    /// The value decided.
    pub to: S<RawRatingValue>,
    /// Who decided: the calibration committee, or a name.
    pub by: S<String>,
    /// When, `YYYY-MM-DD`.
    pub on: S<String>,
    /// Why; required.
    pub reason: S<String>,
}

// Once a record is filled from its cycle's roster (`check::people`), or refused for lacking
// these, its name, department and sequence are always there.
impl RawAssessment {
    pub fn name(&self) -> &S<String> {
        self.name
            .as_ref()
            .expect("filled from the roster or refused")
    }

    pub fn department(&self) -> &S<String> {
        self.department
            .as_ref()
            .expect("filled from the roster or refused")
    }

    pub fn sequence(&self) -> &S<String> {
        self.sequence
            .as_ref()
            .expect("filled from the roster or refused")
    }
}

/// One item of an individual development plan.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPlanItem {
    /// The id of the competency gap it closes; optional.
    #[serde(default)]
    pub competency: Option<S<String>>,
    /// What the employee aims to be able to do.
    pub goal: S<String>,
    /// The 70/20/10 actions, each `{ kind, text }` as suggestions are typed.
    #[serde(default)]
    pub actions: Vec<S<RawTypedSuggestion>>,
    /// Who follows it up; optional.
    #[serde(default)]
    pub owner: Option<S<String>>,
    /// The due date, `YYYY-MM-DD`; optional.
    #[serde(default)]
    pub due: Option<S<String>>,
    /// `planned`, `in-progress`, `done` or `dropped`; optional.
    #[serde(default)]
    pub status: Option<S<crate::model::PlanStatus>>,
}

/// An employee's manager.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawManager {
    /// The manager's id, e.g. M01, or the employee id of a manager who is also assessed.
    pub id: S<String>,
    /// The manager's display name; may be left out when `id` is an employee's, whose name is
    /// then used.
    #[serde(default)]
    pub name: Option<S<String>>,
    /// Where the manager's bundle of reports is sent; optional.
    #[serde(default)]
    pub email: Option<S<String>>,
}

/// The facts held, read against the level's basic conditions; a missing one counts as unmet.
#[derive(Debug, Clone, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawFacts {
    /// The education held: `high-school`, `associate`, `bachelor`, `master` or `doctorate`.
    #[serde(default)]
    pub education: Option<S<Education>>,
    /// Years of relevant work experience.
    #[serde(default)]
    pub experience_years: Option<S<f64>>,
    /// Years in the current level.
    #[serde(default)]
    pub years_in_level: Option<S<f64>>,
    /// Training hours in the cycle.
    #[serde(default)]
    pub training_hours: Option<S<f64>>,
    /// The certifications held.
    #[serde(default)]
    pub certifications: Option<Vec<S<String>>>,
    /// Performance ratings, oldest first, on the settings' `performance_ratings`.
    #[serde(default)]
    pub performance: Option<Vec<S<String>>>,
    /// Condition id → whether the assessors judge that `other` condition met.
    #[serde(default)]
    pub other: BTreeMap<String, S<bool>>,
    /// The employee's major or field (专业).
    #[serde(default)]
    pub major: Option<S<String>>,
    /// The professional title (职称) held, on the settings' `professional_titles`.
    #[serde(default)]
    pub title: Option<S<String>>,
}

/// The assessment of one behaviour-standard activity.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawBehaviourResult {
    /// Whether the activity meets its criterion.
    pub met: S<bool>,
    /// What was observed; optional.
    #[serde(default)]
    pub evidence: Option<S<String>>,
}

/// The assessment of one competency: a level achieved, or met for a one-line standard.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawAchievement {
    /// The graded level achieved; for a one-line standard, `met` instead.
    #[serde(default)]
    pub level: Option<S<u32>>,
    /// Whether a one-line standard is met; graded competencies take `level` instead.
    #[serde(default)]
    pub met: Option<S<bool>>,
    /// What was observed; optional.
    #[serde(default)]
    pub evidence: Option<S<String>>,
}

/// A module's score: item scores, or one number for a module without items.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(untagged)]
pub enum RawModuleScore {
    /// One score, 0 up to the module's points, for a module without items.
    Whole(f64),
    /// Item id → score, each 0 up to the item's points.
    Items(BTreeMap<String, f64>),
}

/// A contribution the employee made in the cycle.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawContribution {
    /// The contribution kind id from rungs.yaml.
    pub kind: S<String>,
    /// What it was; the same kind and title count once across cycles.
    pub title: S<String>,
}
