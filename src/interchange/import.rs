//! Filled-in sheets to assessment records: each row read against the columns of its
//! employee's sequence and level, merged into the existing record (the sheet's cells set,
//! everything else kept), then the records that would change checked exactly like
//! hand-written ones before anything is written.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use crate::diagnostics::{Diagnostic, Severity};
use crate::locale::Message;
use crate::model::{Language, Level, Sequence, Standard};
use crate::msg;
use crate::project::Checked;
use crate::source::SourceError;

use super::columns::{self, Column, Field, key_order};
use super::node::{self, Node};
use super::sheet::{Cell, Sheet};
use super::values;
use crate::diagnostics::suggest::help_message;

/// Where in the sheets a problem is.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct At {
    pub sheet: String,
    /// As the spreadsheet numbers it, from 1.
    pub row: usize,
}

/// A problem with a row (or the header), said the way the person sees the sheet, in the
/// user's language.
#[derive(Debug, Clone)]
pub struct RowError {
    pub at: At,
    /// The column's letter and header, when one cell is at fault.
    pub column: Option<(String, String)>,
    pub value: Option<String>,
    pub message: Message,
    pub help: Option<Message>,
}

impl RowError {
    /// Where the problem is (sheet, row, column, value) and what it is, as one message.
    pub fn located(&self) -> Message {
        let (sheet, row) = (self.at.sheet.as_str(), self.at.row);
        let message = self.message.clone();
        match (&self.column, &self.value) {
            (None, None) => msg!("import-at-row", sheet = sheet, row = row, message = message),
            (None, Some(value)) => msg!(
                "import-at-row-value",
                sheet = sheet,
                row = row,
                value = value,
                message = message
            ),
            (Some((letter, header)), None) => msg!(
                "import-at-cell",
                sheet = sheet,
                row = row,
                column = letter,
                header = header,
                message = message
            ),
            (Some((letter, header)), Some(value)) => msg!(
                "import-at-cell-value",
                sheet = sheet,
                row = row,
                column = letter,
                header = header,
                value = value,
                message = message
            ),
        }
    }
}

/// In English, for logs and tests; the command line says [`RowError::located`].
impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.located().english())
    }
}

/// What an import does to one record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Created,
    Updated,
    Unchanged,
}

/// One row's record, merged.
#[derive(Debug, Clone)]
pub struct Update {
    pub at: At,
    pub employee_id: String,
    pub cycle: String,
    /// Relative to the records folder: `<cycle>/<employee-id>.yaml`.
    pub path: String,
    pub change: Change,
    /// The record as it will be written.
    pub text: String,
    /// The existing record held `#` comments, which a rewrite does not keep.
    pub loses_comments: bool,
    /// The cells the row filled in, for pointing at one from a check's message.
    cells: Vec<FilledCell>,
}

impl Update {
    /// A record rewritten whole by a row (a calibration decision), with no cell of its own to
    /// point a check's message at: the message names the row.
    pub fn whole(
        at: At,
        employee_id: String,
        cycle: String,
        path: String,
        change: Change,
        text: String,
    ) -> Update {
        Update {
            at,
            employee_id,
            cycle,
            path,
            change,
            text,
            loses_comments: false,
            cells: Vec::new(),
        }
    }
}

/// A cell a row filled in.
#[derive(Debug, Clone)]
struct FilledCell {
    key: String,
    letter: String,
    header: String,
    /// As the sheet shows it.
    shown: String,
    /// As the record writes it.
    written: String,
}

/// Every row of the sheets, read and merged; nothing checked against other records yet.
pub struct Plan {
    pub updates: Vec<Update>,
    pub errors: Vec<RowError>,
    /// Text that looks like a spreadsheet formula (`=…`): imported as the text it is, and
    /// said, since it may be an injection meant for the next person who opens a CSV.
    pub warnings: Vec<RowError>,
    /// Sheets that are not assessment sheets (no employee-id column), skipped.
    pub skipped_sheets: Vec<String>,
}

/// What a cycle's roster says of an employee (by cycle and employee id), as the record fields
/// it answers (`name`, `department`, `sequence`, `current_level`): rows and records may leave
/// these to it, and a cell that says the same is not written into the record again.
pub type RosterLookup<'a> = &'a dyn Fn(&str, &str) -> Option<Node>;

