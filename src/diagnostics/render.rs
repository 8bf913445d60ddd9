//! Diagnostics for people, rustc-style through annotate-snippets (which measures display width,
//! so carets sit under Chinese text too), and for machines as one JSON document.

use std::fmt::Write as _;

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use super::{Diagnostic, Location, Severity, SourceMap};
use crate::locale::Language;
use crate::msg;

/// Renders diagnostics for a terminal in `language`, with ANSI colour when `color`, then a
/// count line. The labels (`error`, `help`) are the language's; the codes are not translated.
pub fn render_human(
    diagnostics: &[Diagnostic],
    sources: &SourceMap,
    color: bool,
    language: Language,
) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let label = |level: Level<'static>, key| level.with_name(Some(language.get(key)));
    let mut out = String::new();
    for d in diagnostics {
        let level = match d.severity() {
            Severity::Error => label(Level::ERROR, "label-error"),
            Severity::Warning => label(Level::WARNING, "label-warning"),
        };
        let title = level
            .primary_title(language.say(&d.message))
            .id(d.code.name);
        let group = match &d.location {
            None => Group::with_title(title),
            Some(loc) => title.element(place(loc, sources, AnnotationKind::Primary)),
        };
        let group = match &d.help {
            Some(help) => {
                group.element(label(Level::HELP, "label-help").message(language.say(help)))
            }
            None => group,
        };
        let mut groups = vec![group];
        if let Some(note) = &d.note {
            groups.push(
                label(Level::NOTE, "label-note")
                    .secondary_title(language.say(&note.message))
                    .element(place(&note.location, sources, AnnotationKind::Context)),
            );
        }
        let _ = writeln!(out, "{}\n", own_colons(&renderer.render(&groups), language));
    }
    let errors = super::count_errors(diagnostics);
    let warnings = diagnostics.len() - errors;
    if errors + warnings > 0 {
        let _ = writeln!(out, "{}", language.say(&summary(errors, warnings)));
    }
    out
}

/// annotate-snippets puts an ASCII `: ` after a label (`error[code]: `, `= help: `); a language
/// whose labelled lines take another separator (`错误[code]：`) gets its own, found after the
/// label's code and colour codes.
fn own_colons(text: &str, language: Language) -> String {
    let separator = language.say(&msg!("labelled", label = "", text = ""));
    if separator == ": " {
        return text.to_string();
    }
    let labels =
        ["label-error", "label-warning", "label-help", "label-note"].map(|k| language.get(k));
    text.lines()
        .map(|line| {
            for label in labels {
                let Some(at) = line.find(label) else { continue };
                let mut rest = &line[at + label.len()..];
                // `[code]` and ANSI colour codes may stand between the label and its colon.
                loop {
                    if let Some(r) = rest
                        .strip_prefix('[')
                        .and_then(|r| Some(&r[r.find(']')? + 1..]))
                    {
                        rest = r;
                    } else if let Some(r) = rest
                        .strip_prefix('\u{1b}')
                        .and_then(|r| Some(&r[r.find('m')? + 1..]))
                    {
                        rest = r;
                    } else {
                        break;
                    }
                }
                if let Some(after) = rest.strip_prefix(": ") {
                    let head = &line[..line.len() - rest.len()];
                    return format!("{head}{separator}{after}");
                }
            }
            line.to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A location as annotate-snippets shows it: the source line with `kind`'s marks under the
/// located text, or the path (and line and column) when the text is not at hand.
fn place<'a>(
    loc: &'a Location,
    sources: &'a SourceMap,
    kind: AnnotationKind,
) -> annotate_snippets::Element<'a> {
    let path = sources.display(&loc.file);
    let text = (loc.line > 0)
        .then(|| sources.get(&loc.file))
        .flatten()
        .and_then(|t| t.lines().nth(loc.line as usize - 1));
    match text {
        Some(text) => Snippet::source(text)
            .line_start(loc.line as usize)
            .path(path)
            .annotation(kind.span(char_span(text, loc.column, loc.width)))
            .into(),
        None if loc.line > 0 => Origin::path(path)
            .line(loc.line as usize)
            .char_column(loc.column.max(1) as usize)
            .into(),
        None => Origin::path(path).into(),
    }
}

/// The byte range of `width` characters from the 1-based character `column` of `line`.
fn char_span(line: &str, column: u32, width: u32) -> std::ops::Range<usize> {
    let byte_at = |chars: usize| {
        line.char_indices()
            .nth(chars)
            .map_or(line.len(), |(i, _)| i)
    };
    let start = byte_at(column.saturating_sub(1) as usize);
    let end = byte_at(column.saturating_sub(1) as usize + width.max(1) as usize);
    start..end.max(start)
}

/// The closing count: `2 errors and 1 warning found`.
pub fn summary(errors: usize, warnings: usize) -> crate::locale::Message {
    match (errors, warnings) {
        (0, w) => msg!("diagnostics-warnings", warnings = w),
        (e, 0) => msg!("diagnostics-errors", errors = e),
        (e, w) => msg!("diagnostics-errors-and-warnings", errors = e, warnings = w),
    }
}

/// The `--format json` rendering: one JSON document with every diagnostic and the counts.
/// One diagnostic as the JSON outputs give it (`check --format json`, the preview server's
/// overlay).
#[derive(Debug, serde::Serialize)]
pub struct JsonEntry<'a> {
    pub severity: Severity,
    /// Stable whatever the language: scripts match on it.
    pub code: &'static str,
    /// In the language that speaks.
    pub message: String,
    /// The locale key of the message (empty for text another program wrote).
    pub key: &'static str,
    /// The logical path (relative to the content folder).
    pub file: Option<&'a str>,
    /// The path as the user finds it on disk.
    pub path: Option<&'a str>,
    pub line: Option<u32>,
    pub column: Option<u32>,
    pub help: Option<String>,
    /// A second place the problem involves, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<JsonNote<'a>>,
}

