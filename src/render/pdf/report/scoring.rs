//! The scoring table: each module's points and score, item by item.

use serde::Serialize;

use crate::evaluate::Evaluation;
use crate::model::{Sequence, format_score};
use crate::render::words::number;

#[derive(Serialize)]
pub(super) struct ModuleRow<'a> {
    name: &'a str,
    exam: bool,
    points: String,
    score: String,
    ratio: f64,
    items: Vec<ItemRow<'a>>,
}

#[derive(Serialize)]
pub(super) struct ItemRow<'a> {
    name: &'a str,
    points: String,
    score: String,
    /// A calibration decision set this score (left out otherwise, so an unrated record's data
    /// stays as it was).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    calibrated: bool,
    /// An upheld appeal changed this score.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    appealed: bool,
}

pub(super) fn modules<'a>(
    sequence: &'a Sequence,
    a: &crate::model::Assessment,
    e: &'a Evaluation,
    lang: crate::model::Language,
) -> Vec<ModuleRow<'a>> {
    e.modules
        .iter()
        .map(|m| ModuleRow {
            name: sequence.module_name(&m.module),
            exam: crate::render::shared::exam_tag(sequence, &m.module, lang),
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
                    calibrated: a
                        .rated
                        .decisions(&score_item(&m.module, id))
                        .next()
                        .is_some(),
                    appealed: a.appeal.as_ref().is_some_and(|ap| {
                        ap.changes
                            .iter()
                            .any(|c| c.item == score_item(&m.module, id))
                    }),
                })
                .collect(),
        })
        .collect()
}

fn score_item(module: &str, item: &str) -> crate::model::Item {
    crate::model::Item::Score {
        module: module.to_string(),
        item: Some(item.to_string()),
    }
}
