//! The data file of the handbook PDF: the standard (never the records), with Markdown reduced to
//! plain paragraphs, so the Typst template lays it out as text.

use std::collections::BTreeMap;

use serde::Serialize;

use super::language_code;
use crate::evaluate::condition_kinds;
use crate::model::{Category, Competency, Level, Page, Sequence, Standard};
use crate::render::BuildInfo;
use crate::render::i18n::{self, number};
use crate::render::markdown::to_plain_text;
use crate::render::shared::{self, ModuleLine};

#[derive(Serialize)]
pub struct HandbookData<'a> {
    t: BTreeMap<&'static str, &'static str>,
    lang: &'static str,
    standard: StandardFacts<'a>,
    front_pages: Vec<PageData<'a>>,
    back_pages: Vec<PageData<'a>>,
    sequences: Vec<SequenceData<'a>>,
    categories: Vec<CategoryData<'a>>,
    /// (name, description)
    kinds: Vec<(&'a str, Option<String>)>,
    /// The scoring, grade and verdict rules in words.
    rules: [String; 3],
}

#[derive(Serialize)]
pub struct StandardFacts<'a> {
    pub title: &'a str,
    pub organisation: &'a str,
    pub edition: &'a str,
    pub effective_date: String,
    pub owner: &'a str,
    pub serial: Option<&'a str>,
    pub commit: Option<&'a str>,
}

#[derive(Serialize)]
struct PageData<'a> {
    title: &'a str,
    paragraphs: Vec<String>,
}

#[derive(Serialize)]
struct SequenceData<'a> {
    name: &'a str,
    description: Vec<String>,
    level_names: Vec<&'a str>,
    matrix: Vec<MatrixRowData<'a>>,
    levels: Vec<LevelData<'a>>,
    kpis: Vec<KpiData<'a>>,
}

#[derive(Serialize)]
struct MatrixRowData<'a> {
    name: &'a str,
    cells: Vec<Option<CellData>>,
}

#[derive(Serialize)]
struct CellData {
    level: u32,
    key: bool,
}

#[derive(Serialize)]
struct KpiData<'a> {
    name: &'a str,
    formula: &'a str,
    description: Option<String>,
}

#[derive(Serialize)]
struct LevelData<'a> {
    name: &'a str,
    title: &'a str,
    positioning: Vec<String>,
    /// (label, requirement)
    conditions: Vec<(&'static str, String)>,
    knowledge: Vec<String>,
    responsibilities: Vec<String>,
    requirements: Vec<RequirementData<'a>>,
    modules: Vec<ModuleLine<'a>>,
    total: String,
    pass: String,
    /// (kind name, count)
    contributions: Vec<(&'a str, u32)>,
}

#[derive(Serialize)]
struct RequirementData<'a> {
    name: &'a str,
    level: u32,
    key: bool,
    title: &'a str,
}

#[derive(Serialize)]
struct CategoryData<'a> {
    name: &'a str,
    competencies: Vec<CompetencyData<'a>>,
}

#[derive(Serialize)]
struct CompetencyData<'a> {
    name: &'a str,
    definition: Vec<String>,
    key_points: Vec<String>,
    levels: Vec<GradeData<'a>>,
}

#[derive(Serialize)]
struct GradeData<'a> {
    level: u32,
    title: &'a str,
    behaviours: Vec<String>,
}

/// Markdown as a list of plain paragraphs.
fn paragraphs(markdown: &str) -> Vec<String> {
    markdown
        .split("\n\n")
        .map(to_plain_text)
        .filter(|p| !p.is_empty())
        .collect()
}

fn plain(list: &[String]) -> Vec<String> {
    list.iter().map(|x| to_plain_text(x)).collect()
}

