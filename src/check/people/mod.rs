//! Before the verdict: each cycle folder's roster (the HR system's export), its applications and
//! its `cycle.yaml`, checked like any content, and the records filled from the roster. (Each
//! application is screened against its level's conditions once the model is whole, a stage
//! up: `project::applications`.)

mod applications;
mod calendar;
mod fill;
mod roster;
mod table;

use std::collections::BTreeMap;

pub use fill::Filled;
pub use roster::CheckedRoster;

use super::Ctx;
use super::settings::check_date;
use crate::diagnostics::{Diagnostic, Location, codes};
use crate::load::raw::RawAssessment;
use crate::load::{Loaded, Parsed};
use crate::locale::Language;
use crate::model::{Cycle, Sequence};
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
        cycle.calendar = calendar::check(ctx, &parsed.file, &parsed.value);
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
pub fn fill(ctx: &mut Ctx, parsed: Vec<Parsed<Box<RawAssessment>>>, people: &People) -> Filled {
    fill::fill(ctx, parsed, &people.rosters)
}
