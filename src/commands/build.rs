//! `rungs build`: check, then render the site, the handbook PDF and every report in parallel
//! into a staging folder beside the output folder, and swap it in whole.

use std::path::PathBuf;
use std::time::Instant;

use super::{
    Failure, OutputArgs, ProjectArgs, Ui, checked, progress_bar, publish_options,
    warn_about_history, worker_processes,
};
use rungs::msg;
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
    Word,
    Sheets,
    Reports,
    Summaries,
    Announcements,
    Certificates,
}

impl From<PartArg> for Part {
    fn from(p: PartArg) -> Part {
        match p {
            PartArg::Site => Part::Site,
            PartArg::Handbook => Part::Handbook,
            PartArg::Word => Part::Word,
            PartArg::Sheets => Part::Sheets,
            PartArg::Reports => Part::Reports,
            PartArg::Summaries => Part::Summaries,
            PartArg::Announcements => Part::Announcements,
            PartArg::Certificates => Part::Certificates,
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
        .build(info, output.pdf_profile())
        .expect("a project without errors has a model")
        .with_shard(args.shard)
        .with_worker_processes(worker_processes());
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
            "{}",
            ui.say(&msg!(
                "build-verbose-render",
                site_files = summary.site_files,
                handbooks = summary.handbooks,
                sheets = summary.sheets,
                reports = summary.reports,
                summaries = summary.summaries,
                ms = rendering.elapsed().as_millis() as u64,
                reused = summary.outputs.reused,
                total = summary.outputs.total
            ))
        );
        if summary.worker_processes > 0 {
            let count = summary.worker_processes;
            eprintln!("{}", ui.say(&msg!("build-verbose-workers", count = count)));
        }
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
            "{}",
            ui.say(&msg!(
                "build-verbose-publish",
                out = output.out.display().to_string(),
                ms = publishing.elapsed().as_millis() as u64
            ))
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
    let verdicts = match (changed.len(), list_records) {
        (0, _) => None,
        (n, true) => Some(msg!("build-verdicts-changed-listed", count = n)),
        (n, false) => Some(msg!("build-verdicts-changed", count = n)),
    };
    if !ui.quiet {
        let outputs = summary.outputs;
        let built = if outputs.reused == 0 {
            msg!("build-done")
        } else {
            msg!(
                "build-done-partly",
                rendered = outputs.total - outputs.reused,
                total = outputs.total
            )
        }
        .arg("site_files", summary.site_files)
        .arg("handbooks", summary.handbooks)
        .arg("word", summary.word)
        .arg("sheets", summary.sheets)
        .arg("reports", summary.reports)
        .arg("summaries", summary.summaries)
        .arg("packs", summary.calibration_packs)
        .arg("notices", summary.notices)
        .arg("certificates", summary.certificates)
        .arg("out", out.display().to_string())
        .arg("seconds", format!("{:.1}", started.elapsed().as_secs_f64()))
        .arg("warnings", warnings);
        let said = match verdicts {
            Some(verdicts) => msg!(
                "build-done-and-verdicts",
                built = built,
                verdicts = verdicts
            ),
            None => built,
        };
        eprintln!("{}", ui.say(&said));
    } else if let Some(verdicts) = verdicts {
        eprintln!("{}", ui.labelled("label-note", &ui.say(&verdicts)));
    }
    if list_records {
        for c in changed {
            eprintln!("  {} {}: {} → {}", c.employee_id, c.cycle, c.before, c.now);
        }
    }
}
