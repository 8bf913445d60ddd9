//! `rungs build`: check, then render the site, the handbook PDF and every report in parallel
//! into a staging folder beside the output folder, and swap it in whole.

use std::path::PathBuf;
use std::time::Instant;

use super::{
    Failure, OutputArgs, ProjectArgs, Ui, checked, counted, progress_bar, publish_options,
    warn_about_history,
};
use rungs::project::Part;
use rungs::publish::{CacheMode, Publication};
use rungs::render::manifest::Manifest;

// The arguments of `rungs build`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub project: ProjectArgs,
    #[command(flatten)]
    pub output: OutputArgs,
    #[arg(long, value_enum, value_delimiter = ',')]
    pub only: Vec<PartArg>,
    #[arg(long, value_name = "DIR")]
    pub export_typst: Option<PathBuf>,
    #[arg(long)]
    pub no_cache: bool,
    #[arg(long, value_name = "K/N")]
    pub shard: Option<rungs::shard::Shard>,
    #[arg(long)]
    pub list_records: bool,
}

/// A part of the build, as `--only` names it.
#[derive(Debug, Clone, Copy, clap::ValueEnum, PartialEq, Eq)]
pub enum PartArg {
    Site,
    Handbook,
    Sheets,
    Reports,
    Summaries,
}

impl From<PartArg> for Part {
    fn from(p: PartArg) -> Part {
        match p {
            PartArg::Site => Part::Site,
            PartArg::Handbook => Part::Handbook,
            PartArg::Sheets => Part::Sheets,
            PartArg::Reports => Part::Reports,
            PartArg::Summaries => Part::Summaries,
        }
    }
}

pub(super) fn run(args: Args, ui: &Ui) -> Result<(), Failure> {
    let parts: Vec<Part> = if args.only.is_empty() {
        Part::ALL.to_vec()
    } else {
        args.only.iter().copied().map(Part::from).collect()
    };
    let parts = &parts[..];
    let output = &args.output;
    let started = Instant::now();
    let opened = checked(&args.project.content, args.project.records.as_deref(), ui)?;
    let build_options = output.build_options();
    let info = opened.build_info(&build_options)?;
    let history_warnings = warn_about_history(
        &opened.project,
        &args.project.content,
        &build_options,
        &info,
        ui,
    );
    let build = opened
        .checked
        .build(info, output.pdf_a)
        .expect("a project without errors has a model")
        .with_shard(args.shard);
    let mut options = publish_options(&opened.project, output.force);
    options.cache = if args.no_cache {
        CacheMode::Refresh
    } else {
        CacheMode::Reuse
    };
    let publication = Publication::begin(&output.out, &options)?;
    let rebuilt: Vec<&str> = parts.iter().map(|p| p.top()).collect();
    publication.keep_previous(&rebuilt)?;
    let reports = if parts.contains(&Part::Reports) {
        let records = &build.model().records.assessments;
        let in_shard = |id: &str| args.shard.is_none_or(|s| s.includes(id));
        records.iter().filter(|a| in_shard(&a.employee_id)).count()
    } else {
        0
    };
    let rendering = std::time::Instant::now();
    let bar = progress_bar(reports, ui);
    let summary = build.render(parts, &publication, &publication, &|| bar.inc(1))?;
    bar.finish_and_clear();
    if ui.verbose {
        eprintln!(
            "render: {} site files, {} handbook, {} sheets, {} reports, {} summaries in {} ms; {} of {} outputs carried over unchanged",
            summary.site_files,
            summary.handbooks,
            summary.sheets,
            summary.reports,
            summary.summaries,
            rendering.elapsed().as_millis(),
            summary.outputs.reused,
            summary.outputs.total,
        );
    }
    if let Some(dir) = &args.export_typst {
        let mut options = options.clone();
        options.protect.push(output.out.clone());
        options.cache = CacheMode::Off;
        let export = Publication::begin(dir, &options)?;
        build.typst_project(&export)?;
        export.commit()?;
    }
    // What the previous build told people, before this one replaces it.
    let changed = match Manifest::read(
        &output
            .out
            .join(rungs::urls::reports_manifest("json").as_str()),
    ) {
        Ok(previous) if parts.contains(&Part::Reports) => build.verdict_changes(&previous),
        _ => Vec::new(),
    };
    let publishing = std::time::Instant::now();
    publication.commit()?;
    if ui.verbose {
        eprintln!(
            "publish: swapped into {} in {} ms",
            output.out.display(),
            publishing.elapsed().as_millis()
        );
    }
    let warnings = opened.checked.diagnostics.len() - opened.checked.errors() + history_warnings;
    tell(
        &summary,
        warnings,
        &changed,
        args.list_records,
        &output.out,
        started,
        ui,
    );
    Ok(())
}

/// The closing line: what was built, how long it took, and how many verdicts differ from the
/// previous build's (each named with `--list-records`).
fn tell(
    summary: &rungs::project::Summary,
    warnings: usize,
    changed: &[rungs::render::manifest::VerdictChange],
    list_records: bool,
    out: &std::path::Path,
    started: Instant,
    ui: &Ui,
) {
    // A verdict people were told that this build changes is said in the closing line.
    let verdicts = match changed.len() {
        0 => String::new(),
        n => format!(
            "; {n} verdict{} differ{} from the previous build's{}",
            if n == 1 { "" } else { "s" },
            if n == 1 { "s" } else { "" },
            if list_records {
                ":"
            } else {
                " (`--list-records` names them)"
            }
        ),
    };
    if !ui.quiet {
        eprintln!(
            "built {}, {}, {}, {} and {} into {} in {:.1}s{}, {}{verdicts}",
            counted(summary.site_files, "site file", "site files"),
            counted(summary.handbooks, "handbook PDF", "handbook PDFs"),
            counted(summary.sheets, "sheet PDF", "sheet PDFs"),
            counted(summary.reports, "report", "reports"),
            counted(summary.summaries, "team summary", "team summaries"),
            out.display(),
            started.elapsed().as_secs_f64(),
            rendered_note(summary.outputs),
            counted(warnings, "warning", "warnings"),
        );
    } else if !verdicts.is_empty() {
        eprintln!("note: {}", verdicts.trim_start_matches("; "));
    }
    if list_records {
        for c in changed {
            eprintln!("  {} {}: {} → {}", c.employee_id, c.cycle, c.before, c.now);
        }
    }
}

/// ` (3 of 1,204 outputs rendered, the rest unchanged)` when the build carried some over.
fn rendered_note(outputs: rungs::project::Outputs) -> String {
    if outputs.reused == 0 {
        return String::new();
    }
    format!(
        " ({} of {} outputs rendered, the rest unchanged)",
        outputs.total - outputs.reused,
        outputs.total
    )
}
