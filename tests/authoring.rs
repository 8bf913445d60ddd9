//! The authoring loop apart from the server: `rungs init` in both languages (accepted at once
//! by `check` and `build`), the JSON Schemas against every file of the sample content and of
//! the starter (and refusing a misspelt field), the schema lines, and the command line's help
//! and completions.

mod common;

use std::fs;
use std::path::Path;

use common::*;
use serde_json::Value;

/// Validates `instance` against the schema in `schema_file`; the errors, if any.
fn validate(schema_file: &Path, instance: &Value) -> Result<(), String> {
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    let schema: Value = serde_json::from_str(&fs::read_to_string(schema_file).unwrap()).unwrap();
    let url = format!("file://{}", schema_file.display());
    compiler.add_resource(&url, schema).unwrap();
    let index = compiler.compile(&url, &mut schemas).unwrap();
    schemas
        .validate(instance, index)
        .map_err(|e| format!("{e:#}"))
}

/// The YAML of a content file as JSON: the whole file, or a page's front matter.
fn instance(path: &Path) -> Value {
    let text = fs::read_to_string(path).unwrap();
    let yaml = if path.extension().is_some_and(|e| e == "md") {
        text.split("---\n").nth(1).unwrap().to_string()
    } else {
        text
    };
    serde_saphyr::from_str(&yaml).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The schema a content file's path calls for, and the schema line it must start with.
fn expected(relative: &str) -> Option<(&'static str, String)> {
    let parts: Vec<&str> = relative.split('/').collect();
    let kind = match parts.as_slice() {
        ["rungs.yaml"] => "settings",
        ["competencies", _] => "competency",
        ["sequences", _] => "sequence",
        ["assessments", _, "cycle.yaml"] => "cycle",
        ["assessments", _, "applications.yaml"] => "applications",
        ["assessments", _, file] if file.ends_with(".yaml") => "assessment",
        ["pages", _] => "page",
        _ => return None,
    };
    let line = format!(
        "# yaml-language-server: $schema={}schemas/{kind}.schema.json",
        "../".repeat(parts.len())
    );
    Some((kind, line))
}

/// Every content file of `project/content` validates against its schema in `project/schemas`,
/// and every YAML file starts with its schema line. Returns how many files were checked.
fn validate_project(project: &Path) -> usize {
    let content = project.join("content");
    let mut checked = 0;
    for file in walk(&content) {
        let relative = file
            .strip_prefix(&content)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let Some((kind, line)) = expected(&relative) else {
            continue;
        };
        if relative.ends_with(".yaml") {
            let first = fs::read_to_string(&file).unwrap();
            assert_eq!(first.lines().next(), Some(line.as_str()), "{relative}");
            // The line points at a schema that is there.
            let target = file
                .parent()
                .unwrap()
                .join(line.split("$schema=").nth(1).unwrap());
            assert!(target.is_file(), "{relative}: {}", target.display());
        }
        let schema = project.join(format!("schemas/{kind}.schema.json"));
        if let Err(e) = validate(&schema, &instance(&file)) {
            panic!("{relative} does not match {kind}.schema.json:\n{e}");
        }
        checked += 1;
    }
    checked
}

#[test]
fn the_sample_content_matches_its_schemas_and_the_schemas_are_current() {
    // The committed schemas are what `rungs schema` writes today.
    let dir = tempfile::tempdir().unwrap();
    let output = rungs(dir.path(), &["schema", "--out", "fresh"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    for kind in ["settings", "competency", "sequence", "assessment", "page"] {
        let name = format!("{kind}.schema.json");
        assert_eq!(
            fs::read_to_string(dir.path().join("fresh").join(&name)).unwrap(),
            fs::read_to_string(repo().join("schemas").join(&name)).unwrap(),
            "schemas/{name} is stale: run `cargo run -- schema`"
        );
    }
    let checked = validate_project(&repo());
    assert!(checked > 90, "only {checked} files checked");
}

#[test]
fn a_misspelt_or_mistyped_field_is_refused() {
    let schemas = repo().join("schemas");
    let mut competency = instance(&repo().join("content/competencies/customer-orientation.yaml"));
    validate(&schemas.join("competency.schema.json"), &competency).unwrap();
    let definition = competency["definition"].take();
    competency["defintion"] = definition;
    let error = validate(&schemas.join("competency.schema.json"), &competency).unwrap_err();
    assert!(error.contains("defintion"), "{error}");

    let mut record = instance(&repo().join("content/assessments/2024H2/E1001.yaml"));
    validate(&schemas.join("assessment.schema.json"), &record).unwrap();
    record["facts"]["experience_years"] = "ten".into();
    assert!(validate(&schemas.join("assessment.schema.json"), &record).is_err());

    let mut settings = instance(&repo().join("content/rungs.yaml"));
    settings["status"] = "final".into();
    let error = validate(&schemas.join("settings.schema.json"), &settings).unwrap_err();
    assert!(error.contains("status"), "{error}");
}

#[test]
fn the_schema_describes_and_completes_a_level() {
    let schema: Value = serde_json::from_str(
        &fs::read_to_string(repo().join("schemas/sequence.schema.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
    let level = &schema["definitions"]["RawLevel"];
    assert_eq!(level["additionalProperties"], false);
    let fields: Vec<&str> = level["properties"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    for field in [
        "id",
        "name",
        "title",
        "conditions",
        "competencies",
        "scoring",
    ] {
        assert!(fields.contains(&field), "{field} missing from {fields:?}");
    }
    // Each field says what it is for, from the Rust doc comments.
    for (field, value) in level["properties"].as_object().unwrap() {
        assert!(
            value["description"].as_str().is_some_and(|d| !d.is_empty()),
            "RawLevel.{field} has no description"
        );
    }
}

#[test]
fn init_makes_a_project_check_and_build_accept_in_both_languages() {
    for (lang, word) in [("zh-CN", "客户导向"), ("en", "Customer focus")] {
        let dir = tempfile::tempdir().unwrap();
        let output = rungs(dir.path(), &["init", "standard", "--lang", lang]);
        assert_eq!(code(&output), 0, "{lang}: {}", stderr(&output));
        let project = dir.path().join("standard");
        let output = rungs(&project, &["check"]);
        assert_eq!(code(&output), 0, "{lang}: {}", stderr(&output));
        assert!(
            stderr(&output).is_empty() || !stderr(&output).contains("warning"),
            "{lang}: {}",
            stderr(&output)
        );
        let output = rungs(&project, &["build", "--commit", "none"]);
        assert_eq!(code(&output), 0, "{lang}: {}", stderr(&output));
        let site = fs::read_to_string(project.join("output/site/competencies/customer-focus.html"))
            .unwrap();
        assert!(site.contains(word), "{lang}");
        if lang == "en" {
            // Colons, brackets and separators come from the locale, not the templates.
            for page in walk(&project.join("output/site")) {
                if page.extension().is_some_and(|e| e == "html") {
                    let html = fs::read_to_string(&page).unwrap();
                    for mark in ['：', '（', '）', '、'] {
                        assert!(!html.contains(mark), "`{mark}` in {}", page.display());
                    }
                }
            }
        }
        assert!(project.join("output/handbook.pdf").is_file());
        assert_eq!(
            walk(&project.join("output/reports"))
                .iter()
                .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
                .count(),
            2,
            "{lang}"
        );
        let checked = validate_project(&project);
        assert_eq!(checked, 7, "{lang}");
        assert!(
            fs::read_to_string(project.join(".gitignore"))
                .unwrap()
                .contains("/output/")
        );
    }
}

/// `rungs check standard` from outside the project `init` made reads `standard/content`,
/// instead of finding no rungs.yaml and every file misplaced.
#[test]
fn a_project_folder_given_for_the_content_folder_reads_the_content_inside() {
    let dir = tempfile::tempdir().unwrap();
    let output = rungs(dir.path(), &["init", "standard"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let output = rungs(dir.path(), &["check", "standard"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let said = stderr(&output);
    assert!(
        said.contains("reading its content folder `standard/content`") && !said.contains("warning"),
        "{said}"
    );
    assert!(
        said.contains("1 sequence,"),
        "counts say one as one: {said}"
    );
    let output = rungs(dir.path(), &["build", "standard", "--out", "out", "-q"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert!(dir.path().join("out/handbook.pdf").is_file());
    // Commands whose first argument may be the content folder read it alike, and say so.
    let output = rungs(dir.path(), &["report", "standard", "E0001", "--out", "r"]);
    let said = stderr(&output);
    assert_eq!(code(&output), 0, "{said}");
    assert!(
        said.contains("reading its content folder") && !said.contains("warning["),
        "{said}"
    );
}

#[test]
fn init_refuses_a_folder_that_holds_files_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("taken")).unwrap();
    fs::write(dir.path().join("taken/notes.txt"), "mine").unwrap();
    let output = rungs(dir.path(), &["init", "taken"]);
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("is not empty"),
        "{}",
        stderr(&output)
    );
    assert_eq!(walk(&dir.path().join("taken")).len(), 1);
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no staging left behind"
    );
    // An empty folder is fine.
    fs::create_dir(dir.path().join("empty")).unwrap();
    let output = rungs(dir.path(), &["init", "empty", "-q"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert!(stderr(&output).is_empty());
    assert!(dir.path().join("empty/content/rungs.yaml").is_file());
}

#[test]
fn every_command_has_examples_and_completions_cover_them() {
    let help = rungs(&repo(), &["--help"]);
    let commands: Vec<String> = stdout(&help)
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .filter(|c| c != "help")
        .collect();
    assert!(commands.len() >= 13, "{commands:?}");
    for command in &commands {
        let output = rungs(&repo(), &[command, "--help"]);
        assert_eq!(code(&output), 0, "{command}");
        assert!(
            stdout(&output).contains("Examples:\n  rungs "),
            "`rungs {command} --help` has no examples"
        );
    }
    for shell in ["bash", "zsh", "fish"] {
        let output = rungs(&repo(), &["completions", shell]);
        assert_eq!(code(&output), 0, "{shell}");
        let script = stdout(&output);
        for command in &commands {
            assert!(script.contains(command.as_str()), "{shell}: {command}");
        }
    }
}

#[test]
fn quiet_and_verbose_change_only_what_is_said() {
    let project = minimal_project();
    let quiet = rungs(
        project.path(),
        &["build", "--only", "site", "--commit", "none", "-q"],
    );
    assert_eq!(code(&quiet), 0);
    assert_eq!(stderr(&quiet), "");
    let verbose = rungs(
        project.path(),
        &["build", "--only", "site", "--commit", "none", "--verbose"],
    );
    assert_eq!(code(&verbose), 0);
    let said = stderr(&verbose);
    assert!(said.contains("check:"), "{said}");
    assert!(said.lines().last().unwrap().starts_with("built "), "{said}");
    assert!(said.contains("0 warnings"), "{said}");
    let both = rungs(project.path(), &["build", "-q", "-v"]);
    assert_eq!(code(&both), 2, "--quiet and --verbose conflict");
}
