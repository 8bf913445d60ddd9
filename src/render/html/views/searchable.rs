//! What a page gives the search index: its kind, the title results show, and its sections, each
//! with the anchor it starts at. Each kind of page says so in its own file, beside its view, and
//! `views::searchable` names every kind of page, so a new kind is found in search as soon as it
//! is rendered (or says why not).

use crate::model::Language;
use crate::render::markdown::to_plain_text;

/// What search results are grouped by: a kind of page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchKind {
    Level,
    Competency,
    Sequence,
    Position,
    Compare,
    Scoring,
    Page,
}

impl SearchKind {
    /// Every kind, in the order result groups are shown (`search::documents` stops on a kind
    /// left out, so a build of its page shows the omission).
    pub const ALL: [SearchKind; 7] = [
        SearchKind::Level,
        SearchKind::Competency,
        SearchKind::Sequence,
        SearchKind::Position,
        SearchKind::Compare,
        SearchKind::Scoring,
        SearchKind::Page,
    ];

    /// The kind as the index and the page script name it.
    pub fn id(self) -> &'static str {
        match self {
            SearchKind::Level => "level",
            SearchKind::Competency => "competency",
            SearchKind::Sequence => "sequence",
            SearchKind::Position => "position",
            SearchKind::Compare => "compare",
            SearchKind::Scoring => "scoring",
            SearchKind::Page => "page",
        }
    }

    /// The UI string that heads its group of results.
    pub fn label_key(self) -> &'static str {
        match self {
            SearchKind::Level => "search_kind_level",
            SearchKind::Competency => "search_kind_competency",
            SearchKind::Sequence => "search_kind_sequence",
            SearchKind::Position => "search_kind_position",
            SearchKind::Compare => "search_kind_compare",
            SearchKind::Scoring => "search_kind_scoring",
            SearchKind::Page => "search_kind_page",
        }
    }
}

pub struct Searchable {
    /// What results are grouped by.
    pub kind: SearchKind,
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
    pub(super) fn new(kind: SearchKind, title: impl Into<String>) -> Searchable {
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
    lang.get("rule_sep")
}

/// List entries (Markdown) as plain text, kept apart the way the language writes lists.
pub(super) fn joined(lang: Language, items: &[String]) -> String {
    items
        .iter()
        .map(|x| to_plain_text(x))
        .collect::<Vec<_>>()
        .join(separator(lang))
}
