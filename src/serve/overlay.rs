//! The problems of a failed rebuild, as the browser shows them over the last good pages, and
//! the script injected into served pages that reloads them and draws that overlay. The script
//! is added to HTML as it is served, never to a build's files.

use serde::Serialize;

use crate::diagnostics::{self, Diagnostic, JsonEntry, SourceMap};

/// What stops the content from building, as JSON for the overlay (empty: nothing).
#[derive(Debug, Default, Clone)]
pub struct Problems {
    pub errors: usize,
    /// `{"errors": n, "warnings": n, "diagnostics": [{severity, code, message, file, path,
    /// line, column, help, excerpt}]}`, errors only in the list.
    pub json: String,
}

#[derive(Serialize)]
struct Payload<'a> {
    errors: usize,
    warnings: usize,
    diagnostics: Vec<Entry<'a>>,
}

#[derive(Serialize)]
struct Entry<'a> {
    #[serde(flatten)]
    diagnostic: JsonEntry<'a>,
    /// The source line the diagnostic points at, as written.
    excerpt: Option<&'a str>,
}

impl Problems {
    /// The errors among `diagnostics` (none: empty problems).
    pub fn from_diagnostics(
        all: &[Diagnostic],
        sources: &SourceMap,
        language: crate::locale::Language,
    ) -> Problems {
        let errors = diagnostics::count_errors(all);
        if errors == 0 {
            return Problems::default();
        }
        let payload = Payload {
            errors,
            warnings: all.len() - errors,
            diagnostics: all
                .iter()
                .filter(|d| d.is_error())
                .map(|d| Entry {
                    diagnostic: diagnostics::json_entry(d, sources, language),
                    excerpt: d.location.as_ref().and_then(|l| {
                        let text = sources.get(&l.file)?;
                        text.lines().nth((l.line as usize).checked_sub(1)?)
                    }),
                })
                .collect(),
        };
        Problems {
            errors,
            json: serde_json::to_string(&payload).expect("problems serialise"),
        }
    }

    /// A failure that is not about one place in the content (a folder that cannot be read, a
    /// broken theme template).
    pub fn failure(message: &str, help: Option<&str>) -> Problems {
        let payload = serde_json::json!({
            "errors": 1,
            "warnings": 0,
            "diagnostics": [{
                "severity": "error", "code": "build-failed", "message": message, "help": help,
                "file": null, "path": null, "line": null, "column": null, "excerpt": null,
            }],
        });
        Problems {
            errors: 1,
            json: payload.to_string(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.errors == 0
    }

    /// The JSON the event stream sends (an empty list when there is nothing).
    pub fn payload(&self) -> &str {
        if self.json.is_empty() {
            r#"{"errors":0,"warnings":0,"diagnostics":[]}"#
        } else {
            &self.json
        }
    }
}

/// The script served at [`SCRIPT_PATH`]: it follows the event stream, reloads the page on a
/// new build and draws the problems over it.
pub const SCRIPT: &str = include_str!("live.js");
pub const SCRIPT_PATH: &str = "/__rungs/live.js";
pub const EVENTS_PATH: &str = "/__rungs/events";
pub const PROBLEMS_PATH: &str = "/__rungs/problems";

/// `html` with the live script before its closing `</body>` (or at its end), telling it which
/// build the page came from.
pub fn inject(html: &[u8], generation: u64) -> Vec<u8> {
    let tag = format!(r#"<script src="{SCRIPT_PATH}" data-generation="{generation}"></script>"#);
    let at = find_last(html, b"</body>").unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + tag.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(tag.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

fn find_last(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_goes_before_the_closing_body() {
        let page = inject(b"<html><body><p>x</p></body></html>", 7);
        assert_eq!(
            String::from_utf8(page).unwrap(),
            r#"<html><body><p>x</p><script src="/__rungs/live.js" data-generation="7"></script></body></html>"#
        );
        assert!(inject(b"<p>x</p>", 1).ends_with(b"</script>"));
    }
}
