//! Rules for `rungs.yaml`: dates, ratings, grading thresholds, categories and contribution kinds.

use super::Ctx;
use crate::diagnostics::{Diagnostic, codes};
use crate::load::Parsed;
use crate::load::raw::{RawCategory, RawGrading, RawSettings, S};
use crate::model::{Category, Date, GradedKind, Grading, Settings, VerdictRules};

pub(super) fn check(
    ctx: &mut Ctx,
    parsed: &Parsed<RawSettings>,
    locales: &crate::locale::ProjectLocales,
) -> (Settings, Vec<Category>, Vec<Category>) {
    let file = parsed.file.as_str();
    let raw = &parsed.value;
    for (value, what) in [
        (&raw.title, "title"),
        (&raw.organisation, "organisation"),
        (&raw.edition, "edition"),
        (&raw.owner, "owner"),
    ] {
        ctx.check_name(file, value, what);
    }
    let effective_date = check_date(ctx, file, &raw.effective_date);
    let issued = raw.issued.as_ref().and_then(|d| check_date(ctx, file, d));
    let performance_ratings: Vec<String> = match &raw.performance_ratings {
        Some(list) if list.value.is_empty() => {
            let loc = ctx.loc(file, list);
            ctx.push(
                Diagnostic::new(&codes::EMPTY_VALUE, "performance_ratings is empty")
                    .at(loc)
                    .help("list the ratings, best first, e.g. [S, A, B, C, D]"),
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
                ctx.check_name(file, t, "professional title");
            }
            ctx.check_unique("professional title", titles.iter().map(|t| (file, *t)));
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
        });
    let base_url = raw
        .base_url
        .as_ref()
        .and_then(|u| check_base_url(ctx, file, u));
    let categories = check_named_list(ctx, file, &raw.categories, "category");
    let kinds = check_named_list(ctx, file, &raw.contribution_kinds, "contribution kind");
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
        edition_tag_pattern: raw
            .editions
            .as_ref()
            .map_or_else(|| "v*".to_string(), |e| e.tag_pattern.value.clone()),
    };
    if let Some(theme) = &raw.theme {
        ctx.check_id(file, theme, "theme");
    }
    (settings, categories, kinds)
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
                    format!("b_max_normal_unmet is {ratio}; it is a share between 0 and 1"),
                )
                .at(loc)
                .help("write 0.15 for 15 %"),
            );
        }
        grading.b_max_normal_unmet = ratio;
    }
    if let Some(counts) = &g.counts {
        if counts.value.is_empty() {
            let loc = ctx.loc(file, counts);
            ctx.push(
                Diagnostic::new(&codes::EMPTY_VALUE, "the grade counts nothing")
                    .at(loc)
                    .help("list what the grade counts: [competencies, behaviours], or one of them"),
            );
        }
        let has = |kind| counts.value.iter().any(|k| k.value == kind);
        grading.counts_competencies = has(GradedKind::Competencies);
        grading.counts_behaviours = has(GradedKind::Behaviours);
    }
    grading
}

fn check_named_list(ctx: &mut Ctx, file: &str, list: &[RawCategory], what: &str) -> Vec<Category> {
    for c in list {
        ctx.check_id(file, &c.id, what);
        ctx.check_name(file, &c.name, &format!("{what} name"));
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
        Err(message) => {
            let loc = ctx.loc(file, value);
            ctx.push(
                Diagnostic::new(&codes::INVALID_DATE, message)
                    .at(loc)
                    .help("write dates as YYYY-MM-DD, e.g. 2013-10-10"),
            );
            None
        }
    }
}

/// `base_url` must be an absolute http(s) URL; it is kept normalised, with a closing `/`.
fn check_base_url(ctx: &mut Ctx, file: &str, value: &S<String>) -> Option<String> {
    let text = value.value.trim();
    let parsed = url::Url::parse(text);
    let problem = match &parsed {
        Err(e) => Some(format!("`{text}` is not a URL ({e})")),
        Ok(u) if !matches!(u.scheme(), "http" | "https") => Some(format!(
            "`{text}` is a `{}:` URL; the site's address starts with https:// or http://",
            u.scheme()
        )),
        Ok(u) if u.query().is_some() || u.fragment().is_some() => Some(format!(
            "`{text}` has a query or fragment; give the site's folder address"
        )),
        Ok(_) => None,
    };
    match (problem, parsed) {
        // Kept as the URL parser writes it: characters a URL may not hold are escaped.
        (None, Ok(u)) if u.as_str().ends_with('/') => Some(u.to_string()),
        (None, Ok(u)) => Some(format!("{u}/")),
        (problem, _) => {
            let message = problem.unwrap_or_default();
            let loc = ctx.loc(file, value);
            ctx.push(
                Diagnostic::new(&codes::INVALID_URL, message)
                    .at(loc)
                    .help("write the address the site is published at, e.g. https://hr.example.com/standards/"),
            );
            None
        }
    }
}
