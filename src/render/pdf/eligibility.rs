//! The data file of a cycle's eligibility screening list (资格审查名单) for the HR committee:
//! every word and figure prepared here from the [`Screening`], so `eligibility.typ` only lays
//! it out. The workbook (`render::eligibility`) takes its verdicts, routes and counts from the
//! same functions, so the two never disagree. Personal data: never on the public site.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{Header, language_code};
use crate::evaluate::eligibility::{Candidate, NotScreened, Route, Screening, Unscreened};
use crate::evaluate::guidance::ConditionGap;
use crate::evaluate::{ConditionCheck, ConditionKind, alternative_parts};
use crate::model::{Date, Language, Standard, format_score};
use crate::render::BuildInfo;
use crate::render::markdown::to_plain_text;
use crate::render::verdict;
use crate::render::words::{self, fill};

/// What `eligibility.typ` receives: the strings, the running head, the title block, the
/// summary per department and the candidates per sequence and level.
#[derive(Serialize)]
pub struct EligibilityData<'a> {
    t: &'static BTreeMap<&'static str, &'static str>,
    lang: &'static str,
    pub standard: Header<'a>,
    /// "2024H2 任职资格审查名单"
    pub title: String,
    pub cycle: String,
    /// The screening date (资格审查基准日), YYYY-MM-DD.
    pub date: String,
    /// What eligible means, in one paragraph.
    pub rules: String,
    /// "审查 12 人，共 15 人次：符合 6，将符合 2，不符合 7；已申报 4：符合 3，将符合 1，不符合 0。"
    pub overview: String,
    /// People screened (each once, whatever the levels).
    pub people: usize,
    /// Person-levels screened: the rows of the list.
    pub screenings: usize,
    pub departments: Vec<DepartmentLines>,
    pub total: Counts,
    pub sequences: Vec<SequenceSection>,
    /// Who has a sequence but no level to be screened for, and why.
    pub unscreened: Vec<UnscreenedRow>,
}

/// Someone with a sequence the list has no level for.
#[derive(Serialize)]
pub struct UnscreenedRow {
    pub id: String,
    pub name: String,
    pub department: String,
    pub sequence: String,
    /// The level held.
    pub current: String,
    /// 已任本序列最高级别…
    pub reason: String,
}

/// How many candidates of a group are in each state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub screened: usize,
    pub eligible: usize,
    /// Not eligible now, eligible on a later day by time alone.
    pub later: usize,
    /// Not eligible, and time alone does not cure it.
    pub ineligible: usize,
    /// Applied, in each state: eligible, eligible later (not in this cycle), not eligible.
    pub applied: usize,
    pub applied_eligible: usize,
    pub applied_later: usize,
    pub applied_ineligible: usize,
}

impl Counts {
    fn add(&mut self, c: &Candidate) {
        self.screened += 1;
        match Status::of(c) {
            Status::Eligible => self.eligible += 1,
            Status::Later => self.later += 1,
            Status::Ineligible => self.ineligible += 1,
        }
        if c.application.is_some() {
            self.applied += 1;
            match Status::of(c) {
                Status::Eligible => self.applied_eligible += 1,
                Status::Later => self.applied_later += 1,
                Status::Ineligible => self.applied_ineligible += 1,
            }
        }
    }

    pub fn sum(&mut self, other: &Counts) {
        self.screened += other.screened;
        self.eligible += other.eligible;
        self.later += other.later;
        self.ineligible += other.ineligible;
        self.applied += other.applied;
        self.applied_eligible += other.applied_eligible;
        self.applied_later += other.applied_later;
        self.applied_ineligible += other.applied_ineligible;
    }
}

/// One department of the summary: a line per level applied for, and a subtotal when there
/// are several.
#[derive(Serialize)]
pub struct DepartmentLines {
    pub name: String,
    pub levels: Vec<LevelCount>,
    pub subtotal: Option<Counts>,
}

#[derive(Serialize)]
pub struct LevelCount {
    /// "销售序列 · 二级"
    pub level: String,
    pub sequence: String,
    /// The level's name alone.
    pub level_name: String,
    pub counts: Counts,
}

#[derive(Serialize)]
pub struct SequenceSection {
    pub name: String,
    pub levels: Vec<LevelSection>,
}

/// The candidates for one level.
#[derive(Serialize)]
pub struct LevelSection {
    /// "二级（s2）"
    pub heading: String,
    /// "销售序列 · 二级（s2）": what the running head says on a page the table runs onto.
    pub title: String,
    /// "审查 5 人：符合 2，将符合 1，不符合 2；已申报 3：符合 2，将符合 1，不符合 0"
    pub counts: String,
    /// The level's basic conditions the roster decides, in one line.
    pub requires: String,
    /// The `other` conditions, judged at the assessment; none when the level has none.
    pub to_judge: Option<String>,
    /// 复核：现职年限要求不适用, when a row's years in level were waived (marked *).
    pub note: Option<String>,
    pub rows: Vec<CandidateRow>,
}

