//! `competencies/<id>.yaml`: a competency of the dictionary, its levels and suggestions.

use serde::Deserialize;

use super::S;

/// `competencies/<id>.yaml`: one competency of the dictionary, graded or a one-line standard.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCompetency {
    /// The competency's id (`[a-z0-9][a-z0-9-]*`); should match the file name.
    pub id: S<String>,
    /// The display name, e.g. 客户导向.
    pub name: S<String>,
    /// The id of a category listed in rungs.yaml's `categories`.
    pub category: S<String>,
    /// What the competency means, in Markdown.
    pub definition: S<String>,
    /// Key points of the competency, one Markdown entry each; optional.
    #[serde(default)]
    pub key_points: Vec<S<String>>,
    /// Graded levels 1..N; or, instead, a one-line `standard` met or not.
    #[serde(default)]
    pub levels: Option<S<Vec<S<RawCompetencyLevel>>>>,
    /// A one-line standard (一句话标准) assessed met or not, instead of graded `levels`.
    #[serde(default)]
    pub standard: Option<S<String>>,
}

/// One graded level of a competency, with its observable behaviours.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCompetencyLevel {
    /// The level's number: 1, 2, 3 … in order; the highest is the top of the scale.
    pub level: S<u32>,
    /// The level's short title, e.g. 及时回应.
    pub title: S<String>,
    /// Observable behaviours at this level, one Markdown entry each.
    pub behaviours: Vec<S<String>>,
    /// How to develop towards this level, typed 70/20/10; optional.
    #[serde(default)]
    pub suggestions: Vec<RawSuggestion>,
}

/// A development suggestion: a text (learned on the job), or a text with its 70/20/10 kind.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(untagged)]
pub enum RawSuggestion {
    /// A plain text, treated as on-the-job practice (在岗实践, 70 %).
    Text(S<String>),
    /// A text with its kind: `{ kind: course, text: … }`.
    Typed(RawTypedSuggestion),
}

/// A development action with its 70/20/10 kind.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTypedSuggestion {
    /// `on-the-job` (在岗实践, 70 %), `from-others` (向他人学习, 20 %) or `course` (培训课程, 10 %).
    pub kind: S<crate::model::LearningKind>,
    /// What to do.
    pub text: S<String>,
}
