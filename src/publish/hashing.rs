//! A sink that passes files on and remembers each one's SHA-256, for the reports' manifest.

use std::collections::BTreeMap;
use std::sync::Mutex;

use super::{PublishError, Sink, sha256_hex};
use crate::urls::OutputPath;

pub struct HashingSink<'a> {
    inner: &'a dyn Sink,
    hashes: Mutex<BTreeMap<OutputPath, String>>,
}

impl<'a> HashingSink<'a> {
    pub fn new(inner: &'a dyn Sink) -> HashingSink<'a> {
        HashingSink {
            inner,
            hashes: Mutex::default(),
        }
    }

    /// The hash of every file written through this sink, by path.
    pub fn into_hashes(self) -> BTreeMap<OutputPath, String> {
        self.hashes.into_inner().expect("hash lock")
    }
}

impl Sink for HashingSink<'_> {
    fn put(&self, path: &OutputPath, bytes: &[u8]) -> Result<(), PublishError> {
        let hash = sha256_hex(bytes);
        self.inner.put(path, bytes)?;
        self.hashes
            .lock()
            .expect("hash lock")
            .insert(path.clone(), hash);
        Ok(())
    }

    fn get(&self, path: &OutputPath) -> Option<Vec<u8>> {
        self.inner.get(path)
    }

    fn digest(&self, path: &OutputPath) -> Option<String> {
        let known = self.hashes.lock().expect("hash lock").get(path).cloned();
        known.or_else(|| self.inner.digest(path))
    }

    fn reuse(&self, unit: &str, key: &str) -> Result<Option<usize>, PublishError> {
        self.inner.reuse(unit, key)
    }

    fn made(&self, unit: &str, key: &str) {
        self.inner.made(unit, key)
    }
}
