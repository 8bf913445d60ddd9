//! Parsing one YAML document into a raw type, with limits, and turning the parser's and serde's
//! errors into located diagnostics that say how to fix them.

use serde::de::DeserializeOwned;
use serde_saphyr::{Budget, Options};

use crate::diagnostics::{Diagnostic, Location};
use crate::suggest;

fn options() -> Options {
    let mut budget = Budget::default();
    budget.max_depth = 32;
    budget.max_documents = 1;
    budget.max_aliases = 1_000;
    budget.max_anchors = 1_000;
    budget.max_nodes = 200_000;
    let mut options = Options::default();
    options.budget = Some(budget);
    options.with_snippet = false;
    options
}

/// Parses `text` (lines numbered from `first_line`) as one document of type `T`.
pub fn parse<T: DeserializeOwned>(
    file: &str,
    text: &str,
    first_line: u32,
) -> Result<T, Diagnostic> {
    serde_saphyr::from_str_with_options(text, options())
        .map_err(|e| to_diagnostic(file, &e, first_line))
}

fn to_diagnostic(file: &str, error: &serde_saphyr::Error, first_line: u32) -> Diagnostic {
    let message = clean_message(&error.without_snippet().to_string());
    let location = match error.location() {
        Some(l) if l.line() > 0 => Location::at(
            file,
            l.line() as u32 + first_line - 1,
            l.column().max(1) as u32,
        ),
        _ => Location::file(file),
    };
    let (code, help) = explain(&message);
    Diagnostic::error(code, message).at(location).help(help)
}

/// Drops the parser's own "at line X column Y" suffix: the location is shown separately.
fn clean_message(message: &str) -> String {
    let first = message.lines().next().unwrap_or(message).trim();
    let cut = first.find(" at line ").unwrap_or(first.len());
    first[..cut].trim_end_matches(',').to_string()
}

/// Names the kind of problem and tells the author what to do about it.
fn explain(message: &str) -> (&'static str, String) {
    let quoted: Vec<&str> = message.split('`').skip(1).step_by(2).collect();
    if message.starts_with("unknown field") {
        let (word, expected) = quoted
            .split_first()
            .map(|(w, e)| (*w, e.to_vec()))
            .unwrap_or(("", vec![]));
        let help = match suggest::closest(word, expected.iter().copied()) {
            Some(c) => format!("did you mean `{c}`? (field names are case-sensitive)"),
            None => format!(
                "allowed fields here: {}",
                expected
                    .iter()
                    .map(|f| format!("`{f}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        ("unknown-field", help)
    } else if message.starts_with("unknown variant") {
        let (word, expected) = quoted
            .split_first()
            .map(|(w, e)| (*w, e.to_vec()))
            .unwrap_or(("", vec![]));
        let help = match suggest::closest(word, expected.iter().copied()) {
            Some(c) => format!("did you mean `{c}`?"),
            None => format!(
                "use one of: {}",
                expected
                    .iter()
                    .map(|f| format!("`{f}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        ("unknown-value", help)
    } else if message.starts_with("missing field") {
        let field = quoted.first().copied().unwrap_or("?");
        (
            "missing-field",
            format!("add `{field}:` with a value here (see the format reference in README.md)"),
        )
    } else if message.contains("duplicate") {
        (
            "duplicate-key",
            "each key may appear once in a mapping: remove or rename the second one".to_string(),
        )
    } else if message.contains("invalid type") {
        ("wrong-type", "check the value's type against the format reference in README.md (quote text that looks like a number or a date)".to_string())
    } else if message.contains("multiple documents")
        || message.contains("document") && message.contains("more than")
    {
        (
            "multiple-documents",
            "one file holds one YAML document: move what follows `---` into a file of its own"
                .to_string(),
        )
    } else if message.to_lowercase().contains("budget")
        || message.contains("depth")
        || message.contains("limit")
    {
        (
            "yaml-limit",
            "the file nests too deeply or expands too many aliases; write the values out plainly"
                .to_string(),
        )
    } else {
        ("yaml-syntax", "fix the YAML syntax at this position (check indentation, a missing `:` or an unclosed quote or bracket)".to_string())
    }
}
