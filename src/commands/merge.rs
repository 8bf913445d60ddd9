//! `rungs merge`: the shards' output folders joined into one, swapped in whole like a build.

use std::path::PathBuf;

use super::{Failure, Ui};
use rungs::msg;
use rungs::publish::Publication;
use rungs::shard::{self, MergeError};

// The arguments of `rungs merge`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(required = true, value_name = "SHARD_DIR")]
    pub shards: Vec<PathBuf>,
    #[arg(long, default_value = "output")]
    pub out: PathBuf,
    #[arg(long)]
    pub force: bool,
}

pub(super) fn run(args: Args, ui: &Ui) -> Result<(), Failure> {
    let (shards, out) = (&args.shards, &args.out);
    let force = args.force;
    let options = super::publish_options_protecting(shards.to_vec(), force);
    let publication = Publication::begin(out, &options)?;
    let files = shard::merge(shards, &publication).map_err(|e| match e {
        MergeError::Io(e) => Failure::from(e),
        MergeError::NotAnOutput(_) => {
            Failure::usage(e.message()).with_help(msg!("merge-not-an-output-help"))
        }
        MergeError::Slices(_) | MergeError::Conflict { .. } => {
            Failure::usage(e.message()).with_help(msg!("merge-help"))
        }
    })?;
    publication.commit()?;
    if !ui.quiet {
        eprintln!(
            "{}",
            ui.say(&msg!(
                "merge-done",
                shards = shards.len(),
                out = out.display().to_string(),
                files = files
            ))
        );
    }
    Ok(())
}
