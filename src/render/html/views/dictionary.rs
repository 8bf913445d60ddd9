//! The competency dictionary: each category with its competencies and their grades.

use serde::Serialize;

use super::searchable::{SearchKind, Searchable};
use crate::model::Standard;
use crate::render::markdown::to_plain_text as plain;
use crate::urls::{self, SitePath, anchor};

#[derive(Serialize)]
pub struct DictionaryView<'a> {
    pub categories: Vec<CategoryView<'a>>,
}

#[derive(Serialize)]
pub struct CategoryView<'a> {
    pub anchor: String,
    pub name: &'a str,
    pub description: Option<&'a str>,
    pub competencies: Vec<CompetencyCard<'a>>,
}

#[derive(Serialize)]
pub struct CompetencyCard<'a> {
    pub url: String,
    pub name: &'a str,
    /// (level, title)
    pub levels: Vec<(u32, &'a str)>,
}

pub(super) fn dictionary<'a>(here: &SitePath, standard: &'a Standard) -> DictionaryView<'a> {
    DictionaryView {
        categories: standard
            .categories
            .iter()
            .map(|c| CategoryView {
                anchor: anchor::category(&c.id),
                name: &c.name,
                description: c.description.as_deref(),
                competencies: standard
                    .competencies
                    .iter()
                    .filter(|k| k.category == c.id)
                    .map(|k| CompetencyCard {
                        url: here.link_to(&urls::competency(&k.id)),
                        name: &k.name,
                        levels: k
                            .levels
                            .iter()
                            .map(|l| (l.level, l.title.as_str()))
                            .collect(),
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// The dictionary's sections in the search index: each category, its description and the
/// names of its competencies.
pub(super) fn search(standard: &Standard) -> Searchable {
    let mut found = Searchable::new(
        SearchKind::Competency,
        standard.settings.language.get("competencies"),
    );
    for cat in &standard.categories {
        let names: Vec<&str> = standard
            .competencies
            .iter()
            .filter(|c| c.category == cat.id)
            .map(|c| c.name.as_str())
            .collect();
        let text = format!(
            "{} {}",
            cat.description.as_deref().map(plain).unwrap_or_default(),
            names.join(" ")
        );
        found.add(cat.name.clone(), Some(&anchor::category(&cat.id)), text);
    }
    found
}
