//! What a cycle folder holds besides its records: `cycle.yaml` (the cycle's own settings) and
//! `applications.yaml` (who applies for which level). The roster and applications may also be
//! spreadsheets; those are read as sheets (`Loaded::rosters`, `RawApplications::Sheets`).

use serde::Deserialize;

use super::S;
use crate::spreadsheet::Sheet;

/// `assessments/<cycle>/cycle.yaml`: the cycle's own settings.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCycle {
    /// The day eligibility is screened on (资格审查基准日), `YYYY-MM-DD`: years of experience
    /// and in the level are counted up to it.
    #[serde(default)]
    pub screening_date: Option<S<String>>,
}

/// `assessments/<cycle>/applications.yaml`: the cycle's applications (申报).
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawApplicationList {
    /// One entry per application.
    pub applications: Vec<S<RawApplication>>,
}

/// One application.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
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