#[derive(Serialize)]
pub struct CandidateRow {
    pub id: String,
    pub name: String,
    pub department: String,
    /// The level held, or 无.
    pub current: String,
    pub route: &'static str,
    /// `eligible`, `later` or `ineligible`: the verdict's colour.
    pub status: &'static str,
    /// 符合 / 不符合 / 将于 2025-03-15 符合
    pub verdict: String,
    /// The state alone (符合 / 将符合 / 不符合), and for 将符合 the day (2025-03-15 起符合):
    /// the verdict on two short lines.
    pub verdict_word: &'static str,
    pub verdict_on: Option<String>,
    /// What the roster gives for each fact the level's conditions read (学历 本科, 工作 4 年
    /// 9 个月, 绩效 A B B), so a 符合 can be checked too.
    pub facts: Vec<Fact>,
    /// Each unmet condition with the figure held and the requirement.
    pub unmet: Vec<String>,
    /// A re-certification's years in level waived: marked beside the route, the level's
    /// `note` says it.
    pub waived: bool,
    /// 已申报 2024-11-20; none when the person did not apply.
    pub applied: Option<String>,
    /// For an application not eligible on the screening date, its state: 申报但尚未符合
    /// (eligible later) or 申报但不符合.
    pub flag: Option<Flag>,
}

/// One fact of the roster with its label: "学历 本科", or "专业 花名册未填" when the roster
/// leaves it blank (`missing`), for HR to check before the meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fact {
    pub text: String,
    pub missing: bool,
}

/// An application the screening does not bear out, marked on its row.
#[derive(Serialize)]
pub struct Flag {
    pub text: &'static str,
    /// `later` or `ineligible`: the badge's colour.
    pub status: &'static str,
}

/// A candidate's state on the screening date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Eligible,
    /// Time alone makes them eligible (on `eligible_on`).
    Later,
    Ineligible,
}

impl Status {
    pub fn of(c: &Candidate) -> Status {
        match (c.eligible, c.eligible_on) {
            (true, _) => Status::Eligible,
            (false, Some(_)) => Status::Later,
            (false, None) => Status::Ineligible,
        }
    }

    /// 符合 / 将符合 / 不符合: the state alone, as the workbook's filter offers it.
    pub fn word(self, lang: Language) -> &'static str {
        lang.get(match self {
            Status::Eligible => "elig_eligible",
            Status::Later => "elig_later",
            Status::Ineligible => "elig_not_eligible",
        })
    }

    fn key(self) -> &'static str {
        match self {
            Status::Eligible => "eligible",
            Status::Later => "later",
            Status::Ineligible => "ineligible",
        }
    }
}

pub fn data<'a>(
    standard: &'a Standard,
    screening: &Screening,
    info: &'a BuildInfo,
) -> EligibilityData<'a> {
    let lang = standard.settings.language;
    let mut total = Counts::default();
    screening.candidates.iter().for_each(|c| total.add(c));
    let people = people(screening);
    EligibilityData {
        t: lang.strings(),
        lang: language_code(lang),
        standard: Header::new(standard, info, info.commit.as_deref()),
        title: title(lang, &screening.cycle),
        cycle: screening.cycle.clone(),
        date: screening.date.to_string(),
        rules: rules(standard),
        overview: lang.say(&crate::msg!(
            "elig_overview",
            people = people,
            n = total.screened,
            eligible = total.eligible,
            later = total.later,
            not = total.ineligible,
            applications = applications(lang, &total),
        )) + &if screening.unscreened.is_empty() {
            String::new()
        } else {
            lang.say(&crate::msg!(
                "elig_overview_unscreened",
                n = screening.unscreened.len()
            ))
        },
        people,
        screenings: total.screened,
        departments: departments(standard, screening),
        total,
        sequences: sequences(standard, screening),
        unscreened: unscreened(standard, screening),
    }
}

/// Who the screening lists no level for, by sequence (in the standard's order), department
/// and employee id.
pub fn unscreened(standard: &Standard, screening: &Screening) -> Vec<UnscreenedRow> {
    let lang = standard.settings.language;
    let mut list: Vec<&Unscreened> = screening.unscreened.iter().collect();
    list.sort_by_key(|u| {
        let index = standard.sequences.iter().position(|s| s.id == u.sequence);
        (index, u.department.is_none(), &u.department, &u.employee_id)
    });
    list.into_iter()
        .map(|u| UnscreenedRow {
            id: u.employee_id.clone(),
            name: u.name.clone(),
            department: u
                .department
                .clone()
                .unwrap_or_else(|| lang.get("elig_no_department").to_string()),
            sequence: sequence_name(standard, &u.sequence).to_string(),
            current: u.current_level.as_deref().map_or_else(
                || lang.get("elig_none").to_string(),
                |l| level_name(standard, &u.sequence, l).to_string(),
            ),
            reason: not_screened(standard, u),
        })
        .collect()
}

/// Why someone is not screened: 已任本序列最高级别, and when re-certification is due.
pub fn not_screened(standard: &Standard, u: &Unscreened) -> String {
    let lang = standard.settings.language;
    match u.reason {
        NotScreened::HighestLevel => {
            let mut text = lang.get("elig_not_screened_highest").to_string();
            if let Some(after) = standard.settings.verdict.recertify_after_years {
                text += &fill(
                    lang.get("elig_not_screened_recertify"),
                    &[("years", years(lang, after, false))],
                );
            }
            text
        }
    }
}

/// "2024H2 任职资格审查名单", "Eligibility screening 2024H2".
pub fn title(lang: Language, cycle: &str) -> String {
    fill(lang.get("elig_title"), &[("cycle", cycle.to_string())])
}

