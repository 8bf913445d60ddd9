//! What a cycle folder holds besides its records: `cycle.yaml` (the cycle's own settings) and
//! `applications.yaml` (who applies for which level). The roster and applications may also be
//! spreadsheets; those are read as sheets (`Loaded::rosters`, `RawApplications::Sheets`).

use serde::Deserialize;

use super::S;
use crate::spreadsheet::Sheet;

/// `assessments/<cycle>/cycle.yaml`: the cycle's own settings.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCycle {
    /// The day eligibility is screened on (资格审查基准日), `YYYY-MM-DD`: years of experience
    /// and in the level are counted up to it.
    #[serde(default)]
    pub screening_date: Option<S<String>>,
    /// Where the cycle stands: `open`, `under-review`, `announced` or `closed`.
    #[serde(default)]
    pub status: Option<S<crate::model::CycleStatus>>,
    /// Who decides and announces the results (the committee's name).
    #[serde(default)]
    pub committee: Option<S<String>>,
    /// The application window (申报).
    #[serde(default)]
    pub applications: Option<RawPeriod>,
    /// The review (评审): assessments are dated inside it.
    #[serde(default)]
    pub review: Option<RawPeriod>,
    /// The objection period (公示) the results are announced for.
    #[serde(default)]
    pub announcement: Option<RawPeriod>,
    /// The last day an appeal (申诉) may be submitted, `YYYY-MM-DD`.
    #[serde(default)]
    pub appeal_deadline: Option<S<String>>,
    /// The day the results take effect, `YYYY-MM-DD`: certifications count from it.
    #[serde(default)]
    pub effective_date: Option<S<String>>,
    /// How to object during the 公示, printed on the notice (a mailbox, a phone, an office).
    #[serde(default)]
    pub objection: Option<S<String>>,
}

/// A period, both days included.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPeriod {
    /// The first day, `YYYY-MM-DD`.
    pub from: S<String>,
    /// The last day, `YYYY-MM-DD`.
    pub to: S<String>,
}

/// `assessments/<cycle>/applications.yaml`: the cycle's applications (申报).
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawApplicationList {
    /// One entry per application.
    pub applications: Vec<S<RawApplication>>,
}

/// One application.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawApplication {
    /// The applicant's employee id, as the cycle's roster gives it.
    pub employee_id: S<String>,
    /// The level applied for: its id, or its name, in the applicant's sequence.
    pub level: S<String>,
    /// The sequence, when it is not the one the roster gives the applicant.
    #[serde(default)]
    pub sequence: Option<S<String>>,
    /// The day the application was made, `YYYY-MM-DD`; optional.
    #[serde(default)]
    pub date: Option<S<String>>,
}

/// A cycle's applications as written: YAML, or a sheet with the same columns.
#[derive(Debug)]
pub enum RawApplications {
    Yaml(RawApplicationList),
    Sheets(Vec<Sheet>),
}
