//! Reading spreadsheets as people save them: xlsx, xls and ods through calamine; CSV in UTF-8
//! (with or without a BOM), UTF-16 with a BOM, or GBK/GB18030 as Chinese Excel saves it,
//! separated by commas, semicolons or tabs. Within budgets checked before the work grows (the
//! file's size, a workbook's unpacked size — a zip bomb is refused by its directory, before
//! anything is unpacked — rows and cells), so no sheet can take the machine's memory.

use std::path::Path;

use calamine::{Data, Reader};

pub mod values;

use crate::locale::Message;
use crate::msg;

/// One worksheet: its name and its rows as read, the first at index 0 (row 1).
#[derive(Debug, Clone)]
pub struct Sheet {
    pub name: String,
    pub rows: Vec<Vec<Cell>>,
}

/// A cell's value as the file holds it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Bool(bool),
    /// A date cell, as a spreadsheet serial (days since 1899-12-30).
    Date(f64),
    /// A cell whose value cannot be read: a formula the file holds no result for, or an error
    /// value (`#DIV/0!`); why.
    Unreadable(Message),
}

/// The most bytes a CSV file may have.
pub const MAX_CSV_BYTES: u64 = 64 * 1024 * 1024;
/// The most bytes a workbook file may have, and its parts together once unpacked.
pub const MAX_WORKBOOK_BYTES: u64 = 32 * 1024 * 1024;
pub const MAX_UNPACKED_BYTES: u64 = 256 * 1024 * 1024;
/// The most rows one sheet may have (a level's sheet of 50,000 employees, or the levels
/// of 10,000 competencies in a standard workbook; a larger organisation imports by
/// department), and the most cells of a file, which bound the memory a read takes.
pub const MAX_ROWS: usize = 50_000;
pub const MAX_CELLS: usize = 2_000_000;

impl Cell {
    /// The value as a person reads it in the cell, for messages and text fields.
    pub fn shown(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(s) => s.clone(),
            Cell::Number(n) => values::number_text(*n),
            Cell::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
            Cell::Date(serial) => {
                values::serial_date(*serial).map_or_else(|| serial.to_string(), |d| d.to_string())
            }
            Cell::Unreadable(_) => String::new(),
        }
    }

    pub fn is_blank(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(s) => values::normalise(s).is_empty(),
            _ => false,
        }
    }
}

/// Reads every worksheet of `path`, chosen by its extension.
pub fn read(path: &Path) -> Result<Vec<Sheet>, Message> {
    let shown = path.display().to_string();
    let cannot_read =
        |e: std::io::Error| msg!("sheet-cannot-read", path = &shown, error = e.to_string());
    let size = std::fs::metadata(path).map_err(cannot_read)?.len();
    let format = Format::of(&shown).ok_or_else(|| msg!("sheet-unknown-format", path = &shown))?;
    if size > format.limit() {
        return Err(too_large(&shown, size, format.limit()));
    }
    let bytes = std::fs::read(path).map_err(cannot_read)?;
    read_bytes(&shown, bytes)
}

/// A column's letters as a spreadsheet names it: 0 is A, 26 is AA.
pub fn column_letter(mut index: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (index % 26) as u8);
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII")
}

/// What a file holds, by its name's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    /// xlsx, xlsm, xlsb and ods: zip archives.
    Zipped,
    /// The older binary xls.
    Xls,
}

impl Format {
    /// The format `name` says, if it is one rungs reads.
    pub fn of(name: &str) -> Option<Format> {
        let extension = name.rsplit_once('.')?.1.to_ascii_lowercase();
        match extension.as_str() {
            "csv" | "txt" | "tsv" => Some(Format::Csv),
            "xlsx" | "xlsm" | "xlsb" | "ods" => Some(Format::Zipped),
            "xls" => Some(Format::Xls),
            _ => None,
        }
    }

    /// The most bytes a file of this format may have.
    pub fn limit(self) -> u64 {
        match self {
            Format::Csv => MAX_CSV_BYTES,
            Format::Zipped | Format::Xls => MAX_WORKBOOK_BYTES,
        }
    }
}

