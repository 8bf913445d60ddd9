//! The data file of one development report: every figure evaluated and every sentence worded
//! here, so the Typst template only lays it out. The report reads as an employee and their
//! manager need it: the verdict and why first, then the evidence, the gaps in priority order,
//! a development plan (the record's own, or one proposed from the gaps), guidance for
//! failures that are not competency gaps, and the trend across the employee's cycles.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{Header, language_code};
use crate::evaluate::development::{self, ProposedItem};
use crate::evaluate::guidance;
use crate::evaluate::trend::{self, CyclePoint, Trend};
use crate::evaluate::{
    BehaviourCheck, ConditionKind, Evaluation, GapStatus, Grade, ReferenceValue,
};
use crate::model::{
    Assessment, Education, Facts, Language, LearningKind, PlanItem, PlanStatus, ReferenceSource,
    Requirement, Standard, Suggestion,
};
use crate::model::{format_score, format_score_lower};
use crate::render::BuildInfo;
use crate::render::i18n::{self, fill, number};
use crate::render::markdown::to_plain_text;
use crate::render::shared;
use crate::render::verdict;

/// An earlier record of the same employee and its evaluation.
pub type Earlier<'a> = (&'a Assessment, &'a Evaluation);

#[derive(Serialize)]
pub struct ReportData<'a> {
    t: BTreeMap<&'static str, &'static str>,
    lang: &'static str,
    standard: Header<'a>,
    employee: Employee<'a>,
    summary: Summary,
    verdict: Verdict,
    conditions: Vec<ConditionRow>,
    modules: Vec<ModuleRow<'a>>,
    /// The KPIs the record is measured on, with results and points.
    kpis: Vec<KpiRow<'a>>,
    /// "70/120，折合 58.33/100", when a KPI is scored.
    kpi_score: Option<String>,
    /// What the KPI score does: feeds a module ("计入「个人绩效」：58.33% × 10 = 5.83 分") or
    /// is shown only.
    kpi_effect: Option<String>,
    /// Behaviour-standard activities required, with the record's verdict on each.
    behaviours: Vec<BehaviourRow<'a>>,
    /// 参考项 with the record's values: shown, never gating.
    reference: Vec<ReferenceRow<'a>>,
    /// Unmet key items first, then by gap, then the items met.
    competencies: Vec<CompetencyRow<'a>>,
    /// In the level's order, for the radar.
    radar: Vec<RadarAxis<'a>>,
    /// What the record holds, most telling first (see `evaluate::Strength`).
    strengths: Vec<String>,
    plan: Plan,
    guidance: Vec<String>,
    trend: Option<TrendView>,
    contributions: Vec<ContributionRow>,
    submitted: Vec<Submitted<'a>>,
    /// Whether the contribution requirements decide the verdict (a setting).
    contributions_gate: bool,
    comments: Option<String>,
}

#[derive(Serialize)]
struct Employee<'a> {
    /// The name as shown in the body: long unbroken runs may wrap.
    name: String,
    /// The name cut for running footers.
    short_name: String,
    id: &'a str,
    department: &'a str,
    manager: Option<&'a str>,
    sequence: &'a str,
    cycle: &'a str,
    date: String,
    current: Option<String>,
    applied: String,
    position: Option<&'a str>,
    assessors: String,
    edition: Option<&'a str>,
}

/// The first thing a reader sees: the verdict and why, the grade explained, the top
/// strengths and priorities.
#[derive(Serialize)]
struct Summary {
    qualified: bool,
    /// What the verdict means for the level held: 晋级, 保留, 未通过，降级 …
    outcome: &'static str,
    /// Flags beside the outcome: 越级 (skipping levels), 复审 (entry-only conditions waived).
    flags: Vec<String>,
    /// Why it is (not) qualified, in one sentence.
    reason: String,
    /// The three gates of the verdict, each with its result.
    gates: Vec<Gate>,
    grade: &'static str,
    strengths: Vec<String>,
    priorities: Vec<String>,
    /// Unmet conditions only time cures, with when they will be met.
    waiting: Vec<String>,
}

#[derive(Serialize)]
struct Gate {
    label: &'static str,
    text: String,
    met: bool,
}

#[derive(Serialize)]
struct Verdict {
    qualified: bool,
    grade: &'static str,
    total: String,
    pass: String,
    points: String,
    total_met: bool,
    conditions_met: bool,
    key_unmet: usize,
    key_total: usize,
    normal_unmet: usize,
    normal_total: usize,
    rules: String,
}

#[derive(Serialize)]
struct ConditionRow {
    label: &'static str,
    required: String,
    actual: String,
    met: bool,
    /// An entry-only condition a re-certification does not apply.
    waived: bool,
}

#[derive(Serialize)]
struct KpiRow<'a> {
    name: &'a str,
    /// The scoring rule in words, empty when not scored.
    rule: String,
    target: String,
    /// "92%", or empty when the record gives no result.
    result: String,
    /// "30/40", or empty for a KPI shown but not scored.
    points: String,
    /// True when the KPI lost points (or has no result).
    short: bool,
}

#[derive(Serialize)]
struct BehaviourRow<'a> {
    module: &'a str,
    name: &'a str,
    key: bool,
    /// "met", "unmet" or "missing" (not assessed: counts as not met).
    status: &'static str,
    evidence: Option<&'a str>,
}

#[derive(Serialize)]
struct ReferenceRow<'a> {
    name: &'a str,
    value: String,
}

#[derive(Serialize)]
struct ModuleRow<'a> {
    name: &'a str,
    exam: bool,
    points: String,
    score: String,
    ratio: f64,
    items: Vec<ItemRow<'a>>,
}

#[derive(Serialize)]
struct ItemRow<'a> {
    name: &'a str,
    points: String,
    score: String,
}

