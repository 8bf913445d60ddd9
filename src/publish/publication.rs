//! Publishing an output folder so that it is, at every instant, either the complete previous
//! build or the complete new one, and so that nothing rungs did not write is ever lost.
//!
//! - The new output is written into a staging folder *beside* OUT (`.OUT.rungs-staging-PID`,
//!   on the same file system, never inside OUT where a web server would publish it). Parts a
//!   build does not make (`--only`, `rungs report`) are hard-linked from the previous output.
//! - The swap is one atomic `renameat2(RENAME_EXCHANGE)` on Linux; elsewhere two renames, with
//!   the old output put back if the second fails.
//! - A lock file beside OUT (`.OUT.rungs-lock`, held with `flock`, released by the kernel when
//!   a process dies) keeps two builds apart; stale staging folders of killed builds are
//!   removed by the next one.
//! - A marker inside OUT (`.rungs-output`) lists the files the build wrote. A folder without
//!   it is not rungs' to replace; files it does not list stop the next build.
//! - With the build cache (see `cache`), units whose inputs did not change and files whose
//!   bytes did not change are hard-linked from OUT instead of written, so a rebuild's file
//!   system work grows with what changed.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

use walkdir::WalkDir;

use super::cache::{self, CacheIndex, CacheMode, CachedFile, Identity};
use super::file::{make_durable, sync_folder};
use super::paths;
use super::{Cache, PublishError, Sink, sha256_hex};
use crate::locale::Message;
use crate::msg;
use crate::urls::OutputPath;

/// The marker file, inside OUT, listing what the build wrote.
pub const MARKER: &str = ".rungs-output";
const MARKER_HEADER: &str = "# Written by rungs: the files of the last build into this folder. rungs replaces this folder whole on every build.";

/// Moments at which a test can make the process abort (as a kill would), to check that the
/// output folder is then either the old or the new build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbortPoint {
    /// Every file is in the staging folder; the marker is not written yet.
    Staged,
    /// Just before the swap.
    BeforeSwap,
    /// Just after the swap, before the old output is removed.
    AfterSwap,
}

impl AbortPoint {
    pub fn parse(name: &str) -> Option<AbortPoint> {
        match name {
            "staged" => Some(AbortPoint::Staged),
            "before-swap" => Some(AbortPoint::BeforeSwap),
            "after-swap" => Some(AbortPoint::AfterSwap),
            _ => None,
        }
    }
}

#[derive(Debug, Default, Clone)]
pub struct PublishOptions {
    /// Folders the output must neither be, nor lie inside, nor contain (the content and
    /// records folders).
    pub protect: Vec<PathBuf>,
    /// The user's home folder, which is never replaced.
    pub home: Option<PathBuf>,
    /// Delete files in OUT that the previous build did not write instead of stopping.
    pub force: bool,
    /// For tests: abort the process at this moment.
    pub abort_at: Option<AbortPoint>,
    /// Whether to reuse the previous build's unchanged outputs and keep a cache for the next.
    pub cache: CacheMode,
    /// Every file and folder readable by its owner only, from the first byte (mode 0600 and
    /// 0700 on Unix): for outputs that are personal data or hold passwords.
    pub private: bool,
}

/// An output folder being written. Dropping it without [`commit`](Self::commit) removes the
/// staging folder and leaves OUT as it was.
pub struct Publication {
    out: PathBuf,
    staging: PathBuf,
    _lock: File,
    created: Mutex<HashSet<PathBuf>>,
    committed: bool,
    abort_at: Option<AbortPoint>,
    cache: CacheMode,
    /// The previous build's cache, when it is to be used.
    previous: Option<CacheIndex>,
    /// `build --no-cache` over an earlier build: a file is compared byte for byte with the
    /// one OUT holds, and linked when they are the same (see `put`).
    compare_previous: bool,
    made: Mutex<Made>,
    private: bool,
}

/// What this build put in the staging folder, for its cache.
#[derive(Default)]
struct Made {
    /// Fingerprint by unit rendered or carried over.
    units: BTreeMap<String, String>,
    /// SHA-256 by path.
    hashes: HashMap<String, String>,
}