fn too_large(shown: &str, size: u64, limit: u64) -> Message {
    msg!(
        "sheet-too-large",
        path = shown,
        size = size.div_ceil(1024 * 1024),
        limit = limit / (1024 * 1024)
    )
}

/// Reads every worksheet of a file's bytes; `shown` is its name as messages give it, and its
/// extension says the format.
pub fn read_bytes(shown: &str, bytes: Vec<u8>) -> Result<Vec<Sheet>, Message> {
    let format = Format::of(shown).ok_or_else(|| msg!("sheet-unknown-format", path = shown))?;
    if bytes.len() as u64 > format.limit() {
        return Err(too_large(shown, bytes.len() as u64, format.limit()));
    }
    match format {
        Format::Csv => {
            let name = shown
                .rsplit(['/', '\\'])
                .next()
                .unwrap_or(shown)
                .to_string();
            let text = decode_strictly(&bytes)
                .map_err(|why| msg!("sheet-undecodable", path = shown, why = why))?;
            Ok(vec![Sheet {
                rows: csv_text_rows(&text)
                    .map_err(|why| msg!("sheet-bad-csv", path = shown, why = why))?,
                name,
            }])
        }
        Format::Zipped => {
            check_unpacked_size(shown, &bytes)?;
            workbook(shown, bytes)
        }
        Format::Xls => workbook(shown, bytes),
    }
}

/// A workbook is a zip: its directory says how large each part is once unpacked, so a zip
/// bomb is refused before anything is unpacked.
fn check_unpacked_size(shown: &str, bytes: &[u8]) -> Result<(), Message> {
    let not_a_workbook = |e: zip::result::ZipError| {
        msg!("sheet-not-a-workbook", path = shown, error = e.to_string())
    };
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(not_a_workbook)?;
    let mut total: u64 = 0;
    for i in 0..archive.len() {
        let entry = archive.by_index_raw(i).map_err(not_a_workbook)?;
        total = total.saturating_add(entry.size());
    }
    if total > MAX_UNPACKED_BYTES {
        return Err(msg!(
            "sheet-zip-bomb",
            path = shown,
            size = total / (1024 * 1024),
            limit = MAX_UNPACKED_BYTES / (1024 * 1024)
        ));
    }
    Ok(())
}

fn workbook(shown: &str, bytes: Vec<u8>) -> Result<Vec<Sheet>, Message> {
    let mut book = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes))
        .map_err(|e| msg!("sheet-cannot-open", path = shown, error = e.to_string()))?;
    let mut sheets = Vec::new();
    let mut cells = 0usize;
    for name in book.sheet_names() {
        let Ok(range) = book.worksheet_range(&name) else {
            continue;
        };
        let (height, width) = range.get_size();
        if height > MAX_ROWS {
            return Err(too_many_rows(shown, &name, height));
        }
        cells = cells.saturating_add(height.saturating_mul(width));
        if cells > MAX_CELLS {
            return Err(msg!(
                "sheet-too-many-cells",
                path = shown,
                limit = MAX_CELLS
            ));
        }
        // A formula whose result the file does not hold reads as empty: say so instead.
        let formulas = book.worksheet_formula(&name).ok();
        // The range starts at its first used cell; rows and columns before it are empty.
        let (top, left) = range.start().unwrap_or((0, 0));
        let mut rows: Vec<Vec<Cell>> = vec![Vec::new(); top as usize];
        for (r, row) in range.rows().enumerate() {
            let mut out = vec![Cell::Empty; left as usize];
            out.extend(row.iter().enumerate().map(|(c, data)| {
                let at = (top + r as u32, left + c as u32);
                let formula = formulas
                    .as_ref()
                    .and_then(|f| f.get_value(at))
                    .filter(|f| !f.is_empty());
                match (data, formula) {
                    (Data::Empty, Some(f)) => {
                        Cell::Unreadable(msg!("sheet-formula-without-result", formula = f))
                    }
                    _ => cell(data),
                }
            }));
            rows.push(out);
        }
        sheets.push(Sheet { name, rows });
    }
    Ok(sheets)
}

