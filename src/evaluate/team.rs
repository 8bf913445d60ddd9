//! Team summaries: what a manager or a department needs from one cycle's evaluations of its
//! members — who meets which competency (the heatmap), how the verdicts, grades and totals
//! fall, and the training needs: competencies ranked by how many members fall short, with the
//! dictionary's suggestions and the members concerned; and how the team moved since its
//! previous cycle. Computed once here; the summary PDF, CSV and Markdown and the HR roll-up
//! only render it.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{Evaluation, Failures, GapStatus, Grade, Outcome};
use crate::model::{Assessment, Date, LearningKind, Standard, Suggestion};

/// A record with its evaluation.
pub type Member<'a> = (&'a Assessment, &'a Evaluation);

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TeamSummary {
    pub cycle: String,
    /// The latest assessment date among the members: the summary's date.
    pub date: Date,
    /// Members by employee id.
    pub members: Vec<MemberRow>,
    /// The heatmap's columns: every competency some member's level requires, in dictionary
    /// order.
    pub columns: Vec<Column>,
    pub qualified: usize,
    /// How many members have each outcome, in the order outcomes are listed.
    pub outcomes: Vec<(Outcome, usize)>,
    pub grades: Vec<(Grade, usize)>,
    /// Per sequence and level applied for: totals compare only where the pass mark is one.
    pub levels: Vec<LevelFigures>,
    /// Most pressing first: see [`training_needs`].
    pub needs: Vec<TrainingNeed>,
    /// The team in its previous cycle, when it had one.
    pub previous: Option<PreviousCycle>,
    /// How the members were rated: by several raters, divergent items, calibration.
    pub ratings: RatingFigures,
    /// Members whose certification is due for renewal in the coming cycle (as of this
    /// cycle's effective date), soonest first.
    pub renewals: Vec<Renewal>,
}

/// A member's certification due for renewal.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Renewal {
    pub employee_id: String,
    pub name: String,
    pub sequence: String,
    pub level: String,
    pub valid_until: Date,
}

/// A team's figures for a calibration meeting; all zero when no member was rated by several
/// raters.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct RatingFigures {
    /// Members rated by several raters.
    pub rated: usize,
    /// Divergent items over all members, and how many of them a decision settled.
    pub divergent: usize,
    pub settled: usize,
    /// Calibration decisions over all members.
    pub decisions: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MemberRow {
    pub employee_id: String,
    pub name: String,
    pub sequence: String,
    pub current_level: Option<String>,
    pub applied_level: String,
    pub qualified: bool,
    pub outcome: Outcome,
    pub grade: Grade,
    pub total: f64,
    pub pass: f64,
    /// The gates of the verdict besides the grade.
    pub conditions_met: bool,
    pub total_met: bool,
    /// Why not qualified, gate by gate.
    pub failures: Failures,
    /// Levels jumped over by the application (越级).
    pub skipped_levels: usize,
    /// One per column.
    pub cells: Vec<Cell>,
    /// The member's total and the level it was for in their own latest earlier record (in
    /// whatever team it was), if any.
    pub previous: Option<(f64, String)>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Column {
    pub competency: String,
    /// Key for at least one member.
    pub key: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Cell {
    /// The member's level does not require it.
    NotRequired,
    Assessed {
        achieved: u32,
        required: u32,
        key: bool,
        /// A one-line standard: met or not, no levels.
        one_line: bool,
        status: GapStatus,
    },
}

/// The spread of some members' totals.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Spread {
    pub min: f64,
    pub median: f64,
    pub max: f64,
}

/// The members who applied for one level of one sequence: one pass mark, so their totals
/// and pass rate compare, with the team's previous cycle at the same level.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LevelFigures {
    pub sequence: String,
    pub level: String,
    pub pass: f64,
    pub members: usize,
    pub qualified: usize,
    pub totals: Spread,
    /// Members and qualified at the same level in the team's previous cycle, when any.
    pub previous: Option<(usize, usize)>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrainingNeed {
    pub competency: String,
    /// Key for at least one member who falls short.
    pub key: bool,
    /// Members whose level requires it.
    pub required_of: usize,
    /// The members who fall short, largest gap first.
    pub short: Vec<Shortfall>,
    /// The levels they need to reach next, lowest first, each with who needs it and its
    /// 70/20/10 suggestions.
    pub targets: Vec<Target>,
    /// How many fell short of it in the team's previous cycle.
    pub previous_short: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Target {
    pub level: u32,
    /// Employee ids.
    pub members: Vec<String>,
    /// The level's suggestions, on the job first.
    pub suggestions: Vec<Suggestion>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Shortfall {
    pub employee_id: String,
    pub name: String,
    pub achieved: u32,
    pub required: u32,
    pub key: bool,
}

/// The team's previous cycle: its size and pass count, and the members assessed in both
/// cycles — the same people, so their pass counts compare.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PreviousCycle {
    pub cycle: String,
    pub members: usize,
    pub qualified: usize,
    /// Members assessed in both cycles.
    pub both: usize,
    /// Of those, how many qualified then, and now.
    pub both_qualified_then: usize,
    pub both_qualified_now: usize,
}

/// Every employee's records with their evaluations, by employee id.
pub type Histories<'a> = BTreeMap<&'a str, Vec<Member<'a>>>;

/// Every employee's records, from all records with their evaluations.
pub fn histories<'a>(everyone: &[Member<'a>]) -> Histories<'a> {
    let mut out: Histories = BTreeMap::new();
    for m in everyone {
        out.entry(m.0.employee_id.as_str()).or_default().push(*m);
    }
    out
}

