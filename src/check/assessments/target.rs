//! What a record is assessed for: its sequence, the current and applied levels (with a warning
//! for an application below the current level or skipping levels), and its position.

use crate::check::Ctx;
use crate::diagnostics::{Diagnostic, codes};
use crate::load::raw::{RawAssessment, S};
use crate::model::*;
use crate::msg;

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
                msg!("record-unknown-sequence", sequence = &id.value),
            )
            .at(loc)
            .help(crate::diagnostics::suggest::help_message(
                &msg!("noun-sequence"),
                &id.value,
                &ids,
            )),
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
                msg!(
                    "record-unknown-level",
                    sequence = &sequence.id,
                    level = &id.value
                ),
            )
            .at(loc)
            .help(crate::diagnostics::suggest::help_message(
                &msg!("noun-level"),
                &id.value,
                &ids,
            )),
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
        let message = if position.from == position.to {
            msg!(
                "record-position-level-one",
                position = &position.id,
                at = &position.from,
                level = &level.id
            )
        } else {
            msg!(
                "record-position-level",
                position = &position.id,
                from = &position.from,
                to = &position.to,
                level = &level.id
            )
        };
        let loc = ctx.loc(file, id);
        ctx.push(
            Diagnostic::new(&codes::POSITION_LEVEL, message)
                .at(loc)
                .help(msg!("record-position-level-help")),
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
            let loc = ctx.loc(file, raw.sequence());
            ctx.push(
                Diagnostic::new(&codes::NO_TARGET_LEVEL, msg!("record-no-target-level"))
                    .at(loc)
                    .help(msg!("record-no-target-level-help")),
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
                msg!(
                    "record-applies-below-current",
                    applied = &level.id,
                    current = &current.id
                ),
            )
            .at(loc)
            .help(msg!("record-applies-below-current-help")),
        );
    }
    if let (Some(current), Some(applied_raw)) = (current, &raw.applied_level)
        && level.rank >= current.rank + 2
    {
        let loc = ctx.loc(file, applied_raw);
        ctx.push(
            Diagnostic::new(
                &codes::SKIPS_LEVELS,
                msg!(
                    "record-skips-levels",
                    applied = &level.id,
                    count = level.rank - current.rank,
                    current = &current.id
                ),
            )
            .at(loc)
            .help(msg!("record-skips-levels-help")),
        );
    }
    Some((current, level))
}
