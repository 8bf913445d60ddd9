//! The history: the employee's cycles, what changed since the cycle before (gaps closed,
//! opened and still open, levels improved, scores moved), what decided each cycle, and how the
//! previous plan went.

use serde::Serialize;

use super::decided::{Decided, decided};
use super::plan::{PlanItemView, plan_item};
use super::summary::reason;
use super::{Earlier, grade_letter};
use crate::evaluate::Evaluation;
use crate::evaluate::trend::Trend;
use crate::model::{Assessment, Standard, format_score};
use crate::render::words::{self, fill, number};

#[derive(Serialize)]
pub(super) struct TrendView {
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

pub(super) fn trend_view(
    h: &Standard,
    a: &Assessment,
    e: &Evaluation,
    tr: &Trend,
    earlier: &[Earlier],
) -> TrendView {
    let lang = h.settings.language;
    let t = |k: &str| lang.get(k);
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
            .map(|k| words::condition(lang, k).0.to_string()),
    );
    TrendView {
        cycles: cycle_rows(h, a, e, tr, earlier),
        since: fill(t("since"), &[("cycle", tr.since.cycle.clone())]),
        level_note: level_note(h, a, tr),
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
            .map(|k| words::condition(lang, k).0.to_string())
            .collect(),
        decided: decided(h, a, tr),
        previous_plan: previous_plan(h, a, tr),
    }
}

/// A row per cycle: its level, verdict (with the reason when not qualified), grade and total.
fn cycle_rows(
    h: &Standard,
    a: &Assessment,
    e: &Evaluation,
    tr: &Trend,
    earlier: &[Earlier],
) -> Vec<CycleRow> {
    let lang = h.settings.language;
    tr.cycles
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
                level: level_name(h, a, &c.applied_level),
                qualified: c.qualified,
                verdict: words::outcome(lang, c.outcome),
                reason,
                grade: grade_letter(c.grade),
                total: format!("{}/{}", format_score(c.total), number(c.points)),
                current: c.cycle == a.cycle,
            }
        })
        .collect()
}

/// Says that the level applied for, or the position, differs from the cycle before's, so the
/// requirements rose (or fell).
fn level_note(h: &Standard, a: &Assessment, tr: &Trend) -> Option<String> {
    let t = |k: &str| h.settings.language.get(k);
    let sequence = h.sequence(&a.sequence);
    tr.since
        .level_changed
        .as_ref()
        .map(|(then, now)| {
            fill(
                t("level_changed"),
                &[
                    ("then", level_name(h, a, then)),
                    ("now", level_name(h, a, now)),
                ],
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
        .reduce(|x, y| x + &y)
}

/// The previous plan reviewed: an item whose gap has closed since is reached, whatever its
/// status says.
fn previous_plan(h: &Standard, a: &Assessment, tr: &Trend) -> Vec<PlanItemView> {
    let t = |k: &str| h.settings.language.get(k);
    tr.since
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
        .collect()
}

/// What moved the total since the cycle before: each module's score, the KPI score and the
/// total, then → now.
fn moved(h: &Standard, a: &Assessment, tr: &Trend) -> Vec<String> {
    let t = |k: &str| h.settings.language.get(k);
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

/// A level of the record's sequence by name and title (its id when the sequence lacks it).
fn level_name(h: &Standard, a: &Assessment, id: &str) -> String {
    h.sequence(&a.sequence)
        .and_then(|s| s.level(id))
        .map_or(id.to_string(), |l| format!("{} {}", l.name, l.title))
}
