//! Validation: turns what `load` read into the `Model` (the public `Standard` and the private
//! `Records`), collecting every problem (never stopping at the first) as diagnostics. Pure: no
//! IO.
//!
//! Each submodule checks one kind of file; this module holds the shared helpers and the
//! order they run in (settings → dictionary → sequences → pages → assessments → outputs).

mod assessments;
mod behaviours;
mod conditions;
mod dictionary;
mod file_names;
mod glyphs;
mod kpis;
mod locales;
mod managers;
mod outputs;
mod pages;
mod people;
mod plans;
mod positions;
mod rating_rules;
mod requirements;
mod sequences;
mod settings;

pub use glyphs::missing_glyphs;

use std::collections::{BTreeMap, HashMap};

use crate::diagnostics::{self, Diagnostic, Location, SourceMap, codes};
use crate::load::Loaded;
use crate::load::raw::S;
use crate::locale::{Language, Message, ProjectLocales};
use crate::model::editions::{CurrentEdition, Editions};
use crate::model::{Model, Records, Standard};
use crate::msg;

/// The outcome of validation: the model when there were no errors, and every diagnostic.
pub struct Validated {
    pub model: Option<Model>,
    pub diagnostics: Vec<Diagnostic>,
    /// The project's own locale files, as checked.
    pub locales: ProjectLocales,
}

/// How recently each content file changed, so that an id defined twice is reported where it
/// was added, with a note pointing at the first definition.
pub trait FileAges {
    /// How many commits ago `file` (a logical path) last changed: 0 for a change not yet
    /// committed (or a file git does not track), 1 for HEAD's, 2 for its parent's …; `None`
    /// when nothing is known (no git).
    fn age(&self, file: &str) -> Option<u32>;
}

/// Content without a history: files are ordered by name alone (see `Ctx::first_definition`).
pub struct NoHistory;

impl FileAges for NoHistory {
    fn age(&self, _: &str) -> Option<u32> {
        None
    }
}

/// Validates a loaded project. `load_diagnostics` are the problems `load` already found. Each
/// record is checked against the edition it belongs to: the current standard, or one of the
/// tagged `editions` (empty outside git; see `model::editions`). `ages` says which files
/// changed last.
pub fn check(
    loaded: &Loaded,
    records: Vec<crate::load::Parsed<Box<crate::load::raw::RawAssessment>>>,
    load_diagnostics: Vec<Diagnostic>,
    editions: &Editions,
    ages: &dyn FileAges,
) -> Validated {
    let from_load = load_diagnostics.len();
    let mut ctx = Ctx {
        sources: &loaded.sources,
        diagnostics: load_diagnostics,
        failed: &loaded.failed,
        placeholders: &loaded.placeholders,
        ages,
    };
    let locales = ProjectLocales::from_theme_files(loaded.theme_name(), &loaded.theme_files);
    locales::check_files(&mut ctx, &locales);
    let settings = loaded
        .settings
        .as_ref()
        .map(|s| settings::check(&mut ctx, s, &locales));
    let (categories, kinds) = settings
        .as_ref()
        .map(|(_, c, k)| (c.clone(), k.clone()))
        .unwrap_or_default();
    fn files<T>(parsed: &[crate::load::Parsed<T>]) -> Vec<&str> {
        parsed.iter().map(|p| p.file.as_str()).collect()
    }
    ctx.check_file_count(
        &files(&loaded.competencies),
        msg!("count-competencies"),
        budget::COMPETENCIES,
    );
    ctx.check_file_count(
        &files(&loaded.sequences),
        msg!("count-sequences"),
        budget::SEQUENCES,
    );
    let competencies = dictionary::check(&mut ctx, &loaded.competencies, &categories);
    let titles = settings
        .as_ref()
        .map(|(s, _, _)| s.professional_titles.clone())
        .unwrap_or_default();
    let lookup = dictionary::Lookup::new(&competencies);
    let sequences = sequences::check(&mut ctx, &loaded.sequences, &lookup, &kinds, &titles);
    let pages = pages::check(&mut ctx, &loaded.pages);
    let against = assessments::Against {
        sequences: &sequences,
        competencies: lookup,
        kinds: &kinds,
        scales: assessments::Scales {
            ratings: settings
                .as_ref()
                .map(|(s, _, _)| s.performance_ratings.clone())
                .unwrap_or_default(),
            titles: titles.clone(),
        },
        ratings: settings
            .as_ref()
            .map(|(s, _, _)| s.ratings.clone())
            .unwrap_or_default(),
    };
    let current_edition = settings.as_ref().map(|(s, _, _)| CurrentEdition {
        name: &s.edition,
        effective: s.effective_date,
    });
    let language = settings
        .as_ref()
        .map_or_else(Language::en, |(s, _, _)| s.language);
    let people = people::check(
        &mut ctx,
        loaded,
        &sequences,
        &people::Scales {
            ratings: &against.scales.ratings,
            titles: &titles,
            language,
        },
    );
    let filled = people::fill(&mut ctx, records, &people);
    let calendars: BTreeMap<String, crate::model::Calendar> = people
        .cycles
        .iter()
        .map(|(name, c)| (name.clone(), c.calendar.clone()))
        .collect();
    let assessments = assessments::check(
        &mut ctx,
        filled,
        &calendars,
        &against,
        current_edition,
        editions,
    );
    let model = settings.map(|(settings, categories, kinds)| Model {
        standard: Standard::new(settings, categories, kinds, competencies, sequences, pages),
        records: Records::new(assessments).with_people(people.cycles),
    });
    if let Some(model) = &model {
        outputs::check(&mut ctx, model);
    }
    let mut diagnostics = ctx.diagnostics;
    // A value load replaced with a placeholder was reported there already; what the rules
    // find wrong with the placeholder is not the author's mistake.
    let found = diagnostics.split_off(from_load);
    diagnostics.extend(
        found
            .into_iter()
            .filter(|d| !about_a_placeholder(d, &loaded.placeholders, &loaded.sources)),
    );
    diagnostics::sort(&mut diagnostics);
    let has_errors = diagnostics.iter().any(Diagnostic::is_error);
    Validated {
        model: model.filter(|_| !has_errors),
        diagnostics,
        locales,
    }
}

