//! What every workbook rungs writes shares: properties dated from the content (never the
//! clock, so the same input gives the same bytes) and one look for header cells.

use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, XlsxError,
};

use crate::model::Date;

/// A new workbook created on `date`, by rungs, titled `title`.
pub fn workbook(date: Date, title: &str) -> Result<Workbook, XlsxError> {
    let mut book = Workbook::new();
    let created = ExcelDateTime::from_ymd(date.year as u16, date.month, date.day)?;
    book.set_properties(
        &DocProperties::new()
            .set_creation_datetime(&created)
            .set_author("rungs")
            .set_title(title),
    );
    Ok(book)
}

/// Header cells: bold, wrapped, centred on a light blue, boxed.
pub fn header() -> Format {
    Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_background_color(Color::RGB(0xDDEBF7))
        .set_border(FormatBorder::Thin)
}

/// A worksheet's name as Excel takes it, whatever a project's words are: `[]:*?/\\` as `-`, at
/// most 31 characters, never blank.
pub fn sheet_name(name: &str) -> String {
    let kept: String = name
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { '-' } else { c })
        .take(31)
        .collect();
    if kept.trim().is_empty() {
        "Sheet".to_string()
    } else {
        kept
    }
}
