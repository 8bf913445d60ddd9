//! Why a command stopped, and how it talks to the person at the terminal.

use rungs::exit;
use rungs::publish::{self, PublishError};
use rungs::render::RenderError;

/// How to talk to the person at the terminal.
pub(crate) struct Ui {
    pub color: bool,
    pub quiet: bool,
    pub verbose: bool,
}

/// Why a command stopped: its exit code and, unless already printed, what to say.
pub(crate) struct Failure {
    pub code: u8,
    pub message: Option<String>,
    pub help: Option<String>,
}

impl Failure {
    pub fn usage(message: impl Into<String>) -> Failure {
        Failure {
            code: exit::USAGE_OR_IO,
            message: Some(message.into()),
            help: None,
        }
    }

    /// Content errors, already printed as diagnostics.
    pub fn content() -> Failure {
        Failure {
            code: exit::CONTENT_ERRORS,
            message: None,
            help: None,
        }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Failure {
        self.help = Some(help.into());
        self
    }
}

impl From<rungs::history::HistoryError> for Failure {
    fn from(e: rungs::history::HistoryError) -> Failure {
        Failure::usage(e.to_string())
    }
}

impl From<rungs::source::SourceError> for Failure {
    fn from(e: rungs::source::SourceError) -> Failure {
        Failure::usage(e.to_string())
    }
}

impl From<PublishError> for Failure {
    fn from(e: PublishError) -> Failure {
        let help = publish::help(&e);
        Failure::usage(e.to_string()).with_help(help)
    }
}

impl From<RenderError> for Failure {
    fn from(e: RenderError) -> Failure {
        match e {
            RenderError::Publish(e) => e.into(),
            template @ RenderError::Template(_) => Failure {
                code: exit::CONTENT_ERRORS,
                message: Some(template.to_string()),
                help: Some(
                    "fix the theme template named above (the content itself passed `check`)".into(),
                ),
            },
            too_large @ RenderError::TooLarge(_) => Failure {
                code: exit::CONTENT_ERRORS,
                message: Some(too_large.to_string()),
                help: Some(
                    "one PDF is laid out whole in memory, so its size is bounded: split the standard into several content projects, or build the other parts with `--only site,reports,summaries`".into(),
                ),
            },
        }
    }
}
