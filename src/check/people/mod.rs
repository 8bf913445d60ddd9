//! Before the verdict: each cycle folder's roster (the HR system's export), its applications and
//! its `cycle.yaml`, checked like any content, and the records filled from the roster. Once the
//! standard is whole, each application is screened against the level's basic conditions.

mod applications;
mod fill;
mod roster;
mod table;

use std::collections::BTreeMap;

pub use fill::Filled;
pub use roster::CheckedRoster;

use super::Ctx;
use super::settings::check_date;
use crate::diagnostics::{Diagnostic, Location, codes};
use crate::evaluate::ConditionKind;
use crate::evaluate::eligibility::screen_one;
use crate::evaluate::guidance::ConditionGap;
use crate::load::raw::RawAssessment;
use crate::load::{Loaded, Parsed};
use crate::locale::Language;
use crate::model::{Assessment, Cycle, Sequence, Standard, format_number, format_score};
use crate::msg;

/// The cycle a file of `assessments/<cycle>/…` belongs to.
fn cycle_of(file: &str) -> &str {
    file.split('/').nth(1).unwrap_or("")
}

/// What the cycle folders hold besides records, checked.
#[derive(Default)]
pub struct People {
    pub rosters: BTreeMap<String, CheckedRoster>,
    pub cycles: BTreeMap<String, Cycle>,
}

/// The settings' scales a roster's cells are read on.
pub struct Scales<'a> {
    pub ratings: &'a [String],
    pub titles: &'a [String],
    pub language: Language,
}

pub fn check(
    ctx: &mut Ctx,
    loaded: &Loaded,
    sequences: &[Sequence],
    scales: &Scales<'_>,
) -> People {
    let mut people = People::default();
    let roster_scales = roster::Scales {
        sequences,
        ratings: scales.ratings,
        titles: scales.titles,
        language: scales.language,
    };
    for parsed in &loaded.rosters {
        let cycle = cycle_of(&parsed.file);
        if let Some(first) = people.rosters.get(cycle) {
            ctx.push(
                Diagnostic::new(
                    &codes::MISPLACED_FILE,
                    msg!("roster-second", first = &first.roster.file),
                )
                .at(Location::file(&parsed.file))
                .help(msg!("roster-second-help")),
            );
            continue;
        }
        if let Some(checked) = roster::check(ctx, parsed, cycle, &roster_scales) {
            people.rosters.insert(cycle.to_string(), checked);
        }
    }
    for parsed in &loaded.cycles {
        let cycle = people
            .cycles
            .entry(cycle_of(&parsed.file).to_string())
            .or_default();
        cycle.screening_date = parsed
            .value
            .screening_date
            .as_ref()
            .and_then(|d| check_date(ctx, &parsed.file, d));
    }
    for parsed in &loaded.applications {
        let cycle = cycle_of(&parsed.file);
        let applications = applications::check(
            ctx,
            parsed,
            cycle,
            people.rosters.get(cycle),
            sequences,
            scales.language,
        );
        people
            .cycles
            .entry(cycle.to_string())
            .or_default()
            .applications
            .extend(applications);
    }
    for (cycle, checked) in &people.rosters {
        people.cycles.entry(cycle.clone()).or_default().roster = Some(checked.roster.clone());
    }
    people
}

/// The records with what their rosters give filled in (see `fill`).
pub fn fill(ctx: &mut Ctx, parsed: &[Parsed<RawAssessment>], people: &People) -> Filled {
    fill::fill(ctx, parsed, &people.rosters)
}

/// Each application against the level's basic conditions on the cycle's screening date (or,
/// without one, the application's date): an ineligible one is a warning, with what is unmet.
/// In a cycle that takes applications, a record for a level its employee did not apply for is
/// a warning too.
pub fn screen_applications(
    ctx: &mut Ctx,
    standard: &Standard,
    records: &[Assessment],
    cycles: &BTreeMap<String, Cycle>,
) {
    for (name, cycle) in cycles {
        let Some(roster) = &cycle.roster else {
            continue;
        };
        for application in &cycle.applications {
            let Some(date) = cycle.screening_date.or(application.date) else {
                continue;
            };
            let person = &roster.people[&application.employee_id];
            let Some(sequence) = standard.sequence(&application.sequence) else {
                continue;
            };
            let Some(level) = sequence.levels.iter().find(|l| l.id == application.level) else {
                continue;
            };
            let candidate = screen_one(&standard.settings, sequence, level, person, date);
            if candidate.eligible {
                continue;
            }
            let unmet: Vec<String> = candidate
                .conditions
                .iter()
                .filter(|c| !c.met)
                .map(|c| unmet_condition(&c.kind, c.shortfall.as_ref()))
                .collect();
            let mut diagnostic = Diagnostic::new(
                &codes::INELIGIBLE_APPLICATION,
                msg!(
                    "application-ineligible",
                    employee = &application.employee_id,
                    name = &person.name,
                    level = format!("{}{}", sequence.name, level.name),
                    date = date.to_string(),
                    conditions = unmet
                ),
            )
            .at(Location::at(&application.file, application.line, 1));
            diagnostic = match candidate.eligible_on {
                Some(on) => diagnostic.help(msg!(
                    "application-ineligible-until",
                    date = on.to_string(),
                    cycle = name
                )),
                None => diagnostic.help(msg!("application-ineligible-help", cycle = name)),
            };
            ctx.push(diagnostic);
        }
        if cycle.applications.is_empty() {
            continue;
        }
        for record in records.iter().filter(|r| &r.cycle == name) {
            let applied = cycle
                .applications
                .iter()
                .any(|a| a.employee_id == record.employee_id && a.level == record.applied_level);
            if !applied {
                ctx.push(
                    Diagnostic::new(
                        &codes::UNAPPLIED_RECORD,
                        msg!(
                            "record-not-applied",
                            employee = &record.employee_id,
                            level = &record.applied_level,
                            cycle = name
                        ),
                    )
                    .at(Location::file(&record.file))
                    .help(msg!("record-not-applied-help")),
                );
            }
        }
    }
}

/// An unmet condition as the command line names it: the content's key for it and, for a
/// figure, what is held against what is required (`years_in_level 1.5 / 2`).
fn unmet_condition(kind: &ConditionKind, gap: Option<&ConditionGap>) -> String {
    let key = match kind {
        ConditionKind::Education(_) => "education".to_string(),
        ConditionKind::Major(_) => "major".to_string(),
        ConditionKind::Title(_) => "title".to_string(),
        ConditionKind::Alternatives(_) => "any_of".to_string(),
        ConditionKind::ExperienceYears(_) => "experience_years".to_string(),
        ConditionKind::YearsInLevel(_) => "years_in_level".to_string(),
        ConditionKind::TrainingHours(_) => "training_hours".to_string(),
        ConditionKind::Certification(c) => format!("certifications: {c}"),
        ConditionKind::Performance(_) => "performance".to_string(),
        ConditionKind::Other(o) => format!("other: {}", o.id),
    };
    match gap {
        Some(ConditionGap::ExperienceYears { held, required, .. })
        | Some(ConditionGap::YearsInLevel { held, required, .. })
        | Some(ConditionGap::TrainingHours { held, required }) => {
            format!(
                "{key} {} / {}",
                format_score(*held),
                format_number(*required)
            )
        }
        _ => key,
    }
}
