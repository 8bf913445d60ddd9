//! The columns of an assessment sheet, derived from the standard: which record field each
//! one fills, its header in the content's language, what may be written in it, and how a
//! cell becomes a YAML value and back. The template, the import and the pre-filled sheet all
//! read this one list, so a sheet round-trips.
//!
//! `record.rs` and `level.rs` derive the columns (the record's own fields, then what the level
//! asks for), `notes.rs` words what a column takes, and `cells.rs` turns a cell into a value
//! and back.

mod cells;
mod level;
mod notes;
mod record;

use crate::model::{Fact, Level, Sequence, Standard};

use super::values;

/// The record field a column fills.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    EmployeeId,
    Name,
    Department,
    ManagerId,
    ManagerName,
    ManagerEmail,
    Sequence,
    Position,
    Cycle,
    CurrentLevel,
    AppliedLevel,
    Date,
    Assessors,
    Edition,
    /// A fact for the basic conditions (`facts.<key>`).
    Fact(Fact),
    /// A basic condition judged met or not (`facts.other.<id>`).
    Other(String),
    /// A competency's achieved level, or met/not for a one-line standard.
    Competency {
        id: String,
        one_line: bool,
    },
    /// A behaviour-standard activity met or not.
    Behaviour(String),
    /// A scoring item's score, or a whole module's when it has no items.
    Score {
        module: String,
        item: Option<String>,
    },
    WrittenExam,
    Kpi(String),
    Reference(String),
    /// On a rater's sheet: who rates the row's employee (`ratings[].rater`).
    Rater,
    /// On a rater's sheet: in which role (`ratings[].role`).
    RaterRole,
}

/// Whether a cycle's roster answers this field (see docs/people.md): who the employee is
/// beyond the id and name, the level held, and the facts. A sheet for a cycle with a roster
/// leaves these out, and the records imported from it take them from the roster. (The
/// sequence stays: it says which columns a row has.)
pub fn roster_answers(field: &Field) -> bool {
    matches!(
        field,
        Field::Department
            | Field::ManagerId
            | Field::ManagerName
            | Field::ManagerEmail
            | Field::CurrentLevel
            | Field::Fact(_)
    )
}

/// What a cell may hold.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Text,
    Date,
    Number {
        max: Option<f64>,
    },
    /// A whole level from 0 to `max`.
    Level {
        max: u32,
    },
    YesNo,
    /// One of these (id, name); either is accepted.
    Choice(Vec<(String, String)>),
    /// A level of the sequence, (id, name, title): shown by name, read in any of the forms of
    /// `values::level`.
    SequenceLevel(Vec<(String, String, String)>),
    List,
    /// Performance ratings on the settings' scale, oldest first.
    Ratings(Vec<String>),
}

#[derive(Debug, Clone)]
pub struct Column {
    pub field: Field,
    /// The field's path in the record, e.g. `competencies.customer-orientation`; accepted as
    /// a header like the label.
    pub key: String,
    /// The header in the content's language.
    pub label: String,
    /// What to write, for the notes row and the header's note.
    pub note: String,
    pub kind: Kind,
    /// A new record needs it.
    pub required: bool,
}

impl Column {
    /// The YAML path the value goes to.
    pub fn path(&self) -> Vec<&str> {
        let mut path: Vec<&str> = self.key.split('.').collect();
        match &self.field {
            Field::Competency { one_line: true, .. } | Field::Behaviour(_) => path.push("met"),
            Field::Competency {
                one_line: false, ..
            } => path.push("level"),
            _ => {}
        }
        path
    }

    /// The header as the template writes it: the label, `*` when required.
    pub fn header(&self) -> String {
        if self.required {
            format!("{}*", self.label)
        } else {
            self.label.clone()
        }
    }

    /// Whether a header cell names this column: its label (with or without `*`) or its key.
    pub fn matches(&self, header: &str) -> bool {
        let header = normalise_header(header);
        header == normalise_header(&self.label) || header.eq_ignore_ascii_case(&self.key)
    }
}

/// Headers compare without spaces, a required-marking `*`, and full-width forms.
pub fn normalise_header(text: &str) -> String {
    values::normalise(text)
        .trim_end_matches('*')
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase()
}

/// Headers an earlier rungs wrote for a column since renamed (评定日期 is now 认证日期, as the
/// reports say it), from the locale's `sheet_earlier_headers` (`old=new；old=new`): a sheet
/// filled in before the rename still imports.
pub struct EarlierHeaders(std::collections::HashMap<String, String>);

