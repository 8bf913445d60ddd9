//! The content's git history, read with gix (no git program): which commit last touched the
//! standards (the content folder without `assessments/`), whether the working tree differs from
//! it, and the content as it was at any revision — read from git's objects into a source the
//! pipeline loads like a folder, so nothing is checked out to disk.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use gix::ObjectId;

use crate::locale::Message;
use crate::msg;
use crate::source::{ContentSource, DiskSource, MemorySource};

/// The folder of records inside a content folder: not part of the standards.
const RECORDS: &str = "assessments";

/// Blobs below a folder at a commit: path → (blob, is a symbolic link).
type Files = BTreeMap<String, (ObjectId, bool)>;

/// A commit met walking first-parent history, with the content folder's tree there and at
/// its parent.
struct Step {
    /// How many commits before HEAD (0: HEAD itself).
    back: u32,
    id: ObjectId,
    seconds: i64,
    tree: Option<ObjectId>,
    parent_tree: Option<ObjectId>,
}

/// A content folder inside a git repository.
pub struct History {
    repo: gix::Repository,
    /// The content folder relative to the work tree, `/`-separated; empty at its root.
    prefix: String,
    /// The content folder on disk.
    content: PathBuf,
}

/// A revision resolved to a commit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    pub id: ObjectId,
    /// As the user wrote it (`HEAD~1`, `v1`).
    pub name: String,
}

impl Revision {
    /// The first 12 hex digits.
    pub fn short(&self) -> String {
        self.id.to_hex_with_len(12).to_string()
    }
}

#[derive(Debug)]
pub enum HistoryError {
    /// The content folder is not inside a git work tree.
    NotARepository(PathBuf),
    /// A revision that does not name a commit.
    UnknownRevision(String, String),
    /// The content folder does not exist at that revision.
    NoContentAt(String, String),
    /// Reading the repository failed.
    Git(String),
}

impl HistoryError {
    /// What went wrong, to say in the user's language.
    pub fn message(&self) -> Message {
        match self {
            HistoryError::NotARepository(p) => {
                msg!("history-not-a-repository", path = p.display().to_string())
            }
            HistoryError::UnknownRevision(rev, why) => {
                msg!("history-unknown-revision", rev = rev, error = why)
            }
            HistoryError::NoContentAt(rev, prefix) => {
                msg!("history-no-content-at", rev = rev, folder = prefix)
            }
            HistoryError::Git(why) => msg!("history-git", error = why),
        }
    }
}

/// In English, for logs and tests; the command line says [`HistoryError::message`].
impl fmt::Display for HistoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().english())
    }
}

impl std::error::Error for HistoryError {}

fn git(e: impl fmt::Display) -> HistoryError {
    HistoryError::Git(e.to_string())
}

impl History {
    /// The repository holding `content`, which must exist.
    pub fn discover(content: &Path) -> Result<History, HistoryError> {
        let not_a_repo = || HistoryError::NotARepository(content.to_path_buf());
        let absolute = content.canonicalize().map_err(|_| not_a_repo())?;
        let repo = gix::discover(&absolute).map_err(|_| not_a_repo())?;
        let workdir = repo
            .workdir()
            .ok_or_else(not_a_repo)?
            .canonicalize()
            .map_err(|_| not_a_repo())?;
        let relative = absolute.strip_prefix(&workdir).map_err(|_| not_a_repo())?;
        let prefix = relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        Ok(History {
            repo,
            prefix,
            content: content.to_path_buf(),
        })
    }

    /// Resolves `rev` (a hash, a tag, a branch, `HEAD~1` …) to a commit.
    pub fn resolve(&self, rev: &str) -> Result<Revision, HistoryError> {
        let repo = &self.repo;
        let unknown =
            |e: &dyn fmt::Display| HistoryError::UnknownRevision(rev.into(), e.to_string());
        let id = repo.rev_parse_single(rev).map_err(|e| unknown(&e))?;
        let commit = id
            .object()
            .map_err(|e| unknown(&e))?
            .peel_to_commit()
            .map_err(|e| unknown(&e))?;
        Ok(Revision {
            id: commit.id,
            name: rev.to_string(),
        })
    }

    /// The content folder as it was at `rev`, read into memory (content folders are small;
    /// symbolic links are left out, as a build never follows them), with or without its
    /// records.
    pub fn source_at(&self, rev: &Revision, records: bool) -> Result<MemorySource, HistoryError> {
        let files = self
            .files_at(rev.id)?
            .ok_or_else(|| HistoryError::NoContentAt(rev.name.clone(), self.prefix.clone()))?;
        let mut source = MemorySource::new(format!("{}@{}", self.content.display(), rev.name));
        for (path, (oid, link)) in files {
            if !link && (records || !is_record(&path)) {
                let object = self.repo.find_object(oid).map_err(git)?;
                source.insert(path, object.detach().data);
            }
        }
        Ok(source)
    }

