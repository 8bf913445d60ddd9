//! The standard itself: settings, categories, competencies with graded levels, sequences with
//! their levels (inheritance already resolved), scoring modules, KPIs and pages.

use serde::{Deserialize, Serialize};

use super::Date;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Draft,
    Published,
    Superseded,
}

pub use crate::locale::Language;

/// Education levels, lowest first, so they compare with `>=`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Education {
    HighSchool,
    Associate,
    Bachelor,
    Master,
    Doctorate,
}

impl Education {
    pub const ALL: [Education; 5] = [
        Education::HighSchool,
        Education::Associate,
        Education::Bachelor,
        Education::Master,
        Education::Doctorate,
    ];

    /// The value as written in YAML: `high-school`, `bachelor` …
    pub fn id(self) -> &'static str {
        match self {
            Education::HighSchool => "high-school",
            Education::Associate => "associate",
            Education::Bachelor => "bachelor",
            Education::Master => "master",
            Education::Doctorate => "doctorate",
        }
    }
}

/// The face the printed standard's body text is set in; headings and bold stay in the sans.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum BodyFont {
    /// Noto Serif CJK SC (a 宋体 style), as official standards are usually set.
    #[default]
    Serif,
    /// Noto Sans CJK SC (a 黑体 style), like the reports.
    Sans,
}

/// A signature of the approval block.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Signature {
    pub name: String,
    pub date: Option<Date>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Settings {
    pub title: String,
    pub organisation: String,
    pub edition: String,
    pub effective_date: Date,
    /// When the edition was issued (发布日期), if the settings say.
    pub issued: Option<Date>,
    /// What this edition changed (修订内容), as the settings say; Markdown.
    pub edition_notes: Option<String>,
    pub status: Status,
    pub language: Language,
    pub base_url: Option<String>,
    pub theme: String,
    pub owner: String,
    pub serial: Option<String>,
    pub raw_html: bool,
    /// Best first.
    pub performance_ratings: Vec<String>,
    pub grading: Grading,
    pub verdict: VerdictRules,
    /// How ratings by several raters combine. What they combined into is in each record, so
    /// the handbook's data leaves the rules out.
    #[serde(skip)]
    pub ratings: super::RatingRules,
    /// How long certifications hold; the handbook's data leaves it out like the ratings.
    #[serde(skip)]
    pub certification: super::CertificationRules,
    /// Who prepared, reviewed and approved this edition (编制、审核、批准), each if signed.
    #[serde(skip)]
    pub approval: [Option<Signature>; 3],
    /// The handbook's and the sheets' body face.
    #[serde(skip)]
    pub body_font: BodyFont,
    /// Professional titles (职称), lowest first.
    pub professional_titles: Vec<String>,
    pub edition_tag_pattern: String,
}

impl Settings {
    /// A professional title's place on the scale, lowest 0.
    pub fn title_rank(&self, title: &str) -> Option<usize> {
        self.professional_titles.iter().position(|t| t == title)
    }
}

#[derive(Debug, Clone, Copy, Serialize)]
pub struct Grading {
    /// Grade B allows at most this share of the normal requirements unmet.
    pub b_max_normal_unmet: f64,
    /// The grade counts competency requirements.
    pub counts_competencies: bool,
    /// The grade counts behaviour-standard requirements.
    pub counts_behaviours: bool,
}

impl Default for Grading {
    fn default() -> Self {
        Grading {
            b_max_normal_unmet: 0.15,
            counts_competencies: true,
            counts_behaviours: true,
        }
    }
}

/// The kinds of requirement the A/B/C grade can count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum GradedKind {
    Competencies,
    Behaviours,
}

/// How the verdict is reached beyond conditions, points and grade.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct VerdictRules {
    /// Unmet contribution requirements fail the verdict.
    pub contributions_gate: bool,
    pub failed_recertification: FailedRecertification,
    /// Years in a level after which its holder is due for re-certification, if the settings
    /// say.
    pub recertify_after_years: Option<f64>,
}

/// What happens to someone who fails the re-certification of the level they hold.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum FailedRecertification {
    /// 降级: moved to the level below.
    Demote,
    /// 保留观察: keeps the level on probation until the next cycle.
    #[default]
    Observe,
}

