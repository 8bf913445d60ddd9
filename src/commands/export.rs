//! `rungs export`: the validated standard as data.

use std::path::Path;

use super::{ExportFormat, Failure, Ui};

pub(super) fn run(
    _content: &Path,
    _format: ExportFormat,
    _out: Option<&Path>,
    _ui: &Ui,
) -> Result<(), Failure> {
    Err(Failure::usage("export is being written"))
}