impl Publication {
    /// Checks that rungs may write `out`, takes the lock beside it, clears what killed builds
    /// left, and opens an empty staging folder.
    pub fn begin(out: &Path, options: &PublishOptions) -> Result<Publication, PublishError> {
        let out = absolute(out)?;
        refuse_unsafe(&out, options)?;
        let (parent, name) = match (out.parent(), out.file_name()) {
            (Some(p), Some(n)) => (p.to_path_buf(), n.to_string_lossy().into_owned()),
            _ => {
                return Err(PublishError::Refused {
                    out,
                    reason: msg!("publish-refused-root"),
                });
            }
        };
        fs::create_dir_all(&parent).map_err(|e| PublishError::io(&parent, e))?;
        let lock_path = parent.join(format!(".{name}.rungs-lock"));
        let lock = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|e| PublishError::io(&lock_path, e))?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => return Err(PublishError::Busy { out }),
            Err(fs::TryLockError::Error(e)) => return Err(PublishError::io(&lock_path, e)),
        }
        remove_stale(&parent, &name)?;
        check_previous(&out, options.force)?;
        let staging = parent.join(format!(".{name}.rungs-staging-{}", std::process::id()));
        create_folder(&staging, options.private, false)
            .map_err(|e| PublishError::io(&staging, e))?;
        let previous = match options.cache {
            CacheMode::Reuse if out.join(MARKER).is_file() => {
                CacheIndex::read(&cache::path_beside(&out))
            }
            _ => None,
        };
        let compare_previous = options.cache == CacheMode::Refresh && out.join(MARKER).is_file();
        Ok(Publication {
            out,
            staging,
            _lock: lock,
            created: Mutex::new(HashSet::new()),
            committed: false,
            abort_at: options.abort_at,
            cache: options.cache,
            previous,
            compare_previous,
            made: Mutex::default(),
            private: options.private,
        })
    }

    /// The output folder, as an absolute path.
    pub fn out(&self) -> &Path {
        &self.out
    }

    /// Carries the previous output's top-level entries over into the new one (hard links, so
    /// nothing is copied), except those in `rebuilt`, which this build writes whole.
    pub fn keep_previous(&self, rebuilt: &[&str]) -> Result<(), PublishError> {
        let Ok(entries) = fs::read_dir(&self.out) else {
            return Ok(());
        };
        for entry in entries {
            let entry = entry.map_err(|e| PublishError::io(&self.out, e))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if name == MARKER || rebuilt.contains(&name.as_str()) {
                continue;
            }
            link_tree(&entry.path(), &self.staging.join(&name))?;
            if let Some(previous) = &self.previous {
                let mut made = self.made.lock().expect("cache lock");
                for (unit, key) in &previous.units {
                    if cache::belongs(&name, unit) {
                        made.units.insert(unit.clone(), key.clone());
                    }
                }
                for (path, file) in previous.files_of(&name) {
                    made.hashes.insert(path.clone(), file.sha256.clone());
                }
            }
        }
        Ok(())
    }

    /// A previous file at `path` below OUT, when it is still the one the cache describes.
    fn intact(&self, path: &str, cached: &CachedFile) -> bool {
        fs::symlink_metadata(self.out.join(path))
            .is_ok_and(|meta| meta.is_file() && Identity::of(&meta) == cached.identity)
    }

    /// OUT's file at `relative` has exactly `bytes`. Without a cache to vouch for it, the
    /// file itself is read: a new file costs the file system far more than reading one (ext4
    /// spends most of a full build's system time finding inodes for the files it creates
    /// while the last build's are freed), and a site rebuilt whole is mostly the same bytes.
    fn holds(&self, relative: &Path, bytes: &[u8]) -> bool {
        let path = self.out.join(relative);
        fs::symlink_metadata(&path).is_ok_and(|meta| {
            meta.is_file()
                && meta.len() == bytes.len() as u64
                && fs::read(&path).is_ok_and(|held| held == bytes)
        })
    }

    /// Hard-links OUT's file at `relative` into the staging folder, replacing what is there.
    fn link_from_previous(&self, relative: &Path) -> io::Result<()> {
        let target = self.staging_path(relative)?;
        match fs::hard_link(self.out.join(relative), &target) {
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                fs::remove_file(&target)?;
                fs::hard_link(self.out.join(relative), &target)
            }
            other => other,
        }
    }

    /// The staging path of `relative`, its folder created.
    fn staging_path(&self, relative: &Path) -> io::Result<PathBuf> {
        let target = self.staging.join(relative);
        if let Some(parent) = target.parent() {
            let mut created = self.created.lock().expect("staging lock");
            if created.insert(parent.to_path_buf()) {
                create_folder(parent, self.private, true)?;
            }
        }
        Ok(target)
    }

    /// Swaps the staged output into place. OUT is the old build until the swap and the new
    /// one after it, with no moment in between on Linux.
    pub fn commit(mut self) -> Result<(), PublishError> {
        self.abort_if(AbortPoint::Staged);
        let files = files_below(&self.staging)?;
        write_marker(&self.staging, &files, self.private)?;
        let cache_path = cache::path_beside(&self.out);
        let index = match self.cache {
            CacheMode::Off => None,
            CacheMode::Refresh | CacheMode::Reuse => Some(self.cache_index(&files)?),
        };
        // Until the new cache is in place, none: a cache never describes another build. (A
        // command that keeps no cache, such as `rungs report`, leaves it: the files it replaced
        // have new identities, so the cache does not vouch for them.)
        if index.is_some() {
            match fs::remove_file(&cache_path) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => {
                    return Err(PublishError::io(&cache_path, e));
                }
                _ => {}
            }
        }
        // On disk before it is published: a power cut after the swap must not leave a
        // published folder of empty files.
        make_durable(&self.staging).map_err(|e| PublishError::io(&self.staging, e))?;
        self.abort_if(AbortPoint::BeforeSwap);
        if self.out.symlink_metadata().is_ok() {
            swap(&self.staging, &self.out)?;
            self.committed = true;
            self.abort_if(AbortPoint::AfterSwap);
            // The staging path now holds the previous output.
            let _ = fs::remove_dir_all(&self.staging);
        } else {
            fs::rename(&self.staging, &self.out).map_err(|e| PublishError::io(&self.out, e))?;
            self.committed = true;
        }
        // And the swap itself: the folder holding OUT records the rename.
        if let Some(parent) = self.out.parent() {
            sync_folder(parent).map_err(|e| PublishError::io(parent, e))?;
        }
        if let Some(index) = index {
            super::write_atomically(&cache_path, &index.to_bytes())
                .map_err(|e| PublishError::io(&cache_path, e))?;
        }
        Ok(())
    }

    /// The cache of the staged build: every file's hash and identity, every unit's fingerprint.
    fn cache_index(&self, files: &BTreeSet<String>) -> Result<CacheIndex, PublishError> {
        let made = std::mem::take(&mut *self.made.lock().expect("cache lock"));
        let mut index = CacheIndex::new();
        for path in files {
            let full = self.staging.join(path);
            let meta = fs::symlink_metadata(&full).map_err(|e| PublishError::io(&full, e))?;
            let sha256 = match made.hashes.get(path) {
                Some(hash) => hash.clone(),
                None => sha256_hex(&fs::read(&full).map_err(|e| PublishError::io(&full, e))?),
            };
            let identity = Identity::of(&meta);
            index
                .files
                .insert(path.clone(), CachedFile { sha256, identity });
        }
        index.units = made.units;
        Ok(index)
    }

    fn abort_if(&self, point: AbortPoint) {
        if self.abort_at == Some(point) {
            std::process::abort();
        }
    }
}

