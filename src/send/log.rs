//! The send log beside the bundles (`send-log.csv`): a line per message tried — when, which
//! bundle (and its SHA-256), to whom, what became of it, the server's answer and the message's
//! id. A line is on disk before the next message goes, so a run killed or refused halfway
//! resumes where it stopped: a bundle whose exact bytes the log says were sent to that address
//! is not sent again; a corrected bundle (another SHA-256) is. Readable by its owner only.

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The log's file name, beside the bundles.
pub const LOG_FILE: &str = "send-log.csv";

/// What became of one message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// The server accepted it.
    Sent,
    /// The server refused it, or the connection failed while sending.
    Failed,
    /// Not sent: no address, or too large.
    Refused,
}

/// One line of the log.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    /// UTC, `2024-12-20T09:30:05Z`.
    pub time: String,
    pub bundle: String,
    pub email: String,
    /// The zip's SHA-256, as sent.
    pub sha256: String,
    /// What it says (`bundles.csv`'s `content`): what tells a correction from a repeat.
    pub content: String,
    pub status: Status,
    /// The server's answer (`250 OK queued as 12`), or why it was not sent.
    pub response: String,
    pub message_id: String,
}

/// The log of a distribution folder, open for appending.
pub struct Log {
    path: PathBuf,
    entries: Vec<Entry>,
    file: File,
}

impl Log {
    /// The log in `folder`, made (readable by its owner only) when there is none.
    pub fn open(folder: &Path) -> io::Result<Log> {
        let path = folder.join(LOG_FILE);
        let entries = match std::fs::read(&path) {
            Ok(bytes) => read_entries(&bytes)
                .map_err(|e| io::Error::other(format!("`{}`: {e}", path.display())))?,
            Err(e) if e.kind() == io::ErrorKind::NotFound => Vec::new(),
            Err(e) => return Err(e),
        };
        let mut options = File::options();
        options.append(true).create(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(&path)?;
        if file.metadata()?.len() == 0 {
            file.write_all(b"\xEF\xBB\xBF")?;
            file.write_all(&line(&[
                "time",
                "bundle",
                "email",
                "sha256",
                "content",
                "status",
                "response",
                "message_id",
            ]))?;
            file.sync_data()?;
        }
        Ok(Log {
            path,
            entries,
            file,
        })
    }

    /// The log in `folder` when there is one, read only.
    pub fn open_existing(folder: &Path) -> io::Result<Option<Log>> {
        if folder.join(LOG_FILE).is_file() {
            Log::open(folder).map(Some)
        } else {
            Ok(None)
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether `bundle`, saying `content`, was sent to `email` already.
    pub fn sent(&self, bundle: &str, email: &str, content: &str) -> bool {
        self.entries.iter().any(|e| {
            e.status == Status::Sent
                && e.bundle == bundle
                && e.email == email
                && e.content == content
        })
    }

    /// Whether `bundle` saying something else was sent to `email` before (this corrects it).
    pub fn sent_other(&self, bundle: &str, email: &str, content: &str) -> bool {
        self.entries.iter().any(|e| {
            e.status == Status::Sent
                && e.bundle == bundle
                && e.email == email
                && e.content != content
        })
    }

    /// Adds a line, on disk before this returns.
    pub fn append(&mut self, entry: Entry) -> io::Result<()> {
        let status = match entry.status {
            Status::Sent => "sent",
            Status::Failed => "failed",
            Status::Refused => "refused",
        };
        self.file.write_all(&line(&[
            &entry.time,
            &entry.bundle,
            &entry.email,
            &entry.sha256,
            &entry.content,
            status,
            &entry.response,
            &entry.message_id,
        ]))?;
        self.file.sync_data()?;
        self.entries.push(entry);
        Ok(())
    }
}

/// One CSV record, every cell safe to open in a spreadsheet.
fn line(cells: &[&str]) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new().from_writer(Vec::new());
    let cells: Vec<String> = cells
        .iter()
        .map(|c| crate::render::csv::neutralise(c).into_owned())
        .collect();
    writer.write_record(&cells).expect("writing to memory");
    writer.into_inner().expect("writing to memory")
}

fn read_entries(bytes: &[u8]) -> Result<Vec<Entry>, csv::Error> {
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::Reader::from_reader(text);
    reader
        .records()
        .map(|r| {
            let r = r?;
            let cell = |i: usize| crate::render::csv::restore(r.get(i).unwrap_or("")).to_string();
            Ok(Entry {
                time: cell(0),
                bundle: cell(1),
                email: cell(2),
                sha256: cell(3),
                content: cell(4),
                status: match cell(5).as_str() {
                    "sent" => Status::Sent,
                    "refused" => Status::Refused,
                    _ => Status::Failed,
                },
                response: cell(6),
                message_id: cell(7),
            })
        })
        .collect()
}

/// Now, in UTC, as the log writes it.
pub fn now() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs()) as i64;
    let day = crate::model::Date::from_days(seconds.div_euclid(86_400));
    let in_day = seconds.rem_euclid(86_400);
    format!(
        "{day}T{:02}:{:02}:{:02}Z",
        in_day / 3600,
        in_day / 60 % 60,
        in_day % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_log_reopened_knows_what_was_sent() {
        let dir = tempfile::tempdir().unwrap();
        let mut log = Log::open(dir.path()).unwrap();
        let entry = |status, sha: &str| Entry {
            time: now(),
            bundle: "M01-李强-2024H2.zip".into(),
            email: "li@example.com".into(),
            sha256: "zip".into(),
            content: sha.into(),
            status,
            response: "250 OK".into(),
            message_id: "<x@y>".into(),
        };
        log.append(entry(Status::Failed, "a")).unwrap();
        log.append(entry(Status::Sent, "b")).unwrap();
        let log = Log::open(dir.path()).unwrap();
        assert!(log.sent("M01-李强-2024H2.zip", "li@example.com", "b"));
        assert!(!log.sent("M01-李强-2024H2.zip", "li@example.com", "a"));
        assert!(now().ends_with('Z') && now().len() == 20, "{}", now());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(log.path()).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }
}
