//! A cycle's calendar (`cycle.yaml`): each date valid, each period from before to, and the
//! stages in their order — applications, review, 公示, appeals, effect.

use crate::check::Ctx;
use crate::check::settings::check_date;
use crate::diagnostics::{Diagnostic, codes};
use crate::load::raw::{RawCycle, RawPeriod, S};
use crate::model::{Calendar, Date};
use crate::msg;

/// A period's days, checked, and where it starts.
fn period<'r>(
    ctx: &mut Ctx,
    file: &str,
    p: &'r Option<RawPeriod>,
) -> Option<(Date, Date, &'r S<String>)> {
    let p = p.as_ref()?;
    let (from, to) = (
        check_date(ctx, file, &p.from)?,
        check_date(ctx, file, &p.to)?,
    );
    if to < from {
        order(
            ctx,
            file,
            &p.to,
            msg!(
                "calendar-period-backwards",
                from = from.to_string(),
                to = to.to_string()
            ),
        );
    }
    Some((from, to, &p.from))
}

pub(super) fn check(ctx: &mut Ctx, file: &str, raw: &RawCycle) -> Calendar {
    let period = |ctx: &mut Ctx, p| period(ctx, file, p);
    let applications = period(ctx, &raw.applications);
    let review = period(ctx, &raw.review);
    let announcement = period(ctx, &raw.announcement);
    let deadline = raw
        .appeal_deadline
        .as_ref()
        .and_then(|d| check_date(ctx, file, d).map(|x| (x, d)));
    let effective = raw
        .effective_date
        .as_ref()
        .and_then(|d| check_date(ctx, file, d).map(|x| (x, d)));
    if let Some(c) = &raw.committee {
        ctx.check_name(file, c, msg!("noun-committee"));
    }
    // Each stage starts once the one before has ended (a day may be shared).
    let stages: Vec<(&str, Date, Date, &S<String>)> = [
        applications.map(|(f, t, at)| ("applications", f, t, at)),
        review.map(|(f, t, at)| ("review", f, t, at)),
        announcement.map(|(f, t, at)| ("announcement", f, t, at)),
        deadline.map(|(d, at)| ("appeal_deadline", d, d, at)),
    ]
    .into_iter()
    .flatten()
    .collect();
    for pair in stages.windows(2) {
        let (before, _, ended, _) = pair[0];
        let (after, started, _, at) = pair[1];
        if started < ended {
            order(
                ctx,
                file,
                at,
                msg!(
                    "calendar-out-of-order",
                    later = after,
                    earlier = before,
                    start = started.to_string(),
                    end = ended.to_string()
                ),
            );
        }
    }
    if let (Some((day, at)), Some((_, end, _))) = (effective, announcement)
        && day < end
    {
        order(
            ctx,
            file,
            at,
            msg!(
                "calendar-effective-early",
                day = day.to_string(),
                end = end.to_string()
            ),
        );
    }
    Calendar {
        status: raw.status.as_ref().map(|s| s.value),
        committee: raw.committee.as_ref().map(|c| c.value.clone()),
        applications: applications.map(|(f, t, _)| (f, t)),
        review: review.map(|(f, t, _)| (f, t)),
        announcement: announcement.map(|(f, t, _)| (f, t)),
        appeal_deadline: deadline.map(|(d, _)| d),
        effective_date: effective.map(|(d, _)| d),
        objection: raw.objection.as_ref().map(|o| o.value.clone()),
    }
}

fn order(ctx: &mut Ctx, file: &str, at: &S<String>, message: crate::locale::Message) {
    let loc = ctx.loc(file, at);
    ctx.push(
        Diagnostic::new(&codes::CALENDAR_ORDER, message)
            .at(loc)
            .help(msg!("calendar-order-help")),
    );
}
