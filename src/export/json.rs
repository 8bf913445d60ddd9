//! The `rungs-standard` JSON document: the whole validated standard (settings, categories,
//! competencies, sequences with inheritance resolved, positions, pages) for other systems, in a
//! shape of its own that `schemas/rungs-standard.schema.json` describes.
//!
//! The view structs here are the contract, not the model: the model may change, this shape
//! changes only with [`VERSION`]. Every key is always present (`null` when unset) and keys are
//! sorted, so the same standard always gives the same bytes. Assessment records never reach
//! this module: it takes a [`Standard`] only.

use serde::Serialize;

use crate::model::{
    self, Alternative, Conditions, Direction, Education, FailedRecertification, KpiRule,
    LearningKind, ReferenceSource, Standard, Status,
};

/// The document's `format`.
pub const FORMAT: &str = "rungs-standard";
/// The document's `version`: raised when a field is removed or changes meaning (adding a field
/// does not raise it).
pub const VERSION: u32 = 1;

/// The standard as pretty-printed JSON with sorted keys, ending in a newline.
pub fn to_json(standard: &Standard) -> Vec<u8> {
    // Through `Value`, whose map is sorted (serde_json without `preserve_order`).
    let value = serde_json::to_value(Document::new(standard)).expect("the view serialises");
    let mut out = serde_json::to_vec_pretty(&value).expect("a value serialises");
    out.push(b'\n');
    out
}

#[derive(Serialize)]
struct Document<'a> {
    format: &'static str,
    version: u32,
    settings: SettingsView<'a>,
    categories: Vec<CategoryView<'a>>,
    contribution_kinds: Vec<CategoryView<'a>>,
    competencies: Vec<CompetencyView<'a>>,
    sequences: Vec<SequenceView<'a>>,
    pages: Vec<PageView<'a>>,
}

impl<'a> Document<'a> {
    fn new(s: &'a Standard) -> Self {
        Document {
            format: FORMAT,
            version: VERSION,
            settings: SettingsView::new(&s.settings),
            categories: s.categories.iter().map(CategoryView::new).collect(),
            contribution_kinds: s.contribution_kinds.iter().map(CategoryView::new).collect(),
            competencies: s.competencies.iter().map(CompetencyView::new).collect(),
            sequences: s.sequences.iter().map(SequenceView::new).collect(),
            pages: s.pages.iter().map(PageView::new).collect(),
        }
    }
}

#[derive(Serialize)]
struct SettingsView<'a> {
    title: &'a str,
    organisation: &'a str,
    edition: &'a str,
    effective_date: String,
    issued: Option<String>,
    edition_notes: Option<&'a str>,
    status: Status,
    language: &'static str,
    base_url: Option<&'a str>,
    owner: &'a str,
    serial: Option<&'a str>,
    performance_ratings: &'a [String],
    professional_titles: &'a [String],
    grading: GradingView,
    verdict: VerdictView,
}

impl<'a> SettingsView<'a> {
    fn new(s: &'a model::Settings) -> Self {
        SettingsView {
            title: &s.title,
            organisation: &s.organisation,
            edition: &s.edition,
            effective_date: s.effective_date.to_string(),
            issued: s.issued.map(|d| d.to_string()),
            edition_notes: s.edition_notes.as_deref(),
            status: s.status,
            language: s.language.tag(),
            base_url: s.base_url.as_deref(),
            owner: &s.owner,
            serial: s.serial.as_deref(),
            performance_ratings: &s.performance_ratings,
            professional_titles: &s.professional_titles,
            grading: GradingView {
                b_max_normal_unmet: s.grading.b_max_normal_unmet,
                counts_competencies: s.grading.counts_competencies,
                counts_behaviours: s.grading.counts_behaviours,
            },
            verdict: VerdictView {
                contributions_gate: s.verdict.contributions_gate,
                failed_recertification: s.verdict.failed_recertification,
            },
        }
    }
}

#[derive(Serialize)]
struct GradingView {
    b_max_normal_unmet: f64,
    counts_competencies: bool,
    counts_behaviours: bool,
}

#[derive(Serialize)]
struct VerdictView {
    contributions_gate: bool,
    failed_recertification: FailedRecertification,
}

#[derive(Serialize)]
struct CategoryView<'a> {
    id: &'a str,
    name: &'a str,
    description: Option<&'a str>,
}

impl<'a> CategoryView<'a> {
    fn new(c: &'a model::Category) -> Self {
        CategoryView {
            id: &c.id,
            name: &c.name,
            description: c.description.as_deref(),
        }
    }
}