fn too_many_rows(shown: &str, sheet: &str, rows: usize) -> Message {
    msg!(
        "sheet-too-many-rows",
        sheet = sheet,
        path = shown,
        rows = rows,
        limit = MAX_ROWS
    )
}

fn cell(data: &Data) -> Cell {
    match data {
        Data::Error(e) => Cell::Unreadable(msg!("sheet-error-value", value = e.to_string())),
        Data::Empty => Cell::Empty,
        Data::String(s) => Cell::Text(s.clone()),
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(d) if d.is_datetime() => Cell::Date(d.as_f64()),
        Data::DateTime(d) => Cell::Number(d.as_f64()),
        // ODS dates come as ISO text (2024-12-12 or 2024-12-12T00:00:00).
        Data::DateTimeIso(s) => Cell::Text(s.split('T').next().unwrap_or(s).to_string()),
        Data::DurationIso(s) => Cell::Text(s.clone()),
    }
}

/// The text of CSV bytes, or why rungs cannot tell their encoding: UTF-8 and UTF-16 with a
/// BOM, UTF-8, or GBK; bytes none of these reads (Latin-1, Shift-JIS …) or UTF-16 without a
/// BOM are named as such.
pub fn decode_strictly(bytes: &[u8]) -> Result<String, Message> {
    if encoding_rs::Encoding::for_bom(bytes).is_some() || std::str::from_utf8(bytes).is_ok() {
        return Ok(decode(bytes));
    }
    // Text of Latin letters and digits in UTF-16 is one zero byte in two.
    let zeros = bytes.iter().filter(|b| **b == 0).count();
    if zeros * 4 > bytes.len() {
        return Err(msg!("sheet-utf16-without-bom"));
    }
    let (text, _, had_errors) = encoding_rs::GB18030.decode(bytes);
    if had_errors {
        return Err(msg!("sheet-unknown-encoding"));
    }
    Ok(text.into_owned())
}

/// The text of CSV bytes in whatever encoding Excel or a person saved them.
pub fn decode(bytes: &[u8]) -> String {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        return encoding
            .decode_without_bom_handling(&bytes[bom..])
            .0
            .into_owned();
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        // Not UTF-8: Chinese Excel's "CSV" is GBK, which GB18030 contains.
        Err(_) => encoding_rs::GB18030
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
    }
}

/// The rows of CSV text, at most [`MAX_ROWS`]: reading stops at the first row over.
fn csv_text_rows(text: &str) -> Result<Vec<Vec<Cell>>, Message> {
    let first_line = text.lines().next().unwrap_or_default();
    let delimiter = [b',', b'\t', b';']
        .into_iter()
        .max_by_key(|d| first_line.matches(*d as char).count())
        .unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut cells = 0usize;
    for record in reader.records() {
        let record = record.map_err(|e| msg!("sheet-csv-unreadable", error = e.to_string()))?;
        cells += record.len();
        if rows.len() == MAX_ROWS || cells > MAX_CELLS {
            return Err(msg!(
                "sheet-csv-too-large",
                rows = MAX_ROWS,
                cells = MAX_CELLS
            ));
        }
        rows.push(
            record
                .iter()
                .map(|s| {
                    if s.is_empty() {
                        Cell::Empty
                    } else {
                        // The mark rungs puts before a formula-like value comes off again.
                        Cell::Text(crate::render::csv::restore(s).to_string())
                    }
                })
                .collect(),
        );
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_excel_saves() {
        let (gbk, _, _) = encoding_rs::GBK.encode("工号,姓名\nE1,林晓峰\n");
        assert_eq!(decode(&gbk), "工号,姓名\nE1,林晓峰\n");
        assert_eq!(decode("\u{feff}工号".as_bytes()), "工号");
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("工号".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(&utf16), "工号");
    }

    #[test]
    fn tab_separated() {
        let rows = csv_text_rows("a\tb\n1\t2\n").unwrap();
        assert_eq!(
            rows[1],
            vec![Cell::Text("1".into()), Cell::Text("2".into())]
        );
    }
}
