//! Markdown pages: splitting the `---` front matter from the body.

use crate::diagnostics::{Diagnostic, Location, codes};

/// The front matter's YAML, the line it starts on, and the Markdown body.
pub struct Split<'a> {
    pub front_matter: &'a str,
    pub first_line: u32,
    pub body: &'a str,
}

pub fn split_front_matter<'a>(file: &str, text: &'a str) -> Result<Split<'a>, Diagnostic> {
    let Some(rest) = text.strip_prefix("---\n") else {
        return Err(Diagnostic::new(
            &codes::MISSING_FRONT_MATTER,
            "a page must start with front matter between `---` lines",
        )
        .at(Location::at(file, 1, 1))
        .help("begin the file with `---`, a line `title: …`, and a closing `---`"));
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            return Ok(Split {
                front_matter: &rest[..offset],
                first_line: 2,
                body: &rest[offset + line.len()..],
            });
        }
        offset += line.len();
    }
    Err(Diagnostic::new(
        &codes::UNCLOSED_FRONT_MATTER,
        "the front matter opened on line 1 is never closed",
    )
    .at(Location::at(file, 1, 1))
    .help("add a line with only `---` after the front matter fields"))
}
