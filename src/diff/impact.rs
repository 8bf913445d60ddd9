//! What a change of standard does to real verdicts: every record evaluated under both
//! editions, counted by sequence and level. Counts are safe to paste into a pull request; the
//! records themselves (personal data) only when asked for.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::evaluate::{Evaluation, evaluate};
use crate::model::{Records, Standard};
use crate::render::words::number;

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Impact {
    /// One row per sequence and level applied for, in the new standard's order.
    pub rows: Vec<ImpactRow>,
    /// Each record whose verdict, grade or total changes; personal data.
    pub records: Vec<RecordChange>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ImpactRow {
    pub sequence: String,
    pub level: String,
    pub records: usize,
    pub verdicts_changed: usize,
    /// Of the verdicts changed: qualified before and not now, and the other way.
    pub qualified_to_not: usize,
    pub not_to_qualified: usize,
    pub grades_changed: usize,
    pub totals_changed: usize,
    /// Records the old standard cannot evaluate (their sequence or level did not exist).
    pub not_comparable: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RecordChange {
    pub employee_id: String,
    pub cycle: String,
    pub sequence: String,
    pub level: String,
    /// "通过 A 82", or "—" when the old standard cannot evaluate it.
    pub before: String,
    pub after: String,
}

impl Impact {
    pub fn changed(&self) -> usize {
        self.records.len()
    }
}

fn summary(e: &Evaluation, qualified: &str, not_qualified: &str) -> String {
    format!(
        "{} {:?} {}",
        if e.qualified {
            qualified
        } else {
            not_qualified
        },
        e.grade,
        number(e.total)
    )
}

/// Evaluates every record under `old` and `new` (each with the employee's earlier records).
pub fn impact(old: &Standard, new: &Standard, records: &Records) -> Impact {
    let lang = new.settings.language;
    let yes = lang.get("qualified");
    let no = lang.get("not_qualified");
    let mut rows: BTreeMap<(usize, usize), ImpactRow> = BTreeMap::new();
    let mut changes = Vec::new();
    for a in &records.assessments {
        let Some((sequence, level)) = new.target_level(a) else {
            continue;
        };
        let order = (
            new.sequences
                .iter()
                .position(|s| s.id == sequence.id)
                .unwrap_or(0),
            level.rank,
        );
        let row = rows.entry(order).or_insert_with(|| ImpactRow {
            sequence: sequence.name.clone(),
            level: format!("{} {}", level.name, level.title),
            ..ImpactRow::default()
        });
        row.records += 1;
        let earlier: Vec<_> = records.earlier(a).collect();
        let after =
            evaluate(new, a, &earlier, records.cycles()).expect("target level checked above");
        let before = evaluate(old, a, &earlier, records.cycles());
        let (verdict, grade, total) = match &before {
            None => {
                row.not_comparable += 1;
                (true, true, true)
            }
            Some(b) => (
                b.qualified != after.qualified,
                b.grade != after.grade,
                (b.total - after.total).abs() > 1e-9,
            ),
        };
        if let Some(b) = &before {
            row.qualified_to_not += usize::from(b.qualified && !after.qualified);
            row.not_to_qualified += usize::from(!b.qualified && after.qualified);
        }
        if before.is_some() {
            row.verdicts_changed += usize::from(verdict);
            row.grades_changed += usize::from(grade);
            row.totals_changed += usize::from(total);
        }
        if verdict || grade || total {
            changes.push(RecordChange {
                employee_id: a.employee_id.clone(),
                cycle: a.cycle.clone(),
                sequence: sequence.name.clone(),
                level: level.name.clone(),
                before: before.map_or("—".into(), |b| summary(&b, yes, no)),
                after: summary(&after, yes, no),
            });
        }
    }
    Impact {
        rows: rows.into_values().collect(),
        records: changes,
    }
}
