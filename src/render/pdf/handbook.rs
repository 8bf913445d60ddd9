//! The data files of the handbook PDF and of the one-page sheets (任职资格一纸禅): the standard
//! (never the records), with Markdown as node trees the Typst templates lay out as text.

use std::collections::BTreeMap;

use serde::Serialize;

use super::language_code;
use crate::model::{
    Category, Competency, Language, Level, Page, Position, Requirement, Sequence, Standard,
};
use crate::render::BuildInfo;
use crate::render::markdown::typst::{Node, to_nodes};
use crate::render::shared::{
    self, BehaviourRow, ConditionRow, KpiLine, ModuleLine, PositionRow, ReferenceLine,
};
use crate::render::words::{self, number};

#[derive(Serialize)]
pub struct HandbookData<'a> {
    pub(crate) t: &'static BTreeMap<&'static str, &'static str>,
    pub(crate) lang: &'static str,
    pub(crate) standard: StandardFacts<'a>,
    /// The revision record (修订记录), oldest first.
    pub(crate) revisions: Vec<Revision<'a>>,
    pub(crate) front_pages: Vec<PageData<'a>>,
    pub(crate) back_pages: Vec<PageData<'a>>,
    pub(crate) sequences: Vec<SequenceData<'a>>,
    pub(crate) categories: Vec<CategoryData<'a>>,
    pub(crate) kinds: Vec<KindData<'a>>,
    /// The scoring, grade, verdict and outcome rules in words.
    pub(crate) rules: [String; 4],
}

/// The data file of one sequence's sheets (`OUT/sheets/<sequence>.pdf`).
#[derive(Serialize)]
pub struct SheetsData<'a> {
    pub(crate) t: &'static BTreeMap<&'static str, &'static str>,
    pub(crate) lang: &'static str,
    pub(crate) standard: StandardFacts<'a>,
    pub(crate) sequence: SequenceData<'a>,
}

#[derive(Serialize)]
pub struct StandardFacts<'a> {
    pub title: &'a str,
    pub organisation: &'a str,
    pub edition: &'a str,
    pub effective_date: String,
    pub issued: Option<String>,
    pub status: &'static str,
    pub owner: &'a str,
    pub serial: Option<&'a str>,
    pub commit: Option<&'a str>,
    /// The draft or superseded notice, and the draft watermark.
    pub banner: Option<String>,
    pub watermark: Option<&'static str>,
    /// 编制、审核、批准: each role with its name and date, or none to sign by hand.
    pub approval: Vec<ApprovalRow<'a>>,
    /// `serif` or `sans`: the body text's face.
    pub body_font: crate::model::BodyFont,
}

#[derive(Serialize)]
pub struct ApprovalRow<'a> {
    pub role: &'static str,
    pub name: Option<&'a str>,
    pub date: Option<String>,
}

#[derive(Serialize)]
pub(crate) struct Revision<'a> {
    pub(crate) edition: &'a str,
    pub(crate) date: String,
    pub(crate) status: &'static str,
    pub(crate) notes: Vec<Node>,
    pub(crate) owner: &'a str,
    /// "12 处变化，其中 3 处影响认证" since the edition before; empty for the first.
    pub(crate) changes: String,
}

#[derive(Serialize)]
pub(crate) struct PageData<'a> {
    pub(crate) title: &'a str,
    pub(crate) body: Vec<Node>,
}

#[derive(Serialize)]
pub(crate) struct SequenceData<'a> {
    pub(crate) id: &'a str,
    pub(crate) name: &'a str,
    pub(crate) description: Vec<Node>,
    pub(crate) level_names: Vec<&'a str>,
    pub(crate) matrix: Vec<MatrixRowData<'a>>,
    pub(crate) levels: Vec<LevelData<'a>>,
    pub(crate) kpis: Vec<KpiData<'a>>,
    /// "权重合计 100（计分指标 4 项）": what the scored KPIs' weights add up to.
    pub(crate) kpi_total: Option<String>,
    /// The behaviour standards' activity × level matrix.
    pub(crate) behaviours: Vec<BehaviourRow<'a>>,
    pub(crate) positions: Vec<PositionData<'a>>,
    pub(crate) reference: Vec<ReferenceLine<'a>>,
}

