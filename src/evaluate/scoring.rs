//! Points: a KPI result by its rule, a module's score (given, per item, the written exam, or
//! the KPI share), a reference item's value, and the grade from the requirements unmet.

use super::{Grade, KpiCheck, ModuleCheck, ReferenceValue};
use crate::model::*;

/// A KPI result in points out of the KPI's weight, by its rule (0 without one).
pub fn kpi_points(kpi: &Kpi, result: f64) -> f64 {
    match &kpi.rule {
        None => 0.0,
        Some(KpiRule::Deduct { step, points }) => {
            let short = kpi
                .direction
                .shortfall(result, kpi.target.unwrap_or(result));
            // Whole steps only: 4.9 short of a step of 5 costs nothing.
            let steps = (short / step + 1e-9).floor();
            (kpi.weight - steps * points).max(0.0)
        }
        Some(KpiRule::Table(bands)) => bands
            .iter()
            .find(|(from, _)| kpi.direction.reaches(result, *from))
            .map_or(0.0, |(_, points)| *points),
    }
}

pub(super) fn reference_value(
    item: &ReferenceItem,
    a: &Assessment,
    kpi_share: Option<f64>,
) -> ReferenceValue {
    match item.source {
        ReferenceSource::Record => a
            .reference
            .get(&item.id)
            .map_or(ReferenceValue::Missing, |t| ReferenceValue::Text(t.clone())),
        ReferenceSource::Performance if a.facts.performance.is_empty() => ReferenceValue::Missing,
        ReferenceSource::Performance => ReferenceValue::Ratings(a.facts.performance.clone()),
        ReferenceSource::Kpi => kpi_share
            .filter(|_| !a.kpis.is_empty())
            .map_or(ReferenceValue::Missing, |s| {
                ReferenceValue::KpiScore(s * 100.0)
            }),
    }
}

/// A: every requirement met; B: every key one met and at most `b_max` of the normal ones unmet;
/// C otherwise.
pub fn grade(key_unmet: usize, normal_total: usize, normal_unmet: usize, b_max: f64) -> Grade {
    if key_unmet > 0 {
        return Grade::C;
    }
    if normal_unmet == 0 {
        return Grade::A;
    }
    if (normal_unmet as f64) <= b_max * normal_total as f64 + 1e-9 {
        Grade::B
    } else {
        Grade::C
    }
}

pub(super) fn score_module(
    sequence: &Sequence,
    req: &ModuleRequirement,
    a: &Assessment,
    kpi_share: Option<f64>,
) -> ModuleCheck {
    let definition = sequence.module(&req.module);
    let exam = definition.is_some_and(|d| d.exam);
    let from_kpis = definition.is_some_and(|d| d.kpi);
    let given = a.scores.get(&req.module);
    let items: Vec<(String, f64, f64)> = req
        .items
        .iter()
        .map(|(id, points)| {
            let score = match given {
                Some(ModuleScore::Items(map)) => map.get(id).copied().unwrap_or(0.0),
                _ => 0.0,
            };
            (id.clone(), *points, score.clamp(0.0, *points))
        })
        .collect();
    let raw = if exam {
        a.written_exam.unwrap_or(0.0)
    } else if from_kpis {
        req.points * kpi_share.unwrap_or(0.0)
    } else {
        match given {
            Some(ModuleScore::Whole(x)) => *x,
            _ => items.iter().map(|(_, _, s)| s).sum(),
        }
    };
    ModuleCheck {
        module: req.module.clone(),
        points: req.points,
        score: raw.clamp(0.0, req.points),
        items,
    }
}

/// The KPIs a record is measured on, each with its result and points, and the share of the
/// scored KPIs' weights earned (None when no KPI is scored).
pub(super) fn check_kpis(
    sequence: &Sequence,
    level: &Level,
    position: Option<&Position>,
    a: &Assessment,
) -> (Vec<KpiCheck>, Option<f64>) {
    // A record is measured on KPIs when it names a position, gives results, or its level
    // scores them; an entry-level record with none of these has no KPIs to show.
    let scores_kpis = level
        .scoring
        .modules
        .iter()
        .any(|m| sequence.module(&m.module).is_some_and(|d| d.kpi));
    let measured = position.is_some() || !a.kpis.is_empty() || scores_kpis;
    let kpis: Vec<KpiCheck> = sequence
        .kpis_for(position)
        .into_iter()
        .filter(|_| measured)
        .map(|k| {
            let result = a.kpis.get(&k.id).copied();
            KpiCheck {
                kpi: k.id.clone(),
                result,
                points: k
                    .rule
                    .as_ref()
                    .map(|_| result.map_or(0.0, |r| kpi_points(k, r))),
                weight: k.weight,
            }
        })
        .collect();
    let weights: f64 = kpis
        .iter()
        .filter(|k| k.points.is_some())
        .map(|k| k.weight)
        .sum();
    let kpi_share =
        (weights > 0.0).then(|| kpis.iter().filter_map(|k| k.points).sum::<f64>() / weights);
    (kpis, kpi_share)
}
