//! View pieces the site and the PDFs both show, built by one function each so a level's
//! scoring reads the same on screen and in print.

use serde::Serialize;

use crate::evaluate::condition_kinds;
use crate::model::{Conditions, Language, Level, Sequence};
use crate::render::i18n::{self, number};

/// A level's basic conditions, one row per kind: several certifications or other conditions
/// share their row.
#[derive(Serialize)]
pub struct ConditionRow {
    pub label: &'static str,
    pub texts: Vec<String>,
}

pub fn condition_rows(language: Language, conditions: &Conditions) -> Vec<ConditionRow> {
    let mut rows: Vec<ConditionRow> = Vec::new();
    for kind in condition_kinds(conditions) {
        let (label, text) = i18n::condition(language, &kind);
        match rows.last_mut() {
            Some(row) if row.label == label => row.texts.push(text),
            _ => rows.push(ConditionRow {
                label,
                texts: vec![text],
            }),
        }
    }
    rows
}

/// A level's scoring modules with their items and points.
#[derive(Serialize)]
pub struct ModuleLine<'a> {
    pub name: &'a str,
    pub exam: bool,
    pub points: String,
    pub items: Vec<ItemLine<'a>>,
}

#[derive(Serialize)]
pub struct ItemLine<'a> {
    pub name: &'a str,
    pub points: String,
}

pub fn scoring_modules<'a>(sequence: &'a Sequence, level: &'a Level) -> Vec<ModuleLine<'a>> {
    level
        .scoring
        .modules
        .iter()
        .map(|m| ModuleLine {
            name: sequence.module_name(&m.module),
            exam: sequence.module(&m.module).is_some_and(|d| d.exam),
            points: number(m.points),
            items: m
                .items
                .iter()
                .map(|(id, p)| ItemLine {
                    name: sequence.item_name(&m.module, id),
                    points: number(*p),
                })
                .collect(),
        })
        .collect()
}