#[derive(Serialize)]
pub(crate) struct PositionData<'a> {
    pub(crate) name: &'a str,
    /// "三级 – 四级"
    pub(crate) levels: String,
    pub(crate) description: Vec<Node>,
    pub(crate) responsibilities: Vec<Vec<Node>>,
    pub(crate) kpis: Vec<&'a str>,
    /// What the position's scored KPIs' weights add up to (its KPI score's denominator).
    pub(crate) kpi_total: Option<String>,
    /// The levels it is open at, and per competency it names what each then asks.
    pub(crate) level_names: Vec<&'a str>,
    pub(crate) rows: Vec<PositionRow<'a>>,
}

#[derive(Serialize)]
pub(crate) struct MatrixRowData<'a> {
    pub(crate) name: &'a str,
    pub(crate) cells: Vec<Option<CellData>>,
}

#[derive(Serialize)]
pub(crate) struct CellData {
    /// The level, or 达标 for a one-line standard.
    pub(crate) text: String,
    pub(crate) key: bool,
}

#[derive(Serialize)]
pub(crate) struct KpiData<'a> {
    #[serde(flatten)]
    pub(crate) line: KpiLine<'a>,
    pub(crate) description: Vec<Node>,
}

#[derive(Serialize)]
pub(crate) struct LevelData<'a> {
    pub(crate) name: &'a str,
    pub(crate) title: &'a str,
    pub(crate) positioning: Vec<Node>,
    pub(crate) conditions: Vec<ConditionRow>,
    pub(crate) knowledge: Vec<Vec<Node>>,
    pub(crate) responsibilities: Vec<Vec<Node>>,
    pub(crate) requirements: Vec<RequirementData<'a>>,
    /// Behaviour-standard activities required, by module, with this level's criterion.
    pub(crate) behaviours: Vec<BehaviourGroupData<'a>>,
    /// The positions open at this level.
    pub(crate) positions: Vec<&'a str>,
    pub(crate) modules: Vec<ModuleLine<'a>>,
    pub(crate) total: String,
    pub(crate) pass: String,
    /// (kind name, count)
    pub(crate) contributions: Vec<ContributionLine>,
}

#[derive(Serialize)]
pub(crate) struct RequirementData<'a> {
    pub(crate) name: &'a str,
    pub(crate) level: u32,
    pub(crate) key: bool,
    /// The grade's title, or 达标 for a one-line standard.
    pub(crate) title: &'a str,
    /// The behaviours of the required grade in full, or the one-line standard.
    pub(crate) behaviours: Vec<Vec<Node>>,
    pub(crate) one_line: bool,
}

#[derive(Serialize)]
pub(crate) struct BehaviourGroupData<'a> {
    pub(crate) name: &'a str,
    pub(crate) activities: Vec<ActivityData<'a>>,
}

#[derive(Serialize)]
pub(crate) struct ActivityData<'a> {
    pub(crate) name: &'a str,
    pub(crate) criterion: Vec<Node>,
    pub(crate) key: bool,
}

#[derive(Serialize)]
pub(crate) struct CategoryData<'a> {
    pub(crate) name: &'a str,
    pub(crate) description: Vec<Node>,
    pub(crate) competencies: Vec<CompetencyData<'a>>,
}

#[derive(Serialize)]
pub(crate) struct CompetencyData<'a> {
    pub(crate) name: &'a str,
    pub(crate) definition: Vec<Node>,
    pub(crate) key_points: Vec<Vec<Node>>,
    pub(crate) levels: Vec<GradeData<'a>>,
    /// A one-line standard instead of graded levels.
    pub(crate) standard: Option<Vec<Node>>,
}

#[derive(Serialize)]
pub(crate) struct GradeData<'a> {
    pub(crate) level: u32,
    pub(crate) title: &'a str,
    pub(crate) behaviours: Vec<Vec<Node>>,
    /// (kind, text)
    pub(crate) suggestions: Vec<(&'static str, Vec<Node>)>,
}

#[derive(Serialize)]
pub(crate) struct KindData<'a> {
    pub(crate) name: &'a str,
    pub(crate) description: Vec<Node>,
}

fn nodes(markdown: Option<&str>) -> Vec<Node> {
    markdown.map(to_nodes).unwrap_or_default()
}

fn each(list: &[String]) -> Vec<Vec<Node>> {
    list.iter().map(|x| to_nodes(x)).collect()
}

