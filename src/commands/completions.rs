//! `rungs completions SHELL`: the shell's completion script for rungs, on standard output.

use clap::CommandFactory;

use super::{Cli, Failure};

// The arguments of `rungs completions`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// The script describes commands and options in the language that speaks.
pub(super) fn run(args: Args, ui: &super::Ui) -> Result<(), Failure> {
    let shell = args.shell;
    let mut script = Vec::new();
    let mut command = super::localized(Cli::command(), ui.language());
    clap_complete::generate(shell, &mut command, "rungs", &mut script);
    super::to_stdout(&script)
}
