//! The data file of one development report: every figure evaluated and every sentence worded
//! here, so the Typst template only lays it out. The report reads as an employee and their
//! manager need it: the verdict and why first, then the evidence, the gaps in priority order,
//! a development plan (the record's own, or one proposed from the gaps), guidance for
//! failures that are not competency gaps, and the trend across the employee's cycles.
//!
//! One file per section of the report, each turning the `Evaluation` into that section's rows
//! and sentences; this file puts them together in the order the data file lists them.

mod after;
mod behaviours;
mod conditions;
mod contributions;
mod decided;
mod gaps;
mod guidance;
mod history;
mod kpis;
mod plan;
mod radar;
mod ratings;
mod reference;
mod scoring;
mod summary;

use std::collections::BTreeMap;

use serde::Serialize;

pub use self::after::After;
use self::behaviours::BehaviourRow;
use self::conditions::ConditionRow;
use self::contributions::{ContributionRow, Submitted};
use self::gaps::CompetencyRow;
use self::history::TrendView;
use self::kpis::KpiRow;
use self::plan::Plan;
use self::radar::RadarAxis;
use self::reference::ReferenceRow;
use self::scoring::ModuleRow;
use self::summary::{Summary, Verdict};
use super::{Header, language_code};
use crate::evaluate::trend::{self as cycles, Trend};
use crate::evaluate::{Evaluation, Grade};
use crate::model::{Assessment, Standard};
use crate::render::BuildInfo;
use crate::render::markdown::to_plain_text;
use crate::render::verdict;

/// An earlier record of the same employee and its evaluation.
pub type Earlier<'a> = (&'a Assessment, &'a Evaluation);

#[derive(Serialize)]
pub struct ReportData<'a> {
    t: &'static BTreeMap<&'static str, &'static str>,
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
    /// Who rated what and how it combined; left out for a record of final values, so its data
    /// file (and its report) is what it was before ratings existed.
    #[serde(skip_serializing_if = "Option::is_none")]
    ratings: Option<self::ratings::RatingsView>,
    /// The appeal and its outcome; left out without one.
    #[serde(skip_serializing_if = "Option::is_none")]
    appeal: Option<self::after::AppealView>,
    /// An upheld appeal changed the verdict: the report is reissued (复核后).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    reissued: bool,
    /// The certification the verdict gives, with its validity.
    #[serde(skip_serializing_if = "Option::is_none")]
    certification: Option<String>,
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
    after: After<'_>,
) -> ReportData<'a> {
    let lang = h.settings.language;
    let (sequence, _) = h.target_level(a).expect("checked assessment");
    let trend = cycles::trend(earlier, (a, e));
    let earlier_records: Vec<&Assessment> = earlier.iter().map(|(r, _)| *r).collect();
    let previous_plan = earlier
        .last()
        .map(|(r, _)| r.plan.as_slice())
        .unwrap_or(&[]);
    ReportData {
        t: lang.strings(),
        lang: language_code(lang),
        standard: Header::new(h, info, commit),
        employee: employee(h, a),
        summary: summary::summary(h, a, e),
        verdict: summary::verdict(h, e),
        conditions: conditions::conditions(lang, a, e),
        modules: scoring::modules(sequence, a, e, lang),
        competencies: gaps::competencies(h, a, e),
        radar: radar::radar(h, e, &previous_levels(trend.as_ref())),
        kpis: kpis::kpis(lang, sequence, e),
        kpi_score: kpis::kpi_score(lang, e),
        kpi_effect: kpis::kpi_effect(lang, sequence, e),
        behaviours: behaviours::behaviours(sequence, a, e),
        reference: reference::reference(lang, sequence, e),
        strengths: e
            .strengths
            .iter()
            .map(|s| verdict::strength(h, sequence, s))
            .collect(),
        plan: plan::plan(h, a, e, previous_plan),
        guidance: guidance::guidance_lines(h, a, e),
        trend: trend.map(|tr| history::trend_view(h, a, e, &tr, earlier)),
        contributions: contributions::contributions(h, e),
        submitted: contributions::submitted(h, a, e, cycles::listed_before(a, &earlier_records)),
        contributions_gate: h.settings.verdict.contributions_gate,
        comments: a.comments.as_deref().map(to_plain_text),
        ratings: self::ratings::ratings(h, sequence, a),
        appeal: self::after::appeal(h, a, after),
        reissued: after.first.is_some(),
        certification: self::after::certification(h, after),
    }
}

fn employee<'a>(h: &'a Standard, a: &'a Assessment) -> Employee<'a> {
    let (sequence, _) = h.target_level(a).expect("checked assessment");
    let level_label = |id: &str| {
        sequence
            .level(id)
            .map_or(id.to_string(), |l| format!("{} {}", l.name, l.title))
    };
    Employee {
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
        position: a
            .position
            .as_deref()
            .and_then(|id| sequence.position(id))
            .map(|p| p.name.as_str()),
        assessors: assessors(h, a),
        edition: a.edition.as_deref(),
    }
}

/// The assessors the record names, else (for a record rated by a panel) its judges as the
/// standard allows them named.
fn assessors(h: &Standard, a: &Assessment) -> String {
    let lang = h.settings.language;
    if !a.assessors.is_empty()
        || !a
            .rated
            .ratings
            .iter()
            .any(|r| r.role == crate::model::PANEL)
    {
        return a.assessors.join(lang.get("list_sep"));
    }
    self::ratings::rater_names(
        &a.rated,
        crate::model::PANEL,
        h.settings.ratings.name_judges,
        lang,
    )
}

/// The level each competency reached in the cycle before, for the radar.
fn previous_levels(trend: Option<&Trend>) -> BTreeMap<&str, u32> {
    trend
        .map(|tr| {
            tr.since
                .achieved
                .iter()
                .filter_map(|(id, then, _)| then.map(|l| (id.as_str(), l)))
                .collect()
        })
        .unwrap_or_default()
}

/// At most `max` characters, with `…` when cut: for running footers.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        text.chars().take(max - 1).chain(['…']).collect()
    }
}
