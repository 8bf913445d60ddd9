//! The standard as a workbook, both ways, end to end on a copy of the sample: exported and
//! imported unchanged it changes no byte; one cell changed in a grid is one line changed in
//! one file, said in `rungs diff`'s words; a new competency row makes a new file that checks
//! clean; a renamed level title is one line; a removal is refused without the flag; a bad cell
//! is named by sheet, row, column and value with nothing written; and a workbook filled in
//! from scratch makes a new project that `check` accepts.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use common::*;
use rungs::spreadsheet::{self, Cell, Sheet};

fn sample() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("content"), &dir.path().join("content"));
    dir
}

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

fn ok(dir: &Path, args: &[&str]) -> String {
    let out = rungs(dir, args);
    assert_eq!(code(&out), 0, "rungs {args:?}\n{}", stderr(&out));
    stderr(&out)
}

/// The sample's workbook, read back as sheets.
fn exported(dir: &Path) -> Vec<Sheet> {
    ok(
        dir,
        &[
            "export",
            "content",
            "--format",
            "xlsx",
            "--out",
            "standard.xlsx",
        ],
    );
    spreadsheet::read(&dir.join("standard.xlsx")).unwrap()
}

/// `sheets` written again as a plain workbook, as a spreadsheet program saves what it read
/// (no formats, drop-downs or notes), to `name`.
fn save(dir: &Path, name: &str, sheets: &[Sheet]) {
    let mut book = rust_xlsxwriter::Workbook::new();
    for sheet in sheets {
        let ws = book.add_worksheet();
        ws.set_name(&sheet.name).unwrap();
        for (r, row) in sheet.rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                match cell {
                    Cell::Text(t) => {
                        ws.write_string(r as u32, c as u16, t).unwrap();
                    }
                    Cell::Number(n) => {
                        ws.write_number(r as u32, c as u16, *n).unwrap();
                    }
                    _ => {}
                }
            }
        }
    }
    book.save(dir.join(name)).unwrap();
}

fn sheet<'a>(sheets: &'a mut [Sheet], name: &str) -> &'a mut Sheet {
    sheets
        .iter_mut()
        .find(|s| s.name == name)
        .unwrap_or_else(|| panic!("no sheet {name}"))
}

fn column(sheet: &Sheet, header: &str) -> usize {
    sheet.rows[0]
        .iter()
        .position(|c| c.shown() == header)
        .unwrap_or_else(|| panic!("no column {header} in {}", sheet.name))
}

/// A level's column of a per-sequence sheet: its header starts with the level's id.
fn level_column(sheet: &Sheet, id: &str) -> usize {
    sheet.rows[0]
        .iter()
        .position(|c| c.shown().split_whitespace().next() == Some(id))
        .unwrap_or_else(|| panic!("no level {id} in {}", sheet.name))
}

fn row_of(sheet: &Sheet, col: usize, value: &str) -> usize {
    sheet
        .rows
        .iter()
        .position(|r| r.get(col).is_some_and(|c| c.shown() == value))
        .unwrap_or_else(|| panic!("no row {value} in {}", sheet.name))
}

fn set(sheet: &mut Sheet, row: usize, col: usize, cell: Cell) {
    let r = &mut sheet.rows[row];
    if r.len() <= col {
        r.resize(col + 1, Cell::Empty);
    }
    r[col] = cell;
}

/// The lines that differ between the snapshot and the content now, as (path, old, new).
fn changed_lines(
    before: &BTreeMap<String, Vec<u8>>,
    after: &BTreeMap<String, Vec<u8>>,
) -> Vec<(String, Vec<String>, Vec<String>)> {
    let mut out = Vec::new();
    for (path, new) in after {
        let old = before.get(path).cloned().unwrap_or_default();
        if &old == new {
            continue;
        }
        let (old, new) = (
            String::from_utf8(old).unwrap(),
            String::from_utf8(new.clone()).unwrap(),
        );
        let old_lines: Vec<&str> = old.lines().collect();
        let new_lines: Vec<&str> = new.lines().collect();
        let gone: Vec<String> = old_lines
            .iter()
            .filter(|l| !new_lines.contains(l))
            .map(|l| l.to_string())
            .collect();
        let came: Vec<String> = new_lines
            .iter()
            .filter(|l| !old_lines.contains(l))
            .map(|l| l.to_string())
            .collect();
        out.push((path.clone(), gone, came));
    }
    for path in before.keys().filter(|p| !after.contains_key(*p)) {
        out.push((path.clone(), vec!["(file)".into()], vec![]));
    }
    out
}

