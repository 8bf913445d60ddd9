//! Before the verdict: the roster (HR's export) read in either language and encoding, records
//! filled from it and contradictions located in both files, eligibility on hand-computed
//! cases, applications screened, and the sample's roster giving the same outputs as records
//! that hold everything themselves.

mod common;

use std::fs;
use std::path::Path;

use common::*;
use rungs::Project;
use rungs::evaluate::eligibility::{Filter, Route, screen};
use rungs::model::{Date, Education};

/// A level with one condition of every kind, above the minimal fixture's s2.
const TESTED_LEVEL: &str = r#"  - id: s3
    name: 三级
    title: 高级客户经理
    conditions:
      education: bachelor
      experience_years: 3
      years_in_level: 2
      training_hours: 40
      certifications: [大客户销售认证]
      major: [市场营销, 工商管理]
      title: 中级
      performance: { last: 3, at_least: B }
      any_of:
        - { education: master, experience_years: 2 }
        - { education: bachelor, experience_years: 5 }
      other:
        - { id: clean, text: 近一年无违纪 }
    competencies:
      - { competency: customer-orientation, level: 2, key: true }
    scoring:
      pass: 70
"#;

/// The minimal project with the tested level, re-certification due after 3 years, and
/// `files` (path under the content folder, bytes) written into it.
fn project(files: &[(&str, Vec<u8>)]) -> tempfile::TempDir {
    let dir = minimal_project();
    let content = dir.path().join("content");
    let sequence = content.join("sequences/sales.yaml");
    let text = fs::read_to_string(&sequence).unwrap() + TESTED_LEVEL;
    fs::write(&sequence, text).unwrap();
    let settings = content.join("rungs.yaml");
    let text = fs::read_to_string(&settings).unwrap()
        + "verdict:\n  recertify_after_years: 3\nprofessional_titles: [初级, 中级, 高级]\n";
    fs::write(&settings, text).unwrap();
    for (path, bytes) in files {
        let path = content.join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
    }
    dir
}

fn checked(dir: &Path) -> rungs::Checked {
    Project::open(&dir.join("content"), None)
        .unwrap()
        .check()
        .unwrap()
}

fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

/// The roster of the minimal project's two people, with Chinese headers.
const ROSTER_ZH: &str = "工号,姓名,部门,直接上级工号,邮箱,入职日期,序列,现任级别,任现级日期,学历,资格认证,培训学时,绩效 2023H1,绩效 2023H2\r\n\
E1,张三,销售部,M1,,2020-06-01,销售序列,一级,2022-06-01,本科,大客户销售认证,44,A,B\r\n\
E2,王五,销售部,M1,,2022-06-02,sales,,,高中/中专,,20,,B\r\n\
M1,赵六,销售部,,zhao.liu@example.com,,,,,,,,,\r\n";

#[test]
fn a_gbk_roster_with_a_title_row_reads_as_its_utf8_twin() {
    let text = format!("2024 年人员名单（导出）,,\r\n{ROSTER_ZH}");
    let (gbk, _, unmappable) = encoding_rs::GBK.encode(&text);
    assert!(!unmappable);
    let dir_gbk = project(&[("assessments/2024H1/people.csv", gbk.into_owned())]);
    let bom = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
    let dir_utf8 = project(&[("assessments/2024H1/people.csv", bom)]);
    let (a, b) = (checked(dir_gbk.path()), checked(dir_utf8.path()));
    assert_eq!(a.errors(), 0, "{:?}", a.diagnostics);
    let people = |c: &rungs::Checked| {
        let roster = c.model.as_ref().unwrap().records.people["2024H1"]
            .roster
            .clone()
            .unwrap();
        serde_json::to_string(&roster.people).unwrap()
    };
    assert_eq!(people(&a), people(&b));
    let roster = a.model.as_ref().unwrap().records.people["2024H1"]
        .roster
        .clone()
        .unwrap();
    let e1 = &roster.people["E1"];
    assert_eq!(e1.name, "张三");
    assert_eq!(e1.hire_date, Some(date("2020-06-01")));
    assert_eq!(e1.education, Some(Education::Bachelor));
    assert_eq!(e1.level.as_deref(), Some("s1"));
    assert_eq!(
        e1.certifications.as_deref(),
        Some(&["大客户销售认证".to_string()][..])
    );
    let ratings: Vec<&str> = e1.performance.iter().map(|(_, r)| r.as_str()).collect();
    assert_eq!(ratings, ["A", "B"]);
    assert_eq!(roster.people["E2"].sequence.as_deref(), Some("sales"));
}

