//! The data file of one team summary: every figure and word prepared here from the
//! [`TeamSummary`], so `summary.typ` only lays it out. The same view feeds the summary's
//! Markdown (`render::team`), so the two never disagree.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{Header, language_code};
use crate::evaluate::GapStatus;
use crate::evaluate::team::{Cell, Grouping, MemberRow, Team, TeamSummary};
use crate::model::{Language, Standard};
use crate::render::BuildInfo;
use crate::render::markdown::to_plain_text;
use crate::render::words::{self, fill, number};

/// Competency columns per heatmap table: more would squeeze the names on a landscape page.
pub const COLUMNS_PER_TABLE: usize = 11;

#[derive(Serialize)]
pub struct SummaryData<'a> {
    t: &'static BTreeMap<&'static str, &'static str>,
    lang: &'static str,
    pub standard: Header<'a>,
    pub team: TeamHeader,
    pub overview: Overview,
    pub previous: Option<String>,
    /// The verdict rule and the grade rule, in words, with the settings' thresholds.
    pub rules: String,
    /// The first [`MEMBERS_LISTED`] members.
    pub members: Vec<MemberLine>,
    /// "另有 1,328 人未在此列出…" when the team has more members than the PDF lists.
    pub more: Option<String>,
    /// The heatmap, cut into tables of at most [`COLUMNS_PER_TABLE`] competencies.
    pub heatmaps: Vec<Heatmap>,
    pub needs: Vec<Need>,
    /// Files carried inside the PDF (a protected bundle's CSV, Markdown and manifest, so
    /// nothing in it is readable without the password); none otherwise.
    pub attachments: Vec<Attachment>,
}

/// A text file attached to a PDF.
#[derive(Serialize)]
pub struct Attachment {
    pub name: String,
    pub mime: &'static str,
    pub text: String,
}

#[derive(Serialize)]
pub struct TeamHeader {
    /// 直接上级 · 李强（M01）, 部门 · 华东销售部 …
    pub label: String,
    pub name: String,
    pub cycle: String,
}

#[derive(Serialize)]
pub struct Overview {
    pub members: usize,
    /// "3 / 8 人通过（37.5%）"
    pub qualified: String,
    /// (label, count) per outcome present.
    pub outcomes: Vec<(String, usize)>,
    pub grades: Vec<(String, usize)>,
    /// Per sequence and level applied for: one pass mark, so totals and pass rates compare.
    pub levels: Vec<LevelLine>,
    /// "多人评价 5 人；评价分歧项 2 个，已校准 1 个；校准决定 2 项", when a member was rated by
    /// several raters (left out otherwise, so such a summary is what it was before).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ratings: Option<String>,
    /// "下一周期到期须复审：林晓峰（销售序列一级，2025-07-01）", when a member is due.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub renewals: Option<String>,
}

/// The members who applied for one level, as the overview lists them.
#[derive(Serialize)]
pub struct LevelLine {
    /// "销售序列 二级"
    pub level: String,
    pub members: usize,
    /// "2/3"
    pub qualified: String,
    pub pass: String,
    /// "58.5–72（中位 66）", or the one total.
    pub totals: String,
    /// "1/2": qualified of those assessed at this level in the team's previous cycle.
    pub previous: Option<String>,
}

#[derive(Serialize)]
pub struct MemberLine {
    pub id: String,
    pub name: String,
    /// "s1 → s2", or "s2" for a re-certification.
    pub levels: String,
    pub outcome: String,
    pub qualified: bool,
    pub grade: String,
    pub total: String,
    pub pass: String,
    /// Why not qualified: each failed gate ("总分低于合格分；等级为 C"); empty when qualified.
    pub reason: String,
    /// "52.5 → 61", with the earlier level when it was another ("52.5（一级）→ 61").
    pub change: Option<String>,
}

#[derive(Serialize)]
pub struct Heatmap {
    pub columns: Vec<HeatColumn>,
    /// Member name, then one cell per column.
    pub rows: Vec<(String, Vec<HeatCell>)>,
}

#[derive(Serialize)]
pub struct HeatColumn {
    pub name: String,
    pub key: bool,
}

#[derive(Serialize)]
pub struct HeatCell {
    /// `met`, `one-below`, `two-or-more-below`, or `none` (not required).
    pub status: &'static str,
    /// "2/3", "★1/2" when key for this member; empty when not required.
    pub text: String,
    pub key: bool,
    pub achieved: Option<u32>,
    pub required: Option<u32>,
}

