//! Rules for assessment records: safe ids (they become file names), references to the sequence,
//! levels, competencies, modules and items, scores within range, valid dates, and warnings for
//! evidence that is missing (it counts as unmet or zero).

use std::collections::BTreeMap;

use super::settings::check_date;
use super::{Ctx, is_file_safe_id, managers, plans};
use crate::diagnostics::{Diagnostic, Location, codes};
use crate::load::Parsed;
use crate::load::raw::{RawAchievement, RawAssessment, RawFacts, RawModuleScore, S};
use crate::model::editions::{Basis, CurrentEdition, Editions, Pin};
use crate::model::*;
use crate::suggest;

/// The settings' scales facts are read on (empty when rungs.yaml failed to load).
pub(super) struct Scales {
    pub ratings: Vec<String>,
    pub titles: Vec<String>,
}

const FILE_SAFE_HELP: &str = "use letters, digits, `-` and `_` only (at most 64), starting with a letter or digit: it becomes a file name";

/// The parts of a standard a record is checked against: the current one, or the edition it
/// names.
pub(super) struct Against<'a> {
    pub sequences: &'a [Sequence],
    pub competencies: &'a [Competency],
    pub kinds: &'a [Category],
    pub scales: Scales,
}

impl<'a> Against<'a> {
    pub fn edition(s: &'a crate::model::Standard) -> Against<'a> {
        Against {
            sequences: &s.sequences,
            competencies: &s.competencies,
            kinds: &s.contribution_kinds,
            scales: Scales {
                ratings: s.settings.performance_ratings.clone(),
                titles: s.settings.professional_titles.clone(),
            },
        }
    }
}

/// One record per employee and cycle: a second is reported where it was added (see
/// `Ctx::first_definition`), with a note pointing at the first.
fn check_one_record_each(ctx: &mut Ctx, parsed: &[Parsed<RawAssessment>]) {
    let mut records: BTreeMap<(&str, &str), super::Definitions> = BTreeMap::new();
    for Parsed { file, value: raw } in parsed {
        records
            .entry((&raw.employee_id.value, &raw.cycle.value))
            .or_default()
            .push((file, &raw.employee_id));
    }
    for ((employee, cycle), defs) in records.into_iter().filter(|(_, d)| d.len() > 1) {
        ctx.report_duplicates(employee, &defs, "the first record", |first| {
            Diagnostic::new(
                &codes::DUPLICATE_RECORD,
                format!("employee `{employee}` already has a record for cycle `{cycle}`"),
            )
            .help(format!(
                "the first is {}; keep one record per employee per cycle",
                first.file
            ))
        });
    }
}

pub(super) fn check(
    ctx: &mut Ctx,
    parsed: &[Parsed<RawAssessment>],
    current: &Against<'_>,
    current_edition: Option<CurrentEdition<'_>>,
    editions: &Editions,
) -> Vec<Assessment> {
    let edition_parts: Vec<Against<'_>> = editions
        .iter()
        .map(|e| Against::edition(&e.standard))
        .collect();
    let mut out = Vec::new();
    check_one_record_each(ctx, parsed);
    super::file_names::check(ctx, parsed);
    let mut timeline = Vec::new();
    let mut open_items = Vec::new();
    for Parsed { file, value: raw } in parsed {
        let mut ok = true;
        for (value, what) in [(&raw.employee_id, "employee id"), (&raw.cycle, "cycle")] {
            if !is_file_safe_id(&value.value) {
                let loc = ctx.loc(file, value);
                ctx.push(
                    Diagnostic::new(
                        &codes::UNSAFE_ID,
                        format!("`{}` is not a valid {what}", value.value),
                    )
                    .at(loc)
                    .help(FILE_SAFE_HELP),
                );
                ok = false;
            }
        }
        ctx.check_name(file, &raw.name, "name");
        ctx.check_name_text(file, &raw.department, "department");
        if let Some(manager) = &raw.manager {
            ctx.check_name_text(file, &manager.id, "manager id");
            if let Some(name) = &manager.name {
                ctx.check_name_text(file, name, "manager name");
            }
        }
        for assessor in &raw.assessors {
            ctx.check_name_text(file, assessor, "assessor name");
        }
        if ok {
            check_file_layout(ctx, file, raw);
        }
        let date = check_date(ctx, file, &raw.date);
        // A record is checked against the edition it belongs to, so what a later edition
        // changed or removed is no error in it.
        let against = match (current_edition, date) {
            (Some(now), Some(date)) => {
                let named = raw.edition.as_ref().map(|e| e.value.as_str());
                let belonging = editions.belonging(now, named, date);
                match belonging.basis {
                    Basis::Unknown => {
                        let e = raw.edition.as_ref().expect("an unknown edition is named");
                        let loc = ctx.loc(file, e);
                        ctx.push(
                            Diagnostic::new(
                                &codes::UNKNOWN_EDITION,
                                format!(
                                    "edition `{}` is not the current one, and no git tag holds it",
                                    e.value
                                ),
                            )
                            .at(loc)
                            .help("the record is checked and evaluated against the current edition; tag that edition in git (see `editions.tag_pattern`) or correct the name"),
                        );
                    }
                    Basis::BeforeEvery => {
                        let (first, effective) = editions.earliest(now);
                        let loc = ctx.loc(file, &raw.date);
                        ctx.push(
                            Diagnostic::new(
                                &codes::NO_EDITION_IN_FORCE,
                                format!(
                                    "the record is dated {date}, before any edition known took effect (the earliest, {first}, took effect on {effective})"
                                ),
                            )
                            .at(loc)
                            .help(format!("the record is checked and evaluated against the current edition, {}; write `edition:` naming the edition it was assessed against (and tag that edition in git), or correct `date`", now.name)),
                        );
                    }
                    Basis::Named | Basis::InForce => {}
                }
                match belonging.pin {
                    Pin::Current => current,
                    Pin::Tagged(i) => &edition_parts[i],
                }
            }
            _ => current,
        };
        let (sequences, competencies, kinds, scales) = (
            against.sequences,
            against.competencies,
            against.kinds,
            &against.scales,
        );
        let Some(sequence) = find_sequence(ctx, file, &raw.sequence, sequences) else {
            continue;
        };
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
        let Some(level) = applied else { continue };
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
        let position = raw
            .position
            .as_ref()
            .and_then(|p| find_position(ctx, file, p, sequence, level));
        let facts = check_facts(ctx, file, raw, (sequence, level), scales);
        let requirements = sequence.requirements_for(level, position);
        let achieved = check_competencies(ctx, file, raw, level, &requirements, competencies);
        let behaviours = check_behaviours(ctx, file, raw, level, sequence);
        let scores = check_scores(ctx, file, raw, level, sequence);
        let kpis = check_kpis(ctx, file, raw, level, sequence, position);
        let reference = check_reference(ctx, file, raw, sequence);
        for c in &raw.contributions {
            let kind_ids: Vec<&str> = kinds.iter().map(|k| k.id.as_str()).collect();
            if !kind_ids.contains(&c.value.kind.value.as_str())
                && !ctx.maybe_broken("rungs.yaml", "")
            {
                let loc = ctx.loc(file, &c.value.kind);
                ctx.push(
                    Diagnostic::new(
                        &codes::UNKNOWN_CONTRIBUTION_KIND,
                        format!("there is no contribution kind `{}`", c.value.kind.value),
                    )
                    .at(loc)
                    .help(suggest::help_for(
                        "contribution kind",
                        &c.value.kind.value,
                        &kind_ids,
                    )),
                );
            }
        }
        let (plan, open) = plans::check_plan(ctx, file, raw, competencies);
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
            file: file.clone(),
            employee_id: raw.employee_id.value.clone(),
            name: raw.name.value.clone(),
            department: raw.department.value.clone(),
            // A manager named by employee id alone gets that employee's name in `managers`.
            manager: raw.manager.as_ref().map(|m| Manager {
                id: m.id.value.clone(),
                name: m.name.as_ref().map(|n| n.value.clone()).unwrap_or_default(),
                email: m.email.as_ref().map(|e| e.value.trim().to_string()),
            }),
            sequence: sequence.id.clone(),
            position: position.map(|p| p.id.clone()),
            cycle: raw.cycle.value.clone(),
            current_level: current.map(|l| l.id.clone()),
            applied_level: level.id.clone(),
            date: date.unwrap_or(Date {
                year: 1970,
                month: 1,
                day: 1,
            }),
            assessors: raw.assessors.iter().map(|a| a.value.clone()).collect(),
            edition: raw.edition.as_ref().map(|e| e.value.clone()),
            facts,
            competencies: achieved,
            behaviours,
            scores,
            written_exam: raw.written_exam.as_ref().map(|w| w.value),
            kpis,
            reference,
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
        });
    }
    plans::check_timeline(ctx, &mut timeline, &open_items);
    managers::check(ctx, parsed, &mut out);
    out
}

