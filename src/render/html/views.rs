//! The view models of the site's templates: serialisable structs built from the standard, one
//! per kind of page, with every link already computed by `urls` relative to the page. Templates
//! only lay them out.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::Serialize;

use crate::compare::{self, Change};
use crate::model::{Kpi, Language, Level, Position, Requirement, Sequence, Standard, Status};
use crate::render::i18n::{self, number};
use crate::render::markdown::{self, HeadingIds};
use crate::render::shared::{
    self, BehaviourGroup, ConditionRow, KpiLine, ModuleLine, ReferenceLine,
};
use crate::urls::{self, SitePage, SitePath, anchor};

/// Element ids the layout itself uses, which Markdown headings must not take.
pub const LAYOUT_IDS: &[&str] = &[
    "main",
    "search-input",
    "search-hint",
    "search-results",
    "menu-toggle",
    "site-nav",
];

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

/// A page's template context: the layout and the page's own view side by side.
#[derive(Serialize)]
pub struct PageContext<'a, V: Serialize> {
    #[serde(flatten)]
    pub layout: &'a Layout<'a>,
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
    pub fn new(
        standard: &'a Standard,
        t: &'a BTreeMap<&'static str, &'static str>,
        depth: usize,
        changelog: bool,
    ) -> Nav<'a> {
        let path = |p: SitePath| p.as_str().to_string();
        Nav {
            root: "../".repeat(depth),
            t,
            home: path(urls::home()),
            dictionary: path(urls::dictionary()),
            scoring: path(urls::scoring()),
            changelog: changelog.then(|| path(urls::changelog())),
            sequences: standard
                .sequences
                .iter()
                .map(|s| NavSequence {
                    name: &s.name,
                    url: path(urls::sequence(&s.id)),
                    compare: path(urls::compare_picker(&s.id)),
                    levels: s
                        .levels
                        .iter()
                        .map(|l| Link {
                            url: path(urls::level(&s.id, &l.id)),
                            name: &l.name,
                            title: &l.title,
                        })
                        .collect(),
                    positions: s
                        .positions
                        .iter()
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

/// A level as listed on sequence, picker, compare and scoring pages.
#[derive(Serialize)]
pub struct LevelBrief<'a> {
    pub id: &'a str,
    pub url: String,
    pub name: &'a str,
    pub title: &'a str,
    pub positioning: Option<&'a str>,
    pub total: String,
    pub pass: String,
}

fn level_brief<'a>(from: &SitePath, s: &Sequence, l: &'a Level) -> LevelBrief<'a> {
    LevelBrief {
        id: &l.id,
        url: from.link_to(&urls::level(&s.id, &l.id)),
        name: &l.name,
        title: &l.title,
        positioning: l.positioning.as_deref(),
        total: number(l.scoring.total),
        pass: number(l.scoring.pass),
    }
}

fn briefs<'a>(from: &SitePath, s: &'a Sequence) -> Vec<LevelBrief<'a>> {
    s.levels.iter().map(|l| level_brief(from, s, l)).collect()
}

/// The view of one page, by kind.
#[derive(Serialize)]
#[serde(untagged)]
pub enum View<'a> {
    Home(HomeView<'a>),
    Sequence(SequenceView<'a>),
    Level(LevelView<'a>),
    Picker(PickerView<'a>),
    Compare(CompareView<'a>),
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
                View::Level(level_view(&here, seq, l, standard)),
            )
        }
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
                View::Compare(compare_view(&here, seq, from, to, standard)),
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
                View::Page(PageView {
                    title: &page.title,
                    body: markdown::page_html(
                        &page.body,
                        standard.settings.raw_html,
                        &mut HeadingIds::reserving(LAYOUT_IDS),
                    )
                    .0,
                }),
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

fn home<'a>(here: &SitePath, standard: &'a Standard) -> HomeView<'a> {
    HomeView {
        status_label: i18n::status(standard.settings.language, standard.settings.status),
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

#[derive(Serialize)]
pub struct SequenceView<'a> {
    pub sequence: SequenceFacts<'a>,
    pub levels: Vec<LevelBrief<'a>>,
    pub compare: String,
    pub matrix: Vec<MatrixRow<'a>>,
    pub scoring_rows: Vec<ScoringRow<'a>>,
    pub contribution_rows: Vec<ContributionRow>,
    pub positions: Vec<PositionBrief<'a>>,
    /// One row per activity: its module, and per level ★ (key), ● (normal) or nothing.
    pub behaviour_rows: Vec<shared::BehaviourRow<'a>>,
    pub reference: Vec<ReferenceLine<'a>>,
}

#[derive(Serialize)]
pub struct PositionBrief<'a> {
    pub url: String,
    pub name: &'a str,
    /// "三级 – 四级"
    pub levels: String,
}

fn position_briefs<'a>(
    here: &SitePath,
    s: &'a Sequence,
    positions: impl Iterator<Item = &'a Position>,
) -> Vec<PositionBrief<'a>> {
    positions
        .map(|p| PositionBrief {
            url: here.link_to(&urls::position(&s.id, &p.id)),
            name: &p.name,
            levels: shared::position_range(s, p),
        })
        .collect()
}

