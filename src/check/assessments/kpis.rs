//! A record's KPI results: each KPI known and measured for the position, and a result for each
//! scored KPI where a missing one costs points.

use std::collections::BTreeMap;

use super::keys::{At, key_problem};
use crate::check::Ctx;
use crate::diagnostics::codes;
use crate::load::raw::RawAssessment;
use crate::model::*;
use crate::msg;

pub(super) fn check_kpis(
    ctx: &mut Ctx,
    file: &str,
    raw: &RawAssessment,
    level: &Level,
    sequence: &Sequence,
    position: Option<&Position>,
) -> BTreeMap<String, f64> {
    let applying = sequence.kpis_for(position);
    let kpi_ids: Vec<&str> = sequence.kpis.iter().map(|k| k.id.as_str()).collect();
    let mut results = BTreeMap::new();
    for (id, value) in &raw.kpis {
        if !kpi_ids.contains(&id.as_str()) {
            key_problem(
                ctx,
                file,
                At::Key(value, id),
                &codes::UNKNOWN_KPI,
                msg!("record-unknown-kpi", sequence = &sequence.id, kpi = id),
                crate::diagnostics::suggest::help_message(&msg!("noun-kpi"), id, &kpi_ids),
            );
            continue;
        }
        if !applying.iter().any(|k| &k.id == id) {
            key_problem(
                ctx,
                file,
                At::Key(value, id),
                &codes::NOT_REQUIRED,
                msg!(
                    "record-kpi-not-measured",
                    position = position.map_or("", |p| p.id.as_str()),
                    kpi = id
                ),
                msg!("record-kpi-not-measured-help"),
            );
            continue;
        }
        results.insert(id.clone(), value.value);
    }
    // A missing result costs points in a KPI module, and skews a KPI reference item computed
    // from the other results; a record with no results at all shows that item as missing.
    let scored_by_kpis = level
        .scoring
        .modules
        .iter()
        .any(|m| sequence.module(&m.module).is_some_and(|d| d.kpi))
        || (!raw.kpis.is_empty()
            && sequence
                .reference_items
                .iter()
                .any(|r| r.source == ReferenceSource::Kpi));
    if scored_by_kpis {
        for k in applying.iter().filter(|k| k.rule.is_some()) {
            if !raw.kpis.contains_key(&k.id) {
                key_problem(
                    ctx,
                    file,
                    At::left_out(raw),
                    &codes::MISSING_SCORE,
                    msg!("record-kpi-missing", kpi = &k.id),
                    msg!("record-kpi-missing-help", kpi = &k.id),
                );
            }
        }
    }
    results
}
