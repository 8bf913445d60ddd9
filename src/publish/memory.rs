//! A sink that keeps files in memory, by output path.

use std::collections::BTreeMap;
use std::sync::Mutex;

use super::{PublishError, Sink};
use crate::urls::OutputPath;

#[derive(Debug, Default)]
pub struct MemorySink {
    files: Mutex<BTreeMap<String, Vec<u8>>>,
}

impl MemorySink {
    pub fn new() -> MemorySink {
        MemorySink::default()
    }

    /// Every file written, by path, sorted.
    pub fn into_files(self) -> BTreeMap<String, Vec<u8>> {
        self.files.into_inner().expect("memory sink lock")
    }
}

impl Sink for MemorySink {
    fn put(&self, path: &OutputPath, bytes: &[u8]) -> Result<(), PublishError> {
        self.files
            .lock()
            .expect("memory sink lock")
            .insert(path.as_str().to_string(), bytes.to_vec());
        Ok(())
    }

    fn get(&self, path: &OutputPath) -> Option<Vec<u8>> {
        self.files
            .lock()
            .expect("memory sink lock")
            .get(path.as_str())
            .cloned()
    }

    fn digest(&self, path: &OutputPath) -> Option<String> {
        self.get(path).map(|bytes| super::sha256_hex(&bytes))
    }
}
