//! Several raters and a calibration: the combination rules on a hand-computed record (weights,
//! a trimmed mean of five judges, rounding onto the scale, a missing judge), divergence and
//! leniency figures, each rule `check` holds with a record that breaks it, the calibration
//! pack's decision sheet round trip (pack → fill → import → the decision in the record → the
//! report reads the calibrated value, the ratings untouched), per-rater sheets, and a record
//! of final values whose report does not change when the project is rated.

mod common;

use std::fs;
use std::path::Path;

use common::*;
use rungs::Project;
use rungs::evaluate::ratings::leniency;
use rungs::model::{Item, ModuleScore, Rating};

/// The standard's rules: competencies 40 % manager, 60 % panel; scores by the panel alone.
const RULES: &str = "ratings:
  weights:
    competencies: { manager: 0.4, panel: 0.6 }
    scores: { panel: 1 }
  panel: trimmed-mean
  min_panel: 3
  rounding: nearest
  score_step: 0.5
  divergence: { levels: 2, share: 0.3 }
";

/// E1, applying for s2, rated by themselves, their manager and five judges.
const RATED_E1: &str = "employee_id: E1
name: 张三
department: 销售部
manager: { id: M1, name: 赵六 }
sequence: sales
cycle: 2024H1
current_level: s1
applied_level: s2
date: 2024-06-01
facts:
  education: bachelor
  experience_years: 4
competencies:
  customer-orientation: { evidence: 走访记录完整 }
written_exam: 25
contributions:
  - { kind: work-case, title: 案例一 }
ratings:
  - { rater: E1, role: self, competencies: { customer-orientation: 3, negotiation: 2 } }
  - { rater: M1, role: manager, competencies: { customer-orientation: 1, negotiation: 1 } }
  - rater: J1
    name: 评委甲
    role: panel
    competencies: { customer-orientation: 2, negotiation: 1 }
    scores: { basic: { dedication: 6, cooperation: 7 }, sales-ability: 30 }
  - rater: J2
    name: 评委乙
    role: panel
    competencies: { customer-orientation: 3, negotiation: 1 }
    scores: { basic: { dedication: 8, cooperation: 7 }, sales-ability: 40 }
  - rater: J3
    name: 评委丙
    role: panel
    competencies: { customer-orientation: 2, negotiation: 2 }
    scores: { basic: { dedication: 9, cooperation: 8 }, sales-ability: 45 }
  - rater: J4
    name: 评委丁
    role: panel
    competencies: { customer-orientation: 2, negotiation: 1 }
    scores: { basic: { dedication: 7, cooperation: 6 }, sales-ability: 38 }
  - rater: J5
    name: 评委戊
    role: panel
    competencies: { customer-orientation: 3, negotiation: 1 }
    scores: { basic: { dedication: 10, cooperation: 7 }, sales-ability: 41 }
";

/// The minimal project with the rules, E1 rated as above (`edit` applied to its text).
fn rated_project(edit: &dyn Fn(String) -> String) -> tempfile::TempDir {
    let dir = minimal_project();
    let content = dir.path().join("content");
    let settings = content.join("rungs.yaml");
    fs::write(&settings, fs::read_to_string(&settings).unwrap() + RULES).unwrap();
    fs::write(
        content.join("assessments/2024H1/E1.yaml"),
        edit(RATED_E1.to_string()),
    )
    .unwrap();
    dir
}

fn checked(dir: &Path) -> rungs::Checked {
    Project::open(&dir.join("content"), None)
        .unwrap()
        .check()
        .unwrap()
}

fn e1(checked: &rungs::Checked) -> &rungs::model::Assessment {
    let model = checked.model.as_ref().expect("the project checks");
    model
        .records
        .assessments
        .iter()
        .find(|a| a.employee_id == "E1")
        .unwrap()
}

fn competency(id: &str) -> Item {
    Item::Competency(id.into())
}

fn score(module: &str, item: Option<&str>) -> Item {
    Item::Score {
        module: module.into(),
        item: item.map(String::from),
    }
}

