//! Content held in memory: tests build projects without touching the disk, and the preview
//! server can build from edited buffers.

use std::collections::BTreeMap;

use super::{ContentSource, Entry, EntryKind, SourceError, is_clean};

#[derive(Debug, Clone, Default)]
pub struct MemorySource {
    name: String,
    files: BTreeMap<String, Vec<u8>>,
}

impl MemorySource {
    /// An empty source; `name` prefixes paths in messages (`memory/competencies/x.yaml`).
    pub fn new(name: impl Into<String>) -> MemorySource {
        MemorySource {
            name: name.into(),
            files: BTreeMap::new(),
        }
    }

    /// Adds or replaces the file at `path` (relative, `/`-separated).
    pub fn insert(&mut self, path: impl Into<String>, bytes: impl Into<Vec<u8>>) -> &mut Self {
        self.files.insert(path.into(), bytes.into());
        self
    }
}

impl ContentSource for MemorySource {
    fn entries(&self) -> Result<Vec<Entry>, SourceError> {
        Ok(self
            .files
            .keys()
            .filter(|p| is_clean(p) && !p.split('/').any(|part| part.starts_with('.')))
            .map(|p| Entry {
                path: p.clone(),
                kind: EntryKind::File,
            })
            .collect())
    }

    fn read(&self, path: &str) -> Result<Vec<u8>, SourceError> {
        self.files.get(path).cloned().ok_or_else(|| {
            SourceError::Io(
                self.display(path).into(),
                std::io::Error::from(std::io::ErrorKind::NotFound),
            )
        })
    }

    fn display(&self, path: &str) -> String {
        format!("{}/{path}", self.name)
    }
}