impl EarlierHeaders {
    pub fn of(language: crate::model::Language) -> EarlierHeaders {
        EarlierHeaders(
            language
                .get("sheet_earlier_headers")
                .split(['；', ';'])
                .filter_map(|pair| pair.split_once('='))
                .map(|(old, new)| (normalise_header(old), new.trim().to_string()))
                .collect(),
        )
    }

    /// The header as the columns now name it; a renamed prefix too (`参考·品德`, the
    /// reference item columns).
    pub fn current(&self, header: String) -> String {
        if let Some(new) = self.0.get(&normalise_header(&header)) {
            return new.clone();
        }
        match header.split_once('·') {
            Some((head, rest)) => match self.0.get(&normalise_header(head)) {
                Some(new) => format!("{new}·{rest}"),
                None => header,
            },
            None => header,
        }
    }
}

/// The columns of the sheet for `level` of `sequence`, in sheet order.
pub fn for_level(standard: &Standard, sequence: &Sequence, level: &Level) -> Vec<Column> {
    let mut columns = record::record_columns(standard, sequence, Some(level));
    columns.extend(level::level_columns(standard, sequence, level));
    columns
}

/// The columns of one rater's sheet for `level` of `sequence`: who is rated, by whom and in
/// which role, then what that role rates — competencies for `self`, else the kinds of item the
/// role counts for (see `ratings.weights`), in the level sheet's order.
pub fn for_rater(
    standard: &Standard,
    sequence: &Sequence,
    level: &Level,
    role: &str,
) -> Vec<Column> {
    use crate::model::ItemKind;
    let rules = &standard.settings.ratings;
    let rates = |kind: ItemKind| {
        if role == crate::model::SELF {
            kind == ItemKind::Competencies
        } else {
            rules.counts(kind, role)
        }
    };
    let record = record::record_columns(standard, sequence, Some(level));
    let mut columns: Vec<Column> = record
        .into_iter()
        .filter(|c| {
            matches!(
                c.field,
                Field::EmployeeId
                    | Field::Name
                    | Field::Sequence
                    | Field::Cycle
                    | Field::AppliedLevel
            )
        })
        .collect();
    columns.extend(record::rater_columns(standard));
    columns.extend(
        level::level_columns(standard, sequence, level)
            .into_iter()
            .filter(|c| match &c.field {
                Field::Competency { .. } => rates(ItemKind::Competencies),
                Field::Behaviour(_) => rates(ItemKind::Behaviours),
                Field::Score { .. } => rates(ItemKind::Scores),
                _ => false,
            }),
    );
    columns
}

/// Every column a sheet of `sequence` may carry (any level), for reading headers.
pub fn for_sequence(standard: &Standard, sequence: &Sequence) -> Vec<Column> {
    let mut columns = record::record_columns(standard, sequence, None);
    columns.extend(record::rater_columns(standard));
    for level in &sequence.levels {
        for column in level::level_columns(standard, sequence, level) {
            if !columns.iter().any(|c| c.key == column.key) {
                columns.push(column);
            }
        }
    }
    columns
}

fn column(
    field: Field,
    key: &str,
    label: String,
    note: String,
    kind: Kind,
    required: bool,
) -> Column {
    Column {
        field,
        key: key.to_string(),
        label,
        note,
        kind,
        required,
    }
}

/// The order of keys in a record, for fields a sheet adds to an existing one.
pub fn key_order(path: &[&str]) -> &'static [&'static str] {
    match path {
        [] => &[
            "employee_id",
            "name",
            "department",
            "manager",
            "sequence",
            "position",
            "cycle",
            "current_level",
            "applied_level",
            "date",
            "assessors",
            "edition",
            "facts",
            "competencies",
            "behaviours",
            "scores",
            "written_exam",
            "kpis",
            "reference",
            "contributions",
            "comments",
            "plan",
            "ratings",
            "calibration",
        ],
        ["facts"] => &[
            "education",
            "experience_years",
            "years_in_level",
            "training_hours",
            "certifications",
            "performance",
            "other",
            "major",
            "title",
        ],
        ["manager"] => &["id", "name", "email"],
        [_, _] => &["level", "met", "evidence"],
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::EarlierHeaders;
    use crate::model::Language;

    #[test]
    fn an_earlier_header_reads_as_the_current_one() {
        let earlier = EarlierHeaders::of(Language::zh_cn());
        assert_eq!(earlier.current("评定日期*".into()), "认证日期");
        assert_eq!(earlier.current(" 当前级别 ".into()), "现任级别");
        assert_eq!(earlier.current("参考·品德".into()), "参考项·品德");
        assert_eq!(earlier.current("客户导向".into()), "客户导向");
        let english = EarlierHeaders::of(Language::en());
        assert_eq!(english.current("Date*".into()), "Date*");
    }
}
