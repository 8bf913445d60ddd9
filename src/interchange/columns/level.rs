//! What the level asks for, a column each: the facts its conditions read, its competencies
//! and behaviours, its scoring, the exam, the sequence's KPIs and reference items.

use super::notes::choose;
use super::{Column, Field, Kind, column};
use crate::interchange::values;
use crate::model::{Education, Fact, Language, Level, ReferenceSource, Sequence, Standard};
use crate::render::words;

/// The level's columns, in sheet order.
pub(super) fn level_columns(
    standard: &Standard,
    sequence: &Sequence,
    level: &Level,
) -> Vec<Column> {
    let mut columns = fact_columns(standard, level);
    columns.extend(competency_columns(standard, sequence, level));
    columns.extend(behaviour_columns(standard, sequence, level));
    columns.extend(score_columns(standard, sequence, level));
    columns.extend(kpi_columns(standard, sequence));
    columns.extend(reference_columns(standard, sequence));
    columns
}

/// The facts that are a number, with the note that says in what.
const NUMBER_FACTS: [(Fact, &str); 3] = [
    (Fact::ExperienceYears, "sheet_note_years"),
    (Fact::YearsInLevel, "sheet_note_years"),
    (Fact::TrainingHours, "sheet_note_hours"),
];

/// The facts the level's basic conditions read, and its conditions judged met or not.
fn fact_columns(standard: &Standard, level: &Level) -> Vec<Column> {
    let settings = &standard.settings;
    let lang = settings.language;
    let t = |key: &str| lang.get(key).to_string();
    let (colon, semi) = (t("colon"), t("sheet_semicolon"));
    let c = &level.conditions;
    let mut columns = Vec::new();
    if c.reads(Fact::Education) {
        columns.push(choose(
            Field::Fact(Fact::Education),
            "facts.education",
            t("sheet_education"),
            education_options(lang),
            lang,
        ));
    }
    for (fact, note) in NUMBER_FACTS {
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
    columns
}

/// The degrees, lowest first, as (id, name).
fn education_options(lang: Language) -> Vec<(String, String)> {
    [
        Education::HighSchool,
        Education::Associate,
        Education::Bachelor,
        Education::Master,
        Education::Doctorate,
    ]
    .into_iter()
    .map(|e| (e.id().to_string(), words::education(lang, e).to_string()))
    .collect()
}

/// The competencies required: the level's, and those the positions open at it add or raise.
fn competency_columns(standard: &Standard, sequence: &Sequence, level: &Level) -> Vec<Column> {
    let lang = standard.settings.language;
    let t = |key: &str| lang.get(key).to_string();
    let mut columns = Vec::new();
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
    columns
}

/// The behaviour-standard activities the level requires, met or not.
fn behaviour_columns(standard: &Standard, sequence: &Sequence, level: &Level) -> Vec<Column> {
    let lang = standard.settings.language;
    let t = |key: &str| lang.get(key).to_string();
    let colon = t("colon");
    let mut columns = Vec::new();
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
    columns
}

/// The scores the level's modules take: the written exam, a whole module, or each item (a
/// module scored from the KPIs takes none).
fn score_columns(standard: &Standard, sequence: &Sequence, level: &Level) -> Vec<Column> {
    let lang = standard.settings.language;
    let t = |key: &str| lang.get(key).to_string();
    let mut columns = Vec::new();
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
    columns
}

/// A result per KPI of the sequence.
fn kpi_columns(standard: &Standard, sequence: &Sequence) -> Vec<Column> {
    let lang = standard.settings.language;
    let t = |key: &str| lang.get(key).to_string();
    let (colon, semi) = (t("colon"), t("sheet_semicolon"));
    let mut columns = Vec::new();
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
    columns
}

/// The reference items read from the record.
fn reference_columns(standard: &Standard, sequence: &Sequence) -> Vec<Column> {
    let lang = standard.settings.language;
    let t = |key: &str| lang.get(key).to_string();
    let mut columns = Vec::new();
    for item in &sequence.reference_items {
        if item.source == ReferenceSource::Record {
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
