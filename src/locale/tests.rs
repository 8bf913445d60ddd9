//! The bundled locale files against the code and templates that use them, and the
//! resolution of a project's overrides.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::*;
use crate::msg;

/// The string literal right after each `needle` in `text` when it looks like a key.
fn keys_after<'t>(text: &'t str, needle: &str, out: &mut BTreeSet<&'t str>) {
    for (at, _) in text.match_indices(needle) {
        // `t("` in `insert("` is not a call of `t`.
        let before = text[..at].chars().next_back();
        if !needle.starts_with('.') && before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
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

/// Keys asked for in Rust (`msg!("key"`, `language.get("key")` and the `t("key")` /
/// `g("key")` / `text("key")` closures that wrap it) and in the templates (`t.key`), each of
/// which must be in every bundled locale file; and every bundled file has the same keys.
#[test]
fn every_key_used_is_in_every_locale() {
    let rust = files("src", &["rs"]);
    let templates = files("themes/default", &["html", "typ", "txt"]);
    let mut used = BTreeSet::new();
    for text in &rust {
        // Tests name keys of their own making.
        let text = text.split("#[cfg(test)]").next().unwrap_or_default();
        for needle in [
            "msg!(\"",
            "Message::new(\"",
            "lang.get(\"",
            "language.get(\"",
            "language().get(\"",
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
    let en = bundled_keys("en");
    for tag in bundled_tags() {
        let keys = bundled_keys(tag);
        let only_here: Vec<_> = keys.difference(&en).collect();
        let not_here: Vec<_> = en.difference(&keys).collect();
        assert!(
            only_here.is_empty() && not_here.is_empty(),
            "{tag}.ftl alone has {only_here:?}; it lacks {not_here:?}"
        );
    }
    let missing: Vec<String> = used
        .iter()
        .map(|k| k.to_string())
        .chain(in_templates)
        .filter(|k| !en.contains(k.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "keys used but in no locale file: {missing:?}"
    );
}

/// Each bundled file parses, gives no key twice, and a key takes the same arguments in every
/// language (a translation that drops `{ $count }` would hide the figure).
#[test]
fn bundled_files_parse_without_duplicates_and_agree_on_arguments() {
    let mut arguments: BTreeMap<String, BTreeMap<&str, BTreeSet<String>>> = BTreeMap::new();
    for (tag, source) in BUNDLED {
        let resource = FluentResource::try_new(source.to_string())
            .unwrap_or_else(|(_, e)| panic!("{tag}.ftl does not parse: {e:?}"));
        let ids = files::message_ids(&resource);
        let unique: BTreeSet<&String> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "{tag}.ftl gives a key twice");
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                let text = format!("{:?}", m.value);
                let vars: BTreeSet<String> = text
                    .match_indices("VariableReference { id: Identifier { name: \"")
                    .map(|(at, needle)| {
                        let rest = &text[at + needle.len()..];
                        rest[..rest.find('"').unwrap()].to_string()
                    })
                    .collect();
                arguments
                    .entry(m.id.name.to_string())
                    .or_default()
                    .insert(tag, vars);
            }
        }
    }
    let disagreeing: Vec<_> = arguments
        .iter()
        .filter(|(_, by_tag)| by_tag.values().collect::<BTreeSet<_>>().len() > 1)
        .collect();
    assert!(
        disagreeing.is_empty(),
        "keys whose arguments differ by language: {disagreeing:#?}"
    );
}

#[test]
fn placeables_come_out_as_named_holes_and_blanks_are_kept() {
    assert_eq!(Language::en().get("list_sep"), ", ");
    assert_eq!(Language::zh_cn().get("list_sep"), "、");
    assert_eq!(
        Language::en().get("team_more_names"),
        " and {n} more",
        "a leading blank and a placeable"
    );
    assert_eq!(Language::en().get("no-such-key"), "");
}

#[test]
fn a_message_is_said_with_plurals_lists_and_nested_phrases() {
    let en = Language::en();
    let zh = Language::zh_cn();
    assert_eq!(
        en.say(&msg!("diagnostics-errors", errors = 1)),
        "1 error found"
    );
    assert_eq!(
        en.say(&msg!(
            "diagnostics-errors-and-warnings",
            errors = 2,
            warnings = 1
        )),
        "2 errors and 1 warning found"
    );
    assert_eq!(
        zh.say(&msg!("diagnostics-errors", errors = 2)),
        "共 2 个错误"
    );
    let known = vec!["en".to_string(), "zh-CN".to_string()];
    assert_eq!(
        zh.say(&msg!("unknown-language", tag = "fr", known = known.clone())),
        "rungs 不支持语言 `fr`；支持的语言有 en、zh-CN"
    );
    assert_eq!(
        en.say(&msg!("unknown-language", tag = "fr", known = known)),
        "rungs has no language `fr`; it speaks en, zh-CN"
    );
    assert_eq!(en.say(&Message::verbatim("as is")), "as is");
}

fn project(files: &[(&str, &str)]) -> ProjectLocales {
    ProjectLocales {
        files: files
            .iter()
            .map(|(tag, source)| LocaleFile {
                tag: tag.to_string(),
                file: format!("themes/default/locales/{tag}.ftl"),
                source: source.to_string(),
            })
            .collect(),
    }
}

#[test]
fn an_override_changes_one_key_and_leaves_the_rest() {
    let locales = project(&[("zh-CN", "level = 职级\n")]);
    let zh = Language::resolve("zh-CN", &locales);
    assert_eq!(zh.get("level"), "职级");
    assert_eq!(zh.get("levels"), Language::zh_cn().get("levels"));
    assert_ne!(
        zh,
        Language::zh_cn(),
        "overrides make another language value"
    );
    assert_eq!(
        Language::resolve("zh-CN", &locales),
        zh,
        "the same overrides resolve alike"
    );
    assert!(locales.problems().is_empty(), "{:?}", locales.problems());
}

#[test]
fn a_new_language_falls_back_to_its_family_and_says_how_much() {
    let locales = project(&[("zh-TW", "level = 職級\nlevels = 職級\n")]);
    let tw = Language::resolve("zh-TW", &locales);
    assert_eq!(tw.get("level"), "職級");
    assert_eq!(
        tw.get("home"),
        Language::zh_cn().get("home"),
        "zh-TW falls back to zh-CN"
    );
    assert_eq!(tw.tag(), "zh-TW");
    let problems = locales.problems();
    assert!(
        matches!(
            problems.as_slice(),
            [LocaleProblem::Incomplete { missing, base, .. }]
                if *missing == bundled_keys("en").len() - 2 && base == "zh-CN"
        ),
        "{problems:?}"
    );
    let fr = Language::resolve("fr", &project(&[("fr", "level = Niveau\n")]));
    assert_eq!(
        fr.get("home"),
        Language::en().get("home"),
        "others fall back to English"
    );
}

#[test]
fn a_typo_in_an_override_is_found_with_a_suggestion() {
    let locales = project(&[("en", "home = Start\nlevl = Grade\nhome = Again\n")]);
    let problems = locales.problems();
    assert!(
        problems.iter().any(|p| matches!(p,
            LocaleProblem::UnknownKey { key, suggestion: Some(s), at, .. }
                if key == "levl" && s == "level" && *at == 13)),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| matches!(p, LocaleProblem::Duplicate { key, .. } if key == "home")),
        "{problems:?}"
    );
    let broken = project(&[("en", "home = Start\n= oops\n")]);
    assert!(
        matches!(
            broken.problems().as_slice(),
            [LocaleProblem::Syntax { at: 13, .. }]
        ),
        "{:?}",
        broken.problems()
    );
}

