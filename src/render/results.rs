//! The HR roll-up (`rungs results`): one row per assessment record — who, where, the levels,
//! the verdict, grade and total, why not qualified, and the competency gaps — as CSV, xlsx or
//! Markdown. Personal data: the site never receives it. The rows are the team summaries' own
//! member rows (`evaluate::team::summarise`), each cycle's selection summarised as one team.

use std::collections::BTreeMap;

use rust_xlsxwriter::{Color, Format, XlsxError};

use crate::evaluate::GapStatus;
use crate::evaluate::team::{self, Cell, Member};
use crate::model::{Date, Language, Standard};
use crate::render::i18n;
use crate::render::pdf::summary::{self, points};

/// One record's line of the roll-up, every field as shown.
pub struct ResultRow {
    pub cycle: String,
    pub employee_id: String,
    pub name: String,
    pub department: String,
    pub manager: String,
    pub sequence: String,
    pub position: String,
    pub levels: String,
    pub outcome: String,
    pub qualified: bool,
    pub grade: String,
    pub total: f64,
    pub pass: f64,
    pub previous: Option<f64>,
    pub reason: String,
    /// "沟通能力 1/2、客户导向 2/3★": each competency short, achieved/required, ★ key.
    pub gaps: String,
    pub key_gaps: usize,
    pub gap_count: usize,
    /// The edition the verdict was evaluated against: "第01版", or "第02版（试算）" in a
    /// what-if.
    pub edition: String,
}

/// The rows of `selected` (by cycle, then employee id); `everyone` gives each person's earlier
/// totals, whatever the filters keep; `info` which edition each was evaluated against.
pub fn rows(
    standard: &Standard,
    info: &crate::render::BuildInfo,
    selected: &[Member],
    everyone: &[Member],
) -> Vec<ResultRow> {
    let lang = standard.settings.language;
    let histories = team::histories(everyone);
    let mut by_cycle: BTreeMap<&str, Vec<Member>> = BTreeMap::new();
    for m in selected {
        by_cycle.entry(m.0.cycle.as_str()).or_default().push(*m);
    }
    let mut out = Vec::new();
    for (cycle, members) in by_cycle {
        let s = team::summarise(standard, cycle, &members, &[], &histories);
        for row in &s.members {
            let a = members
                .iter()
                .find(|(a, _)| a.employee_id == row.employee_id)
                .expect("a summary row is one of its members")
                .0;
            let line = summary::member_line(standard, row);
            let short: Vec<(String, bool)> = s
                .columns
                .iter()
                .zip(&row.cells)
                .filter_map(|(c, cell)| match cell {
                    Cell::Assessed {
                        achieved,
                        required,
                        key,
                        one_line,
                        status,
                    } if *status != GapStatus::Met => Some((
                        format!(
                            "{} {}{}",
                            standard.competency_name(&c.competency),
                            if *one_line {
                                i18n::get(lang, "unmet").to_string()
                            } else {
                                format!("{achieved}/{required}")
                            },
                            if *key { "★" } else { "" }
                        ),
                        *key,
                    )),
                    _ => None,
                })
                .collect();
            let edition = info.standard_for(standard, a).0.settings.edition.clone();
            out.push(ResultRow {
                edition: if info.what_if.is_some() {
                    i18n::get(lang, "results_what_if").replace("{edition}", &edition)
                } else {
                    edition
                },
                cycle: cycle.to_string(),
                employee_id: row.employee_id.clone(),
                name: row.name.clone(),
                department: a.department.clone(),
                manager: a.manager.as_ref().map_or_else(String::new, |m| {
                    crate::interchange::columns::paren(lang, &m.name, &m.id)
                }),
                sequence: standard
                    .sequence(&a.sequence)
                    .map_or_else(|| a.sequence.clone(), |q| q.name.clone()),
                position: a
                    .position
                    .as_ref()
                    .and_then(|p| standard.sequence(&a.sequence)?.position(p))
                    .map_or_else(String::new, |p| p.name.clone()),
                levels: line.levels,
                outcome: line.outcome,
                qualified: row.qualified,
                grade: line.grade,
                total: row.total,
                pass: row.pass,
                previous: row.previous.as_ref().map(|(t, _)| *t),
                reason: line.reason,
                key_gaps: short.iter().filter(|(_, key)| *key).count(),
                gap_count: short.len(),
                gaps: short
                    .into_iter()
                    .map(|(text, _)| text)
                    .collect::<Vec<_>>()
                    .join(if lang == Language::ZhCn { "、" } else { ", " }),
            });
        }
    }
    out
}

fn headers(lang: Language) -> Vec<&'static str> {
    [
        "team_col_cycle",
        "team_col_id",
        "team_col_name",
        "results_department",
        "results_manager",
        "team_col_sequence",
        "results_position",
        "team_col_levels",
        "team_col_outcome",
        "results_qualified",
        "grade",
        "team_col_total",
        "team_col_pass",
        "team_col_previous",
        "team_col_reason",
        "results_gap_count",
        "results_key_gaps",
        "results_gaps",
        "results_edition",
    ]
    .into_iter()
    .map(|k| i18n::get(lang, k))
    .collect()
}

fn yes_no(lang: Language, b: bool) -> &'static str {
    let (yes, no) = crate::interchange::columns::yes_no_words(lang);
    if b { yes } else { no }
}

