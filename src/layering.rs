//! The shape the crate promises, held by tests: its top-level modules depend one way (no cycle
//! among them, nor among the files of one module), and content is read only through a
//! `ContentSource` — the modules that touch the file system are the sources, the sinks, and
//! those that read what rungs itself wrote or was handed (outputs, sheets, passwords, mail
//! settings).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Modules that may use `std::fs`, and why.
const FILE_SYSTEM: &[(&str, &str)] = &[
    ("source", "the one door content comes through"),
    ("publish", "the sinks: outputs written whole"),
    ("distribute", "an earlier build's reports, a passwords file"),
    ("send", "the bundles, the send log, the mail settings"),
    ("shard", "the shards' output folders"),
    ("render/manifest.rs", "an earlier build's manifest"),
    ("spreadsheet/mod.rs", "the sheet being imported"),
    ("init", "the new project's folder"),
    (
        "fingerprint.rs",
        "the running executable, hashed into every cache key",
    ),
];

/// Every `.rs` file below `src/`, by path relative to it, without its comments.
fn sources() -> BTreeMap<String, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    walkdir::WalkDir::new(&root)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "rs"))
        .map(|e| {
            let path = e.path().strip_prefix(&root).unwrap();
            let text = std::fs::read_to_string(e.path()).unwrap();
            let code: Vec<&str> = text
                .lines()
                .map(|l| match l.find("//") {
                    Some(i) if !l[..i].contains('"') => &l[..i],
                    _ => l,
                })
                .collect();
            (path.to_string_lossy().replace('\\', "/"), code.join("\n"))
        })
        .collect()
}

/// The names `prefix` is followed by in `code`: `crate::a`, `crate::{a, b::c}` give a and b.
fn referenced(code: &str, prefix: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (at, _) in code.match_indices(prefix) {
        let rest = &code[at + prefix.len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let inside = &group[..group.find('}').unwrap_or(group.len())];
            for part in inside.split(',') {
                let name = part.trim().split("::").next().unwrap_or("").trim();
                out.insert(name.to_string());
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            out.insert(name);
        }
    }
    out
}

/// The first cycle in `edges`, if any, as the modules along it.
fn cycle(edges: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| p == node) {
            let mut found = path[i..].to_vec();
            found.push(node.to_string());
            return Some(found);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in edges.get(node).into_iter().flatten() {
            if let Some(found) = visit(next, edges, path, done) {
                return Some(found);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    edges
        .keys()
        .find_map(|n| visit(n, edges, &mut Vec::new(), &mut done))
}

/// The top-level module a file belongs to: `render/pdf/mod.rs` → `render`, `urls.rs` → `urls`.
fn top(path: &str) -> &str {
    let first = path.split('/').next().unwrap_or(path);
    first.strip_suffix(".rs").unwrap_or(first)
}

#[test]
fn top_level_modules_depend_one_way() {
    let files = sources();
    let modules: BTreeSet<&str> = files
        .keys()
        .map(|p| top(p))
        .filter(|m| !["lib", "main", "commands", "layering"].contains(m))
        .collect();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (path, code) in &files {
        let from = top(path);
        if !modules.contains(from) {
            continue;
        }
        for to in referenced(code, "crate::") {
            if to != from && modules.contains(to.as_str()) {
                edges.entry(from.to_string()).or_default().insert(to);
            }
        }
    }
    assert!(edges.len() > 10, "the scan found the modules: {edges:?}");
    assert_eq!(
        cycle(&edges),
        None,
        "a dependency cycle among the modules of src/"
    );
}

#[test]
fn the_files_of_a_module_depend_one_way() {
    let files = sources();
    // Within one folder: `super::x` from a file of the folder names its sibling x.
    let mut folders: BTreeMap<String, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    for (path, code) in &files {
        let Some((folder, file)) = path.rsplit_once('/') else {
            continue;
        };
        let name = file.strip_suffix(".rs").unwrap_or(file);
        if name == "mod" {
            continue;
        }
        let siblings: BTreeSet<String> = files
            .keys()
            .filter_map(|p| p.strip_prefix(&format!("{folder}/")))
            .map(|f| {
                f.split('/')
                    .next()
                    .unwrap()
                    .trim_end_matches(".rs")
                    .to_string()
            })
            .filter(|s| s != "mod" && s != name)
            .collect();
        for to in referenced(code, "super::") {
            if siblings.contains(&to) {
                folders
                    .entry(folder.to_string())
                    .or_default()
                    .entry(name.to_string())
                    .or_default()
                    .insert(to);
            }
        }
    }
    for (folder, edges) in &folders {
        assert_eq!(
            cycle(edges),
            None,
            "a dependency cycle among the files of src/{folder}/"
        );
    }
}

#[test]
fn content_is_read_only_through_a_source() {
    for (path, code) in sources() {
        let allowed = FILE_SYSTEM.iter().any(|(prefix, _)| {
            path == *prefix
                || path.starts_with(&format!("{prefix}/"))
                || path == format!("{prefix}.rs")
        });
        // Tests may make files of their own.
        let code = code.split("#[cfg(test)]").next().unwrap_or_default();
        if allowed
            || ["main.rs", "layering.rs"].contains(&path.as_str())
            || path.starts_with("commands/")
            // A module's tests in a file of their own.
            || path.ends_with("/tests.rs")
        {
            continue;
        }
        assert!(
            !code.contains("std::fs") && !code.contains("File::open"),
            "src/{path} reads the file system: read content through a ContentSource (or add it, with why, to FILE_SYSTEM)"
        );
    }
}

#[test]
fn the_scan_sees_references_and_cycles() {
    let refs = referenced("use crate::{a, b::c};\nlet x = crate::d::e();", "crate::");
    assert_eq!(
        refs,
        ["a", "b", "d"].map(String::from).into_iter().collect()
    );
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    edges.entry("a".into()).or_default().insert("b".into());
    edges.entry("b".into()).or_default().insert("c".into());
    assert_eq!(cycle(&edges), None);
    edges.entry("c".into()).or_default().insert("a".into());
    assert_eq!(cycle(&edges).map(|c| c.len()), Some(4));
}
