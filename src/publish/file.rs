//! Files written whole or not at all: the bytes go to a hidden file beside each place, are made
//! durable, and then replace what was there, so a failure or a power cut never leaves half a
//! file where a good one was. Also the syncs publishing uses.

use std::collections::BTreeSet;
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` atomically (on one file system), creating its folder.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_all_or_none(&[(path.to_path_buf(), bytes)]).map_err(|(_, e)| e)
}

/// Writes each of `files` (path, bytes), creating folders: every file is written to a hidden
/// file beside its place and made durable before any is moved in, so a failure while writing
/// changes nothing. The error names the path it concerns.
pub fn write_all_or_none(files: &[(PathBuf, &[u8])]) -> Result<(), (PathBuf, io::Error)> {
    let mut staged: Vec<(PathBuf, &Path)> = Vec::new();
    let cleanup = |staged: &[(PathBuf, &Path)]| {
        for (temporary, _) in staged {
            let _ = fs::remove_file(temporary);
        }
    };
    let mut folders = BTreeSet::new();
    for (path, bytes) in files {
        let folder = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name = path
            .file_name()
            .map_or_else(|| "file".into(), |n| n.to_string_lossy().into_owned());
        let temporary = folder.join(format!(".{name}.rungs-{}", std::process::id()));
        let written = fs::create_dir_all(folder)
            .and_then(|()| File::create(&temporary))
            .and_then(|mut file| file.write_all(bytes));
        if let Err(e) = written {
            let _ = fs::remove_file(&temporary);
            cleanup(&staged);
            return Err((path.clone(), e));
        }
        folders.insert(folder.to_path_buf());
        staged.push((temporary, path));
    }
    // Durable before any is moved in: one sync per file system on Linux, per file elsewhere.
    if let Err(e) = sync_files(&folders, &staged) {
        cleanup(&staged);
        return Err((files[0].0.clone(), e));
    }
    for (temporary, path) in &staged {
        if let Err(e) = fs::rename(temporary, path) {
            cleanup(&staged);
            return Err((path.to_path_buf(), e));
        }
    }
    for folder in &folders {
        sync_folder(folder).map_err(|e| (folder.clone(), e))?;
    }
    Ok(())
}

/// Makes the staged files durable: `syncfs` of the file system each folder is on (Linux; the
/// second and later find little left to flush), or a sync of each file.
fn sync_files(folders: &BTreeSet<PathBuf>, staged: &[(PathBuf, &Path)]) -> io::Result<()> {
    #[cfg(target_os = "linux")]
    {
        let _ = staged;
        for folder in folders {
            rustix::fs::syncfs(File::open(folder)?)?;
        }
        Ok(())
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = folders;
        for (temporary, _) in staged {
            File::open(temporary)?.sync_all()?;
        }
        Ok(())
    }
}

/// Writes everything below `root` (files and folders) to disk. On Linux one `syncfs` flushes
/// the whole file system the staging folder is on, far cheaper than a sync per file;
/// elsewhere each file and folder is synced.
pub(crate) fn make_durable(root: &Path) -> io::Result<()> {
    #[cfg(target_os = "linux")]
    {
        rustix::fs::syncfs(File::open(root)?)?;
        Ok(())
    }
    #[cfg(not(target_os = "linux"))]
    {
        for entry in walkdir::WalkDir::new(root) {
            let entry = entry.map_err(io::Error::other)?;
            if entry.file_type().is_file() {
                File::open(entry.path())?.sync_all()?;
            } else if entry.file_type().is_dir() {
                sync_folder(entry.path())?;
            }
        }
        Ok(())
    }
}

/// Syncs a folder's entries (a rename into it, say); Windows has no such call, and records
/// renames in its journal.
pub(crate) fn sync_folder(folder: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(folder)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = folder;
        Ok(())
    }
}

/// Removes each of `paths` (files an import of the standard workbook removes, written after
/// the files it writes); the error names the path it concerns.
pub fn remove_files(paths: &[PathBuf]) -> Result<(), (PathBuf, io::Error)> {
    for path in paths {
        fs::remove_file(path).map_err(|e| (path.clone(), e))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_is_written_or_none_is() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("2025H1/E1.yaml");
        let b = dir.path().join("2025H2/E2.yaml");
        fs::create_dir_all(a.parent().unwrap()).unwrap();
        fs::write(&a, "old").unwrap();
        write_all_or_none(&[(a.clone(), b"new a"), (b.clone(), b"new b")]).unwrap();
        assert_eq!(fs::read(&a).unwrap(), b"new a");
        assert_eq!(fs::read(&b).unwrap(), b"new b");

        // The second file cannot be written (its folder is a file): the first keeps its bytes,
        // and no hidden file is left beside it.
        let blocked = dir.path().join("blocked");
        fs::write(&blocked, "a file").unwrap();
        let (failed, _) =
            write_all_or_none(&[(a.clone(), b"newer a"), (blocked.join("E3.yaml"), b"c")])
                .unwrap_err();
        assert_eq!(failed, blocked.join("E3.yaml"));
        assert_eq!(fs::read(&a).unwrap(), b"new a");
        let left: Vec<_> = fs::read_dir(a.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(left, ["E1.yaml"]);
    }
}
