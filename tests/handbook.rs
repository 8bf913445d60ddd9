//! The handbook PDF and the one-page sheets, held to the rules of a printed standard on Typst's
//! laid-out pages: no heading stranded at the foot of a page, every level on a new page, every
//! sheet on one page, and the outline down to every sequence, level and competency.

mod common;

use common::*;
use rungs::Project;
use rungs::render::BuildInfo;
use rungs::render::pdf::fit::MIN_SPAN;
use rungs::render::pdf::layout::{Layout, Problem};

fn sample() -> rungs::Checked {
    let checked = Project::open(&repo().join("content"), None)
        .unwrap()
        .check()
        .unwrap();
    assert_eq!(checked.errors(), 0);
    checked
}

#[test]
fn the_handbook_keeps_headings_with_their_text_and_starts_every_level_on_a_page() {
    let checked = sample();
    let build = checked
        .build(BuildInfo::default(), Default::default())
        .unwrap();
    let layout = build.handbook_layout().unwrap();
    let problems: Vec<String> = layout
        .stranded_headings(3)
        .iter()
        .chain(&layout.not_starting_a_page("level-start"))
        .chain(&layout.split_across_pages("sheet-start", "sheet-end"))
        .chain(&layout.sparse_pages(MIN_SPAN))
        .chain(&short_sheets(&layout))
        .map(ToString::to_string)
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
    let standard = &build.model().standard;
    let levels: usize = standard.sequences.iter().map(|s| s.levels.len()).sum();
    let count = |kind: &str| layout.marks.iter().filter(|m| m.kind == kind).count();
    assert_eq!(count("level-start"), levels, "every level is marked");
    assert_eq!(count("sheet-start"), levels, "every level has its sheet");
}

#[test]
fn every_sheet_is_one_page() {
    let checked = sample();
    let build = checked
        .build(BuildInfo::default(), Default::default())
        .unwrap();
    for (sequence, layout) in build.sheets_layouts().unwrap() {
        let levels = build
            .model()
            .standard
            .sequence(sequence)
            .unwrap()
            .levels
            .len();
        assert_eq!(layout.page_count(), levels, "{sequence}: one page a level");
        assert!(
            layout
                .split_across_pages("sheet-start", "sheet-end")
                .is_empty(),
            "{sequence}"
        );
        let short = short_sheets(&layout);
        assert!(short.is_empty(), "{sequence}: {short:#?}");
    }
}

/// Sheets whose text ends above 85 % of their page's height: a sheet fills its page.
fn short_sheets(layout: &Layout) -> Vec<Problem> {
    layout
        .marks
        .iter()
        .filter(|m| m.kind == "sheet-start")
        .filter(|m| layout.reach(m.page) < 0.85)
        .map(|m| Problem {
            page: m.page,
            message: format!(
                "the sheet's text ends at {:.0} % of the page",
                layout.reach(m.page) * 100.0
            ),
        })
        .collect()
}

/// The titles of the PDF's bookmarks, in order.
fn bookmarks(pdf: &[u8]) -> Vec<String> {
    let doc = lopdf::Document::load_mem(pdf).unwrap();
    let mut titles = Vec::new();
    for (_, object) in doc.objects.iter() {
        if let Ok(dict) = object.as_dict()
            && dict.has(b"Parent")
            && let Ok(title) = dict.get(b"Title")
            && let Ok(bytes) = title.as_str()
        {
            titles.push(decode_pdf_text(bytes));
        }
    }
    titles
}

fn decode_pdf_text(bytes: &[u8]) -> String {
    if let Some(utf16) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let units: Vec<u16> = utf16
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        String::from_utf8_lossy(bytes).into_owned()
    }
}

#[test]
fn the_outline_holds_every_sequence_level_and_competency() {
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
            "-q",
            "--only",
            "handbook",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let titles = bookmarks(&std::fs::read(dir.path().join("out/handbook.pdf")).unwrap());
    let checked = sample();
    let standard = &checked.model.as_ref().unwrap().standard;
    let has = |text: &str| titles.iter().any(|t| t.contains(text));
    for s in &standard.sequences {
        assert!(has(&s.name), "{} missing from {titles:?}", s.name);
        for l in &s.levels {
            assert!(
                has(&format!("{} · {}", l.name, l.title)),
                "{} {}",
                s.name,
                l.name
            );
        }
    }
    for c in &standard.competencies {
        assert!(has(&c.name), "{} missing", c.name);
    }
    for p in &standard.pages {
        assert!(has(&p.title), "{} missing", p.title);
    }
}

/// The minimal project in memory, each file's bytes as `edit` gives them back.
fn minimal_in_memory(edit: impl Fn(&str, Vec<u8>) -> Vec<u8>) -> rungs::source::MemorySource {
    let root = fixtures().join("minimal");
    let mut source = rungs::source::MemorySource::new("memory");
    for path in walk(&root) {
        let relative = path
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let bytes = edit(&relative, std::fs::read(&path).unwrap());
        source.insert(relative, bytes);
    }
    source
}

/// The minimal project with its handbook template replaced by `template`.
fn with_handbook_template(template: &str) -> rungs::Checked {
    let mut source = minimal_in_memory(|_, bytes| bytes);
    source.insert("themes/default/typst/handbook.typ", template);
    Project::new(Box::new(source), None).check().unwrap()
}