    /// Every blob below the content folder at `commit`, by path relative to it; `None` when
    /// the folder does not exist there.
    fn files_at(&self, commit: ObjectId) -> Result<Option<Files>, HistoryError> {
        let tree = self
            .repo
            .find_commit(commit)
            .map_err(git)?
            .tree()
            .map_err(git)?;
        let tree = if self.prefix.is_empty() {
            tree
        } else {
            match tree.lookup_entry_by_path(&self.prefix).map_err(git)? {
                Some(entry) if entry.mode().is_tree() => entry.object().map_err(git)?.into_tree(),
                _ => return Ok(None),
            }
        };
        let mut recorder = gix::traverse::tree::Recorder::default();
        tree.traverse().breadthfirst(&mut recorder).map_err(git)?;
        Ok(Some(
            recorder
                .records
                .into_iter()
                .filter(|e| e.mode.is_blob() || e.mode.is_link())
                .map(|e| (e.filepath.to_string(), (e.oid, e.mode.is_link())))
                .collect(),
        ))
    }

    /// The standards' files (the content folder without its records) at `commit`.
    fn standards_at(&self, commit: ObjectId) -> Option<BTreeMap<String, ObjectId>> {
        let files = self.files_at(commit).ok()??;
        Some(
            files
                .into_iter()
                .filter(|(path, _)| !is_record(path))
                .map(|(path, (oid, _))| (path, oid))
                .collect(),
        )
    }

    /// The last commit that changed the standards (not the records), 12 hex digits, with
    /// `-dirty` when the working tree's standards differ from HEAD's. `None` on an unborn
    /// branch or when the content folder is not committed.
    pub fn standards_stamp(&self) -> Option<String> {
        let repo = &self.repo;
        let head = repo.head_id().ok()?.detach();
        let at_head = self.standards_at(head)?;
        let mut last = head;
        let mut newer_tree = self.content_tree(head);
        // First parents only: the line of history the edition was published on. Each step
        // reads only the subtrees that changed, so a long run of record commits is cheap.
        let walk = repo.rev_walk([head]).first_parent_only().all().ok()?;
        for info in walk.skip(1) {
            let Ok(info) = info else { break };
            let tree = self.content_tree(info.id);
            if tree.is_none() {
                break;
            }
            if tree != newer_tree {
                let mut changed = Vec::new();
                self.changed_files(newer_tree, tree, "", &mut changed);
                if changed.iter().any(|p| !is_record(p)) {
                    break;
                }
            }
            last = info.id;
            newer_tree = tree;
        }
        let short = last.to_hex_with_len(12).to_string();
        Some(if self.working_tree_differs(&at_head) {
            format!("{short}-dirty")
        } else {
            short
        })
    }

    /// Whether the standards on disk differ from `committed` (paths and blob hashes).
    fn working_tree_differs(&self, committed: &BTreeMap<String, ObjectId>) -> bool {
        match self.changed_on_disk(committed, false) {
            Some((on_disk, changed)) => on_disk != committed.len() || !changed.is_empty(),
            None => true,
        }
    }

    /// How many files the content folder holds on disk (the standards, and the records when
    /// `records`), and those whose bytes are not `committed`'s blob for their path (new files
    /// among them); `None` when the folder cannot be read.
    fn changed_on_disk(
        &self,
        committed: &BTreeMap<String, ObjectId>,
        records: bool,
    ) -> Option<(usize, Vec<String>)> {
        let kind = self.repo.object_hash();
        let disk = DiskSource::open(&self.content).ok()?;
        let entries = disk.entries().ok()?;
        let on_disk: Vec<&crate::source::Entry> = entries
            .iter()
            .filter(|e| records || !is_record(&e.path))
            .collect();
        let changed = on_disk
            .iter()
            .filter(|e| {
                let Some(oid) = committed.get(&e.path) else {
                    return true;
                };
                match disk.read(&e.path) {
                    Ok(bytes) => gix::objs::compute_hash(kind, gix::objs::Kind::Blob, &bytes)
                        .map_or(true, |h| h != *oid),
                    Err(_) => true,
                }
            })
            .map(|e| e.path.clone())
            .collect();
        Some((on_disk.len(), changed))
    }

