//! The people of a cycle, as the HR system exported them when the cycle opened (花名册): who
//! they are, who manages them, and the facts the basic conditions read. Personal data, held in
//! [`Records`](super::Records) beside the assessments, never in the public `Standard`.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{Date, Education, Facts};

/// What a cycle folder holds besides its records: the roster HR exported when it opened,
/// the applications (申报) it took, and the day eligibility is screened on.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Cycle {
    pub roster: Option<Roster>,
    pub applications: Vec<Application>,
    /// `cycle.yaml`'s `screening_date` (资格审查基准日): years are counted up to it.
    pub screening_date: Option<Date>,
    /// `cycle.yaml`'s dates and committee; default (all none) without one.
    pub calendar: super::Calendar,
}

/// One application: who applies for which level of their sequence, and when.
#[derive(Debug, Clone, Serialize)]
pub struct Application {
    pub employee_id: String,
    /// The level applied for, an id of `sequence`.
    pub level: String,
    pub sequence: String,
    pub date: Option<Date>,
    /// Where it was written: the file, and its line or row.
    pub file: String,
    pub line: u32,
}

/// One cycle's roster: `assessments/<cycle>/people.csv` (or `.xlsx`, `.xls`, `.ods`).
#[derive(Debug, Clone, Serialize)]
pub struct Roster {
    pub cycle: String,
    /// The roster's file, relative to the content folder.
    pub file: String,
    /// By employee id.
    pub people: BTreeMap<String, Person>,
}

/// One row of a roster. Every field but the id and the name may be left blank.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Person {
    pub employee_id: String,
    pub name: String,
    pub department: Option<String>,
    /// The manager's employee id: a person of the same roster.
    pub manager: Option<String>,
    pub email: Option<String>,
    pub hire_date: Option<Date>,
    /// Relevant experience before the hire date, in years (counted with the years since).
    pub prior_experience_years: Option<f64>,
    /// Relevant experience as a figure, when the export gives one instead of a hire date.
    pub experience_years: Option<f64>,
    pub education: Option<Education>,
    pub major: Option<String>,
    pub title: Option<String>,
    /// None when the roster has no certifications column; a blank cell is an empty list.
    pub certifications: Option<Vec<String>>,
    pub sequence: Option<String>,
    /// The level held, an id of `sequence`.
    pub level: Option<String>,
    /// The day the level was first held.
    pub level_since: Option<Date>,
    /// Years in the level as a figure, when the export gives one instead of a date.
    pub years_in_level: Option<f64>,
    pub training_hours: Option<f64>,
    /// (period, rating), oldest period first; periods without a rating are left out.
    pub performance: Vec<(String, String)>,
    /// The roster has a performance column at all (a person with none then has no ratings).
    pub has_performance: bool,
    /// The row of the roster (1-based, as a spreadsheet numbers it).
    pub row: u32,
}

impl Person {
    /// The facts this person's row gives on `date`: years counted from the hire date and
    /// the level's date where the roster gives them (whole months ÷ 12), else its figures.
    /// `other` (conditions assessors judge) is never the roster's.
    pub fn facts_on(&self, date: Date) -> Facts {
        let experience_years = match self.hire_date {
            Some(hired) => {
                Some(self.prior_experience_years.unwrap_or(0.0) + years_between(hired, date))
            }
            None => self.experience_years,
        };
        let years_in_level = match self.level_since {
            Some(since) => Some(years_between(since, date)),
            None => self.years_in_level,
        };
        Facts {
            education: self.education,
            experience_years,
            years_in_level,
            training_hours: self.training_hours,
            certifications: self.certifications.clone().unwrap_or_default(),
            performance: self.performance.iter().map(|(_, r)| r.clone()).collect(),
            other: BTreeMap::new(),
            major: self.major.clone(),
            title: self.title.clone(),
            experience_since: self.hire_date.map(|date| Since {
                date,
                prior_years: self.prior_experience_years.unwrap_or(0.0),
            }),
            level_since: self.level_since.map(|date| Since {
                date,
                prior_years: 0.0,
            }),
        }
    }
}

/// Where a count of years starts: a date, and the years already held on it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Since {
    pub date: Date,
    pub prior_years: f64,
}

impl Since {
    /// The first day `years` are held: the start plus the months still missing, rounded up
    /// to a whole month.
    pub fn reached(&self, years: f64) -> Date {
        let months = ((years - self.prior_years) * 12.0 - 1e-9).ceil().max(0.0) as i64;
        self.date.add_months(months)
    }
}

/// Whole months from `from` to `to`, in years (0 when `to` is earlier): a month counts once
/// its day of the month is reached, or its last day when the month is shorter.
pub fn years_between(from: Date, to: Date) -> f64 {
    let mut months = (to.year as i64 - from.year as i64) * 12 + to.month as i64 - from.month as i64;
    if from.add_months(months) > to {
        months -= 1;
    }
    months.max(0) as f64 / 12.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn years_count_whole_months() {
        assert_eq!(years_between(d("2021-06-12"), d("2024-06-12")), 3.0);
        assert_eq!(years_between(d("2021-06-12"), d("2024-06-11")), 35.0 / 12.0);
        assert_eq!(years_between(d("2023-01-31"), d("2023-02-28")), 1.0 / 12.0);
        assert_eq!(years_between(d("2024-06-12"), d("2023-06-12")), 0.0);
    }

    #[test]
    fn a_requirement_is_reached_on_its_anniversary() {
        let since = Since {
            date: d("2023-03-15"),
            prior_years: 0.0,
        };
        assert_eq!(since.reached(2.0), d("2025-03-15"));
        assert_eq!(since.reached(1.5), d("2024-09-15"));
        let hired = Since {
            date: d("2022-08-31"),
            prior_years: 1.0,
        };
        assert_eq!(hired.reached(3.0), d("2024-08-31"));
        assert_eq!(hired.reached(0.5), d("2022-08-31"));
        assert_eq!(
            Since {
                date: d("2024-01-31"),
                prior_years: 0.0
            }
            .reached(1.0 / 12.0),
            d("2024-02-29")
        );
    }
}