#[derive(Serialize)]
struct CompetencyView<'a> {
    id: &'a str,
    name: &'a str,
    category: &'a str,
    definition: &'a str,
    key_points: &'a [String],
    /// `graded` (levels 1..=N) or `one-line` (met or not against `standard`).
    kind: &'static str,
    standard: Option<&'a str>,
    max_level: u32,
    levels: Vec<CompetencyLevelView<'a>>,
}

impl<'a> CompetencyView<'a> {
    fn new(c: &'a model::Competency) -> Self {
        CompetencyView {
            id: &c.id,
            name: &c.name,
            category: &c.category,
            definition: &c.definition,
            key_points: &c.key_points,
            kind: if c.is_one_line() {
                "one-line"
            } else {
                "graded"
            },
            standard: c.standard.as_deref(),
            max_level: if c.is_one_line() { 1 } else { c.max_level() },
            levels: c
                .levels
                .iter()
                .map(|l| CompetencyLevelView {
                    level: l.level,
                    title: &l.title,
                    behaviours: &l.behaviours,
                    suggestions: l
                        .suggestions
                        .iter()
                        .map(|s| SuggestionView {
                            kind: s.kind,
                            text: &s.text,
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

#[derive(Serialize)]
struct CompetencyLevelView<'a> {
    level: u32,
    title: &'a str,
    behaviours: &'a [String],
    suggestions: Vec<SuggestionView<'a>>,
}

#[derive(Serialize)]
struct SuggestionView<'a> {
    kind: LearningKind,
    text: &'a str,
}

#[derive(Serialize)]
struct SequenceView<'a> {
    id: &'a str,
    name: &'a str,
    order: i64,
    description: Option<&'a str>,
    scoring_modules: Vec<ModuleView<'a>>,
    kpis: Vec<KpiView<'a>>,
    behaviour_modules: Vec<BehaviourModuleView<'a>>,
    reference_items: Vec<ReferenceItemView<'a>>,
    positions: Vec<PositionView<'a>>,
    levels: Vec<LevelView<'a>>,
}

impl<'a> SequenceView<'a> {
    fn new(s: &'a model::Sequence) -> Self {
        SequenceView {
            id: &s.id,
            name: &s.name,
            order: s.order,
            description: s.description.as_deref(),
            scoring_modules: s
                .modules
                .iter()
                .map(|m| ModuleView {
                    id: &m.id,
                    name: &m.name,
                    description: m.description.as_deref(),
                    exam: m.exam,
                    kpi: m.kpi,
                    items: m
                        .items
                        .iter()
                        .map(|i| ItemView {
                            id: &i.id,
                            name: &i.name,
                            description: i.description.as_deref(),
                        })
                        .collect(),
                })
                .collect(),
            kpis: s.kpis.iter().map(KpiView::new).collect(),
            behaviour_modules: s
                .behaviour_modules
                .iter()
                .map(|m| BehaviourModuleView {
                    id: &m.id,
                    name: &m.name,
                    description: m.description.as_deref(),
                    activities: m
                        .activities
                        .iter()
                        .map(|a| ActivityView {
                            id: &a.id,
                            name: &a.name,
                            criteria: a
                                .criteria
                                .iter()
                                .map(|(level, criterion)| CriterionView { level, criterion })
                                .collect(),
                        })
                        .collect(),
                })
                .collect(),
            reference_items: s
                .reference_items
                .iter()
                .map(|r| ReferenceItemView {
                    id: &r.id,
                    name: &r.name,
                    description: r.description.as_deref(),
                    source: r.source,
                })
                .collect(),
            positions: s
                .positions
                .iter()
                .map(|p| PositionView {
                    id: &p.id,
                    name: &p.name,
                    from_level: &p.from,
                    to_level: &p.to,
                    levels: s
                        .levels
                        .iter()
                        .filter(|l| p.covers(s, l))
                        .map(|l| l.id.as_str())
                        .collect(),
                    description: p.description.as_deref(),
                    responsibilities: &p.responsibilities,
                    kpis: &p.kpis,
                    requirements: p.requirements.iter().map(RequirementView::new).collect(),
                })
                .collect(),
            levels: s.levels.iter().map(LevelView::new).collect(),
        }
    }
}

#[derive(Serialize)]
struct ModuleView<'a> {
    id: &'a str,
    name: &'a str,
    description: Option<&'a str>,
    exam: bool,
    kpi: bool,
    items: Vec<ItemView<'a>>,
}

#[derive(Serialize)]
struct ItemView<'a> {
    id: &'a str,
    name: &'a str,
    description: Option<&'a str>,
}

#[derive(Serialize)]
struct KpiView<'a> {
    id: &'a str,
    name: &'a str,
    formula: &'a str,
    description: Option<&'a str>,
    unit: Option<&'a str>,
    direction: Direction,
    target: Option<f64>,
    weight: f64,
    scoring: Option<KpiRuleView>,
}

impl<'a> KpiView<'a> {
    fn new(k: &'a model::Kpi) -> Self {
        KpiView {
            id: &k.id,
            name: &k.name,
            formula: &k.formula,
            description: k.description.as_deref(),
            unit: k.unit.as_deref(),
            direction: k.direction,
            target: k.target,
            weight: k.weight,
            scoring: k.rule.as_ref().map(rule_view),
        }
    }
}

pub(super) fn rule_view(rule: &KpiRule) -> KpiRuleView {
    match rule {
        KpiRule::Deduct { step, points } => KpiRuleView::Deduct {
            step: *step,
            points: *points,
        },
        KpiRule::Table(bands) => KpiRuleView::Table {
            bands: bands
                .iter()
                .map(|&(from, points)| Band { from, points })
                .collect(),
        },
    }
}

/// How a KPI result becomes points: `{"rule": "deduct", …}` or `{"rule": "table", …}`.
#[derive(Serialize)]
#[serde(tag = "rule", rename_all = "lowercase")]
pub(super) enum KpiRuleView {
    Deduct { step: f64, points: f64 },
    Table { bands: Vec<Band> },
}

#[derive(Serialize)]
pub(super) struct Band {
    from: f64,
    points: f64,
}

#[derive(Serialize)]
struct BehaviourModuleView<'a> {
    id: &'a str,
    name: &'a str,
    description: Option<&'a str>,
    activities: Vec<ActivityView<'a>>,
}

