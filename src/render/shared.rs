//! View pieces the site and the PDFs both show, built by one function each so a level's
//! scoring reads the same on screen and in print.

use serde::Serialize;

use crate::evaluate::condition_kinds;
use crate::model::{
    Conditions, Direction, Kpi, KpiRule, Language, Level, Position, ReferenceSource, Requirement,
    Sequence, Standard,
};
use crate::render::words::{self, number};

/// A level's basic conditions, one row per kind: several certifications or other conditions
/// share their row.
#[derive(Serialize)]
pub struct ConditionRow {
    pub label: &'static str,
    pub texts: Vec<String>,
}

pub fn condition_rows(language: Language, conditions: &Conditions) -> Vec<ConditionRow> {
    use crate::evaluate::ConditionKind;
    // A condition every alternative of `any_of` already asks as much of says so, so the two
    // lines do not read as two requirements.
    let alts = &conditions.alternatives;
    let covered = |get: &dyn Fn(&crate::model::Alternative) -> Option<f64>, n: f64| {
        !alts.is_empty() && alts.iter().all(|a| get(a).is_some_and(|v| v + 1e-9 >= n))
    };
    let mut rows: Vec<ConditionRow> = Vec::new();
    for kind in condition_kinds(conditions) {
        let (label, mut text) = words::condition(language, &kind);
        let subsumed = match &kind {
            ConditionKind::ExperienceYears(n) => covered(&|a| a.experience_years, *n),
            ConditionKind::YearsInLevel(n) => covered(&|a| a.years_in_level, *n),
            ConditionKind::TrainingHours(n) => covered(&|a| a.training_hours, *n),
            ConditionKind::Education(e) => {
                !alts.is_empty() && alts.iter().all(|a| a.education.is_some_and(|x| x >= *e))
            }
            _ => false,
        };
        if subsumed {
            text.push_str(language.get("condition_subsumed"));
        }
        match rows.last_mut() {
            Some(row) if row.label == label => row.texts.push(text),
            _ => rows.push(ConditionRow {
                label,
                texts: vec![text],
            }),
        }
    }
    rows
}

/// A level's scoring modules with their items and points.
#[derive(Serialize)]
pub struct ModuleLine<'a> {
    pub name: &'a str,
    /// Tagged as the written exam (see [`exam_tag`]).
    pub exam: bool,
    pub points: String,
    pub items: Vec<ItemLine<'a>>,
}

#[derive(Serialize)]
pub struct ItemLine<'a> {
    pub name: &'a str,
    pub points: String,
}

/// Whether module `id`'s name is tagged as the written exam: an exam module whose name does
/// not already say so ("Written exam" is not tagged "(written exam)" again).
pub fn exam_tag(sequence: &Sequence, id: &str, lang: Language) -> bool {
    let word = lang.get("exam").to_lowercase();
    sequence.module(id).is_some_and(|d| d.exam)
        && !sequence.module_name(id).to_lowercase().contains(&word)
}

pub fn scoring_modules<'a>(
    sequence: &'a Sequence,
    level: &'a Level,
    lang: Language,
) -> Vec<ModuleLine<'a>> {
    level
        .scoring
        .modules
        .iter()
        .map(|m| ModuleLine {
            name: sequence.module_name(&m.module),
            exam: exam_tag(sequence, &m.module, lang),
            points: number(m.points),
            items: m
                .items
                .iter()
                .map(|(id, p)| ItemLine {
                    name: sequence.item_name(&m.module, id),
                    points: number(*p),
                })
                .collect(),
        })
        .collect()
}

/// The kinds a contribution requirement accepts, by name: "课程开发或课程讲授".
pub fn contribution_kinds(standard: &Standard, kinds: &[String]) -> String {
    let or = standard.settings.language.get("or_sep");
    kinds
        .iter()
        .map(|k| standard.contribution_kind_name(k))
        .collect::<Vec<_>>()
        .join(or)
}

/// How many a contribution requirement asks and over how many cycles: "至少 2 项（近 2 个周期内）".
pub fn contribution_count(language: Language, count: u32, within: u32) -> String {
    language
        .get("count_at_least")
        .replace("{n}", &count.to_string())
        + &within_cycles(language, within)
}

/// "（近 2 个周期内）" for a window over one cycle; nothing for this cycle alone.
pub fn within_cycles(language: Language, within: u32) -> String {
    if within > 1 {
        language
            .get("within_cycles")
            .replace("{n}", &within.to_string())
    } else {
        String::new()
    }
}

/// A KPI as the site and the handbook show it: its target, weight and scoring rule in words.
#[derive(Serialize)]
pub struct KpiLine<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub formula: &'a str,
    pub description: Option<&'a str>,
    /// "≥ 100%" (or "≤ 5" when lower is better); empty without a target.
    pub target: String,
    /// "40"; empty when the KPI is not scored.
    pub weight: String,
    /// "每低于目标 5% 扣 10 分，扣完为止"; empty without a rule.
    pub rule: String,
}

