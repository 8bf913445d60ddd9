//! The handbook's Word edition (`handbook.docx`), read as the package Word opens: A4 with the
//! official-document margins, East-Asian fonts on every style, header rows that repeat and rows
//! that never split, a contents field, the approval block, every level and competency as text
//! and no pictures, the same bytes twice, and its place on the site.

mod common;

use std::collections::BTreeMap;
use std::io::Read;

use common::*;

/// Builds the sample's Word edition (and the site, which offers it) and returns its parts.
fn sample_docx() -> (BTreeMap<String, String>, Vec<u8>, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let built = rungs(
        &repo(),
        &[
            "build",
            "content",
            "--out",
            out.to_str().unwrap(),
            "--commit",
            "none",
            "-q",
            "--only",
            "word,site",
        ],
    );
    assert_eq!(code(&built), 0, "{}", stderr(&built));
    let bytes = std::fs::read(out.join("handbook.docx")).unwrap();
    (parts(&bytes), bytes, dir)
}

fn parts(bytes: &[u8]) -> BTreeMap<String, String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut parts = BTreeMap::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        if file.is_dir() {
            continue;
        }
        let mut text = String::new();
        file.read_to_string(&mut text).unwrap();
        parts.insert(file.name().unwrap().to_string(), text);
    }
    parts
}

/// The text of every `<w:t>` run, joined.
fn text(document: &str) -> String {
    document
        .split("<w:t xml:space=\"preserve\">")
        .skip(1)
        .filter_map(|s| s.split("</w:t>").next())
        .collect()
}

#[test]
fn the_word_edition_is_laid_out_as_an_official_document() {
    let (parts, bytes, dir) = sample_docx();
    let document = &parts["word/document.xml"];
    let styles = &parts["word/styles.xml"];
    // A4, type area 156 × 225 mm: margins 37 / 35 / 28 / 26 mm in twips.
    assert!(document.contains("w:w=\"11906\" w:h=\"16838\""), "A4");
    for margin in [
        "w:top=\"2098\"",
        "w:bottom=\"1985\"",
        "w:left=\"1588\"",
        "w:right=\"1474\"",
    ] {
        assert!(document.contains(margin), "{margin}");
    }
    // Every style names its East-Asian face; body 三号仿宋 (16 pt), headings 黑体 and 楷体.
    for id in [
        "Normal",
        "Title",
        "Unlisted",
        "Heading1",
        "Heading2",
        "Heading3",
        "TableText",
        "TableHeader",
    ] {
        let style = styles
            .split("<w:style ")
            .find(|s| s.contains(&format!("w:styleId=\"{id}\"")))
            .unwrap_or_else(|| panic!("style {id} missing"));
        assert!(
            style.contains("w:eastAsia=\""),
            "{id} names no East-Asian font"
        );
    }
    assert!(styles.contains("w:eastAsia=\"仿宋\""));
    assert!(styles.contains("w:eastAsia=\"黑体\""));
    assert!(styles.contains("w:eastAsia=\"方正小标宋简体\""));
    // Every table repeats its header row; no row splits over a page.
    let tables = document.matches("<w:tbl>").count();
    assert!(tables > 50, "only {tables} tables");
    assert_eq!(document.matches("<w:tblHeader />").count(), tables);
    assert_eq!(
        document.matches("<w:tr>").count(),
        document.matches("<w:cantSplit />").count()
    );
    // A contents field over headings with outline levels, updated when opened.
    assert!(document.contains(" TOC \\o &quot;1-3&quot;"));
    assert!(styles.contains("<w:outlineLvl w:val=\"0\" />"));
    // The revision record's and the contents' own titles are not listed in the contents.
    let unlisted = styles.split("w:styleId=\"Unlisted\"").nth(1).unwrap();
    let unlisted = unlisted.split("</w:style>").next().unwrap();
    assert!(!unlisted.contains("outlineLvl"), "{unlisted}");
    assert!(parts["word/settings.xml"].contains("<w:updateFields w:val=\"true\" />"));
    // The running head on every page but the cover, page numbers in the footer.
    assert!(document.contains("<w:titlePg />"));
    let header = parts
        .iter()
        .find(|(p, _)| p.starts_with("word/header"))
        .map(|(_, x)| text(x))
        .unwrap_or_default();
    assert!(
        header.contains("营销体系任职资格标准 · 第01版 · HR-QS-2013-001"),
        "{header}"
    );
    // No pictures: every text is text.
    assert!(!document.contains("<w:drawing") && !document.contains("<pic:"));
    assert!(!parts.keys().any(|p| p.starts_with("word/media")));
    // The approval block, every level and competency.
    let words = text(document);
    for expected in [
        "编制",
        "审核",
        "批准",
        "人力资源部 王芳",
        "2013-09-25",
        "修订记录",
        "目录",
    ] {
        assert!(words.contains(expected), "{expected} missing");
    }
    let checked = rungs::Project::open(&repo().join("content"), None)
        .unwrap()
        .check()
        .unwrap();
    let standard = &checked.model.as_ref().unwrap().standard;
    for s in &standard.sequences {
        for l in &s.levels {
            let heading = format!("{} · {}", l.name, l.title);
            assert!(words.contains(&heading), "{heading} missing");
        }
    }
    for c in &standard.competencies {
        assert!(words.contains(&c.name), "{} missing", c.name);
    }
    // The same standard gives the same bytes, and the site offers this very file.
    let (_, again, _again_dir) = sample_docx();
    assert!(bytes == again, "two builds differ");
    let offered = std::fs::read(dir.path().join("out/site/downloads/handbook.docx")).unwrap();
    assert!(offered == bytes, "the site offers another file");
    let downloads = std::fs::read_to_string(dir.path().join("out/site/downloads.html")).unwrap();
    assert!(downloads.contains("href=\"downloads/handbook.docx\""));
}
