//! A content folder on disk, listed with walkdir in sorted order so the listing never depends
//! on the file system.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use super::{ContentSource, Entry, EntryKind, MAX_ENTRIES, SourceError, is_clean};

pub struct DiskSource {
    root: PathBuf,
}

impl DiskSource {
    /// A source over the folder `root`, which must exist.
    pub fn open(root: &Path) -> Result<DiskSource, SourceError> {
        let meta =
            std::fs::metadata(root).map_err(|_| SourceError::NotFound(root.to_path_buf()))?;
        if !meta.is_dir() {
            return Err(SourceError::NotAFolder(root.to_path_buf()));
        }
        Ok(DiskSource {
            root: root.to_path_buf(),
        })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }
}

impl ContentSource for DiskSource {
    fn entries(&self) -> Result<Vec<Entry>, SourceError> {
        let walker = WalkDir::new(&self.root)
            .follow_links(false)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
        let mut entries = Vec::new();
        for entry in walker {
            let entry = entry.map_err(|e| {
                let path = e.path().unwrap_or(&self.root).to_path_buf();
                SourceError::Io(path, e.into())
            })?;
            let kind = if entry.path_is_symlink() {
                EntryKind::Symlink
            } else if entry.file_type().is_file() {
                EntryKind::File
            } else {
                continue;
            };
            if entries.len() == MAX_ENTRIES {
                return Err(SourceError::TooManyEntries(self.root.clone()));
            }
            let path = entry
                .path()
                .strip_prefix(&self.root)
                .unwrap_or(entry.path())
                .to_string_lossy()
                .replace('\\', "/");
            if is_clean(&path) {
                entries.push(Entry { path, kind });
            }
        }
        Ok(entries)
    }

    fn read(&self, path: &str) -> Result<Vec<u8>, SourceError> {
        let full = self.root.join(path);
        std::fs::read(&full).map_err(|e| SourceError::Io(full, e))
    }

    fn read_at_most(&self, path: &str, limit: usize) -> Result<Result<Vec<u8>, u64>, SourceError> {
        use std::io::Read;
        let full = self.root.join(path);
        let io = |e| SourceError::Io(full.clone(), e);
        let file = std::fs::File::open(&full).map_err(io)?;
        let size = file.metadata().map_err(io)?.len();
        if size > limit as u64 {
            return Ok(Err(size));
        }
        // The size can change under us: read one byte past the limit to notice.
        let mut bytes = Vec::with_capacity(size as usize);
        file.take(limit as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(io)?;
        Ok(if bytes.len() > limit {
            Err(bytes.len() as u64)
        } else {
            Ok(bytes)
        })
    }

    fn display(&self, path: &str) -> String {
        self.root.join(path).to_string_lossy().replace('\\', "/")
    }

    fn folder(&self) -> Option<&Path> {
        Some(&self.root)
    }
}