/// The summary of `members` (one cycle's records of a team), with the same team's records of
/// its previous cycle in `previous` (empty when it has none), and each member's own earlier
/// records in `histories`.
pub fn summarise(
    standard: &Standard,
    cycle: &str,
    members: &[Member],
    previous: &[Member],
    histories: &Histories,
) -> TeamSummary {
    let mut members: Vec<Member> = members.to_vec();
    members.sort_by(|a, b| a.0.employee_id.cmp(&b.0.employee_id));
    let columns = columns(standard, &members);
    let previous_totals = earlier_records(&members, histories);
    let rows = members
        .iter()
        .map(|(a, e)| MemberRow {
            employee_id: a.employee_id.clone(),
            name: a.name.clone(),
            sequence: a.sequence.clone(),
            current_level: a.current_level.clone(),
            applied_level: a.applied_level.clone(),
            qualified: e.qualified,
            outcome: e.outcome,
            grade: e.grade,
            total: e.total,
            pass: e.pass,
            conditions_met: e.conditions_met,
            total_met: e.total_met,
            failures: e.failures.clone(),
            skipped_levels: e.skipped_levels,
            cells: columns.iter().map(|c| cell(e, &c.competency)).collect(),
            previous: previous_totals.get(a.employee_id.as_str()).cloned(),
        })
        .collect();
    let then = |id: &str| previous.iter().find(|(a, _)| a.employee_id == id);
    let both: Vec<(&Evaluation, &Evaluation)> = members
        .iter()
        .filter_map(|(a, now)| Some((then(&a.employee_id)?.1, *now)))
        .collect();
    let previous_cycle = previous.first().map(|(a, _)| PreviousCycle {
        cycle: a.cycle.clone(),
        members: previous.len(),
        qualified: previous.iter().filter(|(_, e)| e.qualified).count(),
        both: both.len(),
        both_qualified_then: both.iter().filter(|(then, _)| then.qualified).count(),
        both_qualified_now: both.iter().filter(|(_, now)| now.qualified).count(),
    });
    TeamSummary {
        cycle: cycle.to_string(),
        date: members
            .iter()
            .map(|(a, _)| a.date)
            .max()
            .unwrap_or(standard.settings.effective_date),
        members: rows,
        qualified: members.iter().filter(|(_, e)| e.qualified).count(),
        outcomes: counts(&members, Outcome::ALL, |e| e.outcome),
        grades: counts(&members, [Grade::A, Grade::B, Grade::C], |e| e.grade),
        levels: level_figures(standard, &members, previous),
        needs: training_needs(standard, &members, previous),
        previous: previous_cycle,
        columns,
        renewals: Vec::new(),
        ratings: RatingFigures {
            rated: members
                .iter()
                .filter(|(a, _)| !a.rated.ratings.is_empty())
                .count(),
            divergent: members
                .iter()
                .map(|(a, _)| a.rated.items.values().filter(|i| i.divergent).count())
                .sum(),
            settled: members
                .iter()
                .map(|(a, _)| {
                    a.rated
                        .items
                        .iter()
                        .filter(|(item, info)| {
                            info.divergent && a.rated.decisions(item).next().is_some()
                        })
                        .count()
                })
                .sum(),
            decisions: members.iter().map(|(a, _)| a.rated.calibration.len()).sum(),
        },
    }
}