/// Whether `d` points at a placeholder, or at the key whose value it is.
fn about_a_placeholder(d: &Diagnostic, placeholders: &[Location], sources: &SourceMap) -> bool {
    let Some(at) = &d.location else {
        return false;
    };
    placeholders.iter().any(|p| {
        p.file == at.file
            && p.line == at.line
            && (p.column == at.column
                || at.column < p.column
                    && sources
                        .get(&at.file)
                        .and_then(|t| t.lines().nth(at.line as usize - 1))
                        .is_some_and(|line| {
                            let between: String = line
                                .chars()
                                .skip(at.column as usize - 1)
                                .take((p.column - at.column) as usize)
                                .collect();
                            !between.contains([',', '{', '[']) && between.trim_end().ends_with(':')
                        }))
    })
}

/// The most characters a name or title may have: names repeat in the navigation of every
/// page, in running heads and in tables of contents, so their length multiplies.
pub const NAME_BUDGET: usize = 200;

/// How many items one list may hold. These bound the handbook (one Typst document, which
/// cannot stream), a sequence's pages and a report, so that the largest content the budgets
/// allow still builds in bounded memory. README.md lists them.
pub mod budget {
    /// Competencies in the dictionary.
    pub const COMPETENCIES: usize = 5_000;
    /// Sequences.
    pub const SEQUENCES: usize = 100;
    /// Levels of one sequence.
    pub const LEVELS: usize = 20;
    /// Competencies one level lists (besides those it inherits from the level below).
    pub const REQUIREMENTS: usize = 100;
    /// Behaviours of one competency level; key points of one competency.
    pub const BEHAVIOURS: usize = 30;
    /// Development plan items of one record.
    pub const PLAN_ITEMS: usize = 50;
}

/// How an id is written, for the help of a diagnostic about one.
pub(crate) fn id_help() -> Message {
    msg!("check-id-help")
}

