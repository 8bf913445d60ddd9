//! The assessment sheet HR fills in: a header row, a notes row (`#`, never imported) saying
//! what each column takes, and one row per employee, empty or pre-filled from records. As
//! xlsx it also carries drop-down lists and ranges (data validation), a note on every header,
//! frozen headers, and a guide sheet; as CSV, UTF-8 with a BOM so Excel reads the Chinese.

use rust_xlsxwriter::{
    Color, DataValidation, DataValidationRule, ExcelDateTime, Format, FormatAlign, Note, Worksheet,
    XlsxError,
};

use std::ops::Add;

use crate::model::{Date, Language};

use super::columns::{Column, Kind};
use super::sheet::Cell;

/// A sheet ready to be written.
pub struct Template {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
    pub language: Language,
    /// The worksheet's name, e.g. `销售序列-s2`.
    pub name: String,
    /// Stamped as the workbook's creation date, so the same input gives the same bytes.
    pub date: Date,
}

/// Rows a template offers drop-downs and ranges for beyond its pre-filled ones.
const EMPTY_ROWS: u32 = 500;

impl Template {
    /// The notes row: `#` first, so an import skips it.
    fn notes(&self) -> Vec<String> {
        self.columns
            .iter()
            .enumerate()
            .map(|(i, c)| {
                if i == 0 {
                    format!("# {}", c.note)
                } else {
                    c.note.clone()
                }
            })
            .collect()
    }

    pub fn to_csv(&self) -> Vec<u8> {
        let headers: Vec<String> = self.columns.iter().map(Column::header).collect();
        let rows = self.rows.iter().map(|row| {
            row.iter()
                .map(|c| c.shown().to_string())
                .collect::<Vec<_>>()
        });
        crate::render::csv::rows([headers, self.notes()].into_iter().chain(rows))
    }

    /// Column `c`'s width: its header's or its widest pre-filled value's.
    fn width(&self, c: usize) -> f64 {
        let values = self
            .rows
            .iter()
            .filter_map(|row| row.get(c))
            .filter(|cell| matches!(cell, Cell::Text(_)))
            .map(|cell| text_width(&cell.shown()));
        column_width(&self.columns[c], values)
    }

    pub fn to_xlsx(&self) -> Result<Vec<u8>, XlsxError> {
        Template::workbook(std::slice::from_ref(self))
    }

    /// Several sheets in one workbook (one per rater, say), each as [`Template::to_xlsx`]
    /// writes one, and the guide of the sheet with the most columns. Sheet names are made
    /// unique.
    pub fn workbook(templates: &[Template]) -> Result<Vec<u8>, XlsxError> {
        let first = templates.first().expect("at least one sheet");
        let mut book = crate::render::xlsx::workbook(first.date, &first.name)?;
        let header = crate::render::xlsx::header();
        let text = Format::new().set_num_format("@");
        let date = Format::new().set_num_format("yyyy-mm-dd");
        let mut names: Vec<String> = Vec::new();
        for template in templates {
            let sheet = book.add_worksheet();
            let mut name = crate::render::xlsx::sheet_name(&template.name);
            let mut n = 2;
            while names.iter().any(|x| x.eq_ignore_ascii_case(&name)) {
                let suffix = format!(" ({n})");
                let kept: String = crate::render::xlsx::sheet_name(&template.name)
                    .chars()
                    .take(31 - suffix.chars().count())
                    .collect();
                name = format!("{kept}{suffix}");
                n += 1;
            }
            sheet.set_name(&name)?;
            names.push(name);
            template.write_columns(sheet, &header, &text, &date)?;
            template.write_rows(sheet, &text, &date)?;
            sheet.set_freeze_panes(2, 2)?;
            sheet.autofilter(0, 0, 0, template.columns.len().saturating_sub(1) as u16)?;
        }
        let widest = templates
            .iter()
            .max_by_key(|t| t.columns.len())
            .expect("at least one sheet");
        widest.write_guide(book.add_worksheet(), &header)?;
        book.save_to_buffer()
    }

