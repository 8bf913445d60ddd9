//! `rungs completions SHELL`: the shell's completion script for rungs, on standard output.

use clap::CommandFactory;

use super::{Cli, Failure};

/// The arguments of `rungs completions`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// bash, zsh, fish, elvish or powershell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

pub(super) const EXAMPLES: &str = "Examples:
  rungs completions bash > ~/.local/share/bash-completion/completions/rungs
  rungs completions zsh > ~/.zfunc/_rungs
  rungs completions fish > ~/.config/fish/completions/rungs.fish";

pub(super) fn run(args: Args) -> Result<(), Failure> {
    let shell = args.shell;
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "rungs", &mut script);
    super::to_stdout(&script)
}
