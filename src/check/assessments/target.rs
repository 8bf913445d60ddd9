//! What a record is assessed for: its sequence, the current and applied levels (with a warning
//! for an application below the current level or skipping levels), and its position.

use crate::check::Ctx;
use crate::diagnostics::{Diagnostic, codes};
use crate::load::raw::{RawAssessment, S};
use crate::model::*;
use crate::suggest;

pub(super) fn find_sequence<'s>(
    ctx: &mut Ctx,
    file: &str,
    id: &S<String>,
    sequences: &'s [Sequence],
) -> Option<&'s Sequence> {
    let found = sequences.iter().find(|s| s.id == id.value);
    // A sequence read only after its file's mistakes were repaired may lack what a record
    // refers to: its records are checked once the file is fixed.
    if found.is_some_and(|s| ctx.repaired(&s.file)) {
        return None;
    }
    if found.is_none() && !ctx.maybe_broken("sequences", &id.value) {
        let ids: Vec<&str> = sequences.iter().map(|s| s.id.as_str()).collect();
        let loc = ctx.loc(file, id);
        ctx.push(
            Diagnostic::new(
                &codes::UNKNOWN_SEQUENCE,
                format!("there is no sequence `{}`", id.value),
            )
            .at(loc)
            .help(suggest::help_for("sequence", &id.value, &ids)),
        );
    }
    found
}

fn find_level<'s>(
    ctx: &mut Ctx,
    file: &str,
    id: &S<String>,
    sequence: &'s Sequence,
) -> Option<&'s Level> {
    let found = sequence.level(&id.value);
    if found.is_none() {
        let ids: Vec<&str> = sequence.levels.iter().map(|l| l.id.as_str()).collect();
        let loc = ctx.loc(file, id);
        ctx.push(
            Diagnostic::new(
                &codes::UNKNOWN_LEVEL,
                format!("sequence `{}` has no level `{}`", sequence.id, id.value),
            )
            .at(loc)
            .help(suggest::help_for("level", &id.value, &ids)),
        );
    }
    found
}

pub(super) fn find_position<'s>(
    ctx: &mut Ctx,
    file: &str,
    id: &S<String>,
    sequence: &'s Sequence,
    level: &Level,
) -> Option<&'s Position> {
    let ids: Vec<&str> = sequence.positions.iter().map(|p| p.id.as_str()).collect();
    if !ctx.check_known(
        file,
        id,
        &codes::UNKNOWN_POSITION,
        crate::msg!("noun-position"),
        &ids,
        crate::msg!("hint-positions-of-sequence", sequence = &sequence.id),
    ) {
        return None;
    }
    let position = sequence.position(&id.value)?;
    let rank = |id: &str| sequence.level(id).map(|l| l.rank);
    // A range written backwards is the sequence's error, not the record's.
    let backwards = rank(&position.from) > rank(&position.to);
    if !position.covers(sequence, level) && !backwards {
        let open = if position.from == position.to {
            format!("only at `{}`", position.from)
        } else {
            format!("from `{}` to `{}`", position.from, position.to)
        };
        let loc = ctx.loc(file, id);
        ctx.push(
            Diagnostic::new(
                &codes::POSITION_LEVEL,
                format!(
                    "position `{}` is open {open}, not at `{}`",
                    position.id, level.id
                ),
            )
            .at(loc)
            .help("check `position` and the level applied for"),
        );
        return None;
    }
    Some(position)
}

/// The record's current level (when it names one) and the level it is assessed for: the one
/// applied for, else the current one (a re-certification). None when neither is found.
pub(super) fn levels<'s>(
    ctx: &mut Ctx,
    file: &str,
    raw: &RawAssessment,
    sequence: &'s Sequence,
) -> Option<(Option<&'s Level>, &'s Level)> {
    let current = raw
        .current_level
        .as_ref()
        .and_then(|l| find_level(ctx, file, l, sequence));
    let applied = match (&raw.applied_level, &raw.current_level) {
        (Some(l), _) => find_level(ctx, file, l, sequence),
        (None, Some(_)) => current,
        (None, None) => {
            let loc = ctx.loc(file, &raw.sequence);
            ctx.push(
                Diagnostic::new(
                    &codes::NO_TARGET_LEVEL,
                    "the record names neither `applied_level` nor `current_level`",
                )
                .at(loc)
                .help("add `applied_level: <level id>` (the level being assessed for)"),
            );
            None
        }
    };
    let level = applied?;
    if let (Some(current), Some(applied_raw)) = (current, &raw.applied_level)
        && level.rank < current.rank
    {
        let loc = ctx.loc(file, applied_raw);
        ctx.push(
            Diagnostic::new(
                &codes::APPLIES_BELOW_CURRENT,
                format!(
                    "applies for `{}`, below the current level `{}`",
                    level.id, current.id
                ),
            )
            .at(loc)
            .help("check the two levels; a re-certification leaves `applied_level` out"),
        );
    }
    if let (Some(current), Some(applied_raw)) = (current, &raw.applied_level)
        && level.rank >= current.rank + 2
    {
        let loc = ctx.loc(file, applied_raw);
        ctx.push(
            Diagnostic::new(&codes::SKIPS_LEVELS, format!("applies for `{}`, {} levels above the current level `{}` (越级)", level.id, level.rank - current.rank, current.id))
                .at(loc)
                .help("a skip-level application is allowed and flagged in the report; check that it is meant"),
        );
    }
    Some((current, level))
}
