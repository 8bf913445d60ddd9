//! What every workbook rungs writes shares: properties dated from the content (never the
//! clock, so the same input gives the same bytes) and one look for header cells.

use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet,
    XlsxError,
};

use crate::model::{Date, Language};
use crate::render::words::fill;

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

/// A notes row's cells: italic grey on light grey, wrapped, boxed.
pub fn note() -> Format {
    Format::new()
        .set_italic()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_font_color(Color::RGB(0x595959))
        .set_background_color(Color::RGB(0xF2F2F2))
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

/// A printed sheet's running head and foot, in Excel's codes: `title` in bold on the left and
/// `right` on the right of the head; `confidential` on the left of the foot, the page numbers
/// in its centre and the sheet's name on its right.
pub struct PageCodes {
    pub header: String,
    pub footer: String,
}

impl PageCodes {
    pub fn new(lang: Language, title: &str, right: &str, confidential: &str) -> PageCodes {
        // A literal & is && in a page's head or foot.
        let literal = |s: &str| s.replace('&', "&&");
        let page = fill(
            lang.get("page"),
            &[("p", "&P".to_string()), ("n", "&N".to_string())],
        );
        PageCodes {
            header: format!("&L&\"-,Bold\"{}&R{}", literal(title), literal(right)),
            footer: format!("&L{}&C{}&R&A", literal(confidential), page),
        }
    }
}

/// A report sheet's frame: its name, the header row and column widths, frozen with the first
/// `columns_frozen` columns, a filter over `rows` rows below it; printed landscape on A4, one
/// page wide, under the running head and over the foot, with the header row and the frozen
/// columns on every page.
#[allow(clippy::too_many_arguments)]
pub fn frame(
    sheet: &mut Worksheet,
    name: &str,
    headers: &[(&str, f64)],
    rows: u32,
    columns_frozen: u16,
    header: &Format,
    page: &PageCodes,
) -> Result<(), XlsxError> {
    sheet.set_name(sheet_name(name))?;
    for (c, (title, width)) in headers.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *title, header)?;
        sheet.set_column_width(c as u16, *width)?;
    }
    sheet.set_freeze_panes(1, columns_frozen)?;
    sheet.autofilter(0, 0, rows.max(1), headers.len() as u16 - 1)?;
    sheet.set_landscape();
    sheet.set_paper_size(9);
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(0, 0)?;
    if columns_frozen > 0 {
        sheet.set_repeat_columns(0, columns_frozen - 1)?;
    }
    sheet.set_print_gridlines(true);
    sheet.set_header(&page.header);
    sheet.set_footer(&page.footer);
    Ok(())
}

/// A worksheet name Excel accepts (no `[]:*?/\`, at most 31 characters), unique in the book.
pub fn unique_sheet_name(name: &str, taken: &mut Vec<String>) -> String {
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
