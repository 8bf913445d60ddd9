//! A calendar date (`YYYY-MM-DD`), validated, without time zones or a clock.

use std::fmt;

use serde::Serialize;

use crate::locale::Message;
use crate::msg;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD`, checking that the day exists in that month (leap years included);
    /// the error says what is wrong, in the language that speaks.
    pub fn parse(text: &str) -> Result<Date, Message> {
        let malformed = || msg!("date-malformed", text = text);
        let parts: Vec<&str> = text.trim().split('-').collect();
        let [y, m, d] = parts.as_slice() else {
            return Err(malformed());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(malformed());
        }
        let number = |s: &str| s.parse::<u32>().map_err(|_| malformed());
        let (year, month, day) = (number(y)?, number(m)?, number(d)?);
        if !(1..=12).contains(&month) {
            return Err(msg!(
                "date-month-out-of-range",
                text = text,
                month = month.to_string()
            ));
        }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        if day == 0 || day > days {
            // Figures as text: a year is not a quantity to group or pluralise.
            return Err(msg!(
                "date-day-out-of-range",
                text = text,
                month = month.to_string(),
                year = year.to_string(),
                days = days.to_string()
            ));
        }
        Ok(Date {
            year: year as i32,
            month: month as u8,
            day: day as u8,
        })
    }
}

impl Date {
    /// The date `days` days after 1970-01-01 (civil-from-days, Howard Hinnant's method).
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The same day `months` later (earlier when negative), or the month's last day when it
    /// is shorter: 2024-01-31 plus one month is 2024-02-29.
    pub fn add_months(self, months: i64) -> Date {
        let index = i64::from(self.year) * 12 + i64::from(self.month) - 1 + months;
        let (year, month) = (
            index.div_euclid(12) as i32,
            (index.rem_euclid(12) + 1) as u8,
        );
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let last = match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        Date {
            year,
            month,
            day: self.day.min(last),
        }
    }

    /// Days since 1970-01-01 (days-from-civil, the inverse of [`Date::from_days`]).
    pub fn days(self) -> i64 {
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::Date;

    #[test]
    fn parses_and_rejects() {
        assert_eq!(Date::parse("2013-10-10").unwrap().to_string(), "2013-10-10");
        assert!(Date::parse("2024-02-29").is_ok());
        assert!(
            Date::parse("2023-02-29")
                .unwrap_err()
                .english()
                .contains("28 days")
        );
        assert!(
            Date::parse("2023-13-01")
                .unwrap_err()
                .english()
                .contains("month 13")
        );
        assert!(Date::parse("2023/01/01").is_err());
        assert!(Date::parse("23-01-01").is_err());
    }
}
