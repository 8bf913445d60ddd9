//! `rungs merge`: the shards' output folders joined into one, swapped in whole like a build.

use std::path::PathBuf;

use super::{Failure, Ui};
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
        MergeError::NotAnOutput(_) => Failure::usage(e.to_string())
            .with_help("pass the folders `rungs build --shard K/N --out DIR` wrote"),
        MergeError::Slices(_) | MergeError::Conflict { .. } => Failure::usage(e.to_string())
            .with_help("build every shard of one split from the same commit with the same options, then merge all their folders"),
    })?;
    publication.commit()?;
    if !ui.quiet {
        eprintln!(
            "merged {} shard folders into {} ({files} files)",
            shards.len(),
            out.display()
        );
    }
    Ok(())
}
