//! A project's own locale files (`themes/<theme>/locales/<language>.ftl`) and what is wrong
//! with them: syntax, a key given twice, a key no bundled language has (a typo that would
//! silently change nothing), and the keys a new language leaves to its base.

use std::collections::BTreeSet;

use fluent_bundle::FluentResource;
use fluent_syntax::ast::Entry;

/// One project locale file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleFile {
    /// The language tag, from the file name: `zh-TW` for `zh-TW.ftl`.
    pub tag: String,
    /// The logical path, as diagnostics locate it.
    pub file: String,
    pub source: String,
}

/// The project's locale files, by language tag.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProjectLocales {
    pub files: Vec<LocaleFile>,
}

impl ProjectLocales {
    /// The `locales/*.ftl` files of theme `theme` among the theme files (keyed by their path
    /// below `themes/`); a file that is not UTF-8 is left out (`load` reports it).
    pub fn from_theme_files<'a>(
        theme: &str,
        files: impl IntoIterator<Item = (&'a String, &'a Vec<u8>)>,
    ) -> ProjectLocales {
        let prefix = format!("{theme}/locales/");
        let files = files
            .into_iter()
            .filter_map(|(path, bytes)| {
                let tag = path.strip_prefix(&prefix)?.strip_suffix(".ftl")?;
                (!tag.contains('/')).then_some(())?;
                Some(LocaleFile {
                    tag: tag.to_string(),
                    file: format!("themes/{path}"),
                    source: String::from_utf8(bytes.clone()).ok()?,
                })
            })
            .collect();
        ProjectLocales { files }
    }

    pub fn source(&self, tag: &str) -> Option<&str> {
        self.files
            .iter()
            .find(|f| f.tag == tag)
            .map(|f| f.source.as_str())
    }

    /// Whether the project or rungs has a file for `tag`.
    pub fn speaks(&self, tag: &str) -> bool {
        self.source(tag).is_some() || super::bundled_tags().any(|t| t == tag)
    }

    /// Every language tag the project or rungs has a file for.
    pub fn tags(&self) -> BTreeSet<String> {
        super::bundled_tags()
            .map(str::to_string)
            .chain(self.files.iter().map(|f| f.tag.clone()))
            .collect()
    }

    /// What is wrong with the project's files.
    pub fn problems(&self) -> Vec<LocaleProblem> {
        let known = super::bundled_keys(super::BUNDLED[0].0);
        let mut problems = Vec::new();
        for f in &self.files {
            let resource = match FluentResource::try_new(f.source.clone()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        problems.push(LocaleProblem::Syntax {
                            file: f.file.clone(),
                            at: e.pos.start,
                            what: e.kind.to_string(),
                        });
                    }
                    r
                }
            };
            let mut seen = BTreeSet::new();
            for (id, at) in ids_with_offsets(&f.source, &resource) {
                if !seen.insert(id.clone()) {
                    problems.push(LocaleProblem::Duplicate {
                        file: f.file.clone(),
                        at,
                        key: id,
                    });
                } else if !known.contains(id.as_str()) {
                    let suggestion =
                        crate::suggest::closest(&id, known.iter().copied()).map(str::to_string);
                    problems.push(LocaleProblem::UnknownKey {
                        file: f.file.clone(),
                        at,
                        key: id,
                        suggestion,
                    });
                }
            }
            let base = super::base_of(&f.tag);
            if base != f.tag {
                let missing = known.iter().filter(|k| !seen.contains(**k)).count();
                if missing > 0 {
                    problems.push(LocaleProblem::Incomplete {
                        file: f.file.clone(),
                        missing,
                        total: known.len(),
                        base: base.to_string(),
                    });
                }
            }
        }
        problems
    }
}

/// Something wrong with a project locale file; `at` is a byte offset into its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LocaleProblem {
    Syntax {
        file: String,
        at: usize,
        what: String,
    },
    Duplicate {
        file: String,
        at: usize,
        key: String,
    },
    UnknownKey {
        file: String,
        at: usize,
        key: String,
        suggestion: Option<String>,
    },
    /// A language rungs does not bundle, whose file lacks `missing` of the `total` keys.
    Incomplete {
        file: String,
        missing: usize,
        total: usize,
        base: String,
    },
}

/// The ids of a resource's messages (terms and comments left out).
pub(super) fn message_ids(resource: &FluentResource) -> Vec<String> {
    resource
        .entries()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// Each message id with the byte offset of its line in `source`.
fn ids_with_offsets(source: &str, resource: &FluentResource) -> Vec<(String, usize)> {
    let mut from = 0;
    message_ids(resource)
        .into_iter()
        .map(|id| {
            let at = line_starting_with(source, &id, from).unwrap_or(0);
            from = at + 1;
            (id, at)
        })
        .collect()
}

/// The offset of the first line at or after `from` that defines `id`.
fn line_starting_with(source: &str, id: &str, from: usize) -> Option<usize> {
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        if offset >= from
            && line
                .strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        {
            return Some(offset);
        }
        offset += line.len();
    }
    None
}

/// Every `$name` a locale file refers to.
pub(super) fn variables(source: &str) -> BTreeSet<&str> {
    source
        .match_indices('$')
        .map(|(at, _)| {
            let rest = &source[at + 1..];
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
                .unwrap_or(rest.len());
            &rest[..end]
        })
        .filter(|name| !name.is_empty())
        .collect()
}