/// What eligible means: the roster's conditions on the screening date, time alone, `other`
/// conditions at the assessment, re-certification (and when it is due, if the settings say).
pub fn rules(standard: &Standard) -> String {
    let lang = standard.settings.language;
    let mut text = lang.get("elig_rules").to_string();
    if let Some(years) = standard.settings.verdict.recertify_after_years {
        text.push_str(&fill(
            lang.get("elig_rules_recertify"),
            &[("years", self::years(lang, years, false))],
        ));
    }
    text
}

/// Distinct people among the candidates.
fn people(screening: &Screening) -> usize {
    let mut ids: Vec<&str> = screening
        .candidates
        .iter()
        .map(|c| c.employee_id.as_str())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids.len()
}

/// The applications among `counts` in each state: "已申报 4：符合 3，将符合 1，不符合 0", or
/// 无人申报.
pub fn applications(lang: Language, counts: &Counts) -> String {
    if counts.applied == 0 {
        return lang.get("elig_applied_none").to_string();
    }
    lang.say(&crate::msg!(
        "elig_applied_counts",
        applied = counts.applied,
        eligible = counts.applied_eligible,
        later = counts.applied_later,
        not = counts.applied_ineligible,
    ))
}

/// For an application not eligible on the screening date, the badge naming its state:
/// 申报但尚未符合 (eligible later, not in this cycle) or 申报但不符合; none otherwise.
pub fn applied_flag(lang: Language, c: &Candidate) -> Option<(&'static str, Status)> {
    c.application.as_ref()?;
    match Status::of(c) {
        Status::Eligible => None,
        Status::Later => Some((lang.get("elig_applied_later"), Status::Later)),
        Status::Ineligible => Some((lang.get("elig_applied_not_eligible"), Status::Ineligible)),
    }
}

/// How the route to a level is said: 首次认证, 晋级, 越级, 复核.
pub fn route(lang: Language, route: Route) -> &'static str {
    lang.get(match route {
        Route::First => "elig_route_first",
        Route::Promotion => "elig_route_promotion",
        Route::SkipLevel => "elig_route_skip",
        Route::Recertification => "elig_route_recertification",
        Route::Other => "elig_route_other",
    })
}

/// 符合 / 不符合 / 将于 2025-03-15 符合.
pub fn verdict(lang: Language, c: &Candidate) -> String {
    match (Status::of(c), c.eligible_on) {
        (Status::Eligible, _) => lang.get("elig_eligible").to_string(),
        (Status::Later, Some(on)) => {
            fill(lang.get("elig_eligible_on"), &[("date", on.to_string())])
        }
        _ => lang.get("elig_not_eligible").to_string(),
    }
}

/// A figure of years: in years and months when counted from a roster's date (`months`), as
/// the reports say it (`1 年 5 个月`, `1 year 5 months`), else as the figure (`1.5 年`,
/// `1 year`).
pub fn years(lang: Language, x: f64, months: bool) -> String {
    if months {
        verdict::quantity(lang, "years", x, String::new(), true)
    } else {
        lang.say(&crate::msg!("elig_years", n = figure(x)))
    }
}

/// Training hours: `44 学时`, `1 hour`.
pub fn hours(lang: Language, x: f64) -> String {
    lang.say(&crate::msg!("elig_hours", n = figure(x)))
}

/// A measured figure as shown (two decimals at most, cut), for Fluent to pick the plural by.
fn figure(x: f64) -> f64 {
    format_score(x).parse().unwrap_or(x)
}

/// A fact of the roster a condition reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Read {
    Education,
    Major,
    Experience,
    YearsInLevel,
    Training,
    Title,
    /// The certifications the level names.
    Certifications(Vec<String>),
    /// The latest ratings, as many as the rule looks at.
    Performance(u32),
}

