//! Sheets in and out, end to end on a copy of the sample: a pre-filled template imported
//! unchanged changes nothing; a template filled in here imports to the verdicts expected;
//! sheets as Chinese Excel saves them (GBK, numbers as text, full-width digits, other date
//! forms) merge into records and keep evidence, comments and plans; a bad cell is named by
//! sheet, row, column and value and nothing is written; importing twice changes nothing;
//! `rungs results` filters.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use calamine::{Data, Reader};
use common::*;

/// A copy of the sample content in a temporary folder.
fn sample() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("content"), &dir.path().join("content"));
    dir
}

/// Every file of the content, by path, for "nothing changed" checks.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walk(&dir.join("content"))
        .into_iter()
        .map(|p| {
            (
                p.strip_prefix(dir).unwrap().display().to_string(),
                fs::read(&p).unwrap(),
            )
        })
        .collect()
}

/// The sample's sales s2 sheet for 2024H2, pre-filled, written to `name` (.xlsx or .csv).
fn pre_filled(dir: &Path, name: &str) -> String {
    ok(
        dir,
        &[
            "template",
            "--sequence",
            "sales",
            "--level",
            "s2",
            "--with-records",
            "2024H2",
            "--out",
            name,
        ],
    )
}

fn ok(dir: &Path, args: &[&str]) -> String {
    let out = rungs(dir, args);
    assert_eq!(code(&out), 0, "rungs {args:?}\n{}", stderr(&out));
    stderr(&out)
}

/// The cells of a workbook's first sheet, as text.
fn read_xlsx(path: &Path) -> (String, Vec<Vec<String>>) {
    let mut book = calamine::open_workbook_auto(path).unwrap();
    let (name, range) = book.worksheets().remove(0);
    let rows = range
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Data::Empty => String::new(),
                    Data::String(s) => s.clone(),
                    Data::Float(f) => f.to_string(),
                    Data::Int(i) => i.to_string(),
                    Data::DateTime(d) => format!("serial:{}", d.as_f64()),
                    other => other.to_string(),
                })
                .collect()
        })
        .collect();
    (name, rows)
}

/// A cell a test writes: text, a number, or a date serial.
enum Put {
    Text(String),
    Number(f64),
    Date(f64),
}

/// Writes rows as a workbook, the way a person's Excel would save the filled-in sheet.
fn write_xlsx(path: &Path, sheet: &str, rows: &[Vec<Put>]) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name(sheet).unwrap();
    let date = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            match cell {
                Put::Text(s) if s.is_empty() => {}
                Put::Text(s) => {
                    ws.write_string(r, c, s).unwrap();
                }
                Put::Number(n) => {
                    ws.write_number(r, c, *n).unwrap();
                }
                Put::Date(serial) => {
                    ws.write_datetime_with_format(
                        r,
                        c,
                        rust_xlsxwriter::ExcelDateTime::from_serial_datetime(*serial).unwrap(),
                        &date,
                    )
                    .unwrap();
                }
            }
        }
    }
    book.save(path).unwrap();
}

/// A pre-filled sheet as text cells, with `edit` applied to the row of `employee`.
fn edited_csv(path: &Path, employee: &str, edit: &[(&str, &str)]) -> Vec<Vec<String>> {
    let bytes = fs::read(path).unwrap();
    let text = String::from_utf8(bytes).unwrap();
    let mut rows: Vec<Vec<String>> = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    let header = rows[0].clone();
    let row = rows
        .iter_mut()
        .find(|r| r[0] == employee)
        .expect("the employee's row");
    for (column, value) in edit {
        let i = header
            .iter()
            .position(|h| h.trim_end_matches('*') == *column)
            .unwrap_or_else(|| panic!("no column {column}"));
        row[i] = value.to_string();
    }
    rows
}

fn to_csv(rows: &[Vec<String>]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    for r in rows {
        w.write_record(r).unwrap();
    }
    String::from_utf8(w.into_inner().unwrap()).unwrap()
}

