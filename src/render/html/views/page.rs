//! A Markdown page of the handbook.

use serde::Serialize;

#[derive(Serialize)]
pub struct PageView<'a> {
    pub title: &'a str,
    /// The page's Markdown as HTML (raw HTML in it already turned into text).
    pub body: String,
}