#[derive(Serialize)]
pub struct Need {
    pub rank: usize,
    pub name: String,
    pub key: bool,
    /// "4 / 6 人未达标"
    pub count: String,
    /// "上期 2 人", when the team had a previous cycle.
    pub previous: Option<String>,
    /// "林晓峰 1/2 ★、徐婉清 1/2"
    pub members: String,
    /// Per level to reach: "2 级（林晓峰）" and its suggestions as (kind, text).
    pub targets: Vec<(String, Vec<(String, String)>)>,
}

pub fn data<'a>(
    standard: &'a Standard,
    info: &'a BuildInfo,
    grouping: Grouping,
    team: &Team,
    summary: &TeamSummary,
    listing: Listing,
) -> SummaryData<'a> {
    let (members_listed, names_listed) = match listing {
        Listing::Everyone => (usize::MAX, usize::MAX),
        Listing::Pdf => (MEMBERS_LISTED, NAMES_LISTED),
    };
    let lang = standard.settings.language;
    let g = |key| lang.get(key);
    let members = summary.members.len();
    SummaryData {
        t: lang.strings(),
        lang: language_code(lang),
        standard: Header::new(standard, info, info.commit.as_deref()),
        team: TeamHeader {
            label: g(match grouping {
                Grouping::Manager => "team_by_manager",
                Grouping::Department => "team_by_department",
                Grouping::Sequence => "team_by_sequence",
            })
            .to_string(),
            name: team_name(lang, grouping, team),
            cycle: summary.cycle.clone(),
        },
        overview: overview(standard, summary),
        rules: format!(
            "{}{}",
            g("team_outcome_note"),
            words::grade_rules(&standard.settings)
        ),
        // The same people in both cycles, never averages across levels and pass marks.
        previous: Some(previous(lang, summary)),
        members: summary
            .members
            .iter()
            .take(members_listed)
            .map(|m| member_line(standard, m))
            .collect(),
        more: (members > members_listed).then(|| {
            g("team_more_members")
                .replace("{shown}", &members_listed.to_string())
                .replace("{n}", &(members - members_listed).to_string())
        }),
        heatmaps: heatmaps(standard, summary, members_listed),
        needs: needs(standard, summary, names_listed),
        attachments: Vec::new(),
    }
}
/// How many qualified, the outcomes and grades, and a line per level applied for (one pass
/// mark each, so totals and pass rates compare).
fn overview(standard: &Standard, summary: &TeamSummary) -> Overview {
    let lang = standard.settings.language;
    let g = |key| lang.get(key);
    let members = summary.members.len();
    let share = if members == 0 {
        0.0
    } else {
        summary.qualified as f64 * 100.0 / members as f64
    };
    Overview {
        members,
        qualified: g("team_qualified")
            .replace("{n}", &summary.qualified.to_string())
            .replace("{m}", &members.to_string())
            .replace("{p}", &number((share * 10.0).round() / 10.0)),
        outcomes: summary
            .outcomes
            .iter()
            .map(|(o, n)| (words::outcome(lang, *o).to_string(), *n))
            .collect(),
        grades: summary
            .grades
            .iter()
            .map(|(grade, n)| (format!("{grade:?}"), *n))
            .collect(),
        levels: summary
            .levels
            .iter()
            .map(|l| LevelLine {
                level: format!(
                    "{} {}",
                    standard
                        .sequence(&l.sequence)
                        .map_or(l.sequence.as_str(), |q| q.name.as_str()),
                    level_name(standard, &l.sequence, &l.level)
                ),
                members: l.members,
                qualified: format!("{}/{}", l.qualified, l.members),
                pass: number(l.pass),
                totals: if l.members == 1 {
                    points(l.totals.min)
                } else {
                    g("team_range")
                        .replace("{min}", &points(l.totals.min))
                        .replace("{max}", &points(l.totals.max))
                        .replace("{median}", &points(l.totals.median))
                },
                previous: l.previous.map(|(m, q)| format!("{q}/{m}")),
            })
            .collect(),
        renewals: (!summary.renewals.is_empty()).then(|| {
            let people: Vec<String> = summary
                .renewals
                .iter()
                .map(|r| {
                    let level = format!(
                        "{}{}",
                        standard
                            .sequence(&r.sequence)
                            .map_or(r.sequence.as_str(), |q| q.name.as_str()),
                        level_name(standard, &r.sequence, &r.level)
                    );
                    format!(
                        "{}{}",
                        r.name,
                        g("in_parens").replace(
                            "{text}",
                            &format!("{level}{}{}", g("list_sep"), r.valid_until)
                        )
                    )
                })
                .collect();
            fill(
                g("team_renewals_line"),
                &[("people", people.join(g("list_sep")))],
            )
        }),
        ratings: (summary.ratings.rated > 0).then(|| {
            let r = summary.ratings;
            fill(
                g("team_ratings_line"),
                &[
                    ("rated", r.rated.to_string()),
                    ("divergent", r.divergent.to_string()),
                    ("settled", r.settled.to_string()),
                    ("decisions", r.decisions.to_string()),
                ],
            )
        }),
    }
}

