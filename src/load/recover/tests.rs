use super::*;

fn at(line: u32, column: u32) -> Pos {
    Pos { line, column }
}

fn patched(text: &str, pos: Pos, repair: Repair) -> String {
    let (out, _) = Document::new(text).apply(pos, repair).expect("a repair");
    assert_eq!(
        out.matches('\n').count(),
        text.matches('\n').count(),
        "line breaks kept"
    );
    out
}

#[test]
fn an_entry_goes_with_its_nested_block() {
    let text = "a: 1\nb:\n  c: 2\n  d:\n    - x\ne: 3\n";
    assert_eq!(
        patched(text, at(2, 1), Repair::RemoveEntry),
        "a: 1\n  \n      \n    \n       \ne: 3\n"
    );
    let text = "a: 1\nb:\n- x\n- y\ne: 3\n";
    assert_eq!(
        patched(text, at(2, 1), Repair::RemoveEntry),
        "a: 1\n  \n   \n   \ne: 3\n"
    );
    let text = "  - age: 3\n    name: x\n";
    assert_eq!(
        patched(text, at(1, 5), Repair::RemoveEntry),
        "  -       \n    name: x\n"
    );
}

#[test]
fn a_misspelt_key_is_renamed_in_place() {
    assert_eq!(
        patched("- { nmae: x, b: 1 }\n", at(1, 5), Repair::RenameKey("name")),
        "- { name: x, b: 1 }\n"
    );
    assert_eq!(
        patched("itemsx: { a: 1 }\n", at(1, 1), Repair::RenameKey("items")),
        "items : { a: 1 }\n"
    );
    // Longer only where the value is below.
    assert_eq!(
        patched("levl:\n  - 1\n", at(1, 1), Repair::RenameKey("levels")),
        "levels:\n  - 1\n"
    );
    assert!(
        Document::new("levl: 1\n")
            .apply(at(1, 1), Repair::RenameKey("level"))
            .is_none()
    );
}

#[test]
fn a_flow_entry_goes_with_its_comma() {
    let text = "- { a: 1, age: [1, 2], b: x }\n";
    assert_eq!(
        patched(text, at(1, 11), Repair::RemoveEntry),
        "- { a: 1,              b: x }\n"
    );
    let text = "- { a: 1, b: x }\n";
    assert_eq!(
        patched(text, at(1, 11), Repair::RemoveEntry),
        "- { a: 1,      }\n"
    );
}

#[test]
fn placeholders_keep_what_follows_in_place() {
    let text = "- { level: two, key: true }\n";
    assert_eq!(
        patched(text, at(1, 12), Repair::Placeholder("0")),
        "- { level: 0  , key: true }\n"
    );
    // Longer than the value: only where nothing follows on the line.
    assert_eq!(
        patched("key: 是 # yes\n", at(1, 6), Repair::Placeholder("false")),
        "key: false # yes\n"
    );
    assert!(
        Document::new("{ key: 是, b: 1 }\n")
            .apply(at(1, 8), Repair::Placeholder("false"))
            .is_none()
    );
    // A block mapping where text was expected.
    assert_eq!(
        patched(
            "name:\n  a: 1\n  b: 2\nc: 3\n",
            at(2, 3),
            Repair::Placeholder("\"\"")
        ),
        "name:\n  \"\"  \n      \nc: 3\n"
    );
    // An empty value, reported at the colon or after the dash.
    assert_eq!(
        patched("list:\nb: 1\n", at(1, 5), Repair::Placeholder("[]")),
        "list: []\nb: 1\n"
    );
    assert_eq!(
        patched("  -\n", at(1, 4), Repair::Placeholder("{}")),
        "  - {}\n"
    );
    // A value's continuation lines go with it.
    assert_eq!(
        patched(
            "n: { a: 1 }\n  more\nm: 1\n",
            at(1, 4),
            Repair::Placeholder("\"\"")
        ),
        "n: \"\"      \n      \nm: 1\n"
    );
    assert_eq!(
        patched("- two\n  three\n- 3\n", at(1, 3), Repair::Placeholder("0")),
        "- 0  \n       \n- 3\n"
    );
    // A block scalar, reported at its first line of content.
    assert_eq!(
        patched(
            "n: |\n  two\n  three\nm: 1\n",
            at(2, 3),
            Repair::Placeholder("0")
        ),
        "n: 0\n     \n       \nm: 1\n"
    );
    // A bracket or quote never closed has no end to replace up to.
    for open in [
        "n: [a, b\nm: 1\n",
        "n: \"a\nm: 1\n",
        "n: [a,\n  b\nm: [1]\n",
    ] {
        assert!(
            Document::new(open)
                .apply(at(1, 4), Repair::Placeholder("0"))
                .is_none(),
            "{open}"
        );
    }
    assert!(
        Document::new("- { n: [a }\n")
            .apply(at(1, 8), Repair::Placeholder("0"))
            .is_none()
    );
    assert_eq!(
        patched("n: [a,\n  b\n]\nm: 1\n", at(1, 4), Repair::Placeholder("0")),
        "n: 0  \n   \n \nm: 1\n"
    );
    assert!(
        Document::new("n: *alias\n")
            .apply(at(1, 4), Repair::Placeholder("0"))
            .is_none()
    );
}

#[test]
fn any_repair_anywhere_keeps_the_lines() {
    let texts = [
        "a: 1\nb: { c: \"x, }\", d: [1, {e: 2}] }\n- q: 'it''s' # c\n  r: |\n    text\n\ts: 名称\n",
        "- \n-\n? k\n: v\n*a: &b x\n!!str t: 1\n\"unclosed\n{ [\n",
        "",
        "x",
    ];
    let repairs = [
        Repair::RemoveEntry,
        Repair::Placeholder("0"),
        Repair::Placeholder("\"\""),
        Repair::Placeholder("{}"),
    ];
    for text in texts {
        let doc = Document::new(text);
        for line in 0..12 {
            for column in 0..30 {
                for repair in repairs {
                    let at = at(line, column);
                    if let Some((out, _)) = doc.apply(at, repair) {
                        assert_eq!(
                            out.matches('\n').count(),
                            text.matches('\n').count(),
                            "{at:?}"
                        );
                    }
                    doc.same_mapping(at, Pos { line: 2, column: 1 });
                }
            }
        }
    }
}

#[test]
fn keys_of_one_mapping() {
    let text = Document::new("a:\n  x: 1\n  y: 2\nb:\n  x: 1\n- { p: 1, q: 2 }\n- { r: 1 }\n");
    assert!(text.same_mapping(at(2, 3), at(3, 3)));
    assert!(!text.same_mapping(at(2, 3), at(5, 3)));
    assert!(text.same_mapping(at(6, 5), at(6, 11)));
    assert!(text.same_mapping(at(6, 3), at(6, 11)));
    assert!(!text.same_mapping(at(6, 5), at(7, 5)));
    let items = Document::new("- a: 1\n  b: 2\n- a: 1\n");
    assert!(items.same_mapping(at(1, 3), at(2, 3)));
    assert!(!items.same_mapping(at(1, 3), at(3, 3)));
}
