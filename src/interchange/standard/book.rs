//! The standard workbook's sheets: their names, columns and notes (shared with the import,
//! which finds columns by their headers), and the xlsx rungs writes.

use rust_xlsxwriter::{Color, DataValidation, Format, FormatAlign, Note, Worksheet, XlsxError};

use crate::interchange::node::Node;
use crate::model::{Date, Language};

use super::codec::{Names, Out};
use super::grid::{self, Kind};
use super::tables::{Codec, Home, TABLES, Table, scalar};
use super::{Work, entry_id};

/// What a column of a sheet is for.
#[derive(Debug, Clone, PartialEq)]
pub enum Role {
    /// The id of the entity at depth `n` (0: the file's own, for per-file tables).
    Key(usize),
    /// A field of the table.
    Field(usize),
    /// Shown for reading, not read back (a competency's name beside its id).
    Info,
    /// A level's column of a per-sequence sheet.
    Level(String),
}

/// A column: header, note, role.
#[derive(Debug, Clone)]
pub struct Column {
    pub header: String,
    pub note: String,
    pub role: Role,
}

fn word(language: Language, key: &str) -> String {
    language.get(key).to_string()
}

/// The sheet name of a table.
pub fn table_sheet(table: &Table, language: Language) -> String {
    word(language, &format!("book_sheet_{}", table.key))
}

/// A table's columns: the ids that place each row, a name to read by, then the fields.
pub fn table_columns(table: &Table, language: Language) -> Vec<Column> {
    let t = |k: &str| word(language, k);
    let mut out = Vec::new();
    let depth_offset = usize::from(table.home != Home::Settings);
    if table.home != Home::Settings {
        let home = if table.home == Home::Competency {
            "competency"
        } else {
            "sequence"
        };
        out.push(Column {
            header: t(&format!("book_key_{home}")),
            note: t(&format!("book_note_key_{home}")),
            role: Role::Key(0),
        });
        if !table.chain.is_empty() {
            out.push(Column {
                header: t(&format!("book_col_{home}_name")),
                note: t("book_note_info"),
                role: Role::Info,
            });
        }
    }
    for (i, (list, _)) in table.chain.iter().enumerate() {
        out.push(Column {
            header: t(&format!("book_key_{}_{list}", table.key)),
            note: t(&format!("book_note_key_{}_{list}", table.key)),
            role: Role::Key(depth_offset + i),
        });
    }
    for (i, field) in table.fields.iter().enumerate() {
        let mut note = t(&format!("book_note_{}", field.key));
        if field.inherited {
            note = format!("{note} {}", t("book_note_inherited"));
        }
        if field.parent {
            note = format!("{note} {}", t("book_note_parent"));
        }
        out.push(Column {
            header: t(&format!("book_col_{}", field.key)),
            note,
            role: Role::Field(i),
        });
    }
    out
}

/// The name of `kind`'s sheet for a sequence.
pub fn grid_sheet(kind: Kind, sequence_name: &str, language: Language) -> String {
    crate::render::xlsx::sheet_name(&format!(
        "{}{sequence_name}",
        word(language, &format!("book_sheet_{}", kind.key()))
    ))
}

/// The columns of a per-sequence sheet: ids and names, then one per level (`s1 一级`).
pub fn grid_columns(kind: Kind, sequence: &Node, language: Language) -> Vec<Column> {
    let t = |k: &str| word(language, k);
    let mut out = match kind {
        Kind::Scoring => vec![
            Column {
                header: t("book_col_module"),
                note: t("book_note_module"),
                role: Role::Key(0),
            },
            Column {
                header: t("book_col_module_name"),
                note: t("book_note_info"),
                role: Role::Info,
            },
            Column {
                header: t("book_col_item"),
                note: t("book_note_item"),
                role: Role::Key(1),
            },
            Column {
                header: t("book_col_item_name"),
                note: t("book_note_info"),
                role: Role::Info,
            },
        ],
        Kind::Competencies => vec![
            Column {
                header: t("book_key_competency"),
                note: t("book_note_grid_id"),
                role: Role::Key(0),
            },
            Column {
                header: t("book_col_competency_name"),
                note: t("book_note_grid_name"),
                role: Role::Info,
            },
        ],
        Kind::Behaviours => vec![
            Column {
                header: t("book_col_activity"),
                note: t("book_note_activity"),
                role: Role::Key(0),
            },
            Column {
                header: t("book_col_activity_name"),
                note: t("book_note_info"),
                role: Role::Info,
            },
        ],
    };
    let note = t(&format!("book_note_{}", kind.key()));
    for level in grid::levels(sequence) {
        let Some(id) = entry_id(&level, "id") else {
            continue;
        };
        // `s1 一级` and the title held there: what a reader knows the level by; the import
        // reads the id before the first space.
        let name = level.get("name").and_then(scalar).unwrap_or_default();
        let title = level.get("title").and_then(scalar).unwrap_or_default();
        out.push(Column {
            header: format!("{id} {name} {title}").trim().to_string(),
            note: note.clone(),
            role: Role::Level(id),
        });
    }
    out
}