#[test]
fn ratings_combine_as_readme_says_on_a_hand_computed_record() {
    let dir = rated_project(&|t| t);
    let checked = checked(dir.path());
    let a = e1(&checked);
    let items = &a.rated.items;
    // customer-orientation: judges 2 3 2 2 3 → without one 2 and one 3: (2+2+3)/3 = 7/3;
    // 0.4 × 1 (manager) + 0.6 × 7/3 = 1.8 → nearest: 2. Self's 3 is shown, not counted.
    let co = &items[&competency("customer-orientation")];
    assert!((co.by_role["panel"] - 7.0 / 3.0).abs() < 1e-9);
    assert_eq!(co.by_role["self"], 3.0);
    assert!((co.unrounded.unwrap() - 1.8).abs() < 1e-9);
    assert_eq!(co.combined, Some(2.0));
    assert_eq!(a.competencies["customer-orientation"].level, 2);
    // The evidence written beside the ratings stays with the combined value.
    assert_eq!(
        a.competencies["customer-orientation"].evidence.as_deref(),
        Some("走访记录完整")
    );
    // negotiation: judges 1 1 2 1 1 → 1; manager 1 → 1.
    assert_eq!(a.competencies["negotiation"].level, 1);
    // Scores, the panel alone: dedication 6 7 8 9 10 → 8; cooperation 6 7 7 7 8 → 7;
    // sales-ability 30 38 40 41 45 → (38+40+41)/3 = 39.67 → onto 0.5 steps: 39.5.
    assert_eq!(
        a.scores["basic"],
        ModuleScore::Items([("cooperation".into(), 7.0), ("dedication".into(), 8.0)].into())
    );
    assert_eq!(a.scores["sales-ability"], ModuleScore::Whole(39.5));
    // The verdict reads the combined values: 15 + 25 + 39.5.
    let csv = stdout(&rungs(dir.path(), &["results", "content"]));
    let row = csv.lines().find(|l| l.contains(",E1,")).unwrap();
    assert!(row.contains(",79.5,70,"), "{row}");
    // Divergent: customer-orientation (1 … 3, two levels), dedication (6 … 10: 4 of 10 points
    // ≥ 30 %), sales-ability (30 … 45: 15 of 50 = 30 %); not cooperation (2 of 10).
    let divergent: Vec<String> = items
        .iter()
        .filter(|(_, i)| i.divergent)
        .map(|(item, _)| item.to_string())
        .collect();
    assert_eq!(
        divergent,
        [
            "competencies.customer-orientation",
            "scores.basic.dedication",
            "scores.sales-ability"
        ]
    );
    let out = rungs(dir.path(), &["check", "content"]);
    let err = stderr(&out);
    assert_eq!(
        err.matches("warning[divergent-ratings]").count(),
        3,
        "{err}"
    );
    assert!(
        err.contains("competencies.customer-orientation: counting raters range from 1 to 3"),
        "{err}"
    );
}

#[test]
fn a_missing_judge_and_the_rounding_rule_change_what_they_should() {
    // J5 gives no sales-ability: 30 38 40 45 → without 30 and 45: 39.
    let dir = rated_project(&|t| {
        t.replace(
            "scores: { basic: { dedication: 10, cooperation: 7 }, sales-ability: 41 }",
            "scores: { basic: { dedication: 10, cooperation: 7 } }",
        )
    });
    assert_eq!(
        e1(&checked(dir.path())).scores["sales-ability"],
        ModuleScore::Whole(39.0)
    );
    // Rounding down: customer-orientation's 1.8 becomes 1, under the key requirement of 2:
    // grade C, not qualified.
    let dir = rated_project(&|t| t);
    replace_in(
        &dir.path().join("content"),
        "rungs.yaml",
        "rounding: nearest",
        "rounding: down",
    );
    assert_eq!(
        e1(&checked(dir.path())).competencies["customer-orientation"].level,
        1
    );
    let csv = stdout(&rungs(dir.path(), &["results", "content"]));
    let row = csv.lines().find(|l| l.contains(",E1,")).unwrap();
    assert!(row.contains(",C,79.5,70,"), "{row}");
    // The median of five judges: customer-orientation 2 2 2 3 3 → 2; 0.4 + 1.2 = 1.6 → 2.
    let dir = rated_project(&|t| t);
    replace_in(
        &dir.path().join("content"),
        "rungs.yaml",
        "panel: trimmed-mean",
        "panel: median",
    );
    let checked = checked(dir.path());
    let co = &e1(&checked).rated.items[&competency("customer-orientation")];
    assert_eq!(co.by_role["panel"], 2.0);
    assert!((co.unrounded.unwrap() - 1.6).abs() < 1e-9);
}

