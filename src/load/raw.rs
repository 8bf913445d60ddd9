//! The content files exactly as written, deserialised with source positions (`S<T>`).
//!
//! These types mirror the YAML and reject unknown fields; they are not the model. `check`
//! turns them into the validated model in `crate::model`, resolving references and inheritance.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::model::Education;

/// A value with the line and column it was written at: serde-saphyr's `Spanned`, in a type of
/// our own so that the raw types can also describe themselves as JSON Schema (`rungs schema`),
/// where the position is invisible and the value is all an editor sees.
#[derive(Debug, Clone, PartialEq)]
pub struct S<T> {
    pub value: T,
    /// Where the value was used (an alias's use, or the value itself).
    pub referenced: serde_saphyr::Location,
    /// Where the value was written.
    pub defined: serde_saphyr::Location,
}

/// The most characters one text may have (a definition, a behaviour, a piece of evidence):
/// about five printed pages. Names and titles have a tighter budget, `check::NAME_BUDGET`.
pub const TEXT_BUDGET: usize = 10_000;

/// What starts the message of a text over [`TEXT_BUDGET`], so `load` can tell it apart.
pub(crate) const TOO_LONG_MESSAGE: &str = "rungs text budget: ";

impl<'de, T: Deserialize<'de> + 'static> Deserialize<'de> for S<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let spanned = serde_saphyr::Spanned::<T>::deserialize(deserializer)?;
        // Every text of every file passes here: the one place to bound them all.
        if let Some(text) = (&spanned.value as &dyn std::any::Any).downcast_ref::<String>()
            && text.len() > TEXT_BUDGET
        {
            let chars = text.chars().count();
            if chars > TEXT_BUDGET {
                return Err(serde::de::Error::custom(format!(
                    "{TOO_LONG_MESSAGE}{chars}"
                )));
            }
        }
        Ok(S {
            value: spanned.value,
            referenced: spanned.referenced,
            defined: spanned.defined,
        })
    }
}

impl<T: schemars::JsonSchema> schemars::JsonSchema for S<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        T::schema_name()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        T::schema_id()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        T::json_schema(generator)
    }
}

/// `rungs.yaml`: the settings of the whole standard (title, edition, scales, grading rules).
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSettings {
    /// The handbook's title, e.g. 营销体系任职资格标准.
    pub title: S<String>,
    /// The organisation the standard belongs to, shown on the cover.
    pub organisation: S<String>,
    /// The edition name printed on every page and report, e.g. 第01版.
    pub edition: S<String>,
    /// The date the standard takes effect, `YYYY-MM-DD`; also the handbook PDF's date.
    pub effective_date: S<String>,
    /// The issue date (发布日期) on the cover, `YYYY-MM-DD`; optional.
    #[serde(default)]
    pub issued: Option<S<String>>,
    /// What this edition changed (修订内容), in Markdown; optional.
    #[serde(default)]
    pub edition_notes: Option<S<String>>,
    /// The standard's status: `draft`, `published` or `superseded`.
    pub status: S<crate::model::Status>,
    /// The language of UI strings and `<html lang>`: `zh-CN` or `en`.
    pub language: S<crate::model::Language>,
    /// The absolute http(s) address the site is published at, for sitemap.xml and the 404 page.
    #[serde(default)]
    pub base_url: Option<S<String>>,
    /// The theme whose `themes/<theme>/` files override the built-in ones (default `default`).
    #[serde(default)]
    pub theme: Option<S<String>>,
    /// Who interprets the standard (解释部门), shown on the cover, e.g. 总裁办部.
    pub owner: S<String>,
    /// The document number on the cover, e.g. HR-QS-2013-001; optional.
    #[serde(default)]
    pub serial: Option<S<String>>,
    /// Whether raw HTML in Markdown is let through (default `false`: shown as text).
    #[serde(default)]
    pub raw_html: bool,
    /// The performance ratings, best first (default `[S, A, B, C, D]`).
    #[serde(default)]
    pub performance_ratings: Option<S<Vec<S<String>>>>,
    /// How the A/B/C competency grade is reached; optional, with defaults.
    #[serde(default)]
    pub grading: Option<RawGrading>,
    /// Versioning settings; optional.
    #[serde(default)]
    pub editions: Option<RawEditions>,
    /// Competency categories (layers), in display order; competencies name one by id.
    #[serde(default)]
    pub categories: Vec<RawCategory>,
    /// The kinds of contribution a level may require and a record may list.
    #[serde(default)]
    pub contribution_kinds: Vec<RawCategory>,
    /// Professional titles (职称), lowest first: `title:` conditions compare on this scale.
    #[serde(default)]
    pub professional_titles: Option<S<Vec<S<String>>>>,
    /// How the verdict is reached beyond conditions, points and grade; optional, with defaults.
    #[serde(default)]
    pub verdict: Option<RawVerdict>,
}

