//! The competency dictionary: each category with its competencies and their grades.

use serde::Serialize;

use crate::model::Standard;
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