/// Every field as text, in the headers' order.
fn texts(lang: Language, r: &ResultRow) -> Vec<String> {
    vec![
        r.cycle.clone(),
        r.employee_id.clone(),
        r.name.clone(),
        r.department.clone(),
        r.manager.clone(),
        r.sequence.clone(),
        r.position.clone(),
        r.levels.clone(),
        r.outcome.clone(),
        yes_no(lang, r.qualified).to_string(),
        r.grade.clone(),
        points(r.total),
        points(r.pass),
        r.previous.map(points).unwrap_or_default(),
        r.reason.clone(),
        r.gap_count.to_string(),
        r.key_gaps.to_string(),
        r.gaps.clone(),
        r.edition.clone(),
    ]
}

/// UTF-8 with a BOM, so Excel opens the Chinese as written.
pub fn csv(standard: &Standard, rows: &[ResultRow]) -> Vec<u8> {
    let lang = standard.settings.language;
    let mut out = vec![
        headers(lang)
            .into_iter()
            .map(String::from)
            .collect::<Vec<_>>(),
    ];
    out.extend(rows.iter().map(|r| texts(lang, r)));
    crate::render::csv::rows(&out)
}

/// A Markdown table for an email or a wiki page, with a line of counts above it.
pub fn markdown(standard: &Standard, rows: &[ResultRow], scope: &str) -> String {
    let lang = standard.settings.language;
    let g = |k| i18n::get(lang, k);
    let cell = |text: &str| {
        if text.is_empty() {
            "—".to_string()
        } else {
            text.replace('|', "\\|").replace('\n', " ")
        }
    };
    let qualified = rows.iter().filter(|r| r.qualified).count();
    let mut out = format!("# {}\n\n", g("results_title"));
    out.push_str(&format!(
        "{} · {}\n\n",
        g("results_confidential"),
        cell(scope)
    ));
    out.push_str(
        &g("results_counts")
            .replace("{n}", &rows.len().to_string())
            .replace("{q}", &qualified.to_string()),
    );
    out.push_str("\n\n");
    let keep = [0, 1, 2, 3, 5, 7, 8, 10, 11, 12, 14, 17];
    let header = headers(lang);
    out.push_str(&format!(
        "| {} |\n",
        keep.iter()
            .map(|i| header[*i])
            .collect::<Vec<_>>()
            .join(" | ")
    ));
    out.push_str(&format!(
        "|{}|\n",
        keep.iter()
            .map(|i| if matches!(i, 11 | 12) { "--:" } else { "---" })
            .collect::<Vec<_>>()
            .join("|")
    ));
    for r in rows {
        let t = texts(lang, r);
        out.push_str(&format!(
            "| {} |\n",
            keep.iter()
                .map(|i| cell(&t[*i]))
                .collect::<Vec<_>>()
                .join(" | ")
        ));
    }
    out
}

/// One sheet with a header row that stays in view and filters, numbers as numbers.
pub fn xlsx(standard: &Standard, rows: &[ResultRow], date: Date) -> Result<Vec<u8>, XlsxError> {
    let lang = standard.settings.language;
    let mut book = crate::render::xlsx::workbook(date, i18n::get(lang, "results_title"))?;
    let header = crate::render::xlsx::header();
    let wrap = Format::new().set_text_wrap();
    let short = Format::new().set_background_color(Color::RGB(0xFCE4D6));
    let sheet = book.add_worksheet();
    sheet.set_name(i18n::get(lang, "results_title"))?;
    let titles = headers(lang);
    for (c, title) in titles.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *title, &header)?;
    }
    for (r, row) in rows.iter().enumerate() {
        let r = 1 + r as u32;
        for (c, text) in texts(lang, row).iter().enumerate() {
            let c = c as u16;
            match c {
                11 => sheet.write_number(r, c, row.total)?,
                12 => sheet.write_number(r, c, row.pass)?,
                13 => match row.previous {
                    Some(p) => sheet.write_number(r, c, p)?,
                    None => sheet,
                },
                15 => sheet.write_number(r, c, row.gap_count as f64)?,
                16 => sheet.write_number(r, c, row.key_gaps as f64)?,
                9 if !row.qualified => sheet.write_string_with_format(r, c, text, &short)?,
                14 | 17 => sheet.write_string_with_format(r, c, text, &wrap)?,
                _ => sheet.write_string(r, c, text)?,
            };
        }
    }
    let widths = [
        8.0, 9.0, 9.0, 14.0, 14.0, 12.0, 12.0, 16.0, 16.0, 8.0, 6.0, 7.0, 7.0, 7.0, 28.0, 7.0, 7.0,
        40.0, 12.0,
    ];
    for (c, w) in widths.iter().enumerate() {
        sheet.set_column_width(c as u16, *w)?;
    }
    sheet.set_freeze_panes(1, 3)?;
    // Printed: landscape A4, the header row and who on every page, gridlines.
    sheet.set_landscape();
    sheet.set_paper_size(9);
    sheet.set_repeat_rows(0, 0)?;
    sheet.set_repeat_columns(0, 2)?;
    sheet.set_print_gridlines(true);
    sheet.autofilter(0, 0, rows.len() as u32, titles.len() as u16 - 1)?;
    book.save_to_buffer()
}
