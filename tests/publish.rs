//! Publishing that loses nothing and leaks nothing, end to end: a build killed at any moment
//! leaves the old output or the new one, never a mix; output folders rungs must not replace are
//! refused; failures name the path; templates see only their data.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use common::*;

/// Every file below `root`, by relative path (the marker included: it is part of the output).
fn tree(root: &Path) -> BTreeMap<String, Vec<u8>> {
    if !root.exists() {
        return BTreeMap::new();
    }
    walk(root)
        .into_iter()
        .map(|p| {
            let relative = p.strip_prefix(root).unwrap().to_string_lossy().into_owned();
            (relative, fs::read(&p).unwrap())
        })
        .collect()
}

fn build(dir: &Path, out: &str, commit: &str) -> std::process::Output {
    rungs(
        dir,
        &["build", "content", "--out", out, "--commit", commit, "-q"],
    )
}

/// Names beside `out` other than `out` itself, its lock and its build cache.
fn leftovers_beside(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".out.") && n != ".out.rungs-lock" && n != ".out.rungs-cache")
        .collect()
}

/// The sample content, copied, so builds take long enough to be killed in the middle.
fn sample_project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("content"), &dir.path().join("content"));
    dir
}

#[test]
fn a_killed_build_leaves_the_old_output_or_the_new_one_and_the_next_build_succeeds() {
    let dir = sample_project();
    let out = dir.path().join("out");
    // The same content stamped with another commit text changes every page and PDF.
    assert_eq!(code(&build(dir.path(), "out", "old")), 0);
    let old = tree(&out);
    let fresh = dir.path().join("fresh");
    assert_eq!(code(&build(dir.path(), "fresh", "new")), 0);
    let new = tree(&fresh);
    assert_ne!(old, new);
    let mut outcomes = Vec::new();
    for delay_ms in [0u64, 30, 120, 300, 700, 1200, 2000] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_rungs"))
            // Tests read rungs in English unless they ask for a language.
            .env("RUNGS_LANG", "en")
            .args(["build", "content", "--out", "out", "--commit", "new", "-q"])
            .current_dir(dir.path())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        let now = tree(&out);
        assert!(
            now == old || now == new,
            "killed after {delay_ms} ms: the output is neither the old build nor the new one"
        );
        outcomes.push(if now == old { "old" } else { "new" });
        // Back to the old build for the next round; the killed build's leftovers go.
        assert_eq!(code(&build(dir.path(), "out", "old")), 0);
        assert_eq!(tree(&out), old);
        assert!(
            leftovers_beside(dir.path()).is_empty(),
            "{:?}",
            leftovers_beside(dir.path())
        );
        assert!(!tree(&out).keys().any(|k| k.contains("rungs-staging")));
    }
    eprintln!("outcomes by delay: {outcomes:?}");
}

#[test]
fn a_build_aborted_at_each_step_of_publishing_leaves_a_whole_output() {
    let dir = minimal_project();
    let out = dir.path().join("out");
    assert_eq!(code(&build(dir.path(), "out", "old")), 0);
    let old = tree(&out);
    let fresh = dir.path().join("fresh");
    assert_eq!(code(&build(dir.path(), "fresh", "new")), 0);
    let new = tree(&fresh);
    for (point, expected) in [
        ("staged", &old),
        ("before-swap", &old),
        ("after-swap", &new),
    ] {
        let output = Command::new(env!("CARGO_BIN_EXE_rungs"))
            // Tests read rungs in English unless they ask for a language.
            .env("RUNGS_LANG", "en")
            .args(["build", "content", "--out", "out", "--commit", "new", "-q"])
            .current_dir(dir.path())
            .env("RUNGS_TEST_ABORT_AT", point)
            .output()
            .unwrap();
        assert!(!output.status.success(), "{point}: the build was aborted");
        assert!(tree(&out) == *expected, "{point}: the output is not whole");
        // The next build cleans up what the aborted one left beside the output.
        assert_eq!(code(&build(dir.path(), "out", "old")), 0);
        assert!(leftovers_beside(dir.path()).is_empty(), "{point}");
        assert_eq!(tree(&out), old);
    }
}

