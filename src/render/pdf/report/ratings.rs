//! Where the numbers came from, for a record rated by several raters: who rated in which role,
//! how the standard combines them, per competency each role's value beside the consolidated
//! one, where self and manager see the employee differently, and every calibration decision
//! with its reason. A record of final values has none of this (and its data file no key).

use serde::Serialize;

use crate::evaluate::ratings::pool;
use crate::model::{
    Assessment, Decision, Item, ItemKind, MANAGER, PANEL, Pooling, Rated, RatingRules, Rounding,
    SELF, Sequence, Standard, format_number,
};
use crate::msg;
use crate::render::ratings::{item_name, role_label, show_value};

#[derive(Serialize)]
pub(super) struct RatingsView {
    /// "自评：刘嘉怡", "评委：王芳、何琳、赵磊", one line per role.
    raters: Vec<String>,
    /// How the roles combine, per kind of item rated.
    rules: Vec<String>,
    /// The roles shown as columns, in order: their labels.
    roles: Vec<String>,
    competencies: Vec<CompetencyRatings>,
    /// Where self and manager differ by a level or more, the larger gap first.
    self_gaps: Vec<String>,
    decisions: Vec<DecisionView>,
}

#[derive(Serialize)]
struct CompetencyRatings {
    name: String,
    /// Per role of `roles`, its value ("3", "3.5（3、4、3）" for a panel), or "" when it did not
    /// rate this one.
    values: Vec<String>,
    combined: String,
    /// "校准" / "分歧" marks.
    calibrated: bool,
    divergent: bool,
}

#[derive(Serialize)]
struct DecisionView {
    item: String,
    change: String,
    by: String,
    reason: String,
}

