//! rungs: competency and qualification standards as YAML in git, checked and published as a
//! static handbook site, a handbook PDF and one PDF qualification report per employee.
//!
//! The flow is one way: `load` (all reading of content) → `check` (validation, builds the
//! `model::Handbook`) → `evaluate` (pure scoring) → `render` (HTML and PDF, in parallel) →
//! `publish` (staging folder, then a swap into the output folder).

pub mod check;
pub mod commands;
pub mod compare;
pub mod diagnostics;
pub mod evaluate;
pub mod load;
pub mod model;
pub mod publish;
pub mod render;
pub mod suggest;
pub mod theme;

/// Exit codes scripts can rely on.
pub mod exit {
    pub const OK: u8 = 0;
    pub const CONTENT_ERRORS: u8 = 1;
    pub const USAGE_OR_IO: u8 = 2;
}
