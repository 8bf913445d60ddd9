//! One diagnostics type for every problem rungs reports about content, rendered like rustc:
//! `file:line:col`, the source line, a caret under the offending text (aligned by display
//! width, so it also sits right under Chinese text), the message and a `help:` line.
//!
//! This module only describes and prints problems; finding them is `load`'s and `check`'s job.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Serialize;
use unicode_width::UnicodeWidthChar;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// A position in a content file. Lines and columns are 1-based and count characters;
/// 0 means "not known" (the whole file).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Location {
    /// Path relative to the content folder, with `/` separators.
    pub file: String,
    pub line: u32,
    pub column: u32,
    /// How many characters to underline (at least one caret is drawn).
    #[serde(skip)]
    pub width: u32,
}

impl Location {
    pub fn file(file: impl Into<String>) -> Self {
        Location {
            file: file.into(),
            line: 0,
            column: 0,
            width: 0,
        }
    }

    pub fn at(file: impl Into<String>, line: u32, column: u32) -> Self {
        Location {
            file: file.into(),
            line,
            column,
            width: 1,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable, kebab-case name for the kind of problem (documented in README.md).
    pub code: &'static str,
    pub message: String,
    pub location: Option<Location>,
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn error(code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            message: message.into(),
            location: None,
            help: None,
        }
    }

    pub fn warning(code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, message)
        }
    }

    pub fn at(mut self, location: Location) -> Self {
        self.location = Some(location);
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// The text of every file that was read, so diagnostics can quote it.
#[derive(Debug, Default, Clone)]
pub struct SourceMap {
    files: BTreeMap<String, String>,
}

impl SourceMap {
    pub fn insert(&mut self, file: impl Into<String>, text: impl Into<String>) {
        self.files.insert(file.into(), text.into());
    }

    pub fn get(&self, file: &str) -> Option<&str> {
        self.files.get(file).map(String::as_str)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.files.iter().map(|(f, t)| (f.as_str(), t.as_str()))
    }
}

/// Sorts diagnostics by file and position so output is stable whatever order rules ran in.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        (&a.location, a.severity, &a.message).cmp(&(&b.location, b.severity, &b.message))
    });
}

pub struct Style {
    pub color: bool,
}

impl Style {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

/// Renders diagnostics for a terminal, rustc-style, with the content root shown in paths.
pub fn render_human(
    diagnostics: &[Diagnostic],
    sources: &SourceMap,
    root: &Path,
    style: &Style,
) -> String {
    let mut out = String::new();
    for d in diagnostics {
        let (label, color) = match d.severity {
            Severity::Error => ("error", "1;31"),
            Severity::Warning => ("warning", "1;33"),
        };
        let _ = writeln!(
            out,
            "{} {}",
            style.paint(color, &format!("{label}[{}]:", d.code)),
            style.paint("1", &d.message)
        );
        if let Some(loc) = &d.location {
            let path = display_path(root, &loc.file);
            let gutter = if loc.line > 0 {
                loc.line.to_string().len()
            } else {
                1
            };
            let pad = " ".repeat(gutter);
            if loc.line > 0 {
                let _ = writeln!(
                    out,
                    "{pad}{} {path}:{}:{}",
                    style.paint("1;34", "-->"),
                    loc.line,
                    loc.column.max(1)
                );
                if let Some(full) = sources
                    .get(&loc.file)
                    .and_then(|t| t.lines().nth(loc.line as usize - 1))
                {
                    let bar = style.paint("1;34", "|");
                    let (line, column) = crop(full, loc.column);
                    let (indent, carets) = caret_columns(&line, column, loc.width);
                    let _ = writeln!(out, "{pad} {bar}");
                    let _ = writeln!(
                        out,
                        "{} {bar} {}",
                        style.paint("1;34", &loc.line.to_string()),
                        line.trim_end()
                    );
                    let _ = writeln!(
                        out,
                        "{pad} {bar} {}{}",
                        " ".repeat(indent),
                        style.paint(color, &"^".repeat(carets))
                    );
                }
            } else {
                let _ = writeln!(out, "{pad}{} {path}", style.paint("1;34", "-->"));
            }
            if let Some(help) = &d.help {
                let _ = writeln!(
                    out,
                    "{pad} {} {}: {help}",
                    style.paint("1;34", "="),
                    style.paint("1", "help")
                );
            }
        } else if let Some(help) = &d.help {
            let _ = writeln!(
                out,
                "  {} {}: {help}",
                style.paint("1;34", "="),
                style.paint("1", "help")
            );
        }
        out.push('\n');
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    if errors + warnings > 0 {
        let _ = writeln!(out, "{}", summary(errors, warnings));
    }
    out
}

pub fn summary(errors: usize, warnings: usize) -> String {
    let plural = |n: usize, word: &str| {
        if n == 1 {
            format!("{n} {word}")
        } else {
            format!("{n} {word}s")
        }
    };
    match (errors, warnings) {
        (0, w) => format!("{} emitted", plural(w, "warning")),
        (e, 0) => format!("{} found", plural(e, "error")),
        (e, w) => format!("{} and {} found", plural(e, "error"), plural(w, "warning")),
    }
}

/// Long lines are cut to a window around the column, marked with `…`, like rustc does.
fn crop(line: &str, column: u32) -> (String, u32) {
    const WINDOW: usize = 60;
    let chars: Vec<char> = line.chars().collect();
    if chars.len() <= 2 * WINDOW {
        return (line.to_string(), column);
    }
    let at = (column.saturating_sub(1) as usize).min(chars.len());
    let start = at.saturating_sub(WINDOW / 2);
    let end = (start + WINDOW).min(chars.len());
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.extend(&chars[start..end]);
    if end < chars.len() {
        out.push('…');
    }
    (out, (at - start + 1 + usize::from(start > 0)) as u32)
}

/// Display-width offsets for the caret line: how many columns to skip, and how many carets.
/// Wide (CJK) characters take two columns, tabs are kept as one.
fn caret_columns(line: &str, column: u32, width: u32) -> (usize, usize) {
    let start = column.saturating_sub(1) as usize;
    let width_of = |c: char| c.width().unwrap_or(1).max(if c == '\t' { 1 } else { 0 });
    let indent: usize = line.chars().take(start).map(width_of).sum();
    let carets: usize = line
        .chars()
        .skip(start)
        .take(width.max(1) as usize)
        .map(width_of)
        .sum();
    (indent, carets.max(1))
}

fn display_path(root: &Path, file: &str) -> String {
    let joined: PathBuf = root.join(file);
    joined.to_string_lossy().replace('\\', "/")
}

/// The `--format json` rendering: one JSON document with every diagnostic and the counts.
pub fn render_json(diagnostics: &[Diagnostic]) -> String {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let value = serde_json::json!({
        "diagnostics": diagnostics.iter().map(|d| serde_json::json!({
            "severity": d.severity,
            "code": d.code,
            "message": d.message,
            "file": d.location.as_ref().map(|l| l.file.clone()),
            "line": d.location.as_ref().map(|l| l.line),
            "column": d.location.as_ref().map(|l| l.column),
            "help": d.help,
        })).collect::<Vec<_>>(),
        "errors": errors,
        "warnings": diagnostics.len() - errors,
    });
    serde_json::to_string_pretty(&value).expect("diagnostics serialise") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caret_sits_under_wide_characters() {
        // "名称: 客户导向" — the value starts at character 5; "名称" takes 4 columns.
        assert_eq!(caret_columns("名称: 客户导向", 5, 4), (6, 8));
        assert_eq!(caret_columns("id: x", 5, 1), (4, 1));
    }
}