    /// Each column's header (required ones in red), note, width, cell format, tip and
    /// drop-down; the header and notes rows as tall as they wrap; the print setup.
    fn write_columns(
        &self,
        sheet: &mut Worksheet,
        header: &Format,
        text: &Format,
        date: &Format,
    ) -> Result<(), XlsxError> {
        let t = |key: &str| self.language.get(key);
        let required = header.clone().set_font_color(Color::RGB(0xC00000));
        let note = crate::render::xlsx::note();
        let plain = Format::new();
        let last_row = 2 + self.rows.len() as u32 + EMPTY_ROWS - 1;
        for (c, column) in self.columns.iter().enumerate() {
            let c = c as u16;
            let format = if column.required { &required } else { header };
            sheet.write_string_with_format(0, c, column.header(), format)?;
            sheet.write_string_with_format(1, c, &self.notes()[c as usize], &note)?;
            let width = self.width(c as usize);
            // Text columns stay text, so an id like 0012 keeps its zeros.
            let column_format = match column.kind {
                Kind::Date => date,
                Kind::Text | Kind::List | Kind::Choice(_) | Kind::SequenceLevel(_) => text,
                _ => &plain,
            };
            sheet.set_column_width(c, width)?;
            sheet.set_column_format(c, column_format)?;
            let mut tip = format!("{}\n{}", column.key, column.note);
            if column.required {
                tip = format!("{}\n{tip}", t("sheet_guide_required"));
            }
            sheet.insert_note(
                0,
                c,
                &Note::new(tip)
                    .set_author("rungs")
                    .add_author_prefix(false)
                    .set_width(260),
            )?;
            if let Some(validation) = validation(column, self.language) {
                // A list too long for Excel's 255 characters is left to the note.
                let _ = sheet.add_data_validation(2, c, last_row, c, &validation);
            }
        }
        // Tall enough for the longest header and note as they wrap in their columns.
        let lines =
            |text: &str, c: usize| (text_width(text) / (self.width(c) - 1.0)).ceil().max(1.0);
        let header_lines = self
            .columns
            .iter()
            .enumerate()
            .map(|(i, c)| lines(&c.header(), i))
            .fold(1.0, f64::max);
        let note_lines = self
            .notes()
            .iter()
            .enumerate()
            .map(|(i, note)| lines(note, i))
            .fold(1.0, f64::max);
        sheet.set_row_height(0, (header_lines * 15.0 + 6.0).min(90.0))?;
        sheet.set_row_height(1, (note_lines * 14.0 + 4.0).min(160.0))?;
        // Printed: landscape A4, the headers, notes, ids and names on every page, gridlines.
        sheet.set_landscape();
        sheet.set_paper_size(9);
        sheet.set_repeat_rows(0, 1)?;
        sheet.set_repeat_columns(0, 1)?;
        sheet.set_print_gridlines(true);
        Ok(())
    }

    /// The rows' cells, text kept as text.
    fn write_rows(
        &self,
        sheet: &mut Worksheet,
        text: &Format,
        date: &Format,
    ) -> Result<(), XlsxError> {
        for (r, row) in self.rows.iter().enumerate() {
            let r = 2 + r as u32;
            for (c, cell) in row.iter().enumerate() {
                let c = c as u16;
                match cell {
                    // Never made by a template: only read from a file.
                    Cell::Empty | Cell::Unreadable(_) => {}
                    Cell::Text(s) => {
                        sheet.write_string_with_format(r, c, s, text)?;
                    }
                    Cell::Number(n) => {
                        sheet.write_number(r, c, *n)?;
                    }
                    Cell::Bool(b) => {
                        sheet.write_boolean(r, c, *b)?;
                    }
                    Cell::Date(serial) => {
                        sheet.write_datetime_with_format(
                            r,
                            c,
                            ExcelDateTime::from_serial_datetime(*serial)?,
                            date,
                        )?;
                    }
                }
            }
        }
        Ok(())
    }