fn columns(standard: &Standard, members: &[Member]) -> Vec<Column> {
    let mut key: BTreeMap<&str, bool> = BTreeMap::new();
    for (_, e) in members {
        for c in &e.competencies {
            *key.entry(&c.competency).or_default() |= c.key;
        }
    }
    let order = |id: &str| standard.competencies.iter().position(|c| c.id == id);
    let mut columns: Vec<Column> = key
        .into_iter()
        .map(|(id, key)| Column {
            competency: id.to_string(),
            key,
        })
        .collect();
    columns.sort_by_key(|c| (order(&c.competency), c.competency.clone()));
    columns
}

fn cell(e: &Evaluation, competency: &str) -> Cell {
    match e.competencies.iter().find(|c| c.competency == competency) {
        None => Cell::NotRequired,
        Some(c) => Cell::Assessed {
            achieved: c.achieved,
            required: c.required,
            key: c.key,
            one_line: c.one_line,
            status: c.status,
        },
    }
}

fn counts<T: PartialEq + Copy>(
    members: &[Member],
    all: impl IntoIterator<Item = T>,
    of: impl Fn(&Evaluation) -> T,
) -> Vec<(T, usize)> {
    all.into_iter()
        .map(|t| (t, members.iter().filter(|(_, e)| of(e) == t).count()))
        .filter(|(_, n)| *n > 0)
        .collect()
}

/// The members by sequence and level applied for, in the sequences' and levels' order.
fn level_figures(
    standard: &Standard,
    members: &[Member],
    previous: &[Member],
) -> Vec<LevelFigures> {
    let place = |a: &Assessment| {
        let s = standard.sequences.iter().position(|s| s.id == a.sequence);
        let rank = standard
            .sequence(&a.sequence)
            .and_then(|s| s.level(&a.applied_level))
            .map(|l| l.rank);
        (s, rank, a.sequence.clone(), a.applied_level.clone())
    };
    let mut groups: BTreeMap<_, Vec<&Member>> = BTreeMap::new();
    for m in members {
        groups.entry(place(m.0)).or_default().push(m);
    }
    groups
        .into_iter()
        .map(|((_, _, sequence, level), list)| {
            let at_level: Vec<&Member> = previous
                .iter()
                .filter(|(a, _)| a.sequence == sequence && a.applied_level == level)
                .collect();
            LevelFigures {
                pass: list[0].1.pass,
                members: list.len(),
                qualified: list.iter().filter(|(_, e)| e.qualified).count(),
                totals: spread(list.iter().map(|(_, e)| e.total).collect()),
                previous: (!at_level.is_empty()).then(|| {
                    (
                        at_level.len(),
                        at_level.iter().filter(|(_, e)| e.qualified).count(),
                    )
                }),
                sequence,
                level,
            }
        })
        .collect()
}