#[test]
fn a_failed_first_build_leaves_no_output_folder() {
    let dir = minimal_project();
    overlay(
        &dir.path().join("content"),
        &fixtures().join("broken/points-mismatch/files"),
    );
    assert_eq!(code(&build(dir.path(), "out", "none")), 1);
    assert!(!dir.path().join("out").exists());
    let templates = dir.path().join("content/themes/default/templates");
    let dir2 = minimal_project();
    let templates2 = dir2.path().join("content/themes/default/templates");
    fs::create_dir_all(&templates2).unwrap();
    fs::write(templates2.join("page.html"), "{{ nope(").unwrap();
    assert_eq!(code(&build(dir2.path(), "out", "none")), 1);
    assert!(!dir2.path().join("out").exists());
    assert!(!templates.exists());
}

#[test]
fn an_output_folder_that_cannot_be_written_is_an_io_error_naming_the_path() {
    let dir = minimal_project();
    fs::write(dir.path().join("plain-file"), "not a folder").unwrap();
    let out = build(dir.path(), "plain-file/out", "none");
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("plain-file"), "{err}");
    assert!(!err.contains("template"), "no help about templates: {err}");
}

#[test]
fn folders_rungs_must_not_replace_are_refused() {
    let dir = minimal_project();
    let foreign = dir.path().join("foreign");
    fs::create_dir(&foreign).unwrap();
    fs::write(foreign.join("thesis.docx"), "mine").unwrap();
    for (out, why) in [
        ("content", "it is the content folder itself"),
        ("content/out", "inside"),
        (".", "holds"),
        ("/", "root"),
        ("foreign", "not empty and rungs did not make it"),
    ] {
        let result = build(dir.path(), out, "none");
        assert_eq!(code(&result), 2, "{out}: {}", stderr(&result));
        assert!(stderr(&result).contains(why), "{out}: {}", stderr(&result));
    }
    assert_eq!(
        fs::read_to_string(foreign.join("thesis.docx")).unwrap(),
        "mine"
    );
    let home = Command::new(env!("CARGO_BIN_EXE_rungs"))
        // Tests read rungs in English unless they ask for a language.
        .env("RUNGS_LANG", "en")
        .args(["build", "content", "--out", "home", "-q"])
        .current_dir(dir.path())
        .env("HOME", dir.path().join("home"))
        .output()
        .unwrap();
    assert_eq!(code(&home), 2, "{}", stderr(&home));
    assert!(stderr(&home).contains("home folder"), "{}", stderr(&home));
    let records = rungs(
        dir.path(),
        &[
            "build",
            "content",
            "--records",
            "content/assessments",
            "--out",
            "content/assessments/out",
            "-q",
        ],
    );
    assert_eq!(code(&records), 2);
}

#[test]
fn files_the_previous_build_did_not_write_stop_the_build_unless_forced() {
    let dir = minimal_project();
    assert_eq!(code(&build(dir.path(), "out", "none")), 0);
    fs::write(dir.path().join("out/site/robots.txt"), "mine").unwrap();
    let result = build(dir.path(), "out", "none");
    assert_eq!(code(&result), 2);
    assert!(
        stderr(&result).contains("`site/robots.txt`"),
        "{}",
        stderr(&result)
    );
    assert!(
        dir.path().join("out/site/robots.txt").exists(),
        "nothing deleted"
    );
    let forced = rungs(
        dir.path(),
        &[
            "build", "content", "--out", "out", "--commit", "none", "-q", "--force",
        ],
    );
    assert_eq!(code(&forced), 0, "{}", stderr(&forced));
    assert!(!dir.path().join("out/site/robots.txt").exists());
}

