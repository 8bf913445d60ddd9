//! The columns of an assessment sheet, derived from the standard: which record field each
//! one fills, its header in the content's language, what may be written in it, and how a
//! cell becomes a YAML value and back. The template, the import and the pre-filled sheet all
//! read this one list, so a sheet round-trips.

use crate::model::{Education, Fact, Language, Level, Sequence, Standard};
use crate::render::i18n::{self, paren, yes_no_words};

use super::node::Node;
use super::sheet::Cell;
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

    /// The record's value for this column, as a cell (for pre-filled sheets).
    pub fn cell_of(&self, record: &Node, language: Language) -> Cell {
        let path: Vec<&str> = self.key.split('.').collect();
        let Some(node) = record.at(&path) else {
            return Cell::Empty;
        };
        let node = match &self.field {
            // One-line standards may be written `{ met: true }` or `{ level: 1 }`.
            Field::Competency { one_line: true, .. } => {
                match (node.get("met"), node.get("level")) {
                    (Some(Node::Bool(b)), _) => return yes_no_cell(*b, language),
                    (_, Some(level)) => {
                        return level
                            .number()
                            .map_or(Cell::Empty, |n| yes_no_cell(n >= 1.0, language));
                    }
                    _ => return Cell::Empty,
                }
            }
            Field::Competency { .. } => node.get("level").unwrap_or(&Node::Null),
            Field::Behaviour(_) => node.get("met").unwrap_or(&Node::Null),
            _ => node,
        };
        match (node, &self.kind) {
            (Node::Bool(b), _) => yes_no_cell(*b, language),
            (Node::Int(_) | Node::Float(_), _) => Cell::Number(node.number().unwrap_or_default()),
            (Node::Str(s), Kind::Date) => values::date(s).map_or_else(
                || Cell::Text(s.clone()),
                |d| Cell::Date(values::date_serial(d)),
            ),
            // Shown by name, as the drop-down offers it; the import takes either.
            (Node::Str(s), Kind::Choice(options)) => Cell::Text(
                options
                    .iter()
                    .find(|(id, _)| id == s)
                    .map_or_else(|| s.clone(), |(_, name)| name.clone()),
            ),
            (Node::Str(s), Kind::SequenceLevel(levels)) => Cell::Text(
                levels
                    .iter()
                    .find(|(id, _, _)| id == s)
                    .map_or_else(|| s.clone(), |(_, name, _)| name.clone()),
            ),
            (Node::Str(s), _) => Cell::Text(s.clone()),
            (Node::Seq(items), _) => Cell::Text(
                items
                    .iter()
                    .filter_map(|i| {
                        i.text()
                            .map(str::to_string)
                            .or_else(|| i.number().map(values::number_text))
                    })
                    .collect::<Vec<_>>()
                    .join(if matches!(self.kind, Kind::Ratings(_)) {
                        " "
                    } else {
                        "、"
                    }),
            ),
            _ => Cell::Empty,
        }
    }

    /// The value a cell gives this column, or why it cannot. An empty cell gives nothing.
    pub fn value(&self, cell: &Cell, language: Language) -> Result<Option<Node>, String> {
        if cell.is_blank() {
            return Ok(None);
        }
        let text = values::normalise(&cell.shown());
        let zh = language == Language::ZhCn;
        let node = match &self.kind {
            Kind::Text => Node::Str(text),
            Kind::Date => {
                let date = match cell {
                    Cell::Date(serial) | Cell::Number(serial) => values::serial_date(*serial),
                    _ => values::date(&text),
                };
                Node::Str(
                    date.ok_or_else(|| {
                        if zh {
                            "不是日期；请写成 2024-12-12"
                        } else {
                            "is not a date; write it as 2024-12-12"
                        }
                        .to_string()
                    })?
                    .to_string(),
                )
            }
            Kind::Number { max } => {
                let n = match cell {
                    Cell::Number(n) => Some(*n),
                    _ => values::number(&text),
                }
                .ok_or_else(|| {
                    if zh {
                        "不是数字"
                    } else {
                        "is not a number"
                    }
                    .to_string()
                })?;
                let top = max.unwrap_or(f64::INFINITY);
                if n < 0.0 || n > top {
                    return Err(match (zh, max) {
                        (true, Some(m)) => {
                            format!("超出范围；请填 0 到 {} 之间的数", values::number_text(*m))
                        }
                        (false, Some(m)) => format!(
                            "is out of range; write a number from 0 to {}",
                            values::number_text(*m)
                        ),
                        (true, None) => "不能为负数".to_string(),
                        (false, None) => "must not be negative".to_string(),
                    });
                }
                Node::from_number(n)
            }
            Kind::Level { max } => {
                let level = match cell {
                    Cell::Number(n) if n.fract() == 0.0 && *n >= 0.0 => Some(*n as u32),
                    _ => values::whole(&text),
                }
                .filter(|l| l <= max)
                .ok_or_else(|| {
                    if zh {
                        format!("不是有效的等级；请填 0 到 {max} 的整数")
                    } else {
                        format!("is not a level; write a whole number from 0 to {max}")
                    }
                })?;
                Node::Int(i64::from(level))
            }
            Kind::YesNo => Node::Bool(match cell {
                Cell::Bool(b) => *b,
                _ => values::yes_no(&text).ok_or_else(|| {
                    if zh {
                        "请填“是”或“否”"
                    } else {
                        "write yes or no"
                    }
                    .to_string()
                })?,
            }),
            Kind::Choice(options) => {
                let folded = text.to_lowercase();
                let found = options.iter().find(|(id, name)| {
                    id.to_lowercase() == folded || values::normalise(name).to_lowercase() == folded
                });
                Node::Str(
                    found
                        .ok_or_else(|| {
                            let list = options
                                .iter()
                                .map(|(id, name)| {
                                    if id == name {
                                        id.clone()
                                    } else {
                                        format!("{name}（{id}）")
                                    }
                                })
                                .collect::<Vec<_>>()
                                .join(if zh { "、" } else { ", " });
                            if zh {
                                format!("不是可选值；可填：{list}")
                            } else {
                                format!("is not one of: {list}")
                            }
                        })?
                        .0
                        .clone(),
                )
            }
            Kind::SequenceLevel(levels) => {
                let forms: Vec<(&str, &str, &str)> = levels
                    .iter()
                    .map(|(id, name, title)| (id.as_str(), name.as_str(), title.as_str()))
                    .collect();
                let found = values::level(&text, &forms).ok_or_else(|| level_help(&forms, zh))?;
                Node::Str(levels[found].0.clone())
            }
            Kind::List => Node::Seq(values::list(&text).into_iter().map(Node::Str).collect()),
            Kind::Ratings(scale) => {
                let ratings = values::ratings(&text, scale);
                if let Some(bad) = ratings.iter().find(|r| !scale.contains(r)) {
                    return Err(if zh {
                        format!(
                            "“{bad}”不是绩效等级；可填 {}，由远及近，用逗号或空格分开",
                            scale.join("、")
                        )
                    } else {
                        format!(
                            "`{bad}` is not a rating; write {} oldest first, separated by commas or spaces",
                            scale.join(", ")
                        )
                    });
                }
                Node::Seq(ratings.into_iter().map(Node::Str).collect())
            }
        };
        Ok(Some(node))
    }

    /// Whether a header cell names this column: its label (with or without `*`) or its key.
    pub fn matches(&self, header: &str) -> bool {
        let header = normalise_header(header);
        header == normalise_header(&self.label) || header.eq_ignore_ascii_case(&self.key)
    }
}

