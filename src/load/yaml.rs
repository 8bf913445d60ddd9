//! Parsing one YAML document into a raw type, with limits, and turning the parser's and serde's
//! errors into located diagnostics that say how to fix them.
//!
//! serde-saphyr stops at a document's first error. So that `check` shows every independent
//! mistake of a file in one run, `parse` repairs what it can (`recover`: a misspelt field is
//! renamed to the one meant, another unknown or repeated key is blanked, a value of the wrong
//! type gets a placeholder of the right one) and parses again, up to [`MAX_REPAIRS`] times. An
//! error that follows from an earlier repair (it lies on the patched text, or is a field missing
//! for want of what a repair took away) is not reported: one mistake gives one error.

use std::borrow::Cow;

use serde::de::DeserializeOwned;
use serde_saphyr::{Budget, Options};

use super::recover::{Document, Patched, Pos, Repair};
use crate::diagnostics::{Code, Diagnostic, Location, codes};
use crate::locale::Message;
use crate::msg;
use crate::suggest;

/// How many mistakes of one document are repaired to look for more; past this the file's
/// remaining mistakes show on the next run.
pub const MAX_REPAIRS: usize = 50;

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

/// What parsing one document gave.
#[derive(Debug)]
pub struct Parse<T> {
    /// The document, when it parsed — perhaps only once its mistakes were repaired.
    pub value: Option<T>,
    /// Every mistake found, in the order found.
    pub diagnostics: Vec<Diagnostic>,
    /// Where a placeholder stands in for a value of the wrong type: a rule that finds fault
    /// with the value there would be finding fault with the placeholder.
    pub placeholders: Vec<Location>,
}

/// Parses `text` (lines numbered from `first_line`) as one document of type `T`, repairing
/// its mistakes to find the others.
pub fn parse<T: DeserializeOwned>(file: &str, text: &str, first_line: u32) -> Parse<T> {
    let mut out = Parse {
        value: None,
        diagnostics: Vec::new(),
        placeholders: Vec::new(),
    };
    let mut current = Cow::Borrowed(text);
    let mut patches: Vec<Patched> = Vec::new();
    let mut removed_keys: Vec<Pos> = Vec::new();
    // Keys whose value is a placeholder, and where they stand.
    let mut placeholder_keys: Vec<(String, Pos)> = Vec::new();
    loop {
        let error = match serde_saphyr::from_str_with_options(&current, options()) {
            Ok(value) => {
                out.value = Some(value);
                return out;
            }
            Err(error) => error,
        };
        let inner = error.without_snippet();
        let at = error.location().filter(|l| l.line() > 0).map(|l| Pos {
            line: l.line() as u32,
            column: l.column().max(1) as u32,
        });
        let doc = Document::new(&current);
        // Missing because a repair took the field away, or because the misspelt key in its
        // mapping was meant to be it.
        let missing_after_repair = |field: &str, at: Pos| {
            patches.iter().any(|p| p.took_key(field))
                || removed_keys.iter().any(|k| doc.same_mapping(*k, at))
        };
        // A key written twice whose first value is empty — a stray line before the real
        // entry — loses the stray, not the entry. When the empty value had to be given a
        // placeholder, that was the mistake reported; the repeat is not reported again.
        let (stray, reported) = match (inner, at) {
            (serde_saphyr::Error::DuplicateMappingKey { key: Some(key), .. }, Some(at)) => {
                let placeholder = placeholder_keys
                    .iter()
                    .find(|(k, first)| k == key && doc.same_mapping(*first, at))
                    .map(|(_, first)| *first);
                let empty = doc
                    .first_key_beside(at, key)
                    .filter(|first| *first < at && doc.has_empty_value(*first));
                (placeholder.or(empty), placeholder.is_some())
            }
            _ => (None, false),
        };
        let follows_a_repair = reported
            || at.is_some_and(|at| {
                patches.iter().any(|p| p.touches(&doc, at))
                    || matches!(inner, serde_saphyr::Error::SerdeMissingField { field, .. }
                        if missing_after_repair(field, at))
            });
        if !follows_a_repair {
            out.diagnostics
                .push(to_diagnostic(file, &error, first_line, &current));
        }
        let repaired = match stray.or(at) {
            _ if patches.len() >= MAX_REPAIRS => None,
            Some(first) if stray.is_some() => doc
                .apply(first, Repair::RemoveEntry)
                .map(|(next, patch)| (first, Repair::RemoveEntry, next, patch)),
            Some(at) => repairs_for(inner, &doc, at).into_iter().find_map(|repair| {
                doc.apply(at, repair)
                    .map(|(next, patch)| (at, repair, next, patch))
            }),
            _ => None,
        };
        let Some((at, repair, next, patch)) = repaired.filter(|r| r.2 != *current) else {
            return out;
        };
        match repair {
            Repair::RemoveEntry => removed_keys.push(at),
            Repair::Placeholder(_) => {
                placeholder_keys.extend(doc.key_before(patch.start));
                out.placeholders.push(Location::at(
                    file,
                    patch.start.line + first_line - 1,
                    patch.start.column,
                ));
            }
            Repair::RenameKey(_) => {}
        }
        patches.push(patch);
        current = Cow::Owned(next);
    }
}

