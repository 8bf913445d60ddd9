//! After the verdict, in a record: its appeal (申诉) — submitted in time, reviewed by people who
//! took no part in rating or calibrating it, decided after it was made, and changing items
//! only when upheld — and a certification it suspends or revokes. Also whether the record is
//! dated inside its cycle's review.

use std::collections::BTreeMap;

use super::changes::{Change, apply_changes};
use crate::check::Ctx;
use crate::check::settings::check_date;
use crate::diagnostics::{Diagnostic, codes};
use crate::load::raw::{RawAppeal, RawAssessment, S};
use crate::model::*;
use crate::msg;

/// The appeal, checked, with its changes applied to `out` (and `combined`) when it was upheld.
#[allow(clippy::too_many_arguments)]
pub(super) fn apply(
    ctx: &mut Ctx,
    file: &str,
    raw: &RawAssessment,
    appeal: &S<RawAppeal>,
    rated: &Rated,
    calendar: &Calendar,
    out: &mut RawAssessment,
    combined: &mut BTreeMap<Item, RatedItem>,
) -> Appeal {
    let a = &appeal.value;
    ctx.check_not_empty(file, &a.grounds, msg!("noun-appeal-grounds"));
    let submitted = check_date(ctx, file, &a.submitted_on);
    let decided = a.decided_on.as_ref().and_then(|d| check_date(ctx, file, d));
    check_dates(ctx, file, a, submitted, decided, calendar);
    check_recusal(ctx, file, raw, a, rated);
    if a.reviewers.is_empty() {
        let loc = ctx.loc(file, &a.submitted_on);
        ctx.push(
            Diagnostic::new(&codes::EMPTY_VALUE, msg!("appeal-no-reviewers"))
                .at(loc)
                .help(msg!("appeal-no-reviewers-help")),
        );
    }
    let decision = a.decision.as_ref().map(|d| d.value);
    let changes_allowed = matches!(
        decision,
        Some(AppealDecision::Upheld | AppealDecision::PartlyUpheld)
    );
    if !changes_allowed && let Some(first) = a.changes.first() {
        let loc = ctx.loc(file, &first.value.item);
        let message = match decision {
            Some(_) => msg!("appeal-rejected-changes"),
            None => msg!("appeal-pending-changes"),
        };
        ctx.push(
            Diagnostic::new(&codes::APPEAL_CHANGES, message)
                .at(loc)
                .help(msg!("appeal-changes-help")),
        );
    }
    if decision == Some(AppealDecision::Rejected) && a.reason.is_none() {
        let loc = ctx.loc(file, a.decision.as_ref().expect("decided"));
        ctx.push(
            Diagnostic::new(&codes::EMPTY_VALUE, msg!("appeal-rejected-without-reason"))
                .at(loc)
                .help(msg!("appeal-rejected-without-reason-help")),
        );
    }
    if let Some(r) = &a.reason {
        ctx.check_not_empty(file, r, msg!("noun-appeal-reason"));
    }
    if decision.is_some() && a.decided_on.is_none() {
        let loc = ctx.loc(file, a.decision.as_ref().expect("decided"));
        ctx.push(
            Diagnostic::new(&codes::APPEAL_DATES, msg!("appeal-no-decided-on"))
                .at(loc)
                .help(msg!("appeal-no-decided-on-help")),
        );
    }
    let reviewers: Vec<String> = a.reviewers.iter().map(|r| r.value.clone()).collect();
    let changes = if changes_allowed {
        let by = reviewers.join("、");
        let on = decided.unwrap_or(Date {
            year: 1970,
            month: 1,
            day: 1,
        });
        let list: Vec<Change<'_>> = a
            .changes
            .iter()
            .map(|c| Change {
                item: &c.value.item,
                from: &c.value.from,
                to: &c.value.to,
                reason: &c.value.reason,
                by: by.clone(),
                on,
            })
            .collect();
        apply_changes(ctx, file, out, &list, combined)
    } else {
        Vec::new()
    };
    Appeal {
        submitted_on: submitted.unwrap_or(Date {
            year: 1970,
            month: 1,
            day: 1,
        }),
        grounds: a.grounds.value.clone(),
        reviewers,
        decided_on: decided,
        decision,
        reason: a.reason.as_ref().map(|r| r.value.clone()),
        changes,
    }
}