#[test]
fn an_english_workbook_with_date_cells_and_text_dates_reads_the_same() {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let headers = [
        "Employee ID",
        "Name",
        "Department",
        "Manager ID",
        "E-mail",
        "Hire date",
        "Sequence",
        "Current level",
        "Level since",
        "Education",
        "Certifications",
        "Training hours",
        "Performance 2023H2",
        "Performance 2023H1",
    ];
    for (c, h) in headers.iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    let format = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    let hired = rust_xlsxwriter::ExcelDateTime::from_ymd(2020, 6, 1).unwrap();
    let row: [&str; 14] = [
        "E1",
        "张三",
        "销售部",
        "M1",
        "",
        "",
        "sales",
        "s1",
        "2022年6月1日",
        "Bachelor's degree",
        "大客户销售认证",
        "44",
        "B",
        "A",
    ];
    for (c, v) in row.iter().enumerate() {
        if c == 5 {
            sheet
                .write_datetime_with_format(1, 5, &hired, &format)
                .unwrap();
        } else if c == 11 {
            sheet.write_number(1, 11, 44.0).unwrap();
        } else {
            sheet.write_string(1, c as u16, *v).unwrap();
        }
    }
    for (c, v) in ["M1", "赵六", "销售部", "", "zhao.liu@example.com"]
        .iter()
        .enumerate()
    {
        sheet.write_string(2, c as u16, *v).unwrap();
    }
    let bytes = book.save_to_buffer().unwrap();
    let dir = project(&[("assessments/2024H1/people.xlsx", bytes)]);
    let c = checked(dir.path());
    assert_eq!(c.errors(), 0, "{:?}", c.diagnostics);
    let roster = c.model.as_ref().unwrap().records.people["2024H1"]
        .roster
        .clone()
        .unwrap();
    let e1 = &roster.people["E1"];
    assert_eq!(e1.hire_date, Some(date("2020-06-01")));
    assert_eq!(e1.level_since, Some(date("2022-06-01")));
    assert_eq!(e1.education, Some(Education::Bachelor));
    assert_eq!(e1.training_hours, Some(44.0));
    // Ratings oldest first by period, whatever the columns' order.
    let ratings: Vec<&str> = e1.performance.iter().map(|(_, r)| r.as_str()).collect();
    assert_eq!(ratings, ["A", "B"]);
}

/// E1's record, holding only what assessors judge.
const LEAN_RECORD: &str = "employee_id: E1\ncycle: 2024H1\napplied_level: s2\ndate: 2024-06-01\nassessors: [李四]\ncompetencies:\n  customer-orientation: { level: 2 }\n  negotiation: { level: 1 }\nscores:\n  basic: { dedication: 8, cooperation: 7 }\n  sales-ability: 40\nwritten_exam: 25\ncontributions:\n  - { kind: work-case, title: 案例一 }\n";

#[test]
fn a_record_takes_what_it_leaves_out_from_its_cycles_roster() {
    let dir = project(&[
        (
            "assessments/2024H1/people.csv",
            ROSTER_ZH.as_bytes().to_vec(),
        ),
        (
            "assessments/2024H1/E1.yaml",
            LEAN_RECORD.as_bytes().to_vec(),
        ),
    ]);
    let c = checked(dir.path());
    assert_eq!(c.errors(), 0, "{:?}", c.diagnostics);
    let model = c.model.as_ref().unwrap();
    let e1 = model
        .records
        .assessments
        .iter()
        .find(|a| a.employee_id == "E1")
        .unwrap();
    assert_eq!(
        (e1.name.as_str(), e1.department.as_str()),
        ("张三", "销售部")
    );
    assert_eq!(e1.current_level.as_deref(), Some("s1"));
    let manager = e1.manager.as_ref().unwrap();
    assert_eq!((manager.id.as_str(), manager.name.as_str()), ("M1", "赵六"));
    assert_eq!(manager.email.as_deref(), Some("zhao.liu@example.com"));
    // Four whole years from 2020-06-01 to the record's 2024-06-01; two in the level.
    assert_eq!(e1.facts.experience_years, Some(4.0));
    assert_eq!(e1.facts.years_in_level, Some(2.0));
    assert_eq!(e1.facts.training_hours, Some(44.0));
    assert_eq!(e1.facts.performance, ["A", "B"]);
}

