//! View pieces the site and the PDFs both show, built by one function each so a level's
//! scoring reads the same on screen and in print.

use serde::Serialize;

use crate::model::{Level, Sequence};
use crate::render::i18n::number;

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