/// A competency category, or a contribution kind: an id, a name, a description.
#[derive(Debug, Clone, Serialize)]
pub struct Category {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Competency {
    /// The file it was read from (logical path, relative to the content folder).
    #[serde(skip)]
    pub file: String,
    pub id: String,
    pub name: String,
    pub category: String,
    pub definition: String,
    pub key_points: Vec<String>,
    /// Levels 1..=N in order; empty for a one-line standard.
    pub levels: Vec<CompetencyLevel>,
    /// A one-line standard (一句话标准), met or not, instead of graded levels.
    pub standard: Option<String>,
}

impl Competency {
    /// Assessed as met / not met against one line rather than graded. A requirement of it is
    /// level 1, an assessment 1 (met) or 0.
    pub fn is_one_line(&self) -> bool {
        self.standard.is_some()
    }

    pub fn max_level(&self) -> u32 {
        self.levels.len() as u32
    }

    pub fn level(&self, level: u32) -> Option<&CompetencyLevel> {
        level
            .checked_sub(1)
            .and_then(|i| self.levels.get(i as usize))
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct CompetencyLevel {
    pub level: u32,
    pub title: String,
    pub behaviours: Vec<String>,
    /// How to develop towards this level.
    pub suggestions: Vec<Suggestion>,
}

/// The 70/20/10 kinds of development: on the job, from others, in courses.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum LearningKind {
    /// 70 %: 在岗实践 — stretch tasks, projects, practice at work.
    OnTheJob,
    /// 20 %: 向他人学习 — mentoring, coaching, feedback, shadowing.
    FromOthers,
    /// 10 %: 培训课程 — courses, reading, certifications.
    Course,
}

impl LearningKind {
    pub const ALL: [LearningKind; 3] = [
        LearningKind::OnTheJob,
        LearningKind::FromOthers,
        LearningKind::Course,
    ];
}

/// A development suggestion with its 70/20/10 kind.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Suggestion {
    pub kind: LearningKind,
    /// Markdown.
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Sequence {
    /// The file it was read from (logical path, relative to the content folder).
    #[serde(skip)]
    pub file: String,
    pub id: String,
    pub name: String,
    pub order: i64,
    pub description: Option<String>,
    pub modules: Vec<ModuleDefinition>,
    pub kpis: Vec<Kpi>,
    /// 行为标准: modules of activities.
    pub behaviour_modules: Vec<BehaviourModule>,
    /// 参考项, shown on every level and in reports; never gating.
    pub reference_items: Vec<ReferenceItem>,
    pub positions: Vec<Position>,
    /// Lowest first.
    pub levels: Vec<Level>,
}

impl Sequence {
    pub fn kpi(&self, id: &str) -> Option<&Kpi> {
        self.kpis.iter().find(|k| k.id == id)
    }

    pub fn position(&self, id: &str) -> Option<&Position> {
        self.positions.iter().find(|p| p.id == id)
    }

    /// An activity and the behaviour module it belongs to.
    pub fn activity(&self, id: &str) -> Option<(&BehaviourModule, &Activity)> {
        self.behaviour_modules
            .iter()
            .find_map(|m| m.activities.iter().find(|a| a.id == id).map(|a| (m, a)))
    }

    /// The positions open at `level`.
    pub fn positions_at(&self, level: &Level) -> impl Iterator<Item = &Position> {
        self.positions.iter().filter(move |p| p.covers(self, level))
    }

    /// The competency requirements of `level`, with `position`'s added or raised: a position
    /// raises a level's requirement, never lowers it, and a key requirement stays key.
    pub fn requirements_for(&self, level: &Level, position: Option<&Position>) -> Vec<Requirement> {
        let mut all = level.requirements.clone();
        for extra in position.map_or(&[][..], |p| &p.requirements) {
            match all.iter_mut().find(|r| r.competency == extra.competency) {
                Some(r) => {
                    r.level = r.level.max(extra.level);
                    r.key |= extra.key;
                }
                None => all.push(extra.clone()),
            }
        }
        all
    }

