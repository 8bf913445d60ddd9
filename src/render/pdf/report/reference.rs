//! The reference items (参考项) with the record's values: shown beside the summary, never
//! gating.

use serde::Serialize;

use crate::evaluate::{Evaluation, ReferenceValue};
use crate::model::{Language, ReferenceSource, Sequence, format_score};

#[derive(Serialize)]
pub(super) struct ReferenceRow<'a> {
    name: &'a str,
    value: String,
}

pub(super) fn reference<'a>(
    lang: Language,
    sequence: &'a Sequence,
    e: &Evaluation,
) -> Vec<ReferenceRow<'a>> {
    e.reference
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
                    ReferenceValue::Missing => lang.get("not_given").to_string(),
                },
            })
        })
        .collect()
}
