//! The HR roll-up (`rungs results`): one row per assessment record — who, where, the levels,
//! the verdict, grade and total, why not qualified, and the competency gaps — as CSV, xlsx or
//! Markdown. Personal data: the site never receives it. The rows are the team summaries' own
//! member rows (`evaluate::team::summarise`), each cycle's selection summarised as one team.

use std::collections::BTreeMap;

use rust_xlsxwriter::{Color, Format, XlsxError};

use crate::evaluate::GapStatus;
use crate::evaluate::team::{self, Cell, Member};
use crate::model::{Assessment, Date, Language, Standard};
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
    /// For a record rated by several raters: each role's mean level over the graded
    /// competencies and the result's, the divergent items, the calibration decisions.
    pub role_means: String,
    pub divergent: String,
    pub calibrated: String,
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
                                lang.get("unmet").to_string()
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
            let of_sequence = standard
                .sequence(&a.sequence)
                .expect("a checked record's sequence");
            out.push(ResultRow {
                role_means: crate::render::ratings::role_means(standard, a),
                divergent: crate::render::ratings::divergent_items(standard, of_sequence, a),
                calibrated: crate::render::ratings::calibrated_items(standard, of_sequence, a),
                edition: if info.what_if.is_some() {
                    lang.get("results_what_if").replace("{edition}", &edition)
                } else {
                    edition
                },
                cycle: cycle.to_string(),
                employee_id: row.employee_id.clone(),
                name: row.name.clone(),
                department: a.department.clone(),
                manager: a.manager.as_ref().map_or_else(String::new, |m| {
                    crate::render::words::paren(lang, &m.name, &m.id)
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
                    .join(lang.get("list_sep")),
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
        "results_role_means",
        "results_divergent",
        "results_calibrated",
    ]
    .into_iter()
    .map(|k| lang.get(k))
    .collect()
}

fn yes_no(lang: Language, b: bool) -> &'static str {
    let (yes, no) = crate::render::words::yes_no_words(lang);
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
        r.role_means.clone(),
        r.divergent.clone(),
        r.calibrated.clone(),
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
    let g = |k| lang.get(k);
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
    let mut book = crate::render::xlsx::workbook(date, lang.get("results_title"))?;
    let header = crate::render::xlsx::header();
    let wrap = Format::new().set_text_wrap();
    let short = Format::new().set_background_color(Color::RGB(0xFCE4D6));
    let sheet = book.add_worksheet();
    sheet.set_name(lang.get("results_title"))?;
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
                14 | 17 | 19..=21 => sheet.write_string_with_format(r, c, text, &wrap)?,
                _ => sheet.write_string(r, c, text)?,
            };
        }
    }
    let widths = [
        8.0, 9.0, 9.0, 14.0, 14.0, 12.0, 12.0, 16.0, 16.0, 8.0, 6.0, 7.0, 7.0, 7.0, 28.0, 7.0, 7.0,
        40.0, 12.0, 30.0, 24.0, 30.0,
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

/// Which records a roll-up keeps, as asked: ids or names; an empty list keeps all.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    pub cycle: Vec<String>,
    pub sequence: Vec<String>,
    pub level: Vec<String>,
    pub department: Vec<String>,
    pub manager: Vec<String>,
}

/// A filter that names nothing in the records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoSuch {
    /// cycle, sequence, level, department or manager.
    pub what: &'static str,
    pub given: String,
    /// What there is, for a "did you mean".
    pub known: Vec<String>,
}

/// The filters resolved against the records: ids or names, each checked to name something.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    cycles: Vec<String>,
    sequences: Vec<String>,
    levels: Vec<String>,
    departments: Vec<String>,
    managers: Vec<String>,
}