#[test]
fn a_contradiction_is_shown_at_the_record_and_at_the_rosters_cell() {
    let record = LEAN_RECORD.replace(
        "cycle: 2024H1\n",
        "cycle: 2024H1\ndepartment: 市场部\nfacts:\n  training_hours: 30\n",
    );
    let dir = project(&[
        (
            "assessments/2024H1/people.csv",
            ROSTER_ZH.as_bytes().to_vec(),
        ),
        ("assessments/2024H1/E1.yaml", record.into_bytes()),
    ]);
    let out = rungs(dir.path(), &["check", "content"]);
    assert_eq!(code(&out), 1);
    let said = stderr(&out);
    assert!(said.contains("error[contradicts-roster]: the record's `department` is 市场部, the cycle's roster says 销售部"), "{said}");
    assert!(
        said.contains("content/assessments/2024H1/E1.yaml:3:13"),
        "{said}"
    );
    // The note points at row 2, column C of the roster (its line, under the cell).
    assert!(
        said.contains("content/assessments/2024H1/people.csv:2:"),
        "{said}"
    );
    assert!(
        said.contains("`facts.training_hours` is 30, the cycle's roster says 44"),
        "{said}"
    );
}

#[test]
fn the_rosters_mistakes_are_located_by_row_and_column() {
    let roster = "工号,姓名,序列,现任级别,入职日期,学历,直接上级工号,绩效 2024H1\r\n\
E1,张三,sales,九级,2020-13-01,小学,M9,Q\r\n\
E1,张三,sales,一级,,,,\r\n";
    let dir = project(&[("assessments/2024H1/people.csv", roster.as_bytes().to_vec())]);
    let out = rungs(dir.path(), &["check", "content"]);
    let said = stderr(&out);
    for expected in [
        "row 2, column D (\"现任级别\"), value \"九级\": is not a level of 销售序列",
        "row 2, column E (\"入职日期\"), value \"2020-13-01\": is not a date",
        "row 2, column F (\"学历\"), value \"小学\": is not an education rungs knows",
        "row 2, column H (\"绩效 2024H1\"), value \"Q\": is not a performance rating",
        "employee E1 is on the roster twice (first on row 2)",
        "the manager M9 of E1 is not a person of this roster",
        "people.csv:2:13",
    ] {
        assert!(said.contains(expected), "{expected}\n{said}");
    }
    assert_eq!(code(&out), 1);
}

