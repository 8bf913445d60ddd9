//! `rungs diff` end to end, on temporary git repositories (made with the git program, which
//! only the tests use): the domain changes in three formats (insta snapshots), the counts of
//! verdicts a change alters, the exit code for CI gates, and clear errors outside git.

mod common;

use std::fs;

use common::*;

/// The minimal project committed, then a second commit that raises s2's key requirement
/// (E1 achieved 2: a gap now), rewords a definition and renames the edition.
fn two_commits() -> tempfile::TempDir {
    let dir = minimal_project();
    git(dir.path(), &["init", "-q"]);
    git(dir.path(), &["add", "content"]);
    git(dir.path(), &["commit", "-qm", "first edition"]);
    let content = dir.path().join("content");
    let edit = |file: &str, from: &str, to: &str| replace_in(&content, file, from, to);
    edit(
        "sequences/sales.yaml",
        "{ competency: customer-orientation, level: 2, key: true }",
        "{ competency: customer-orientation, level: 3, key: true }",
    );
    edit(
        "competencies/customer-orientation.yaml",
        "关注并满足客户需求。",
        "关注、理解并满足客户需求。",
    );
    edit("rungs.yaml", "edition: 第01版", "edition: 第02版");
    edit(
        "competencies/customer-orientation.yaml",
        "主动与客户保持联系",
        "主动与客户保持定期联系",
    );
    git(dir.path(), &["commit", "-qam", "second edition"]);
    dir
}

#[test]
fn the_diff_says_what_changed_and_what_it_does_to_verdicts_in_three_formats() {
    let dir = two_commits();
    for (format, file) in [
        ("text", "diff.txt"),
        ("md", "diff.md"),
        ("json", "diff.json"),
    ] {
        let out = rungs(
            dir.path(),
            &["diff", "content", "HEAD~1", "HEAD", "--format", format],
        );
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        snapshot(&repo().join("tests/golden/diff"), file, &stdout(&out));
    }
    // The counts, from the JSON: E1 applies for s2 and now misses a key requirement.
    let out = rungs(
        dir.path(),
        &["diff", "content", "HEAD~1", "--format", "json"],
    );
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let s2 = json["impact"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["level"] == "二级 客户经理")
        .unwrap();
    assert_eq!(
        (
            &s2["records"],
            &s2["verdicts_changed"],
            &s2["grades_changed"]
        ),
        (&1.into(), &1.into(), &1.into()),
        "{s2}"
    );
    let changes = json["changes"].as_array().unwrap();
    let affecting: Vec<&str> = changes
        .iter()
        .filter(|c| c["affects_assessments"] == true)
        .map(|c| c["subject"].as_str().unwrap())
        .collect();
    assert_eq!(
        affecting,
        ["销售序列 › 二级 › 客户导向"],
        "only the requirement affects verdicts"
    );
    assert_eq!(
        changes.len(),
        4,
        "edition, definition, one behaviour and the requirement: {changes:#?}"
    );
    assert!(
        json.get("records").is_none(),
        "no personal data unless asked"
    );
}

#[test]
fn records_are_listed_only_when_asked_with_a_warning() {
    let dir = two_commits();
    let plain = rungs(dir.path(), &["diff", "HEAD~1"]);
    assert_eq!(code(&plain), 0, "{}", stderr(&plain));
    assert!(!stdout(&plain).contains("E1"), "{}", stdout(&plain));
    let listed = rungs(dir.path(), &["diff", "HEAD~1", "--list-records"]);
    assert!(stdout(&listed).contains("E1 2024H1"), "{}", stdout(&listed));
    assert!(
        stderr(&listed).contains("personal data"),
        "{}",
        stderr(&listed)
    );
}

