//! A team summary as the files HR works with beside its PDF: a CSV (one row per member: the
//! verdict and each competency as achieved/required) and a Markdown document (the whole
//! summary, for a wiki or an email). Both read the same view as the PDF.

use crate::distribute::manifest::write_csv_rows;
use crate::evaluate::team::{Grouping, Team, TeamSummary};
use crate::model::Standard;
use crate::render::BuildInfo;
use crate::render::i18n;
use crate::render::pdf::summary::{self, SummaryData};

/// The members × competencies grid with each member's verdict, headers in the content's
/// language.
pub fn csv(standard: &Standard, s: &TeamSummary) -> Vec<u8> {
    let lang = standard.settings.language;
    let g = |k| i18n::get(lang, k).to_string();
    let mut header = vec![
        g("team_col_id"),
        g("team_col_name"),
        g("team_col_levels"),
        g("team_col_outcome"),
        g("grade"),
        g("team_col_total"),
        g("team_col_change"),
    ];
    header.extend(s.columns.iter().map(|c| {
        let name = standard.competency_name(&c.competency);
        if c.key {
            format!("★{name}")
        } else {
            name.to_string()
        }
    }));
    let view = |m: &crate::evaluate::team::MemberRow| {
        let mut row = vec![
            m.employee_id.clone(),
            m.name.clone(),
            m.applied_level.clone(),
            i18n::outcome(lang, m.outcome).to_string(),
            format!("{:?}", m.grade),
            summary::points(m.total),
            m.previous_total.map(summary::points).unwrap_or_default(),
        ];
        row.extend(m.cells.iter().map(|c| summary::heat_cell(c).text));
        row
    };
    let rows: Vec<Vec<String>> = std::iter::once(header)
        .chain(s.members.iter().map(view))
        .collect();
    write_csv_rows(&rows)
}

/// The summary as Markdown: the same sections as the PDF, the heatmap with symbols
/// (✓ met, △ one below, ✗ two or more below, – not required).
pub fn markdown(
    standard: &Standard,
    info: &BuildInfo,
    grouping: Grouping,
    team: &Team,
    s: &TeamSummary,
) -> String {
    let d: SummaryData = summary::data(standard, info, grouping, team, s);
    let lang = standard.settings.language;
    let g = |k| i18n::get(lang, k);
    let colon = if lang == crate::model::Language::ZhCn {
        "："
    } else {
        ": "
    };
    let cell = |text: &str| text.replace('|', "\\|").replace('\n', " ");
    let mut out = String::new();
    let mut line = |text: String| {
        out.push_str(&text);
        out.push('\n');
    };
    line(format!(
        "# {} · {} · {}",
        g("team_title"),
        d.team.label,
        cell(&d.team.name)
    ));
    line(String::new());
    line(format!(
        "{} · {} {}",
        g("team_confidential"),
        g("team_cycle"),
        d.team.cycle
    ));
    line(String::new());
    line(format!("## {}", g("team_overview")));
    line(String::new());
    line(format!("- {}", d.overview.qualified));
    for (label, n) in &d.overview.outcomes {
        line(format!("- {label}: {n}"));
    }
    line(format!(
        "- {}: {}",
        g("team_grades"),
        d.overview
            .grades
            .iter()
            .map(|(grade, n)| format!("{grade} {n}"))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    line(format!(
        "- {}: {}",
        g("team_totals"),
        d.overview
            .totals
            .iter()
            .map(|(label, v)| format!("{label} {v}"))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    if let Some(p) = &d.previous {
        line(format!("- {p}"));
    }
    line(String::new());
    line(format!("## {}", g("team_members")));
    line(String::new());
    line(format!(
        "| {} | {} | {} | {} | {} | {} | {} |",
        g("team_col_id"),
        g("team_col_name"),
        g("team_col_levels"),
        g("team_col_outcome"),
        g("grade"),
        g("team_col_total"),
        g("team_col_change")
    ));
    line("|---|---|---|---|---|--:|--:|".into());
    for m in &d.members {
        line(format!(
            "| {} | {} | {} | {} | {} | {} | {} |",
            cell(&m.id),
            cell(&m.name),
            cell(&m.levels),
            m.outcome,
            m.grade,
            m.total,
            m.change.as_deref().unwrap_or("—")
        ));
    }
    line(String::new());
    line(format!("## {}", g("team_heatmap")));
    line(String::new());
    line(format!(
        "{} ✓ {}, △ {}, ✗ {}, – {}; {}",
        g("team_heatmap_intro"),
        g("team_legend_met"),
        g("team_legend_one"),
        g("team_legend_two"),
        g("team_legend_none"),
        g("team_legend_key")
    ));
    for map in &d.heatmaps {
        line(String::new());
        let names: Vec<String> = map
            .columns
            .iter()
            .map(|c| format!("{}{}", if c.key { "★" } else { "" }, cell(&c.name)))
            .collect();
        line(format!(
            "| {} | {} |",
            g("team_col_name"),
            names.join(" | ")
        ));
        line(format!("|---|{}", ":-:|".repeat(names.len())));
        for (name, cells) in &map.rows {
            let shown: Vec<String> = cells
                .iter()
                .map(|c| match c.status {
                    "met" => format!("✓ {}", c.text),
                    "one-below" => format!("△ {}", c.text),
                    "two-or-more-below" => format!("✗ {}", c.text),
                    _ => "–".into(),
                })
                .collect();
            line(format!("| {} | {} |", cell(name), shown.join(" | ")));
        }
    }
    line(String::new());
    line(format!("## {}", g("team_needs")));
    line(String::new());
    if d.needs.is_empty() {
        line(g("team_no_needs").into());
    } else {
        line(g("team_needs_intro").into());
        for n in &d.needs {
            line(String::new());
            line(format!(
                "{}. **{}{}** — {} {}{}",
                n.rank,
                if n.key { "★" } else { "" },
                n.name,
                g("team_col_count"),
                n.count,
                n.previous
                    .as_ref()
                    .map(|p| if lang == crate::model::Language::ZhCn {
                        format!("（{p}）")
                    } else {
                        format!(" ({p})")
                    })
                    .unwrap_or_default()
            ));
            line(format!("   - {}", n.members));
            line(format!("   - {}", n.target));
            for (kind, text) in &n.suggestions {
                line(format!("     - {kind}{colon}{text}"));
            }
        }
    }
    out
}
