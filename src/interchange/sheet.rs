//! Reading spreadsheets as people save them: xlsx, xls and ods through calamine; CSV in UTF-8
//! (with or without a BOM), UTF-16 with a BOM, or GBK/GB18030 as Chinese Excel saves it,
//! separated by commas, semicolons or tabs.

use std::path::Path;

use calamine::{Data, Reader};

/// One worksheet: its name and its rows as read, the first at index 0 (row 1).
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
}

impl Cell {
    /// The value as a person reads it in the cell, for messages and text fields.
    pub fn shown(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(s) => s.clone(),
            Cell::Number(n) => crate::interchange::values::number_text(*n),
            Cell::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
            Cell::Date(serial) => crate::interchange::values::serial_date(*serial)
                .map_or_else(|| serial.to_string(), |d| d.to_string()),
        }
    }

    pub fn is_blank(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(s) => crate::interchange::values::normalise(s).is_empty(),
            _ => false,
        }
    }
}

/// Reads every worksheet of `path`, chosen by its extension.
pub fn read(path: &Path) -> Result<Vec<Sheet>, String> {
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    match extension.as_str() {
        "csv" | "txt" | "tsv" => {
            let bytes = std::fs::read(path)
                .map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
            let name = path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            Ok(vec![Sheet {
                name,
                rows: csv_rows(&bytes)?,
            }])
        }
        "xlsx" | "xlsm" | "xls" | "xlsb" | "ods" => workbook(path),
        _ => Err(format!(
            "`{}` is not a spreadsheet rungs reads: give an .xlsx, .xls, .ods or .csv file",
            path.display()
        )),
    }
}

fn workbook(path: &Path) -> Result<Vec<Sheet>, String> {
    let mut book = calamine::open_workbook_auto(path)
        .map_err(|e| format!("cannot open `{}` as a spreadsheet: {e}", path.display()))?;
    let mut sheets = Vec::new();
    for (name, range) in book.worksheets() {
        // The range starts at its first used cell; rows and columns before it are empty.
        let (top, left) = range.start().unwrap_or((0, 0));
        let mut rows: Vec<Vec<Cell>> = vec![Vec::new(); top as usize];
        for row in range.rows() {
            let mut cells = vec![Cell::Empty; left as usize];
            cells.extend(row.iter().map(cell));
            rows.push(cells);
        }
        sheets.push(Sheet { name, rows });
    }
    Ok(sheets)
}

fn cell(data: &Data) -> Cell {
    match data {
        Data::Empty | Data::Error(_) => Cell::Empty,
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

fn csv_rows(bytes: &[u8]) -> Result<Vec<Vec<Cell>>, String> {
    let text = decode(bytes);
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
    for record in reader.records() {
        let record = record.map_err(|e| format!("the CSV cannot be read: {e}"))?;
        rows.push(
            record
                .iter()
                .map(|s| {
                    if s.is_empty() {
                        Cell::Empty
                    } else {
                        Cell::Text(s.to_string())
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
        let rows = csv_rows("a\tb\n1\t2\n".as_bytes()).unwrap();
        assert_eq!(
            rows[1],
            vec![Cell::Text("1".into()), Cell::Text("2".into())]
        );
    }
}
