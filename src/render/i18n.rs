//! UI strings in zh-CN and en, chosen by the settings' language; shared by the site templates
//! (as `t.<key>`) and the Typst templates (in the data file). The strings themselves live in
//! `themes/default/locales/<language>.ftl`; this module reads them and words what is built from
//! several (conditions, rules, banners).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::OnceLock;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};

use crate::evaluate::{ConditionKind, Outcome};
use crate::model::{
    Alternative, Education, FailedRecertification, Language, LearningKind, Settings, Status,
};

/// The bundled locale files: the one home of the UI strings, in Fluent's syntax
/// (<https://projectfluent.org>), which translators and HR can edit without reading Rust.
const LOCALES: [(Language, &str, &str); 2] = [
    (
        Language::ZhCn,
        "zh-CN",
        include_str!("../../themes/default/locales/zh-CN.ftl"),
    ),
    (
        Language::En,
        "en",
        include_str!("../../themes/default/locales/en.ftl"),
    ),
];

/// Every UI string of one language, by key.
type Strings = HashMap<&'static str, &'static str>;

/// Each bundled language's strings, read once. A string's `{ $name }` placeables come out as
/// `{name}`, which [`fill`] and the callers replace; Fluent's bidi isolation marks are off.
fn bundled() -> &'static [(Language, Strings); 2] {
    static BUNDLED: OnceLock<[(Language, Strings); 2]> = OnceLock::new();
    BUNDLED.get_or_init(|| LOCALES.map(|(language, tag, source)| (language, read(tag, source))))
}

/// A locale file's messages as text, leaked once for the life of the process (a few hundred
/// short strings) so that callers keep `&'static str`.
fn read(tag: &str, source: &'static str) -> Strings {
    let resource = FluentResource::try_new(source.to_string())
        .unwrap_or_else(|(_, errors)| panic!("the bundled {tag}.ftl parses: {errors:?}"));
    let ids: Vec<&'static str> = resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(leak(m.id.name)),
            _ => None,
        })
        .collect();
    let mut bundle = FluentBundle::new(vec![tag.parse().expect("a language tag")]);
    bundle.set_use_isolating(false);
    bundle
        .add_resource(&resource)
        .unwrap_or_else(|errors| panic!("the bundled {tag}.ftl has no duplicate: {errors:?}"));
    let mut args = FluentArgs::new();
    for name in variables(source) {
        args.set(name, format!("{{{name}}}"));
    }
    ids.into_iter()
        .map(|id| {
            let message = bundle.get_message(id).expect("a message read above");
            let pattern = message.value().expect("every bundled message has a value");
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
            assert!(errors.is_empty(), "{tag}.ftl `{id}`: {errors:?}");
            (id, leak(&text))
        })
        .collect()
}

fn leak(text: &str) -> &'static str {
    Box::leak(text.to_string().into_boxed_str())
}

/// Every `$name` a locale file refers to.
fn variables(source: &str) -> BTreeSet<&str> {
    source
        .match_indices('$')
        .map(|(at, _)| {
            let rest = &source[at + 1..];
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
                .unwrap_or(rest.len());
            &rest[..end]
        })
        .filter(|name| !name.is_empty())
        .collect()
}

fn strings_of(language: Language) -> &'static Strings {
    let bundled = bundled();
    &bundled
        .iter()
        .find(|(l, _)| *l == language)
        .unwrap_or(&bundled[0])
        .1
}

/// Every UI string for `language`, by key.
pub fn strings(language: Language) -> BTreeMap<&'static str, &'static str> {
    strings_of(language).iter().map(|(k, v)| (*k, *v)).collect()
}

/// Every key of `language`'s locale file.
pub fn keys(language: Language) -> BTreeSet<&'static str> {
    strings_of(language).keys().copied().collect()
}