#[test]
fn the_layout_rules_catch_what_they_are_for() {
    // Without the theme's heading rule (and without Typst's sticky headings, which keep a
    // heading with one line), a heading placed at the foot of a page strands there,
    // a level marked mid-page does not start it, and a sheet runs over two pages.
    let plain = r#"#import "common.typ": *
#set page(paper: "a4", margin: 2cm)
#show heading: set block(sticky: false)
#show heading: it => { mark("heading", level: it.level); it }
#v(24.2cm)
= Stranded
#lorem(300)
#mark("level-start")
= Mid-page level
#lorem(20)
#mark("sheet-start")
#lorem(900)
#mark("sheet-end")
"#;
    let checked = with_handbook_template(plain);
    let layout = checked
        .build(BuildInfo::default(), Default::default())
        .unwrap()
        .handbook_layout()
        .unwrap();
    let stranded = layout.stranded_headings(3);
    assert_eq!(stranded.len(), 1, "{stranded:?}");
    assert_eq!(stranded[0].page, 1);
    assert_eq!(layout.not_starting_a_page("level-start").len(), 1);
    assert_eq!(
        layout.split_across_pages("sheet-start", "sheet-end").len(),
        1
    );

    // With the theme's rule, the same heading moves to the next page with its text, even
    // without sticky headings.
    let with_rule = plain.replace(
        "#show heading: set block(sticky: false)\n#show heading: it => { mark(\"heading\", level: it.level); it }",
        "#show: setup.with(\"zh\")\n#show heading: set block(sticky: false)",
    );
    let layout = with_handbook_template(&with_rule)
        .build(BuildInfo::default(), Default::default())
        .unwrap()
        .handbook_layout()
        .unwrap();
    assert!(
        layout.stranded_headings(3).is_empty(),
        "{:?}",
        layout.stranded_headings(3)
    );
    assert_eq!(
        layout
            .marks
            .iter()
            .find(|m| m.kind == "heading")
            .unwrap()
            .page,
        2
    );

    // A page of three lines before a full one is sparse; the last page may be short.
    let sparse = with_handbook_template(
        "#import \"common.typ\": *\n#set page(paper: \"a4\", margin: 2cm)\n#lorem(30)\n#pagebreak()\n#lorem(300)\n#pagebreak()\n#lorem(10)\n",
    )
    .build(BuildInfo::default(), Default::default())
    .unwrap()
    .handbook_layout()
    .unwrap();
    let pages: Vec<usize> = sparse
        .sparse_pages(MIN_SPAN)
        .iter()
        .map(|p| p.page)
        .collect();
    assert_eq!(pages, vec![1]);
}

/// The cover's approval block (signed roles by name and date, the others left to sign), the
/// running head naming the chapter and level, and a condition the "one of" options cover
/// saying so.
#[test]
fn the_cover_is_signed_and_every_page_says_where_it_is() {
    let dir = minimal_project();
    let content = dir.path().join("content");
    replace_in(&content, "rungs.yaml", "language: zh-CN", "language: en");
    replace_in(
        &content,
        "sequences/sales.yaml",
        "name: 销售序列",
        "name: Sales",
    );
    replace_in(
        &content,
        "sequences/sales.yaml",
        "name: 二级",
        "name: Level2",
    );
    replace_in(
        &content,
        "sequences/sales.yaml",
        "      experience_years: 3\n",
        "      experience_years: 3\n      any_of:\n        - { education: bachelor, experience_years: 3 }\n        - { education: associate, experience_years: 5 }\n",
    );
    let settings = content.join("rungs.yaml");
    std::fs::write(
        &settings,
        std::fs::read_to_string(&settings).unwrap()
            + "approval:\n  prepared: { name: Alice Chen, date: 2019-12-10 }\n  approved: { name: Bob Li, date: 2019-12-20 }\n",
    )
    .unwrap();
    let out = rungs(
        dir.path(),
        &[
            "build", "content", "--out", "out", "-q", "--only", "handbook",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = pdf_text(&std::fs::read(dir.path().join("out/handbook.pdf")).unwrap());
    for expected in [
        "Prepared by",
        "Alice Chen",
        "2019-12-10",
        "Reviewed by",
        "Approved by",
        "Bob Li",
        "Sales · Level2",
        "already part of every",
        "Signature",
    ] {
        assert!(text.contains(expected), "{expected} missing from:\n{text}");
    }
}

/// The base names of the fonts a PDF embeds.
fn font_names(pdf: &[u8]) -> Vec<String> {
    let doc = lopdf::Document::load_mem(pdf).unwrap();
    let mut names: Vec<String> = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.get(b"Type").and_then(|t| t.as_name()).ok() == Some(b"Font"))
        .filter_map(|d| d.get(b"BaseFont").and_then(|n| n.as_name()).ok())
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .collect();
    names.sort();
    names.dedup();
    names
}

#[test]
fn the_handbook_is_set_in_the_serif_the_settings_choose() {
    let face = |settings_tail: &str| {
        let source = minimal_in_memory(|file, mut bytes| {
            if file == "rungs.yaml" {
                bytes.extend_from_slice(settings_tail.as_bytes());
            }
            bytes
        });
        let checked = Project::new(Box::new(source), None).check().unwrap();
        assert_eq!(checked.errors(), 0);
        let build = checked
            .build(BuildInfo::default(), Default::default())
            .unwrap();
        let standard = &build.model().standard;
        let handbook = rungs::render::pdf::document::handbook(standard, build.info()).unwrap();
        font_names(&build.document_renderer().unwrap().pdf(&handbook).unwrap())
    };
    let serif = face("");
    assert!(
        serif.iter().any(|f| f.contains("NotoSerifCJKsc-Regular")),
        "{serif:?}"
    );
    // Headings stay in the sans.
    assert!(
        serif.iter().any(|f| f.contains("NotoSansCJKsc-Bold")),
        "{serif:?}"
    );
    let sans = face("\nhandbook:\n  body_font: sans\n");
    assert!(!sans.iter().any(|f| f.contains("Serif")), "{sans:?}");
    assert!(
        sans.iter().any(|f| f.contains("NotoSansCJKsc-Regular")),
        "{sans:?}"
    );
}