fn spread(mut totals: Vec<f64>) -> Spread {
    totals.sort_by(f64::total_cmp);
    let n = totals.len();
    let median = match n {
        0 => 0.0,
        n if n % 2 == 1 => totals[n / 2],
        n => (totals[n / 2 - 1] + totals[n / 2]) / 2.0,
    };
    Spread {
        min: totals.first().copied().unwrap_or(0.0),
        median,
        max: totals.last().copied().unwrap_or(0.0),
    }
}

/// The competencies some member falls short of, ranked: those short of a key requirement
/// first, then by how many members fall short, then by how many of those shortfalls are key,
/// then in dictionary order.
pub fn training_needs(
    standard: &Standard,
    members: &[Member],
    previous: &[Member],
) -> Vec<TrainingNeed> {
    let short_in = |team: &[Member], competency: &str| {
        team.iter()
            .filter(|(_, e)| {
                e.competencies
                    .iter()
                    .any(|c| c.competency == competency && c.gap < 0)
            })
            .count()
    };
    let mut needs: Vec<TrainingNeed> = columns(standard, members)
        .into_iter()
        .filter_map(|column| {
            let id = column.competency;
            let mut short: Vec<Shortfall> = members
                .iter()
                .filter_map(|(a, e)| {
                    let c = e.competencies.iter().find(|c| c.competency == id)?;
                    (c.gap < 0).then(|| Shortfall {
                        employee_id: a.employee_id.clone(),
                        name: a.name.clone(),
                        achieved: c.achieved,
                        required: c.required,
                        key: c.key,
                    })
                })
                .collect();
            if short.is_empty() {
                return None;
            }
            short.sort_by_key(|s| {
                (
                    !s.key,
                    std::cmp::Reverse(s.required - s.achieved),
                    s.employee_id.clone(),
                )
            });
            let mut by_level: BTreeMap<u32, Vec<String>> = BTreeMap::new();
            for s in &short {
                by_level
                    .entry(s.achieved + 1)
                    .or_default()
                    .push(s.employee_id.clone());
            }
            let targets = by_level
                .into_iter()
                .map(|(level, members)| {
                    let mut suggestions = standard
                        .competency(&id)
                        .and_then(|c| c.level(level))
                        .map(|l| l.suggestions.clone())
                        .unwrap_or_default();
                    suggestions
                        .sort_by_key(|s| LearningKind::ALL.iter().position(|k| *k == s.kind));
                    Target {
                        level,
                        members,
                        suggestions,
                    }
                })
                .collect();
            Some(TrainingNeed {
                key: short.iter().any(|s| s.key),
                required_of: members
                    .iter()
                    .filter(|(_, e)| e.competencies.iter().any(|c| c.competency == id))
                    .count(),
                previous_short: (!previous.is_empty()).then(|| short_in(previous, &id)),
                targets,
                short,
                competency: id,
            })
        })
        .collect();
    let order = |id: &str| standard.competencies.iter().position(|c| c.id == id);
    needs.sort_by_key(|n| {
        (
            !n.key,
            std::cmp::Reverse(n.short.len()),
            std::cmp::Reverse(n.short.iter().filter(|s| s.key).count()),
            order(&n.competency),
        )
    });
    needs
}

/// Each member's own latest record before this cycle (in whatever team it was): its total and
/// the level it was for.
fn earlier_records<'a>(
    members: &[Member<'a>],
    histories: &Histories,
) -> BTreeMap<&'a str, (f64, String)> {
    members
        .iter()
        .filter_map(|(a, _)| {
            histories
                .get(a.employee_id.as_str())?
                .iter()
                .filter(|(r, _)| r.cycle < a.cycle)
                .max_by(|x, y| x.0.cycle.cmp(&y.0.cycle))
                .map(|(r, e)| (a.employee_id.as_str(), (e.total, r.applied_level.clone())))
        })
        .collect()
}

/// The teams records fall into, for summaries and bundles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    Manager,
    Department,
    Sequence,
}

