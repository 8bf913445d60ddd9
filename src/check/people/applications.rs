//! A cycle's applications (申报): who applies for which level, on what date, from
//! `applications.yaml` or a sheet with the same columns. Each applicant is a person of the
//! cycle's roster and each level one of their sequence; whether they are eligible for it is
//! checked once the standard is whole (`super::screen_applications`).

use std::collections::HashMap;

use super::roster::{CheckedRoster, Column};
use super::table::{self, Table, normalise_header};
use crate::check::Ctx;
use crate::check::settings::check_date;
use crate::diagnostics::{Diagnostic, Location, codes};
use crate::load::Parsed;
use crate::load::raw::{RawApplications, S};
use crate::locale::Language;
use crate::model::{Application, Date, Sequence};
use crate::msg;
use crate::spreadsheet::values;

/// One application as read, before it is checked: each part with where it stands.
struct Entry {
    employee_id: (String, Location),
    level: (String, Location),
    sequence: Option<(String, Location)>,
    date: Option<Date>,
    line: u32,
}

pub fn check(
    ctx: &mut Ctx,
    parsed: &Parsed<RawApplications>,
    cycle: &str,
    roster: Option<&CheckedRoster>,
    sequences: &[Sequence],
    language: Language,
) -> Vec<Application> {
    let file = parsed.file.as_str();
    let entries = match &parsed.value {
        RawApplications::Yaml(list) => yaml_entries(ctx, file, &list.applications),
        RawApplications::Sheets(sheets) => sheet_entries(ctx, file, sheets, language),
    };
    let Some(roster) = roster else {
        if !entries.is_empty() {
            ctx.push(
                Diagnostic::new(
                    &codes::UNKNOWN_PERSON,
                    msg!("applications-no-roster", cycle = cycle),
                )
                .at(Location::file(file))
                .help(msg!("applications-no-roster-help", cycle = cycle)),
            );
        }
        return Vec::new();
    };
    let people = &roster.roster.people;
    let ids: Vec<&str> = people.keys().map(String::as_str).collect();
    let mut out: Vec<Application> = Vec::new();
    let mut seen: HashMap<(String, String), u32> = HashMap::new();
    for entry in entries {
        let (id, id_at) = &entry.employee_id;
        let Some(person) = people.get(id) else {
            ctx.push(
                Diagnostic::new(
                    &codes::UNKNOWN_PERSON,
                    msg!("application-unknown-person", employee = id, cycle = cycle),
                )
                .at(id_at.clone())
                .help(crate::diagnostics::suggest::help_message(
                    &msg!("noun-employee-id"),
                    id,
                    &ids,
                )),
            );
            continue;
        };
        let sequence_id = entry
            .sequence
            .as_ref()
            .map(|(s, _)| s.clone())
            .or_else(|| person.sequence.clone());
        let sequence = sequence_id.as_deref().and_then(|s| {
            sequences
                .iter()
                .find(|q| q.id == s || values::normalise(&q.name) == values::normalise(s))
        });
        let Some(sequence) = sequence else {
            let at = entry
                .sequence
                .as_ref()
                .map_or_else(|| id_at.clone(), |(_, at)| at.clone());
            let names: Vec<String> = sequences
                .iter()
                .map(|s| format!("{} ({})", s.name, s.id))
                .collect();
            ctx.push(
                Diagnostic::new(
                    &codes::UNKNOWN_SEQUENCE,
                    msg!(
                        "application-no-sequence",
                        employee = id,
                        sequence = sequence_id.unwrap_or_default()
                    ),
                )
                .at(at)
                .help(msg!("table-choose-help", choices = names.join(", "))),
            );
            continue;
        };
        let (level_text, level_at) = &entry.level;
        let levels: Vec<(&str, &str, &str)> = sequence
            .levels
            .iter()
            .map(|l| (l.id.as_str(), l.name.as_str(), l.title.as_str()))
            .collect();
        let Some(index) = values::level(level_text, &levels) else {
            let names: Vec<String> = sequence
                .levels
                .iter()
                .map(|l| format!("{} ({})", l.name, l.id))
                .collect();
            ctx.push(
                Diagnostic::new(
                    &codes::UNKNOWN_LEVEL,
                    msg!(
                        "application-unknown-level",
                        level = level_text,
                        sequence = &sequence.name
                    ),
                )
                .at(level_at.clone())
                .help(msg!("table-choose-help", choices = names.join(", "))),
            );
            continue;
        };
        let level = sequence.levels[index].id.clone();
        if let Some(first) = seen.insert((id.clone(), level.clone()), entry.line) {
            ctx.push(
                Diagnostic::new(
                    &codes::DUPLICATE_PERSON,
                    msg!(
                        "application-twice",
                        employee = id,
                        level = &level,
                        line = first
                    ),
                )
                .at(id_at.clone())
                .help(msg!("application-twice-help")),
            );
            continue;
        }
        out.push(Application {
            employee_id: id.clone(),
            level,
            sequence: sequence.id.clone(),
            date: entry.date,
            file: file.to_string(),
            line: entry.line,
        });
    }
    out
}