#[test]
fn leniency_compares_each_rater_with_the_others_on_the_same_items() {
    let dir = rated_project(&|t| t);
    let checked = checked(dir.path());
    let model = checked.model.as_ref().unwrap();
    let a = e1(&checked);
    let all = leniency(&[a], &model.standard.settings.ratings);
    let of = |id: &str| {
        all.iter()
            .find(|l| l.rater.as_ref().unwrap().id == id)
            .unwrap()
    };
    // The manager: customer-orientation 1 against the judges' mean 2.4 (−1.4), negotiation
    // 1 against 1.2 (−0.2): −0.8 levels over 2; no scores.
    let m1 = of("M1");
    assert_eq!(m1.role, "manager");
    let (n, d) = m1.levels.unwrap();
    assert_eq!(n, 2);
    assert!((d + 0.8).abs() < 1e-9, "{d}");
    assert_eq!(m1.points, None);
    // J1: 2 against (1+3+2+2+3)/5 = 2.2 (−0.2), 1 against 1.2 (−0.2): −0.2 levels;
    // dedication 6 against 8.5 (−0.25 of 10), cooperation 7 against 7 (0), sales-ability 30
    // against 41 (−0.22 of 50): −0.47 / 3.
    let j1 = of("J1");
    let (_, levels) = j1.levels.unwrap();
    assert!((levels + 0.2).abs() < 1e-9, "{levels}");
    let (n, share) = j1.points.unwrap();
    assert_eq!(n, 3);
    assert!((share + 0.47 / 3.0).abs() < 1e-9, "{share}");
    // Self ratings are not compared: they count for nothing.
    assert!(all.iter().all(|l| l.role != "self"));
}

/// Each rule `check` holds on ratings and decisions, with the record that breaks it.
#[test]
fn each_rule_check_holds_is_reported_where_it_is_broken() {
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "a self rating by someone else",
            "- { rater: E1, role: self,",
            "- { rater: E2, role: self,",
            "error[wrong-rater]",
        ),
        (
            "the employee rating themselves as a judge",
            "  - rater: J1\n",
            "  - rater: E1\n",
            "error[wrong-rater]",
        ),
        (
            "a manager rating not by the record's manager",
            "- { rater: M1, role: manager,",
            "- { rater: M9, role: manager,",
            "error[wrong-rater]",
        ),
        (
            "one judge twice",
            "  - rater: J2\n",
            "  - rater: J1\n",
            "error[duplicate-rater]",
        ),
        (
            "a judge who manages the employee",
            "  - rater: J1\n",
            "  - rater: M1\n",
            "warning[manager-on-panel]",
        ),
        (
            "a role nobody declared",
            "    role: panel\n    competencies: { customer-orientation: 3, negotiation: 1 }\n    scores: { basic: { dedication: 8",
            "    role: pannel\n    competencies: { customer-orientation: 3, negotiation: 1 }\n    scores: { basic: { dedication: 8",
            "error[unknown-role]",
        ),
        (
            "a value typed beside the ratings",
            "  customer-orientation: { evidence: 走访记录完整 }",
            "  customer-orientation: { level: 2, evidence: 走访记录完整 }",
            "error[typed-twice]",
        ),
        (
            "a level that is not whole",
            "competencies: { customer-orientation: 2, negotiation: 2 }",
            "competencies: { customer-orientation: 2.5, negotiation: 2 }",
            "error[level-out-of-range]",
        ),
        (
            "a score over the item's points",
            "dedication: 9, cooperation: 8",
            "dedication: 19, cooperation: 8",
            "error[score-out-of-range]",
        ),
    ];
    for (what, from, to, expected) in cases {
        let dir = rated_project(&|t| {
            assert!(t.contains(from), "{what}: the fixture holds {from}");
            t.replacen(from, to, 1)
        });
        let err = stderr(&rungs(dir.path(), &["check", "content"]));
        assert!(
            err.contains(expected),
            "{what}: {expected} missing from\n{err}"
        );
        assert!(
            err.contains("assessments/2024H1/E1.yaml:"),
            "{what}: located in the record\n{err}"
        );
    }
}

