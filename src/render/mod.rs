//! Renderers: they read the validated model and never fail on content (that was `check`'s job);
//! only a broken theme override can stop them.

pub mod html;
pub mod i18n;
pub mod markdown;
pub mod pdf;

/// One rendered output file, by its path below the output folder.
#[derive(Debug, Clone)]
pub struct OutputFile {
    pub path: String,
    pub bytes: Vec<u8>,
}
