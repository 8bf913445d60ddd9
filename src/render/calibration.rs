//! The calibration pack (校准会材料) of one cycle, for the HR business partner who prepares the
//! calibration meeting: its tables worded once here — the distribution per level, each
//! manager's and judge's leniency, the divergent items, the records near a boundary, and the
//! items to decide — laid out by the PDF (`calibration.typ`) and written as a workbook whose
//! last sheet, filled in, `rungs import` reads back as calibration decisions. Personal data:
//! written under the build's `summaries/`, never on the site.

use rust_xlsxwriter::{Color, Format, FormatAlign, Worksheet, XlsxError};
use serde::Serialize;

use crate::evaluate::Grade;
use crate::evaluate::calibration::{Calibration, Case, Near};
use crate::evaluate::ratings::Leniency;
use crate::model::{Date, Item, Language, PANEL, Standard, format_number, format_score};
use crate::render::pdf::eligibility::{level_name, sequence_name};
use crate::render::ratings::{item_name, role_label};
use crate::render::words::fill;

/// A leniency this far from the others (levels, or share of points) is called lenient or
/// strict in the pack.
const LENIENT_LEVELS: f64 = 0.25;
const LENIENT_SHARE: f64 = 0.05;

/// The pack as its PDF and workbook show it.
#[derive(Serialize)]
pub struct Pack {
    pub title: String,
    /// Cycle and date.
    pub subtitle: String,
    /// The counts at a glance.
    pub summary: Vec<String>,
    pub tables: Vec<Table>,
}

/// One table: a section of the PDF, a sheet of the workbook.
#[derive(Serialize)]
pub struct Table {
    pub sheet: String,
    pub title: String,
    pub note: String,
    pub headers: Vec<String>,
    /// Column widths in the workbook (characters); the PDF takes them as proportions.
    pub widths: Vec<f64>,
    pub rows: Vec<Row>,
    /// Columns left blank to fill in (the decisions), from this index on.
    pub fill_from: Option<usize>,
    /// The columns the PDF shows (the workbook shows all): the decision sheet's cycle and
    /// item code are for the import, not the meeting.
    pub pdf_columns: Vec<usize>,
}

#[derive(Serialize)]
pub struct Row {
    pub cells: Vec<String>,
    /// `flag` (needs the meeting), `done` (settled), or none.
    pub mark: Option<&'static str>,
}

pub fn pack(standard: &Standard, c: &Calibration<'_>, date: Date) -> Pack {
    let lang = standard.settings.language;
    let g = |k: &str| lang.get(k);
    let undecided = c.divergent.iter().filter(|x| !x.decided()).count();
    Pack {
        title: fill(g("cal_title"), &[("cycle", c.cycle.clone())]),
        subtitle: fill(
            g("cal_subtitle"),
            &[
                ("organisation", standard.settings.organisation.clone()),
                ("date", date.to_string()),
            ],
        ),
        summary: vec![
            fill(
                g("cal_summary_records"),
                &[
                    ("records", c.records.to_string()),
                    ("rated", c.rated.to_string()),
                ],
            ),
            fill(
                g("cal_summary_divergent"),
                &[
                    ("divergent", c.divergent.len().to_string()),
                    ("undecided", undecided.to_string()),
                ],
            ),
            fill(
                g("cal_summary_near"),
                &[
                    ("near", c.near.len().to_string()),
                    ("margin", format_number(standard.settings.ratings.margin)),
                ],
            ),
            fill(
                g("cal_summary_to_decide"),
                &[("items", c.to_decide.len().to_string())],
            ),
        ],
        tables: vec![
            distribution(standard, c),
            leniency_table(standard, &c.leniency),
            divergent(standard, c),
            near(standard, c),
            to_decide(standard, c),
        ],
    }
}

fn headers(lang: Language, keys: &[(&str, f64)]) -> (Vec<String>, Vec<f64>) {
    keys.iter()
        .map(|(k, w)| (lang.get(k).to_string(), *w))
        .unzip()
}

fn table(
    lang: Language,
    sheet: &str,
    note: &str,
    columns: &[(&str, f64)],
    rows: Vec<Row>,
) -> Table {
    let (headers, widths) = headers(lang, columns);
    Table {
        sheet: lang.get(sheet).to_string(),
        title: lang.get(&format!("{sheet}_title")).to_string(),
        note: lang.get(note).to_string(),
        headers,
        widths,
        rows,
        fill_from: None,
        pdf_columns: (0..columns.len()).collect(),
    }
}