/// The cycle before: the same people in both cycles, never averages across levels and pass
/// marks.
fn previous(lang: Language, summary: &TeamSummary) -> String {
    let g = |key| lang.get(key);
    match &summary.previous {
        Some(p) => {
            let text = g("team_previous")
                .replace("{cycle}", &p.cycle)
                .replace("{n}", &p.qualified.to_string())
                .replace("{m}", &p.members.to_string());
            if p.both == 0 {
                text + g("team_previous_none_both")
            } else {
                text + &g("team_previous_both")
                    .replace("{both}", &p.both.to_string())
                    .replace("{then}", &p.both_qualified_then.to_string())
                    .replace("{now}", &p.both_qualified_now.to_string())
            }
        }
        None => g("team_no_previous").to_string(),
    }
}

/// The competencies most short, each with who is short (at most `names_listed` names) and the
/// suggestions for the level each needs to reach.
fn needs(standard: &Standard, summary: &TeamSummary, names_listed: usize) -> Vec<Need> {
    let lang = standard.settings.language;
    let g = |key| lang.get(key);
    let count = |n: usize| g("team_people").replace("{n}", &n.to_string());
    summary
        .needs
        .iter()
        .enumerate()
        .map(|(i, n)| Need {
            rank: i + 1,
            name: standard.competency_name(&n.competency).to_string(),
            key: n.key,
            count: g("team_short")
                .replace("{n}", &n.short.len().to_string())
                .replace("{m}", &n.required_of.to_string()),
            previous: n
                .previous_short
                .map(|p| g("team_short_before").replace("{n}", &count(p))),
            members: listed(
                lang,
                names_listed,
                n.short.iter().map(|s| {
                    format!(
                        "{} {}/{}{}",
                        s.name,
                        s.achieved,
                        s.required,
                        if s.key { " ★" } else { "" }
                    )
                }),
            ),
            targets: n
                .targets
                .iter()
                .map(|t| {
                    let names = t.members.iter().filter_map(|id| {
                        n.short
                            .iter()
                            .find(|s| s.employee_id == *id)
                            .map(|s| s.name.clone())
                    });
                    let label = g("team_target")
                        .replace("{n}", &t.level.to_string())
                        .replace("{who}", &listed(lang, names_listed, names));
                    let suggestions = t
                        .suggestions
                        .iter()
                        .map(|s| {
                            (
                                words::learning(lang, s.kind).to_string(),
                                to_plain_text(&s.text),
                            )
                        })
                        .collect();
                    (label, suggestions)
                })
                .collect(),
        })
        .collect()
}

/// How a team is named: 李强（M01）, a department's name, a sequence's name.
pub fn team_name(lang: Language, grouping: Grouping, team: &Team) -> String {
    match grouping {
        Grouping::Manager if team.key == crate::evaluate::team::NO_MANAGER => {
            lang.get("team_no_manager").to_string()
        }
        Grouping::Manager => words::fill(
            lang.get("name_with_id"),
            &[("name", team.title.clone()), ("id", team.key.clone())],
        ),
        Grouping::Department | Grouping::Sequence => team.title.clone(),
    }
}

fn level_name(standard: &Standard, sequence: &str, level: &str) -> String {
    standard
        .sequence(sequence)
        .and_then(|s| s.level(level))
        .map_or_else(|| level.to_string(), |l| l.name.clone())
}

fn list_separator(lang: Language) -> &'static str {
    lang.get("list_sep")
}

/// Why a member is not qualified: each failed gate, in a few words.
/// Why not qualified, gate by gate, as every output words it; empty when qualified.
fn reason(standard: &Standard, m: &MemberRow) -> String {
    crate::render::verdict::reason_sentence(standard, &m.failures)
}

/// A total to at most two decimals, cut (see `model::format_score`).
pub fn points(v: f64) -> String {
    crate::model::format_score(v)
}

/// Whom a summary's view lists: everyone (the CSV and Markdown files), or as many as a PDF
/// lays out in bounded memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listing {
    Everyone,
    Pdf,
}

