//! The commit stamp: the last commit that touched the content folder, with `-dirty` when the
//! folder has uncommitted changes. Read with the `git` program for now (the versioning work
//! moves it to a git library); `None` outside git or without git.

use std::path::Path;
use std::process::Command;

pub fn content_commit(root: &Path) -> Option<String> {
    let git = |args: &[&str]| {
        Command::new("git")
            .arg("-C")
            .arg(root)
            .args(args)
            .output()
            .ok()
            .filter(|o| o.status.success())
    };
    let log = git(&["log", "-1", "--format=%H", "--", "."])?;
    let hash = String::from_utf8(log.stdout).ok()?.trim().to_string();
    if hash.len() < 12 {
        return None;
    }
    let status = git(&["status", "--porcelain", "--", "."])?;
    let dirty = !status.stdout.is_empty();
    Some(if dirty {
        format!("{}-dirty", &hash[..12])
    } else {
        hash[..12].to_string()
    })
}
