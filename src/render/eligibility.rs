//! The eligibility screening list (资格审查名单) as a workbook for the HR specialist who
//! prepares the committee's screening: one row per candidate, one per candidate and condition,
//! the counts per department and who is not screened — to filter, sort, annotate and print.
//! The words, facts, verdicts and counts are the PDF's (`render::pdf::eligibility`), so the two
//! never disagree. Personal data: never on the public site.

use rust_xlsxwriter::{Color, ExcelDateTime, Format, FormatAlign, Worksheet, XlsxError};

use crate::evaluate::eligibility::{Candidate, Screening};
use crate::evaluate::{ConditionCheck, ConditionKind};
use crate::model::{Date, Language, Standard};
use crate::render::pdf::eligibility::{self as list, Status};
use crate::render::words;

/// The workbook: sheets 资格审查 (a row per candidate), 条件明细 (a row per candidate and
/// condition, `other` conditions included as judged at the assessment), 部门汇总 and 未列入审查,
/// each with a frozen header row and a filter, dates as date cells, and printed landscape one
/// page wide, with the header row and the people's columns on every page under a running head
/// (title, screening date) and foot (内部资料 · 含个人信息, page numbers). Created on the
/// screening date, so the same screening gives the same bytes.
pub fn workbook(standard: &Standard, screening: &Screening) -> Result<Vec<u8>, XlsxError> {
    let lang = standard.settings.language;
    let title = list::title(lang, &screening.cycle);
    let mut book = crate::render::xlsx::workbook(screening.date, &title)?;
    let look = Look::new(lang, &title, screening.date);
    candidates(standard, screening, &look, book.add_worksheet())?;
    conditions(standard, screening, &look, book.add_worksheet())?;
    departments(standard, screening, &look, book.add_worksheet())?;
    unscreened(standard, screening, &look, book.add_worksheet())?;
    book.save_to_buffer()
}

/// The formats the sheets share, and their printed page's head and foot.
struct Look {
    header: Format,
    /// Every cell of a row sits at its top, beside the wrapped texts that make rows tall.
    text: Format,
    wrap: Format,
    date: Format,
    /// A count of months or hours.
    number: Format,
    eligible: Format,
    later: Format,
    ineligible: Format,
    /// An application that is not eligible, and one eligible only later.
    flagged: Format,
    flagged_later: Format,
    total: Format,
    /// A fact the roster leaves blank (花名册未填), for HR to check.
    missing: Format,
    /// The running head and foot of every printed page.
    page: crate::render::xlsx::PageCodes,
}

impl Look {
    fn new(lang: Language, title: &str, date: Date) -> Look {
        let text = Format::new().set_align(FormatAlign::Top);
        let fill_with = |rgb: u32| text.clone().set_background_color(Color::RGB(rgb));
        Look {
            header: crate::render::xlsx::header(),
            wrap: text.clone().set_text_wrap(),
            date: text
                .clone()
                .set_num_format("yyyy-mm-dd")
                .set_align(FormatAlign::Left),
            number: text.clone(),
            eligible: fill_with(0xE2EFDA),
            later: fill_with(0xFFF2CC),
            ineligible: fill_with(0xFCE4D6),
            flagged: fill_with(0xFCE4D6)
                .set_bold()
                .set_font_color(Color::RGB(0xB42318)),
            flagged_later: fill_with(0xFFF2CC)
                .set_bold()
                .set_font_color(Color::RGB(0x9C5700)),
            total: Format::new().set_bold(),
            missing: fill_with(0xFFF2CC)
                .set_bold()
                .set_font_color(Color::RGB(0x9C5700))
                .set_text_wrap(),
            page: crate::render::xlsx::PageCodes::new(
                lang,
                title,
                &format!("{}{}{}", lang.get("elig_date"), lang.get("colon"), date),
                lang.get("elig_confidential"),
            ),
            text,
        }
    }

    fn status(&self, status: Status) -> &Format {
        match status {
            Status::Eligible => &self.eligible,
            Status::Later => &self.later,
            Status::Ineligible => &self.ineligible,
        }
    }
}

/// A date cell, shown as 2024-12-01.
fn write_date(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    date: Date,
    look: &Look,
) -> Result<(), XlsxError> {
    let cell = ExcelDateTime::from_ymd(date.year as u16, date.month, date.day)?;
    sheet.write_datetime_with_format(row, col, &cell, &look.date)?;
    Ok(())
}

