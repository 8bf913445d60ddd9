//! The standard as a workbook HR can edit in Excel, WPS or LibreOffice, and back: the
//! dictionary, the sequences, their levels and requirement grids, scoring, KPIs, positions,
//! reference items and behaviour standards, one sheet each, with a guide, drop-downs and
//! notes (`book`). An import (`read`) turns each changed cell into the smallest edit of the
//! YAML it came from (`tree`), so an unchanged workbook changes no byte and one changed cell
//! changes one line.

pub mod apply;
pub mod book;
pub mod codec;
pub mod grid;
pub mod read;
pub mod tables;
pub mod tree;

use std::collections::BTreeMap;
use std::path::Path;

use crate::interchange::node::Node;
use crate::locale::Message;
use crate::msg;
use crate::source::{ContentSource, DiskSource, EntryKind};

use self::tables::{Home, scalar};
use self::tree::Doc;

/// The settings file.
pub const SETTINGS: &str = "rungs.yaml";

/// The content files a workbook carries, as read: `rungs.yaml`, `competencies/*.yaml`,
/// `sequences/*.yaml`, by their path in the content folder.
pub struct Content {
    pub docs: BTreeMap<String, Doc>,
}

impl Content {
    /// Reads the files of the content folder `dir`. A file that is not a YAML mapping is an
    /// error: `check` says what is wrong with it, and the workbook would lose it.
    pub fn read(dir: &Path) -> Result<Content, Message> {
        let source = DiskSource::open(dir).map_err(|e| e.message())?;
        Content::from_source(&source)
    }

    /// The files the workbook carries, read from `source`.
    pub fn from_source(source: &dyn ContentSource) -> Result<Content, Message> {
        let carried = |path: &str| {
            let yaml = path.ends_with(".yaml") || path.ends_with(".yml");
            match path.split('/').collect::<Vec<_>>().as_slice() {
                [SETTINGS] => true,
                ["competencies" | "sequences", name] => yaml && !name.starts_with('.'),
                _ => false,
            }
        };
        let mut files = Vec::new();
        for entry in source.entries().map_err(|e| e.message())? {
            if entry.kind == EntryKind::File && carried(&entry.path) {
                let bytes = source.read(&entry.path).map_err(|e| e.message())?;
                let text = String::from_utf8_lossy(&bytes);
                let text = text.strip_prefix('\u{feff}').unwrap_or(&text).to_string();
                files.push((entry.path, text));
            }
        }
        Content::from_files(&files)
    }

    /// The content of `files` (path in the content folder → text), as a starter project's.
    pub fn from_files(files: &[(String, String)]) -> Result<Content, Message> {
        let mut docs = BTreeMap::new();
        for (path, text) in files {
            let carried = path == SETTINGS
                || ["competencies/", "sequences/"]
                    .iter()
                    .any(|f| path.starts_with(f));
            if carried && path.ends_with(".yaml") {
                let doc =
                    Doc::parse(text).ok_or_else(|| msg!("book-file-not-yaml", path = path))?;
                docs.insert(path.clone(), doc);
            }
        }
        Ok(Content { docs })
    }

    /// A short fingerprint of the files' text: a workbook carries the one it was written from,
    /// so an import can tell that the content changed since.
    pub fn stamp(&self) -> String {
        use sha2::Digest as _;
        let mut hash = sha2::Sha256::new();
        for (path, doc) in &self.docs {
            hash.update(path.as_bytes());
            hash.update([0]);
            hash.update(doc.text.as_bytes());
            hash.update([0]);
        }
        hash.finalize()[..8]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// The files as trees an import edits.
    pub fn work(&self) -> Work {
        Work {
            nodes: self
                .docs
                .iter()
                .map(|(path, doc)| (path.clone(), doc.node()))
                .collect(),
        }
    }
}

/// The content files as an import changes them: path → tree. A path gone is a file removed.
#[derive(Clone)]
pub struct Work {
    pub nodes: BTreeMap<String, Node>,
}

impl Work {
    pub fn settings(&self) -> Option<&Node> {
        self.nodes.get(SETTINGS)
    }

