//! The calibration pack (校准会材料) of one cycle, for the HR business partner who prepares the
//! calibration meeting: its tables worded once here — the distribution per level, each
//! manager's and judge's leniency, the divergent items, the records near a boundary, and the
//! items to decide — laid out by the PDF (`calibration.typ`) and written as a workbook whose
//! last sheet, filled in, `rungs import` reads back as calibration decisions. Personal data:
//! written under the build's `summaries/`, never on the site.

use rust_xlsxwriter::{Color, Format, FormatAlign, Worksheet, XlsxError};
use serde::Serialize;

use crate::evaluate::Grade;
use crate::evaluate::calibration::{Calibration, Case, Near, Why};
use crate::evaluate::ratings::Leniency;
use crate::model::{Date, Item, Language, PANEL, Standard, format_number, format_score};
use crate::render::pdf::eligibility::{level_name, sequence_name};
use crate::render::ratings::{item_name, role_label, show_value};
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
    let row = |sequence: String,
               level: String,
               n: usize,
               qualified: usize,
               grades: [usize; 3],
               sum: f64| {
        let share = qualified as f64 / n.max(1) as f64 * 100.0;
        Row {
            cells: vec![
                sequence,
                level,
                n.to_string(),
                qualified.to_string(),
                format!("{}%", format_number(share.round())),
                grades[0].to_string(),
                grades[1].to_string(),
                grades[2].to_string(),
                format_number((sum / n.max(1) as f64 * 10.0).round() / 10.0),
            ],
            mark: None,
        }
    };
    let mut rows: Vec<Row> = c
        .distribution
        .iter()
        .map(|t| {
            let level = level_name(standard, t.sequence, t.level).to_string();
            row(
                sequence_name(standard, t.sequence).to_string(),
                if t.recertification {
                    lang.get("cal_recertification").replace("{level}", &level)
                } else {
                    level
                },
                t.records,
                t.qualified,
                t.grades,
                t.total_sum,
            )
        })
        .collect();
    let mut all = (0, 0, [0; 3], 0.0);
    for t in &c.distribution {
        all.0 += t.records;
        all.1 += t.qualified;
        for g in 0..3 {
            all.2[g] += t.grades[g];
        }
        all.3 += t.total_sum;
    }
    let mut total = row(
        lang.get("cal_total").to_string(),
        String::new(),
        all.0,
        all.1,
        all.2,
        all.3,
    );
    // Totals of different levels' pass marks do not average into anything.
    total.cells[8] = String::new();
    total.mark = Some("total");
    rows.push(total);
    table(
        lang,
        "cal_sheet_distribution",
        "cal_note_distribution",
        &[
            ("sequence", 14.0),
            ("cal_col_level", 14.0),
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

/// Fewer people than this, and a leniency figure is flagged as a small sample.
const FEW_PEOPLE: usize = 3;

/// `+0.40`, `−1.58`: a signed difference with two decimals.
fn signed_fixed(x: f64) -> String {
    let shown = format!("{:.2}", (x * 100.0).round() / 100.0);
    if x > 0.005 {
        format!("+{shown}")
    } else if x < -0.005 {
        shown.replace('-', "−")
    } else {
        "0.00".to_string()
    }
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
                    l.points.map_or_else(
                        || "—".into(),
                        |(_, d)| format!("{}%", signed_fixed(d * 100.0)),
                    ),
                    {
                        let lean = word.map_or("—", |(k, _)| lang.get(k));
                        if l.people < FEW_PEOPLE {
                            format!("{lean}{}", lang.get("cal_few_people"))
                        } else {
                            lean.to_string()
                        }
                    },
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

/// The columns [`who`] fills.
const WHO_COLUMNS: [(&str, f64); 4] = [
    ("team_col_id", 9.0),
    ("team_col_name", 9.0),
    ("department", 10.0),
    ("cal_col_level", 16.0),
];

/// Who the record is: id, name, department, and the levels (一级 → 二级, or 四级（复核）).
fn who(standard: &Standard, a: &crate::model::Assessment) -> [String; 4] {
    let lang = standard.settings.language;
    let name = |l: &str| level_name(standard, &a.sequence, l).to_string();
    let levels = match a.current_level.as_deref() {
        Some(c) if c == a.applied_level => {
            lang.get("cal_recertification").replace("{level}", &name(c))
        }
        Some(c) => format!("{} → {}", name(c), name(&a.applied_level)),
        None => name(&a.applied_level),
    };
    [
        a.employee_id.clone(),
        a.name.clone(),
        a.department.clone(),
        format!("{} {levels}", sequence_name(standard, &a.sequence)),
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
                    let shown = show_value(standard, case.item, *v);
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

fn sequence_of<'s>(standard: &'s Standard, case: &Case<'_>) -> &'s crate::model::Sequence {
    standard
        .sequence(&case.record.sequence)
        .expect("a checked record's sequence")
}

/// How far apart the raters were, in the item's unit: `2 级`, `3 分（占 6 分的 50%）`.
fn spread_text(standard: &Standard, case: &Case<'_>) -> String {
    let lang = standard.settings.language;
    let spread = case.info.spread;
    match case.item {
        Item::Score { .. } if case.info.scale > 0.0 => fill(
            lang.get("cal_spread_points"),
            &[
                ("spread", format_number(spread)),
                ("points", format_number(case.info.scale)),
                (
                    "share",
                    format_number((spread / case.info.scale * 100.0).round()),
                ),
            ],
        ),
        Item::Competency(_) if !standard.reads_met(case.item) => fill(
            lang.get("cal_spread_levels"),
            &[("spread", format_number(spread))],
        ),
        _ => lang.get("cal_spread_met").to_string(),
    }
}

/// A value with its scale where that says more: `4 / 6` for points.
fn value_text(standard: &Standard, case: &Case<'_>, value: f64) -> String {
    match case.item {
        Item::Score { .. } => format!(
            "{} / {}",
            format_number(value),
            format_number(case.info.scale)
        ),
        _ => show_value(standard, case.item, value),
    }
}

fn divergent(standard: &Standard, c: &Calibration<'_>) -> Table {
    let lang = standard.settings.language;
    let rows = c
        .divergent
        .iter()
        .map(|case| {
            let decision = case.record.rated.decisions(case.item).last();
            let [id, name, department, level] = who(standard, case.record);
            Row {
                cells: vec![
                    id,
                    name,
                    department,
                    level,
                    item_name(standard, sequence_of(standard, case), case.item),
                    given(standard, case),
                    spread_text(standard, case),
                    case.info
                        .combined
                        .map_or_else(String::new, |v| value_text(standard, case, v)),
                    decision.map_or_else(
                        || lang.get("cal_undecided").to_string(),
                        |d| {
                            let change = if (d.from - d.to).abs() < 1e-9 {
                                lang.get("decision_kept")
                                    .replace("{value}", &show_value(standard, case.item, d.to))
                            } else {
                                format!(
                                    "{} → {}",
                                    show_value(standard, case.item, d.from),
                                    show_value(standard, case.item, d.to)
                                )
                            };
                            format!("{change}{}{}", lang.get("colon"), d.reason)
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
            WHO_COLUMNS.as_slice(),
            &[
                ("cal_col_item", 20.0),
                ("cal_col_given", 36.0),
                ("cal_col_spread", 14.0),
                ("cal_col_combined", 8.0),
                ("cal_col_decision", 36.0),
            ],
        ]
        .concat(),
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
                let points = |x: f64| format_number((x.abs() * 100.0).round() / 100.0);
                why.push(if d.abs() < 1e-9 {
                    lang.get("cal_near_pass_at").to_string()
                } else if d > 0.0 {
                    fill(lang.get("cal_near_pass_above"), &[("points", points(d))])
                } else {
                    fill(lang.get("cal_near_pass_below"), &[("points", points(d))])
                });
            }
            if let Some(to) = n.grade_to {
                let sequence = standard
                    .sequence(&n.record.sequence)
                    .expect("a checked record's sequence");
                let items: Vec<String> = n
                    .deciding
                    .iter()
                    .map(|i| item_name(standard, sequence, i))
                    .collect();
                why.push(fill(
                    lang.get(if e.grade == Grade::C {
                        "cal_near_grade_up"
                    } else {
                        "cal_near_grade_down"
                    }),
                    &[
                        ("grade", grade_letter(to).to_string()),
                        ("items", items.join(lang.get("list_sep"))),
                    ],
                ));
            }
            let [id, name, department, level] = who(standard, n.record);
            // Why it is not qualified, when it is not: a failed condition calibration cannot
            // change says so.
            let failed = if e.qualified {
                String::new()
            } else {
                crate::render::verdict::reason_sentence(standard, &e.failures)
            };
            Row {
                cells: vec![
                    id,
                    name,
                    department,
                    level,
                    format!("{} / {}", format_score(e.total), format_number(e.pass)),
                    grade_letter(e.grade).to_string(),
                    lang.get(if e.qualified { "yes" } else { "no" }).to_string(),
                    why.join(lang.get("items_sep")),
                    failed,
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
            WHO_COLUMNS.as_slice(),
            &[
                ("cal_col_total", 10.0),
                ("cal_col_grade", 6.0),
                ("cal_col_qualified_q", 8.0),
                ("cal_col_why_near", 36.0),
                ("cal_col_not_qualified", 36.0),
            ],
        ]
        .concat(),
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
            let [id, name, department, level] = who(standard, case.record);
            let now = case
                .info
                .value
                .map_or_else(String::new, |v| show_value(standard, case.item, v));
            let why = match case.why {
                Why::Divergent => lang.get("cal_why_divergent"),
                Why::Grade if case.evaluation.grade == Grade::C => lang.get("cal_why_grade_up"),
                Why::Grade => lang.get("cal_why_grade_down"),
                Why::Points => lang.get("cal_why_points"),
            };
            Row {
                cells: vec![
                    case.record.cycle.clone(),
                    id,
                    name,
                    department,
                    level,
                    case.item.to_string(),
                    item_name(standard, sequence_of(standard, case), case.item),
                    requirement(standard, case),
                    given(standard, case),
                    why.to_string(),
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
    t.fill_from = Some(11);
    t.pdf_columns.retain(|c| *c != 0 && *c != 3 && *c != 5);
    t
}

/// What the level asks of the item, or what it is worth: `要求 3 级`, `须达标`, `满分 6 分`.
fn requirement(standard: &Standard, case: &Case<'_>) -> String {
    let lang = standard.settings.language;
    let e = case.evaluation;
    match case.item {
        Item::Competency(id) => e
            .competencies
            .iter()
            .find(|c| &c.competency == id)
            .map_or_else(String::new, |c| {
                let key = if c.key { lang.get("cal_key_mark") } else { "" };
                if c.one_line {
                    format!("{}{key}", lang.get("one_line_required"))
                } else {
                    format!(
                        "{}{key}",
                        fill(
                            lang.get("cal_required_level"),
                            &[("level", c.required.to_string())]
                        )
                    )
                }
            }),
        Item::Behaviour(id) => {
            e.behaviours
                .iter()
                .find(|b| &b.activity == id)
                .map_or_else(String::new, |b| {
                    let key = if b.key { lang.get("cal_key_mark") } else { "" };
                    format!("{}{key}", lang.get("one_line_required"))
                })
        }
        Item::Score { .. } => fill(
            lang.get("cal_full_points"),
            &[("points", format_number(case.info.scale))],
        ),
    }
}

/// The decision sheet's columns, in order: the import reads them by these headers.
pub const DECIDE_COLUMNS: [(&str, f64); 15] = [
    ("cal_col_cycle", 8.0),
    ("team_col_id", 9.0),
    ("team_col_name", 9.0),
    ("department", 10.0),
    ("cal_col_level", 16.0),
    ("cal_col_item_code", 30.0),
    ("cal_col_item", 20.0),
    ("cal_col_requirement", 10.0),
    ("cal_col_given", 32.0),
    ("cal_col_why", 16.0),
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
    let bold = text.clone().set_bold();
    let to_fill = text
        .clone()
        .set_background_color(Color::RGB(0xFFFBEA))
        .set_unlocked();
    let header = crate::render::xlsx::header();
    for t in &pack.tables {
        let sheet: &mut Worksheet = book.add_worksheet();
        let columns: Vec<(&str, f64)> = t
            .headers
            .iter()
            .map(String::as_str)
            .zip(t.widths.iter().copied())
            .collect();
        let page = crate::render::xlsx::PageCodes::new(
            lang,
            &pack.title,
            &t.title,
            lang.get("cal_confidential"),
        );
        crate::render::xlsx::frame(
            sheet,
            &t.sheet,
            &columns,
            t.rows.len() as u32,
            0,
            &header,
            &page,
        )?;
        for (i, row) in t.rows.iter().enumerate() {
            let r = 1 + i as u32;
            for (c, cell) in row.cells.iter().enumerate() {
                let format = match (t.fill_from, row.mark) {
                    (Some(from), _) if c >= from => &to_fill,
                    (_, Some("flag")) => &flag,
                    (_, Some("done")) => &done,
                    (_, Some("total")) => &bold,
                    _ => &text,
                };
                sheet.write_string_with_format(r, c as u16, cell, format)?;
            }
        }
    }
    book.save_to_buffer()
}
