//! Scoring and gap analysis: one `Evaluation` per assessment against its target level, and
//! what a development report builds on it — guidance for failures that are not competency
//! gaps (`guidance`), a proposed development plan (`development`) and the trend across an
//! employee's cycles (`trend`).
//!
//! Pure functions over the validated model: no IO, no formatting. The rules are the ones
//! documented in README.md under "Scoring and verdict".

pub mod calibration;
pub mod certification;
pub mod development;
pub mod eligibility;
pub mod guidance;
pub mod ratings;
pub mod team;
pub mod trend;

mod conditions;
mod contributions;
mod evaluation;
mod requirements;
mod scoring;
mod strengths;
mod verdict;

pub(crate) use self::conditions::condition_met;
pub use self::conditions::{alternative_parts, condition_kinds, performance_met};
pub use self::evaluation::*;
pub use self::scoring::{grade, kpi_points};
use crate::model::*;

/// Evaluates one assessment against its target level (and position), given the employee's
/// earlier records, oldest first, and the project's cycles in order (for contributions counted
/// over several cycles: see [`Records::cycles`]).
pub fn evaluate(
    standard: &Standard,
    assessment: &Assessment,
    earlier: &[&Assessment],
    cycles: &[String],
) -> Option<Evaluation> {
    let (sequence, level) = standard.target_level(assessment)?;
    let one_line = |id: &str| standard.competency(id).is_some_and(|c| c.is_one_line());
    Some(evaluate_against(
        &standard.settings,
        &one_line,
        sequence,
        level,
        assessment,
        earlier,
        cycles,
    ))
}

/// Evaluates `a` against `level` of `sequence`; `one_line` tells the dictionary's one-line
/// standards (达标/未达标) from graded competencies. Gate by gate: conditions, the
/// requirements and the grade they make, KPIs and module scores to the total, contributions;
/// then the verdict, its failures and outcome, and the strengths.
// Kept whole: one call per gate, then the Evaluation field by field, so it reads top to bottom.
pub fn evaluate_against(
    settings: &Settings,
    one_line: &dyn Fn(&str) -> bool,
    sequence: &Sequence,
    level: &Level,
    a: &Assessment,
    earlier: &[&Assessment],
    cycles: &[String],
) -> Evaluation {
    let position = a.position.as_deref().and_then(|p| sequence.position(p));
    let current = a.current_level.as_deref().and_then(|l| sequence.level(l));
    let recertification = current.is_some_and(|c| c.id == level.id);
    let conditions = conditions::check_conditions(
        &level.conditions,
        &a.facts,
        settings,
        recertification,
        a.date,
    );
    let conditions_met = conditions.iter().all(|c| c.met);

    let competencies = requirements::check_competencies(sequence, level, position, a, one_line);
    let behaviours = requirements::check_behaviours(sequence, level, a);
    let counted = requirements::counted(settings, &competencies, &behaviours);
    let (key_total, key_unmet, normal_total, normal_unmet) = requirements::tally(&counted);
    let grade = grade(
        key_unmet,
        normal_total,
        normal_unmet,
        settings.grading.b_max_normal_unmet,
    );

    let (kpis, kpi_share) = scoring::check_kpis(sequence, level, position, a);
    let modules: Vec<ModuleCheck> = level
        .scoring
        .modules
        .iter()
        .map(|m| scoring::score_module(sequence, m, a, kpi_share))
        .collect();
    let total: f64 = modules.iter().map(|m| m.score).sum();
    let total_met = total + 1e-9 >= level.scoring.pass;

    let contributions =
        contributions::count_contributions(&level.contributions, a, earlier, cycles);
    let contributions_met = contributions.iter().all(|c| c.met);
    let reference = sequence
        .reference_items
        .iter()
        .map(|item| ReferenceCheck {
            item: item.id.clone(),
            value: scoring::reference_value(item, a, kpi_share),
        })
        .collect();

    let strengths = strengths::with_total(
        strengths::strengths(
            &competencies,
            earlier.last().copied(),
            &modules,
            sequence,
            &kpis,
            &counted,
        ),
        total,
        level,
    );
    let qualified = conditions_met
        && total_met
        && grade != Grade::C
        && (contributions_met || !settings.verdict.contributions_gate);
    let failures = verdict::failures(
        settings,
        level,
        &verdict::Gates {
            conditions: &conditions,
            total,
            total_met,
            grade,
            normal_total,
            competencies: &competencies,
            behaviours: &behaviours,
            contributions: &contributions,
        },
    );
    Evaluation {
        conditions_met,
        qualified,
        failures,
        outcome: verdict::outcome(settings, current, level, qualified),
        skipped_levels: current.map_or(0, |c| level.rank.saturating_sub(c.rank + 1)),
        recertification,
        strengths,
        development: development_areas(&competencies),
        conditions,
        competencies,
        behaviours,
        key_total,
        key_unmet,
        normal_total,
        normal_unmet,
        modules,
        total,
        total_points: level.scoring.total,
        pass: level.scoring.pass,
        total_met,
        kpis,
        kpi_share,
        reference,
        contributions,
        contributions_met,
        grade,
    }
}

/// The competencies below their requirement, key first, then the largest gap (a stable sort
/// keeps the level's order among equals), each with the next level to reach.
fn development_areas(competencies: &[CompetencyCheck]) -> Vec<DevelopmentArea> {
    let mut development: Vec<&CompetencyCheck> =
        competencies.iter().filter(|c| c.gap < 0).collect();
    development.sort_by_key(|c| (!c.key, c.gap));
    development
        .iter()
        .map(|c| DevelopmentArea {
            competency: c.competency.clone(),
            key: c.key,
            one_line: c.one_line,
            required: c.required,
            achieved: c.achieved,
            next_level: c.achieved + 1,
        })
        .collect()
}

#[cfg(test)]
mod tests;