pub fn kpi_lines<'a>(language: Language, kpis: &[&'a Kpi]) -> Vec<KpiLine<'a>> {
    kpis.iter().map(|k| kpi_line(language, k)).collect()
}

/// "≥ 95%": a result at `n` or better, in the KPI's unit.
fn kpi_bound(k: &Kpi, n: f64) -> String {
    let sign = match k.direction {
        Direction::Higher => "≥",
        Direction::Lower => "≤",
    };
    format!("{sign} {}{}", number(n), k.unit.as_deref().unwrap_or(""))
}

/// The KPI's target as a bound ("≥ 100%"), or empty without one.
pub fn kpi_target(k: &Kpi) -> String {
    k.target.map(|n| kpi_bound(k, n)).unwrap_or_default()
}

/// A KPI's scoring rule in words: "达到目标得满分；每低于目标 5% 扣 10 分，扣完为止", or empty.
pub fn kpi_rule(language: Language, k: &Kpi) -> String {
    let g = |key| language.get(key);
    let unit = k.unit.as_deref().unwrap_or("");
    let bound = |n: f64| kpi_bound(k, n);
    match &k.rule {
        None => String::new(),
        Some(KpiRule::Deduct { step, points }) => g(match k.direction {
            Direction::Higher => "rule_deduct",
            Direction::Lower => "rule_deduct_lower",
        })
        .replace("{step}", &format!("{}{unit}", number(*step)))
        .replace("{points}", &number(*points)),
        Some(KpiRule::Table(bands)) => bands
            .iter()
            .map(|(from, points)| {
                g("rule_band")
                    .replace("{from}", &bound(*from))
                    .replace("{points}", &number(*points))
            })
            .chain([g("rule_below").to_string()])
            .collect::<Vec<_>>()
            .join(g("rule_sep")),
    }
}

fn kpi_line(language: Language, k: &Kpi) -> KpiLine<'_> {
    let rule = kpi_rule(language, k);
    KpiLine {
        id: &k.id,
        name: &k.name,
        formula: &k.formula,
        description: k.description.as_deref(),
        target: kpi_target(k),
        weight: if k.rule.is_some() {
            number(k.weight)
        } else {
            String::new()
        },
        rule,
    }
}

/// A level's behaviour requirements grouped by module, in the sequence's order.
#[derive(Serialize)]
pub struct BehaviourGroup<'a> {
    pub name: &'a str,
    pub activities: Vec<BehaviourLine<'a>>,
}

#[derive(Serialize)]
pub struct BehaviourLine<'a> {
    pub id: &'a str,
    /// Its element id on the level page.
    pub anchor: String,
    pub name: &'a str,
    /// Markdown.
    pub criterion: &'a str,
    pub key: bool,
}

pub fn behaviour_groups<'a>(sequence: &'a Sequence, level: &'a Level) -> Vec<BehaviourGroup<'a>> {
    sequence
        .behaviour_modules
        .iter()
        .map(|m| BehaviourGroup {
            name: &m.name,
            activities: m
                .activities
                .iter()
                .filter_map(|a| {
                    let r = level.behaviours.iter().find(|b| b.activity == a.id)?;
                    Some(BehaviourLine {
                        id: &a.id,
                        anchor: crate::urls::anchor::activity(&a.id),
                        name: &a.name,
                        criterion: &r.criterion,
                        key: r.key,
                    })
                })
                .collect(),
        })
        .filter(|g| !g.activities.is_empty())
        .collect()
}

/// A reference item (参考项) with where its value comes from.
#[derive(Serialize)]
pub struct ReferenceLine<'a> {
    pub name: &'a str,
    pub description: Option<&'a str>,
    pub source: &'static str,
}

pub fn reference_lines(language: Language, sequence: &Sequence) -> Vec<ReferenceLine<'_>> {
    sequence
        .reference_items
        .iter()
        .map(|r| ReferenceLine {
            name: &r.name,
            description: r.description.as_deref(),
            source: language.get(match r.source {
                ReferenceSource::Record => "source_record",
                ReferenceSource::Performance => "source_performance",
                ReferenceSource::Kpi => "source_kpi",
            }),
        })
        .collect()
}

/// "三级 – 四级", or one level's name when a position is open at one level.
pub fn position_range(s: &Sequence, p: &Position) -> String {
    let name = |id: &str| s.level(id).map_or(id, |l| l.name.as_str()).to_string();
    if p.from == p.to {
        name(&p.from)
    } else {
        format!("{} – {}", name(&p.from), name(&p.to))
    }
}

