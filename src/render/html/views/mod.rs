//! The view models of the site's templates: serialisable structs built from the standard, one
//! per kind of page, with every link already computed by `urls` relative to the page. Templates
//! only lay them out.
//!
//! One file per kind of page: its view struct, the function that builds it, and what of the
//! page the search index holds. `view` picks the view a `SitePage` needs and `searchable` its
//! search sections; both name every kind of page, so a new kind cannot be left out of either.

mod changelog;
mod compare;
mod competency;
mod dictionary;
mod downloads;
mod home;
mod layout;
mod level;
mod page;
mod picker;
mod pieces;
mod position;
mod scoring;
mod searchable;
mod sequence;

use std::collections::BTreeMap;

use serde::Serialize;

pub use self::changelog::changelog;
use self::compare::{CompareView, compare_view};
use self::competency::{CompetencyView, competency};
use self::dictionary::{DictionaryView, dictionary};
use self::downloads::{DownloadsView, downloads};
use self::home::{HomeView, home};
pub use self::layout::{Layout, LayoutLinks, Nav, PageContext, SiteFacts};
use self::level::{LevelView, level_view};
use self::page::{PageView, page_view};
use self::picker::{PickerView, picker};
use self::position::{PositionView, position_view};
use self::scoring::{ScoringView, scoring};
pub use self::searchable::{SearchKind, Searchable};
use self::sequence::{SequenceView, sequence};
use crate::model::Standard;
use crate::urls::SitePage;

/// Element ids the layout itself uses, which Markdown headings must not take.
pub const LAYOUT_IDS: &[&str] = &[
    "main",
    "search-input",
    "search-hint",
    "search-results",
    "menu-toggle",
    "site-nav",
];

/// The view of one page, by kind.
#[derive(Serialize)]
#[serde(untagged)]
pub enum View<'a> {
    Home(HomeView<'a>),
    Sequence(SequenceView<'a>),
    Level(Box<LevelView<'a>>),
    Downloads(DownloadsView<'a>),
    Picker(PickerView<'a>),
    Compare(Box<CompareView<'a>>),
    Position(PositionView<'a>),
    Dictionary(DictionaryView<'a>),
    Competency(CompetencyView<'a>),
    Page(PageView<'a>),
    Scoring(ScoringView<'a>),
    NotFound {},
}

/// The template, the title and the view of a page.
pub fn view<'a>(
    page: SitePage,
    standard: &'a Standard,
    t: &BTreeMap<&'static str, &'static str>,
) -> (&'static str, String, View<'a>) {
    let here = page.path(standard);
    let text = |k: &str| t.get(k).copied().unwrap_or_default().to_string();
    match page {
        SitePage::Home => (
            "index.html",
            text("home"),
            View::Home(home(&here, standard)),
        ),
        SitePage::Sequence(s) => {
            let seq = &standard.sequences[s];
            (
                "sequence.html",
                seq.name.clone(),
                View::Sequence(sequence(&here, seq, standard)),
            )
        }
        SitePage::Level(s, l) => {
            let seq = &standard.sequences[s];
            let level = &seq.levels[l];
            (
                "level.html",
                format!("{} {} · {}", level.name, level.title, seq.name),
                View::Level(Box::new(level_view(&here, seq, l, standard))),
            )
        }
        SitePage::Sheet(s, l) => {
            let seq = &standard.sequences[s];
            let level = &seq.levels[l];
            (
                "sheet.html",
                format!(
                    "{} · {} {} · {}",
                    text("sheet"),
                    level.name,
                    level.title,
                    seq.name
                ),
                View::Level(Box::new(level_view(&here, seq, l, standard))),
            )
        }
        SitePage::Downloads => downloads_view(standard, t, &|_| true),
        SitePage::Picker(s) => {
            let seq = &standard.sequences[s];
            (
                "compare-picker.html",
                format!("{} · {}", text("compare"), seq.name),
                View::Picker(picker(&here, seq, standard)),
            )
        }
        SitePage::Compare(s, a, b) => {
            let seq = &standard.sequences[s];
            let (from, to) = (&seq.levels[a], &seq.levels[b]);
            (
                "compare.html",
                format!("{} → {} · {}", from.name, to.name, seq.name),
                View::Compare(Box::new(compare_view(&here, seq, from, to, standard))),
            )
        }
        SitePage::Position(s, p) => {
            let seq = &standard.sequences[s];
            let position = &seq.positions[p];
            (
                "position.html",
                format!("{} · {}", position.name, seq.name),
                View::Position(position_view(&here, seq, position, standard)),
            )
        }
        SitePage::Dictionary => (
            "competencies.html",
            text("competencies"),
            View::Dictionary(dictionary(&here, standard)),
        ),
        SitePage::Competency(c) => {
            let k = &standard.competencies[c];
            (
                "competency.html",
                k.name.clone(),
                View::Competency(competency(&here, c, standard)),
            )
        }
        SitePage::Page(p) => {
            let page = &standard.pages[p];
            (
                "page.html",
                page.title.clone(),
                View::Page(page_view(page, standard)),
            )
        }
        SitePage::Scoring => (
            "scoring.html",
            text("scoring_rules"),
            View::Scoring(scoring(&here, standard)),
        ),
        SitePage::NotFound => ("404.html", text("not_found"), View::NotFound {}),
    }
}

/// The downloads page offering only the files `offered` says the build holds.
pub fn downloads_view<'a>(
    standard: &'a Standard,
    t: &BTreeMap<&'static str, &'static str>,
    offered: &dyn Fn(&crate::urls::SitePath) -> bool,
) -> (&'static str, String, View<'a>) {
    let here = SitePage::Downloads.path(standard);
    let title = t.get("downloads").copied().unwrap_or_default().to_string();
    let view = View::Downloads(downloads(&here, standard, offered));
    ("downloads.html", title, view)
}

/// What a page gives the search index. Every kind of page is named here, without a catch-all,
/// so a new kind must say what of it is found (beside its view, in its own file) or why
/// nothing is.
pub fn searchable(page: SitePage, standard: &Standard) -> Option<Searchable> {
    let seq = |s: usize| &standard.sequences[s];
    match page {
        SitePage::Sequence(s) => Some(sequence::search(seq(s), standard)),
        SitePage::Position(s, p) => Some(position::search(seq(s), &seq(s).positions[p], standard)),
        SitePage::Level(s, l) => Some(level::search(seq(s), &seq(s).levels[l], standard)),
        SitePage::Sheet(s, l) => Some(level::search_sheet(seq(s), &seq(s).levels[l], standard)),
        SitePage::Downloads => Some(downloads::search(standard)),
        SitePage::Compare(s, a, b) => Some(compare::search(
            seq(s),
            &seq(s).levels[a],
            &seq(s).levels[b],
            standard,
        )),
        SitePage::Dictionary => Some(dictionary::search(standard)),
        SitePage::Competency(c) => Some(competency::search(&standard.competencies[c], standard)),
        SitePage::Page(p) => Some(page::search(&standard.pages[p], standard)),
        SitePage::Scoring => Some(scoring::search(standard)),
        // The home page and the picker only list what other pages hold; the 404 page holds
        // nothing.
        SitePage::Home | SitePage::Picker(_) | SitePage::NotFound => None,
    }
}