/// [`crate::render::xlsx::frame`] with the screening's formats and running head and foot.
fn frame(
    sheet: &mut Worksheet,
    name: &str,
    headers: &[(&str, f64)],
    rows: u32,
    columns_frozen: u16,
    look: &Look,
) -> Result<(), XlsxError> {
    crate::render::xlsx::frame(
        sheet,
        name,
        headers,
        rows,
        columns_frozen,
        &look.header,
        &look.page,
    )
}

fn yes_no(lang: Language, b: bool) -> &'static str {
    let (yes, no) = words::yes_no_words(lang);
    if b { yes } else { no }
}

/// The first columns of the first two sheets: who, for which level, by which route, with
/// what verdict.
fn who_headers(lang: Language) -> Vec<(&'static str, f64)> {
    let g = |k| lang.get(k);
    vec![
        (g("team_col_id"), 9.0),
        (g("team_col_name"), 9.0),
        (g("department"), 14.0),
        (g("sequence"), 12.0),
        (g("current_level"), 10.0),
        (g("elig_col_level"), 10.0),
        (g("elig_col_route"), 11.0),
        (g("elig_col_verdict"), 10.0),
    ]
}

/// The cells under [`who_headers`] for one candidate, on row `r`.
fn write_who(
    sheet: &mut Worksheet,
    r: u32,
    standard: &Standard,
    c: &Candidate,
    look: &Look,
) -> Result<(), XlsxError> {
    let lang = standard.settings.language;
    let status = Status::of(c);
    let texts = [
        c.employee_id.clone(),
        c.name.clone(),
        list::department(lang, c),
        list::sequence_name(standard, &c.sequence).to_string(),
        list::current(standard, c),
        list::level_name(standard, &c.sequence, &c.level).to_string(),
        list::route(lang, c.route).to_string(),
    ];
    for (col, text) in texts.into_iter().enumerate() {
        sheet.write_string_with_format(r, col as u16, text, &look.text)?;
    }
    sheet.write_string_with_format(r, 7, status.word(lang), look.status(status))?;
    Ok(())
}

/// Whether the person applied, in the colour of an application the screening does not bear
/// out.
fn write_applied(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    lang: Language,
    c: &Candidate,
    look: &Look,
) -> Result<(), XlsxError> {
    let format = match list::applied_flag(lang, c) {
        Some((_, Status::Later)) => &look.flagged_later,
        Some(_) => &look.flagged,
        None => &look.text,
    };
    sheet.write_string_with_format(row, col, yes_no(lang, c.application.is_some()), format)?;
    Ok(())
}

/// 资格审查: one row per candidate.
fn candidates(
    standard: &Standard,
    screening: &Screening,
    look: &Look,
    sheet: &mut Worksheet,
) -> Result<(), XlsxError> {
    let lang = standard.settings.language;
    let g = |k| lang.get(k);
    let mut headers = who_headers(lang);
    headers.extend([
        (g("elig_col_eligible_on"), 12.0),
        (g("elig_col_facts"), 30.0),
        (g("elig_col_unmet"), 56.0),
        (g("elig_col_note"), 24.0),
        (g("elig_col_to_judge"), 36.0),
        (g("elig_col_applied_q"), 9.0),
        (g("elig_col_applied_date"), 12.0),
    ]);
    frame(
        sheet,
        g("elig_sheet_screening"),
        &headers,
        screening.candidates.len() as u32,
        2,
        look,
    )?;
    for (i, c) in screening.candidates.iter().enumerate() {
        let r = 1 + i as u32;
        write_who(sheet, r, standard, c, look)?;
        if let Some(on) = c.eligible_on {
            write_date(sheet, r, 8, on, look)?;
        }
        let facts = list::facts(lang, c);
        let format = if facts.iter().any(|f| f.missing) {
            &look.missing
        } else {
            &look.wrap
        };
        let facts: Vec<String> = facts.into_iter().map(|f| f.text).collect();
        sheet.write_string_with_format(r, 9, facts.join("\n"), format)?;
        sheet.write_string_with_format(r, 10, list::unmet(lang, c).join("\n"), &look.wrap)?;
        if c.conditions.iter().any(|k| k.waived) {
            sheet.write_string_with_format(r, 11, g("flag_waived"), &look.wrap)?;
        }
        sheet.write_string_with_format(r, 12, list::to_judge(c).join("\n"), &look.wrap)?;
        write_applied(sheet, r, 13, lang, c, look)?;
        if let Some(date) = c.application.as_ref().and_then(|a| a.date) {
            write_date(sheet, r, 14, date, look)?;
        }
    }
    Ok(())
}