#[test]
fn a_panel_below_its_minimum_is_an_error_on_each_item_it_rates() {
    // Two judges left of five.
    let dir = rated_project(&|t| {
        let cut = t.find("  - rater: J3").unwrap();
        t[..cut].to_string()
    });
    let out = rungs(dir.path(), &["check", "content"]);
    let err = stderr(&out);
    assert_eq!(code(&out), 1, "{err}");
    assert!(
        err.contains("error[panel-too-small]: competencies.customer-orientation has 2 panel judges, fewer than 3"),
        "{err}"
    );
    assert!(
        err.contains("scores.sales-ability has 2 panel judges"),
        "{err}"
    );
}

#[test]
fn decisions_apply_in_order_and_must_name_an_item_start_from_its_value_and_say_why() {
    let decision = |item: &str, from: &str, to: &str, reason: &str| {
        format!(
            "calibration:\n  - {{ item: {item}, from: {from}, to: {to}, by: 校准委员会, on: 2024-06-20, reason: \"{reason}\" }}\n"
        )
    };
    // Applied: sales-ability 39.5 → 42; the ratings stay as they were.
    let dir =
        rated_project(&|t| t + &decision("scores.sales-ability", "39.5", "42", "复核答辩录像"));
    let checked = checked(dir.path());
    let a = e1(&checked);
    assert_eq!(a.scores["sales-ability"], ModuleScore::Whole(42.0));
    let info = &a.rated.items[&score("sales-ability", None)];
    assert_eq!((info.combined, info.value), (Some(39.5), Some(42.0)));
    let j1: &Rating = a.rated.ratings.iter().find(|r| r.rater.id == "J1").unwrap();
    assert_eq!(j1.values[&score("sales-ability", None)], 30.0);
    // A decided divergent item is settled: no warning for it.
    let err = stderr(&rungs(dir.path(), &["check", "content"]));
    assert!(
        !err.contains("scores.sales-ability: counting raters"),
        "{err}"
    );
    for (what, text, expected) in [
        (
            "an item not written so",
            decision("sales-ability", "39.5", "42", "r"),
            "error[unknown-decision-item]",
        ),
        (
            "an item the record does not hold",
            decision("competencies.teamwork", "1", "2", "r"),
            "error[unknown-decision-item]",
        ),
        (
            "a from that is not the value before",
            decision("scores.sales-ability", "40", "42", "r"),
            "error[stale-decision]",
        ),
        (
            "no reason",
            decision("scores.sales-ability", "39.5", "42", " "),
            "error[empty-value]",
        ),
        (
            "a value out of range",
            decision("scores.sales-ability", "39.5", "60", "r"),
            "error[score-out-of-range]",
        ),
    ] {
        let dir = rated_project(&|t| t + &text);
        let err = stderr(&rungs(dir.path(), &["check", "content"]));
        assert!(
            err.contains(expected),
            "{what}: {expected} missing from\n{err}"
        );
    }
}

