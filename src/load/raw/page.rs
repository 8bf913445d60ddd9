//! The front matter of a Markdown page.

use serde::Deserialize;

use super::S;

/// The front matter of a Markdown page (`pages/<id>.md`).
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawFrontMatter {
    /// The page's title.
    pub title: S<String>,
    /// Position in the navigation and the handbook PDF, then by id; without it, last.
    #[serde(default)]
    pub order: Option<i64>,
    /// Placed after the sequences and the dictionary in the handbook PDF.
    #[serde(default)]
    pub appendix: bool,
}