/// A record's text by its path (`<cycle>/<employee-id>.yaml`), when it exists.
pub type ExistingLookup<'a> = &'a dyn Fn(&str) -> Option<String>;

/// The fields a roster answers for one person, as a record would hold them.
pub fn roster_fields(fields: &[(&str, Option<&str>)]) -> Node {
    let mut node = Node::map();
    for (key, value) in fields {
        if let Some(value) = value {
            node.set(&[key], Node::Str(value.to_string()), &key_order);
        }
    }
    node
}

/// Reads `sheets` against `standard`. `existing` gives a record's text by its path
/// (`<cycle>/<employee-id>.yaml`); `roster` what the cycle's roster says of an employee (by
/// cycle and employee id); `cycle` is the cycle of rows that do not name one.
pub fn plan(
    standard: &Standard,
    sheets: &[Sheet],
    existing: &dyn Fn(&str) -> Option<String>,
    roster: RosterLookup<'_>,
    cycle: Option<&str>,
) -> Plan {
    let mut plan = Plan {
        updates: Vec::new(),
        errors: Vec::new(),
        warnings: Vec::new(),
        skipped_sheets: Vec::new(),
    };
    let catalogues: Vec<(&Sequence, Vec<Column>)> = standard
        .sequences
        .iter()
        .map(|s| (s, columns::for_sequence(standard, s)))
        .collect();
    let mut seen: BTreeMap<(String, String), At> = BTreeMap::new();
    let earlier = columns::EarlierHeaders::of(standard.settings.language);
    for sheet in sheets {
        let mut cache = Cache::new();
        let Some((header_index, headers)) = header_row(sheet, &catalogues, &earlier) else {
            plan.skipped_sheets.push(sheet.name.clone());
            continue;
        };
        let header_errors = unknown_headers(sheet, header_index, &headers, &catalogues);
        if !header_errors.is_empty() {
            plan.errors.extend(header_errors);
            continue;
        }
        for (index, row) in sheet.rows.iter().enumerate().skip(header_index + 1) {
            if row.iter().all(Cell::is_blank) || is_comment(row) {
                continue;
            }
            let at = At {
                sheet: sheet.name.clone(),
                row: index + 1,
            };
            plan.warnings.extend(formula_like(row, &headers, &at));
            match read_row(
                &mut cache,
                standard,
                &catalogues,
                &headers,
                row,
                &at,
                (existing, roster),
                cycle,
            ) {
                Ok(update) => {
                    let key = (update.cycle.clone(), update.employee_id.clone());
                    if let Some(first) = seen.get(&key) {
                        plan.errors.push(RowError {
                            at: at.clone(),
                            column: None,
                            value: Some(update.employee_id.clone()),
                            message: msg!(
                                "import-employee-twice",
                                employee_id = &update.employee_id,
                                cycle = &update.cycle,
                                sheet = &first.sheet,
                                row = first.row
                            ),
                            help: Some(msg!("import-employee-twice-help")),
                        });
                        continue;
                    }
                    seen.insert(key, at);
                    plan.updates.push(update);
                }
                Err(errors) => plan.errors.extend(errors),
            }
        }
    }
    plan
}

/// A row whose first filled cell starts with `#`: the template's notes, or a person's.
fn is_comment(row: &[Cell]) -> bool {
    row.iter()
        .find(|c| !c.is_blank())
        .is_some_and(|c| values::normalise(&c.shown()).starts_with('#'))
}

/// The header row: among the first five rows that are not comments (a title may stand
/// above it), the first holding the employee-id column and at least two other known ones.
/// The template's guide sheet lists the columns one per row, so it never has one.
fn header_row(
    sheet: &Sheet,
    catalogues: &[(&Sequence, Vec<Column>)],
    earlier: &columns::EarlierHeaders,
) -> Option<(usize, Vec<String>)> {
    let id_column = catalogues
        .first()?
        .1
        .iter()
        .find(|c| c.field == Field::EmployeeId)?;
    let known = |text: &str| {
        catalogues
            .iter()
            .any(|(_, cs)| cs.iter().any(|c| c.matches(text)))
    };
    let shown = |c: &Cell| earlier.current(c.shown());
    sheet
        .rows
        .iter()
        .enumerate()
        .filter(|(_, row)| !row.iter().all(Cell::is_blank) && !is_comment(row))
        .take(5)
        .find(|(_, row)| {
            row.iter().any(|c| id_column.matches(&shown(c)))
                && row.iter().filter(|c| known(&shown(c))).count() >= 3
        })
        .map(|(i, row)| (i, row.iter().map(shown).collect()))
}

