//! A filled-in standard workbook read back into the content files' trees: each sheet's rows
//! against its columns (found by their headers, so moved columns still read), each cell
//! through its field's codec, errors placed at sheet, row, column and value.

use std::collections::BTreeSet;

use crate::interchange::import::{At, RowError};
use crate::interchange::node::Node;
use crate::locale::Message;
use crate::model::Language;
use crate::msg;
use crate::spreadsheet::{Cell, Sheet, column_letter};

use super::book::{self, Column, Role, inheritance_unit, inherited_value};
use super::codec::Names;
use super::grid::{self, GridError, Kind, ReadRow};
use super::tables::{Field, Home, TABLES, Table, cell_text, key_order};
use super::{SETTINGS, Work, entry_id, list_mut, put};

/// Whether `sheets` are a standard workbook: they hold its dictionary and levels sheets, in
/// one of the bundled languages. Returns that language.
pub fn recognise(sheets: &[Sheet]) -> Option<Language> {
    crate::locale::bundled_tags()
        .filter_map(Language::bundled)
        .find(|language| {
            ["competencies", "levels"].iter().all(|key| {
                let name = language.get(&format!("book_sheet_{key}"));
                !name.is_empty() && sheets.iter().any(|s| s.name == name)
            })
        })
}

/// The fingerprint of the content a workbook was written from, as its guide sheet holds it.
pub fn stamp(sheets: &[Sheet], language: Language) -> Option<String> {
    let guide = sheets
        .iter()
        .find(|s| s.name == language.get("book_sheet_guide"))?;
    let label = language.get("book_guide_stamp");
    guide
        .rows
        .iter()
        .find(|r| r.first().and_then(cell_text).as_deref() == Some(label))
        .and_then(|r| r.get(1))
        .and_then(cell_text)
}

/// What reading a workbook came to: the content as the workbook says it, the problems, and
/// notes (sheets missing, so their part was left as it is).
pub struct Plan {
    pub work: Work,
    pub errors: Vec<RowError>,
    pub notes: Vec<Message>,
    /// Where in the workbook each entity of the files was said.
    pub origins: Vec<Origin>,
}

/// The row (and for a grid, the cell) of the workbook that says an entity of a file: the
/// file, and the lists and ids down to the entity (`[("levels", "s3"), ("competencies",
/// "communication")]`).
#[derive(Debug, Clone)]
pub struct Origin {
    pub path: String,
    pub address: Vec<(String, String)>,
    pub sheet: String,
    pub row: usize,
    /// The column's letter and header, for a grid's cell.
    pub column: Option<(String, String)>,
}

/// A row of a table sheet: where it is, the ids placing it (blank as ""), a cell per field
/// (`None` when the sheet lacks the column).
struct TableRow {
    row: usize,
    keys: Vec<String>,
    cells: Vec<Option<Cell>>,
}

struct Reader<'a> {
    sheet: &'a Sheet,
    /// Column index in the sheet of each column of the layout, when present.
    found: Vec<Option<usize>>,
    columns: Vec<Column>,
    errors: Vec<RowError>,
    origins: Vec<Origin>,
}

