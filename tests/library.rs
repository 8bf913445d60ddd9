//! rungs as a library: a whole build from content held in memory into a memory sink, with no
//! file system involved, and records read from a source of their own.

mod common;

use std::fs;

use common::*;
use rungs::project::Part;
use rungs::publish::{MemorySink, NoCache, PublishError, Sink};
use rungs::render::BuildInfo;
use rungs::source::{DiskSource, MemorySource};
use rungs::{Checked, Project};

/// The minimal fixture project, read into memory; `records` takes its assessments apart.
fn in_memory(records_apart: bool) -> (MemorySource, MemorySource) {
    let root = fixtures().join("minimal");
    let mut standards = MemorySource::new("memory");
    let mut records = MemorySource::new("records");
    for path in walk(&root) {
        let relative = path
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let bytes = fs::read(&path).unwrap();
        match relative.strip_prefix("assessments/") {
            Some(rest) if records_apart => records.insert(rest, bytes),
            _ => standards.insert(relative, bytes),
        };
    }
    (standards, records)
}

fn build_all(checked: &Checked) -> std::collections::BTreeMap<String, Vec<u8>> {
    let build = checked
        .build(BuildInfo::default(), Default::default())
        .expect("no errors");
    let sink = MemorySink::new();
    let summary = build.render(&Part::ALL, &sink, &NoCache, &|| {}).unwrap();
    assert_eq!((summary.handbooks, summary.reports), (1, 2));
    sink.into_files()
}

#[test]
fn a_whole_build_in_memory_matches_a_build_from_disk() {
    let (standards, _) = in_memory(false);
    let checked = Project::new(Box::new(standards), None).check().unwrap();
    assert!(checked.diagnostics.is_empty(), "{:?}", checked.diagnostics);
    let memory = build_all(&checked);
    for expected in [
        "site/index.html",
        "site/sequences/sales/s2.html",
        "site/search-index.js",
        "handbook.pdf",
        "reports/sales/E1-2024H1.pdf",
        "reports/sales/E2-2024H1.pdf",
    ] {
        assert!(memory.contains_key(expected), "{expected} missing");
    }
    let disk = Project::new(
        Box::new(DiskSource::open(&fixtures().join("minimal")).unwrap()),
        None,
    )
    .check()
    .unwrap();
    let from_disk = build_all(&disk);
    let differ: Vec<&String> = memory
        .keys()
        .chain(from_disk.keys())
        .filter(|k| memory.get(*k) != from_disk.get(*k))
        .collect();
    assert!(differ.is_empty(), "the source changes {differ:?}");
}

#[test]
fn records_come_from_their_own_source_and_the_site_never_sees_them() {
    let (standards, records) = in_memory(true);
    let checked = Project::new(Box::new(standards), Some(Box::new(records)))
        .check()
        .unwrap();
    assert!(checked.diagnostics.is_empty(), "{:?}", checked.diagnostics);
    let model = checked.model.as_ref().unwrap();
    assert_eq!(model.records.assessments.len(), 2);
    assert_eq!(
        model.records.assessments[0].file, "assessments/2024H1/E1.yaml",
        "records keep their logical path"
    );
    let files = build_all(&checked);
    // The handbook's PDF and Word edition the site offers are the standard's own files (their
    // text is checked with the handbook's); the rest of the site is text.
    for offered in ["handbook.pdf", "handbook.docx"] {
        assert_eq!(files[offered], files[&format!("site/downloads/{offered}")]);
    }
    let site: String = files
        .iter()
        .filter(|(p, _)| p.starts_with("site/") && !p.starts_with("site/downloads/"))
        .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
        .collect();
    assert!(site.contains("测试标准"));
    for private in ["张三", "王五", "E1", "E2"] {
        assert!(!site.contains(private), "{private} reached the site");
    }
}

#[test]
fn a_records_source_hides_the_contents_own_records_with_a_warning() {
    let (standards, _) = in_memory(false);
    let records = MemorySource::new("elsewhere");
    let checked = Project::new(Box::new(standards), Some(Box::new(records)))
        .check()
        .unwrap();
    let codes: Vec<&str> = checked.diagnostics.iter().map(|d| d.code.name).collect();
    assert_eq!(codes, ["records-ignored"]);
    assert_eq!(checked.model.unwrap().records.assessments.len(), 0);
}

