//! Sinks: where rendered files go. Renderers write each file to a [`Sink`] as soon as it is
//! made, so memory does not grow with the number of reports. A [`Publication`] stages a whole
//! output folder beside the real one and swaps it in at the end; a [`MemorySink`] keeps files
//! in memory (tests, the preview server). A `Publication` keeps the SHA-256 of every file it
//! writes, which the reports' manifest and the build cache read; zips and encryption are
//! further sinks.

mod cache;
mod file;
mod memory;
pub mod paths;
mod publication;

use std::fmt;
use std::path::PathBuf;

pub use cache::{CacheMode, path_beside as cache_path};
pub use file::{remove_files, write_all_or_none, write_atomically};
pub use memory::MemorySink;
pub(crate) use publication::files_below;
pub use publication::{AbortPoint, MARKER, Publication, PublishOptions, record_written};

use crate::locale::Message;
use crate::msg;
use crate::urls::OutputPath;

/// A destination for rendered files; callable from several threads at once.
pub trait Sink: Sync {
    fn put(&self, path: &OutputPath, bytes: &[u8]) -> Result<(), PublishError>;

    /// A file the output holds (written by this build, or kept from the previous one), for
    /// manifests that cover files a partial build did not render.
    fn get(&self, path: &OutputPath) -> Option<Vec<u8>>;

    /// The SHA-256 of a file the output holds, without reading it again where the sink
    /// already knows it (`sha256_hex` of `get` where it does not). Required, like `get`, so
    /// that a sink wrapping another cannot forget to pass it through: a report's manifest row
    /// needs its file's digest, and a build refuses a report it wrote that its sink cannot
    /// give back.
    fn digest(&self, path: &OutputPath) -> Option<String>;
}

/// An earlier build's outputs by cache key (see `fingerprint`): what lets an incremental
/// build carry an output over instead of rendering it again. Apart from [`Sink`], so writing
/// never depends on it; [`NoCache`] renders everything.
pub trait Cache: Sync {
    /// Carries over the files an earlier build made for `unit` (a file, a folder, or a file
    /// name without its extension) from inputs with the key `key`, when the files are intact.
    /// Returns how many files it carried over, or `None`: the caller then renders the unit
    /// and says so with [`Cache::made`].
    fn reuse(&self, unit: &str, key: &str) -> Result<Option<usize>, PublishError>;

    /// Records that this build renders `unit` from inputs with the key `key`, so that a later
    /// build can carry it over.
    fn made(&self, unit: &str, key: &str);
}

/// No earlier build to carry anything over from: every output is rendered.
pub struct NoCache;

impl Cache for NoCache {
    fn reuse(&self, _unit: &str, _key: &str) -> Result<Option<usize>, PublishError> {
        Ok(None)
    }

    fn made(&self, _unit: &str, _key: &str) {}
}

/// A SHA-256 digest, as lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex(&sha2::Sha256::digest(bytes))
}

/// Bytes as lowercase hex.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Why an output folder could not be written. Every variant is a usage or IO problem
/// (exit code 2), never a content problem.
#[derive(Debug)]
pub enum PublishError {
    /// Reading or writing `path` failed.
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    /// The output folder is one rungs will not write into, and why.
    Refused { out: PathBuf, reason: Message },
    /// Another rungs process is writing into the same output folder.
    Busy { out: PathBuf },
    /// The output folder holds files the previous build did not write.
    UnknownFiles { out: PathBuf, files: Vec<String> },
    /// A file could not be password-protected (a PDF the encryption cannot read: a bug).
    Protect { path: PathBuf, error: Message },
}

impl PublishError {
    pub(crate) fn io(path: impl Into<PathBuf>, error: std::io::Error) -> PublishError {
        PublishError::Io {
            path: path.into(),
            error,
        }
    }
}

impl PublishError {
    /// What went wrong, to say in the user's language.
    pub fn message(&self) -> Message {
        match self {
            PublishError::Io { path, error } => msg!(
                "publish-cannot-write",
                path = path.display().to_string(),
                error = error.to_string()
            ),
            PublishError::Refused { out, reason } => msg!(
                "publish-refused",
                out = out.display().to_string(),
                reason = reason.clone()
            ),
            PublishError::Busy { out } => {
                msg!("publish-busy", out = out.display().to_string())
            }
            PublishError::Protect { path, error } => msg!(
                "publish-protect",
                path = path.display().to_string(),
                error = error.clone()
            ),
            PublishError::UnknownFiles { out, files } => {
                const SHOWN: usize = 10;
                let shown: Vec<String> =
                    files.iter().take(SHOWN).map(|f| format!("`{f}`")).collect();
                let out = out.display().to_string();
                if files.len() > SHOWN {
                    msg!(
                        "publish-unknown-files-more",
                        out = out,
                        count = files.len(),
                        files = shown
                    )
                } else {
                    msg!(
                        "publish-unknown-files",
                        out = out,
                        count = files.len(),
                        files = shown
                    )
                }
            }
        }
    }

    /// What a person can do about it.
    pub fn help(&self) -> Message {
        match self {
            PublishError::Io { .. } => msg!("publish-cannot-write-help"),
            PublishError::Refused { .. } => msg!("publish-refused-help"),
            PublishError::Busy { .. } => msg!("publish-busy-help"),
            PublishError::UnknownFiles { .. } => msg!("publish-unknown-files-help"),
            PublishError::Protect { .. } => msg!("publish-protect-help"),
        }
    }
}

/// In English, for logs and tests; the command line says [`PublishError::message`].
impl fmt::Display for PublishError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().english())
    }
}

impl std::error::Error for PublishError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            PublishError::Io { error, .. } => Some(error),
            _ => None,
        }
    }
}

/// What a person can do about a publishing error.
pub fn help(error: &PublishError) -> Message {
    error.help()
}