fn grade_letter(g: Grade) -> &'static str {
    match g {
        Grade::A => "A",
        Grade::B => "B",
        Grade::C => "C",
    }
}

fn distribution(standard: &Standard, c: &Calibration<'_>) -> Table {
    let lang = standard.settings.language;
    let rows = c
        .distribution
        .iter()
        .map(|t| {
            let share = t.qualified as f64 / t.records.max(1) as f64 * 100.0;
            Row {
                cells: vec![
                    sequence_name(standard, t.sequence).to_string(),
                    level_name(standard, t.sequence, t.level).to_string(),
                    t.records.to_string(),
                    t.qualified.to_string(),
                    format!("{}%", format_number(share.round())),
                    t.grades[0].to_string(),
                    t.grades[1].to_string(),
                    t.grades[2].to_string(),
                    format_score(t.total_sum / t.records.max(1) as f64),
                ],
                mark: None,
            }
        })
        .collect();
    table(
        lang,
        "cal_sheet_distribution",
        "cal_note_distribution",
        &[
            ("sequence", 14.0),
            ("cal_col_level", 10.0),
            ("cal_col_records", 8.0),
            ("cal_col_qualified", 8.0),
            ("cal_col_pass_rate", 8.0),
            ("cal_col_grade_a", 6.0),
            ("cal_col_grade_b", 6.0),
            ("cal_col_grade_c", 6.0),
            ("cal_col_mean_total", 10.0),
        ],
        rows,
    )
}

/// `+0.33`, `−0.5`: a signed difference.
fn signed(x: f64) -> String {
    let shown = format_number((x * 100.0).round() / 100.0);
    if x > 0.0005 {
        format!("+{shown}")
    } else if x < -0.0005 {
        shown.replace('-', "−")
    } else {
        "0".to_string()
    }
}

fn leniency_table(standard: &Standard, all: &[Leniency]) -> Table {
    let lang = standard.settings.language;
    let rows = all
        .iter()
        .map(|l| {
            let lean = l
                .levels
                .map(|(_, d)| d / LENIENT_LEVELS)
                .into_iter()
                .chain(l.points.map(|(_, d)| d / LENIENT_SHARE));
            let lean = lean.fold(0.0_f64, |a, b| if b.abs() > a.abs() { b } else { a });
            let word = if lean >= 1.0 - 1e-9 {
                Some(("cal_lenient", "flag"))
            } else if lean <= -1.0 + 1e-9 {
                Some(("cal_strict", "flag"))
            } else {
                None
            };
            let rater = l.rater.as_ref().map_or_else(String::new, |r| {
                if r.name == r.id {
                    r.id.clone()
                } else {
                    format!("{}（{}）", r.name, r.id)
                }
            });
            Row {
                cells: vec![
                    role_label(standard, &l.role),
                    rater,
                    l.people.to_string(),
                    l.levels.map_or_else(String::new, |(n, _)| n.to_string()),
                    l.levels.map_or_else(|| "—".into(), |(_, d)| signed(d)),
                    l.points.map_or_else(String::new, |(n, _)| n.to_string()),
                    l.points
                        .map_or_else(|| "—".into(), |(_, d)| format!("{}%", signed(d * 100.0))),
                    word.map_or_else(String::new, |(k, _)| lang.get(k).to_string()),
                ],
                mark: word.map(|(_, m)| m),
            }
        })
        .collect();
    table(
        lang,
        "cal_sheet_leniency",
        "cal_note_leniency",
        &[
            ("cal_col_role", 8.0),
            ("cal_col_rater", 16.0),
            ("cal_col_people", 8.0),
            ("cal_col_levels_n", 10.0),
            ("cal_col_levels_diff", 12.0),
            ("cal_col_points_n", 10.0),
            ("cal_col_points_diff", 14.0),
            ("cal_col_lean", 8.0),
        ],
        rows,
    )
}

/// Who the record is: id, name, level applied for.
fn who(standard: &Standard, a: &crate::model::Assessment) -> [String; 3] {
    [
        a.employee_id.clone(),
        a.name.clone(),
        format!(
            "{} {}",
            sequence_name(standard, &a.sequence),
            level_name(standard, &a.sequence, &a.applied_level)
        ),
    ]
}