/// What a requirement asks for in words: the required grade's title and behaviours, or for a
/// one-line standard 达标 and its line.
pub struct RequiredGrade<'a> {
    pub title: &'a str,
    pub behaviours: &'a [String],
    pub one_line: bool,
}

pub fn required_grade<'a>(standard: &'a Standard, r: &Requirement) -> Option<RequiredGrade<'a>> {
    let c = standard.competency(&r.competency)?;
    Some(match &c.standard {
        Some(line) => RequiredGrade {
            title: standard.settings.language.get("one_line_required"),
            behaviours: std::slice::from_ref(line),
            one_line: true,
        },
        None => {
            let grade = c.level(r.level)?;
            RequiredGrade {
                title: &grade.title,
                behaviours: &grade.behaviours,
                one_line: false,
            }
        }
    })
}

/// Per behaviour-standard activity of a sequence, what each level asks: "key", "normal" or ""
/// (not required there) — the activity × level matrix.
#[derive(Serialize)]
pub struct BehaviourRow<'a> {
    /// The module's name on the first activity of a module.
    pub module: Option<&'a str>,
    pub name: &'a str,
    pub cells: Vec<&'static str>,
}

pub fn behaviour_rows(s: &Sequence) -> Vec<BehaviourRow<'_>> {
    let mut rows = Vec::new();
    for m in &s.behaviour_modules {
        for (i, a) in m.activities.iter().enumerate() {
            rows.push(BehaviourRow {
                module: (i == 0).then_some(m.name.as_str()),
                name: &a.name,
                cells: s
                    .levels
                    .iter()
                    .map(|l| {
                        l.behaviours
                            .iter()
                            .find(|b| b.activity == a.id)
                            .map_or("", |b| if b.key { "key" } else { "normal" })
                    })
                    .collect(),
            });
        }
    }
    rows
}

/// What a required level reads in a matrix: "3", or 达标 for a one-line standard.
pub fn required_text(language: Language, one_line: bool, level: u32) -> String {
    if one_line {
        language.get("one_line_required").to_string()
    } else {
        level.to_string()
    }
}

/// What a position asks at one level it is open at, for one competency it names.
#[derive(Serialize)]
pub struct PositionCell {
    /// "3", or 达标 for a one-line standard: the level's requirement with the position's.
    pub text: String,
    pub key: bool,
    /// The position adds or raises the requirement here (or makes it key).
    pub raised: bool,
}

#[derive(Serialize)]
pub struct PositionRow<'a> {
    pub competency: &'a str,
    pub name: &'a str,
    /// One per level the position is open at, lowest first.
    pub cells: Vec<PositionCell>,
}

impl PositionRow<'_> {
    /// The position changes the requirement at some level: otherwise the level asks as much.
    pub fn raises(&self) -> bool {
        self.cells.iter().any(|c| c.raised)
    }
}

/// Whether a position adds to or raises a level's requirement of a competency.
pub fn position_raises(level: &Level, merged: &Requirement) -> bool {
    level
        .requirement(&merged.competency)
        .is_none_or(|own| own.level < merged.level || (merged.key && !own.key))
}

/// The levels a position is open at, and per competency it names what each of them asks of
/// someone holding it.
pub fn position_rows<'a>(
    standard: &'a Standard,
    s: &'a Sequence,
    p: &'a Position,
) -> (Vec<&'a Level>, Vec<PositionRow<'a>>) {
    let levels: Vec<&Level> = s.levels.iter().filter(|l| p.covers(s, l)).collect();
    let merged: Vec<Vec<Requirement>> = levels
        .iter()
        .map(|l| s.requirements_for(l, Some(p)))
        .collect();
    let rows = p
        .requirements
        .iter()
        .map(|r| {
            let one_line = standard
                .competency(&r.competency)
                .is_some_and(|c| c.is_one_line());
            PositionRow {
                competency: &r.competency,
                name: standard.competency_name(&r.competency),
                cells: levels
                    .iter()
                    .zip(&merged)
                    .filter_map(|(l, reqs)| {
                        let m = reqs.iter().find(|x| x.competency == r.competency)?;
                        Some(PositionCell {
                            text: required_text(standard.settings.language, one_line, m.level),
                            key: m.key,
                            raised: position_raises(l, m),
                        })
                    })
                    .collect(),
            }
        })
        .collect();
    (levels, rows)
}

/// "12 处变化，其中 3 处影响认证", or empty when nothing changed.
pub fn changes_summary(lang: Language, changes: &[crate::model::change::Change]) -> String {
    if changes.is_empty() {
        return String::new();
    }
    lang.get("diff_counts")
        .replace("{n}", &changes.len().to_string())
        .replace(
            "{m}",
            &changes
                .iter()
                .filter(|c| c.affects_assessments)
                .count()
                .to_string(),
        )
}