#[derive(Serialize)]
pub struct SequenceFacts<'a> {
    pub name: &'a str,
    pub url: String,
    pub description: Option<&'a str>,
    pub kpis: Vec<KpiView<'a>>,
}

#[derive(Serialize)]
pub struct KpiView<'a> {
    pub anchor: String,
    #[serde(flatten)]
    pub kpi: KpiLine<'a>,
}

fn kpi_views<'a>(lang: Language, kpis: &[&'a Kpi]) -> Vec<KpiView<'a>> {
    shared::kpi_lines(lang, kpis)
        .into_iter()
        .map(|k| KpiView {
            anchor: anchor::kpi(k.id),
            kpi: k,
        })
        .collect()
}

#[derive(Serialize)]
pub struct MatrixRow<'a> {
    pub url: String,
    pub name: &'a str,
    pub cells: Vec<MatrixCell>,
}

#[derive(Serialize)]
pub struct MatrixCell {
    /// 0 when the level does not require the competency.
    pub level: u32,
    /// What the cell reads: the level, or 达标 for a one-line standard.
    pub text: String,
    pub key: bool,
    /// Required higher than at the level below (which required it too).
    pub raised: bool,
}

#[derive(Serialize)]
pub struct ScoringRow<'a> {
    /// A module's name (module rows) …
    #[serde(skip_serializing_if = "Option::is_none")]
    pub module: Option<&'a str>,
    /// … or an item's name (item rows).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<&'a str>,
    pub exam: bool,
    /// Points per level, `–` where the level does not score it.
    pub points: Vec<String>,
}

#[derive(Serialize)]
pub struct ContributionRow {
    pub name: String,
    /// The count per level (with its window of cycles when over one), `None` where the level
    /// does not ask it.
    pub counts: Vec<Option<String>>,
}

fn sequence_facts<'a>(here: &SitePath, s: &'a Sequence, lang: Language) -> SequenceFacts<'a> {
    SequenceFacts {
        name: &s.name,
        url: here.link_to(&urls::sequence(&s.id)),
        description: s.description.as_deref(),
        kpis: kpi_views(lang, &s.kpis.iter().collect::<Vec<_>>()),
    }
}