/// How the verdict is reached beyond conditions, points and grade.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawVerdict {
    /// Whether unmet contribution requirements fail the verdict (default: they do not).
    #[serde(default)]
    pub contributions_gate: bool,
    /// What a failed re-certification means: `demote` (降级) or `observe` (保留观察, default).
    #[serde(default)]
    pub failed_recertification: Option<S<crate::model::FailedRecertification>>,
}

/// How the A/B/C grade is reached from met and unmet requirements.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawGrading {
    /// Grade B allows at most this share (0 to 1) of normal items unmet (default 0.15).
    #[serde(default)]
    pub b_max_normal_unmet: Option<S<f64>>,
    /// Which kinds of requirement the A/B/C grade counts (default: both).
    #[serde(default)]
    pub counts: Option<S<Vec<S<crate::model::GradedKind>>>>,
}

/// Versioning of the standard's editions.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawEditions {
    /// Pattern of the git tags that mark editions, e.g. `v*` (the default without `editions`).
    pub tag_pattern: S<String>,
}

/// A competency category or a contribution kind: both are an id, a name and a description.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCategory {
    /// The id (`[a-z0-9][a-z0-9-]*`) competencies or contribution requirements refer to.
    pub id: S<String>,
    /// The display name, e.g. 职业素养 or 项目管理.
    pub name: S<String>,
    /// What it covers, in Markdown; optional.
    #[serde(default)]
    pub description: Option<S<String>>,
}

/// `competencies/<id>.yaml`: one competency of the dictionary, graded or a one-line standard.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
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
#[derive(Debug, Deserialize, schemars::JsonSchema)]
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
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(untagged)]
pub enum RawSuggestion {
    /// A plain text, treated as on-the-job practice (在岗实践, 70 %).
    Text(S<String>),
    /// A text with its kind: `{ kind: course, text: … }`.
    Typed(RawTypedSuggestion),
}

/// A development action with its 70/20/10 kind.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTypedSuggestion {
    /// `on-the-job` (在岗实践, 70 %), `from-others` (向他人学习, 20 %) or `course` (培训课程, 10 %).
    pub kind: S<crate::model::LearningKind>,
    /// What to do.
    pub text: S<String>,
}

/// `sequences/<id>.yaml`: a sequence (序列) with its scoring modules, KPIs and ordered levels.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSequence {
    /// The sequence's id (`[a-z0-9][a-z0-9-]*`); should match the file name.
    pub id: S<String>,
    /// The display name, e.g. 销售序列.
    pub name: S<String>,
    /// Position among sequences, lowest first, then by id; without it, after those with one.
    #[serde(default)]
    pub order: Option<S<i64>>,
    /// What the sequence covers, in Markdown; optional.
    #[serde(default)]
    pub description: Option<S<String>>,
    /// The scoring modules (and their items) that levels give points to.
    #[serde(default)]
    pub scoring_modules: Vec<S<RawModuleDefinition>>,
    /// The sequence's KPIs, each with its formula and optional scoring rule.
    #[serde(default)]
    pub kpis: Vec<S<RawKpi>>,
    /// 行为标准: modules of activities with per-level criteria.
    #[serde(default)]
    pub behaviour_standards: Vec<S<RawBehaviourModule>>,
    /// 参考项: shown with the record's value, never gating.
    #[serde(default)]
    pub reference_items: Vec<S<RawReferenceItem>>,
    /// 岗位: positions over a range of levels, with KPIs and extra requirements.
    #[serde(default)]
    pub positions: Vec<S<RawPosition>>,
    /// The sequence's levels, lowest first; each inherits the requirements of the one below.
    pub levels: S<Vec<S<RawLevel>>>,
}