    /// The KPIs a record is scored on: its position's, or all the sequence's without one.
    pub fn kpis_for(&self, position: Option<&Position>) -> Vec<&Kpi> {
        match position {
            Some(p) => p.kpis.iter().filter_map(|id| self.kpi(id)).collect(),
            None => self.kpis.iter().collect(),
        }
    }

    pub fn level(&self, id: &str) -> Option<&Level> {
        self.levels.iter().find(|l| l.id == id)
    }

    pub fn module(&self, id: &str) -> Option<&ModuleDefinition> {
        self.modules.iter().find(|m| m.id == id)
    }

    /// A scoring module's name, or its id when it is unknown (never for checked references).
    pub fn module_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.module(id).map_or(id, |m| m.name.as_str())
    }

    /// A scoring item's name, or its id.
    pub fn item_name<'a>(&'a self, module: &str, item: &'a str) -> &'a str {
        self.module(module)
            .and_then(|m| m.item(item))
            .map_or(item, |i| i.name.as_str())
    }

    /// Competency ids required at any level, in first-required order.
    pub fn required_competencies(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = Vec::new();
        for level in &self.levels {
            for r in &level.requirements {
                if !ids.contains(&r.competency.as_str()) {
                    ids.push(&r.competency);
                }
            }
        }
        ids
    }

    /// The level × competency matrix: one row per required competency (first-required
    /// order), one cell per level, lowest first.
    pub fn matrix(&self) -> Vec<MatrixRow<'_>> {
        self.required_competencies()
            .into_iter()
            .map(|id| MatrixRow {
                competency: id,
                cells: self.levels.iter().map(|l| l.requirement(id)).collect(),
            })
            .collect()
    }
}

/// A row of [`Sequence::matrix`].
pub struct MatrixRow<'a> {
    pub competency: &'a str,
    /// The requirement at each level, lowest first; `None` where the level does not require it.
    pub cells: Vec<Option<&'a Requirement>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ModuleDefinition {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    /// Scored by the record's `written_exam`.
    pub exam: bool,
    /// Scored from the record's KPI results: the module's points × the KPI score's share.
    pub kpi: bool,
    pub items: Vec<ItemDefinition>,
}

impl ModuleDefinition {
    pub fn item(&self, id: &str) -> Option<&ItemDefinition> {
        self.items.iter().find(|i| i.id == id)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ItemDefinition {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Kpi {
    pub id: String,
    pub name: String,
    pub formula: String,
    pub description: Option<String>,
    pub unit: Option<String>,
    pub direction: Direction,
    pub target: Option<f64>,
    /// Its points in the KPI score at target; only KPIs with a `rule` are scored.
    pub weight: f64,
    pub rule: Option<KpiRule>,
}

/// Which way a KPI result is better.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    #[default]
    Higher,
    Lower,
}

impl Direction {
    /// How far `result` falls short of `target` (0 when it reaches it).
    pub fn shortfall(self, result: f64, target: f64) -> f64 {
        match self {
            Direction::Higher => (target - result).max(0.0),
            Direction::Lower => (result - target).max(0.0),
        }
    }

    /// Whether `result` is at `bound` or better.
    pub fn reaches(self, result: f64, bound: f64) -> bool {
        match self {
            Direction::Higher => result + 1e-9 >= bound,
            Direction::Lower => result <= bound + 1e-9,
        }
    }
}

/// How a KPI result becomes points, out of the KPI's weight.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum KpiRule {
    /// Full weight at target; `points` off for each whole `step` short of it; never below 0.
    Deduct { step: f64, points: f64 },
    /// (from, points), best band first: the first band the result reaches gives its points;
    /// below every band, 0.
    Table(Vec<(f64, f64)>),
}

/// A module of the behaviour standards (行为模块), e.g. 市场调研.
#[derive(Debug, Clone, Serialize)]
pub struct BehaviourModule {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub activities: Vec<Activity>,
}

/// An activity of a behaviour module (e.g. 集体户调研), with its criteria per level.
#[derive(Debug, Clone, Serialize)]
pub struct Activity {
    pub id: String,
    pub name: String,
    /// (level id, criterion), lowest level first.
    pub criteria: Vec<(String, String)>,
}

/// A level's requirement of an activity: the criterion that applies there (written for the
/// level, or inherited from the nearest level below that has one).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BehaviourRequirement {
    pub activity: String,
    pub key: bool,
    pub criterion: String,
}