    /// The tags matching `pattern` (`*` matches any run of characters), each with its commit,
    /// oldest commit first (then by name).
    pub fn tags(&self, pattern: &str) -> Vec<Revision> {
        let Ok(platform) = self.repo.references() else {
            return Vec::new();
        };
        let Ok(tags) = platform.tags() else {
            return Vec::new();
        };
        let mut found: Vec<(i64, Revision)> = tags
            .filter_map(Result::ok)
            .filter_map(|mut r| {
                let name = r.name().shorten().to_string();
                if !glob(pattern, &name) {
                    return None;
                }
                let commit = r.peel_to_commit().ok()?;
                let time = commit.time().ok()?.seconds;
                Some((
                    time,
                    Revision {
                        id: commit.id,
                        name,
                    },
                ))
            })
            .collect();
        found.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.name.cmp(&b.1.name)));
        found.into_iter().map(|(_, r)| r).collect()
    }

    /// For every standards file at HEAD, the last commit that changed it: its date
    /// (`YYYY-MM-DD`, UTC) and 12 hex digits. One walk over first-parent history, comparing
    /// each commit's blobs with its parent's; it stops once every file is dated.
    pub fn last_changed(&self) -> BTreeMap<String, (String, String)> {
        let mut dated = BTreeMap::new();
        let Ok(head) = self.repo.head_id().map(|h| h.detach()) else {
            return dated;
        };
        let Some(at_head) = self.standards_at(head) else {
            return dated;
        };
        let mut pending: std::collections::BTreeSet<String> = at_head.into_keys().collect();
        // Levels are dated on their own: `sequences/<id>.yaml#<level id>`.
        let head_tree = self.content_tree(head);
        let mut cache = std::collections::HashMap::new();
        let level_keys: Vec<String> = pending
            .iter()
            .filter(|p| is_sequence_file(p))
            .flat_map(|p| {
                let levels = self.levels_of(head_tree, p, &mut cache);
                levels.into_keys().map(move |id| format!("{p}#{id}"))
            })
            .collect();
        pending.extend(level_keys);
        let stamp = |step: &Step| {
            (
                date_of(step.seconds),
                step.id.to_hex_with_len(12).to_string(),
            )
        };
        let oldest = self.walk_changes(|step, changed| {
            for path in changed {
                let prefix = format!("{path}#");
                if is_sequence_file(&path) && pending.iter().any(|k| k.starts_with(&prefix)) {
                    // Which of the file's levels changed: their entries compared as text.
                    let now = self.levels_of(step.tree, &path, &mut cache);
                    let then = self.levels_of(step.parent_tree, &path, &mut cache);
                    for (level, value) in now {
                        let key = format!("{prefix}{level}");
                        if then.get(&level) != Some(&value) && pending.remove(&key) {
                            dated.insert(key, stamp(step));
                        }
                    }
                }
                if pending.remove(&path) {
                    dated.insert(path, stamp(step));
                }
            }
            !pending.is_empty()
        });
        // What never changed since the oldest commit walked was made there.
        if let Some(step) = oldest {
            for path in pending {
                dated.insert(path, stamp(&step));
            }
        }
        dated
    }

    /// For every file of the content folder (records too) at HEAD or on disk, how many
    /// commits ago it last changed on first-parent history: 1 when HEAD changed it, 2 for
    /// HEAD's parent, and so on; 0 when the file on disk differs from HEAD's or git does not
    /// have it (a change not yet committed is the newest of all).
    pub fn ages(&self) -> BTreeMap<String, u32> {
        let mut ages = BTreeMap::new();
        let committed: BTreeMap<String, ObjectId> = self
            .repo
            .head_id()
            .ok()
            .and_then(|head| self.files_at(head.detach()).ok().flatten())
            .unwrap_or_default()
            .into_iter()
            .map(|(path, (oid, _))| (path, oid))
            .collect();
        let mut pending: std::collections::BTreeSet<String> = committed.keys().cloned().collect();
        let oldest = self.walk_changes(|step, changed| {
            for path in changed {
                if pending.remove(&path) {
                    ages.insert(path, step.back + 1);
                }
            }
            !pending.is_empty()
        });
        if let Some(step) = oldest {
            for path in pending {
                ages.insert(path, step.back + 1);
            }
        }
        if let Some((_, changed)) = self.changed_on_disk(&committed, true) {
            for path in changed {
                ages.insert(path, 0);
            }
        }
        ages
    }

    /// Walks first-parent history from HEAD, newest first. For each commit that changed the
    /// content folder, calls `visit` with it and the files it changed (against its first
    /// parent), until `visit` returns false. Each step reads only the subtrees that changed.
    /// Returns the oldest commit walked, where what never changed since was made (`None` on
    /// an unborn branch).
    fn walk_changes(&self, mut visit: impl FnMut(&Step, Vec<String>) -> bool) -> Option<Step> {
        let head = self.repo.head_id().ok()?.detach();
        let walk = self.repo.rev_walk([head]).first_parent_only().all().ok()?;
        let mut newer: Option<Step> = None;
        for (back, info) in walk.enumerate() {
            let Ok(info) = info else { break };
            let seconds = info
                .object()
                .ok()
                .and_then(|c| c.time().ok())
                .map_or(0, |t| t.seconds);
            let tree = self.content_tree(info.id);
            if let Some(step) = newer.as_mut()
                && step.tree != tree
            {
                step.parent_tree = tree;
                let mut changed = Vec::new();
                self.changed_files(step.tree, tree, "", &mut changed);
                if !visit(step, changed) {
                    return newer;
                }
            }
            newer = Some(Step {
                back: back as u32,
                id: info.id,
                seconds,
                tree,
                parent_tree: None,
            });
        }
        newer
    }

    /// A sequence file's levels at a content tree, by id, as their text (see [`level_blocks`]);
    /// parsed once per blob, as a walk meets each version twice.
    fn levels_of(
        &self,
        tree: Option<ObjectId>,
        path: &str,
        cache: &mut std::collections::HashMap<ObjectId, BTreeMap<String, String>>,
    ) -> BTreeMap<String, String> {
        let Some(entry) = tree
            .and_then(|t| self.repo.find_tree(t).ok())
            .and_then(|t| t.lookup_entry_by_path(path).ok().flatten())
        else {
            return BTreeMap::new();
        };
        let oid = entry.object_id();
        if let Some(levels) = cache.get(&oid) {
            return levels.clone();
        }
        let levels = entry
            .object()
            .ok()
            .and_then(|o| String::from_utf8(o.detach().data).ok())
            .map(|text| level_blocks(&text))
            .unwrap_or_default();
        cache.insert(oid, levels.clone());
        levels
    }

    /// The content folder's tree at `commit`, if it has one.
    fn content_tree(&self, commit: ObjectId) -> Option<ObjectId> {
        let tree = self.repo.find_commit(commit).ok()?.tree().ok()?;
        if self.prefix.is_empty() {
            return Some(tree.id);
        }
        let entry = tree.lookup_entry_by_path(&self.prefix).ok()??;
        entry.mode().is_tree().then(|| entry.object_id())
    }

    /// The entries of a tree: (name, is a tree, id).
    fn tree_entries(&self, tree: Option<ObjectId>) -> Vec<(String, bool, ObjectId)> {
        let Some(tree) = tree.and_then(|t| self.repo.find_tree(t).ok()) else {
            return Vec::new();
        };
        let Ok(decoded) = tree.decode() else {
            return Vec::new();
        };
        decoded
            .entries
            .iter()
            .map(|e| (e.filename.to_string(), e.mode.is_tree(), e.oid.to_owned()))
            .collect()
    }

    /// The file paths below `prefix` that differ between trees `a` and `b` (either may be
    /// absent), descending only into subtrees whose ids differ.
    fn changed_files(
        &self,
        a: Option<ObjectId>,
        b: Option<ObjectId>,
        prefix: &str,
        out: &mut Vec<String>,
    ) {
        if a == b {
            return;
        }
        let (left, right) = (self.tree_entries(a), self.tree_entries(b));
        let mut names: Vec<&str> = left.iter().chain(&right).map(|e| e.0.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        let find = |side: &[(String, bool, ObjectId)], name: &str| {
            side.iter().find(|e| e.0 == name).map(|e| (e.1, e.2))
        };
        for name in names {
            let (x, y) = (find(&left, name), find(&right, name));
            if x == y {
                continue;
            }
            let path = format!("{prefix}{name}");
            let tree = |side: Option<(bool, ObjectId)>| side.filter(|s| s.0).map(|s| s.1);
            let (tx, ty) = (tree(x), tree(y));
            if tx.is_some() || ty.is_some() {
                self.changed_files(tx, ty, &format!("{path}/"), out);
            }
            if x.is_some_and(|s| !s.0) || y.is_some_and(|s| !s.0) {
                out.push(path);
            }
        }
    }

    /// Whether HEAD is detached (a tag or commit checked out, as CI jobs often do).
    pub fn is_detached(&self) -> bool {
        self.repo.head().is_ok_and(|h| h.is_detached())
    }

    /// Whether the repository is a shallow clone (history is cut short).
    pub fn is_shallow(&self) -> bool {
        self.repo.is_shallow().unwrap_or(false)
    }
}