/// A behaviour-standard module (行为标准): a group of activities.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawBehaviourModule {
    /// The module's id (`[a-z0-9][a-z0-9-]*`), unique within the sequence.
    pub id: S<String>,
    /// The display name, e.g. 市场调研.
    pub name: S<String>,
    /// What the module covers, in Markdown; optional.
    #[serde(default)]
    pub description: Option<S<String>>,
    /// The module's activities, each with a criterion per level.
    pub activities: Vec<S<RawActivity>>,
}

/// A behaviour-standard activity and what it looks like at each level.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawActivity {
    /// The activity's id (`[a-z0-9][a-z0-9-]*`), which levels and records refer to.
    pub id: S<String>,
    /// The display name, e.g. 集体户调研.
    pub name: S<String>,
    /// Level id → what the activity looks like at that level.
    pub criteria: BTreeMap<String, S<String>>,
}

/// A reference item (参考项): a value shown beside the verdict, never gating it.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawReferenceItem {
    /// The item's id (`[a-z0-9][a-z0-9-]*`); a record's `reference:` uses it as a key.
    pub id: S<String>,
    /// The display name, e.g. 品德.
    pub name: S<String>,
    /// What the item records, in Markdown; optional.
    #[serde(default)]
    pub description: Option<S<String>>,
    /// Where the value comes from: `record` (default), `performance` or `kpi`.
    #[serde(default)]
    pub source: Option<S<crate::model::ReferenceSource>>,
}

/// A position (岗位) open over a range of levels, with its KPIs and extra requirements.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPosition {
    /// The position's id (`[a-z0-9][a-z0-9-]*`); a record's `position` names it.
    pub id: S<String>,
    /// The display name, e.g. 销售经理.
    pub name: S<String>,
    /// The lowest and highest level the position is open at.
    pub levels: S<RawLevelRange>,
    /// What the position does, in Markdown; optional.
    #[serde(default)]
    pub description: Option<S<String>>,
    /// The position's responsibilities, one Markdown entry each; optional.
    #[serde(default)]
    pub responsibilities: Vec<S<String>>,
    /// Ids of the sequence's KPIs a record for this position is measured on.
    #[serde(default)]
    pub kpis: Vec<S<String>>,
    /// Competency requirements added or raised on top of the level's (never lowered).
    #[serde(default)]
    pub competencies: Vec<S<RawRequirement>>,
}

/// A range of the sequence's levels, lowest first.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawLevelRange {
    /// The id of the lowest level in the range.
    pub from: S<String>,
    /// The id of the highest level in the range (may equal `from`).
    pub to: S<String>,
}

/// A scoring module of the sequence: scored per item, as a whole, by the exam or from KPIs.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawModuleDefinition {
    /// The module's id (`[a-z0-9][a-z0-9-]*`), unique within the sequence.
    pub id: S<String>,
    /// The display name, e.g. 基本素质.
    pub name: S<String>,
    /// What the module assesses, in Markdown; optional.
    #[serde(default)]
    pub description: Option<S<String>>,
    /// Scored by the record's `written_exam`; has no items; one per sequence (default `false`).
    #[serde(default)]
    pub exam: bool,
    /// Scored from the record's KPI results.
    #[serde(default)]
    pub kpi: bool,
    /// The module's items; a module without items is scored as one number.
    #[serde(default)]
    pub items: Vec<S<RawItemDefinition>>,
}

