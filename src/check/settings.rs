//! Rules for `rungs.yaml`: dates, ratings, grading thresholds, categories and contribution kinds.

use super::Ctx;
use crate::diagnostics::{Diagnostic, codes};
use crate::load::Parsed;
use crate::load::raw::{RawCategory, RawGrading, RawSettings, S};
use crate::locale::Message;
use crate::model::{Category, Date, GradedKind, Grading, Settings, VerdictRules};
use crate::msg;

pub(super) fn check(
    ctx: &mut Ctx,
    parsed: &Parsed<RawSettings>,
    locales: &crate::locale::ProjectLocales,
) -> (Settings, Vec<Category>, Vec<Category>) {
    let file = parsed.file.as_str();
    let raw = &parsed.value;
    for (value, what) in [
        (&raw.title, msg!("noun-title")),
        (&raw.organisation, msg!("noun-organisation")),
        (&raw.edition, msg!("noun-edition")),
        (&raw.owner, msg!("noun-owner")),
    ] {
        ctx.check_name(file, value, what);
    }
    let effective_date = check_date(ctx, file, &raw.effective_date);
    let issued = raw.issued.as_ref().and_then(|d| check_date(ctx, file, d));
    let performance_ratings: Vec<String> = match &raw.performance_ratings {
        Some(list) if list.value.is_empty() => {
            let loc = ctx.loc(file, list);
            ctx.push(
                Diagnostic::new(&codes::EMPTY_VALUE, msg!("check-ratings-empty"))
                    .at(loc)
                    .help(msg!("check-ratings-empty-help")),
            );
            vec![]
        }
        Some(list) => list.value.iter().map(|r| r.value.clone()).collect(),
        None => ["S", "A", "B", "C", "D"].map(String::from).to_vec(),
    };
    let grading = raw
        .grading
        .as_ref()
        .map_or_else(Grading::default, |g| check_grading(ctx, file, g));
    let professional_titles = match &raw.professional_titles {
        Some(list) => {
            let titles: Vec<&S<String>> = list.value.iter().collect();
            for t in &titles {
                ctx.check_name(file, t, msg!("noun-professional-title"));
            }
            ctx.check_unique(
                msg!("noun-professional-title"),
                titles.iter().map(|t| (file, *t)),
            );
            titles.iter().map(|t| t.value.clone()).collect()
        }
        None => Vec::new(),
    };
    let verdict = raw
        .verdict
        .as_ref()
        .map_or_else(VerdictRules::default, |v| VerdictRules {
            contributions_gate: v.contributions_gate,
            failed_recertification: v
                .failed_recertification
                .as_ref()
                .map_or_else(Default::default, |f| f.value),
            recertify_after_years: v
                .recertify_after_years
                .as_ref()
                .and_then(|y| positive(ctx, file, y)),
        });
    let base_url = raw
        .base_url
        .as_ref()
        .and_then(|u| check_base_url(ctx, file, u));
    let categories = check_named_list(
        ctx,
        file,
        &raw.categories,
        msg!("noun-category"),
        msg!("noun-category-name"),
    );
    let kinds = check_named_list(
        ctx,
        file,
        &raw.contribution_kinds,
        msg!("noun-contribution-kind"),
        msg!("noun-contribution-kind-name"),
    );
    let settings = Settings {
        title: raw.title.value.clone(),
        organisation: raw.organisation.value.clone(),
        edition: raw.edition.value.clone(),
        effective_date: effective_date.unwrap_or(Date {
            year: 1970,
            month: 1,
            day: 1,
        }),
        issued,
        edition_notes: raw.edition_notes.as_ref().map(|n| n.value.clone()),
        status: raw.status.value,
        language: super::locales::language(ctx, file, &raw.language, locales),
        base_url,
        theme: raw
            .theme
            .as_ref()
            .map_or_else(|| "default".to_string(), |t| t.value.clone()),
        owner: raw.owner.value.clone(),
        serial: raw.serial.as_ref().map(|s| s.value.clone()),
        raw_html: raw.raw_html,
        performance_ratings,
        grading,
        verdict,
        professional_titles,
        ratings: raw.ratings.as_ref().map_or_else(Default::default, |r| {
            super::rating_rules::check(ctx, file, r)
        }),
        certification: raw
            .certification
            .as_ref()
            .map_or_else(Default::default, |c| certification_rules(ctx, file, c)),
        approval: raw.approval.as_ref().map_or_else(Default::default, |a| {
            [&a.prepared, &a.reviewed, &a.approved].map(|s| {
                s.as_ref().map(|s| {
                    ctx.check_name(file, &s.name, msg!("noun-signatory"));
                    crate::model::Signature {
                        name: s.name.value.clone(),
                        date: s.date.as_ref().and_then(|d| check_date(ctx, file, d)),
                    }
                })
            })
        }),
        body_font: raw
            .handbook
            .as_ref()
            .and_then(|h| h.body_font.as_ref())
            .map_or_else(Default::default, |f| f.value),
        edition_tag_pattern: raw
            .editions
            .as_ref()
            .map_or_else(|| "v*".to_string(), |e| e.tag_pattern.value.clone()),
    };
    if let Some(theme) = &raw.theme {
        ctx.check_id(file, theme, msg!("noun-theme"));
    }
    (settings, categories, kinds)
}

