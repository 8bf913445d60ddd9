//! The roster: the HR system's export of a cycle's people, read by its column names (Chinese or
//! English), each cell checked and located: dates as text or as spreadsheet serials, education
//! by id or name, sequences and levels the standard has, ratings on the settings' scale, and
//! managers who are people of the same roster.

use std::collections::{BTreeMap, HashMap};

use super::table::{self, Table, normalise_header};
use crate::check::Ctx;
use crate::diagnostics::{Diagnostic, Location, codes};
use crate::load::Parsed;
use crate::locale::{Language, Message};
use crate::model::{Date, Education, Person, Roster, Sequence};
use crate::msg;
use crate::spreadsheet::{Cell, Sheet, values};

/// A roster column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Column {
    EmployeeId,
    Name,
    Department,
    Manager,
    Email,
    HireDate,
    PriorExperienceYears,
    ExperienceYears,
    Education,
    Major,
    Title,
    Certifications,
    Sequence,
    Level,
    LevelSince,
    YearsInLevel,
    TrainingHours,
    /// Ratings: one column per period (`绩效 2023H2`), or one holding them all, oldest first.
    Performance,
}

impl Column {
    pub const ALL: [Column; 18] = [
        Column::EmployeeId,
        Column::Name,
        Column::Department,
        Column::Manager,
        Column::Email,
        Column::HireDate,
        Column::PriorExperienceYears,
        Column::ExperienceYears,
        Column::Education,
        Column::Major,
        Column::Title,
        Column::Certifications,
        Column::Sequence,
        Column::Level,
        Column::LevelSince,
        Column::YearsInLevel,
        Column::TrainingHours,
        Column::Performance,
    ];

    /// The locale key of its names: `roster-header-<id>`.
    pub fn key(self) -> String {
        let id = match self {
            Column::EmployeeId => "employee-id",
            Column::Name => "name",
            Column::Department => "department",
            Column::Manager => "manager",
            Column::Email => "email",
            Column::HireDate => "hire-date",
            Column::PriorExperienceYears => "prior-experience-years",
            Column::ExperienceYears => "experience-years",
            Column::Education => "education",
            Column::Major => "major",
            Column::Title => "title",
            Column::Certifications => "certifications",
            Column::Sequence => "sequence",
            Column::Level => "level",
            Column::LevelSince => "level-since",
            Column::YearsInLevel => "years-in-level",
            Column::TrainingHours => "training-hours",
            Column::Performance => "performance",
        };
        format!("roster-header-{id}")
    }
}

/// The roster's columns by name, in every language: header → column, with a performance
/// column's period (`绩效 2023H2` → 2023H2; `None` for one column of all ratings).
struct Headers {
    names: Vec<(Column, Vec<String>)>,
}

impl Headers {
    fn new(language: Language) -> Headers {
        Headers {
            names: Column::ALL
                .iter()
                .map(|c| (*c, table::aliases(&c.key(), language)))
                .collect(),
        }
    }

    fn recognise(&self, header: &str) -> Option<(Column, Option<String>)> {
        let normal = normalise_header(header);
        if normal.is_empty() {
            return None;
        }
        if let Some((column, _)) = self.names.iter().find(|(_, n)| n.contains(&normal)) {
            return Some((*column, None));
        }
        let (_, performance) = self.names.iter().find(|(c, _)| *c == Column::Performance)?;
        let named = performance
            .iter()
            .any(|p| normal.starts_with(p.as_str()) || normal.ends_with(p.as_str()));
        named
            .then(|| (Column::Performance, period_of(header)))?
            .1
            .map(|period| (Column::Performance, Some(period)))
    }
}

/// The period a performance header names: its first run of letters, digits, `_` and `-` that
/// holds a digit (`绩效 2023H2`, `Performance-2024`, `2023年绩效`).
fn period_of(header: &str) -> Option<String> {
    values::normalise(header)
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .find(|part| part.chars().any(|c| c.is_ascii_digit()))
        .map(|p| p.trim_matches(['-', '_']).to_string())
        .filter(|p| !p.is_empty())
}

