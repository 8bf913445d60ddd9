//! `rungs results`: the HR roll-up, one row per assessment record.

use std::path::Path;

use super::{Failure, ResultsFormat, Ui};

/// Which records the roll-up keeps; empty lists keep all.
pub(super) struct Filters {
    pub cycle: Vec<String>,
    pub sequence: Vec<String>,
    pub level: Vec<String>,
    pub department: Vec<String>,
    pub manager: Vec<String>,
}

pub(super) fn run(
    _content: &Path,
    _records: Option<&Path>,
    _format: ResultsFormat,
    _out: Option<&Path>,
    _filters: Filters,
    _as_assessed: bool,
    _ui: &Ui,
) -> Result<(), Failure> {
    Err(Failure::usage("results is being written"))
}