/// One team: its key (a manager id, a department name, a sequence id) and how it is shown.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Team {
    pub key: String,
    pub title: String,
    /// The manager's email, for a team by manager.
    pub email: Option<String>,
}

/// The key of records without a manager, when grouped by manager.
pub const NO_MANAGER: &str = "no-manager";

impl Grouping {
    pub fn team(self, standard: &Standard, a: &Assessment) -> Team {
        match self {
            Grouping::Manager => match &a.manager {
                Some(m) => Team {
                    key: m.id.clone(),
                    title: m.name.clone(),
                    email: m.email.clone(),
                },
                None => Team {
                    key: NO_MANAGER.into(),
                    title: String::new(),
                    email: None,
                },
            },
            Grouping::Department => Team {
                key: a.department.clone(),
                title: a.department.clone(),
                email: None,
            },
            Grouping::Sequence => Team {
                key: a.sequence.clone(),
                title: standard
                    .sequence(&a.sequence)
                    .map_or_else(|| a.sequence.clone(), |s| s.name.clone()),
                email: None,
            },
        }
    }
}

/// Every team's summary of every cycle, by (cycle, team): each team's previous cycle is the
/// latest earlier cycle in which it had members.
pub fn summarise_teams(
    standard: &Standard,
    records: &crate::model::Records,
    grouping: Grouping,
    members: &[Member],
) -> BTreeMap<(String, Team), TeamSummary> {
    let mut teams: BTreeMap<Team, BTreeMap<&str, Vec<Member>>> = BTreeMap::new();
    let mut keys: BTreeMap<String, Team> = BTreeMap::new();
    for m in members {
        let team = grouping.team(standard, m.0);
        // A team keeps the first title and email it is seen with (check makes them agree).
        let team = keys.entry(team.key.clone()).or_insert(team).clone();
        teams
            .entry(team)
            .or_default()
            .entry(&m.0.cycle)
            .or_default()
            .push(*m);
    }
    let histories = histories(members);
    // What each person holds as each cycle takes effect: those due for renewal in the
    // coming cycle are listed in their team's summary.
    let mut held: BTreeMap<&str, BTreeMap<String, super::certification::Held<'_>>> =
        BTreeMap::new();
    let mut out = BTreeMap::new();
    for (team, cycles) in teams {
        let mut before: &[Member] = &[];
        for (cycle, team_members) in &cycles {
            let mut summary = summarise(standard, cycle, team_members, before, &histories);
            let on = records
                .people
                .get(*cycle)
                .and_then(|c| c.calendar.effective_date)
                .unwrap_or(summary.date);
            let held = held
                .entry(cycle)
                .or_insert_with(|| super::certification::held_by(standard, records, members, on));
            summary.renewals = renewals(standard, team_members, held, on);
            out.insert((cycle.to_string(), team.clone()), summary);
            before = team_members;
        }
    }
    out
}

/// The members whose certification, in force on `on`, ends within the standard's
/// `expiring_months`: soonest first.
fn renewals(
    standard: &Standard,
    members: &[Member],
    held: &BTreeMap<String, super::certification::Held<'_>>,
    on: Date,
) -> Vec<Renewal> {
    let months = i64::from(standard.settings.certification.expiring_months);
    let mut out: Vec<Renewal> = members
        .iter()
        .filter_map(|(a, _)| held.get(&a.employee_id))
        .filter(|h| h.status.in_force() && on.add_months(months) >= h.certificate.valid_until)
        .map(|h| Renewal {
            employee_id: h.certificate.record.employee_id.clone(),
            name: h.certificate.record.name.clone(),
            sequence: h.certificate.sequence.clone(),
            level: h.certificate.level.clone(),
            valid_until: h.certificate.valid_until,
        })
        .collect();
    out.sort_by(|a, b| (a.valid_until, &a.employee_id).cmp(&(b.valid_until, &b.employee_id)));
    out.dedup_by(|a, b| a.employee_id == b.employee_id);
    out
}
