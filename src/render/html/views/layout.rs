//! What every page shares: the layout (the standard's facts, the strings, the navigation
//! rendered once per folder depth), its links, and a page's template context.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::{Standard, Status};
use crate::urls::{self, SitePath};

/// What every page at one folder depth shares: the standard's facts, the strings and the
/// navigation. Built once per depth.
#[derive(Serialize)]
pub struct Layout<'a> {
    pub lang: &'static str,
    pub t: &'a BTreeMap<&'static str, &'static str>,
    pub site: &'a SiteFacts<'a>,
    pub commit: Option<&'a str>,
    /// The draft or superseded notice on every page.
    pub banner: Option<&'a str>,
    /// The relative link to the site root, for the search script.
    pub root: &'a str,
    pub nav: &'a str,
    /// The running head of printed pages, as a CSS string (escaped for CSS, not HTML).
    pub print_head: &'a str,
}

/// The layout's own links (home, stylesheet, script), relative to the page.
#[derive(Serialize)]
pub struct LayoutLinks {
    pub home: String,
    pub stylesheet: String,
    pub script: String,
}

impl LayoutLinks {
    pub fn from(page: &SitePath) -> LayoutLinks {
        LayoutLinks {
            home: page.link_to(&urls::home()),
            stylesheet: page.link_to(&urls::static_file("style.css")),
            script: page.link_to(&urls::static_file("site.js")),
        }
    }
}

#[derive(Serialize)]
pub struct SiteFacts<'a> {
    pub title: &'a str,
    pub organisation: &'a str,
    pub edition: &'a str,
    pub effective_date: String,
    pub status: Status,
    pub owner: &'a str,
    pub serial: Option<&'a str>,
}

impl<'a> SiteFacts<'a> {
    pub fn of(standard: &'a Standard) -> Self {
        let s = &standard.settings;
        SiteFacts {
            title: &s.title,
            organisation: &s.organisation,
            edition: &s.edition,
            effective_date: s.effective_date.to_string(),
            status: s.status,
            owner: &s.owner,
            serial: s.serial.as_deref(),
        }
    }
}

/// A page's own part of its template context, beside the layout's (which is made once per
/// folder depth and open sequence, and copied for each page).
#[derive(Serialize)]
pub struct PageContext<V: Serialize> {
    pub links: LayoutLinks,
    /// Where relative links start from when the page can be served at any URL (the 404
    /// page): the site's own path.
    pub base_href: Option<String>,
    pub page_title: String,
    /// "2024-05-01 · 1a2b3c4d5e6f": the last commit that changed the file the page is made from.
    pub last_changed: Option<String>,
    #[serde(flatten)]
    pub view: V,
}

/// The navigation, rendered once per folder depth: links are site paths behind `root`.
#[derive(Serialize)]
pub struct Nav<'a> {
    pub root: String,
    pub t: &'a BTreeMap<&'static str, &'static str>,
    pub home: String,
    pub dictionary: String,
    pub scoring: String,
    pub downloads: String,
    /// The change log, when the build has editions from git tags.
    pub changelog: Option<String>,
    pub sequences: Vec<NavSequence<'a>>,
    /// Pages before the sequences and after the dictionary, as in the handbook.
    pub front_pages: Vec<Link<'a>>,
    pub back_pages: Vec<Link<'a>>,
}

#[derive(Serialize)]
pub struct NavSequence<'a> {
    pub name: &'a str,
    pub url: String,
    pub compare: String,
    /// Open: the sequence of the page, whose levels and positions the navigation lists. The
    /// others show their name only — every level of every sequence on every page was most of
    /// each page's bytes.
    pub open: bool,
    pub levels: Vec<Link<'a>>,
    pub positions: Vec<Link<'a>>,
}

/// A link with its text (a level's `name` and `title`, or a page's title).
#[derive(Serialize)]
pub struct Link<'a> {
    pub url: String,
    pub name: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    pub title: &'a str,
}

impl<'a> Nav<'a> {
    /// The navigation of a page `depth` folders down, with the sequence `open` (the page's
    /// own) listing its levels and positions.
    pub fn new(
        standard: &'a Standard,
        t: &'a BTreeMap<&'static str, &'static str>,
        depth: usize,
        changelog: bool,
        open: Option<usize>,
    ) -> Nav<'a> {
        let path = |p: SitePath| p.as_str().to_string();
        Nav {
            root: "../".repeat(depth),
            t,
            home: path(urls::home()),
            dictionary: path(urls::dictionary()),
            scoring: path(urls::scoring()),
            downloads: path(urls::downloads()),
            changelog: changelog.then(|| path(urls::changelog())),
            sequences: standard
                .sequences
                .iter()
                .enumerate()
                .map(|(i, s)| NavSequence {
                    name: &s.name,
                    url: path(urls::sequence(&s.id)),
                    compare: path(urls::compare_picker(&s.id)),
                    open: open == Some(i),
                    levels: s
                        .levels
                        .iter()
                        .filter(|_| open == Some(i))
                        .map(|l| Link {
                            url: path(urls::level(&s.id, &l.id)),
                            name: &l.name,
                            title: &l.title,
                        })
                        .collect(),
                    positions: s
                        .positions
                        .iter()
                        .filter(|_| open == Some(i))
                        .map(|p| Link {
                            url: path(urls::position(&s.id, &p.id)),
                            name: &p.name,
                            title: "",
                        })
                        .collect(),
                })
                .collect(),
            front_pages: page_links(standard, false),
            back_pages: page_links(standard, true),
        }
    }
}

/// The navigation's links to the Markdown pages before (or, with `appendix`, after) the rest.
fn page_links(standard: &Standard, appendix: bool) -> Vec<Link<'_>> {
    standard
        .pages
        .iter()
        .filter(|p| p.appendix == appendix)
        .map(|p| Link {
            url: urls::page(&p.id).as_str().to_string(),
            name: &p.title,
            title: "",
        })
        .collect()
}