/// The most members a summary PDF lists (in its member table and heatmap) and names in one
/// training need: a department of 1,400 would otherwise make a 300-page PDF that Typst lays
/// out in gigabytes. The CSV and Markdown files list everyone.
pub const MEMBERS_LISTED: usize = 100;
/// The most names one training need lists.
const NAMES_LISTED: usize = 30;

/// Names joined in the language's way, the first `limit` of them, with how many more.
fn listed(lang: Language, limit: usize, names: impl Iterator<Item = String>) -> String {
    let names: Vec<String> = names.collect();
    let mut text = names
        .iter()
        .take(limit)
        .cloned()
        .collect::<Vec<_>>()
        .join(list_separator(lang));
    if names.len() > limit {
        text.push_str(
            &lang
                .get("team_more_names")
                .replace("{n}", &(names.len() - limit).to_string()),
        );
    }
    text
}

fn heatmaps(standard: &Standard, summary: &TeamSummary, rows: usize) -> Vec<Heatmap> {
    let indexed: Vec<(usize, &crate::evaluate::team::Column)> =
        summary.columns.iter().enumerate().collect();
    // As few tables as the limit allows, of even widths (18 columns: 9 and 9, not 12 and 6).
    let tables = indexed.len().div_ceil(COLUMNS_PER_TABLE).max(1);
    indexed
        .chunks(indexed.len().div_ceil(tables).max(1))
        .map(|chunk| Heatmap {
            columns: chunk
                .iter()
                .map(|(_, c)| HeatColumn {
                    name: standard.competency_name(&c.competency).to_string(),
                    key: c.key,
                })
                .collect(),
            rows: summary
                .members
                .iter()
                .take(rows)
                .map(|m| {
                    let cells = chunk
                        .iter()
                        .map(|(i, _)| heat_cell(standard.settings.language, &m.cells[*i]))
                        .collect();
                    (m.name.clone(), cells)
                })
                .collect(),
        })
        .collect()
}

/// A one-line standard's state in a cell: 达标 / 未达标.
fn one_line_text(lang: Language, met: bool) -> &'static str {
    lang.get(if met { "met" } else { "unmet" })
}

pub fn heat_cell(lang: Language, cell: &Cell) -> HeatCell {
    match cell {
        Cell::NotRequired => HeatCell {
            status: "none",
            text: String::new(),
            key: false,
            achieved: None,
            required: None,
        },
        Cell::Assessed {
            achieved,
            required,
            key,
            one_line,
            status,
        } => HeatCell {
            status: match status {
                GapStatus::Met => "met",
                GapStatus::OneBelow => "one-below",
                GapStatus::TwoOrMoreBelow | GapStatus::Unmet => "two-or-more-below",
            },
            text: format!(
                "{}{}",
                if *key { "★" } else { "" },
                if *one_line {
                    one_line_text(lang, *status == GapStatus::Met).to_string()
                } else {
                    format!("{achieved}/{required}")
                }
            ),
            key: *key,
            achieved: Some(*achieved),
            required: Some(*required),
        },
    }
}

/// One member's line: levels, verdict, grade, total and why not qualified, in words.
pub fn member_line(standard: &Standard, m: &MemberRow) -> MemberLine {
    let lang = standard.settings.language;
    let g = |k| lang.get(k);
    MemberLine {
        reason: reason(standard, m),
        pass: points(m.pass),
        id: m.employee_id.clone(),
        name: m.name.clone(),
        levels: match &m.current_level {
            Some(c) if *c != m.applied_level && m.skipped_levels > 0 => format!(
                "{} → {}{}",
                level_name(standard, &m.sequence, c),
                level_name(standard, &m.sequence, &m.applied_level),
                g("team_skips")
            ),
            Some(c) if *c != m.applied_level => {
                format!(
                    "{} → {}",
                    level_name(standard, &m.sequence, c),
                    level_name(standard, &m.sequence, &m.applied_level)
                )
            }
            _ => level_name(standard, &m.sequence, &m.applied_level),
        },
        outcome: words::outcome(lang, m.outcome).to_string(),
        qualified: m.qualified,
        grade: format!("{:?}", m.grade),
        total: points(m.total),
        change: m.previous.as_ref().map(|(total, level)| {
            let then = if *level == m.applied_level {
                points(*total)
            } else {
                let name = level_name(standard, &m.sequence, level);
                format!(
                    "{}{}",
                    points(*total),
                    fill(lang.get("in_parens"), &[("text", name.to_string())])
                )
            };
            format!("{then} → {}", points(m.total))
        }),
    }
}