/// A checked roster, with where each of its cells is, for messages about it.
pub struct CheckedRoster {
    pub roster: Roster,
    /// (employee id, column) → the cell.
    pub cells: HashMap<(String, Column), Location>,
    /// The name a column is shown by, from the roster's own header.
    pub headers: HashMap<Column, String>,
}

/// What a roster is read against: the standard's sequences and the settings' scales.
pub struct Scales<'a> {
    pub sequences: &'a [Sequence],
    pub ratings: &'a [String],
    pub titles: &'a [String],
    pub language: Language,
}

pub fn check(
    ctx: &mut Ctx,
    parsed: &Parsed<Vec<Sheet>>,
    cycle: &str,
    scales: &Scales<'_>,
) -> Option<CheckedRoster> {
    let file = parsed.file.as_str();
    let headers = Headers::new(scales.language);
    let text = ctx.sources.get(file);
    let is_id = |h: &str| matches!(headers.recognise(h), Some((Column::EmployeeId, _)));
    let Some(table) = Table::find(file, &parsed.value, text, is_id) else {
        ctx.push(
            Diagnostic::new(
                &codes::MISSING_COLUMN,
                msg!(
                    "roster-no-id-column",
                    header = table::shown_name(&Column::EmployeeId.key(), scales.language)
                ),
            )
            .at(Location::file(file))
            .help(msg!(
                "roster-no-id-column-help",
                names = Language::zh_cn()
                    .get(&Column::EmployeeId.key())
                    .replace('|', "、"),
                english = Language::en()
                    .get(&Column::EmployeeId.key())
                    .replace('|', ", ")
            )),
        );
        return None;
    };
    let mut columns: BTreeMap<Column, usize> = BTreeMap::new();
    let mut periods: Vec<(String, usize)> = Vec::new();
    let mut shown = HashMap::new();
    for (i, header) in table.headers.iter().enumerate() {
        match headers.recognise(header) {
            Some((Column::Performance, Some(period))) => periods.push((period, i)),
            Some((column, _)) => {
                if let Some(&first) = columns.get(&column) {
                    ctx.push(
                        Diagnostic::new(
                            &codes::DUPLICATE_KEY,
                            msg!(
                                "roster-column-twice",
                                header = header,
                                first = crate::spreadsheet::column_letter(first)
                            ),
                        )
                        .at(table.location(table.header_row, i))
                        .help(msg!("roster-column-twice-help")),
                    );
                    continue;
                }
                columns.insert(column, i);
                shown.insert(column, header.trim().trim_end_matches('*').to_string());
            }
            None => {}
        }
    }
    if !columns.contains_key(&Column::Name) {
        ctx.push(
            Diagnostic::new(
                &codes::MISSING_COLUMN,
                msg!(
                    "roster-no-name-column",
                    header = table::shown_name(&Column::Name.key(), scales.language)
                ),
            )
            .at(table.location(table.header_row, 0))
            .help(msg!("roster-no-name-column-help")),
        );
        return None;
    }
    // Ratings by period, oldest first: by the periods' names (2023H2 before 2024H1).
    periods.sort();
    let mut reader = Reader {
        ctx,
        table: &table,
        scales,
        cells: HashMap::new(),
        educations: education_names(scales.language),
    };
    let mut people: BTreeMap<String, Person> = BTreeMap::new();
    let mut first_row: HashMap<String, usize> = HashMap::new();
    for (r, row) in table.data() {
        let Some(person) = reader.person(r, row, &columns, &periods) else {
            continue;
        };
        if let Some(&first) = first_row.get(&person.employee_id) {
            let id_column = columns[&Column::EmployeeId];
            let first_at = table.location(first, id_column);
            reader.ctx.push(
                Diagnostic::new(
                    &codes::DUPLICATE_PERSON,
                    msg!(
                        "roster-person-twice",
                        employee = &person.employee_id,
                        row = first + 1
                    ),
                )
                .at(table.location(r, id_column))
                .note(msg!("roster-first-row-here"), first_at)
                .help(msg!("roster-person-twice-help")),
            );
            continue;
        }
        first_row.insert(person.employee_id.clone(), r);
        people.insert(person.employee_id.clone(), person);
    }
    let cells = reader.cells;
    check_managers(ctx, &people, &cells);
    Some(CheckedRoster {
        roster: Roster {
            cycle: cycle.to_string(),
            file: file.to_string(),
            people,
        },
        cells,
        headers: shown,
    })
}

