//! Helpers shared by the end-to-end tests: temporary copies of fixture projects, running the
//! built binary, and snapshots (insta) that `INSTA_UPDATE=always cargo test` rewrites after a
//! deliberate change.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixtures() -> PathBuf {
    repo().join("tests/fixtures")
}

pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Lays `overlay` over `base`: each file replaces the one at the same path, and a file holding
/// only `RUNGS-TEST-DELETE` deletes it.
pub fn overlay(base: &Path, overlay: &Path) {
    for entry in walk(overlay) {
        let relative = entry.strip_prefix(overlay).unwrap();
        let target = base.join(relative);
        let bytes = fs::read(&entry).unwrap();
        if bytes == b"RUNGS-TEST-DELETE\n" {
            let _ = fs::remove_file(&target);
        } else {
            fs::create_dir_all(target.parent().unwrap()).unwrap();
            fs::write(&target, bytes).unwrap();
        }
    }
}

pub fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut entries: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// Runs `rungs` with `args` in `dir`, without colour.
pub fn rungs(dir: &Path, args: &[&str]) -> Output {
    rungs_env(dir, args, &[])
}

/// `rungs` with extra environment variables.
pub fn rungs_env(dir: &Path, args: &[&str], vars: &[(&str, &str)]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rungs"))
        // Tests read rungs in English unless they ask for a language.
        .env("RUNGS_LANG", "en")
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .envs(vars.iter().copied())
        .output()
        .expect("rungs runs")
}

pub fn code(output: &Output) -> i32 {
    output.status.code().expect("exited normally")
}

/// Runs git in `dir` (tests only: rungs itself reads history with gix), and returns its output.
pub fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .args([
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@example.com",
            "-c",
            "commit.gpgsign=false",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

/// The text of every page of a PDF, read with lopdf.
pub fn pdf_text(bytes: &[u8]) -> String {
    let doc = lopdf::Document::load_mem(bytes).expect("a readable PDF");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages).expect("text extracts")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Compares `actual` with the snapshot `<folder>/<name>.snap` (insta: a diff on failure, and a
/// `.snap.new` beside it to review). `INSTA_UPDATE=always cargo test` rewrites every snapshot
/// after a deliberate change; `INSTA_UPDATE=new` only writes the `.snap.new` files.
pub fn snapshot(folder: &Path, name: &str, actual: &str) {
    insta::with_settings!({
        snapshot_path => folder,
        prepend_module_to_snapshot => false,
        omit_expression => true,
    }, {
        insta::assert_snapshot!(name, actual);
    });
}

/// Runs `check` on every case, then fails once naming every case whose check failed, so one
/// run shows every mismatch (each with its own diff above) instead of stopping at the first.
pub fn each_case<T: std::panic::RefUnwindSafe>(
    cases: &[T],
    name: impl Fn(&T) -> String,
    check: impl Fn(&T) + std::panic::RefUnwindSafe,
) {
    let failed: Vec<String> = cases
        .iter()
        .filter(|case| std::panic::catch_unwind(|| check(case)).is_err())
        .map(&name)
        .collect();
    assert!(
        failed.is_empty(),
        "{} of {} cases failed (each one's message is above): {}",
        failed.len(),
        cases.len(),
        failed.join(", ")
    );
}

/// A temporary copy of the minimal fixture project, as `<tmp>/content`.
pub fn minimal_project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixtures().join("minimal"), &dir.path().join("content"));
    dir
}

/// Replaces the first `from` in a content file, which must hold it.
pub fn replace_in(content: &std::path::Path, file: &str, from: &str, to: &str) {
    let path = content.join(file);
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} holds {from}");
    fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

/// The employee ids, names and e-mails of every roster (`people.csv`) under `assessments`:
/// personal data, like the records'.
#[allow(dead_code)]
pub fn roster_people(assessments: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for path in walk(assessments) {
        if path.file_name().is_none_or(|n| n != "people.csv") {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        let mut lines = text.trim_start_matches('\u{feff}').lines();
        let header: Vec<&str> = lines.next().unwrap().split(',').collect();
        let wanted: Vec<usize> = ["工号", "姓名", "邮箱"]
            .iter()
            .map(|h| header.iter().position(|c| c == h).unwrap())
            .collect();
        for line in lines {
            let cells: Vec<&str> = line.split(',').collect();
            out.extend(
                wanted
                    .iter()
                    .map(|&i| cells[i].to_string())
                    .filter(|c| !c.is_empty()),
            );
        }
    }
    out
}
