//! `rungs build`: check, then render the site, the handbook PDF and every report in parallel
//! into a staging folder beside the output folder, and swap it in whole.

use std::path::Path;
use std::time::Instant;

use super::{
    Failure, OutputArgs, Ui, build_info, checked, progress_bar, publish_options, warn_about_history,
};
use rungs::distribute::manifest::Manifest;
use rungs::project::Part;
use rungs::publish::{CacheMode, Publication};

/// What to build, beyond the content and the output folder.
pub(super) struct Request {
    pub parts: Vec<Part>,
    /// Also write the Typst project behind the PDFs into this folder.
    pub export_typst: Option<std::path::PathBuf>,
    pub cache: CacheMode,
    /// Build only this shard of the reports.
    pub shard: Option<rungs::shard::Shard>,
    /// Name the records whose verdict changed since the previous build.
    pub list_records: bool,
}

pub(super) fn run(
    content: &Path,
    records: Option<&Path>,
    output: &OutputArgs,
    request: &Request,
    ui: &Ui,
) -> Result<(), Failure> {
    let parts = &request.parts[..];
    let started = Instant::now();
    let tagged = super::tagged_editions(content);
    let (project, checked) = checked(content, records, &tagged, ui)?;
    let standard = &checked.model.as_ref().expect("no errors").standard;
    let info = build_info(
        content,
        &output.commit,
        output.against.as_deref(),
        standard,
        &tagged,
    )?;
    warn_about_history(content, output, &info, ui);
    let build = checked
        .build(info, output.pdf_a)
        .expect("a project without errors has a model")
        .with_shard(request.shard);
    let mut options = publish_options(&project, output.force);
    options.cache = request.cache;
    let publication = Publication::begin(&output.out, &options)?;
    let rebuilt: Vec<&str> = parts.iter().map(|p| p.top()).collect();
    publication.keep_previous(&rebuilt)?;
    let reports = if parts.contains(&Part::Reports) {
        let records = &build.model().records.assessments;
        let in_shard = |id: &str| request.shard.is_none_or(|s| s.includes(id));
        records.iter().filter(|a| in_shard(&a.employee_id)).count()
    } else {
        0
    };
    let rendering = std::time::Instant::now();
    let bar = progress_bar(reports, ui);
    let summary = build.render(parts, &publication, &|| bar.inc(1))?;
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
    if let Some(dir) = &request.export_typst {
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
    // A verdict people were told that this build changes is said in the closing line.
    let verdicts = match changed.len() {
        0 => String::new(),
        n => format!(
            "; {n} verdict{} differ{} from the previous build's{}",
            if n == 1 { "" } else { "s" },
            if n == 1 { "s" } else { "" },
            if request.list_records {
                ":"
            } else {
                " (`--list-records` names them)"
            }
        ),
    };
    if !ui.quiet {
        let warnings = checked.diagnostics.len() - checked.errors();
        eprintln!(
            "built {} site files, {} handbook PDF, {} sheet PDFs, {} reports and {} team summaries into {} in {:.1}s{}, {warnings} warning{}{verdicts}",
            summary.site_files,
            summary.handbooks,
            summary.sheets,
            summary.reports,
            summary.summaries,
            output.out.display(),
            started.elapsed().as_secs_f64(),
            rendered_note(summary.outputs),
            if warnings == 1 { "" } else { "s" }
        );
    } else if !verdicts.is_empty() {
        eprintln!("note: {}", verdicts.trim_start_matches("; "));
    }
    if request.list_records {
        for c in &changed {
            eprintln!("  {} {}: {} → {}", c.employee_id, c.cycle, c.before, c.now);
        }
    }
    Ok(())
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
