//! Verdicts in words, worded once for every output that states one: why a record is not
//! qualified, what an unmet condition lacks (and, for one only time cures, when it will be
//! met), what a record holds, and what to develop first. Reports, team summaries and the HR
//! roll-up all call these, so they never give different reasons for one verdict.

use crate::evaluate::guidance::{self, ConditionGap};
use crate::evaluate::{ConditionKind, Evaluation, Failures, Strength};
use crate::model::{Language, Sequence, Standard, format_score, format_score_lower};
use crate::render::shared;
use crate::render::words::{self, fill, number};

/// Why a record is not qualified, one phrase per failed gate, in the order the gates are
/// listed: each unmet condition (named, with what is held against what is required), the
/// total against the pass mark, grade C, and the contributions short when they gate.
pub fn reasons(h: &Standard, f: &Failures) -> Vec<String> {
    let lang = h.settings.language;
    let t = |k: &str| lang.get(k);
    let mut out: Vec<String> = f
        .conditions
        .iter()
        .map(|(kind, gap)| condition_reason(lang, kind, gap))
        .collect();
    if let Some((total, pass)) = f.total {
        out.push(fill(
            t("reason_total"),
            &[("total", format_score(total)), ("pass", number(pass))],
        ));
    }
    if let Some(g) = &f.grade {
        out.push(grade_reason(h, g));
    }
    for c in &f.contributions {
        out.push(fill(
            t("reason_contribution"),
            &[
                ("kind", shared::contribution_kinds(h, &c.kinds)),
                ("achieved", c.achieved.to_string()),
                ("required", c.required.to_string()),
            ],
        ));
    }
    out
}

/// Grade C in words: the key items short, or the normal items short against the limit and how
/// many more must be met for a B.
fn grade_reason(h: &Standard, g: &crate::evaluate::GradeShortfall) -> String {
    let lang = h.settings.language;
    let t = |k: &str| lang.get(k);
    let name = |r: &crate::evaluate::RequirementRef| -> String {
        if r.activity {
            h.sequences
                .iter()
                .find_map(|s| s.activity(&r.id))
                .map_or(r.id.clone(), |(_, a)| a.name.clone())
        } else {
            h.competency_name(&r.id).to_string()
        }
    };
    let names = |list: &[crate::evaluate::RequirementRef]| {
        list.iter()
            .map(name)
            .collect::<Vec<_>>()
            .join(t("list_sep"))
    };
    if !g.key_unmet.is_empty() {
        return fill(t("reason_grade_key"), &[("names", names(&g.key_unmet))]);
    }
    fill(
        t("reason_grade_normal"),
        &[
            ("n", g.normal_unmet.len().to_string()),
            ("m", g.normal_total.to_string()),
            ("names", names(&g.normal_unmet)),
            ("allowed", g.allowed.to_string()),
            ("k", (g.normal_unmet.len() - g.allowed).to_string()),
        ],
    )
}

/// The reasons as one sentence.
pub fn reason_sentence(h: &Standard, f: &Failures) -> String {
    reasons(h, f).join(h.settings.language.get("rule_sep"))
}

/// An unmet condition as a reason: "现职年限 1.5 年（要求 2 年）未满足".
fn condition_reason(lang: Language, kind: &ConditionKind, gap: &ConditionGap) -> String {
    let t = |k: &str| lang.get(k);
    let (label, required) = words::condition(lang, kind);
    let held = |held: f64, required: f64, unit: &str, months: bool| {
        let with_unit = |x: f64, shown: String| quantity(lang, unit, x, shown, months);
        fill(
            t("reason_held"),
            &[
                ("label", label.into()),
                ("held", with_unit(held, format_score(held))),
                ("required", with_unit(required, number(required))),
            ],
        )
    };
    match gap {
        ConditionGap::TrainingHours {
            held: h,
            required: r,
        } => held(*h, *r, "hours", false),
        ConditionGap::ExperienceYears {
            held: h,
            required: r,
            months,
            ..
        }
        | ConditionGap::YearsInLevel {
            held: h,
            required: r,
            months,
            ..
        } => held(*h, *r, "years", *months),
        // What the closest alternatives lack, rather than every alternative.
        ConditionGap::Alternatives { closest, .. } => alternatives_lacking(lang, closest),
        _ => fill(
            t("reason_not_met"),
            &[(
                "label",
                format!(
                    "{label}{}",
                    fill(t("in_parens"), &[("text", required.to_string())])
                ),
            )],
        ),
    }
}