/// 参考项: a fact shown beside the verdict, never gating it.
#[derive(Debug, Clone, Serialize)]
pub struct ReferenceItem {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub source: ReferenceSource,
}

/// Where a reference item's value comes from.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum ReferenceSource {
    /// The record's `reference:` text for the item.
    #[default]
    Record,
    /// The record's performance ratings.
    Performance,
    /// The KPI score computed from the record's results.
    Kpi,
}

/// 岗位: a role within a sequence, open over a range of levels; it names its KPIs and may add
/// or raise required competencies on top of the level's.
#[derive(Debug, Clone, Serialize)]
pub struct Position {
    pub id: String,
    pub name: String,
    /// The lowest and highest level ids it is open at.
    pub from: String,
    pub to: String,
    pub description: Option<String>,
    pub responsibilities: Vec<String>,
    pub kpis: Vec<String>,
    /// Added or raised requirements.
    pub requirements: Vec<Requirement>,
}

impl Position {
    /// Whether the position is open at `level`.
    pub fn covers(&self, sequence: &Sequence, level: &Level) -> bool {
        let rank = |id: &str| sequence.level(id).map(|l| l.rank);
        matches!((rank(&self.from), rank(&self.to)), (Some(a), Some(b)) if a <= level.rank && level.rank <= b)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Level {
    pub id: String,
    /// 0 for the lowest level of the sequence.
    pub rank: usize,
    pub name: String,
    pub title: String,
    pub positioning: Option<String>,
    pub conditions: Conditions,
    pub knowledge: Vec<String>,
    pub responsibilities: Vec<String>,
    /// Inherited requirements first (in the order they were first declared), then new ones.
    pub requirements: Vec<Requirement>,
    /// Behaviour-standard requirements, inherited like competencies.
    pub behaviours: Vec<BehaviourRequirement>,
    pub scoring: Scoring,
    pub contributions: Vec<ContributionRequirement>,
}

impl Level {
    pub fn requirement(&self, competency: &str) -> Option<&Requirement> {
        self.requirements
            .iter()
            .find(|r| r.competency == competency)
    }
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Conditions {
    pub education: Option<Education>,
    pub experience_years: Option<f64>,
    pub years_in_level: Option<f64>,
    pub training_hours: Option<f64>,
    pub certifications: Vec<String>,
    pub performance: Option<PerformanceRule>,
    pub other: Vec<OtherCondition>,
    /// Accepted majors or fields; empty when any will do.
    pub majors: Vec<String>,
    /// The lowest professional title, on the settings' scale.
    pub title: Option<String>,
    /// One of these must hold entirely; empty when there are none.
    pub alternatives: Vec<Alternative>,
}

/// One way to meet a level's alternative conditions (e.g. 本科 + 3 年).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Alternative {
    pub education: Option<Education>,
    pub experience_years: Option<f64>,
    pub years_in_level: Option<f64>,
    pub training_hours: Option<f64>,
    pub majors: Vec<String>,
    pub title: Option<String>,
}

/// A fact a record gives for the basic conditions (`facts.<key>`), `other` aside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fact {
    Education,
    ExperienceYears,
    YearsInLevel,
    TrainingHours,
    Certifications,
    Performance,
    Major,
    Title,
}

impl Fact {
    pub const ALL: [Fact; 8] = [
        Fact::Education,
        Fact::ExperienceYears,
        Fact::YearsInLevel,
        Fact::TrainingHours,
        Fact::Certifications,
        Fact::Performance,
        Fact::Major,
        Fact::Title,
    ];

    /// The fact's key under a record's `facts:`.
    pub fn key(self) -> &'static str {
        match self {
            Fact::Education => "education",
            Fact::ExperienceYears => "experience_years",
            Fact::YearsInLevel => "years_in_level",
            Fact::TrainingHours => "training_hours",
            Fact::Certifications => "certifications",
            Fact::Performance => "performance",
            Fact::Major => "major",
            Fact::Title => "title",
        }
    }
}