impl Sink for Publication {
    fn put(&self, path: &OutputPath, bytes: &[u8]) -> Result<(), PublishError> {
        let relative = safe_relative(path.as_str())?;
        let shown = self.out.join(&relative);
        // Every file's hash is kept: for the manifest, and for the cache.
        let hash = sha256_hex(bytes);
        // The same bytes as the previous build's file: link that file, write nothing.
        let unchanged = self
            .previous
            .as_ref()
            .and_then(|p| p.files.get(path.as_str()));
        let unchanged = unchanged.is_some_and(|cached| {
            cached.sha256 == hash
                && cached.identity.size() == bytes.len() as u64
                && self.intact(path.as_str(), cached)
        }) || (self.compare_previous && self.holds(&relative, bytes));
        self.made
            .lock()
            .expect("cache lock")
            .hashes
            .insert(path.as_str().to_string(), hash);
        if unchanged && self.link_from_previous(&relative).is_ok() {
            return Ok(());
        }
        let target = self
            .staging_path(&relative)
            .map_err(|e| PublishError::io(&shown, e))?;
        // A kept file is a hard link to the previous output's: replace the link, never write
        // through it. Creating with O_EXCL finds it without a second system call per file.
        let file = match create_file(&target, self.private) {
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                fs::remove_file(&target).map_err(|e| PublishError::io(&shown, e))?;
                create_file(&target, self.private)
            }
            other => other,
        };
        let mut file = file.map_err(|e| PublishError::io(&shown, e))?;
        file.write_all(bytes)
            .map_err(|e| PublishError::io(&shown, e))
    }

    fn get(&self, path: &OutputPath) -> Option<Vec<u8>> {
        let relative = safe_relative(path.as_str()).ok()?;
        fs::read(self.staging.join(relative)).ok()
    }

    fn digest(&self, path: &OutputPath) -> Option<String> {
        let known = self
            .made
            .lock()
            .expect("cache lock")
            .hashes
            .get(path.as_str())
            .cloned();
        known.or_else(|| self.get(path).map(|bytes| sha256_hex(&bytes)))
    }
}

