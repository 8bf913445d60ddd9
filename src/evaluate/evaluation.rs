//! What an evaluation gives: the `Evaluation` of one record, gate by gate and requirement by
//! requirement, its `Failures` (why not qualified), its `Outcome`, and its ranked `Strength`s.

use serde::Serialize;

use super::guidance;
use crate::model::{Alternative, Education, OtherCondition, PerformanceRule};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Grade {
    A,
    B,
    C,
}

/// Red / amber / green in the report's gap table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum GapStatus {
    Met,
    OneBelow,
    TwoOrMoreBelow,
    /// A one-line standard not met: it has no levels to be below by.
    Unmet,
}

#[derive(Debug, Clone, Serialize)]
pub struct Evaluation {
    pub conditions: Vec<ConditionCheck>,
    pub conditions_met: bool,
    /// The level's competency requirements with the position's added or raised.
    pub competencies: Vec<CompetencyCheck>,
    pub behaviours: Vec<BehaviourCheck>,
    /// Key and normal requirements as the grade counts them (competencies, behaviours or
    /// both, as the settings say).
    pub key_total: usize,
    pub key_unmet: usize,
    pub normal_total: usize,
    pub normal_unmet: usize,
    pub modules: Vec<ModuleCheck>,
    pub total: f64,
    pub total_points: f64,
    pub pass: f64,
    pub total_met: bool,
    /// The KPIs the record is measured on (its position's, or the sequence's).
    pub kpis: Vec<KpiCheck>,
    /// The KPI score: points earned over the weights of the scored KPIs, 0–1; `None` when no
    /// KPI is scored.
    pub kpi_share: Option<f64>,
    /// 参考项 with the record's values; they never gate.
    pub reference: Vec<ReferenceCheck>,
    pub contributions: Vec<ContributionCheck>,
    pub contributions_met: bool,
    pub grade: Grade,
    pub qualified: bool,
    /// Why it is not qualified, gate by gate (empty when it is).
    pub failures: Failures,
    pub outcome: Outcome,
    /// Levels jumped over by the application (越级): 0 for the next level up.
    pub skipped_levels: usize,
    /// The applied level is the one held: entry-only conditions are waived.
    pub recertification: bool,
    /// What holds, most telling first (see [`Strength`]): a strong record never has none,
    /// and a weak one still names what it meets.
    pub strengths: Vec<Strength>,
    /// Unmet competencies, key first, then by the size of the gap.
    pub development: Vec<DevelopmentArea>,
}

/// Why a record is not qualified, gate by gate: what every output that states a verdict
/// words as its reason, so a report, a summary and the roll-up give the same one.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Failures {
    /// Each unmet basic condition, with what it lacks.
    pub conditions: Vec<(ConditionKind, guidance::ConditionGap)>,
    /// The total and the pass mark it misses.
    pub total: Option<(f64, f64)>,
    /// The grade is C: which requirements fall short.
    pub grade: Option<GradeShortfall>,
    /// The contribution requirements short, when they gate the verdict.
    pub contributions: Vec<guidance::ContributionGap>,
}

impl Failures {
    pub fn is_empty(&self) -> bool {
        self.conditions.is_empty()
            && self.total.is_none()
            && self.grade.is_none()
            && self.contributions.is_empty()
    }
}

/// Why a grade is C: the key requirements not met, and the normal ones against how many
/// may be unmet for a B.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct GradeShortfall {
    pub key_unmet: Vec<RequirementRef>,
    pub normal_unmet: Vec<RequirementRef>,
    pub normal_total: usize,
    /// The most normal requirements a B allows unmet: ⌊b × normal_total⌋.
    pub allowed: usize,
}

/// A requirement the grade counts: a competency or a behaviour-standard activity.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RequirementRef {
    pub id: String,
    pub activity: bool,
}

/// What the verdict means for the person, given the level held and the level applied for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// A first certification passed (认证通过).
    Certified,
    /// Qualified for a level above the one held (晋级).
    Promoted,
    /// Re-certified at the level held (保留).
    Retained,
    /// A first certification failed (未通过).
    NotCertified,
    /// An application above the level held failed: the level held stays (未通过，维持原级).
    NotPromoted,
    /// A re-certification failed and the settings demote (降级).
    Demoted,
    /// A re-certification failed and the settings keep the level on probation (保留观察).
    Observation,
    /// Qualified for a level below the one held, applied for (a change of role, say): the
    /// level becomes the one applied for (调级通过).
    Reassigned,
    /// An application below the level held failed: the level held stays (调级未通过，维持原级).
    NotReassigned,
}

impl Outcome {
    /// Every outcome, in the order summaries list them.
    pub const ALL: [Outcome; 9] = [
        Outcome::Promoted,
        Outcome::Certified,
        Outcome::Retained,
        Outcome::Reassigned,
        Outcome::Observation,
        Outcome::NotPromoted,
        Outcome::NotReassigned,
        Outcome::NotCertified,
        Outcome::Demoted,
    ];
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum ConditionKind {
    Education(Education),
    Major(Vec<String>),
    ExperienceYears(f64),
    YearsInLevel(f64),
    TrainingHours(f64),
    Title(String),
    Certification(String),
    Alternatives(Vec<Alternative>),
    Performance(PerformanceRule),
    Other(OtherCondition),
}

impl ConditionKind {
    /// The slot a condition fills: two conditions in one slot (training hours at two levels,
    /// one certification) are the same requirement, perhaps at another value.
    pub fn slot(&self) -> String {
        match self {
            ConditionKind::Education(_) => "education".into(),
            ConditionKind::Major(_) => "major".into(),
            ConditionKind::Title(_) => "title".into(),
            ConditionKind::Alternatives(_) => "alternatives".into(),
            ConditionKind::ExperienceYears(_) => "experience".into(),
            ConditionKind::YearsInLevel(_) => "years-in-level".into(),
            ConditionKind::TrainingHours(_) => "training".into(),
            ConditionKind::Certification(c) => format!("certification:{c}"),
            ConditionKind::Performance(_) => "performance".into(),
            ConditionKind::Other(o) => format!("other:{}", o.id),
        }
    }

