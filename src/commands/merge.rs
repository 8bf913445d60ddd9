//! `rungs merge`: the shards' output folders joined into one, swapped in whole like a build.

use std::path::PathBuf;

use super::{Failure, Ui};
use rungs::msg;
use rungs::publish::Publication;
use rungs::shard::{self, MergeError};

/// The arguments of `rungs merge`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The shards' output folders.
    #[arg(required = true, value_name = "SHARD_DIR")]
    pub shards: Vec<PathBuf>,
    /// The merged output folder (new, empty, or made by rungs).
    #[arg(long, default_value = "output")]
    pub out: PathBuf,
    /// Delete files in the output folder that the previous build did not write, instead
    /// of stopping.
    #[arg(long)]
    pub force: bool,
}

pub(super) const EXAMPLES: &str = "Examples:
  rungs build --shard 1/2 --out shard-1   on one runner
  rungs build --shard 2/2 --out shard-2   on another
  rungs merge shard-1 shard-2 --out output
See examples/github-actions-sharded.yml for a matrix job.";

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
