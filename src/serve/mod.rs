//! The preview server behind `rungs serve`: the site rendered into memory, served over HTTP
//! with a script that reloads pages after each rebuild and shows a broken edit's diagnostics
//! over the last good pages. The command (`commands/serve.rs`) watches the files, rebuilds
//! and prints; this module holds what is served and how.

pub mod http;
pub mod live;
pub mod overlay;
pub mod pages;
pub mod paths;
pub mod watch;

pub use live::{Files, Live};
pub use overlay::Problems;
