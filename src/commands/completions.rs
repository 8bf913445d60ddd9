//! `rungs completions SHELL`: the shell's completion script for rungs, on standard output.

use clap::CommandFactory;

use super::{Cli, Failure};

pub(super) fn run(shell: clap_complete::Shell) -> Result<(), Failure> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "rungs", &mut script);
    super::to_stdout(&script)
}
