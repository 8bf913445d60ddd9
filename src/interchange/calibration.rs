//! The calibration pack's decision sheet, filled in at the meeting, into calibration decisions
//! in the records: each row with a decided value becomes `{ item, from, to, by, on, reason }`
//! appended to its record's `calibration:` — the ratings and every earlier decision left as
//! they are — and the records are then checked like any import, all or nothing.

use std::collections::BTreeMap;

use super::import::{At, Change, RowError, Update, letter};
use super::sheet::{Cell, Sheet};
use super::values;
use crate::locale::Language;
use crate::model::{Item, Records, Standard, format_number};
use crate::msg;
use crate::render::calibration::DECIDE_COLUMNS;

/// The columns the import reads, by their place in [`DECIDE_COLUMNS`].
const CYCLE: usize = 0;
const EMPLOYEE: usize = 1;
const CODE: usize = 5;
const FROM: usize = 10;
const TO: usize = 11;
const REASON: usize = 12;
const BY: usize = 13;
const ON: usize = 14;

/// A decision sheet's header row and where each column it reads is, when `sheet` is one: a
/// row among the first five that names the item code and the decided value, in any language
/// rungs speaks.
fn header(sheet: &Sheet) -> Option<(usize, BTreeMap<usize, usize>)> {
    let labels: Vec<[String; 2]> = DECIDE_COLUMNS
        .iter()
        .map(|(key, _)| [Language::zh_cn(), Language::en()].map(|l| values::normalise(l.get(key))))
        .collect();
    sheet.rows.iter().enumerate().take(5).find_map(|(r, row)| {
        let mut at = BTreeMap::new();
        for (c, cell) in row.iter().enumerate() {
            let text = values::normalise(&cell.shown());
            if let Some(k) = labels.iter().position(|l| l.contains(&text)) {
                at.entry(k).or_insert(c);
            }
        }
        (at.contains_key(&CODE) && at.contains_key(&TO)).then_some((r, at))
    })
}

/// Whether `sheet` is a calibration decision sheet (the import reads it here, not as an
/// assessment sheet).
pub fn is_decision_sheet(sheet: &Sheet) -> bool {
    header(sheet).is_some()
}

/// The decisions the sheets' filled rows make, merged into their records' text; nothing is
/// checked against other records yet. `text` gives a record's text by its path
/// (`<cycle>/<employee-id>.yaml`).
pub fn plan(
    standard: &Standard,
    records: &Records,
    sheets: &[Sheet],
    text: &dyn Fn(&str) -> Option<String>,
) -> (Vec<Update>, Vec<RowError>) {
    let lang = standard.settings.language;
    let mut errors = Vec::new();
    // Per record, its first row and the decisions in sheet order.
    let mut by_record: BTreeMap<String, (At, String, String, Vec<String>)> = BTreeMap::new();
    for sheet in sheets {
        let Some((header_row, at)) = header(sheet) else {
            continue;
        };
        let headers = &sheet.rows[header_row];
        for key in [CYCLE, EMPLOYEE, CODE, FROM, TO, REASON, BY, ON] {
            if !at.contains_key(&key) {
                errors.push(RowError {
                    at: At {
                        sheet: sheet.name.clone(),
                        row: header_row + 1,
                    },
                    column: None,
                    value: None,
                    message: msg!(
                        "calibration-import-missing-column",
                        column = lang.get(DECIDE_COLUMNS[key].0)
                    ),
                    help: Some(msg!("calibration-import-missing-column-help")),
                });
            }
        }
        if !errors.is_empty() {
            continue;
        }
        for (r, row) in sheet.rows.iter().enumerate().skip(header_row + 1) {
            let cell = |key: usize| row.get(at[&key]).cloned().unwrap_or(Cell::Empty);
            if cell(TO).is_blank() || row.iter().all(Cell::is_blank) {
                continue;
            }
            let place = At {
                sheet: sheet.name.clone(),
                row: r + 1,
            };
            let problem = |key: usize, message, help| {
                Box::new(RowError {
                    at: place.clone(),
                    column: Some((letter(at[&key]), headers[at[&key]].shown())),
                    value: Some(cell(key).shown()).filter(|v| !v.is_empty()),
                    message,
                    help: Some(help),
                })
            };
            match decision(standard, records, &cell, &problem) {
                Ok((cycle, employee, yaml)) => {
                    let path = format!("{cycle}/{employee}.yaml");
                    by_record
                        .entry(path)
                        .or_insert_with(|| (place.clone(), cycle, employee, Vec::new()))
                        .3
                        .push(yaml);
                }
                Err(e) => errors.push(*e),
            }
        }
    }
    let updates = by_record
        .into_iter()
        .filter_map(|(path, (at, cycle, employee, decisions))| {
            let old = text(&path)?;
            let new = append(&old, &decisions);
            let change = if new == old {
                Change::Unchanged
            } else {
                Change::Updated
            };
            Some(Update::whole(at, employee, cycle, path, change, new))
        })
        .collect();
    (updates, errors)
}

type Problem<'p> =
    dyn Fn(usize, crate::locale::Message, crate::locale::Message) -> Box<RowError> + 'p;

