//! Rules for a sequence's KPIs: a scored KPI has a target, a weight and a rule that can be
//! applied — deduction steps above 0, table bands worth no more than the weight, best first.

use super::Ctx;
use crate::diagnostics::{Diagnostic, codes};
use crate::load::raw::{RawKpi, S};
use crate::locale::Message;
use crate::model::{Direction, Kpi, KpiRule, format_number as fmt};
use crate::msg;

pub(super) fn check(ctx: &mut Ctx, file: &str, raw: &[S<RawKpi>]) -> Vec<Kpi> {
    for kpi in raw {
        ctx.check_id(file, &kpi.value.id, msg!("noun-kpi"));
    }
    ctx.check_unique(msg!("noun-kpi"), raw.iter().map(|k| (file, &k.value.id)));
    raw.iter().map(|k| kpi(ctx, file, k)).collect()
}

fn kpi(ctx: &mut Ctx, file: &str, spanned: &S<RawKpi>) -> Kpi {
    let k = &spanned.value;
    let direction = k.direction.as_ref().map_or(Direction::Higher, |d| d.value);
    let weight = k.weight.as_ref().map_or(0.0, |w| w.value);
    let problem = |ctx: &mut Ctx, loc, message: Message, help: Message| {
        ctx.push(
            Diagnostic::new(&codes::KPI_RULE, message)
                .at(loc)
                .help(help),
        );
    };
    if let Some(w) = &k.weight
        && w.value < 0.0
    {
        let loc = ctx.loc(file, w);
        problem(
            ctx,
            loc,
            msg!("check-kpi-weight-negative", id = &k.id.value),
            msg!("check-kpi-weight-negative-help"),
        );
    }
    let rule = k.scoring.as_ref().and_then(|scoring| {
        let loc = ctx.loc(file, scoring);
        if k.target.is_none() {
            problem(
                ctx,
                loc.clone(),
                msg!("check-kpi-no-target", id = &k.id.value),
                msg!("check-kpi-no-target-help"),
            );
        }
        if k.weight.is_none() {
            problem(
                ctx,
                loc.clone(),
                msg!("check-kpi-no-weight", id = &k.id.value),
                msg!("check-kpi-no-weight-help"),
            );
        }
        match (&scoring.value.deduct, &scoring.value.table) {
            (Some(_), Some(_)) | (None, None) => {
                ctx.push(
                    Diagnostic::new(
                        &codes::CONFLICTING_FIELDS,
                        msg!("check-kpi-rule-choice", id = &k.id.value),
                    )
                    .at(loc)
                    .help(msg!("check-kpi-rule-choice-help")),
                );
                None
            }
            (Some(d), None) => {
                if d.value.step.value <= 0.0 || d.value.points.value < 0.0 {
                    let loc = ctx.loc(file, d);
                    problem(
                        ctx,
                        loc,
                        msg!("check-kpi-deduct"),
                        msg!("check-kpi-deduct-help"),
                    );
                }
                Some(KpiRule::Deduct {
                    step: d.value.step.value,
                    points: d.value.points.value,
                })
            }
            (None, Some(table)) => {
                let bands: Vec<(f64, f64)> = table
                    .value
                    .iter()
                    .map(|b| (b.value.from.value, b.value.points.value))
                    .collect();
                // A weight that is a placeholder says nothing about the bands.
                let weight_guessed = k
                    .weight
                    .as_ref()
                    .is_some_and(|w| ctx.is_placeholder(file, w));
                for (band, (_, points)) in table.value.iter().zip(&bands) {
                    if *points < 0.0 || *points > weight + 1e-9 && !weight_guessed {
                        let loc = ctx.loc(file, &band.value.points);
                        problem(
                            ctx,
                            loc,
                            msg!(
                                "check-kpi-band-points",
                                points = fmt(*points),
                                weight = fmt(weight)
                            ),
                            msg!("check-kpi-band-points-help"),
                        );
                    }
                }
                let ordered = bands.windows(2).all(|w| {
                    direction.reaches(w[0].0, w[1].0) && w[0].0 != w[1].0 && w[0].1 >= w[1].1
                });
                if !ordered {
                    let loc = ctx.loc(file, table);
                    let help = match direction {
                        Direction::Higher => msg!("check-kpi-bands-order-help-higher"),
                        Direction::Lower => msg!("check-kpi-bands-order-help-lower"),
                    };
                    problem(
                        ctx,
                        loc,
                        msg!("check-kpi-bands-order", id = &k.id.value),
                        help,
                    );
                }
                Some(KpiRule::Table(bands))
            }
        }
    });
    Kpi {
        id: k.id.value.clone(),
        name: k.name.value.clone(),
        formula: k.formula.value.clone(),
        description: k.description.as_ref().map(|d| d.value.clone()),
        unit: k.unit.as_ref().map(|u| u.value.clone()),
        direction,
        target: k.target.as_ref().map(|t| t.value),
        weight,
        rule,
    }
}
