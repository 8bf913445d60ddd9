//! Getting reports to the right person, end to end: the manifest beside the reports, team
//! summaries and their training needs, `rungs distribute` bundles (deterministic), protected
//! PDFs (opened with the same crate that protects them), and `--since`.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::io::{Cursor, Read};
use std::path::Path;

use common::*;
use rungs::evaluate::team::{self, Grouping};
use rungs::publish::sha256_hex;

/// The minimal project with team M1 (tests/fixtures/team/README.md) added.
fn team_project() -> tempfile::TempDir {
    let dir = minimal_project();
    overlay(&dir.path().join("content"), &fixtures().join("team"));
    fs::remove_file(dir.path().join("content/README.md")).unwrap();
    dir
}

/// A protected PDF opened (and decrypted) with `password`, by the crate that protected it.
fn open_with(pdf: &[u8], password: &str) -> lopdf::Result<lopdf::Document> {
    lopdf::Document::load_mem_with_options(pdf, lopdf::LoadOptions::with_password(password))
}

fn zip_entries(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            let mut out = Vec::new();
            file.read_to_end(&mut out).unwrap();
            (file.name().unwrap().to_string(), out)
        })
        .collect()
}

fn csv_rows(bytes: &[u8]) -> Vec<BTreeMap<String, String>> {
    let text = bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .expect("CSV starts with a BOM for Excel");
    csv::Reader::from_reader(text)
        .deserialize()
        .map(|r| r.unwrap())
        .collect()
}