/// `certification:`: years above zero, a month count.
fn certification_rules(
    ctx: &mut Ctx,
    file: &str,
    raw: &crate::load::raw::RawCertificationRules,
) -> crate::model::CertificationRules {
    let mut rules = crate::model::CertificationRules::default();
    if let Some(y) = &raw.valid_years
        && let Some(years) = positive(ctx, file, y)
    {
        rules.valid_years = years;
    }
    for (level, years) in &raw.levels {
        if let Some(years) = positive(ctx, file, years) {
            rules.levels.insert(level.clone(), years);
        }
    }
    if let Some(m) = &raw.expiring_months {
        rules.expiring_months = m.value;
    }
    if let Some(r) = &raw.renewal {
        ctx.check_not_empty(file, r, msg!("noun-renewal"));
        rules.renewal = Some(r.value.clone());
    }
    rules
}

fn check_grading(ctx: &mut Ctx, file: &str, g: &RawGrading) -> Grading {
    let mut grading = Grading::default();
    if let Some(share) = &g.b_max_normal_unmet {
        let ratio = share.value;
        if !(0.0..=1.0).contains(&ratio) {
            let loc = ctx.loc(file, share);
            ctx.push(
                Diagnostic::new(
                    &codes::OUT_OF_RANGE,
                    msg!("check-share-out-of-range", value = ratio),
                )
                .at(loc)
                .help(msg!("check-share-out-of-range-help")),
            );
        }
        grading.b_max_normal_unmet = ratio;
    }
    if let Some(counts) = &g.counts {
        if counts.value.is_empty() {
            let loc = ctx.loc(file, counts);
            ctx.push(
                Diagnostic::new(&codes::EMPTY_VALUE, msg!("check-grade-counts-nothing"))
                    .at(loc)
                    .help(msg!("check-grade-counts-nothing-help")),
            );
        }
        let has = |kind| counts.value.iter().any(|k| k.value == kind);
        grading.counts_competencies = has(GradedKind::Competencies);
        grading.counts_behaviours = has(GradedKind::Behaviours);
    }
    grading
}

/// Categories or contribution kinds: `what` names one, `name` its name.
fn check_named_list(
    ctx: &mut Ctx,
    file: &str,
    list: &[RawCategory],
    what: Message,
    name: Message,
) -> Vec<Category> {
    for c in list {
        ctx.check_id(file, &c.id, what.clone());
        ctx.check_name(file, &c.name, name.clone());
    }
    ctx.check_unique(what, list.iter().map(|c| (file, &c.id)));
    list.iter()
        .map(|c| Category {
            id: c.id.value.clone(),
            name: c.name.value.clone(),
            description: c.description.as_ref().map(|d| d.value.clone()),
        })
        .collect()
}

