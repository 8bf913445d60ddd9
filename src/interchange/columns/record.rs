//! The record's own columns: who, where, which cycle and level, when, by whom.

use super::notes::{choice_list, choose};
use super::{Column, Field, Kind, column};
use crate::model::{Level, Sequence, Standard};
use crate::render::words::paren;

/// The record's own fields, in sheet order; `level` is the sheet's level (None when reading a
/// sheet of any level).
pub(super) fn record_columns(
    standard: &Standard,
    sequence: &Sequence,
    level: Option<&Level>,
) -> Vec<Column> {
    let lang = standard.settings.language;
    let t = |key: &str| lang.get(key).to_string();
    let colon = t("colon");
    let mut columns = who_columns(standard);
    columns.push(column(
        Field::Sequence,
        "sequence",
        t("sheet_sequence"),
        format!(
            "{}{colon}{}",
            t("sheet_note_fixed"),
            paren(lang, &sequence.name, &sequence.id)
        ),
        Kind::Choice(vec![(sequence.id.clone(), sequence.name.clone())]),
        true,
    ));
    let positions: Vec<(String, String)> = sequence
        .positions
        .iter()
        .filter(|p| level.is_none_or(|l| p.covers(sequence, l)))
        .map(|p| (p.id.clone(), p.name.clone()))
        .collect();
    if !positions.is_empty() {
        columns.push(choose(
            Field::Position,
            "position",
            t("sheet_position"),
            positions,
            lang,
        ));
    }
    columns.extend(when_columns(standard, sequence, level));
    columns
}

/// On a rater's sheet: the rater's id and role (by its word or id).
pub(super) fn rater_columns(standard: &Standard) -> Vec<Column> {
    let lang = standard.settings.language;
    let t = |key: &str| lang.get(key).to_string();
    let roles: Vec<(String, String)> = standard
        .settings
        .ratings
        .roles
        .iter()
        .map(|r| (r.clone(), crate::render::ratings::role_label(standard, r)))
        .collect();
    vec![
        column(
            Field::Rater,
            "rater",
            t("sheet_rater"),
            t("sheet_note_rater"),
            Kind::Text,
            false,
        ),
        choose(Field::RaterRole, "role", t("sheet_rater_role"), roles, lang),
    ]
}

/// Who the record is about: the employee, their department and manager.
fn who_columns(standard: &Standard) -> Vec<Column> {
    let t = |key: &str| standard.settings.language.get(key).to_string();
    vec![
        column(
            Field::EmployeeId,
            "employee_id",
            t("sheet_employee_id"),
            t("sheet_note_employee_id"),
            Kind::Text,
            true,
        ),
        column(
            Field::Name,
            "name",
            t("sheet_name"),
            String::new(),
            Kind::Text,
            true,
        ),
        column(
            Field::Department,
            "department",
            t("sheet_department"),
            String::new(),
            Kind::Text,
            true,
        ),
        column(
            Field::ManagerId,
            "manager.id",
            t("sheet_manager_id"),
            t("sheet_note_manager_id"),
            Kind::Text,
            false,
        ),
        column(
            Field::ManagerName,
            "manager.name",
            t("sheet_manager_name"),
            String::new(),
            Kind::Text,
            false,
        ),
        column(
            Field::ManagerEmail,
            "manager.email",
            t("sheet_manager_email"),
            String::new(),
            Kind::Text,
            false,
        ),
    ]
}

/// Which cycle and level, when, by whom, against which edition.
fn when_columns(standard: &Standard, sequence: &Sequence, level: Option<&Level>) -> Vec<Column> {
    let lang = standard.settings.language;
    let t = |key: &str| lang.get(key).to_string();
    let (colon, semi) = (t("colon"), t("sheet_semicolon"));
    let levels: Vec<(String, String)> = sequence
        .levels
        .iter()
        .map(|l| (l.id.clone(), l.name.clone()))
        .collect();
    let level_forms: Vec<(String, String, String)> = sequence
        .levels
        .iter()
        .map(|l| (l.id.clone(), l.name.clone(), l.title.clone()))
        .collect();
    let level_note = |required: bool| {
        let list = choice_list(&levels, lang);
        match level {
            Some(l) if required => format!(
                "{}{colon}{}",
                t("sheet_note_fixed"),
                paren(lang, &l.name, &l.id)
            ),
            _ => format!("{}{colon}{list}", t("sheet_note_choose")),
        }
    };
    vec![
        column(
            Field::Cycle,
            "cycle",
            t("sheet_cycle"),
            t("sheet_note_cycle"),
            Kind::Text,
            true,
        ),
        column(
            Field::CurrentLevel,
            "current_level",
            t("sheet_current_level"),
            format!("{}{semi}{}", level_note(false), t("sheet_note_first")),
            Kind::SequenceLevel(level_forms.clone()),
            false,
        ),
        column(
            Field::AppliedLevel,
            "applied_level",
            t("sheet_applied_level"),
            level_note(true),
            Kind::SequenceLevel(level_forms),
            true,
        ),
        column(
            Field::Date,
            "date",
            t("sheet_date"),
            t("sheet_note_date"),
            Kind::Date,
            true,
        ),
        column(
            Field::Assessors,
            "assessors",
            t("sheet_assessors"),
            t("sheet_note_list"),
            Kind::List,
            false,
        ),
        column(
            Field::Edition,
            "edition",
            t("sheet_edition"),
            format!("{}{colon}{}", t("sheet_note_eg"), standard.settings.edition),
            Kind::Text,
            false,
        ),
    ]
}
