//! `rungs export`: the validated standard as data for other systems. Three shapes, one module
//! each: the `rungs-standard` JSON document ([`json`], described by
//! `schemas/rungs-standard.schema.json`), tables for people ([`grid`]: CSV and xlsx), and
//! 1EdTech CASE 1.1 packages ([`case`]).
//!
//! Every function takes a [`Standard`] only, so assessment records cannot reach an export, and
//! returns bytes: the command decides where they go. Outputs carry no clock: the same standard
//! always gives the same bytes.

pub mod case;
pub mod grid;
pub mod json;

use crate::model::Standard;

/// A file of an export: its name in the output folder, and its bytes.
pub struct File {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// The JSON document's file name when `--out` names a folder.
pub const JSON_FILE: &str = "standard.json";
/// The workbook's file name.
pub const XLSX_FILE: &str = "standard.xlsx";

/// The CASE packages, `case-<sequence>.json` each.
pub fn case_files(standard: &Standard) -> Vec<File> {
    case::packages(standard)
        .into_iter()
        .map(|(sequence, bytes)| File {
            name: format!("case-{}.json", crate::urls::safe_file_name(&sequence)),
            bytes,
        })
        .collect()
}

/// The CSV tables: `grid-<sequence>.csv` each, and `competencies.csv`.
pub fn csv_files(standard: &Standard) -> Vec<File> {
    grid::csv_files(standard)
        .into_iter()
        .map(|(name, bytes)| File { name, bytes })
        .collect()
}