/// Every manager is a person of the roster.
fn check_managers(
    ctx: &mut Ctx,
    people: &BTreeMap<String, Person>,
    cells: &HashMap<(String, Column), Location>,
) {
    let ids: Vec<&str> = people.keys().map(String::as_str).collect();
    for person in people.values() {
        let Some(manager) = &person.manager else {
            continue;
        };
        if people.contains_key(manager) {
            continue;
        }
        let mut diagnostic = Diagnostic::new(
            &codes::UNKNOWN_PERSON,
            msg!(
                "roster-unknown-manager",
                employee = &person.employee_id,
                manager = manager
            ),
        )
        .help(crate::diagnostics::suggest::help_message_with(
            &msg!("noun-employee-id"),
            manager,
            &ids,
            msg!("roster-unknown-manager-help"),
        ));
        if let Some(at) = cells.get(&(person.employee_id.clone(), Column::Manager)) {
            diagnostic = diagnostic.at(at.clone());
        }
        ctx.push(diagnostic);
    }
}

/// Reads rows into people, reporting each cell it cannot read.
struct Reader<'c, 'a, 's> {
    ctx: &'c mut Ctx<'a>,
    table: &'c Table<'c>,
    scales: &'c Scales<'s>,
    cells: HashMap<(String, Column), Location>,
    /// Each education's names, read from the locales once, not once per cell.
    educations: Vec<(Education, Vec<String>)>,
}