/// How recently each file of a content folder on disk changed, read from git when `check`
/// first asks (only a duplicate id spanning two files does): the file the duplicate was
/// added in is the newer one. Outside git every age is unknown.
pub struct GitAges {
    content: PathBuf,
    ages: std::cell::OnceCell<BTreeMap<String, u32>>,
}

impl GitAges {
    pub fn new(content: &Path) -> GitAges {
        GitAges {
            content: content.to_path_buf(),
            ages: std::cell::OnceCell::new(),
        }
    }
}

impl crate::check::FileAges for GitAges {
    fn age(&self, file: &str) -> Option<u32> {
        let ages = self.ages.get_or_init(|| {
            History::discover(&self.content)
                .map(|history| history.ages())
                .unwrap_or_default()
        });
        ages.get(file).copied()
    }
}

/// The text of each entry of a sequence file's top-level `levels:` list, by id: cheap enough
/// to run on every version of the file a walk meets. Empty when the file is not laid out as a
/// block list of `- id: …` entries (its levels then take the file's date).
fn level_blocks(text: &str) -> BTreeMap<String, String> {
    let mut blocks = BTreeMap::new();
    let mut lines = text
        .lines()
        .skip_while(|l| l.trim_end() != "levels:")
        .skip(1);
    let mut current: Option<(String, String)> = None;
    let mut indent: Option<usize> = None;
    for line in lines.by_ref() {
        let body = line.trim_start();
        let depth = line.len() - body.len();
        if !line.is_empty() && depth == 0 && !body.starts_with('-') && !body.starts_with('#') {
            break; // the next top-level key
        }
        let starts_item = body.starts_with("- ") && indent.is_none_or(|i| i == depth);
        if starts_item {
            let Some(id) = body
                .strip_prefix("- ")
                .and_then(|b| b.trim().strip_prefix("id:"))
            else {
                return BTreeMap::new();
            };
            indent = Some(depth);
            if let Some((id, text)) = current.take() {
                blocks.insert(id, text);
            }
            let id = id.trim().trim_matches(['"', '\'']).to_string();
            current = Some((id, String::new()));
        }
        if let Some((_, text)) = current.as_mut() {
            text.push_str(line);
            text.push('\n');
        }
    }
    if let Some((id, text)) = current {
        blocks.insert(id, text);
    }
    blocks
}