#[test]
fn every_manifest_row_points_at_its_report_with_the_stated_hash() {
    let dir = team_project();
    let out = rungs(
        dir.path(),
        &["build", "content", "--only", "reports", "--commit", "none"],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let reports = dir.path().join("output/reports");
    let rows = csv_rows(&fs::read(reports.join("manifest.csv")).unwrap());
    let json: serde_json::Value =
        serde_json::from_slice(&fs::read(reports.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(json["format"], "rungs-manifest");
    assert_eq!(json["reports"].as_array().unwrap().len(), rows.len());
    let pdfs = walk(&reports)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .count();
    assert_eq!(rows.len(), 7, "one row per record");
    assert_eq!(pdfs, rows.len(), "one row per report");
    for row in &rows {
        let bytes = fs::read(reports.join(&row["report"])).unwrap();
        assert_eq!(sha256_hex(&bytes), row["sha256"], "{}", row["report"]);
    }
    let a1 = rows
        .iter()
        .find(|r| r["employee_id"] == "A1" && r["cycle"] == "2024H2")
        .unwrap();
    assert_eq!(a1["manager_id"], "M1");
    assert_eq!(a1["manager_email"], "li.qiang@example.com");
    assert_eq!(a1["current_level"], "s1");
    assert_eq!(a1["applied_level"], "s2");
    assert_eq!(a1["outcome"], "not-promoted");

    // `rungs report` re-renders one employee and keeps the manifest whole.
    let out = rungs(dir.path(), &["report", "content", "A2", "--commit", "none"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let again = csv_rows(&fs::read(reports.join("manifest.csv")).unwrap());
    assert_eq!(again, rows);
}

#[test]
fn training_needs_rank_key_shortfalls_first_then_by_count() {
    let dir = team_project();
    let project = rungs::project::Project::open(&dir.path().join("content"), None).unwrap();
    let checked = project.check().unwrap();
    let model = checked
        .model
        .as_ref()
        .expect("the team fixture passes check");
    let evaluations =
        rungs::render::BuildInfo::default().evaluate_all(&model.standard, &model.records);
    let members: Vec<team::Member> = model.records.assessments.iter().zip(&evaluations).collect();
    let summaries =
        team::summarise_teams(&model.standard, &model.records, Grouping::Manager, &members);
    let (_, summary) = summaries
        .iter()
        .find(|((cycle, t), _)| cycle == "2024H2" && t.key == "M1")
        .unwrap();
    type Ranked<'a> = (
        &'a str,
        bool,
        Vec<&'a str>,
        Vec<(u32, Vec<&'a str>)>,
        Option<usize>,
    );
    let ranked: Vec<Ranked> = summary
        .needs
        .iter()
        .map(|n| {
            (
                n.competency.as_str(),
                n.key,
                n.short.iter().map(|s| s.employee_id.as_str()).collect(),
                n.targets
                    .iter()
                    .map(|t| (t.level, t.members.iter().map(String::as_str).collect()))
                    .collect(),
                n.previous_short,
            )
        })
        .collect();
    assert_eq!(
        ranked,
        vec![
            (
                "customer-orientation",
                true,
                vec!["A1", "A4"],
                vec![(1, vec!["A4"]), (2, vec!["A1"])],
                Some(1)
            ),
            (
                "negotiation",
                false,
                vec!["A2", "A3", "A4"],
                vec![(1, vec!["A2", "A3", "A4"])],
                Some(1)
            ),
        ]
    );
    assert_eq!(summary.members.len(), 4);
    assert_eq!(summary.previous.as_ref().unwrap().cycle, "2024H1");
    assert_eq!(
        summary.members[0].previous.as_ref().map(|p| p.1.as_str()),
        Some("s2"),
        "A1 was assessed before, for s2"
    );
    // The heatmap: A4 applies for s1, which requires customer-orientation at 1.
    let a4 = summary
        .members
        .iter()
        .find(|m| m.employee_id == "A4")
        .unwrap();
    assert!(matches!(
        a4.cells[0],
        team::Cell::Assessed {
            achieved: 0,
            required: 1,
            key: true,
            ..
        }
    ));
}

#[test]
fn build_writes_team_summaries_beside_the_reports_never_into_the_site() {
    let dir = team_project();
    let out = rungs(dir.path(), &["build", "content", "--commit", "none"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let summaries = dir.path().join("output/summaries/2024H2");
    for ext in ["pdf", "csv", "md"] {
        assert!(
            summaries.join(format!("managers/M1-李强.{ext}")).is_file(),
            "{ext}"
        );
        assert!(
            summaries
                .join(format!("departments/销售部.{ext}"))
                .is_file(),
            "{ext}"
        );
    }
    let text = pdf_text(&fs::read(summaries.join("managers/M1-李强.pdf")).unwrap());
    for expected in ["团队任职资格总结", "甲一", "丁四", "培训需求", "客户导向"]
    {
        assert!(text.contains(expected), "{expected} in {text}");
    }
    let csv = csv_rows(&fs::read(summaries.join("managers/M1-李强.csv")).unwrap());
    assert_eq!(csv.len(), 4);
    assert_eq!(csv[0]["客户导向·达到"], "1");
    assert_eq!(csv[0]["客户导向·要求"], "2");
    assert_eq!(csv[0]["未达标关键能力"], "客户导向");
    let site = dir.path().join("output/site");
    for file in walk(&site) {
        let text = fs::read_to_string(&file).unwrap_or_default();
        for private in ["甲一", "乙二", "李强", "li.qiang@example.com", "manifest"] {
            assert!(!text.contains(private), "{private} in {}", file.display());
        }
    }
}

fn distribute(dir: &Path, out: &str, extra: &[&str]) -> std::process::Output {
    let mut args = vec![
        "distribute",
        "content",
        "--by",
        "manager",
        "--commit",
        "none",
        "--out",
        out,
    ];
    args.extend_from_slice(extra);
    rungs(dir, &args)
}

fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walk(dir)
        .into_iter()
        .map(|p| {
            (
                p.strip_prefix(dir).unwrap().to_string_lossy().into_owned(),
                fs::read(&p).unwrap(),
            )
        })
        .collect()
}

#[test]
fn two_distributions_are_byte_identical_and_hold_what_each_manager_needs() {
    let dir = team_project();
    let first = distribute(dir.path(), "d1", &[]);
    assert_eq!(code(&first), 0, "{}", stderr(&first));
    let second = distribute(dir.path(), "d2", &[]);
    assert_eq!(code(&second), 0, "{}", stderr(&second));
    let (a, b) = (files(&dir.path().join("d1")), files(&dir.path().join("d2")));
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (name, bytes) in &a {
        assert!(bytes == &b[name], "{name} differs between runs");
    }
    // The latest cycle by default; the minimal records (2024H1, no manager) are not in it.
    let zip = zip_entries(&a["M1-李强-2024H2.zip"]);
    let names: Vec<&str> = zip.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            "M1-李强-2024H2/manifest.csv",
            "M1-李强-2024H2/reports/A1-甲一-2024H2.pdf",
            "M1-李强-2024H2/reports/A2-乙二-2024H2.pdf",
            "M1-李强-2024H2/reports/A3-丙三-2024H2.pdf",
            "M1-李强-2024H2/reports/A4-丁四-2024H2.pdf",
            "M1-李强-2024H2/summary.csv",
            "M1-李强-2024H2/summary.md",
            "M1-李强-2024H2/summary.pdf",
        ]
    );
    let slice = csv_rows(&zip["M1-李强-2024H2/manifest.csv"]);
    assert_eq!(slice.len(), 4);
    for row in &slice {
        let file = format!(
            "M1-李强-2024H2/reports/{}-{}-2024H2.pdf",
            row["employee_id"], row["name"]
        );
        assert_eq!(sha256_hex(&zip[&file]), row["sha256"]);
    }
    let bundles = csv_rows(&a["bundles.csv"]);
    assert_eq!(bundles.len(), 1);
    assert_eq!(bundles[0]["email"], "li.qiang@example.com");
    assert_eq!(bundles[0]["sha256"], sha256_hex(&a["M1-李强-2024H2.zip"]));

    let earlier = distribute(
        dir.path(),
        "d3",
        &["--cycle", "2024H1", "--by", "department"],
    );
    assert_ne!(code(&earlier), 0, "--by given twice is a usage error");
    let unknown = distribute(dir.path(), "d3", &["--cycle", "2023H2"]);
    assert_eq!(code(&unknown), 2);
    assert!(
        stderr(&unknown).contains("2024H1, 2024H2"),
        "{}",
        stderr(&unknown)
    );
}

#[test]
fn a_protected_report_opens_with_its_password_and_no_other() {
    let dir = team_project();
    fs::write(
        dir.path().join("pw.csv"),
        "employee_id,password\nA1,first-secret-1\nA2,second-secret-2\nA3,third-secret-3\nA4,fourth-secret-4\nM1,manager-secret\n",
    )
    .unwrap();
    let out = distribute(dir.path(), "d", &["--encrypt", "--passwords", "pw.csv"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("passwords.csv"),
        "the sensitive file is pointed out"
    );
    let zip = zip_entries(&fs::read(dir.path().join("d/M1-李强-2024H2.zip")).unwrap());
    let pdf = &zip["M1-李强-2024H2/reports/A1-甲一-2024H2.pdf"];
    assert!(pdf.starts_with(b"%PDF-2.0"), "AES-256 is PDF 2.0's handler");
    assert!(open_with(pdf, "second-secret-2").is_err());
    assert!(open_with(pdf, "").is_err());
    let opened = open_with(pdf, "first-secret-1").unwrap();
    let pages: Vec<u32> = opened.get_pages().keys().copied().collect();
    let text = opened.extract_text(&pages).unwrap();
    assert!(text.contains("甲一"), "{text}");
    // The recipient's password opens every report of the bundle.
    assert!(open_with(pdf, "manager-secret").is_ok());
    // The manifest hashes the plain report, so protection does not look like a change.
    let plain = distribute(dir.path(), "plain", &[]);
    assert_eq!(code(&plain), 0);
    assert_eq!(
        fs::read(dir.path().join("d/manifest.csv")).unwrap(),
        fs::read(dir.path().join("plain/manifest.csv")).unwrap()
    );
    let listed = csv_rows(&fs::read(dir.path().join("d/passwords.csv")).unwrap());
    assert_eq!(listed.len(), 5, "four employees and the recipient");
    assert_eq!(
        (
            listed[0]["id"].as_str(),
            listed[0]["opens"].as_str(),
            listed[0]["password"].as_str()
        ),
        ("M1", "bundle", "manager-secret")
    );
    assert_eq!(listed[1]["password"], "first-secret-1");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&dir.path().join("d/passwords.csv")), 0o600);
        assert_eq!(mode(&dir.path().join("d")), 0o700);
    }

    let missing = dir.path().join("short.csv");
    fs::write(&missing, "employee_id,password\nA1,first-secret-1\n").unwrap();
    let out = distribute(dir.path(), "e", &["--encrypt", "--passwords", "short.csv"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("`A2`") && stderr(&out).contains("`M1`"),
        "{}",
        stderr(&out)
    );
    let out = distribute(dir.path(), "e", &["--encrypt", "--pdf-a"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("PDF/A"), "{}", stderr(&out));
    assert!(
        !dir.path().join("e").exists(),
        "a refused run writes nothing"
    );

    // Generated passwords: one per person, each opening its own report.
    let out = distribute(dir.path(), "g", &["--encrypt"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let listed = csv_rows(&fs::read(dir.path().join("g/passwords.csv")).unwrap());
    let zip = zip_entries(&fs::read(dir.path().join("g/M1-李强-2024H2.zip")).unwrap());
    for row in listed.iter().filter(|r| r["opens"] == "report") {
        let file = format!(
            "M1-李强-2024H2/reports/{}-{}-2024H2.pdf",
            row["id"], row["name"]
        );
        assert!(open_with(&zip[&file], &row["password"]).is_ok());
        assert!(row["password"].len() >= 16);
    }
}

/// With `--encrypt` nothing personal in a bundle opens without a password: no loose CSV,
/// Markdown or manifest; the summary, with those inside it, opens with the recipient's.
#[test]
fn a_protected_bundle_holds_nothing_readable_without_a_password() {
    let dir = team_project();
    let out = distribute(dir.path(), "d", &["--encrypt"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let zip = zip_entries(&fs::read(dir.path().join("d/M1-李强-2024H2.zip")).unwrap());
    let listed = csv_rows(&fs::read(dir.path().join("d/passwords.csv")).unwrap());
    let recipient = &listed.iter().find(|r| r["opens"] == "bundle").unwrap()["password"];
    for (name, bytes) in &zip {
        assert!(name.ends_with(".pdf"), "{name} is not a protected PDF");
        assert!(
            open_with(bytes, "").is_err(),
            "{name} opens without a password"
        );
        assert!(
            !String::from_utf8_lossy(bytes).contains("甲一"),
            "{name} shows a name in plain bytes"
        );
        assert!(open_with(bytes, recipient).is_ok(), "{name}");
    }
    let summary = open_with(&zip["M1-李强-2024H2/summary.pdf"], recipient).unwrap();
    let attached = embedded_files(&summary);
    assert_eq!(
        attached.keys().map(String::as_str).collect::<Vec<_>>(),
        ["manifest.csv", "summary.csv", "summary.md"]
    );
    assert!(String::from_utf8_lossy(&attached["summary.csv"]).contains("甲一"));
    assert!(String::from_utf8_lossy(&attached["manifest.csv"]).contains("A1"));
}

/// Files attached to a PDF (its `/EmbeddedFiles` name tree), by name, decoded.
fn embedded_files(doc: &lopdf::Document) -> BTreeMap<String, Vec<u8>> {
    let catalog = doc.catalog().unwrap();
    let names = doc.dereference(catalog.get(b"Names").unwrap()).unwrap().1;
    let tree = names.as_dict().unwrap().get(b"EmbeddedFiles").unwrap();
    let tree = doc.dereference(tree).unwrap().1.as_dict().unwrap();
    let list = doc
        .dereference(tree.get(b"Names").unwrap())
        .unwrap()
        .1
        .as_array()
        .unwrap()
        .clone();
    list.chunks(2)
        .map(|pair| {
            let name = String::from_utf8_lossy(pair[0].as_str().unwrap()).to_string();
            let spec = doc.dereference(&pair[1]).unwrap().1.as_dict().unwrap();
            let ef = doc
                .dereference(spec.get(b"EF").unwrap())
                .unwrap()
                .1
                .as_dict()
                .unwrap();
            let stream = doc
                .dereference(ef.get(b"F").unwrap())
                .unwrap()
                .1
                .as_stream()
                .unwrap();
            let bytes = stream
                .decompressed_content()
                .unwrap_or_else(|_| stream.content.clone());
            (name, bytes)
        })
        .collect()
}

/// Passwords already handed out keep working on a second run; `--new-passwords` renews them.
#[test]
fn a_second_run_keeps_the_passwords_unless_asked_to_renew_them() {
    let dir = team_project();
    let passwords = |out: &str| -> BTreeMap<String, String> {
        csv_rows(&fs::read(dir.path().join(out).join("passwords.csv")).unwrap())
            .into_iter()
            .map(|r| (r["id"].clone(), r["password"].clone()))
            .collect()
    };
    assert_eq!(code(&distribute(dir.path(), "d", &["--encrypt"])), 0);
    let first = passwords("d");
    let again = distribute(dir.path(), "d", &["--encrypt"]);
    assert_eq!(code(&again), 0, "{}", stderr(&again));
    assert_eq!(passwords("d"), first);
    assert!(
        stderr(&again).contains("5 kept from before or given, 0 new"),
        "{}",
        stderr(&again)
    );
    let renewed = distribute(dir.path(), "d", &["--encrypt", "--new-passwords"]);
    assert_eq!(code(&renewed), 0, "{}", stderr(&renewed));
    let now = passwords("d");
    assert!(
        first.iter().all(|(id, p)| now[id] != *p),
        "every password renewed"
    );
    assert!(
        stderr(&renewed).contains("0 kept from before or given, 5 new"),
        "{}",
        stderr(&renewed)
    );
}

/// A password file is never readable by others, even for an instant: not in the staging
/// folder, not when the run is killed at any step of publishing.
#[cfg(unix)]
#[test]
fn password_files_are_born_private_at_every_step() {
    use std::os::unix::fs::PermissionsExt;
    let dir = team_project();
    // A finished run first, so that each later one has an earlier output to swap with.
    assert_eq!(code(&distribute(dir.path(), "d", &["--encrypt"])), 0);
    for step in ["staged", "before-swap", "after-swap"] {
        let out = rungs_env(
            dir.path(),
            &[
                "distribute",
                "content",
                "--by",
                "manager",
                "--commit",
                "none",
                "--out",
                "d",
                "--encrypt",
            ],
            &[("RUNGS_TEST_ABORT_AT", step)],
        );
        assert!(out.status.code() != Some(0), "{step}: the run was killed");
        for entry in walkdir::WalkDir::new(dir.path()).into_iter().flatten() {
            if entry.file_name() == "passwords.csv" {
                let mode = entry.metadata().unwrap().permissions().mode() & 0o777;
                assert_eq!(mode, 0o600, "{step}: {}", entry.path().display());
                let folder = entry.path().parent().unwrap();
                let mode = fs::metadata(folder).unwrap().permissions().mode() & 0o777;
                assert_eq!(mode, 0o700, "{step}: {}", folder.display());
            }
        }
    }
}

#[test]
fn since_bundles_exactly_the_reports_that_changed() {
    let dir = team_project();
    let out = distribute(dir.path(), "before", &[]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let record = dir.path().join("content/assessments/2024H2/A3.yaml");
    let text = fs::read_to_string(&record).unwrap();
    fs::write(
        &record,
        text.replace("negotiation: { level: 0 }", "negotiation: { level: 1 }"),
    )
    .unwrap();
    let out = distribute(dir.path(), "after", &["--since", "before/manifest.json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains("changed A3 丙三"), "{}", stdout(&out));
    let zip = zip_entries(&fs::read(dir.path().join("after/M1-李强-2024H2.zip")).unwrap());
    let reports: Vec<&str> = zip
        .keys()
        .filter(|k| k.contains("/reports/"))
        .map(String::as_str)
        .collect();
    assert_eq!(reports, ["M1-李强-2024H2/reports/A3-丙三-2024H2.pdf"]);
    let changes = csv_rows(&fs::read(dir.path().join("after/changes.csv")).unwrap());
    assert_eq!(changes.len(), 1);
    assert_eq!(changes[0]["employee_id"], "A3");
    assert_eq!(changes[0]["change"], "changed");
    // Against the CSV form of the new manifest nothing changed: no bundle at all.
    let out = distribute(dir.path(), "none", &["--since", "after/manifest.csv"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stdout(&out).contains("no report of cycle 2024H2 changed"),
        "{}",
        stdout(&out)
    );
    assert!(!dir.path().join("none/M1-李强-2024H2.zip").exists());
}

#[test]
fn every_sample_summary_keeps_its_headings_with_their_text() {
    let checked = rungs::project::Project::open(&repo().join("content"), None)
        .unwrap()
        .check()
        .unwrap();
    let build = checked
        .build(rungs::render::BuildInfo::default(), Default::default())
        .unwrap();
    // A member's change since last cycle follows them across teams: E1012 moved from M04 to
    // E1008, a team with no earlier cycle.
    let evaluations = build.evaluations();
    let members: Vec<team::Member> = build
        .model()
        .records
        .assessments
        .iter()
        .zip(&evaluations)
        .collect();
    let by_manager = team::summarise_teams(
        &build.model().standard,
        &build.model().records,
        Grouping::Manager,
        &members,
    );
    let (_, new_team) = by_manager
        .iter()
        .find(|((cycle, t), _)| cycle == "2024H2" && t.key == "E1008")
        .unwrap();
    assert!(new_team.previous.is_none());
    assert_eq!(
        new_team.members[0].previous.as_ref().map(|p| p.1.as_str()),
        Some("s2")
    );
    let layouts = build.summary_layouts().unwrap();
    assert!(layouts.len() >= 20, "{}", layouts.len());
    let mut problems = Vec::new();
    for (name, layout) in &layouts {
        for p in layout.stranded_headings(3) {
            problems.push(format!("{name}: {p}"));
        }
        assert!(
            layout.page_count() <= 3,
            "{name}: {} pages",
            layout.page_count()
        );
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn distribute_reuses_the_reports_of_an_up_to_date_build_and_renders_what_changed() {
    let dir = team_project();
    let out = rungs(
        dir.path(),
        &["build", "content", "--only", "reports", "--commit", "none"],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let reused = distribute(dir.path(), "reused", &[]);
    assert!(
        stderr(&reused).contains("(0 rendered, 4 reused"),
        "{}",
        stderr(&reused)
    );
    let fresh = distribute(dir.path(), "fresh", &["--no-reuse"]);
    assert!(
        stderr(&fresh).contains("(4 rendered, 0 reused"),
        "{}",
        stderr(&fresh)
    );
    assert_eq!(
        files(&dir.path().join("reused")),
        files(&dir.path().join("fresh")),
        "reusing gives the bytes rendering gives"
    );
    // A record edited since the build: its report is rendered again, the others reused.
    let record = dir.path().join("content/assessments/2024H2/A2.yaml");
    let text = fs::read_to_string(&record).unwrap();
    fs::write(
        &record,
        text.replace("sales-ability: 40", "sales-ability: 45"),
    )
    .unwrap();
    let again = distribute(dir.path(), "again", &[]);
    assert!(
        stderr(&again).contains("(1 rendered, 3 reused"),
        "{}",
        stderr(&again)
    );
    let fresh = distribute(dir.path(), "fresh2", &["--no-reuse"]);
    assert_eq!(code(&fresh), 0);
    assert_eq!(
        files(&dir.path().join("again")),
        files(&dir.path().join("fresh2"))
    );
    // A report file changed on disk since the build is not trusted.
    let a1 = dir.path().join("output/reports/sales/A1-2024H2.pdf");
    let mut bytes = fs::read(&a1).unwrap();
    bytes.extend_from_slice(b"\n% tampered");
    fs::write(&a1, bytes).unwrap();
    let checked = distribute(dir.path(), "checked", &[]);
    assert!(
        stderr(&checked).contains("(2 rendered, 2 reused"),
        "{}",
        stderr(&checked)
    );
}

#[test]
fn distribute_never_replaces_the_build_it_reuses() {
    let dir = team_project();
    let out = rungs(
        dir.path(),
        &["build", "content", "--only", "reports", "--commit", "none"],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    for into in ["output", "output/bundles"] {
        let out = distribute(dir.path(), into, &[]);
        assert_eq!(code(&out), 2, "{into}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("refusing to write"),
            "{}",
            stderr(&out)
        );
    }
    assert!(dir.path().join("output/reports/manifest.json").is_file());
}

#[test]
fn bundles_by_department_and_by_sequence_and_passwords_only_with_encrypt() {
    let dir = team_project();
    for (by, bundle) in [
        ("department", "销售部-2024H2.zip"),
        ("sequence", "sales-2024H2.zip"),
    ] {
        let out = rungs(
            dir.path(),
            &[
                "distribute",
                "content",
                "--by",
                by,
                "--commit",
                "none",
                "--out",
                by,
            ],
        );
        assert_eq!(code(&out), 0, "{by}: {}", stderr(&out));
        let zip = zip_entries(&fs::read(dir.path().join(by).join(bundle)).unwrap());
        let stem = bundle.trim_end_matches(".zip");
        assert_eq!(
            zip.keys().filter(|k| k.contains("/reports/")).count(),
            4,
            "{by}"
        );
        assert!(zip.contains_key(&format!("{stem}/summary.pdf")), "{by}");
    }
    fs::write(dir.path().join("pw.csv"), "employee_id,password\n").unwrap();
    let out = distribute(dir.path(), "p", &["--passwords", "pw.csv"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("only applies with `--encrypt`"),
        "{}",
        stderr(&out)
    );
}

/// A manager name that would make a file name over 255 bytes fails `check`, located at the
/// name; one that makes exactly 255 (the bundle's name with room for a team number) builds
/// and is distributed.
#[test]
fn a_name_too_long_for_a_file_name_fails_check_and_one_at_the_limit_builds() {
    let dir = minimal_project();
    let record = dir.path().join("content/assessments/2024H1/E1.yaml");
    let original = fs::read_to_string(&record).unwrap();
    let with_manager = |name: &str| {
        original.replace(
            "department: 销售部\n",
            &format!("department: 销售部\nmanager: {{ id: M01, name: {name} }}\n"),
        )
    };
    // `M01-`, the name, room for `-2`, then `-2024H1.zip`: 4 + 238 + 2 + 11 = 255 bytes.
    let at_limit = format!("{}ab", "😀".repeat(59));
    fs::write(&record, with_manager(&format!("{at_limit}c"))).unwrap();
    let out = rungs(dir.path(), &["check", "content"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let text = stderr(&out);
    assert!(
        text.contains("error[too-long]: this name makes a file name of 256 bytes")
            && text.contains("--> content/assessments/2024H1/E1.yaml:4:27")
            && text.contains("help: shorten it"),
        "{text}"
    );
    fs::write(&record, with_manager(&at_limit)).unwrap();
    let out = rungs(
        dir.path(),
        &[
            "build",
            "content",
            "--commit",
            "none",
            "--only",
            "reports,summaries",
            "--out",
            "output",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let summaries = dir.path().join("output/summaries/2024H1/managers");
    assert!(summaries.join(format!("M01-{at_limit}.pdf")).exists());
    let out = distribute(dir.path(), "bundles", &["--no-reuse"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        dir.path()
            .join(format!("bundles/M01-{at_limit}-2024H1.zip"))
            .exists()
    );
}
