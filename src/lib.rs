//! rungs: competency and qualification standards as YAML in git, checked and published as a
//! static handbook site, a handbook PDF and one PDF qualification report per employee.
//!
//! The flow is one way, and [`Project`] runs it for every command:
//! `source` (the one door content comes through) → `load` (parsing, with positions) →
//! `check` (validation; builds the public `Standard` and the private `Records`) → `evaluate`
//! (pure scoring) → `render` (site, handbook and reports, in parallel) → `publish` (sinks: a
//! staging folder swapped into place, or memory). See ARCHITECTURE.md.

pub mod check;
pub mod compare;
pub mod diagnostics;
pub mod diff;
pub mod distribute;
pub mod evaluate;
pub mod export;
pub mod fingerprint;
pub mod fonts;
pub mod history;
pub mod init;
pub mod interchange;
pub mod load;
pub mod locale;
pub mod model;
pub mod project;
pub mod publish;
pub mod render;
pub mod send;
pub mod serve;
pub mod shard;
pub mod source;
pub mod spreadsheet;
pub mod suggest;
pub mod theme;
pub mod urls;

pub use project::{Build, Checked, Part, Project};

#[cfg(test)]
mod layering;

/// Exit codes scripts can rely on.
pub mod exit {
    pub const OK: u8 = 0;
    pub const CONTENT_ERRORS: u8 = 1;
    pub const USAGE_OR_IO: u8 = 2;
    /// `rungs diff --exit-code`: a change can alter an evaluation.
    pub const CHANGES_AFFECT_ASSESSMENTS: u8 = 3;
    /// `rungs verify`: the certificate is genuine but no longer in force.
    pub const NOT_IN_FORCE: u8 = 4;
    /// `rungs verify`: the certificate is not one the records give, or was altered.
    pub const NOT_GENUINE: u8 = 5;
}