    /// The guide sheet: an introduction, then a row per column (its header, key, note, and
    /// whether it is required).
    fn write_guide(&self, guide: &mut Worksheet, header: &Format) -> Result<(), XlsxError> {
        let t = |key: &str| self.language.get(key);
        guide.set_name(t("sheet_guide"))?;
        // The introduction across the four columns, tall enough for its wrapped lines.
        let intro = t("sheet_guide_intro");
        let wrap_top = Format::new().set_text_wrap().set_align(FormatAlign::Top);
        guide.merge_range(0, 0, 0, 3, intro, &wrap_top)?;
        guide.set_row_height(
            0,
            ((text_width(intro) / 125.0).ceil() * 15.0 + 6.0).max(21.0),
        )?;
        for (c, title) in [
            "sheet_guide_column",
            "sheet_guide_key",
            "sheet_guide_note",
            "sheet_guide_required",
        ]
        .iter()
        .enumerate()
        {
            guide.write_string_with_format(2, c as u16, t(title), header)?;
        }
        for (i, column) in self.columns.iter().enumerate() {
            let r = 3 + i as u32;
            guide.write_string_with_format(r, 0, &column.label, &wrap_top)?;
            guide.write_string_with_format(r, 1, &column.key, &wrap_top)?;
            guide.write_string_with_format(r, 2, &column.note, &wrap_top)?;
            // Spreadsheet programs keep a row one line tall unless told otherwise.
            let lines = (text_width(&column.note) / 58.0).ceil().max(1.0);
            if lines > 1.0 {
                guide.set_row_height(r, lines * 15.0 + 2.0)?;
            }
            if column.required {
                guide.write_string_with_format(r, 3, "*", &wrap_top)?;
            }
        }
        guide.set_column_width(0, 28)?;
        guide.set_column_width(1, 34)?;
        guide.set_column_width(2, 60)?;
        guide.set_column_width(3, 8)?;
        guide.set_landscape();
        guide.set_paper_size(9);
        guide.set_print_fit_to_pages(1, 0);
        guide.set_repeat_rows(2, 2)?;
        guide.set_print_gridlines(true);
        Ok(())
    }
}

/// A column's width in Excel's units (about one Latin letter; a Chinese character takes two):
/// its header's, within bounds, and never too narrow for a date.
fn column_width(column: &Column, values: impl Iterator<Item = f64>) -> f64 {
    let least = if column.kind == Kind::Date {
        12.0
    } else {
        10.0
    };
    values
        .fold(text_width(&column.header()), f64::max)
        .add(2.0)
        .clamp(least, 28.0)
}

fn text_width(text: &str) -> f64 {
    text.chars()
        .map(|ch| if ch.is_ascii() { 1.1 } else { 2.1 })
        .sum()
}

/// The drop-down or range Excel checks as people type.
fn validation(column: &Column, language: Language) -> Option<DataValidation> {
    let rule = match &column.kind {
        Kind::Choice(options) => {
            let names: Vec<&str> = options.iter().map(|(_, name)| name.as_str()).collect();
            DataValidation::new().allow_list_strings(&names).ok()?
        }
        Kind::SequenceLevel(levels) => {
            let names: Vec<&str> = levels.iter().map(|(_, name, _)| name.as_str()).collect();
            DataValidation::new().allow_list_strings(&names).ok()?
        }
        Kind::YesNo => {
            let (yes, no) = crate::render::words::yes_no_words(language);
            DataValidation::new().allow_list_strings(&[yes, no]).ok()?
        }
        Kind::Level { max } => {
            DataValidation::new().allow_whole_number(DataValidationRule::Between(0, *max as i32))
        }
        Kind::Number { max: Some(max) } => {
            DataValidation::new().allow_decimal_number(DataValidationRule::Between(0.0, *max))
        }
        Kind::Number { max: None } => DataValidation::new()
            .allow_decimal_number(DataValidationRule::GreaterThanOrEqualTo(0.0)),
        Kind::Text | Kind::Date | Kind::List | Kind::Ratings(_) => return None,
    };
    let message: String = column.note.chars().take(250).collect();
    let title: String = column.label.chars().take(30).collect();
    rule.set_input_title(title.clone())
        .ok()?
        .set_input_message(message.clone())
        .ok()?
        .set_error_title(title)
        .ok()?
        .set_error_message(message)
        .ok()
}

/// The sheet's rows for these records, one cell per column.
pub fn prefill(
    columns: &[Column],
    records: &[super::node::Node],
    language: Language,
) -> Vec<Vec<Cell>> {
    records
        .iter()
        .map(|record| {
            columns
                .iter()
                .map(|c| c.cell_of(record, language))
                .collect()
        })
        .collect()
}