fn sequence<'a>(here: &SitePath, s: &'a Sequence, standard: &'a Standard) -> SequenceView<'a> {
    let matrix = s
        .matrix()
        .into_iter()
        .map(|row| {
            let mut previous = 0;
            let one_line = standard
                .competency(row.competency)
                .is_some_and(|c| c.is_one_line());
            MatrixRow {
                url: here.link_to(&urls::competency(row.competency)),
                name: standard.competency_name(row.competency),
                cells: row
                    .cells
                    .iter()
                    .map(|r| {
                        let level = r.map_or(0, |r| r.level);
                        let raised = level > previous && previous > 0;
                        previous = level;
                        MatrixCell {
                            level,
                            text: shared::required_text(
                                standard.settings.language,
                                one_line,
                                level,
                            ),
                            key: r.is_some_and(|r| r.key),
                            raised,
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    let mut scoring_rows = Vec::new();
    for m in &s.modules {
        let points = |item: Option<&str>| -> Vec<String> {
            s.levels
                .iter()
                .map(|l| {
                    let req = l.scoring.modules.iter().find(|r| r.module == m.id);
                    match (req, item) {
                        (Some(r), None) => number(r.points),
                        (Some(r), Some(i)) => r
                            .items
                            .iter()
                            .find(|(x, _)| x == i)
                            .map_or("–".into(), |(_, p)| number(*p)),
                        (None, _) => "–".into(),
                    }
                })
                .collect()
        };
        scoring_rows.push(ScoringRow {
            module: Some(&m.name),
            item: None,
            exam: m.exam,
            points: points(None),
        });
        for item in &m.items {
            scoring_rows.push(ScoringRow {
                module: None,
                item: Some(&item.name),
                exam: false,
                points: points(Some(&item.id)),
            });
        }
    }
    // One row per requirement (its kinds), in the order levels first ask it.
    let mut kinds: Vec<&[String]> = Vec::new();
    for c in s.levels.iter().flat_map(|l| &l.contributions) {
        if !kinds.contains(&c.kinds.as_slice()) {
            kinds.push(&c.kinds);
        }
    }
    let contribution_rows = kinds
        .into_iter()
        .map(|k| ContributionRow {
            name: shared::contribution_kinds(standard, k),
            counts: s
                .levels
                .iter()
                .map(|l| {
                    l.contributions.iter().find(|c| c.kinds == k).map(|c| {
                        c.count.to_string()
                            + &shared::within_cycles(standard.settings.language, c.within)
                    })
                })
                .collect(),
        })
        .collect();
    SequenceView {
        sequence: sequence_facts(here, s, standard.settings.language),
        levels: briefs(here, s),
        compare: here.link_to(&urls::compare_picker(&s.id)),
        matrix,
        scoring_rows,
        contribution_rows,
        positions: position_briefs(here, s, s.positions.iter()),
        behaviour_rows: shared::behaviour_rows(s),
        reference: shared::reference_lines(standard.settings.language, s),
    }
}

#[derive(Serialize)]
pub struct LevelView<'a> {
    pub sequence: SequenceFacts<'a>,
    pub level: LevelFacts<'a>,
    pub previous: Option<LevelBrief<'a>>,
    pub next: Option<LevelBrief<'a>>,
    /// The comparisons with the level below and the level above.
    pub compare_previous: Option<String>,
    pub compare_next: Option<String>,
    pub conditions: Vec<ConditionRow>,
    pub requirements: Vec<RequirementView<'a>>,
    pub modules: Vec<ModuleLine<'a>>,
    pub total: String,
    pub pass: String,
    pub contributions: Vec<ContributionView>,
    pub positions: Vec<PositionBrief<'a>>,
    pub behaviours: Vec<BehaviourGroup<'a>>,
    pub reference: Vec<ReferenceLine<'a>>,
}

#[derive(Serialize)]
pub struct LevelFacts<'a> {
    pub name: &'a str,
    pub title: &'a str,
    pub positioning: Option<&'a str>,
    pub knowledge: &'a [String],
    pub responsibilities: &'a [String],
}

#[derive(Serialize)]
pub struct RequirementView<'a> {
    pub anchor: String,
    pub url: String,
    pub name: &'a str,
    pub level: u32,
    pub key: bool,
    /// The grade's title, or 达标 for a one-line standard.
    pub title: &'a str,
    /// The grade's behaviours, or the one-line standard.
    pub behaviours: &'a [String],
    pub one_line: bool,
}

/// A requirement as a level or a position page shows it: the grade's title and behaviours, or
/// for a one-line standard 达标 and its line.
fn requirement_view<'a>(
    here: &SitePath,
    standard: &'a Standard,
    r: &Requirement,
) -> Option<RequirementView<'a>> {
    let c = standard.competency(&r.competency)?;
    let grade = shared::required_grade(standard, r)?;
    Some(RequirementView {
        anchor: anchor::requirement(&c.id),
        url: here.link_to(&urls::competency(&c.id)),
        name: &c.name,
        level: r.level,
        key: r.key,
        title: grade.title,
        behaviours: grade.behaviours,
        one_line: grade.one_line,
    })
}

#[derive(Serialize)]
pub struct ContributionView {
    pub name: String,
    pub count_text: String,
}

fn level_view<'a>(
    here: &SitePath,
    s: &'a Sequence,
    i: usize,
    standard: &'a Standard,
) -> LevelView<'a> {
    let lang = standard.settings.language;
    let l = &s.levels[i];
    let previous = i.checked_sub(1).map(|p| &s.levels[p]);
    LevelView {
        sequence: sequence_facts(here, s, standard.settings.language),
        level: LevelFacts {
            name: &l.name,
            title: &l.title,
            positioning: l.positioning.as_deref(),
            knowledge: &l.knowledge,
            responsibilities: &l.responsibilities,
        },
        previous: previous.map(|p| level_brief(here, s, p)),
        next: s.levels.get(i + 1).map(|n| level_brief(here, s, n)),
        compare_previous: previous.map(|p| here.link_to(&urls::compare(&s.id, &p.id, &l.id))),
        compare_next: s
            .levels
            .get(i + 1)
            .map(|n| here.link_to(&urls::compare(&s.id, &l.id, &n.id))),
        conditions: shared::condition_rows(lang, &l.conditions),
        requirements: l
            .requirements
            .iter()
            .filter_map(|r| requirement_view(here, standard, r))
            .collect(),
        modules: shared::scoring_modules(s, l),
        total: number(l.scoring.total),
        pass: number(l.scoring.pass),
        contributions: l
            .contributions
            .iter()
            .map(|c| ContributionView {
                name: shared::contribution_kinds(standard, &c.kinds),
                count_text: shared::contribution_count(lang, c.count, c.within),
            })
            .collect(),
        positions: position_briefs(here, s, s.positions_at(l)),
        behaviours: shared::behaviour_groups(s, l),
        reference: shared::reference_lines(lang, s),
    }
}

