//! `rungs template`: the assessment sheet for one level of one sequence, empty or pre-filled
//! with a cycle's records at that level.

use std::path::{Path, PathBuf};

use super::{Failure, ProjectArgs, Ui, checked};
use rungs::diagnostics::suggest::help_message;
use rungs::interchange::{columns, node::Node, template::Template};
use rungs::model::{Level, Sequence, Standard};
use rungs::msg;

// The arguments of `rungs template`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub project: ProjectArgs,
    #[arg(long)]
    pub sequence: String,
    #[arg(long)]
    pub level: String,
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    #[arg(long, value_name = "CYCLE", conflicts_with = "with_applications")]
    pub with_records: Option<String>,
    #[arg(long, value_name = "CYCLE")]
    pub with_applications: Option<String>,
    #[arg(long, requires = "with_records")]
    pub by_rater: bool,
}

pub(super) fn run(args: Args, ui: &Ui) -> Result<(), Failure> {
    let out = &args.out;
    let format = SheetFormat::of(out)?;
    let opened = checked(&args.project.content, args.project.records.as_deref(), ui)?;
    super::refuse_inside(out, &opened.project.folders())?;
    let model = opened.model();
    let standard = &model.standard;
    let (sequence, level) = find_level(standard, &args.sequence, &args.level)?;
    if args.by_rater {
        return by_rater(&args, model, sequence, level, ui);
    }
    let mut columns = columns::for_level(standard, sequence, level);
    // A sheet for applicants of a cycle with a roster leaves out what the roster answers:
    // the assessors' sheet holds only what assessors judge. (A sheet of records keeps every
    // column, so records that hold their facts themselves round-trip.)
    let roster = args
        .with_applications
        .as_ref()
        .and_then(|c| model.records.people.get(c))
        .and_then(|c| c.roster.as_ref());
    if roster.is_some() {
        columns.retain(|c| !columns::roster_answers(&c.field));
    }
    let mut rows = Vec::new();
    if let Some(cycle) = args.with_applications.as_deref() {
        let applications: Vec<_> = model
            .records
            .people
            .get(cycle)
            .map(|c| c.applications.as_slice())
            .unwrap_or_default()
            .iter()
            .filter(|a| a.sequence == sequence.id && a.level == level.id)
            .collect();
        if model
            .records
            .people
            .get(cycle)
            .is_none_or(|c| c.applications.is_empty())
        {
            let cycles: Vec<&str> = model
                .records
                .people
                .iter()
                .filter(|(_, c)| !c.applications.is_empty())
                .map(|(name, _)| name.as_str())
                .collect();
            return Err(
                Failure::usage(msg!("template-no-applications", cycle = cycle))
                    .with_help(help_message(&msg!("noun-cycle"), cycle, &cycles)),
            );
        }
        let quote = |text: &str| serde_json::to_string(text).expect("a string serialises");
        let nodes: Vec<Node> = applications
            .iter()
            .map(|a| {
                let name = roster
                    .and_then(|r| r.people.get(&a.employee_id))
                    .map_or("", |p| p.name.as_str());
                let text = format!(
                    "employee_id: {}\nname: {}\nsequence: {}\ncycle: {}\napplied_level: {}\n",
                    quote(&a.employee_id),
                    quote(name),
                    quote(&a.sequence),
                    quote(cycle),
                    quote(&a.level)
                );
                Node::parse(&text).expect("a mapping")
            })
            .collect();
        rows = rungs::interchange::template::prefill(&columns, &nodes, standard.settings.language);
    }
    if let Some(cycle) = args.with_records.as_deref() {
        let mut chosen: Vec<_> = model
            .records
            .assessments
            .iter()
            .filter(|a| {
                a.cycle == cycle && a.sequence == sequence.id && a.applied_level == level.id
            })
            .collect();
        if chosen.is_empty() && !model.records.assessments.iter().any(|a| a.cycle == cycle) {
            let cycles: std::collections::BTreeSet<&str> = model
                .records
                .assessments
                .iter()
                .map(|a| a.cycle.as_str())
                .collect();
            let cycles: Vec<&str> = cycles.into_iter().collect();
            return Err(Failure::usage(msg!("template-no-records", cycle = cycle))
                .with_help(help_message(&msg!("noun-cycle"), cycle, &cycles)));
        }
        chosen.sort_by(|a, b| a.employee_id.cmp(&b.employee_id));
        let mut nodes = Vec::new();
        for a in chosen {
            // The text the check read, through the project's source.
            let mut text = opened
                .checked
                .sources
                .get(&a.file)
                .unwrap_or_default()
                .to_string();
            // A record that takes its name and sequence from the roster still shows them (an
            // import leaves them to the roster again).
            for (key, value) in [("name", &a.name), ("sequence", &a.sequence)] {
                if !text.lines().any(|l| l.starts_with(&format!("{key}:"))) {
                    let value = serde_json::to_string(value).expect("a string serialises");
                    text = format!("{}\n{key}: {value}\n", text.trim_end());
                }
            }
            let mut node = Node::parse(&text).expect("a checked record is a mapping");
            // A rated record shows the values its ratings give.
            let one_line = |id: &str| standard.competency(id).is_some_and(|c| c.is_one_line());
            rungs::interchange::ratings::overlay(
                &mut node,
                &rungs::interchange::ratings::consolidated(a, &one_line),
            );
            nodes.push(node);
        }
        rows = rungs::interchange::template::prefill(&columns, &nodes, standard.settings.language);
        if rows.is_empty() && !ui.quiet {
            eprintln!(
                "{}",
                ui.labelled(
                    "label-warning",
                    &ui.say(&msg!(
                        "template-empty",
                        cycle = cycle,
                        sequence = &sequence.id,
                        level = &level.id
                    ))
                )
            );
        }
    }
    let template = Template {
        name: format!("{}·{}", sequence.name, level.name),
        columns,
        rows,
        language: standard.settings.language,
        date: standard.settings.effective_date,
    };
    let bytes = match format {
        SheetFormat::Xlsx => template.to_xlsx().map_err(|e| {
            Failure::usage(msg!("cli-cannot-write-workbook", error = e.to_string()))
        })?,
        SheetFormat::Csv => template.to_csv(),
    };
    super::write(out, &bytes)?;
    if !ui.quiet {
        eprintln!(
            "{}",
            ui.say(&msg!(
                "template-wrote",
                file = out.display().to_string(),
                columns = template.columns.len(),
                rows = template.rows.len(),
                sequence = &sequence.name,
                level = &level.name
            ))
        );
    }
    Ok(())
}

