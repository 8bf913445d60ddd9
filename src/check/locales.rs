//! Rules for the project's locale files and the settings' `language`: the language must be
//! one rungs or the project has a file for; an override key must exist (a typo would change
//! nothing, silently); a new language's file may leave keys to its base language, which a
//! warning names.

use super::Ctx;
use crate::diagnostics::{Diagnostic, Location, codes};
use crate::load::raw::S;
use crate::locale::{Language, LocaleProblem, ProjectLocales};
use crate::msg;

/// The documents' language, as the settings name it, with the project's overrides.
pub(super) fn language(
    ctx: &mut Ctx,
    file: &str,
    tag: &S<String>,
    locales: &ProjectLocales,
) -> Language {
    if !locales.speaks(&tag.value) {
        let loc = ctx.loc(file, tag);
        let known: Vec<String> = locales.tags().into_iter().collect();
        ctx.push(
            Diagnostic::new(
                &codes::UNKNOWN_VALUE,
                msg!("unknown-language", tag = &tag.value, known = known),
            )
            .at(loc)
            .help(msg!("unknown-language-help", tag = &tag.value)),
        );
    }
    Language::resolve(&tag.value, locales)
}

/// What is wrong with the project's locale files.
pub(super) fn check_files(ctx: &mut Ctx, locales: &ProjectLocales) {
    for problem in locales.problems() {
        let at = |_: &Ctx, file: &str, offset: usize| {
            let text = locales
                .files
                .iter()
                .find(|f| f.file == file)
                .map_or("", |f| f.source.as_str());
            let before = &text[..offset.min(text.len())];
            let line = before.matches('\n').count() as u32 + 1;
            let column = before.rsplit('\n').next().unwrap_or("").chars().count() as u32 + 1;
            Location::at(file, line, column)
        };
        let diagnostic = match problem {
            LocaleProblem::Syntax {
                file,
                at: offset,
                what,
            } => Diagnostic::new(&codes::LOCALE_SYNTAX, msg!("locale-syntax", what = what))
                .at(at(ctx, &file, offset))
                .help(msg!("locale-syntax-help")),
            LocaleProblem::Duplicate {
                file,
                at: offset,
                key,
            } => Diagnostic::new(&codes::DUPLICATE_KEY, msg!("locale-duplicate", key = key))
                .at(at(ctx, &file, offset))
                .help(msg!("locale-duplicate-help")),
            LocaleProblem::UnknownKey {
                file,
                at: offset,
                key,
                suggestion,
            } => {
                let help = match suggestion {
                    Some(s) => msg!("locale-unknown-key-suggest", suggestion = s),
                    None => msg!("locale-unknown-key-help"),
                };
                Diagnostic::new(
                    &codes::UNKNOWN_LOCALE_KEY,
                    msg!("locale-unknown-key", key = key),
                )
                .at(at(ctx, &file, offset))
                .help(help)
            }
            LocaleProblem::Incomplete {
                file,
                missing,
                total,
                base,
            } => Diagnostic::new(
                &codes::INCOMPLETE_LOCALE,
                msg!(
                    "locale-incomplete",
                    missing = missing,
                    total = total,
                    base = &base
                ),
            )
            .at(Location::file(file))
            .help(msg!("locale-incomplete-help", base = &base)),
        };
        ctx.push(diagnostic);
    }
}