impl Cache for Publication {
    fn reuse(&self, unit: &str, key: &str) -> Result<Option<usize>, PublishError> {
        let Some(previous) = self.previous.as_ref() else {
            return Ok(None);
        };
        if previous.units.get(unit).map(String::as_str) != Some(key) {
            return Ok(None);
        }
        let files: Vec<(&String, &CachedFile)> = previous.files_of(unit).collect();
        if files.is_empty() || !files.iter().all(|(path, f)| self.intact(path, f)) {
            return Ok(None);
        }
        for (path, _) in &files {
            let relative = safe_relative(path)?;
            self.link_from_previous(&relative)
                .map_err(|e| PublishError::io(self.out.join(&relative), e))?;
        }
        let mut made = self.made.lock().expect("cache lock");
        made.units.insert(unit.to_string(), key.to_string());
        for (path, file) in &files {
            made.hashes.insert((*path).clone(), file.sha256.clone());
        }
        Ok(Some(files.len()))
    }

    fn made(&self, unit: &str, key: &str) {
        self.made
            .lock()
            .expect("cache lock")
            .units
            .insert(unit.to_string(), key.to_string());
    }
}

impl Drop for Publication {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_dir_all(&self.staging);
        }
    }
}

/// [`paths::absolute`], as a publishing error.
fn absolute(path: &Path) -> Result<PathBuf, PublishError> {
    paths::absolute(path).map_err(|e| PublishError::io(path, e))
}

fn refuse_unsafe(out: &Path, options: &PublishOptions) -> Result<(), PublishError> {
    let refuse = |reason: Message| {
        Err(PublishError::Refused {
            out: out.to_path_buf(),
            reason,
        })
    };
    if out.parent().is_none() {
        return refuse(msg!("publish-refused-root"));
    }
    if let Some(home) = &options.home {
        let home = absolute(home)?;
        if home.starts_with(out) {
            return refuse(msg!(
                "publish-refused-home",
                home = home.display().to_string()
            ));
        }
    }
    for protected in &options.protect {
        let protected = absolute(protected)?;
        if out == protected {
            return refuse(msg!("publish-refused-content"));
        }
        if out.starts_with(&protected) {
            return refuse(msg!(
                "publish-refused-inside",
                folder = protected.display().to_string()
            ));
        }
        if protected.starts_with(out) {
            return refuse(msg!(
                "publish-refused-holds",
                folder = protected.display().to_string()
            ));
        }
    }
    match out.symlink_metadata() {
        Err(_) => Ok(()),
        Ok(meta) if !meta.is_dir() => refuse(msg!("publish-refused-file")),
        Ok(_) => {
            let empty = fs::read_dir(out)
                .map_err(|e| PublishError::io(out, e))?
                .next()
                .is_none();
            if empty || out.join(MARKER).is_file() {
                Ok(())
            } else {
                refuse(msg!("publish-refused-not-ours", marker = MARKER))
            }
        }
    }
}