#[derive(Serialize)]
struct CompetencyRow<'a> {
    name: &'a str,
    key: bool,
    /// The record's position adds or raises this requirement.
    from_position: bool,
    /// A one-line standard: met or not, no levels.
    one_line: bool,
    required: u32,
    achieved: u32,
    gap: i64,
    required_title: &'a str,
    achieved_title: &'a str,
    status: &'static str,
}

#[derive(Serialize)]
struct RadarAxis<'a> {
    name: &'a str,
    max: u32,
    required: u32,
    achieved: u32,
    /// The level achieved in the previous cycle, when there is one.
    previous: Option<u32>,
}

#[derive(Serialize)]
struct Plan {
    /// True when the record has no plan and the items are proposed from the gaps.
    proposed: bool,
    items: Vec<PlanItemView>,
    /// What to say when there is nothing to plan.
    note: Option<String>,
}

#[derive(Serialize)]
struct PlanItemView {
    title: String,
    key: bool,
    /// `1 级 → 2 级「…」` for a competency gap.
    step: Option<String>,
    goal: Option<String>,
    /// What `behaviours` are: the target level's behaviours, a behaviour standard's
    /// criterion, or a one-line standard to meet.
    behaviours_label: &'static str,
    behaviours: Vec<String>,
    /// (kind, action)
    actions: Vec<(&'static str, String)>,
    owner: Option<String>,
    due: Option<String>,
    status: Option<&'static str>,
    overdue: bool,
}

#[derive(Serialize)]
struct TrendView {
    cycles: Vec<CycleRow>,
    since: String,
    /// Says that the levels applied for differ, so the requirements rose (or fell).
    level_note: Option<String>,
    /// What the gaps new since the cycle before are called: new, or new with a higher level.
    new_gaps_label: &'static str,
    closed: Vec<String>,
    still_open: Vec<String>,
    opened: Vec<String>,
    /// `影响能力 1→2`
    improved: Vec<String>,
    /// What moved the total since: `个人绩效 10→5.83`, `KPI 得分 100→58.33`, `总分 75→73.83`.
    moved: Vec<String>,
    /// Basic conditions unmet now that were met then.
    newly_unmet: Vec<String>,
    /// What decided each cycle, side by side: total, pass mark, modules, KPI, conditions.
    decided: Decided,
    previous_plan: Vec<PlanItemView>,
}

/// A table with a column per cycle (the latest [`DECIDED_CYCLES`]) and a row per figure.
#[derive(Serialize)]
struct Decided {
    cycles: Vec<String>,
    rows: Vec<DecidedRow>,
}

#[derive(Serialize)]
struct DecidedRow {
    label: String,
    cells: Vec<DecidedCell>,
}

#[derive(Serialize)]
struct DecidedCell {
    text: String,
    mark: Mark,
}

/// How a figure of the cycle table stands out.
#[derive(Clone, Copy, Serialize)]
#[serde(rename_all = "kebab-case")]
enum Mark {
    Plain,
    /// Lower than in the cycle before (a ↓ beside it).
    Fell,
    /// What failed the verdict that cycle (in red): the total, grade C, unmet conditions.
    Failed,
}

/// A cell of the cycle table from its cycle and the one before it.
type CellOf<'a> = dyn Fn(&CyclePoint, Option<&CyclePoint>) -> (String, Mark) + 'a;

/// The most cycles the table of what decided shows side by side.
const DECIDED_CYCLES: usize = 4;

#[derive(Serialize)]
struct CycleRow {
    cycle: String,
    level: String,
    qualified: bool,
    verdict: &'static str,
    /// Why it was not qualified, empty when it was.
    reason: String,
    grade: &'static str,
    total: String,
    current: bool,
}

#[derive(Serialize)]
struct ContributionRow {
    name: String,
    required: u32,
    achieved: u32,
    met: bool,
}

#[derive(Serialize)]
struct Submitted<'a> {
    kind: &'a str,
    title: &'a str,
    /// "已在 2024H1 计入" when an earlier cycle counted it already; "2024H1 提交，本期计入"
    /// when listed in an earlier cycle and counted now.
    counted: Option<String>,
}

fn grade_letter(g: Grade) -> &'static str {
    match g {
        Grade::A => "A",
        Grade::B => "B",
        Grade::C => "C",
    }
}

/// Long runs without spaces (a 160-letter name) get break opportunities, so they wrap instead
/// of running off the page.
fn breakable(text: &str) -> String {
    const RUN: usize = 24;
    let mut out = String::with_capacity(text.len());
    let mut run = 0;
    for c in text.chars() {
        if c.is_whitespace() {
            run = 0;
        } else {
            run += 1;
            if run > RUN && c.is_ascii() {
                out.push('\u{200B}');
                run = 1;
            }
        }
        out.push(c);
    }
    out
}

