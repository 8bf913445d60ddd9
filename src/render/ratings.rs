//! Ratings as readers name them, shared by the report and the calibration pack: a role's word
//! and an item's name.

use crate::model::{Item, Sequence, Standard};

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
