//! The home page: each sequence with its levels, the Markdown pages, the dictionary and the
//! scoring rules.

use serde::Serialize;

use super::layout::Link;
use super::pieces::{LevelBrief, briefs};
use crate::model::Standard;
use crate::render::words;
use crate::urls::{self, SitePath};

#[derive(Serialize)]
pub struct HomeView<'a> {
    pub status_label: &'static str,
    pub sequences: Vec<HomeSequence<'a>>,
    pub pages: Vec<Link<'a>>,
    pub dictionary: String,
    pub scoring: String,
}

#[derive(Serialize)]
pub struct HomeSequence<'a> {
    pub url: String,
    pub name: &'a str,
    pub description: Option<&'a str>,
    pub levels: Vec<LevelBrief<'a>>,
}

pub(super) fn home<'a>(here: &SitePath, standard: &'a Standard) -> HomeView<'a> {
    HomeView {
        status_label: words::status(standard.settings.language, standard.settings.status),
        sequences: standard
            .sequences
            .iter()
            .map(|s| HomeSequence {
                url: here.link_to(&urls::sequence(&s.id)),
                name: &s.name,
                description: s.description.as_deref(),
                levels: briefs(here, s),
            })
            .collect(),
        pages: standard
            .pages
            .iter()
            .map(|p| Link {
                url: here.link_to(&urls::page(&p.id)),
                name: &p.title,
                title: "",
            })
            .collect(),
        dictionary: here.link_to(&urls::dictionary()),
        scoring: here.link_to(&urls::scoring()),
    }
}