impl Conditions {
    /// Whether a condition, or an alternative of `any_of`, reads `fact`: what a sheet asks
    /// for, and what a record's fact is for.
    pub fn reads(&self, fact: Fact) -> bool {
        let any = |f: fn(&Alternative) -> bool| self.alternatives.iter().any(f);
        match fact {
            Fact::Education => self.education.is_some() || any(|a| a.education.is_some()),
            Fact::ExperienceYears => {
                self.experience_years.is_some() || any(|a| a.experience_years.is_some())
            }
            Fact::YearsInLevel => {
                self.years_in_level.is_some() || any(|a| a.years_in_level.is_some())
            }
            Fact::TrainingHours => {
                self.training_hours.is_some() || any(|a| a.training_hours.is_some())
            }
            Fact::Certifications => !self.certifications.is_empty(),
            Fact::Performance => self.performance.is_some(),
            Fact::Major => !self.majors.is_empty() || any(|a| !a.majors.is_empty()),
            Fact::Title => self.title.is_some() || any(|a| a.title.is_some()),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.majors.is_empty()
            && self.title.is_none()
            && self.alternatives.is_empty()
            && self.education.is_none()
            && self.experience_years.is_none()
            && self.years_in_level.is_none()
            && self.training_hours.is_none()
            && self.certifications.is_empty()
            && self.performance.is_none()
            && self.other.is_empty()
    }
}

/// "In the latest `last` ratings, no `no_consecutive` consecutive ratings at or below `rating`,
/// and every rating at least `at_least`."
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PerformanceRule {
    pub last: u32,
    pub no_consecutive: Option<(u32, String)>,
    pub at_least: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OtherCondition {
    pub id: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Requirement {
    pub competency: String,
    pub level: u32,
    /// Key (关键) rather than normal (普通).
    pub key: bool,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Scoring {
    /// The total required (合格分); 0 when the level has no scoring.
    pub pass: f64,
    /// The sum of the modules' points.
    pub total: f64,
    pub modules: Vec<ModuleRequirement>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ModuleRequirement {
    pub module: String,
    pub points: f64,
    /// (item id, points), in the module definition's order.
    pub items: Vec<(String, f64)>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ContributionRequirement {
    /// Any of these kinds counts (one kind for most requirements).
    pub kinds: Vec<String>,
    pub count: u32,
    /// Contributions of the latest `within` cycles count (1: this cycle's).
    pub within: u32,
}

impl ContributionRequirement {
    /// Two requirements of the same kinds are one requirement (a level above overrides it).
    pub fn same_kinds(&self, other: &ContributionRequirement) -> bool {
        self.kinds == other.kinds
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Page {
    /// The file it was read from (logical path, relative to the content folder).
    #[serde(skip)]
    pub file: String,
    pub id: String,
    pub title: String,
    pub order: i64,
    /// Printed after the sequences and the dictionary in the handbook PDF.
    pub appendix: bool,
    /// Markdown, front matter removed.
    pub body: String,
}

#[cfg(test)]
impl Settings {
    /// Settings for unit tests: zh-CN, effective 2020-01-01, the default rules.
    pub(crate) fn for_tests() -> Settings {
        Settings {
            title: "t".into(),
            organisation: "o".into(),
            edition: "e".into(),
            effective_date: Date {
                year: 2020,
                month: 1,
                day: 1,
            },
            issued: None,
            edition_notes: None,
            status: Status::Published,
            language: Language::zh_cn(),
            base_url: None,
            theme: "default".into(),
            owner: "o".into(),
            serial: None,
            raw_html: false,
            verdict: VerdictRules::default(),
            professional_titles: ["初级", "中级", "高级"].map(String::from).to_vec(),
            performance_ratings: ["S", "A", "B", "C", "D"].map(String::from).to_vec(),
            grading: Grading::default(),
            ratings: Default::default(),
            certification: Default::default(),
            approval: Default::default(),
            body_font: Default::default(),
            edition_tag_pattern: "v*".into(),
        }
    }
}