fn is_sequence_file(path: &str) -> bool {
    path.starts_with("sequences/") && path.ends_with(".yaml")
}

fn is_record(path: &str) -> bool {
    path == RECORDS || path.starts_with("assessments/")
}

/// A tag pattern: `*` matches any run of characters, everything else itself.
fn glob(pattern: &str, name: &str) -> bool {
    match pattern.split_once('*') {
        None => pattern == name,
        Some((head, rest)) => {
            let Some(tail) = name.strip_prefix(head) else {
                return false;
            };
            (0..=tail.len())
                .filter(|&i| tail.is_char_boundary(i))
                .any(|i| glob(rest, &tail[i..]))
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn tag_patterns() {
        assert!(super::glob("v*", "v1") && super::glob("v*", "v"));
        assert!(super::glob("edition-*-final", "edition-2-final"));
        assert!(!super::glob("v*", "release-1") && !super::glob("v1", "v10"));
    }
}

/// `YYYY-MM-DD` in UTC for seconds since the epoch.
fn date_of(seconds: i64) -> String {
    crate::model::Date::from_days(seconds.div_euclid(86_400)).to_string()
}

#[cfg(test)]
mod level_block_tests {
    #[test]
    fn levels_are_split_by_their_entries() {
        let text = "id: sales\nlevels:\n  - id: s1\n    name: 一级\n  - id: \"s2\"\n    name: 二级\n    competencies:\n      - { competency: x, level: 1 }\npositions: []\n";
        let blocks = super::level_blocks(text);
        assert_eq!(blocks.keys().collect::<Vec<_>>(), ["s1", "s2"]);
        assert!(blocks["s2"].contains("competency: x") && !blocks["s1"].contains("二级"));
        assert!(super::level_blocks("levels: []\n").is_empty());
    }
}

#[cfg(test)]
mod date_tests {
    #[test]
    fn dates_from_seconds() {
        assert_eq!(super::date_of(0), "1970-01-01");
        assert_eq!(super::date_of(1_709_251_200), "2024-03-01");
        assert_eq!(super::date_of(951_782_400), "2000-02-29");
    }
}