/// Why a cell is no level: the forms a level may be written in, from the sequence's own.
fn level_help(levels: &[(&str, &str, &str)], zh: bool) -> String {
    let list = levels
        .iter()
        .map(|(id, name, _)| {
            if zh {
                format!("{name}（{id}）")
            } else {
                format!("{name} ({id})")
            }
        })
        .collect::<Vec<_>>()
        .join(if zh { "、" } else { ", " });
    let example = levels
        .iter()
        .find(|(_, name, _)| values::whole(name).is_some())
        .or(levels.first());
    let forms = match example {
        Some((id, name, title)) => {
            let number = values::whole(name)
                .map(|n| format!("{n}、{n}级、"))
                .unwrap_or_default();
            let number = if zh {
                number
            } else {
                number.replace('、', ", ")
            };
            if zh {
                format!("；写法可为 {number}{name}、{id} 或 {name} {title}")
            } else {
                format!("; it may be written {number}{name}, {id} or {name} {title}")
            }
        }
        None => String::new(),
    };
    if zh {
        format!("不是本序列的级别；可填：{list}{forms}")
    } else {
        format!("is not a level of the sequence; write one of: {list}{forms}")
    }
}

fn yes_no_cell(b: bool, language: Language) -> Cell {
    let (yes, no) = yes_no_words(language);
    Cell::Text(if b { yes } else { no }.to_string())
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

/// The columns of the sheet for `level` of `sequence`, in sheet order.
pub fn for_level(standard: &Standard, sequence: &Sequence, level: &Level) -> Vec<Column> {
    let mut columns = record_columns(standard, sequence, Some(level));
    columns.extend(level_columns(standard, sequence, level));
    columns
}

/// Every column a sheet of `sequence` may carry (any level), for reading headers.
pub fn for_sequence(standard: &Standard, sequence: &Sequence) -> Vec<Column> {
    let mut columns = record_columns(standard, sequence, None);
    for level in &sequence.levels {
        for column in level_columns(standard, sequence, level) {
            if !columns.iter().any(|c| c.key == column.key) {
                columns.push(column);
            }
        }
    }
    columns
}

/// The record's own fields: who, where, which cycle and level, when, by whom.
fn record_columns(standard: &Standard, sequence: &Sequence, level: Option<&Level>) -> Vec<Column> {
    let lang = standard.settings.language;
    let t = |key: &str| i18n::get(lang, key).to_string();
    let (colon, semi) = (t("sheet_colon"), t("sheet_semicolon"));
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
    let positions: Vec<(String, String)> = sequence
        .positions
        .iter()
        .filter(|p| level.is_none_or(|l| p.covers(sequence, l)))
        .map(|p| (p.id.clone(), p.name.clone()))
        .collect();
    let mut columns = vec![
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
        column(
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
        ),
    ];
    if !positions.is_empty() {
        columns.push(choose(
            Field::Position,
            "position",
            t("sheet_position"),
            positions,
            lang,
        ));
    }
    columns.extend([
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
    ]);
    columns
}

/// What the level asks for: the facts its conditions read, its competencies and behaviours,
/// its scoring, the exam, the sequence's KPIs and reference items.
fn level_columns(standard: &Standard, sequence: &Sequence, level: &Level) -> Vec<Column> {
    let settings = &standard.settings;
    let lang = settings.language;
    let t = |key: &str| i18n::get(lang, key).to_string();
    let (colon, semi) = (t("sheet_colon"), t("sheet_semicolon"));
    let c = &level.conditions;
    let mut columns = Vec::new();
    if c.reads(Fact::Education) {
        let options: Vec<(String, String)> = [
            Education::HighSchool,
            Education::Associate,
            Education::Bachelor,
            Education::Master,
            Education::Doctorate,
        ]
        .into_iter()
        .map(|e| (e.id().to_string(), i18n::education(lang, e).to_string()))
        .collect();
        columns.push(choose(
            Field::Fact(Fact::Education),
            "facts.education",
            t("sheet_education"),
            options,
            lang,
        ));
    }
    let numbers = [
        (Fact::ExperienceYears, "sheet_note_years"),
        (Fact::YearsInLevel, "sheet_note_years"),
        (Fact::TrainingHours, "sheet_note_hours"),
    ];
    for (fact, note) in numbers {
        if c.reads(fact) {
            let name = fact.key();
            columns.push(column(
                Field::Fact(fact),
                &format!("facts.{name}"),
                t(&format!("sheet_{name}")),
                t(note),
                Kind::Number { max: None },
                false,
            ));
        }
    }
    if c.reads(Fact::Certifications) {
        let note = format!(
            "{}{semi}{}{colon}{}",
            t("sheet_note_list"),
            t("sheet_note_required"),
            c.certifications.join("、")
        );
        columns.push(column(
            Field::Fact(Fact::Certifications),
            "facts.certifications",
            t("sheet_certifications"),
            note,
            Kind::List,
            false,
        ));
    }
    if c.reads(Fact::Performance) {
        let note = format!(
            "{}{colon}{}",
            t("sheet_note_ratings"),
            settings.performance_ratings.join(" ")
        );
        columns.push(column(
            Field::Fact(Fact::Performance),
            "facts.performance",
            t("sheet_performance"),
            note,
            Kind::Ratings(settings.performance_ratings.clone()),
            false,
        ));
    }
    if c.reads(Fact::Major) {
        columns.push(column(
            Field::Fact(Fact::Major),
            "facts.major",
            t("sheet_major"),
            String::new(),
            Kind::Text,
            false,
        ));
    }
    if c.reads(Fact::Title) {
        let options: Vec<(String, String)> = settings
            .professional_titles
            .iter()
            .map(|t| (t.clone(), t.clone()))
            .collect();
        columns.push(choose(
            Field::Fact(Fact::Title),
            "facts.title",
            t("sheet_title"),
            options,
            lang,
        ));
    }
    for other in &c.other {
        columns.push(column(
            Field::Other(other.id.clone()),
            &format!("facts.other.{}", other.id),
            other.text.clone(),
            t("sheet_note_yes_no"),
            Kind::YesNo,
            false,
        ));
    }
    // The level's requirements and those the positions open at it add or raise.
    let mut requirements = level.requirements.clone();
    for position in sequence.positions_at(level) {
        for r in sequence.requirements_for(level, Some(position)) {
            if !requirements
                .iter()
                .any(|have| have.competency == r.competency)
            {
                requirements.push(r);
            }
        }
    }
    for r in &requirements {
        let Some(competency) = standard.competency(&r.competency) else {
            continue;
        };
        let key_mark = if r.key {
            t("sheet_note_key")
        } else {
            String::new()
        };
        let (kind, note, one_line) = if competency.is_one_line() {
            (
                Kind::YesNo,
                format!("{}{key_mark}", t("sheet_note_yes_no")),
                true,
            )
        } else {
            let max = competency.max_level();
            let note = t("sheet_note_level")
                .replace("{max}", &max.to_string())
                .replace("{required}", &r.level.to_string());
            (Kind::Level { max }, format!("{note}{key_mark}"), false)
        };
        columns.push(column(
            Field::Competency {
                id: competency.id.clone(),
                one_line,
            },
            &format!("competencies.{}", competency.id),
            competency.name.clone(),
            note,
            kind,
            false,
        ));
    }
    for b in &level.behaviours {
        let Some((module, activity)) = sequence.activity(&b.activity) else {
            continue;
        };
        let key_mark = if b.key {
            t("sheet_note_key")
        } else {
            String::new()
        };
        columns.push(column(
            Field::Behaviour(activity.id.clone()),
            &format!("behaviours.{}", activity.id),
            format!("{}·{}", module.name, activity.name),
            format!("{}{key_mark}{colon}{}", t("sheet_note_yes_no"), b.criterion),
            Kind::YesNo,
            false,
        ));
    }
    for m in &level.scoring.modules {
        let Some(definition) = sequence.module(&m.module) else {
            continue;
        };
        if definition.kpi {
            continue;
        }
        let range = |max: f64| t("sheet_note_points").replace("{max}", &values::number_text(max));
        if definition.exam {
            columns.push(column(
                Field::WrittenExam,
                "written_exam",
                t("sheet_written_exam"),
                range(m.points),
                Kind::Number {
                    max: Some(m.points),
                },
                false,
            ));
        } else if m.items.is_empty() {
            columns.push(column(
                Field::Score {
                    module: m.module.clone(),
                    item: None,
                },
                &format!("scores.{}", m.module),
                definition.name.clone(),
                range(m.points),
                Kind::Number {
                    max: Some(m.points),
                },
                false,
            ));
        } else {
            for (item, points) in &m.items {
                columns.push(column(
                    Field::Score {
                        module: m.module.clone(),
                        item: Some(item.clone()),
                    },
                    &format!("scores.{}.{item}", m.module),
                    format!(
                        "{}·{}",
                        definition.name,
                        sequence.item_name(&m.module, item)
                    ),
                    range(*points),
                    Kind::Number { max: Some(*points) },
                    false,
                ));
            }
        }
    }
    for kpi in &sequence.kpis {
        let unit = kpi
            .unit
            .as_deref()
            .map(|u| format!(" {u}"))
            .unwrap_or_default();
        let target = kpi
            .target
            .map(|v| {
                format!(
                    "{}{colon}{}{unit}",
                    t("sheet_note_target"),
                    values::number_text(v)
                )
            })
            .unwrap_or_else(|| unit.clone());
        columns.push(column(
            Field::Kpi(kpi.id.clone()),
            &format!("kpis.{}", kpi.id),
            format!("KPI·{}", kpi.name),
            format!("{}{semi}{}", kpi.formula, target),
            Kind::Number { max: None },
            false,
        ));
    }
    for item in &sequence.reference_items {
        if item.source == crate::model::ReferenceSource::Record {
            columns.push(column(
                Field::Reference(item.id.clone()),
                &format!("reference.{}", item.id),
                format!("{}·{}", t("sheet_reference"), item.name),
                item.description.clone().unwrap_or_default(),
                Kind::Text,
                false,
            ));
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

/// A column that takes one of `options`, which its note lists.
fn choose(
    field: Field,
    key: &str,
    label: String,
    options: Vec<(String, String)>,
    lang: Language,
) -> Column {
    let note = format!(
        "{}{}{}",
        i18n::get(lang, "sheet_note_choose"),
        i18n::get(lang, "sheet_colon"),
        choice_list(&options, lang)
    );
    column(field, key, label, note, Kind::Choice(options), false)
}

fn choice_list(options: &[(String, String)], lang: Language) -> String {
    options
        .iter()
        .map(|(id, name)| paren(lang, name, id))
        .collect::<Vec<_>>()
        .join(if lang == Language::ZhCn { "、" } else { ", " })
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