fn check_file_layout(ctx: &mut Ctx, file: &str, raw: &RawAssessment) {
    let mut parts = file.split('/').skip(1);
    let (folder, name) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let stem = name.trim_end_matches(".yaml").trim_end_matches(".yml");
    if stem != raw.employee_id.value {
        ctx.push(
            Diagnostic::new(
                &codes::FILE_NAME_MISMATCH,
                format!(
                    "the file is named `{stem}` but the record is for `{}`",
                    raw.employee_id.value
                ),
            )
            .at(Location::file(file))
            .help(format!(
                "rename it to assessments/{folder}/{}.yaml",
                raw.employee_id.value
            )),
        );
    }
    if folder != raw.cycle.value {
        let loc = ctx.loc(file, &raw.cycle);
        ctx.push(
            Diagnostic::new(
                &codes::CYCLE_FOLDER_MISMATCH,
                format!(
                    "the record is for cycle `{}` but lies in folder `{folder}`",
                    raw.cycle.value
                ),
            )
            .at(loc)
            .help(format!(
                "move it to assessments/{}/ or correct `cycle:`",
                raw.cycle.value
            )),
        );
    }
}

fn find_sequence<'s>(
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

fn find_position<'s>(
    ctx: &mut Ctx,
    file: &str,
    id: &S<String>,
    sequence: &'s Sequence,
    level: &Level,
) -> Option<&'s Position> {
    let ids: Vec<&str> = sequence.positions.iter().map(|p| p.id.as_str()).collect();
    let place = format!(" (positions of sequence `{}`)", sequence.id);
    if !ctx.check_known(file, id, &codes::UNKNOWN_POSITION, "position", &ids, &place) {
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

fn check_facts(
    ctx: &mut Ctx,
    file: &str,
    raw: &RawAssessment,
    (sequence, level): (&Sequence, &Level),
    scales: &Scales,
) -> Facts {
    let ratings = &scales.ratings;
    let f = &raw.facts;
    if let Some(t) = &f.title {
        super::conditions::title_rank(ctx, file, t, &scales.titles);
    }
    let rating_ids: Vec<&str> = ratings.iter().map(String::as_str).collect();
    for r in &f.performance {
        if !rating_ids.contains(&r.value.as_str()) {
            let loc = ctx.loc(file, r);
            ctx.push(
                Diagnostic::new(
                    &codes::UNKNOWN_RATING,
                    format!("`{}` is not a performance rating", r.value),
                )
                .at(loc)
                .help(format!(
                    "use one of {} (set `performance_ratings` in rungs.yaml to change them)",
                    rating_ids.join(", ")
                )),
            );
        }
    }
    for value in [&f.experience_years, &f.years_in_level, &f.training_hours]
        .into_iter()
        .flatten()
    {
        if value.value < 0.0 {
            let loc = ctx.loc(file, value);
            ctx.push(
                Diagnostic::new(&codes::OUT_OF_RANGE, format!("{} is negative", value.value))
                    .at(loc)
                    .help("write 0 or more"),
            );
        }
    }
    for (id, v) in &f.other {
        if !level.conditions.other.iter().any(|o| &o.id == id) {
            let ids: Vec<&str> = level
                .conditions
                .other
                .iter()
                .map(|o| o.id.as_str())
                .collect();
            let loc = ctx.loc(file, v);
            ctx.push(
                Diagnostic::new(
                    &codes::UNKNOWN_CONDITION,
                    format!(
                        "level `{}` has no condition `{id}`; the fact is ignored",
                        level.id
                    ),
                )
                .at(loc)
                .help(suggest::help_for("condition", id, &ids)),
            );
        }
    }
    warn_of_unread_facts(ctx, file, f, sequence, level);
    let c = &level.conditions;
    let missing = [
        (c.education.is_some() && f.education.is_none(), "education"),
        (
            c.experience_years.is_some() && f.experience_years.is_none(),
            "experience_years",
        ),
        (
            c.years_in_level.is_some() && f.years_in_level.is_none(),
            "years_in_level",
        ),
        (
            c.training_hours.is_some() && f.training_hours.is_none(),
            "training_hours",
        ),
        (
            c.performance.is_some() && f.performance.is_empty(),
            "performance",
        ),
        (!c.majors.is_empty() && f.major.is_none(), "major"),
        (c.title.is_some() && f.title.is_none(), "title"),
    ];
    for (is_missing, fact) in missing {
        if is_missing {
            let loc = ctx.loc(file, &raw.employee_id);
            ctx.push(
                Diagnostic::new(&codes::MISSING_FACT, format!("level `{}` has a `{fact}` condition but the record gives no `facts.{fact}`", level.id))
                    .at(loc)
                    .help("without the fact the condition counts as unmet; add it under `facts:`"),
            );
        }
    }
    Facts {
        education: f.education.as_ref().map(|e| e.value),
        experience_years: f.experience_years.as_ref().map(|v| v.value),
        years_in_level: f.years_in_level.as_ref().map(|v| v.value),
        training_hours: f.training_hours.as_ref().map(|v| v.value),
        certifications: f.certifications.iter().map(|c| c.value.clone()).collect(),
        performance: f.performance.iter().map(|r| r.value.clone()).collect(),
        other: f.other.iter().map(|(k, v)| (k.clone(), v.value)).collect(),
        major: f.major.as_ref().map(|m| m.value.clone()),
        title: f.title.as_ref().map(|t| t.value.clone()),
    }
}

/// A fact no condition of the level reads (and no reference item shows, for ratings) is
/// ignored: say so, as for an unknown `other` condition.
fn warn_of_unread_facts(
    ctx: &mut Ctx,
    file: &str,
    f: &RawFacts,
    sequence: &Sequence,
    level: &Level,
) {
    let shows_ratings = sequence
        .reference_items
        .iter()
        .any(|r| r.source == ReferenceSource::Performance);
    let read =
        |fact: Fact| level.conditions.reads(fact) || fact == Fact::Performance && shows_ratings;
    let read_keys: Vec<String> = Fact::ALL
        .into_iter()
        .filter(|f| read(*f))
        .map(|f| format!("`{}`", f.key()))
        .collect();
    for fact in Fact::ALL.into_iter().filter(|f| !read(*f)) {
        let key = fact.key();
        let loc = match fact {
            Fact::Education => f.education.as_ref().map(|v| ctx.loc_key(file, v, key)),
            Fact::ExperienceYears => f
                .experience_years
                .as_ref()
                .map(|v| ctx.loc_key(file, v, key)),
            Fact::YearsInLevel => f.years_in_level.as_ref().map(|v| ctx.loc_key(file, v, key)),
            Fact::TrainingHours => f.training_hours.as_ref().map(|v| ctx.loc_key(file, v, key)),
            Fact::Certifications => f.certifications.first().map(|v| ctx.loc_key(file, v, key)),
            Fact::Performance => f.performance.first().map(|v| ctx.loc_key(file, v, key)),
            Fact::Major => f.major.as_ref().map(|v| ctx.loc_key(file, v, key)),
            Fact::Title => f.title.as_ref().map(|v| ctx.loc_key(file, v, key)),
        };
        let Some(loc) = loc else { continue };
        let reads = match read_keys.as_slice() {
            [] => "the level reads no facts".to_string(),
            keys => format!("facts the level reads: {}", keys.join(", ")),
        };
        ctx.push(
            Diagnostic::new(
                &codes::UNKNOWN_CONDITION,
                format!(
                    "level `{}` has no `{key}` condition; the fact is ignored",
                    level.id
                ),
            )
            .at(loc)
            .help(format!(
                "{reads}; remove `{key}` from `facts`, or check the level applied for"
            )),
        );
    }
}

fn check_competencies(
    ctx: &mut Ctx,
    file: &str,
    raw: &RawAssessment,
    level: &Level,
    requirements: &[Requirement],
    competencies: &[Competency],
) -> BTreeMap<String, Achievement> {
    let ids: Vec<&str> = competencies.iter().map(|c| c.id.as_str()).collect();
    let mut achieved = BTreeMap::new();
    for (id, a) in &raw.competencies {
        let Some(c) = competencies.iter().find(|c| &c.id == id) else {
            if !ctx.maybe_broken("competencies", id) {
                let loc = ctx.loc(file, a);
                ctx.push(
                    Diagnostic::new(
                        &codes::UNKNOWN_COMPETENCY,
                        format!("there is no competency `{id}`"),
                    )
                    .at(loc)
                    .help(suggest::help_for("competency", id, &ids)),
                );
            }
            continue;
        };
        let Some(value) = achievement_value(ctx, file, id, a, c) else {
            continue;
        };
        if !requirements.iter().any(|r| &r.competency == id) {
            let loc = ctx.loc_key(file, a, id);
            ctx.push(
                Diagnostic::new(
                    &codes::NOT_REQUIRED,
                    format!(
                        "level `{}` does not require `{id}`; it is shown but not graded",
                        level.id
                    ),
                )
                .at(loc)
                .help("remove it, or check `applied_level` and `position`"),
            );
        }
        achieved.insert(
            id.clone(),
            Achievement {
                level: value,
                evidence: a.value.evidence.as_ref().map(|e| e.value.clone()),
            },
        );
    }
    for r in requirements {
        if !raw.competencies.contains_key(&r.competency) {
            let one_line = competencies
                .iter()
                .any(|c| c.id == r.competency && c.is_one_line());
            let how = if one_line {
                "{ met: true }"
            } else {
                "{ level: N }"
            };
            let loc = ctx.loc(file, &raw.employee_id);
            ctx.push(
                Diagnostic::new(
                    &codes::NOT_ASSESSED,
                    format!(
                        "level `{}` requires `{}` but the record does not assess it",
                        level.id, r.competency
                    ),
                )
                .at(loc)
                .help(format!(
                    "add `{}: {how}` under `competencies:`; until then it counts as unmet",
                    r.competency
                )),
            );
        }
    }
    achieved
}

/// An assessment as a number: the graded level, or 1 / 0 for a one-line standard met or not.
fn achievement_value(
    ctx: &mut Ctx,
    file: &str,
    id: &str,
    a: &S<RawAchievement>,
    c: &Competency,
) -> Option<u32> {
    let shape = |ctx: &mut Ctx, message: String, help: &str| {
        let loc = ctx.loc_key(file, a, id);
        ctx.push(
            Diagnostic::new(&codes::WRONG_ASSESSMENT_SHAPE, message)
                .at(loc)
                .help(help.to_string()),
        );
        None
    };
    match (&a.value.level, &a.value.met, c.is_one_line()) {
        (None, Some(met), true) => Some(u32::from(met.value)),
        (Some(_), _, true) => shape(
            ctx,
            format!("`{id}` is a one-line standard, met or not"),
            "write `{ met: true }` or `{ met: false }`",
        ),
        (None, None, true) => shape(
            ctx,
            format!("the assessment of `{id}` says neither met nor not"),
            "write `{ met: true }` or `{ met: false }`",
        ),
        (_, Some(_), false) => shape(
            ctx,
            format!("`{id}` is graded; record the level achieved, not `met`"),
            "write `{ level: N }` (0 when not yet at level 1)",
        ),
        (None, None, false) => shape(
            ctx,
            format!("the assessment of `{id}` gives no level"),
            "write `{ level: N }` (0 when not yet at level 1)",
        ),
        (Some(level), None, false) => {
            if c.levels.is_empty() || level.value <= c.max_level() {
                return Some(level.value);
            }
            let loc = ctx.loc(file, level);
            ctx.push(
                Diagnostic::new(
                    &codes::LEVEL_OUT_OF_RANGE,
                    format!(
                        "`{id}` is graded 0–{}; level {} does not exist",
                        c.max_level(),
                        level.value
                    ),
                )
                .at(loc)
                .help(format!("record a level between 0 and {}", c.max_level())),
            );
            Some(level.value)
        }
    }
}

fn check_behaviours(
    ctx: &mut Ctx,
    file: &str,
    raw: &RawAssessment,
    level: &Level,
    sequence: &Sequence,
) -> BTreeMap<String, BehaviourResult> {
    let known: Vec<&str> = sequence
        .behaviour_modules
        .iter()
        .flat_map(|m| m.activities.iter().map(|a| a.id.as_str()))
        .collect();
    let mut results = BTreeMap::new();
    for (id, result) in &raw.behaviours {
        if !known.contains(&id.as_str()) {
            let loc = ctx.loc_key(file, result, id);
            ctx.push(
                Diagnostic::new(
                    &codes::UNKNOWN_ACTIVITY,
                    format!("sequence `{}` has no activity `{id}`", sequence.id),
                )
                .at(loc)
                .help(suggest::help_for("activity", id, &known)),
            );
            continue;
        }
        if !level.behaviours.iter().any(|b| &b.activity == id) {
            let loc = ctx.loc_key(file, result, id);
            ctx.push(
                Diagnostic::new(
                    &codes::NOT_REQUIRED,
                    format!(
                        "level `{}` does not require activity `{id}`; it is shown but not graded",
                        level.id
                    ),
                )
                .at(loc)
                .help("remove it, or check `applied_level`"),
            );
        }
        results.insert(
            id.clone(),
            BehaviourResult {
                met: result.value.met.value,
                evidence: result.value.evidence.as_ref().map(|e| e.value.clone()),
            },
        );
    }
    for b in &level.behaviours {
        if !raw.behaviours.contains_key(&b.activity) {
            let loc = ctx.loc(file, &raw.employee_id);
            ctx.push(
                Diagnostic::new(&codes::NOT_ASSESSED, format!("level `{}` requires activity `{}` but the record does not assess it", level.id, b.activity))
                    .at(loc)
                    .help(format!("add `{}: {{ met: true }}` (or false) under `behaviours:`; until then it counts as not met", b.activity)),
            );
        }
    }
    results
}

fn check_kpis(
    ctx: &mut Ctx,
    file: &str,
    raw: &RawAssessment,
    level: &Level,
    sequence: &Sequence,
    position: Option<&Position>,
) -> BTreeMap<String, f64> {
    let applying = sequence.kpis_for(position);
    let known: Vec<&str> = sequence.kpis.iter().map(|k| k.id.as_str()).collect();
    let mut results = BTreeMap::new();
    for (id, value) in &raw.kpis {
        if !known.contains(&id.as_str()) {
            let loc = ctx.loc_key(file, value, id);
            ctx.push(
                Diagnostic::new(
                    &codes::UNKNOWN_KPI,
                    format!("sequence `{}` has no KPI `{id}`", sequence.id),
                )
                .at(loc)
                .help(suggest::help_for("KPI", id, &known)),
            );
            continue;
        }
        if !applying.iter().any(|k| &k.id == id) {
            let loc = ctx.loc_key(file, value, id);
            ctx.push(
                Diagnostic::new(
                    &codes::NOT_REQUIRED,
                    format!(
                        "position `{}` is not measured on `{id}`; the result is ignored",
                        position.map_or("", |p| p.id.as_str())
                    ),
                )
                .at(loc)
                .help("remove it, or check `position`"),
            );
            continue;
        }
        results.insert(id.clone(), value.value);
    }
    // A missing result costs points in a KPI module, and skews a KPI reference item computed
    // from the other results; a record with no results at all shows that item as missing.
    let scored_by_kpis = level
        .scoring
        .modules
        .iter()
        .any(|m| sequence.module(&m.module).is_some_and(|d| d.kpi))
        || (!raw.kpis.is_empty()
            && sequence
                .reference_items
                .iter()
                .any(|r| r.source == ReferenceSource::Kpi));
    if scored_by_kpis {
        for k in applying.iter().filter(|k| k.rule.is_some()) {
            if !raw.kpis.contains_key(&k.id) {
                let loc = ctx.loc(file, &raw.employee_id);
                ctx.push(
                    Diagnostic::new(
                        &codes::MISSING_SCORE,
                        format!("no result for KPI `{}`; it scores 0", k.id),
                    )
                    .at(loc)
                    .help(format!("add `{}: <result>` under `kpis:`", k.id)),
                );
            }
        }
    }
    results
}

fn check_reference(
    ctx: &mut Ctx,
    file: &str,
    raw: &RawAssessment,
    sequence: &Sequence,
) -> BTreeMap<String, String> {
    let from_record: Vec<&str> = sequence
        .reference_items
        .iter()
        .filter(|r| r.source == ReferenceSource::Record)
        .map(|r| r.id.as_str())
        .collect();
    let mut values = BTreeMap::new();
    for (id, text) in &raw.reference {
        if !from_record.contains(&id.as_str()) {
            let loc = ctx.loc_key(file, text, id);
            let help = match sequence.reference_items.iter().find(|r| &r.id == id) {
                Some(_) => {
                    format!("`{id}` is computed (from the ratings or the KPIs); remove it here")
                }
                None => suggest::help_for("reference item", id, &from_record),
            };
            ctx.push(
                Diagnostic::new(
                    &codes::UNKNOWN_REFERENCE,
                    format!(
                        "sequence `{}` has no reference item `{id}` read from the record",
                        sequence.id
                    ),
                )
                .at(loc)
                .help(help),
            );
            continue;
        }
        values.insert(id.clone(), text.value.clone());
    }
    values
}

fn check_scores(
    ctx: &mut Ctx,
    file: &str,
    raw: &RawAssessment,
    level: &Level,
    sequence: &Sequence,
) -> BTreeMap<String, ModuleScore> {
    let module_ids: Vec<&str> = level
        .scoring
        .modules
        .iter()
        .map(|m| m.module.as_str())
        .collect();
    let mut scores = BTreeMap::new();
    for (id, score) in &raw.scores {
        let Some(req) = level.scoring.modules.iter().find(|m| &m.module == id) else {
            let loc = ctx.loc_key(file, score, id);
            ctx.push(
                Diagnostic::new(
                    &codes::UNKNOWN_MODULE,
                    format!("level `{}` has no scoring module `{id}`", level.id),
                )
                .at(loc)
                .help(suggest::help_for("scoring module", id, &module_ids)),
            );
            continue;
        };
        let definition = sequence.module(id).expect("checked module");
        let loc = ctx.loc(file, score);
        match &score.value {
            _ if definition.kpi => ctx.push(
                Diagnostic::new(
                    &codes::WRONG_SCORE_SHAPE,
                    format!("`{id}` is scored from the KPI results"),
                )
                .at(loc)
                .help("give the results under `kpis:` at the top level of the record"),
            ),
            RawModuleScore::Whole(_) if definition.exam => ctx.push(
                Diagnostic::new(
                    &codes::EXAM_IN_SCORES,
                    format!("`{id}` is the written exam"),
                )
                .at(loc)
                .help("give the exam score as `written_exam:` at the top level of the record"),
            ),
            RawModuleScore::Whole(x) if !definition.items.is_empty() => ctx.push(
                Diagnostic::new(
                    &codes::WRONG_SCORE_SHAPE,
                    format!("module `{id}` is scored per item, not as one number ({x})"),
                )
                .at(loc)
                .help(format!(
                    "write `{id}: {{ {} }}`",
                    req.items
                        .iter()
                        .map(|(i, _)| format!("{i}: …"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            ),
            RawModuleScore::Whole(x) => {
                check_range(ctx, &loc, *x, req.points, &format!("`{id}`"));
                scores.insert(id.clone(), ModuleScore::Whole(*x));
            }
            RawModuleScore::Items(_) if definition.items.is_empty() => ctx.push(
                Diagnostic::new(
                    &codes::WRONG_SCORE_SHAPE,
                    format!("module `{id}` has no items; give one number"),
                )
                .at(loc)
                .help(format!(
                    "write `{id}: <score out of {}>`",
                    format_number(req.points)
                )),
            ),
            RawModuleScore::Items(items) => {
                for (item, x) in items {
                    match req.items.iter().find(|(i, _)| i == item) {
                        Some((_, points)) => {
                            check_range(ctx, &loc, *x, *points, &format!("item `{item}` of `{id}`"))
                        }
                        None => {
                            let item_ids: Vec<&str> =
                                req.items.iter().map(|(i, _)| i.as_str()).collect();
                            ctx.push(
                                Diagnostic::new(
                                    &codes::UNKNOWN_ITEM,
                                    format!("module `{id}` has no item `{item}`"),
                                )
                                .at(loc.clone())
                                .help(suggest::help_for("item", item, &item_ids)),
                            );
                        }
                    }
                }
                for (item, _) in &req.items {
                    if !items.contains_key(item) {
                        ctx.push(
                            Diagnostic::new(
                                &codes::MISSING_SCORE,
                                format!("item `{item}` of `{id}` is not scored; it counts as 0"),
                            )
                            .at(loc.clone())
                            .help(format!("add `{item}: <score>` to `{id}`")),
                        );
                    }
                }
                scores.insert(id.clone(), ModuleScore::Items(items.clone()));
            }
        }
    }
    for req in &level.scoring.modules {
        let definition = sequence.module(&req.module).expect("checked module");
        let scored = if definition.exam {
            raw.written_exam.is_some()
        } else if definition.kpi {
            true
        } else {
            raw.scores.contains_key(&req.module)
        };
        if !scored {
            let loc = ctx.loc(file, &raw.employee_id);
            let how = if definition.exam {
                "add `written_exam: <score>`".to_string()
            } else {
                format!("add `{}:` under `scores:`", req.module)
            };
            ctx.push(
                Diagnostic::new(
                    &codes::MISSING_SCORE,
                    format!("module `{}` is not scored; it counts as 0", req.module),
                )
                .at(loc)
                .help(how),
            );
        }
    }
    if let Some(exam) = &raw.written_exam {
        let loc = ctx.loc(file, exam);
        match level
            .scoring
            .modules
            .iter()
            .find(|m| sequence.module(&m.module).is_some_and(|d| d.exam))
        {
            Some(req) => check_range(ctx, &loc, exam.value, req.points, "the written exam"),
            None => ctx.push(
                Diagnostic::new(
                    &codes::NO_EXAM_MODULE,
                    format!(
                        "level `{}` has no exam module; `written_exam` is ignored",
                        level.id
                    ),
                )
                .at(loc)
                .help("remove it, or add a module with `exam: true` to the level's scoring"),
            ),
        }
    }
    scores
}

fn check_range(ctx: &mut Ctx, loc: &Location, score: f64, points: f64, what: &str) {
    if !(0.0..=points).contains(&score) {
        let p = format_number(points);
        ctx.push(
            Diagnostic::new(
                &codes::SCORE_OUT_OF_RANGE,
                format!("{what} scores {} but is worth 0–{p}", format_number(score)),
            )
            .at(loc.clone())
            .help(format!("give a score between 0 and {p}")),
        );
    }
}