/// How to go on past `error` at `at`, in the order to try: a misspelt field is renamed to the
/// one meant (so what it holds is read, and nothing is missing for want of it), an unknown
/// or repeated key is blanked with its value, a value of the wrong type gets a placeholder of
/// the expected type — but never an `id`, which other places refer to. Nothing for the rest
/// (syntax, limits, aliases, a missing field), which ends the parse.
fn repairs_for(error: &serde_saphyr::Error, doc: &Document, at: Pos) -> Vec<Repair> {
    use serde_saphyr::Error as E;
    match error {
        E::SerdeUnknownField {
            field, expected, ..
        } => {
            let meant = suggest::closest(field, expected.iter().copied())
                .filter(|meant| !doc.has_key_beside(at, meant));
            meant
                .map(Repair::RenameKey)
                .into_iter()
                .chain([Repair::RemoveEntry])
                .collect()
        }
        E::DuplicateMappingKey { .. } => vec![Repair::RemoveEntry],
        _ if doc.key_before(at).is_some_and(|(key, _)| key == "id") => Vec::new(),
        _ => placeholder_for_error(error)
            .map(Repair::Placeholder)
            .into_iter()
            .collect(),
    }
}

/// A value of the type `error` says was expected.
fn placeholder_for_error(error: &serde_saphyr::Error) -> Option<&'static str> {
    use serde_saphyr::Error as E;
    let placeholder = match error {
        E::InvalidScalar { ty, .. } => placeholder_for(ty)?,
        E::InvalidBooleanStrict { .. } => BOOLEAN,
        E::SerdeInvalidType { expected, .. } | E::SerdeInvalidValue { expected, .. } => {
            placeholder_for(expected)?
        }
        E::Unexpected { expected, .. } => match *expected {
            "mapping start" => "{}",
            "sequence start" => "[]",
            "string scalar" => "\"\"",
            "scalar" => "0",
            _ => return None,
        },
        E::NullIntoString { .. } => "\"\"",
        E::SerdeUnknownVariant { expected, .. } => expected.first()?,
        E::Message { msg, .. } if msg.starts_with(crate::load::raw::TOO_LONG_MESSAGE) => "\"\"",
        // The untagged enums: a module's score (a number or item scores) and a suggestion (a
        // text or a typed one) both take a number.
        E::Message { msg, .. } if msg.contains("untagged enum") => "0",
        _ => return None,
    };
    Some(placeholder)
}

/// A boolean short enough to stand in for any value (`n`, YAML 1.1's no).
const BOOLEAN: &str = "n";

