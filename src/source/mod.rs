//! Content sources: the one door through which content bytes enter rungs.
//!
//! Loading never touches the file system itself; it lists and reads through a
//! [`ContentSource`], the way Typst's compiler reaches files only through its `World`. A
//! build can then read a folder on disk, a git tree at a revision, or files held in memory
//! (tests, the preview server) with the same code. Sources know nothing of YAML or of what
//! a file means: that is `load`'s job.

mod disk;
mod memory;
mod overlay;

use std::fmt;
use std::path::PathBuf;

use crate::locale::Message;
use crate::msg;

pub use disk::DiskSource;
pub use memory::MemorySource;
pub use overlay::OverlaySource;

/// At most this many entries are listed from one source.
pub const MAX_ENTRIES: usize = 100_000;

/// What a listed path is. Sources list files and symbolic links (which rungs reports and does
/// not follow); folders are implied by the paths.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    File,
    Symlink,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Relative to the source's root, `/`-separated, never starting with `/` or holding `..`.
    pub path: String,
    pub kind: EntryKind,
}

/// Why a source could not be listed or read. Content problems are diagnostics, not this.
#[derive(Debug)]
pub enum SourceError {
    /// The source's root does not exist.
    NotFound(PathBuf),
    /// The root exists but is not a folder.
    NotAFolder(PathBuf),
    /// More than [`MAX_ENTRIES`] entries.
    TooManyEntries(PathBuf),
    /// Reading failed.
    Io(PathBuf, std::io::Error),
}

impl SourceError {
    /// What went wrong, to say in the user's language.
    pub fn message(&self) -> Message {
        match self {
            SourceError::NotFound(p) => msg!("source-not-found", path = p.display().to_string()),
            SourceError::NotAFolder(p) => {
                msg!("source-not-a-folder", path = p.display().to_string())
            }
            SourceError::TooManyEntries(p) => msg!(
                "source-too-many-entries",
                path = p.display().to_string(),
                limit = MAX_ENTRIES
            ),
            SourceError::Io(p, e) => msg!(
                "source-cannot-read",
                path = p.display().to_string(),
                error = e.to_string()
            ),
        }
    }
}

/// In English, for logs and tests; the command line says [`SourceError::message`].
impl fmt::Display for SourceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().english())
    }
}

impl std::error::Error for SourceError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SourceError::Io(_, e) => Some(e),
            _ => None,
        }
    }
}

/// A tree of content files.
pub trait ContentSource: Send + Sync {
    /// Every file and symbolic link below the root, sorted by path, skipping names that start
    /// with `.` (and everything under such folders).
    fn entries(&self) -> Result<Vec<Entry>, SourceError>;

    /// The bytes of the file at `path` (a path [`entries`](Self::entries) listed).
    fn read(&self, path: &str) -> Result<Vec<u8>, SourceError>;

    /// The bytes of the file at `path` when it holds at most `limit` bytes, or else its size,
    /// without reading a huge file whole.
    fn read_at_most(&self, path: &str, limit: usize) -> Result<Result<Vec<u8>, u64>, SourceError> {
        let bytes = self.read(path)?;
        Ok(if bytes.len() > limit {
            Err(bytes.len() as u64)
        } else {
            Ok(bytes)
        })
    }

    /// How a person finds the file: `content/competencies/x.yaml` for a folder on disk.
    fn display(&self, path: &str) -> String;

    /// The folder on disk this source reads, when it reads one (to keep outputs out of it).
    fn folder(&self) -> Option<&std::path::Path> {
        None
    }
}

/// A shared source, so several projects can read one (an import checks the records again with
/// fewer rows in place, over the same folders).
impl<S: ContentSource + ?Sized> ContentSource for std::sync::Arc<S> {
    fn entries(&self) -> Result<Vec<Entry>, SourceError> {
        (**self).entries()
    }

    fn read(&self, path: &str) -> Result<Vec<u8>, SourceError> {
        (**self).read(path)
    }

    fn read_at_most(&self, path: &str, limit: usize) -> Result<Result<Vec<u8>, u64>, SourceError> {
        (**self).read_at_most(path, limit)
    }

    fn display(&self, path: &str) -> String {
        (**self).display(path)
    }

    fn folder(&self) -> Option<&std::path::Path> {
        (**self).folder()
    }
}

/// True for a listed path that may be handed out: relative, `/`-separated, no `..`.
pub(crate) fn is_clean(path: &str) -> bool {
    !path.is_empty()
        && !path.starts_with('/')
        && path
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != ".." && !part.contains('\\'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_paths() {
        assert!(is_clean("competencies/x.yaml"));
        assert!(!is_clean("../x") && !is_clean("/x") && !is_clean("a//b") && !is_clean("a\\b"));
    }
}
