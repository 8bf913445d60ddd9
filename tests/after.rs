//! After the verdict: the calendar's rules, recusal and the other appeal rules, an upheld
//! appeal changing a verdict with the first kept visible, certificates with serials stable
//! across rebuilds that `rungs verify` accepts and refuses when altered, certification status
//! and validity on hand-computed days (a failed renewal under both `failed_recertification`
//! rules), and the 公示 notice kept out of the site.

mod common;

use std::fs;
use std::path::Path;

use common::*;

/// The minimal project in English, its 2024H1 cycle with a calendar, certifications valid two
/// years (s1 one year) and listed three months before they end.
fn project() -> tempfile::TempDir {
    let dir = minimal_project();
    let content = dir.path().join("content");
    replace_in(&content, "rungs.yaml", "language: zh-CN", "language: en");
    let settings = content.join("rungs.yaml");
    fs::write(
        &settings,
        fs::read_to_string(&settings).unwrap()
            + "certification:\n  valid_years: 2\n  levels: { s1: 1 }\n  expiring_months: 3\n",
    )
    .unwrap();
    fs::write(
        content.join("assessments/2024H1/cycle.yaml"),
        "committee: 评审委员会
applications: { from: 2024-05-06, to: 2024-05-17 }
review: { from: 2024-05-20, to: 2024-06-21 }
announcement: { from: 2024-06-24, to: 2024-06-28 }
appeal_deadline: 2024-06-28
effective_date: 2024-07-01
objection: HR, extension 8021
",
    )
    .unwrap();
    dir
}

fn content(dir: &Path) -> std::path::PathBuf {
    dir.join("content")
}

fn check_err(dir: &Path) -> String {
    stderr(&rungs(dir, &["check", "content"]))
}

#[test]
fn the_calendar_holds_its_stages_in_order_and_records_inside_it() {
    let dir = project();
    let err = check_err(dir.path());
    assert!(
        !err.contains("calendar-order") && !err.contains("outside-cycle"),
        "{err}"
    );
    // The review starting before the applications close, results taking effect during the 公示.
    replace_in(
        &content(dir.path()),
        "assessments/2024H1/cycle.yaml",
        "review: { from: 2024-05-20",
        "review: { from: 2024-05-10",
    );
    replace_in(
        &content(dir.path()),
        "assessments/2024H1/cycle.yaml",
        "effective_date: 2024-07-01",
        "effective_date: 2024-06-25",
    );
    let err = check_err(dir.path());
    assert_eq!(err.matches("error[calendar-order]").count(), 2, "{err}");
    assert!(
        err.contains("`review` starts on 2024-05-10, before `applications` ends on 2024-05-17"),
        "{err}"
    );
    // A record dated after the review.
    let dir = project();
    replace_in(
        &content(dir.path()),
        "assessments/2024H1/E1.yaml",
        "date: 2024-06-01",
        "date: 2024-07-15",
    );
    let err = check_err(dir.path());
    assert!(err.contains("warning[outside-cycle]"), "{err}");
    assert!(err.contains("assessments/2024H1/E1.yaml:"), "{err}");
}

const APPEAL: &str = "manager: { id: M1, name: 赵六 }
appeal:
  submitted_on: 2024-06-25
  grounds: The sales-ability score left out the Q2 contract.
  reviewers: [孙敏]
  decided_on: 2024-06-30
  decision: upheld
  changes:
    - { item: scores.sales-ability, from: 20, to: 35, reason: The Q2 contract counts. }
";

/// E1 scores 20 in sales-ability (15 + 25 + 20 = 60, short of s2's 70) and appeals.
fn appealed(edit: &dyn Fn(String) -> String) -> tempfile::TempDir {
    let dir = project();
    let path = content(dir.path()).join("assessments/2024H1/E1.yaml");
    let text = fs::read_to_string(&path)
        .unwrap()
        .replace("sales-ability: 40", "sales-ability: 20")
        + APPEAL;
    fs::write(&path, edit(text)).unwrap();
    dir
}

