//! Writing rendered files into the output folder without ever leaving a half-written build in
//! place of a good one: everything goes to a staging folder first, then each top-level output
//! (`site/`, `handbook.pdf`, `reports/`) is swapped in with renames.

use std::collections::BTreeSet;
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use crate::render::OutputFile;

/// Refuses paths that could leave the output folder (they cannot come from checked content,
/// but this is the last line of defence).
fn safe_relative(path: &str) -> io::Result<PathBuf> {
    let p = Path::new(path);
    if p.components().all(|c| matches!(c, Component::Normal(_))) {
        Ok(p.to_path_buf())
    } else {
        Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("refusing to write outside the output folder: {path}"),
        ))
    }
}

fn write_all(root: &Path, files: &[OutputFile]) -> io::Result<()> {
    let mut made: BTreeSet<PathBuf> = BTreeSet::new();
    for f in files {
        let path = root.join(safe_relative(&f.path)?);
        if let Some(parent) = path.parent()
            && made.insert(parent.to_path_buf())
        {
            fs::create_dir_all(parent)?;
        }
        fs::write(&path, &f.bytes)?;
    }
    Ok(())
}

/// Publishes `files` into `out`: every top-level entry they name replaces the old one whole;
/// other entries in `out` are left alone. On error nothing in `out` has changed.
pub fn publish(out: &Path, files: &[OutputFile]) -> io::Result<()> {
    fs::create_dir_all(out)?;
    let staging = out.join(format!(".rungs-staging-{}", std::process::id()));
    let old = out.join(format!(".rungs-old-{}", std::process::id()));
    let _ = fs::remove_dir_all(&staging);
    let result = write_all(&staging, files).and_then(|()| swap_in(out, &staging, &old, files));
    let _ = fs::remove_dir_all(&staging);
    let _ = fs::remove_dir_all(&old);
    result
}

fn swap_in(out: &Path, staging: &Path, old: &Path, files: &[OutputFile]) -> io::Result<()> {
    let tops: BTreeSet<&str> = files
        .iter()
        .map(|f| f.path.split('/').next().unwrap_or(""))
        .collect();
    fs::create_dir_all(old)?;
    for top in tops {
        let target = out.join(top);
        if target.symlink_metadata().is_ok() {
            fs::rename(&target, old.join(top))?;
        }
        fs::rename(staging.join(top), &target)?;
    }
    Ok(())
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
        assert!(safe_relative("reports/sales/E1.pdf").is_ok());
    }
}
