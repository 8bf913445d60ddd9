//! Rules for a level's basic conditions (基本条件), inherited from the level below: numbers of
//! 0 or more, complete performance rules that can fire, titles on the settings' scale,
//! alternatives; and a warning where a condition asks less than the level below.

use super::Ctx;
use crate::diagnostics::suggest::help_message_with;
use crate::diagnostics::{Diagnostic, codes};
use crate::load::raw::{RawAlternative, RawConditions, RawPerformanceRule, S};
use crate::model::format_number as fmt;
use crate::model::*;
use crate::msg;

pub(super) fn resolve(
    ctx: &mut Ctx,
    file: &str,
    raw: Option<&RawConditions>,
    below: Option<&Conditions>,
    titles: &[String],
) -> Conditions {
    let mut c = below.cloned().unwrap_or_default();
    let Some(raw) = raw else { return c };
    if let Some(e) = &raw.education {
        if below.and_then(|b| b.education).is_some_and(|b| e.value < b) {
            let then = below.and_then(|b| b.education).expect("checked above");
            lower_than_below(ctx, file, e, "education", e.value.id(), then.id());
        }
        c.education = Some(e.value);
    }
    for (field, v, name, then) in [
        (
            &mut c.experience_years,
            &raw.experience_years,
            "experience_years",
            below.and_then(|b| b.experience_years),
        ),
        (
            &mut c.years_in_level,
            &raw.years_in_level,
            "years_in_level",
            below.and_then(|b| b.years_in_level),
        ),
        (
            &mut c.training_hours,
            &raw.training_hours,
            "training_hours",
            below.and_then(|b| b.training_hours),
        ),
    ] {
        if let Some(s) = v {
            check_not_negative(ctx, file, s);
            if let Some(b) = then.filter(|b| s.value >= 0.0 && s.value < *b) {
                lower_than_below(ctx, file, s, name, fmt(s.value), fmt(b));
            }
            *field = Some(s.value);
        }
    }
    if let Some(certs) = &raw.certifications {
        c.certifications = certs.iter().map(|s| s.value.clone()).collect();
    }
    if let Some(p) = &raw.performance {
        c.performance = Some(performance_rule(ctx, file, p));
    }
    for other in &raw.other {
        ctx.check_id(file, &other.value.id, crate::msg!("noun-condition"));
        let o = OtherCondition {
            id: other.value.id.value.clone(),
            text: other.value.text.value.clone(),
        };
        match c.other.iter_mut().find(|x| x.id == o.id) {
            Some(existing) => *existing = o,
            None => c.other.push(o),
        }
    }
    if let Some(majors) = &raw.major {
        c.majors = majors_of(ctx, file, majors);
    }
    if let Some(t) = &raw.title {
        let rank = title_rank(ctx, file, t, titles);
        let then = below
            .and_then(|b| b.title.as_deref())
            .and_then(|b| titles.iter().position(|x| x == b));
        if rank.zip(then).is_some_and(|(now, then)| now < then) {
            let b = below.and_then(|b| b.title.as_deref()).unwrap_or_default();
            lower_than_below(ctx, file, t, "title", &t.value, b);
        }
        c.title = Some(t.value.clone());
    }
    if let Some(list) = &raw.any_of {
        if list.value.len() < 2 {
            let loc = ctx.loc(file, list);
            ctx.push(
                Diagnostic::new(&codes::OUT_OF_RANGE, msg!("condition-any-of-too-few"))
                    .at(loc)
                    .help(msg!("condition-any-of-too-few-help")),
            );
        }
        c.alternatives = list
            .value
            .iter()
            .map(|a| alternative(ctx, file, a, titles))
            .collect();
    }
    c
}

fn alternative(ctx: &mut Ctx, file: &str, a: &S<RawAlternative>, titles: &[String]) -> Alternative {
    let raw = &a.value;
    for v in [
        &raw.experience_years,
        &raw.years_in_level,
        &raw.training_hours,
    ]
    .into_iter()
    .flatten()
    {
        check_not_negative(ctx, file, v);
    }
    let alt = Alternative {
        education: raw.education.as_ref().map(|e| e.value),
        experience_years: raw.experience_years.as_ref().map(|v| v.value),
        years_in_level: raw.years_in_level.as_ref().map(|v| v.value),
        training_hours: raw.training_hours.as_ref().map(|v| v.value),
        majors: raw
            .major
            .as_ref()
            .map_or_else(Vec::new, |m| majors_of(ctx, file, m)),
        title: raw.title.as_ref().map(|t| {
            title_rank(ctx, file, t, titles);
            t.value.clone()
        }),
    };
    if alt == Alternative::default() {
        let loc = ctx.loc(file, a);
        ctx.push(
            Diagnostic::new(&codes::EMPTY_VALUE, msg!("condition-empty-alternative"))
                .at(loc)
                .help(msg!("condition-empty-alternative-help")),
        );
    }
    alt
}

