//! What a column's note says it takes: one of a list of options.

use super::{Column, Field, Kind, column};
use crate::model::Language;
use crate::render::i18n::{self, paren};

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
        i18n::get(lang, "sheet_note_choose"),
        i18n::get(lang, "colon"),
        choice_list(&options, lang)
    );
    column(field, key, label, note, Kind::Choice(options), false)
}

pub(super) fn choice_list(options: &[(String, String)], lang: Language) -> String {
    options
        .iter()
        .map(|(id, name)| paren(lang, name, id))
        .collect::<Vec<_>>()
        .join(crate::render::i18n::get(lang, "list_sep"))
}