#[derive(Serialize)]
struct ActivityView<'a> {
    id: &'a str,
    name: &'a str,
    criteria: Vec<CriterionView<'a>>,
}

#[derive(Serialize)]
struct CriterionView<'a> {
    level: &'a str,
    criterion: &'a str,
}

#[derive(Serialize)]
struct ReferenceItemView<'a> {
    id: &'a str,
    name: &'a str,
    description: Option<&'a str>,
    source: ReferenceSource,
}

#[derive(Serialize)]
struct PositionView<'a> {
    id: &'a str,
    name: &'a str,
    from_level: &'a str,
    to_level: &'a str,
    /// The ids of the levels it is open at, lowest first.
    levels: Vec<&'a str>,
    description: Option<&'a str>,
    responsibilities: &'a [String],
    kpis: &'a [String],
    /// Added to, or raised above, the requirements of the level held.
    requirements: Vec<RequirementView<'a>>,
}

#[derive(Serialize)]
pub(super) struct RequirementView<'a> {
    competency: &'a str,
    level: u32,
    key: bool,
}

impl<'a> RequirementView<'a> {
    fn new(r: &'a model::Requirement) -> Self {
        RequirementView {
            competency: &r.competency,
            level: r.level,
            key: r.key,
        }
    }
}

#[derive(Serialize)]
pub(super) struct LevelView<'a> {
    pub(super) id: &'a str,
    pub(super) rank: usize,
    pub(super) name: &'a str,
    pub(super) title: &'a str,
    pub(super) positioning: Option<&'a str>,
    pub(super) conditions: ConditionsView<'a>,
    pub(super) knowledge: &'a [String],
    pub(super) responsibilities: &'a [String],
    pub(super) requirements: Vec<RequirementView<'a>>,
    pub(super) behaviours: Vec<BehaviourRequirementView<'a>>,
    pub(super) scoring: ScoringView<'a>,
    pub(super) contributions: Vec<ContributionView<'a>>,
}

