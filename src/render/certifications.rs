//! Who holds which certification on a date (持证情况), and who is due for renewal (复审名单):
//! one row per person, as CSV, a workbook or Markdown. Personal data, like results.

use rust_xlsxwriter::{Format, XlsxError};

use crate::evaluate::certification::{Held, Status};
use crate::model::{Date, Language, Standard};
use crate::render::words::fill;

/// The columns, in order.
const HEADERS: [&str; 11] = [
    "team_col_id",
    "team_col_name",
    "department",
    "sequence",
    "cert_col_level",
    "cert_col_title",
    "cert_col_since",
    "cert_valid_until",
    "cert_col_status",
    "cert_serial",
    "cert_col_reason",
];

pub fn status_word(lang: Language, status: Status) -> &'static str {
    lang.get(match status {
        Status::Active => "cert_status_active",
        Status::Expiring => "cert_status_expiring",
        Status::Observation => "cert_status_observation",
        Status::Expired => "cert_status_expired",
        Status::Suspended => "cert_status_suspended",
        Status::Revoked => "cert_status_revoked",
    })
}

/// One person's row.
pub fn row(standard: &Standard, h: &Held<'_>) -> Vec<String> {
    let lang = standard.settings.language;
    let c = &h.certificate;
    let sequence = standard.sequence(&c.sequence);
    let level = sequence.and_then(|s| s.level(&c.level));
    vec![
        c.record.employee_id.clone(),
        c.record.name.clone(),
        c.record.department.clone(),
        sequence.map_or_else(|| c.sequence.clone(), |s| s.name.clone()),
        level.map_or_else(|| c.level.clone(), |l| l.name.clone()),
        level.map_or_else(String::new, |l| l.title.clone()),
        h.since.to_string(),
        c.valid_until.to_string(),
        status_word(lang, h.status).to_string(),
        c.serial.clone(),
        h.reason.clone().unwrap_or_default(),
    ]
}

/// Whether `h` is due for renewal within `months` of `on`: in force, ending by then.
pub fn due(h: &Held<'_>, on: Date, months: u32) -> bool {
    h.status.in_force() && on.add_months(i64::from(months)) >= h.certificate.valid_until
}

fn headers(lang: Language) -> Vec<String> {
    HEADERS.iter().map(|k| lang.get(k).to_string()).collect()
}

pub fn csv(standard: &Standard, held: &[Held<'_>]) -> Vec<u8> {
    let lang = standard.settings.language;
    crate::render::csv::rows(
        std::iter::once(headers(lang)).chain(held.iter().map(|h| row(standard, h))),
    )
}

pub fn markdown(standard: &Standard, held: &[Held<'_>], on: Date, months: u32) -> String {
    let lang = standard.settings.language;
    let table = |rows: Vec<Vec<String>>| {
        let mut out = format!(
            "| {} |\n|{}|\n",
            headers(lang).join(" | "),
            vec!["---"; HEADERS.len()].join("|")
        );
        for r in rows {
            let cells: Vec<String> = r
                .iter()
                .map(|c| {
                    if c.is_empty() {
                        "—".into()
                    } else {
                        c.replace('|', "\\|")
                    }
                })
                .collect();
            out.push_str(&format!("| {} |\n", cells.join(" | ")));
        }
        out
    };
    let due_rows: Vec<Vec<String>> = held
        .iter()
        .filter(|h| due(h, on, months))
        .map(|h| row(standard, h))
        .collect();
    format!(
        "# {}\n\n{}\n\n{}\n## {}\n\n{}",
        lang.get("cert_list_title"),
        fill(lang.get("cert_list_as_of"), &[("date", on.to_string())]),
        table(held.iter().map(|h| row(standard, h)).collect()),
        fill(
            lang.get("cert_renewal_title"),
            &[("months", months.to_string())]
        ),
        if due_rows.is_empty() {
            format!("{}\n", lang.get("none"))
        } else {
            table(due_rows)
        }
    )
}

/// Two sheets: 持证情况 and 复审名单.
pub fn xlsx(
    standard: &Standard,
    held: &[Held<'_>],
    on: Date,
    months: u32,
) -> Result<Vec<u8>, XlsxError> {
    let lang = standard.settings.language;
    let mut book = crate::render::xlsx::workbook(on, lang.get("cert_list_title"))?;
    let header = crate::render::xlsx::header();
    let text = Format::new();
    let sheets = [
        (
            lang.get("cert_list_title").to_string(),
            held.iter().collect::<Vec<_>>(),
        ),
        (
            fill(
                lang.get("cert_renewal_title"),
                &[("months", months.to_string())],
            ),
            held.iter().filter(|h| due(h, on, months)).collect(),
        ),
    ];
    for (name, rows) in sheets {
        let sheet = book.add_worksheet();
        sheet.set_name(crate::render::xlsx::sheet_name(&name))?;
        for (c, h) in headers(lang).iter().enumerate() {
            sheet.write_string_with_format(0, c as u16, h, &header)?;
            sheet.set_column_width(c as u16, if c == 10 { 30.0 } else { 12.0 })?;
        }
        for (r, h) in rows.iter().enumerate() {
            for (c, cell) in row(standard, h).iter().enumerate() {
                sheet.write_string_with_format(1 + r as u32, c as u16, cell, &text)?;
            }
        }
        sheet.set_freeze_panes(1, 2)?;
        sheet.autofilter(0, 0, (rows.len() as u32).max(1), HEADERS.len() as u16 - 1)?;
    }
    book.save_to_buffer()
}
