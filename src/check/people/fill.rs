//! Records take from their cycle's roster what they leave out — the employee's name,
//! department, manager, sequence, level held and the facts the basic conditions read — and a
//! record that says otherwise than the roster about the same person is an error, located in
//! both files.

use std::collections::{BTreeMap, HashMap};

use super::roster::{CheckedRoster, Column};
use crate::check::Ctx;
use crate::diagnostics::{Diagnostic, codes};
use crate::load::Parsed;
use crate::load::raw::{RawAssessment, RawFacts, RawManager, S};
use crate::model::{Date, Facts, Since, format_number};
use crate::msg;

/// The records as the checks read them: each with what its roster gives filled in.
pub struct Filled {
    pub records: Vec<Parsed<Box<RawAssessment>>>,
    /// Per record file, where its years count from when the roster's dates gave them.
    pub since: HashMap<String, (Option<Since>, Option<Since>)>,
}

/// Fills each record in place: records are the bulk of a large project's memory, so they are
/// moved through the checks, never copied.
pub fn fill(
    ctx: &mut Ctx,
    parsed: Vec<Parsed<Box<RawAssessment>>>,
    rosters: &BTreeMap<String, CheckedRoster>,
) -> Filled {
    let mut records = Vec::with_capacity(parsed.len());
    let mut since = HashMap::new();
    for Parsed {
        file,
        value: mut raw,
    } in parsed
    {
        let roster = rosters.get(&raw.cycle.value);
        let person = roster.and_then(|r| Some((r, r.roster.people.get(&raw.employee_id.value)?)));
        match person {
            Some((roster, _)) => {
                let mut filling = Filling {
                    ctx,
                    file: &file,
                    roster,
                    id: raw.employee_id.value.clone(),
                };
                let date = Date::parse(&raw.date.value).ok();
                if let Some(s) = filling.fill(&mut raw, date) {
                    since.insert(file.clone(), s);
                }
                if !identity_given(ctx, &file, &raw, Holder::Blank) {
                    continue;
                }
            }
            None => {
                let holder = if roster.is_some() {
                    Holder::Absent
                } else {
                    Holder::NoRoster
                };
                if !identity_given(ctx, &file, &raw, holder) {
                    continue;
                }
            }
        }
        records.push(Parsed { file, value: raw });
    }
    Filled { records, since }
}

/// What the cycle's roster says of a record's employee.
enum Holder {
    /// The cycle has no roster.
    NoRoster,
    /// The roster does not hold the employee.
    Absent,
    /// The roster holds them, perhaps with blank cells.
    Blank,
}

/// A record must name the employee, department and sequence, itself or through the roster.
fn identity_given(ctx: &mut Ctx, file: &str, raw: &RawAssessment, holder: Holder) -> bool {
    let missing: Vec<&str> = [
        ("name", raw.name.is_none()),
        ("department", raw.department.is_none()),
        ("sequence", raw.sequence.is_none()),
    ]
    .into_iter()
    .filter_map(|(field, missing)| missing.then_some(field))
    .collect();
    if missing.is_empty() {
        return true;
    }
    let loc = ctx.loc(file, &raw.employee_id);
    let fields = missing
        .iter()
        .map(|f| format!("`{f}`"))
        .collect::<Vec<_>>()
        .join(", ");
    let (employee, cycle) = (&raw.employee_id.value, &raw.cycle.value);
    let help = match holder {
        Holder::Absent => msg!(
            "record-not-in-roster-help",
            employee = employee,
            cycle = cycle
        ),
        Holder::NoRoster => msg!("record-no-roster-help", cycle = cycle),
        Holder::Blank => msg!(
            "record-roster-blank-help",
            employee = employee,
            cycle = cycle
        ),
    };
    ctx.push(
        Diagnostic::new(
            &codes::MISSING_FIELD,
            msg!("record-missing-identity", fields = fields),
        )
        .at(loc)
        .help(help),
    );
    false
}

struct Filling<'c, 'a, 'r> {
    ctx: &'c mut Ctx<'a>,
    file: &'c str,
    roster: &'r CheckedRoster,
    id: String,
}

/// A value placed where the record's employee id stands: what the roster gave it.
fn at<T>(value: T, anchor: &S<String>) -> S<T> {
    S {
        value,
        referenced: anchor.referenced,
        defined: anchor.defined,
    }
}

