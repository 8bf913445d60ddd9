//! Every permalink, anchor and output path rungs produces, in one place.
//!
//! Site pages are [`SitePath`]s (relative to the site root); links between pages are computed
//! from two of them, so a page's links stay relative and the site works from a web server and
//! from disk. Files below the output folder are [`OutputPath`]s, which only this module can
//! make, so every file a renderer writes has a path decided here. [`outputs`] lists every
//! output of a project with what produces it, so `check` can refuse two outputs at one path.

use crate::evaluate::team::{Grouping, Team};
use crate::model::{Assessment, Records, Standard};

/// Level ids that would name a page the sequence already has (`index.html`, `compare.html`).
pub const RESERVED_LEVEL_IDS: &[&str] = &["index", "compare"];
/// Competency ids that would name the dictionary's own page (`competencies/index.html`).
pub const RESERVED_COMPETENCY_IDS: &[&str] = &["index"];

/// A page or file of the site, relative to the site root (`sequences/sales/s2.html`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SitePath(String);

impl SitePath {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// How many folders deep the page is.
    pub fn depth(&self) -> usize {
        self.0.matches('/').count()
    }

    /// The relative link from this page to the site root (`../../`, or empty at the root).
    pub fn root(&self) -> String {
        "../".repeat(self.depth())
    }

    /// The shortest relative link from this page to `to`.
    pub fn link_to(&self, to: &SitePath) -> String {
        let from: Vec<&str> = self.0.split('/').collect();
        let target: Vec<&str> = to.0.split('/').collect();
        let (from_dirs, to_dirs) = (&from[..from.len() - 1], &target[..target.len() - 1]);
        let common = from_dirs
            .iter()
            .zip(to_dirs)
            .take_while(|(a, b)| a == b)
            .count();
        let mut link = "../".repeat(from_dirs.len() - common);
        link.push_str(&target[common..].join("/"));
        link
    }

    /// A link from this page to an anchor on page `to` (`#anchor` when it is this page).
    pub fn link_to_anchor(&self, to: &SitePath, anchor: &str) -> String {
        if to == self {
            format!("#{anchor}")
        } else {
            format!("{}#{anchor}", self.link_to(to))
        }
    }
}

fn site(path: String) -> SitePath {
    SitePath(path)
}

pub fn home() -> SitePath {
    site("index.html".into())
}

pub fn sequence(sequence: &str) -> SitePath {
    site(format!("sequences/{sequence}/index.html"))
}

pub fn level(sequence: &str, level: &str) -> SitePath {
    site(format!("sequences/{sequence}/{level}.html"))
}

/// A position (岗位) of a sequence: under `positions/`, so no level id can reach it.
pub fn position(sequence: &str, position: &str) -> SitePath {
    site(format!("sequences/{sequence}/positions/{position}.html"))
}

/// The page that lets a reader pick two levels to compare.
pub fn compare_picker(sequence: &str) -> SitePath {
    site(format!("sequences/{sequence}/compare.html"))
}

/// The comparison of two levels, lower first.
pub fn compare(sequence: &str, from: &str, to: &str) -> SitePath {
    site(format!("sequences/{sequence}/compare/{from}-{to}.html"))
}

/// The picker's link pattern: `{from}` and `{to}` are replaced by level ids in the browser.
pub fn compare_pattern(picker: &SitePath, sequence: &str) -> String {
    picker.link_to(&compare(sequence, "{from}", "{to}"))
}

pub fn dictionary() -> SitePath {
    site("competencies/index.html".into())
}

pub fn competency(competency: &str) -> SitePath {
    site(format!("competencies/{competency}.html"))
}

pub fn page(page: &str) -> SitePath {
    site(format!("pages/{page}.html"))
}

/// A level's one-page sheet (一纸禅) as a page: under `sheets/`, so no level id can reach it.
pub fn sheet_page(sequence: &str, level: &str) -> SitePath {
    site(format!("sequences/{sequence}/sheets/{level}.html"))
}

/// The page that offers the handbook, the sheets and the Word edition for download.
pub fn downloads() -> SitePath {
    site("downloads.html".into())
}

/// The files offered for download, inside the site so that it works deployed alone.
pub mod download {
    use super::{SitePath, site};

    pub fn handbook() -> SitePath {
        site("downloads/handbook.pdf".into())
    }

    pub fn handbook_docx() -> SitePath {
        site("downloads/handbook.docx".into())
    }

