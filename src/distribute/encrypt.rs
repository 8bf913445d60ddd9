//! Password protection for one report: AES-256 under the PDF 2.0 standard security handler
//! (revision 6), done by lopdf; nothing cryptographic is written here. The reader opens the
//! file with the employee's password; printing is allowed, editing and copying are not (copying
//! for accessibility stays allowed, as PDF 2.0 requires).

use std::collections::BTreeMap;
use std::sync::Arc;

use lopdf::encryption::crypt_filters::{Aes256CryptFilter, CryptFilter};
use lopdf::encryption::{EncryptionState, EncryptionVersion, Permissions};

/// Why a report could not be protected (a bug or a PDF lopdf cannot read; never content).
#[derive(Debug)]
pub struct EncryptError(pub crate::locale::Message);

/// In English, for logs and tests.
impl std::fmt::Display for EncryptError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.english())
    }
}

/// `pdf` protected with `user_password` (to open it) and `owner_password` (to lift the
/// restrictions), with a fresh random file key.
pub fn encrypt(
    pdf: &[u8],
    user_password: &str,
    owner_password: &str,
) -> Result<Vec<u8>, EncryptError> {
    let fail = |key: &'static str, e: &dyn std::fmt::Display| {
        EncryptError(crate::locale::Message::new(key).arg("error", e.to_string()))
    };
    let mut document =
        lopdf::Document::load_mem(pdf).map_err(|e| fail("encrypt-cannot-read", &e))?;
    let mut key = [0u8; 32];
    getrandom::fill(&mut key).map_err(|e| fail("encrypt-no-random", &e))?;
    let filter: Arc<dyn CryptFilter> = Arc::new(Aes256CryptFilter);
    let version = EncryptionVersion::V5 {
        encrypt_metadata: true,
        crypt_filters: BTreeMap::from([(b"StdCF".to_vec(), filter)]),
        file_encryption_key: &key,
        stream_filter: b"StdCF".to_vec(),
        string_filter: b"StdCF".to_vec(),
        owner_password,
        user_password,
        permissions: Permissions::PRINTABLE
            | Permissions::PRINTABLE_IN_HIGH_QUALITY
            | Permissions::COPYABLE_FOR_ACCESSIBILITY,
    };
    let state = EncryptionState::try_from(version).map_err(|e| fail("encrypt-no-aes", &e))?;
    document
        .encrypt(&state)
        .map_err(|e| fail("encrypt-failed", &e))?;
    // AES-256 (revision 6) is PDF 2.0's security handler.
    document.version = "2.0".into();
    let mut out = Vec::with_capacity(pdf.len() + 4096);
    document
        .save_to(&mut out)
        .map_err(|e| fail("encrypt-cannot-write", &e))?;
    Ok(out)
}