/// Removes staging and old-output folders that builds killed before they finished left
/// beside `name` (the lock is held, so no running build owns them).
fn remove_stale(parent: &Path, name: &str) -> Result<(), PublishError> {
    let prefix = format!(".{name}.rungs-staging-");
    let entries = fs::read_dir(parent).map_err(|e| PublishError::io(parent, e))?;
    for entry in entries.flatten() {
        if entry.file_name().to_string_lossy().starts_with(&prefix) {
            fs::remove_dir_all(entry.path()).map_err(|e| PublishError::io(entry.path(), e))?;
        }
    }
    Ok(())
}

/// Stops when OUT holds files the previous build did not write, unless `force`.
fn check_previous(out: &Path, force: bool) -> Result<(), PublishError> {
    let Ok(marker) = fs::read_to_string(out.join(MARKER)) else {
        return Ok(());
    };
    let written: HashSet<&str> = marker.lines().filter(|l| !l.starts_with('#')).collect();
    let mut unknown: Vec<String> = files_below(out)?
        .into_iter()
        .filter(|f| f != MARKER && !written.contains(f.as_str()))
        .collect();
    unknown.sort();
    if unknown.is_empty() || force {
        Ok(())
    } else {
        Err(PublishError::UnknownFiles {
            out: out.to_path_buf(),
            files: unknown,
        })
    }
}

/// Adds `files` (relative to `out`, `/`-separated) to the list of what rungs wrote in `out`:
/// for a command that adds files to a published folder later (`rungs send`'s log and
/// messages), so the next build replaces them instead of stopping at them.
pub fn record_written(out: &Path, files: &[String]) -> io::Result<()> {
    let path = out.join(MARKER);
    let known = fs::read_to_string(&path)?;
    let listed: HashSet<&str> = known.lines().collect();
    let new: Vec<&String> = files
        .iter()
        .filter(|f| !listed.contains(f.as_str()))
        .collect();
    if new.is_empty() {
        return Ok(());
    }
    let mut file = File::options().append(true).open(&path)?;
    for f in new {
        writeln!(file, "{f}")?;
    }
    file.sync_data()
}

/// Every file and link below `root`, relative and `/`-separated.
pub(crate) fn files_below(root: &Path) -> Result<BTreeSet<String>, PublishError> {
    let mut files = BTreeSet::new();
    for entry in WalkDir::new(root).min_depth(1) {
        let entry = entry.map_err(|e| PublishError::io(root, e.into()))?;
        if !entry.file_type().is_dir() {
            let relative = entry.path().strip_prefix(root).unwrap_or(entry.path());
            files.insert(relative.to_string_lossy().replace('\\', "/"));
        }
    }
    Ok(files)
}

fn write_marker(
    staging: &Path,
    files: &BTreeSet<String>,
    private: bool,
) -> Result<(), PublishError> {
    let mut text = String::from(MARKER_HEADER);
    text.push('\n');
    for file in files {
        text.push_str(file);
        text.push('\n');
    }
    let path = staging.join(MARKER);
    create_file(&path, private)
        .and_then(|mut f| f.write_all(text.as_bytes()))
        .map_err(|e| PublishError::io(&path, e))
}