/// Templates get the documents' strings only: the command line's messages would weigh down
/// every PDF's data file (the synthetic handbook went over its budget when they were in).
#[test]
fn templates_get_the_documents_strings_only() {
    let strings = Language::zh_cn().strings();
    assert!(strings.keys().all(|k| !k.contains('-')), "{strings:?}");
    assert!(strings.contains_key("edition") && strings.contains_key("behaviour_met"));
    assert!(!strings.contains_key("label-error"));
    assert!(
        strings.len() < bundled_keys("en").len() / 2,
        "{}",
        strings.len()
    );
}

/// Every key of the bundled files is asked for: by name in Rust or a template, or through one
/// of the families looked up by a computed name. A string nothing says is a translator's
/// wasted work.
#[test]
fn no_key_is_left_unused() {
    let mut used = String::new();
    for dir in ["src", "themes/default"] {
        for text in files(dir, &["rs", "html", "typ", "txt", "js"]) {
            used.push_str(&text);
        }
    }
    // Keys looked up by a computed name: `format!("grid_{key}")`, `Message::new(noun)`,
    // `cli-<command>-<option>`, `t.at("behaviour_" + status)` …
    let families = [
        "grid_",
        "inline_",
        "noun-",
        "cli-",
        "edu_",
        "learning_",
        "outcome_",
        "status_",
        "behaviour_",
        "search_kind_",
        "count-",
        "hint-",
        "label-",
        "sheet_",
        "roster-header-",
        "roster-education-",
        "rating_role_",
        "cal_sheet_",
        // The standard workbook's sheets, columns, notes and guide lines, by table and field.
        "book_",
    ];
    let unused: Vec<&str> = bundled_keys("en")
        .into_iter()
        .filter(|k| !families.iter().any(|f| k.starts_with(f)))
        .filter(|k| !used.contains(&format!("\"{k}\"")) && !used.contains(&format!("t.{k}")))
        .collect();
    assert!(unused.is_empty(), "keys nothing asks for: {unused:?}");
}

/// Dates in running text are locale data: `2025-03`, `2025 年 3 月`.
#[test]
fn a_month_is_written_the_languages_way() {
    let month = msg!("month_of_year", year = 2025u32, month = 3u32);
    assert_eq!(Language::en().say(&month), "2025-03");
    assert_eq!(Language::zh_cn().say(&month), "2025 年 3 月");
    let december = msg!("month_of_year", year = 2025u32, month = 12u32);
    assert_eq!(Language::en().say(&december), "2025-12");
}