#[test]
fn a_second_build_into_the_same_folder_stops_with_a_clear_message() {
    let dir = sample_project();
    let mut first = Command::new(env!("CARGO_BIN_EXE_rungs"))
        // Tests read rungs in English unless they ask for a language.
        .env("RUNGS_LANG", "en")
        .args(["build", "content", "--out", "out", "--commit", "none", "-q"])
        .current_dir(dir.path())
        .spawn()
        .unwrap();
    // Wait until the first build holds the lock (its staging folder exists).
    for _ in 0..200 {
        if fs::read_dir(dir.path()).unwrap().any(|e| {
            e.unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with(".out.rungs-staging")
        }) {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let second = build(dir.path(), "out", "none");
    let first_status = first.wait().unwrap();
    assert!(first_status.success());
    assert_eq!(code(&second), 2, "{}", stderr(&second));
    assert!(
        stderr(&second).contains("another rungs build is writing"),
        "{}",
        stderr(&second)
    );
}

#[test]
fn broken_templates_are_named_with_their_file_and_line() {
    let dir = minimal_project();
    let theme = dir.path().join("content/themes/default");
    fs::create_dir_all(theme.join("typst")).unwrap();
    let body = fs::read_to_string(repo().join("themes/default/typst/report-body.typ")).unwrap();
    let mut lines: Vec<&str> = body.lines().collect();
    lines.insert(4, "#let broken = undefined-thing");
    fs::write(theme.join("typst/report-body.typ"), lines.join("\n")).unwrap();
    let out = build(dir.path(), "out", "none");
    assert_eq!(code(&out), 1);
    let err = stderr(&out);
    assert!(
        err.contains("content/themes/default/typst/report-body.typ`, line 5"),
        "{err}"
    );
    assert!(err.contains("unknown variable: undefined"), "{err}");

    fs::remove_file(theme.join("typst/report-body.typ")).unwrap();
    fs::create_dir_all(theme.join("templates")).unwrap();
    fs::write(
        theme.join("templates/page.html"),
        "{% extends \"base.html\" %}{% block content %}\n\n{{ missing.value }}{% endblock content %}",
    )
    .unwrap();
    let out = build(dir.path(), "out", "none");
    assert_eq!(code(&out), 1);
    let err = stderr(&out);
    assert!(
        err.contains("content/themes/default/templates/page.html"),
        "{err}"
    );
    assert!(
        err.contains("missing.value"),
        "the failing expression: {err}"
    );
}

#[test]
fn templates_cannot_read_the_environment() {
    let dir = minimal_project();
    let templates = dir.path().join("content/themes/default/templates");
    fs::create_dir_all(&templates).unwrap();
    fs::write(
        templates.join("404.html"),
        "{% extends \"base.html\" %}{% block content %}{{ get_env(name=\"HOME\") }}{% endblock content %}",
    )
    .unwrap();
    let out = build(dir.path(), "out", "none");
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("templates cannot read the environment"),
        "{}",
        stderr(&out)
    );
}

#[cfg(unix)]
#[test]
fn a_symlink_in_the_content_is_reported_not_followed() {
    let dir = minimal_project();
    let target = dir.path().join("elsewhere.yaml");
    fs::copy(
        dir.path().join("content/competencies/negotiation.yaml"),
        &target,
    )
    .unwrap();
    fs::remove_file(dir.path().join("content/competencies/negotiation.yaml")).unwrap();
    std::os::unix::fs::symlink(
        &target,
        dir.path().join("content/competencies/negotiation.yaml"),
    )
    .unwrap();
    let out = rungs(dir.path(), &["check", "content"]);
    let err = stderr(&out);
    assert!(err.contains("warning[symlink]"), "{err}");
    assert!(
        err.contains("content/competencies/negotiation.yaml"),
        "{err}"
    );
}

#[test]
fn records_can_live_outside_the_content_folder() {
    let dir = minimal_project();
    fs::rename(
        dir.path().join("content/assessments"),
        dir.path().join("private"),
    )
    .unwrap();
    let out = rungs(
        dir.path(),
        &[
            "build",
            "content",
            "--records",
            "private",
            "--out",
            "out",
            "--commit",
            "none",
            "-q",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(dir.path().join("out/reports/sales/E1-2024H1.pdf").is_file());
    fs::write(dir.path().join("private/2024H1/E2.yaml"), "employee_id: [").unwrap();
    let out = rungs(dir.path(), &["check", "content", "--records", "private"]);
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("--> private/2024H1/E2.yaml:1:"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_base_url_is_escaped_in_the_sitemap() {
    let dir = minimal_project();
    let settings = dir.path().join("content/rungs.yaml");
    let text =
        fs::read_to_string(&settings).unwrap() + "base_url: \"https://example.com/a]]>&b'\"\n";
    fs::write(&settings, text).unwrap();
    let out = build(dir.path(), "out", "none");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let sitemap = fs::read_to_string(dir.path().join("out/site/sitemap.xml")).unwrap();
    assert!(!sitemap.contains("]]>"), "{sitemap}");
    assert!(
        sitemap.contains("<loc>https://example.com/a]]%3E&amp;b&apos;/index.html</loc>"),
        "{sitemap}"
    );
}
