//! `rungs schema`: the JSON Schema of every kind of content file, written for editors.

use std::path::Path;

use super::{Failure, Ui};
use rungs::load::schema::SchemaKind;

pub(super) fn run(out: &Path, ui: &Ui) -> Result<(), Failure> {
    if out.is_file() {
        return Err(Failure::usage(format!(
            "`{}` is a file, and `rungs schema` writes a folder of schemas",
            out.display()
        ))
        .with_help("pass a folder for `--out` (it is created if missing)"));
    }
    for kind in SchemaKind::ALL {
        super::write(&out.join(kind.file_name()), kind.json().as_bytes())?;
    }
    if !ui.quiet {
        eprintln!(
            "wrote {} schemas into {}: {}",
            SchemaKind::ALL.len(),
            out.display(),
            SchemaKind::ALL.map(SchemaKind::file_name).join(", ")
        );
        eprintln!(
            "  = help: start each YAML file with its schema line, e.g. in competencies/<id>.yaml:\n          {}",
            SchemaKind::Competency.editor_line("competencies/x.yaml")
        );
    }
    Ok(())
}