    /// A condition only time cures: years of experience or in the level, and the run of
    /// performance ratings. Such a condition is waited for, not developed, so a report never
    /// offers it as a development priority.
    pub fn cured_by_time(&self) -> bool {
        matches!(
            self,
            ConditionKind::ExperienceYears(_)
                | ConditionKind::YearsInLevel(_)
                | ConditionKind::Performance(_)
        )
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ConditionCheck {
    pub kind: ConditionKind,
    /// True also when waived.
    pub met: bool,
    /// An entry-only condition (years in level) that a re-certification does not apply.
    pub waived: bool,
    /// What an unmet condition lacks, from the record's facts.
    pub shortfall: Option<guidance::ConditionGap>,
}

#[derive(Debug, Clone, Serialize)]
pub struct BehaviourCheck {
    pub activity: String,
    /// The behaviour module it belongs to.
    pub module: String,
    pub key: bool,
    pub met: bool,
    /// False when the record does not assess it (it counts as not met).
    pub assessed: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct KpiCheck {
    pub kpi: String,
    pub result: Option<f64>,
    /// Points earned out of the KPI's weight; `None` for a KPI without a scoring rule.
    pub points: Option<f64>,
    pub weight: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReferenceCheck {
    pub item: String,
    pub value: ReferenceValue,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum ReferenceValue {
    Text(String),
    /// The latest ratings, oldest first.
    Ratings(Vec<String>),
    /// The KPI score out of 100.
    KpiScore(f64),
    /// The record gives nothing to show.
    Missing,
}

#[derive(Debug, Clone, Serialize)]
pub struct CompetencyCheck {
    pub competency: String,
    pub key: bool,
    /// A one-line standard (达标/未达标): required at 1, achieved 1 (met) or 0.
    pub one_line: bool,
    pub required: u32,
    pub achieved: u32,
    /// achieved − required: negative is a gap.
    pub gap: i64,
    pub status: GapStatus,
}

#[derive(Debug, Clone, Serialize)]
pub struct ModuleCheck {
    pub module: String,
    pub points: f64,
    pub score: f64,
    /// (item id, points, score).
    pub items: Vec<(String, f64, f64)>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ContributionCheck {
    pub kinds: Vec<String>,
    pub required: u32,
    /// The latest cycles whose contributions count (1: this one).
    pub within: u32,
    /// The contributions counted, each once.
    pub counted: Vec<CountedContribution>,
    pub achieved: u32,
    pub met: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CountedContribution {
    pub kind: String,
    pub title: String,
    /// The cycle whose record first lists it.
    pub cycle: String,
}

/// Something a record shows it holds, in the order [`Evaluation::strengths`] ranks them.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Strength {
    /// A graded competency achieved above the level required, with the level the previous
    /// record achieved when it was lower.
    Above {
        competency: String,
        key: bool,
        required: u32,
        achieved: u32,
        raised_from: Option<u32>,
    },
    /// A graded competency achieved at a higher level than the previous record did (not
    /// above the requirement: that is [`Strength::Above`]).
    Raised {
        competency: String,
        from: u32,
        to: u32,
        required: u32,
    },
    /// Full marks in a scoring module.
    FullMarks { module: String, points: f64 },
    /// A scored KPI whose result beats its target.
    KpiAbove {
        kpi: String,
        result: f64,
        target: f64,
    },
    /// A total above the pass mark.
    TotalAbove { total: f64, pass: f64 },
    /// The requirements met at the level applied for, key and normal (competencies and
    /// behaviour items as the grade counts them), with the key competencies met by id;
    /// listed when at least one is met.
    Requirements {
        key_met: usize,
        key_total: usize,
        normal_met: usize,
        normal_total: usize,
        key_competencies: Vec<String>,
    },
}

#[derive(Debug, Clone, Serialize)]
pub struct DevelopmentArea {
    pub competency: String,
    pub key: bool,
    /// A one-line standard not met: it is to be met, not raised by a level.
    pub one_line: bool,
    pub required: u32,
    pub achieved: u32,
    /// The level to reach next (achieved + 1) and its behaviours and suggestions.
    pub next_level: u32,
}

impl Evaluation {
    /// The competency checks in the order a gap table reads: unmet key items first, then the
    /// other unmet items by the size of the gap (largest first), then the items met.
    pub fn gaps_first(&self) -> Vec<&CompetencyCheck> {
        let mut order: Vec<&CompetencyCheck> = self.competencies.iter().collect();
        order.sort_by_key(|c| (c.gap >= 0, !(c.key && c.gap < 0), c.gap.min(0)));
        order
    }
}