impl Selection {
    pub fn new(
        standard: &Standard,
        records: &[Assessment],
        f: &Filters,
    ) -> Result<Selection, NoSuch> {
        let distinct = |of: &dyn Fn(&Assessment) -> Option<String>| {
            let mut v: Vec<String> = records.iter().filter_map(of).collect();
            v.sort();
            v.dedup();
            v
        };
        let cycles = distinct(&|a| Some(a.cycle.clone()));
        let departments = distinct(&|a| Some(a.department.clone()));
        let manager_ids = distinct(&|a| a.manager.as_ref().map(|m| m.id.clone()));
        let resolve = |what: &'static str,
                       given: &[String],
                       find: &dyn Fn(&str) -> Option<String>,
                       known: &[String]| {
            given
                .iter()
                .map(|g| {
                    find(g).ok_or_else(|| NoSuch {
                        what,
                        given: g.clone(),
                        known: known.to_vec(),
                    })
                })
                .collect::<Result<Vec<String>, NoSuch>>()
        };
        let sequence_ids: Vec<String> = standard.sequences.iter().map(|s| s.id.clone()).collect();
        let level_ids: Vec<String> = standard
            .sequences
            .iter()
            .flat_map(|s| s.levels.iter().map(|l| l.id.clone()))
            .collect();
        Ok(Selection {
            cycles: resolve(
                "cycle",
                &f.cycle,
                &|g| cycles.iter().find(|c| *c == g).cloned(),
                &cycles,
            )?,
            sequences: resolve(
                "sequence",
                &f.sequence,
                &|g| {
                    standard
                        .sequences
                        .iter()
                        .find(|s| s.id == g || s.name == g)
                        .map(|s| s.id.clone())
                },
                &sequence_ids,
            )?,
            levels: resolve(
                "level",
                &f.level,
                &|g| {
                    standard
                        .sequences
                        .iter()
                        .flat_map(|s| &s.levels)
                        .find(|l| l.id == g || l.name == g)
                        .map(|l| l.id.clone())
                },
                &level_ids,
            )?,
            departments: resolve(
                "department",
                &f.department,
                &|g| departments.iter().find(|d| *d == g).cloned(),
                &departments,
            )?,
            managers: resolve(
                "manager",
                &f.manager,
                &|g| {
                    records
                        .iter()
                        .filter_map(|a| a.manager.as_ref())
                        .find(|m| m.id == g || m.name == g)
                        .map(|m| m.id.clone())
                },
                &manager_ids,
            )?,
        })
    }

    /// Whether the roll-up keeps `a`.
    pub fn wants(&self, a: &Assessment) -> bool {
        let any = |list: &[String], value: &str| list.is_empty() || list.iter().any(|v| v == value);
        any(&self.cycles, &a.cycle)
            && any(&self.sequences, &a.sequence)
            && any(&self.levels, &a.applied_level)
            && any(&self.departments, &a.department)
            && (self.managers.is_empty()
                || a.manager
                    .as_ref()
                    .is_some_and(|m| self.managers.contains(&m.id)))
    }

    /// The filters in words, for the Markdown heading.
    pub fn describe(&self, standard: &Standard) -> String {
        let parts: Vec<String> = [
            &self.cycles,
            &self.sequences,
            &self.levels,
            &self.departments,
            &self.managers,
        ]
        .into_iter()
        .filter(|l| !l.is_empty())
        .map(|l| l.join(", "))
        .collect();
        if parts.is_empty() {
            standard.settings.language.get("results_all").to_string()
        } else {
            parts.join(" · ")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> crate::model::Model {
        let content = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        let checked = crate::Project::open(&content, None)
            .unwrap()
            .check()
            .unwrap();
        checked.model.expect("the sample checks")
    }

    #[test]
    fn filters_take_ids_or_names_and_keep_what_matches_every_one() {
        let model = sample();
        let records = &model.records.assessments;
        let filters = Filters {
            cycle: vec!["2024H2".into()],
            sequence: vec!["营销序列".into()],
            ..Filters::default()
        };
        let selection = Selection::new(&model.standard, records, &filters).unwrap();
        let kept: Vec<&Assessment> = records.iter().filter(|a| selection.wants(a)).collect();
        assert!(!kept.is_empty());
        assert!(
            kept.iter()
                .all(|a| a.cycle == "2024H2" && a.sequence == "marketing")
        );
        let expected = records
            .iter()
            .filter(|a| a.cycle == "2024H2" && a.sequence == "marketing")
            .count();
        assert_eq!(kept.len(), expected);
        assert_eq!(selection.describe(&model.standard), "2024H2 · marketing");
        let everyone = Selection::new(&model.standard, records, &Filters::default()).unwrap();
        assert!(records.iter().all(|a| everyone.wants(a)));
    }

    #[test]
    fn a_filter_that_names_nothing_is_refused_with_the_names_there_are() {
        let model = sample();
        let filters = Filters {
            cycle: vec!["2024H3".into()],
            ..Filters::default()
        };
        let refused =
            Selection::new(&model.standard, &model.records.assessments, &filters).unwrap_err();
        assert_eq!((refused.what, refused.given.as_str()), ("cycle", "2024H3"));
        assert!(
            refused.known.iter().any(|k| k == "2024H2"),
            "{:?}",
            refused.known
        );
    }
}