    /// A sequence's sheets: `downloads/sheets/<sequence>.pdf`.
    pub fn sheets(sequence: &str) -> SitePath {
        site(format!("downloads/sheets/{sequence}.pdf"))
    }
}

pub fn scoring() -> SitePath {
    site("scoring.html".into())
}

/// The change log (修订记录): every edition from git tags and what changed in it.
pub fn changelog() -> SitePath {
    site("changes.html".into())
}

pub fn not_found() -> SitePath {
    site("404.html".into())
}

pub fn search_index() -> SitePath {
    site("search-index.js".into())
}

pub fn sitemap() -> SitePath {
    site("sitemap.xml".into())
}

/// A theme file under `static/`.
pub fn static_file(name: &str) -> SitePath {
    site(format!("static/{name}"))
}

/// Ids of elements inside pages, for links that land on a section.
pub mod anchor {
    pub fn kpi(id: &str) -> String {
        format!("kpi-{id}")
    }

    /// A required competency on a level page.
    pub fn requirement(competency: &str) -> String {
        format!("req-{competency}")
    }

    /// The one-line standard on a competency's page.
    pub fn one_line_standard() -> String {
        section::STANDARD.into()
    }

    /// A behaviour-standard activity on a level page.
    pub fn activity(id: &str) -> String {
        format!("activity-{id}")
    }

    /// A graded level on a competency page.
    pub fn grade(level: u32) -> String {
        format!("level-{level}")
    }

    pub fn category(id: &str) -> String {
        format!("cat-{id}")
    }

    pub fn contribution_kind(id: &str) -> String {
        format!("kind-{id}")
    }

    /// A sequence's pass marks on the scoring rules page.
    pub fn pass_marks(sequence: &str) -> String {
        format!("pass-{sequence}")
    }

    /// The sections of the generated pages (the templates carry the same ids; a test checks
    /// every anchor the search index links to).
    pub mod section {
        pub const LADDER: &str = "h-ladder";
        pub const MATRIX: &str = "h-matrix";
        pub const SCORING: &str = "h-scoring";
        pub const POSITIONING: &str = "h-positioning";
        pub const CONDITIONS: &str = "h-conditions";
        pub const KNOWLEDGE: &str = "h-knowledge";
        pub const RESPONSIBILITIES: &str = "h-resp";
        pub const CONTRIBUTIONS: &str = "h-contrib";
        pub const DEFINITION: &str = "h-def";
        pub const KEY_POINTS: &str = "h-kp";
        pub const COMPARE_COMPETENCIES: &str = "h-cmp-comp";
        pub const STANDARD: &str = "h-standard";
        pub const REFERENCE: &str = "h-reference";
        pub const POSITION_KPIS: &str = "h-kpis";
        pub const POSITION_REQUIREMENTS: &str = "h-competencies";
    }
}

/// The top-level entries of the output folder, each replaced whole by a build that makes it.
pub mod top {
    pub const SITE: &str = "site";
    pub const HANDBOOK: &str = "handbook.pdf";
    pub const WORD: &str = "handbook.docx";
    pub const REPORTS: &str = "reports";
    pub const SHEETS: &str = "sheets";
    pub const SUMMARIES: &str = "summaries";
    pub const ANNOUNCEMENTS: &str = "announcements";
    pub const CERTIFICATES: &str = "certificates";
}

/// A cycle's 公示 notice: `announcements/<cycle>/notice.<extension>` (pdf, html).
pub fn notice(cycle: &str, extension: &str) -> OutputPath {
    OutputPath(format!("{}/{cycle}/notice.{extension}", top::ANNOUNCEMENTS))
}

/// A certificate: `certificates/<cycle>/<employee-id>-<sequence>-<level>.pdf` (ids are safe
/// as file names).
pub fn certificate(cycle: &str, employee: &str, sequence: &str, level: &str) -> OutputPath {
    OutputPath(format!(
        "{}/{cycle}/{employee}-{sequence}-{level}.pdf",
        top::CERTIFICATES
    ))
}

/// A file below the output folder (`site/index.html`, `reports/sales/E1001.pdf`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct OutputPath(String);

impl OutputPath {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    #[cfg(test)]
    pub(crate) fn for_tests(path: &str) -> OutputPath {
        OutputPath(path.into())
    }