impl Reader<'_, '_, '_> {
    fn bad(&mut self, row: usize, column: usize, value: &str, why: Message, help: Message) {
        let at = self.table.location(row, column);
        self.ctx.push(
            Diagnostic::new(
                &codes::BAD_CELL,
                msg!(
                    "table-bad-cell",
                    cell = self.table.cell_message(row, column),
                    value = value,
                    why = why
                ),
            )
            .at(at)
            .help(help),
        );
    }

    fn person(
        &mut self,
        r: usize,
        row: &[Cell],
        columns: &BTreeMap<Column, usize>,
        periods: &[(String, usize)],
    ) -> Option<Person> {
        let cell = |column: Column| {
            columns
                .get(&column)
                .and_then(|&c| row.get(c))
                .and_then(table::text)
        };
        let id_column = columns[&Column::EmployeeId];
        let Some(id) = cell(Column::EmployeeId) else {
            let at = self.table.location(r, id_column);
            self.ctx.push(
                Diagnostic::new(&codes::MISSING_FIELD, msg!("roster-no-id", row = r + 1))
                    .at(at)
                    .help(msg!("roster-no-id-help")),
            );
            return None;
        };
        if !crate::check::is_file_safe_id(&id) {
            self.bad(
                r,
                id_column,
                &id,
                msg!("roster-unsafe-id"),
                msg!("record-unsafe-id-help"),
            );
            return None;
        }
        for (&column, &c) in columns {
            self.cells
                .insert((id.clone(), column), self.table.location(r, c));
        }
        let name_column = columns[&Column::Name];
        let Some(name) = cell(Column::Name) else {
            let at = self.table.location(r, name_column);
            self.ctx.push(
                Diagnostic::new(
                    &codes::MISSING_FIELD,
                    msg!("roster-no-name", employee = &id),
                )
                .at(at)
                .help(msg!("roster-no-name-help")),
            );
            return None;
        };
        let mut person = Person {
            employee_id: id.clone(),
            name,
            department: cell(Column::Department),
            manager: cell(Column::Manager),
            major: cell(Column::Major),
            row: r as u32 + 1,
            has_performance: columns.contains_key(&Column::Performance) || !periods.is_empty(),
            ..Person::default()
        };
        if let Some(email) = cell(Column::Email) {
            if crate::check::managers::looks_like_email(&email) {
                person.email = Some(email);
            } else {
                self.bad(
                    r,
                    columns[&Column::Email],
                    &email,
                    msg!("table-not-email"),
                    msg!("manager-bad-email-help"),
                );
            }
        }
        person.hire_date = self.date(r, row, columns, Column::HireDate);
        person.level_since = self.date(r, row, columns, Column::LevelSince);
        person.prior_experience_years = self.number(r, row, columns, Column::PriorExperienceYears);
        person.experience_years = self.number(r, row, columns, Column::ExperienceYears);
        person.years_in_level = self.number(r, row, columns, Column::YearsInLevel);
        person.training_hours = self.number(r, row, columns, Column::TrainingHours);
        if let Some(text) = cell(Column::Education) {
            match education(&text, &self.educations) {
                Some(e) => person.education = Some(e),
                None => self.bad(
                    r,
                    columns[&Column::Education],
                    &text,
                    msg!("table-not-education"),
                    msg!("table-education-help"),
                ),
            }
        }
        if let Some(title) = cell(Column::Title) {
            if self.scales.titles.contains(&title) {
                person.title = Some(title);
            } else {
                let choices = self.scales.titles.join(", ");
                self.bad(
                    r,
                    columns[&Column::Title],
                    &title,
                    msg!("table-not-title"),
                    msg!("table-choose-help", choices = choices),
                );
            }
        }
        if columns.contains_key(&Column::Certifications) {
            person.certifications = Some(
                cell(Column::Certifications)
                    .map(|t| values::list(&t))
                    .unwrap_or_default(),
            );
        }
        self.sequence_and_level(r, row, columns, &mut person);
        self.performance(r, row, columns, periods, &mut person);
        Some(person)
    }

    fn date(
        &mut self,
        r: usize,
        row: &[Cell],
        columns: &BTreeMap<Column, usize>,
        column: Column,
    ) -> Option<Date> {
        let &c = columns.get(&column)?;
        match row.get(c)? {
            Cell::Empty => None,
            Cell::Date(serial) | Cell::Number(serial) => {
                values::serial_date(*serial).or_else(|| {
                    self.bad(
                        r,
                        c,
                        &values::number_text(*serial),
                        msg!("table-not-date"),
                        msg!("table-date-help"),
                    );
                    None
                })
            }
            cell => {
                let text = table::text(cell)?;
                values::date(&text).or_else(|| {
                    self.bad(r, c, &text, msg!("table-not-date"), msg!("table-date-help"));
                    None
                })
            }
        }
    }

    fn number(
        &mut self,
        r: usize,
        row: &[Cell],
        columns: &BTreeMap<Column, usize>,
        column: Column,
    ) -> Option<f64> {
        let &c = columns.get(&column)?;
        match row.get(c)? {
            Cell::Number(n) if *n >= 0.0 => Some(*n),
            cell => {
                let text = table::text(cell)?;
                match values::number(&text) {
                    Some(n) if n >= 0.0 => Some(n),
                    _ => {
                        self.bad(
                            r,
                            c,
                            &text,
                            msg!("table-not-number"),
                            msg!("table-number-help"),
                        );
                        None
                    }
                }
            }
        }
    }

    fn sequence_and_level(
        &mut self,
        r: usize,
        row: &[Cell],
        columns: &BTreeMap<Column, usize>,
        person: &mut Person,
    ) {
        let cell = |column: Column| {
            columns
                .get(&column)
                .and_then(|&c| row.get(c))
                .and_then(table::text)
        };
        let sequence = match cell(Column::Sequence) {
            Some(text) => {
                let found = self
                    .scales
                    .sequences
                    .iter()
                    .find(|s| s.id == text || values::normalise(&s.name) == text);
                match found {
                    Some(s) => Some(s),
                    None => {
                        let names: Vec<String> = self
                            .scales
                            .sequences
                            .iter()
                            .map(|s| format!("{} ({})", s.name, s.id))
                            .collect();
                        self.bad(
                            r,
                            columns[&Column::Sequence],
                            &text,
                            msg!("table-not-sequence"),
                            msg!("table-choose-help", choices = names.join(", ")),
                        );
                        None
                    }
                }
            }
            None => None,
        };
        person.sequence = sequence.map(|s| s.id.clone());
        let Some(text) = cell(Column::Level) else {
            return;
        };
        let c = columns[&Column::Level];
        let Some(sequence) = sequence else {
            if !columns.contains_key(&Column::Sequence) || cell(Column::Sequence).is_none() {
                self.bad(
                    r,
                    c,
                    &text,
                    msg!("table-level-without-sequence"),
                    msg!("table-level-without-sequence-help"),
                );
            }
            return;
        };
        let levels: Vec<(&str, &str, &str)> = sequence
            .levels
            .iter()
            .map(|l| (l.id.as_str(), l.name.as_str(), l.title.as_str()))
            .collect();
        match values::level(&text, &levels) {
            Some(i) => person.level = Some(sequence.levels[i].id.clone()),
            None => {
                let names: Vec<String> = sequence
                    .levels
                    .iter()
                    .map(|l| format!("{} ({})", l.name, l.id))
                    .collect();
                self.bad(
                    r,
                    c,
                    &text,
                    msg!("table-not-level", sequence = &sequence.name),
                    msg!("table-choose-help", choices = names.join(", ")),
                );
            }
        }
    }

    fn performance(
        &mut self,
        r: usize,
        row: &[Cell],
        columns: &BTreeMap<Column, usize>,
        periods: &[(String, usize)],
        person: &mut Person,
    ) {
        let scale = self.scales.ratings;
        let help = msg!("table-choose-help", choices = scale.join(", "));
        if let Some(&c) = columns.get(&Column::Performance)
            && let Some(text) = row.get(c).and_then(table::text)
        {
            for (i, rating) in values::ratings(&text, scale).into_iter().enumerate() {
                if scale.contains(&rating) {
                    person.performance.push((format!("#{i}"), rating));
                } else {
                    self.bad(r, c, &rating, msg!("table-not-rating"), help.clone());
                }
            }
        }
        for (period, c) in periods {
            let Some(rating) = row.get(*c).and_then(table::text) else {
                continue;
            };
            if scale.contains(&rating) {
                person.performance.push((period.clone(), rating));
            } else {
                self.bad(r, *c, &rating, msg!("table-not-rating"), help.clone());
            }
        }
    }
}

/// Education from its id (`bachelor`) or a name in any language rungs speaks (本科, 大学本科,
/// Bachelor's degree).
fn education(text: &str, names: &[(Education, Vec<String>)]) -> Option<Education> {
    let normal = normalise_header(text);
    names
        .iter()
        .find(|(e, names)| e.id() == normal || names.contains(&normal))
        .map(|(e, _)| *e)
}

/// Each education's names in every language rungs speaks and the project's.
fn education_names(language: Language) -> Vec<(Education, Vec<String>)> {
    Education::ALL
        .into_iter()
        .map(|e| {
            (
                e,
                table::aliases(&format!("roster-education-{}", e.id()), language),
            )
        })
        .collect()
}