fn yaml_entries(
    ctx: &mut Ctx,
    file: &str,
    list: &[S<crate::load::raw::RawApplication>],
) -> Vec<Entry> {
    list.iter()
        .map(|a| {
            let a_loc = ctx.loc(file, a);
            let v = &a.value;
            Entry {
                employee_id: (
                    v.employee_id.value.trim().to_string(),
                    ctx.loc(file, &v.employee_id),
                ),
                level: (v.level.value.trim().to_string(), ctx.loc(file, &v.level)),
                sequence: v
                    .sequence
                    .as_ref()
                    .map(|s| (s.value.trim().to_string(), ctx.loc(file, s))),
                date: v.date.as_ref().and_then(|d| check_date(ctx, file, d)),
                line: a_loc.line,
            }
        })
        .collect()
}

fn sheet_entries(
    ctx: &mut Ctx,
    file: &str,
    sheets: &[crate::spreadsheet::Sheet],
    language: Language,
) -> Vec<Entry> {
    let id_names = table::aliases(&Column::EmployeeId.key(), language);
    let level_names = table::aliases("application-header-level", language);
    let date_names = table::aliases("application-header-date", language);
    let sequence_names = table::aliases(&Column::Sequence.key(), language);
    let text = ctx.sources.get(file);
    let is_id = |h: &str| id_names.contains(&normalise_header(h));
    let Some(table) = Table::find(file, sheets, text, is_id) else {
        ctx.push(
            Diagnostic::new(
                &codes::MISSING_COLUMN,
                msg!(
                    "roster-no-id-column",
                    header = table::shown_name(&Column::EmployeeId.key(), language)
                ),
            )
            .at(Location::file(file))
            .help(msg!("applications-columns-help")),
        );
        return Vec::new();
    };
    let find = |names: &[String]| {
        table
            .headers
            .iter()
            .position(|h| names.contains(&normalise_header(h)))
    };
    let id_column = find(&id_names).expect("the header row has the id column");
    let Some(level_column) = find(&level_names) else {
        ctx.push(
            Diagnostic::new(
                &codes::MISSING_COLUMN,
                msg!(
                    "applications-no-level-column",
                    header = table::shown_name("application-header-level", language)
                ),
            )
            .at(table.location(table.header_row, 0))
            .help(msg!("applications-columns-help")),
        );
        return Vec::new();
    };
    let date_column = find(&date_names);
    let sequence_column = find(&sequence_names);
    let mut out = Vec::new();
    for (r, row) in table.data() {
        let cell = |c: usize| row.get(c).and_then(table::text);
        let Some(id) = cell(id_column) else {
            continue;
        };
        let Some(level) = cell(level_column) else {
            ctx.push(
                Diagnostic::new(
                    &codes::MISSING_FIELD,
                    msg!("application-no-level", employee = &id),
                )
                .at(table.location(r, level_column))
                .help(msg!("applications-columns-help")),
            );
            continue;
        };
        let date = date_column.and_then(|c| {
            let value = row.get(c)?;
            let parsed = match value {
                crate::spreadsheet::Cell::Date(s) | crate::spreadsheet::Cell::Number(s) => {
                    values::serial_date(*s)
                }
                other => values::date(&table::text(other)?),
            };
            if parsed.is_none() {
                ctx.push(
                    Diagnostic::new(
                        &codes::BAD_CELL,
                        msg!(
                            "table-bad-cell",
                            cell = table.cell_message(r, c),
                            value = value.shown(),
                            why = msg!("table-not-date")
                        ),
                    )
                    .at(table.location(r, c))
                    .help(msg!("table-date-help")),
                );
            }
            parsed
        });
        out.push(Entry {
            employee_id: (id, table.location(r, id_column)),
            level: (level, table.location(r, level_column)),
            sequence: sequence_column.and_then(|c| Some((cell(c)?, table.location(r, c)))),
            date,
            line: r as u32 + 1,
        });
    }
    out
}