/// The pack's decision sheet, filled in as a meeting would, written back as an xlsx.
fn fill_decisions(pack: &Path, to: &str, reason: &str) -> Vec<u8> {
    let sheets = rungs::interchange::sheet::read(pack).unwrap();
    let decide = sheets
        .iter()
        .find(|s| s.name.contains("Items to decide") || s.name.contains("Decisions"))
        .unwrap_or_else(|| {
            panic!(
                "a decision sheet among {:?}",
                sheets.iter().map(|s| &s.name).collect::<Vec<_>>()
            )
        });
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let header: Vec<String> = decide.rows[0].iter().map(|c| c.shown()).collect();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    for (r, row) in decide.rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            sheet
                .write_string(r as u32, c as u16, cell.shown())
                .unwrap();
        }
        let code = row[col("Item code")].shown();
        if code == "scores.sales-ability" {
            sheet
                .write_string(r as u32, col("Decided value") as u16, to)
                .unwrap();
            sheet
                .write_string(r as u32, col("Reason") as u16, reason)
                .unwrap();
            sheet
                .write_string(r as u32, col("Decided by") as u16, "Calibration committee")
                .unwrap();
            sheet
                .write_string(r as u32, col("Date") as u16, "2024-06-20")
                .unwrap();
        }
    }
    book.save_to_buffer().unwrap()
}