#[test]
fn a_pre_filled_template_imported_unchanged_changes_no_record() {
    let dir = sample();
    let before = snapshot(dir.path());
    for sheet in ["s2.xlsx", "s2.csv"] {
        let said = ok(
            dir.path(),
            &[
                "template",
                "--sequence",
                "sales",
                "--level",
                "s2",
                "--with-records",
                "2024H2",
                "--out",
                sheet,
            ],
        );
        assert!(said.contains("5 rows"), "{said}");
        let said = ok(dir.path(), &["import", sheet]);
        assert!(
            said.contains("0 created, 0 updated, 5 unchanged"),
            "{sheet}: {said}"
        );
        assert_eq!(snapshot(dir.path()), before, "{sheet} changed a record");
    }
    // The workbook: headers in the content's language, the notes row, the guide sheet.
    let (name, rows) = read_xlsx(&dir.path().join("s2.xlsx"));
    assert_eq!(name, "销售序列·二级");
    assert_eq!(rows[0][0], "工号*");
    assert!(rows[0].contains(&"客户导向".to_string()) && rows[0].contains(&"笔试成绩".to_string()));
    assert!(
        rows[1][0].starts_with("# "),
        "the notes row starts with #: {:?}",
        rows[1][0]
    );
    let customer = rows[0].iter().position(|h| h == "客户导向").unwrap();
    assert_eq!(rows[1][customer], "0–5 级，要求 2 级；关键项");
    let e1001 = rows.iter().find(|r| r[0] == "E1001").unwrap();
    assert_eq!(e1001[customer], "2");
    let date = rows[0].iter().position(|h| h == "认证日期*").unwrap();
    assert_eq!(e1001[date], "serial:45638", "dates are date cells");
    let book: calamine::Xlsx<_> = calamine::open_workbook(dir.path().join("s2.xlsx")).unwrap();
    assert_eq!(book.sheet_names(), ["销售序列·二级", "填写说明"]);
    // The same input gives the same bytes.
    let first = fs::read(dir.path().join("s2.xlsx")).unwrap();
    ok(
        dir.path(),
        &[
            "template",
            "--sequence",
            "销售序列",
            "--level",
            "二级",
            "--with-records",
            "2024H2",
            "--out",
            "s2.xlsx",
        ],
    );
    assert_eq!(fs::read(dir.path().join("s2.xlsx")).unwrap(), first);
}