/// Each rater's value of the case's item, by role: `上级 3；评委 5、4、4；自评 4`.
fn given(standard: &Standard, case: &Case<'_>) -> String {
    let lang = standard.settings.language;
    let rated = &case.record.rated;
    let named = standard.settings.ratings.name_judges;
    standard
        .settings
        .ratings
        .roles
        .iter()
        .filter_map(|role| {
            let values: Vec<String> = rated
                .ratings
                .iter()
                .filter(|r| &r.role == role)
                .filter_map(|r| {
                    let v = r.values.get(case.item)?;
                    let shown = show(standard, case.item, *v);
                    Some(if role == PANEL && !named {
                        shown
                    } else {
                        format!("{} {shown}", r.rater.name)
                    })
                })
                .collect();
            (!values.is_empty()).then(|| {
                format!(
                    "{}{}{}",
                    role_label(standard, role),
                    lang.get("colon"),
                    values.join(lang.get("list_sep"))
                )
            })
        })
        .collect::<Vec<_>>()
        .join(lang.get("items_sep"))
}

/// A value as the item reads: 达标 / 未达标 for met, else the number.
fn show(standard: &Standard, item: &Item, value: f64) -> String {
    let lang = standard.settings.language;
    let met = match item {
        Item::Competency(id) => standard.competency(id).is_some_and(|c| c.is_one_line()),
        Item::Behaviour(_) => true,
        Item::Score { .. } => false,
    };
    if met {
        lang.get(if value >= 0.5 {
            "behaviour_met"
        } else {
            "behaviour_unmet"
        })
        .to_string()
    } else {
        format_number(value)
    }
}

fn sequence_of<'s>(standard: &'s Standard, case: &Case<'_>) -> &'s crate::model::Sequence {
    standard
        .sequence(&case.record.sequence)
        .expect("a checked record's sequence")
}

fn divergent(standard: &Standard, c: &Calibration<'_>) -> Table {
    let lang = standard.settings.language;
    let rows = c
        .divergent
        .iter()
        .map(|case| {
            let decision = case.record.rated.decisions(case.item).last();
            let [id, name, level] = who(standard, case.record);
            Row {
                cells: vec![
                    id,
                    name,
                    level,
                    item_name(standard, sequence_of(standard, case), case.item),
                    given(standard, case),
                    format_number(case.info.spread),
                    case.info
                        .combined
                        .map_or_else(String::new, |v| show(standard, case.item, v)),
                    decision.map_or_else(
                        || lang.get("cal_undecided").to_string(),
                        |d| {
                            format!(
                                "{} → {}{}{}",
                                show(standard, case.item, d.from),
                                show(standard, case.item, d.to),
                                lang.get("colon"),
                                d.reason
                            )
                        },
                    ),
                ],
                mark: Some(if decision.is_some() { "done" } else { "flag" }),
            }
        })
        .collect();
    table(
        lang,
        "cal_sheet_divergent",
        "cal_note_divergent",
        &[
            ("team_col_id", 9.0),
            ("team_col_name", 9.0),
            ("cal_col_level", 14.0),
            ("cal_col_item", 22.0),
            ("cal_col_given", 40.0),
            ("cal_col_spread", 6.0),
            ("cal_col_combined", 8.0),
            ("cal_col_decision", 40.0),
        ],
        rows,
    )
}

fn near(standard: &Standard, c: &Calibration<'_>) -> Table {
    let lang = standard.settings.language;
    let rows = c
        .near
        .iter()
        .map(|n: &Near<'_>| {
            let e = n.evaluation;
            let mut why = Vec::new();
            if let Some(d) = n.from_pass {
                why.push(fill(lang.get("cal_near_pass"), &[("points", signed(d))]));
            }
            if let Some(to) = n.grade_to {
                why.push(fill(
                    lang.get(if e.grade == Grade::C {
                        "cal_near_grade_up"
                    } else {
                        "cal_near_grade_down"
                    }),
                    &[("grade", grade_letter(to).to_string())],
                ));
            }
            let [id, name, level] = who(standard, n.record);
            Row {
                cells: vec![
                    id,
                    name,
                    level,
                    format!("{} / {}", format_score(e.total), format_number(e.pass)),
                    grade_letter(e.grade).to_string(),
                    lang.get(if e.qualified { "yes" } else { "no" }).to_string(),
                    why.join(lang.get("items_sep")),
                ],
                mark: Some("flag"),
            }
        })
        .collect();
    table(
        lang,
        "cal_sheet_near",
        "cal_note_near",
        &[
            ("team_col_id", 9.0),
            ("team_col_name", 9.0),
            ("cal_col_level", 14.0),
            ("cal_col_total", 12.0),
            ("cal_col_grade", 6.0),
            ("cal_col_qualified_q", 8.0),
            ("cal_col_why_near", 44.0),
        ],
        rows,
    )
}

