//! The report's first part: the verdict and why, the gates it passed or failed, the grade
//! explained, the top strengths and priorities, and the figures behind the verdict.

use serde::Serialize;

use super::grade_letter;
use crate::evaluate::{Evaluation, Grade};
use crate::model::{Assessment, Standard, format_score};
use crate::render::verdict;
use crate::render::words::{self, fill, number};

/// The first thing a reader sees: the verdict and why, the grade explained, the top
/// strengths and priorities.
#[derive(Serialize)]
pub(super) struct Summary {
    qualified: bool,
    /// What the verdict means for the level held: 晋级, 保留, 未通过，降级 …
    outcome: &'static str,
    /// Flags beside the outcome: 越级 (skipping levels), 复审 (entry-only conditions waived).
    flags: Vec<String>,
    /// Why it is (not) qualified, in one sentence.
    reason: String,
    /// The three gates of the verdict, each with its result.
    gates: Vec<Gate>,
    grade: &'static str,
    strengths: Vec<String>,
    priorities: Vec<String>,
    /// Unmet conditions only time cures, with when they will be met.
    waiting: Vec<String>,
}

#[derive(Serialize)]
struct Gate {
    label: &'static str,
    text: String,
    met: bool,
}

#[derive(Serialize)]
pub(super) struct Verdict {
    qualified: bool,
    grade: &'static str,
    total: String,
    pass: String,
    points: String,
    total_met: bool,
    conditions_met: bool,
    key_unmet: usize,
    key_total: usize,
    normal_unmet: usize,
    normal_total: usize,
    rules: String,
}

pub(super) fn verdict(h: &Standard, e: &Evaluation) -> Verdict {
    Verdict {
        qualified: e.qualified,
        grade: grade_letter(e.grade),
        total: format_score(e.total),
        pass: number(e.pass),
        points: number(e.total_points),
        total_met: e.total_met,
        conditions_met: e.conditions_met,
        key_unmet: e.key_unmet,
        key_total: e.key_total,
        normal_unmet: e.normal_unmet,
        normal_total: e.normal_total,
        rules: format!(
            "{} {}",
            words::grade_rules(&h.settings),
            words::verdict_rules(&h.settings)
        ),
    }
}

/// The key items not met, competencies then behaviour-standard activities, by name.
fn unmet_key_names<'a>(h: &'a Standard, e: &'a Evaluation) -> Vec<&'a str> {
    let competencies = e
        .competencies
        .iter()
        .filter(|c| c.key && c.gap < 0)
        .map(|c| h.competency_name(&c.competency));
    let behaviours = e
        .behaviours
        .iter()
        .filter(|b| b.key && !b.met)
        .filter_map(|b| {
            h.sequences
                .iter()
                .find_map(|s| s.activity(&b.activity))
                .map(|(_, a)| a.name.as_str())
        });
    competencies.chain(behaviours).collect()
}

fn grade_text(h: &Standard, e: &Evaluation) -> String {
    let t = |k: &str| h.settings.language.get(k);
    let pct = format!("{}%", number(h.settings.grading.b_max_normal_unmet * 100.0));
    match e.grade {
        Grade::A => t("grade_a").to_string(),
        Grade::B => fill(t("grade_b"), &[("n", e.normal_unmet.to_string())]),
        Grade::C if e.key_unmet > 0 => fill(
            t("grade_c_key"),
            &[
                ("n", e.key_unmet.to_string()),
                ("names", unmet_key_names(h, e).join(t("list_sep"))),
            ],
        ),
        Grade::C => fill(
            t("grade_c_normal"),
            &[
                ("n", e.normal_unmet.to_string()),
                ("m", e.normal_total.to_string()),
                ("pct", pct),
            ],
        ),
    }
}

pub(super) fn summary(h: &Standard, a: &Assessment, e: &Evaluation) -> Summary {
    let lang = h.settings.language;
    let t = |k: &str| lang.get(k);
    let (sequence, _) = h.target_level(a).expect("checked assessment");
    let conditions_only = crate::evaluate::Failures {
        conditions: e.failures.conditions.clone(),
        ..Default::default()
    };
    let mut gates = vec![
        Gate {
            label: t("conditions"),
            text: if e.conditions_met {
                t("all_met_short").to_string()
            } else {
                verdict::reason_sentence(h, &conditions_only)
            },
            met: e.conditions_met,
        },
        Gate {
            label: t("total"),
            text: fill(
                t("gate_total"),
                &[
                    ("total", format_score(e.total)),
                    ("pass", number(e.pass)),
                    ("points", number(e.total_points)),
                ],
            ),
            met: e.total_met,
        },
        Gate {
            label: t("grade"),
            text: format!("{}{}", grade_text(h, e), t("gate_grade")),
            met: e.grade != Grade::C,
        },
    ];
    if h.settings.verdict.contributions_gate && !e.contributions.is_empty() {
        gates.push(Gate {
            label: t("contributions"),
            text: fill(
                t("gate_contributions"),
                &[
                    (
                        "met",
                        e.contributions.iter().filter(|c| c.met).count().to_string(),
                    ),
                    ("all", e.contributions.len().to_string()),
                ],
            ),
            met: e.contributions_met,
        });
    }
    let mut flags = Vec::new();
    if e.skipped_levels > 0 {
        flags.push(fill(t("flag_skip"), &[("n", e.skipped_levels.to_string())]));
    }
    if e.conditions.iter().any(|c| c.waived) {
        flags.push(t("flag_waived").to_string());
    }
    // A divergence no decision has settled: the verdict may still change at calibration.
    let pending: Vec<String> = crate::render::ratings::undecided(h, a);
    if !pending.is_empty() {
        flags.push(fill(
            t("flag_pending_calibration"),
            &[("items", pending.join(h.settings.language.get("list_sep")))],
        ));
    }
    Summary {
        qualified: e.qualified,
        outcome: words::outcome(lang, e.outcome),
        flags,
        reason: reason(h, e),
        gates,
        grade: grade_letter(e.grade),
        strengths: e
            .strengths
            .iter()
            .take(3)
            .map(|s| verdict::strength(h, sequence, s))
            .collect(),
        priorities: verdict::priorities(h, sequence, e)
            .into_iter()
            .take(3)
            .collect(),
        waiting: verdict::waiting(lang, e),
    }
}

/// Why a record is (not) qualified, in one sentence: each failed gate, or that all passed.
pub(super) fn reason(h: &Standard, e: &Evaluation) -> String {
    if e.qualified {
        return fill(
            h.settings.language.get("verdict_qualified"),
            &[
                ("total", format_score(e.total)),
                ("points", number(e.total_points)),
                ("pass", number(e.pass)),
                ("grade", grade_letter(e.grade).to_string()),
            ],
        );
    }
    verdict::reason_sentence(h, &e.failures)
}