fn facts<'a>(h: &'a Standard, info: &'a BuildInfo) -> StandardFacts<'a> {
    let s = &h.settings;
    StandardFacts {
        title: &s.title,
        organisation: &s.organisation,
        edition: &s.edition,
        effective_date: s.effective_date.to_string(),
        issued: s.issued.map(|d| d.to_string()),
        status: words::status(s.language, s.status),
        owner: &s.owner,
        serial: s.serial.as_deref(),
        commit: info.commit.as_deref(),
        banner: words::status_banner(s, &info.editions),
        watermark: (s.status == crate::model::Status::Draft)
            .then(|| s.language.get("watermark_draft")),
        approval: [
            "approval_prepared",
            "approval_reviewed",
            "approval_approved",
        ]
        .iter()
        .zip(&s.approval)
        .map(|(role, signed)| ApprovalRow {
            role: s.language.get(role),
            name: signed.as_ref().map(|x| x.name.as_str()),
            date: signed.as_ref().and_then(|x| x.date).map(|d| d.to_string()),
        })
        .collect(),
        body_font: s.body_font,
    }
}

pub fn data<'a>(h: &'a Standard, info: &'a BuildInfo) -> HandbookData<'a> {
    let lang = h.settings.language;
    let s = &h.settings;
    let (front, back): (Vec<&Page>, Vec<&Page>) = h.pages.iter().partition(|p| !p.appendix);
    let page = |p: &&'a Page| PageData {
        title: &p.title,
        body: to_nodes(&p.body),
    };
    HandbookData {
        t: lang.strings(),
        lang: language_code(lang),
        standard: facts(h, info),
        revisions: revisions(h, info),
        front_pages: front.iter().map(page).collect(),
        back_pages: back.iter().map(page).collect(),
        sequences: h.sequences.iter().map(|seq| sequence(h, seq)).collect(),
        categories: h.categories.iter().map(|c| category(h, c)).collect(),
        kinds: h
            .contribution_kinds
            .iter()
            .map(|k| KindData {
                name: &k.name,
                description: nodes(k.description.as_deref()),
            })
            .collect(),
        rules: words::rules(s),
    }
}

/// The revision record: every tagged edition and the current one, or the settings' edition
/// alone outside git.
fn revisions<'a>(h: &'a Standard, info: &'a BuildInfo) -> Vec<Revision<'a>> {
    let lang = h.settings.language;
    let s = &h.settings;
    if info.editions.is_empty() {
        return vec![Revision {
            edition: &s.edition,
            date: s.effective_date.to_string(),
            status: words::status(lang, s.status),
            notes: nodes(s.edition_notes.as_deref()),
            owner: &s.owner,
            changes: String::new(),
        }];
    }
    info.editions
        .iter()
        .map(|e| Revision {
            edition: &e.name,
            date: e.effective_date.clone(),
            status: words::status(lang, e.status),
            notes: nodes(e.notes.as_deref()),
            owner: &e.owner,
            changes: crate::render::shared::changes_summary(lang, &e.changes),
        })
        .collect()
}

/// The sheets of one sequence.
pub fn sheets<'a>(h: &'a Standard, seq: &'a Sequence, info: &'a BuildInfo) -> SheetsData<'a> {
    SheetsData {
        t: h.settings.language.strings(),
        lang: language_code(h.settings.language),
        standard: facts(h, info),
        sequence: sequence(h, seq),
    }
}

fn sequence<'a>(h: &'a Standard, seq: &'a Sequence) -> SequenceData<'a> {
    SequenceData {
        id: &seq.id,
        name: &seq.name,
        description: nodes(seq.description.as_deref()),
        level_names: seq.levels.iter().map(|l| l.name.as_str()).collect(),
        matrix: seq
            .matrix()
            .into_iter()
            .map(|row| {
                let one_line = h
                    .competency(row.competency)
                    .is_some_and(|c| c.is_one_line());
                MatrixRowData {
                    name: h.competency_name(row.competency),
                    cells: row
                        .cells
                        .iter()
                        .map(|r| {
                            r.map(|r| CellData {
                                text: shared::required_text(h.settings.language, one_line, r.level),
                                key: r.key,
                            })
                        })
                        .collect(),
                }
            })
            .collect(),
        levels: seq.levels.iter().map(|l| level(h, seq, l)).collect(),
        kpis: shared::kpi_lines(h.settings.language, &seq.kpis.iter().collect::<Vec<_>>())
            .into_iter()
            .map(|line| KpiData {
                description: nodes(line.description),
                line,
            })
            .collect(),
        kpi_total: kpi_total(h, &seq.kpis.iter().collect::<Vec<_>>()),
        behaviours: shared::behaviour_rows(seq),
        positions: seq.positions.iter().map(|p| position(h, seq, p)).collect(),
        reference: shared::reference_lines(h.settings.language, seq),
    }
}

