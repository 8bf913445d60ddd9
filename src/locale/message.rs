//! A message to say in whichever language speaks: a key of the locale files and its arguments.
//! Diagnostics and command output hold messages, not text, so that one problem found once can
//! be said in Chinese on a terminal and in English in a CI log, and `--format json` keeps the
//! key-independent code beside the text.

use std::fmt;

/// A locale key with its arguments (`{ $name }` in the locale file).
#[derive(Clone, PartialEq)]
pub struct Message {
    /// Empty for text said as it is (an operating system's error, a parser's words), which
    /// is then the one argument.
    pub(super) key: &'static str,
    pub(super) args: Vec<(&'static str, Arg)>,
}

/// One argument of a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    /// A count or a figure: Fluent picks plural forms by it.
    Number(f64),
    /// A phrase of its own, said in the same language first.
    Message(Box<Message>),
    /// Items joined with the language's `list_sep`.
    List(Vec<String>),
}

impl Message {
    pub fn new(key: &'static str) -> Self {
        Message {
            key,
            args: Vec::new(),
        }
    }

    /// Text said as it is, whatever the language: what another program said (an operating
    /// system's error, Typst's), never rungs' own words.
    pub fn verbatim(text: impl Into<String>) -> Self {
        Message {
            key: "",
            args: vec![("text", Arg::Text(text.into()))],
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The message in English, whatever the user's language: for tests and logs.
    pub fn english(&self) -> String {
        super::Language::en().say(self)
    }

    /// The text of a verbatim message.
    pub(super) fn as_verbatim(&self) -> Option<&str> {
        match (self.key, self.args.as_slice()) {
            ("", [(_, Arg::Text(text))]) => Some(text),
            _ => None,
        }
    }

    /// The locale key; empty for verbatim text.
    pub fn key(&self) -> &'static str {
        self.key
    }

    /// Sorting diagnostics must not depend on the language they are said in.
    pub fn sort_key(&self) -> String {
        format!("{self:?}")
    }
}

impl fmt::Debug for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.as_verbatim() {
            Some(text) => write!(f, "{text:?}"),
            None => {
                write!(f, "{}", self.key)?;
                for (name, value) in &self.args {
                    write!(f, " {name}={value:?}")?;
                }
                Ok(())
            }
        }
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_string())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}

impl From<Message> for Arg {
    fn from(message: Message) -> Self {
        Arg::Message(Box::new(message))
    }
}

impl From<Vec<String>> for Arg {
    fn from(items: Vec<String>) -> Self {
        Arg::List(items)
    }
}

macro_rules! numbers {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
numbers!(usize, u32, u64, i32, i64, f64);

/// `msg!("key", name = value, …)`: a [`Message`] for the locale key `key`.
#[macro_export]
macro_rules! msg {
    ($key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::locale::Message::new($key) $(.arg(stringify!($name), $value))*
    };
}

// Figures are never NaN: a message is equal to itself.
impl Eq for Message {}
impl Eq for Arg {}