/// A scoring item within a module.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawItemDefinition {
    /// The item's id (`[a-z0-9][a-z0-9-]*`), unique within the sequence.
    pub id: S<String>,
    /// The display name, e.g. 敬业精神.
    pub name: S<String>,
    /// What the item assesses, in Markdown; optional.
    #[serde(default)]
    pub description: Option<S<String>>,
}

/// A KPI of the sequence: how it is computed and, optionally, how it is scored.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawKpi {
    /// The KPI's id (`[a-z0-9][a-z0-9-]*`); positions and records refer to it.
    pub id: S<String>,
    /// The display name, e.g. 销售任务完成率.
    pub name: S<String>,
    /// How the result is computed, as text, e.g. 实际回款额 ÷ 应回款额 × 100%.
    pub formula: S<String>,
    /// What the KPI measures, in Markdown; optional.
    #[serde(default)]
    pub description: Option<S<String>>,
    /// The unit printed after target and result, e.g. `"%"`; optional.
    #[serde(default)]
    pub unit: Option<S<String>>,
    /// Which results are better: `higher` (default) or `lower`.
    #[serde(default)]
    pub direction: Option<S<crate::model::Direction>>,
    /// The result aimed at; required when the KPI is scored.
    #[serde(default)]
    pub target: Option<S<f64>>,
    /// The points the KPI earns at target in the KPI score; required when scored.
    #[serde(default)]
    pub weight: Option<S<f64>>,
    /// How a result becomes points; without it the KPI is shown, not scored.
    #[serde(default)]
    pub scoring: Option<S<RawKpiScoring>>,
}

/// How a KPI result becomes points: a deduction per step short of target, or a table.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawKpiScoring {
    /// Points off the weight for each whole step short of target (excludes `table`).
    #[serde(default)]
    pub deduct: Option<S<RawDeduct>>,
    /// Bands, best first: a result at `from` or better earns `points`; below all, 0.
    #[serde(default)]
    pub table: Option<S<Vec<S<RawKpiBand>>>>,
}

/// A deduction rule: `points` off for each whole `step` short of target, never below 0.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawDeduct {
    /// The size of one step, in the KPI's unit; above 0.
    pub step: S<f64>,
    /// The points taken off per whole step short; 0 or more.
    pub points: S<f64>,
}

/// One band of a KPI scoring table.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawKpiBand {
    /// The result this band starts at; a result at it or better earns the band's points.
    pub from: S<f64>,
    /// The points the band earns, 0 up to the KPI's weight.
    pub points: S<f64>,
}

/// One level of a sequence, with its conditions and requirements.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawLevel {
    /// The level's id (`[a-z0-9][a-z0-9-]*`), unique within the sequence, e.g. `s1`.
    pub id: S<String>,
    /// The level's name, e.g. 一级.
    pub name: S<String>,
    /// The title held at this level, e.g. 助理客户经理.
    pub title: S<String>,
    /// The level's role positioning, in Markdown; optional and not inherited.
    #[serde(default)]
    pub positioning: Option<S<String>>,
    /// Basic conditions: a gate, not graded; inherited field by field from the level below.
    #[serde(default)]
    pub conditions: Option<RawConditions>,
    /// Required knowledge, one Markdown entry each; not inherited.
    #[serde(default)]
    pub knowledge: Vec<S<String>>,
    /// Responsibilities, one Markdown entry each; not inherited.
    #[serde(default)]
    pub responsibilities: Vec<S<String>>,
    /// Required competency levels, key or normal; inherited by competency id.
    #[serde(default)]
    pub competencies: Vec<S<RawRequirement>>,
    /// Required behaviour-standard activities, key or normal; inherited by activity id.
    #[serde(default)]
    pub behaviours: Vec<S<RawBehaviourRequirement>>,
    /// Points per scoring module and the pass mark; inherited by module id.
    #[serde(default)]
    pub scoring: Option<S<RawScoring>>,
    /// Contribution requirements; inherited, overridden by the same kinds.
    #[serde(default)]
    pub contributions: Vec<S<RawContributionRequirement>>,
}

