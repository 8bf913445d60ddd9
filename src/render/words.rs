//! What the documents say that is built from several strings: conditions, rules, banners,
//! outcomes. The strings themselves come from the locale files (`crate::locale`).

use crate::evaluate::{ConditionKind, Outcome};
use crate::model::{
    Alternative, Education, FailedRecertification, Language, LearningKind, Settings, Status,
};

/// "at least 3 years", "at least 1 year": `key` with the figure, its plural chosen by the
/// language.
fn at_least(language: Language, key: &'static str, n: f64) -> String {
    let n: f64 = number(n).parse().unwrap_or(n);
    language.say(&crate::locale::Message::new(key).arg("n", n))
}

/// A figure with its unit, as shown (`shown`: already cut, `1.5`), its plural chosen by the
/// language: "1.5 年", "1 year", "24 hours". `unit` is `years` or `hours`.
pub fn amount(language: Language, unit: &'static str, shown: &str) -> String {
    match shown.parse::<f64>() {
        Ok(n) => language.say(&crate::locale::Message::new(unit).arg("n", n)),
        Err(_) => fill(language.get(unit), &[("n", shown.to_string())]),
    }
}

/// One alternative of `any_of`, each of its conditions labelled: "本科及以上，相关工作经验不少于 3 年".
fn alternative(language: Language, alt: &Alternative) -> String {
    let g = |k| language.get(k);
    // A condition inside a sentence: "相关工作经验不少于 3 年", "relevant experience at least 3 years".
    let labelled = |label: &str, text: String| {
        fill(
            g("labelled_condition"),
            &[
                (
                    "label",
                    language.get(&format!("inline_{label}")).to_string(),
                ),
                ("text", text),
            ],
        )
    };
    let mut parts = Vec::new();
    parts.extend(
        alt.education
            .map(|e| g("education_at_least").replace("{e}", education(language, e))),
    );
    if !alt.majors.is_empty() {
        parts.push(labelled("major", alt.majors.join(g("list_sep"))));
    }
    for (value, label, text) in [
        (alt.experience_years, "experience_years", "years_at_least"),
        (alt.years_in_level, "years_in_level", "years_at_least"),
        (alt.training_hours, "training_hours", "hours_at_least"),
    ] {
        parts.extend(value.map(|n| labelled(label, at_least(language, text, n))));
    }
    parts.extend(
        alt.title
            .as_ref()
            .map(|t| labelled("professional_title", g("title_at_least").replace("{t}", t))),
    );
    parts.join(g("and_sep"))
}

pub fn education(language: Language, e: Education) -> &'static str {
    let key = match e {
        Education::HighSchool => "edu_high-school",
        Education::Associate => "edu_associate",
        Education::Bachelor => "edu_bachelor",
        Education::Master => "edu_master",
        Education::Doctorate => "edu_doctorate",
    };
    language.get(key)
}

pub fn status(language: Language, status: Status) -> &'static str {
    language.get(match status {
        Status::Draft => "status_draft",
        Status::Published => "status_published",
        Status::Superseded => "status_superseded",
    })
}

/// 晋级, 保留, 未通过，降级 …: what the verdict means for the level held.
pub fn outcome(language: Language, outcome: Outcome) -> &'static str {
    language.get(match outcome {
        Outcome::Certified => "outcome_certified",
        Outcome::Promoted => "outcome_promoted",
        Outcome::Retained => "outcome_retained",
        Outcome::NotCertified => "outcome_not_certified",
        Outcome::NotPromoted => "outcome_not_promoted",
        Outcome::Demoted => "outcome_demoted",
        Outcome::Observation => "outcome_observation",
        Outcome::Reassigned => "outcome_reassigned",
        Outcome::NotReassigned => "outcome_not_reassigned",
    })
}

/// The 70/20/10 kind of a development action.
pub fn learning(language: Language, kind: LearningKind) -> &'static str {
    language.get(match kind {
        LearningKind::OnTheJob => "learning_on-the-job",
        LearningKind::FromOthers => "learning_from-others",
        LearningKind::Course => "learning_course",
    })
}

/// The grade rules in words, with the settings' threshold for grade B.
pub fn grade_rules(settings: &Settings) -> String {
    let g = &settings.grading;
    let pct = format!("{}%", number(g.b_max_normal_unmet * 100.0));
    let counted = match (g.counts_competencies, g.counts_behaviours) {
        (true, true) => "grade_counts_both",
        (false, true) => "grade_counts_behaviours",
        _ => "grade_counts_competencies",
    };
    settings
        .language
        .get("grade_rules")
        .replace("{pct}", &pct)
        .replace("{counted}", settings.language.get(counted))
}