pub fn data<'a>(
    h: &'a Standard,
    a: &'a Assessment,
    e: &'a Evaluation,
    earlier: &[Earlier<'a>],
    info: &'a BuildInfo,
    commit: Option<&'a str>,
) -> ReportData<'a> {
    let lang = h.settings.language;
    let t = |k: &str| i18n::get(lang, k);
    let (sequence, applied) = h.target_level(a).expect("checked assessment");
    let position = a.position.as_deref().and_then(|id| sequence.position(id));
    let level_label = |id: &str| {
        sequence
            .level(id)
            .map_or(id.to_string(), |l| format!("{} {}", l.name, l.title))
    };
    let grade_title = |id: &str, n: u32| {
        h.competency(id)
            .and_then(|c| c.level(n))
            .map_or("", |l| l.title.as_str())
    };
    let trend = trend::trend(earlier, (a, e));
    let previous_levels: BTreeMap<&str, u32> = trend
        .as_ref()
        .map(|tr| {
            tr.since
                .achieved
                .iter()
                .filter_map(|(id, then, _)| then.map(|l| (id.as_str(), l)))
                .collect()
        })
        .unwrap_or_default();
    let earlier_records: Vec<&Assessment> = earlier.iter().map(|(r, _)| *r).collect();
    let listed_before = trend::listed_before(a, &earlier_records);
    // One scale on every axis: up to a level above the highest figure shown (never beyond
    // the dictionary's range), so low levels do not huddle at the centre of a 5-level chart.
    let radar_max = e
        .competencies
        .iter()
        .filter(|c| !c.one_line)
        .map(|c| {
            let range = h.competency(&c.competency).map_or(1, |x| x.max_level());
            let shown = c.required.max(c.achieved).max(
                previous_levels
                    .get(c.competency.as_str())
                    .copied()
                    .unwrap_or(0),
            );
            (shown + 1).min(range).max(shown)
        })
        .max()
        .unwrap_or(1)
        .max(1);
    let previous_plan = earlier
        .last()
        .map(|(r, _)| r.plan.as_slice())
        .unwrap_or(&[]);
    ReportData {
        t: i18n::strings(lang),
        lang: language_code(lang),
        standard: Header::new(h, info, commit),
        employee: Employee {
            name: breakable(&a.name),
            short_name: shorten(&a.name, 10),
            id: &a.employee_id,
            department: &a.department,
            manager: a.manager.as_ref().map(|m| m.name.as_str()),
            sequence: &sequence.name,
            cycle: &a.cycle,
            date: a.date.to_string(),
            current: a.current_level.as_deref().map(level_label),
            applied: level_label(&a.applied_level),
            position: position.map(|p| p.name.as_str()),
            assessors: a.assessors.join("、"),
            edition: a.edition.as_deref(),
        },
        summary: summary(h, a, e),
        verdict: Verdict {
            qualified: e.qualified,
            grade: grade_letter(e.grade),
            total: format_score(e.total),
            pass: number(e.pass),
            points: number(e.total_points),
            total_met: e.total_met,
            conditions_met: e.conditions_met,
            key_unmet: e.key_unmet,
            key_total: e.key_total,
            normal_unmet: e.normal_unmet,
            normal_total: e.normal_total,
            rules: format!(
                "{} {}",
                i18n::grade_rules(&h.settings),
                i18n::verdict_rules(&h.settings)
            ),
        },
        conditions: e
            .conditions
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let (label, required) = i18n::condition(lang, &c.kind);
                // Several conditions of one kind (two "other" conditions) share one label.
                let repeated = i > 0 && i18n::condition(lang, &e.conditions[i - 1].kind).0 == label;
                ConditionRow {
                    label: if repeated { "" } else { label },
                    required,
                    actual: fact(lang, &c.kind, &a.facts),
                    met: c.met,
                    waived: c.waived,
                }
            })
            .collect(),
        modules: e
            .modules
            .iter()
            .map(|m| ModuleRow {
                name: sequence.module_name(&m.module),
                exam: sequence.module(&m.module).is_some_and(|d| d.exam),
                points: number(m.points),
                score: format_score(m.score),
                ratio: if m.points > 0.0 {
                    m.score / m.points
                } else {
                    0.0
                },
                items: m
                    .items
                    .iter()
                    .map(|(id, p, s)| ItemRow {
                        name: sequence.item_name(&m.module, id),
                        points: number(*p),
                        score: format_score(*s),
                    })
                    .collect(),
            })
            .collect(),
        competencies: e
            .gaps_first()
            .into_iter()
            .map(|c| CompetencyRow {
                name: h.competency_name(&c.competency),
                key: c.key,
                from_position: position.is_some_and(|p| {
                    p.requirements.iter().any(|r| r.competency == c.competency)
                        && shared::position_raises(
                            applied,
                            &Requirement {
                                competency: c.competency.clone(),
                                level: c.required,
                                key: c.key,
                            },
                        )
                }),
                one_line: h.competency(&c.competency).is_some_and(|x| x.is_one_line()),
                required: c.required,
                achieved: c.achieved,
                gap: c.gap,
                required_title: grade_title(&c.competency, c.required),
                achieved_title: grade_title(&c.competency, c.achieved),
                status: match c.status {
                    GapStatus::Met => "met",
                    GapStatus::OneBelow => "one",
                    GapStatus::TwoOrMoreBelow | GapStatus::Unmet => "two",
                },
            })
            .collect(),
        // One-line standards are met or not: they have no place on a scale of levels.
        radar: e
            .competencies
            .iter()
            .filter(|c| {
                h.competency(&c.competency)
                    .is_some_and(|x| !x.is_one_line())
            })
            .map(|c| RadarAxis {
                name: h.competency_name(&c.competency),
                // One scale on every axis, so one level is one distance from the centre.
                max: radar_max,
                required: c.required,
                achieved: c.achieved,
                previous: previous_levels.get(c.competency.as_str()).copied(),
            })
            .collect(),
        kpis: e
            .kpis
            .iter()
            .filter_map(|k| Some((k, sequence.kpi(&k.kpi)?)))
            .map(|(k, def)| {
                let unit = def.unit.as_deref().unwrap_or("");
                KpiRow {
                    name: &def.name,
                    rule: shared::kpi_rule(lang, def),
                    target: shared::kpi_target(def),
                    result: k
                        .result
                        .map(|r| {
                            let shown = match def.direction {
                                crate::model::Direction::Higher => format_score(r),
                                crate::model::Direction::Lower => format_score_lower(r),
                            };
                            format!("{shown}{unit}")
                        })
                        .unwrap_or_default(),
                    points: k
                        .points
                        .map(|p| format!("{}/{}", format_score(p), number(k.weight)))
                        .unwrap_or_default(),
                    short: k.result.is_none() || k.points.is_some_and(|p| p < k.weight),
                }
            })
            .collect(),
        // "70/120，折合 58.3/100": the points as the table adds them, then the share.
        kpi_score: e.kpi_share.map(|share| {
            let (earned, weights) = e
                .kpis
                .iter()
                .filter_map(|k| Some((k.points?, k.weight)))
                .fold((0.0, 0.0), |(p, w), (kp, kw)| (p + kp, w + kw));
            fill(
                t("kpi_score_of"),
                &[
                    ("earned", format_score(earned)),
                    ("weights", number(weights)),
                    ("share", format_score(share * 100.0)),
                ],
            )
        }),
        // Not met first (key first), then the met ones, each in the sequence's order.
        kpi_effect: e.kpi_share.map(|share| {
            let fed = e
                .modules
                .iter()
                .find(|m| sequence.module(&m.module).is_some_and(|d| d.kpi));
            match fed {
                Some(m) => fill(
                    t("kpi_feeds"),
                    &[
                        ("module", sequence.module_name(&m.module).to_string()),
                        ("share", format_score(share * 100.0)),
                        ("points", number(m.points)),
                        ("score", format_score(m.score)),
                    ],
                ),
                None => t("kpi_advisory").to_string(),
            }
        }),
        behaviours: e
            .behaviours
            .iter()
            .filter(|b| !b.met && b.key)
            .chain(e.behaviours.iter().filter(|b| !b.met && !b.key))
            .chain(e.behaviours.iter().filter(|b| b.met))
            .filter_map(|b| {
                let (module, activity) = sequence.activity(&b.activity)?;
                Some(BehaviourRow {
                    module: &module.name,
                    name: &activity.name,
                    key: b.key,
                    status: match (b.assessed, b.met) {
                        (false, _) => "missing",
                        (true, true) => "met",
                        (true, false) => "unmet",
                    },
                    evidence: a
                        .behaviours
                        .get(&b.activity)
                        .and_then(|r| r.evidence.as_deref()),
                })
            })
            .collect(),
        reference: e
            .reference
            .iter()
            .filter_map(|r| {
                let item = sequence.reference_items.iter().find(|x| x.id == r.item)?;
                // A KPI reference means nothing to a record measured on no KPIs.
                if item.source == ReferenceSource::Kpi && e.kpis.is_empty() {
                    return None;
                }
                Some(ReferenceRow {
                    name: &item.name,
                    value: match &r.value {
                        ReferenceValue::Text(text) => text.clone(),
                        ReferenceValue::Ratings(list) => list.join(" "),
                        ReferenceValue::KpiScore(n) => format!("{}/100", format_score(*n)),
                        ReferenceValue::Missing => t("not_given").to_string(),
                    },
                })
            })
            .collect(),
        strengths: e
            .strengths
            .iter()
            .map(|s| verdict::strength(h, sequence, s))
            .collect(),
        plan: plan(h, a, e, previous_plan),
        guidance: guidance_lines(h, a, e),
        trend: trend.map(|tr| trend_view(h, a, e, &tr, earlier)),
        contributions: e
            .contributions
            .iter()
            .map(|c| ContributionRow {
                name: shared::contribution_kinds(h, &c.kinds)
                    + &shared::within_cycles(lang, c.within),
                required: c.required,
                achieved: c.achieved,
                met: c.met,
            })
            .collect(),
        // A contribution an earlier cycle listed, and that no requirement counts now, was
        // counted then.
        submitted: a
            .contributions
            .iter()
            .zip(listed_before)
            .map(|(c, before)| {
                let counted_now = e.contributions.iter().any(|r| {
                    r.counted
                        .iter()
                        .any(|x| x.kind == c.kind && x.title.trim() == c.title.trim())
                });
                Submitted {
                    kind: h.contribution_kind_name(&c.kind),
                    title: &c.title,
                    counted: before
                        .filter(|_| !counted_now)
                        .map(|cycle| fill(t("counted_before"), &[("cycle", cycle.to_string())])),
                }
            })
            // Listed in an earlier cycle within a requirement's window, and counted now.
            .chain(e.contributions.iter().flat_map(|r| {
                r.counted
                    .iter()
                    .filter(|x| x.cycle != a.cycle)
                    .map(|x| Submitted {
                        kind: h.contribution_kind_name(&x.kind),
                        title: &x.title,
                        counted: Some(fill(t("counted_from"), &[("cycle", x.cycle.clone())])),
                    })
            }))
            .collect(),
        contributions_gate: h.settings.verdict.contributions_gate,
        comments: a.comments.as_deref().map(to_plain_text),
    }
}

