//! Rules for behaviour standards (行为标准): modules of activities with criteria per level, and
//! the levels' requirements of them — inherited from the level below like competencies, each
//! showing the criterion written for its level or, failing that, the nearest level below.

use super::Ctx;
use crate::diagnostics::{Diagnostic, codes};
use crate::load::raw::{RawBehaviourModule, RawLevel, S};
use crate::model::{Activity, BehaviourModule, BehaviourRequirement};
use crate::msg;

/// The sequence's behaviour modules; `levels` are its level ids, lowest first.
pub(super) fn modules(
    ctx: &mut Ctx,
    file: &str,
    raw: &[S<RawBehaviourModule>],
    levels: &[&str],
) -> Vec<BehaviourModule> {
    ctx.check_unique(
        msg!("noun-behaviour-module"),
        raw.iter().map(|m| (file, &m.value.id)),
    );
    ctx.check_unique(
        msg!("noun-activity"),
        raw.iter()
            .flat_map(|m| m.value.activities.iter().map(|a| (file, &a.value.id))),
    );
    raw.iter()
        .map(|m| {
            let m = &m.value;
            ctx.check_id(file, &m.id, msg!("noun-behaviour-module"));
            ctx.check_name(file, &m.name, msg!("noun-behaviour-module-name"));
            BehaviourModule {
                id: m.id.value.clone(),
                name: m.name.value.clone(),
                description: m.description.as_ref().map(|d| d.value.clone()),
                activities: m
                    .activities
                    .iter()
                    .map(|a| activity(ctx, file, &a.value, levels))
                    .collect(),
            }
        })
        .collect()
}

fn activity(
    ctx: &mut Ctx,
    file: &str,
    a: &crate::load::raw::RawActivity,
    levels: &[&str],
) -> Activity {
    ctx.check_id(file, &a.id, msg!("noun-activity"));
    ctx.check_name(file, &a.name, msg!("noun-activity-name"));
    for (level, text) in &a.criteria {
        if !levels.contains(&level.as_str()) {
            let loc = ctx.loc_key(file, text, level);
            ctx.push(
                Diagnostic::new(
                    &codes::UNKNOWN_LEVEL,
                    msg!("check-criterion-unknown-level", level = level),
                )
                .at(loc)
                .help(crate::diagnostics::suggest::help_message(
                    &msg!("noun-level"),
                    level,
                    levels,
                )),
            );
        }
        ctx.check_not_empty(file, text, msg!("noun-criterion"));
    }
    let mut criteria: Vec<(String, String)> = a
        .criteria
        .iter()
        .filter(|(l, _)| levels.contains(&l.as_str()))
        .map(|(l, t)| (l.clone(), t.value.clone()))
        .collect();
    criteria.sort_by_key(|(l, _)| levels.iter().position(|x| x == l));
    Activity {
        id: a.id.value.clone(),
        name: a.name.value.clone(),
        criteria,
    }
}

/// An activity's criterion at the level of `rank` among `levels`: the one written for it, or
/// for the nearest level below.
fn criterion_at(
    modules: &[BehaviourModule],
    levels: &[&str],
    rank: usize,
    id: &str,
) -> Option<String> {
    let activity = modules
        .iter()
        .flat_map(|m| &m.activities)
        .find(|a| a.id == id)?;
    activity
        .criteria
        .iter()
        .rfind(|(l, _)| {
            levels
                .iter()
                .position(|x| x == l)
                .is_some_and(|r| r <= rank)
        })
        .map(|(_, text)| text.clone())
}

/// A level's behaviour requirements: the level below's, then its own added or overridden.
pub(super) fn resolve(
    ctx: &mut Ctx,
    file: &str,
    raw: &RawLevel,
    below: Option<&[BehaviourRequirement]>,
    modules: &[BehaviourModule],
    levels: &[&str],
) -> Vec<BehaviourRequirement> {
    let mut list: Vec<BehaviourRequirement> = below.map(<[_]>::to_vec).unwrap_or_default();
    let known: Vec<&str> = modules
        .iter()
        .flat_map(|m| m.activities.iter().map(|a| a.id.as_str()))
        .collect();
    let rank = levels.iter().position(|l| *l == raw.id.value).unwrap_or(0);
    let criterion = |id: &str| criterion_at(modules, levels, rank, id);
    let mut declared: Vec<&str> = Vec::new();
    for req in &raw.behaviours {
        let r = &req.value;
        let id = r.activity.value.as_str();
        if declared.contains(&id) {
            let loc = ctx.loc(file, &r.activity);
            ctx.push(
                Diagnostic::new(
                    &codes::DUPLICATE_REQUIREMENT,
                    msg!(
                        "check-activity-required-twice",
                        id = id,
                        level = &raw.id.value
                    ),
                )
                .at(loc)
                .help(msg!("check-activity-required-twice-help")),
            );
        }
        declared.push(id);
        if !ctx.check_known(
            file,
            &r.activity,
            &codes::UNKNOWN_ACTIVITY,
            msg!("noun-activity"),
            &known,
            msg!("hint-activities"),
        ) {
            continue;
        }
        let existing = list.iter().position(|x| x.activity == id);
        let key = match (&r.key, existing) {
            (Some(k), _) => k.value,
            (None, Some(i)) if list[i].key => {
                let loc = ctx.loc(file, &r.activity);
                ctx.push(
                    Diagnostic::new(
                        &codes::KEY_DROPPED,
                        msg!("check-activity-key-dropped", id = id),
                    )
                    .at(loc)
                    .help(msg!("check-key-dropped-help")),
                );
                false
            }
            (None, _) => false,
        };
        let Some(text) = criterion(id) else {
            let loc = ctx.loc(file, &r.activity);
            ctx.push(
                Diagnostic::new(
                    &codes::NO_CRITERION,
                    msg!("check-no-criterion", id = id, level = &raw.id.value),
                )
                .at(loc)
                .help(msg!("check-no-criterion-help", level = &raw.id.value)),
            );
            continue;
        };
        let new = BehaviourRequirement {
            activity: id.to_string(),
            key,
            criterion: text,
        };
        match existing {
            Some(i) => list[i] = new,
            None => list.push(new),
        }
    }
    // An inherited requirement reads the criterion written for this level when there is one.
    for r in &mut list {
        if let Some(text) = criterion(&r.activity) {
            r.criterion = text;
        }
    }
    list
}