    /// The top-level entry it belongs to (`site`, `handbook.pdf`, `reports`).
    pub fn top(&self) -> &str {
        self.0.split('/').next().unwrap_or_default()
    }
}

pub fn site_file(path: &SitePath) -> OutputPath {
    OutputPath(format!("{}/{}", top::SITE, path.0))
}

pub fn handbook() -> OutputPath {
    OutputPath(top::HANDBOOK.into())
}

/// The handbook's Word edition, for OA approval.
pub fn handbook_docx() -> OutputPath {
    OutputPath(top::WORD.into())
}

/// The one-page sheets of a sequence: `sheets/<sequence>.pdf`.
pub fn sheets(sequence: &str) -> OutputPath {
    OutputPath(format!("{}/{sequence}.pdf", top::SHEETS))
}

/// A report's path: `reports/<sequence>/<employee-id>-<cycle>.pdf`, the same whatever other
/// cycles the employee has, so links, manifests and re-sent reports stay valid.
pub fn report(a: &Assessment) -> OutputPath {
    OutputPath(format!(
        "{}/{}/{}-{}.pdf",
        top::REPORTS,
        a.sequence,
        a.employee_id,
        a.cycle
    ))
}

/// The reports' manifest, beside them: `reports/manifest.csv` or `reports/manifest.json`.
pub fn reports_manifest(extension: &str) -> OutputPath {
    OutputPath(format!("{}/manifest.{extension}", top::REPORTS))
}

/// A team summary: `summaries/<cycle>/<by>/<file>.<extension>`, `by` being `managers`,
/// `departments` or `sequences`, `file` a name [`team_files`] made safe.
pub fn summary(cycle: &str, by: &str, file: &str, extension: &str) -> OutputPath {
    OutputPath(format!("{}.{extension}", summary_unit(cycle, by, file)))
}

/// A shard's slice of the reports' manifest: `reports/manifest.K-of-N.<extension>`.
pub fn reports_manifest_slice(index: u32, count: u32, extension: &str) -> OutputPath {
    OutputPath(format!(
        "{}/manifest.{index}-of-{count}.{extension}",
        top::REPORTS
    ))
}

/// A file of another build's folder being merged (`rungs merge`), by its path below it.
pub fn merged(path: &str) -> OutputPath {
    OutputPath(path.to_string())
}

/// A cycle's calibration pack: `summaries/<cycle>/calibration.<extension>` (pdf, xlsx).
pub fn calibration(cycle: &str, extension: &str) -> OutputPath {
    OutputPath(format!("{}.{extension}", calibration_unit(cycle)))
}

/// A calibration pack's files without their extension, as the build cache keeps them.
pub fn calibration_unit(cycle: &str) -> String {
    format!("{}/{cycle}/calibration", top::SUMMARIES)
}

/// A team summary's files without their extension: the unit the build cache keeps them by.
pub fn summary_unit(cycle: &str, by: &str, file: &str) -> String {
    format!("{}/{cycle}/{by}/{file}", top::SUMMARIES)
}

/// A file in a folder of its own (a distribution's bundles and lists), by a name made safe.
pub fn loose(name: &str) -> OutputPath {
    OutputPath(name.to_string())
}

/// The extensions of a team summary's files, in the order `summary_files` makes them.
pub const SUMMARY_EXTENSIONS: [&str; 3] = ["pdf", "csv", "md"];

/// The most bytes one file name (one component of a path) may have: the limit of Linux's and
/// macOS's file systems (Windows counts 255 UTF-16 units, which never take more bytes).
pub const MAX_FILE_NAME_BYTES: usize = 255;

/// The name a manager's team is known by in file names, before it is made safe: `M01-李强`.
pub fn manager_team(id: &str, name: &str) -> String {
    format!("{id}-{name}")
}

/// A team's bundle in a distribution, `<team file>-<cycle>`: the zip's name without `.zip`,
/// and the folder inside it.
pub fn bundle(team_file: &str, cycle: &str) -> String {
    format!("{team_file}-{cycle}")
}

/// The file name of an employee's report inside a bundle: `E1001-林晓峰-2024H2.pdf`.
pub fn bundled_report(employee_id: &str, name: &str, cycle: &str) -> String {
    format!(
        "{}.pdf",
        safe_file_name(&format!("{employee_id}-{name}-{cycle}"))
    )
}