/// The key items not met, competencies then behaviour-standard activities, by name.
fn unmet_key_names<'a>(h: &'a Standard, e: &'a Evaluation) -> Vec<&'a str> {
    let competencies = e
        .competencies
        .iter()
        .filter(|c| c.key && c.gap < 0)
        .map(|c| h.competency_name(&c.competency));
    let behaviours = e
        .behaviours
        .iter()
        .filter(|b| b.key && !b.met)
        .filter_map(|b| {
            h.sequences
                .iter()
                .find_map(|s| s.activity(&b.activity))
                .map(|(_, a)| a.name.as_str())
        });
    competencies.chain(behaviours).collect()
}

fn grade_text(h: &Standard, e: &Evaluation) -> String {
    let t = |k: &str| i18n::get(h.settings.language, k);
    let pct = format!("{}%", number(h.settings.grading.b_max_normal_unmet * 100.0));
    match e.grade {
        Grade::A => t("grade_a").to_string(),
        Grade::B => fill(t("grade_b"), &[("n", e.normal_unmet.to_string())]),
        Grade::C if e.key_unmet > 0 => fill(
            t("grade_c_key"),
            &[
                ("n", e.key_unmet.to_string()),
                ("names", unmet_key_names(h, e).join(t("list_sep"))),
            ],
        ),
        Grade::C => fill(
            t("grade_c_normal"),
            &[
                ("n", e.normal_unmet.to_string()),
                ("m", e.normal_total.to_string()),
                ("pct", pct),
            ],
        ),
    }
}