/// The figures of a condition counted in months or hours, held (none when the roster gives
/// none, or no level is held) and required: ((held, required) in months, in hours).
type Figures = (Option<(Option<f64>, f64)>, Option<(Option<f64>, f64)>);

fn figures(c: &Candidate, check: &ConditionCheck) -> Figures {
    let f = &c.facts;
    // Months as the list says them: whole ones when counted from a roster's date.
    let months = |years: f64, whole: bool| {
        let m = years * 12.0;
        if whole {
            m.round()
        } else {
            (m * 100.0).round() / 100.0
        }
    };
    match &check.kind {
        ConditionKind::ExperienceYears(required) => (
            Some((
                f.experience_years
                    .map(|y| months(y, f.experience_since.is_some())),
                required * 12.0,
            )),
            None,
        ),
        ConditionKind::YearsInLevel(required) => (
            Some((
                f.years_in_level
                    .filter(|_| c.current_level.is_some())
                    .map(|y| months(y, f.level_since.is_some())),
                required * 12.0,
            )),
            None,
        ),
        ConditionKind::TrainingHours(required) => (None, Some((f.training_hours, *required))),
        _ => (None, None),
    }
}

/// 条件明细: one row per candidate and condition, the roster's first, then those judged at
/// the assessment; with the candidate's verdict and application, to filter to applicants or
/// to failures, and years and hours as numbers besides the words.
fn conditions(
    standard: &Standard,
    screening: &Screening,
    look: &Look,
    sheet: &mut Worksheet,
) -> Result<(), XlsxError> {
    let lang = standard.settings.language;
    let g = |k| lang.get(k);
    let mut headers = who_headers(lang);
    headers.extend([
        (g("elig_col_applied_q"), 9.0),
        (g("elig_col_condition"), 14.0),
        (g("required"), 36.0),
        (g("elig_col_held"), 24.0),
        (g("elig_col_held_months"), 10.0),
        (g("elig_col_required_months"), 10.0),
        (g("elig_col_held_hours"), 10.0),
        (g("elig_col_required_hours"), 10.0),
        (g("elig_col_met"), 10.0),
        (g("elig_col_expected"), 13.0),
        (g("elig_col_shortfall"), 56.0),
    ]);
    let rows: usize = screening
        .candidates
        .iter()
        .map(|c| c.conditions.len() + c.to_judge.len())
        .sum();
    frame(
        sheet,
        g("elig_sheet_conditions"),
        &headers,
        rows as u32,
        2,
        look,
    )?;
    let mut r = 1u32;
    for c in &screening.candidates {
        let start = |sheet: &mut Worksheet, r: u32, kind: &ConditionKind| {
            let (label, required) = words::condition(lang, kind);
            write_who(sheet, r, standard, c, look)?;
            write_applied(sheet, r, 8, lang, c, look)?;
            sheet.write_string_with_format(r, 9, label, &look.text)?;
            sheet.write_string_with_format(r, 10, required, &look.wrap)?;
            Ok::<(), XlsxError>(())
        };
        for check in &c.conditions {
            start(sheet, r, &check.kind)?;
            let held = list::held(lang, c, check);
            let format = if held.missing {
                &look.missing
            } else {
                &look.wrap
            };
            sheet.write_string_with_format(r, 11, &held.text, format)?;
            let (months, hours) = figures(c, check);
            for (col, pair) in [(12, months), (14, hours)] {
                if let Some((held, required)) = pair {
                    if let Some(held) = held {
                        sheet.write_number_with_format(r, col, held, &look.number)?;
                    }
                    sheet.write_number_with_format(r, col + 1, required, &look.number)?;
                }
            }
            let (met, format) = match (check.waived, check.met) {
                (true, _) => (g("waived"), &look.eligible),
                (false, true) => (yes_no(lang, true), &look.eligible),
                (false, false) => (yes_no(lang, false), &look.ineligible),
            };
            sheet.write_string_with_format(r, 16, met, format)?;
            if let Some(on) = check.shortfall.as_ref().and_then(list::expected) {
                write_date(sheet, r, 17, on, look)?;
            }
            let note = match &check.shortfall {
                Some(gap) => list::shortfall(lang, c, gap),
                None if check.waived => g("flag_waived").to_string(),
                None => String::new(),
            };
            sheet.write_string_with_format(r, 18, note, &look.wrap)?;
            r += 1;
        }
        for other in &c.to_judge {
            start(sheet, r, &ConditionKind::Other(other.clone()))?;
            sheet.write_string_with_format(r, 16, g("elig_to_judge_short"), &look.text)?;
            r += 1;
        }
    }
    Ok(())
}