/// `line` and, when there is one, the month time alone meets it: "…，预计 2024 年 12 月满足".
pub(crate) fn with_expected(
    lang: Language,
    line: String,
    date: Option<&crate::model::Date>,
) -> String {
    let Some(date) = date else {
        return line;
    };
    let month = lang.say(&crate::msg!(
        "month_of_year",
        year = date.year as u32,
        month = date.month as u32
    ));
    line + &fill(lang.get("guide_expected"), &[("month", month)])
}

/// A figure with its unit: `1.5 年`, `24 学时`; years counted in whole months from a roster's
/// date in years and months (`1 年 5 个月`), so what is held and what is short add up.
pub(crate) fn quantity(lang: Language, unit: &str, x: f64, shown: String, months: bool) -> String {
    if months && unit == "years" {
        let total = (x * 12.0).round().max(0.0) as u32;
        return lang.say(&crate::msg!(
            "years_months",
            years = total / 12,
            months = total % 12
        ));
    }
    let unit = if unit == "years" { "years" } else { "hours" };
    words::amount(lang, unit, &shown)
}

/// What the closest alternatives lack: "学历：…；或 相关工作经验：还差 1 年 …".
fn alternatives_lacking(lang: Language, closest: &[Vec<(ConditionKind, ConditionGap)>]) -> String {
    let t = |k: &str| lang.get(k);
    closest
        .iter()
        .map(|parts| {
            parts
                .iter()
                .map(|(_, c)| shortfall(lang, c))
                .collect::<Vec<_>>()
                .join(t("rule_sep"))
        })
        .collect::<Vec<_>>()
        .join(t("alternative_or"))
}

/// What an unmet condition lacks, in one sentence, with when time will cure it for years:
/// "现职年限：还差 0.5 年（现 1.5 年，要求 2 年），预计 2025-06 满足".
pub fn shortfall(lang: Language, c: &ConditionGap) -> String {
    let t = |k: &str| lang.get(k);
    let short = |label: &str, held: f64, required: f64, unit: &str, months: bool| {
        let with_unit = |x: f64, shown: String| quantity(lang, unit, x, shown, months);
        fill(
            t("guide_hours"),
            &[
                ("label", label.to_string()),
                ("n", with_unit(required - held, number(required - held))),
                ("held", with_unit(held, format_score(held))),
                ("required", with_unit(required, number(required))),
            ],
        )
    };
    match c {
        ConditionGap::TrainingHours { held, required } => {
            short(t("training_hours"), *held, *required, "hours", false)
        }
        ConditionGap::ExperienceYears {
            held,
            required,
            expected,
            months,
        }
        | ConditionGap::YearsInLevel {
            held,
            required,
            expected,
            months,
        } => {
            let label = match c {
                ConditionGap::ExperienceYears { .. } => t("experience_years"),
                _ => t("years_in_level"),
            };
            let line = short(label, *held, *required, "years", *months);
            with_expected(lang, line, expected.as_ref())
        }
        ConditionGap::Education { held, required } => fill(
            t("guide_education"),
            &[
                ("required", words::education(lang, *required).to_string()),
                (
                    "held",
                    held.map_or("—".into(), |e| words::education(lang, e).to_string()),
                ),
            ],
        ),
        ConditionGap::Certification(name) => {
            fill(t("guide_certification"), &[("name", name.clone())])
        }
        ConditionGap::Major { held, accepted } => fill(
            t("guide_major"),
            &[
                ("accepted", accepted.join(t("list_sep"))),
                ("held", held.clone().unwrap_or_else(|| "—".into())),
            ],
        ),
        ConditionGap::Title { held, required } => fill(
            t("guide_title"),
            &[
                ("required", required.clone()),
                ("held", held.clone().unwrap_or_else(|| "—".into())),
            ],
        ),
        ConditionGap::Alternatives { all, closest } => fill(
            t("guide_alternatives"),
            &[
                (
                    "text",
                    words::condition(lang, &ConditionKind::Alternatives(all.clone())).1,
                ),
                ("closest", alternatives_lacking(lang, closest)),
            ],
        ),
        ConditionGap::Performance(advice) => {
            let window = if advice.window.is_empty() {
                t("no_ratings").to_string()
            } else {
                advice.window.join(" ")
            };
            match &advice.needed {
                Some((n, rating)) => fill(
                    t("guide_performance"),
                    &[
                        ("last", advice.rule.last.to_string()),
                        ("window", window),
                        ("n", n.to_string()),
                        ("rating", rating.clone()),
                    ],
                ),
                None => fill(
                    t("guide_performance_none"),
                    &[("last", advice.rule.last.to_string()), ("window", window)],
                ),
            }
        }
        ConditionGap::Other(text) => fill(
            t("guide_other"),
            &[("text", crate::render::markdown::to_plain_text(text))],
        ),
    }
}

