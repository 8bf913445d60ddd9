//! The downloads page: the handbook PDF and its Word edition, each sequence's one-page sheets,
//! all inside the site (`downloads/`) so that the site works deployed alone.

use serde::Serialize;

use super::searchable::{SearchKind, Searchable};
use crate::model::Standard;
use crate::urls::{self, SitePath};

#[derive(Serialize)]
pub struct DownloadsView<'a> {
    pub title: &'a str,
    pub edition: &'a str,
    pub effective_date: String,
    /// Each link, or `None` where this build could not make the file (a handbook over its
    /// layout budget, say): the page then says so instead of linking to nothing.
    pub handbook: Option<String>,
    /// The Word edition, for OA approval.
    pub docx: Option<String>,
    pub sheets: Vec<SheetsLink<'a>>,
}

#[derive(Serialize)]
pub struct SheetsLink<'a> {
    pub name: &'a str,
    pub pdf: Option<String>,
    /// Each level's sheet page on the site.
    pub levels: Vec<super::layout::Link<'a>>,
}

pub(super) fn downloads<'a>(
    here: &SitePath,
    standard: &'a Standard,
    offered: &dyn Fn(&SitePath) -> bool,
) -> DownloadsView<'a> {
    let s = &standard.settings;
    let link = |file: SitePath| offered(&file).then(|| here.link_to(&file));
    DownloadsView {
        title: &s.title,
        edition: &s.edition,
        effective_date: s.effective_date.to_string(),
        handbook: link(urls::download::handbook()),
        docx: link(urls::download::handbook_docx()),
        sheets: standard
            .sequences
            .iter()
            .map(|q| SheetsLink {
                name: &q.name,
                pdf: link(urls::download::sheets(&q.id)),
                levels: q
                    .levels
                    .iter()
                    .map(|l| super::layout::Link {
                        url: here.link_to(&urls::sheet_page(&q.id, &l.id)),
                        name: &l.name,
                        title: &l.title,
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// What the search finds of it: the editions to download, by their names.
pub(super) fn search(standard: &Standard) -> Searchable {
    let lang = standard.settings.language;
    let mut found = Searchable::new(SearchKind::Page, lang.get("downloads"));
    let sheets: Vec<String> = standard
        .sequences
        .iter()
        .map(|q| format!("{} {}", q.name, lang.get("sheets")))
        .collect();
    found.add(
        "",
        None,
        format!(
            "{} PDF {} {} PDF",
            standard.settings.title,
            lang.get("handbook_word"),
            sheets.join(lang.get("list_sep")),
        ),
    );
    found
}