/// 部门汇总: per department and level the counts, then the total under a blank row (outside
/// the filter, so filtering never hides it).
fn departments(
    standard: &Standard,
    screening: &Screening,
    look: &Look,
    sheet: &mut Worksheet,
) -> Result<(), XlsxError> {
    let lang = standard.settings.language;
    let g = |k| lang.get(k);
    let headers = [
        (g("department"), 16.0),
        (g("sequence"), 12.0),
        (g("elig_col_level"), 10.0),
        (g("elig_col_screened"), 9.0),
        (g("elig_eligible"), 9.0),
        (g("elig_later"), 9.0),
        (g("elig_not_eligible"), 9.0),
        (g("elig_col_applied"), 9.0),
        (g("elig_col_applied_eligible"), 11.0),
        (g("elig_col_applied_later"), 11.0),
        (g("elig_col_applied_not"), 11.0),
    ];
    let lines = list::departments(standard, screening);
    let rows: usize = lines.iter().map(|d| d.levels.len()).sum();
    frame(
        sheet,
        g("elig_by_department"),
        &headers,
        rows as u32,
        1,
        look,
    )?;
    let figures = |c: &list::Counts| {
        [
            c.screened,
            c.eligible,
            c.later,
            c.ineligible,
            c.applied,
            c.applied_eligible,
            c.applied_later,
            c.applied_ineligible,
        ]
    };
    let mut total = list::Counts::default();
    let mut r = 1u32;
    for d in &lines {
        for l in &d.levels {
            sheet.write_string(r, 0, &d.name)?;
            sheet.write_string(r, 1, &l.sequence)?;
            sheet.write_string(r, 2, &l.level_name)?;
            for (i, n) in figures(&l.counts).into_iter().enumerate() {
                sheet.write_number(r, 3 + i as u16, n as f64)?;
            }
            total.sum(&l.counts);
            r += 1;
        }
    }
    let r = r + 1;
    sheet.write_string_with_format(r, 0, g("elig_total"), &look.total)?;
    for (i, n) in figures(&total).into_iter().enumerate() {
        sheet.write_number_with_format(r, 3 + i as u16, n as f64, &look.total)?;
    }
    Ok(())
}

