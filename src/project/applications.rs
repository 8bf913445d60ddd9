//! Each application of a cycle screened against its level's basic conditions, once the model
//! is whole (so `check` needs nothing of `evaluate`): an ineligible one is a warning with what
//! is unmet; in a cycle that takes applications, so is a record for a level nobody applied for.

use crate::diagnostics::{Diagnostic, Location, codes};
use crate::evaluate::ConditionKind;
use crate::evaluate::eligibility::screen_one;
use crate::evaluate::guidance::ConditionGap;
use crate::model::{Model, format_number, format_score};
use crate::msg;

/// Each application against the level's basic conditions on the cycle's screening date (or,
/// without one, the application's date): an ineligible one is a warning, with what is unmet.
/// In a cycle that takes applications, a record for a level its employee did not apply for is
/// a warning too.
pub fn diagnostics(model: &Model) -> Vec<Diagnostic> {
    let (standard, records, cycles) = (
        &model.standard,
        &model.records.assessments,
        &model.records.people,
    );
    let mut out = Vec::new();
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
            out.push(diagnostic);
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
                out.push(
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
    out
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