/// A new file (never an existing one), readable by its owner only when `private`.
fn create_file(path: &Path, private: bool) -> io::Result<File> {
    let mut options = File::options();
    options.write(true).create_new(true);
    #[cfg(unix)]
    if private {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    #[cfg(not(unix))]
    let _ = private;
    options.open(path)
}

/// A new folder (and its parents with `recursive`), open to its owner only when `private`.
fn create_folder(path: &Path, private: bool, recursive: bool) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(recursive);
    #[cfg(unix)]
    if private {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    #[cfg(not(unix))]
    let _ = private;
    builder.create(path)
}

/// Recreates `from` at `to` with hard links (copies where links are not possible).
fn link_tree(from: &Path, to: &Path) -> Result<(), PublishError> {
    for entry in WalkDir::new(from) {
        let entry = entry.map_err(|e| PublishError::io(from, e.into()))?;
        let target = match entry.path().strip_prefix(from) {
            Ok(rest) if !rest.as_os_str().is_empty() => to.join(rest),
            _ => to.to_path_buf(),
        };
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target).map_err(|e| PublishError::io(&target, e))?;
        } else if fs::hard_link(entry.path(), &target).is_err() {
            fs::copy(entry.path(), &target).map_err(|e| PublishError::io(&target, e))?;
        }
    }
    Ok(())
}

/// Exchanges the staged folder and OUT.
fn swap(staging: &Path, out: &Path) -> Result<(), PublishError> {
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{CWD, RenameFlags, renameat_with};
        match renameat_with(CWD, staging, CWD, out, RenameFlags::EXCHANGE) {
            Ok(()) => return Ok(()),
            // Not supported by this file system: fall back to two renames.
            Err(e) if e == rustix::io::Errno::INVAL || e == rustix::io::Errno::NOSYS => {}
            Err(e) => return Err(PublishError::io(out, e.into())),
        }
    }
    let old = PathBuf::from(format!("{}-old", staging.display()));
    fs::rename(out, &old).map_err(|e| PublishError::io(out, e))?;
    if let Err(e) = fs::rename(staging, out) {
        // Put the previous output back rather than leave no output at all.
        let _ = fs::rename(&old, out);
        return Err(PublishError::io(out, e));
    }
    // Leave the previous output where the caller removes what the staging path holds.
    fs::rename(&old, staging).map_err(|e| PublishError::io(staging, e))
}