/// A level's basic conditions (基本条件); each field given overrides the level below's.
#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawConditions {
    /// The lowest education: `high-school`, `associate`, `bachelor`, `master` or `doctorate`.
    #[serde(default)]
    pub education: Option<S<Education>>,
    /// Years of relevant work experience, at least.
    #[serde(default)]
    pub experience_years: Option<S<f64>>,
    /// Years in the current level, at least (现职要求); waived on re-certification.
    #[serde(default)]
    pub years_in_level: Option<S<f64>>,
    /// Training hours in the cycle, at least.
    #[serde(default)]
    pub training_hours: Option<S<f64>>,
    /// Certifications that must each be held.
    #[serde(default)]
    pub certifications: Option<Vec<S<String>>>,
    /// A rule over the latest performance ratings.
    #[serde(default)]
    pub performance: Option<S<RawPerformanceRule>>,
    /// Conditions judged true or false by the assessors; inherited by id.
    #[serde(default)]
    pub other: Vec<S<RawOtherCondition>>,
    /// Accepted majors or fields (专业).
    #[serde(default)]
    pub major: Option<S<Vec<S<String>>>>,
    /// The lowest professional title (职称) on the settings' scale.
    #[serde(default)]
    pub title: Option<S<String>>,
    /// Alternatives: one of them must hold entirely (本科 + 3 年, or 大专 + 5 年).
    #[serde(default)]
    pub any_of: Option<S<Vec<S<RawAlternative>>>>,
}

/// One way to qualify within `any_of`: every condition it gives must hold.
#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawAlternative {
    /// The lowest education: `high-school`, `associate`, `bachelor`, `master` or `doctorate`.
    #[serde(default)]
    pub education: Option<S<Education>>,
    /// Years of relevant work experience, at least.
    #[serde(default)]
    pub experience_years: Option<S<f64>>,
    /// Years in the current level, at least.
    #[serde(default)]
    pub years_in_level: Option<S<f64>>,
    /// Training hours in the cycle, at least.
    #[serde(default)]
    pub training_hours: Option<S<f64>>,
    /// Accepted majors or fields (专业).
    #[serde(default)]
    pub major: Option<S<Vec<S<String>>>>,
    /// The lowest professional title (职称) on the settings' scale.
    #[serde(default)]
    pub title: Option<S<String>>,
}

/// A performance-rating rule over the latest ratings.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPerformanceRule {
    /// How many of the latest ratings the rule looks at (all when fewer); at least 1.
    pub last: S<u32>,
    /// No this many consecutive ratings at or below `rating`; goes with `rating`.
    #[serde(default)]
    pub no_consecutive: Option<S<u32>>,
    /// The rating that, with those below it, counts towards `no_consecutive`.
    #[serde(default)]
    pub rating: Option<S<String>>,
    /// Every rating in the window must be at least this; optional.
    #[serde(default)]
    pub at_least: Option<S<String>>,
}

/// A condition judged by the assessors, met or not.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawOtherCondition {
    /// The condition's id (`[a-z0-9][a-z0-9-]*`); a record's `facts.other` uses it as a key.
    pub id: S<String>,
    /// The condition as shown, e.g. 近一年无重大客户投诉.
    pub text: S<String>,
}

/// A required competency level.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawRequirement {
    /// The id of the competency required.
    pub competency: S<String>,
    /// Left out for a one-line standard.
    #[serde(default)]
    pub level: Option<S<u32>>,
    /// Whether the requirement is key (关键); left out, it is normal (普通).
    #[serde(default)]
    pub key: Option<S<bool>>,
}

/// A required behaviour-standard activity.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawBehaviourRequirement {
    /// The id of an activity under the sequence's `behaviour_standards`.
    pub activity: S<String>,
    /// Whether the requirement is key (关键); left out, it is normal (普通).
    #[serde(default)]
    pub key: Option<S<bool>>,
}