/// The longest file name a team named `stem` gets in `cycle` — its summaries and its bundle —
/// in bytes, with room for the number [`team_files`] adds when two of a grouping's `teams`
/// names meet: what must fit in [`MAX_FILE_NAME_BYTES`].
pub fn longest_team_file(stem: &str, cycle: &str, teams: usize) -> usize {
    let number = if teams > 1 {
        numbered("", teams).len()
    } else {
        0
    };
    let file = safe_file_name(stem).len() + number;
    let summaries = SUMMARY_EXTENSIONS.iter().map(|e| file + 1 + e.len());
    let zip = bundle("", cycle).len() + file + ".zip".len();
    summaries.chain([zip]).max().unwrap_or(file)
}

/// A team's file name with its number: `李强-2`.
fn numbered(safe: &str, n: usize) -> String {
    format!("{safe}-{n}")
}

/// `name` as a file name: the characters file systems refuse (`/ \\ : * ? " < > |`, control
/// characters, leading dots) replaced by `_`, cut to 80 characters.
pub fn safe_file_name(name: &str) -> String {
    let mut safe: String = name
        .trim()
        .chars()
        .map(|c| {
            if c.is_control() || "/\\:*?\"<>|".contains(c) {
                '_'
            } else {
                c
            }
        })
        .take(80)
        .collect();
    while safe.starts_with('.') {
        safe.replace_range(..1, "_");
    }
    if safe.trim().is_empty() {
        safe = "_".into();
    }
    safe
}

/// File names for teams, each made safe ([`safe_file_name`]) and numbered `-2`, `-3` … where
/// two would meet (case-insensitively, for macOS and Windows).
pub fn team_files<'a>(names: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut taken = std::collections::BTreeSet::new();
    names
        .into_iter()
        .map(|name| {
            let safe = safe_file_name(name);
            let mut candidate = safe.clone();
            let mut n = 2;
            while !taken.insert(candidate.to_lowercase()) {
                candidate = numbered(&safe, n);
                n += 1;
            }
            candidate
        })
        .collect()
}

/// The folder of a grouping's summaries under `summaries/<cycle>/`.
pub fn grouping_folder(grouping: Grouping) -> &'static str {
    match grouping {
        Grouping::Manager => "managers",
        Grouping::Department => "departments",
        Grouping::Sequence => "sequences",
    }
}

/// The file name (without extension) of each team's summaries and bundle: `M01-李强`, a
/// department's name, a sequence's id; the same in every cycle.
pub fn team_file_names<'t>(
    grouping: Grouping,
    teams: impl Iterator<Item = &'t Team>,
) -> std::collections::BTreeMap<Team, String> {
    let teams: std::collections::BTreeSet<&Team> = teams.collect();
    let names: Vec<String> = teams
        .iter()
        .map(|t| match grouping {
            Grouping::Manager if t.key == crate::evaluate::team::NO_MANAGER => t.key.clone(),
            Grouping::Manager => manager_team(&t.key, &t.title),
            Grouping::Department | Grouping::Sequence => t.key.clone(),
        })
        .collect();
    let files = team_files(names.iter().map(String::as_str));
    teams.into_iter().cloned().zip(files).collect()
}

/// Files of the Typst project `--export-typst` writes (below its own folder).
pub mod typst_export {
    use super::OutputPath;

    pub fn template(name: &str) -> OutputPath {
        OutputPath(format!("typst/{name}"))
    }

    pub fn font(name: &str) -> OutputPath {
        OutputPath(format!("fonts/{name}"))
    }

    pub fn handbook_data() -> OutputPath {
        OutputPath("handbook.json".into())
    }

    /// The handbook's page-filling measures: `handbook-tuning.json`.
    pub fn handbook_tuning() -> OutputPath {
        OutputPath("handbook-tuning.json".into())
    }

    /// A sequence's sheets' page-filling measures: `sheets/<sequence>-tuning.json`.
    pub fn sheets_tuning(sequence: &str) -> OutputPath {
        OutputPath(format!("sheets/{sequence}-tuning.json"))
    }

    /// The data file of a sequence's sheets: `sheets/<sequence>.json`.
    pub fn sheets_data(sequence: &str) -> OutputPath {
        OutputPath(format!("sheets/{sequence}.json"))
    }

    /// The data file of a report, beside where its PDF would go: `reports/<seq>/<name>.json`.
    pub fn report_data(report: &OutputPath) -> OutputPath {
        OutputPath(report.0.trim_end_matches(".pdf").to_string() + ".json")
    }
}