/// Refuses paths that could leave the output folder (they cannot come from `urls`, but this is
/// the last line of defence).
fn safe_relative(path: &str) -> Result<PathBuf, PublishError> {
    let p = Path::new(path);
    if !path.is_empty() && p.components().all(|c| matches!(c, Component::Normal(_))) {
        Ok(p.to_path_buf())
    } else {
        Err(PublishError::Refused {
            out: PathBuf::from(path),
            reason: msg!("publish-refused-outside"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn put(p: &Publication, path: &str, text: &str) {
        p.put(&OutputPath::for_tests(path), text.as_bytes())
            .unwrap();
    }

    /// `build --no-cache` over an earlier build: what has the same bytes as OUT's file is
    /// linked (the same inode), what differs, even at the same size, is written; a publication
    /// without the cache (a personal output) links nothing.
    #[cfg(unix)]
    #[test]
    fn a_refreshing_build_links_the_files_whose_bytes_it_finds_in_out() {
        use std::os::unix::fs::MetadataExt;
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        let ino = |name: &str| fs::metadata(out.join(name)).unwrap().ino();
        let publish = |cache: CacheMode, b: &str| {
            let options = PublishOptions {
                cache,
                ..PublishOptions::default()
            };
            let p = Publication::begin(&out, &options).unwrap();
            put(&p, "site/a.txt", "one");
            put(&p, "site/b.txt", b);
            p.commit().unwrap();
        };
        publish(CacheMode::Refresh, "two");
        let (a, b) = (ino("site/a.txt"), ino("site/b.txt"));
        publish(CacheMode::Refresh, "owt");
        assert_eq!(ino("site/a.txt"), a, "the same bytes are linked");
        assert_ne!(
            ino("site/b.txt"),
            b,
            "other bytes of the same size are written"
        );
        assert_eq!(fs::read_to_string(out.join("site/b.txt")).unwrap(), "owt");
        let a = ino("site/a.txt");
        publish(CacheMode::Off, "owt");
        assert_ne!(
            ino("site/a.txt"),
            a,
            "without the cache, every file is written"
        );
    }

    #[test]
    fn refuses_escaping_paths() {
        assert!(safe_relative("../x").is_err());
        assert!(safe_relative("/etc/passwd").is_err());
        assert!(safe_relative("").is_err());
        assert!(safe_relative("reports/sales/E1.pdf").is_ok());
    }

    #[test]
    fn a_dropped_publication_changes_nothing_and_a_committed_one_swaps() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        {
            let p = Publication::begin(&out, &PublishOptions::default()).unwrap();
            put(&p, "a.txt", "new");
        }
        assert!(!out.exists(), "a failed first build leaves no output");
        let p = Publication::begin(&out, &PublishOptions::default()).unwrap();
        put(&p, "site/a.txt", "one");
        put(&p, "reports/r.txt", "report");
        p.commit().unwrap();
        assert_eq!(fs::read_to_string(out.join("site/a.txt")).unwrap(), "one");
        let p = Publication::begin(&out, &PublishOptions::default()).unwrap();
        p.keep_previous(&["site"]).unwrap();
        put(&p, "site/a.txt", "two");
        p.commit().unwrap();
        assert_eq!(fs::read_to_string(out.join("site/a.txt")).unwrap(), "two");
        assert_eq!(
            fs::read_to_string(out.join("reports/r.txt")).unwrap(),
            "report"
        );
        let beside: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert!(
            beside.iter().all(|n| n == "out" || n == ".out.rungs-lock"),
            "{beside:?}"
        );
    }

    #[test]
    fn a_kept_file_rewritten_leaves_the_old_output_untouched_until_the_swap() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        let p = Publication::begin(&out, &PublishOptions::default()).unwrap();
        put(&p, "reports/a.pdf", "old");
        p.commit().unwrap();
        let p = Publication::begin(&out, &PublishOptions::default()).unwrap();
        p.keep_previous(&[]).unwrap();
        put(&p, "reports/a.pdf", "new");
        assert_eq!(
            fs::read_to_string(out.join("reports/a.pdf")).unwrap(),
            "old"
        );
        drop(p);
        assert_eq!(
            fs::read_to_string(out.join("reports/a.pdf")).unwrap(),
            "old"
        );
    }

    #[test]
    fn unknown_files_foreign_folders_and_content_folders_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        let p = Publication::begin(&out, &PublishOptions::default()).unwrap();
        put(&p, "site/a.txt", "one");
        p.commit().unwrap();
        fs::write(out.join("site/mine.txt"), "user").unwrap();
        let err = Publication::begin(&out, &PublishOptions::default())
            .err()
            .unwrap();
        assert!(
            matches!(&err, PublishError::UnknownFiles { files, .. } if files == &["site/mine.txt"]),
            "{err}"
        );
        let forced = PublishOptions {
            force: true,
            ..PublishOptions::default()
        };
        Publication::begin(&out, &forced).unwrap().commit().unwrap();
        assert!(!out.join("site/mine.txt").exists());

        let foreign = dir.path().join("foreign");
        fs::create_dir(&foreign).unwrap();
        fs::write(foreign.join("x"), "x").unwrap();
        assert!(matches!(
            Publication::begin(&foreign, &PublishOptions::default()),
            Err(PublishError::Refused { .. })
        ));
        let content = dir.path().join("content");
        fs::create_dir(&content).unwrap();
        let guard = PublishOptions {
            protect: vec![content.clone()],
            ..PublishOptions::default()
        };
        for bad in [
            content.clone(),
            content.join("out"),
            dir.path().to_path_buf(),
        ] {
            assert!(
                matches!(
                    Publication::begin(&bad, &guard),
                    Err(PublishError::Refused { .. })
                ),
                "{}",
                bad.display()
            );
        }
        assert!(matches!(
            Publication::begin(Path::new("/"), &PublishOptions::default()),
            Err(PublishError::Refused { .. })
        ));
    }

    #[test]
    fn a_second_build_into_one_folder_is_told_to_wait() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        let first = Publication::begin(&out, &PublishOptions::default()).unwrap();
        assert!(matches!(
            Publication::begin(&out, &PublishOptions::default()),
            Err(PublishError::Busy { .. })
        ));
        drop(first);
        Publication::begin(&out, &PublishOptions::default()).unwrap();
    }
}