/// One row's decision as the YAML of one `calibration:` entry, with its record's cycle and
/// employee id; a row already recorded gives the empty string.
fn decision(
    standard: &Standard,
    records: &Records,
    cell: &dyn Fn(usize) -> Cell,
    problem: &Problem<'_>,
) -> Result<(String, String, String), Box<RowError>> {
    let text = |key: usize| values::normalise(&cell(key).shown());
    let (cycle, employee) = (text(CYCLE), text(EMPLOYEE));
    let record = records
        .assessments
        .iter()
        .find(|a| a.cycle == cycle && a.employee_id == employee)
        .ok_or_else(|| {
            problem(
                EMPLOYEE,
                msg!(
                    "calibration-import-no-record",
                    employee = &employee,
                    cycle = &cycle
                ),
                msg!("calibration-import-no-record-help"),
            )
        })?;
    let code = text(CODE);
    let item = Item::parse(&code).ok_or_else(|| {
        problem(
            CODE,
            msg!("calibration-bad-item", item = &code),
            msg!("calibration-bad-item-help"),
        )
    })?;
    let met = standard.reads_met(&item);
    let now = record.value(&item).ok_or_else(|| {
        problem(
            CODE,
            msg!("calibration-unknown-item", item = &code),
            msg!("calibration-unknown-item-help"),
        )
    })?;
    let read = |key: usize| -> Option<f64> {
        match cell(key) {
            Cell::Number(n) => Some(n),
            Cell::Bool(b) => Some(f64::from(u8::from(b))),
            c if met => values::yes_no(&c.shown()).map(|b| f64::from(u8::from(b))),
            c => values::number(&c.shown()),
        }
    };
    let to = read(TO).ok_or_else(|| {
        problem(
            TO,
            if met {
                msg!("calibration-import-not-met-word")
            } else {
                msg!("calibration-import-not-a-number")
            },
            msg!("calibration-import-value-help"),
        )
    })?;
    let reason = text(REASON);
    if reason.is_empty() {
        return Err(problem(
            REASON,
            msg!("calibration-import-no-reason"),
            msg!("calibration-import-no-reason-help"),
        ));
    }
    let by = text(BY);
    if by.is_empty() {
        return Err(problem(
            BY,
            msg!("calibration-import-no-by"),
            msg!("calibration-import-no-by-help"),
        ));
    }
    let on = match cell(ON) {
        Cell::Date(serial) => values::serial_date(serial),
        c => values::date(&c.shown()),
    }
    .ok_or_else(|| {
        problem(
            ON,
            msg!("calibration-import-bad-date"),
            msg!("check-invalid-date-help"),
        )
    })?;
    let scalar = |x: f64| {
        if met {
            (x >= 0.5).to_string()
        } else {
            format_number(x)
        }
    };
    // A row imported before: its decision is in the record already, from the value the sheet
    // shows to the one decided, for the same reason.
    let from = read(FROM).unwrap_or(now);
    let already = record.rated.calibration.iter().any(|d| {
        d.item == item
            && (d.to - to).abs() < 1e-9
            && (d.from - from).abs() < 1e-9
            && d.reason == reason
    });
    if !already && (from - now).abs() > 1e-9 {
        return Err(problem(
            FROM,
            msg!(
                "calibration-stale",
                item = &code,
                from = format_number(from),
                now = format_number(now)
            ),
            msg!("calibration-import-stale-help"),
        ));
    }
    let quoted = |s: &str| serde_json::to_string(s).expect("a string");
    let yaml = if already {
        String::new()
    } else {
        format!(
            "  - item: {item}\n    from: {}\n    to: {}\n    by: {}\n    on: {on}\n    reason: {}\n",
            scalar(now),
            scalar(to),
            quoted(&by),
            quoted(&reason)
        )
    };
    Ok((cycle, employee, yaml))
}

/// `text` with `entries` (each a `calibration:` entry's YAML) added at the end of its
/// `calibration:` list, or in a new one at the end: every other line kept as it was.
fn append(text: &str, entries: &[String]) -> String {
    let added: String = entries.concat();
    if added.is_empty() {
        return text.to_string();
    }
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let Some(start) = lines
        .iter()
        .position(|l| l.trim_end() == "calibration:" || l.starts_with("calibration: []"))
    else {
        let mut out = text.to_string();
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str("calibration:\n");
        out.push_str(&added);
        return out;
    };
    // The list ends where the next top-level key starts.
    let end = lines[start + 1..]
        .iter()
        .position(|l| {
            let first = l.chars().next().unwrap_or(' ');
            !(first.is_whitespace() || first == '-' || first == '#')
        })
        .map_or(lines.len(), |i| start + 1 + i);
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        if i == start {
            out.push_str("calibration:\n");
            continue;
        }
        if i == end {
            out.push_str(&added);
        }
        out.push_str(line);
        if i + 1 == lines.len() && !line.ends_with('\n') {
            out.push('\n');
        }
    }
    if end == lines.len() {
        out.push_str(&added);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::append;

    #[test]
    fn decisions_go_at_the_end_of_the_list_and_nothing_else_moves() {
        let entry = "  - item: competencies.x\n".to_string();
        assert_eq!(
            append("a: 1\n", std::slice::from_ref(&entry)),
            "a: 1\ncalibration:\n  - item: competencies.x\n"
        );
        assert_eq!(
            append("a: 1", std::slice::from_ref(&entry)),
            "a: 1\ncalibration:\n  - item: competencies.x\n"
        );
        let with = "a: 1\ncalibration:\n  - item: competencies.y\n    to: 2\ncomments: c\n";
        assert_eq!(
            append(with, std::slice::from_ref(&entry)),
            "a: 1\ncalibration:\n  - item: competencies.y\n    to: 2\n  - item: competencies.x\ncomments: c\n"
        );
        assert_eq!(
            append("calibration: []\n", std::slice::from_ref(&entry)),
            "calibration:\n  - item: competencies.x\n"
        );
        assert_eq!(append("a: 1\n", &[String::new()]), "a: 1\n");
    }
}