fn majors_of(ctx: &mut Ctx, file: &str, majors: &S<Vec<S<String>>>) -> Vec<String> {
    if majors.value.is_empty() {
        let loc = ctx.loc(file, majors);
        ctx.push(
            Diagnostic::new(&codes::EMPTY_VALUE, msg!("condition-no-major"))
                .at(loc)
                .help(msg!("condition-no-major-help")),
        );
    }
    majors.value.iter().map(|m| m.value.clone()).collect()
}

/// A title's rank on the scale, reporting one that is not on it.
pub(super) fn title_rank(
    ctx: &mut Ctx,
    file: &str,
    t: &S<String>,
    titles: &[String],
) -> Option<usize> {
    let rank = titles.iter().position(|x| *x == t.value);
    if rank.is_none() {
        let titles_known: Vec<&str> = titles.iter().map(String::as_str).collect();
        let loc = ctx.loc(file, t);
        let help = if titles.is_empty() {
            msg!("condition-no-title-scale-help")
        } else {
            help_message_with(
                &msg!("noun-professional-title"),
                &t.value,
                &titles_known,
                msg!("hint-professional-titles"),
            )
        };
        ctx.push(
            Diagnostic::new(
                &codes::UNKNOWN_TITLE,
                msg!("condition-unknown-title", title = &t.value),
            )
            .at(loc)
            .help(help),
        );
    }
    rank
}

fn performance_rule(ctx: &mut Ctx, file: &str, p: &S<RawPerformanceRule>) -> PerformanceRule {
    let rule = &p.value;
    if rule.no_consecutive.is_some() != rule.rating.is_some() {
        let loc = ctx.loc(file, p);
        ctx.push(
            Diagnostic::new(
                &codes::INCOMPLETE_RULE,
                msg!("condition-performance-incomplete"),
            )
            .at(loc)
            .help(msg!("condition-performance-incomplete-help")),
        );
    }
    if rule.last.value == 0 {
        let loc = ctx.loc(file, &rule.last);
        ctx.push(
            Diagnostic::new(&codes::OUT_OF_RANGE, msg!("condition-performance-last"))
                .at(loc)
                .help(msg!("condition-performance-last-help")),
        );
    }
    if let Some(n) = &rule.no_consecutive
        && n.value > rule.last.value
    {
        let loc = ctx.loc(file, n);
        ctx.push(
            Diagnostic::new(
                &codes::NEVER_FIRES,
                msg!(
                    "condition-performance-never-fires",
                    consecutive = n.value,
                    last = rule.last.value
                ),
            )
            .at(loc)
            .help(msg!(
                "condition-performance-never-fires-help",
                last = rule.last.value
            )),
        );
    }
    PerformanceRule {
        last: rule.last.value,
        no_consecutive: rule
            .no_consecutive
            .as_ref()
            .zip(rule.rating.as_ref())
            .map(|(n, r)| (n.value, r.value.clone())),
        at_least: rule.at_least.as_ref().map(|r| r.value.clone()),
    }
}

fn check_not_negative(ctx: &mut Ctx, file: &str, s: &S<f64>) {
    if s.value < 0.0 {
        let loc = ctx.loc(file, s);
        ctx.push(
            Diagnostic::new(
                &codes::OUT_OF_RANGE,
                msg!("condition-negative", value = s.value.to_string()),
            )
            .at(loc)
            .help(msg!("condition-negative-help")),
        );
    }
}

/// The field `field` asks less here (`here`) than at the level below (`below`): values as
/// written (numbers, ids, titles), said as they are in every language.
pub(super) fn lower_than_below<T>(
    ctx: &mut Ctx,
    file: &str,
    value: &S<T>,
    field: &str,
    here: impl Into<String>,
    below: impl Into<String>,
) {
    let loc = ctx.loc(file, value);
    ctx.push(
        Diagnostic::new(
            &codes::LOWER_THAN_BELOW,
            msg!(
                "condition-lower-than-below",
                field = field,
                here = here.into(),
                below = below.into()
            ),
        )
        .at(loc)
        .help(msg!("condition-lower-than-below-help")),
    );
}
