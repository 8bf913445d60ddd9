//! What a page gives the search index: its kind, the title results show, and its sections, each
//! with the anchor it starts at. Each kind of page says so in its own file, beside its view, and
//! `views::searchable` names every kind of page, so a new kind is found in search as soon as it
//! is rendered (or says why not).

use crate::model::Language;
use crate::render::markdown::to_plain_text;

pub struct Searchable {
    /// One of `search::KINDS`: what results are grouped by.
    pub kind: &'static str,
    /// The page's title as results show it.
    pub title: String,
    pub sections: Vec<Section>,
}

pub struct Section {
    /// Empty for the page's opening text.
    pub title: String,
    /// Where the section starts on the page; `None` for the page's top.
    pub anchor: Option<String>,
    pub text: String,
}

impl Searchable {
    pub(super) fn new(kind: &'static str, title: impl Into<String>) -> Searchable {
        Searchable {
            kind,
            title: title.into(),
            sections: Vec::new(),
        }
    }

    pub(super) fn add(&mut self, title: impl Into<String>, anchor: Option<&str>, text: String) {
        self.sections.push(Section {
            title: title.into(),
            anchor: anchor.map(str::to_string),
            text,
        });
    }
}

/// What keeps list entries apart in a snippet, the way the language writes lists.
pub(super) fn separator(lang: Language) -> &'static str {
    if lang == Language::ZhCn { "；" } else { "; " }
}

/// List entries (Markdown) as plain text, kept apart the way the language writes lists.
pub(super) fn joined(lang: Language, items: &[String]) -> String {
    items
        .iter()
        .map(|x| to_plain_text(x))
        .collect::<Vec<_>>()
        .join(separator(lang))
}
