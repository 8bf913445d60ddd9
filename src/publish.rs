//! Writing rendered files into the output folder without ever leaving a half-written build in
//! place of a good one: files are written into a staging folder as they are rendered (so memory
//! does not grow with the number of reports), then each top-level output (`site/`,
//! `handbook.pdf`, `reports/`) is swapped in with renames. A staging folder that is dropped
//! without `commit` is removed and the output folder is as it was.

use std::collections::BTreeSet;
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

use crate::render::OutputFile;

/// Refuses paths that could leave the output folder (they cannot come from checked content,
/// but this is the last line of defence).
fn safe_relative(path: &str) -> io::Result<PathBuf> {
    let p = Path::new(path);
    if !path.is_empty() && p.components().all(|c| matches!(c, Component::Normal(_))) {
        Ok(p.to_path_buf())
    } else {
        Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("refusing to write outside the output folder: {path}"),
        ))
    }
}

pub struct Staging {
    out: PathBuf,
    dir: PathBuf,
    /// Top-level entries written so far, and folders already created.
    state: Mutex<(BTreeSet<String>, BTreeSet<PathBuf>)>,
    committed: bool,
}

impl Staging {
    pub fn new(out: &Path) -> io::Result<Staging> {
        fs::create_dir_all(out)?;
        let dir = out.join(format!(".rungs-staging-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir)?;
        Ok(Staging {
            out: out.to_path_buf(),
            dir,
            state: Mutex::new(Default::default()),
            committed: false,
        })
    }

    /// Writes one file into the staging folder; callable from several threads.
    pub fn write(&self, file: &OutputFile) -> io::Result<()> {
        let relative = safe_relative(&file.path)?;
        let path = self.dir.join(&relative);
        let parent = path.parent().expect("a file has a parent").to_path_buf();
        {
            let mut state = self.state.lock().expect("staging lock");
            let top = file.path.split('/').next().unwrap_or_default().to_string();
            state.0.insert(top);
            if state.1.insert(parent.clone()) {
                fs::create_dir_all(&parent)?;
            }
        }
        fs::write(path, &file.bytes)
    }

    /// Swaps every top-level entry written into the output folder, replacing the old one
    /// whole; entries not written (e.g. `reports/` in a `--only site` build) are left alone.
    pub fn commit(mut self) -> io::Result<()> {
        let old = self.out.join(format!(".rungs-old-{}", std::process::id()));
        let _ = fs::remove_dir_all(&old);
        fs::create_dir_all(&old)?;
        let tops = std::mem::take(&mut self.state.lock().expect("staging lock").0);
        let result = (|| {
            for top in &tops {
                let target = self.out.join(top);
                if target.symlink_metadata().is_ok() {
                    fs::rename(&target, old.join(top))?;
                }
                fs::rename(self.dir.join(top), &target)?;
            }
            Ok(())
        })();
        let _ = fs::remove_dir_all(&old);
        self.committed = result.is_ok();
        result
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

/// Replaces single files in `out` (each written to a temporary name, then renamed), for
/// commands that update part of an output such as `rungs report`.
pub fn replace_files(out: &Path, files: &[OutputFile]) -> io::Result<()> {
    for f in files {
        let path = out.join(safe_relative(&f.path)?);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        let temporary = path.with_extension(format!("tmp-{}", std::process::id()));
        fs::write(&temporary, &f.bytes)?;
        fs::rename(&temporary, &path)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_escaping_paths() {
        assert!(safe_relative("../x").is_err());
        assert!(safe_relative("/etc/passwd").is_err());
        assert!(safe_relative("").is_err());
        assert!(safe_relative("reports/sales/E1.pdf").is_ok());
    }

    #[test]
    fn a_dropped_staging_folder_changes_nothing() {
        let dir = tempfile_dir();
        fs::write(dir.join("keep.txt"), "old").unwrap();
        {
            let staging = Staging::new(&dir).unwrap();
            staging
                .write(&OutputFile {
                    path: "keep.txt".into(),
                    bytes: b"new".to_vec(),
                })
                .unwrap();
        }
        assert_eq!(fs::read_to_string(dir.join("keep.txt")).unwrap(), "old");
        assert_eq!(
            fs::read_dir(&dir).unwrap().count(),
            1,
            "no staging folder left behind"
        );
        let staging = Staging::new(&dir).unwrap();
        staging
            .write(&OutputFile {
                path: "keep.txt".into(),
                bytes: b"new".to_vec(),
            })
            .unwrap();
        staging.commit().unwrap();
        assert_eq!(fs::read_to_string(dir.join("keep.txt")).unwrap(), "new");
        let _ = fs::remove_dir_all(&dir);
    }

    fn tempfile_dir() -> PathBuf {
        let dir = std::env::temp_dir().join(format!("rungs-publish-test-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }
}
