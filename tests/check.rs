//! `rungs check` end to end: every broken fixture project gives its expected diagnostics
//! (golden files), exit codes hold, and the sample handbook passes.

mod common;

use std::fs;

use common::*;

#[test]
fn every_broken_fixture_reports_its_mistake() {
    let cases = fixtures().join("broken");
    let mut names: Vec<_> = fs::read_dir(&cases)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert!(
        names.len() >= 25,
        "at least 25 distinct mistakes, found {}",
        names.len()
    );
    for name in names {
        let dir = minimal_project();
        overlay(
            &dir.path().join("content"),
            &cases.join(&name).join("files"),
        );
        let out = rungs(dir.path(), &["check", "content"]);
        let text = format!("exit code: {}\n{}", code(&out), stderr(&out));
        golden(&cases.join(&name).join("expected.txt"), &text);
        let expect_errors = !name.starts_with("warnings-");
        assert_eq!(
            code(&out),
            if expect_errors { 1 } else { 0 },
            "{name}: {text}"
        );
    }
}

#[test]
fn the_minimal_fixture_is_clean() {
    let dir = minimal_project();
    let out = rungs(dir.path(), &["check", "content"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(!stderr(&out).contains("warning"), "{}", stderr(&out));
}

#[test]
fn the_sample_handbook_passes_with_only_its_deliberate_warning() {
    let out = rungs(&repo(), &["check", "content"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stderr(&out);
    // The one warning is E1017's skip-level application (越级), kept to show how it is flagged.
    assert!(!text.contains("error"), "{text}");
    assert_eq!(text.matches("warning[").count(), 1, "{text}");
    assert!(
        text.contains("warning[skips-levels]") && text.contains("2024H2/E1017.yaml"),
        "{text}"
    );
    assert!(text.contains("49 assessment records"), "{text}");
}

#[test]
fn missing_or_wrong_content_paths_are_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    let out = rungs(dir.path(), &["check", "nowhere"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("content folder `nowhere` does not exist"),
        "{}",
        stderr(&out)
    );
    fs::write(dir.path().join("file.yaml"), "x: 1\n").unwrap();
    let out = rungs(dir.path(), &["check", "file.yaml"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("is not a folder"), "{}", stderr(&out));
    let out = rungs(dir.path(), &["check", "--format", "xml", "."]);
    assert_eq!(code(&out), 2, "unknown option values are usage errors");
}

#[test]
fn an_empty_content_folder_is_a_content_error() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("content")).unwrap();
    let out = rungs(dir.path(), &["check", "content"]);
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("error[empty-content]: the content folder `content` is empty"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn oversized_files_are_refused_before_parsing() {
    let dir = minimal_project();
    let big = format!("id: negotiation\n# {}\n", "x".repeat(1024 * 1024));
    fs::write(
        dir.path().join("content/competencies/negotiation.yaml"),
        big,
    )
    .unwrap();
    let out = rungs(dir.path(), &["check", "content"]);
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("error[file-too-large]"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn deep_nesting_is_a_located_error_not_a_crash() {
    let dir = minimal_project();
    let deep = format!(
        "id: negotiation\nkey_points: {}{}\n",
        "[".repeat(5000),
        "]".repeat(5000)
    );
    fs::write(
        dir.path().join("content/competencies/negotiation.yaml"),
        deep,
    )
    .unwrap();
    let out = rungs(dir.path(), &["check", "content"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("competencies/negotiation.yaml:2:"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn bom_and_crlf_are_accepted() {
    let dir = minimal_project();
    let path = dir.path().join("content/competencies/negotiation.yaml");
    let text = fs::read_to_string(&path).unwrap().replace('\n', "\r\n");
    fs::write(
        &path,
        [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
    )
    .unwrap();
    let out = rungs(dir.path(), &["check", "content"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

#[test]
fn json_format_lists_every_diagnostic_for_machines() {
    let dir = minimal_project();
    overlay(
        &dir.path().join("content"),
        &fixtures().join("broken/several-errors-at-once/files"),
    );
    let out = rungs(dir.path(), &["check", "content", "--format", "json"]);
    assert_eq!(code(&out), 1);
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(value["errors"], 3, "{value}");
    let codes: Vec<&str> = value["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert!(
        codes.contains(&"unknown-category")
            && codes.contains(&"pass-out-of-range")
            && codes.contains(&"invalid-date"),
        "{codes:?}"
    );
    let first = &value["diagnostics"][0];
    assert!(
        first["file"].is_string()
            && first["line"].as_u64().unwrap() > 0
            && first["help"].is_string(),
        "{first}"
    );
}

/// The table of diagnostic codes in docs/authoring.md is the registry: every code, its
/// severity and its description, in the registry's order.
#[test]
fn the_table_of_codes_is_exactly_the_registry() {
    use rungs::diagnostics::{Severity, codes};
    let table = fs::read_to_string(repo().join("docs/authoring.md")).unwrap();
    let documented: Vec<(String, String, String)> = table
        .lines()
        .filter_map(|l| l.strip_prefix("| `"))
        .filter_map(|l| {
            let cells: Vec<&str> = l.split(" | ").collect();
            let code = cells.first()?.strip_suffix('`')?;
            (cells.len() == 3).then(|| {
                (
                    code.to_string(),
                    cells[1].to_string(),
                    cells[2].trim_end_matches(" |").to_string(),
                )
            })
        })
        .filter(|(_, severity, _)| severity == "error" || severity == "warning")
        .collect();
    let registered: Vec<(String, String, String)> = codes::ALL
        .iter()
        .map(|c| {
            let severity = match c.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            (
                c.name.to_string(),
                severity.to_string(),
                c.summary.replace('|', "\\|"),
            )
        })
        .collect();
    assert_eq!(documented, registered);
}

/// A duplicate id is reported where it was added: in the file git has not seen yet, or that
/// a later commit changed, even when the older file is not named after the id; the note
/// points at the first definition.
#[test]
fn a_duplicate_id_is_reported_in_the_file_that_added_it() {
    let dir = minimal_project();
    let content = dir.path().join("content");
    let competencies = content.join("competencies");
    fs::rename(
        competencies.join("negotiation.yaml"),
        competencies.join("bargaining.yaml"),
    )
    .unwrap();
    git(dir.path(), &["init", "-q"]);
    git(dir.path(), &["add", "."]);
    git(dir.path(), &["commit", "-q", "-m", "first"]);
    fs::copy(
        competencies.join("bargaining.yaml"),
        competencies.join("negotiation.yaml"),
    )
    .unwrap();
    let where_reported = || {
        let out = rungs(dir.path(), &["check", "content"]);
        assert_eq!(code(&out), 1, "{}", stderr(&out));
        let text = stderr(&out);
        let error = text
            .split("\n\n")
            .find(|block| block.starts_with("error[duplicate-id]"))
            .unwrap_or_else(|| panic!("{text}"))
            .to_string();
        let at = |marker: &str| {
            error
                .lines()
                .skip_while(|l| !l.starts_with(marker))
                .find_map(|l| l.trim().strip_prefix("--> "))
                .unwrap_or_else(|| panic!("{error}"))
                .to_string()
        };
        (at("error["), at("note: first defined here"))
    };
    // Not yet committed: the new file is the duplicate, though the old one is misnamed.
    let expected = (
        "content/competencies/negotiation.yaml:1:5".to_string(),
        "content/competencies/bargaining.yaml:1:5".to_string(),
    );
    assert_eq!(where_reported(), expected);
    // Committed later: still the newer file.
    git(dir.path(), &["add", "."]);
    git(dir.path(), &["commit", "-q", "-m", "second"]);
    assert_eq!(where_reported(), expected);
}

#[test]
fn json_gives_a_diagnostics_second_place_as_its_note() {
    let dir = minimal_project();
    overlay(
        &dir.path().join("content"),
        &fixtures().join("broken/duplicate-id/files"),
    );
    let out = rungs(dir.path(), &["check", "content", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let duplicate = value["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "duplicate-id")
        .expect("the duplicate");
    assert_eq!(duplicate["file"], "competencies/negotiation-copy.yaml");
    assert_eq!(duplicate["note"]["file"], "competencies/negotiation.yaml");
    assert_eq!(duplicate["note"]["line"], 1);
    let warning = value["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "file-name-mismatch")
        .expect("the warning");
    assert!(
        warning.get("note").is_none(),
        "no note where there is no second place"
    );
}
