//! Assessment records: one employee, one cycle, against one level. Personal data: renderers
//! of the public handbook never receive these.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Date, Education, Suggestion};

#[derive(Debug, Clone, Serialize)]
pub struct Assessment {
    /// The record's file, relative to the content folder.
    pub file: String,
    pub employee_id: String,
    pub name: String,
    pub department: String,
    pub manager: Option<Manager>,
    pub sequence: String,
    /// The position (岗位) held, if the record names one: its KPIs and requirements apply.
    pub position: Option<String>,
    pub cycle: String,
    pub current_level: Option<String>,
    /// The level evaluated against (the current level when none is applied for).
    pub applied_level: String,
    pub date: Date,
    pub assessors: Vec<String>,
    pub edition: Option<String>,
    pub facts: Facts,
    /// Achieved levels; for a one-line standard 1 (met) or 0.
    pub competencies: BTreeMap<String, Achievement>,
    /// Behaviour-standard activities assessed met or not.
    pub behaviours: BTreeMap<String, BehaviourResult>,
    pub scores: BTreeMap<String, ModuleScore>,
    pub written_exam: Option<f64>,
    /// KPI id → this cycle's result.
    pub kpis: BTreeMap<String, f64>,
    /// Reference item id → what the record says.
    pub reference: BTreeMap<String, String>,
    pub contributions: Vec<Contribution>,
    pub comments: Option<String>,
    /// The individual development plan agreed in this cycle.
    pub plan: Vec<PlanItem>,
    /// The ratings by rater the consolidated values came from, and the calibration decisions;
    /// empty for a record of final values.
    #[serde(skip_serializing_if = "super::Rated::is_empty")]
    pub rated: super::Rated,
    /// The appeal against this result, if one was made.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub appeal: Option<super::Appeal>,
    /// The certification suspended or revoked, if this record says so.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certification_change: Option<super::CertificationChange>,
}

/// One item of an individual development plan (IDP).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanItem {
    /// The competency gap it closes, if it is one.
    pub competency: Option<String>,
    pub goal: String,
    /// 70/20/10 actions.
    pub actions: Vec<Suggestion>,
    pub owner: Option<String>,
    pub due: Option<Date>,
    pub status: Option<PlanStatus>,
}

/// Where a plan item stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum PlanStatus {
    Planned,
    InProgress,
    Done,
    Dropped,
}

#[derive(Debug, Clone, Serialize)]
pub struct Manager {
    pub id: String,
    pub name: String,
    pub email: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Facts {
    pub education: Option<Education>,
    pub experience_years: Option<f64>,
    pub years_in_level: Option<f64>,
    pub training_hours: Option<f64>,
    pub certifications: Vec<String>,
    /// Oldest first.
    pub performance: Vec<String>,
    pub other: BTreeMap<String, bool>,
    pub major: Option<String>,
    /// Professional title (职称).
    pub title: Option<String>,
    /// Where the experience figure counts from, when the roster gives a hire date: the day
    /// a requirement is reached is then its anniversary, not an estimate.
    pub experience_since: Option<super::people::Since>,
    /// Where the years in the level count from, when the roster gives the level's date.
    pub level_since: Option<super::people::Since>,
}

#[derive(Debug, Clone, Serialize)]
pub struct BehaviourResult {
    pub met: bool,
    pub evidence: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Achievement {
    pub level: u32,
    pub evidence: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum ModuleScore {
    Whole(f64),
    Items(BTreeMap<String, f64>),
}

#[derive(Debug, Clone, Serialize)]
pub struct Contribution {
    pub kind: String,
    pub title: String,
}

impl Assessment {
    /// The record as it was before its appeal changed it, when an upheld appeal changed
    /// anything: the first verdict is evaluated from it, and the report keeps it visible.
    pub fn before_appeal(&self) -> Option<Assessment> {
        let appeal = self.appeal.as_ref().filter(|a| a.changed())?;
        let mut before = self.clone();
        for change in appeal.changes.iter().rev() {
            before.set(&change.item, change.from);
        }
        before.appeal = None;
        Some(before)
    }

    /// One item's value (met as 1 or 0), where the record holds it: after its ratings,
    /// calibration and appeal.
    pub fn value(&self, item: &super::Item) -> Option<f64> {
        match item {
            super::Item::Competency(id) => self.competencies.get(id).map(|c| f64::from(c.level)),
            super::Item::Behaviour(id) => {
                self.behaviours.get(id).map(|b| f64::from(u8::from(b.met)))
            }
            super::Item::Score { module, item } => match (self.scores.get(module)?, item) {
                (ModuleScore::Whole(x), None) => Some(*x),
                (ModuleScore::Items(items), Some(i)) => items.get(i).copied(),
                _ => None,
            },
        }
    }

    /// Sets one item's value (met as 1 or 0), where the record holds it.
    fn set(&mut self, item: &super::Item, value: f64) {
        match item {
            super::Item::Competency(id) => {
                if let Some(a) = self.competencies.get_mut(id) {
                    a.level = value.max(0.0).round() as u32;
                }
            }
            super::Item::Behaviour(id) => {
                if let Some(b) = self.behaviours.get_mut(id) {
                    b.met = value >= 0.5;
                }
            }
            super::Item::Score { module, item } => match (self.scores.get_mut(module), item) {
                (Some(ModuleScore::Whole(x)), None) => *x = value,
                (Some(ModuleScore::Items(items)), Some(i)) => {
                    items.insert(i.clone(), value);
                }
                _ => {}
            },
        }
    }
}
