//! What decided each of the latest cycles, side by side: total, pass mark, grade, modules, KPI
//! score, conditions; each figure marked when it fell or failed the verdict.

use serde::Serialize;

use super::grade_letter;
use crate::evaluate::Grade;
use crate::evaluate::trend::{CyclePoint, Trend};
use crate::model::{Assessment, Sequence, Standard, format_score};
use crate::render::words::{self, fill, number};

/// A table with a column per cycle (the latest [`DECIDED_CYCLES`]) and a row per figure.
#[derive(Serialize)]
pub(super) struct Decided {
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

/// The figures that decided each of the latest cycles, side by side.
pub(super) fn decided(h: &Standard, a: &Assessment, tr: &Trend) -> Decided {
    let lang = h.settings.language;
    let t = |k: &str| lang.get(k);
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
    let row = |label: String, cell: &CellOf| row(cycles, label, cell);
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
    rows.extend(
        modules
            .into_iter()
            .map(|id| module_row(sequence, cycles, id)),
    );
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
                .map(|k| words::condition(lang, k).0)
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

/// A row of the table: `label`, then a cell per cycle from it and the cycle before.
fn row(cycles: &[CyclePoint], label: String, cell: &CellOf) -> DecidedRow {
    DecidedRow {
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
    }
}

/// Scores out of different points (another level) compare as shares of their points.
fn share(score: f64, points: f64) -> Option<f64> {
    (points > 0.0).then(|| score / points)
}

/// Marked when lower than in the cycle before.
fn fell(now: Option<f64>, then: Option<f64>) -> Mark {
    if now.zip(then).is_some_and(|(n, t)| n + 1e-9 < t) {
        Mark::Fell
    } else {
        Mark::Plain
    }
}

/// A module's score in each cycle, out of its points there (— where it was not scored).
fn module_row(sequence: Option<&Sequence>, cycles: &[CyclePoint], id: &str) -> DecidedRow {
    let name = sequence.map_or(id, |s| s.module_name(id)).to_string();
    let score = |c: &CyclePoint| {
        c.modules
            .iter()
            .find(|(m, _, _)| m == id)
            .map(|(_, p, s)| (*p, *s))
    };
    row(cycles, name, &|c, b| match score(c) {
        Some((points, s)) => (
            format!("{}/{}", format_score(s), number(points)),
            fell(
                share(s, points),
                b.and_then(score).and_then(|(p, x)| share(x, p)),
            ),
        ),
        None => ("—".into(), Mark::Plain),
    })
}
