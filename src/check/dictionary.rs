//! Rules for the competency dictionary: ids, categories, graded levels numbered 1..N.

use super::{Ctx, budget};
use crate::diagnostics::suggest;
use crate::diagnostics::{Diagnostic, Location, codes};
use crate::load::Parsed;
use crate::load::raw::{RawCompetency, RawCompetencyLevel, RawSuggestion, S};
use crate::model::{Category, Competency, CompetencyLevel, LearningKind, Suggestion};
use crate::msg;

/// The dictionary's competencies, found by id in constant time: every level's requirements and
/// every record's competencies are looked up, and a standard may define thousands.
pub(super) struct Lookup<'a> {
    all: &'a [Competency],
    by_id: std::collections::HashMap<&'a str, &'a Competency>,
}

impl<'a> Lookup<'a> {
    /// Finds the first competency with an id, as a search from the start would (a repeated id
    /// is reported by `check`).
    pub fn new(all: &'a [Competency]) -> Lookup<'a> {
        let mut by_id = std::collections::HashMap::with_capacity(all.len());
        for c in all {
            by_id.entry(c.id.as_str()).or_insert(c);
        }
        Lookup { all, by_id }
    }

    pub fn get(&self, id: &str) -> Option<&'a Competency> {
        self.by_id.get(id).copied()
    }

    /// Every id, in the dictionary's order: what a "did you mean" is chosen from.
    pub fn ids(&self) -> Vec<&'a str> {
        self.all.iter().map(|c| c.id.as_str()).collect()
    }
}

pub(super) fn check(
    ctx: &mut Ctx,
    parsed: &[Parsed<RawCompetency>],
    categories: &[Category],
) -> Vec<Competency> {
    let category_ids: Vec<&str> = categories.iter().map(|c| c.id.as_str()).collect();
    let mut competencies = Vec::new();
    for Parsed { file, value: raw } in parsed {
        ctx.check_id(file, &raw.id, msg!("noun-competency"));
        ctx.check_not_reserved(
            file,
            &raw.id,
            msg!("noun-competency"),
            crate::urls::RESERVED_COMPETENCY_IDS,
        );
        warn_if_file_name_differs(ctx, file, &raw.id.value, "competencies/");
        ctx.check_name(file, &raw.name, msg!("noun-competency-name"));
        ctx.check_count(
            file,
            &raw.key_points,
            msg!("count-key-points"),
            budget::BEHAVIOURS,
        );
        for level in raw.levels.iter().flat_map(|l| &l.value) {
            ctx.check_name_text(
                file,
                &level.value.title,
                msg!("noun-competency-level-title"),
            );
            let behaviours = &level.value.behaviours;
            ctx.check_count(
                file,
                behaviours,
                msg!("count-level-behaviours"),
                budget::BEHAVIOURS,
            );
        }
        if !category_ids.contains(&raw.category.value.as_str())
            && !ctx.maybe_broken("rungs.yaml", "")
        {
            let loc = ctx.loc(file, &raw.category);
            ctx.push(
                Diagnostic::new(
                    &codes::UNKNOWN_CATEGORY,
                    msg!(
                        "check-unknown-reference",
                        what = msg!("noun-category"),
                        id = &raw.category.value
                    ),
                )
                .at(loc)
                .help(suggest::help_message_with(
                    &msg!("noun-category"),
                    &raw.category.value,
                    &category_ids,
                    msg!("hint-categories"),
                )),
            );
        }
        check_grading(ctx, file, raw);
        competencies.push(competency(file, raw));
    }
    ctx.check_unique(
        msg!("noun-competency"),
        parsed.iter().map(|p| (p.file.as_str(), &p.value.id)),
    );
    competencies
}