fn summary(h: &Standard, a: &Assessment, e: &Evaluation) -> Summary {
    let lang = h.settings.language;
    let t = |k: &str| i18n::get(lang, k);
    let (sequence, _) = h.target_level(a).expect("checked assessment");
    let conditions_only = crate::evaluate::Failures {
        conditions: e.failures.conditions.clone(),
        ..Default::default()
    };
    let mut gates = vec![
        Gate {
            label: t("conditions"),
            text: if e.conditions_met {
                t("all_met_short").to_string()
            } else {
                verdict::reason_sentence(h, &conditions_only)
            },
            met: e.conditions_met,
        },
        Gate {
            label: t("total"),
            text: fill(
                t("gate_total"),
                &[
                    ("total", format_score(e.total)),
                    ("pass", number(e.pass)),
                    ("points", number(e.total_points)),
                ],
            ),
            met: e.total_met,
        },
        Gate {
            label: t("grade"),
            text: format!("{}（{}）", grade_text(h, e), t("gate_grade")),
            met: e.grade != Grade::C,
        },
    ];
    if h.settings.verdict.contributions_gate && !e.contributions.is_empty() {
        gates.push(Gate {
            label: t("contributions"),
            text: fill(
                t("gate_contributions"),
                &[
                    (
                        "met",
                        e.contributions.iter().filter(|c| c.met).count().to_string(),
                    ),
                    ("all", e.contributions.len().to_string()),
                ],
            ),
            met: e.contributions_met,
        });
    }
    let mut flags = Vec::new();
    if e.skipped_levels > 0 {
        flags.push(fill(t("flag_skip"), &[("n", e.skipped_levels.to_string())]));
    }
    if e.conditions.iter().any(|c| c.waived) {
        flags.push(t("flag_waived").to_string());
    }
    Summary {
        qualified: e.qualified,
        outcome: i18n::outcome(lang, e.outcome),
        flags,
        reason: reason(h, e),
        gates,
        grade: grade_letter(e.grade),
        strengths: e
            .strengths
            .iter()
            .take(3)
            .map(|s| verdict::strength(h, sequence, s))
            .collect(),
        priorities: verdict::priorities(h, sequence, e)
            .into_iter()
            .take(3)
            .collect(),
        waiting: verdict::waiting(lang, e),
    }
}

/// Why a record is (not) qualified, in one sentence: each failed gate, or that all passed.
fn reason(h: &Standard, e: &Evaluation) -> String {
    if e.qualified {
        return fill(
            i18n::get(h.settings.language, "verdict_qualified"),
            &[
                ("total", format_score(e.total)),
                ("points", number(e.total_points)),
                ("pass", number(e.pass)),
                ("grade", grade_letter(e.grade).to_string()),
            ],
        );
    }
    verdict::reason_sentence(h, &e.failures)
}

/// A basic condition's fact as the record gives it.
fn fact(lang: Language, kind: &ConditionKind, f: &Facts) -> String {
    let t = |k: &str| i18n::get(lang, k);
    let missing = || "—".to_string();
    match kind {
        ConditionKind::Education(_) => f
            .education
            .map_or_else(missing, |e| i18n::education(lang, e).to_string()),
        ConditionKind::ExperienceYears(_) => f
            .experience_years
            .map_or_else(missing, |n| fill(t("years"), &[("n", format_score(n))])),
        ConditionKind::YearsInLevel(_) => f
            .years_in_level
            .map_or_else(missing, |n| fill(t("years"), &[("n", format_score(n))])),
        ConditionKind::TrainingHours(_) => f
            .training_hours
            .map_or_else(missing, |n| fill(t("hours"), &[("n", format_score(n))])),
        ConditionKind::Certification(name) => t(if f.certifications.contains(name) {
            "held"
        } else {
            "not_held"
        })
        .to_string(),
        ConditionKind::Performance(rule) => {
            let window = &f.performance[f.performance.len().saturating_sub(rule.last as usize)..];
            if window.is_empty() {
                t("no_ratings").to_string()
            } else {
                window.join(" ")
            }
        }
        ConditionKind::Major(_) => f.major.clone().unwrap_or_else(missing),
        ConditionKind::Title(_) => f.title.clone().unwrap_or_else(missing),
        // The facts any alternative looks at, each labelled.
        ConditionKind::Alternatives(list) => {
            let mut facts = Vec::new();
            let mut add = |used: bool, label: &str, kind: ConditionKind| {
                if used {
                    facts.push(format!("{label} {}", fact(lang, &kind, f)));
                }
            };
            add(
                list.iter().any(|a| a.education.is_some()),
                t("education"),
                ConditionKind::Education(Education::HighSchool),
            );
            add(
                list.iter().any(|a| !a.majors.is_empty()),
                t("major"),
                ConditionKind::Major(vec![]),
            );
            add(
                list.iter().any(|a| a.experience_years.is_some()),
                t("experience_years"),
                ConditionKind::ExperienceYears(0.0),
            );
            add(
                list.iter().any(|a| a.years_in_level.is_some()),
                t("years_in_level"),
                ConditionKind::YearsInLevel(0.0),
            );
            add(
                list.iter().any(|a| a.training_hours.is_some()),
                t("training_hours"),
                ConditionKind::TrainingHours(0.0),
            );
            add(
                list.iter().any(|a| a.title.is_some()),
                t("professional_title"),
                ConditionKind::Title(String::new()),
            );
            facts.join(t("and_sep"))
        }
        // Said as met or not: "yes" to a condition worded in the negative would mislead.
        ConditionKind::Other(o) => match f.other.get(&o.id) {
            Some(true) => t("met").to_string(),
            Some(false) => t("unmet").to_string(),
            None => missing(),
        },
    }
}

