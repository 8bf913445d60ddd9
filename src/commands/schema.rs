//! `rungs schema`: the JSON Schema of every kind of content file, written for editors.

use std::path::PathBuf;

use super::{Failure, Ui};
use rungs::load::schema::SchemaKind;

// The arguments of `rungs schema`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long, default_value = "schemas")]
    pub out: PathBuf,
}

pub(super) fn run(args: Args, ui: &Ui) -> Result<(), Failure> {
    let out = &args.out;
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