    /// The files of a table's home, in path order (for sequences, by their `order`, then id).
    pub fn homes(&self, home: Home) -> Vec<(&String, &Node)> {
        let mut files: Vec<(&String, &Node)> = match home.folder() {
            None => self
                .nodes
                .iter()
                .filter(|(p, _)| p.as_str() == SETTINGS)
                .collect(),
            Some(folder) => self
                .nodes
                .iter()
                .filter(|(p, _)| p.starts_with(folder) && p[folder.len()..].starts_with('/'))
                .collect(),
        };
        if home == Home::Competency {
            // By category, in the settings' order, so a reader finds a category's together.
            let categories: Vec<String> = self.categories().into_iter().map(|(id, _)| id).collect();
            let rank = |n: &Node| {
                let category = n.get("category").and_then(scalar);
                categories
                    .iter()
                    .position(|c| Some(c) == category.as_ref())
                    .unwrap_or(categories.len())
            };
            files.sort_by_key(|(p, n)| (rank(n), p.to_string()));
        }
        if home == Home::Sequence {
            files.sort_by(|a, b| {
                let order = |n: &Node| n.get("order").and_then(Node::number);
                let key = |(p, n): &(&String, &Node)| {
                    (
                        order(n).is_none(),
                        order(n).map(|o| o as i64),
                        p.to_string(),
                    )
                };
                key(a).cmp(&key(b))
            });
        }
        files
    }

    /// The id a file's entity has: its `id`, else its file name.
    pub fn file_id(path: &str, node: &Node) -> String {
        node.get("id").and_then(scalar).unwrap_or_else(|| {
            path.rsplit('/')
                .next()
                .unwrap_or(path)
                .trim_end_matches(".yaml")
                .trim_end_matches(".yml")
                .to_string()
        })
    }

    /// The path of the file for `id` in `home`: the one whose entity has that id, else a new
    /// `<folder>/<id>.yaml`.
    pub fn path_for(&self, home: Home, id: &str) -> String {
        let Some(folder) = home.folder() else {
            return SETTINGS.to_string();
        };
        // Files are named after their id: look there first, not through every file.
        let named = format!("{folder}/{id}.yaml");
        if self
            .nodes
            .get(&named)
            .is_some_and(|n| Work::file_id(&named, n) == id)
        {
            return named;
        }
        self.homes(home)
            .into_iter()
            .find(|(p, n)| Work::file_id(p, n) == id)
            .map_or_else(|| format!("{folder}/{id}.yaml"), |(p, _)| p.clone())
    }

    /// (id, name) of each category of rungs.yaml.
    pub fn categories(&self) -> Vec<(String, String)> {
        self.settings()
            .and_then(|s| s.get("categories"))
            .map(id_names)
            .unwrap_or_default()
    }

    /// (id, name) of each contribution kind of rungs.yaml.
    pub fn kinds(&self) -> Vec<(String, String)> {
        self.settings()
            .and_then(|s| s.get("contribution_kinds"))
            .map(id_names)
            .unwrap_or_default()
    }

    /// (id, name) of each competency.
    pub fn competencies(&self) -> Vec<(String, String)> {
        self.homes(Home::Competency)
            .into_iter()
            .map(|(p, n)| {
                let id = Work::file_id(p, n);
                let name = n.get("name").and_then(scalar).unwrap_or_else(|| id.clone());
                (id, name)
            })
            .collect()
    }