#[test]
fn eligibility_on_hand_computed_cases() {
    // On 2025-03-01: E1 hired 2020-06-01 (4 years 9 months), in s1 since 2022-06-01 (2 years
    // 9 months), bachelor, 44 hours, the certification, ratings A B B.
    // E2 hired 2023-01-15 (2 years 1 month), associate, 20 hours, no certification.
    let roster = "工号,姓名,部门,入职日期,序列,现任级别,任现级日期,学历,专业,职称,资格认证,培训学时,绩效 2023H2,绩效 2024H1,绩效 2024H2\r\n\
E1,张三,销售部,2020-06-01,sales,二级,2022-06-01,本科,市场营销,中级,大客户销售认证,44,A,B,B\r\n\
E2,李四,销售部,2023-01-15,sales,,,大专,,,,20,B,C,B\r\n\
E3,赵六,销售部,2021-03-01,sales,三级,2021-03-01,本科,工商管理,高级,,50,A,A,A\r\n\
E4,钱七,销售部,2018-01-01,sales,二级,2020-01-01,硕士,统计学,初级,大客户销售认证,40,B,C,A\r\n";
    let dir = project(&[("assessments/2025H1/people.csv", roster.as_bytes().to_vec())]);
    let c = checked(dir.path());
    assert_eq!(c.errors(), 0, "{:?}", c.diagnostics);
    let model = c.model.as_ref().unwrap();
    let cycle = &model.records.people["2025H1"];
    let s = screen(
        &model.standard,
        cycle.roster.as_ref().unwrap(),
        &[],
        date("2025-03-01"),
        &Filter::default(),
    );
    let find = |id: &str, level: &str| {
        s.candidates
            .iter()
            .find(|c| c.employee_id == id && c.level == level)
            .unwrap_or_else(|| {
                panic!(
                    "{id} {level}: {:#?}",
                    s.candidates
                        .iter()
                        .map(|c| (&c.employee_id, &c.level))
                        .collect::<Vec<_>>()
                )
            })
    };
    // E1 holds s2: screened for s3 only (2 years 9 months in s2: re-certification is due after 3).
    assert_eq!(
        s.candidates
            .iter()
            .filter(|c| c.employee_id == "E1")
            .count(),
        1
    );
    let e1 = find("E1", "s3");
    assert_eq!(e1.route, Route::Promotion);
    let unmet: Vec<String> = e1
        .conditions
        .iter()
        .filter(|c| !c.met)
        .map(|c| c.kind.slot())
        .collect();
    // any_of: neither a master's nor 5 years (4.75): unmet. Everything else is met.
    assert_eq!(unmet, ["alternatives"]);
    assert!(!e1.eligible);
    // The bachelor's alternative lacks only years: time meets it five years after the hire.
    assert_eq!(e1.eligible_on, Some(date("2025-06-01")));
    assert_eq!(e1.to_judge.len(), 1, "`other` is judged at the assessment");

    // E2 holds no level: s1 (associate, 1 year: met), then s2 (3 years: 2 years 1 month).
    let e2_s1 = find("E2", "s1");
    assert!(e2_s1.eligible && e2_s1.route == Route::First);
    let e2_s2 = find("E2", "s2");
    assert!(!e2_s2.eligible);
    // Time alone: three years after the hire date.
    assert_eq!(e2_s2.eligible_on, Some(date("2026-01-15")));
    assert!(
        s.candidates
            .iter()
            .all(|c| !(c.employee_id == "E2" && c.level == "s3")),
        "screening stops at the first level not met"
    );

    // E4: a major not accepted, a title below 中级, a C among the last three ratings; the
    // master's alternative holds (7 years 2 months of experience).
    let e4 = find("E4", "s3");
    let unmet: Vec<String> = e4
        .conditions
        .iter()
        .filter(|c| !c.met)
        .map(|c| c.kind.slot())
        .collect();
    assert_eq!(unmet, ["major", "title", "performance"]);
    assert_eq!(e4.eligible_on, None);

    // E3 holds s3 since 2021-03-01 (4 years): re-certification is due, and years in the level
    // are waived for it; the education, hours and ratings hold, the certification and the
    // alternatives (4 years of experience, not 5) do not.
    let e3 = find("E3", "s3");
    assert_eq!(e3.route, Route::Recertification);
    let waived: Vec<String> = e3
        .conditions
        .iter()
        .filter(|c| c.waived)
        .map(|c| c.kind.slot())
        .collect();
    assert_eq!(waived, ["years-in-level"]);
    let unmet: Vec<String> = e3
        .conditions
        .iter()
        .filter(|c| !c.met)
        .map(|c| c.kind.slot())
        .collect();
    assert_eq!(unmet, ["certification:大客户销售认证", "alternatives"]);
    assert_eq!(e3.eligible_on, None, "a certification is not met by time");
}

#[test]
fn applications_are_screened_and_refused_with_their_reasons() {
    let roster = "工号,姓名,入职日期,序列,现任级别,任现级日期,学历\r\n\
E1,张三,2023-01-15,sales,一级,2023-01-15,本科\r\n\
E2,李四,2020-01-15,sales,一级,2021-01-15,本科\r\n";
    let applications = "applications:\n  - { employee_id: E1, level: 二级, date: 2025-05-01 }\n  - { employee_id: E2, level: s2 }\n  - { employee_id: E9, level: s2 }\n  - { employee_id: E2, level: 九级 }\n";
    let dir = project(&[
        ("assessments/2025H1/people.csv", roster.as_bytes().to_vec()),
        (
            "assessments/2025H1/applications.yaml",
            applications.as_bytes().to_vec(),
        ),
        (
            "assessments/2025H1/cycle.yaml",
            b"screening_date: 2025-05-31\n".to_vec(),
        ),
    ]);
    let out = rungs(dir.path(), &["check", "content"]);
    let said = stderr(&out);
    assert!(
        said.contains(
            "error[unknown-person]: E9 applies, but the roster of 2025H1 does not hold them"
        ),
        "{said}"
    );
    assert!(
        said.contains("error[unknown-level]: \"九级\" is not a level of 销售序列"),
        "{said}"
    );
    assert!(
        said.contains("applications.yaml:5:"),
        "located on its line: {said}"
    );
    assert_eq!(code(&out), 1);
    // Once the applications name people and levels there are, each is screened (the model
    // must be whole for that, so this comes after the errors are fixed).
    let content = dir
        .path()
        .join("content/assessments/2025H1/applications.yaml");
    let valid: String = applications
        .lines()
        .take(3)
        .map(|l| format!("{l}\n"))
        .collect();
    fs::write(&content, valid).unwrap();
    let out = rungs(dir.path(), &["check", "content"]);
    let said = stderr(&out);
    assert_eq!(code(&out), 0, "{said}");
    assert!(
        said.contains("warning[ineligible-application]: E1 张三 applies for 销售序列二级 but does not meet its basic conditions on 2025-05-31: experience_years 2.33 / 3"),
        "{said}"
    );
    assert!(
        said.contains("time alone meets them on 2026-01-15"),
        "{said}"
    );
    assert!(!said.contains("E2 李四 applies"), "E2 is eligible: {said}");
}