#[test]
fn an_unchanged_workbook_changes_nothing() {
    let dir = sample();
    let before = snapshot(dir.path());
    let sheets = exported(dir.path());
    let names: Vec<&str> = sheets.iter().map(|s| s.name.as_str()).collect();
    for name in [
        "说明",
        "能力素质",
        "能力等级",
        "序列",
        "职级",
        "评分模块",
        "KPI",
        "岗位",
        "行为标准",
        "能力要求·销售序列",
        "行为要求·营销序列",
        "计分·销售序列",
    ] {
        assert!(names.contains(&name), "no sheet {name}: {names:?}");
    }
    let said = ok(dir.path(), &["import", "content", "standard.xlsx"]);
    assert!(said.contains("nothing to write"), "{said}");
    assert_eq!(snapshot(dir.path()), before);
    // Saved again by a program that keeps only the values: still nothing.
    save(dir.path(), "resaved.xlsx", &sheets);
    ok(
        dir.path(),
        &["import", "content", "resaved.xlsx", "--standard"],
    );
    assert_eq!(snapshot(dir.path()), before);
    // The same input gives the same bytes.
    let first = fs::read(dir.path().join("standard.xlsx")).unwrap();
    exported(dir.path());
    assert_eq!(first, fs::read(dir.path().join("standard.xlsx")).unwrap());
}

#[test]
fn one_changed_grid_cell_is_one_changed_line_said_as_diff_says_it() {
    let dir = sample();
    let before = snapshot(dir.path());
    let mut sheets = exported(dir.path());
    let grid = sheet(&mut sheets, "能力要求·销售序列");
    let s2 = level_column(grid, "s2");
    let row = row_of(grid, 0, "communication");
    assert_eq!(grid.rows[row][s2].shown(), "2");
    set(grid, row, s2, Cell::Text("3★".into()));
    save(dir.path(), "edited.xlsx", &sheets);
    let said = ok(dir.path(), &["import", "content", "edited.xlsx"]);
    let changes = changed_lines(&before, &snapshot(dir.path()));
    assert_eq!(
        changes,
        [(
            "content/sequences/sales.yaml".to_string(),
            vec!["      - { competency: communication, level: 2, key: false }".to_string()],
            vec!["      - { competency: communication, level: 3, key: true }".to_string()],
        )],
        "{said}"
    );
    // The summary names the change as `rungs diff` does, and only it.
    assert!(said.contains("销售序列 › 二级 › 沟通能力"), "{said}");
    assert!(said.contains("1 change"), "{said}");
    // s3 required communication 3 already: raising s2 to it leaves s3 as it was.
    ok(dir.path(), &["check", "content"]);
    // Importing the same workbook again changes nothing more.
    let again = snapshot(dir.path());
    ok(dir.path(), &["import", "content", "edited.xlsx"]);
    assert_eq!(snapshot(dir.path()), again);
}