/// The unmet conditions only time cures (tenure, experience, the run of ratings), each with
/// what is missing and when it will be met: waited for, never offered as development.
pub fn waiting(lang: Language, e: &Evaluation) -> Vec<String> {
    e.failures
        .conditions
        .iter()
        .filter(|(kind, _)| kind.cured_by_time())
        .map(|(_, gap)| shortfall(lang, gap))
        .collect()
}

/// A strength in a few words: "客户导向 5 级（要求 4 级）", "应知应会知识 满分（20/20）".
pub fn strength(h: &Standard, sequence: &Sequence, s: &Strength) -> String {
    let lang = h.settings.language;
    let t = |k: &str| lang.get(k);
    match s {
        Strength::Above {
            competency,
            required,
            achieved,
            raised_from,
            ..
        } => {
            let text = fill(
                t("strength_above"),
                &[
                    ("name", h.competency_name(competency).to_string()),
                    ("achieved", achieved.to_string()),
                    ("required", required.to_string()),
                ],
            );
            match raised_from {
                Some(from) => {
                    text + &fill(t("strength_raised_from"), &[("from", from.to_string())])
                }
                None => text,
            }
        }
        Strength::Raised {
            competency,
            from,
            to,
            ..
        } => fill(
            t("strength_raised"),
            &[
                ("name", h.competency_name(competency).to_string()),
                ("steps", (to - from).to_string()),
                ("from", from.to_string()),
                ("to", to.to_string()),
            ],
        ),
        Strength::TotalAbove { total, pass } => fill(
            t("strength_total"),
            &[("total", format_score(*total)), ("pass", number(*pass))],
        ),
        Strength::FullMarks { module, points } => fill(
            t("strength_full_marks"),
            &[
                ("module", sequence.module_name(module).to_string()),
                ("points", number(*points)),
            ],
        ),
        Strength::KpiAbove {
            kpi,
            result,
            target,
        } => kpi_above(lang, sequence, kpi, *result, *target),
        Strength::Requirements {
            key_met,
            key_total,
            normal_met,
            normal_total,
            key_competencies,
        } => requirements_met(
            h,
            (*key_met, *key_total),
            (*normal_met, *normal_total),
            key_competencies,
        ),
    }
}

/// A KPI result beating its target, in the KPI's unit.
fn kpi_above(lang: Language, sequence: &Sequence, kpi: &str, result: f64, target: f64) -> String {
    let t = |k: &str| lang.get(k);
    let definition = sequence.kpi(kpi);
    let unit = definition.and_then(|d| d.unit.as_deref()).unwrap_or("");
    let lower = definition.is_some_and(|d| d.direction == crate::model::Direction::Lower);
    let shown = if lower {
        format_score_lower(result)
    } else {
        format_score(result)
    };
    fill(
        t("strength_kpi"),
        &[
            ("kpi", definition.map_or(kpi, |d| &d.name).to_string()),
            ("result", format!("{shown}{unit}")),
            ("target", format!("{}{unit}", number(target))),
        ],
    )
}

