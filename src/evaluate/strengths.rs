//! What a record holds, ranked, for the report's strengths.

use super::{CompetencyCheck, KpiCheck, ModuleCheck, Strength};
use crate::model::*;

/// What a record holds, ranked: competencies above the requirement (furthest above first, key
/// first among equals), competencies raised since the previous record (most raised first),
/// modules with full marks, KPIs beating their target, and the requirements met at the level
/// applied for. One-line standards have no levels, so they count only among the requirements.
pub(super) fn strengths(
    competencies: &[CompetencyCheck],
    previous: Option<&Assessment>,
    modules: &[ModuleCheck],
    sequence: &Sequence,
    kpis: &[KpiCheck],
    counted: &[(bool, bool)],
) -> Vec<Strength> {
    let before = |id: &str| {
        previous
            .and_then(|p| p.competencies.get(id))
            .map(|x| x.level)
    };
    let graded = competencies.iter().filter(|c| !c.one_line);
    let mut above: Vec<&CompetencyCheck> = graded.clone().filter(|c| c.gap > 0).collect();
    above.sort_by_key(|c| (std::cmp::Reverse(c.gap), !c.key));
    let mut out: Vec<Strength> = above
        .into_iter()
        .map(|c| Strength::Above {
            competency: c.competency.clone(),
            key: c.key,
            required: c.required,
            achieved: c.achieved,
            raised_from: before(&c.competency).filter(|then| *then < c.achieved),
        })
        .collect();
    let mut raised: Vec<(&CompetencyCheck, u32)> = graded
        .filter(|c| c.gap <= 0)
        .filter_map(|c| Some((c, before(&c.competency).filter(|then| *then < c.achieved)?)))
        .collect();
    raised.sort_by_key(|(c, then)| (std::cmp::Reverse(c.achieved - then), !c.key));
    out.extend(raised.into_iter().map(|(c, then)| Strength::Raised {
        competency: c.competency.clone(),
        from: then,
        to: c.achieved,
        required: c.required,
    }));
    out.extend(
        modules
            .iter()
            .filter(|m| m.points > 0.0 && m.score + 1e-9 >= m.points)
            .map(|m| Strength::FullMarks {
                module: m.module.clone(),
                points: m.points,
            }),
    );
    out.extend(kpis.iter().filter_map(|k| {
        let definition = sequence.kpi(&k.kpi)?;
        let (result, target) = (k.result?, definition.target?);
        let beats = k.points.is_some() && definition.direction.shortfall(target, result) > 1e-9;
        beats.then(|| Strength::KpiAbove {
            kpi: k.kpi.clone(),
            result,
            target,
        })
    }));
    let count = |key: bool, met: bool| {
        counted
            .iter()
            .filter(|(k, m)| *k == key && (!met || *m))
            .count()
    };
    if counted.iter().any(|(_, met)| *met) {
        out.push(Strength::Requirements {
            key_met: count(true, true),
            key_total: count(true, false),
            normal_met: count(false, true),
            normal_total: count(false, false),
            key_competencies: competencies
                .iter()
                .filter(|c| c.key && c.gap >= 0)
                .map(|c| c.competency.clone())
                .collect(),
        });
    }
    out
}

/// A total above the pass mark is a strength: before the key items met and the count of
/// requirements, after the rest.
pub(super) fn with_total(mut strengths: Vec<Strength>, total: f64, level: &Level) -> Vec<Strength> {
    if total > level.scoring.pass + 1e-9 && level.scoring.pass > 0.0 {
        let at = strengths
            .iter()
            .position(|s| matches!(s, Strength::Requirements { .. }))
            .unwrap_or(strengths.len());
        strengths.insert(
            at,
            Strength::TotalAbove {
                total,
                pass: level.scoring.pass,
            },
        );
    }
    strengths
}