#[test]
fn an_applications_sheet_prefills_the_assessors_sheet_without_what_the_roster_answers() {
    let roster = "工号,姓名,部门,入职日期,序列,现任级别,学历\r\nE1,张三,销售部,2020-01-15,sales,一级,本科\r\n";
    let applications = "工号,姓名,申请级别,申请日期\r\nE1,张三,二级,2025-05-01\r\n";
    let dir = project(&[
        ("assessments/2025H1/people.csv", roster.as_bytes().to_vec()),
        (
            "assessments/2025H1/applications.csv",
            applications.as_bytes().to_vec(),
        ),
    ]);
    let out = rungs(
        dir.path(),
        &[
            "template",
            "content",
            "--sequence",
            "sales",
            "--level",
            "s2",
            "--with-applications",
            "2025H1",
            "--out",
            "s2.csv",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let sheet = fs::read_to_string(dir.path().join("s2.csv")).unwrap();
    let mut lines = sheet.trim_start_matches('\u{feff}').lines();
    let header = lines.next().unwrap();
    assert!(header.starts_with("工号*,姓名*,"), "{header}");
    for absent in ["部门", "直接上级", "学历", "相关工作经验"] {
        assert!(
            !header.contains(absent),
            "{absent} is the roster's: {header}"
        );
    }
    let row = lines.find(|l| l.starts_with("E1,")).expect("E1's row");
    assert!(row.contains("张三") && row.contains("2025H1"), "{row}");
}

/// Every roster of the sample written back into its records: the same outputs, byte for byte.
#[test]
fn the_samples_roster_gives_the_outputs_of_self_contained_records() {
    let lean = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("content"), &lean.path().join("content"));
    let full = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("content"), &full.path().join("content"));
    let assessments = full.path().join("content/assessments");
    let mut inlined = 0;
    for roster in walk(&assessments)
        .into_iter()
        .filter(|p| p.ends_with("people.csv"))
    {
        let text = fs::read_to_string(&roster).unwrap();
        let mut lines = text.trim_start_matches('\u{feff}').lines();
        let header: Vec<&str> = lines.next().unwrap().split(',').collect();
        let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
        let at = |row: &[&str], name: &str| {
            header
                .iter()
                .position(|h| *h == name)
                .map(|i| row[i].to_string())
                .filter(|v| !v.is_empty())
        };
        let folder = roster.parent().unwrap();
        for row in &rows {
            let record = folder.join(format!("{}.yaml", row[0]));
            let Ok(text) = fs::read_to_string(&record) else {
                continue;
            };
            if text.contains("\nname:") {
                continue; // already self-contained
            }
            let manager = at(row, "直接上级工号").unwrap();
            let boss = rows.iter().find(|r| r[0] == manager).unwrap();
            let mut head = format!(
                "name: {}\ndepartment: {}\nmanager: {{ id: {manager}, name: {}, email: {} }}\nsequence: {}\n",
                at(row, "姓名").unwrap(),
                at(row, "部门").unwrap(),
                at(boss, "姓名").unwrap(),
                at(boss, "邮箱").unwrap(),
                if at(row, "序列").unwrap() == "销售序列" {
                    "sales"
                } else {
                    "marketing"
                },
            );
            let level = at(row, "现任级别").map(|l| {
                let n = ["一级", "二级", "三级", "四级", "五级"]
                    .iter()
                    .position(|x| *x == l)
                    .unwrap()
                    + 1;
                format!(
                    "{}{n}",
                    if head.contains("sequence: sales") {
                        "s"
                    } else {
                        "m"
                    }
                )
            });
            if let Some(level) = &level {
                head += &format!("current_level: {level}\n");
            }
            let education = match at(row, "学历").unwrap().as_str() {
                "大专" => "associate",
                "本科" => "bachelor",
                "硕士" => "master",
                other => panic!("{other}"),
            };
            let mut facts = format!("  education: {education}\n");
            for (column, key) in [
                ("专业", "major"),
                ("职称", "title"),
                ("相关工作经验（年）", "experience_years"),
                ("现职年限", "years_in_level"),
                ("培训学时", "training_hours"),
            ] {
                if let Some(v) = at(row, column) {
                    facts += &format!("  {key}: {v}\n");
                }
            }
            let certifications = at(row, "资格认证")
                .map(|c| c.replace('、', ", "))
                .unwrap_or_default();
            facts += &format!("  certifications: [{certifications}]\n");
            let ratings: Vec<String> = header
                .iter()
                .enumerate()
                .filter(|(_, h)| h.starts_with("绩效 "))
                .filter_map(|(i, _)| Some(row[i].to_string()).filter(|r| !r.is_empty()))
                .collect();
            facts += &format!("  performance: [{}]\n", ratings.join(", "));
            let text = text
                .replacen("\ncycle:", &format!("\n{head}cycle:"), 1)
                .replacen("\nfacts:\n", &format!("\nfacts:\n{facts}"), 1);
            fs::write(&record, text).unwrap();
            inlined += 1;
        }
        fs::remove_file(&roster).unwrap();
    }
    assert!(inlined >= 40, "{inlined} records inlined");
    // The applications of a cycle without records need its roster: they go with it.
    fs::remove_dir_all(assessments.join("2025H1")).unwrap();
    for dir in [&lean, &full] {
        let out = rungs(dir.path(), &["build", "content", "--out", "out"]);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
    }
    let (a, b) = (
        walk(&lean.path().join("out")),
        walk(&full.path().join("out")),
    );
    assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(
            x.strip_prefix(lean.path()).unwrap(),
            y.strip_prefix(full.path()).unwrap()
        );
        assert!(
            fs::read(x).unwrap() == fs::read(y).unwrap(),
            "{} differs",
            x.display()
        );
    }
}