#[test]
fn the_decision_sheet_round_trips_into_the_record_and_the_report() {
    let dir = rated_project(&|t| t);
    let content = dir.path().join("content");
    fs::write(
        content.join("rungs.yaml"),
        fs::read_to_string(content.join("rungs.yaml"))
            .unwrap()
            .replace("language: zh-CN", "language: en"),
    )
    .unwrap();
    let out = rungs(dir.path(), &["build", "content", "--out", "out", "-q"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    // The pack as the meeting had it (the next build's no longer lists what was decided).
    let pack = dir.path().join("pack.xlsx");
    fs::copy(
        dir.path().join("out/summaries/2024H1/calibration.xlsx"),
        &pack,
    )
    .unwrap();
    let pdf = fs::read(dir.path().join("out/summaries/2024H1/calibration.pdf")).unwrap();
    let text = pdf_text(&pdf);
    for expected in [
        "Divergent items",
        "Leniency of managers and judges",
        "Items to decide",
    ] {
        assert!(
            text.contains(expected),
            "{expected} missing from the pack:\n{text}"
        );
    }
    let before = fs::read_to_string(content.join("assessments/2024H1/E1.yaml")).unwrap();
    let filled = dir.path().join("decided.xlsx");
    fs::write(
        &filled,
        fill_decisions(&pack, "42", "Defence video reviewed"),
    )
    .unwrap();
    let out = rungs(dir.path(), &["import", "content", "decided.xlsx"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let after = fs::read_to_string(content.join("assessments/2024H1/E1.yaml")).unwrap();
    // Appended, nothing else touched: the ratings stay as they were.
    assert!(after.starts_with(&before), "{after}");
    assert_eq!(
        &after[before.len()..],
        "calibration:\n  - item: scores.sales-ability\n    from: 39.5\n    to: 42\n    by: \"Calibration committee\"\n    on: 2024-06-20\n    reason: \"Defence video reviewed\"\n"
    );
    // Importing the same sheet again changes nothing.
    let out = rungs(dir.path(), &["import", "content", "decided.xlsx"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        fs::read_to_string(content.join("assessments/2024H1/E1.yaml")).unwrap(),
        after
    );
    // The report reads the calibrated value, with its reason.
    let out = rungs(dir.path(), &["build", "content", "--out", "out", "-q"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let report = pdf_text(&fs::read(dir.path().join("out/reports/sales/E1-2024H1.pdf")).unwrap());
    for expected in [
        "Where the ratings came from",
        "Calibration decisions",
        "39.5 → 42",
        "Defence video reviewed",
    ] {
        assert!(
            report.contains(expected),
            "{expected} missing from the report:\n{report}"
        );
    }
    // The rebuilt pack lists the item no more: it is decided.
    let rebuilt =
        rungs::interchange::sheet::read(&dir.path().join("out/summaries/2024H1/calibration.xlsx"))
            .unwrap();
    assert!(!rebuilt.iter().any(|s| {
        s.rows
            .iter()
            .any(|r| r.iter().any(|c| c.shown() == "scores.sales-ability"))
    }));
    // A sheet decided on a value the item no longer has is refused, naming the cell.
    fs::write(&filled, fill_decisions(&pack, "44", "again")).unwrap();
    let out = rungs(dir.path(), &["import", "content", "decided.xlsx"]);
    assert_eq!(code(&out), 1);
    let err = stderr(&out);
    assert!(
        err.contains("stale") || err.contains("starts from 39.5, but the item is 42"),
        "{err}"
    );
}

#[test]
fn a_raters_sheet_merges_into_that_raters_rating_only() {
    let dir = rated_project(&|t| t);
    let out = rungs(
        dir.path(),
        &[
            "template",
            "content",
            "--sequence",
            "sales",
            "--level",
            "s2",
            "--with-records",
            "2024H1",
            "--by-rater",
            "--out",
            "raters.xlsx",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let sheets = rungs::interchange::sheet::read(&dir.path().join("raters.xlsx")).unwrap();
    let names: Vec<&str> = sheets.iter().map(|s| s.name.as_str()).collect();
    // The manager, five judges, the employee's self rating, and the guide.
    assert_eq!(sheets.len(), 8, "{names:?}");
    let j2 = sheets.iter().find(|s| s.name.contains("评委乙")).unwrap();
    let header: Vec<String> = j2.rows[0].iter().map(|c| c.shown()).collect();
    let row = &j2.rows[2];
    let at = |h: &str| {
        header
            .iter()
            .position(|x| x.trim_end_matches('*') == h)
            .unwrap()
    };
    assert_eq!(row[at("评价人")].shown(), "J2");
    assert_eq!(row[at("客户导向")].shown(), "3");
    // J2 changes customer-orientation to 2, in a CSV saved from the sheet.
    let mut csv = String::new();
    for r in [&j2.rows[0], row] {
        let cells: Vec<String> = r.iter().map(|c| c.shown()).collect();
        csv.push_str(&cells.join(","));
        csv.push('\n');
    }
    let csv = csv.replacen(",3,", ",2,", 1);
    fs::write(dir.path().join("j2.csv"), csv).unwrap();
    let before = fs::read_to_string(dir.path().join("content/assessments/2024H1/E1.yaml")).unwrap();
    let out = rungs(dir.path(), &["import", "content", "j2.csv"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let after = fs::read_to_string(dir.path().join("content/assessments/2024H1/E1.yaml")).unwrap();
    let changed: Vec<(&str, &str)> = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert!(!changed.is_empty());
    // Only J2's entry was written afresh: every line before it is as it was.
    let j2_at = before.find("  - rater: J2").unwrap();
    assert_eq!(&after[..j2_at], &before[..j2_at]);
    let checked = checked(dir.path());
    let a = e1(&checked);
    let j2 = a.rated.ratings.iter().find(|r| r.rater.id == "J2").unwrap();
    assert_eq!(j2.values[&competency("customer-orientation")], 2.0);
    let j1 = a.rated.ratings.iter().find(|r| r.rater.id == "J1").unwrap();
    assert_eq!(j1.values[&competency("customer-orientation")], 2.0);
}

#[test]
fn a_record_of_final_values_keeps_its_report_when_the_project_is_rated() {
    let plain = minimal_project();
    let rated = rated_project(&|t| t);
    let report = |dir: &Path| {
        let out = rungs(
            dir,
            &["build", "content", "--out", "out", "--commit", "none", "-q"],
        );
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        fs::read(dir.join("out/reports/sales/E2-2024H1.pdf")).unwrap()
    };
    assert!(
        report(plain.path()) == report(rated.path()),
        "E2's report changed"
    );
    // And its data file has no ratings at all; E1's has.
    let out = rungs(
        rated.path(),
        &[
            "build",
            "content",
            "--out",
            "out2",
            "--export-typst",
            "typst",
            "-q",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let data = |id: &str| {
        fs::read_to_string(
            rated
                .path()
                .join(format!("typst/reports/sales/{id}-2024H1.json")),
        )
        .unwrap()
    };
    assert!(!data("E2").contains("\"ratings\""));
    assert!(data("E1").contains("\"ratings\""));
}
