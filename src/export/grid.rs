//! The standard as tables for people: per sequence, the level × competency grid (a row per
//! required competency, a column per level, the level required in each cell, `★` where it is
//! key), and the competency dictionary (a row per competency with each level's title and
//! behaviours). Written as CSV (UTF-8 with a BOM, for Excel); headers in the content's language
//! (the workbook, which carries these and the rest of the standard, is
//! `interchange::standard`). Not for records: it takes a [`Standard`] only.

use crate::model::{Language, Sequence, Standard};

/// The mark of a key requirement.
pub const KEY: &str = "★";
/// A one-line standard required (met, not graded).
pub const MET: &str = "✓";

/// A grid's column heading or sheet name: the locale's `grid_<key>` (`{n}` is a level number).
fn word(language: Language, key: &str) -> &'static str {
    language.get(&format!("grid_{key}"))
}

/// What a grid cell holds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cell {
    /// Not required at this level.
    Empty,
    /// This graded level required.
    Level { level: u32, key: bool },
    /// A one-line standard required (met).
    Met { key: bool },
}

impl Cell {
    pub fn text(self) -> String {
        let key = |k: bool| if k { format!(" {KEY}") } else { String::new() };
        match self {
            Cell::Empty => String::new(),
            Cell::Level { level, key: k } => format!("{level}{}", key(k)),
            Cell::Met { key: k } => format!("{MET}{}", key(k)),
        }
    }
}

/// A sequence's level × competency grid.
pub struct Grid {
    pub sequence: String,
    pub title: String,
    pub header: Vec<String>,
    /// (id, name, category name, key at some level, a cell per level).
    pub rows: Vec<(String, String, String, bool, Vec<Cell>)>,
}

impl Grid {
    pub fn new(standard: &Standard, sequence: &Sequence) -> Grid {
        let language = standard.settings.language;
        let mut header: Vec<String> = ["id", "competency", "category", "key"]
            .iter()
            .map(|k| word(language, k).to_string())
            .collect();
        header.extend(
            sequence
                .levels
                .iter()
                .map(|l| format!("{} {}", l.name, l.title)),
        );
        let rows = sequence
            .matrix()
            .into_iter()
            .map(|row| {
                let competency = standard.competency(row.competency);
                let one_line = competency.is_some_and(|c| c.is_one_line());
                let cells: Vec<Cell> = row
                    .cells
                    .iter()
                    .map(|cell| match cell {
                        None => Cell::Empty,
                        Some(r) if one_line => Cell::Met { key: r.key },
                        Some(r) => Cell::Level {
                            level: r.level,
                            key: r.key,
                        },
                    })
                    .collect();
                let category = competency
                    .and_then(|c| standard.category(&c.category))
                    .map_or("", |c| c.name.as_str());
                (
                    row.competency.to_string(),
                    standard.competency_name(row.competency).to_string(),
                    category.to_string(),
                    row.cells.iter().flatten().any(|r| r.key),
                    cells,
                )
            })
            .collect();
        Grid {
            sequence: sequence.id.clone(),
            title: sequence.name.clone(),
            header,
            rows,
        }
    }

    /// The header and rows as text.
    pub fn records(&self) -> Vec<Vec<String>> {
        let mut out = vec![self.header.clone()];
        for (id, name, category, key, cells) in &self.rows {
            let mut row = vec![
                id.clone(),
                name.clone(),
                category.clone(),
                if *key { KEY.into() } else { String::new() },
            ];
            row.extend(cells.iter().map(|c| c.text()));
            out.push(row);
        }
        out
    }
}

/// The competency dictionary: a row per competency, two columns per level of the longest scale.
pub fn dictionary(standard: &Standard) -> Vec<Vec<String>> {
    let language = standard.settings.language;
    let levels = standard
        .competencies
        .iter()
        .map(|c| c.levels.len())
        .max()
        .unwrap_or(0);
    let mut header: Vec<String> = [
        "id",
        "competency",
        "category",
        "definition",
        "key_points",
        "standard",
    ]
    .iter()
    .map(|k| word(language, k).to_string())
    .collect();
    for n in 1..=levels {
        for key in ["level_title", "level_behaviours"] {
            header.push(word(language, key).replace("{n}", &n.to_string()));
        }
    }
    let mut out = vec![header];
    for c in &standard.competencies {
        let mut row = vec![
            c.id.clone(),
            c.name.clone(),
            standard
                .category(&c.category)
                .map_or(c.category.clone(), |k| k.name.clone()),
            c.definition.clone(),
            c.key_points.join("\n"),
            c.standard.clone().unwrap_or_default(),
        ];
        for n in 0..levels {
            match c.levels.get(n) {
                Some(l) => {
                    row.push(l.title.clone());
                    row.push(l.behaviours.join("\n"));
                }
                None => row.extend([String::new(), String::new()]),
            }
        }
        out.push(row);
    }
    out
}

/// Records of text, the first the header, as CSV with a UTF-8 byte-order mark.
pub fn csv(records: &[Vec<String>]) -> Vec<u8> {
    crate::render::csv::rows(records)
}

/// Every file of a CSV export: `grid-<sequence>.csv` per sequence and `competencies.csv`.
pub fn csv_files(standard: &Standard) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = standard
        .sequences
        .iter()
        .map(|s| {
            let grid = Grid::new(standard, s);
            (
                format!("grid-{}.csv", crate::urls::safe_file_name(&s.id)),
                csv(&grid.records()),
            )
        })
        .collect();
    files.push(("competencies.csv".into(), csv(&dictionary(standard))));
    files
}