/// A value of the type serde describes as `expected`.
fn placeholder_for(expected: &str) -> Option<&'static str> {
    let numeric = [
        "u8", "u16", "u32", "u64", "i8", "i16", "i32", "i64", "f32", "f64",
    ];
    Some(if expected.contains("sequence") {
        "[]"
    } else if expected.starts_with("struct") || expected.contains("map") {
        "{}"
    } else if expected.contains("string") {
        "\"\""
    } else if expected.contains("bool") {
        BOOLEAN
    } else if numeric.contains(&expected)
        || ["integer", "float", "number"]
            .iter()
            .any(|w| expected.contains(w))
    {
        "0"
    } else {
        return None;
    })
}

fn to_diagnostic(
    file: &str,
    error: &serde_saphyr::Error,
    first_line: u32,
    text: &str,
) -> Diagnostic {
    let (code, message, help) = explain(error.without_snippet());
    let at = error
        .location()
        .filter(|l| l.line() > 0)
        .map(|l| (l.line() as u32, l.column().max(1) as u32));
    // A tab in the indentation is reported where the scanner noticed it: after the scalar
    // before it, often on the line above. Point at the tab itself.
    let (at, message, help) = match tab_in_indentation(code, &parser_text(error), text, at) {
        Some(tab) => (Some(tab), msg!("yaml-tab"), msg!("yaml-tab-help")),
        None => (at, message, help),
    };
    let location = match at {
        Some((line, column)) => Location::at(file, line + first_line - 1, column),
        None => Location::file(file),
    };
    Diagnostic::new(code, message).at(location).help(help)
}

/// The parser's own words for `error` (of the error an alias hides), without its location.
fn parser_text(error: &serde_saphyr::Error) -> String {
    match error.without_snippet() {
        serde_saphyr::Error::AliasError { error, .. } => parser_text(error),
        other => first_line_of(&other.to_string()),
    }
}

/// For a syntax error about a tab, the line and column of the first tab in a line's
/// indentation, from the reported line on.
fn tab_in_indentation(
    code: &Code,
    message: &str,
    text: &str,
    at: Option<(u32, u32)>,
) -> Option<(u32, u32)> {
    let about_tabs = message
        .split(|c: char| !c.is_alphabetic())
        .any(|w| w == "tab" || w == "tabs");
    if code != &codes::YAML_SYNTAX || !about_tabs {
        return None;
    }
    let from = at.map_or(1, |(line, _)| line);
    text.lines()
        .enumerate()
        .skip(from as usize - 1)
        .find_map(|(i, line)| {
            let indentation = line.len() - line.trim_start_matches([' ', '\t']).len();
            let tab = line[..indentation].find('\t')?;
            Some((i as u32 + 1, tab as u32 + 1))
        })
}

