//! Rules for positions (岗位): a range of the sequence's levels, lowest first; KPIs the
//! sequence defines; competency requirements like a level's, which may add or raise but not
//! lower what the levels in range require.

use super::Ctx;
use super::requirements::requirement;
use crate::diagnostics::{Diagnostic, codes};
use crate::load::raw::{RawPosition, S};
use crate::model::{Kpi, Level, Position};
use crate::msg;

pub(super) fn check(
    ctx: &mut Ctx,
    file: &str,
    raw: &[S<RawPosition>],
    levels: &[Level],
    kpis: &[Kpi],
    competencies: &super::dictionary::Lookup<'_>,
) -> Vec<Position> {
    ctx.check_unique(
        msg!("noun-position"),
        raw.iter().map(|p| (file, &p.value.id)),
    );
    let level_ids: Vec<&str> = levels.iter().map(|l| l.id.as_str()).collect();
    let kpi_ids: Vec<&str> = kpis.iter().map(|k| k.id.as_str()).collect();
    raw.iter()
        .map(|p| {
            let p = &p.value;
            ctx.check_id(file, &p.id, msg!("noun-position"));
            ctx.check_name(file, &p.name, msg!("noun-position-name"));
            let range = &p.levels.value;
            let rank = |ctx: &mut Ctx, id: &S<String>| {
                ctx.check_known(
                    file,
                    id,
                    &codes::UNKNOWN_LEVEL,
                    msg!("noun-level"),
                    &level_ids,
                    msg!("hint-levels-of-sequence"),
                )
                .then(|| level_ids.iter().position(|l| *l == id.value))
                .flatten()
            };
            let (from, to) = (rank(ctx, &range.from), rank(ctx, &range.to));
            if let (Some(a), Some(b)) = (from, to)
                && a > b
            {
                let loc = ctx.loc(file, &p.levels);
                ctx.push(
                    Diagnostic::new(
                        &codes::POSITION_LEVEL,
                        msg!(
                            "check-position-range-backwards",
                            id = &p.id.value,
                            from = &range.from.value,
                            to = &range.to.value
                        ),
                    )
                    .at(loc)
                    .help(msg!("check-position-range-backwards-help")),
                );
            }
            for kpi in &p.kpis {
                ctx.check_known(
                    file,
                    kpi,
                    &codes::UNKNOWN_KPI,
                    msg!("noun-kpi"),
                    &kpi_ids,
                    msg!("hint-kpis"),
                );
            }
            let requirements = p
                .competencies
                .iter()
                .filter_map(|r| requirement(ctx, file, r, competencies))
                .collect();
            Position {
                id: p.id.value.clone(),
                name: p.name.value.clone(),
                from: range.from.value.clone(),
                to: range.to.value.clone(),
                description: p.description.as_ref().map(|d| d.value.clone()),
                responsibilities: p.responsibilities.iter().map(|r| r.value.clone()).collect(),
                kpis: p.kpis.iter().map(|k| k.value.clone()).collect(),
                requirements,
            }
        })
        .collect()
}