/// One alternative of `any_of`, each of its conditions labelled: "本科及以上，相关工作经验不少于 3 年".
fn alternative(language: Language, alt: &Alternative) -> String {
    let g = |k| get(language, k);
    let labelled = |label: &str, text: String| {
        if language == Language::ZhCn {
            format!("{label}{text}")
        } else {
            format!("{} {text}", label.to_lowercase())
        }
    };
    let mut parts = Vec::new();
    parts.extend(
        alt.education
            .map(|e| g("education_at_least").replace("{e}", education(language, e))),
    );
    if !alt.majors.is_empty() {
        parts.push(labelled(g("major"), alt.majors.join(g("list_sep"))));
    }
    for (value, label, text) in [
        (alt.experience_years, "experience_years", "years_at_least"),
        (alt.years_in_level, "years_in_level", "years_at_least"),
        (alt.training_hours, "training_hours", "hours_at_least"),
    ] {
        parts.extend(value.map(|n| labelled(g(label), g(text).replace("{n}", &number(n)))));
    }
    parts.extend(alt.title.as_ref().map(|t| {
        labelled(
            g("professional_title"),
            g("title_at_least").replace("{t}", t),
        )
    }));
    parts.join(g("and_sep"))
}

/// The UI string `key` in `language`; an empty string for a key no locale file has (the test
/// `every_key_used_is_in_every_locale` holds the code and templates to the files).
pub fn get(language: Language, key: &str) -> &'static str {
    strings_of(language).get(key).copied().unwrap_or("")
}

pub fn education(language: Language, e: Education) -> &'static str {
    let key = match e {
        Education::HighSchool => "edu_high-school",
        Education::Associate => "edu_associate",
        Education::Bachelor => "edu_bachelor",
        Education::Master => "edu_master",
        Education::Doctorate => "edu_doctorate",
    };
    get(language, key)
}

pub fn status(language: Language, status: Status) -> &'static str {
    get(
        language,
        match status {
            Status::Draft => "status_draft",
            Status::Published => "status_published",
            Status::Superseded => "status_superseded",
        },
    )
}

/// 晋级, 保留, 未通过，降级 …: what the verdict means for the level held.
pub fn outcome(language: Language, outcome: Outcome) -> &'static str {
    get(
        language,
        match outcome {
            Outcome::Certified => "outcome_certified",
            Outcome::Promoted => "outcome_promoted",
            Outcome::Retained => "outcome_retained",
            Outcome::NotCertified => "outcome_not_certified",
            Outcome::NotPromoted => "outcome_not_promoted",
            Outcome::Demoted => "outcome_demoted",
            Outcome::Observation => "outcome_observation",
            Outcome::Reassigned => "outcome_reassigned",
            Outcome::NotReassigned => "outcome_not_reassigned",
        },
    )
}

/// The 70/20/10 kind of a development action.
pub fn learning(language: Language, kind: LearningKind) -> &'static str {
    get(
        language,
        match kind {
            LearningKind::OnTheJob => "learning_on-the-job",
            LearningKind::FromOthers => "learning_from-others",
            LearningKind::Course => "learning_course",
        },
    )
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
    get(settings.language, "grade_rules")
        .replace("{pct}", &pct)
        .replace("{counted}", get(settings.language, counted))
}

/// When a record qualifies, with or without the contribution requirements as the settings say.
pub fn verdict_rules(settings: &Settings) -> String {
    let g = |k| get(settings.language, k);
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
    let g = |k| get(settings.language, k);
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
    let g = |k| get(settings.language, k);
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
        get(settings.language, "score_rules").to_string(),
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
    let g = |k| get(language, k);
    match kind {
        ConditionKind::Education(e) => (
            g("education"),
            g("education_at_least").replace("{e}", education(language, *e)),
        ),
        ConditionKind::ExperienceYears(n) => (
            g("experience_years"),
            g("years_at_least").replace("{n}", &number(*n)),
        ),
        ConditionKind::YearsInLevel(n) => (
            g("years_in_level"),
            g("years_at_least").replace("{n}", &number(*n)),
        ),
        ConditionKind::TrainingHours(n) => (
            g("training_hours"),
            g("hours_at_least").replace("{n}", &number(*n)),
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
            (
                g("performance"),
                parts.join(if language == Language::ZhCn {
                    "；"
                } else {
                    "; "
                }),
            )
        }
        ConditionKind::Other(o) => (g("other"), o.text.clone()),
    }
}

/// How a sheet in `language` says yes and no.
pub fn yes_no_words(language: Language) -> (&'static str, &'static str) {
    match language {
        Language::ZhCn => ("是", "否"),
        Language::En => ("yes", "no"),
    }
}