/// 未列入审查: who has a sequence but no level to be screened for, and why.
fn unscreened(
    standard: &Standard,
    screening: &Screening,
    look: &Look,
    sheet: &mut Worksheet,
) -> Result<(), XlsxError> {
    let lang = standard.settings.language;
    let g = |k| lang.get(k);
    let headers = [
        (g("team_col_id"), 9.0),
        (g("team_col_name"), 9.0),
        (g("department"), 14.0),
        (g("sequence"), 12.0),
        (g("current_level"), 10.0),
        (g("elig_col_reason"), 50.0),
    ];
    let rows = list::unscreened(standard, screening);
    frame(
        sheet,
        g("elig_unscreened_count"),
        &headers,
        rows.len() as u32,
        2,
        look,
    )?;
    for (i, u) in rows.iter().enumerate() {
        let r = 1 + i as u32;
        for (col, text) in [
            &u.id,
            &u.name,
            &u.department,
            &u.sequence,
            &u.current,
            &u.reason,
        ]
        .into_iter()
        .enumerate()
        {
            sheet.write_string_with_format(r, col as u16, text, &look.wrap)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use calamine::{Data, DataType, Reader};

    use super::*;
    use crate::render::pdf::eligibility::tests::{sample, screening};

    fn sheets(bytes: Vec<u8>) -> Vec<(String, Vec<Vec<Data>>)> {
        let mut book = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).unwrap();
        book.sheet_names()
            .into_iter()
            .map(|name| {
                let range = book.worksheet_range(&name).unwrap();
                (name, range.rows().map(<[Data]>::to_vec).collect())
            })
            .collect()
    }

    /// A date as Excel counts it.
    fn serial(date: Date) -> f64 {
        (date.days() - Date::parse("1899-12-30").unwrap().days()) as f64
    }

    #[test]
    fn the_workbook_has_a_row_per_candidate_and_per_condition_dates_as_dates_and_the_same_bytes() {
        let checked = sample();
        let model = checked.model.as_ref().unwrap();
        let s = screening(model);
        let bytes = workbook(&model.standard, &s).unwrap();
        assert_eq!(
            bytes,
            workbook(&model.standard, &s).unwrap(),
            "the same bytes"
        );
        let sheets = sheets(bytes);
        let names: Vec<&str> = sheets.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["资格审查", "条件明细", "部门汇总", "未列入审查"]);

        let rows = &sheets[0].1;
        assert_eq!(rows[0][0], Data::String("工号".into()));
        assert_eq!(rows[0].len(), 15);
        assert_eq!(rows[0][5], Data::String("审查级别".into()));
        assert_eq!(rows.len(), 1 + s.candidates.len());
        for (c, row) in s.candidates.iter().zip(&rows[1..]) {
            assert_eq!(row[0], Data::String(c.employee_id.clone()));
            assert_eq!(row[1], Data::String(c.name.clone()));
            match (c.eligible_on, &row[8]) {
                (Some(on), Data::DateTime(cell)) => assert_eq!(cell.as_f64(), serial(on)),
                (None, Data::Empty) => {}
                (on, cell) => panic!("{}: {on:?} written as {cell:?}", c.employee_id),
            }
            let applied = if c.application.is_some() {
                "是"
            } else {
                "否"
            };
            assert_eq!(row[13], Data::String(applied.into()));
            match (c.application.as_ref().and_then(|a| a.date), &row[14]) {
                (Some(on), Data::DateTime(cell)) => assert_eq!(cell.as_f64(), serial(on)),
                (None, Data::Empty) => {}
                (on, cell) => panic!("{}: {on:?} written as {cell:?}", c.employee_id),
            }
            let facts: Vec<String> = list::facts(model.standard.settings.language, c)
                .into_iter()
                .map(|f| f.text)
                .collect();
            assert!(!facts.is_empty());
            assert_eq!(row[9], Data::String(facts.join("\n")));
            let unmet = c.conditions.iter().filter(|k| !k.met).count();
            match &row[10] {
                Data::String(text) => assert_eq!(text.lines().count(), unmet),
                Data::Empty => assert_eq!(unmet, 0),
                cell => panic!("{cell:?}"),
            }
        }

        let conditions = &sheets[1].1;
        let expected: usize = s
            .candidates
            .iter()
            .map(|c| c.conditions.len() + c.to_judge.len())
            .sum();
        assert_eq!(conditions.len(), 1 + expected);
        let header: Vec<String> = conditions[0].iter().map(|d| d.to_string()).collect();
        assert_eq!(
            header[4..9],
            ["现任级别", "审查级别", "途径", "结论", "是否申报"].map(String::from)
        );
        assert!(
            conditions
                .iter()
                .any(|r| r[16] == Data::String("否".into()) && matches!(r[17], Data::DateTime(_))),
            "a condition time cures, with the day it is met"
        );
        assert!(
            conditions
                .iter()
                .any(|r| r[9] == Data::String("满足其一".into())
                    && r[16] == Data::String("否".into())
                    && matches!(r[17], Data::DateTime(_))),
            "alternatives whose closest lacks only years, with the day it is met"
        );
        assert!(
            conditions
                .iter()
                .any(|r| r[16] == Data::String("评定时判断".into()))
        );
        let roster = conditions[1..]
            .iter()
            .filter(|r| r[16] != Data::String("评定时判断".into()));
        for r in roster {
            // What the roster gives, for every condition it decides, met or not.
            assert!(matches!(&r[11], Data::String(s) if !s.is_empty()), "{r:?}");
            // Years as months and hours as numbers, each with its requirement.
            let number = |d: &Data| matches!(d, Data::Float(_) | Data::Int(_));
            match &r[9] {
                Data::String(label) if label == "相关工作经验" => {
                    assert!(number(&r[12]) && number(&r[13]), "{r:?}");
                    assert_eq!(r[14], Data::Empty);
                }
                Data::String(label) if label == "培训学时" => {
                    assert!(number(&r[14]) && number(&r[15]), "{r:?}");
                }
                _ => {}
            }
        }
        assert!(
            conditions
                .iter()
                .any(|r| r[11] == Data::String("花名册未填".into()))
        );
        // Filtered to applicants, every candidate who applied is there.
        let applied: std::collections::BTreeSet<String> = conditions[1..]
            .iter()
            .filter(|r| r[8] == Data::String("是".into()))
            .map(|r| r[0].to_string())
            .collect();
        let expected_applied: std::collections::BTreeSet<String> = s
            .candidates
            .iter()
            .filter(|c| c.application.is_some())
            .map(|c| c.employee_id.clone())
            .collect();
        assert_eq!(applied, expected_applied);

        // Per department and level, then the total under a blank row.
        let summary = &sheets[2].1;
        let total = summary.last().unwrap();
        assert_eq!(total[0], Data::String("合计".into()));
        assert_eq!(total[3], Data::Float(s.candidates.len() as f64));
        let lines: f64 = summary[1..summary.len() - 2]
            .iter()
            .map(|r| match r[3] {
                Data::Float(n) => n,
                ref cell => panic!("{cell:?}"),
            })
            .sum();
        assert_eq!(lines, s.candidates.len() as f64);
        // Applications by state add up to those applied.
        assert_eq!(
            total[8..11]
                .iter()
                .map(|d| d.as_f64().unwrap())
                .sum::<f64>(),
            total[7].as_f64().unwrap()
        );

        // Who is not screened, each with the reason.
        let unscreened = &sheets[3].1;
        assert_eq!(unscreened.len(), 1 + s.unscreened.len());
        for (u, row) in s.unscreened.iter().zip(&unscreened[1..]) {
            assert_eq!(row[0], Data::String(u.employee_id.clone()));
            assert!(matches!(&row[5], Data::String(r) if !r.is_empty()));
        }
    }

    #[test]
    fn every_sheet_prints_one_page_wide_under_a_running_head_with_the_people_on_every_page() {
        use std::io::Read;
        let checked = sample();
        let model = checked.model.as_ref().unwrap();
        let s = screening(model);
        let bytes = workbook(&model.standard, &s).unwrap();
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut read = |name: &str| {
            let mut text = String::new();
            zip.by_name(name)
                .unwrap()
                .read_to_string(&mut text)
                .unwrap();
            text
        };
        let book = read("xl/workbook.xml");
        for (sheet, columns) in [
            ("资格审查", "$A:$B"),
            ("条件明细", "$A:$B"),
            ("部门汇总", "$A:$A"),
            ("未列入审查", "$A:$B"),
        ] {
            let titles = format!("{sheet}!{columns},{sheet}!$1:$1");
            assert!(book.contains(&titles), "{titles}:\n{book}");
        }
        for n in 1..=4 {
            let sheet = read(&format!("xl/worksheets/sheet{n}.xml"));
            assert!(sheet.contains(r#"<pageSetUpPr fitToPage="1"/>"#), "{sheet}");
            assert!(sheet.contains(r#"fitToHeight="0""#), "{sheet}");
            assert!(
                sheet.contains("2024H2 任职资格审查名单&amp;R资格审查基准日：2024-06-01"),
                "{sheet}"
            );
            assert!(
                sheet.contains("内部资料 · 含个人信息&amp;C第 &amp;P 页 / 共 &amp;N 页"),
                "{sheet}"
            );
        }
    }

    #[test]
    fn the_workbook_speaks_the_documents_language() {
        let checked = sample();
        let model = checked.model.as_ref().unwrap();
        let s = screening(model);
        let mut english = model.standard.clone();
        english.settings.language = Language::en();
        let sheets = sheets(workbook(&english, &s).unwrap());
        let names: Vec<&str> = sheets.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "Screening",
                "Conditions",
                "Summary by department",
                "Not screened"
            ]
        );
        assert_eq!(sheets[0].1[0][7], Data::String("Verdict".into()));
        assert_eq!(sheets[0].1[0][8], Data::String("Eligible from".into()));
        assert_eq!(sheets[1].1[0][16], Data::String("Met".into()));
    }
}