/// The requirements met at the level applied for: all of them, or the key ones (a few by
/// name) and the normal ones, each (met, of all).
fn requirements_met(
    h: &Standard,
    (key_met, key_total): (usize, usize),
    (normal_met, normal_total): (usize, usize),
    key_competencies: &[String],
) -> String {
    let t = |k: &str| h.settings.language.get(k);
    let all = key_met + normal_met;
    let of = key_total + normal_total;
    if all == of {
        h.settings
            .language
            .say(&crate::msg!("strength_all_met", n = of))
    } else {
        let mut parts = Vec::new();
        if key_total > 0 {
            let mut text = fill(
                t("strength_key_met"),
                &[("met", key_met.to_string()), ("all", key_total.to_string())],
            );
            // A few of them by name: what holds is read at a glance.
            const NAMED: usize = 4;
            if !key_competencies.is_empty() {
                let mut names = key_competencies
                    .iter()
                    .take(NAMED)
                    .map(|id| h.competency_name(id))
                    .collect::<Vec<_>>()
                    .join(t("list_sep"));
                if key_competencies.len() > NAMED {
                    names += t("etc");
                }
                text += &fill(t("in_parens"), &[("text", names)]);
            }
            parts.push(text);
        }
        if normal_total > 0 {
            parts.push(fill(
                t("strength_normal_met"),
                &[
                    ("met", normal_met.to_string()),
                    ("all", normal_total.to_string()),
                ],
            ));
        }
        parts.join(t("and_sep"))
    }
}

/// What to develop first, most pressing first: the unmet competencies and behaviour items
/// (key ones first, then by the size of the gap), then — when the total misses the pass mark —
/// the modules that lost the most, then the conditions development can meet (training hours,
/// certifications, a professional title) and the contributions short when they gate. What only
/// time cures is never here (see [`waiting`]); nor what no development changes (education,
/// major, conditions the assessors judge).
pub fn priorities(h: &Standard, sequence: &Sequence, e: &Evaluation) -> Vec<String> {
    let lang = h.settings.language;
    let t = |k: &str| lang.get(k);
    let mut gaps: Vec<(bool, String)> = e
        .development
        .iter()
        .map(|d| {
            let text = if d.one_line {
                fill(
                    t("one_line_against"),
                    &[("name", h.competency_name(&d.competency).to_string())],
                )
            } else {
                fill(
                    t("level_against"),
                    &[
                        ("name", h.competency_name(&d.competency).to_string()),
                        ("achieved", d.achieved.to_string()),
                        ("required", d.required.to_string()),
                    ],
                )
            };
            (d.key, text)
        })
        .chain(e.behaviours.iter().filter(|b| !b.met).filter_map(|b| {
            let (_, activity) = sequence.activity(&b.activity)?;
            Some((
                b.key,
                fill(t("behaviour_priority"), &[("name", activity.name.clone())]),
            ))
        }))
        .collect();
    // Key first; a stable sort keeps competencies (largest gap first) before behaviour items.
    gaps.sort_by_key(|(key, _)| !key);
    let mut out: Vec<String> = gaps.into_iter().map(|(_, text)| text).collect();
    let g = guidance::guidance(e);
    out.extend(g.modules.iter().map(|m| {
        let score = format!("{}/{}", format_score(m.score), number(m.points));
        format!(
            "{}{}",
            sequence.module_name(&m.module),
            fill(lang.get("in_parens"), &[("text", score)])
        )
    }));
    out.extend(
        e.failures
            .conditions
            .iter()
            .filter(|(_, gap)| {
                matches!(
                    gap,
                    ConditionGap::TrainingHours { .. }
                        | ConditionGap::Certification(_)
                        | ConditionGap::Title { .. }
                )
            })
            .map(|(_, gap)| shortfall(lang, gap)),
    );
    out.extend(e.failures.contributions.iter().map(|c| {
        fill(
            t("priority_contribution"),
            &[
                ("kind", shared::contribution_kinds(h, &c.kinds)),
                ("n", (c.required - c.achieved).to_string()),
            ],
        )
    }));
    out
}