/// A row as written.
pub type Row = Vec<Out>;

/// A table's rows from the content: one per entity, a parent's fields on its first row, and
/// a row of its own for a parent without entries.
pub fn table_rows(table: &Table, work: &Work, names: &Names) -> Vec<Row> {
    let columns = table_columns(table, names.language);
    let mut out = Vec::new();
    for (path, file) in work.homes(table.home) {
        let file_id = Work::file_id(path, file);
        let file_name = file.get("name").and_then(scalar).unwrap_or_default();
        let mut ids = Vec::new();
        if table.home != Home::Settings {
            ids.push(file_id);
        }
        walk(
            table,
            file,
            0,
            &mut ids,
            &[],
            &mut |ids, entity, siblings, first, parent_only| {
                let row = columns
                    .iter()
                    .map(|c| match &c.role {
                        // A level number or a position is a number, as spreadsheets expect.
                        Role::Key(d) => {
                            ids.get(*d)
                                .map_or(Out::Blank, |id: &String| match id.parse::<u32>() {
                                    _ if id.is_empty() => Out::Blank,
                                    Ok(n) if n.to_string() == *id => Out::Number(f64::from(n)),
                                    _ => Out::Text(id.clone()),
                                })
                        }
                        Role::Info => Out::Text(file_name.clone()),
                        Role::Level(_) => Out::Blank,
                        Role::Field(i) => {
                            let field = &table.fields[*i];
                            if field.parent {
                                if first {
                                    field.codec.encode(entity.1.at(field.path), names)
                                } else {
                                    Out::Blank
                                }
                            } else if parent_only {
                                Out::Blank
                            } else if field.inherited {
                                field
                                    .codec
                                    .encode(inherited_value(siblings, field.path).as_ref(), names)
                            } else {
                                field.codec.encode(entity.0.at(field.path), names)
                            }
                        }
                    })
                    .collect();
                out.push(row);
            },
        );
    }
    out
}

