//! Parsing one YAML document into a raw type, with limits, and turning the parser's and serde's
//! errors into located diagnostics that say how to fix them.

use serde::de::DeserializeOwned;
use serde_saphyr::{Budget, Options};

use crate::diagnostics::{Code, Diagnostic, Location, codes};
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
    let (code, message, help) = explain(error.without_snippet());
    Diagnostic::new(code, message).at(location).help(help)
}

fn listed(words: &[&str]) -> String {
    suggest::quoted(words)
}

/// Names the kind of problem from the parser's structured error, words it for an author, and
/// tells them what to do about it.
fn explain(error: &serde_saphyr::Error) -> (&'static Code, String, String) {
    use serde_saphyr::Error as E;
    match error {
        E::AliasError { error, .. } => explain(error.without_snippet()),
        E::MultipleDocuments { .. } => (
            &codes::MULTIPLE_DOCUMENTS,
            "this file holds a second YAML document".into(),
            "one file holds one YAML document: remove the `---` line and what follows, or move it into a file of its own".into(),
        ),
        // The seeds' forms list 年龄 and 性别 among basic conditions; rungs will not gate on them.
        E::SerdeUnknownField { field, .. }
            if matches!(field.as_str(), "age" | "gender" | "sex" | "年龄" | "性别") =>
        {
            (
                &codes::UNKNOWN_FIELD,
                format!("unknown field `{field}`: rungs does not gate on age or gender"),
                "remove it: age and gender say nothing about competence, and screening by them is discrimination the Employment Promotion Law forbids (see README.md, \"No age or gender conditions\")".to_string(),
            )
        }
        E::SerdeUnknownField { field, expected, .. } => {
            let help = match suggest::closest(field, expected.iter().copied()) {
                Some(c) => format!("did you mean `{c}`? (field names are case-sensitive)"),
                None => format!("the fields allowed here are {}", listed(expected)),
            };
            (&codes::UNKNOWN_FIELD, format!("unknown field `{field}`"), help)
        }
        E::SerdeUnknownVariant { variant, expected, .. } => {
            let help = match suggest::closest(variant, expected.iter().copied()) {
                Some(c) => format!("did you mean `{c}`?"),
                None => format!("use one of {}", listed(expected)),
            };
            (
                &codes::UNKNOWN_VALUE,
                format!("`{variant}` is not an allowed value here"),
                help,
            )
        }
        E::SerdeMissingField { field, .. } => (
            &codes::MISSING_FIELD,
            format!("missing field `{field}`"),
            format!(
                "add `{field}:` with a value to this mapping (see the format reference in README.md)"
            ),
        ),
        E::DuplicateMappingKey { key, .. } => (
            &codes::DUPLICATE_KEY,
            match key {
                Some(key) => format!("the key `{key}` appears twice in this mapping"),
                None => "a key appears twice in this mapping".into(),
            },
            "remove or rename the second one".into(),
        ),
        E::InvalidScalar { ty, .. } if ty.starts_with('u') || ty.starts_with('i') => (
            &codes::WRONG_TYPE,
            "expected a whole number here".into(),
            "write digits only, e.g. `3`".into(),
        ),
        E::InvalidScalar { ty, .. } if ty.starts_with('f') => (
            &codes::WRONG_TYPE,
            "expected a number here".into(),
            "write a number such as `3` or `2.5`".into(),
        ),
        E::InvalidScalar { ty, .. } if *ty == "bool" => (
            &codes::WRONG_TYPE,
            "expected `true` or `false` here".into(),
            "write `true` or `false`".into(),
        ),
        E::InvalidBooleanStrict { .. } => (
            &codes::WRONG_TYPE,
            "expected `true` or `false` here".into(),
            "write `true` or `false`".into(),
        ),
        E::SerdeInvalidType { unexpected, expected, .. }
        | E::SerdeInvalidValue { unexpected, expected, .. } => (
            &codes::WRONG_TYPE,
            format!("expected {expected}, found {unexpected}"),
            TYPE_HELP.into(),
        ),
        E::SerdeInvalidLength { expected, .. } => (
            &codes::WRONG_TYPE,
            format!("expected {expected}"),
            TYPE_HELP.into(),
        ),
        E::NullIntoString { .. } => (
            &codes::WRONG_TYPE,
            "expected text here, found nothing".into(),
            "write the text after the `:`, or remove the field".into(),
        ),
        E::Message { msg, .. } if msg.starts_with(crate::load::raw::TOO_LONG_MESSAGE) => (
            &codes::TOO_LONG,
            format!(
                "this text has {} characters; the limit is {}",
                msg.trim_start_matches(crate::load::raw::TOO_LONG_MESSAGE),
                crate::load::raw::TEXT_BUDGET
            ),
            "shorten it, or move the detail into a page of its own (`pages/*.md`, which has no such limit) and refer to it"
                .into(),
        ),
        E::Message { msg, .. } if msg.contains("untagged enum") => (
            &codes::WRONG_TYPE,
            "expected one number, or item scores such as `{ dedication: 3, cooperation: 2 }`".into(),
            "a module without items takes one number; a module with items takes a mapping of item scores".into(),
        ),
        E::Budget { breach, .. } => (
            &codes::YAML_LIMIT,
            format!("the document exceeds rungs' limits ({})", budget_text(breach)),
            LIMIT_HELP.into(),
        ),
        E::AliasReplayLimitExceeded { .. }
        | E::AliasExpansionLimitExceeded { .. }
        | E::AliasReplayStackDepthExceeded { .. }
        | E::AliasReplayCounterOverflow { .. } => (
            &codes::YAML_LIMIT,
            "the document exceeds rungs' limits (aliases expand too far)".into(),
            LIMIT_HELP.into(),
        ),
        other => (
            &codes::YAML_SYNTAX,
            first_line_of(&other.to_string()),
            "fix the YAML syntax at this position (check indentation, a missing `:` or an unclosed quote or bracket)".into(),
        ),
    }
}

const TYPE_HELP: &str = "check the value's type against the format reference in README.md (quote text that looks like a number or a date)";
const LIMIT_HELP: &str =
    "write the values out plainly: nesting is limited to 32 levels and aliases to 1,000";

fn budget_text(breach: &serde_saphyr::budget::BudgetBreach) -> String {
    use serde_saphyr::budget::BudgetBreach as B;
    match breach {
        B::Aliases { .. } => "more than 1,000 aliases".into(),
        B::Anchors { .. } => "more than 1,000 anchors".into(),
        B::Depth { .. } => "nested more than 32 levels deep".into(),
        B::Nodes { .. } => "more than 200,000 values".into(),
        B::Documents { .. } => "more than one document".into(),
        other => format!("{other:?}"),
    }
}

/// The parser's message without its own "at line X column Y" suffix (the location is shown
/// separately).
fn first_line_of(message: &str) -> String {
    let first = message.lines().next().unwrap_or(message).trim();
    let cut = first.find(" at line ").unwrap_or(first.len());
    first[..cut].trim_end_matches(',').to_string()
}