#[test]
fn a_blank_roster_cell_a_record_leaves_to_it_is_missing_not_a_crash() {
    let roster = "工号,姓名,部门,序列\r\nE1,张三,,sales\r\n";
    let record = LEAN_RECORD.replace(
        "applied_level: s2\n",
        "current_level: s1\napplied_level: s2\n",
    );
    let dir = project(&[
        ("assessments/2024H1/people.csv", roster.as_bytes().to_vec()),
        ("assessments/2024H1/E1.yaml", record.into_bytes()),
    ]);
    let out = rungs(dir.path(), &["check", "content"]);
    let said = stderr(&out);
    assert!(
        said.contains("error[missing-field]: the record gives no `department`"),
        "{said}"
    );
    assert!(said.contains("leaves these blank for E1"), "{said}");
    assert_eq!(code(&out), 1);
}

/// The sample, copied: its 2025H1 cycle has a roster, a screening date and applications.
fn sample() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("content"), &dir.path().join("content"));
    dir
}

#[test]
fn the_eligibility_command_writes_the_committees_list_and_the_workbook() {
    use calamine::Reader;
    let dir = sample();
    let run = |args: &[&str]| {
        let mut all = vec!["eligibility", "content"];
        all.extend_from_slice(args);
        rungs(dir.path(), &all)
    };
    let out = run(&["--cycle", "2025H1", "--out", "e.pdf"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).contains("on 2025-05-31"), "{}", stderr(&out));
    let text = pdf_text(&fs::read(dir.path().join("e.pdf")).unwrap());
    for expected in ["2025H1", "卢晓彤", "E1017", "2025-05-31"] {
        assert!(text.contains(expected), "{expected} in the list");
    }

    let out = run(&["--cycle", "2025H1", "--out", "e.xlsx"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let said = stderr(&out);
    let candidates: usize = said
        .lines()
        .find_map(|l| l.strip_prefix("wrote e.xlsx: "))
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("a count of candidates: {said}"));
    let mut book = calamine::open_workbook_auto(dir.path().join("e.xlsx")).unwrap();
    let names = book.sheet_names();
    assert_eq!(names.len(), 4, "{names:?}");
    let first = book.worksheet_range(&names[0]).unwrap();
    assert_eq!(
        first.height(),
        1 + candidates,
        "one row per candidate under the header"
    );

    // Filters narrow it; the same list twice is the same bytes.
    let out = run(&[
        "--cycle",
        "2025H1",
        "--sequence",
        "销售序列",
        "--level",
        "三级",
        "--out",
        "s3.xlsx",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let mut book = calamine::open_workbook_auto(dir.path().join("s3.xlsx")).unwrap();
    let s3 = book.worksheet_range(&book.sheet_names()[0]).unwrap();
    assert!(
        s3.height() > 1 && s3.height() < first.height(),
        "{}",
        s3.height()
    );
    let again = run(&["--cycle", "2025H1", "--out", "again.xlsx"]);
    assert_eq!(code(&again), 0);
    assert!(
        fs::read(dir.path().join("again.xlsx")).unwrap()
            == fs::read(dir.path().join("e.xlsx")).unwrap()
    );

    // A cycle without a screening date takes --on; one without a roster, a level without a
    // sequence and a file of another kind are refused with what to do.
    let out = run(&["--cycle", "2024H2", "--out", "x.pdf"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("cycle 2024H2 has no screening date"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("--on YYYY-MM-DD"), "{}", stderr(&out));
    let out = run(&["--cycle", "2024H2", "--on", "2024-12-01", "--out", "x.pdf"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = run(&["--cycle", "2099H1", "--out", "x.pdf"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("cycle 2099H1 has no roster to screen"),
        "{}",
        stderr(&out)
    );
    let out = run(&["--cycle", "2025H1", "--level", "三级", "--out", "x.pdf"]);
    assert!(
        stderr(&out).contains("`--level` needs `--sequence`"),
        "{}",
        stderr(&out)
    );
    let out = run(&["--cycle", "2025H1", "--out", "x.txt"]);
    assert!(
        stderr(&out).contains("is neither a .pdf nor an .xlsx file"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_roster_it_cannot_read_or_without_its_columns_is_named() {
    let cases: [(&str, &[u8], &str); 3] = [
        (
            "people.csv",
            "姓名,部门\r\n张三,销售部\r\n".as_bytes(),
            "error[missing-column]: the roster has no employee ID column",
        ),
        (
            "people.csv",
            "工号,部门\r\nE1,销售部\r\n".as_bytes(),
            "error[missing-column]: the roster has no name column",
        ),
        (
            "people.xlsx",
            b"not a workbook".as_slice(),
            "error[unreadable-sheet]",
        ),
    ];
    for (name, bytes, expected) in cases {
        let dir = project(&[(&format!("assessments/2024H1/{name}"), bytes.to_vec())]);
        let out = rungs(dir.path(), &["check", "content"]);
        assert_eq!(code(&out), 1, "{name}");
        assert!(
            stderr(&out).contains(expected),
            "{expected}\n{}",
            stderr(&out)
        );
    }
}

#[test]
fn a_record_nobody_applied_for_and_a_recertification_setting_below_zero_are_reported() {
    let roster = "工号,姓名,部门,序列,学历\r\nE1,张三,销售部,sales,本科\r\nE2,王五,销售部,sales,高中/中专\r\n";
    let dir = project(&[
        ("assessments/2024H1/people.csv", roster.as_bytes().to_vec()),
        (
            "assessments/2024H1/applications.yaml",
            b"applications:\n  - { employee_id: E2, level: s1 }\n".to_vec(),
        ),
    ]);
    let out = rungs(dir.path(), &["check", "content"]);
    let said = stderr(&out);
    assert!(
        said.contains("warning[unapplied-record]: E1 has a record for s2 in 2024H1, which takes applications, but did not apply for it"),
        "{said}"
    );
    assert!(!said.contains("E2 has a record"), "E2 applied: {said}");

    replace_in(
        &dir.path().join("content"),
        "rungs.yaml",
        "recertify_after_years: 3",
        "recertify_after_years: 0",
    );
    let out = rungs(dir.path(), &["check", "content"]);
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("error[out-of-range]: `0` is not above zero"),
        "{}",
        stderr(&out)
    );
}
