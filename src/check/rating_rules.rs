//! Rules for `ratings:` in rungs.yaml: roles declared once and with safe ids, weights only for
//! roles that exist and never below zero, something counting for every kind, and the panel
//! minimum, the step, the divergence thresholds and the margin in range.

use super::Ctx;
use crate::diagnostics::{Diagnostic, codes};
use crate::load::raw::{RawRatingRules, S};
use crate::model::{BUILT_IN_ROLES, RatingRules};
use crate::msg;

pub(super) fn check(ctx: &mut Ctx, file: &str, raw: &RawRatingRules) -> RatingRules {
    let mut rules = RatingRules::default();
    for role in &raw.roles {
        ctx.check_id(file, role, msg!("noun-rating-role"));
    }
    ctx.check_unique(
        msg!("noun-rating-role"),
        raw.roles.iter().map(|r| (file, r)),
    );
    for role in &raw.roles {
        if BUILT_IN_ROLES.contains(&role.value.as_str()) {
            let loc = ctx.loc(file, role);
            ctx.push(
                Diagnostic::new(
                    &codes::DUPLICATE_ID,
                    msg!("ratings-built-in-role", role = &role.value),
                )
                .at(loc)
                .help(msg!("ratings-built-in-role-help")),
            );
        } else if !rules.roles.contains(&role.value) {
            rules.roles.push(role.value.clone());
        }
    }
    let known: Vec<&str> = rules.roles.iter().map(String::as_str).collect();
    let mut weights = rules.weights.clone();
    for (kind, by_role) in &raw.weights {
        let mut checked = std::collections::BTreeMap::new();
        for (role, weight) in by_role {
            if !known.contains(&role.as_str()) {
                let loc = ctx.loc_key(file, weight, role);
                ctx.push(
                    Diagnostic::new(
                        &codes::UNKNOWN_ROLE,
                        msg!("ratings-unknown-role", role = role),
                    )
                    .at(loc)
                    .help(crate::diagnostics::suggest::help_message(
                        &msg!("noun-rating-role"),
                        role,
                        &known,
                    )),
                );
            } else if weight.value < 0.0 || !weight.value.is_finite() {
                out_of_range(ctx, file, weight, msg!("ratings-weight-help"));
            } else {
                checked.insert(role.clone(), weight.value);
            }
        }
        if !by_role.is_empty() && checked.values().all(|w| *w == 0.0) {
            let (role, first) = by_role.iter().next().expect("not empty");
            let loc = ctx.loc_key(file, first, role);
            ctx.push(
                Diagnostic::new(&codes::EMPTY_VALUE, msg!("ratings-nothing-counts"))
                    .at(loc)
                    .help(msg!("ratings-nothing-counts-help")),
            );
        }
        weights.insert(*kind, checked);
    }
    rules.weights = weights;
    if let Some(p) = &raw.panel {
        rules.panel = p.value;
    }
    if let Some(r) = &raw.rounding {
        rules.rounding = r.value;
    }
    if let Some(m) = &raw.min_panel {
        if m.value == 0 {
            out_of_range(ctx, file, m, msg!("ratings-min-panel-help"));
        }
        rules.min_panel = m.value.max(1) as usize;
    }
    let above_zero = |ctx: &mut Ctx, value: &Option<S<f64>>, at_most: f64, target: &mut f64| {
        if let Some(v) = value {
            if v.value > 0.0 && v.value <= at_most {
                *target = v.value;
            } else {
                out_of_range(
                    ctx,
                    file,
                    v,
                    msg!("ratings-above-zero-help", most = at_most),
                );
            }
        }
    };
    above_zero(ctx, &raw.score_step, 100.0, &mut rules.score_step);
    if let Some(d) = &raw.divergence {
        above_zero(ctx, &d.levels, 100.0, &mut rules.divergent_levels);
        above_zero(ctx, &d.share, 1.0, &mut rules.divergent_share);
    }
    if let Some(n) = &raw.name_judges {
        rules.name_judges = n.value;
    }
    if let Some(m) = &raw.calibration_margin {
        if m.value >= 0.0 && m.value.is_finite() {
            rules.margin = m.value;
        } else {
            out_of_range(ctx, file, m, msg!("ratings-margin-help"));
        }
    }
    rules
}

fn out_of_range<T: std::fmt::Display>(
    ctx: &mut Ctx,
    file: &str,
    value: &S<T>,
    help: crate::locale::Message,
) {
    let loc = ctx.loc(file, value);
    ctx.push(
        Diagnostic::new(
            &codes::OUT_OF_RANGE,
            msg!("ratings-out-of-range", value = value.value.to_string()),
        )
        .at(loc)
        .help(help),
    );
}