/// Parses a `YYYY-MM-DD` date, reporting it when invalid.
pub(super) fn check_date(
    ctx: &mut Ctx,
    file: &str,
    value: &crate::load::raw::S<String>,
) -> Option<Date> {
    match Date::parse(&value.value) {
        Ok(date) => Some(date),
        Err(_) => {
            let loc = ctx.loc(file, value);
            ctx.push(
                Diagnostic::new(&codes::INVALID_DATE, date_problem(&value.value))
                    .at(loc)
                    .help(msg!("check-invalid-date-help")),
            );
            None
        }
    }
}

/// What is wrong with a date `Date::parse` refused, in the same three cases it tells apart:
/// not `YYYY-MM-DD`, no such month, no such day.
fn date_problem(text: &str) -> Message {
    let parts: Vec<&str> = text.trim().split('-').collect();
    let numbers = match parts.as_slice() {
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            match (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>()) {
                (Ok(y), Ok(m), Ok(d)) => Some((y, m, d)),
                _ => None,
            }
        }
        _ => None,
    };
    let Some((year, month, _)) = numbers else {
        return msg!("check-invalid-date", text = text);
    };
    if !(1..=12).contains(&month) {
        return msg!("check-invalid-date-month", text = text, month = month);
    }
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days: u32 = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    msg!(
        "check-invalid-date-day",
        text = text,
        month = month,
        year = year,
        days = days
    )
}

/// `base_url` must be an absolute http(s) URL; it is kept normalised, with a closing `/`.
fn check_base_url(ctx: &mut Ctx, file: &str, value: &S<String>) -> Option<String> {
    let text = value.value.trim();
    let parsed = url::Url::parse(text);
    let problem = match &parsed {
        // The URL parser's own words say what is wrong.
        Err(e) => Some(msg!(
            "check-url-invalid",
            text = text,
            reason = url_error(*e)
        )),
        Ok(u) if !matches!(u.scheme(), "http" | "https") => {
            Some(msg!("check-url-not-http", text = text, scheme = u.scheme()))
        }
        Ok(u) if u.query().is_some() || u.fragment().is_some() => {
            Some(msg!("check-url-query", text = text))
        }
        Ok(_) => None,
    };
    match (problem, parsed) {
        // Kept as the URL parser writes it: characters a URL may not hold are escaped.
        (None, Ok(u)) if u.as_str().ends_with('/') => Some(u.to_string()),
        (None, Ok(u)) => Some(format!("{u}/")),
        (None, Err(_)) => None,
        (Some(message), _) => {
            let loc = ctx.loc(file, value);
            ctx.push(
                Diagnostic::new(&codes::INVALID_URL, message)
                    .at(loc)
                    .help(msg!("check-url-help")),
            );
            None
        }
    }
}

/// Why the URL parser refused an address: the usual reasons in the user's language, the
/// rarer ones in the parser's words.
fn url_error(e: url::ParseError) -> Message {
    use url::ParseError as E;
    match e {
        E::RelativeUrlWithoutBase => msg!("check-url-reason-relative"),
        E::EmptyHost => msg!("check-url-reason-empty-host"),
        E::InvalidPort => msg!("check-url-reason-port"),
        E::InvalidDomainCharacter => msg!("check-url-reason-domain-character"),
        E::IdnaError => msg!("check-url-reason-idna"),
        E::InvalidIpv4Address => msg!("check-url-reason-ip", version = "IPv4"),
        E::InvalidIpv6Address => msg!("check-url-reason-ip", version = "IPv6"),
        other => Message::verbatim(other.to_string()),
    }
}

/// A figure that must be above zero (years, a count), or `None` with an error.
fn positive(ctx: &mut Ctx, file: &str, value: &S<f64>) -> Option<f64> {
    if value.value > 0.0 {
        return Some(value.value);
    }
    let loc = ctx.loc(file, value);
    ctx.push(
        Diagnostic::new(
            &codes::OUT_OF_RANGE,
            msg!("settings-not-positive", value = value.value.to_string()),
        )
        .at(loc)
        .help(msg!("settings-not-positive-help")),
    );
    None
}