#[test]
fn sheets_saved_by_libreoffice_as_ods_and_xls_import_as_no_change() {
    let dir = sample();
    let before = snapshot(dir.path());
    for sheet in ["sales-s2-2024H2.ods", "sales-s2-2024H2.xls"] {
        let path = fixtures().join("sheets").join(sheet);
        let said = ok(dir.path(), &["import", "content", path.to_str().unwrap()]);
        assert!(
            said.contains("0 created, 0 updated, 5 unchanged"),
            "{sheet}: {said}"
        );
    }
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn a_template_filled_in_imports_to_the_verdicts_expected() {
    let dir = sample();
    ok(
        dir.path(),
        &[
            "template",
            "--sequence",
            "sales",
            "--level",
            "s2",
            "--out",
            "empty.xlsx",
        ],
    );
    let (sheet, rows) = read_xlsx(&dir.path().join("empty.xlsx"));
    assert_eq!(rows.len(), 2, "an empty template: headers and notes");
    let headers = rows[0].clone();

    // What the level asks, from the library's own view of the standard.
    let project = rungs::project::Project::open(&dir.path().join("content"), None).unwrap();
    let checked = project.check().unwrap();
    let standard = &checked.model.as_ref().unwrap().standard;
    let sales = standard.sequence("sales").unwrap();
    let s2 = sales.level("s2").unwrap();
    let columns = rungs::interchange::columns::for_level(standard, sales, s2);
    let first_key = s2.requirements.iter().find(|r| r.key).unwrap();
    let first_key_name = standard.competency_name(&first_key.competency).to_string();

    use rungs::interchange::columns::{Field, Kind};
    use rungs::model::Fact;
    let row = |id: &str, name: &str, short_of_key: bool| -> Vec<Put> {
        headers
            .iter()
            .map(|h| {
                let c = columns.iter().find(|c| c.header() == *h).unwrap();
                let text = |s: &str| Put::Text(s.to_string());
                match (&c.field, &c.kind) {
                    (Field::EmployeeId, _) => text(id),
                    (Field::Name, _) => text(name),
                    (Field::Department, _) => text("华东销售部"),
                    (Field::ManagerId, _) => text("M01"),
                    (Field::ManagerName, _) => text("李强"),
                    (Field::ManagerEmail, _) => text("li.qiang@example.com"),
                    (Field::Sequence, _) => text("销售序列"),
                    (Field::Cycle, _) => text("2025H1"),
                    (Field::CurrentLevel, _) => text("一级"),
                    (Field::AppliedLevel, _) => text("二级"),
                    (Field::Date, _) => Put::Date(45_800.0),
                    (Field::Fact(Fact::Education), _) => text("本科"),
                    (Field::Fact(Fact::Certifications), _) => {
                        text(&s2.conditions.certifications.join("、"))
                    }
                    (Field::Fact(Fact::Performance), _) => text("A A A A"),
                    // Numbers stored as text, one in full-width digits.
                    (Field::Fact(Fact::ExperienceYears), _) => text("８"),
                    (Field::Fact(Fact::YearsInLevel | Fact::TrainingHours), _) => text("200"),
                    (Field::Competency { id, .. }, _)
                        if short_of_key && *id == first_key.competency =>
                    {
                        Put::Number(0.0)
                    }
                    (_, Kind::Level { max }) => Put::Number(f64::from(*max)),
                    (_, Kind::YesNo) => text("是"),
                    (_, Kind::Number { max: Some(max) }) => Put::Number(*max),
                    (Field::Kpi(kpi), _) => {
                        Put::Number(sales.kpi(kpi).unwrap().target.unwrap_or(0.0))
                    }
                    _ => text(""),
                }
            })
            .collect()
    };
    let mut sheet_rows: Vec<Vec<Put>> = rows
        .iter()
        .map(|r| r.iter().map(|c| Put::Text(c.clone())).collect())
        .collect();
    sheet_rows.push(row("N1", "周全", false));
    sheet_rows.push(row("N2", "钱缺", true));
    sheet_rows.push(Vec::new()); // an empty trailing row
    write_xlsx(&dir.path().join("filled.xlsx"), &sheet, &sheet_rows);

    let said = ok(dir.path(), &["import", "filled.xlsx"]);
    assert!(said.contains("2 created, 0 updated, 0 unchanged"), "{said}");
    let n1 = fs::read_to_string(dir.path().join("content/assessments/2025H1/N1.yaml")).unwrap();
    assert!(
        n1.contains("date: 2025-05-23"),
        "the date cell became a date:\n{n1}"
    );
    assert!(
        n1.contains("experience_years: 8"),
        "full-width digits read:\n{n1}"
    );
    ok(dir.path(), &["check", "content"]);

    let out = rungs(
        dir.path(),
        &["results", "--cycle", "2025H1", "--format", "csv"],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    let results: Vec<BTreeMap<String, String>> =
        csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes())
            .deserialize()
            .map(|r| r.unwrap())
            .collect();
    assert_eq!(results.len(), 2);
    assert_eq!(results[0]["工号"], "N1");
    assert_eq!(results[0]["是否通过"], "是", "{:?}", results[0]);
    assert_eq!(results[0]["结论"], "晋级");
    assert_eq!(results[1]["是否通过"], "否", "{:?}", results[1]);
    assert!(
        results[1]["能力差距（达到/要求，★ 关键项）"]
            .contains(&format!("{first_key_name} 0/{}★", first_key.level)),
        "{:?}",
        results[1]
    );
}

#[test]
fn a_gbk_sheet_merges_into_records_and_keeps_what_it_does_not_carry() {
    let dir = sample();
    pre_filled(dir.path(), "s2.csv");
    let rows = edited_csv(
        &dir.path().join("s2.csv"),
        "E1001",
        &[
            ("客户导向", "３"),              // full-width digit
            ("基本素质·敬业精神", " 4 "),    // a number as text, with spaces
            ("认证日期", "2024/12/12"),      // the same date, written another way
            ("绩效（由远及近）", "S,A,B,A"), // the same ratings, other separators
        ],
    );
    // What Chinese Excel saves: GBK, no BOM, and empty rows at the end.
    // (A KPI formula's minus sign is not in GBK; Excel would save it as "?".)
    let text = to_csv(&rows).replace('−', "-") + ",,,\n,,,\n";
    let (gbk, _, unmappable) = encoding_rs::GBK.encode(&text);
    assert!(!unmappable, "the sheet is all GBK");
    fs::write(dir.path().join("gbk.csv"), &gbk).unwrap();
    let before =
        fs::read_to_string(dir.path().join("content/assessments/2024H2/E1001.yaml")).unwrap();

    let said = ok(dir.path(), &["import", "gbk.csv"]);
    assert!(said.contains("0 created, 1 updated, 4 unchanged"), "{said}");
    let after =
        fs::read_to_string(dir.path().join("content/assessments/2024H2/E1001.yaml")).unwrap();
    let changed: Vec<(&str, &str)> = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(
        changed,
        [
            ("    level: 2", "    level: 3"),
            (
                "  basic: { dedication: 3, cooperation: 2, integrity: 2, initiative: 1, service: 3 }",
                "  basic: { dedication: 4, cooperation: 2, integrity: 2, initiative: 1, service: 3 }"
            ),
        ],
        "only the two cells changed; evidence, comments and the plan are kept as written"
    );
    assert_eq!(before.lines().count(), after.lines().count());

    // Twice changes nothing.
    let said = ok(dir.path(), &["import", "gbk.csv"]);
    assert!(said.contains("0 created, 0 updated, 5 unchanged"), "{said}");
    assert_eq!(
        fs::read_to_string(dir.path().join("content/assessments/2024H2/E1001.yaml")).unwrap(),
        after
    );
}

#[test]
fn a_bad_cell_is_named_and_nothing_is_written_unless_skip_bad() {
    let dir = sample();
    pre_filled(dir.path(), "s2.xlsx");
    let (sheet, mut rows) = read_xlsx(&dir.path().join("s2.xlsx"));
    let column = |h: &str| rows[0].iter().position(|x| x == h).unwrap();
    let (customer, dedication, date) = (
        column("客户导向"),
        column("基本素质·敬业精神"),
        column("认证日期*"),
    );
    let row_of = |rows: &[Vec<String>], id: &str| rows.iter().position(|r| r[0] == id).unwrap();
    let bad = row_of(&rows, "E1003");
    let good = row_of(&rows, "E1001");
    rows[bad][customer] = "七".into();
    rows[good][dedication] = "4".into();
    let cells: Vec<Vec<Put>> = rows
        .iter()
        .map(|r| {
            r.iter()
                .map(|c| match c.strip_prefix("serial:") {
                    Some(n) => Put::Date(n.parse().unwrap()),
                    None => Put::Text(c.clone()),
                })
                .collect()
        })
        .collect();
    assert!(matches!(cells[good][date], Put::Date(_)));
    write_xlsx(&dir.path().join("bad.xlsx"), &sheet, &cells);
    let before = snapshot(dir.path());

    let out = rungs(dir.path(), &["import", "bad.xlsx"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let letter = rungs::interchange::import::letter(customer);
    let said = stderr(&out);
    assert!(
        said.contains(&format!(
            "bad.xlsx › 销售序列·二级, row {}, column {letter} \"客户导向\", value \"七\"",
            bad + 1
        )),
        "{said}"
    );
    assert!(said.contains("nothing was written"), "{said}");
    assert_eq!(
        snapshot(dir.path()),
        before,
        "a failed import writes nothing"
    );

    // A check's error, too, is pointed at its cell: a manager's email that disagrees.
    let said = ok(dir.path(), &["import", "bad.xlsx", "--skip-bad"]);
    assert!(said.contains("skipped: bad.xlsx"), "{said}");
    assert!(
        said.contains("0 created, 1 updated, 3 unchanged, 1 skipped"),
        "{said}"
    );
    let e1001 =
        fs::read_to_string(dir.path().join("content/assessments/2024H2/E1001.yaml")).unwrap();
    assert!(e1001.contains("basic: { dedication: 4,"), "{e1001}");
    let e1003 = dir.path().join("content/assessments/2024H2/E1003.yaml");
    assert_eq!(
        fs::read(&e1003).unwrap(),
        before["content/assessments/2024H2/E1003.yaml"]
    );
}

#[test]
fn a_check_error_is_pointed_at_its_cell() {
    let dir = sample();
    pre_filled(dir.path(), "s2.csv");
    let rows = edited_csv(
        &dir.path().join("s2.csv"),
        "E1010",
        &[("直接上级邮箱", "not-an-email")],
    );
    fs::write(dir.path().join("mail.csv"), to_csv(&rows)).unwrap();
    let out = rungs(dir.path(), &["import", "mail.csv"]);
    assert_eq!(code(&out), 1);
    let said = stderr(&out);
    let row = rows.iter().position(|r| r[0] == "E1010").unwrap() + 1;
    assert!(
        said.contains(&format!(
            "mail.csv, row {row}, column F \"直接上级邮箱\", value \"not-an-email\""
        )) && said.contains("[bad-email]"),
        "{said}"
    );
}

#[test]
fn results_filter_and_refuse_what_names_nothing() {
    let dir = sample();
    let all = String::from_utf8(rungs(dir.path(), &["results"]).stdout).unwrap();
    let some = String::from_utf8(
        rungs(
            dir.path(),
            &[
                "results",
                "--department",
                "渠道部",
                "--manager",
                "M04",
                "--cycle",
                "2024H2",
            ],
        )
        .stdout,
    )
    .unwrap();
    let count = |text: &str| text.lines().count() - 1;
    assert!(count(&some) >= 1 && count(&some) < count(&all), "{some}");
    assert!(
        some.lines()
            .skip(1)
            .all(|l| l.contains("渠道部") && l.contains("2024H2")),
        "{some}"
    );
    let out = rungs(dir.path(), &["results", "--department", "华南"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("no department `华南`"),
        "{}",
        stderr(&out)
    );
    ok(
        dir.path(),
        &["results", "--format", "xlsx", "--out", "results.xlsx"],
    );
    let (name, rows) = read_xlsx(&dir.path().join("results.xlsx"));
    assert_eq!(name, "任职资格评定结果");
    assert_eq!(rows.len() - 1, count(&all));
}

/// A level cell takes the forms people type: the name, its number with or without 级, the
/// id, the name with the role's title, the name with its id as the notes write it; anything
/// else is named with the forms it may take.
#[test]
fn a_level_is_read_in_every_form_people_type() {
    let dir = sample();
    pre_filled(dir.path(), "s2.csv");
    let path = dir.path().join("s2.csv");
    let employees: Vec<String> = edited_csv(&path, "E1001", &[])
        .into_iter()
        .skip(1)
        .filter(|r| r[0].starts_with('E'))
        .map(|r| r[0].clone())
        // A re-certification leaves `applied_level` out; the cell would add it.
        .filter(|e| {
            let record = dir
                .path()
                .join(format!("content/assessments/2024H2/{e}.yaml"));
            fs::read_to_string(record)
                .unwrap()
                .contains("applied_level:")
        })
        .collect();
    let forms = [
        "二级",
        "2级",
        "2 级",
        "2",
        "２级",
        "s2",
        "二级 客户经理",
        "二级（s2）",
    ];
    let before = snapshot(dir.path());
    for batch in forms.chunks(employees.len()) {
        let mut rows = edited_csv(&path, &employees[0], &[]);
        for (employee, form) in employees.iter().zip(batch) {
            let edited = edited_csv(&path, employee, &[("申请级别", form)]);
            let i = rows.iter().position(|r| &r[0] == employee).unwrap();
            rows[i] = edited[i].clone();
        }
        fs::write(dir.path().join("forms.csv"), to_csv(&rows)).unwrap();
        let said = ok(dir.path(), &["import", "forms.csv"]);
        assert!(said.contains("0 created, 0 updated"), "{batch:?}: {said}");
    }
    assert_eq!(
        snapshot(dir.path()),
        before,
        "every form names the same level"
    );

    let rows = edited_csv(&path, &employees[0], &[("申请级别", "五级")]);
    fs::write(dir.path().join("wrong.csv"), to_csv(&rows)).unwrap();
    let out = rungs(dir.path(), &["import", "wrong.csv"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let said = stderr(&out);
    assert!(
        said.contains("value \"五级\"")
            && said.contains("is not a level of the sequence; write one of: 一级 (s1), 二级 (s2)")
            && said.contains("it may be written 1, 1级, 一级, s1 or 一级 助理客户经理"),
        "{said}"
    );
    // The same, said in Chinese to a Chinese user.
    let out = rungs_env(
        dir.path(),
        &["import", "wrong.csv"],
        &[("RUNGS_LANG", "zh-CN")],
    );
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let said = stderr(&out);
    assert!(
        said.contains("值「五级」")
            && said.contains("不是本序列的级别；可填：一级（s1）、二级（s2）")
            && said.contains("写法可为 1、1级、一级、s1 或 一级 助理客户经理")
            && said.contains("没有写入任何内容"),
        "{said}"
    );
}

/// Every CSV rungs writes is safe to open in Excel or WPS: a value a spreadsheet would run as a
/// formula comes out as text, and comes back unchanged when imported (with a warning).
#[test]
fn no_csv_cell_runs_as_a_formula_and_a_value_rungs_wrote_comes_back_unchanged() {
    let dir = sample();
    let hostile = "=HYPERLINK(\"http://attacker.example\",\"点我\")";
    let record = dir.path().join("content/assessments/2024H2/E1001.yaml");
    let text = fs::read_to_string(&record).unwrap();
    fs::write(
        &record,
        text.replace("name: 林晓峰", &format!("name: '{hostile}'")),
    )
    .unwrap();
    // The cycle's roster says the same, or the record would contradict it.
    let roster = dir.path().join("content/assessments/2024H2/people.csv");
    let text = fs::read_to_string(&roster).unwrap();
    let quoted = format!("\"{}\"", hostile.replace('"', "\"\""));
    fs::write(
        &roster,
        text.replace("E1001,林晓峰,", &format!("E1001,{quoted},")),
    )
    .unwrap();
    let plus = "+cmd|' /C calc'!A0";
    let competency = dir.path().join("content/competencies/teamwork.yaml");
    let text = fs::read_to_string(&competency).unwrap();
    fs::write(
        &competency,
        text.replace("name: 团队合作", &format!("name: \"{plus}\"")),
    )
    .unwrap();
    ok(
        dir.path(),
        &["build", "content", "--out", "out", "--commit", "none", "-q"],
    );
    ok(
        dir.path(),
        &[
            "distribute",
            "content",
            "--by",
            "manager",
            "--out",
            "dist",
            "--commit",
            "none",
            "-q",
            "--no-reuse",
        ],
    );
    ok(
        dir.path(),
        &["export", "content", "--format", "csv", "--out", "grids"],
    );
    ok(dir.path(), &["results", "content", "--out", "results.csv"]);
    pre_filled(dir.path(), "s2.csv");
    let mut checked = 0;
    for path in walk(dir.path()) {
        if path.extension().is_none_or(|e| e != "csv")
            || path.starts_with(dir.path().join("content"))
        {
            continue;
        }
        let bytes = fs::read(&path).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        for record in reader.records() {
            for cell in record.unwrap().iter() {
                let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r'])
                    && cell.trim().parse::<f64>().is_err();
                assert!(!risky, "{}: {cell}", path.display());
            }
        }
        checked += 1;
    }
    assert!(checked >= 8, "{checked} CSV files read");
    let results = fs::read_to_string(dir.path().join("results.csv")).unwrap();
    assert!(
        results.contains(&format!("\"'{}\"", hostile.replace('"', "\"\""))),
        "{results}"
    );
    // Imported back: the name is what it was, so the record does not change; and it is said.
    let before = snapshot(dir.path());
    let out = rungs(dir.path(), &["import", "content", "s2.csv"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(snapshot(dir.path()), before, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("looks like a spreadsheet formula"),
        "{}",
        stderr(&out)
    );
}

/// A formula whose result the file does not hold is named by its cell, never read as empty.
#[test]
fn a_formula_without_a_saved_result_is_refused_by_its_cell() {
    let dir = sample();
    pre_filled(dir.path(), "s2.csv");
    let rows = edited_csv(&dir.path().join("s2.csv"), "E1001", &[]);
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    for (r, row) in rows.iter().enumerate() {
        for (c, value) in row.iter().enumerate() {
            if value.is_empty() {
                continue;
            }
            let (r, c) = (r as u32, c as u16);
            // The exam score of the first employee: a formula saved without its result.
            if r == 2 && rows[0][c as usize].starts_with("笔试") {
                ws.write_formula(r, c, rust_xlsxwriter::Formula::new("=10+5").set_result(""))
                    .unwrap();
            } else {
                ws.write_string(r, c, value).unwrap();
            }
        }
    }
    // Saved as programs that do not calculate save it: the formula without its result.
    let saved = book.save_to_buffer().unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(saved)).unwrap();
    let mut patched = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let name = entry.name().unwrap().to_string();
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut entry, &mut bytes).unwrap();
        if name == "xl/worksheets/sheet1.xml" {
            let xml = String::from_utf8(bytes).unwrap();
            assert!(xml.contains("<f>10+5</f><v>0</v>"), "{xml}");
            bytes = xml
                .replace("<f>10+5</f><v>0</v>", "<f>10+5</f>")
                .into_bytes();
        }
        patched
            .start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        std::io::Write::write_all(&mut patched, &bytes).unwrap();
    }
    fs::write(
        dir.path().join("formula.xlsx"),
        patched.finish().unwrap().into_inner(),
    )
    .unwrap();
    let out = rungs(dir.path(), &["import", "content", "formula.xlsx"]);
    assert_ne!(code(&out), 0);
    assert!(
        stderr(&out).contains("the formula =10+5 has no saved result"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("row 3, column"), "{}", stderr(&out));
}

/// Import is bounded: a zip bomb is refused by its directory, a sheet of 100,000 rows by the
/// row budget, and an encoding rungs cannot read is named as such.
#[test]
fn import_refuses_bombs_huge_sheets_and_unknown_encodings_by_name() {
    let dir = sample();
    // A workbook whose directory says one part unpacks to 4 GB.
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("xl/worksheets/sheet1.xml", stored).unwrap();
    std::io::Write::write_all(&mut zip, b"<worksheet/>").unwrap();
    let mut bytes = zip.finish().unwrap().into_inner();
    let central = bytes
        .windows(4)
        .position(|w| w == [0x50, 0x4b, 0x01, 0x02])
        .unwrap();
    bytes[central + 24..central + 28].copy_from_slice(&0xF000_0000u32.to_le_bytes());
    fs::write(dir.path().join("bomb.xlsx"), bytes).unwrap();
    let out = rungs(dir.path(), &["import", "content", "bomb.xlsx"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("bomb.xlsx` would unpack to"),
        "{}",
        stderr(&out)
    );

    let mut big = String::from("工号,姓名\n");
    for i in 0..100_000 {
        big.push_str(&format!("E{i},员工{i}\n"));
    }
    fs::write(dir.path().join("big.csv"), big).unwrap();
    let out = rungs(dir.path(), &["import", "content", "big.csv"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("more than 50000 rows"),
        "{}",
        stderr(&out)
    );

    fs::write(
        dir.path().join("latin1.csv"),
        b"Nom,Caf\xe9,\nE1001,Fran\xe7ois\n",
    )
    .unwrap();
    let out = rungs(dir.path(), &["import", "content", "latin1.csv"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("is neither UTF-8 nor GBK"),
        "{}",
        stderr(&out)
    );
    let utf16: Vec<u8> = "工号,姓名\nE1001,林晓峰\n"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    fs::write(dir.path().join("utf16.csv"), utf16).unwrap();
    let out = rungs(dir.path(), &["import", "content", "utf16.csv"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("UTF-16 without a byte-order mark"),
        "{}",
        stderr(&out)
    );
    assert_eq!(snapshot(dir.path()), snapshot(dir.path()));
}

#[test]
fn a_large_import_shows_the_first_rows_warnings_and_counts_the_rest() {
    let dir = sample();
    let mut rows = String::from("工号,姓名,部门,序列,评定周期,申请级别,评定日期\n");
    for i in 0..2_000 {
        rows.push_str(&format!(
            "X{i},员工{i},华东销售部,sales,2025H1,s1,2025-06-01\n"
        ));
    }
    fs::write(dir.path().join("many.csv"), rows).unwrap();
    let before = snapshot(dir.path());
    let out = rungs(dir.path(), &["import", "content", "many.csv", "--dry-run"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let err = stderr(&out);
    let warnings: Vec<&str> = err.lines().filter(|l| l.starts_with("warning:")).collect();
    // Twenty rows shown (at most five lines each), then one line for the other 1,980.
    assert!(
        warnings.len() <= 20 * 5 + 1,
        "{} warning lines",
        warnings.len()
    );
    assert!(err.contains("many.csv, row 21 (X19)"), "{err}");
    assert!(!err.contains("many.csv, row 22 (X20)"), "{err}");
    let last = warnings.last().unwrap();
    assert!(
        last.starts_with("warning: 1980 more rows have warnings: ")
            && last.contains("missing-fact"),
        "{last}"
    );
    assert!(err.contains("2000 created"), "{err}");
    assert_eq!(snapshot(dir.path()), before);
}
