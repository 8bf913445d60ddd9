//! A calendar date (`YYYY-MM-DD`), validated, without time zones or a clock.

use std::fmt;

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD`, checking that the day exists in that month (leap years included).
    pub fn parse(text: &str) -> Result<Date, String> {
        let parts: Vec<&str> = text.trim().split('-').collect();
        let [y, m, d] = parts.as_slice() else {
            return Err(format!("`{text}` is not a date in the form YYYY-MM-DD"));
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(format!("`{text}` is not a date in the form YYYY-MM-DD"));
        }
        let number = |s: &str| {
            s.parse::<u32>()
                .map_err(|_| format!("`{text}` is not a date in the form YYYY-MM-DD"))
        };
        let (year, month, day) = (number(y)?, number(m)?, number(d)?);
        if !(1..=12).contains(&month) {
            return Err(format!(
                "`{text}` has month {month}; months run from 01 to 12"
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
            return Err(format!(
                "`{text}` does not exist: month {month} of {year} has {days} days"
            ));
        }
        Ok(Date {
            year: year as i32,
            month: month as u8,
            day: day as u8,
        })
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
        assert!(Date::parse("2023-02-29").unwrap_err().contains("28 days"));
        assert!(Date::parse("2023-13-01").unwrap_err().contains("month 13"));
        assert!(Date::parse("2023/01/01").is_err());
        assert!(Date::parse("23-01-01").is_err());
    }
}