/// `销售序列（sales）`, `Sales (sales)`; the id alone when it is the name.
pub fn paren(lang: Language, name: &str, id: &str) -> String {
    if name == id {
        return id.to_string();
    }
    fill(
        get(lang, "name_with_id"),
        &[("name", name.to_string()), ("id", id.to_string())],
    )
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    /// The string literal right after each `needle` in `text` when it looks like a key.
    fn keys_after<'t>(text: &'t str, needle: &str, out: &mut BTreeSet<&'t str>) {
        for (at, _) in text.match_indices(needle) {
            // `t("` in `insert("` is not a call of `t`.
            let before = text[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &text[at + needle.len()..];
            let Some(end) = rest.find('"') else { continue };
            let key = &rest[..end];
            if !key.is_empty()
                && key
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
            {
                out.insert(key);
            }
        }
    }

    /// Every file below `dir` (relative to the crate) with one of `extensions`, as text; test
    /// folders left out.
    fn files(dir: &str, extensions: &[&str]) -> Vec<String> {
        walkdir::WalkDir::new(Path::new(env!("CARGO_MANIFEST_DIR")).join(dir))
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| !e.path().components().any(|c| c.as_os_str() == "tests"))
            .filter(|e| {
                e.path()
                    .extension()
                    .is_some_and(|x| extensions.iter().any(|w| x == *w))
            })
            .map(|e| std::fs::read_to_string(e.path()).unwrap())
            .collect()
    }

    /// Keys asked for in Rust (`get(language, "key")`, and the `t("key")` / `g("key")` /
    /// `text("key")` closures that wrap it) and in the templates (`t.key`), each of which must be
    /// in every locale file; and every locale file has the same keys.
    #[test]
    fn every_key_used_is_in_every_locale() {
        let rust = files("src", &["rs"]);
        let templates = files("themes/default", &["html", "typ", "txt"]);
        let mut used = BTreeSet::new();
        for text in &rust {
            // Tests name keys of their own making.
            let text = text.split("#[cfg(test)]").next().unwrap_or_default();
            for needle in [
                "i18n::get(language, \"",
                "get(lang, \"",
                "get(language, \"",
                "get(l, \"",
                "t(\"",
                "g(\"",
                "text(\"",
            ] {
                keys_after(text, needle, &mut used);
            }
        }
        let mut in_templates = BTreeSet::new();
        for text in &templates {
            for (at, _) in text.match_indices("t.") {
                let before = text[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
                    continue;
                }
                let rest = &text[at + 2..];
                let end = rest
                    .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'))
                    .unwrap_or(rest.len());
                // `t.at("key")` (Typst) is a method, not a key.
                let call = rest[end..].starts_with('(');
                if end > 0 && !call && rest[..end].starts_with(|c: char| c.is_ascii_lowercase()) {
                    in_templates.insert(rest[..end].to_string());
                }
            }
        }
        assert!(used.len() > 150, "only {} keys found in Rust", used.len());
        assert!(
            in_templates.len() > 100,
            "only {} keys found in templates",
            in_templates.len()
        );
        let zh = keys(Language::ZhCn);
        let en = keys(Language::En);
        let only_zh: Vec<_> = zh.difference(&en).collect();
        let only_en: Vec<_> = en.difference(&zh).collect();
        assert!(
            only_zh.is_empty() && only_en.is_empty(),
            "zh-CN.ftl alone has {only_zh:?}; en.ftl alone has {only_en:?}"
        );
        let missing: Vec<String> = used
            .iter()
            .map(|k| k.to_string())
            .chain(in_templates)
            .filter(|k| !zh.contains(k.as_str()))
            .collect();
        assert!(
            missing.is_empty(),
            "keys used but in no locale file: {missing:?}"
        );
    }

    #[test]
    fn placeables_come_out_as_named_holes_and_blanks_are_kept() {
        assert_eq!(get(Language::En, "list_sep"), ", ");
        assert_eq!(get(Language::ZhCn, "list_sep"), "、");
        assert_eq!(
            get(Language::En, "team_more_names"),
            " and {n} more",
            "a leading blank and a placeable"
        );
        assert_eq!(get(Language::En, "no-such-key"), "");
    }
}
