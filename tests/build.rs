//! `rungs build` and `rungs report` end to end: the site (golden pages, links, privacy, XSS),
//! the PDFs (text, fonts, hostile and long input), determinism, and safe publishing.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use common::*;

fn build(dir: &Path, content: &str, out: &str) -> std::process::Output {
    rungs(
        dir,
        &[
            "build", content, "--out", out, "--commit", "none", "--quiet",
        ],
    )
}

/// Every file below `root` but rungs' marker, by relative path.
fn files(root: &Path) -> BTreeMap<String, Vec<u8>> {
    walk(root)
        .into_iter()
        .filter(|p| p.file_name().is_some_and(|n| n != ".rungs-output"))
        .map(|p| {
            (
                p.strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/"),
                fs::read(&p).unwrap(),
            )
        })
        .collect()
}

fn page_count(bytes: &[u8]) -> usize {
    lopdf::Document::load_mem(bytes).unwrap().get_pages().len()
}

/// The sample handbook, built once per test binary run into a shared folder.
fn sample_build() -> &'static Path {
    static DIR: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let out = rungs(
            &repo(),
            &[
                "build",
                "content",
                "--out",
                dir.path().join("out").to_str().unwrap(),
                "--commit",
                "none",
                "--quiet",
            ],
        );
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        dir
    })
    .path()
}

#[test]
fn the_sample_builds_a_site_a_handbook_and_one_report_per_record() {
    let out = sample_build().join("out");
    for page in [
        "index.html",
        "404.html",
        "sitemap.xml",
        "search-index.js",
        "scoring.html",
        "competencies/index.html",
        "competencies/customer-orientation.html",
        "sequences/sales/index.html",
        "sequences/sales/s2.html",
        "sequences/sales/compare.html",
        "sequences/sales/compare/s1-s2.html",
        "sequences/sales/compare/s1-s4.html",
        "pages/overview.html",
        "static/style.css",
        "static/site.js",
    ] {
        assert!(out.join("site").join(page).is_file(), "missing site/{page}");
    }
    assert!(out.join("handbook.pdf").is_file());
    let reports: Vec<String> = files(&out.join("reports")).into_keys().collect();
    assert_eq!(reports.len(), 49 + 2, "{reports:?}");
    assert!(
        reports.contains(&"manifest.csv".to_string())
            && reports.contains(&"manifest.json".to_string())
    );
    // One record: <id>.pdf; several cycles: <id>-<cycle>.pdf each.
    assert!(reports.contains(&"sales/E1001-2024H1.pdf".to_string()));
    assert!(
        reports.contains(&"sales/E1004-2024H1.pdf".to_string())
            && reports.contains(&"sales/E1004-2024H2.pdf".to_string())
    );
    assert!(reports.contains(&"marketing/E2003-2024H2.pdf".to_string()));
}

#[test]
fn no_personal_data_in_the_site_or_the_handbook() {
    let out = sample_build().join("out");
    let mut people = BTreeSet::new();
    for path in walk(&repo().join("content/assessments")) {
        let text = fs::read_to_string(path).unwrap();
        for line in text.lines() {
            for key in ["employee_id: ", "name: ", "    goal: "] {
                if let Some(v) = line.strip_prefix(key) {
                    people.insert(v.trim().to_string());
                }
            }
        }
    }
    people.extend(roster_people(&repo().join("content/assessments")));
    assert!(people.contains("林晓峰") && people.contains("li.qiang@example.com"));
    // The private files beside the site: the manifest (managers, emails, verdicts, hashes),
    // the team summaries, and a protected distribution's passwords.
    let manifest = fs::read_to_string(out.join("reports/manifest.csv")).unwrap();
    for row in manifest.lines().skip(1) {
        let fields: Vec<&str> = row.split(',').collect();
        // manager id, name and email; the report's hash.
        people.extend([fields[3], fields[4], fields[5], fields[17]].map(str::to_string));
    }
    let summaries = walk(&out.join("summaries"));
    assert!(summaries.len() >= 30, "summaries: {}", summaries.len());
    let dist = tempfile::tempdir().unwrap();
    let run = rungs(
        &repo(),
        &[
            "distribute",
            "content",
            "--by",
            "manager",
            "--encrypt",
            "--commit",
            "none",
            "--quiet",
            "--out",
            dist.path().join("d").to_str().unwrap(),
        ],
    );
    assert_eq!(code(&run), 0, "{}", stderr(&run));
    let passwords = fs::read_to_string(dist.path().join("d/passwords.csv")).unwrap();
    people.extend(
        passwords
            .lines()
            .skip(1)
            .map(|l| l.rsplit(',').next().unwrap().to_string()),
    );
    // A goal worded as in the dictionary is the standard's text, not the person's.
    let standards: String = walk(&repo().join("content"))
        .into_iter()
        .filter(|p| !p.starts_with(repo().join("content/assessments")))
        .map(|p| fs::read_to_string(p).unwrap_or_default())
        .collect();
    people.retain(|p| !p.is_empty() && !standards.contains(p.as_str()));
    assert!(
        people.len() >= 150,
        "names, ids, goals, managers, emails, hashes and passwords collected: {}",
        people.len()
    );
    let handbook = pdf_text(&fs::read(out.join("handbook.pdf")).unwrap());
    for (path, bytes) in files(&out.join("site")) {
        for private in ["manifest", "summaries", "passwords", "reports/"] {
            assert!(!path.contains(private), "site/{path} is private");
        }
        let text = String::from_utf8_lossy(&bytes);
        for p in &people {
            assert!(!text.contains(p.as_str()), "{p} appears in site/{path}");
        }
    }
    for p in &people {
        assert!(
            !handbook.contains(p.as_str()),
            "{p} appears in handbook.pdf"
        );
    }
}

