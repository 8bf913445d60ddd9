//! Rules for assessment records: safe ids (they become file names), references to the sequence,
//! levels, competencies, modules and items, scores within range, valid dates, and warnings for
//! evidence that is missing (it counts as unmet or zero).
//!
//! This file takes each record through the steps in order (who and when, the edition it is
//! checked against, what it is assessed for, then each part of its evidence, one file each) and
//! makes the `Assessment` of a record without errors.

mod appeal;
mod behaviours;
mod changes;
mod competencies;
mod facts;
mod keys;
mod kpis;
mod ratings;
mod reference;
mod scores;
mod target;

use std::collections::BTreeMap;

use self::keys::{At, key_problem};
use crate::check::dictionary::Lookup;
use crate::check::settings::check_date;
use crate::check::{Ctx, Definitions, is_file_safe_id, managers, plans};
use crate::diagnostics::{Diagnostic, Location, codes};
use crate::load::Parsed;
use crate::load::raw::RawAssessment;
use crate::model::editions::{Basis, CurrentEdition, Editions, Pin};
use crate::model::*;
use crate::msg;

/// The settings' scales facts are read on (empty when rungs.yaml failed to load).
pub(super) struct Scales {
    pub ratings: Vec<String>,
    pub titles: Vec<String>,
}

/// The parts of a standard a record is checked against: the current one, or the edition it
/// names.
pub(super) struct Against<'a> {
    pub sequences: &'a [Sequence],
    pub competencies: Lookup<'a>,
    pub kinds: &'a [Category],
    pub scales: Scales,
    pub ratings: RatingRules,
}

impl<'a> Against<'a> {
    pub fn edition(s: &'a crate::model::Standard) -> Against<'a> {
        Against {
            sequences: &s.sequences,
            competencies: Lookup::new(&s.competencies),
            kinds: &s.contribution_kinds,
            scales: Scales {
                ratings: s.settings.performance_ratings.clone(),
                titles: s.settings.professional_titles.clone(),
            },
            ratings: s.settings.ratings.clone(),
        }
    }
}

/// One record per employee and cycle: a second is reported where it was added (see
/// `Ctx::first_definition`), with a note pointing at the first.
fn check_one_record_each(ctx: &mut Ctx, parsed: &[Parsed<Box<RawAssessment>>]) {
    let mut records: BTreeMap<(&str, &str), Definitions> = BTreeMap::new();
    for Parsed { file, value: raw } in parsed {
        records
            .entry((&raw.employee_id.value, &raw.cycle.value))
            .or_default()
            .push((file, &raw.employee_id));
    }
    for ((employee, cycle), defs) in records.into_iter().filter(|(_, d)| d.len() > 1) {
        ctx.report_duplicates(
            employee,
            &defs,
            crate::msg!("check-first-record-here"),
            |first| {
                Diagnostic::new(
                    &codes::DUPLICATE_RECORD,
                    msg!("record-duplicate", employee = employee, cycle = cycle),
                )
                .help(msg!("record-duplicate-help", file = &first.file))
            },
        );
    }
}

pub(super) fn check(
    ctx: &mut Ctx,
    filled: crate::check::people::Filled,
    calendars: &BTreeMap<String, Calendar>,
    current: &Against<'_>,
    current_edition: Option<CurrentEdition<'_>>,
    editions: &Editions,
) -> Vec<Assessment> {
    let edition_parts: Vec<Against<'_>> = editions
        .iter()
        .map(|e| Against::edition(&e.standard))
        .collect();
    let crate::check::people::Filled { records, since } = filled;
    let mut out = Vec::new();
    check_one_record_each(ctx, &records);
    crate::check::file_names::check(ctx, &records);
    let mut timeline = Vec::new();
    let mut open_items = Vec::new();
    // Each record is dropped once checked (memory stays near one copy of the records); the
    // manager rules, which run last, keep only what each record says of its manager.
    let mut managers = Vec::new();
    for Parsed { file, value: owned } in records {
        let (file, raw) = (file.as_str(), &owned);
        if let Some(manager) = &raw.manager {
            managers.push((file.to_string(), manager.clone()));
        }
        let ok = check_who(ctx, file, raw);
        let date = check_date(ctx, file, &raw.date);
        // A record is checked against the edition it belongs to, so what a later edition
        // changed or removed is no error in it.
        let against = match (current_edition, date) {
            (Some(now), Some(date)) => match edition_pin(ctx, file, raw, editions, now, date) {
                Pin::Current => current,
                Pin::Tagged(i) => &edition_parts[i],
            },
            _ => current,
        };
        let Some(sequence) = target::find_sequence(ctx, file, raw.sequence(), against.sequences)
        else {
            continue;
        };
        let Some((current_level, level)) = target::levels(ctx, file, raw, sequence) else {
            continue;
        };
        let position = raw
            .position
            .as_ref()
            .and_then(|p| target::find_position(ctx, file, p, sequence, level));
        let target = Target {
            sequence,
            current_level,
            level,
            position,
        };
        let calendar = calendars.get(&raw.cycle.value).cloned().unwrap_or_default();
        if let Some(date) = date {
            appeal::check_record_date(ctx, file, raw, date, &calendar);
        }
        let (consolidated, rated, appealed) =
            ratings::consolidate(ctx, file, raw, &target, against, &calendar);
        let raw = consolidated.as_ref();
        let mut evidence = check_evidence(ctx, file, raw, &target, against);
        if let Some((experience, level)) = since.get(file) {
            evidence.facts.experience_since = *experience;
            evidence.facts.level_since = *level;
        }
        let (plan, open) = plans::check_plan(ctx, file, raw, &against.competencies);
        open_items.extend(open);
        if !ok {
            continue;
        }
        if let Some(date) = date {
            timeline.push(plans::Dated {
                employee: raw.employee_id.value.clone(),
                cycle: raw.cycle.value.clone(),
                date,
                location: ctx.loc(file, &raw.date),
            });
        }
        out.push(Assessment {
            rated,
            appeal: appealed,
            certification_change: appeal::certification_change(ctx, file, raw),
            ..assessment(file, raw, date, &target, evidence, plan)
        });
    }
    plans::check_timeline(ctx, &mut timeline, &open_items);
    managers::check(ctx, &managers, &mut out);
    out
}

/// What a record is assessed for.
struct Target<'s> {
    sequence: &'s Sequence,
    current_level: Option<&'s Level>,
    level: &'s Level,
    position: Option<&'s Position>,
}