#[derive(Serialize)]
pub struct PositionView<'a> {
    pub sequence: SequenceFacts<'a>,
    pub name: &'a str,
    pub description: Option<&'a str>,
    pub responsibilities: &'a [String],
    /// The levels the position is open at.
    pub levels: Vec<LevelBrief<'a>>,
    pub kpis: Vec<KpiView<'a>>,
    /// The position's own requirements that add to or raise a level's, as written.
    pub requirements: Vec<RequirementView<'a>>,
    /// Per competency the position names, what each level in range then requires.
    pub rows: Vec<PositionRowView<'a>>,
}

#[derive(Serialize)]
pub struct PositionRowView<'a> {
    pub url: String,
    #[serde(flatten)]
    pub row: shared::PositionRow<'a>,
}

fn position_view<'a>(
    here: &SitePath,
    s: &'a Sequence,
    p: &'a Position,
    standard: &'a Standard,
) -> PositionView<'a> {
    let lang = standard.settings.language;
    let (levels, rows) = shared::position_rows(standard, s, p);
    PositionView {
        sequence: sequence_facts(here, s, lang),
        name: &p.name,
        description: p.description.as_deref(),
        responsibilities: &p.responsibilities,
        levels: levels.iter().map(|l| level_brief(here, s, l)).collect(),
        kpis: kpi_views(lang, &s.kpis_for(Some(p))),
        // The behaviours only where the position asks more than the level: elsewhere the
        // level page says it.
        requirements: p
            .requirements
            .iter()
            .zip(&rows)
            .filter(|(_, row)| row.raises())
            .filter_map(|(r, _)| requirement_view(here, standard, r))
            .collect(),
        rows: rows
            .into_iter()
            .map(|row| PositionRowView {
                url: here.link_to(&urls::competency(row.competency)),
                row,
            })
            .collect(),
    }
}

#[derive(Serialize)]
pub struct PickerView<'a> {
    pub sequence: SequenceFacts<'a>,
    pub levels: Vec<LevelBrief<'a>>,
    pub pairs: Vec<PairView<'a>>,
    /// The link to a comparison, with `{from}` and `{to}` for the levels the reader picks.
    pub pattern: String,
}

#[derive(Serialize)]
pub struct PairView<'a> {
    pub url: String,
    pub from: LevelBrief<'a>,
    pub to: LevelBrief<'a>,
}

fn picker<'a>(here: &SitePath, s: &'a Sequence, standard: &'a Standard) -> PickerView<'a> {
    PickerView {
        sequence: sequence_facts(here, s, standard.settings.language),
        levels: briefs(here, s),
        pairs: s
            .levels
            .windows(2)
            .map(|w| PairView {
                url: here.link_to(&urls::compare(&s.id, &w[0].id, &w[1].id)),
                from: level_brief(here, s, &w[0]),
                to: level_brief(here, s, &w[1]),
            })
            .collect(),
        pattern: urls::compare_pattern(here, &s.id),
    }
}

