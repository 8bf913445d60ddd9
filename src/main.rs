//! The command line: parse arguments, run one command (`commands/`, the only code that prints
//! or picks exit codes), exit with its code. Everything else is the `rungs` library.

use std::process::ExitCode;

use clap::Parser;

// Typst allocates heavily from every rendering thread; mimalloc scales better than the system
// allocator there.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
mod commands;

use commands::{Cli, run};

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            let code = if e.use_stderr() {
                rungs::exit::USAGE_OR_IO
            } else {
                rungs::exit::OK
            };
            return ExitCode::from(code);
        }
    };
    ExitCode::from(run(cli))
}
