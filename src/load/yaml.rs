//! Parsing one YAML document into a raw type, with limits, and turning the parser's and serde's
//! errors into located diagnostics that say how to fix them.

use serde::de::DeserializeOwned;
use serde_saphyr::{Budget, Options};

use crate::diagnostics::{Diagnostic, Location};
use crate::suggest;

fn options() -> Options {
    let mut budget = Budget::default();
    budget.max_depth = 32;
    // Two, so a second document is reported as such rather than as a budget breach.
    budget.max_documents = 2;
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
    let location = match error.location() {
        Some(l) if l.line() > 0 => Location::at(
            file,
            l.line() as u32 + first_line - 1,
            l.column().max(1) as u32,
        ),
        _ => Location::file(file),
    };
    let raw = first_line_of(&error.without_snippet().to_string());
    if matches!(
        error.without_snippet(),
        serde_saphyr::Error::MultipleDocuments { .. }
    ) {
        return Diagnostic::error("multiple-documents", "this file holds a second YAML document")
            .at(location)
            .help("one file holds one YAML document: remove the `---` line and what follows, or move it into a file of its own");
    }
    let (code, message, help) = explain(&raw);
    Diagnostic::error(code, message).at(location).help(help)
}

/// The parser's message without its own "at line X column Y" suffix (the location is shown
/// separately) and without developer hints.
fn first_line_of(message: &str) -> String {
    let first = message.lines().next().unwrap_or(message).trim();
    let cut = first.find(" at line ").unwrap_or(first.len());
    let first = &first[..cut];
    let cut = first
        .find(", set DuplicateKeyPolicy")
        .unwrap_or(first.len());
    first[..cut].trim_end_matches(',').to_string()
}

/// The words listed after "expected one of" / "expected", with or without backticks.
fn expected_words(message: &str) -> Vec<String> {
    let Some(at) = message.find("expected") else {
        return vec![];
    };
    let list = message[at + "expected".len()..]
        .trim_start()
        .trim_start_matches("one of")
        .trim();
    list.split(|c| c == ',' || c == ' ')
        .map(|w| w.trim().trim_matches('`'))
        .filter(|w| !w.is_empty() && *w != "or")
        .map(str::to_string)
        .collect()
}

fn first_quoted(message: &str) -> String {
    message.split('`').nth(1).unwrap_or("").to_string()
}

fn listed(words: &[String]) -> String {
    words
        .iter()
        .map(|w| format!("`{w}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Names the kind of problem, words it for an author, and tells them what to do about it.
fn explain(message: &str) -> (&'static str, String, String) {
    if message.starts_with("unknown field") {
        let (word, expected) = (first_quoted(message), expected_words(message));
        let help = match suggest::closest(&word, expected.iter().map(String::as_str)) {
            Some(c) => format!("did you mean `{c}`? (field names are case-sensitive)"),
            None => format!("the fields allowed here are {}", listed(&expected)),
        };
        ("unknown-field", format!("unknown field `{word}`"), help)
    } else if message.starts_with("unknown variant") {
        let (word, expected) = (first_quoted(message), expected_words(message));
        let help = match suggest::closest(&word, expected.iter().map(String::as_str)) {
            Some(c) => format!("did you mean `{c}`?"),
            None => format!("use one of {}", listed(&expected)),
        };
        (
            "unknown-value",
            format!("`{word}` is not an allowed value here"),
            help,
        )
    } else if message.starts_with("missing field") {
        let field = first_quoted(message);
        (
            "missing-field",
            format!("missing field `{field}`"),
            format!(
                "add `{field}:` with a value to this mapping (see the format reference in README.md)"
            ),
        )
    } else if let Some(rest) = message.strip_prefix("duplicate mapping key:") {
        let key = rest.trim();
        (
            "duplicate-key",
            format!("the key `{key}` appears twice in this mapping"),
            "remove or rename the second one".to_string(),
        )
    } else if message.starts_with("invalid u") || message.starts_with("invalid i") {
        (
            "wrong-type",
            "expected a whole number here".to_string(),
            "write digits only, e.g. `3`".to_string(),
        )
    } else if message.starts_with("invalid f") {
        (
            "wrong-type",
            "expected a number here".to_string(),
            "write a number such as `3` or `2.5`".to_string(),
        )
    } else if message.starts_with("invalid bool") {
        (
            "wrong-type",
            "expected `true` or `false` here".to_string(),
            "write `true` or `false`".to_string(),
        )
    } else if message.contains("invalid type") {
        ("wrong-type", message.to_string(), "check the value's type against the format reference in README.md (quote text that looks like a number or a date)".to_string())
    } else if message.to_lowercase().contains("budget")
        || message.contains("depth")
        || message.contains("limit")
        || message.contains("recursion")
    {
        (
            "yaml-limit",
            format!("the document exceeds rungs' limits ({message})"),
            "write the values out plainly: nesting is limited to 32 levels and aliases to 1,000"
                .to_string(),
        )
    } else {
        ("yaml-syntax", message.to_string(), "fix the YAML syntax at this position (check indentation, a missing `:` or an unclosed quote or bracket)".to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expected_lists_with_and_without_backticks() {
        assert_eq!(
            expected_words("unknown field `nmae`, expected one of id, name, levels"),
            ["id", "name", "levels"]
        );
        assert_eq!(
            expected_words("unknown variant `x`, expected `draft` or `published`"),
            ["draft", "published"]
        );
    }
}