/// A record's evidence, each part checked.
struct Evidence {
    facts: Facts,
    competencies: BTreeMap<String, Achievement>,
    behaviours: BTreeMap<String, BehaviourResult>,
    scores: BTreeMap<String, ModuleScore>,
    kpis: BTreeMap<String, f64>,
    reference: BTreeMap<String, String>,
}

/// Who the record is about and when: ids safe as file names (false when not, and the record
/// is then not kept), names within budget, and the file where its ids say.
fn check_who(ctx: &mut Ctx, file: &str, raw: &RawAssessment) -> bool {
    let mut ok = true;
    for (value, message) in [
        (
            &raw.employee_id,
            msg!("record-unsafe-employee-id", id = &raw.employee_id.value),
        ),
        (
            &raw.cycle,
            msg!("record-unsafe-cycle", cycle = &raw.cycle.value),
        ),
    ] {
        if !is_file_safe_id(&value.value) {
            let loc = ctx.loc(file, value);
            ctx.push(
                Diagnostic::new(&codes::UNSAFE_ID, message)
                    .at(loc)
                    .help(msg!("record-unsafe-id-help")),
            );
            ok = false;
        }
    }
    ctx.check_name(file, raw.name(), crate::msg!("noun-name"));
    ctx.check_name_text(file, raw.department(), crate::msg!("noun-department"));
    if let Some(manager) = &raw.manager {
        ctx.check_name_text(file, &manager.id, crate::msg!("noun-manager-id"));
        if let Some(name) = &manager.name {
            ctx.check_name_text(file, name, crate::msg!("noun-manager-name"));
        }
    }
    for assessor in &raw.assessors {
        ctx.check_name_text(file, assessor, crate::msg!("noun-assessor-name"));
    }
    if ok {
        check_file_layout(ctx, file, raw);
    }
    ok
}

/// The edition a dated record belongs to (see `model::editions`), with a warning when the
/// edition it names is unknown or it predates every edition known.
fn edition_pin(
    ctx: &mut Ctx,
    file: &str,
    raw: &RawAssessment,
    editions: &Editions,
    now: CurrentEdition<'_>,
    date: Date,
) -> Pin {
    let named = raw.edition.as_ref().map(|e| e.value.as_str());
    let belonging = editions.belonging(now, named, date);
    match belonging.basis {
        Basis::Unknown => {
            let e = raw.edition.as_ref().expect("an unknown edition is named");
            let loc = ctx.loc(file, e);
            ctx.push(
                Diagnostic::new(
                    &codes::UNKNOWN_EDITION,
                    msg!("record-unknown-edition", edition = &e.value),
                )
                .at(loc)
                .help(msg!("record-unknown-edition-help")),
            );
        }
        Basis::BeforeEvery => {
            let (first, effective) = editions.earliest(now);
            let loc = ctx.loc(file, &raw.date);
            ctx.push(
                Diagnostic::new(
                    &codes::NO_EDITION_IN_FORCE,
                    msg!(
                        "record-before-every-edition",
                        date = date.to_string(),
                        first = first.to_string(),
                        effective = effective.to_string()
                    ),
                )
                .at(loc)
                .help(msg!("record-before-every-edition-help", current = now.name)),
            );
        }
        Basis::Named | Basis::InForce => {}
    }
    belonging.pin
}

