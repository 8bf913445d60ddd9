//! Which language rungs speaks, and a project's own words: `--lang`, `RUNGS_LANG` and the
//! locale choose; a project's locale file changes a word on the site, in a report and in a
//! diagnostic; a language added by one file falls back for the rest with one warning.

mod common;

use std::fs;
use std::path::Path;

use common::*;

/// `rungs` with the language variables as given and every other one unset (the machine's own
/// locale must not leak into a test).
fn rungs_speaking(dir: &Path, args: &[&str], vars: &[(&str, &str)]) -> std::process::Output {
    let mut all = vec![
        ("RUNGS_LANG", ""),
        ("LC_ALL", ""),
        ("LC_MESSAGES", ""),
        ("LANG", ""),
    ];
    all.retain(|(name, _)| !vars.iter().any(|(n, _)| n == name));
    all.extend_from_slice(vars);
    rungs_env(dir, args, &all)
}

/// A minimal project with a broken competency, so `check` has an error to say.
fn broken_project() -> tempfile::TempDir {
    let dir = minimal_project();
    fs::write(
        dir.path().join("content/competencies/broken.yaml"),
        "id: broken\nname: [1\n",
    )
    .unwrap();
    dir
}

fn has_cjk(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[test]
fn the_flag_then_the_environment_then_the_locale_then_the_project_choose() {
    let dir = broken_project();
    let check = |vars: &[(&str, &str)], extra: &[&str]| {
        let mut args = vec!["check", "content"];
        args.extend_from_slice(extra);
        stderr(&rungs_speaking(dir.path(), &args, vars))
    };
    // The minimal project is in zh-CN: with no choice at all, the project speaks.
    assert!(
        check(&[], &[]).contains("错误[wrong-type]"),
        "{}",
        check(&[], &[])
    );
    let english = check(&[("LANG", "en_US.UTF-8")], &[]);
    assert!(english.contains("error[wrong-type]"), "{english}");
    assert!(
        check(&[("LC_ALL", "C"), ("LANG", "en_US.UTF-8")], &[]).contains("错误[wrong-type]"),
        "C names no language, so the project's speaks"
    );
    assert!(check(&[("LANG", "zh_CN.UTF-8"), ("RUNGS_LANG", "en")], &[]).contains("error["));
    assert!(check(&[("RUNGS_LANG", "en")], &["--lang", "zh-CN"]).contains("错误["));
    let unknown = check(&[("LANG", "en_US.UTF-8")], &["--lang", "fr"]);
    assert!(
        unknown.contains("`fr`") && unknown.contains("error[wrong-type]"),
        "an unknown --lang is named once, and the locale speaks: {unknown}"
    );
}

#[test]
fn json_keeps_the_code_and_says_the_message_in_the_language_chosen() {
    let dir = broken_project();
    let json = |lang: &str| -> serde_json::Value {
        let out = rungs_speaking(
            dir.path(),
            &["check", "content", "--format", "json", "--lang", lang],
            &[],
        );
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let (zh, en) = (json("zh-CN"), json("en"));
    let first = |v: &serde_json::Value, field: &str| v["diagnostics"][0][field].clone();
    assert_eq!(first(&zh, "code"), "wrong-type");
    assert_eq!(first(&zh, "code"), first(&en, "code"));
    assert_eq!(first(&zh, "key"), first(&en, "key"));
    assert!(has_cjk(first(&zh, "message").as_str().unwrap()), "{zh}");
    assert!(!has_cjk(first(&en, "message").as_str().unwrap()), "{en}");
}

#[test]
fn help_is_said_in_the_language_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let help = |lang: &str| {
        stdout(&rungs_speaking(
            dir.path(),
            &["build", "--help"],
            &[("LANG", lang)],
        ))
    };
    let zh = help("zh_CN.UTF-8");
    for word in ["用法：", "选项", "参数", "示例：", "显示帮助"] {
        assert!(zh.contains(word), "{word} in {zh}");
    }
    for word in ["Usage", "Options", "Examples", "Print help", "default:"] {
        assert!(!zh.contains(word), "{word} in {zh}");
    }
    let en = help("en_US.UTF-8");
    assert!(
        en.contains("Usage: rungs build") && !has_cjk(&en.replace("试算", "")),
        "{en}"
    );
    let mistake = stderr(&rungs_speaking(
        dir.path(),
        &["build", "--bogus"],
        &[("LANG", "zh_CN.UTF-8")],
    ));
    assert!(
        mistake.starts_with("错误：") && mistake.contains("`--bogus`"),
        "{mistake}"
    );
}

#[test]
fn a_project_override_changes_the_site_the_report_and_the_diagnostics() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(code(&rungs(dir.path(), &["init", "p"])), 0);
    let locales = dir.path().join("p/content/themes/default/locales");
    fs::create_dir_all(&locales).unwrap();
    fs::write(
        locales.join("zh-CN.ftl"),
        "# 本单位把“级别”叫“职级”。\nlevel_count = 个职级\nreport_title = 职级认证报告\nlabel-error = 出错\n",
    )
    .unwrap();
    let out = rungs(
        dir.path(),
        &["build", "p", "--out", "out", "--commit", "none"],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let site = fs::read_to_string(dir.path().join("out/site/index.html")).unwrap();
    assert!(site.contains("个职级"), "the site says 职级");
    assert!(!site.contains("个级别"), "and not 级别");
    let report = walk(&dir.path().join("out/reports"))
        .into_iter()
        .find(|p| p.extension().is_some_and(|e| e == "pdf"))
        .unwrap();
    let text = pdf_text(&fs::read(report).unwrap());
    assert!(text.contains("职级认证报告"), "{text}");
    assert!(!text.contains("任职资格认证报告"), "{text}");
    fs::write(
        dir.path().join("p/content/competencies/broken.yaml"),
        "id: [\n",
    )
    .unwrap();
    let out = rungs_speaking(dir.path(), &["check", "p"], &[]);
    assert!(
        stderr(&out).contains("出错[wrong-type]"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_typo_in_an_override_is_an_error_at_its_line_with_a_suggestion() {
    let dir = minimal_project();
    let locales = dir.path().join("content/themes/default/locales");
    fs::create_dir_all(&locales).unwrap();
    fs::write(locales.join("en.ftl"), "home = Start\nlevl = Grade\n").unwrap();
    let out = rungs(dir.path(), &["check", "content"]);
    let text = stderr(&out);
    assert_eq!(code(&out), 1, "{text}");
    assert!(text.contains("error[unknown-locale-key]"), "{text}");
    assert!(text.contains("locales/en.ftl:2:1"), "{text}");
    assert!(text.contains("did you mean `level`?"), "{text}");
}

#[test]
fn a_language_added_by_one_file_falls_back_for_the_rest_with_one_warning() {
    let dir = minimal_project();
    let content = dir.path().join("content");
    let locales = content.join("themes/default/locales");
    fs::create_dir_all(&locales).unwrap();
    fs::write(locales.join("zh-TW.ftl"), "home = 首頁\nlevel = 職級\n").unwrap();
    replace_in(&content, "rungs.yaml", "language: zh-CN", "language: zh-TW");
    let out = rungs_speaking(
        dir.path(),
        &[
            "build", "content", "--out", "out", "--only", "site", "--commit", "none",
        ],
        &[],
    );
    let text = stderr(&out);
    assert_eq!(code(&out), 0, "{text}");
    assert_eq!(text.matches("[incomplete-locale]").count(), 1, "{text}");
    assert!(
        text.contains("zh-CN"),
        "the warning names the base language: {text}"
    );
    let site = fs::read_to_string(dir.path().join("out/site/index.html")).unwrap();
    assert!(
        site.contains("<html lang=\"zh-TW\""),
        "the documents speak zh-TW"
    );
    assert!(site.contains("首頁"), "the words the file gives");
    assert!(site.contains("能力素质"), "and zh-CN's for the rest");
}

#[test]
fn a_language_nobody_has_is_an_error_naming_those_there_are() {
    let dir = minimal_project();
    replace_in(
        &dir.path().join("content"),
        "rungs.yaml",
        "language: zh-CN",
        "language: fr",
    );
    let out = rungs(dir.path(), &["check", "content"]);
    let text = stderr(&out);
    assert_eq!(code(&out), 1, "{text}");
    assert!(
        text.contains("error[unknown-value]: rungs has no language `fr`; it speaks en, zh-CN"),
        "{text}"
    );
}
