//! Why a command stopped, and how it talks to the person at the terminal.

use std::sync::RwLock;

use rungs::exit;
use rungs::locale::{self, Choice, Language, Message};
use rungs::msg;
use rungs::project::Checked;
use rungs::publish::PublishError;
use rungs::render::RenderError;

/// How to talk to the person at the terminal, and in which language.
pub(crate) struct Ui {
    pub color: bool,
    pub quiet: bool,
    pub verbose: bool,
    /// What `--lang` and the environment ask for.
    pub choice: Choice,
    /// The language that speaks: the choice among the bundled languages until a project is
    /// read, then among the project's too (and with its overrides).
    language: RwLock<Language>,
}

impl Ui {
    pub fn new(color: bool, quiet: bool, verbose: bool, choice: Choice) -> Ui {
        let bundled: Vec<String> = locale::bundled_tags().map(str::to_string).collect();
        let (tag, _) = locale::choose(&choice, None, &bundled);
        let language = Language::bundled(&tag).unwrap_or_else(Language::en);
        Ui {
            color,
            quiet,
            verbose,
            choice,
            language: RwLock::new(language),
        }
    }

    pub fn language(&self) -> Language {
        *self.language.read().unwrap_or_else(|e| e.into_inner())
    }

    /// A line of output behind a label (`label-error`, `label-warning`, `label-note`,
    /// `label-help`): `warning: …`, `警告：…`.
    pub fn labelled(&self, label: &str, text: &str) -> String {
        let language = self.language();
        language.say(&msg!("labelled", label = language.get(label), text = text))
    }

    /// `message` in the language that speaks.
    pub fn say(&self, message: &Message) -> String {
        self.language().say(message)
    }

    /// Speaks as the project asks when the user did not choose: its `language`, its own
    /// locale files and overrides. Warns once when `--lang` named a language nobody has.
    /// Speaks the language `tag` of a bundled locale (a workbook's, say) unless the user
    /// chose one.
    pub fn adopt_bundled(&self, tag: &str) {
        let bundled: Vec<String> = locale::bundled_tags().map(str::to_string).collect();
        let (tag, _) = locale::choose(&self.choice, Some(tag), &bundled);
        if let Some(language) = Language::bundled(&tag) {
            *self.language.write().unwrap_or_else(|e| e.into_inner()) = language;
        }
    }

    pub fn adopt(&self, checked: &Checked) {
        let (tag, unknown) = locale::choose(
            &self.choice,
            checked.language.as_deref(),
            &checked.locales.tags().into_iter().collect::<Vec<_>>(),
        );
        let language = Language::resolve(&tag, &checked.locales);
        *self.language.write().unwrap_or_else(|e| e.into_inner()) = language;
        if let Some(unknown) = unknown {
            let known: Vec<String> = checked.locales.tags().into_iter().collect();
            eprintln!(
                "{}",
                self.say(&msg!("ui-unknown-language", tag = unknown, known = known))
            );
        }
    }
}

/// Why a command stopped: its exit code and, unless already printed, what to say.
pub(crate) struct Failure {
    pub code: u8,
    pub message: Option<Message>,
    pub help: Option<Message>,
}

impl Failure {
    pub fn usage(message: impl Into<Message>) -> Failure {
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

    pub fn with_help(mut self, help: impl Into<Message>) -> Failure {
        self.help = Some(help.into());
        self
    }
}

impl From<rungs::history::HistoryError> for Failure {
    fn from(e: rungs::history::HistoryError) -> Failure {
        Failure::usage(e.message())
    }
}

impl From<rungs::source::SourceError> for Failure {
    fn from(e: rungs::source::SourceError) -> Failure {
        Failure::usage(e.message())
    }
}

impl From<PublishError> for Failure {
    fn from(e: PublishError) -> Failure {
        Failure::usage(e.message()).with_help(e.help())
    }
}

impl From<RenderError> for Failure {
    fn from(e: RenderError) -> Failure {
        match e {
            RenderError::Publish(e) => e.into(),
            RenderError::Template(_) | RenderError::TooLarge(_) => Failure {
                code: exit::CONTENT_ERRORS,
                message: Some(e.message()),
                help: Some(e.help()),
            },
        }
    }
}