/// Every href and src in every page points at a file that exists, and every #anchor at an id.
#[test]
fn every_internal_link_and_anchor_resolves() {
    let site = sample_build().join("out/site");
    let pages = files(&site);
    let mut checked = 0;
    for (path, bytes) in pages.iter().filter(|(p, _)| p.ends_with(".html")) {
        let html = String::from_utf8_lossy(bytes);
        let ids: BTreeSet<String> = attributes(&html, "id").into_iter().collect();
        assert_eq!(
            ids.len(),
            attributes(&html, "id").len(),
            "duplicate ids in {path}"
        );
        // The 404 page's <base> is the site's own path, where its links start.
        let html_without_base: String = html
            .split("<base ")
            .enumerate()
            .map(|(i, part)| {
                if i == 0 {
                    part
                } else {
                    part.split_once('>').map_or(part, |(_, rest)| rest)
                }
            })
            .collect();
        for link in attributes(&html_without_base, "href")
            .into_iter()
            .chain(attributes(&html_without_base, "src"))
        {
            assert!(
                !link.starts_with("http:")
                    && !link.starts_with("https:")
                    && !link.starts_with("//"),
                "external resource {link} in {path}"
            );
            let (file, anchor) = link.split_once('#').unwrap_or((&link, ""));
            let target = if file.is_empty() {
                path.clone()
            } else {
                normalise(Path::new(path).parent().unwrap(), file)
            };
            let target_bytes = pages
                .get(&target)
                .unwrap_or_else(|| panic!("{path} links to missing {target}"));
            if target.ends_with(".pdf") {
                // A PDF is opened at a page (`#page=N`) that it has.
                if let Some(n) = anchor.strip_prefix("page=") {
                    let pages = lopdf::Document::load_mem(target_bytes)
                        .unwrap()
                        .get_pages()
                        .len();
                    let n: usize = n.parse().unwrap();
                    assert!(
                        (1..=pages).contains(&n),
                        "{path} links to page {n} of {target}"
                    );
                } else {
                    assert!(anchor.is_empty(), "{path} links to #{anchor} in {target}");
                }
            } else if !anchor.is_empty() {
                let target_html = String::from_utf8_lossy(target_bytes);
                assert!(
                    attributes(&target_html, "id").iter().any(|i| i == anchor),
                    "{path} links to missing #{anchor} in {target}"
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 1000, "only {checked} links checked");
}

/// The values of attribute `name` in the markup's tags (text outside tags is not looked at).
fn attributes(html: &str, name: &str) -> Vec<String> {
    let needle = format!(" {name}=\"");
    tags(html)
        .iter()
        .flat_map(|tag| {
            tag.match_indices(&needle)
                .map(|(i, _)| {
                    tag[i + needle.len()..]
                        .split('"')
                        .next()
                        .unwrap()
                        .to_string()
                })
                .collect::<Vec<_>>()
        })
        .map(|v| v.replace("&amp;", "&").replace("&#x2F;", "/"))
        .collect()
}

/// Every start tag (`<name …>`) in the markup.
fn tags(html: &str) -> Vec<&str> {
    html.match_indices('<')
        .filter(|(i, _)| html[i + 1..].starts_with(|c: char| c.is_ascii_alphabetic()))
        .map(|(i, _)| &html[i..i + html[i..].find('>').unwrap_or(html.len() - i) + 1])
        .collect()
}

fn normalise(base: &Path, link: &str) -> String {
    let mut parts: Vec<String> = base
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    for segment in link.split('/') {
        match segment {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            s => parts.push(s.to_string()),
        }
    }
    parts.join("/")
}

fn search_index() -> serde_json::Value {
    let index = fs::read_to_string(sample_build().join("out/site/search-index.js")).unwrap();
    serde_json::from_str(
        index
            .trim_start_matches("window.RUNGS_SEARCH=")
            .trim_end()
            .trim_end_matches(';'),
    )
    .unwrap()
}

/// The pages holding `key` (the index stores base-36 differences).
fn posting(index: &serde_json::Value, key: &str) -> BTreeSet<u64> {
    let mut at = 0;
    index["grams"][key]
        .as_str()
        .map(|raw| {
            raw.split('.')
                .map(|d| {
                    at += u64::from_str_radix(d, 36).unwrap();
                    at
                })
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn search_index_finds_chinese_words_inside_text() {
    let json = search_index();
    let texts = json["texts"].as_array().unwrap();
    let parts = json["parts"].as_array().unwrap();
    let pages = json["pages"].as_array().unwrap();
    for word in [
        "客户导向",
        "谈判",
        "回款",
        "合格分",
        "附则",
        "一纸禅",
        "下载",
    ] {
        let chars: Vec<char> = word.chars().collect();
        let mut hits: Option<BTreeSet<u64>> = None;
        for pair in chars.windows(2) {
            let key: String = pair.iter().collect();
            let found = posting(&json, &key);
            hits = Some(match hits {
                None => found,
                Some(h) => h.intersection(&found).copied().collect(),
            });
        }
        let hits = hits.unwrap();
        let verified = parts
            .iter()
            .filter(|p| hits.contains(&p[0].as_u64().unwrap()))
            .filter(|p| {
                let text = texts[p[3].as_u64().unwrap() as usize].as_str().unwrap();
                let title = pages[p[0].as_u64().unwrap() as usize][1].as_str().unwrap();
                text.contains(word) || p[2].as_str().unwrap().contains(word) || title.contains(word)
            })
            .count();
        assert!(verified > 0, "{word} not found by the bigram index");
    }
}

/// Whether any result of the index lands on a URL containing `needle` (page path + anchor).
fn parts_link(json: &serde_json::Value, needle: &str) -> bool {
    let pages = json["pages"].as_array().unwrap();
    json["parts"].as_array().unwrap().iter().any(|part| {
        let page = &pages[part[0].as_u64().unwrap() as usize];
        let url = format!(
            "{}#{}",
            page[2].as_str().unwrap(),
            part[1].as_str().unwrap()
        );
        url.contains(needle)
    })
}

/// Every kind of page is in the index, and every section a result can land on exists.
#[test]
fn search_results_link_to_existing_sections_of_every_kind_of_page() {
    let json = search_index();
    let files = files(&sample_build().join("out/site"));
    let pages = json["pages"].as_array().unwrap();
    let kinds: BTreeSet<String> = pages
        .iter()
        .map(|p| p[0].as_str().unwrap().to_string())
        .collect();
    let mut with_anchor = 0;
    for part in json["parts"].as_array().unwrap() {
        let page = &pages[part[0].as_u64().unwrap() as usize];
        let file = page[2].as_str().unwrap();
        let anchor = part[1].as_str().unwrap();
        let html = String::from_utf8_lossy(
            files
                .get(file)
                .unwrap_or_else(|| panic!("search links to missing {file}")),
        )
        .into_owned();
        if !anchor.is_empty() {
            with_anchor += 1;
            assert!(
                attributes(&html, "id").iter().any(|i| i == anchor),
                "search links to missing #{anchor} in {file}"
            );
        }
    }
    let expected: BTreeSet<String> = [
        "level",
        "competency",
        "sequence",
        "position",
        "compare",
        "scoring",
        "page",
    ]
    .map(String::from)
    .into();
    assert_eq!(kinds, expected);
    // Behaviour-standard activities, positions and one-line standards are found where they live.
    for (what, needle) in [
        ("an activity on a level page", "#activity-"),
        ("a position page", "positions/sales-manager.html"),
        ("a one-line standard", "#h-standard"),
        ("a level's one-page sheet", "sequences/sales/sheets/s2.html"),
        ("the downloads page", "downloads.html"),
    ] {
        assert!(parts_link(&json, needle), "{what} is not searchable");
    }
    assert!(
        with_anchor > 200,
        "only {with_anchor} results land on a section"
    );
    let index = serde_json::to_string(&json).unwrap();
    assert!(
        index.contains("scoring.html"),
        "the scoring page is searchable"
    );
    assert!(
        index.contains("耐心倾听客户的咨询"),
        "behaviours are indexed"
    );
    // A level page is found by the behaviours it requires, not only by competency names.
    let level = pages
        .iter()
        .position(|p| p[2] == "sequences/sales/s1.html")
        .unwrap() as u64;
    assert!(posting(&json, "倾听").contains(&level));
}

#[test]
fn two_builds_are_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("a");
    let out = rungs(
        &repo(),
        &[
            "build",
            "content",
            "--out",
            first.to_str().unwrap(),
            "--commit",
            "none",
            "--quiet",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let (a, b) = (files(&first), files(&sample_build().join("out")));
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (path, bytes) in &a {
        assert!(bytes == &b[path], "{path} differs between two builds");
    }
}

#[test]
fn golden_site_pages_of_the_minimal_project() {
    let dir = minimal_project();
    let out = build(dir.path(), "content", "out");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    for page in [
        "index.html",
        "sequences/sales/index.html",
        "sequences/sales/s2.html",
        "sequences/sales/compare/s1-s2.html",
        "competencies/customer-orientation.html",
        "pages/overview.html",
    ] {
        let html = fs::read_to_string(dir.path().join("out/site").join(page)).unwrap();
        snapshot(
            &repo().join("tests/golden/site"),
            &page.replace('/', "__"),
            &html,
        );
    }
}

/// The minimal project with a behaviour standard, a position with a KPI and a reference item
/// (`tests/fixtures/depth` laid over it).
fn depth_project() -> tempfile::TempDir {
    let dir = minimal_project();
    overlay(&dir.path().join("content"), &fixtures().join("depth"));
    dir
}

#[test]
fn golden_pages_of_a_position_and_a_level_with_behaviour_standards() {
    let dir = depth_project();
    let check = rungs(dir.path(), &["check", "content"]);
    assert_eq!(code(&check), 0, "{}", stderr(&check));
    assert!(!stderr(&check).contains("warning"), "{}", stderr(&check));
    let out = build(dir.path(), "content", "out");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    for page in [
        "sequences/sales/index.html",
        "sequences/sales/s2.html",
        "sequences/sales/positions/lead.html",
    ] {
        let html = fs::read_to_string(dir.path().join("out/site").join(page)).unwrap();
        snapshot(
            &repo().join("tests/golden/depth"),
            &page.replace('/', "__"),
            &html,
        );
    }
}

#[test]
fn hostile_text_stays_text_in_html_and_pdf() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixtures().join("hostile"), &dir.path().join("content"));
    let out = build(dir.path(), "content", "out");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    for (path, bytes) in files(&dir.path().join("out/site"))
        .into_iter()
        .filter(|(p, _)| p.ends_with(".html"))
    {
        let html = String::from_utf8(bytes).unwrap();
        let lower = html.to_lowercase();
        for tag in tags(&lower) {
            assert!(
                !tag.starts_with("<img") && !tag.contains(" on"),
                "a tag from content in {path}: {tag}"
            );
            assert!(
                !tag.contains("javascript:"),
                "javascript: URL in {path}: {tag}"
            );
        }
        assert_eq!(
            lower.matches("<script").count(),
            1,
            "only the theme's own script in {path}"
        );
    }
    let page = fs::read_to_string(dir.path().join("out/site/pages/overview.html")).unwrap();
    assert!(
        page.contains("&lt;script&gt;alert(&quot;page&quot;)&lt;/script&gt;")
            || page.contains("&lt;script&gt;alert(\"page\")&lt;/script&gt;"),
        "raw HTML shown as text"
    );
    let report = fs::read(dir.path().join("out/reports/sales/E1-2024H1.pdf")).unwrap();
    let text = pdf_text(&report);
    assert!(
        text.contains("#panic(\"x\") *y* $z$ ]"),
        "the hostile name renders literally:\n{text}"
    );
    assert!(text.contains("#eval(\"1\")"), "comments render literally");
}

#[test]
fn long_names_and_text_keep_the_report_within_three_pages() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixtures().join("hostile"), &dir.path().join("content"));
    let out = build(dir.path(), "content", "out");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    for id in ["E1", "E2"] {
        let bytes = fs::read(
            dir.path()
                .join(format!("out/reports/sales/{id}-2024H1.pdf")),
        )
        .unwrap();
        let pages = page_count(&bytes);
        assert!((1..=3).contains(&pages), "{id}: {pages} pages");
    }
    let text = pdf_text(&fs::read(dir.path().join("out/reports/sales/E2-2024H1.pdf")).unwrap());
    assert!(
        text.replace(['\n', ' '], "")
            .contains("Wangwu-with-a-very-long"),
        "long latin name present"
    );
}

/// The sample records that exercise the deeper model, and what their reports must say.
#[test]
fn reports_show_the_outcome_kpis_behaviour_items_and_reference_items() {
    let report = |path: &str| {
        pdf_text(&fs::read(sample_build().join("out/reports").join(path)).unwrap())
            .replace(['\n', ' '], "")
    };
    for (path, expected) in [
        // A failed re-certification kept on probation, with KPIs short of target.
        (
            "sales/E1006-2024H2.pdf",
            &["未通过，保留观察", "岗位KPI", "销售任务完成率", "KPI得分"][..],
        ),
        // A re-certification retained: years in level waived.
        (
            "sales/E1008-2024H2.pdf",
            &["保留", "复核：现职年限要求不适用", "渠道主管"][..],
        ),
        // A promotion with a position and reference items.
        (
            "sales/E1018-2024H2.pdf",
            &["晋级", "销售主管", "参考项", "品德"][..],
        ),
        // A skip-level application, flagged.
        (
            "sales/E1017-2024H2.pdf",
            &["越级申请", "未通过，维持原级"][..],
        ),
        // Alternatives not met: what the closest ones lack, not the whole condition again.
        (
            "marketing/E2016-2024H2.pdf",
            &["学历：需达到本科（现：大专）；或相关工作经验：还差1年"][..],
        ),
        // Only tenure is short: a condition waited for, with when it will be met; no
        // development priority; strengths that name what holds.
        (
            "sales/E1007-2024H1.pdf",
            &[
                "现职年限1.5年（要求2年）未满足",
                "待满足条件：现职年限：还差0.5年（现1.5年，要求2年），预计2024年12月满足",
                "优先发展项：暂无",
                "个人绩效满分（10/10）",
            ][..],
        ),
        // Eight competencies raised since the cycle before: strengths, not 暂无.
        (
            "sales/E1001-2024H2.pdf",
            &["主要优势：人际交往较上期提升1级（1级→2级）"][..],
        ),
        // What decided a failed re-certification is in the trend: the module, the KPI score
        // and the total that fell.
        (
            "sales/E1006-2024H2.pdf",
            &[
                "得分变化：信息收集及建议能力5→8、个人绩效10→5.83、KPI得分100→58.33、总分75→73.83",
                "各期评定要素",
                // 26 competencies: bars, not a radar whose labels would crowd.
                "能力素质达成图",
            ][..],
        ),
        // A one-line standard not met reads 未达标, never as a level, in the summary, the gap
        // table and the proposed plan.
        (
            "sales/E1004-2024H1.pdf",
            &[
                "服务意识（未达标，须达标）",
                "服务意识普通须达标未达标未达标",
            ][..],
        ),
        // A failed key behaviour item: grade C.
        (
            "marketing/E2017-2024H2.pdf",
            &["行为标准", "集体户调研", "未达标", "关键项未达标"][..],
        ),
    ] {
        let text = report(path);
        for e in expected {
            assert!(text.contains(e), "{path}: {e} missing from:\n{text}");
        }
    }
    let e1004 = report("sales/E1004-2024H1.pdf");
    for wrong in ["服务意识（0级", "0级→1级「」", "服务意识0→1"] {
        assert!(!e1004.contains(wrong), "{wrong} in:\n{e1004}");
    }
    assert!(!report("sales/E1007-2024H1.pdf").contains("优先发展项：现职年限"));
    assert!(!report("sales/E1001-2024H2.pdf").contains("主要优势：暂无"));
    assert!(!report("sales/E1006-2024H2.pdf").contains("能力素质雷达图"));
    assert!(
        report("sales/E1014-2024H2.pdf").contains("能力素质雷达图"),
        "few axes: a radar"
    );
}

/// A total of 59.999 against a pass mark of 60 fails, and no output shows it as 60.
#[test]
fn a_figure_never_reads_as_reaching_a_mark_it_misses() {
    let dir = minimal_project();
    replace_in(
        &dir.path().join("content"),
        "assessments/2024H1/E2.yaml",
        "sales-ability: 30",
        "sales-ability: 27.999",
    );
    replace_in(
        &dir.path().join("content"),
        "assessments/2024H1/E2.yaml",
        "education: high-school",
        "education: associate",
    );
    let out = build(dir.path(), "content", "out");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let report = pdf_text(&fs::read(dir.path().join("out/reports/sales/E2-2024H1.pdf")).unwrap())
        .replace(['\n', ' '], "");
    assert!(report.contains("总分59.99低于合格分60"), "{report}");
    assert!(!report.contains("总分60低于"), "{report}");
    let results = rungs(dir.path(), &["results", "content"]);
    let csv = String::from_utf8_lossy(&results.stdout);
    let e2 = csv.lines().find(|l| l.contains("E2")).unwrap();
    assert!(
        e2.contains(",59.99,60,") && e2.contains("总分 59.99 低于合格分 60"),
        "{e2}"
    );
    let manifest = fs::read_to_string(dir.path().join("out/reports/manifest.csv")).unwrap();
    assert!(manifest.contains(",59.99,"), "{manifest}");
}

/// Team figures compare like with like: totals and pass rates per level applied for (one
/// pass mark each), the previous cycle on the same people; reasons name the condition.
#[test]
fn team_summaries_compare_one_level_at_a_time_and_the_same_people() {
    let md = fs::read_to_string(sample_build().join("out/summaries/2024H2/managers/M01-李强.md"))
        .unwrap();
    for expected in [
        "销售序列 三级：通过 2/3，合格分 70，总分 70–80（中位 71）",
        "销售序列 一级：通过 1/1，合格分 60，总分 64；上期同级通过 1/2",
        "两期均参评的 2 人：上期通过 1 人，本期通过 1 人",
    ] {
        assert!(md.contains(expected), "{expected} missing from:\n{md}");
    }
    assert!(!md.contains("平均"), "no averages across levels:\n{md}");
    let e1007 =
        fs::read_to_string(sample_build().join("out/summaries/2024H1/managers/M04-吴敏.md"))
            .unwrap();
    assert!(
        e1007.contains("现职年限 1.5 年（要求 2 年）未满足"),
        "the reason names the condition and by how much:\n{e1007}"
    );
    assert!(!e1007.contains("基本条件未满足"), "{e1007}");
}

#[test]
fn a_report_holds_the_name_the_verdict_and_chinese_text_with_embedded_fonts() {
    let bytes = fs::read(sample_build().join("out/reports/sales/E1002-2024H1.pdf")).unwrap();
    let text = pdf_text(&bytes);
    for expected in [
        "王思远",
        "任职资格认证报告",
        "通过",
        "基本条件",
        "能力素质差距分析",
        "客户导向",
    ] {
        assert!(
            text.contains(expected),
            "{expected} missing from the report text:\n{text}"
        );
    }
    let failed =
        pdf_text(&fs::read(sample_build().join("out/reports/sales/E1004-2024H1.pdf")).unwrap());
    assert!(failed.contains("未通过"), "a C grade is not qualified");
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    let descriptors: Vec<&lopdf::Dictionary> = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| {
            d.get(b"Type").ok().and_then(|t| t.as_name().ok()) == Some(b"FontDescriptor".as_slice())
        })
        .collect();
    assert!(!descriptors.is_empty());
    for d in descriptors {
        assert!(
            d.has(b"FontFile2") || d.has(b"FontFile3") || d.has(b"FontFile"),
            "a font is not embedded: {d:?}"
        );
    }
    assert!(page_count(&bytes) <= 3);
}

#[test]
fn the_handbook_pdf_has_the_standard_and_an_outline() {
    let bytes = fs::read(sample_build().join("out/handbook.pdf")).unwrap();
    // Typst spaces Latin from CJK text (第 01 版), so compare without whitespace.
    let text: String = pdf_text(&bytes).split_whitespace().collect();
    for expected in [
        "营销体系任职资格标准",
        "第01版",
        "2013-10-10",
        "总裁办部",
        "销售序列",
        "助理客户经理",
        "客户导向",
        "附则",
    ] {
        assert!(
            text.contains(expected),
            "{expected} missing from the handbook"
        );
    }
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    assert!(doc.catalog().unwrap().has(b"Outlines"), "bookmarks");
}

#[test]
fn report_renders_only_the_named_employees_from_the_content_alone() {
    let dir = minimal_project();
    let out = rungs(
        dir.path(),
        &[
            "report", "content", "E2", "--out", "out", "--commit", "none", "--quiet",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let written: Vec<String> = files(&dir.path().join("out")).into_keys().collect();
    assert_eq!(
        written,
        vec![
            "reports/manifest.csv",
            "reports/manifest.json",
            "reports/sales/E2-2024H1.pdf"
        ]
    );
    let out = rungs(dir.path(), &["report", "content", "E9", "--out", "out"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("no assessment record for employee `E9`"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_failed_build_leaves_the_previous_output_untouched() {
    let dir = minimal_project();
    assert_eq!(code(&build(dir.path(), "content", "out")), 0);
    let before = files(&dir.path().join("out"));
    overlay(
        &dir.path().join("content"),
        &fixtures().join("broken/points-mismatch/files"),
    );
    let out = build(dir.path(), "content", "out");
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("error[points-mismatch]"));
    assert_eq!(
        files(&dir.path().join("out")),
        before,
        "output changed after a failed build"
    );
}

#[test]
fn a_theme_override_replaces_the_built_in_file_and_a_broken_one_stops_the_build() {
    let dir = minimal_project();
    let templates = dir.path().join("content/themes/default/templates");
    fs::create_dir_all(&templates).unwrap();
    fs::write(
        templates.join("404.html"),
        "{% extends \"base.html\" %}{% block content %}<p>自定义的 404</p>{% endblock content %}",
    )
    .unwrap();
    assert_eq!(code(&build(dir.path(), "content", "out")), 0);
    assert!(
        fs::read_to_string(dir.path().join("out/site/404.html"))
            .unwrap()
            .contains("自定义的 404")
    );
    fs::write(templates.join("404.html"), "{% if %}").unwrap();
    let out = build(dir.path(), "content", "out");
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("404.html"), "{}", stderr(&out));
    assert!(
        fs::read_to_string(dir.path().join("out/site/404.html"))
            .unwrap()
            .contains("自定义的 404"),
        "previous build kept"
    );
}

#[test]
fn a_character_no_font_has_is_a_warning_naming_it_and_its_file() {
    let dir = minimal_project();
    let path = dir.path().join("content/assessments/2024H1/E2.yaml");
    let text = fs::read_to_string(&path)
        .unwrap()
        .replace("name: 王五", "name: 王五ஐ");
    fs::write(&path, text).unwrap();
    let out = build(dir.path(), "content", "out");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("warning[missing-glyph]: no font has a glyph for `ஐ` (U+0B90)"),
        "{err}"
    );
    assert!(
        err.contains("content/assessments/2024H1/E2.yaml:2:"),
        "{err}"
    );
    let checked = rungs(dir.path(), &["check", "content"]);
    assert!(
        stderr(&checked).contains("warning[missing-glyph]"),
        "`check` and `build` agree: {}",
        stderr(&checked)
    );
}

#[test]
fn pdf_a_output_is_marked_as_such() {
    let dir = minimal_project();
    let out = rungs(
        dir.path(),
        &[
            "report", "content", "E1", "--out", "out", "--commit", "none", "--pdf-a", "--quiet",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let bytes = fs::read(dir.path().join("out/reports/sales/E1-2024H1.pdf")).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    assert!(
        text.contains("pdfaid:part") || text.contains("pdfaid"),
        "PDF/A identification in the XMP metadata"
    );
}

/// `--pdf-ua` gives tagged PDF/UA-1 documents (Typst checks the rules as it writes: a title, a
/// language, headings from level 1, alt text on the radar), alone or with `--pdf-a`; the
/// sample's reports, summaries, calibration packs, handbook, sheets, notices and certificates
/// all pass.
#[test]
fn pdf_ua_output_is_tagged_and_marked_as_such() {
    for extra in [&["--pdf-ua"][..], &["--pdf-ua", "--pdf-a"][..]] {
        let dir = tempfile::tempdir().unwrap();
        let out_dir = dir.path().join("out");
        let mut args = vec![
            "build",
            "content",
            "--out",
            out_dir.to_str().unwrap(),
            "--commit",
            "none",
            "--quiet",
            "--only",
            "handbook,sheets,reports,summaries,announcements,certificates",
        ];
        args.extend_from_slice(extra);
        let out = rungs(&repo(), &args);
        assert_eq!(code(&out), 0, "{extra:?}: {}", stderr(&out));
        let report = fs::read(out_dir.join("reports/sales/E1001-2024H2.pdf")).unwrap();
        let text = String::from_utf8_lossy(&report);
        assert!(text.contains("pdfuaid"), "{extra:?}: PDF/UA identification");
        assert!(text.contains("/StructTreeRoot"), "{extra:?}: tagged");
        assert_eq!(text.contains("pdfaid"), extra.len() == 2, "{extra:?}");
        let doc = lopdf::Document::load_mem(&report).unwrap();
        let alt = doc
            .objects
            .values()
            .filter_map(|o| o.as_dict().ok())
            .any(|d| {
                d.get(b"Alt")
                    .ok()
                    .and_then(|a| a.as_str().ok())
                    .is_some_and(|a| decode_utf16(a).contains("客户导向"))
            });
        assert!(
            alt,
            "{extra:?}: the radar has alt text naming its competencies"
        );
    }
}

fn decode_utf16(bytes: &[u8]) -> String {
    match bytes.strip_prefix(&[0xFE, 0xFF]) {
        Some(utf16) => String::from_utf16_lossy(
            &utf16
                .chunks(2)
                .map(|c| u16::from_be_bytes([c[0], c[1]]))
                .collect::<Vec<_>>(),
        ),
        None => String::from_utf8_lossy(bytes).into_owned(),
    }
}

#[test]
fn the_stamped_commit_is_the_last_one_that_touched_the_content_folder() {
    let dir = minimal_project();
    let git = |args: &[&str]| common::git(dir.path(), args);
    git(&["init", "-q"]);
    git(&["add", "content"]);
    git(&["commit", "-qm", "content"]);
    let content_commit = git(&["rev-parse", "HEAD"]);
    fs::write(dir.path().join("README.md"), "unrelated\n").unwrap();
    git(&["add", "README.md"]);
    git(&["commit", "-qm", "unrelated"]);
    // A record committed, and another not yet: records are not the standards.
    let record = dir.path().join("content/assessments/2024H1/E2.yaml");
    let edited = fs::read_to_string(&record).unwrap().replace("王五", "王六");
    fs::write(&record, edited).unwrap();
    git(&["commit", "-qam", "a record"]);
    let e1 = fs::read_to_string(dir.path().join("content/assessments/2024H1/E1.yaml")).unwrap();
    fs::create_dir_all(dir.path().join("content/assessments/2024H2")).unwrap();
    fs::write(
        dir.path().join("content/assessments/2024H2/E1.yaml"),
        e1.replace("cycle: 2024H1", "cycle: 2024H2")
            .replace("date: 2024-06-01", "date: 2024-12-01"),
    )
    .unwrap();
    let out = rungs(dir.path(), &["build", "content", "--out", "out", "--quiet"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let home = fs::read_to_string(dir.path().join("out/site/index.html")).unwrap();
    assert!(
        home.contains(&content_commit[..12]) && !home.contains("-dirty"),
        "the standards' commit, not HEAD or a record's, is stamped, and a new record is not a change"
    );
    let report: String =
        pdf_text(&fs::read(dir.path().join("out/reports/sales/E1-2024H1.pdf")).unwrap())
            .split_whitespace()
            .collect();
    assert!(
        report.contains(&content_commit[..12]),
        "the report is stamped too"
    );
    fs::write(
        dir.path().join("content/pages/overview.md"),
        "---\ntitle: 概述\n---\n改过了\n",
    )
    .unwrap();
    let out = rungs(dir.path(), &["build", "content", "--out", "out", "--quiet"]);
    assert_eq!(code(&out), 0);
    let home = fs::read_to_string(dir.path().join("out/site/index.html")).unwrap();
    assert!(
        home.contains(&format!("{}-dirty", &content_commit[..12])),
        "uncommitted content is marked"
    );
}

#[test]
fn only_rebuilds_the_named_parts_and_keeps_the_others() {
    let dir = minimal_project();
    assert_eq!(code(&build(dir.path(), "content", "out")), 0);
    let report_before = fs::read(dir.path().join("out/reports/sales/E1-2024H1.pdf")).unwrap();
    fs::write(
        dir.path().join("content/pages/overview.md"),
        "---\ntitle: 新概述\n---\n改写\n",
    )
    .unwrap();
    let out = rungs(
        dir.path(),
        &[
            "build", "content", "--out", "out", "--commit", "none", "--quiet", "--only", "site",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        fs::read_to_string(dir.path().join("out/site/pages/overview.html"))
            .unwrap()
            .contains("新概述")
    );
    assert_eq!(
        fs::read(dir.path().join("out/reports/sales/E1-2024H1.pdf")).unwrap(),
        report_before,
        "reports kept"
    );
    assert!(
        dir.path().join("out/handbook.pdf").is_file(),
        "handbook kept"
    );
    let fresh = tempfile::tempdir().unwrap();
    let out = rungs(
        &repo(),
        &[
            "build",
            "tests/fixtures/minimal",
            "--out",
            fresh.path().to_str().unwrap(),
            "--commit",
            "none",
            "-q",
            "--only",
            "handbook,reports",
            "-j",
            "1",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let written: Vec<String> = files(fresh.path()).into_keys().collect();
    assert_eq!(
        written,
        vec![
            "handbook.pdf",
            "reports/manifest.csv",
            "reports/manifest.json",
            "reports/sales/E1-2024H1.pdf",
            "reports/sales/E2-2024H1.pdf"
        ]
    );
}

/// One thread typesets in-process; two typeset in two worker processes (`RUNGS_TYPESET=threads`
/// on the two threads): the same bytes every way, with the theme's own templates.
#[test]
fn one_and_two_threads_give_the_same_bytes() {
    let dir = minimal_project();
    // A theme override the workers must be handed: the report's footer text changes.
    let theme = dir.path().join("content/themes/default/typst");
    fs::create_dir_all(&theme).unwrap();
    let main = fs::read_to_string(repo().join("themes/default/typst/report.typ")).unwrap();
    fs::write(
        theme.join("report.typ"),
        format!("{main}\n#[Theme override]\n"),
    )
    .unwrap();
    for (jobs, out, typeset) in [
        ("1", "one", "processes"),
        ("2", "two", "processes"),
        ("2", "threads", "threads"),
    ] {
        let result = rungs_env(
            dir.path(),
            &[
                "build", "content", "--out", out, "--commit", "none", "-v", "-j", jobs,
            ],
            &[("RUNGS_TYPESET", typeset)],
        );
        assert_eq!(code(&result), 0, "{}", stderr(&result));
        let workers = stderr(&result).contains("worker processes (one per thread");
        assert_eq!(workers, out == "two", "{out}: {}", stderr(&result));
    }
    let one = files(&dir.path().join("one"));
    assert_eq!(one, files(&dir.path().join("two")));
    assert_eq!(one, files(&dir.path().join("threads")));
    let report = &one["reports/sales/E1-2024H1.pdf"];
    assert!(pdf_text(report).contains("Theme override"));
}

#[test]
fn export_typst_writes_a_project_the_typst_cli_can_compile() {
    let dir = minimal_project();
    let out = rungs(
        dir.path(),
        &[
            "build",
            "content",
            "--out",
            "out",
            "--commit",
            "none",
            "-q",
            "--only",
            "reports",
            "--export-typst",
            "typst",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let exported: Vec<String> = files(&dir.path().join("typst")).into_keys().collect();
    for expected in [
        "typst/report.typ",
        "typst/report-body.typ",
        "typst/common.typ",
        "typst/handbook.typ",
        "fonts/NotoSansSC-Regular.otf",
        "handbook.json",
        "reports/sales/E1-2024H1.json",
        "reports/sales/E2-2024H1.json",
    ] {
        assert!(
            exported.iter().any(|p| p == expected),
            "{expected} missing from {exported:?}"
        );
    }
    let data: serde_json::Value = serde_json::from_slice(
        &fs::read(dir.path().join("typst/reports/sales/E1-2024H1.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(data["employee"]["name"], "张三");
    assert_eq!(data["verdict"]["grade"], "A");
}

#[test]
fn colour_follows_the_option_and_no_color() {
    let dir = minimal_project();
    overlay(
        &dir.path().join("content"),
        &fixtures().join("broken/points-mismatch/files"),
    );
    let coloured = rungs(dir.path(), &["check", "content", "--color", "always"]);
    let text = stderr(&coloured);
    let heading = text
        .lines()
        .find(|l| l.contains("[points-mismatch]"))
        .unwrap_or_default();
    assert!(heading.starts_with('\x1b'), "{text}");
    let plain = rungs(dir.path(), &["check", "content"]);
    assert!(
        !stderr(&plain).contains('\x1b'),
        "NO_COLOR and a pipe give plain text"
    );
}

/// A warning printed outside the diagnostics (no git history) is counted in the closing line,
/// which never says `0 warnings` after one; one of a kind is said in the singular.
#[test]
fn the_closing_line_counts_every_warning_printed() {
    let dir = minimal_project();
    let out = rungs(dir.path(), &["build", "content", "--out", "out"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let said = stderr(&out);
    assert!(
        said.contains("warning: `content` is not in a git repository"),
        "{said}"
    );
    let closing = said.lines().last().unwrap_or_default();
    assert!(closing.ends_with(", 1 warning"), "{closing}");
    assert!(closing.contains("1 sheet PDF,"), "{closing}");
}

/// The 公示 notice is personal data for internal announcement: its own folder, and not one of
/// its names anywhere in the site, its search index or its sitemap.
#[test]
fn no_name_from_a_notice_reaches_the_site() {
    let out = sample_build().join("out");
    let notice = fs::read_to_string(out.join("announcements/2024H2/notice.html")).unwrap();
    assert!(out.join("announcements/2024H2/notice.pdf").is_file());
    assert!(notice.contains("noindex"), "{notice}");
    let names: Vec<&str> = notice
        .split("<tr><td>")
        .skip(1)
        .map(|row| row.split("</td>").next().unwrap())
        .collect();
    assert!(names.len() >= 10, "{names:?}");
    let site: Vec<(std::path::PathBuf, String)> = walk(&out.join("site"))
        .into_iter()
        .filter(|p| {
            p.extension().is_some_and(|e| {
                e == "html" || e == "js" || e == "xml" || e == "json" || e == "txt"
            })
        })
        .map(|p| {
            let text = fs::read_to_string(&p).unwrap();
            (p, text)
        })
        .collect();
    assert!(site.iter().any(|(p, _)| p.ends_with("search-index.js")));
    assert!(site.iter().any(|(p, _)| p.ends_with("sitemap.xml")));
    for name in names {
        for (path, text) in &site {
            assert!(!text.contains(name), "{name} in {}", path.display());
        }
    }
}

/// The handbook's KPI tables state what their scored weights add up to: the sequence's and each
/// position's (the denominator of its KPI score).
#[test]
fn kpi_tables_state_their_total_weight() {
    let text = pdf_text(&fs::read(sample_build().join("out/handbook.pdf")).unwrap());
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    for expected in ["计分指标3项，权重合计100。", "计分指标4项，权重合计120。"]
    {
        assert!(
            compact.contains(expected),
            "{expected} missing from the handbook"
        );
    }
}