/// When a record qualifies, with or without the contribution requirements as the settings say.
pub fn verdict_rules(settings: &Settings) -> String {
    let g = |k| settings.language.get(k);
    if settings.verdict.contributions_gate {
        g("verdict_rules_gate").to_string()
    } else {
        format!("{}{}", g("verdict_rules"), g("contributions_advisory"))
    }
}

/// The notice every page and PDF of a draft or superseded edition carries, naming the edition
/// that replaced it when the tags tell; `None` for a published one.
pub fn status_banner(
    settings: &Settings,
    editions: &[crate::model::change::EditionRecord],
) -> Option<String> {
    let g = |k| settings.language.get(k);
    match settings.status {
        Status::Published => None,
        Status::Draft => Some(g("banner_draft").to_string()),
        // The newest tagged edition after this one.
        Status::Superseded => Some(
            match editions
                .iter()
                .skip_while(|e| e.name != settings.edition)
                .filter(|e| e.tag.is_some() && e.name != settings.edition)
                .last()
            {
                Some(current) => g("banner_superseded_by").replace("{edition}", &current.name),
                None => g("banner_superseded").to_string(),
            },
        ),
    }
}

/// What a verdict means for the level held: the outcomes, re-certification and 越级.
pub fn outcome_rules(settings: &Settings) -> String {
    let g = |k| settings.language.get(k);
    let failed = match settings.verdict.failed_recertification {
        FailedRecertification::Observe => g("outcome_observation"),
        FailedRecertification::Demote => g("outcome_demoted"),
    };
    g("outcome_rules").replace("{failed}", failed)
}

/// The rules of scoring, grading, the verdict and its outcomes, one paragraph each: the
/// scoring page, the handbook and the search index say them alike.
pub fn rules(settings: &Settings) -> [String; 4] {
    [
        settings.language.get("score_rules").to_string(),
        grade_rules(settings),
        verdict_rules(settings),
        outcome_rules(settings),
    ]
}

/// Replaces `{name}` placeholders in a UI string.
pub fn fill(template: &str, values: &[(&str, String)]) -> String {
    values.iter().fold(template.to_string(), |text, (k, v)| {
        text.replace(&format!("{{{k}}}"), v)
    })
}

/// Formats a number of points or years without a trailing `.0`.
pub use crate::model::format_number as number;

/// A basic condition as (label, requirement text), for the level pages, the reports and the PDF.
pub fn condition(language: Language, kind: &ConditionKind) -> (&'static str, String) {
    let g = |k| language.get(k);
    match kind {
        ConditionKind::Education(e) => (
            g("education"),
            g("education_at_least").replace("{e}", education(language, *e)),
        ),
        ConditionKind::ExperienceYears(n) => (
            g("experience_years"),
            at_least(language, "years_at_least", *n),
        ),
        ConditionKind::YearsInLevel(n) => (
            g("years_in_level"),
            at_least(language, "years_at_least", *n),
        ),
        ConditionKind::TrainingHours(n) => (
            g("training_hours"),
            at_least(language, "hours_at_least", *n),
        ),
        ConditionKind::Certification(c) => (g("certification"), c.clone()),
        ConditionKind::Major(list) => (g("major"), list.join(g("list_sep"))),
        ConditionKind::Title(t) => (
            g("professional_title"),
            g("title_at_least").replace("{t}", t),
        ),
        ConditionKind::Alternatives(list) => (
            g("alternatives"),
            list.iter()
                .map(|alt| alternative(language, alt))
                .collect::<Vec<_>>()
                .join(g("alternative_or")),
        ),
        ConditionKind::Performance(rule) => {
            let mut parts = Vec::new();
            if let Some((n, r)) = &rule.no_consecutive {
                parts.push(
                    g("perf_no_consecutive")
                        .replace("{last}", &rule.last.to_string())
                        .replace("{n}", &n.to_string())
                        .replace("{r}", r),
                );
            }
            if let Some(r) = &rule.at_least {
                parts.push(
                    g("perf_at_least")
                        .replace("{last}", &rule.last.to_string())
                        .replace("{r}", r),
                );
            }
            (g("performance"), parts.join(g("rule_sep")))
        }
        ConditionKind::Other(o) => (g("other"), o.text.clone()),
    }
}

/// How a sheet in `language` says yes and no.
pub fn yes_no_words(language: Language) -> (&'static str, &'static str) {
    (language.get("yes"), language.get("no"))
}

/// `销售序列（sales）`, `Sales (sales)`; the id alone when it is the name.
pub fn paren(lang: Language, name: &str, id: &str) -> String {
    if name == id {
        return id.to_string();
    }
    fill(
        lang.get("name_with_id"),
        &[("name", name.to_string()), ("id", id.to_string())],
    )
}