#[test]
fn exit_code_3_gates_changes_that_affect_assessments() {
    let dir = two_commits();
    let out = rungs(dir.path(), &["diff", "HEAD~1", "--exit-code"]);
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    // Against itself nothing changes: 0, and a text-only change does not trip the gate.
    let out = rungs(dir.path(), &["diff", "HEAD", "--exit-code"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let page = dir.path().join("content/pages/overview.md");
    let text = fs::read_to_string(&page).unwrap();
    fs::write(&page, text + "\n补充说明。\n").unwrap();
    let out = rungs(dir.path(), &["diff", "HEAD", "--exit-code"]);
    assert_eq!(code(&out), 0, "{}", stdout(&out));
    assert!(stdout(&out).contains("页面"), "{}", stdout(&out));
}

#[test]
fn outside_git_or_with_an_unknown_revision_the_error_says_what_to_do() {
    let dir = minimal_project();
    let out = rungs(dir.path(), &["diff", "HEAD~1"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("not inside a git repository"),
        "{}",
        stderr(&out)
    );
    let dir = two_commits();
    let out = rungs(dir.path(), &["diff", "v9"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("`v9` does not name a commit"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn editions_come_from_tags_and_are_known_by_name_in_diff_the_change_log_and_the_handbook() {
    let dir = two_commits();
    git(dir.path(), &["tag", "v1", "HEAD~1"]);
    git(dir.path(), &["tag", "v2", "HEAD"]);
    // An edition's name, as the settings at its tag give it, names the revision.
    let by_name = rungs(
        dir.path(),
        &["diff", "第01版", "第02版", "--format", "json"],
    );
    assert_eq!(code(&by_name), 0, "{}", stderr(&by_name));
    let by_tag = rungs(dir.path(), &["diff", "v1", "v2", "--format", "json"]);
    let changes = |out: &std::process::Output| {
        let json: serde_json::Value = serde_json::from_str(&stdout(out)).unwrap();
        json["changes"].clone()
    };
    assert_eq!(changes(&by_name), changes(&by_tag));
    // A third edition in the making: uncommitted, untagged.
    let rungs_yaml = dir.path().join("content/rungs.yaml");
    let text = fs::read_to_string(&rungs_yaml).unwrap();
    fs::write(&rungs_yaml, text.replace("第02版", "第03版")).unwrap();
    let out = rungs(dir.path(), &["build", "content", "--out", "out", "--quiet"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let log = fs::read_to_string(dir.path().join("out/site/changes.html")).unwrap();
    let (v3, v2, v1) = (
        log.find("第03版（尚未发布）")
            .expect("the edition in the making"),
        log.find("第02版（v2）").expect("v2"),
        log.find("第01版（v1）").expect("v1"),
    );
    assert!(v3 < v2 && v2 < v1, "newest first");
    assert!(log.contains("销售序列 › 二级 › 客户导向") && log.contains("影响认证"));
    assert!(
        log.contains("<a href=\"sequences/sales/s2.html\">销售序列 › 二级 › 客户导向</a>"),
        "a change links the page that shows it now"
    );
    let home = fs::read_to_string(dir.path().join("out/site/index.html")).unwrap();
    assert!(
        home.contains("changes.html"),
        "the navigation links the change log"
    );
    let handbook: String = pdf_text(&fs::read(dir.path().join("out/handbook.pdf")).unwrap())
        .split_whitespace()
        .collect();
    for edition in ["第01版", "第02版", "第03版", "4处变化，其中1处影响认证"] {
        assert!(
            handbook.contains(edition),
            "{edition} in the revision record"
        );
    }
    // Without editions (no tags) there is no change log page.
    let plain = minimal_project();
    let out = rungs(
        plain.path(),
        &["build", "content", "--out", "out", "--quiet"],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(!plain.path().join("out/site/changes.html").exists());
}

#[test]
fn each_page_shows_when_its_file_last_changed_from_one_walk_over_history() {
    let dir = two_commits();
    let first = git(dir.path(), &["rev-parse", "HEAD~1"]);
    let second = git(dir.path(), &["rev-parse", "HEAD"]);
    // A later commit that touches only a record dates no page.
    let record = dir.path().join("content/assessments/2024H1/E2.yaml");
    let text = fs::read_to_string(&record).unwrap();
    fs::write(&record, text.replace("王五", "王六")).unwrap();
    git(dir.path(), &["commit", "-qam", "a record"]);
    let out = rungs(dir.path(), &["build", "content", "--out", "out", "--quiet"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let page = |p: &str| fs::read_to_string(dir.path().join("out/site").join(p)).unwrap();
    let changed = page("competencies/customer-orientation.html");
    assert!(
        changed.contains(&format!("· {}", &second[..12])),
        "edited in the second commit"
    );
    let unchanged = page("competencies/negotiation.html");
    assert!(
        unchanged.contains(&format!("· {}", &first[..12])),
        "untouched since the first"
    );
    // Levels are dated on their own: s2's requirement changed in the second commit, s1's not.
    let s2 = page("sequences/sales/s2.html");
    assert!(
        s2.contains(&format!("· {}", &second[..12])),
        "s2 changed in the second"
    );
    let s1 = page("sequences/sales/s1.html");
    assert!(
        s1.contains(&format!("· {}", &first[..12])),
        "s1 untouched since the first"
    );
    assert!(
        changed.contains("本页内容最后修改 20"),
        "a date first: {}",
        &changed[changed.len() - 600..]
    );
}

#[test]
fn adding_a_record_changes_no_other_report() {
    let dir = two_commits();
    let build = |out: &str| {
        let o = rungs(dir.path(), &["build", "content", "--out", out, "--quiet"]);
        assert_eq!(code(&o), 0, "{}", stderr(&o));
    };
    build("before");
    let e1 = fs::read_to_string(dir.path().join("content/assessments/2024H1/E1.yaml")).unwrap();
    let new = dir.path().join("content/assessments/2024H1/E3.yaml");
    fs::write(
        &new,
        e1.replace("employee_id: E1", "employee_id: E3")
            .replace("张三", "李七"),
    )
    .unwrap();
    git(dir.path(), &["add", "content"]);
    git(dir.path(), &["commit", "-qm", "a new record"]);
    build("after");
    for report in [
        "reports/sales/E1-2024H1.pdf",
        "reports/sales/E2-2024H1.pdf",
        "handbook.pdf",
    ] {
        let read = |out: &str| fs::read(dir.path().join(out).join(report)).unwrap();
        assert!(
            read("before") == read("after"),
            "{report} changed when a record was added"
        );
    }
    assert!(
        dir.path()
            .join("after/reports/sales/E3-2024H1.pdf")
            .is_file()
    );
}

#[test]
fn outside_git_or_in_a_shallow_clone_a_build_warns_once_and_goes_on() {
    let plain = minimal_project();
    let out = rungs(plain.path(), &["build", "content", "--out", "out"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        stderr(&out).matches("not in a git repository").count(),
        1,
        "{}",
        stderr(&out)
    );
    let dir = two_commits();
    let shallow = tempfile::tempdir().unwrap();
    let url = format!("file://{}", dir.path().display());
    git(
        shallow.path(),
        &["clone", "-q", "--depth", "1", &url, "clone"],
    );
    let clone = shallow.path().join("clone");
    let out = rungs(&clone, &["build", "content", "--out", "out"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).contains("shallow clone"), "{}", stderr(&out));
    let home = fs::read_to_string(clone.join("out/site/index.html")).unwrap();
    let head = git(&clone, &["rev-parse", "HEAD"]);
    assert!(
        home.contains(&head[..12]),
        "the stamp still comes from what history there is"
    );
    // A detached HEAD (a CI job checking out a tag), then uncommitted standards.
    git(dir.path(), &["checkout", "-q", "--detach", "HEAD~1"]);
    let out = rungs(dir.path(), &["build", "content", "--out", "out"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("HEAD is detached"),
        "{}",
        stderr(&out)
    );
    replace_in(
        &dir.path().join("content"),
        "rungs.yaml",
        "测试标准",
        "测试标准（修订中）",
    );
    let out = rungs(dir.path(), &["build", "content", "--out", "out"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        stderr(&out).matches("warning:").count(),
        1,
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("uncommitted changes"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_draft_carries_a_banner_and_a_watermark_and_a_superseded_edition_names_its_successor() {
    let dir = two_commits();
    let settings = dir.path().join("content/rungs.yaml");
    let text = fs::read_to_string(&settings).unwrap();
    fs::write(
        &settings,
        text.replace("status: published", "status: draft"),
    )
    .unwrap();
    let out = rungs(dir.path(), &["build", "content", "--out", "out", "--quiet"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    for page in [
        "index.html",
        "sequences/sales/s2.html",
        "competencies/negotiation.html",
    ] {
        let html = fs::read_to_string(dir.path().join("out/site").join(page)).unwrap();
        assert!(
            html.contains("class=\"status-banner\""),
            "{page} has the draft banner"
        );
    }
    for pdf in [
        "handbook.pdf",
        "reports/sales/E1-2024H1.pdf",
        "sheets/sales.pdf",
    ] {
        let text = pdf_text(&fs::read(dir.path().join("out").join(pdf)).unwrap());
        assert!(text.contains("征求意见稿"), "{pdf} is marked as a draft");
    }
    // v1 superseded, tagged before v2: a build of v1's content names 第02版.
    git(dir.path(), &["checkout", "-q", "--", "content/rungs.yaml"]);
    git(dir.path(), &["tag", "v1", "HEAD~1"]);
    git(dir.path(), &["tag", "v2", "HEAD"]);
    git(dir.path(), &["checkout", "-q", "v1"]);
    let text = fs::read_to_string(&settings).unwrap();
    fs::write(
        &settings,
        text.replace("status: published", "status: superseded"),
    )
    .unwrap();
    let out = rungs(dir.path(), &["build", "content", "--out", "old", "--quiet"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let home = fs::read_to_string(dir.path().join("old/site/index.html")).unwrap();
    assert!(
        home.contains("本版已被第02版取代"),
        "names the edition in force"
    );
    let published = minimal_project();
    let out = rungs(
        published.path(),
        &["build", "content", "--out", "out", "--quiet"],
    );
    assert_eq!(code(&out), 0);
    let home = fs::read_to_string(published.path().join("out/site/index.html")).unwrap();
    assert!(
        !home.contains("status-banner"),
        "a published edition has no banner"
    );
}

#[test]
fn records_are_checked_and_evaluated_against_their_edition_and_current_is_a_what_if() {
    let dir = minimal_project();
    git(dir.path(), &["init", "-q"]);
    git(dir.path(), &["add", "content"]);
    git(dir.path(), &["commit", "-qm", "first edition"]);
    git(dir.path(), &["tag", "v1"]);
    let v1 = git(dir.path(), &["rev-parse", "HEAD"]);
    // The second edition drops 谈判 (negotiation); the records were assessed against the first.
    let content = dir.path().join("content");
    let edit = |file: &str, from: &str, to: &str| replace_in(&content, file, from, to);
    edit(
        "sequences/sales.yaml",
        "      - { competency: negotiation, level: 1 }\n",
        "",
    );
    fs::remove_file(content.join("competencies/negotiation.yaml")).unwrap();
    edit("rungs.yaml", "edition: 第01版", "edition: 第02版");
    for record in ["E1", "E2"] {
        edit(
            &format!("assessments/2024H1/{record}.yaml"),
            "cycle: 2024H1\n",
            "cycle: 2024H1\nedition: 第01版\n",
        );
    }
    git(dir.path(), &["add", "-A", "content"]);
    git(dir.path(), &["commit", "-qm", "second edition"]);
    git(dir.path(), &["tag", "v2"]);
    // Checked against 第01版, the removed competency is no error.
    let out = rungs(dir.path(), &["check", "content"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(!stderr(&out).contains("warning"), "{}", stderr(&out));
    let text = |out: &str| -> String {
        pdf_text(&fs::read(dir.path().join(out).join("reports/sales/E2-2024H1.pdf")).unwrap())
            .split_whitespace()
            .collect()
    };
    let out = rungs(
        dir.path(),
        &["build", "content", "--out", "then", "--quiet"],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let then = text("then");
    assert!(
        then.contains("第01版") && then.contains(&v1[..12]) && then.contains("谈判"),
        "evaluated against the edition it belongs to, 第01版 at v1, by default: {then}"
    );
    assert!(!then.contains("试算"), "{then}");
    let out = rungs(
        dir.path(),
        &[
            "build",
            "content",
            "--out",
            "now",
            "--quiet",
            "--against",
            "current",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let now = text("now");
    assert!(
        now.contains("第02版") && !now.contains("谈判"),
        "a what-if against the current edition: {now}"
    );
    assert!(now.contains("试算"), "marked as a what-if: {now}");
    let manifest = fs::read_to_string(dir.path().join("now/reports/manifest.csv")).unwrap();
    assert!(manifest.contains(",what-if"), "{manifest}");
    // `--against` a tag names the same edition as its name; an unknown one is refused.
    let out = rungs(
        dir.path(),
        &[
            "build",
            "content",
            "--out",
            "v1",
            "--quiet",
            "--against",
            "v1",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = rungs(
        dir.path(),
        &["build", "content", "--out", "x", "--against", "第09版"],
    );
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("`第01版`"), "{}", stderr(&out));
    // Bundles carry verdicts people act on: distribute has no what-if.
    let out = rungs(
        dir.path(),
        &[
            "distribute",
            "content",
            "--by",
            "manager",
            "--against",
            "current",
        ],
    );
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    // An edition no tag holds: a warning, and the record is checked against the current one.
    edit(
        "assessments/2024H1/E2.yaml",
        "edition: 第01版",
        "edition: 第09版",
    );
    let out = rungs(dir.path(), &["check", "content"]);
    assert!(
        stderr(&out).contains("warning[unknown-edition]"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("negotiation"), "{}", stderr(&out));
}

/// The report of a record assessed under 第01版 — naming it, or naming none and dated before
/// 第02版 took effect — is the same file, byte for byte, before and after 第02版 is tagged;
/// a record dated after 第02版 took effect follows 第02版.
#[test]
fn a_later_edition_never_rewrites_an_earlier_verdict() {
    let dir = minimal_project();
    let content = dir.path().join("content");
    let edit = |file: &str, from: &str, to: &str| replace_in(&content, file, from, to);
    edit(
        "assessments/2024H1/E1.yaml",
        "date: 2024-06-01\n",
        "date: 2024-06-01\nedition: 第01版\n",
    );
    edit(
        "assessments/2024H1/E2.yaml",
        "education: high-school",
        "education: associate",
    );
    // E2 again a cycle later, dated after 第02版 takes effect.
    fs::create_dir_all(content.join("assessments/2025H1")).unwrap();
    let e2 = fs::read_to_string(content.join("assessments/2024H1/E2.yaml")).unwrap();
    fs::write(
        content.join("assessments/2025H1/E2.yaml"),
        e2.replace("cycle: 2024H1", "cycle: 2025H1")
            .replace("date: 2024-06-02", "date: 2025-03-01"),
    )
    .unwrap();
    git(dir.path(), &["init", "-q"]);
    git(dir.path(), &["add", "content"]);
    git(dir.path(), &["commit", "-qm", "first edition"]);
    git(dir.path(), &["tag", "v1"]);
    let build = |out: &str| {
        let o = rungs(dir.path(), &["build", "content", "--out", out, "--quiet"]);
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        let report =
            |file: &str| fs::read(dir.path().join(out).join("reports/sales").join(file)).unwrap();
        (
            report("E1-2024H1.pdf"),
            report("E2-2024H1.pdf"),
            report("E2-2025H1.pdf"),
        )
    };
    let before = build("before");
    // 第02版 raises 客户导向 at 二级 and 一级, in force from 2025-01-01.
    edit(
        "sequences/sales.yaml",
        "{ competency: customer-orientation, level: 2, key: true }",
        "{ competency: customer-orientation, level: 3, key: true }",
    );
    edit(
        "sequences/sales.yaml",
        "{ competency: customer-orientation, level: 1, key: true }",
        "{ competency: customer-orientation, level: 2, key: true }",
    );
    edit("rungs.yaml", "edition: 第01版", "edition: 第02版");
    edit(
        "rungs.yaml",
        "effective_date: 2020-01-01",
        "effective_date: 2025-01-01",
    );
    git(dir.path(), &["commit", "-qam", "second edition"]);
    git(dir.path(), &["tag", "v2"]);
    let after = build("after");
    assert!(
        before.0 == after.0,
        "E1 names 第01版: its report is unchanged"
    );
    assert!(
        before.1 == after.1,
        "E2 2024H1 is dated before 第02版: unchanged"
    );
    assert!(
        before.2 != after.2,
        "E2 2025H1 is dated after 第02版 took effect"
    );
    let text = pdf_text(&after.2).split_whitespace().collect::<String>();
    assert!(text.contains("第02版"), "{text}");
    // The next build says which verdicts it changed against the previous one.
    let o = rungs(
        dir.path(),
        &["build", "content", "--out", "before", "--list-records"],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("1 verdict differs from the previous build's:")
            && stderr(&o).contains("E2 2025H1: 认证通过 → 未通过"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_record_may_name_its_edition_by_tag_and_two_tags_of_one_edition_are_a_warning() {
    let dir = two_commits();
    git(dir.path(), &["tag", "v1", "HEAD~1"]);
    git(dir.path(), &["tag", "v2", "HEAD"]);
    git(dir.path(), &["tag", "v2-again", "HEAD"]);
    let record = dir.path().join("content/assessments/2024H1/E2.yaml");
    let text = fs::read_to_string(&record).unwrap();
    fs::write(
        &record,
        text.replace("cycle: 2024H1\n", "cycle: 2024H1\nedition: v1\n"),
    )
    .unwrap();
    let out = rungs(dir.path(), &["check", "content"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        !stderr(&out).contains("unknown-edition"),
        "v1 names 第01版: {}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("tags `v2` and `v2-again` both carry edition `第02版`"),
        "{}",
        stderr(&out)
    );
}