/// Names the kind of problem from the parser's structured error, words it for an author, and
/// tells them what to do about it.
// One match over every parser error, kept whole: an error's words are found in one place.
fn explain(error: &serde_saphyr::Error) -> (&'static Code, Message, Message) {
    use serde_saphyr::Error as E;
    match error {
        E::AliasError { error, .. } => explain(error.without_snippet()),
        E::MultipleDocuments { .. } => (
            &codes::MULTIPLE_DOCUMENTS,
            msg!("yaml-multiple-documents"),
            msg!("yaml-multiple-documents-help"),
        ),
        // The seeds' forms list 年龄 and 性别 among basic conditions; rungs will not gate on them.
        E::SerdeUnknownField { field, .. }
            if matches!(field.as_str(), "age" | "gender" | "sex" | "年龄" | "性别") =>
        {
            (
                &codes::UNKNOWN_FIELD,
                msg!("yaml-age-or-gender", field = field),
                msg!("yaml-age-or-gender-help"),
            )
        }
        E::SerdeUnknownField {
            field, expected, ..
        } => {
            let help = match suggest::closest(field, expected.iter().copied()) {
                Some(c) => msg!("yaml-unknown-field-suggest", suggestion = c),
                None => msg!(
                    "yaml-unknown-field-help",
                    fields = suggest::quoted_list(expected)
                ),
            };
            (
                &codes::UNKNOWN_FIELD,
                msg!("yaml-unknown-field", field = field),
                help,
            )
        }
        E::SerdeUnknownVariant {
            variant, expected, ..
        } => {
            let help = match suggest::closest(variant, expected.iter().copied()) {
                Some(c) => crate::diagnostics::suggest::did_you_mean(c),
                None => msg!(
                    "yaml-unknown-value-help",
                    values = suggest::quoted_list(expected)
                ),
            };
            (
                &codes::UNKNOWN_VALUE,
                msg!("yaml-unknown-value", value = variant),
                help,
            )
        }
        E::SerdeMissingField { field, .. } => (
            &codes::MISSING_FIELD,
            msg!("yaml-missing-field", field = *field),
            msg!("yaml-missing-field-help", field = *field),
        ),
        E::DuplicateMappingKey { key, .. } => (
            &codes::DUPLICATE_KEY,
            match key {
                Some(key) => msg!("yaml-duplicate-key", key = key),
                None => msg!("yaml-duplicate-key-unnamed"),
            },
            msg!("yaml-duplicate-key-help"),
        ),
        E::InvalidScalar { ty, .. } if ty.starts_with('u') || ty.starts_with('i') => (
            &codes::WRONG_TYPE,
            msg!("yaml-expected-whole-number"),
            msg!("yaml-expected-whole-number-help"),
        ),
        E::InvalidScalar { ty, .. } if ty.starts_with('f') => (
            &codes::WRONG_TYPE,
            msg!("yaml-expected-number"),
            msg!("yaml-expected-number-help"),
        ),
        E::InvalidScalar { ty, .. } if ty.starts_with("bool") => (
            &codes::WRONG_TYPE,
            msg!("yaml-expected-boolean"),
            msg!("yaml-expected-boolean-help"),
        ),
        E::InvalidBooleanStrict { .. } => (
            &codes::WRONG_TYPE,
            msg!("yaml-expected-boolean"),
            msg!("yaml-expected-boolean-help"),
        ),
        E::SerdeInvalidType {
            unexpected,
            expected,
            ..
        }
        | E::SerdeInvalidValue {
            unexpected,
            expected,
            ..
        } => (
            &codes::WRONG_TYPE,
            msg!(
                "yaml-expected-found",
                expected = expected_kind(expected),
                found = found_kind(unexpected)
            ),
            msg!("yaml-type-help"),
        ),
        E::SerdeInvalidLength { expected, .. } => (
            &codes::WRONG_TYPE,
            msg!("yaml-expected", expected = expected_kind(expected)),
            msg!("yaml-type-help"),
        ),
        E::Unexpected { expected, .. } if expected_shape(expected).is_some() => (
            &codes::WRONG_TYPE,
            msg!(
                "yaml-expected-here",
                expected = expected_shape(expected).unwrap_or_else(|| msg!("yaml-kind-value"))
            ),
            msg!("yaml-type-help"),
        ),
        E::NullIntoString { .. } => (
            &codes::WRONG_TYPE,
            msg!("yaml-expected-text-found-nothing"),
            msg!("yaml-expected-text-found-nothing-help"),
        ),
        E::Message { msg, .. } if msg.starts_with(crate::load::raw::TOO_LONG_MESSAGE) => (
            &codes::TOO_LONG,
            msg!(
                "yaml-text-too-long",
                count = msg.trim_start_matches(crate::load::raw::TOO_LONG_MESSAGE),
                limit = crate::load::raw::TEXT_BUDGET
            ),
            msg!("yaml-text-too-long-help"),
        ),
        E::Message { msg, .. } if msg.contains("untagged enum") => (
            &codes::WRONG_TYPE,
            msg!("yaml-expected-score"),
            msg!("yaml-expected-score-help"),
        ),
        E::Budget { breach, .. } => (
            &codes::YAML_LIMIT,
            msg!("yaml-limit", what = budget_text(breach)),
            msg!("yaml-limit-help"),
        ),
        E::AliasReplayLimitExceeded { .. }
        | E::AliasExpansionLimitExceeded { .. }
        | E::AliasReplayStackDepthExceeded { .. }
        | E::AliasReplayCounterOverflow { .. } => (
            &codes::YAML_LIMIT,
            msg!("yaml-limit", what = msg!("yaml-limit-aliases")),
            msg!("yaml-limit-help"),
        ),
        other => (
            &codes::YAML_SYNTAX,
            syntax_message(&first_line_of(&other.to_string())),
            msg!("yaml-syntax-help"),
        ),
    }
}