fn position<'a>(h: &'a Standard, seq: &'a Sequence, p: &'a Position) -> PositionData<'a> {
    let (levels, rows) = shared::position_rows(h, seq, p);
    PositionData {
        name: &p.name,
        levels: shared::position_range(seq, p),
        description: nodes(p.description.as_deref()),
        responsibilities: each(&p.responsibilities),
        kpis: seq
            .kpis_for(Some(p))
            .iter()
            .map(|k| k.name.as_str())
            .collect(),
        kpi_total: kpi_total(h, &seq.kpis_for(Some(p))),
        level_names: levels.iter().map(|l| l.name.as_str()).collect(),
        rows,
    }
}

fn requirements<'a>(h: &'a Standard, list: &'a [Requirement]) -> Vec<RequirementData<'a>> {
    list.iter()
        .map(|r| {
            let grade = shared::required_grade(h, r);
            RequirementData {
                name: h.competency_name(&r.competency),
                level: r.level,
                key: r.key,
                title: grade.as_ref().map_or("", |g| g.title),
                behaviours: grade
                    .as_ref()
                    .map(|g| each(g.behaviours))
                    .unwrap_or_default(),
                one_line: grade.is_some_and(|g| g.one_line),
            }
        })
        .collect()
}

fn level<'a>(h: &'a Standard, seq: &'a Sequence, l: &'a Level) -> LevelData<'a> {
    let lang = h.settings.language;
    LevelData {
        name: &l.name,
        title: &l.title,
        positioning: nodes(l.positioning.as_deref()),
        conditions: shared::condition_rows(lang, &l.conditions),
        knowledge: each(&l.knowledge),
        responsibilities: each(&l.responsibilities),
        requirements: requirements(h, &l.requirements),
        behaviours: shared::behaviour_groups(seq, l)
            .into_iter()
            .map(|g| BehaviourGroupData {
                name: g.name,
                activities: g
                    .activities
                    .into_iter()
                    .map(|a| ActivityData {
                        name: a.name,
                        criterion: to_nodes(a.criterion),
                        key: a.key,
                    })
                    .collect(),
            })
            .collect(),
        positions: seq.positions_at(l).map(|p| p.name.as_str()).collect(),
        modules: shared::scoring_modules(seq, l, h.settings.language),
        total: number(l.scoring.total),
        pass: number(l.scoring.pass),
        contributions: l
            .contributions
            .iter()
            .map(|c| ContributionLine {
                name: shared::contribution_kinds(h, &c.kinds),
                count: c.count,
                within: shared::within_cycles(h.settings.language, c.within),
            })
            .collect(),
    }
}

fn category<'a>(h: &'a Standard, c: &'a Category) -> CategoryData<'a> {
    CategoryData {
        name: &c.name,
        description: nodes(c.description.as_deref()),
        competencies: h
            .competencies
            .iter()
            .filter(|k| k.category == c.id)
            .map(|k| competency(h.settings.language, k))
            .collect(),
    }
}

fn competency(lang: Language, k: &Competency) -> CompetencyData<'_> {
    CompetencyData {
        name: &k.name,
        definition: to_nodes(&k.definition),
        key_points: each(&k.key_points),
        levels: k
            .levels
            .iter()
            .map(|l| GradeData {
                level: l.level,
                title: &l.title,
                behaviours: each(&l.behaviours),
                suggestions: l
                    .suggestions
                    .iter()
                    .map(|s| (words::learning(lang, s.kind), to_nodes(&s.text)))
                    .collect(),
            })
            .collect(),
        standard: k.standard.as_deref().map(to_nodes),
    }
}

/// A contribution requirement: the kinds it accepts, how many, and over how many cycles.
#[derive(Serialize)]
pub struct ContributionLine {
    pub(crate) name: String,
    pub(crate) count: u32,
    /// "（近 2 个周期内）", or empty for this cycle alone.
    pub(crate) within: String,
}

/// "计分指标 3 项，权重合计 100。": the scored KPIs of a table, when it has any.
fn kpi_total(h: &Standard, kpis: &[&crate::model::Kpi]) -> Option<String> {
    let scored: Vec<f64> = kpis
        .iter()
        .filter(|k| k.rule.is_some())
        .map(|k| k.weight)
        .collect();
    (!scored.is_empty()).then(|| {
        crate::render::words::fill(
            h.settings.language.get("kpi_total_weight"),
            &[
                ("total", crate::model::format_number(scored.iter().sum())),
                ("n", scored.len().to_string()),
            ],
        )
    })
}