impl<'a> Reader<'a> {
    fn new(sheet: &'a Sheet, columns: Vec<Column>) -> Reader<'a> {
        let header: Vec<String> = sheet
            .rows
            .first()
            .map(|r| r.iter().map(|c| cell_text(c).unwrap_or_default()).collect())
            .unwrap_or_default();
        let found = columns
            .iter()
            .map(|c| header.iter().position(|h| *h == c.header))
            .collect();
        Reader {
            sheet,
            found,
            columns,
            errors: Vec::new(),
            origins: Vec::new(),
        }
    }

    /// The headers of columns no field reads (a column of one's own notes, say).
    fn ignored(&self) -> Vec<String> {
        let used: Vec<usize> = self.found.iter().flatten().copied().collect();
        self.sheet
            .rows
            .first()
            .map(|r| {
                r.iter()
                    .enumerate()
                    .filter(|(i, _)| !used.contains(i))
                    .filter_map(|(_, c)| cell_text(c))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The data rows: after the header, not the notes row (`#`), not blank.
    fn data(&self) -> impl Iterator<Item = (usize, &'a Vec<Cell>)> {
        self.sheet
            .rows
            .iter()
            .enumerate()
            .skip(1)
            .filter(|(_, row)| is_data(row))
            .map(|(i, row)| (i + 1, row))
    }

    fn cell(&self, row: &[Cell], column: usize) -> Option<Cell> {
        self.found[column].map(|c| row.get(c).cloned().unwrap_or(Cell::Empty))
    }

    fn error(
        &mut self,
        row: usize,
        column: Option<usize>,
        value: Option<String>,
        message: Message,
    ) {
        let column = column.map(|c| {
            let index = self.found[c].unwrap_or(c);
            (column_letter(index), self.columns[c].header.clone())
        });
        self.errors.push(RowError {
            at: At {
                sheet: self.sheet.name.clone(),
                row,
            },
            column,
            value,
            message,
            help: None,
        });
    }
}

/// Reads `sheets` over `work`, the content as it is.
pub fn plan(mut work: Work, sheets: &[Sheet], language: Language) -> Plan {
    let mut errors = Vec::new();
    let mut origins = Vec::new();
    let mut notes = Vec::new();
    let find = |name: &str| sheets.iter().find(|s| s.name == name);
    // Per-sequence sheets are named after their sequence as it was, before a rename.
    let original: Vec<(Kind, String, String)> = book::grids(&work, language)
        .into_iter()
        .map(|(kind, id, name, _)| (kind, id, name))
        .collect();
    // Names as they were read too: a category or kind renamed on its sheet is still found by
    // its old name on the sheets that name it.
    let (former_categories, former_kinds, former_competencies) =
        (work.categories(), work.kinds(), work.competencies());
    let with_former = |now: Vec<(String, String)>, former: &[(String, String)]| {
        // By a set: thousands of competencies, on every sheet that names them.
        let current: std::collections::HashSet<(&str, &str)> =
            now.iter().map(|(i, n)| (i.as_str(), n.as_str())).collect();
        let ids: std::collections::HashSet<&str> = current.iter().map(|(i, _)| *i).collect();
        let renamed: Vec<(String, String)> = former
            .iter()
            .filter(|(id, name)| {
                ids.contains(id.as_str()) && !current.contains(&(id.as_str(), name.as_str()))
            })
            .cloned()
            .collect();
        let mut all = now.clone();
        all.extend(renamed);
        all
    };
    for table in TABLES {
        let name = book::table_sheet(table, language);
        let Some(sheet) = find(&name) else {
            notes.push(msg!("book-sheet-missing", sheet = &name));
            continue;
        };
        let names = Names {
            language,
            categories: with_former(work.categories(), &former_categories),
            competencies: with_former(work.competencies(), &former_competencies),
            kinds: with_former(work.kinds(), &former_kinds),
        };
        let mut reader = Reader::new(sheet, book::table_columns(table, language));
        for ignored in reader.ignored() {
            notes.push(msg!("book-column-ignored", sheet = &name, column = ignored));
        }
        let missing: Vec<String> = reader
            .columns
            .iter()
            .zip(&reader.found)
            .filter(|(c, f)| matches!(c.role, Role::Key(_)) && f.is_none())
            .map(|(c, _)| c.header.clone())
            .collect();
        if !missing.is_empty() {
            reader.error(
                1,
                None,
                None,
                msg!("book-key-column-missing", columns = missing.join("、")),
            );
            errors.append(&mut reader.errors);
            continue;
        }
        let rows = read_rows(&mut reader, table);
        apply_table(&mut work, table, &rows, &names, &mut reader);
        errors.append(&mut reader.errors);
        origins.append(&mut reader.origins);
    }
    // The competencies a grid may name, as they are once the dictionary is read.
    let known = with_former(work.competencies(), &former_competencies);
    for kind in Kind::ALL {
        let prefix = language.get(&format!("book_sheet_{}", kind.key()));
        for sheet in sheets.iter().filter(|s| s.name.starts_with(prefix)) {
            let id = original
                .iter()
                .find(|(k, _, name)| *k == kind && *name == sheet.name)
                .map(|(_, id, _)| id.clone())
                .or_else(|| {
                    book::grids(&work, language)
                        .into_iter()
                        .find(|(k, _, name, _)| *k == kind && *name == sheet.name)
                        .map(|(_, id, _, _)| id)
                });
            let path = id.map(|id| work.path_for(Home::Sequence, &id));
            match path.filter(|p| work.nodes.contains_key(p)) {
                Some(path) => {
                    let (problems, said) =
                        apply_grid(&mut work, kind, sheet, &path, &known, language);
                    errors.extend(problems);
                    origins.extend(said);
                }
                None => notes.push(msg!("book-grid-sheet-skipped", sheet = &sheet.name)),
            }
        }
    }
    Plan {
        work,
        errors,
        notes,
        origins,
    }
}

fn read_rows(reader: &mut Reader, table: &Table) -> Vec<TableRow> {
    let keys: Vec<usize> = reader
        .columns
        .iter()
        .enumerate()
        .filter(|(_, c)| matches!(c.role, Role::Key(_)))
        .map(|(i, _)| i)
        .collect();
    let fields: Vec<usize> = (0..table.fields.len())
        .map(|f| {
            reader
                .columns
                .iter()
                .position(|c| c.role == Role::Field(f))
                .expect("every field has a column")
        })
        .collect();
    let data: Vec<(usize, Vec<Cell>)> = reader.data().map(|(r, row)| (r, row.clone())).collect();
    data.into_iter()
        .map(|(row, cells)| TableRow {
            row,
            keys: keys
                .iter()
                .map(|k| {
                    reader
                        .cell(&cells, *k)
                        .as_ref()
                        .and_then(cell_text)
                        .unwrap_or_default()
                })
                .collect(),
            cells: fields.iter().map(|f| reader.cell(&cells, *f)).collect(),
        })
        .collect()
}

/// The index of the layout column of a table's field, for errors.
fn field_column(reader: &Reader, field: usize) -> Option<usize> {
    reader
        .columns
        .iter()
        .position(|c| c.role == Role::Field(field))
}

fn key_column(reader: &Reader, depth: usize) -> Option<usize> {
    reader
        .columns
        .iter()
        .position(|c| c.role == Role::Key(depth))
}

fn apply_table(
    work: &mut Work,
    table: &Table,
    rows: &[TableRow],
    names: &Names,
    reader: &mut Reader,
) {
    if table.home.folder().is_none() {
        let mut settings = work.nodes.remove(SETTINGS).unwrap_or_else(Node::map);
        let all: Vec<&TableRow> = rows.iter().collect();
        for row in &all {
            record(reader, table, SETTINGS, row, 0);
        }
        apply_chain(&mut settings, table, 0, 0, &all, names, reader);
        work.nodes.insert(SETTINGS.to_string(), settings);
        return;
    }
    let mut groups: Vec<(String, Vec<&TableRow>)> = Vec::new();
    // By id, so a sheet of thousands of files is grouped in one pass.
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for row in rows {
        if row.keys[0].is_empty() {
            reader.error(
                row.row,
                key_column(reader, 0),
                None,
                msg!("book-id-missing"),
            );
            continue;
        }
        if !valid_id(&row.keys[0]) {
            reader.error(
                row.row,
                key_column(reader, 0),
                Some(row.keys[0].clone()),
                msg!("book-bad-id"),
            );
            continue;
        }
        match index.get(&row.keys[0]) {
            Some(&i) => groups[i].1.push(row),
            None => {
                index.insert(row.keys[0].clone(), groups.len());
                groups.push((row.keys[0].clone(), vec![row]));
            }
        }
    }
    let existing: Vec<(String, String)> = work
        .homes(table.home)
        .into_iter()
        .map(|(p, n)| (p.clone(), Work::file_id(p, n)))
        .collect();
    if table.chain.is_empty() {
        // This sheet says which files there are: one gone from it is removed.
        for (path, id) in &existing {
            if !index.contains_key(id) {
                work.nodes.remove(path);
            }
        }
    }
    for (path, id) in &existing {
        if !table.chain.is_empty() && !index.contains_key(id) {
            let node = work.nodes.get_mut(path).expect("listed");
            apply_chain(node, table, 0, 1, &[], names, reader);
        }
    }
    for (id, group) in groups {
        let path = work.path_for(table.home, &id);
        for row in &group {
            record(reader, table, &path, row, 1);
        }
        if !work.nodes.contains_key(&path) {
            if !table.chain.is_empty() {
                for row in &group {
                    reader.error(
                        row.row,
                        key_column(reader, 0),
                        Some(id.clone()),
                        msg!(
                            "book-unknown-file-id",
                            sheet = names.language.get(if table.home == Home::Competency {
                                "book_sheet_competencies"
                            } else {
                                "book_sheet_sequences"
                            })
                        ),
                    );
                }
                continue;
            }
            work.nodes.insert(
                path.clone(),
                Node::Map(vec![("id".into(), Node::Str(id.clone()))]),
            );
        }
        let node = work.nodes.get_mut(&path).expect("present");
        apply_chain(node, table, 0, 1, &group, names, reader);
    }
}

/// Notes that `row` says the entity its keys name in the file at `path` (`offset`: the index
/// of the first chain key among the row's keys).
fn record(reader: &mut Reader, table: &Table, path: &str, row: &TableRow, offset: usize) {
    let address = table
        .chain
        .iter()
        .zip(row.keys.iter().skip(offset))
        .take_while(|(_, id)| !id.is_empty())
        .map(|((list, _), id)| (list.to_string(), id.clone()))
        .collect();
    reader.origins.push(Origin {
        path: path.to_string(),
        address,
        sheet: reader.sheet.name.clone(),
        row: row.row,
        column: None,
    });
}

/// A row to read: not blank, and not a notes row (its first cell starts with `#`).
fn is_data(row: &[Cell]) -> bool {
    row.iter().any(|c| cell_text(c).is_some())
        && !row
            .first()
            .and_then(cell_text)
            .is_some_and(|t| t.starts_with('#'))
}

/// An id as content files take it: lower-case letters, digits and `-`.
fn valid_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Applies `rows` to the entities under `node` from chain step `depth`; `offset` is the
/// index of the first chain key among the rows' keys.
fn apply_chain(
    node: &mut Node,
    table: &Table,
    depth: usize,
    offset: usize,
    rows: &[&TableRow],
    names: &Names,
    reader: &mut Reader,
) {
    let Some((list, key)) = table.chain.get(depth) else {
        if let [row] = rows {
            apply_fields(node, &[], table, row, names, reader);
        } else if let Some(row) = rows.get(1) {
            reader.error(
                row.row,
                offset.checked_sub(1).and_then(|k| key_column(reader, k)),
                None,
                msg!("book-duplicate-id", other = rows[0].row),
            );
        }
        return;
    };
    let last = depth + 1 == table.chain.len();
    let k = offset + depth;
    let has_parent_fields = table.fields.iter().any(|f| f.parent);
    // The parent's own fields, from any of its rows that gives them.
    if last && has_parent_fields {
        for (i, field) in table.fields.iter().enumerate().filter(|(_, f)| f.parent) {
            let mut said: Option<(usize, Option<Node>)> = None;
            for row in rows {
                let Some(cell) = &row.cells[i] else { continue };
                if cell_text(cell).is_none() {
                    continue;
                }
                match field.codec.decode(cell, node.at(field.path), names) {
                    Err(message) => {
                        reader.error(row.row, field_column(reader, i), cell_text(cell), message)
                    }
                    Ok(value) => match &said {
                        Some((_, before)) if !same(before.as_ref(), value.as_ref()) => reader
                            .error(
                                row.row,
                                field_column(reader, i),
                                cell_text(cell),
                                msg!("book-parent-conflict"),
                            ),
                        _ => said = Some((row.row, value)),
                    },
                }
            }
            // Written on the parent's first row only, a field is cleared when no row of the
            // parent gives it (the column being there).
            match said {
                Some((_, value)) => set(node, field.path, value),
                None if rows.iter().any(|r| r.cells[i].is_some()) => set(node, field.path, None),
                None => {}
            }
        }
    }
    let positional = key.is_empty();
    let mut items = match node.get(list) {
        Some(Node::Seq(items)) => items.clone(),
        _ => Vec::new(),
    };
    let id_of = |item: &Node, i: usize| {
        if positional {
            (i + 1).to_string()
        } else {
            entry_id(item, key).unwrap_or_default()
        }
    };
    let entry_rows = |id: &str| -> Vec<&TableRow> {
        rows.iter()
            .copied()
            .filter(|r| r.keys.get(k).is_some_and(|x| x == id))
            .collect()
    };
    let mut kept: Vec<Node> = Vec::new();
    let old_ids: Vec<String> = items.iter().enumerate().map(|(i, n)| id_of(n, i)).collect();
    let owned = last || has_parent_fields;
    let mut new_rows: Vec<(String, Vec<&TableRow>)> = Vec::new();
    for row in rows {
        let id = row.keys.get(k).cloned().unwrap_or_default();
        if id.is_empty() {
            let blank = row
                .cells
                .iter()
                .all(|c| c.as_ref().is_none_or(|c| cell_text(c).is_none()));
            if positional && !blank {
                new_rows.push((String::new(), vec![row]));
            } else if !(last && has_parent_fields) {
                reader.error(
                    row.row,
                    key_column(reader, k),
                    None,
                    msg!("book-id-missing"),
                );
            }
            continue;
        }
        if !old_ids.contains(&id) {
            if !owned {
                reader.error(
                    row.row,
                    key_column(reader, k),
                    Some(id.clone()),
                    msg!(
                        "book-unknown-file-id",
                        sheet = names.language.get("book_sheet_levels")
                    ),
                );
                continue;
            }
            if positional {
                reader.error(
                    row.row,
                    key_column(reader, k),
                    Some(id.clone()),
                    msg!("book-bad-position", count = old_ids.len()),
                );
                continue;
            }
            let valid = if *key == "level" {
                id.parse::<u32>().is_ok_and(|n| n >= 1)
            } else {
                valid_id(&id)
            };
            if !valid {
                reader.error(
                    row.row,
                    key_column(reader, k),
                    Some(id.clone()),
                    msg!("book-bad-id"),
                );
                continue;
            }
            match new_rows.iter_mut().find(|(i, _)| *i == id) {
                Some((_, g)) => g.push(row),
                None => new_rows.push((id, vec![row])),
            }
        }
    }
    // The entries in their final order: those there stay where they are (the entries of an
    // intermediate list belong to another sheet unless this one names them with fields of
    // their own, a module's name: those stay, whatever the rows); a new one goes after the
    // entry whose row comes before it on the sheet, so a level typed between two others is
    // put between them. Then each is applied in that order: a level inherits from those
    // before it.
    let mut order: Vec<(Node, Vec<&TableRow>)> = Vec::new();
    for (i, item) in items.drain(..).enumerate() {
        let mine = entry_rows(&old_ids[i]);
        if mine.is_empty() && owned {
            continue;
        }
        order.push((item, mine));
    }
    for (id, group) in new_rows {
        let entry = if positional {
            Node::map()
        } else if *key == "level" {
            Node::Map(vec![(
                key.to_string(),
                Node::Int(id.parse().expect("checked")),
            )])
        } else {
            Node::Map(vec![(key.to_string(), Node::Str(id))])
        };
        let first = group[0].row;
        // The nearest row above it on the sheet that names an entry already placed.
        let anchor = rows
            .iter()
            .filter(|r| r.row < first)
            .filter_map(|r| r.keys.get(k))
            .rev()
            .find_map(|above| {
                order.iter().rposition(|(n, _)| {
                    !positional && entry_id(n, key).as_deref() == Some(above.as_str())
                })
            });
        let at = match anchor {
            Some(a) => a + 1,
            None if positional || order.is_empty() => order.len(),
            None => 0,
        };
        order.insert(at, (entry, group));
    }
    for (entry, mine) in order {
        kept.push(entry);
        let at = kept.len() - 1;
        descend(&mut kept, at, table, depth, offset, &mine, names, reader);
    }
    let was_there = node.get(list).is_some();
    if kept.is_empty() {
        if was_there {
            put(node, &[list], None);
        }
    } else if !was_there
        || !node
            .get(list)
            .is_some_and(|old| old.same(&Node::Seq(kept.clone())))
    {
        *list_mut(node, list) = kept;
    }
}

#[allow(clippy::too_many_arguments)]
fn descend(
    kept: &mut [Node],
    at: usize,
    table: &Table,
    depth: usize,
    offset: usize,
    rows: &[&TableRow],
    names: &Names,
    reader: &mut Reader,
) {
    let last = depth + 1 == table.chain.len();
    if !last {
        apply_chain(&mut kept[at], table, depth + 1, offset, rows, names, reader);
        return;
    }
    if let Some(row) = rows.get(1) {
        reader.error(
            row.row,
            key_column(reader, offset + depth),
            None,
            msg!("book-duplicate-id", other = rows[0].row),
        );
        return;
    }
    let (before, rest) = kept.split_at_mut(at);
    apply_fields(&mut rest[0], before, table, rows[0], names, reader);
}

fn same(a: Option<&Node>, b: Option<&Node>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => a.same(b),
        _ => false,
    }
}

/// Sets a field only when its value changes, so an unchanged one keeps its place and form.
fn set(entity: &mut Node, path: &[&str], value: Option<Node>) {
    if same(entity.at(path), value.as_ref()) {
        return;
    }
    match (path, value) {
        // A field whose path is the entity itself (a contribution's kind or kinds).
        ([], Some(v)) => *entity = v,
        ([], None) => {}
        (path, value) => put(entity, path, value),
    }
}

/// A row's fields onto its entity; `before` are the entries before it in its list (the
/// levels below, for inherited fields).
fn apply_fields(
    entity: &mut Node,
    before: &[Node],
    table: &Table,
    row: &TableRow,
    names: &Names,
    reader: &mut Reader,
) {
    let mut units: Vec<&[&str]> = Vec::new();
    for (i, field) in table.fields.iter().enumerate() {
        if field.parent {
            continue;
        }
        let Some(cell) = &row.cells[i] else { continue };
        if field.inherited {
            let unit = inheritance_unit(field.path);
            if !units.contains(&unit) {
                units.push(unit);
            }
            continue;
        }
        match field.codec.decode(cell, entity.at(field.path), names) {
            Ok(value) => set(entity, field.path, value),
            Err(message) => {
                reader.error(row.row, field_column(reader, i), cell_text(cell), message)
            }
        }
    }
    for unit in units {
        let fields: Vec<(usize, &Field)> = table
            .fields
            .iter()
            .enumerate()
            .filter(|(i, f)| {
                f.inherited && inheritance_unit(f.path) == unit && row.cells[*i].is_some()
            })
            .collect();
        let mut desired = Vec::new();
        let mut failed = false;
        for (i, field) in &fields {
            let cell = row.cells[*i].as_ref().expect("filtered");
            let current = entity
                .at(field.path)
                .cloned()
                .or_else(|| inherited_value(before, field.path));
            match field.codec.decode(cell, current.as_ref(), names) {
                Ok(value) => desired.push((*i, *field, value)),
                Err(message) => {
                    reader.error(row.row, field_column(reader, *i), cell_text(cell), message);
                    failed = true;
                }
            }
        }
        if failed {
            continue;
        }
        let cleared = desired.iter().all(|(_, _, v)| v.is_none());
        let below_gives = desired
            .iter()
            .any(|(_, f, _)| inherited_value(before, f.path).is_some());
        if entity.at(unit).is_some() && !(cleared && below_gives) {
            for (_, field, value) in desired {
                set(entity, field.path, value);
            }
            continue;
        }
        let inherits = desired
            .iter()
            .all(|(_, f, v)| same(v.as_ref(), inherited_value(before, f.path).as_ref()));
        if inherits {
            continue;
        }
        if desired.iter().all(|(_, _, v)| v.is_none()) {
            let (i, field, _) = desired[0];
            let was = inherited_value(before, field.path)
                .map(|n| field.codec.encode(Some(&n), names))
                .map(|o| match o {
                    super::codec::Out::Text(t) => t,
                    super::codec::Out::Number(n) => crate::spreadsheet::values::number_text(n),
                    super::codec::Out::Blank => String::new(),
                })
                .unwrap_or_default();
            let below = before
                .last()
                .and_then(|l| entry_id(l, "id"))
                .unwrap_or_default();
            reader.error(
                row.row,
                field_column(reader, i),
                None,
                msg!("book-cannot-drop-inherited", level = below, was = was),
            );
            continue;
        }
        for (_, field, value) in desired {
            if let Some(v) = value {
                entity.set(field.path, v, &key_order);
            }
        }
    }
}

/// A per-sequence sheet onto its sequence.
fn apply_grid(
    work: &mut Work,
    kind: Kind,
    sheet: &Sheet,
    path: &str,
    competencies: &[(String, String)],
    language: Language,
) -> (Vec<RowError>, Vec<Origin>) {
    let mut errors = Vec::new();
    let located = |row: usize,
                   column: Option<(usize, String)>,
                   value: Option<String>,
                   message: Message| RowError {
        at: At {
            sheet: sheet.name.clone(),
            row,
        },
        column: column.map(|(i, h)| (column_letter(i), h)),
        value,
        message,
        help: None,
    };
    let sequence = work.nodes.get(path).expect("found").clone();
    let fixed = book::grid_columns(kind, &sequence, language);
    let header: Vec<String> = sheet
        .rows
        .first()
        .map(|r| r.iter().map(|c| cell_text(c).unwrap_or_default()).collect())
        .unwrap_or_default();
    let position = |role: &Role| {
        let column = fixed.iter().find(|c| c.role == *role)?;
        header.iter().position(|h| *h == column.header)
    };
    let keys: Vec<Option<usize>> = match kind {
        Kind::Scoring => vec![position(&Role::Key(0)), position(&Role::Key(1))],
        _ => vec![position(&Role::Key(0))],
    };
    let name_column = fixed
        .iter()
        .position(|c| c.role == Role::Info)
        .and_then(|i| header.iter().position(|h| *h == fixed[i].header));
    if keys.iter().any(Option::is_none) {
        errors.push(located(
            1,
            None,
            None,
            msg!(
                "book-key-column-missing",
                columns = fixed
                    .iter()
                    .filter(|c| matches!(c.role, Role::Key(_)))
                    .map(|c| c.header.clone())
                    .collect::<Vec<_>>()
                    .join("、")
            ),
        ));
        return (errors, Vec::new());
    }
    let level_ids: Vec<String> = grid::levels(&sequence)
        .iter()
        .filter_map(|l| entry_id(l, "id"))
        .collect();
    let fixed_headers: BTreeSet<&str> = fixed
        .iter()
        .filter(|c| !matches!(c.role, Role::Level(_)))
        .map(|c| c.header.as_str())
        .collect();
    let mut columns = Vec::new();
    for (i, h) in header.iter().enumerate() {
        if h.is_empty() || fixed_headers.contains(h.as_str()) {
            continue;
        }
        let id = h.split_whitespace().next().unwrap_or_default().to_string();
        if level_ids.contains(&id) {
            columns.push((i, id));
        } else {
            errors.push(located(
                1,
                Some((i, h.clone())),
                None,
                msg!("book-unknown-level-column", levels = level_ids.join("、")),
            ));
        }
    }
    let mut rows = Vec::new();
    for (r, row) in sheet.rows.iter().enumerate().skip(1) {
        let text = |i: Option<usize>| {
            i.and_then(|i| row.get(i))
                .and_then(cell_text)
                .unwrap_or_default()
        };
        if !is_data(row) {
            continue;
        }
        let mut ids: Vec<String> = keys.iter().map(|k| text(*k)).collect();
        if kind == Kind::Competencies && ids[0].is_empty() {
            // A new row may name its competency instead.
            let name = text(name_column);
            match competencies.iter().find(|(_, n)| *n == name) {
                Some((id, _)) => ids[0] = id.clone(),
                None => {
                    errors.push(located(
                        r + 1,
                        name_column.map(|i| (i, header[i].clone())),
                        Some(name),
                        msg!("book-unknown-competency", name = text(name_column)),
                    ));
                    continue;
                }
            }
        }
        if ids[0].is_empty() {
            errors.push(located(
                r + 1,
                keys[0].map(|i| (i, header[i].clone())),
                None,
                msg!("book-id-missing"),
            ));
            continue;
        }
        let cells = columns
            .iter()
            .map(|(i, _)| (*i, row.get(*i).cloned().unwrap_or(Cell::Empty)))
            .collect();
        rows.push(ReadRow {
            row: r + 1,
            ids,
            cells,
        });
    }
    let top = |id: &str| work.competency_top(id);
    let mut updated = sequence;
    let problems: Vec<GridError> = grid::apply(&mut updated, kind, &columns, &rows, &top);
    for p in problems {
        let column = p
            .column
            .map(|i| (i, header.get(i).cloned().unwrap_or_default()));
        let value = p
            .column
            .and_then(|i| sheet.rows.get(p.row - 1)?.get(i))
            .and_then(cell_text);
        errors.push(located(p.row, column, value, p.message));
    }
    work.nodes.insert(path.to_string(), updated);
    // Each cell says one level's requirement (or points) of its row's competency, activity
    // or module.
    let list = match kind {
        Kind::Competencies => "competencies",
        Kind::Behaviours => "behaviours",
        Kind::Scoring => "modules",
    };
    let mut origins = Vec::new();
    for row in &rows {
        for (column, level) in &columns {
            let mut address = vec![
                ("levels".to_string(), level.clone()),
                (list.to_string(), row.ids[0].clone()),
            ];
            // An item's row says less than its module's row about the module's entry.
            if let Some(item) = row.ids.get(1).filter(|i| !i.is_empty()) {
                address.push(("items".to_string(), item.clone()));
            }
            origins.push(Origin {
                path: path.to_string(),
                address,
                sheet: sheet.name.clone(),
                row: row.row,
                column: Some((column_letter(*column), header[*column].clone())),
            });
        }
    }
    (errors, origins)
}

/// The workbook row that says what is at `line` of the file at `path` whose text is `text`:
/// the deepest entity there that a row or cell of the workbook said.
pub fn origin_of<'a>(
    origins: &'a [Origin],
    path: &str,
    text: &str,
    line: usize,
) -> Option<&'a Origin> {
    let doc = super::tree::Doc::parse(text)?;
    let address = super::tree::address_at(&doc, line);
    origins
        .iter()
        .filter(|o| o.path == path && address.starts_with(&o.address))
        .max_by_key(|o| (o.address.len(), o.column.is_some()))
}
