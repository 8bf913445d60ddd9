//! Watching the content (and the records' folder) for edits: file-system events, debounced
//! so that an editor's save (often a temporary file, a rename and a change of attributes)
//! gives one rebuild.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use notify::{EventKind, RecursiveMode, Watcher};

/// How long the folders must stay quiet before a rebuild starts.
pub const QUIET: Duration = Duration::from_millis(40);
/// The longest a rebuild waits for the folders to go quiet (a long copy still shows up).
const PATIENCE: Duration = Duration::from_millis(500);

/// Watches folders and hands over each burst of changes as one batch.
pub struct Changes {
    // Kept alive: dropping the watcher stops the events.
    _watcher: notify::RecommendedWatcher,
    events: mpsc::Receiver<notify::Result<notify::Event>>,
}

impl Changes {
    pub fn watch(folders: &[PathBuf]) -> notify::Result<Changes> {
        let (sender, events) = mpsc::channel();
        let mut watcher = notify::recommended_watcher(move |event| {
            let _ = sender.send(event);
        })?;
        for folder in folders {
            watcher.watch(folder, RecursiveMode::Recursive)?;
        }
        Ok(Changes {
            _watcher: watcher,
            events,
        })
    }

    /// Waits for the next burst of changes to content files and returns the files changed
    /// (sorted, without repeats), or `None` when the watcher has stopped.
    pub fn next(&self) -> Option<Vec<PathBuf>> {
        loop {
            let mut changed = Vec::new();
            collect(self.events.recv().ok()?, &mut changed);
            let started = Instant::now();
            while started.elapsed() < PATIENCE {
                match self.events.recv_timeout(QUIET) {
                    Ok(event) => collect(event, &mut changed),
                    Err(mpsc::RecvTimeoutError::Timeout) => break,
                    Err(mpsc::RecvTimeoutError::Disconnected) => return None,
                }
            }
            changed.sort();
            changed.dedup();
            if !changed.is_empty() {
                return Some(changed);
            }
        }
    }
}

fn collect(event: notify::Result<notify::Event>, changed: &mut Vec<PathBuf>) {
    let Ok(event) = event else { return };
    if matches!(event.kind, EventKind::Access(_)) {
        return;
    }
    changed.extend(event.paths.into_iter().filter(|p| !is_scratch(p)));
}

/// Editors' swap, backup and temporary files, which are not content.
fn is_scratch(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    name.starts_with(".#")
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name == "4913"
        || path.components().any(|c| c.as_os_str() == ".git")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editor_scratch_files_are_not_changes() {
        assert!(is_scratch(Path::new("content/competencies/.x.yaml.swp")));
        assert!(is_scratch(Path::new("content/competencies/x.yaml~")));
        assert!(is_scratch(Path::new("content/.git/index")));
        assert!(!is_scratch(Path::new("content/competencies/x.yaml")));
    }
}