/// Actions on the job first, then from others, then courses.
fn actions(lang: Language, list: &[Suggestion]) -> Vec<(&'static str, String)> {
    let mut sorted: Vec<&Suggestion> = list.iter().collect();
    sorted.sort_by_key(|s| LearningKind::ALL.iter().position(|k| *k == s.kind));
    sorted
        .into_iter()
        .map(|s| (i18n::learning(lang, s.kind), to_plain_text(&s.text)))
        .collect()
}

fn status_label(lang: Language, status: Option<PlanStatus>) -> &'static str {
    i18n::get(
        lang,
        match status {
            None => "plan_unset",
            Some(PlanStatus::Planned) => "plan_planned",
            Some(PlanStatus::InProgress) => "plan_in-progress",
            Some(PlanStatus::Done) => "plan_done",
            Some(PlanStatus::Dropped) => "plan_dropped",
        },
    )
}

/// A plan item as written in a record. Reviewed in a later cycle (`review`), it shows its
/// status, and is overdue when its due date is before `as_of` and it is neither done nor
/// dropped; in the report of the cycle that agreed it, it is a plan, without a status.
fn plan_item(
    h: &Standard,
    item: &PlanItem,
    as_of: crate::model::Date,
    review: bool,
) -> PlanItemView {
    let lang = h.settings.language;
    let closed = matches!(item.status, Some(PlanStatus::Done | PlanStatus::Dropped));
    PlanItemView {
        title: item.competency.as_deref().map_or_else(
            || to_plain_text(&item.goal),
            |id| h.competency_name(id).to_string(),
        ),
        key: false,
        step: None,
        goal: item.competency.as_ref().map(|_| to_plain_text(&item.goal)),
        behaviours_label: i18n::get(lang, "target_behaviours"),
        behaviours: vec![],
        actions: actions(lang, &item.actions),
        owner: item.owner.clone(),
        due: item.due.map(|d| d.to_string()),
        status: review.then(|| status_label(lang, item.status)),
        overdue: review && !closed && item.due.is_some_and(|d| d < as_of),
    }
}

fn proposed_item(h: &Standard, a: &Assessment, p: &ProposedItem) -> PlanItemView {
    let lang = h.settings.language;
    let t = |k: &str| i18n::get(lang, k);
    let title = h
        .competency(&p.competency)
        .and_then(|c| c.level(p.target))
        .map_or("", |l| l.title.as_str());
    // A one-line standard is met or not: no level step.
    let step = if p.one_line {
        t("one_line_step").to_string()
    } else {
        fill(
            t("reach_level"),
            &[
                ("from", p.achieved.to_string()),
                ("to", p.target.to_string()),
                ("title", title.to_string()),
            ],
        )
    };
    PlanItemView {
        title: h.competency_name(&p.competency).to_string(),
        key: p.key,
        step: Some(step),
        goal: None,
        behaviours_label: t(if p.one_line {
            "standard_to_meet"
        } else {
            "target_behaviours"
        }),
        behaviours: p.behaviours.iter().map(|b| to_plain_text(b)).collect(),
        actions: actions(lang, &p.actions),
        owner: a.manager.as_ref().map(|m| m.name.clone()),
        due: Some(t("next_cycle").to_string()),
        status: None,
        overdue: false,
    }
}

/// The behaviour-standard activities not met, key first, in the sequence's order, each with
/// its module.
fn unmet_behaviours<'a>(
    h: &'a Standard,
    a: &Assessment,
    e: &'a Evaluation,
) -> Vec<(&'a BehaviourCheck, &'a str, &'a str)> {
    let (sequence, _) = h.target_level(a).expect("checked assessment");
    let mut unmet: Vec<_> = e
        .behaviours
        .iter()
        .filter(|b| !b.met)
        .filter_map(|b| {
            let (m, act) = sequence.activity(&b.activity)?;
            Some((b, m.name.as_str(), act.name.as_str()))
        })
        .collect();
    unmet.sort_by_key(|(b, _, _)| !b.key);
    unmet
}

/// A proposed item per behaviour-standard activity not met: reach the level's criterion.
fn behaviour_items(h: &Standard, a: &Assessment, e: &Evaluation) -> Vec<PlanItemView> {
    let t = |k: &str| i18n::get(h.settings.language, k);
    let (_, level) = h.target_level(a).expect("checked assessment");
    unmet_behaviours(h, a, e)
        .into_iter()
        .map(|(b, module, activity)| PlanItemView {
            title: format!("{module} › {activity}"),
            key: b.key,
            step: Some(t("behaviour_step").to_string()),
            goal: None,
            behaviours_label: t("behaviour_criterion"),
            behaviours: level
                .behaviours
                .iter()
                .find(|r| r.activity == b.activity)
                .map(|r| vec![to_plain_text(&r.criterion)])
                .unwrap_or_default(),
            actions: vec![],
            owner: a.manager.as_ref().map(|m| m.name.clone()),
            due: Some(t("next_cycle").to_string()),
            status: None,
            overdue: false,
        })
        .collect()
}