fn unknown_headers(
    sheet: &Sheet,
    header_index: usize,
    headers: &[String],
    catalogues: &[(&Sequence, Vec<Column>)],
) -> Vec<RowError> {
    let known: Vec<&Column> = catalogues.iter().flat_map(|(_, cs)| cs).collect();
    let mut errors = Vec::new();
    let mut first_of: BTreeMap<String, usize> = BTreeMap::new();
    for (c, header) in headers.iter().enumerate() {
        if values::normalise(header).is_empty() {
            continue;
        }
        let at = At {
            sheet: sheet.name.clone(),
            row: header_index + 1,
        };
        match known.iter().find(|col| col.matches(header)) {
            None => {
                let labels: Vec<&str> = known.iter().map(|c| c.label.as_str()).collect();
                errors.push(RowError {
                    at,
                    column: Some((letter(c), header.clone())),
                    value: None,
                    message: msg!("import-unknown-header"),
                    help: Some(help_message(&msg!("noun-column"), header, &labels)),
                });
            }
            Some(col) => {
                if let Some(first) = first_of.insert(col.key.clone(), c) {
                    errors.push(RowError {
                        at,
                        column: Some((letter(c), header.clone())),
                        value: None,
                        message: msg!("import-header-twice", column = letter(first)),
                        help: Some(msg!("import-header-twice-help")),
                    });
                }
            }
        }
    }
    errors
}

/// The spreadsheet letter of a column index: A, B, … Z, AA …
pub fn letter(index: usize) -> String {
    crate::spreadsheet::column_letter(index)
}

/// A sheet's headers resolved once per sequence and level against the columns its rows take:
/// the level's own first (their ranges are the level's), then any of the sequence's.
struct Resolved {
    columns: Vec<Column>,
    by_header: Vec<Option<usize>>,
}

type Cache = BTreeMap<(String, Option<String>), Resolved>;

impl Resolved {
    fn new(
        standard: &Standard,
        sequence: &Sequence,
        level: Option<&crate::model::Level>,
        union: &[Column],
        headers: &[String],
    ) -> Resolved {
        let mut columns =
            level.map_or_else(Vec::new, |l| columns::for_level(standard, sequence, l));
        columns.extend(union.iter().cloned());
        let by_header = headers
            .iter()
            .map(|h| columns.iter().position(|c| c.matches(h)))
            .collect();
        Resolved { columns, by_header }
    }

    fn column(&self, header: usize) -> Option<&Column> {
        self.by_header[header].map(|i| &self.columns[i])
    }
}

/// Text cells of a row that a spreadsheet would run as a formula (`=`, `+`, `@` first, and not
/// a number).
fn formula_like(row: &[Cell], headers: &[String], at: &At) -> Vec<RowError> {
    row.iter()
        .enumerate()
        .filter(|(c, _)| *c < headers.len())
        .filter_map(|(c, cell)| match cell {
            Cell::Text(text)
                if text.trim_start().starts_with(['=', '+', '@'])
                    && text.trim().parse::<f64>().is_err() =>
            {
                Some(RowError {
                    at: at.clone(),
                    column: Some((letter(c), headers[c].clone())),
                    value: Some(text.clone()),
                    message: msg!("import-formula-like"),
                    help: Some(msg!("import-formula-like-help")),
                })
            }
            _ => None,
        })
        .collect()
}