/// What the parser expected, for an author, when a value of another shape stood there.
fn expected_shape(expected: &str) -> Option<Message> {
    Some(match expected {
        "mapping start" => msg!("yaml-kind-mapping-written"),
        "sequence start" => msg!("yaml-kind-list-written"),
        "string scalar" => msg!("yaml-kind-text"),
        "scalar" => msg!("yaml-kind-value"),
        _ => return None,
    })
}

/// What serde says a value should have been ("a string", "u32", "struct RawLevel"), in the
/// user's language; serde's own words for what this does not know.
fn expected_kind(expected: &str) -> Message {
    let numeric = |t: &str| {
        t.len() <= 3 && t.starts_with(['u', 'i']) && t[1..].chars().all(|c| c.is_ascii_digit())
    };
    match expected {
        "a string" | "string" | "a borrowed string" => msg!("yaml-kind-a-string"),
        "f32" | "f64" => msg!("yaml-kind-float", ty = expected),
        "a boolean" => msg!("yaml-kind-a-boolean"),
        "a sequence" => msg!("yaml-kind-a-sequence"),
        "a map" => msg!("yaml-kind-a-map"),
        t if numeric(t) => msg!("yaml-kind-integer", ty = t),
        t if t.starts_with("struct ") => msg!("yaml-kind-struct", name = &t["struct ".len()..]),
        t => Message::verbatim(t),
    }
}

/// What serde found instead (`integer `3``, `string "x"`, `sequence`), likewise.
fn found_kind(found: &str) -> Message {
    let quoted = |prefix: &str, open: char, close: char| {
        found
            .strip_prefix(prefix)
            .and_then(|rest| rest.strip_prefix(open))
            .and_then(|rest| rest.strip_suffix(close))
            .map(str::to_string)
    };
    if let Some(value) = quoted("boolean ", '`', '`') {
        return msg!("yaml-found-boolean", value = value);
    }
    if let Some(value) = quoted("integer ", '`', '`') {
        return msg!("yaml-found-integer", value = value);
    }
    if let Some(value) = quoted("floating point ", '`', '`') {
        return msg!("yaml-found-float", value = value);
    }
    if let Some(value) = quoted("string ", '"', '"') {
        return msg!("yaml-found-string", value = value);
    }
    match found {
        "sequence" => msg!("yaml-found-sequence"),
        "map" => msg!("yaml-found-map"),
        "unit value" => msg!("yaml-found-unit"),
        other => Message::verbatim(other),
    }
}