/// What produces an output: the file it comes from and a few words naming it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Producer {
    pub file: String,
    pub what: crate::locale::Message,
}

/// A page of the site, by the part of the standard it shows (indexes into its lists).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SitePage {
    Home,
    Dictionary,
    Scoring,
    NotFound,
    Sequence(usize),
    Picker(usize),
    /// (sequence, level)
    Level(usize, usize),
    /// (sequence, level): the level's one-page sheet (一纸禅).
    Sheet(usize, usize),
    /// The handbook, the sheets and the Word edition to download.
    Downloads,
    /// (sequence, lower level, higher level)
    Compare(usize, usize, usize),
    /// (sequence, position)
    Position(usize, usize),
    Competency(usize),
    Page(usize),
}

impl SitePage {
    /// The sequence a page belongs to: its levels, positions, comparisons and sheets.
    pub fn sequence(self) -> Option<usize> {
        match self {
            SitePage::Sequence(s)
            | SitePage::Picker(s)
            | SitePage::Level(s, _)
            | SitePage::Sheet(s, _)
            | SitePage::Compare(s, _, _)
            | SitePage::Position(s, _) => Some(s),
            _ => None,
        }
    }

    pub fn path(self, standard: &Standard) -> SitePath {
        let seq = |i: usize| &standard.sequences[i];
        match self {
            SitePage::Home => home(),
            SitePage::Dictionary => dictionary(),
            SitePage::Scoring => scoring(),
            SitePage::NotFound => not_found(),
            SitePage::Sequence(s) => sequence(&seq(s).id),
            SitePage::Picker(s) => compare_picker(&seq(s).id),
            SitePage::Level(s, l) => level(&seq(s).id, &seq(s).levels[l].id),
            SitePage::Sheet(s, l) => sheet_page(&seq(s).id, &seq(s).levels[l].id),
            SitePage::Downloads => downloads(),
            SitePage::Compare(s, a, b) => {
                let levels = &seq(s).levels;
                compare(&seq(s).id, &levels[a].id, &levels[b].id)
            }
            SitePage::Position(s, p) => position(&seq(s).id, &seq(s).positions[p].id),
            SitePage::Competency(c) => competency(&standard.competencies[c].id),
            SitePage::Page(p) => page(&standard.pages[p].id),
        }
    }

    /// True for the page of a level or competency whose id is reserved (reported as such, so
    /// its collision with the generated page is not reported again).
    fn has_reserved_id(self, standard: &Standard) -> bool {
        match self {
            SitePage::Level(s, l) => {
                RESERVED_LEVEL_IDS.contains(&standard.sequences[s].levels[l].id.as_str())
            }
            SitePage::Competency(c) => {
                RESERVED_COMPETENCY_IDS.contains(&standard.competencies[c].id.as_str())
            }
            _ => false,
        }
    }

    /// The file the page comes from and a few words naming it, for collision messages.
    pub fn producer(self, standard: &Standard) -> Producer {
        use crate::msg;
        let generated = |what: crate::locale::Message| Producer {
            file: "rungs.yaml".into(),
            what,
        };
        let in_sequence = |s: usize, what: crate::locale::Message| Producer {
            file: standard.sequences[s].file.clone(),
            what,
        };
        let level_id = |s: usize, l: usize| &standard.sequences[s].levels[l].id;
        match self {
            SitePage::Home => generated(msg!("check-output-home")),
            SitePage::Dictionary => generated(msg!("check-output-dictionary")),
            SitePage::Scoring => generated(msg!("check-output-scoring")),
            SitePage::NotFound => generated(msg!("check-output-not-found")),
            SitePage::Sequence(s) => in_sequence(
                s,
                msg!("check-output-sequence", id = &standard.sequences[s].id),
            ),
            SitePage::Picker(s) => in_sequence(
                s,
                msg!("check-output-picker", id = &standard.sequences[s].id),
            ),
            SitePage::Level(s, l) => {
                in_sequence(s, msg!("check-output-level", id = level_id(s, l)))
            }
            SitePage::Sheet(s, l) => {
                in_sequence(s, msg!("check-output-sheet", id = level_id(s, l)))
            }
            SitePage::Downloads => generated(msg!("check-output-downloads")),
            SitePage::Compare(s, a, b) => in_sequence(
                s,
                msg!(
                    "check-output-compare",
                    from = level_id(s, a),
                    to = level_id(s, b)
                ),
            ),
            SitePage::Position(s, p) => in_sequence(
                s,
                msg!(
                    "check-output-position",
                    id = &standard.sequences[s].positions[p].id
                ),
            ),
            SitePage::Competency(c) => Producer {
                file: standard.competencies[c].file.clone(),
                what: msg!("check-output-competency", id = &standard.competencies[c].id),
            },
            SitePage::Page(p) => Producer {
                file: standard.pages[p].file.clone(),
                what: msg!("check-output-page", id = &standard.pages[p].id),
            },
        }
    }
}