/// `--by-rater`: one sheet per rater of the cycle's records at the level — each employee's
/// self rating, their manager's, and every rater the records already name (a panel's judges
/// named with an empty rating, say) — pre-filled with what that rater gave so far.
fn by_rater(
    args: &Args,
    model: &rungs::model::Model,
    sequence: &Sequence,
    level: &Level,
    ui: &Ui,
) -> Result<(), Failure> {
    use rungs::interchange::ratings::row_of;
    use rungs::model::{MANAGER, SELF};
    let standard = &model.standard;
    if !matches!(SheetFormat::of(&args.out)?, SheetFormat::Xlsx) {
        return Err(Failure::usage(msg!("template-by-rater-xlsx")));
    }
    let cycle = args.with_records.as_deref().expect("clap requires it");
    let mut chosen: Vec<_> = model
        .records
        .assessments
        .iter()
        .filter(|a| a.cycle == cycle && a.sequence == sequence.id && a.applied_level == level.id)
        .collect();
    chosen.sort_by(|a, b| a.employee_id.cmp(&b.employee_id));
    if chosen.is_empty() {
        return Err(Failure::usage(msg!(
            "template-empty",
            cycle = cycle,
            sequence = &sequence.id,
            level = &level.id
        )));
    }
    // Rater (role's place, role, id) → name and the records they rate.
    let roles = &standard.settings.ratings.roles;
    let place = |role: &str| roles.iter().position(|r| r == role).unwrap_or(usize::MAX);
    // Managers and the panel first, self ratings (one sheet per employee) last.
    let rank = |role: &str| {
        if role == SELF {
            usize::MAX
        } else {
            place(role)
        }
    };
    let mut raters: std::collections::BTreeMap<(usize, String, String), (String, Vec<_>)> =
        Default::default();
    for a in &chosen {
        let mut add = |role: &str, id: &str, name: &str| {
            let entry = raters
                .entry((rank(role), role.to_string(), id.to_string()))
                .or_insert_with(|| (name.to_string(), Vec::new()));
            if !entry
                .1
                .iter()
                .any(|x: &&rungs::model::Assessment| x.file == a.file)
            {
                entry.1.push(*a);
            }
        };
        add(SELF, &a.employee_id, &a.name);
        if let Some(m) = &a.manager {
            add(MANAGER, &m.id, &m.name);
        }
        for r in &a.rated.ratings {
            add(&r.role, &r.rater.id, &r.rater.name);
        }
    }
    let one_line = |id: &str| standard.competency(id).is_some_and(|c| c.is_one_line());
    let templates: Vec<Template> = raters
        .into_iter()
        .map(|((_, role, id), (name, records))| {
            let columns = columns::for_rater(standard, sequence, level, &role);
            let nodes: Vec<Node> = records
                .iter()
                .map(|a| {
                    let rating = a
                        .rated
                        .ratings
                        .iter()
                        .find(|r| r.role == role && r.rater.id == id);
                    row_of(
                        (
                            &a.employee_id,
                            &a.name,
                            &a.sequence,
                            &a.cycle,
                            &a.applied_level,
                        ),
                        &id,
                        &role,
                        rating,
                        &one_line,
                    )
                })
                .collect();
            Template {
                name: format!(
                    "{}-{}",
                    rungs::render::ratings::role_label(standard, &role),
                    if name.is_empty() { &id } else { &name }
                ),
                rows: rungs::interchange::template::prefill(
                    &columns,
                    &nodes,
                    standard.settings.language,
                ),
                columns,
                language: standard.settings.language,
                date: standard.settings.effective_date,
            }
        })
        .collect();
    let bytes = Template::workbook(&templates)
        .map_err(|e| Failure::usage(msg!("cli-cannot-write-workbook", error = e.to_string())))?;
    super::write(&args.out, &bytes)?;
    if !ui.quiet {
        eprintln!(
            "{}",
            ui.say(&msg!(
                "template-wrote-by-rater",
                file = args.out.display().to_string(),
                sheets = templates.len(),
                records = chosen.len(),
                sequence = &sequence.name,
                level = &level.name
            ))
        );
    }
    Ok(())
}

