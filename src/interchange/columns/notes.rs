//! What a column's note says it takes: one of a list of options.

use super::{Column, Field, Kind, column};
use crate::model::Language;
use crate::render::words::paren;

/// A column that takes one of `options`, which its note lists.
pub(super) fn choose(
    field: Field,
    key: &str,
    label: String,
    options: Vec<(String, String)>,
    lang: Language,
) -> Column {
    let note = format!(
        "{}{}{}",
        lang.get("sheet_note_choose"),
        lang.get("colon"),
        choice_list(&options, lang)
    );
    column(field, key, label, note, Kind::Choice(options), false)
}

pub(super) fn choice_list(options: &[(String, String)], lang: Language) -> String {
    options
        .iter()
        .map(|(id, name)| paren(lang, name, id))
        .collect::<Vec<_>>()
        .join(lang.get("list_sep"))
}
