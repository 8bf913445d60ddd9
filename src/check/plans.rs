//! Rules for development plans and for an employee's cycles over time: plan items name known
//! competencies and real dates; an item past its due date with no status, and a cycle dated
//! before the one before it, are warnings.
//!
//! "Past due" is measured against the newest assessment date in the project, never the clock,
//! so `check` says the same thing on every day.

use super::Ctx;
use super::dictionary::Lookup;
use super::settings::check_date;
use crate::diagnostics::suggest;
use crate::diagnostics::{Diagnostic, Location, codes};
use crate::load::raw::RawAssessment;
use crate::model::{Date, PlanItem, Suggestion};
use crate::msg;

/// An open plan item's due date and where it is written.
pub(super) struct Due {
    pub date: Date,
    pub location: Location,
}

/// A record's place in its employee's history.
pub(super) struct Dated {
    pub employee: String,
    pub cycle: String,
    pub date: Date,
    pub location: Location,
}

/// Checks a record's plan; returns its items and the due dates of items without a status.
pub(super) fn check_plan(
    ctx: &mut Ctx,
    file: &str,
    raw: &RawAssessment,
    competencies: &Lookup<'_>,
) -> (Vec<PlanItem>, Vec<Due>) {
    let mut items = Vec::new();
    let mut open = Vec::new();
    ctx.check_count(
        file,
        &raw.plan,
        msg!("count-plan-items"),
        super::budget::PLAN_ITEMS,
    );
    for item in &raw.plan {
        let item = &item.value;
        if let Some(c) = &item.competency
            && competencies.get(&c.value).is_none()
            && !ctx.maybe_broken("competencies", &c.value)
        {
            let loc = ctx.loc(file, c);
            ctx.push(
                Diagnostic::new(
                    &codes::UNKNOWN_COMPETENCY,
                    msg!(
                        "check-unknown-reference",
                        what = msg!("noun-competency"),
                        id = &c.value
                    ),
                )
                .at(loc)
                .help(suggest::help_message(
                    &msg!("noun-competency"),
                    &c.value,
                    &competencies.ids(),
                )),
            );
        }
        ctx.check_not_empty(file, &item.goal, msg!("noun-plan-goal"));
        let due = item.due.as_ref().and_then(|d| check_date(ctx, file, d));
        if let (Some(date), None, Some(written)) = (due, &item.status, &item.due) {
            open.push(Due {
                date,
                location: ctx.loc(file, written),
            });
        }
        items.push(PlanItem {
            competency: item.competency.as_ref().map(|c| c.value.clone()),
            goal: item.goal.value.clone(),
            actions: item
                .actions
                .iter()
                .map(|a| Suggestion {
                    kind: a.value.kind.value,
                    text: a.value.text.value.clone(),
                })
                .collect(),
            owner: item.owner.as_ref().map(|o| o.value.clone()),
            due,
            status: item.status.as_ref().map(|s| s.value),
        });
    }
    (items, open)
}

/// Warnings across records: open plan items past due, and cycles out of date order.
pub(super) fn check_timeline(ctx: &mut Ctx, records: &mut [Dated], open: &[Due]) {
    let Some(latest) = records.iter().map(|r| r.date).max() else {
        return;
    };
    for due in open.iter().filter(|d| d.date < latest) {
        ctx.push(
            Diagnostic::new(
                &codes::PLAN_OVERDUE,
                msg!(
                    "check-plan-overdue",
                    due = due.date.to_string(),
                    latest = latest.to_string()
                ),
            )
            .at(due.location.clone())
            .help(msg!("check-plan-overdue-help")),
        );
    }
    records.sort_by(|a, b| (&a.employee, &a.cycle).cmp(&(&b.employee, &b.cycle)));
    for pair in records.windows(2) {
        let (before, after) = (&pair[0], &pair[1]);
        if before.employee == after.employee && after.date < before.date {
            ctx.push(
                Diagnostic::new(
                    &codes::CYCLE_ORDER,
                    msg!(
                        "check-cycle-order",
                        cycle = &after.cycle,
                        date = after.date.to_string(),
                        earlier = &before.cycle,
                        earlier_date = before.date.to_string()
                    ),
                )
                .at(after.location.clone())
                .help(msg!("check-cycle-order-help")),
            );
        }
    }
}