impl<'a> LevelView<'a> {
    pub(super) fn new(l: &'a model::Level) -> Self {
        LevelView {
            id: &l.id,
            rank: l.rank,
            name: &l.name,
            title: &l.title,
            positioning: l.positioning.as_deref(),
            conditions: ConditionsView::new(&l.conditions),
            knowledge: &l.knowledge,
            responsibilities: &l.responsibilities,
            requirements: l.requirements.iter().map(RequirementView::new).collect(),
            behaviours: l
                .behaviours
                .iter()
                .map(|b| BehaviourRequirementView {
                    activity: &b.activity,
                    key: b.key,
                    criterion: &b.criterion,
                })
                .collect(),
            scoring: ScoringView {
                pass: l.scoring.pass,
                total: l.scoring.total,
                modules: l
                    .scoring
                    .modules
                    .iter()
                    .map(|m| ModuleRequirementView {
                        module: &m.module,
                        points: m.points,
                        items: m
                            .items
                            .iter()
                            .map(|(item, points)| ItemPoints {
                                item,
                                points: *points,
                            })
                            .collect(),
                    })
                    .collect(),
            },
            contributions: l
                .contributions
                .iter()
                .map(|c| ContributionView {
                    kinds: &c.kinds,
                    count: c.count,
                    within: c.within,
                })
                .collect(),
        }
    }
}

#[derive(Serialize)]
pub(super) struct ConditionsView<'a> {
    education: Option<Education>,
    experience_years: Option<f64>,
    years_in_level: Option<f64>,
    training_hours: Option<f64>,
    majors: &'a [String],
    professional_title: Option<&'a str>,
    certifications: &'a [String],
    performance: Option<PerformanceView<'a>>,
    other: Vec<OtherView<'a>>,
    alternatives: Vec<AlternativeView<'a>>,
}

impl<'a> ConditionsView<'a> {
    pub(super) fn new(c: &'a Conditions) -> Self {
        ConditionsView {
            education: c.education,
            experience_years: c.experience_years,
            years_in_level: c.years_in_level,
            training_hours: c.training_hours,
            majors: &c.majors,
            professional_title: c.title.as_deref(),
            certifications: &c.certifications,
            performance: c.performance.as_ref().map(|p| PerformanceView {
                last: p.last,
                no_consecutive: p.no_consecutive.as_ref().map(|(count, rating)| {
                    NoConsecutiveView {
                        count: *count,
                        rating,
                    }
                }),
                at_least: p.at_least.as_deref(),
            }),
            other: c
                .other
                .iter()
                .map(|o| OtherView {
                    id: &o.id,
                    text: &o.text,
                })
                .collect(),
            alternatives: c.alternatives.iter().map(AlternativeView::new).collect(),
        }
    }
}

/// "In the latest `last` ratings, no `count` consecutive ratings at or below `rating`, and
/// every rating at least `at_least`."
#[derive(Serialize)]
struct PerformanceView<'a> {
    last: u32,
    no_consecutive: Option<NoConsecutiveView<'a>>,
    at_least: Option<&'a str>,
}

#[derive(Serialize)]
struct NoConsecutiveView<'a> {
    count: u32,
    rating: &'a str,
}

#[derive(Serialize)]
struct OtherView<'a> {
    id: &'a str,
    text: &'a str,
}

#[derive(Serialize)]
struct AlternativeView<'a> {
    education: Option<Education>,
    experience_years: Option<f64>,
    years_in_level: Option<f64>,
    training_hours: Option<f64>,
    majors: &'a [String],
    professional_title: Option<&'a str>,
}

impl<'a> AlternativeView<'a> {
    fn new(a: &'a Alternative) -> Self {
        AlternativeView {
            education: a.education,
            experience_years: a.experience_years,
            years_in_level: a.years_in_level,
            training_hours: a.training_hours,
            majors: &a.majors,
            professional_title: a.title.as_deref(),
        }
    }
}

#[derive(Serialize)]
pub(super) struct BehaviourRequirementView<'a> {
    activity: &'a str,
    key: bool,
    criterion: &'a str,
}

#[derive(Serialize)]
pub(super) struct ScoringView<'a> {
    pass: f64,
    total: f64,
    modules: Vec<ModuleRequirementView<'a>>,
}

#[derive(Serialize)]
pub(super) struct ModuleRequirementView<'a> {
    module: &'a str,
    points: f64,
    items: Vec<ItemPoints<'a>>,
}

#[derive(Serialize)]
pub(super) struct ItemPoints<'a> {
    item: &'a str,
    points: f64,
}

#[derive(Serialize)]
pub(super) struct ContributionView<'a> {
    kinds: &'a [String],
    count: u32,
    within: u32,
}

#[derive(Serialize)]
struct PageView<'a> {
    id: &'a str,
    title: &'a str,
    order: i64,
    appendix: bool,
    /// Markdown, as written (front matter removed).
    body_markdown: &'a str,
}

impl<'a> PageView<'a> {
    fn new(p: &'a model::Page) -> Self {
        PageView {
            id: &p.id,
            title: &p.title,
            order: p.order,
            appendix: p.appendix,
            body_markdown: &p.body,
        }
    }
}
