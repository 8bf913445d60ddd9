//! A record's facts: ratings on the settings' scale, no negative years or hours, no fact the
//! level does not read, and a warning for each condition whose fact is missing (it counts as
//! unmet).

use super::keys::{At, key_problem};
use crate::check::Ctx;
use crate::diagnostics::{Diagnostic, codes};
use crate::load::raw::{RawAssessment, RawFacts};
use crate::model::*;
use crate::msg;

use super::Scales;

pub(super) fn check_facts(
    ctx: &mut Ctx,
    file: &str,
    raw: &RawAssessment,
    (sequence, level): (&Sequence, &Level),
    scales: &Scales,
) -> Facts {
    let ratings = &scales.ratings;
    let f = &raw.facts;
    if let Some(t) = &f.title {
        crate::check::conditions::title_rank(ctx, file, t, &scales.titles);
    }
    let rating_ids: Vec<&str> = ratings.iter().map(String::as_str).collect();
    for r in f.performance.iter().flatten() {
        if !rating_ids.contains(&r.value.as_str()) {
            let loc = ctx.loc(file, r);
            ctx.push(
                Diagnostic::new(
                    &codes::UNKNOWN_RATING,
                    msg!("record-unknown-rating", rating = &r.value),
                )
                .at(loc)
                .help(msg!(
                    "record-unknown-rating-help",
                    ratings = ratings.clone()
                )),
            );
        }
    }
    for value in [&f.experience_years, &f.years_in_level, &f.training_hours]
        .into_iter()
        .flatten()
    {
        if value.value < 0.0 {
            let loc = ctx.loc(file, value);
            ctx.push(
                Diagnostic::new(
                    &codes::OUT_OF_RANGE,
                    msg!("record-negative-fact", value = value.value.to_string()),
                )
                .at(loc)
                .help(msg!("record-negative-fact-help")),
            );
        }
    }
    for (id, v) in &f.other {
        if !level.conditions.other.iter().any(|o| &o.id == id) {
            let ids: Vec<&str> = level
                .conditions
                .other
                .iter()
                .map(|o| o.id.as_str())
                .collect();
            key_problem(
                ctx,
                file,
                At::Value(v),
                &codes::UNKNOWN_CONDITION,
                msg!(
                    "record-unknown-condition",
                    level = &level.id,
                    condition = id
                ),
                crate::diagnostics::suggest::help_message(&msg!("noun-condition"), id, &ids),
            );
        }
    }
    warn_of_unread_facts(ctx, file, f, sequence, level);
    warn_of_missing_facts(ctx, file, raw, level);
    Facts {
        education: f.education.as_ref().map(|e| e.value),
        experience_years: f.experience_years.as_ref().map(|v| v.value),
        years_in_level: f.years_in_level.as_ref().map(|v| v.value),
        training_hours: f.training_hours.as_ref().map(|v| v.value),
        certifications: f
            .certifications
            .iter()
            .flatten()
            .map(|c| c.value.clone())
            .collect(),
        performance: f
            .performance
            .iter()
            .flatten()
            .map(|r| r.value.clone())
            .collect(),
        other: f.other.iter().map(|(k, v)| (k.clone(), v.value)).collect(),
        major: f.major.as_ref().map(|m| m.value.clone()),
        title: f.title.as_ref().map(|t| t.value.clone()),
        experience_since: None,
        level_since: None,
    }
}

/// A condition of the level whose fact the record leaves out counts as unmet: say so.
fn warn_of_missing_facts(ctx: &mut Ctx, file: &str, raw: &RawAssessment, level: &Level) {
    let f = &raw.facts;
    let c = &level.conditions;
    let missing = [
        (c.education.is_some() && f.education.is_none(), "education"),
        (
            c.experience_years.is_some() && f.experience_years.is_none(),
            "experience_years",
        ),
        (
            c.years_in_level.is_some() && f.years_in_level.is_none(),
            "years_in_level",
        ),
        (
            c.training_hours.is_some() && f.training_hours.is_none(),
            "training_hours",
        ),
        (
            c.performance.is_some() && f.performance.as_ref().is_none_or(|p| p.is_empty()),
            "performance",
        ),
        (!c.majors.is_empty() && f.major.is_none(), "major"),
        (c.title.is_some() && f.title.is_none(), "title"),
    ];
    for (is_missing, fact) in missing {
        if is_missing {
            key_problem(
                ctx,
                file,
                At::left_out(raw),
                &codes::MISSING_FACT,
                msg!("record-missing-fact", level = &level.id, fact = fact),
                msg!("record-missing-fact-help"),
            );
        }
    }
}

/// A fact no condition of the level reads (and no reference item shows, for ratings) is
/// ignored: say so, as for an unknown `other` condition.
fn warn_of_unread_facts(
    ctx: &mut Ctx,
    file: &str,
    f: &RawFacts,
    sequence: &Sequence,
    level: &Level,
) {
    let shows_ratings = sequence
        .reference_items
        .iter()
        .any(|r| r.source == ReferenceSource::Performance);
    let read =
        |fact: Fact| level.conditions.reads(fact) || fact == Fact::Performance && shows_ratings;
    let read_keys: Vec<String> = Fact::ALL
        .into_iter()
        .filter(|f| read(*f))
        .map(|f| format!("`{}`", f.key()))
        .collect();
    for fact in Fact::ALL.into_iter().filter(|f| !read(*f)) {
        let key = fact.key();
        let loc = match fact {
            Fact::Education => f.education.as_ref().map(|v| ctx.loc_key(file, v, key)),
            Fact::ExperienceYears => f
                .experience_years
                .as_ref()
                .map(|v| ctx.loc_key(file, v, key)),
            Fact::YearsInLevel => f.years_in_level.as_ref().map(|v| ctx.loc_key(file, v, key)),
            Fact::TrainingHours => f.training_hours.as_ref().map(|v| ctx.loc_key(file, v, key)),
            Fact::Certifications => f
                .certifications
                .iter()
                .flatten()
                .next()
                .map(|v| ctx.loc_key(file, v, key)),
            Fact::Performance => f
                .performance
                .iter()
                .flatten()
                .next()
                .map(|v| ctx.loc_key(file, v, key)),
            Fact::Major => f.major.as_ref().map(|v| ctx.loc_key(file, v, key)),
            Fact::Title => f.title.as_ref().map(|v| ctx.loc_key(file, v, key)),
        };
        let Some(loc) = loc else { continue };
        let help = if read_keys.is_empty() {
            msg!("record-unread-fact-help-none", fact = key)
        } else {
            msg!(
                "record-unread-fact-help",
                read = read_keys.clone(),
                fact = key
            )
        };
        ctx.push(
            Diagnostic::new(
                &codes::UNKNOWN_CONDITION,
                msg!("record-unread-fact", level = &level.id, fact = key),
            )
            .at(loc)
            .help(help),
        );
    }
}
