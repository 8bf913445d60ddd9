//! The standard itself: settings, categories, competencies with graded levels, sequences with
//! their levels (inheritance already resolved), scoring modules, KPIs and pages.

use serde::{Deserialize, Serialize};

use super::Date;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Draft,
    Published,
    Superseded,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Language {
    #[serde(rename = "zh-CN")]
    ZhCn,
    #[serde(rename = "en")]
    En,
}

impl Language {
    pub fn tag(self) -> &'static str {
        match self {
            Language::ZhCn => "zh-CN",
            Language::En => "en",
        }
    }
}

/// Education levels, lowest first, so they compare with `>=`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Education {
    HighSchool,
    Associate,
    Bachelor,
    Master,
    Doctorate,
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
    pub edition_tag_pattern: String,
}

#[derive(Debug, Clone, Copy, Serialize)]
pub struct Grading {
    /// Grade B allows at most this share of the normal requirements unmet.
    pub b_max_normal_unmet: f64,
}

impl Default for Grading {
    fn default() -> Self {
        Grading {
            b_max_normal_unmet: 0.15,
        }
    }
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
    /// Levels 1..=N in order.
    pub levels: Vec<CompetencyLevel>,
}

impl Competency {
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
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
    /// Lowest first.
    pub levels: Vec<Level>,
}

impl Sequence {
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
}

impl Conditions {
    pub fn is_empty(&self) -> bool {
        self.education.is_none()
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
    pub kind: String,
    pub count: u32,
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