/// Each part of the record's evidence against what its level asks, in the order the record
/// lists them, then its contributions' kinds.
fn check_evidence(
    ctx: &mut Ctx,
    file: &str,
    raw: &RawAssessment,
    t: &Target<'_>,
    against: &Against<'_>,
) -> Evidence {
    let (sequence, level) = (t.sequence, t.level);
    let facts = facts::check_facts(ctx, file, raw, (sequence, level), &against.scales);
    let requirements = sequence.requirements_for(level, t.position);
    let evidence = Evidence {
        facts,
        competencies: competencies::check_competencies(
            ctx,
            file,
            raw,
            level,
            &requirements,
            &against.competencies,
        ),
        behaviours: behaviours::check_behaviours(ctx, file, raw, level, sequence),
        scores: scores::check_scores(ctx, file, raw, level, sequence),
        kpis: kpis::check_kpis(ctx, file, raw, level, sequence, t.position),
        reference: reference::check_reference(ctx, file, raw, sequence),
    };
    let kind_ids: Vec<&str> = against.kinds.iter().map(|k| k.id.as_str()).collect();
    for c in &raw.contributions {
        if !kind_ids.contains(&c.value.kind.value.as_str()) && !ctx.maybe_broken("rungs.yaml", "") {
            key_problem(
                ctx,
                file,
                At::Value(&c.value.kind),
                &codes::UNKNOWN_CONTRIBUTION_KIND,
                msg!(
                    "record-unknown-contribution-kind",
                    kind = &c.value.kind.value
                ),
                crate::diagnostics::suggest::help_message(
                    &msg!("noun-contribution-kind"),
                    &c.value.kind.value,
                    &kind_ids,
                ),
            );
        }
    }
    evidence
}

/// The model's record, from a record checked without errors.
fn assessment(
    file: &str,
    raw: &RawAssessment,
    date: Option<Date>,
    t: &Target<'_>,
    evidence: Evidence,
    plan: Vec<PlanItem>,
) -> Assessment {
    Assessment {
        file: file.to_string(),
        employee_id: raw.employee_id.value.clone(),
        name: raw.name().value.clone(),
        department: raw.department().value.clone(),
        // A manager named by employee id alone gets that employee's name in `managers`.
        manager: raw.manager.as_ref().map(|m| Manager {
            id: m.id.value.clone(),
            name: m.name.as_ref().map(|n| n.value.clone()).unwrap_or_default(),
            email: m.email.as_ref().map(|e| e.value.trim().to_string()),
        }),
        sequence: t.sequence.id.clone(),
        position: t.position.map(|p| p.id.clone()),
        cycle: raw.cycle.value.clone(),
        current_level: t.current_level.map(|l| l.id.clone()),
        applied_level: t.level.id.clone(),
        date: date.unwrap_or(Date {
            year: 1970,
            month: 1,
            day: 1,
        }),
        assessors: raw.assessors.iter().map(|a| a.value.clone()).collect(),
        edition: raw.edition.as_ref().map(|e| e.value.clone()),
        facts: evidence.facts,
        competencies: evidence.competencies,
        behaviours: evidence.behaviours,
        scores: evidence.scores,
        written_exam: raw.written_exam.as_ref().map(|w| w.value),
        kpis: evidence.kpis,
        reference: evidence.reference,
        contributions: raw
            .contributions
            .iter()
            .map(|c| Contribution {
                kind: c.value.kind.value.clone(),
                title: c.value.title.value.clone(),
            })
            .collect(),
        comments: raw.comments.as_ref().map(|c| c.value.clone()),
        plan,
        rated: Rated::default(),
        appeal: None,
        certification_change: None,
    }
}

fn check_file_layout(ctx: &mut Ctx, file: &str, raw: &RawAssessment) {
    let mut parts = file.split('/').skip(1);
    let (folder, name) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let stem = name.trim_end_matches(".yaml").trim_end_matches(".yml");
    if stem != raw.employee_id.value {
        ctx.push(
            Diagnostic::new(
                &codes::FILE_NAME_MISMATCH,
                msg!(
                    "record-file-name-mismatch",
                    stem = stem,
                    employee = &raw.employee_id.value
                ),
            )
            .at(Location::file(file))
            .help(msg!(
                "record-file-name-mismatch-help",
                folder = folder,
                employee = &raw.employee_id.value
            )),
        );
    }
    if folder != raw.cycle.value {
        let loc = ctx.loc(file, &raw.cycle);
        ctx.push(
            Diagnostic::new(
                &codes::CYCLE_FOLDER_MISMATCH,
                msg!(
                    "record-cycle-folder-mismatch",
                    cycle = &raw.cycle.value,
                    folder = folder
                ),
            )
            .at(loc)
            .help(msg!(
                "record-cycle-folder-mismatch-help",
                cycle = &raw.cycle.value
            )),
        );
    }
}