impl Read {
    /// What `kinds` read, each once, in the order of the list's 主要数据: education, major,
    /// experience, years in the level, training, title, certifications, performance. The
    /// parts of alternatives are read as conditions of their own; `other` conditions read
    /// nothing of the roster.
    pub fn of<'k>(kinds: impl IntoIterator<Item = &'k ConditionKind>) -> Vec<Read> {
        fn add(kind: &ConditionKind, out: &mut Vec<Read>) {
            let read = match kind {
                ConditionKind::Education(_) => Read::Education,
                ConditionKind::Major(_) => Read::Major,
                ConditionKind::ExperienceYears(_) => Read::Experience,
                ConditionKind::YearsInLevel(_) => Read::YearsInLevel,
                ConditionKind::TrainingHours(_) => Read::Training,
                ConditionKind::Title(_) => Read::Title,
                ConditionKind::Certification(name) => {
                    match out.iter_mut().find_map(|r| match r {
                        Read::Certifications(names) => Some(names),
                        _ => None,
                    }) {
                        Some(names) if names.contains(name) => {}
                        Some(names) => names.push(name.clone()),
                        None => out.push(Read::Certifications(vec![name.clone()])),
                    }
                    return;
                }
                ConditionKind::Performance(rule) => Read::Performance(rule.last),
                ConditionKind::Alternatives(list) => {
                    for part in list.iter().flat_map(alternative_parts) {
                        add(&part, out);
                    }
                    return;
                }
                ConditionKind::Other(_) => return,
            };
            if !out.contains(&read) {
                out.push(read);
            }
        }
        let mut out = Vec::new();
        for kind in kinds {
            add(kind, &mut out);
        }
        out.sort_by_key(Read::order);
        out
    }

    fn order(&self) -> usize {
        match self {
            Read::Education => 0,
            Read::Major => 1,
            Read::Experience => 2,
            Read::YearsInLevel => 3,
            Read::Training => 4,
            Read::Title => 5,
            Read::Certifications(_) => 6,
            Read::Performance(_) => 7,
        }
    }

    fn label(&self) -> &'static str {
        match self {
            Read::Education => "elig_fact_education",
            Read::Major => "elig_fact_major",
            Read::Experience => "elig_fact_experience",
            Read::YearsInLevel => "elig_fact_years_in_level",
            Read::Training => "elig_fact_training",
            Read::Title => "elig_fact_title",
            Read::Certifications(_) => "elig_fact_certifications",
            Read::Performance(_) => "elig_fact_performance",
        }
    }

    /// What the roster gives for this fact on the screening date; none when the roster leaves
    /// it blank. Years counted from a roster's date are in years and months.
    pub fn value(&self, lang: Language, c: &Candidate) -> Option<String> {
        let f = &c.facts;
        match self {
            Read::Education => f.education.map(|e| words::education(lang, e).to_string()),
            Read::Major => f.major.clone(),
            Read::Experience => f
                .experience_years
                .map(|y| years(lang, y, f.experience_since.is_some())),
            // Nothing to count without a level held: said so, not a blank of the roster.
            Read::YearsInLevel if c.current_level.is_none() => {
                Some(lang.get("elig_no_level_held").to_string())
            }
            Read::YearsInLevel => f
                .years_in_level
                .map(|y| years(lang, y, f.level_since.is_some())),
            Read::Training => f.training_hours.map(|h| hours(lang, h)),
            Read::Title => f.title.clone(),
            Read::Certifications(names) => {
                let held: Vec<&str> = names
                    .iter()
                    .filter(|n| f.certifications.contains(n))
                    .map(String::as_str)
                    .collect();
                Some(if held.is_empty() {
                    lang.get("elig_none").to_string()
                } else {
                    held.join(lang.get("list_sep"))
                })
            }
            Read::Performance(last) => {
                let window = &f.performance[f.performance.len().saturating_sub(*last as usize)..];
                Some(if window.is_empty() {
                    lang.get("no_ratings").to_string()
                } else {
                    window.join(" ")
                })
            }
        }
    }

    /// The fact with its label: "学历 本科", "专业 花名册未填".
    pub fn fact(&self, lang: Language, c: &Candidate) -> Fact {
        let value = self.value(lang, c);
        Fact {
            text: fill(
                lang.get(self.label()),
                &[(
                    "value",
                    value
                        .clone()
                        .unwrap_or_else(|| lang.get("elig_not_in_roster").to_string()),
                )],
            ),
            missing: value.is_none(),
        }
    }
}

/// Every fact the level's conditions read, with what the roster gives.
pub fn facts(lang: Language, c: &Candidate) -> Vec<Fact> {
    Read::of(c.conditions.iter().map(|k| &k.kind))
        .iter()
        .map(|r| r.fact(lang, c))
        .collect()
}

/// What the roster gives for one condition (the workbook's 现有), met or not: the figure,
/// 已取得 / 未取得 for a certification, the ratings the rule looks at, for alternatives the
/// facts their parts read; 花名册未填 for a blank. The flag says it is blank.
pub fn held(lang: Language, c: &Candidate, check: &ConditionCheck) -> Fact {
    let missing = |value: Option<String>| Fact {
        missing: value.is_none(),
        text: value.unwrap_or_else(|| lang.get("elig_not_in_roster").to_string()),
    };
    match &check.kind {
        ConditionKind::Certification(name) => missing(Some(
            lang.get(if c.facts.certifications.contains(name) {
                "held"
            } else {
                "not_held"
            })
            .to_string(),
        )),
        ConditionKind::Alternatives(_) => {
            let facts: Vec<Fact> = Read::of([&check.kind])
                .iter()
                .map(|r| r.fact(lang, c))
                .collect();
            Fact {
                missing: facts.iter().any(|f| f.missing),
                text: facts
                    .into_iter()
                    .map(|f| f.text)
                    .collect::<Vec<_>>()
                    .join(" · "),
            }
        }
        ConditionKind::Other(_) => Fact {
            text: String::new(),
            missing: false,
        },
        kind => missing(Read::of([kind]).first().and_then(|r| r.value(lang, c))),
    }
}