/// Which sheet format a file name asks for.
enum SheetFormat {
    Xlsx,
    Csv,
}

impl SheetFormat {
    fn of(path: &Path) -> Result<SheetFormat, Failure> {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("xlsx") => Ok(SheetFormat::Xlsx),
            Some("csv") => Ok(SheetFormat::Csv),
            _ => Err(Failure::usage(msg!(
                "template-bad-name",
                file = path.display().to_string()
            ))),
        }
    }
}

/// A sequence and one of its levels, by id or name.
pub(super) fn find_level<'s>(
    standard: &'s Standard,
    sequence: &str,
    level: &str,
) -> Result<(&'s Sequence, &'s Level), Failure> {
    let Some(s) = standard
        .sequences
        .iter()
        .find(|s| s.id == sequence || s.name == sequence)
    else {
        let ids: Vec<&str> = standard.sequences.iter().map(|s| s.id.as_str()).collect();
        return Err(
            Failure::usage(msg!("template-no-sequence", sequence = sequence))
                .with_help(help_message(&msg!("noun-sequence"), sequence, &ids)),
        );
    };
    let Some(l) = s.levels.iter().find(|l| l.id == level || l.name == level) else {
        let ids: Vec<&str> = s.levels.iter().map(|l| l.id.as_str()).collect();
        return Err(
            Failure::usage(msg!("template-no-level", sequence = &s.id, level = level))
                .with_help(help_message(&msg!("noun-level"), level, &ids)),
        );
    };
    Ok((s, l))
}
