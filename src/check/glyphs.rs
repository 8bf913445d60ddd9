//! Characters no font can draw: a warning naming the character and where it was written,
//! instead of an empty box in a PDF.

use std::collections::{HashMap, HashSet};

use crate::diagnostics::{Diagnostic, Location, SourceMap, codes};
use crate::fonts::Fonts;
use crate::msg;

/// One warning per distinct missing character per file, at its first occurrence. Each distinct
/// character is looked up in the fonts once (a font's coverage is slow to query).
pub fn missing_glyphs(sources: &SourceMap, fonts: &Fonts) -> Vec<Diagnostic> {
    let mut covered: HashMap<char, bool> = HashMap::new();
    let mut out = Vec::new();
    for (file, text) in sources.iter() {
        if text.is_ascii() {
            continue;
        }
        let mut seen: HashSet<char> = HashSet::new();
        for (n, line) in text.lines().enumerate() {
            for (col, c) in line.chars().enumerate() {
                if c.is_ascii() || c.is_control() || c.is_whitespace() {
                    continue;
                }
                if *covered.entry(c).or_insert_with(|| fonts.covers(c)) || !seen.insert(c) {
                    continue;
                }
                out.push(
                    Diagnostic::new(
                        &codes::MISSING_GLYPH,
                        msg!(
                            "check-missing-glyph",
                            character = c.to_string(),
                            code = format!("U+{:04X}", c as u32)
                        ),
                    )
                    .at(Location::at(file, n as u32 + 1, col as u32 + 1))
                    .help(msg!("check-missing-glyph-help")),
                );
            }
        }
    }
    out
}