#[test]
fn a_level_inherits_what_the_sheet_repeats() {
    let dir = sample();
    let before = snapshot(dir.path());
    let mut sheets = exported(dir.path());
    // s4 lists no communication of its own: it inherits s3's 3. Saying 3 there is no change;
    // saying 4 adds one entry to s4, not a copy of everything s4 inherits.
    let grid = sheet(&mut sheets, "能力要求·销售序列");
    let (s4, row) = (level_column(grid, "s4"), row_of(grid, 0, "communication"));
    assert_eq!(grid.rows[row][s4].shown(), "3");
    set(grid, row, s4, Cell::Number(3.0));
    save(dir.path(), "same.xlsx", &sheets);
    assert!(ok(dir.path(), &["import", "content", "same.xlsx"]).contains("nothing to write"));
    let grid = sheet(&mut sheets, "能力要求·销售序列");
    set(grid, row, s4, Cell::Text("3★".into()));
    save(dir.path(), "raised.xlsx", &sheets);
    ok(dir.path(), &["import", "content", "raised.xlsx"]);
    let changes = changed_lines(&before, &snapshot(dir.path()));
    assert_eq!(changes.len(), 1);
    assert_eq!(changes[0].1, Vec::<String>::new(), "nothing removed");
    assert_eq!(
        changes[0].2,
        ["      - { competency: communication, level: 3, key: true }"]
    );
    // A blank where the level below requires something is refused, at its cell.
    let grid = sheet(&mut sheets, "能力要求·销售序列");
    set(grid, row, s4, Cell::Empty);
    save(dir.path(), "blank.xlsx", &sheets);
    let now = snapshot(dir.path());
    let out = rungs(dir.path(), &["import", "content", "blank.xlsx"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert_eq!(snapshot(dir.path()), now);
}

#[test]
fn a_new_competency_row_is_a_new_file_that_checks_clean() {
    let dir = sample();
    let mut sheets = exported(dir.path());
    let dictionary = sheet(&mut sheets, "能力素质");
    let n = dictionary.rows.len();
    let (id, name, category, definition) = (
        column(dictionary, "能力编号"),
        column(dictionary, "名称"),
        column(dictionary, "类别"),
        column(dictionary, "定义"),
    );
    dictionary
        .rows
        .push(vec![Cell::Empty; dictionary.rows[0].len()]);
    set(dictionary, n, id, Cell::Text("data-literacy".into()));
    set(dictionary, n, name, Cell::Text("数据素养".into()));
    set(dictionary, n, category, Cell::Text("技能·能力".into()));
    set(
        dictionary,
        n,
        definition,
        Cell::Text("读懂并运用业务数据作出判断的能力。".into()),
    );
    let levels = sheet(&mut sheets, "能力等级");
    let (cid, level, title, behaviours, course) = (
        column(levels, "能力编号"),
        column(levels, "等级"),
        column(levels, "等级名称"),
        column(levels, "行为描述"),
        column(levels, "培训课程（10%）"),
    );
    for l in 1..=2 {
        let r = levels.rows.len();
        levels.rows.push(vec![Cell::Empty; levels.rows[0].len()]);
        set(levels, r, cid, Cell::Text("data-literacy".into()));
        set(levels, r, level, Cell::Number(l as f64));
        set(levels, r, title, Cell::Text(format!("第{l}级")));
        set(
            levels,
            r,
            behaviours,
            Cell::Text("能读懂报表\n能指出数据中的异常".into()),
        );
        set(levels, r, course, Cell::Text("《数据分析入门》".into()));
    }
    let grid = sheet(&mut sheets, "能力要求·销售序列");
    let r = grid.rows.len();
    grid.rows.push(vec![Cell::Empty; grid.rows[0].len()]);
    set(grid, r, 1, Cell::Text("数据素养".into()));
    let s3 = level_column(grid, "s3");
    set(grid, r, s3, Cell::Text("2".into()));
    set(grid, r, s3 + 1, Cell::Text("2".into()));
    save(dir.path(), "new.xlsx", &sheets);
    let said = ok(dir.path(), &["import", "content", "new.xlsx"]);
    assert!(
        said.contains("Created content/competencies/data-literacy.yaml"),
        "{said}"
    );
    let file =
        fs::read_to_string(dir.path().join("content/competencies/data-literacy.yaml")).unwrap();
    assert!(file.starts_with("# yaml-language-server: $schema=../../schemas/competency.schema.json\nid: data-literacy\nname: 数据素养\ncategory: skill\n"), "{file}");
    assert!(
        file.contains("    behaviours: [能读懂报表, 能指出数据中的异常]\n"),
        "{file}"
    );
    assert!(
        file.contains("{ kind: course, text: 《数据分析入门》 }"),
        "{file}"
    );
    let sales = fs::read_to_string(dir.path().join("content/sequences/sales.yaml")).unwrap();
    assert_eq!(
        sales.matches("competency: data-literacy").count(),
        1,
        "s4 inherits s3's"
    );
    ok(dir.path(), &["check", "content"]);
}

#[test]
fn a_renamed_level_title_is_one_line() {
    let dir = sample();
    let before = snapshot(dir.path());
    let mut sheets = exported(dir.path());
    let levels = sheet(&mut sheets, "职级");
    let (id, title) = (column(levels, "职级编号"), column(levels, "职衔"));
    let row = row_of(levels, id, "s3");
    assert_eq!(levels.rows[row][title].shown(), "高级客户经理");
    set(levels, row, title, Cell::Text("资深客户经理".into()));
    save(dir.path(), "renamed.xlsx", &sheets);
    let said = ok(dir.path(), &["import", "content", "renamed.xlsx"]);
    assert_eq!(
        changed_lines(&before, &snapshot(dir.path())),
        [(
            "content/sequences/sales.yaml".to_string(),
            vec!["    title: 高级客户经理".to_string()],
            vec!["    title: 资深客户经理".to_string()],
        )]
    );
    assert!(said.contains("资深客户经理"), "{said}");
}

#[test]
fn a_removal_needs_the_flag() {
    let dir = sample();
    let before = snapshot(dir.path());
    let mut sheets = exported(dir.path());
    let levels = sheet(&mut sheets, "能力等级");
    let (cid, level, behaviours) = (
        column(levels, "能力编号"),
        column(levels, "等级"),
        column(levels, "行为描述"),
    );
    let row = levels
        .rows
        .iter()
        .position(|r| r[cid].shown() == "communication" && r[level].shown() == "2")
        .unwrap();
    let kept: Vec<String> = levels.rows[row][behaviours]
        .shown()
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(kept.len(), 4);
    set(levels, row, behaviours, Cell::Text(kept[..3].join("\n")));
    save(dir.path(), "fewer.xlsx", &sheets);
    let out = rungs(dir.path(), &["import", "content", "fewer.xlsx"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("removes content/competencies/communication.yaml:26"),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("--allow-removals"),
        "{}",
        stderr(&out)
    );
    assert_eq!(snapshot(dir.path()), before);
    ok(
        dir.path(),
        &["import", "content", "fewer.xlsx", "--allow-removals"],
    );
    assert_eq!(
        changed_lines(&before, &snapshot(dir.path())),
        [(
            "content/competencies/communication.yaml".to_string(),
            vec!["      - 能准确理解和使用专业词汇".to_string()],
            vec![],
        )]
    );
}

#[test]
fn a_bad_cell_is_named_and_nothing_is_written() {
    let dir = sample();
    let before = snapshot(dir.path());
    let mut sheets = exported(dir.path());
    let grid = sheet(&mut sheets, "能力要求·销售序列");
    let (s2, row) = (level_column(grid, "s2"), row_of(grid, 0, "influence"));
    set(grid, row, s2, Cell::Text("9★".into()));
    let kpis = sheet(&mut sheets, "KPI");
    let (id, target) = (column(kpis, "KPI 编号"), column(kpis, "目标值"));
    let krow = row_of(kpis, id, "collection-rate");
    set(kpis, krow, target, Cell::Text("九十五".into()));
    save(dir.path(), "bad.xlsx", &sheets);
    let out = rungs_env(
        dir.path(),
        &["import", "content", "bad.xlsx"],
        &[("RUNGS_LANG", "zh-CN")],
    );
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    let said = stderr(&out);
    assert!(
        said.contains(&format!("能力要求·销售序列 第 {} 行", row + 1))
            && said.contains("「9★」")
            && said.contains("共有 5 个等级"),
        "{said}"
    );
    assert!(
        said.contains(&format!("KPI 第 {} 行", krow + 1))
            && said.contains("「九十五」")
            && said.contains("请填写数字"),
        "{said}"
    );
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn a_workbook_filled_from_scratch_makes_a_project_that_checks() {
    let dir = tempfile::tempdir().unwrap();
    // The starter's workbook is where a new standard begins: its example rows show the way.
    ok(
        dir.path(),
        &[
            "export",
            "--format",
            "xlsx",
            "--starter",
            "--out",
            "starter.xlsx",
            "--lang",
            "zh-CN",
        ],
    );
    let starter = spreadsheet::read(&dir.path().join("starter.xlsx")).unwrap();
    assert!(
        starter
            .iter()
            .any(|s| s.name == "能力素质" && s.rows.len() > 2)
    );
    // HR's own standard, typed in from scratch: two competencies, one sequence of two levels.
    let text = |s: &str| Cell::Text(s.to_string());
    let sheet_of = |name: &str, rows: Vec<Vec<Cell>>| Sheet {
        name: name.to_string(),
        rows,
    };
    let sheets = vec![
        sheet_of(
            "能力类别",
            vec![
                vec![text("类别编号"), text("名称"), text("说明")],
                vec![text("skill"), text("专业能力"), Cell::Empty],
                vec![text("quality"), text("职业素养"), Cell::Empty],
            ],
        ),
        sheet_of(
            "能力素质",
            vec![
                vec![
                    text("能力编号"),
                    text("名称"),
                    text("类别"),
                    text("定义"),
                    text("关键点"),
                    text("一句话标准"),
                ],
                vec![text("# 说明行不读取")],
                vec![
                    text("service"),
                    text("服务意识"),
                    text("专业能力"),
                    text("主动了解并满足客户需求。"),
                    Cell::Empty,
                    Cell::Empty,
                ],
                vec![
                    text("honesty"),
                    text("诚实守信"),
                    text("职业素养"),
                    text("言行一致，信守承诺。"),
                    Cell::Empty,
                    text("无弄虚作假行为"),
                ],
            ],
        ),
        sheet_of(
            "能力等级",
            vec![
                vec![
                    text("能力编号"),
                    text("等级"),
                    text("等级名称"),
                    text("行为描述"),
                ],
                vec![
                    text("service"),
                    Cell::Number(1.0),
                    text("响应"),
                    text("及时回应客户咨询"),
                ],
                vec![
                    text("service"),
                    Cell::Number(2.0),
                    text("主动"),
                    text("主动发现客户需求\n跟进直至解决"),
                ],
            ],
        ),
        sheet_of(
            "序列",
            vec![
                vec![text("序列编号"), text("名称"), text("排序"), text("说明")],
                vec![
                    text("support"),
                    text("客服序列"),
                    Cell::Number(1.0),
                    text("面向客户的服务岗位。"),
                ],
            ],
        ),
        sheet_of(
            "职级",
            vec![
                vec![
                    text("序列编号"),
                    text("职级编号"),
                    text("名称"),
                    text("职衔"),
                    text("学历"),
                    text("工作年限"),
                    text("合格分"),
                ],
                vec![
                    text("support"),
                    text("c1"),
                    text("一级"),
                    text("客服专员"),
                    text("大专"),
                    Cell::Number(0.0),
                    Cell::Empty,
                ],
                vec![
                    text("support"),
                    text("c2"),
                    text("二级"),
                    text("资深客服"),
                    text("大专"),
                    Cell::Number(2.0),
                    Cell::Empty,
                ],
            ],
        ),
        sheet_of(
            "能力要求·客服序列",
            vec![
                vec![
                    text("能力编号"),
                    text("能力名称"),
                    text("c1 一级"),
                    text("c2 二级"),
                ],
                vec![Cell::Empty, text("服务意识"), text("1★"), text("2★")],
                vec![text("honesty"), text("诚实守信"), text("✓"), text("✓")],
            ],
        ),
    ];
    save(dir.path(), "filled.xlsx", &sheets);
    let said = ok(dir.path(), &["init", "mine", "--from", "filled.xlsx"]);
    assert!(said.contains("content/sequences/support.yaml"), "{said}");
    ok(&dir.path().join("mine"), &["check"]);
    let sequence =
        fs::read_to_string(dir.path().join("mine/content/sequences/support.yaml")).unwrap();
    // c2 says education once: it inherits c1's.
    assert_eq!(
        sequence.matches("education: associate").count(),
        1,
        "{sequence}"
    );
    assert!(
        sequence.contains("{ competency: honesty, key: false }")
            || sequence.contains("{ competency: honesty }"),
        "{sequence}"
    );
    // The project's workbook reads back as it was filled.
    ok(
        &dir.path().join("mine"),
        &["export", "--format", "xlsx", "--out", "again.xlsx"],
    );
    let before = snapshot(&dir.path().join("mine"));
    ok(&dir.path().join("mine"), &["import", "again.xlsx"]);
    assert_eq!(snapshot(&dir.path().join("mine")), before);
    // A file that is not a standard workbook makes no project.
    fs::write(dir.path().join("people.csv"), "工号,姓名\nE1,张三\n").unwrap();
    let out = rungs(dir.path(), &["init", "other", "--from", "people.csv"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(!dir.path().join("other").exists());
}

#[test]
fn cleared_cells_remove_exactly_their_entries_whatever_the_row_order() {
    let dir = sample();
    let before = snapshot(dir.path());
    let mut sheets = exported(dir.path());
    let grid = sheet(&mut sheets, "能力要求·销售序列");
    // Rows in another order, as a sort in Excel leaves them.
    grid.rows[2..].reverse();
    let s1 = level_column(grid, "s1");
    for id in ["teamwork", "analytical-thinking"] {
        let row = row_of(grid, 0, id);
        set(grid, row, s1, Cell::Empty);
    }
    save(dir.path(), "cleared.xlsx", &sheets);
    ok(
        dir.path(),
        &["import", "content", "cleared.xlsx", "--allow-removals"],
    );
    let changes = changed_lines(&before, &snapshot(dir.path()));
    assert_eq!(changes.len(), 1, "{changes:?}");
    let mut gone = changes[0].1.clone();
    gone.sort();
    assert_eq!(
        gone,
        [
            "      - { competency: analytical-thinking, level: 1, key: false }",
            "      - { competency: teamwork, level: 1, key: false }",
        ]
    );
    assert!(changes[0].2.is_empty(), "{changes:?}");
    // The same competency twice on a grid is refused, at the second row.
    let grid = sheet(&mut sheets, "能力要求·销售序列");
    let copy = grid.rows[row_of(grid, 0, "influence")].clone();
    grid.rows.push(copy);
    save(dir.path(), "twice.xlsx", &sheets);
    let out = rungs(
        dir.path(),
        &["import", "content", "twice.xlsx", "--allow-removals"],
    );
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("The same ID is on row"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_blank_where_the_level_below_gives_a_value_is_refused() {
    let dir = sample();
    let before = snapshot(dir.path());
    let mut sheets = exported(dir.path());
    let levels = sheet(&mut sheets, "职级");
    let (id, education) = (column(levels, "职级编号"), column(levels, "学历"));
    // s3 says 本科 itself; below it, s1's 大专 is in effect.
    let row = row_of(levels, id, "s3");
    assert_eq!(levels.rows[row][education].shown(), "本科");
    set(levels, row, education, Cell::Empty);
    save(dir.path(), "blank.xlsx", &sheets);
    let out = rungs(
        dir.path(),
        &["import", "content", "blank.xlsx", "--allow-removals"],
    );
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("The level below (s2) requires 大专"),
        "{}",
        stderr(&out)
    );
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn the_standard_sheet_kinds_by_name_and_a_stale_workbook() {
    let dir = sample();
    let before = snapshot(dir.path());
    let mut sheets = exported(dir.path());
    let settings = sheet(&mut sheets, "标准信息");
    let edition = column(settings, "版本");
    assert_eq!(settings.rows[2][edition].shown(), "第01版");
    set(settings, 2, edition, Cell::Text("第02版".into()));
    // Contribution kinds show by name, and a name reads back as the kind.
    let contributions = sheet(&mut sheets, "贡献要求");
    let kinds = column(contributions, "类型");
    assert!(
        contributions
            .rows
            .iter()
            .any(|r| r[kinds].shown() == "课程讲授, 课程开发")
    );
    save(dir.path(), "edition.xlsx", &sheets);
    ok(dir.path(), &["import", "content", "edition.xlsx"]);
    assert_eq!(
        changed_lines(&before, &snapshot(dir.path())),
        [(
            "content/rungs.yaml".to_string(),
            vec!["edition: 第01版".to_string()],
            vec!["edition: 第02版".to_string()],
        )]
    );
    // The first workbook is now older than the content: importing it warns that it puts the
    // old values back.
    let out = rungs(
        dir.path(),
        &["import", "content", "standard.xlsx", "--dry-run"],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("The content changed after this workbook was written"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn an_error_the_check_finds_is_placed_at_its_cell() {
    let dir = sample();
    let before = snapshot(dir.path());
    let mut sheets = exported(dir.path());
    let points = sheet(&mut sheets, "计分·销售序列");
    let (module, item, s3) = (
        column(points, "模块编号"),
        column(points, "细项编号"),
        level_column(points, "s3"),
    );
    let row = points
        .rows
        .iter()
        .position(|r| {
            r[module].shown() == "info-advice" && r.get(item).is_none_or(|c| c.shown().is_empty())
        })
        .unwrap();
    assert_eq!(points.rows[row][s3].shown(), "15", "row {row}");
    // The module's points no longer add up with its items'.
    set(points, row, s3, Cell::Number(10.0));
    save(dir.path(), "points.xlsx", &sheets);
    let out = rungs_env(
        dir.path(),
        &["import", "content", "points.xlsx"],
        &[("RUNGS_LANG", "zh-CN")],
    );
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    let said = stderr(&out);
    assert!(
        said.contains(&format!(
            "计分·销售序列 第 {} 行，「s3 三级 高级客户经理」列（G）",
            row + 1
        )) && said.contains("各评分项分值合计 15"),
        "row {row}: {said}"
    );
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn every_kind_of_bad_cell_says_what_it_takes() {
    let dir = sample();
    let before = snapshot(dir.path());
    let mut sheets = exported(dir.path());
    let mut put = |name: &str, key: &str, id: &str, header: &str, value: &str| {
        let s = sheet(&mut sheets, name);
        let (k, c) = (column(s, key), column(s, header));
        let r = row_of(s, k, id);
        set(s, r, c, Cell::Text(value.into()));
    };
    put("评分模块", "模块编号", "exam", "笔试", "也许");
    put("KPI", "KPI 编号", "channel-target", "分档", "一百: 六十");
    put("贡献要求", "职级编号", "s2", "类型", "演讲比赛");
    put("职级", "职级编号", "s4", "学历", "博士后");
    put("能力素质", "能力编号", "communication", "类别", "口才");
    save(dir.path(), "bad.xlsx", &sheets);
    let out = rungs(dir.path(), &["import", "content", "bad.xlsx"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    let said = stderr(&out);
    for expected in [
        "value \"也许\": Write 是 or 否.",
        "is not a band `from: points`",
        "No contribution kind “演讲比赛”",
        "value \"博士后\": Write one of:",
        "value \"口才\": No such category",
    ] {
        assert!(said.contains(expected), "{expected}\n{said}");
    }
    assert_eq!(snapshot(dir.path()), before);
}
