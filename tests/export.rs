//! `rungs export` end to end on the sample: the JSON document against its own schema, every
//! CASE package against the CASE 1.1 CFPackage schema (format assertions on), the CASE tree and
//! its identifiers, the CSV and xlsx tables, byte-identical repeats, no personal data, and the
//! usage errors.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};

use calamine::{Data, Reader};
use common::*;
use serde_json::Value;

/// A temporary copy of the sample content, as `<tmp>/content`.
fn sample() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("content"), &dir.path().join("content"));
    dir
}

/// Runs `rungs export content …` in `dir`; stops unless it succeeds. Returns standard output.
fn export(dir: &Path, args: &[&str]) -> Vec<u8> {
    let mut all = vec!["export", "content"];
    all.extend_from_slice(args);
    let out = rungs(dir, &all);
    assert_eq!(code(&out), 0, "rungs {all:?}: {}", stderr(&out));
    out.stdout
}

/// Exports into `<dir>/<folder>` and returns its files by name.
fn export_folder(dir: &Path, format: &str, folder: &str) -> BTreeMap<String, Vec<u8>> {
    export(dir, &["--format", format, "--out", folder]);
    fs::read_dir(dir.join(folder))
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

/// A JSON Schema (draft 2020-12) compiled with format assertions on, and a check of `value`.
fn validate(schema: &Path, value: &Value) -> Result<(), String> {
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler.enable_format_assertions();
    let index = compiler
        .compile(schema.to_str().unwrap(), &mut schemas)
        .unwrap_or_else(|e| panic!("{} does not compile: {e:#}", schema.display()));
    schemas.validate(value, index).map_err(|e| format!("{e:#}"))
}

fn standard_schema() -> PathBuf {
    repo().join("schemas/rungs-standard.schema.json")
}

fn case_schema() -> PathBuf {
    repo().join("tests/schemas/case-v1p1-cfpackage-schema.json")
}

fn json(bytes: &[u8]) -> Value {
    serde_json::from_slice(bytes).expect("valid JSON")
}

/// Pretty-printed with sorted keys and a final newline: what `Value` (sorted maps) prints back.
fn assert_canonical(bytes: &[u8]) {
    let mut again = serde_json::to_vec_pretty(&json(bytes)).unwrap();
    again.push(b'\n');
    assert!(
        again == bytes,
        "keys are not sorted or the layout is not the canonical one"
    );
}

#[test]
fn json_export_validates_against_its_schema_and_resolves_inheritance() {
    let dir = sample();
    let bytes = export(dir.path(), &["--format", "json"]);
    assert_canonical(&bytes);
    let doc = json(&bytes);
    if let Err(e) = validate(&standard_schema(), &doc) {
        panic!("the export does not match schemas/rungs-standard.schema.json:\n{e}");
    }
    assert_eq!(doc["format"], "rungs-standard");
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["settings"]["effective_date"], "2013-10-10");
    let sales = doc["sequences"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "sales")
        .unwrap();
    let level = |id: &str| {
        sales["levels"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["id"] == id)
            .unwrap()
            .clone()
    };
    let requirement = |level: &Value, competency: &str| {
        level["requirements"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["competency"] == competency)
            .cloned()
    };
    // s1 declares integrity as key; s2 does not mention it and inherits it.
    let s1 = level("s1");
    let s2 = level("s2");
    assert_eq!(
        requirement(&s1, "integrity").unwrap(),
        serde_json::json!({"competency": "integrity", "level": 1, "key": true})
    );
    assert_eq!(requirement(&s2, "integrity").unwrap()["key"], true);
    assert_eq!(requirement(&s2, "influence").unwrap()["key"], true);
    assert_eq!(requirement(&s1, "influence").unwrap()["key"], false);
    assert_eq!(s1["scoring"]["pass"], 60.0);
    assert_eq!(s1["conditions"]["education"], "associate");
    let kpi = sales["kpis"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["id"] == "channel-target")
        .unwrap();
    assert_eq!(kpi["scoring"]["rule"], "table");
    assert_eq!(kpi["scoring"]["bands"][0]["points"], 60.0);
    let supervisor = sales["positions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "sales-supervisor")
        .unwrap();
    assert_eq!(supervisor["levels"], serde_json::json!(["s2", "s3"]));
}

#[test]
fn the_json_schema_is_strict() {
    let dir = sample();
    let doc = json(&export(dir.path(), &["--format", "json"]));
    let schema = standard_schema();

    let mut extra = doc.clone();
    extra["sequences"][0]["levels"][0]["salary"] = 10000.into();
    assert!(validate(&schema, &extra).is_err(), "an unknown key passes");

    let mut missing = doc.clone();
    missing["competencies"][0]
        .as_object_mut()
        .unwrap()
        .remove("definition");
    assert!(validate(&schema, &missing).is_err(), "a missing key passes");

    let mut wrong = doc.clone();
    wrong["settings"]["effective_date"] = "2013-13-45".into();
    assert!(validate(&schema, &wrong).is_err(), "a bad date passes");

    let mut version = doc;
    version["version"] = 2.into();
    assert!(
        validate(&schema, &version).is_err(),
        "another version passes"
    );
}

#[test]
fn json_to_a_file_is_what_standard_output_gets() {
    let dir = sample();
    let printed = export(dir.path(), &["--format", "json"]);
    export(
        dir.path(),
        &["--format", "json", "--out", "out/standard.json"],
    );
    assert_eq!(
        fs::read(dir.path().join("out/standard.json")).unwrap(),
        printed
    );
    // A folder receives standard.json.
    fs::create_dir(dir.path().join("folder")).unwrap();
    export(dir.path(), &["--format", "json", "--out", "folder"]);
    assert_eq!(
        fs::read(dir.path().join("folder/standard.json")).unwrap(),
        printed
    );
}

#[test]
fn every_case_package_validates_against_the_case_schema() {
    let dir = sample();
    let files = export_folder(dir.path(), "case", "case");
    assert_eq!(
        files.keys().cloned().collect::<Vec<_>>(),
        ["case-marketing.json", "case-sales.json"]
    );
    for (name, bytes) in &files {
        assert_canonical(bytes);
        if let Err(e) = validate(&case_schema(), &json(bytes)) {
            panic!("{name} is not a valid CASE 1.1 CFPackage:\n{e}");
        }
    }
    // The schema is strict enough to catch a mistake.
    let mut bad = json(&files["case-sales.json"]);
    bad["CFItems"][0]["identifier"] = "E1001".into();
    assert!(validate(&case_schema(), &bad).is_err());
    let mut bad = json(&files["case-sales.json"]);
    bad["CFDocument"]["lastChangeDateTime"] = "2013-10-10".into();
    assert!(validate(&case_schema(), &bad).is_err());
}

fn items_by_type(package: &Value) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for item in package["CFItems"].as_array().unwrap() {
        *counts
            .entry(item["CFItemType"].as_str().unwrap().to_string())
            .or_default() += 1;
    }
    counts
}

