//! Rules for a level's basic conditions (基本条件), inherited from the level below: numbers of
//! 0 or more, complete performance rules that can fire, titles on the settings' scale,
//! alternatives; and a warning where a condition asks less than the level below.

use super::Ctx;
use crate::diagnostics::{Diagnostic, codes};
use crate::load::raw::{RawAlternative, RawConditions, RawPerformanceRule, S};
use crate::model::format_number as fmt;
use crate::model::*;

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
            let values = format!("{} here, {} at the level below", e.value.id(), then.id());
            lower_than_below(ctx, file, e, "education", &values);
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
                let values = format!("{} here, {} at the level below", fmt(s.value), fmt(b));
                lower_than_below(ctx, file, s, name, &values);
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
            let values = format!("{} here, {b} at the level below", t.value);
            lower_than_below(ctx, file, t, "title", &values);
        }
        c.title = Some(t.value.clone());
    }
    if let Some(list) = &raw.any_of {
        if list.value.len() < 2 {
            let loc = ctx.loc(file, list);
            ctx.push(
                Diagnostic::new(&codes::OUT_OF_RANGE, "`any_of` needs at least two alternatives")
                    .at(loc)
                    .help("list each way to qualify, e.g. `- { education: bachelor, experience_years: 3 }` and `- { education: associate, experience_years: 5 }`; one alone is a plain condition"),
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
            Diagnostic::new(&codes::EMPTY_VALUE, "an alternative with no condition")
                .at(loc)
                .help("give it education, experience_years, years_in_level, training_hours, major or title"),
        );
    }
    alt
}

fn majors_of(ctx: &mut Ctx, file: &str, majors: &S<Vec<S<String>>>) -> Vec<String> {
    if majors.value.is_empty() {
        let loc = ctx.loc(file, majors);
        ctx.push(
            Diagnostic::new(&codes::EMPTY_VALUE, "`major` lists no major")
                .at(loc)
                .help("list the accepted majors or fields, e.g. [市场营销, 工商管理], or remove `major`"),
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
        let known: Vec<&str> = titles.iter().map(String::as_str).collect();
        let loc = ctx.loc(file, t);
        let help = if titles.is_empty() {
            "list the titles, lowest first, as `professional_titles: [初级, 中级, 高级]` in rungs.yaml".to_string()
        } else {
            crate::suggest::help_for("professional title", &t.value, &known)
                + " (`professional_titles` in rungs.yaml)"
        };
        ctx.push(
            Diagnostic::new(
                &codes::UNKNOWN_TITLE,
                format!("`{}` is not a professional title", t.value),
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
                "`no_consecutive` and `rating` go together",
            )
            .at(loc)
            .help(
                "write e.g. `no_consecutive: 2` with `rating: C` (no two consecutive C or worse)",
            ),
        );
    }
    if rule.last.value == 0 {
        let loc = ctx.loc(file, &rule.last);
        ctx.push(
            Diagnostic::new(&codes::OUT_OF_RANGE, "`last` must be at least 1")
                .at(loc)
                .help("the number of latest ratings the rule looks at, e.g. 3"),
        );
    }
    if let Some(n) = &rule.no_consecutive
        && n.value > rule.last.value
    {
        let loc = ctx.loc(file, n);
        ctx.push(
            Diagnostic::new(
                &codes::NEVER_FIRES,
                format!(
                    "{} consecutive ratings cannot occur among the latest {}: the rule never fails",
                    n.value, rule.last.value
                ),
            )
            .at(loc)
            .help(format!(
                "lower `no_consecutive` to {} or less, or raise `last`",
                rule.last.value
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
            Diagnostic::new(&codes::OUT_OF_RANGE, format!("{} is negative", s.value))
                .at(loc)
                .help("write a number of years or hours, 0 or more"),
        );
    }
}

/// `values` says what is asked here and below: "2 here, 3 at the level below".
pub(super) fn lower_than_below<T>(
    ctx: &mut Ctx,
    file: &str,
    value: &S<T>,
    what: &str,
    values: &str,
) {
    let loc = ctx.loc(file, value);
    ctx.push(
        Diagnostic::new(
            &codes::LOWER_THAN_BELOW,
            format!("`{what}` asks less here than at the level below ({values})"),
        )
        .at(loc)
        .help(
            "higher levels usually ask at least as much; check the value, or remove it to inherit",
        ),
    );
}