#[allow(clippy::too_many_arguments)]
fn read_row(
    cache: &mut Cache,
    standard: &Standard,
    catalogues: &[(&Sequence, Vec<Column>)],
    headers: &[String],
    row: &[Cell],
    at: &At,
    (existing, roster): (ExistingLookup<'_>, RosterLookup<'_>),
    default_cycle: Option<&str>,
) -> Result<Update, Vec<RowError>> {
    let cells = RowCells {
        headers,
        row,
        at,
        // The record's key fields are read first, from any sequence's columns: they choose
        // the file and the columns.
        keys: &catalogues[0].1,
    };
    cells.readable()?;
    let (employee_id, cycle) = cells.key_fields(default_cycle)?;
    let path = format!("{cycle}/{employee_id}.yaml");
    let before_text = existing(&path);
    let before = match &before_text {
        Some(text) => Some(Node::parse(text).ok_or_else(|| {
            vec![cells.error(
                None,
                None,
                msg!(
                    "import-existing-unreadable",
                    path = format!("{}/{path}", crate::load::RECORDS_FOLDER)
                ),
            )]
        })?),
        None => None,
    };
    let held = roster(&cycle, &employee_id);
    let sequence = cells.sequence(standard, before.as_ref(), held.as_ref())?;
    let union = &catalogues
        .iter()
        .find(|(s, _)| s.id == sequence.id)
        .expect("every sequence")
        .1;
    let level = cells.level(sequence, before.as_ref(), held.as_ref());
    let resolved = cache
        .entry((sequence.id.clone(), level.map(|l| l.id.clone())))
        .or_insert_with(|| Resolved::new(standard, sequence, level, union, headers));
    let mut doc = before.clone().unwrap_or_else(Node::map);
    if before.is_none() {
        doc.set(&["employee_id"], Node::Str(employee_id.clone()), &key_order);
    }
    let filled = match cells.text_of(Field::Rater) {
        // A rater's row: its values go into that rater's own rating, nothing else.
        Some((_, rater)) => {
            let mut row = Node::map();
            let filled = cells.fill(
                &mut row,
                None,
                resolved,
                sequence,
                standard.settings.language,
            )?;
            let Some(role) = row.get("role").and_then(Node::text).map(str::to_string) else {
                return Err(vec![cells.error(
                    cells.find(Field::RaterRole),
                    None,
                    msg!("import-rater-no-role", rater = &rater),
                )]);
            };
            if before.is_none() {
                for key in ["name", "sequence", "applied_level"] {
                    if let Some(value) = row.get(key) {
                        doc.set(&[key], value.clone(), &key_order);
                    }
                }
            }
            super::ratings::merge(&mut doc, &row, &rater, &role);
            filled
        }
        None => cells.fill(
            &mut doc,
            held.as_ref(),
            resolved,
            sequence,
            standard.settings.language,
        )?,
    };
    doc.set(&["cycle"], Node::Str(cycle.clone()), &key_order);
    let change = match &before {
        None => Change::Created,
        Some(b) if b.same(&doc) => Change::Unchanged,
        Some(_) => Change::Updated,
    };
    let text = match (&before_text, &before) {
        (Some(text), Some(before)) => node::emit_edit(text, before, &doc),
        _ => node::emit(&doc),
    };
    Ok(Update {
        at: at.clone(),
        employee_id,
        cycle,
        path,
        change,
        loses_comments: before_text.is_some_and(|old| {
            old.lines()
                .filter(|l| l.trim_start().starts_with('#'))
                .any(|comment| !text.lines().any(|l| l == comment))
        }),
        text,
        cells: filled,
    })
}

/// One row of the sheet as it is read: its cells under their headers, where it is, and the
/// columns its key fields are found by.
struct RowCells<'r> {
    headers: &'r [String],
    row: &'r [Cell],
    at: &'r At,
    keys: &'r [Column],
}