/// A level's scoring: the points of each module and the pass mark.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawScoring {
    /// The total score required (合格分); inherited from the level below when left out.
    #[serde(default)]
    pub pass: Option<S<f64>>,
    /// The total; optional, and when given it must equal the sum of the module points.
    #[serde(default)]
    pub total: Option<S<f64>>,
    /// The points of each scoring module at this level.
    #[serde(default)]
    pub modules: Vec<S<RawModuleRequirement>>,
}

/// A scoring module's points at a level.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawModuleRequirement {
    /// The id of a module under the sequence's `scoring_modules`.
    pub module: S<String>,
    /// The points the module is worth at this level; 0 or more.
    pub points: S<f64>,
    /// Item id → points, for every item of the module, adding up to `points`.
    #[serde(default)]
    pub items: Option<BTreeMap<String, S<f64>>>,
}

/// A contribution requirement: how many contributions of a kind (or kinds) a level needs.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawContributionRequirement {
    /// The contribution kind id from rungs.yaml; or give `kinds` instead.
    #[serde(default)]
    pub kind: Option<S<String>>,
    /// At least `count` from any of these kinds.
    #[serde(default)]
    pub kinds: Option<S<Vec<S<String>>>>,
    /// How many contributions are needed, at least 1 (default 1).
    #[serde(default)]
    pub count: Option<S<u32>>,
    /// Contributions of the latest `within` cycles count (default 1: this cycle's).
    #[serde(default)]
    pub within: Option<S<u32>>,
}

/// The front matter of a Markdown page (`pages/<id>.md`).
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawFrontMatter {
    /// The page's title.
    pub title: S<String>,
    /// Position in the navigation and the handbook PDF, then by id; without it, last.
    #[serde(default)]
    pub order: Option<i64>,
    /// Placed after the sequences and the dictionary in the handbook PDF.
    #[serde(default)]
    pub appendix: bool,
}

/// `assessments/<cycle>/<employee-id>.yaml`: one employee's assessment for one cycle.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawAssessment {
    /// The employee's id (`[A-Za-z0-9][A-Za-z0-9_-]*`, at most 64); must match the file name.
    pub employee_id: S<String>,
    /// The employee's display name.
    pub name: S<String>,
    /// The employee's department.
    pub department: S<String>,
    /// The employee's manager; optional.
    #[serde(default)]
    pub manager: Option<RawManager>,
    /// The id of the sequence assessed in.
    pub sequence: S<String>,
    /// The id of the position held; its KPIs and requirements apply. Optional.
    #[serde(default)]
    pub position: Option<S<String>>,
    /// The cycle, e.g. 2024H1 (`[A-Za-z0-9][A-Za-z0-9_-]*`); must match the folder name.
    pub cycle: S<String>,
    /// The id of the level held; left out for a first certification.
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
    /// Evidence for the basic conditions.
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
}

/// One item of an individual development plan.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
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
#[derive(Debug, Deserialize, schemars::JsonSchema)]
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
#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
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
    pub certifications: Vec<S<String>>,
    /// Performance ratings, oldest first, on the settings' `performance_ratings`.
    #[serde(default)]
    pub performance: Vec<S<String>>,
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
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawBehaviourResult {
    /// Whether the activity meets its criterion.
    pub met: S<bool>,
    /// What was observed; optional.
    #[serde(default)]
    pub evidence: Option<S<String>>,
}

/// The assessment of one competency: a level achieved, or met for a one-line standard.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
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
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(untagged)]
pub enum RawModuleScore {
    /// One score, 0 up to the module's points, for a module without items.
    Whole(f64),
    /// Item id → score, each 0 up to the item's points.
    Items(BTreeMap<String, f64>),
}

/// A contribution the employee made in the cycle.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawContribution {
    /// The contribution kind id from rungs.yaml.
    pub kind: S<String>,
    /// What it was; the same kind and title count once across cycles.
    pub title: S<String>,
}