/// The sheet to fill in at the meeting, one row per item: `rungs import` reads it back.
fn to_decide(standard: &Standard, c: &Calibration<'_>) -> Table {
    let lang = standard.settings.language;
    let rows = c
        .to_decide
        .iter()
        .map(|case| {
            let [id, name, level] = who(standard, case.record);
            let now = case
                .info
                .value
                .map_or_else(String::new, |v| show(standard, case.item, v));
            Row {
                cells: vec![
                    case.record.cycle.clone(),
                    id,
                    name,
                    level,
                    case.item.to_string(),
                    item_name(standard, sequence_of(standard, case), case.item),
                    given(standard, case),
                    now,
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                ],
                mark: case.info.divergent.then_some("flag"),
            }
        })
        .collect();
    let mut t = table(
        lang,
        "cal_sheet_decide",
        "cal_note_decide",
        &DECIDE_COLUMNS,
        rows,
    );
    t.fill_from = Some(8);
    t.pdf_columns.retain(|c| *c != 0 && *c != 4);
    t
}

/// The decision sheet's columns, in order: the import reads them by these headers.
pub const DECIDE_COLUMNS: [(&str, f64); 12] = [
    ("cal_col_cycle", 8.0),
    ("team_col_id", 9.0),
    ("team_col_name", 9.0),
    ("cal_col_level", 14.0),
    ("cal_col_item_code", 30.0),
    ("cal_col_item", 22.0),
    ("cal_col_given", 36.0),
    ("cal_col_from", 8.0),
    ("cal_col_to", 9.0),
    ("cal_col_reason", 36.0),
    ("cal_col_by", 16.0),
    ("cal_col_on", 12.0),
];

/// The pack as a workbook: a sheet per table, headers frozen and filtered, printed landscape
/// one page wide; the decision sheet's columns to fill shaded. Dated `date`, so the same
/// cycle gives the same bytes.
pub fn workbook(standard: &Standard, pack: &Pack, date: Date) -> Result<Vec<u8>, XlsxError> {
    let lang = standard.settings.language;
    let mut book = crate::render::xlsx::workbook(date, &pack.title)?;
    let text = Format::new().set_align(FormatAlign::Top).set_text_wrap();
    let flag = text.clone().set_background_color(Color::RGB(0xFFF2CC));
    let done = text.clone().set_background_color(Color::RGB(0xE2EFDA));
    let to_fill = text
        .clone()
        .set_background_color(Color::RGB(0xFFFBEA))
        .set_unlocked();
    let header = crate::render::xlsx::header();
    let literal = |s: &str| s.replace('&', "&&");
    let page = fill(
        lang.get("page"),
        &[("p", "&P".to_string()), ("n", "&N".to_string())],
    );
    for t in &pack.tables {
        let sheet: &mut Worksheet = book.add_worksheet();
        sheet.set_name(crate::render::xlsx::sheet_name(&t.sheet))?;
        for (c, (title, width)) in t.headers.iter().zip(&t.widths).enumerate() {
            sheet.write_string_with_format(0, c as u16, title, &header)?;
            sheet.set_column_width(c as u16, *width)?;
        }
        sheet.set_freeze_panes(1, 0)?;
        sheet.autofilter(
            0,
            0,
            (t.rows.len() as u32).max(1),
            t.headers.len() as u16 - 1,
        )?;
        for (i, row) in t.rows.iter().enumerate() {
            let r = 1 + i as u32;
            for (c, cell) in row.cells.iter().enumerate() {
                let format = match (t.fill_from, row.mark) {
                    (Some(from), _) if c >= from => &to_fill,
                    (_, Some("flag")) => &flag,
                    (_, Some("done")) => &done,
                    _ => &text,
                };
                sheet.write_string_with_format(r, c as u16, cell, format)?;
            }
        }
        sheet.set_landscape();
        sheet.set_paper_size(9);
        sheet.set_print_fit_to_pages(1, 0);
        sheet.set_repeat_rows(0, 0)?;
        sheet.set_print_gridlines(true);
        sheet.set_header(&format!(
            "&L&\"-,Bold\"{}&R{}",
            literal(&pack.title),
            literal(&t.title)
        ));
        sheet.set_footer(&format!(
            "&L{}&C{}&R&A",
            literal(lang.get("cal_confidential")),
            page
        ));
    }
    book.save_to_buffer()
}
