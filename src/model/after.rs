//! After the verdict: a cycle's calendar (申报, 评审, 公示, 申诉, 生效), appeals and their
//! outcome, the standard's rules for how long a certification holds, and a certification
//! suspended or revoked. What a person holds at a date is derived from these in
//! `evaluate::certification`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Date, Decision};

/// Where a cycle stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum CycleStatus {
    Open,
    UnderReview,
    Announced,
    Closed,
}

/// A cycle's dates and who decides; every part optional.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Calendar {
    pub status: Option<CycleStatus>,
    pub committee: Option<String>,
    pub applications: Option<(Date, Date)>,
    pub review: Option<(Date, Date)>,
    /// The objection period (公示).
    pub announcement: Option<(Date, Date)>,
    pub appeal_deadline: Option<Date>,
    pub effective_date: Option<Date>,
    /// How to object, as the notice prints it.
    pub objection: Option<String>,
}

/// An appeal's outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum AppealDecision {
    Upheld,
    PartlyUpheld,
    Rejected,
}

/// An appeal against a record's result (申诉).
#[derive(Debug, Clone, Serialize)]
pub struct Appeal {
    pub submitted_on: Date,
    pub grounds: String,
    pub reviewers: Vec<String>,
    pub decided_on: Option<Date>,
    /// None while pending.
    pub decision: Option<AppealDecision>,
    /// Why it was decided so.
    pub reason: Option<String>,
    /// What it changed, in order, after the ratings and calibration (`by`: the reviewers).
    pub changes: Vec<Decision>,
}

impl Appeal {
    /// Whether it changed anything the verdict reads.
    pub fn changed(&self) -> bool {
        !self.changes.is_empty()
    }
}

/// What happened to a certification outside a verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum CertificationAction {
    /// 暂停: not in force until a later verdict reinstates it.
    Suspend,
    /// 撤销: withdrawn.
    Revoke,
}

/// A certification suspended or revoked by a record.
#[derive(Debug, Clone, Serialize)]
pub struct CertificationChange {
    pub action: CertificationAction,
    pub on: Date,
    pub reason: String,
}

/// How long certifications hold (`certification:` in rungs.yaml).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CertificationRules {
    pub valid_years: f64,
    /// Level id → years, where a level differs.
    pub levels: BTreeMap<String, f64>,
    pub expiring_months: u32,
    pub renewal: Option<String>,
}

impl Default for CertificationRules {
    fn default() -> Self {
        CertificationRules {
            valid_years: 3.0,
            levels: BTreeMap::new(),
            expiring_months: 6,
            renewal: None,
        }
    }
}

impl CertificationRules {
    /// How many years a certification of `level` holds.
    pub fn years(&self, level: &str) -> f64 {
        self.levels.get(level).copied().unwrap_or(self.valid_years)
    }
}
