//! Paths compared as the file system sees them, for the checks that keep outputs and secrets
//! out of the folders they must stay out of.

use std::io;
use std::path::{Component, Path, PathBuf};

/// The absolute form of `path`: its longest existing ancestor resolved (symbolic links
/// included), the rest appended with `.` and `..` applied.
pub fn absolute(path: &Path) -> io::Result<PathBuf> {
    let joined = std::path::absolute(path)?;
    let mut existing = joined.as_path();
    let mut rest = Vec::new();
    loop {
        if let Ok(real) = existing.canonicalize() {
            let mut out = real;
            for part in rest.iter().rev() {
                out.push(part);
            }
            return Ok(normalise(&out));
        }
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                existing = parent;
            }
            _ => return Ok(normalise(&joined)),
        }
    }
}

/// Removes `.` and resolves `..` lexically.
fn normalise(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// Whether `path` is `folder` or lies below it, both made [`absolute`] (a path that cannot be
/// resolved is compared as given).
pub fn is_inside(path: &Path, folder: &Path) -> bool {
    let resolve = |p: &Path| absolute(p).unwrap_or_else(|_| p.to_path_buf());
    resolve(path).starts_with(resolve(folder))
}