/// An unmet condition in the reports' words (`verdict::shortfall`), with what the list needs
/// besides: years and hours with their plural (`1 year`), a figure the roster leaves blank
/// said as such rather than as nothing held, and years in a level nobody holds said so.
pub fn shortfall(lang: Language, c: &Candidate, gap: &ConditionGap) -> String {
    let t = |k: &str| lang.get(k);
    let blank = t("elig_not_in_roster");
    // The figure held against the requirement, without a shortfall to count.
    let without = |label: &str, held: &str, required: String| {
        fill(
            t("elig_unmet_without"),
            &[
                ("label", label.to_string()),
                ("held", held.to_string()),
                ("required", required),
            ],
        )
    };
    let short = |label: &str, held: String, n: String, required: String| {
        fill(
            t("guide_hours"),
            &[
                ("label", label.to_string()),
                ("n", n),
                ("held", held),
                ("required", required),
            ],
        )
    };
    let expected = |line: String, date: Option<&Date>| verdict::with_expected(lang, line, date);
    let f = &c.facts;
    match gap {
        ConditionGap::ExperienceYears {
            held,
            required,
            expected: date,
            months,
        } => {
            let label = t("experience_years");
            if f.experience_years.is_none() {
                return without(label, blank, years(lang, *required, false));
            }
            let y = |x: f64| years(lang, x, *months);
            expected(
                short(label, y(*held), y(required - held), y(*required)),
                date.as_ref(),
            )
        }
        ConditionGap::YearsInLevel {
            held,
            required,
            expected: date,
            months,
        } => {
            let label = t("years_in_level");
            if c.current_level.is_none() {
                return without(
                    label,
                    t("elig_no_level_held"),
                    years(lang, *required, false),
                );
            }
            if f.years_in_level.is_none() {
                return without(label, blank, years(lang, *required, false));
            }
            let y = |x: f64| years(lang, x, *months);
            expected(
                short(label, y(*held), y(required - held), y(*required)),
                date.as_ref(),
            )
        }
        ConditionGap::TrainingHours { held, required } => {
            let label = t("training_hours");
            if f.training_hours.is_none() {
                return without(label, blank, hours(lang, *required));
            }
            short(
                label,
                hours(lang, *held),
                hours(lang, required - held),
                hours(lang, *required),
            )
        }
        ConditionGap::Education {
            held: None,
            required,
        } => fill(
            t("guide_education"),
            &[
                ("required", words::education(lang, *required).to_string()),
                ("held", blank.to_string()),
            ],
        ),
        ConditionGap::Major {
            held: None,
            accepted,
        } => fill(
            t("guide_major"),
            &[
                ("accepted", accepted.join(t("list_sep"))),
                ("held", blank.to_string()),
            ],
        ),
        ConditionGap::Title {
            held: None,
            required,
        } => fill(
            t("guide_title"),
            &[("required", required.clone()), ("held", blank.to_string())],
        ),
        ConditionGap::Alternatives { all, closest } => fill(
            t("guide_alternatives"),
            &[
                (
                    "text",
                    words::condition(lang, &ConditionKind::Alternatives(all.clone())).1,
                ),
                (
                    "closest",
                    closest
                        .iter()
                        .map(|parts| {
                            parts
                                .iter()
                                .map(|(_, gap)| shortfall(lang, c, gap))
                                .collect::<Vec<_>>()
                                .join(t("rule_sep"))
                        })
                        .collect::<Vec<_>>()
                        .join(t("alternative_or")),
                ),
            ],
        ),
        _ => verdict::shortfall(lang, gap),
    }
}

/// Each unmet condition in the reports' words: "现职年限：还差 5 个月（现 1 年 7 个月，要求
/// 2 年），预计 2024 年 12 月满足" (see [`shortfall`]).
pub fn unmet(lang: Language, c: &Candidate) -> Vec<String> {
    c.conditions
        .iter()
        .filter(|k| !k.met)
        .map(|k| match &k.shortfall {
            Some(gap) => shortfall(lang, c, gap),
            None => {
                let (label, required) = words::condition(lang, &k.kind);
                fill(
                    lang.get("reason_not_met"),
                    &[(
                        "label",
                        format!(
                            "{label}{}",
                            fill(lang.get("in_parens"), &[("text", required)])
                        ),
                    )],
                )
            }
        })
        .collect()
}

/// The `other` conditions, for the assessors to judge, as plain text.
pub fn to_judge(c: &Candidate) -> Vec<String> {
    c.to_judge.iter().map(|o| to_plain_text(&o.text)).collect()
}

/// The day time alone meets an unmet condition, when it is one time cures (see
/// `evaluate::eligibility::met_by_time`, which counts a candidate's `eligible_on`).
pub fn expected(gap: &ConditionGap) -> Option<Date> {
    crate::evaluate::eligibility::met_by_time(gap)
}

/// A department's name, or 未填部门.
pub fn department(lang: Language, c: &Candidate) -> String {
    c.department
        .clone()
        .unwrap_or_else(|| lang.get("elig_no_department").to_string())
}

/// "销售序列", or the id when the standard has no such sequence.
pub fn sequence_name<'s>(standard: &'s Standard, id: &'s str) -> &'s str {
    standard.sequence(id).map_or(id, |s| s.name.as_str())
}

/// A level's name in its sequence, or the id.
pub fn level_name<'s>(standard: &'s Standard, sequence: &str, level: &'s str) -> &'s str {
    standard
        .sequence(sequence)
        .and_then(|s| s.level(level))
        .map_or(level, |l| l.name.as_str())
}

/// Where a level sorts: its sequence's place in the standard, then its rank.
pub fn level_order(standard: &Standard, sequence: &str, level: &str) -> (usize, usize) {
    let index = standard
        .sequences
        .iter()
        .position(|s| s.id == sequence)
        .unwrap_or(usize::MAX);
    let rank = standard
        .sequence(sequence)
        .and_then(|s| s.level(level))
        .map_or(usize::MAX, |l| l.rank);
    (index, rank)
}

/// The level held, or 无 (none) for a first certification.
pub fn current(standard: &Standard, c: &Candidate) -> String {
    let lang = standard.settings.language;
    c.current_level.as_deref().map_or_else(
        || lang.get("elig_none").to_string(),
        |l| level_name(standard, &c.sequence, l).to_string(),
    )
}

