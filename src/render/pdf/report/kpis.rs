//! The KPI results: each KPI's rule, target, result and points, the score they add up to, and
//! what that score does (feeds a module or is shown only).

use serde::Serialize;

use crate::evaluate::Evaluation;
use crate::model::{Direction, Language, Sequence, format_score, format_score_lower};
use crate::render::shared;
use crate::render::words::{fill, number};

#[derive(Serialize)]
pub(super) struct KpiRow<'a> {
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

pub(super) fn kpis<'a>(lang: Language, sequence: &'a Sequence, e: &Evaluation) -> Vec<KpiRow<'a>> {
    e.kpis
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
                            Direction::Higher => format_score(r),
                            Direction::Lower => format_score_lower(r),
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
        .collect()
}

/// "70/120，折合 58.3/100": the points as the table adds them, then the share.
pub(super) fn kpi_score(lang: Language, e: &Evaluation) -> Option<String> {
    e.kpi_share.map(|share| {
        let (earned, weights) = e
            .kpis
            .iter()
            .filter_map(|k| Some((k.points?, k.weight)))
            .fold((0.0, 0.0), |(p, w), (kp, kw)| (p + kp, w + kw));
        fill(
            lang.get("kpi_score_of"),
            &[
                ("earned", format_score(earned)),
                ("weights", number(weights)),
                ("share", format_score(share * 100.0)),
            ],
        )
    })
}

/// What the KPI score does: feeds the module marked `kpi`, or is advisory.
pub(super) fn kpi_effect(lang: Language, sequence: &Sequence, e: &Evaluation) -> Option<String> {
    let t = |k: &str| lang.get(k);
    e.kpi_share.map(|share| {
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
    })
}