fn plan(h: &Standard, a: &Assessment, e: &Evaluation, previous: &[PlanItem]) -> Plan {
    let lang = h.settings.language;
    if !a.plan.is_empty() {
        return Plan {
            proposed: false,
            items: a
                .plan
                .iter()
                .map(|item| plan_item(h, item, a.date, false))
                .collect(),
            note: None,
        };
    }
    let proposals = development::propose(h, e);
    let mut items: Vec<PlanItemView> = proposals.iter().map(|p| proposed_item(h, a, p)).collect();
    items.extend(behaviour_items(h, a, e));
    // The previous plan's open items go on, unless a proposal already covers their competency.
    for item in previous
        .iter()
        .filter(|i| !matches!(i.status, Some(PlanStatus::Done | PlanStatus::Dropped)))
    {
        // Covered by a proposal, or reached: its competency is met now.
        let covered = item.competency.as_ref().is_some_and(|c| {
            proposals.iter().any(|p| &p.competency == c)
                || e.competencies
                    .iter()
                    .any(|x| &x.competency == c && x.gap >= 0)
        });
        if !covered {
            let mut view = plan_item(h, item, a.date, false);
            view.step = Some(i18n::get(lang, "carried_over").to_string());
            items.push(view);
        }
    }
    let note = items.is_empty().then(|| {
        let (sequence, level) = h.target_level(a).expect("checked assessment");
        if !e.qualified {
            // Not qualified with every requirement met: the level applied for is still the aim.
            // Failed only on what time cures: there is nothing else to improve.
            let key = if guidance_lines(h, a, e).is_empty() {
                "plan_none_needed_waiting"
            } else {
                "plan_none_needed_failed"
            };
            return i18n::get(lang, key).to_string();
        }
        match sequence.levels.get(level.rank + 1) {
            Some(next) => fill(
                i18n::get(lang, "plan_none_needed_next"),
                &[("level", format!("{} {}", next.name, next.title))],
            ),
            None => i18n::get(lang, "plan_none_needed").to_string(),
        }
    });
    Plan {
        proposed: true,
        items,
        note,
    }
}

/// One sentence per failure that is not a competency gap, except conditions only time cures
/// (the summary says when they will be met).
fn guidance_lines(h: &Standard, a: &Assessment, e: &Evaluation) -> Vec<String> {
    let lang = h.settings.language;
    let t = |k: &str| i18n::get(lang, k);
    let g = guidance::guidance(e);
    let (sequence, _) = h.target_level(a).expect("checked assessment");
    let mut lines = Vec::new();
    if !g.modules.is_empty() {
        let modules: Vec<String> = g
            .modules
            .iter()
            .map(|m| {
                fill(
                    t("guide_module"),
                    &[
                        ("module", sequence.module_name(&m.module).to_string()),
                        ("score", format_score(m.score)),
                        ("points", number(m.points)),
                        ("lost", format_score_lower(m.lost)),
                    ],
                )
            })
            .collect();
        lines.push(format!(
            "{}{}",
            fill(
                t("guide_total"),
                &[
                    ("total", format_score(e.total)),
                    ("pass", number(e.pass)),
                    ("n", format_score_lower(e.pass - e.total)),
                ],
            ),
            modules.join(t("rule_sep"))
        ));
    }
    lines.extend(
        e.failures
            .conditions
            .iter()
            .filter(|(kind, _)| !kind.cured_by_time())
            .map(|(_, gap)| verdict::shortfall(lang, gap)),
    );
    for c in &g.contributions {
        lines.push(fill(
            t("guide_contribution"),
            &[
                ("kind", shared::contribution_kinds(h, &c.kinds)),
                ("achieved", c.achieved.to_string()),
                ("required", c.required.to_string()),
                ("n", (c.required - c.achieved).to_string()),
            ],
        ));
    }
    lines
}

fn trend_view(
    h: &Standard,
    a: &Assessment,
    e: &Evaluation,
    tr: &Trend,
    earlier: &[Earlier],
) -> TrendView {
    let lang = h.settings.language;
    let t = |k: &str| i18n::get(lang, k);
    let sequence = h.sequence(&a.sequence);
    let level_name = |id: &str| {
        sequence
            .and_then(|s| s.level(id))
            .map_or(id.to_string(), |l| format!("{} {}", l.name, l.title))
    };
    let names = |ids: &[String]| -> Vec<String> {
        ids.iter()
            .map(|id| h.competency_name(id).to_string())
            .collect()
    };
    let mut closed = names(&tr.since.closed);
    closed.extend(
        tr.since
            .conditions_met_since
            .iter()
            .map(|k| i18n::condition(lang, k).0.to_string()),
    );
    TrendView {
        cycles: tr
            .cycles
            .iter()
            .map(|c| {
                let reason = earlier
                    .iter()
                    .copied()
                    .chain([(a, e)])
                    .find(|(r, _)| r.cycle == c.cycle)
                    .filter(|(_, e)| !e.qualified)
                    .map(|(_, e)| reason(h, e))
                    .unwrap_or_default();
                CycleRow {
                    cycle: c.cycle.clone(),
                    level: level_name(&c.applied_level),
                    qualified: c.qualified,
                    verdict: i18n::outcome(lang, c.outcome),
                    reason,
                    grade: grade_letter(c.grade),
                    total: format!("{}/{}", format_score(c.total), number(c.points)),
                    current: c.cycle == a.cycle,
                }
            })
            .collect(),
        since: fill(t("since"), &[("cycle", tr.since.cycle.clone())]),
        level_note: tr
            .since
            .level_changed
            .as_ref()
            .map(|(then, now)| {
                fill(
                    t("level_changed"),
                    &[("then", level_name(then)), ("now", level_name(now))],
                )
            })
            .into_iter()
            .chain(tr.since.position_changed.as_ref().map(|(then, now)| {
                let name = |p: &Option<String>| {
                    p.as_deref()
                        .and_then(|id| sequence?.position(id))
                        .map_or_else(|| t("no_position").to_string(), |p| p.name.clone())
                };
                fill(
                    t("position_changed"),
                    &[("then", name(then)), ("now", name(now))],
                )
            }))
            .reduce(|x, y| x + &y),
        new_gaps_label: t(if tr.since.level_changed.is_some() {
            "new_gaps_level"
        } else {
            "new_gaps"
        }),
        closed,
        still_open: names(&tr.since.still_open),
        opened: names(&tr.since.opened),
        improved: tr
            .since
            .improved
            .iter()
            .map(|(id, then, now)| format!("{} {then}→{now}", h.competency_name(id)))
            .collect(),
        moved: moved(h, a, tr),
        newly_unmet: tr
            .since
            .conditions_unmet_since
            .iter()
            .map(|k| i18n::condition(lang, k).0.to_string())
            .collect(),
        decided: decided(h, a, tr),
        // An item whose gap has closed since is reached, whatever its status says.
        previous_plan: tr
            .since
            .plan
            .iter()
            .map(|item| {
                let mut view = plan_item(h, item, a.date, true);
                let reached = item
                    .competency
                    .as_ref()
                    .is_some_and(|c| tr.since.closed.contains(c));
                if reached {
                    view.overdue = false;
                    view.step = Some(t("plan_reached").to_string());
                }
                view
            })
            .collect(),
    }
}