/// 已申报 2024-11-20, or 已申报 when the application has no date.
pub fn applied(lang: Language, c: &Candidate) -> Option<String> {
    c.application.as_ref().map(|a| match a.date {
        Some(date) => fill(lang.get("elig_applied_on"), &[("date", date.to_string())]),
        None => lang.get("elig_applied").to_string(),
    })
}

/// Per department (by name, the one without last), a line per level applied for (in the
/// standard's order), with a subtotal when a department has several.
pub fn departments(standard: &Standard, screening: &Screening) -> Vec<DepartmentLines> {
    let lang = standard.settings.language;
    type Levels<'c> = BTreeMap<((usize, usize), &'c str, &'c str), Counts>;
    let mut by: BTreeMap<(bool, String), Levels> = BTreeMap::new();
    for c in &screening.candidates {
        let key = (c.department.is_none(), department(lang, c));
        let order = level_order(standard, &c.sequence, &c.level);
        by.entry(key)
            .or_default()
            .entry((order, c.sequence.as_str(), c.level.as_str()))
            .or_default()
            .add(c);
    }
    by.into_iter()
        .map(|((_, name), levels)| {
            let subtotal = (levels.len() > 1).then(|| {
                let mut s = Counts::default();
                levels.values().for_each(|c| s.sum(c));
                s
            });
            DepartmentLines {
                name,
                levels: levels
                    .into_iter()
                    .map(|((_, sequence, level), counts)| LevelCount {
                        level: sequence_level(standard, sequence, level),
                        sequence: sequence_name(standard, sequence).to_string(),
                        level_name: level_name(standard, sequence, level).to_string(),
                        counts,
                    })
                    .collect(),
                subtotal,
            }
        })
        .collect()
}

/// "销售序列 · 二级".
pub fn sequence_level(standard: &Standard, sequence: &str, level: &str) -> String {
    fill(
        standard.settings.language.get("elig_sequence_level"),
        &[
            ("sequence", sequence_name(standard, sequence).to_string()),
            ("level", level_name(standard, sequence, level).to_string()),
        ],
    )
}

/// Per sequence (in the standard's order), per level from the lowest: its candidates in the
/// screening's order (department, employee id).
fn sequences(standard: &Standard, screening: &Screening) -> Vec<SequenceSection> {
    let lang = standard.settings.language;
    let g = |key| lang.get(key);
    // By rank: the level's id and its candidates.
    type Levels<'c> = BTreeMap<usize, (&'c str, Vec<&'c Candidate>)>;
    let mut by: BTreeMap<(usize, &str), Levels> = BTreeMap::new();
    for c in &screening.candidates {
        let (index, rank) = level_order(standard, &c.sequence, &c.level);
        by.entry((index, c.sequence.as_str()))
            .or_default()
            .entry(rank)
            .or_insert_with(|| (c.level.as_str(), Vec::new()))
            .1
            .push(c);
    }
    by.into_iter()
        .map(|((_, sequence), levels)| SequenceSection {
            name: sequence_name(standard, sequence).to_string(),
            levels: levels
                .into_values()
                .map(|(level, candidates)| {
                    let mut counts = Counts::default();
                    candidates.iter().for_each(|c| counts.add(c));
                    let defined = standard.sequence(sequence).and_then(|s| s.level(level));
                    let name = level_name(standard, sequence, level);
                    let heading = words::paren(lang, name, level);
                    LevelSection {
                        title: fill(
                            g("elig_sequence_level"),
                            &[
                                ("sequence", sequence_name(standard, sequence).to_string()),
                                ("level", heading.clone()),
                            ],
                        ),
                        heading,
                        counts: lang.say(&crate::msg!(
                            "elig_level_counts",
                            n = counts.screened,
                            eligible = counts.eligible,
                            later = counts.later,
                            not = counts.ineligible,
                            applications = applications(lang, &counts),
                        )),
                        requires: defined.map_or_else(String::new, |l| {
                            crate::evaluate::condition_kinds(&l.conditions)
                                .iter()
                                .filter(|k| !matches!(k, crate::evaluate::ConditionKind::Other(_)))
                                .map(|k| {
                                    let (label, text) = words::condition(lang, k);
                                    format!("{label}{}{text}", g("colon"))
                                })
                                .collect::<Vec<_>>()
                                .join(g("rule_sep"))
                        }),
                        // The level's own: the same for each of its candidates.
                        to_judge: candidates
                            .first()
                            .map(|c| to_judge(c))
                            .filter(|list| !list.is_empty())
                            .map(|list| list.join(g("rule_sep"))),
                        note: candidates
                            .iter()
                            .any(|c| c.conditions.iter().any(|k| k.waived))
                            .then(|| g("flag_waived").to_string()),
                        rows: candidates.iter().map(|c| row(standard, c)).collect(),
                    }
                })
                .collect(),
        })
        .collect()
}

