//! Markdown pages: splitting the `---` front matter from the body.

use crate::diagnostics::{Diagnostic, Location, codes};
use crate::msg;

/// The front matter's YAML, the line it starts on, and the Markdown body.
pub struct Split<'a> {
    pub front_matter: &'a str,
    pub first_line: u32,
    pub body: &'a str,
}

/// The parts of a page, or why it has none (boxed: a diagnostic is large).
pub fn split_front_matter<'a>(file: &str, text: &'a str) -> Result<Split<'a>, Box<Diagnostic>> {
    let Some(rest) = text.strip_prefix("---\n") else {
        return Err(Box::new(
            Diagnostic::new(
                &codes::MISSING_FRONT_MATTER,
                msg!("load-missing-front-matter"),
            )
            .at(Location::at(file, 1, 1))
            .help(msg!("load-missing-front-matter-help")),
        ));
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
    Err(Box::new(
        Diagnostic::new(
            &codes::UNCLOSED_FRONT_MATTER,
            msg!("load-unclosed-front-matter"),
        )
        .at(Location::at(file, 1, 1))
        .help(msg!("load-unclosed-front-matter-help")),
    ))
}