pub fn data<'a>(h: &'a Standard, info: &'a BuildInfo) -> HandbookData<'a> {
    let lang = h.settings.language;
    let s = &h.settings;
    let (front, back): (Vec<&Page>, Vec<&Page>) = h.pages.iter().partition(|p| !p.appendix);
    let page = |p: &&'a Page| PageData {
        title: &p.title,
        paragraphs: paragraphs(&p.body),
    };
    HandbookData {
        t: i18n::strings(lang),
        lang: language_code(lang),
        standard: StandardFacts {
            title: &s.title,
            organisation: &s.organisation,
            edition: &s.edition,
            effective_date: s.effective_date.to_string(),
            owner: &s.owner,
            serial: s.serial.as_deref(),
            commit: info.commit.as_deref(),
        },
        front_pages: front.iter().map(page).collect(),
        back_pages: back.iter().map(page).collect(),
        sequences: h.sequences.iter().map(|seq| sequence(h, seq)).collect(),
        categories: h.categories.iter().map(|c| category(h, c)).collect(),
        kinds: h
            .contribution_kinds
            .iter()
            .map(|k| (k.name.as_str(), k.description.as_deref().map(to_plain_text)))
            .collect(),
        rules: [
            i18n::get(lang, "score_rules").to_string(),
            i18n::grade_rules(s),
            i18n::get(lang, "verdict_rules").to_string(),
        ],
    }
}

fn sequence<'a>(h: &'a Standard, seq: &'a Sequence) -> SequenceData<'a> {
    SequenceData {
        name: &seq.name,
        description: seq
            .description
            .as_deref()
            .map(paragraphs)
            .unwrap_or_default(),
        level_names: seq.levels.iter().map(|l| l.name.as_str()).collect(),
        matrix: seq
            .matrix()
            .into_iter()
            .map(|row| MatrixRowData {
                name: h.competency_name(row.competency),
                cells: row
                    .cells
                    .iter()
                    .map(|r| {
                        r.map(|r| CellData {
                            level: r.level,
                            key: r.key,
                        })
                    })
                    .collect(),
            })
            .collect(),
        levels: seq.levels.iter().map(|l| level(h, seq, l)).collect(),
        kpis: seq
            .kpis
            .iter()
            .map(|k| KpiData {
                name: &k.name,
                formula: &k.formula,
                description: k.description.as_deref().map(to_plain_text),
            })
            .collect(),
    }
}

fn level<'a>(h: &'a Standard, seq: &'a Sequence, l: &'a Level) -> LevelData<'a> {
    let lang = h.settings.language;
    LevelData {
        name: &l.name,
        title: &l.title,
        positioning: l.positioning.as_deref().map(paragraphs).unwrap_or_default(),
        conditions: condition_kinds(&l.conditions)
            .iter()
            .map(|k| i18n::condition(lang, k))
            .collect(),
        knowledge: plain(&l.knowledge),
        responsibilities: plain(&l.responsibilities),
        requirements: l
            .requirements
            .iter()
            .map(|r| {
                let c = h.competency(&r.competency);
                RequirementData {
                    name: h.competency_name(&r.competency),
                    level: r.level,
                    key: r.key,
                    title: c
                        .and_then(|c| c.level(r.level))
                        .map_or("", |x| x.title.as_str()),
                }
            })
            .collect(),
        modules: shared::scoring_modules(seq, l),
        total: number(l.scoring.total),
        pass: number(l.scoring.pass),
        contributions: l
            .contributions
            .iter()
            .map(|c| (h.contribution_kind_name(&c.kind), c.count))
            .collect(),
    }
}

fn category<'a>(h: &'a Standard, c: &'a Category) -> CategoryData<'a> {
    CategoryData {
        name: &c.name,
        competencies: h
            .competencies
            .iter()
            .filter(|k| k.category == c.id)
            .map(competency)
            .collect(),
    }
}

fn competency(k: &Competency) -> CompetencyData<'_> {
    CompetencyData {
        name: &k.name,
        definition: paragraphs(&k.definition),
        key_points: plain(&k.key_points),
        levels: k
            .levels
            .iter()
            .map(|l| GradeData {
                level: l.level,
                title: &l.title,
                behaviours: plain(&l.behaviours),
            })
            .collect(),
    }
}
