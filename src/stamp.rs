//! The commit stamp on pages and reports: the last commit that changed the standards (the
//! content folder without its records, so adding a record changes no other report), with
//! `-dirty` when the standards on disk differ from it. Read with gix; `None` outside git or
//! before the first commit.

use std::path::Path;

use crate::history::History;

pub fn content_commit(root: &Path) -> Option<String> {
    History::discover(root).ok()?.standards_stamp()
}