#[derive(Serialize)]
pub struct CompareView<'a> {
    pub sequence: SequenceFacts<'a>,
    pub picker: String,
    pub from: LevelBrief<'a>,
    pub to: LevelBrief<'a>,
    pub diff: DiffView<'a>,
}

#[derive(Serialize)]
pub struct DiffView<'a> {
    pub competencies: Vec<DiffRow<'a>>,
    pub behaviours: Vec<DiffRow<'a>>,
    pub conditions: Vec<DiffRow<'a>>,
    pub scoring: Vec<DiffRow<'a>>,
    pub contributions: Vec<DiffRow<'a>>,
}

/// One line of a comparison: what it is, before, after, and how it changed.
#[derive(Serialize)]
pub struct DiffRow<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub name: Cow<'a, str>,
    pub from: String,
    pub to: String,
    pub change: Change,
    /// The row's style: the change, or `reweighted` for a module's points (neither better
    /// nor worse).
    pub class: &'static str,
    pub label: &'static str,
    /// A requirement that turned key or normal.
    pub key_note: Option<&'static str>,
    /// For a new or raised requirement: the behaviours of the grade now required, in full.
    pub behaviours: &'a [String],
}

fn compare_view<'a>(
    here: &SitePath,
    s: &'a Sequence,
    from: &'a Level,
    to: &'a Level,
    standard: &'a Standard,
) -> CompareView<'a> {
    let lang = standard.settings.language;
    let d = compare::compare(from, to);
    let label = |c: Change| i18n::get(lang, c.label_key());
    let dash = || "–".to_string();
    let grade = |x: &Option<(u32, bool)>| {
        x.map_or_else(
            dash,
            |(l, k)| if k { format!("{l} ★") } else { l.to_string() },
        )
    };
    let row =
        |url: Option<String>, name: Cow<'a, str>, from: String, to: String, change: Change| {
            DiffRow {
                url,
                name,
                from,
                to,
                change,
                class: change.class(),
                label: label(change),
                key_note: None,
                behaviours: &[],
            }
        };
    let condition_text = |k: &Option<crate::evaluate::ConditionKind>| {
        k.as_ref().map_or_else(dash, |k| i18n::condition(lang, k).1)
    };
    let diff = DiffView {
        competencies: d
            .competencies
            .into_iter()
            .map(|(id, x)| {
                let c = standard.competency(&id);
                let mut r = row(
                    Some(here.link_to(&urls::competency(&id))),
                    c.map_or("", |c| c.name.as_str()).into(),
                    grade(&x.from),
                    grade(&x.to),
                    x.change,
                );
                r.key_note = match (x.from, x.to) {
                    (Some((_, false)), Some((_, true))) => Some(i18n::get(lang, "became_key")),
                    (Some((_, true)), Some((_, false))) => Some(i18n::get(lang, "became_normal")),
                    _ => None,
                };
                if matches!(x.change, Change::New | Change::Raised)
                    && let Some((level, _)) = x.to
                    && let Some(g) = c.and_then(|c| c.level(level))
                {
                    r.behaviours = &g.behaviours;
                }
                r
            })
            .collect(),
        behaviours: d
            .behaviours
            .iter()
            .map(|(id, x)| {
                let name = s.activity(id).map_or("", |(_, a)| a.name.as_str());
                let side = |v: &Option<(String, bool)>| {
                    v.as_ref().map_or_else(dash, |(_, key)| {
                        i18n::get(lang, if *key { "key" } else { "normal" }).to_string()
                    })
                };
                let mut r = row(None, name.into(), side(&x.from), side(&x.to), x.change);
                r.key_note = match (&x.from, &x.to) {
                    (Some((_, false)), Some((_, true))) => Some(i18n::get(lang, "became_key")),
                    (Some((_, true)), Some((_, false))) => Some(i18n::get(lang, "became_normal")),
                    _ => None,
                };
                if matches!(x.change, Change::New | Change::Changed)
                    && let Some(b) = to.behaviours.iter().find(|b| &b.activity == id)
                {
                    r.behaviours = std::slice::from_ref(&b.criterion);
                }
                r
            })
            .collect(),
        conditions: d
            .conditions
            .iter()
            .map(|x| {
                let any = x.to.as_ref().or(x.from.as_ref()).expect("one side");
                row(
                    None,
                    i18n::condition(lang, any).0.into(),
                    condition_text(&x.from),
                    condition_text(&x.to),
                    x.change,
                )
            })
            .collect(),
        scoring: d
            .scoring
            .iter()
            .map(|(id, x)| {
                let mut r = row(
                    None,
                    match id {
                        None => i18n::get(lang, "pass"),
                        Some(id) => s.module(id).map_or("", |m| m.name.as_str()),
                    }
                    .into(),
                    x.from.map_or_else(dash, number),
                    x.to.map_or_else(dash, number),
                    x.change,
                );
                // A module worth more or fewer points is reweighted, not raised or lowered.
                if id.is_some() && matches!(x.change, Change::Raised | Change::Lowered) {
                    r.class = "reweighted";
                    r.label = i18n::get(lang, "change_reweighted");
                }
                r
            })
            .collect(),
        contributions: d
            .contributions
            .iter()
            .map(|(kinds, x)| {
                let count = |c: &Option<(u32, u32)>| {
                    c.map_or_else(dash, |(count, within)| {
                        count.to_string() + &shared::within_cycles(lang, within)
                    })
                };
                row(
                    None,
                    shared::contribution_kinds(standard, kinds).into(),
                    count(&x.from),
                    count(&x.to),
                    x.change,
                )
            })
            .collect(),
    };
    CompareView {
        sequence: sequence_facts(here, s, standard.settings.language),
        picker: here.link_to(&urls::compare_picker(&s.id)),
        from: level_brief(here, s, from),
        to: level_brief(here, s, to),
        diff,
    }
}

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

