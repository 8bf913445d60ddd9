//! Sharded builds: `rungs build --shard K/N` renders a stable 1/N slice of the reports, chosen
//! by employee id, so a company fans a big cycle out over the runners of the CI system it has
//! (a matrix job); `rungs merge` then joins the shards' folders into the full build's, byte
//! for byte. Shard 1 also makes everything that is not a report (site, handbook, sheets, team
//! summaries); each shard writes the manifest of its own reports as a slice, which the merge
//! joins into one.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use sha2::{Digest, Sha256};

use crate::locale::{Language, Message};
use crate::msg;
use crate::publish::{PublishError, Sink};
use crate::render::manifest::Manifest;
use crate::urls::{self, OutputPath};

/// Shard `index` of `count`, counted from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    index: u32,
    count: u32,
}

impl Shard {
    /// Whether this shard renders the reports of `employee_id`: the same answer on every
    /// machine and in every version, so a re-run shard makes the same files.
    pub fn includes(&self, employee_id: &str) -> bool {
        let digest = Sha256::digest(employee_id.as_bytes());
        let first = u64::from_be_bytes(digest[..8].try_into().expect("8 bytes"));
        first % u64::from(self.count) == u64::from(self.index - 1)
    }

    /// Whether this shard also makes the outputs that are not reports.
    pub fn is_first(&self) -> bool {
        self.index == 1
    }

    /// This shard's slice of the reports' manifest: `reports/manifest.K-of-N.<extension>`.
    pub fn manifest(&self, extension: &str) -> OutputPath {
        urls::reports_manifest_slice(self.index, self.count, extension)
    }
}

impl fmt::Display for Shard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

impl FromStr for Shard {
    type Err = String;

    /// Why `text` is not a shard is said in the language the environment asks for: clap
    /// parses the flag before any other option is read.
    fn from_str(text: &str) -> Result<Shard, String> {
        let bad = || said(&msg!("shard-bad", text = text));
        let (k, n) = text.split_once('/').ok_or_else(bad)?;
        let (index, count): (u32, u32) = (
            k.trim().parse().map_err(|_| bad())?,
            n.trim().parse().map_err(|_| bad())?,
        );
        if count == 0 || index == 0 || index > count {
            return Err(said(&msg!(
                "shard-out-of-range",
                text = text,
                count = count.max(1)
            )));
        }
        Ok(Shard { index, count })
    }
}

/// `message` in the language of `RUNGS_LANG` or the locale (English when neither names one).
fn said(message: &Message) -> String {
    let choice = crate::locale::from_env(None, |name| std::env::var(name).ok());
    let bundled: Vec<String> = crate::locale::bundled_tags().map(str::to_string).collect();
    let (tag, _) = crate::locale::choose(&choice, None, &bundled);
    Language::bundled(&tag)
        .unwrap_or_else(Language::en)
        .say(message)
}

/// Why shards' folders could not be merged.
#[derive(Debug)]
pub enum MergeError {
    /// A folder is not a rungs build.
    NotAnOutput(PathBuf),
    /// A folder holds no manifest slice, or slices of different shard counts.
    Slices(Message),
    /// Two folders hold different bytes at one path.
    Conflict {
        path: String,
        first: PathBuf,
        second: PathBuf,
    },
    Io(PublishError),
}

impl MergeError {
    /// What went wrong, to say in the user's language.
    pub fn message(&self) -> Message {
        match self {
            MergeError::NotAnOutput(dir) => msg!(
                "merge-not-an-output",
                dir = dir.display().to_string(),
                marker = crate::publish::MARKER
            ),
            MergeError::Slices(message) => message.clone(),
            MergeError::Conflict {
                path,
                first,
                second,
            } => msg!(
                "merge-conflict",
                path = path,
                first = first.display().to_string(),
                second = second.display().to_string()
            ),
            MergeError::Io(e) => e.message(),
        }
    }
}

/// In English, for logs and tests; the command line says [`MergeError::message`].
impl fmt::Display for MergeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().english())
    }
}

impl From<PublishError> for MergeError {
    fn from(e: PublishError) -> MergeError {
        MergeError::Io(e)
    }
}

