//! The build cache: a file beside the output folder (`.OUT.rungs-cache`, never inside what a
//! web server publishes) recording, for the last build into OUT, the fingerprint of each unit
//! it rendered (the site, the handbook, a report, a team summary: see `fingerprint`) and, per
//! file, its SHA-256 and its identity on disk (inode, size, modification time) as written.
//!
//! The next build carries a unit over — hard links from OUT into its staging folder, nothing
//! rendered — when the unit's fingerprint is the same and every one of its files is still the
//! file that build wrote; and it links any file whose new bytes equal the old instead of
//! writing it again. A file changed or replaced since (by hand, by `rungs report`) has another
//! identity and is rendered again. A cache that cannot be read is ignored: the build is then
//! full.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// Bumped whenever the meaning of a field changes; another version is ignored.
const VERSION: u32 = 1;

/// Whether a publication reads and writes the cache.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum CacheMode {
    /// Neither (commands other than `build`).
    #[default]
    Off,
    /// Writes a fresh cache but reuses nothing (`build --no-cache`).
    Refresh,
    /// Reuses what is unchanged, then writes the cache.
    Reuse,
}

/// The cache of one build.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct CacheIndex {
    version: u32,
    /// The rungs that wrote it (its version, and its executable's size and modification
    /// time): another build of rungs — other code, wording or Typst — reuses nothing.
    #[serde(default)]
    rungs: String,
    /// Fingerprint by unit.
    pub units: BTreeMap<String, String>,
    /// By path below OUT.
    pub files: BTreeMap<String, CachedFile>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CachedFile {
    pub sha256: String,
    pub identity: Identity,
}

/// What tells a file apart from one written in its place since.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identity {
    size: u64,
    inode: u64,
    modified_ns: i128,
}

impl Identity {
    pub fn of(meta: &fs::Metadata) -> Identity {
        #[cfg(unix)]
        let (inode, modified_ns) = {
            use std::os::unix::fs::MetadataExt;
            (
                meta.ino(),
                i128::from(meta.mtime()) * 1_000_000_000 + i128::from(meta.mtime_nsec()),
            )
        };
        #[cfg(not(unix))]
        let (inode, modified_ns) = (
            0,
            meta.modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos() as i128),
        );
        Identity {
            size: meta.len(),
            inode,
            modified_ns,
        }
    }

    pub fn size(&self) -> u64 {
        self.size
    }
}

/// Where the cache of the output folder `out` lives.
pub fn path_beside(out: &Path) -> PathBuf {
    let name = out
        .file_name()
        .map_or_else(|| "out".into(), |n| n.to_string_lossy().into_owned());
    out.with_file_name(format!(".{name}.rungs-cache"))
}

impl CacheIndex {
    pub fn new() -> CacheIndex {
        CacheIndex {
            version: VERSION,
            rungs: this_rungs(),
            ..CacheIndex::default()
        }
    }

    /// The cache at `path`, or `None` when there is none or it cannot be used.
    pub fn read(path: &Path) -> Option<CacheIndex> {
        let bytes = fs::read(path).ok()?;
        let index: CacheIndex = serde_json::from_slice(&bytes).ok()?;
        let me = this_rungs();
        (index.version == VERSION && !me.is_empty() && index.rungs == me).then_some(index)
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("the cache serialises")
    }

    /// The files of `unit`, by path.
    pub fn files_of<'a>(
        &'a self,
        unit: &'a str,
    ) -> impl Iterator<Item = (&'a String, &'a CachedFile)> + 'a {
        self.files
            .range::<str, _>((std::ops::Bound::Included(unit), std::ops::Bound::Unbounded))
            .take_while(move |(path, _)| path.starts_with(unit))
            .filter(move |(path, _)| belongs(unit, path))
    }
}

/// This rungs: its version, and its executable's size and modification time (cheap, unlike a
/// hash of 80–150 MB on every run; a rebuilt or replaced binary has another). Empty when the
/// executable cannot be read, so no cache is ever trusted then.
fn this_rungs() -> String {
    let identity = std::env::current_exe()
        .and_then(fs::metadata)
        .map(|m| Identity::of(&m));
    match identity {
        Ok(id) => format!("{} {}", env!("CARGO_PKG_VERSION"), serde_json::json!(id)),
        Err(_) => String::new(),
    }
}

/// Whether the file `path` is part of `unit`: the file itself, a file below the folder, or the
/// file with one extension (a team summary's PDF, CSV and Markdown share one unit).
pub fn belongs(unit: &str, path: &str) -> bool {
    match path.strip_prefix(unit) {
        Some("") => true,
        Some(rest) => match rest.strip_prefix('.') {
            Some(extension) => !extension.contains(['.', '/']),
            None => rest.starts_with('/'),
        },
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cache_another_build_of_rungs_wrote_is_not_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(".out.rungs-cache");
        let mut index = CacheIndex::new();
        index.units.insert("site".into(), "key".into());
        fs::write(&path, index.to_bytes()).unwrap();
        assert!(
            CacheIndex::read(&path).is_some(),
            "this rungs reads its own"
        );
        index.rungs = format!("{} and another binary", index.rungs);
        fs::write(&path, index.to_bytes()).unwrap();
        assert!(CacheIndex::read(&path).is_none(), "another's is ignored");
    }

    #[test]
    fn a_unit_holds_its_folder_its_file_and_its_extensions_only() {
        assert!(belongs("site", "site/index.html"));
        assert!(belongs("handbook.pdf", "handbook.pdf"));
        assert!(belongs(
            "summaries/2024H1/managers/M01",
            "summaries/2024H1/managers/M01.csv"
        ));
        assert!(!belongs(
            "summaries/2024H1/managers/M01",
            "summaries/2024H1/managers/M011.csv"
        ));
        assert!(!belongs(
            "summaries/2024H1/departments/Dept",
            "summaries/2024H1/departments/Dept. A.pdf"
        ));
        assert!(!belongs("site", "sites/index.html"));
        assert!(!belongs(
            "reports/a/E1-2024H1.pdf",
            "reports/a/E1-2024H1.pdf.d/x"
        ));
        let mut index = CacheIndex::new();
        let file = CachedFile {
            sha256: String::new(),
            identity: Identity {
                size: 1,
                inode: 1,
                modified_ns: 1,
            },
        };
        for path in ["site/a", "site/b/c", "sitemap", "sheets/x.pdf"] {
            index.files.insert(path.into(), file.clone());
        }
        let site: Vec<&String> = index.files_of("site").map(|(p, _)| p).collect();
        assert_eq!(site, ["site/a", "site/b/c"]);
    }
}
