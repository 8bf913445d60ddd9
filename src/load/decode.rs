//! Reading one content file into text: size bound, UTF-8 check (with the position of the first
//! bad byte), BOM removal and CRLF normalisation, so positions count the same everywhere.

use crate::diagnostics::{Diagnostic, Location, codes};
use crate::msg;

/// Files larger than this are refused before parsing.
pub const MAX_FILE_BYTES: usize = 1024 * 1024;

/// The text of a file, or why it cannot be read (boxed: a diagnostic is large).
pub fn decode(file: &str, bytes: Vec<u8>) -> Result<String, Box<Diagnostic>> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Box::new(
            Diagnostic::new(
                &codes::FILE_TOO_LARGE,
                msg!(
                    "load-file-too-large",
                    size = bytes.len(),
                    limit = MAX_FILE_BYTES
                ),
            )
            .at(Location::file(file))
            .help(msg!("load-file-too-large-help")),
        ));
    }
    let bytes = bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .map(<[u8]>::to_vec)
        .unwrap_or(bytes);
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let valid = std::str::from_utf8(valid).unwrap_or_default();
            let line = valid.matches('\n').count() as u32 + 1;
            let column = valid.rsplit('\n').next().unwrap_or("").chars().count() as u32 + 1;
            return Err(Box::new(
                Diagnostic::new(&codes::NOT_UTF8, msg!("load-not-utf8"))
                    .at(Location::at(file, line, column))
                    .help(msg!("load-not-utf8-help")),
            ));
        }
    };
    Ok(if text.contains('\r') {
        text.replace("\r\n", "\n")
    } else {
        text
    })
}

/// True when a file holds nothing but whitespace and comments.
pub fn is_blank_yaml(text: &str) -> bool {
    text.lines().all(|l| {
        let t = l.trim();
        t.is_empty() || t.starts_with('#') || t == "---"
    })
}