fn dictionary<'a>(here: &SitePath, standard: &'a Standard) -> DictionaryView<'a> {
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

#[derive(Serialize)]
pub struct CompetencyView<'a> {
    pub dictionary: String,
    pub category: &'a str,
    pub name: &'a str,
    pub definition: &'a str,
    /// A one-line standard, met or not (then `levels` is empty).
    pub standard: Option<&'a str>,
    pub standard_anchor: String,
    pub key_points: &'a [String],
    pub levels: Vec<GradeView<'a>>,
    pub required_at: Vec<RequiredAt<'a>>,
}

#[derive(Serialize)]
pub struct GradeView<'a> {
    pub anchor: String,
    pub level: u32,
    pub title: &'a str,
    pub behaviours: &'a [String],
    pub suggestions: Vec<SuggestionView<'a>>,
}

/// A development suggestion with the name of its 70/20/10 kind.
#[derive(Serialize)]
pub struct SuggestionView<'a> {
    pub kind: &'static str,
    pub text: &'a str,
}

#[derive(Serialize)]
pub struct RequiredAt<'a> {
    pub sequence_url: String,
    pub sequence: &'a str,
    pub level_url: String,
    pub level: String,
    /// "2", or empty for a one-line standard (met or not).
    pub required: String,
    /// The link to the required grade (or the one-line standard) on this page.
    pub required_url: String,
    pub title: &'a str,
    pub key: bool,
}

fn competency<'a>(here: &SitePath, i: usize, standard: &'a Standard) -> CompetencyView<'a> {
    let c = &standard.competencies[i];
    let mut required_at = Vec::new();
    for s in &standard.sequences {
        for l in &s.levels {
            if let Some(r) = l.requirement(&c.id) {
                required_at.push(RequiredAt {
                    sequence_url: here.link_to(&urls::sequence(&s.id)),
                    sequence: &s.name,
                    level_url: here.link_to(&urls::level(&s.id, &l.id)),
                    level: format!("{} {}", l.name, l.title),
                    required: if c.is_one_line() {
                        String::new()
                    } else {
                        r.level.to_string()
                    },
                    required_url: here.link_to_anchor(
                        here,
                        &if c.is_one_line() {
                            anchor::one_line_standard()
                        } else {
                            anchor::grade(r.level)
                        },
                    ),
                    title: match &c.standard {
                        Some(_) => i18n::get(standard.settings.language, "one_line_required"),
                        None => c.level(r.level).map_or("", |x| x.title.as_str()),
                    },
                    key: r.key,
                });
            }
        }
    }
    CompetencyView {
        dictionary: here.link_to(&urls::dictionary()),
        category: standard
            .category(&c.category)
            .map_or("", |x| x.name.as_str()),
        name: &c.name,
        definition: &c.definition,
        standard: c.standard.as_deref(),
        standard_anchor: anchor::one_line_standard(),
        key_points: &c.key_points,
        levels: c
            .levels
            .iter()
            .map(|l| GradeView {
                anchor: anchor::grade(l.level),
                level: l.level,
                title: &l.title,
                behaviours: &l.behaviours,
                suggestions: l
                    .suggestions
                    .iter()
                    .map(|s| SuggestionView {
                        kind: i18n::learning(standard.settings.language, s.kind),
                        text: &s.text,
                    })
                    .collect(),
            })
            .collect(),
        required_at,
    }
}

