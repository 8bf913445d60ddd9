//! A sheet as a table of named columns: the header row found by a column it must have, each
//! header matched by name in any language rungs speaks (and the project's), each cell located
//! by row and column for diagnostics. Shared by the roster and the applications sheet.

use crate::diagnostics::Location;
use crate::locale::{Language, Message};
use crate::msg;
use crate::spreadsheet::{Cell, Sheet, column_letter, values};

/// How many rows from the top the header row may be (exports often start with a title).
const HEADER_WITHIN: usize = 10;

/// A header's words for matching: lower case, without spaces, `*`, `_` or `-`, brackets made
/// half-width.
pub fn normalise_header(text: &str) -> String {
    values::normalise(text)
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '*' | '_' | '-'))
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            _ => c,
        })
        .collect::<String>()
        .to_lowercase()
}

/// The names a column goes by: the locale's `key` in every bundled language and the project's,
/// `|`-separated there, normalised. The project's language first, so its first name is the one
/// messages show.
pub fn aliases(key: &str, language: Language) -> Vec<String> {
    let mut out = Vec::new();
    for lang in [language, Language::zh_cn(), Language::en()] {
        for alias in lang.get(key).split('|') {
            let alias = normalise_header(alias);
            if !alias.is_empty() && !out.contains(&alias) {
                out.push(alias);
            }
        }
    }
    out
}

/// The name a column is shown by in `language`: the first of its names there.
pub fn shown_name(key: &str, language: Language) -> String {
    language
        .get(key)
        .split('|')
        .next()
        .unwrap_or("")
        .trim()
        .to_string()
}

/// One sheet's rows under its header row.
pub struct Table<'a> {
    pub file: &'a str,
    /// The header row's index, 0-based.
    pub header_row: usize,
    pub headers: Vec<String>,
    pub rows: &'a [Vec<Cell>],
    /// The CSV's lines, when the sheet is one and each row is one line, to place diagnostics
    /// on them (split once: every cell of the roster asks for its place).
    lines: Option<Vec<&'a str>>,
}

impl<'a> Table<'a> {
    /// The first sheet's table whose header row (within the first rows) has a column `first`
    /// recognises; `None` when no sheet has one.
    pub fn find(
        file: &'a str,
        sheets: &'a [Sheet],
        text: Option<&'a str>,
        first: impl Fn(&str) -> bool,
    ) -> Option<Table<'a>> {
        for sheet in sheets {
            for (r, row) in sheet.rows.iter().take(HEADER_WITHIN).enumerate() {
                if row.iter().any(|c| first(&c.shown())) {
                    let lines = text
                        .map(|t| t.lines().collect::<Vec<_>>())
                        .filter(|lines| lines.len() == sheet.rows.len());
                    return Some(Table {
                        file,
                        header_row: r,
                        headers: row.iter().map(Cell::shown).collect(),
                        rows: &sheet.rows,
                        lines,
                    });
                }
            }
        }
        None
    }

    /// The data rows: (row index, cells), skipping blank rows and notes rows (`#` first).
    pub fn data(&self) -> impl Iterator<Item = (usize, &'a [Cell])> + '_ {
        self.rows
            .iter()
            .enumerate()
            .skip(self.header_row + 1)
            .filter(|(_, row)| {
                !row.iter().all(Cell::is_blank)
                    && !row
                        .iter()
                        .find(|c| !c.is_blank())
                        .is_some_and(|c| c.shown().trim_start().starts_with('#'))
            })
            .map(|(i, row)| (i, row.as_slice()))
    }

    /// Where cell (`row`, `column`) is: on its line of a CSV (when rows are lines), else the
    /// row and column as the spreadsheet numbers them.
    pub fn location(&self, row: usize, column: usize) -> Location {
        if let Some(line) = self.lines.as_ref().and_then(|lines| lines.get(row)) {
            let start = cell_start(line, column);
            let width = line[start..]
                .split([',', ';', '\t'])
                .next()
                .map_or(1, |c| c.chars().count().max(1));
            let mut location = Location::at(
                self.file,
                row as u32 + 1,
                line[..start].chars().count() as u32 + 1,
            );
            location.width = width as u32;
            return location;
        }
        Location::at(self.file, row as u32 + 1, column as u32 + 1)
    }

    /// How a message names cell (`row`, `column`): `row 3, column E (学历)`.
    pub fn cell_message(&self, row: usize, column: usize) -> Message {
        msg!(
            "table-cell",
            row = row + 1,
            column = column_letter(column),
            header = self.headers.get(column).cloned().unwrap_or_default()
        )
    }
}

/// The byte where the `column`th cell of a CSV line starts (quotes respected, the delimiter
/// guessed as the import does: comma, semicolon or tab).
fn cell_start(line: &str, column: usize) -> usize {
    let delimiter = [',', ';', '\t']
        .into_iter()
        .max_by_key(|d| line.matches(*d).count())
        .unwrap_or(',');
    let mut quoted = false;
    let mut seen = 0;
    for (i, c) in line.char_indices() {
        if seen == column {
            return i;
        }
        match c {
            '"' => quoted = !quoted,
            c if c == delimiter && !quoted => seen += 1,
            _ => {}
        }
    }
    if seen == column { line.len() } else { 0 }
}

/// A cell's value as text, trimmed; `None` when blank.
pub fn text(cell: &Cell) -> Option<String> {
    match cell {
        Cell::Empty => None,
        other => {
            let shown = values::normalise(&other.shown());
            (!shown.is_empty()).then_some(shown)
        }
    }
}