/// The YAML parser's message about a syntax error, in the user's language when it is one of
/// the usual ones; otherwise the parser's own words, introduced as a syntax error.
fn syntax_message(text: &str) -> Message {
    let bracket = |prefix: &str| {
        text.strip_prefix(prefix)
            .and_then(|rest| rest.strip_suffix('\''))
            .map(str::to_string)
    };
    if let Some(open) = bracket("unclosed bracket '") {
        return msg!("yaml-unclosed-bracket", open = open);
    }
    if let Some(rest) = text.strip_prefix("mismatched bracket '")
        && let Some((open, close)) = rest
            .strip_suffix('\'')
            .and_then(|r| r.split_once("' closed by '"))
    {
        return msg!("yaml-mismatched-bracket", open = open, close = close);
    }
    if let Some(c) = text
        .strip_prefix("unexpected character: `")
        .and_then(|rest| rest.strip_suffix('\''))
    {
        return msg!("yaml-unexpected-character", character = c);
    }
    match text {
        "unclosed quote" => msg!("yaml-unclosed-quote"),
        "misplaced bracket" => msg!("yaml-misplaced-bracket"),
        "invalid indentation" => msg!("yaml-invalid-indentation"),
        "mapping values are not allowed in this context" => msg!("yaml-mapping-values-not-allowed"),
        "while parsing a block mapping, did not find expected key" => msg!("yaml-expected-key"),
        "while parsing a flow mapping, did not find expected ',' or '}'" => {
            msg!("yaml-flow-mapping-separator")
        }
        "while parsing a flow sequence, expected ',' or ']'" => {
            msg!("yaml-flow-sequence-separator")
        }
        "while parsing a block collection, did not find expected '-' indicator" => {
            msg!("yaml-expected-dash")
        }
        "while parsing a node, did not find expected node content" => msg!("yaml-expected-content"),
        "simple key expected ':'" => msg!("yaml-expected-colon"),
        "simple key is no longer valid" => msg!("yaml-key-too-long"),
        "':' must be followed by a valid YAML whitespace" => msg!("yaml-colon-space"),
        "'-' must be followed by a valid YAML whitespace" => msg!("yaml-dash-space"),
        "block sequence entries are not allowed in this context" => {
            msg!("yaml-sequence-not-allowed")
        }
        "mapping keys are not allowed in this context" => msg!("yaml-key-not-allowed"),
        "alias references unknown anchor" => msg!("yaml-unknown-anchor"),
        "illegal placement of ':' indicator" => msg!("yaml-colon-placement"),
        "while scanning a plain scalar, found a tab" => msg!("yaml-tab-in-text"),
        "while parsing a quoted scalar, found unknown escape character" => {
            msg!("yaml-unknown-escape")
        }
        "wrongly indented line in block scalar" => msg!("yaml-block-indentation"),
        "invalid indentation in multiline quoted scalar" => msg!("yaml-quoted-indentation"),
        "invalid trailing content after double-quoted scalar" => msg!("yaml-after-double-quote"),
        "invalid trailing content after single-quoted scalar" => msg!("yaml-after-single-quote"),
        "comments must be separated from other tokens by whitespace" => {
            msg!("yaml-comment-space")
        }
        "tab cannot be used as indentation" => msg!("yaml-tab-indentation"),
        "tabs disallowed in this context" => msg!("yaml-tab-not-allowed"),
        "tabs disallowed within this context (block indentation)" => msg!("yaml-tab-block"),
        "unexpected eof" => msg!("yaml-unexpected-end"),
        "unexpected end of input" => msg!("yaml-end-of-input"),
        "externally tagged enum expected scalar or mapping" => msg!("yaml-enum-shape"),
        "unexpected value for unit enum variant" => msg!("yaml-enum-value"),
        "folded block scalars must indent their content" => msg!("yaml-folded-indentation"),
        "YAML merge value must be mapping or sequence of mappings" => msg!("yaml-merge-value"),
        _ => msg!("yaml-syntax", what = Message::verbatim(text)),
    }
}

fn budget_text(breach: &serde_saphyr::budget::BudgetBreach) -> Message {
    use serde_saphyr::budget::BudgetBreach as B;
    match breach {
        B::Aliases { .. } => msg!("yaml-limit-aliases-count"),
        B::Anchors { .. } => msg!("yaml-limit-anchors"),
        B::Depth { .. } => msg!("yaml-limit-depth"),
        B::Nodes { .. } => msg!("yaml-limit-nodes"),
        B::Documents { .. } => msg!("yaml-limit-documents"),
        other => Message::verbatim(format!("{other:?}")),
    }
}