pub(super) fn ratings(h: &Standard, sequence: &Sequence, a: &Assessment) -> Option<RatingsView> {
    let rated = &a.rated;
    if rated.ratings.is_empty() && rated.calibration.is_empty() {
        return None;
    }
    let lang = h.settings.language;
    let rules = &h.settings.ratings;
    let roles: Vec<&str> = rules
        .roles
        .iter()
        .map(String::as_str)
        .filter(|r| rated.ratings.iter().any(|x| x.role == *r))
        .collect();
    let label = |role: &str| role_label(h, role);
    let raters = roles
        .iter()
        .map(|role| {
            let names = rater_names(rated, role, *role != PANEL || rules.name_judges, lang);
            format!("{}{}{}", label(role), lang.get("colon"), names)
        })
        .collect();
    // In the level's order, as the gap table and the radar list them.
    let (_, level) = h.target_level(a).expect("checked assessment");
    let position = a.position.as_deref().and_then(|id| sequence.position(id));
    let order: Vec<Item> = sequence
        .requirements_for(level, position)
        .iter()
        .map(|r| Item::Competency(r.competency.clone()))
        .collect();
    let competencies = order
        .iter()
        .chain(rated.items.keys().filter(|i| !order.contains(i)))
        .filter_map(|item| {
            let (Item::Competency(id), Some(info)) = (item, rated.items.get(item)) else {
                return None;
            };
            let met = h.reads_met(item);
            // One-line standards everyone agrees on say nothing the gap table does not.
            let decided = rated.decisions(item).next().is_some();
            if met && !info.divergent && !decided {
                return None;
            }
            let show = |x: f64| show_value(h, item, x);
            let values = roles
                .iter()
                .map(|role| {
                    let given: Vec<f64> = rated
                        .ratings
                        .iter()
                        .filter(|r| r.role == *role)
                        .filter_map(|r| r.values.get(item).copied())
                        .collect();
                    match (info.by_role.get(*role), given.len()) {
                        (None, _) => String::new(),
                        (Some(v), 0 | 1) => show(*v),
                        (Some(v), _) if met => show(*v),
                        (Some(v), _) => {
                            // Lowest first: the judges are named above, their values not
                            // matched to them.
                            let mut sorted = given.clone();
                            sorted.sort_by(f64::total_cmp);
                            let each: Vec<String> =
                                sorted.iter().map(|x| format_number(*x)).collect();
                            format!(
                                "{}{}",
                                format_number(round2(*v)),
                                lang.get("in_parens")
                                    .replace("{text}", &each.join(lang.get("list_sep")))
                            )
                        }
                    }
                })
                .collect();
            Some(CompetencyRatings {
                name: h.competency_name(id).to_string(),
                values,
                combined: info.value.map_or_else(String::new, show),
                calibrated: decided,
                divergent: info.divergent,
            })
        })
        .collect();
    Some(RatingsView {
        raters,
        rules: rule_lines(h, rated),
        roles: roles.iter().map(|r| label(r)).collect(),
        competencies,
        self_gaps: self_gaps(h, rated),
        decisions: rated
            .calibration
            .iter()
            .map(|d| decision(h, sequence, d))
            .collect(),
    })
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// The raters of `role`: by name, or numbered (评委 1、评委 2) where the standard keeps the
/// panel anonymous.
pub(super) fn rater_names(
    rated: &Rated,
    role: &str,
    named: bool,
    lang: crate::locale::Language,
) -> String {
    let names: Vec<String> = rated
        .raters(role)
        .enumerate()
        .map(|(i, r)| {
            if named {
                r.name.clone()
            } else {
                lang.get("judge_number")
                    .replace("{n}", &(i + 1).to_string())
            }
        })
        .collect();
    names.join(lang.get("list_sep"))
}

/// One line per kind of item the record's ratings rate: the counting roles and their shares,
/// the panel's pooling, the rounding.
fn rule_lines(h: &Standard, rated: &Rated) -> Vec<String> {
    let rules: &RatingRules = &h.settings.ratings;
    let lang = h.settings.language;
    let kinds = [
        ItemKind::Competencies,
        ItemKind::Behaviours,
        ItemKind::Scores,
    ];
    let mut lines = Vec::new();
    for kind in kinds {
        if !rated.items.keys().any(|i| i.kind() == kind) {
            continue;
        }
        let weights = rules.weights.get(&kind).cloned().unwrap_or_default();
        let total: f64 = weights.values().sum();
        let parts: Vec<String> = rules
            .roles
            .iter()
            .filter(|r| weights.get(*r).copied().unwrap_or(0.0) > 0.0)
            .map(|r| {
                let share = weights[r] / total * 100.0;
                format!("{} {}%", role_label(h, r), format_number(round2(share)))
            })
            .collect();
        let step = match kind {
            ItemKind::Scores => format_number(rules.score_step),
            _ => "1".to_string(),
        };
        lines.push(lang.say(&msg!(
            "report_rating_rule",
            kind = lang.get(match kind {
                ItemKind::Competencies => "rating_kind_competencies",
                ItemKind::Behaviours => "rating_kind_behaviours",
                ItemKind::Scores => "rating_kind_scores",
            }),
            roles = parts.join(" + "),
            step = step,
            rounding = lang.get(match rules.rounding {
                Rounding::Nearest => "rounding_nearest",
                Rounding::Down => "rounding_down",
                Rounding::Up => "rounding_up",
            })
        )));
    }
    let panel_counts = kinds.iter().any(|k| rules.counts(*k, PANEL));
    if panel_counts && rated.ratings.iter().any(|r| r.role == PANEL) {
        lines.push(
            lang.get(match rules.panel {
                Pooling::Mean => "panel_pooling_mean",
                Pooling::Median => "panel_pooling_median",
                Pooling::TrimmedMean => "panel_pooling_trimmed",
            })
            .to_string(),
        );
    }
    if rated.ratings.iter().any(|r| r.role == SELF) && kinds.iter().all(|k| !rules.counts(*k, SELF))
    {
        lines.push(lang.get("self_not_counted").to_string());
    }
    lines
}

/// Graded competencies where the self rating and the manager's differ by a level or more:
/// the 360 signal worth a conversation, the larger gap first.
fn self_gaps(h: &Standard, rated: &Rated) -> Vec<String> {
    let lang = h.settings.language;
    let value = |role: &str, item: &Item| {
        let given: Vec<f64> = rated
            .ratings
            .iter()
            .filter(|r| r.role == role)
            .filter_map(|r| r.values.get(item).copied())
            .collect();
        pool(Pooling::Mean, &given)
    };
    let mut gaps: Vec<(f64, String)> = rated
        .items
        .iter()
        .filter_map(|(item, info)| {
            let Item::Competency(id) = item else {
                return None;
            };
            if info.scale <= 1.0 {
                return None;
            }
            let (own, boss) = (value(SELF, item)?, value(MANAGER, item)?);
            let gap = own - boss;
            (gap.abs() >= 1.0 - 1e-9).then(|| {
                let (competency, own, manager) = (
                    h.competency_name(id),
                    format_number(own),
                    format_number(boss),
                );
                let said = if gap > 0.0 {
                    msg!(
                        "self_above_manager",
                        competency = competency,
                        own = own,
                        manager = manager
                    )
                } else {
                    msg!(
                        "self_below_manager",
                        competency = competency,
                        own = own,
                        manager = manager
                    )
                };
                (-gap.abs(), lang.say(&said))
            })
        })
        .collect();
    gaps.sort_by(|a, b| a.0.total_cmp(&b.0));
    gaps.into_iter().map(|(_, s)| s).collect()
}

fn decision(h: &Standard, sequence: &Sequence, d: &Decision) -> DecisionView {
    let lang = h.settings.language;
    let show = |x: f64| show_value(h, &d.item, x);
    DecisionView {
        item: item_name(h, sequence, &d.item),
        change: if (d.from - d.to).abs() < 1e-9 {
            lang.get("decision_kept").replace("{value}", &show(d.to))
        } else {
            format!("{} → {}", show(d.from), show(d.to))
        },
        by: format!("{}{}{}", d.by, lang.get("list_sep"), d.on),
        reason: d.reason.clone(),
    }
}