/// A diagnostic's second place, as the JSON outputs give it.
#[derive(Debug, serde::Serialize)]
pub struct JsonNote<'a> {
    pub message: String,
    pub file: &'a str,
    pub path: &'a str,
    pub line: u32,
    pub column: u32,
}

pub fn json_entry<'a>(
    d: &'a Diagnostic,
    sources: &'a SourceMap,
    language: Language,
) -> JsonEntry<'a> {
    JsonEntry {
        severity: d.severity(),
        code: d.code.name,
        message: language.say(&d.message),
        key: d.message.key(),
        file: d.location.as_ref().map(|l| l.file.as_str()),
        path: d.location.as_ref().map(|l| sources.display(&l.file)),
        line: d.location.as_ref().map(|l| l.line),
        column: d.location.as_ref().map(|l| l.column),
        help: d.help.as_ref().map(|h| language.say(h)),
        note: d.note.as_ref().map(|n| JsonNote {
            message: language.say(&n.message),
            file: &n.location.file,
            path: sources.display(&n.location.file),
            line: n.location.line,
            column: n.location.column,
        }),
    }
}

pub fn render_json(diagnostics: &[Diagnostic], sources: &SourceMap, language: Language) -> String {
    #[derive(serde::Serialize)]
    struct Document<'a> {
        diagnostics: Vec<JsonEntry<'a>>,
        errors: usize,
        warnings: usize,
    }
    let errors = super::count_errors(diagnostics);
    let document = Document {
        diagnostics: diagnostics
            .iter()
            .map(|d| json_entry(d, sources, language))
            .collect(),
        errors,
        warnings: diagnostics.len() - errors,
    };
    serde_json::to_string_pretty(&document).expect("diagnostics serialise") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn carets_sit_under_the_text_after_chinese_characters() {
        let mut sources = SourceMap::default();
        sources.insert("a.yaml", "content/a.yaml", "name: 客户导向 x\n".into());
        let d = Diagnostic::new(
            &crate::diagnostics::codes::WRONG_TYPE,
            crate::locale::Message::verbatim("m"),
        )
        .at(crate::diagnostics::Location::at("a.yaml", 1, 12));
        let text = render_human(&[d], &sources, false, Language::en());
        let lines: Vec<&str> = text.lines().collect();
        let source = lines.iter().find(|l| l.starts_with("1 |")).unwrap();
        let caret = lines.iter().find(|l| l.trim_end().ends_with('^')).unwrap();
        // Each Chinese character takes two columns on a terminal.
        let width = |s: &str| unicode_width::UnicodeWidthStr::width(s);
        let x_at = width(&source[..source.find('x').unwrap()]);
        assert_eq!(caret.find('^').unwrap(), x_at, "{text}");
    }

    #[test]
    fn spans_count_characters() {
        assert_eq!(char_span("名称: 客户导向", 5, 4), 8..20);
        assert_eq!(char_span("id: x", 5, 1), 4..5);
        assert_eq!(char_span("id: x", 9, 1), 5..5);
    }
}