/// Graded `levels` (numbered 1, 2, … each with behaviours) or a one-line `standard`: one of
/// the two.
fn check_grading(ctx: &mut Ctx, file: &str, raw: &RawCompetency) {
    let levels: &[S<RawCompetencyLevel>] = raw.levels.as_ref().map_or(&[], |l| &l.value);
    match (&raw.levels, &raw.standard) {
        (Some(_), Some(standard)) => {
            let loc = ctx.loc(file, standard);
            ctx.push(
                Diagnostic::new(
                    &codes::CONFLICTING_FIELDS,
                    msg!("check-levels-and-standard"),
                )
                .at(loc)
                .help(msg!("check-levels-and-standard-help")),
            );
        }
        (None, Some(standard)) => {
            ctx.check_not_empty(file, standard, msg!("noun-one-line-standard"))
        }
        (Some(l), None) if l.value.is_empty() => {
            let loc = ctx.loc(file, l);
            ctx.push(
                Diagnostic::new(&codes::NO_LEVELS, msg!("check-no-graded-levels"))
                    .at(loc)
                    .help(msg!("check-no-graded-levels-help")),
            );
        }
        (None, None) => {
            let loc = ctx.loc(file, &raw.id);
            ctx.push(
                Diagnostic::new(&codes::NO_LEVELS, msg!("check-no-levels-nor-standard"))
                    .at(loc)
                    .help(msg!("check-no-levels-nor-standard-help")),
            );
        }
        (Some(_), None) => {}
    }
    for (i, level) in levels.iter().enumerate() {
        let expected = i as u32 + 1;
        if level.value.level.value != expected {
            let loc = ctx.loc(file, &level.value.level);
            ctx.push(
                Diagnostic::new(
                    &codes::LEVEL_NUMBERING,
                    msg!(
                        "check-level-numbering",
                        level = level.value.level.value,
                        entry = expected
                    ),
                )
                .at(loc)
                .help(msg!("check-level-numbering-help", entry = expected)),
            );
        }
        if level.value.behaviours.is_empty() {
            let loc = ctx.loc(file, level);
            ctx.push(
                Diagnostic::new(
                    &codes::NO_BEHAVIOURS,
                    msg!("check-no-behaviours", level = expected),
                )
                .at(loc)
                .help(msg!("check-no-behaviours-help")),
            );
        }
    }
}

/// The model's competency from one checked without errors.
fn competency(file: &str, raw: &RawCompetency) -> Competency {
    let levels: &[S<RawCompetencyLevel>] = raw.levels.as_ref().map_or(&[], |l| &l.value);
    Competency {
        file: file.to_string(),
        id: raw.id.value.clone(),
        name: raw.name.value.clone(),
        category: raw.category.value.clone(),
        definition: raw.definition.value.clone(),
        key_points: raw.key_points.iter().map(|k| k.value.clone()).collect(),
        // With both (an error above), the graded levels win, so records are checked once.
        standard: raw
            .standard
            .as_ref()
            .filter(|_| raw.levels.is_none())
            .map(|s| s.value.clone()),
        levels: levels
            .iter()
            .enumerate()
            .map(|(i, l)| CompetencyLevel {
                level: i as u32 + 1,
                title: l.value.title.value.clone(),
                behaviours: l.value.behaviours.iter().map(|b| b.value.clone()).collect(),
                suggestions: l.value.suggestions.iter().map(suggestion).collect(),
            })
            .collect(),
    }
}

/// A file named after another id is legal but confusing in reviews: warn.
/// An id that is no id at all is reported as `invalid-id` and not again here.
pub(super) fn warn_if_file_name_differs(ctx: &mut Ctx, file: &str, id: &str, folder: &str) {
    let stem = file
        .trim_start_matches(folder)
        .trim_end_matches(".yaml")
        .trim_end_matches(".yml");
    if stem != id && super::is_id(id) {
        ctx.push(
            Diagnostic::new(
                &codes::FILE_NAME_MISMATCH,
                msg!("check-file-name-mismatch", stem = stem, id = id),
            )
            .at(Location::file(file))
            .help(msg!(
                "check-file-name-mismatch-help",
                path = format!("{folder}{id}.yaml")
            )),
        );
    }
}

/// A suggestion as written: a plain text is learned on the job.
fn suggestion(raw: &RawSuggestion) -> Suggestion {
    match raw {
        RawSuggestion::Text(text) => Suggestion {
            kind: LearningKind::OnTheJob,
            text: text.value.clone(),
        },
        RawSuggestion::Typed(typed) => Suggestion {
            kind: typed.kind.value,
            text: typed.text.value.clone(),
        },
    }
}