#[derive(Serialize)]
pub struct PageView<'a> {
    pub title: &'a str,
    /// The page's Markdown as HTML (raw HTML in it already turned into text).
    pub body: String,
}

#[derive(Serialize)]
pub struct ScoringView<'a> {
    /// Scoring, grade, verdict and outcome rules, a paragraph each.
    pub rules: [String; 4],
    pub kinds: Vec<KindView<'a>>,
    pub sequences: Vec<ScoringSequence<'a>>,
}

#[derive(Serialize)]
pub struct KindView<'a> {
    pub anchor: String,
    pub name: &'a str,
    pub description: Option<&'a str>,
}

#[derive(Serialize)]
pub struct ScoringSequence<'a> {
    pub anchor: String,
    pub name: &'a str,
    pub levels: Vec<LevelBrief<'a>>,
}

fn scoring<'a>(here: &SitePath, standard: &'a Standard) -> ScoringView<'a> {
    ScoringView {
        rules: i18n::rules(&standard.settings),
        kinds: standard
            .contribution_kinds
            .iter()
            .map(|k| KindView {
                anchor: anchor::contribution_kind(&k.id),
                name: &k.name,
                description: k.description.as_deref(),
            })
            .collect(),
        sequences: standard
            .sequences
            .iter()
            .map(|s| ScoringSequence {
                anchor: anchor::pass_marks(&s.id),
                name: &s.name,
                levels: briefs(here, s),
            })
            .collect(),
    }
}

/// The change log page: editions newest first, each with what changed since the one before.
#[derive(Serialize)]
pub struct ChangelogView<'a> {
    pub editions: Vec<EditionView<'a>>,
}

#[derive(Serialize)]
pub struct EditionView<'a> {
    /// "第02版（v2）", or the edition name and 未发布 for the untagged current one.
    pub title: String,
    pub date: &'a str,
    pub status: &'static str,
    pub notes: Option<&'a str>,
    /// "12 处变化，其中 3 处影响认证"
    pub summary: String,
    pub changes: Vec<ChangeView<'a>>,
}

#[derive(Serialize)]
pub struct ChangeView<'a> {
    /// The page showing it now (the change log is at the site root).
    pub url: Option<&'a str>,
    pub kind: &'static str,
    pub label: &'static str,
    pub subject: &'a str,
    pub before: Option<&'a str>,
    pub after: Option<&'a str>,
    pub affects: bool,
}

pub fn changelog<'a>(
    standard: &Standard,
    editions: &'a [crate::model::change::EditionRecord],
) -> ChangelogView<'a> {
    let lang = standard.settings.language;
    ChangelogView {
        editions: editions
            .iter()
            .rev()
            .map(|e| EditionView {
                title: match &e.tag {
                    Some(tag) => format!("{}（{tag}）", e.name),
                    None => format!("{}（{}）", e.name, i18n::get(lang, "untagged")),
                },
                date: &e.effective_date,
                status: i18n::status(lang, e.status),
                notes: e.notes.as_deref(),
                summary: crate::render::shared::changes_summary(lang, &e.changes),
                changes: e
                    .changes
                    .iter()
                    .map(|c| ChangeView {
                        url: c.link.as_deref(),
                        kind: c.kind.class(),
                        label: i18n::get(lang, c.kind.label_key()),
                        subject: &c.subject,
                        before: c.before.as_deref(),
                        after: c.after.as_deref(),
                        affects: c.affects_assessments,
                    })
                    .collect(),
            })
            .collect(),
    }
}
