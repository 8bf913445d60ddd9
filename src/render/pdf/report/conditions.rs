//! The basic conditions: what each requires and the fact the record gives.

use serde::Serialize;

use crate::evaluate::{ConditionKind, Evaluation};
use crate::model::{Assessment, Education, Facts, Language, format_score};
use crate::render::words;

#[derive(Serialize)]
pub(super) struct ConditionRow {
    label: &'static str,
    required: String,
    actual: String,
    met: bool,
    /// An entry-only condition a re-certification does not apply.
    waived: bool,
}

pub(super) fn conditions(lang: Language, a: &Assessment, e: &Evaluation) -> Vec<ConditionRow> {
    e.conditions
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let (label, required) = words::condition(lang, &c.kind);
            // Several conditions of one kind (two "other" conditions) share one label.
            let repeated = i > 0 && words::condition(lang, &e.conditions[i - 1].kind).0 == label;
            ConditionRow {
                label: if repeated { "" } else { label },
                required,
                actual: fact(lang, &c.kind, &a.facts),
                met: c.met,
                waived: c.waived,
            }
        })
        .collect()
}

/// A basic condition's fact as the record gives it.
fn fact(lang: Language, kind: &ConditionKind, f: &Facts) -> String {
    let t = |k: &str| lang.get(k);
    let missing = || "—".to_string();
    match kind {
        ConditionKind::Education(_) => f
            .education
            .map_or_else(missing, |e| words::education(lang, e).to_string()),
        ConditionKind::ExperienceYears(_) => f
            .experience_years
            .map_or_else(missing, |n| words::amount(lang, "years", &format_score(n))),
        ConditionKind::YearsInLevel(_) => f
            .years_in_level
            .map_or_else(missing, |n| words::amount(lang, "years", &format_score(n))),
        ConditionKind::TrainingHours(_) => f
            .training_hours
            .map_or_else(missing, |n| words::amount(lang, "hours", &format_score(n))),
        ConditionKind::Certification(name) => t(if f.certifications.contains(name) {
            "held"
        } else {
            "not_held"
        })
        .to_string(),
        ConditionKind::Performance(rule) => {
            let window = &f.performance[f.performance.len().saturating_sub(rule.last as usize)..];
            if window.is_empty() {
                t("no_ratings").to_string()
            } else {
                window.join(" ")
            }
        }
        ConditionKind::Major(_) => f.major.clone().unwrap_or_else(missing),
        ConditionKind::Title(_) => f.title.clone().unwrap_or_else(missing),
        // The facts any alternative looks at, each labelled.
        ConditionKind::Alternatives(list) => {
            let mut facts = Vec::new();
            let mut add = |used: bool, label: &str, kind: ConditionKind| {
                if used {
                    facts.push(format!("{label} {}", fact(lang, &kind, f)));
                }
            };
            add(
                list.iter().any(|a| a.education.is_some()),
                t("education"),
                ConditionKind::Education(Education::HighSchool),
            );
            add(
                list.iter().any(|a| !a.majors.is_empty()),
                t("major"),
                ConditionKind::Major(vec![]),
            );
            add(
                list.iter().any(|a| a.experience_years.is_some()),
                t("experience_years"),
                ConditionKind::ExperienceYears(0.0),
            );
            add(
                list.iter().any(|a| a.years_in_level.is_some()),
                t("years_in_level"),
                ConditionKind::YearsInLevel(0.0),
            );
            add(
                list.iter().any(|a| a.training_hours.is_some()),
                t("training_hours"),
                ConditionKind::TrainingHours(0.0),
            );
            add(
                list.iter().any(|a| a.title.is_some()),
                t("professional_title"),
                ConditionKind::Title(String::new()),
            );
            facts.join(t("and_sep"))
        }
        // Said as met or not: "yes" to a condition worded in the negative would mislead.
        ConditionKind::Other(o) => match f.other.get(&o.id) {
            Some(true) => t("met").to_string(),
            Some(false) => t("unmet").to_string(),
            None => missing(),
        },
    }
}
