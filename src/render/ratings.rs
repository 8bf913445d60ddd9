//! Ratings as readers name them, shared by the report and the calibration pack: a role's word
//! and an item's name.

use crate::model::{Assessment, Item, Sequence, Standard, format_number};

/// A role's word: the built-in ones from the locale, a declared one by its id.
pub fn role_label(h: &Standard, role: &str) -> String {
    let key = format!("rating_role_{role}");
    let lang = h.settings.language;
    if lang.has(&key) {
        lang.get(&key).to_string()
    } else {
        role.to_string()
    }
}

/// An item as a reader knows it: the competency's or activity's name, "module · item".
pub fn item_name(h: &Standard, sequence: &Sequence, item: &Item) -> String {
    match item {
        Item::Competency(id) => h.competency_name(id).to_string(),
        Item::Behaviour(id) => sequence
            .activity(id)
            .map_or_else(|| id.clone(), |(_, a)| a.name.clone()),
        Item::Score { module, item } => {
            let m = sequence.module(module);
            let name = m.map_or(module.as_str(), |m| m.name.as_str());
            match item {
                None => name.to_string(),
                Some(i) => {
                    let item_name = m
                        .and_then(|m| m.item(i))
                        .map_or(i.as_str(), |x| x.name.as_str());
                    format!("{name} · {item_name}")
                }
            }
        }
    }
}

/// Per role that rated graded competencies, its mean level over them, then the result's mean
/// over the same competencies: `自评 3.1；上级 2.9；评委 3；结果 3`. Empty for a record of
/// final values.
pub fn role_means(standard: &Standard, a: &Assessment) -> String {
    let lang = standard.settings.language;
    let graded = |item: &Item| match item {
        Item::Competency(id) => standard.competency(id).is_some_and(|c| !c.is_one_line()),
        _ => false,
    };
    let mean = |values: Vec<f64>| {
        (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
    };
    let shown = |x: f64| format_number((x * 10.0).round() / 10.0);
    let mut parts: Vec<String> = standard
        .settings
        .ratings
        .roles
        .iter()
        .filter_map(|role| {
            let values: Vec<f64> = a
                .rated
                .items
                .iter()
                .filter(|(item, _)| graded(item))
                .filter_map(|(_, info)| info.by_role.get(role).copied())
                .collect();
            mean(values).map(|m| format!("{} {}", role_label(standard, role), shown(m)))
        })
        .collect();
    if parts.is_empty() {
        return String::new();
    }
    let result: Vec<f64> = a
        .rated
        .items
        .iter()
        .filter(|(item, _)| graded(item))
        .filter_map(|(_, info)| info.value)
        .collect();
    if let Some(m) = mean(result) {
        parts.push(format!("{} {}", lang.get("rating_result"), shown(m)));
    }
    parts.join(lang.get("items_sep"))
}

/// A value as its item reads: 达标 / 未达标 for met, else the number.
pub fn show_value(standard: &Standard, item: &Item, value: f64) -> String {
    if standard.reads_met(item) {
        let lang = standard.settings.language;
        lang.get(if value >= 0.5 {
            "behaviour_met"
        } else {
            "behaviour_unmet"
        })
        .to_string()
    } else {
        format_number(value)
    }
}

/// The record's divergent items by name, those a decision settled marked: `坚持不懈（已校准）`.
pub fn divergent_items(standard: &Standard, sequence: &Sequence, a: &Assessment) -> String {
    let lang = standard.settings.language;
    a.rated
        .items
        .iter()
        .filter(|(_, info)| info.divergent)
        .map(|(item, _)| {
            let name = item_name(standard, sequence, item);
            if a.rated.decisions(item).next().is_some() {
                format!(
                    "{name}{}",
                    lang.get("in_parens")
                        .replace("{text}", lang.get("calibrated"))
                )
            } else {
                name
            }
        })
        .collect::<Vec<_>>()
        .join(lang.get("list_sep"))
}

/// The record's calibration decisions, each `item from → to`.
pub fn calibrated_items(standard: &Standard, sequence: &Sequence, a: &Assessment) -> String {
    let lang = standard.settings.language;
    a.rated
        .calibration
        .iter()
        .map(|d| {
            format!(
                "{} {} → {}",
                item_name(standard, sequence, &d.item),
                format_number(d.from),
                format_number(d.to)
            )
        })
        .collect::<Vec<_>>()
        .join(lang.get("list_sep"))
}

/// The record's divergent items no calibration decision has settled, by name.
pub fn undecided(standard: &Standard, a: &Assessment) -> Vec<String> {
    let Some(sequence) = standard.sequence(&a.sequence) else {
        return Vec::new();
    };
    a.rated
        .items
        .iter()
        .filter(|(item, info)| info.divergent && a.rated.decisions(item).next().is_none())
        .map(|(item, _)| item_name(standard, sequence, item))
        .collect()
}