#[test]
fn an_upheld_appeal_changes_the_verdict_and_the_report_keeps_the_first() {
    let dir = appealed(&|t| t);
    let csv = stdout(&rungs(dir.path(), &["results", "content"]));
    let row = csv.lines().find(|l| l.contains(",E1,")).unwrap();
    // 15 + 25 + 35 = 75 against 70: promoted.
    assert!(
        row.contains(",Promoted,yes,") && row.contains(",75,70,"),
        "{row}"
    );
    let out = rungs(dir.path(), &["build", "content", "--out", "out", "-q"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let report = pdf_text(&fs::read(dir.path().join("out/reports/sales/E1-2024H1.pdf")).unwrap());
    for expected in [
        "reissued after appeal",
        "Appeal submitted on 2024-06-25",
        "Decided on 2024-06-30: upheld",
        "20 → 35",
        "First verdict, replaced by this one",
        "Not promoted",
        "valid until 2026-06-30",
    ] {
        assert!(
            report.contains(expected),
            "{expected} missing from:\n{report}"
        );
    }
    // Rejected: the verdict stands and the report says so, with no first verdict.
    let dir = appealed(&|t| {
        let cut = t.find("  changes:").unwrap();
        t[..cut].replace(
            "decision: upheld",
            "decision: rejected\n  reason: The contract was signed after the review.",
        )
    });
    let csv = stdout(&rungs(dir.path(), &["results", "content"]));
    assert!(
        csv.lines()
            .any(|l| l.contains(",E1,") && l.contains(",no,")),
        "{csv}"
    );
}

#[test]
fn appeals_are_reviewed_by_others_in_time_and_change_only_when_upheld() {
    for (what, from, to, expected) in [
        (
            "a reviewer who manages the employee",
            "reviewers: [孙敏]",
            "reviewers: [赵六]",
            "error[reviewer-not-recused]",
        ),
        (
            "a reviewer who assessed it",
            "reviewers: [孙敏]",
            "reviewers: [李四]",
            "error[reviewer-not-recused]",
        ),
        (
            "the employee reviewing their own appeal",
            "reviewers: [孙敏]",
            "reviewers: [E1]",
            "error[reviewer-not-recused]",
        ),
        (
            "submitted after the deadline",
            "submitted_on: 2024-06-25",
            "submitted_on: 2024-07-02",
            "error[appeal-dates]",
        ),
        (
            "decided before it was submitted",
            "decided_on: 2024-06-30",
            "decided_on: 2024-06-24",
            "error[appeal-dates]",
        ),
        (
            "a rejected appeal with changes",
            "decision: upheld",
            "decision: rejected",
            "error[appeal-changes]",
        ),
        (
            "a change from a value the item does not have",
            "from: 20, to: 35",
            "from: 25, to: 35",
            "error[stale-decision]",
        ),
        (
            "a change to an item the record does not hold",
            "item: scores.sales-ability,",
            "item: scores.nothing,",
            "error[unknown-decision-item]",
        ),
    ] {
        let dir = appealed(&|t| {
            assert!(t.contains(from), "{what}: {from}");
            t.replacen(from, to, 1)
        });
        let err = check_err(dir.path());
        assert!(
            err.contains(expected),
            "{what}: {expected} missing from\n{err}"
        );
        assert!(
            err.contains("assessments/2024H1/E1.yaml:"),
            "{what}: located\n{err}"
        );
    }
}

#[test]
fn certificates_keep_their_serial_and_verify_tells_genuine_from_altered() {
    let dir = project();
    let build = |out: &str| {
        let o = rungs(
            dir.path(),
            &[
                "build",
                "content",
                "--out",
                out,
                "-q",
                "--only",
                "certificates",
            ],
        );
        assert_eq!(code(&o), 0, "{}", stderr(&o));
    };
    build("a");
    build("b");
    let path = "certificates/2024H1/E1-sales-s2.pdf";
    let first = fs::read(dir.path().join("a").join(path)).unwrap();
    assert_eq!(
        first,
        fs::read(dir.path().join("b").join(path)).unwrap(),
        "same bytes on a rebuild"
    );
    let serial = rungs::project::certificates::serial_of(&first).expect("a serial in the keywords");
    assert_eq!(serial.len(), "2024H1-".len() + 8, "{serial}");
    let verify = |target: &str, on: &str| {
        rungs(
            dir.path(),
            &[
                "verify",
                "content",
                "--certificate",
                target,
                "--on",
                on,
                "-q",
            ],
        )
    };
    let genuine = verify(
        &dir.path().join("a").join(path).display().to_string(),
        "2024-08-01",
    );
    assert_eq!(code(&genuine), 0, "{}", stderr(&genuine));
    assert!(
        stdout(&genuine).contains("genuine and in force"),
        "{}",
        stdout(&genuine)
    );
    // The same certificate after it ended: genuine, not in force.
    assert_eq!(code(&verify(&serial, "2026-07-02")), 4);
    // A serial no record gives, and the file with one byte of its name changed.
    assert_eq!(code(&verify("2024H1-00000000", "2024-08-01")), 5);
    let mut altered = first.clone();
    let at = altered.windows(4).position(|w| w == b"/Tit").unwrap();
    altered[at + 10] ^= 1;
    fs::write(dir.path().join("altered.pdf"), &altered).unwrap();
    let out = verify(
        &dir.path().join("altered.pdf").display().to_string(),
        "2024-08-01",
    );
    assert_eq!(code(&out), 5, "{}", stderr(&out));
    assert!(stderr(&out).contains("not genuine"), "{}", stderr(&out));
}

/// `rungs certifications` as CSV on `on`: E1's row.
fn e1_on(dir: &Path, on: &str) -> String {
    let out = rungs(dir, &["certifications", "content", "--on", on]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    stdout(&out)
        .lines()
        .find(|l| l.starts_with("E1,"))
        .unwrap_or_default()
        .to_string()
}

#[test]
fn status_and_validity_on_hand_computed_days() {
    let dir = project();
    // Promoted to s2, effective 2024-07-01, two years: valid until 2026-06-30.
    assert!(e1_on(dir.path(), "2024-08-01").contains(",2024-07-01,2026-06-30,active,"));
    // Three months before it ends: due for renewal (2026-04-15 + 3 months ≥ 2026-06-30).
    assert!(e1_on(dir.path(), "2026-04-15").contains(",due for renewal,"));
    assert!(e1_on(dir.path(), "2026-03-29").contains(",active,"));
    assert!(e1_on(dir.path(), "2026-07-02").contains(",expired,"));
    // Nothing held before it took effect.
    assert_eq!(e1_on(dir.path(), "2024-06-30"), "");
    // A re-certification in 2024H2 that fails: observe keeps s2 on probation …
    let renewal = "employee_id: E1
name: 张三
department: 销售部
sequence: sales
cycle: 2024H2
current_level: s2
date: 2024-12-01
facts: { education: bachelor, experience_years: 4.5, years_in_level: 0.5 }
competencies:
  customer-orientation: { level: 1 }
  negotiation: { level: 1 }
scores:
  basic: { dedication: 5, cooperation: 5 }
  sales-ability: 20
written_exam: 10
";
    let folder = content(dir.path()).join("assessments/2024H2");
    fs::create_dir_all(&folder).unwrap();
    fs::write(folder.join("E1.yaml"), renewal).unwrap();
    assert!(
        e1_on(dir.path(), "2025-01-10").contains(",s2,")
            || e1_on(dir.path(), "2025-01-10").contains(",二级,")
    );
    assert!(
        e1_on(dir.path(), "2025-01-10").contains(",on probation,"),
        "{}",
        e1_on(dir.path(), "2025-01-10")
    );
    // … demote moves it to s1 from the record's date (no calendar in 2024H2), one year.
    let settings = content(dir.path()).join("rungs.yaml");
    fs::write(
        &settings,
        fs::read_to_string(&settings).unwrap() + "verdict:\n  failed_recertification: demote\n",
    )
    .unwrap();
    let row = e1_on(dir.path(), "2025-01-10");
    assert!(
        row.contains(",一级,") && row.contains(",2024-12-01,2025-11-30,active,"),
        "{row}"
    );
}

#[test]
fn a_revoked_certification_is_no_longer_in_force() {
    let dir = project();
    let path = content(dir.path()).join("assessments/2024H1/E1.yaml");
    fs::write(
        &path,
        fs::read_to_string(&path).unwrap()
            + "certification: { action: revoke, on: 2024-09-01, reason: Breach of the code of conduct. }\n",
    )
    .unwrap();
    assert!(e1_on(dir.path(), "2024-08-01").contains(",active,"));
    let row = e1_on(dir.path(), "2024-09-02");
    assert!(
        row.contains(",revoked,") && row.contains("Breach of the code of conduct."),
        "{row}"
    );
}
