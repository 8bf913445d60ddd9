//! A source with some files replaced or added in memory: what an import would write, checked
//! exactly as the files on disk would be before anything is written.

use std::collections::BTreeMap;

use super::{ContentSource, Entry, EntryKind, SourceError};

pub struct OverlaySource {
    base: Box<dyn ContentSource>,
    files: BTreeMap<String, Vec<u8>>,
    /// Paths of the base that are not there (files an import removes).
    removed: std::collections::BTreeSet<String>,
}

impl OverlaySource {
    /// `base` with each of `files` (path → bytes) in place of the file at that path.
    pub fn new(base: Box<dyn ContentSource>, files: BTreeMap<String, Vec<u8>>) -> OverlaySource {
        OverlaySource {
            base,
            files,
            removed: Default::default(),
        }
    }

    /// The same, without the files at `paths`.
    pub fn without(mut self, paths: std::collections::BTreeSet<String>) -> OverlaySource {
        self.removed = paths;
        self
    }
}

impl ContentSource for OverlaySource {
    fn entries(&self) -> Result<Vec<Entry>, SourceError> {
        let mut entries = self.base.entries()?;
        entries.retain(|e| !self.removed.contains(&e.path));
        // An overlaid path that is already an entry becomes a file; the rest are added. By
        // path, not by search: an import may add tens of thousands of files.
        for entry in &mut entries {
            if self.files.contains_key(&entry.path) {
                entry.kind = EntryKind::File;
            }
        }
        let present: std::collections::HashSet<String> =
            entries.iter().map(|e| e.path.clone()).collect();
        for path in self.files.keys() {
            if !present.contains(path) {
                entries.push(Entry {
                    path: path.clone(),
                    kind: EntryKind::File,
                });
            }
        }
        entries.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(entries)
    }

    fn read(&self, path: &str) -> Result<Vec<u8>, SourceError> {
        if self.removed.contains(path) {
            return Err(SourceError::Io(
                path.into(),
                std::io::Error::from(std::io::ErrorKind::NotFound),
            ));
        }
        match self.files.get(path) {
            Some(bytes) => Ok(bytes.clone()),
            None => self.base.read(path),
        }
    }

    fn display(&self, path: &str) -> String {
        self.base.display(path)
    }

    fn folder(&self) -> Option<&std::path::Path> {
        self.base.folder()
    }
}