/// Joins the folders of every shard of one build into `sink`: each file once (the same bytes
/// wherever it appears), and the manifest slices as one manifest. Returns how many files.
pub fn merge(folders: &[PathBuf], sink: &dyn Sink) -> Result<usize, MergeError> {
    let mut files: BTreeMap<String, &Path> = BTreeMap::new();
    let mut slices: BTreeMap<(u32, u32), PathBuf> = BTreeMap::new();
    for folder in folders {
        if !folder.join(crate::publish::MARKER).is_file() {
            return Err(MergeError::NotAnOutput(folder.clone()));
        }
        for path in crate::publish::files_below(folder)? {
            if path == crate::publish::MARKER {
                continue;
            }
            if let Some(shard) = slice_of(&path) {
                if shard.1 == "json"
                    && let Some(other) = slices.insert(shard.0, folder.clone())
                {
                    return Err(MergeError::Slices(msg!(
                        "merge-shard-twice",
                        shard = format!("{}/{}", shard.0.0, shard.0.1),
                        first = other.display().to_string(),
                        second = folder.display().to_string()
                    )));
                }
                continue;
            }
            match files.get(&path) {
                Some(first) => {
                    let read = |dir: &Path| {
                        std::fs::read(dir.join(&path))
                            .map_err(|e| PublishError::io(dir.join(&path), e))
                    };
                    if read(first)? != read(folder)? {
                        return Err(MergeError::Conflict {
                            path,
                            first: first.to_path_buf(),
                            second: folder.clone(),
                        });
                    }
                }
                None => {
                    files.insert(path, folder);
                }
            }
        }
    }
    let counts: BTreeSet<u32> = slices.keys().map(|(_, n)| *n).collect();
    let count = match counts.iter().collect::<Vec<_>>()[..] {
        [n] => *n,
        [] => {
            return Err(MergeError::Slices(msg!("merge-no-slices")));
        }
        _ => {
            let counts: Vec<String> = counts.iter().map(u32::to_string).collect();
            return Err(MergeError::Slices(msg!(
                "merge-different-splits",
                counts = counts
            )));
        }
    };
    let missing: Vec<String> = (1..=count)
        .filter(|k| !slices.contains_key(&(*k, count)))
        .map(|k| format!("{k}/{count}"))
        .collect();
    if !missing.is_empty() {
        return Err(MergeError::Slices(msg!(
            "merge-missing-shards",
            count = missing.len(),
            shards = missing
        )));
    }
    for (path, folder) in &files {
        let full = folder.join(path);
        let bytes = std::fs::read(&full).map_err(|e| PublishError::io(&full, e))?;
        sink.put(&urls::merged(path), &bytes)?;
    }
    let mut rows = Vec::new();
    for ((k, n), folder) in &slices {
        let path = folder.join(urls::reports_manifest_slice(*k, *n, "json").as_str());
        let manifest = Manifest::read(&path).map_err(MergeError::Slices)?;
        rows.extend(manifest.reports);
    }
    let manifest = Manifest::new(rows);
    sink.put(&urls::reports_manifest("csv"), &manifest.to_csv())?;
    sink.put(&urls::reports_manifest("json"), &manifest.to_json())?;
    Ok(files.len() + 2)
}

/// `((K, N), extension)` when `path` is a manifest slice.
fn slice_of(path: &str) -> Option<((u32, u32), &str)> {
    let rest = path
        .strip_prefix(urls::top::REPORTS)?
        .strip_prefix("/manifest.")?;
    let (shard, extension) = rest.split_once('.')?;
    let (k, n) = shard.split_once("-of-")?;
    Some(((k.parse().ok()?, n.parse().ok()?), extension))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_parse_and_split_every_employee_into_exactly_one() {
        assert!("0/3".parse::<Shard>().is_err());
        assert!("4/3".parse::<Shard>().is_err());
        assert!("1/0".parse::<Shard>().is_err());
        assert!("two/3".parse::<Shard>().is_err());
        let shards: Vec<Shard> = (1..=3).map(|k| format!("{k}/3").parse().unwrap()).collect();
        let mut sizes = [0; 3];
        for id in (0..3000).map(|i| format!("E{i:05}")) {
            let owners: Vec<usize> = (0..3).filter(|k| shards[*k].includes(&id)).collect();
            assert_eq!(owners.len(), 1, "{id}");
            sizes[owners[0]] += 1;
        }
        assert!(sizes.iter().all(|s| (900..1100).contains(s)), "{sizes:?}");
        assert_eq!(
            slice_of("reports/manifest.2-of-3.json"),
            Some(((2, 3), "json"))
        );
        assert_eq!(slice_of("reports/manifest.json"), None);
    }
}