impl RowCells<'_> {
    fn cell(&self, c: usize) -> Cell {
        self.row.get(c).cloned().unwrap_or(Cell::Empty)
    }

    /// An error at column `c` (or the whole row), with the value found there.
    fn error(&self, c: Option<usize>, value: Option<String>, message: Message) -> RowError {
        RowError {
            at: self.at.clone(),
            column: c.map(|c| (letter(c), self.headers[c].clone())),
            value,
            message,
            help: None,
        }
    }

    /// A cell whose value cannot be read (a formula without a saved result, an error value)
    /// stops the row, by its column: never read as empty.
    fn readable(&self) -> Result<(), Vec<RowError>> {
        let unreadable: Vec<RowError> = self
            .row
            .iter()
            .enumerate()
            .filter(|(c, _)| *c < self.headers.len())
            .filter_map(|(c, cell)| match cell {
                Cell::Unreadable(why) => Some(self.error(Some(c), None, why.clone())),
                _ => None,
            })
            .collect();
        if unreadable.is_empty() {
            Ok(())
        } else {
            Err(unreadable)
        }
    }

    /// The column of a key field, by its header.
    fn find(&self, field: Field) -> Option<usize> {
        let column = self.keys.iter().find(|c| c.field == field)?;
        self.headers.iter().position(|h| column.matches(h))
    }

    /// A key field's column and text, when the row fills it.
    fn text_of(&self, field: Field) -> Option<(usize, String)> {
        self.find(field)
            .map(|c| (c, values::normalise(&self.cell(c).shown())))
            .filter(|(_, v)| !v.is_empty())
    }

    /// The employee id and the cycle (the row's, or `--cycle`'s; they must agree).
    fn key_fields(&self, default_cycle: Option<&str>) -> Result<(String, String), Vec<RowError>> {
        let Some((_, employee_id)) = self.text_of(Field::EmployeeId) else {
            return Err(vec![self.error(
                self.find(Field::EmployeeId),
                None,
                msg!("import-no-employee-id"),
            )]);
        };
        let cycle = match (self.text_of(Field::Cycle), default_cycle) {
            (Some((c, cycle)), Some(given)) if cycle != given => {
                return Err(vec![self.error(
                    Some(c),
                    Some(cycle.clone()),
                    msg!("import-cycle-mismatch", cycle = &cycle, given = given),
                )]);
            }
            (Some((_, cycle)), _) => cycle,
            (None, Some(given)) => given.to_string(),
            (None, None) => {
                return Err(vec![self.error(
                    self.find(Field::Cycle),
                    None,
                    msg!("import-no-cycle"),
                )]);
            }
        };
        Ok((employee_id, cycle))
    }

    /// The sequence: the row's (by id or name), else the existing record's, else the roster's.
    fn sequence<'s>(
        &self,
        standard: &'s Standard,
        before: Option<&Node>,
        held: Option<&Node>,
    ) -> Result<&'s Sequence, Vec<RowError>> {
        let Some((c, value)) = self.text_of(Field::Sequence) else {
            return before
                .and_then(|b| b.get("sequence"))
                .and_then(Node::text)
                .or(held.and_then(|h| h.get("sequence")).and_then(Node::text))
                .and_then(|id| standard.sequences.iter().find(|s| s.id == id))
                .ok_or_else(|| {
                    vec![self.error(self.find(Field::Sequence), None, msg!("import-no-sequence"))]
                });
        };
        let folded = value.to_lowercase();
        standard
            .sequences
            .iter()
            .find(|s| s.id.to_lowercase() == folded || s.name.to_lowercase() == folded)
            .ok_or_else(|| {
                let ids: Vec<&str> = standard.sequences.iter().map(|s| s.id.as_str()).collect();
                let mut e = self.error(
                    Some(c),
                    Some(value.clone()),
                    msg!("import-unknown-sequence"),
                );
                e.help = Some(help_message(&msg!("noun-sequence"), &value, &ids));
                vec![e]
            })
    }

    /// The level assessed for, when it is known (the row's, else the existing record's, else
    /// the level the roster says is held): the columns' ranges follow it.
    fn level<'s>(
        &self,
        sequence: &'s Sequence,
        before: Option<&Node>,
        held: Option<&Node>,
    ) -> Option<&'s Level> {
        let applied = self
            .text_of(Field::AppliedLevel)
            .and_then(|(_, v)| {
                sequence
                    .levels
                    .iter()
                    .find(|l| l.id.eq_ignore_ascii_case(&v) || l.name == v)
                    .map(|l| l.id.clone())
            })
            .or_else(|| {
                before
                    .and_then(|b| b.get("applied_level").or_else(|| b.get("current_level")))
                    .and_then(Node::text)
                    .map(str::to_string)
            })
            .or_else(|| {
                held.and_then(|h| h.get("current_level"))
                    .and_then(Node::text)
                    .map(str::to_string)
            });
        applied.as_deref().and_then(|id| sequence.level(id))
    }

    /// Writes every filled cell into `doc` (a value the record already holds, however
    /// written, is left as written); the cells as read, or every cell that could not be.
    fn fill(
        &self,
        doc: &mut Node,
        roster: Option<&Node>,
        resolved: &Resolved,
        sequence: &Sequence,
        lang: Language,
    ) -> Result<Vec<FilledCell>, Vec<RowError>> {
        let mut errors = Vec::new();
        let mut cells = Vec::new();
        for (c, header) in self.headers.iter().enumerate() {
            if values::normalise(header).is_empty() {
                continue;
            }
            let cell = self.cell(c);
            let Some(column) = resolved.column(c) else {
                if !cell.is_blank() {
                    errors.push(self.error(
                        Some(c),
                        Some(cell.shown()),
                        msg!("import-no-such-field", sequence = &sequence.id),
                    ));
                }
                continue;
            };
            let value = match column.value(&cell) {
                Ok(Some(value)) => value,
                Ok(None) => continue,
                Err(message) => {
                    errors.push(self.error(Some(c), Some(cell.shown()), message));
                    continue;
                }
            };
            if column.field == Field::Cycle {
                continue; // chose the file; the record's `cycle` is set by the caller
            }
            cells.push(FilledCell {
                key: column.key.clone(),
                letter: letter(c),
                header: header.clone(),
                shown: cell.shown(),
                written: node::emit(&Node::Map(vec![("x".into(), value.clone())]))
                    .trim_start_matches("x:")
                    .trim()
                    .to_string(),
            });
            if let Ok(Some(held)) = column.value(&column.cell_of(doc, lang))
                && held.same(&value)
            {
                continue;
            }
            // What the roster gives, the record leaves to it.
            if let Ok(None) = column.value(&column.cell_of(doc, lang))
                && let Some(roster) = roster
                && let Ok(Some(given)) = column.value(&column.cell_of(roster, lang))
                && given.same(&value)
            {
                continue;
            }
            let path = column.path();
            if let Field::Competency { one_line: true, .. } = column.field
                && let Some(achievement) = doc.at(&path[..2]).cloned()
            {
                // `{ level: 1 }` becomes `{ met: … }`: one way of saying it, not two.
                let mut achievement = achievement;
                achievement.remove("level");
                doc.set(&path[..2], achievement, &key_order);
            }
            doc.set(&path, value, &key_order);
        }
        if errors.is_empty() {
            Ok(cells)
        } else {
            Err(errors)
        }
    }
}