impl Filling<'_, '_, '_> {
    /// Fills `raw` from the roster; the years' starting points when the roster's dates gave
    /// them.
    fn fill(
        &mut self,
        raw: &mut RawAssessment,
        date: Option<Date>,
    ) -> Option<(Option<Since>, Option<Since>)> {
        let person = &self.roster.roster.people[&self.id];
        let anchor = raw.employee_id.clone();
        self.text(
            &mut raw.name,
            Some(&person.name),
            Column::Name,
            "name",
            &anchor,
        );
        self.text(
            &mut raw.department,
            person.department.as_ref(),
            Column::Department,
            "department",
            &anchor,
        );
        self.text(
            &mut raw.sequence,
            person.sequence.as_ref(),
            Column::Sequence,
            "sequence",
            &anchor,
        );
        // The level held belongs to the roster's sequence.
        if raw.sequence.as_ref().map(|s| &s.value) == person.sequence.as_ref() {
            self.text(
                &mut raw.current_level,
                person.level.as_ref(),
                Column::Level,
                "current_level",
                &anchor,
            );
        }
        self.manager(raw, &anchor);
        let facts = date.map(|d| person.facts_on(d));
        let mut since = (None, None);
        if let Some(facts) = &facts {
            since = self.facts(&mut raw.facts, facts, &anchor);
        }
        (since.0.is_some() || since.1.is_some()).then_some(since)
    }

    /// One text field: the roster's when the record leaves it out; an error when both give it
    /// and they differ.
    fn text(
        &mut self,
        field: &mut Option<S<String>>,
        roster: Option<&String>,
        column: Column,
        key: &str,
        anchor: &S<String>,
    ) {
        match (field.as_ref(), roster) {
            (None, Some(value)) => *field = Some(at(value.clone(), anchor)),
            (Some(given), Some(value)) if given.value.trim() != value.trim() => {
                let loc = self.ctx.loc(self.file, given);
                self.contradiction(loc, key, &given.value, value, column);
            }
            _ => {}
        }
    }

    fn contradiction(
        &mut self,
        loc: crate::diagnostics::Location,
        key: &str,
        record: &str,
        roster: &str,
        column: Column,
    ) {
        let mut diagnostic = Diagnostic::new(
            &codes::CONTRADICTS_ROSTER,
            msg!(
                "record-contradicts-roster",
                field = key,
                record = record,
                roster = roster
            ),
        )
        .at(loc)
        .help(msg!("record-contradicts-roster-help", field = key));
        if let Some(cell) = self.roster.cells.get(&(self.id.clone(), column)) {
            diagnostic = diagnostic.note(
                msg!(
                    "roster-cell-here",
                    header = self
                        .roster
                        .headers
                        .get(&column)
                        .cloned()
                        .unwrap_or_default()
                ),
                cell.clone(),
            );
        }
        self.ctx.push(diagnostic);
    }

    fn manager(&mut self, raw: &mut RawAssessment, anchor: &S<String>) {
        let people = &self.roster.roster.people;
        let Some(id) = people[&self.id].manager.clone() else {
            return;
        };
        match &raw.manager {
            None => {
                let manager = people.get(&id);
                raw.manager = Some(RawManager {
                    id: at(id.clone(), anchor),
                    name: manager.map(|m| at(m.name.clone(), anchor)),
                    email: manager.and_then(|m| m.email.clone()).map(|e| at(e, anchor)),
                });
            }
            Some(given) if given.id.value != id => {
                let loc = self.ctx.loc(self.file, &given.id);
                let (record, roster) = (given.id.value.clone(), id.clone());
                self.contradiction(loc, "manager.id", &record, &roster, Column::Manager);
            }
            Some(_) => {}
        }
    }

    /// Each fact the record leaves out, from the roster's facts on the record's date.
    fn facts(
        &mut self,
        raw: &mut RawFacts,
        roster: &Facts,
        anchor: &S<String>,
    ) -> (Option<Since>, Option<Since>) {
        let person = &self.roster.roster.people[&self.id];
        let mut since = (None, None);
        let education_given = raw
            .education
            .as_ref()
            .map(|e| (e.value, self.ctx.loc(self.file, e)));
        match (education_given, roster.education) {
            (None, Some(e)) => raw.education = Some(at(e, anchor)),
            (Some((given, loc)), Some(e)) if given != e => {
                self.contradiction(
                    loc,
                    "facts.education",
                    given.id(),
                    e.id(),
                    Column::Education,
                );
            }
            _ => {}
        }
        let numbers = [
            (
                &mut raw.experience_years,
                roster.experience_years,
                "facts.experience_years",
                if person.hire_date.is_some() {
                    Column::HireDate
                } else {
                    Column::ExperienceYears
                },
            ),
            (
                &mut raw.years_in_level,
                roster.years_in_level,
                "facts.years_in_level",
                if person.level_since.is_some() {
                    Column::LevelSince
                } else {
                    Column::YearsInLevel
                },
            ),
            (
                &mut raw.training_hours,
                roster.training_hours,
                "facts.training_hours",
                Column::TrainingHours,
            ),
        ];
        let mut from_roster = [false; 3];
        let mut contradictions = Vec::new();
        for (i, (field, value, key, column)) in numbers.into_iter().enumerate() {
            match (field.as_ref(), value) {
                (None, Some(v)) => {
                    *field = Some(at(v, anchor));
                    from_roster[i] = true;
                }
                (Some(given), Some(v)) if (given.value - v).abs() > 1e-6 => {
                    contradictions.push((
                        self.ctx.loc(self.file, given),
                        key,
                        format_number(given.value),
                        format_number(v),
                        column,
                    ));
                }
                _ => {}
            }
        }
        for (loc, key, record, roster, column) in contradictions {
            self.contradiction(loc, key, &record, &roster, column);
        }
        if from_roster[0] {
            since.0 = roster.experience_since;
        }
        if from_roster[1] {
            since.1 = roster.level_since;
        }
        for (field, value, key, column) in [
            (
                &mut raw.major,
                roster.major.clone(),
                "facts.major",
                Column::Major,
            ),
            (
                &mut raw.title,
                roster.title.clone(),
                "facts.title",
                Column::Title,
            ),
        ] {
            match (field.as_ref(), value) {
                (None, Some(v)) => *field = Some(at(v, anchor)),
                (Some(given), Some(v)) if given.value != v => {
                    let (loc, record) = (self.ctx.loc(self.file, given), given.value.clone());
                    self.contradiction(loc, key, &record, &v, column);
                }
                _ => {}
            }
        }
        if let Some(certifications) = &person.certifications {
            match &raw.certifications {
                None => {
                    raw.certifications = Some(
                        certifications
                            .iter()
                            .map(|c| at(c.clone(), anchor))
                            .collect(),
                    )
                }
                Some(given) => {
                    let mut a: Vec<&str> = given.iter().map(|c| c.value.as_str()).collect();
                    let mut b: Vec<&str> = certifications.iter().map(String::as_str).collect();
                    a.sort_unstable();
                    b.sort_unstable();
                    if a != b {
                        let loc = given.first().map_or_else(
                            || self.ctx.loc(self.file, anchor),
                            |c| self.ctx.loc(self.file, c),
                        );
                        self.contradiction(
                            loc,
                            "facts.certifications",
                            &list(&a),
                            &list(&b),
                            Column::Certifications,
                        );
                    }
                }
            }
        }
        if person.has_performance {
            let ratings = &roster.performance;
            match &raw.performance {
                None => {
                    raw.performance = Some(ratings.iter().map(|r| at(r.clone(), anchor)).collect())
                }
                // A record may list only the latest ratings, as long as they are the roster's.
                Some(given) => {
                    let given_values: Vec<&str> = given.iter().map(|r| r.value.as_str()).collect();
                    let tail: Vec<&str> = ratings[ratings.len().saturating_sub(given.len())..]
                        .iter()
                        .map(String::as_str)
                        .collect();
                    if given_values != tail {
                        let loc = given.first().map_or_else(
                            || self.ctx.loc(self.file, anchor),
                            |c| self.ctx.loc(self.file, c),
                        );
                        let roster_text: Vec<&str> = ratings.iter().map(String::as_str).collect();
                        self.contradiction(
                            loc,
                            "facts.performance",
                            &list(&given_values),
                            &list(&roster_text),
                            Column::Performance,
                        );
                    }
                }
            }
        }
        since
    }
}

fn list(items: &[&str]) -> String {
    if items.is_empty() {
        return "[]".to_string();
    }
    format!("[{}]", items.join(", "))
}