    /// The most graded level a competency has (0 for a one-line standard), when it exists.
    pub fn competency_top(&self, id: &str) -> Option<usize> {
        let node = self.nodes.get(&self.path_for(Home::Competency, id))?;
        Some(match node.get("levels") {
            Some(Node::Seq(levels)) => levels.len(),
            _ => 0,
        })
    }
}

/// (id, name) of each entry of a list of `{ id, name }`.
pub fn id_names(list: &Node) -> Vec<(String, String)> {
    match list {
        Node::Seq(items) => items
            .iter()
            .filter_map(|i| {
                let id = scalar(i.get("id")?)?;
                let name = i.get("name").and_then(scalar).unwrap_or_else(|| id.clone());
                Some((id, name))
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The entries of the list at `key` of a mapping, mutably; the list is made when missing.
pub fn list_mut<'a>(node: &'a mut Node, key: &str) -> &'a mut Vec<Node> {
    if !matches!(node.get(key), Some(Node::Seq(_))) {
        node.set(&[key], Node::Seq(Vec::new()), &tables::key_order);
    }
    match at_mut(node, &[key]) {
        Some(Node::Seq(items)) => items,
        _ => unreachable!("set just above"),
    }
}

/// The node at `path` of mapping keys, mutably.
pub fn at_mut<'a>(node: &'a mut Node, path: &[&str]) -> Option<&'a mut Node> {
    let mut node = node;
    for key in path {
        let Node::Map(entries) = node else {
            return None;
        };
        node = &mut entries.iter_mut().find(|(k, _)| k == key)?.1;
    }
    Some(node)
}

/// Sets or (with `None`) removes the value at `path`; a mapping left empty by a removal goes
/// too (`conditions:` with nothing under it says nothing).
pub fn put(node: &mut Node, path: &[&str], value: Option<Node>) {
    match value {
        Some(v) => node.set(path, v, &tables::key_order),
        None => {
            let Some((last, parents)) = path.split_last() else {
                return;
            };
            if let Some(parent) = at_mut(node, parents) {
                parent.remove(last);
            }
            for depth in (1..parents.len() + 1).rev() {
                let (up, key) = (&parents[..depth - 1], parents[depth - 1]);
                let empty =
                    matches!(node.at(&parents[..depth]), Some(Node::Map(e)) if e.is_empty());
                if empty && let Some(parent) = at_mut(node, up) {
                    parent.remove(key);
                }
            }
        }
    }
}

/// The id an entry of a list has under `key` (a level number as its digits).
pub fn entry_id(entry: &Node, key: &str) -> Option<String> {
    entry.get(key).and_then(scalar)
}

/// A file an import writes or removes.
#[derive(Debug, Clone, PartialEq)]
pub enum FileChange {
    /// The file's new text; `created` when it did not exist.
    Write {
        path: String,
        text: String,
        created: bool,
    },
    Remove {
        path: String,
    },
}

/// Something an import would remove: a file, or the lines of an entry (its first line shown).
#[derive(Debug, Clone, PartialEq)]
pub struct Removal {
    pub path: String,
    /// The line in the old file, 0 for a whole file.
    pub line: usize,
    pub text: String,
}

/// The edits that make the content `content` into `work`: each changed file's smallest edit,
/// new files laid out as hand-written ones, removed files; and what they remove.
pub fn file_changes(content: &Content, work: &Work) -> (Vec<FileChange>, Vec<Removal>) {
    let mut files = Vec::new();
    let mut removals = Vec::new();
    for (path, doc) in &content.docs {
        match work.nodes.get(path) {
            None => {
                files.push(FileChange::Remove { path: path.clone() });
                removals.push(Removal {
                    path: path.clone(),
                    line: 0,
                    text: doc.node().get("name").and_then(scalar).unwrap_or_default(),
                });
            }
            Some(node) => {
                let edited = tree::edit(doc, node);
                if edited.text != doc.text {
                    removals.extend(edited.removed.into_iter().map(|(line, text)| Removal {
                        path: path.clone(),
                        line,
                        text,
                    }));
                    files.push(FileChange::Write {
                        path: path.clone(),
                        text: edited.text,
                        created: false,
                    });
                }
            }
        }
    }
    for (path, node) in &work.nodes {
        if content.docs.contains_key(path) {
            continue;
        }
        let editor_line = crate::load::schema::SchemaKind::of(path)
            .map(|kind| format!("{}\n", kind.editor_line(path)))
            .unwrap_or_default();
        files.push(FileChange::Write {
            path: path.clone(),
            text: format!("{editor_line}{}", crate::interchange::node::emit(node)),
            created: true,
        });
    }
    (files, removals)
}