/// Checks the records an import would write, with every other record, exactly as `rungs
/// check` would once they were written. `check` builds and checks the project with the given
/// files (records-relative path → text) in place. Problems in an imported record become that
/// row's errors; problems elsewhere are returned as they are.
pub fn validate(
    updates: &[Update],
    check: &dyn Fn(BTreeMap<String, Vec<u8>>) -> Result<Checked, SourceError>,
) -> Result<(Vec<RowError>, Checked), SourceError> {
    let files: BTreeMap<String, Vec<u8>> = updates
        .iter()
        .filter(|u| u.change != Change::Unchanged)
        .map(|u| (u.path.clone(), u.text.clone().into_bytes()))
        .collect();
    let checked = check(files)?;
    let by_file: BTreeMap<String, &Update> = updates
        .iter()
        .map(|u| (format!("{}/{}", crate::load::RECORDS_FOLDER, u.path), u))
        .collect();
    let mut errors = Vec::new();
    for d in &checked.diagnostics {
        if d.code.severity != Severity::Error {
            continue;
        }
        let Some(update) = d.location.as_ref().and_then(|l| by_file.get(&l.file)) else {
            continue;
        };
        errors.push(row_error(update, d));
    }
    Ok((errors, checked))
}

/// A check's message about an imported record, pointed at the cell it concerns: the one
/// whose field's key and value stand where the message points.
fn row_error(update: &Update, d: &Diagnostic) -> RowError {
    let (line, column) = d.location.as_ref().map_or(("", 0), |l| {
        let line = update
            .text
            .lines()
            .nth((l.line as usize).saturating_sub(1))
            .unwrap_or_default();
        (line, l.column as usize)
    });
    let split = line
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(line.len(), |(i, _)| i);
    let (before, at) = line.split_at(split);
    let cell = update.cells.iter().find(|c| {
        let last = c.key.rsplit('.').next().unwrap_or(&c.key);
        before.contains(&format!("{last}:")) && at.starts_with(&c.written)
    });
    RowError {
        at: update.at.clone(),
        column: cell.map(|c| (c.letter.clone(), c.header.clone())),
        value: cell.map(|c| c.shown.clone()),
        message: msg!(
            "import-check-problem",
            message = d.message.clone(),
            code = d.code.name
        ),
        help: d.help.as_deref().cloned(),
    }
}

/// The rows with errors, once each, for `--skip-bad`.
pub fn bad_rows(errors: &[RowError]) -> BTreeSet<At> {
    errors.iter().map(|e| e.at.clone()).collect()
}
