//! `rungs schema`: the JSON Schema of every kind of content file, written for editors.

use std::path::PathBuf;

use super::{Failure, Ui};
use rungs::load::schema::SchemaKind;
use rungs::msg;

// The arguments of `rungs schema`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long, default_value = "schemas")]
    pub out: PathBuf,
}

pub(super) fn run(args: Args, ui: &Ui) -> Result<(), Failure> {
    let out = &args.out;
    if out.is_file() {
        return Err(Failure::usage(msg!(
            "schema-out-is-a-file",
            file = out.display().to_string()
        ))
        .with_help(msg!("cli-out-folder-help")));
    }
    for kind in SchemaKind::ALL {
        super::write(&out.join(kind.file_name()), kind.json().as_bytes())?;
    }
    if !ui.quiet {
        eprintln!(
            "{}",
            ui.say(&msg!(
                "schema-wrote",
                count = SchemaKind::ALL.len(),
                folder = out.display().to_string(),
                files = SchemaKind::ALL.map(|k| k.file_name().to_string()).to_vec()
            ))
        );
        eprintln!(
            "  = {}\n          {}",
            ui.labelled("label-help", &ui.say(&msg!("schema-help"))),
            SchemaKind::Competency.editor_line("competencies/x.yaml")
        );
    }
    Ok(())
}