/// Ids that become permalinks: `[a-z0-9][a-z0-9-]*`, at most 64 characters.
pub fn is_id(id: &str) -> bool {
    let mut chars = id.chars();
    id.len() <= 64
        && chars
            .next()
            .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Employee ids and cycles, which become file names: `[A-Za-z0-9][A-Za-z0-9_-]*`, ≤ 64.
pub fn is_file_safe_id(id: &str) -> bool {
    let mut chars = id.chars();
    id.len() <= 64
        && chars.next().is_some_and(|c| c.is_ascii_alphanumeric())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// The definitions of one id: each file and the id's value there.
pub(crate) type Definitions<'v> = Vec<(&'v str, &'v S<String>)>;

pub(crate) struct Ctx<'a> {
    sources: &'a SourceMap,
    diagnostics: Vec<Diagnostic>,
    failed: &'a [String],
    placeholders: &'a [Location],
    ages: &'a dyn FileAges,
}

impl Ctx<'_> {
    /// True when `id` may have been defined by a file in `folder` that failed to parse (or, for
    /// settings-defined ids, when rungs.yaml failed): a reference to it is not reported again.
    pub fn maybe_broken(&self, folder: &str, id: &str) -> bool {
        self.failed.iter().any(|f| {
            f == "rungs.yaml" && folder == "rungs.yaml"
                || f.strip_prefix(folder)
                    .and_then(|r| r.strip_prefix('/'))
                    .is_some_and(|name| {
                        name.trim_end_matches(".yaml").trim_end_matches(".yml") == id
                    })
        })
    }

    /// True when `value` is a placeholder `load` put in place of a value of the wrong type: a
    /// rule that adds it up or compares it with others would be judging the placeholder.
    pub fn is_placeholder<T>(&self, file: &str, value: &S<T>) -> bool {
        let at = &value.referenced;
        self.placeholders.iter().any(|p| {
            p.file == file && u64::from(p.line) == at.line() && u64::from(p.column) == at.column()
        })
    }

    /// True for a file with mistakes `load` repaired to read it (it is among the failed).
    pub fn repaired(&self, file: &str) -> bool {
        self.failed.iter().any(|f| f == file)
    }

    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    /// The location of a spanned value, underlining the value itself.
    pub fn loc<T>(&self, file: &str, value: &S<T>) -> Location {
        self.loc_offset(file, value, 1)
    }

    /// As `loc`, for a document whose first line is `first_line` of the file.
    pub fn loc_offset<T>(&self, file: &str, value: &S<T>, first_line: u32) -> Location {
        let at = &value.referenced;
        if at.line() == 0 {
            return Location::file(file);
        }
        let line = at.line() as u32 + first_line - 1;
        let column = at.column().max(1) as u32;
        let width = self
            .sources
            .get(file)
            .and_then(|t| t.lines().nth(line as usize - 1))
            .map(|l| token_width(l, column))
            .unwrap_or(1);
        Location {
            file: file.to_string(),
            line,
            column,
            width,
        }
    }

    /// The location of a mapping key, given the value it holds: the key is on the value's line
    /// (`key: value`) or on the line above (a block value).
    pub fn loc_key<T>(&self, file: &str, value: &S<T>, key: &str) -> Location {
        let at = self.loc(file, value);
        let Some(text) = self.sources.get(file) else {
            return at;
        };
        let pattern = format!("{key}:");
        for line in [at.line, at.line.saturating_sub(1)] {
            let Some(content) = line
                .checked_sub(1)
                .and_then(|i| text.lines().nth(i as usize))
            else {
                continue;
            };
            if let Some(byte) = content.find(&pattern) {
                let column = content[..byte].chars().count() as u32 + 1;
                return Location {
                    file: file.to_string(),
                    line,
                    column,
                    width: key.chars().count() as u32,
                };
            }
        }
        at
    }

    /// Reports ids that are not valid permalinks; true when the id is valid. `what` is a
    /// noun of the locale files (`msg!("noun-competency")`), as for the helpers below.
    pub fn check_id(&mut self, file: &str, id: &S<String>, what: Message) -> bool {
        if is_id(&id.value) {
            return true;
        }
        let loc = self.loc(file, id);
        self.push(
            Diagnostic::new(
                &codes::INVALID_ID,
                msg!("check-invalid-id", id = &id.value, what = what),
            )
            .at(loc)
            .help(id_help()),
        );
        false
    }

    /// Reports an id that would name a page rungs generates itself (`urls::RESERVED_LEVEL_IDS`).
    pub fn check_not_reserved(
        &mut self,
        file: &str,
        id: &S<String>,
        what: Message,
        reserved: &[&str],
    ) {
        if reserved.contains(&id.value.as_str()) {
            let loc = self.loc(file, id);
            let (last, rest) = reserved.split_last().unwrap_or((&"", &[]));
            self.push(
                Diagnostic::new(
                    &codes::RESERVED_ID,
                    msg!("check-reserved-id", id = &id.value, what = what.clone()),
                )
                .at(loc)
                .help(msg!(
                    "check-reserved-id-help",
                    count = reserved.len(),
                    rest = crate::suggest::quoted_list(rest),
                    last = *last,
                    what = what
                )),
            );
        }
    }

    /// Reports every definition of an id among `ids` but the first (see
    /// [`Ctx::first_definition`]), where it stands, with a note pointing at the first.
    pub fn check_unique<'v>(
        &mut self,
        what: Message,
        ids: impl IntoIterator<Item = (&'v str, &'v S<String>)>,
    ) {
        let mut by_id: Vec<(&str, Definitions)> = Vec::new();
        let mut index: HashMap<&str, usize> = HashMap::new();
        for (file, id) in ids {
            let i = *index.entry(&id.value).or_insert_with(|| {
                by_id.push((&id.value, Vec::new()));
                by_id.len() - 1
            });
            by_id[i].1.push((file, id));
        }
        for (id, defs) in by_id.into_iter().filter(|(_, defs)| defs.len() > 1) {
            self.report_duplicates(id, &defs, msg!("check-first-defined-here"), |first| {
                Diagnostic::new(
                    &codes::DUPLICATE_ID,
                    msg!("check-duplicate-id", id = id, what = what.clone()),
                )
                .help(msg!(
                    "check-duplicate-id-help",
                    what = what.clone(),
                    file = &first.file,
                    line = first.line
                ))
            });
        }
    }

    /// Reports each of `defs` but the first ([`Ctx::first_definition`]) with the diagnostic
    /// `raise` makes from the first's location, located at it, with a note (`what`) pointing
    /// at the first.
    pub fn report_duplicates(
        &mut self,
        id: &str,
        defs: &[(&str, &S<String>)],
        what: Message,
        raise: impl Fn(&Location) -> Diagnostic,
    ) {
        let first = self.first_definition(id, defs);
        let note = self.loc(defs[first].0, defs[first].1);
        for (_, &(file, value)) in defs.iter().enumerate().filter(|(i, _)| *i != first) {
            let loc = self.loc(file, value);
            self.push(raise(&note).at(loc).note(what.clone(), note.clone()));
        }
    }

    /// Which of several definitions of `id` came first, so the others are
    /// reported where they were added: within one file the first written; across files the
    /// one in the file git last changed longest ago (a file not yet committed is the newest),
    /// then the one in the file named after the id (`competencies/<id>.yaml`), then the
    /// first by path. Deterministic: git history and names only, never file times.
    fn first_definition(&self, id: &str, defs: &[(&str, &S<String>)]) -> usize {
        let files: std::collections::BTreeSet<&str> = defs.iter().map(|(f, _)| *f).collect();
        let age = |file: &str| match files.len() {
            1 => 0,
            _ => self.ages.age(file).unwrap_or(u32::MAX),
        };
        let named_after = |file: &str| {
            let name = file.rsplit('/').next().unwrap_or(file);
            name.strip_suffix(".yaml")
                .or_else(|| name.strip_suffix(".yml"))
                == Some(id)
        };
        (0..defs.len())
            .min_by_key(|&i| {
                let (file, value) = defs[i];
                (
                    std::cmp::Reverse(age(file)),
                    !named_after(file),
                    file,
                    value.referenced.line(),
                    value.referenced.column(),
                )
            })
            .unwrap_or(0)
    }

    /// Reports a reference to an id that is not among `known` ("did you mean …"); true when
    /// it is known. `hint` ends the help, in brackets: where the known ones are defined
    /// (`msg!("hint-kinds")`: "kinds are listed in rungs.yaml").
    pub fn check_known(
        &mut self,
        file: &str,
        id: &S<String>,
        code: &'static codes::Code,
        what: Message,
        known: &[&str],
        hint: Message,
    ) -> bool {
        if known.contains(&id.value.as_str()) {
            return true;
        }
        let loc = self.loc(file, id);
        let help = crate::diagnostics::suggest::help_message_with(&what, &id.value, known, hint);
        self.push(
            Diagnostic::new(
                code,
                msg!("check-unknown-reference", what = what, id = &id.value),
            )
            .at(loc)
            .help(help),
        );
        false
    }

    /// Reports a list over its budget, at its first item past the limit. `what` names the
    /// items counted (`msg!("count-levels")`: "levels").
    pub fn check_count<T>(&mut self, file: &str, items: &[S<T>], what: Message, limit: usize) {
        if let Some(first_over) = items.get(limit) {
            let loc = self.loc(file, first_over);
            self.push(
                Diagnostic::new(
                    &codes::TOO_MANY,
                    msg!(
                        "check-too-many",
                        count = items.len(),
                        what = what,
                        limit = limit
                    ),
                )
                .at(loc)
                .help(msg!("check-too-many-help", item = limit + 1, limit = limit)),
            );
        }
    }

    /// Reports files of one kind over their budget, at the first file past the limit.
    pub fn check_file_count(&mut self, files: &[&str], what: Message, limit: usize) {
        if let Some(first_over) = files.get(limit) {
            self.push(
                Diagnostic::new(
                    &codes::TOO_MANY,
                    msg!(
                        "check-too-many",
                        count = files.len(),
                        what = what,
                        limit = limit
                    ),
                )
                .at(Location::file(*first_over))
                .help(msg!("check-too-many-files-help", position = limit + 1)),
            );
        }
    }

    /// Reports a name or title that is empty, over [`NAME_BUDGET`] or holds a control
    /// character.
    pub fn check_name(&mut self, file: &str, value: &S<String>, what: Message) {
        self.check_not_empty(file, value, what.clone());
        self.check_name_text(file, value, what);
    }

    /// Reports a name or title over [`NAME_BUDGET`] or holding a control character (checked
    /// on its own where emptiness is reported otherwise, or may be).
    pub fn check_name_text(&mut self, file: &str, value: &S<String>, what: Message) {
        if let Some(c) = value.value.chars().find(|c| c.is_control()) {
            let loc = self.loc(file, value);
            let code = format!("U+{:04X}", c as u32);
            let name = match c {
                '\0' => Some(msg!("check-char-nul")),
                '\t' => Some(msg!("check-char-tab")),
                '\n' | '\r' => Some(msg!("check-char-line-break")),
                _ => None,
            };
            let message = match name {
                Some(name) => msg!(
                    "check-control-character-named",
                    what = what.clone(),
                    code = code,
                    name = name
                ),
                None => msg!("check-control-character", what = what.clone(), code = code),
            };
            self.push(
                Diagnostic::new(&codes::CONTROL_CHARACTER, message)
                    .at(loc)
                    .help(msg!("check-control-character-help", what = what.clone())),
            );
        }
        if value.value.len() <= NAME_BUDGET {
            return;
        }
        let chars = value.value.chars().count();
        if chars > NAME_BUDGET {
            let loc = self.loc(file, value);
            self.push(
                Diagnostic::new(
                    &codes::TOO_LONG,
                    msg!(
                        "check-name-too-long",
                        what = what.clone(),
                        count = chars,
                        limit = NAME_BUDGET
                    ),
                )
                .at(loc)
                .help(msg!("check-name-too-long-help", what = what)),
            );
        }
    }

    /// How many diagnostics are reported so far, for [`Ctx::keep_errors_since`].
    pub fn mark(&self) -> usize {
        self.diagnostics.len()
    }

    /// Drops the warnings reported since `mark`: rules run on a part of a record (one rater's
    /// rating) whose warnings are about the whole.
    pub fn keep_errors_since(&mut self, mark: usize) {
        let mut i = mark;
        while i < self.diagnostics.len() {
            if self.diagnostics[i].is_error() {
                i += 1;
            } else {
                self.diagnostics.remove(i);
            }
        }
    }

    pub fn check_not_empty(&mut self, file: &str, value: &S<String>, what: Message) {
        if value.value.trim().is_empty() {
            let loc = self.loc(file, value);
            self.push(
                Diagnostic::new(
                    &codes::EMPTY_VALUE,
                    msg!("check-empty-name", what = what.clone()),
                )
                .at(loc)
                .help(msg!("check-empty-name-help", what = what)),
            );
        }
    }
}

