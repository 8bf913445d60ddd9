//! Changes to a record's items, in order — a calibration meeting's decisions, an upheld
//! appeal's changes — each on an item the record holds, from the value it has before, with a
//! reason; and the small helpers that read and set one item of a raw record.

use std::collections::BTreeMap;

use crate::check::Ctx;
use crate::diagnostics::{Diagnostic, codes};
use crate::load::raw::{RawAssessment, RawModuleScore, RawRatingValue, S};
use crate::model::*;
use crate::msg;

/// One change to an item, as a calibration decision or an appeal writes it.
pub(super) struct Change<'r> {
    pub item: &'r S<String>,
    pub from: &'r S<RawRatingValue>,
    pub to: &'r S<RawRatingValue>,
    pub reason: &'r S<String>,
    pub by: String,
    pub on: Date,
}

/// Changes in order, each on an item the record holds, from the value it now has, with a
/// reason; each sets the item's value in the record and in `combined`.
pub(super) fn apply_changes(
    ctx: &mut Ctx,
    file: &str,
    out: &mut RawAssessment,
    changes: &[Change<'_>],
    combined: &mut BTreeMap<Item, RatedItem>,
) -> Vec<Decision> {
    let mut decisions = Vec::new();
    for d in changes {
        ctx.check_not_empty(file, d.reason, msg!("noun-decision-reason"));
        let Some(item) = Item::parse(&d.item.value) else {
            let loc = ctx.loc(file, d.item);
            ctx.push(
                Diagnostic::new(
                    &codes::UNKNOWN_DECISION_ITEM,
                    msg!("calibration-bad-item", item = &d.item.value),
                )
                .at(loc)
                .help(msg!("calibration-bad-item-help")),
            );
            continue;
        };
        let Some(now) = current_value(out, &item) else {
            let loc = ctx.loc(file, d.item);
            ctx.push(
                Diagnostic::new(
                    &codes::UNKNOWN_DECISION_ITEM,
                    msg!("calibration-unknown-item", item = item.to_string()),
                )
                .at(loc)
                .help(msg!("calibration-unknown-item-help")),
            );
            continue;
        };
        let from = d.from.value.number();
        if (from - now).abs() > 1e-9 {
            let loc = ctx.loc(file, d.from);
            ctx.push(
                Diagnostic::new(
                    &codes::STALE_DECISION,
                    msg!(
                        "calibration-stale",
                        item = item.to_string(),
                        from = format_number(from),
                        now = format_number(now)
                    ),
                )
                .at(loc)
                .help(msg!("calibration-stale-help")),
            );
            continue;
        }
        let to = d.to.value;
        set_value(out, &item, d.to, to);
        if let Some(info) = combined.get_mut(&item) {
            info.value = Some(to.number());
        }
        decisions.push(Decision {
            item,
            from,
            to: to.number(),
            by: d.by.clone(),
            on: d.on,
            reason: d.reason.value.clone(),
        });
    }
    decisions
}

/// What the record now says for `item` (met as 1 or 0), if it says anything.
fn current_value(out: &RawAssessment, item: &Item) -> Option<f64> {
    match item {
        Item::Competency(id) => {
            out.competencies
                .get(id)
                .and_then(|a| match (&a.value.level, &a.value.met) {
                    (Some(l), _) => Some(f64::from(l.value)),
                    (None, Some(m)) => Some(f64::from(u8::from(m.value))),
                    _ => None,
                })
        }
        Item::Behaviour(id) => out
            .behaviours
            .get(id)
            .map(|b| f64::from(u8::from(b.value.met.value))),
        Item::Score { module, item } => match (out.scores.get(module).map(|s| &s.value), item) {
            (Some(RawModuleScore::Whole(x)), None) => Some(*x),
            (Some(RawModuleScore::Items(items)), Some(i)) => items.get(i).copied(),
            _ => None,
        },
    }
}

/// Sets `item` to the decided value, written at the decision (so a value out of range is
/// reported there); met or a level in the shape the item has.
fn set_value(out: &mut RawAssessment, item: &Item, at: &S<RawRatingValue>, to: RawRatingValue) {
    match item {
        Item::Competency(id) => {
            if let Some(a) = out.competencies.get_mut(id) {
                let a = &mut a.value;
                match to {
                    RawRatingValue::Met(met) => {
                        a.level = None;
                        a.met = Some(like(at, met));
                    }
                    RawRatingValue::Number(x) if a.met.is_some() => {
                        a.met = Some(like(at, x >= 0.5));
                    }
                    RawRatingValue::Number(x) => a.level = Some(like(at, whole_level(x))),
                }
            }
        }
        Item::Behaviour(id) => {
            if let Some(b) = out.behaviours.get_mut(id) {
                b.value.met = like(at, to.number() >= 0.5);
            }
        }
        Item::Score { module, item } => {
            if let Some(score) = out.scores.get_mut(module) {
                match (&mut score.value, item) {
                    (RawModuleScore::Whole(x), None) => *x = to.number(),
                    (RawModuleScore::Items(items), Some(i)) => {
                        items.insert(i.clone(), to.number());
                    }
                    _ => {}
                }
            }
        }
    }
}
/// A level as a rater gives it: a whole number (anything else is reported).
pub(super) fn whole_level(x: f64) -> u32 {
    x.max(0.0).round() as u32
}

/// `value`, at the place `at` was written.
pub(super) fn like<T, U>(at: &S<T>, value: U) -> S<U> {
    S {
        value,
        referenced: at.referenced,
        defined: at.defined,
    }
}