/// Every page of the site.
pub fn site_pages(standard: &Standard) -> Vec<SitePage> {
    let mut pages = vec![
        SitePage::Home,
        SitePage::Dictionary,
        SitePage::Scoring,
        SitePage::NotFound,
        SitePage::Downloads,
    ];
    for (s, sequence) in standard.sequences.iter().enumerate() {
        pages.push(SitePage::Sequence(s));
        pages.push(SitePage::Picker(s));
        for l in 0..sequence.levels.len() {
            pages.push(SitePage::Level(s, l));
            pages.push(SitePage::Sheet(s, l));
            pages.extend((l + 1..sequence.levels.len()).map(|m| SitePage::Compare(s, l, m)));
        }
        pages.extend((0..sequence.positions.len()).map(|p| SitePage::Position(s, p)));
    }
    pages.extend((0..standard.competencies.len()).map(SitePage::Competency));
    pages.extend((0..standard.pages.len()).map(SitePage::Page));
    pages
}

/// Every output of a project below the output folder (site pages, the handbook, reports),
/// with what produces it. Theme files and indexes are fixed names no content id can reach.
pub fn outputs(standard: &Standard, records: &Records) -> Vec<(OutputPath, Producer)> {
    let mut all: Vec<(OutputPath, Producer)> = site_pages(standard)
        .into_iter()
        .filter(|page| !page.has_reserved_id(standard))
        .map(|page| (site_file(&page.path(standard)), page.producer(standard)))
        .collect();
    for a in &records.assessments {
        all.push((
            report(a),
            Producer {
                file: a.file.clone(),
                what: crate::msg!(
                    "check-output-report",
                    employee_id = &a.employee_id,
                    cycle = &a.cycle
                ),
            },
        ));
    }
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_made_from_names() {
        assert_eq!(
            bundled_report("E1", "林晓峰", "2024H2"),
            "E1-林晓峰-2024H2.pdf"
        );
        let zip = |file: &str| format!("{}.zip", bundle(file, "2024H2")).len();
        let team = manager_team("M01", "李强");
        assert_eq!(longest_team_file(&team, "2024H2", 1), zip(&team));
        // Room for the number `team_files` adds when names meet.
        assert_eq!(
            longest_team_file(&team, "2024H2", 12),
            zip(&team) + "-12".len()
        );
        // Only the first 80 characters make the name.
        let long = "名".repeat(100);
        assert_eq!(longest_team_file(&long, "x", 1), 80 * 3 + "-x.zip".len());
    }

    #[test]
    fn links_are_the_shortest_relative_path() {
        let l = level("sales", "s2");
        assert_eq!(l.link_to(&level("sales", "s1")), "s1.html");
        assert_eq!(l.link_to(&sequence("sales")), "index.html");
        assert_eq!(
            l.link_to(&compare("sales", "s1", "s2")),
            "compare/s1-s2.html"
        );
        assert_eq!(l.link_to(&competency("x")), "../../competencies/x.html");
        let c = compare("sales", "s1", "s2");
        assert_eq!(c.link_to(&sequence("sales")), "../index.html");
        assert_eq!(c.link_to(&competency("x")), "../../../competencies/x.html");
        assert_eq!(
            home().link_to(&level("sales", "s1")),
            "sequences/sales/s1.html"
        );
        assert_eq!(
            competency("x").link_to(&sequence("a")),
            "../sequences/a/index.html"
        );
        assert_eq!(l.root(), "../../");
        assert_eq!(
            compare_pattern(&compare_picker("sales"), "sales"),
            "compare/{from}-{to}.html"
        );
        assert_eq!(l.link_to_anchor(&l, "req-x"), "#req-x");
    }
}