/// The unit a level inherits a field in: a performance rule as a whole, else the field.
pub fn inheritance_unit<'a>(path: &'a [&'a str]) -> &'a [&'a str] {
    if path.starts_with(&["conditions", "performance"]) {
        &path[..2]
    } else {
        path
    }
}

/// The value a field has in effect at the last of `levels` (those before it, and itself):
/// from the nearest level that gives its unit.
pub fn inherited_value(levels: &[Node], path: &[&str]) -> Option<Node> {
    let unit = inheritance_unit(path);
    levels
        .iter()
        .rev()
        .find(|l| l.at(unit).is_some())
        .and_then(|l| l.at(path).cloned())
}

type Visit<'a> = dyn FnMut(&[String], (&Node, &Node), &[Node], bool, bool) + 'a;

/// Calls `visit` for each entity down `table.chain` from `node`: (ids, (entity, parent),
/// the entity's list up to and with it, first of its parent, a parent-only row).
fn walk(
    table: &Table,
    node: &Node,
    depth: usize,
    ids: &mut Vec<String>,
    _: &[Node],
    visit: &mut Visit,
) {
    let Some((list, key)) = table.chain.get(depth) else {
        visit(ids, (node, node), std::slice::from_ref(node), true, false);
        return;
    };
    let items = match node.get(list) {
        Some(Node::Seq(items)) => items.clone(),
        _ => Vec::new(),
    };
    let last = depth + 1 == table.chain.len();
    if items.is_empty() && depth > 0 && last && table.fields.iter().any(|f| f.parent) {
        ids.push(String::new());
        visit(ids, (node, node), &[], true, true);
        ids.pop();
        return;
    }
    for (i, item) in items.iter().enumerate() {
        let id = if key.is_empty() {
            (i + 1).to_string()
        } else {
            entry_id(item, key).unwrap_or_default()
        };
        ids.push(id);
        if last {
            visit(ids, (item, node), &items[..=i], i == 0, false);
        } else {
            walk(table, item, depth + 1, ids, &items[..=i], visit);
        }
        ids.pop();
    }
}

/// The rows of a per-sequence sheet.
pub fn grid_rows(kind: Kind, sequence: &Node, names: &Names) -> Vec<Row> {
    let by_id: std::collections::HashMap<&str, &str> = names
        .competencies
        .iter()
        .map(|(i, n)| (i.as_str(), n.as_str()))
        .collect();
    let name_of = |id: &str| {
        by_id
            .get(id)
            .map_or_else(|| id.to_string(), |n| n.to_string())
    };
    grid::rows(sequence, kind, &name_of)
        .into_iter()
        .map(|r| {
            let mut row = Vec::new();
            for (id, name) in r.ids.iter().zip(&r.names) {
                row.push(if id.is_empty() {
                    Out::Blank
                } else {
                    Out::Text(id.clone())
                });
                row.push(if name.is_empty() {
                    Out::Blank
                } else {
                    Out::Text(name.clone())
                });
            }
            row.extend(r.cells);
            row
        })
        .collect()
}

/// The per-sequence sheets of the content: (kind, sequence id, sheet name, sequence).
pub fn grids(work: &Work, language: Language) -> Vec<(Kind, String, String, &Node)> {
    let mut out: Vec<(Kind, String, String, &Node)> = Vec::new();
    // Names are unique in the book: a sequence whose name, cut to Excel's 31 characters, is
    // another's takes `(2)`.
    let mut taken: Vec<String> = TABLES.iter().map(|t| table_sheet(t, language)).collect();
    taken.push(word(language, "book_sheet_guide"));
    for kind in Kind::ALL {
        for (path, sequence) in work.homes(Home::Sequence) {
            if !kind.applies(sequence) {
                continue;
            }
            let id = Work::file_id(path, sequence);
            let name = sequence
                .get("name")
                .and_then(scalar)
                .unwrap_or_else(|| id.clone());
            let sheet = crate::render::xlsx::unique_sheet_name(
                &grid_sheet(kind, &name, language),
                &mut taken,
            );
            out.push((kind, id, sheet, sequence));
        }
    }
    out
}

/// A sheet ready to write.
struct Sheet {
    name: String,
    columns: Vec<Column>,
    rows: Vec<Row>,
    /// Drop-downs: column index → the choices.
    choices: Vec<(usize, Vec<String>)>,
    /// Drop-downs of one filled row each, over its level columns (a competency's own levels),
    /// in place of the columns' own for the filled rows.
    row_choices: Vec<(usize, Vec<String>)>,
}

/// Rows a sheet offers drop-downs for beyond its filled ones.
const EMPTY_ROWS: u32 = 200;

/// The workbook of the standard in `work`.
pub fn workbook(
    work: &Work,
    stamp: &str,
    language: Language,
    date: Date,
    title: &str,
) -> Result<Vec<u8>, XlsxError> {
    let names = Names {
        language,
        categories: work.categories(),
        competencies: work.competencies(),
        kinds: work.kinds(),
    };
    let mut sheets = Vec::new();
    for table in TABLES {
        let columns = table_columns(table, language);
        let choices = columns
            .iter()
            .enumerate()
            .filter_map(|(c, column)| {
                let Role::Field(i) = column.role else {
                    return None;
                };
                let list = match table.fields[i].codec {
                    Codec::Choice(prefix, values) => values
                        .iter()
                        .map(|v| word(language, &format!("{prefix}{v}")))
                        .collect(),
                    Codec::Bool => vec![word(language, "book_yes"), word(language, "book_no")],
                    Codec::Category => names.categories.iter().map(|(_, n)| n.clone()).collect(),
                    // The settings' scales: performance ratings and professional titles.
                    _ => {
                        let scale = match table.fields[i].key {
                            "performance_rating" | "performance_at_least" => "performance_ratings",
                            "professional_title" => "professional_titles",
                            _ => return None,
                        };
                        match work.settings().and_then(|s| s.get(scale)) {
                            Some(Node::Seq(items)) => items.iter().filter_map(scalar).collect(),
                            _ => return None,
                        }
                    }
                };
                Some((c, list))
            })
            .collect();
        sheets.push(Sheet {
            name: table_sheet(table, language),
            rows: table_rows(table, work, &names),
            columns,
            choices,
            row_choices: Vec::new(),
        });
    }
    for (kind, _, name, sequence) in grids(work, language) {
        let columns = grid_columns(kind, sequence, language);
        let choices = if kind == Kind::Scoring {
            Vec::new()
        } else {
            let top = if kind == Kind::Competencies { 5 } else { 0 };
            let mut list: Vec<String> = (1..=top)
                .flat_map(|l| [l.to_string(), format!("{l}★")])
                .collect();
            list.extend(["✓".to_string(), "✓★".to_string()]);
            columns
                .iter()
                .enumerate()
                .filter(|(_, c)| matches!(c.role, Role::Level(_)))
                .map(|(i, _)| (i, list.clone()))
                .collect()
        };
        let rows = grid_rows(kind, sequence, &names);
        // Each competency's row offers its own levels: 1–3 for one graded in three, ✓ for a
        // one-line standard.
        let row_choices = if kind == Kind::Competencies {
            rows.iter()
                .enumerate()
                .filter_map(|(r, row)| {
                    let Out::Text(id) = row.first()? else {
                        return None;
                    };
                    let top = work.competency_top(id)?;
                    let mut list: Vec<String> = (1..=top)
                        .flat_map(|l| [l.to_string(), format!("{l}★")])
                        .collect();
                    if top == 0 {
                        list.extend(["✓".to_string(), "✓★".to_string()]);
                    }
                    Some((r, list))
                })
                .collect()
        } else {
            Vec::new()
        };
        sheets.push(Sheet {
            name,
            rows,
            columns,
            choices,
            row_choices,
        });
    }
    let mut book = crate::render::xlsx::workbook(date, title)?;
    let header = crate::render::xlsx::header();
    write_guide(book.add_worksheet(), &sheets, stamp, language, &header)?;
    let edition = work
        .settings()
        .and_then(|s| s.get("edition"))
        .and_then(scalar)
        .unwrap_or_default();
    let page = crate::render::xlsx::PageCodes::new(language, title, &edition, "");
    for sheet in &sheets {
        write_sheet(book.add_worksheet(), sheet, &header, &page)?;
    }
    book.save_to_buffer()
}

fn text_width(text: &str) -> f64 {
    text.lines()
        .map(|l| {
            l.chars()
                .map(|ch| if ch.is_ascii() { 1.1 } else { 2.1 })
                .sum::<f64>()
        })
        .fold(0.0, f64::max)
}

/// The lines `text` wraps to in a column `width` wide (Excel's units).
fn wrapped(text: &str, width: f64) -> usize {
    text.lines()
        .map(|l| ((text_width(l) / (width - 1.0).max(1.0)).ceil() as usize).max(1))
        .sum::<usize>()
        .max(1)
}

fn write_sheet(
    ws: &mut Worksheet,
    sheet: &Sheet,
    header: &Format,
    page: &crate::render::xlsx::PageCodes,
) -> Result<(), XlsxError> {
    ws.set_name(&sheet.name)?;
    let note_format = crate::render::xlsx::note();
    let info = Format::new()
        .set_font_color(Color::RGB(0x7F7F7F))
        .set_align(FormatAlign::Top)
        .set_text_wrap();
    let wrap = Format::new()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_num_format("@");
    let number = Format::new().set_align(FormatAlign::Top);
    // Each column as wide as its header or its widest line, within bounds.
    let mut widths: Vec<f64> = sheet
        .columns
        .iter()
        .map(|c| text_width(&c.header))
        .collect();
    for row in &sheet.rows {
        for (c, cell) in row.iter().enumerate() {
            if let Out::Text(t) = cell {
                widths[c] = widths[c].max(text_width(t));
            }
        }
    }
    let widths: Vec<f64> = widths.iter().map(|w| (w + 2.0).clamp(8.0, 60.0)).collect();
    let mut note_lines = 1;
    for (c, column) in sheet.columns.iter().enumerate() {
        let col = c as u16;
        ws.set_column_width(col, widths[c])?;
        ws.write_string_with_format(0, col, &column.header, header)?;
        let note = if c == 0 {
            format!("# {}", column.note)
        } else {
            column.note.clone()
        };
        note_lines = note_lines.max(wrapped(&note, widths[c]));
        ws.write_string_with_format(1, col, &note, &note_format)?;
        ws.insert_note(
            0,
            col,
            &Note::new(&column.note)
                .set_author("rungs")
                .add_author_prefix(false)
                .set_width(260),
        )?;
    }
    // Rows as tall as their cells wrap to: a spreadsheet program keeps a row one line tall
    // unless told, and prints only what shows.
    ws.set_row_height(1, (note_lines as f64 * 14.0 + 4.0).min(409.0))?;
    for (r, row) in sheet.rows.iter().enumerate() {
        let r = 2 + r as u32;
        let mut lines = 1usize;
        for (c, cell) in row.iter().enumerate() {
            let col = c as u16;
            let format = if sheet.columns[c].role == Role::Info {
                &info
            } else {
                &wrap
            };
            match cell {
                Out::Blank => {}
                Out::Text(t) => {
                    ws.write_string_with_format(r, col, t, format)?;
                    lines = lines.max(wrapped(t, widths[c]));
                }
                Out::Number(n) => {
                    ws.write_number_with_format(r, col, *n, &number)?;
                }
            }
        }
        if lines > 1 {
            ws.set_row_height(r, (lines as f64 * 15.0 + 2.0).min(409.0))?;
        }
    }
    let last = 2 + sheet.rows.len() as u32 + EMPTY_ROWS;
    // Ranges never overlap: where filled rows have lists of their own, the columns' lists
    // start below them.
    let first = if sheet.row_choices.is_empty() {
        2
    } else {
        2 + sheet.rows.len() as u32
    };
    let list = |items: &[String]| {
        let refs: Vec<&str> = items.iter().map(String::as_str).collect();
        // A list too long for Excel's 255 characters is left to the note.
        DataValidation::new().allow_list_strings(&refs).ok()
    };
    for (c, items) in &sheet.choices {
        if let Some(v) = list(items) {
            let _ = ws.add_data_validation(first, *c as u16, last, *c as u16, &v);
        }
    }
    let levels: Vec<u16> = sheet
        .columns
        .iter()
        .enumerate()
        .filter(|(_, c)| matches!(c.role, Role::Level(_)))
        .map(|(i, _)| i as u16)
        .collect();
    if let (Some(from), Some(to)) = (levels.first(), levels.last()) {
        for (r, items) in &sheet.row_choices {
            if let Some(v) = list(items) {
                let row = 2 + *r as u32;
                let _ = ws.add_data_validation(row, *from, row, *to, &v);
            }
        }
    }
    let keys = sheet
        .columns
        .iter()
        .take_while(|c| !matches!(c.role, Role::Field(_) | Role::Level(_)))
        .count();
    ws.set_freeze_panes(2, keys as u16)?;
    // Printed: landscape A4 with the standard, its edition, the page and the sheet's name on
    // every page, the headers and ids too. A narrow sheet fits the page's width; a wide one
    // takes two pages' width rather than shrinking to an unreadable size.
    ws.set_landscape();
    ws.set_paper_size(9);
    let total: f64 = widths.iter().sum();
    ws.set_print_fit_to_pages(if total > 240.0 { 2 } else { 1 }, 0);
    ws.set_repeat_rows(0, 1)?;
    if keys > 0 {
        ws.set_repeat_columns(0, keys as u16 - 1)?;
    }
    ws.set_print_gridlines(true);
    ws.set_header(&page.header);
    ws.set_footer(&page.footer);
    Ok(())
}

fn write_guide(
    ws: &mut Worksheet,
    sheets: &[Sheet],
    stamp: &str,
    language: Language,
    header: &Format,
) -> Result<(), XlsxError> {
    let t = |k: &str| word(language, k);
    ws.set_name(t("book_sheet_guide"))?;
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let title = Format::new().set_bold().set_font_size(14);
    ws.write_string_with_format(0, 0, t("book_guide_title"), &title)?;
    let mut r = 1u32;
    for key in ["book_guide_intro", "book_guide_rules", "book_guide_import"] {
        let text = t(key);
        ws.merge_range(r, 0, r, 2, &text, &wrap)?;
        ws.set_row_height(
            r,
            (text.lines().count().max(1) as f64 * 16.0 + (text_width(&text) / 150.0).ceil() * 15.0)
                .min(400.0),
        )?;
        r += 1;
    }
    r += 1;
    ws.write_string_with_format(r, 0, t("book_guide_sheet"), header)?;
    ws.write_string_with_format(r, 1, t("book_guide_holds"), header)?;
    ws.write_string_with_format(r, 2, t("book_guide_columns"), header)?;
    r += 1;
    for sheet in sheets {
        let about = TABLES
            .iter()
            .find(|table| table_sheet(table, language) == sheet.name)
            .map(|table| t(&format!("book_about_{}", table.key)))
            .or_else(|| {
                Kind::ALL
                    .iter()
                    .find(|k| {
                        sheet
                            .name
                            .starts_with(&word(language, &format!("book_sheet_{}", k.key())))
                    })
                    .map(|k| t(&format!("book_about_{}", k.key())))
            })
            .unwrap_or_default();
        let headers: Vec<&str> = sheet
            .columns
            .iter()
            .filter(|c| !matches!(c.role, Role::Level(_)))
            .map(|c| c.header.as_str())
            .collect();
        ws.write_string_with_format(r, 0, &sheet.name, &wrap)?;
        ws.write_string_with_format(r, 1, &about, &wrap)?;
        ws.write_string_with_format(r, 2, headers.join("、"), &wrap)?;
        let lines = (text_width(&about) / 58.0)
            .ceil()
            .max((text_width(&headers.join("、")) / 58.0).ceil())
            .max(1.0);
        ws.set_row_height(r, lines * 15.0 + 2.0)?;
        r += 1;
    }
    r += 1;
    let not_carried = t("book_guide_not_carried");
    ws.merge_range(r, 0, r, 2, &not_carried, &wrap)?;
    ws.set_row_height(
        r,
        (not_carried.lines().count().max(1) as f64 * 16.0 + 10.0).min(400.0),
    )?;
    // The content this workbook was written from, so an import can tell it changed since.
    r += 2;
    ws.write_string(r, 0, t("book_guide_stamp"))?;
    ws.write_string(r, 1, stamp)?;
    ws.set_column_width(0, 24)?;
    ws.set_column_width(1, 60)?;
    ws.set_column_width(2, 60)?;
    ws.set_paper_size(9);
    ws.set_print_fit_to_pages(1, 0);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The import finds columns by their headers: two alike would read one for the other.
    #[test]
    fn headers_and_sheet_names_are_unique_in_every_language() {
        for language in crate::locale::bundled_tags().filter_map(Language::bundled) {
            let mut sheets = vec![word(language, "book_sheet_guide")];
            for table in TABLES {
                sheets.push(table_sheet(table, language));
                let headers: Vec<String> = table_columns(table, language)
                    .into_iter()
                    .map(|c| c.header)
                    .collect();
                for (i, h) in headers.iter().enumerate() {
                    assert!(
                        !h.is_empty(),
                        "{} {}: a blank header",
                        language.tag(),
                        table.key
                    );
                    assert!(
                        !headers[..i].contains(h),
                        "{} {}: `{h}` twice",
                        language.tag(),
                        table.key
                    );
                }
            }
            for (i, s) in sheets.iter().enumerate() {
                assert!(
                    !s.is_empty() && !sheets[..i].contains(s),
                    "{}: sheet `{s}`",
                    language.tag()
                );
            }
        }
    }
}
