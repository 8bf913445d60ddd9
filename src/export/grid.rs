//! The standard as tables for people: per sequence, the level × competency grid (a row per
//! required competency, a column per level, the level required in each cell, `★` where it is
//! key), and the competency dictionary (a row per competency with each level's title and
//! behaviours). Written as CSV (UTF-8 with a BOM, for Excel) or as one xlsx workbook; headers
//! in the content's language. Not for records: it takes a [`Standard`] only.

use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder, Worksheet, XlsxError};

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

/// One workbook: a sheet per sequence grid, then the dictionary. Its creation date is the
/// edition's effective date, so the same standard gives the same bytes.
pub fn xlsx(standard: &Standard) -> Result<Vec<u8>, XlsxError> {
    let settings = &standard.settings;
    let mut book = crate::render::xlsx::workbook(settings.effective_date, &settings.title)?;
    let f = Formats::new();
    let mut names: Vec<String> = Vec::new();
    for sequence in &standard.sequences {
        let grid = Grid::new(standard, sequence);
        let sheet = book.add_worksheet();
        sheet.set_name(unique_sheet_name(&grid.title, &mut names))?;
        grid_sheet(sheet, &grid, sequence, &f)?;
    }
    let sheet = book.add_worksheet();
    sheet.set_name(unique_sheet_name(
        word(settings.language, "dictionary"),
        &mut names,
    ))?;
    dictionary_sheet(sheet, &dictionary(standard), &f)?;
    book.save_to_buffer()
}

/// A sequence's grid: a row per competency, a column per level, the level required (★ when
/// key) or met for a one-line standard.
fn grid_sheet(
    sheet: &mut Worksheet,
    grid: &Grid,
    sequence: &Sequence,
    f: &Formats,
) -> Result<(), XlsxError> {
    for (c, title) in grid.header.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, title, &f.header)?;
    }
    for (r, (id, name, category, is_key, cells)) in grid.rows.iter().enumerate() {
        let r = r as u32 + 1;
        sheet.write_string_with_format(r, 0, id, &f.text)?;
        sheet.write_string_with_format(r, 1, name, &f.text)?;
        sheet.write_string_with_format(r, 2, category, &f.text)?;
        sheet.write_string_with_format(
            r,
            3,
            if *is_key { KEY } else { "" },
            key_or(*is_key, &f.key, &f.cell),
        )?;
        for (i, value) in cells.iter().enumerate() {
            let c = 4 + i as u16;
            match *value {
                Cell::Empty => sheet.write_blank(r, c, &f.cell)?,
                Cell::Level { level, key: k } => sheet.write_number_with_format(
                    r,
                    c,
                    level,
                    if k { &f.key_number } else { &f.cell },
                )?,
                Cell::Met { key: k } => sheet.write_string_with_format(
                    r,
                    c,
                    value.text(),
                    key_or(k, &f.key, &f.cell),
                )?,
            };
        }
    }
    sheet.set_row_height(0, 36)?;
    sheet.set_freeze_panes(1, 2)?;
    print_setup(sheet, true)?;
    sheet.set_column_width(0, 22)?;
    sheet.set_column_width(1, 14)?;
    sheet.set_column_width(2, 12)?;
    sheet.set_column_width(3, 8)?;
    for i in 0..sequence.levels.len() {
        sheet.set_column_width(4 + i as u16, 14)?;
    }
    Ok(())
}

/// The dictionary: a row per competency with its definition and each level's behaviours, each
/// row as tall as its wrapped text.
fn dictionary_sheet(
    sheet: &mut Worksheet,
    records: &[Vec<String>],
    f: &Formats,
) -> Result<(), XlsxError> {
    let columns = records.first().map_or(0, Vec::len);
    let widths: Vec<f64> = (0..columns)
        .map(|c| match c {
            0 => 22.0,
            1 => 14.0,
            2 => 12.0,
            3 => 40.0,
            4 | 5 => 32.0,
            c if (c - 6) % 2 == 0 => 14.0,
            _ => 40.0,
        })
        .collect();
    for (c, width) in widths.iter().enumerate() {
        sheet.set_column_width(c as u16, *width)?;
    }
    for (r, row) in records.iter().enumerate() {
        for (c, value) in row.iter().enumerate() {
            let format = if r == 0 { &f.header } else { &f.text };
            sheet.write_string_with_format(r as u32, c as u16, value, format)?;
        }
        // Spreadsheet programs do not all grow a row to its wrapped text: set its height.
        let lines = row
            .iter()
            .zip(&widths)
            .map(|(value, width)| wrapped_lines(value, *width))
            .max()
            .unwrap_or(1);
        let height = if r == 0 {
            36.0
        } else {
            (lines as f64 * 15.0).min(409.0)
        };
        sheet.set_row_height(r as u32, height)?;
    }
    sheet.set_freeze_panes(1, 2)?;
    print_setup(sheet, false)?;
    sheet.set_freeze_panes(1, 2)?;
    print_setup(sheet, false)?;
    Ok(())
}

/// The cell formats of both kinds of sheet.
struct Formats {
    header: Format,
    text: Format,
    cell: Format,
    key: Format,
    key_number: Format,
}

impl Formats {
    fn new() -> Formats {
        let header = crate::render::xlsx::header();
        let text = Format::new()
            .set_text_wrap()
            .set_align(FormatAlign::Top)
            .set_border(FormatBorder::Thin);
        let cell = Format::new()
            .set_align(FormatAlign::Center)
            .set_align(FormatAlign::VerticalCenter)
            .set_border(FormatBorder::Thin);
        let key = cell
            .clone()
            .set_bold()
            .set_font_color(Color::RGB(0xC00000))
            .set_background_color(Color::RGB(0xFCE4D6));
        // A key level stays a number; the format shows its star.
        let key_number = key.clone().set_num_format(format!("0\" {KEY}\""));
        Formats {
            header,
            text,
            cell,
            key,
            key_number,
        }
    }
}

/// About how many lines `text` takes wrapped in a column `width` characters wide (a CJK
/// character counts two).
fn wrapped_lines(text: &str, width: f64) -> usize {
    text.split('\n')
        .map(|line| {
            let units: f64 = line
                .chars()
                .map(|c| if c.is_ascii() { 1.0 } else { 2.0 })
                .sum();
            ((units / (width - 1.0).max(1.0)).ceil() as usize).max(1)
        })
        .sum()
}

/// Printed landscape on A4 with the header row on every page; a grid fits one page wide.
fn print_setup(sheet: &mut Worksheet, fit_width: bool) -> Result<(), XlsxError> {
    sheet
        .set_paper_size(9)
        .set_landscape()
        .set_repeat_rows(0, 0)?;
    if fit_width {
        sheet.set_print_fit_to_pages(1, 0);
    }
    Ok(())
}

fn key_or<'f>(key: bool, if_key: &'f Format, otherwise: &'f Format) -> &'f Format {
    if key { if_key } else { otherwise }
}

/// A worksheet name Excel accepts (no `[]:*?/\`, at most 31 characters), unique in the book.
fn unique_sheet_name(name: &str, taken: &mut Vec<String>) -> String {
    let base: String = name
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { '-' } else { c })
        .take(31)
        .collect();
    let mut candidate = base.clone();
    let mut n = 2;
    while taken
        .iter()
        .any(|t| t.to_lowercase() == candidate.to_lowercase())
    {
        let suffix = format!(" ({n})");
        candidate = base
            .chars()
            .take(31 - suffix.chars().count())
            .collect::<String>()
            + &suffix;
        n += 1;
    }
    taken.push(candidate.clone());
    candidate
}
