//! Reading one content file into text: size bound, UTF-8 check (with the position of the first
//! bad byte), BOM removal and CRLF normalisation, so positions count the same everywhere.

use crate::diagnostics::{Diagnostic, Location, codes};

/// Files larger than this are refused before parsing.
pub const MAX_FILE_BYTES: usize = 1024 * 1024;

pub fn decode(file: &str, bytes: Vec<u8>) -> Result<String, Diagnostic> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Diagnostic::new(
            &codes::FILE_TOO_LARGE,
            format!(
                "this file has {} bytes; the limit is {MAX_FILE_BYTES}",
                bytes.len()
            ),
        )
        .at(Location::file(file))
        .help("split it into several files (one competency, sequence or record per file)"));
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
            return Err(Diagnostic::new(&codes::NOT_UTF8, "this file is not valid UTF-8")
                .at(Location::at(file, line, column))
                .help("save the file as UTF-8 (files saved as GBK/GB2312 by older editors must be converted, e.g. `iconv -f GBK -t UTF-8`)"));
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