/// The parser's message without its own "at line X column Y" suffix (the location is shown
/// separately).
fn first_line_of(message: &str) -> String {
    let first = message.lines().next().unwrap_or(message).trim();
    let cut = first.find(" at line ").unwrap_or(first.len());
    first[..cut].trim_end_matches(',').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Item {
        name: String,
        #[serde(default)]
        level: Option<u32>,
        #[serde(default)]
        key: Option<bool>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        id: String,
        #[serde(default)]
        items: Vec<Item>,
    }

    fn found(text: &str) -> (bool, Vec<String>) {
        let parsed: Parse<Doc> = parse("f.yaml", text, 1);
        let seen = parsed
            .diagnostics
            .iter()
            .map(|d| {
                let l = d.location.as_ref().unwrap();
                format!("{}@{}:{}", d.code.name, l.line, l.column)
            })
            .collect();
        (parsed.value.is_some(), seen)
    }

    #[test]
    fn independent_mistakes_come_out_together() {
        let text = "id: a\nitems:\n  - { name: x, level: two, colour: red }\n  - name: y\n    key: 是\n    name: z\n";
        assert_eq!(
            found(text),
            (
                true,
                vec![
                    "wrong-type@3:23".to_string(),
                    "unknown-field@3:28".to_string(),
                    "wrong-type@5:10".to_string(),
                    "duplicate-key@6:5".to_string(),
                ]
            )
        );
        let parsed: Parse<Doc> = parse("f.yaml", text, 10);
        let at: Vec<(u32, u32)> = parsed
            .placeholders
            .iter()
            .map(|l| (l.line, l.column))
            .collect();
        assert_eq!(at, [(12, 23), (14, 10)], "placeholders, in file lines");
    }

    #[test]
    fn a_misspelt_key_is_one_mistake_not_two() {
        // `nmae` is reported, and read as the `name` it was meant to be.
        assert_eq!(
            found("id: a\nitems:\n  - nmae: x\n    level: 1\n"),
            (true, vec!["unknown-field@3:5".to_string()])
        );
        // `title` is no misspelling of any field: it is set aside, and the `name` missing
        // from its mapping is taken as the same mistake.
        assert_eq!(
            found("id: a\nitems:\n  - title: x\n    level: 1\n"),
            (false, vec!["unknown-field@3:5".to_string()])
        );
        // A field missing from another mapping is a mistake of its own, and ends the parse.
        assert_eq!(
            found("id: a\nitems:\n  - nmae: x\n    name: x\n  - level: 1\n"),
            (
                false,
                vec![
                    "unknown-field@3:5".to_string(),
                    "missing-field@5:5".to_string()
                ]
            )
        );
    }

    #[test]
    fn an_unclosed_bracket_is_not_repaired() {
        // Repairing it would blank the rest of the file, and report what that took away.
        assert_eq!(
            found("id: [a\nitems:\n  - name: x\n"),
            (false, vec!["wrong-type@1:5".to_string()])
        );
    }

    #[test]
    fn a_syntax_error_after_a_repaired_one_is_still_reported() {
        assert_eq!(
            found("id: a\ncolour: red\nitems:\n  - name: \"x\n"),
            (
                false,
                vec![
                    "unknown-field@2:1".to_string(),
                    "yaml-syntax@4:11".to_string()
                ]
            )
        );
    }

    #[test]
    fn a_tab_is_reported_where_it_is() {
        let parsed: Parse<Doc> = parse("f.yaml", "id: a\nitems:\n  - name: x\n\t level: 1\n", 1);
        let d = &parsed.diagnostics[0];
        let l = d.location.as_ref().unwrap();
        assert_eq!(
            (d.code.name, l.line, l.column),
            ("yaml-syntax", 4, 1),
            "{d:?}"
        );
        assert!(d.message.english().contains("tab"), "{d:?}");
    }
}