#[test]
fn the_sales_package_holds_the_sequence_its_levels_and_the_competencies_it_requires() {
    let dir = sample();
    let standard = json(&export(dir.path(), &["--format", "json"]));
    let files = export_folder(dir.path(), "case", "case");
    let package = json(&files["case-sales.json"]);

    // What the package should hold, counted from the JSON export.
    let sales = standard["sequences"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "sales")
        .unwrap();
    let requirements: Vec<&Value> = sales["levels"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|l| l["requirements"].as_array().unwrap())
        .chain(
            sales["positions"]
                .as_array()
                .unwrap()
                .iter()
                .flat_map(|p| p["requirements"].as_array().unwrap()),
        )
        .collect();
    let used: BTreeSet<&str> = requirements
        .iter()
        .map(|r| r["competency"].as_str().unwrap())
        .collect();
    let competencies: Vec<&Value> = standard["competencies"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| used.contains(c["id"].as_str().unwrap()))
        .collect();
    let categories: BTreeSet<&str> = competencies
        .iter()
        .map(|c| c["category"].as_str().unwrap())
        .collect();
    let scale: usize = competencies
        .iter()
        .map(|c| c["levels"].as_array().unwrap().len().max(1))
        .sum();
    let expected: BTreeMap<String, usize> = [
        ("Sequence", 1),
        ("Level", sales["levels"].as_array().unwrap().len()),
        ("Position", sales["positions"].as_array().unwrap().len()),
        ("Category", categories.len()),
        ("Competency", used.len()),
        ("Competency Level", scale),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    assert_eq!(items_by_type(&package), expected);
    assert_eq!(expected["Level"], 4);
    assert_eq!(expected["Position"], 3);

    // Every node an association names is the document or an item of the package.
    let document = package["CFDocument"]["identifier"].as_str().unwrap();
    let items: BTreeMap<&str, &Value> = package["CFItems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["identifier"].as_str().unwrap(), i))
        .collect();
    let associations = package["CFAssociations"].as_array().unwrap();
    for a in associations {
        for end in ["originNodeURI", "destinationNodeURI"] {
            let id = a[end]["identifier"].as_str().unwrap();
            assert!(
                id == document || items.contains_key(id),
                "{end} {id} of {a} is not in the package"
            );
            assert_eq!(a[end]["uri"], format!("urn:uuid:{id}"));
        }
    }
    let of = |kind: &str| -> Vec<&Value> {
        associations
            .iter()
            .filter(|a| a["associationType"] == kind)
            .collect()
    };
    // A tree: every item is a child of exactly one node, and only the document is the root.
    let children: Vec<&str> = of("isChildOf")
        .iter()
        .map(|a| a["originNodeURI"]["identifier"].as_str().unwrap())
        .collect();
    assert_eq!(children.len(), items.len());
    assert_eq!(
        children.iter().collect::<BTreeSet<_>>().len(),
        items.len(),
        "an item with two parents"
    );
    // One hasSkillLevel per requirement, from a level or position to a competency level.
    let skills = of("hasSkillLevel");
    assert_eq!(skills.len(), requirements.len());
    for a in &skills {
        let from = items[a["originNodeURI"]["identifier"].as_str().unwrap()];
        let to = items[a["destinationNodeURI"]["identifier"].as_str().unwrap()];
        assert!(
            ["Level", "Position"].contains(&from["CFItemType"].as_str().unwrap()),
            "{a}"
        );
        assert_eq!(to["CFItemType"], "Competency Level");
        let rungs = &a["extensions"]["rungs"];
        assert_eq!(
            to["humanCodingScheme"],
            format!(
                "{}.{}",
                rungs["competency"].as_str().unwrap(),
                rungs["level"]
            )
        );
    }
    // s1 requires integrity (a one-line standard), as a key requirement.
    let s1 = package["CFItems"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["CFItemType"] == "Level" && i["humanCodingScheme"] == "s1")
        .unwrap();
    let integrity = skills
        .iter()
        .find(|a| {
            a["originNodeURI"]["identifier"] == s1["identifier"]
                && a["extensions"]["rungs"]["competency"] == "integrity"
        })
        .unwrap();
    assert_eq!(integrity["extensions"]["rungs"]["key"], true);
    assert_eq!(s1["extensions"]["rungs"]["scoring"]["pass"], 60.0);
    assert_eq!(
        s1["extensions"]["rungs"]["conditions"]["education"],
        "associate"
    );
    // Levels in order: s1 precedes s2 precedes s3 precedes s4.
    let level_ids: BTreeSet<&str> = items
        .values()
        .filter(|i| i["CFItemType"] == "Level")
        .map(|i| i["identifier"].as_str().unwrap())
        .collect();
    let level_order = of("precedes")
        .iter()
        .filter(|a| level_ids.contains(a["originNodeURI"]["identifier"].as_str().unwrap()))
        .count();
    assert_eq!(level_order, 3);

    // A rubric per scored level (a criterion per item, weights summing to the level's total),
    // and one for the KPIs, whose table rule has its bands as criterion levels.
    let rubrics = package["CFRubrics"].as_array().unwrap();
    let scored = sales["levels"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| !l["scoring"]["modules"].as_array().unwrap().is_empty())
        .count();
    assert_eq!(rubrics.len(), scored + 1);
    let s1_rubric = rubrics
        .iter()
        .find(|r| r["extensions"]["rungs"]["level"] == "s1")
        .unwrap();
    let weights: f64 = s1_rubric["CFRubricCriteria"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            assert_eq!(c["rubricId"], s1_rubric["identifier"]);
            assert_eq!(c["CFItemURI"]["identifier"], s1["identifier"]);
            c["weight"].as_f64().unwrap()
        })
        .sum();
    assert_eq!(weights, 100.0);
    let kpis = rubrics
        .iter()
        .find(|r| r["extensions"]["rungs"]["kind"] == "kpis")
        .unwrap();
    let channel = kpis["CFRubricCriteria"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["extensions"]["rungs"]["id"] == "channel-target")
        .unwrap();
    assert_eq!(
        channel["CFRubricCriterionLevels"].as_array().unwrap().len(),
        4
    );
    assert_eq!(channel["CFRubricCriterionLevels"][0]["score"], 60.0);
}

/// Every identifier of a package: document, items, associations, definitions, rubrics.
fn identifiers(package: &Value) -> Vec<String> {
    let mut out = vec![
        package["CFDocument"]["identifier"]
            .as_str()
            .unwrap()
            .to_string(),
    ];
    let mut add = |list: &Value| {
        for x in list.as_array().unwrap() {
            out.push(x["identifier"].as_str().unwrap().to_string());
            for c in x["CFRubricCriteria"].as_array().into_iter().flatten() {
                out.push(c["identifier"].as_str().unwrap().to_string());
                for l in c["CFRubricCriterionLevels"]
                    .as_array()
                    .into_iter()
                    .flatten()
                {
                    out.push(l["identifier"].as_str().unwrap().to_string());
                }
            }
        }
    };
    add(&package["CFItems"]);
    add(&package["CFAssociations"]);
    add(&package["CFDefinitions"]["CFItemTypes"]);
    add(&package["CFRubrics"]);
    out
}

#[test]
fn case_identifiers_are_stable_uuidv5_and_distinct() {
    let dir = sample();
    let files = export_folder(dir.path(), "case", "case");
    let sales = json(&files["case-sales.json"]);
    let marketing = json(&files["case-marketing.json"]);

    // The documented scheme: UUIDv5 of rungs' namespace and `<organisation>/<title>/<path>`.
    let namespace = uuid::Uuid::parse_str("a4df8663-f290-4647-a137-4568b2e5685b").unwrap();
    let s1 = uuid::Uuid::new_v5(
        &namespace,
        "示例科技有限公司/营销体系任职资格标准/sequences/sales/levels/s1".as_bytes(),
    );
    assert_eq!(s1.to_string(), "194c54e7-c56f-5890-980b-7e5e8b3bc0a2");
    assert_eq!(s1.get_version_num(), 5);
    let item = sales["CFItems"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["humanCodingScheme"] == "s1")
        .unwrap();
    assert_eq!(item["identifier"], s1.to_string());

    // Distinct things, distinct identifiers, within a package and across the two (the item
    // types are shared definitions, the same in both).
    for package in [&sales, &marketing] {
        let ids = identifiers(package);
        let unique: BTreeSet<&String> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "an identifier used twice");
    }
    let items = |p: &Value| -> BTreeSet<String> {
        p["CFItems"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["identifier"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(items(&sales).is_disjoint(&items(&marketing)));
    assert_eq!(
        sales["CFDefinitions"]["CFItemTypes"],
        marketing["CFDefinitions"]["CFItemTypes"]
    );

    // Stable across runs, and across an unrelated edit of the content.
    let again = export_folder(dir.path(), "case", "again");
    assert_eq!(files, again, "two exports differ");
    let sequence = dir.path().join("content/sequences/sales.yaml");
    let text = fs::read_to_string(&sequence).unwrap();
    fs::write(
        &sequence,
        text.replace("name: 销售序列", "name: 销售与渠道序列"),
    )
    .unwrap();
    let renamed = json(&export_folder(dir.path(), "case", "renamed")["case-sales.json"]);
    assert_eq!(identifiers(&renamed), identifiers(&sales));
    assert_ne!(renamed["CFDocument"]["title"], sales["CFDocument"]["title"]);
}

#[test]
fn case_to_standard_output_needs_a_single_sequence() {
    let dir = sample();
    let out = rungs(dir.path(), &["export", "content", "--format", "case"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("--out"), "{}", stderr(&out));
    assert!(out.stdout.is_empty());

    fs::remove_file(dir.path().join("content/sequences/marketing.yaml")).unwrap();
    fs::remove_dir_all(dir.path().join("content/assessments")).unwrap();
    let printed = export(dir.path(), &["--format", "case"]);
    let package = json(&printed);
    assert_eq!(
        package["CFDocument"]["title"],
        "营销体系任职资格标准 · 销售序列"
    );
    assert!(validate(&case_schema(), &package).is_ok());
}

#[test]
fn exports_are_byte_identical_when_repeated() {
    let dir = sample();
    assert_eq!(
        export(dir.path(), &["--format", "json"]),
        export(dir.path(), &["--format", "json"])
    );
    for format in ["case", "xlsx", "csv"] {
        let first = export_folder(dir.path(), format, &format!("{format}-1"));
        let second = export_folder(dir.path(), format, &format!("{format}-2"));
        assert!(!first.is_empty());
        assert!(first == second, "two {format} exports differ");
    }
}

fn zip_entry(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut text = String::new();
    archive
        .by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        other => other.to_string(),
    }
}

#[test]
fn the_workbook_has_a_grid_per_sequence_and_the_dictionary() {
    let dir = sample();
    let files = export_folder(dir.path(), "xlsx", "xlsx");
    assert_eq!(files.keys().collect::<Vec<_>>(), ["standard.xlsx"]);
    let bytes = &files["standard.xlsx"];
    let mut book: calamine::Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let names = book.sheet_names();
    assert_eq!(
        names[..7],
        [
            "说明",
            "标准信息",
            "能力类别",
            "贡献类型",
            "能力素质",
            "能力等级",
            "序列"
        ]
    );
    for name in [
        "能力要求·营销序列",
        "能力要求·销售序列",
        "计分·销售序列",
        "行为要求·营销序列",
    ] {
        assert!(names.iter().any(|n| n == name), "{name}: {names:?}");
    }

    let grid = book.worksheet_range("能力要求·销售序列").unwrap();
    let rows: Vec<&[Data]> = grid.rows().collect();
    let header: Vec<String> = rows[0].iter().map(cell_text).collect();
    assert_eq!(
        header,
        [
            "能力编号",
            "能力名称",
            "s1 一级 助理客户经理",
            "s2 二级 客户经理",
            "s3 三级 高级客户经理",
            "s4 四级 销售总监"
        ]
    );
    let row = |id: &str| {
        rows.iter()
            .find(|r| cell_text(&r[0]) == id)
            .unwrap_or_else(|| panic!("no row {id}"))
    };
    // What each level requires in effect: s4 inherits s3's communication.
    let cells = |id: &str| row(id)[2..].iter().map(cell_text).collect::<Vec<_>>();
    assert_eq!(cells("influence"), ["1", "2★", "3★", "5★"]);
    assert_eq!(cells("communication"), ["1", "2", "3", "3"]);
    // A one-line standard is met, not graded; integrity is key at s1.
    assert_eq!(cells("integrity")[0], "✓★");

    let dictionary = book.worksheet_range("能力等级").unwrap();
    let communication = dictionary
        .rows()
        .find(|r| cell_text(&r[0]) == "communication")
        .unwrap();
    assert_eq!(cell_text(&communication[1]), "沟通能力");
    assert!(cell_text(&communication[4]).contains("能基本理解并使用本专业的常用词汇"));

    // The creation date is the edition's effective date, never the clock.
    let core = zip_entry(bytes, "docProps/core.xml");
    assert!(core.contains("2013-10-10T00:00:00Z"), "{core}");
    let sheet = zip_entry(bytes, "xl/worksheets/sheet2.xml");
    assert!(sheet.contains("<pane "), "the header rows are frozen");
}

fn csv_rows(bytes: &[u8]) -> Vec<Vec<String>> {
    let text = bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .expect("CSV starts with a BOM for Excel");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text)
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn csv_has_a_grid_per_sequence_and_the_dictionary() {
    let dir = sample();
    let files = export_folder(dir.path(), "csv", "csv");
    assert_eq!(
        files.keys().collect::<Vec<_>>(),
        ["competencies.csv", "grid-marketing.csv", "grid-sales.csv"]
    );
    let grid = csv_rows(&files["grid-sales.csv"]);
    assert_eq!(grid[0][..4], ["编号", "能力素质", "类别", "关键项"]);
    let influence = grid.iter().find(|r| r[0] == "influence").unwrap();
    assert_eq!(influence[4..], ["1", "2 ★", "3 ★", "5 ★"]);
    let integrity = grid.iter().find(|r| r[0] == "integrity").unwrap();
    assert_eq!(integrity[4], "✓ ★");

    let standard = json(&export(dir.path(), &["--format", "json"]));
    let dictionary = csv_rows(&files["competencies.csv"]);
    assert_eq!(
        dictionary.len(),
        standard["competencies"].as_array().unwrap().len() + 1
    );
    assert_eq!(dictionary[0][6], "1级 名称");
}

/// Every name, id, email and assessor of the sample's assessment records.
fn personal_data() -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    found.extend(roster_people(&repo().join("content/assessments")));
    for path in walk(&repo().join("content/assessments")) {
        if path.extension().is_none_or(|e| e != "yaml") || path.ends_with("cycle.yaml") {
            continue;
        }
        let record: Value = serde_saphyr::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        for key in ["employee_id", "name"] {
            found.extend(record[key].as_str().map(str::to_string));
        }
        if let Some(manager) = record["manager"].as_object() {
            for v in manager.values() {
                found.insert(v.as_str().unwrap().to_string());
            }
        }
        for a in record["assessors"].as_array().into_iter().flatten() {
            found.insert(a.as_str().unwrap().to_string());
        }
    }
    found
}

#[test]
fn no_export_carries_personal_data() {
    let people = personal_data();
    assert!(people.contains("E1001") && people.contains("林晓峰"));
    let dir = sample();
    let mut texts = vec![(
        "json".to_string(),
        String::from_utf8(export(dir.path(), &["--format", "json"])).unwrap(),
    )];
    for format in ["case", "csv"] {
        for (name, bytes) in export_folder(dir.path(), format, format) {
            texts.push((name, String::from_utf8(bytes).unwrap()));
        }
    }
    let xlsx = &export_folder(dir.path(), "xlsx", "xlsx")["standard.xlsx"];
    let mut book: calamine::Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(xlsx)).unwrap();
    for sheet in book.sheet_names() {
        let range = book.worksheet_range(&sheet).unwrap();
        let text: Vec<String> = range.cells().map(|(_, _, c)| cell_text(c)).collect();
        texts.push((sheet, text.join("\n")));
    }
    for (name, text) in &texts {
        for person in &people {
            assert!(!text.contains(person.as_str()), "{name} holds `{person}`");
        }
    }
}

#[test]
fn a_broken_record_does_not_stop_an_export_of_the_standard() {
    let dir = sample();
    fs::write(
        dir.path().join("content/assessments/2024H1/E1001.yaml"),
        "employee_id: [unclosed\n",
    )
    .unwrap();
    let out = rungs(dir.path(), &["export", "content", "--format", "json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(!stderr(&out).contains("assessments"), "{}", stderr(&out));
    // A broken standard does.
    fs::write(
        dir.path().join("content/sequences/sales.yaml"),
        "id: sales\nname: [unclosed\n",
    )
    .unwrap();
    let out = rungs(dir.path(), &["export", "content", "--format", "json"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(out.stdout.is_empty());
}

#[test]
fn usage_errors_say_what_to_do() {
    let dir = sample();
    for format in ["csv", "xlsx"] {
        let out = rungs(dir.path(), &["export", "content", "--format", format]);
        assert_eq!(code(&out), 2, "{format}");
        assert!(stderr(&out).contains("--out"), "{}", stderr(&out));
    }
    // Never into the content.
    let out = rungs(
        dir.path(),
        &[
            "export",
            "content",
            "--format",
            "csv",
            "--out",
            "content/export",
        ],
    );
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("inside the content"),
        "{}",
        stderr(&out)
    );
    assert!(!dir.path().join("content/export").exists());
    let out = rungs(
        dir.path(),
        &[
            "export",
            "content",
            "--format",
            "json",
            "--out",
            "./content/../content/x.json",
        ],
    );
    assert_eq!(code(&out), 2);
    assert!(!dir.path().join("content/x.json").exists());
    // A folder format refuses a file.
    fs::write(dir.path().join("file"), "keep").unwrap();
    let out = rungs(
        dir.path(),
        &["export", "content", "--format", "case", "--out", "file"],
    );
    assert_eq!(code(&out), 2);
    assert_eq!(fs::read_to_string(dir.path().join("file")).unwrap(), "keep");
    // Nothing temporary left behind by a good export.
    let files = export_folder(dir.path(), "case", "case");
    assert!(files.keys().all(|n| n.starts_with("case-")), "{files:?}");
}
