//! A Markdown page of the handbook.

use serde::Serialize;

use super::LAYOUT_IDS;
use super::searchable::{SearchKind, Searchable};
use crate::model::{Page, Standard};
use crate::render::markdown::{self, HeadingIds};

#[derive(Serialize)]
pub struct PageView<'a> {
    pub title: &'a str,
    /// The page's Markdown as HTML (raw HTML in it already turned into text).
    pub body: String,
}

pub(super) fn page_view<'a>(page: &'a Page, standard: &Standard) -> PageView<'a> {
    PageView {
        title: &page.title,
        body: markdown::page_html(
            &page.body,
            standard.settings.raw_html,
            &mut HeadingIds::reserving(LAYOUT_IDS),
        )
        .0,
    }
}

/// The page's sections in the search index: the text before the first heading, then each
/// heading's.
pub(super) fn search(page: &Page, standard: &Standard) -> Searchable {
    let mut found = Searchable::new(SearchKind::Page, &page.title);
    let mut ids = HeadingIds::reserving(LAYOUT_IDS);
    let (_, sections) = markdown::page_html(&page.body, standard.settings.raw_html, &mut ids);
    for section in sections {
        found.add(section.title, section.id.as_deref(), section.text);
    }
    found
}