/// Submitted during the 公示 and by the deadline (when the cycle says them), decided after.
fn check_dates(
    ctx: &mut Ctx,
    file: &str,
    a: &RawAppeal,
    submitted: Option<Date>,
    decided: Option<Date>,
    calendar: &Calendar,
) {
    let problem = |ctx: &mut Ctx, at: &S<String>, message| {
        let loc = ctx.loc(file, at);
        ctx.push(
            Diagnostic::new(&codes::APPEAL_DATES, message)
                .at(loc)
                .help(msg!("appeal-dates-help")),
        );
    };
    if let Some(day) = submitted {
        if let Some(deadline) = calendar.appeal_deadline
            && day > deadline
        {
            problem(
                ctx,
                &a.submitted_on,
                msg!(
                    "appeal-late",
                    day = day.to_string(),
                    deadline = deadline.to_string()
                ),
            );
        }
        if let Some((from, _)) = calendar.announcement
            && day < from
        {
            problem(
                ctx,
                &a.submitted_on,
                msg!(
                    "appeal-before-announcement",
                    day = day.to_string(),
                    from = from.to_string()
                ),
            );
        }
        if let (Some(d), Some(at)) = (decided, &a.decided_on)
            && d < day
        {
            problem(
                ctx,
                at,
                msg!(
                    "appeal-decided-before",
                    decided = d.to_string(),
                    submitted = day.to_string()
                ),
            );
        }
    }
}

/// No reviewer rated, managed, assessed or calibrated this record: by id or by name.
fn check_recusal(ctx: &mut Ctx, file: &str, raw: &RawAssessment, a: &RawAppeal, rated: &Rated) {
    let mut involved: Vec<(&str, crate::locale::Message)> = Vec::new();
    for r in &rated.ratings {
        for who in [r.rater.id.as_str(), r.rater.name.as_str()] {
            involved.push((who, msg!("appeal-involved-rater", role = &r.role)));
        }
    }
    if let Some(m) = &raw.manager {
        involved.push((&m.id.value, msg!("appeal-involved-manager")));
        if let Some(name) = &m.name {
            involved.push((&name.value, msg!("appeal-involved-manager")));
        }
    }
    for assessor in &raw.assessors {
        involved.push((&assessor.value, msg!("appeal-involved-assessor")));
    }
    for d in &rated.calibration {
        involved.push((&d.by, msg!("appeal-involved-calibration")));
    }
    involved.push((&raw.employee_id.value, msg!("appeal-involved-self")));
    for reviewer in &a.reviewers {
        let name = reviewer.value.trim();
        if let Some((_, how)) = involved.iter().find(|(who, _)| *who == name) {
            let loc = ctx.loc(file, reviewer);
            ctx.push(
                Diagnostic::new(
                    &codes::REVIEWER_NOT_RECUSED,
                    msg!("appeal-not-recused", reviewer = name, how = how.clone()),
                )
                .at(loc)
                .help(msg!("appeal-not-recused-help")),
            );
        }
    }
}

/// A record dated outside its cycle's application window and review, when the cycle has a
/// calendar.
pub(super) fn check_record_date(
    ctx: &mut Ctx,
    file: &str,
    raw: &RawAssessment,
    date: Date,
    calendar: &Calendar,
) {
    let Some((_, end)) = calendar.review else {
        return;
    };
    let start = calendar
        .applications
        .map(|(from, _)| from)
        .or(calendar.review.map(|(from, _)| from))
        .expect("a review");
    if date < start || date > end {
        let loc = ctx.loc(file, &raw.date);
        ctx.push(
            Diagnostic::new(
                &codes::OUTSIDE_CYCLE,
                msg!(
                    "record-outside-cycle",
                    date = date.to_string(),
                    from = start.to_string(),
                    to = end.to_string()
                ),
            )
            .at(loc)
            .help(msg!("record-outside-cycle-help")),
        );
    }
}

/// The certification the record suspends or revokes, checked.
pub(super) fn certification_change(
    ctx: &mut Ctx,
    file: &str,
    raw: &RawAssessment,
) -> Option<CertificationChange> {
    let c = &raw.certification.as_ref()?.value;
    ctx.check_not_empty(file, &c.reason, msg!("noun-certification-reason"));
    let on = check_date(ctx, file, &c.on)?;
    Some(CertificationChange {
        action: c.action.value,
        on,
        reason: c.reason.value.clone(),
    })
}