fn row(standard: &Standard, c: &Candidate) -> CandidateRow {
    let lang = standard.settings.language;
    let status = Status::of(c);
    CandidateRow {
        id: c.employee_id.clone(),
        name: c.name.clone(),
        department: department(lang, c),
        current: current(standard, c),
        route: route(lang, c.route),
        status: status.key(),
        verdict: verdict(lang, c),
        verdict_word: status.word(lang),
        verdict_on: c
            .eligible_on
            .filter(|_| status == Status::Later)
            .map(|on| fill(lang.get("elig_from"), &[("date", on.to_string())])),
        facts: facts(lang, c),
        unmet: unmet(lang, c),
        waived: c.conditions.iter().any(|k| k.waived),
        applied: applied(lang, c),
        flag: applied_flag(lang, c).map(|(text, status)| Flag {
            text,
            status: status.key(),
        }),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::Checked;
    use crate::evaluate::eligibility::screen;
    use crate::model::{Application, Model};

    pub(crate) fn sample() -> Checked {
        let content = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        crate::Project::open(&content, None)
            .unwrap()
            .check()
            .unwrap()
    }

    /// 2024H2's roster with its figures turned into dates (as HR exports them), screened on
    /// 2024-06-01 so time alone still keeps some out, with every third candidate applying
    /// (every other application dated).
    pub(crate) fn screening(model: &Model) -> Screening {
        let mut roster = model.records.people["2024H2"].roster.clone().unwrap();
        let base = Date::parse("2024-12-01").unwrap();
        let months = |years: f64| -((years * 12.0).round() as i64);
        for p in roster.people.values_mut() {
            if let Some(y) = p.years_in_level.take() {
                p.level_since = Some(base.add_months(months(y)));
            }
            if let Some(y) = p.experience_years.take() {
                p.hire_date = Some(base.add_months(months(y)));
            }
        }
        let date = Date::parse("2024-06-01").unwrap();
        let everyone = screen(&model.standard, &roster, &[], date, &Default::default());
        let applications: Vec<Application> = everyone
            .candidates
            .iter()
            .enumerate()
            .filter(|(i, _)| i % 3 == 0)
            .map(|(i, c)| Application {
                employee_id: c.employee_id.clone(),
                level: c.level.clone(),
                sequence: c.sequence.clone(),
                date: (i % 2 == 0).then(|| Date::parse("2024-05-20").unwrap()),
                file: "applications.csv".into(),
                line: i as u32 + 2,
            })
            .collect();
        screen(
            &model.standard,
            &roster,
            &applications,
            date,
            &Default::default(),
        )
    }

    fn pdf_text(bytes: &[u8]) -> String {
        let doc = lopdf::Document::load_mem(bytes).expect("a readable PDF");
        let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
        doc.extract_text(&pages).expect("text extracts")
    }

    #[test]
    fn every_candidate_is_counted_once_in_its_department_and_listed_under_its_level() {
        let checked = sample();
        let model = checked.model.as_ref().unwrap();
        let s = screening(model);
        let info = BuildInfo::default();
        let d = data(&model.standard, &s, &info);
        let states: Vec<Status> = s.candidates.iter().map(Status::of).collect();
        for wanted in [Status::Eligible, Status::Later, Status::Ineligible] {
            assert!(states.contains(&wanted), "the sample has no {wanted:?}");
        }
        assert_eq!(d.total.screened, s.candidates.len());
        assert_eq!(
            d.total.eligible + d.total.later + d.total.ineligible,
            d.total.screened
        );
        let applied = s.candidates.iter().filter(|c| c.application.is_some());
        assert_eq!(d.total.applied, applied.clone().count());
        assert_eq!(
            d.total.applied_eligible + d.total.applied_later + d.total.applied_ineligible,
            d.total.applied
        );
        for (state, counted) in [
            (Status::Eligible, d.total.applied_eligible),
            (Status::Later, d.total.applied_later),
            (Status::Ineligible, d.total.applied_ineligible),
        ] {
            let n = applied.clone().filter(|c| Status::of(c) == state).count();
            assert_eq!(counted, n, "{state:?}");
        }
        let rows: Vec<&CandidateRow> = d
            .sequences
            .iter()
            .flat_map(|q| &q.levels)
            .flat_map(|l| &l.rows)
            .collect();
        assert_eq!(rows.len(), s.candidates.len());
        for c in &s.candidates {
            let r = row(&model.standard, c);
            assert!(
                rows.iter()
                    .any(|listed| listed.id == r.id && listed.verdict == r.verdict)
            );
            assert_eq!(r.flag.is_some(), c.application.is_some() && !c.eligible);
            if let Some(flag) = &r.flag {
                assert_eq!(flag.status, Status::of(c).key());
                let text = if c.eligible_on.is_some() {
                    "申报但尚未符合"
                } else {
                    "申报但不符合"
                };
                assert_eq!(flag.text, text);
            }
            assert_eq!(
                r.unmet.len(),
                c.conditions.iter().filter(|k| !k.met).count()
            );
            if let Some(on) = c.eligible_on {
                assert_eq!(r.verdict, format!("将于 {on} 符合"));
            }
        }
        // The sample's levels come in the standard's order, lowest first.
        let headings: Vec<&str> = d.sequences[0]
            .levels
            .iter()
            .map(|l| l.heading.as_str())
            .collect();
        assert_eq!(headings.first(), Some(&"一级（m1）"), "{headings:?}");
        assert!(d.overview.starts_with("审查 25 人"), "{}", d.overview);
        // Who has no level to be screened for is listed and counted, so the list adds up.
        assert!(
            !s.unscreened.is_empty(),
            "the sample has a holder of the highest level"
        );
        assert_eq!(d.unscreened.len(), s.unscreened.len());
        assert!(
            d.overview.ends_with(&format!(
                "另有 {} 人归入序列但未列入审查，见文末。",
                s.unscreened.len()
            )),
            "{}",
            d.overview
        );
        for u in &d.unscreened {
            assert!(u.reason.starts_with("已任本序列最高级别"), "{}", u.reason);
        }
        // A waived condition is the level's note, beside a route marked *, never an unmet one.
        for level in d.sequences.iter().flat_map(|q| &q.levels) {
            assert_eq!(
                level.note.is_some(),
                level.rows.iter().any(|r| r.waived),
                "{}",
                level.heading
            );
            for r in &level.rows {
                assert!(
                    r.unmet.iter().all(|u| !u.contains("不适用")),
                    "{:?}",
                    r.unmet
                );
            }
        }
    }

    #[test]
    fn every_row_shows_the_facts_its_conditions_read_and_names_a_blank_of_the_roster() {
        let checked = sample();
        let model = checked.model.as_ref().unwrap();
        let s = screening(model);
        let lang = model.standard.settings.language;
        let mut blanks = 0;
        for c in &s.candidates {
            let r = row(&model.standard, c);
            let reads = Read::of(c.conditions.iter().map(|k| &k.kind));
            assert_eq!(r.facts.len(), reads.len(), "{}", c.employee_id);
            assert!(!r.facts.is_empty(), "{}", c.employee_id);
            for f in &r.facts {
                assert_eq!(f.missing, f.text.contains("花名册未填"), "{}", f.text);
                blanks += usize::from(f.missing);
            }
            // Every condition the roster decides has what the roster gives, met or not.
            for check in &c.conditions {
                assert!(!held(lang, c, check).text.is_empty(), "{check:?}");
            }
            // A blank of the roster is never said as a dash, as if nothing were held.
            for line in &r.unmet {
                assert!(!line.contains("—"), "{line}");
            }
            if let Some(years) = &c.facts.experience_years {
                let shown = super::years(lang, *years, c.facts.experience_since.is_some());
                assert!(
                    r.facts.iter().any(|f| f.text == format!("工作 {shown}")),
                    "{:?}",
                    r.facts
                );
            }
        }
        assert!(
            blanks > 0,
            "the sample's roster leaves majors and titles blank"
        );
    }

    #[test]
    fn years_and_hours_take_their_plural_and_months_when_counted_from_a_date() {
        let en = Language::en();
        let zh = Language::zh_cn();
        assert_eq!(years(en, 1.0, false), "1 year");
        assert_eq!(years(en, 2.0, false), "2 years");
        assert_eq!(years(en, 1.5, false), "1.5 years");
        assert_eq!(years(en, 1.5, true), "1 year 6 months");
        assert_eq!(years(en, 1.0, true), "1 year");
        assert_eq!(hours(en, 1.0), "1 hour");
        assert_eq!(hours(en, 44.0), "44 hours");
        assert_eq!(years(zh, 1.5, false), "1.5 年");
        assert_eq!(years(zh, 1.5, true), "1 年 6 个月");
        assert_eq!(hours(zh, 44.0), "44 学时");
    }

    #[test]
    fn the_pdf_names_every_candidate_and_sums_up_each_department_in_either_language() {
        let checked = sample();
        let model = checked.model.as_ref().unwrap();
        let s = screening(model);
        let renderer = crate::render::pdf::PdfRenderer::new(
            &checked.theme,
            checked.fonts.clone(),
            Default::default(),
        )
        .unwrap();
        let info = BuildInfo::default();
        let mut english = model.standard.clone();
        english.settings.language = Language::en();
        for (standard, words) in [
            (
                &model.standard,
                [
                    "2024H2 任职资格审查名单",
                    "部门汇总",
                    "内部资料 · 含个人信息",
                    "主要数据",
                    "花名册未填",
                    "未列入审查人员",
                    "制表",
                ],
            ),
            (
                &english,
                [
                    "Eligibility screening 2024H2",
                    "Summary by department",
                    "Internal · contains personal data",
                    "Key facts",
                    "not in the roster",
                    "People not screened",
                    "Approved by",
                ],
            ),
        ] {
            let document = crate::render::pdf::document::eligibility(standard, &s, &info);
            assert_eq!(document.date, s.date);
            let text = pdf_text(&renderer.pdf(&document).unwrap());
            // lopdf breaks lines where the PDF does: compare without them.
            let text: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
            for word in words {
                assert!(text.contains(word), "{word} missing:\n{text}");
            }
            // A count of one is singular: no "1 years", "1 hours".
            for plural in ["1 years", "1 hours", "1 months"] {
                let found = text.match_indices(plural).any(|(at, _)| {
                    !text[..at]
                        .chars()
                        .next_back()
                        .is_some_and(|c| c.is_ascii_digit() || c == '.')
                });
                assert!(!found, "{plural}:\n{text}");
            }
            for u in &s.unscreened {
                assert!(text.contains(&u.employee_id), "{} missing", u.employee_id);
            }
            for c in &s.candidates {
                assert!(text.contains(&c.name), "{} missing", c.name);
                assert!(text.contains(&c.employee_id), "{} missing", c.employee_id);
            }
            for d in ["产品管理部", "华东销售部", "华南销售部", "市场部", "渠道部"]
            {
                assert!(text.contains(d), "{d} missing");
            }
            let layout = renderer.layout(&document).unwrap();
            assert!(layout.page_count() >= 3, "{}", layout.page_count());
            assert_eq!(layout.stranded_headings(3), Vec::new());
        }
    }
}