/// How many characters the YAML token starting at `column` spans on its line.
fn token_width(line: &str, column: u32) -> u32 {
    let rest: Vec<char> = line.chars().skip(column as usize - 1).collect();
    let width = match rest.first() {
        Some(&q @ ('"' | '\'')) => rest
            .iter()
            .skip(1)
            .position(|&c| c == q)
            .map_or(rest.len(), |p| p + 2),
        Some(_) => {
            let end = rest
                .iter()
                .position(|&c| c == ',' || c == '}' || c == ']' || c == '#')
                .unwrap_or(rest.len());
            rest[..end]
                .iter()
                .collect::<String>()
                .trim_end()
                .chars()
                .count()
        }
        None => 1,
    };
    width.max(1) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_file_safe_ids() {
        assert!(
            is_id("customer-orientation")
                && is_id("s1")
                && !is_id("Sales")
                && !is_id("-x")
                && !is_id("a/b")
        );
        assert!(is_file_safe_id("E1001") && is_file_safe_id("2024H1") && is_file_safe_id("a_b-c"));
        assert!(
            !is_file_safe_id("../../x")
                && !is_file_safe_id("a/b")
                && !is_file_safe_id(".x")
                && !is_file_safe_id("")
        );
    }

    #[test]
    fn token_widths() {
        assert_eq!(token_width("  competency: influnce", 15), 8);
        assert_eq!(token_width("- { competency: x, level: 9 }", 27), 1);
        assert_eq!(token_width("name: \"客户 导向\" # c", 7), 7);
    }
}
