//! View pieces the site and the PDFs both show, built by one function each so a level's
//! scoring reads the same on screen and in print.

use serde::Serialize;

use crate::evaluate::condition_kinds;
use crate::model::{Conditions, Language, Level, Sequence, Standard};
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

/// The kinds a contribution requirement accepts, by name: "课程开发或课程讲授".
pub fn contribution_kinds(standard: &Standard, kinds: &[String]) -> String {
    let or = i18n::get(standard.settings.language, "or_sep");
    kinds
        .iter()
        .map(|k| standard.contribution_kind_name(k))
        .collect::<Vec<_>>()
        .join(or)
}

/// How many a contribution requirement asks and over how many cycles: "至少 2 项（近 2 个周期内）".
pub fn contribution_count(language: Language, count: u32, within: u32) -> String {
    i18n::get(language, "count_at_least").replace("{n}", &count.to_string())
        + &within_cycles(language, within)
}

/// "（近 2 个周期内）" for a window over one cycle; nothing for this cycle alone.
pub fn within_cycles(language: Language, within: u32) -> String {
    if within > 1 {
        i18n::get(language, "within_cycles").replace("{n}", &within.to_string())
    } else {
        String::new()
    }
}