#[test]
fn diagnostics_of_records_show_where_the_records_are() {
    let (standards, mut records) = in_memory(true);
    records.insert("2024H1/E3.yaml", "employee_id: E3\nnmae: x\n");
    let checked = Project::new(Box::new(standards), Some(Box::new(records)))
        .check()
        .unwrap();
    let text = rungs::diagnostics::render_human(
        &checked.diagnostics,
        &checked.sources,
        false,
        rungs::locale::Language::en(),
    );
    assert!(
        text.contains("--> records/2024H1/E3.yaml:2:1"),
        "the records source's own path is shown:\n{text}"
    );
    let json = rungs::diagnostics::render_json(
        &checked.diagnostics,
        &checked.sources,
        rungs::locale::Language::en(),
    );
    assert!(
        json.contains("\"file\": \"assessments/2024H1/E3.yaml\""),
        "{json}"
    );
}

/// A sink that keeps nothing it is given: it cannot give a report back.
struct Forgetful;

impl Sink for Forgetful {
    fn put(&self, _path: &rungs::urls::OutputPath, _bytes: &[u8]) -> Result<(), PublishError> {
        Ok(())
    }

    fn get(&self, _path: &rungs::urls::OutputPath) -> Option<Vec<u8>> {
        None
    }

    fn digest(&self, _path: &rungs::urls::OutputPath) -> Option<String> {
        None
    }
}

#[test]
fn a_build_refuses_a_sink_that_cannot_give_back_a_report_it_wrote() {
    let (standards, _) = in_memory(false);
    let checked = Project::new(Box::new(standards), None).check().unwrap();
    let build = checked
        .build(BuildInfo::default(), Default::default())
        .expect("no errors");
    let error = build
        .render(&[Part::Reports], &Forgetful, &NoCache, &|| {})
        .expect_err("a manifest without the reports' digests");
    let message = error.to_string();
    assert!(
        message.contains("reports/sales/E1-2024H1.pdf") && message.contains("does not give back"),
        "{message}"
    );
}

/// An English standard's report lists assessors the English way, not with `、`, and carries no
/// Chinese punctuation from the templates (colons, brackets).
#[test]
fn an_english_report_joins_its_assessors_with_commas() {
    let (mut standards, _) = in_memory(false);
    let settings = fs::read_to_string(fixtures().join("minimal/rungs.yaml")).unwrap();
    standards.insert(
        "rungs.yaml",
        settings
            .replace("language: zh-CN", "language: en")
            .into_bytes(),
    );
    let record = fs::read_to_string(fixtures().join("minimal/assessments/2024H1/E1.yaml")).unwrap();
    let record = record.replace("assessors: [李四]", "assessors: [Li Si, Wang Wu]");
    standards.insert("assessments/2024H1/E1.yaml", record.into_bytes());
    let checked = Project::new(Box::new(standards), None).check().unwrap();
    assert_eq!(checked.errors(), 0, "{:?}", checked.diagnostics);
    let files = build_all(&checked);
    let text = pdf_text(&files["reports/sales/E1-2024H1.pdf"]);
    assert!(text.contains("Li Si, Wang Wu"), "{text}");
    for mark in ['、', '：', '（', '）', '；'] {
        assert!(
            !text.contains(mark),
            "Chinese punctuation `{mark}` in an English report:\n{text}"
        );
    }
}

/// `rungs serve` checks the same folders on every save through a parse cache: a document
/// whose text is unchanged is not parsed again. What it gives must be what a fresh check gives,
/// after an edit that breaks a file and after the edit that mends it.
#[test]
fn a_check_through_a_parse_cache_is_a_fresh_check() {
    let dir = minimal_project();
    let content = dir.path().join("content");
    let cache = std::sync::Arc::new(rungs::load::ParseCache::default());
    let cached = || {
        Project::open(&content, None)
            .unwrap()
            .with_parse_cache(cache.clone())
            .check()
            .unwrap()
    };
    let fresh = || Project::open(&content, None).unwrap().check().unwrap();
    let first = cached();
    assert!(first.diagnostics.is_empty(), "{:?}", first.diagnostics);
    let built = build_all(&first);
    assert_eq!(
        build_all(&cached()),
        built,
        "a second check through the cache"
    );

    let file = "competencies/customer-orientation.yaml";
    replace_in(
        &content,
        file,
        "category: quality",
        "category: qualty\ncolour: red",
    );
    let broken = cached();
    assert!(broken.errors() >= 2, "{:?}", broken.diagnostics);
    assert_eq!(broken.diagnostics, fresh().diagnostics);
    assert!(
        broken
            .diagnostics
            .iter()
            .all(|d| { d.location.as_ref().is_some_and(|l| l.file == file) })
    );

    replace_in(
        &content,
        file,
        "category: qualty\ncolour: red",
        "category: quality",
    );
    let mended = cached();
    assert!(mended.diagnostics.is_empty(), "{:?}", mended.diagnostics);
    assert_eq!(
        build_all(&mended),
        built,
        "the mended file parses as before"
    );
}
