//! The development reports: every sample report held to the layout rules on Typst's laid-out
//! pages, and what the reports say for the cases people asked about.

mod common;

use common::*;
use rungs::Project;
use rungs::render::BuildInfo;

#[test]
fn every_sample_report_keeps_headings_with_their_text_and_the_signatures_with_the_comments() {
    let checked = Project::open(&repo().join("content"), None)
        .unwrap()
        .check()
        .unwrap();
    let build = checked
        .build(BuildInfo::default(), Default::default())
        .unwrap();
    let layouts = build.report_layouts().unwrap();
    assert!(layouts.len() >= 42);
    let mut problems = Vec::new();
    for (a, layout) in &layouts {
        for p in layout
            .stranded_headings(3)
            .into_iter()
            .chain(layout.alone_on_page("signature", 1))
        {
            problems.push(format!("{}-{}: {p}", a.employee_id, a.cycle));
        }
        assert_eq!(
            layout
                .marks
                .iter()
                .filter(|m| m.kind == "signature")
                .count(),
            1,
            "{} has one sign-off",
            a.employee_id
        );
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn report_sections_are_marked_for_the_layout_rules() {
    let checked = Project::open(&repo().join("content"), None)
        .unwrap()
        .check()
        .unwrap();
    let build = checked
        .build(BuildInfo::default(), Default::default())
        .unwrap();
    for (a, layout) in build.report_layouts().unwrap().iter().take(3) {
        let headings = layout.marks.iter().filter(|m| m.kind == "heading").count();
        assert!(
            headings >= 8,
            "{}: {headings} section headings marked",
            a.employee_id
        );
    }
}

/// The report data files of the development fixture, by `<employee>-<cycle>`.
fn development_reports() -> std::collections::BTreeMap<String, serde_json::Value> {
    let checked = Project::open(&fixtures().join("development"), None)
        .unwrap()
        .check()
        .unwrap();
    assert_eq!(checked.errors(), 0, "{:?}", checked.diagnostics);
    let build = checked
        .build(BuildInfo::default(), Default::default())
        .unwrap();
    let sink = rungs::publish::MemorySink::new();
    build.typst_project(&sink).unwrap();
    sink.into_files()
        .into_iter()
        .filter_map(|(path, bytes)| {
            let name = path.strip_prefix("reports/sales/")?.strip_suffix(".json")?;
            Some((name.to_string(), serde_json::from_slice(&bytes).unwrap()))
        })
        .collect()
}

fn strings(value: &serde_json::Value) -> Vec<String> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_record_without_a_plan_gets_one_proposed_from_its_gaps_in_priority_order() {
    let reports = development_reports();
    let p1 = &reports["P1-2024H1"];
    // Gaps: 客户导向 1/3 (key), 团队合作 0/2, 谈判 1/2 — key first, then the largest gap.
    let plan = &p1["plan"];
    assert_eq!(plan["proposed"], true);
    let items = plan["items"].as_array().unwrap();
    let titles: Vec<&str> = items.iter().map(|i| i["title"].as_str().unwrap()).collect();
    assert_eq!(titles, ["客户导向", "团队合作", "谈判"]);
    assert_eq!(items[0]["step"], "1 级 → 2 级「保持沟通」");
    assert_eq!(items[0]["key"], true);
    // The target level's suggestions, on the job first, then from others, then courses.
    let actions: Vec<(String, String)> = items[0]["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (a[0].as_str().unwrap().into(), a[1].as_str().unwrap().into()))
        .collect();
    assert_eq!(
        actions,
        [
            ("在岗实践".to_string(), "制定回访计划".to_string()),
            ("向他人学习".into(), "跟随资深同事回访".into()),
            ("培训课程".into(), "学习《客户沟通》课程".into()),
        ]
    );
    assert_eq!(strings(&items[0]["behaviours"]), ["定期回访重点客户"]);
    assert_eq!(items[1]["step"], "0 级 → 1 级「配合」");
    assert_eq!(items[0]["owner"], "王经理");
    // The gap table reads unmet key items first, then the other gaps by size.
    let gaps: Vec<&str> = p1["competencies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(gaps, ["客户导向", "团队合作", "谈判"]);
    assert_eq!(p1["summary"]["qualified"], false);
    assert_eq!(
        p1["summary"]["reason"],
        "能力等级为 C（关键项未达标：客户导向）"
    );
    let gates: Vec<(String, bool)> = p1["summary"]["gates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            (
                g["text"].as_str().unwrap().to_string(),
                g["met"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        gates,
        [
            ("全部满足".to_string(), true),
            ("81（合格分 60，满分 100）".into(), true),
            (
                "能力等级 C：1 项关键项未达标：客户导向；认证要求为 A 或 B".into(),
                false
            ),
        ]
    );
    assert_eq!(
        strings(&p1["summary"]["priorities"]),
        [
            "客户导向（1 级，要求 3 级）",
            "团队合作（0 级，要求 2 级）",
            "谈判（1 级，要求 2 级）"
        ]
    );
}

/// A one-line standard (达标/未达标) is met or not: never a level, in the summary, the gap
/// table, a proposed plan or the HR roll-up.
#[test]
fn a_one_line_standard_not_met_reads_as_not_met_everywhere() {
    let reports = development_reports();
    let o1 = &reports["O1-2024H1"];
    assert_eq!(
        strings(&o1["summary"]["priorities"]),
        ["诚信（未达标，须达标）"]
    );
    let row = o1["competencies"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "诚信")
        .unwrap();
    assert_eq!(
        (row["one_line"].as_bool(), row["status"].as_str()),
        (Some(true), Some("two"))
    );
    let item = &o1["plan"]["items"][0];
    assert_eq!(item["title"], "诚信");
    assert_eq!(item["step"], "一句话标准：须达标");
    assert_eq!(item["behaviours_label"], "须达到的标准");
    assert_eq!(
        strings(&item["behaviours"]),
        ["如实报告客户与业绩信息，不弄虚作假，不做超出授权的承诺。"]
    );
    let all = serde_json::to_string(o1).unwrap();
    for wrong in ["0 级", "「」", "0→1"] {
        assert!(!all.contains(wrong), "{wrong} in {all}");
    }
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixtures().join("development"), &dir.path().join("content"));
    let out = rungs(dir.path(), &["results", "content", "--cycle", "2024H1"]);
    let csv = String::from_utf8_lossy(&out.stdout);
    let line = csv.lines().find(|l| l.contains("O1")).unwrap();
    assert!(line.contains("诚信 未达标★"), "{line}");
    assert!(!line.contains("诚信 0/1"), "{line}");
}

#[test]
fn failures_that_are_not_competency_gaps_get_guidance() {
    let reports = development_reports();
    let guidance = |id: &str| strings(&reports[id]["guidance"]);
    assert_eq!(
        reports["T1-2024H1"]["summary"]["reason"],
        "培训学时 32 学时（要求 40 学时）未满足"
    );
    assert_eq!(
        guidance("T1-2024H1"),
        ["培训学时：还差 8 学时（现 32 学时，要求 40 学时）"]
    );
    assert_eq!(
        reports["S1-2024H1"]["summary"]["reason"],
        "总分 58 低于合格分 60"
    );
    assert_eq!(
        strings(&reports["S1-2024H1"]["summary"]["priorities"]),
        ["销售能力（30/50）", "笔试（18/30）"],
        "without competency gaps, the priorities are what failed"
    );
    assert_eq!(
        guidance("S1-2024H1"),
        [
            "总分 58 距合格分 60 还差 2 分，失分最多的是销售能力（得分 30/50，失分 20）；笔试（得分 18/30，失分 12）"
        ]
    );
    // A run of ratings is waited for, not developed: the summary says what it needs.
    assert!(guidance("PF-2024H1").is_empty());
    assert_eq!(
        strings(&reports["PF-2024H1"]["summary"]["waiting"]),
        ["绩效：最近 3 期为 B C C；需再有 2 期绩效不低于 B"]
    );
    assert_eq!(
        guidance("CE-2024H1"),
        [
            "资格认证：需取得「销售基础认证」",
            "需满足：近一年无重大客户投诉",
            "工作案例：已提交 1 项，要求 2 项，还差 1 项"
        ]
    );
    assert!(
        guidance("P1-2024H1").is_empty(),
        "P1 fails on competencies only"
    );
    assert_eq!(
        strings(&reports["S1-2024H1"]["summary"]["strengths"]),
        ["全部 3 项要求达标"],
        "nothing above the bar, but what holds is named"
    );
}

#[test]
fn a_second_cycle_shows_the_trend_the_previous_plan_and_recounted_contributions() {
    let reports = development_reports();
    let e = &reports["E-2024H2"];
    let trend = &e["trend"];
    let cycles: Vec<(&str, &str, bool)> = trend["cycles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["cycle"].as_str().unwrap(),
                c["grade"].as_str().unwrap(),
                c["current"].as_bool().unwrap(),
            )
        })
        .collect();
    // 2024H2: one normal item of two unmet is over 15 %, so C again.
    assert_eq!(cycles, [("2024H1", "C", false), ("2024H2", "C", true)]);
    assert_eq!(strings(&trend["closed"]), ["客户导向", "谈判"]);
    assert_eq!(strings(&trend["opened"]), ["团队合作"]);
    assert!(strings(&trend["still_open"]).is_empty());
    let plan = trend["previous_plan"].as_array().unwrap();
    assert_eq!(
        (plan[0]["status"].as_str(), plan[0]["overdue"].as_bool()),
        (Some("已完成"), Some(false))
    );
    assert_eq!(
        (
            plan[1]["status"].as_str(),
            plan[1]["overdue"].as_bool(),
            plan[1]["step"].as_str()
        ),
        (Some("进行中"), Some(false), Some("目标已达成：差距已弥补")),
        "still in progress, but its gap (客户导向) has closed: reached, not overdue"
    );
    assert_eq!(
        (plan[2]["status"].as_str(), plan[2]["overdue"].as_bool()),
        (Some("进行中"), Some(true)),
        "due 2024-11-30, still in progress at the 2024-12-10 assessment"
    );
    let counted: Vec<Option<&str>> = e["submitted"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["counted"].as_str())
        .collect();
    assert_eq!(counted, [Some("已在 2024H1 计入"), None]);
    let previous: Vec<Option<u64>> = e["radar"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["previous"].as_u64())
        .collect();
    assert_eq!(
        previous,
        [Some(2), Some(1), Some(2)],
        "last cycle's levels on the radar"
    );
    assert!(
        reports["E-2024H1"]["trend"].is_null(),
        "a first cycle has no trend"
    );
    assert_eq!(strings(&trend["improved"]), ["客户导向 2→3", "谈判 1→2"]);
    let why: Vec<&str> = trend["cycles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["reason"].as_str().unwrap())
        .collect();
    assert_eq!(
        why,
        [
            "能力等级为 C（关键项未达标：客户导向）",
            "能力等级为 C（普通项未达标 1/2：团队合作，最多允许 0 项；再达标 1 项即为 B）"
        ],
        "each cycle that failed says why, this one too"
    );
    let own = &reports["E-2024H1"]["plan"];
    assert_eq!(own["proposed"], false);
    assert!(
        own["items"][0]["status"].is_null(),
        "the cycle that agrees a plan shows it without the statuses it reached later"
    );
    // E's 2024H2 record has no plan: its new gap is proposed, and the last plan's open item
    // is carried over.
    let items: Vec<(&str, Option<&str>)> = e["plan"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["title"].as_str().unwrap(), i["step"].as_str()))
        .collect();
    assert_eq!(
        items,
        [
            ("团队合作", Some("1 级 → 2 级「主动支持」")),
            ("完成《大客户销售》40 学时培训", Some("上期计划延续"))
        ]
    );
    let contributions = &e["contributions"][0];
    assert_eq!(
        (
            contributions["achieved"].as_u64(),
            contributions["met"].as_bool()
        ),
        (Some(1), Some(false)),
        "a contribution counted last cycle does not count again"
    );
}

#[test]
fn hostile_text_in_plans_stays_text_and_the_pdf_names_only_the_employee_and_cycle() {
    let dir = tempfile::tempdir().unwrap();
    let out = rungs(
        &repo(),
        &[
            "report",
            "tests/fixtures/development",
            "E",
            "--out",
            dir.path().join("out").to_str().unwrap(),
            "--commit",
            "none",
            "-q",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let bytes = std::fs::read(dir.path().join("out/reports/sales/E-2024H1.pdf")).unwrap();
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text: String = doc
        .extract_text(&pages)
        .unwrap()
        .split_whitespace()
        .collect();
    assert!(text.contains("#panic(\"x\")]$z$"), "{text}");
    assert!(text.contains("#eval(\"1\")"), "{text}");
    assert!(
        text.contains("个人信息，仅限本人及其直接上级查阅"),
        "the confidentiality line"
    );
    let info = doc
        .trailer
        .get(b"Info")
        .and_then(|i| i.as_reference())
        .unwrap();
    let info = doc.get_object(info).unwrap().as_dict().unwrap();
    let keys: Vec<String> = info
        .iter()
        .map(|(k, _)| String::from_utf8_lossy(k).into_owned())
        .collect();
    assert!(
        !keys
            .iter()
            .any(|k| k == "Author" || k == "Subject" || k == "Keywords"),
        "{keys:?}"
    );
    let title = info.get(b"Title").unwrap().as_str().unwrap();
    let title = String::from_utf16_lossy(
        &title[2..]
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect::<Vec<_>>(),
    );
    assert_eq!(title, "员工E · 2024H1");
}