/// What moved the total since the cycle before: each module's score, the KPI score and the
/// total, then → now.
fn moved(h: &Standard, a: &Assessment, tr: &Trend) -> Vec<String> {
    let t = |k: &str| i18n::get(h.settings.language, k);
    let module_name = |id: &str| {
        h.sequence(&a.sequence)
            .map_or(id, |s| s.module_name(id))
            .to_string()
    };
    let since = &tr.since;
    let step = |label: String, then: f64, now: f64| {
        format!("{label} {}→{}", format_score(then), format_score(now))
    };
    let mut out: Vec<String> = since
        .scores
        .iter()
        .map(|(id, then, now)| step(module_name(id), *then, *now))
        .collect();
    if let Some((then, now)) = since.kpi {
        out.push(step(t("kpi_score").to_string(), then * 100.0, now * 100.0));
    }
    let (then, now) = since.total;
    if (then - now).abs() > 1e-9 {
        out.push(step(t("total").to_string(), then, now));
    }
    out
}

/// The figures that decided each of the latest cycles, side by side.
fn decided(h: &Standard, a: &Assessment, tr: &Trend) -> Decided {
    let lang = h.settings.language;
    let t = |k: &str| i18n::get(lang, k);
    let cycles = &tr.cycles[tr.cycles.len().saturating_sub(DECIDED_CYCLES)..];
    let sequence = h.sequence(&a.sequence);
    // The modules in the current cycle's order, then any only earlier cycles scored.
    let mut modules: Vec<&str> = Vec::new();
    for c in cycles.iter().rev() {
        for (id, _, _) in &c.modules {
            if !modules.contains(&id.as_str()) {
                modules.push(id);
            }
        }
    }
    let row = |label: String, cell: &CellOf| DecidedRow {
        label,
        cells: cycles
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let before = i.checked_sub(1).map(|j| &cycles[j]);
                let (text, mark) = cell(c, before);
                DecidedCell { text, mark }
            })
            .collect(),
    };
    // Scores out of different points (another level) compare as shares of their points.
    let share = |score: f64, points: f64| (points > 0.0).then(|| score / points);
    let fell = |now: Option<f64>, then: Option<f64>| {
        if now.zip(then).is_some_and(|(n, t)| n + 1e-9 < t) {
            Mark::Fell
        } else {
            Mark::Plain
        }
    };
    let mut rows = vec![
        row(t("total").to_string(), &|c, b| {
            let failed = c.total + 1e-9 < c.pass;
            (
                format!("{}/{}", format_score(c.total), number(c.points)),
                if failed {
                    Mark::Failed
                } else {
                    fell(
                        share(c.total, c.points),
                        b.and_then(|b| share(b.total, b.points)),
                    )
                },
            )
        }),
        row(t("pass").to_string(), &|c, _| (number(c.pass), Mark::Plain)),
        row(t("grade").to_string(), &|c, b| {
            let mark = match (c.grade, b.map(|b| b.grade)) {
                (Grade::C, _) => Mark::Failed,
                (now, Some(then)) if now > then => Mark::Fell,
                _ => Mark::Plain,
            };
            (grade_letter(c.grade).to_string(), mark)
        }),
    ];
    for id in modules {
        let name = sequence.map_or(id, |s| s.module_name(id)).to_string();
        let score = |c: &CyclePoint| {
            c.modules
                .iter()
                .find(|(m, _, _)| m == id)
                .map(|(_, p, s)| (*p, *s))
        };
        rows.push(row(name, &|c, b| match score(c) {
            Some((points, s)) => (
                format!("{}/{}", format_score(s), number(points)),
                fell(
                    share(s, points),
                    b.and_then(score).and_then(|(p, x)| share(x, p)),
                ),
            ),
            None => ("—".into(), Mark::Plain),
        }));
    }
    if cycles.iter().any(|c| c.kpi_share.is_some()) {
        rows.push(row(t("kpi_score").to_string(), &|c, b| match c.kpi_share {
            Some(share) => (
                format!("{}/100", format_score(share * 100.0)),
                fell(Some(share), b.and_then(|b| b.kpi_share)),
            ),
            None => ("—".into(), Mark::Plain),
        }));
    }
    rows.push(row(t("conditions").to_string(), &|c, _| {
        if c.conditions_unmet.is_empty() {
            (t("all_met_short").to_string(), Mark::Plain)
        } else {
            let names: Vec<&str> = c
                .conditions_unmet
                .iter()
                .map(|k| i18n::condition(lang, k).0)
                .collect();
            (
                fill(t("unmet_named"), &[("names", names.join(t("list_sep")))]),
                Mark::Failed,
            )
        }
    }));
    Decided {
        cycles: cycles.iter().map(|c| c.cycle.clone()).collect(),
        rows,
    }
}

/// At most `max` characters, with `…` when cut: for running footers.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        text.chars().take(max - 1).chain(['…']).collect()
    }
}
