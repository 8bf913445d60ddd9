//! Discovery and parsing of a content project: all reading of content files happens here.
//!
//! Finds the files by their place in the folder (walkdir, sorted so the order never depends on
//! the file system), decodes and parses each into raw types with source positions, and keeps
//! every file's text for diagnostics. Cross-file rules are `check`'s job, not this module's.

mod decode;
mod documents;
mod pages;
pub mod raw;
mod recover;
pub mod schema;
mod yaml;

use std::collections::BTreeMap;

use crate::diagnostics::{Diagnostic, Location, SourceMap, codes};
use crate::locale::Message;
use crate::msg;
use crate::source::{ContentSource, EntryKind, SourceError};
use documents::Kind;
pub use documents::ParseCache;
use raw::*;

/// The most bytes one file under `themes/` may have (templates, styles, scripts, fonts).
pub const MAX_THEME_FILE_BYTES: usize = 8 * 1024 * 1024;
/// The most bytes one font under `fonts/` may have (a full Noto CJK face is about 16 MiB).
pub const MAX_FONT_BYTES: usize = 32 * 1024 * 1024;

/// A parsed file and where it came from.
#[derive(Debug)]
pub struct Parsed<T> {
    /// The logical path: relative to the content folder, `/`-separated.
    pub file: String,
    pub value: T,
}

#[derive(Debug, Clone)]
pub struct RawPage {
    pub id: String,
    pub front: RawFrontMatter,
    pub body: String,
}

/// Everything read from a content project, before cross-file checks.
#[derive(Debug, Default)]
pub struct Loaded {
    pub sources: SourceMap,
    pub settings: Option<Parsed<RawSettings>>,
    pub competencies: Vec<Parsed<RawCompetency>>,
    pub sequences: Vec<Parsed<RawSequence>>,
    pub pages: Vec<Parsed<RawPage>>,
    /// Boxed: a record's raw type is kilobytes before its first string, and the records move
    /// from list to list through `check`.
    pub assessments: Vec<Parsed<Box<RawAssessment>>>,
    /// Each cycle's roster (`assessments/<cycle>/people.csv` or a workbook), as sheets.
    pub rosters: Vec<Parsed<Vec<crate::spreadsheet::Sheet>>>,
    /// Each cycle's applications (`assessments/<cycle>/applications.yaml`, or a sheet).
    pub applications: Vec<Parsed<RawApplications>>,
    /// Each cycle's `cycle.yaml`.
    pub cycles: Vec<Parsed<RawCycle>>,
    /// Files under `themes/`, keyed by their path below `themes/` (e.g. `default/templates/page.html`).
    pub theme_files: BTreeMap<String, Vec<u8>>,
    /// Font files under `fonts/`, by logical path.
    pub fonts: Vec<(String, Vec<u8>)>,
    /// Content files that could not be read or parsed, or parsed only once their mistakes
    /// were repaired: `check` does not report references to what they would have defined, so
    /// one mistake gives one error, not a cascade.
    pub failed: Vec<String>,
    /// Where a repaired file holds a placeholder for a value of the wrong type (see
    /// `yaml::parse`): `check` reports nothing more at these places.
    pub placeholders: Vec<Location>,
}

impl Loaded {
    /// The theme the settings name (`default` when they name none or cannot be read).
    pub fn theme_name(&self) -> &str {
        self.settings
            .as_ref()
            .and_then(|s| s.value.theme.as_ref())
            .map_or("default", |t| t.value.as_str())
    }
}

enum Role {
    /// A document `documents` parses. Applications may also be a sheet, read here.
    Document(Kind),
    /// `assessments/<cycle>/people.*`: the roster, a sheet.
    Roster,
    Theme,
    Font,
    /// A content file where rungs does not read it; the help says where it belongs.
    Misplaced(Message),
    Ignored,
}

fn role_of(relative: &str) -> Role {
    let parts: Vec<&str> = relative.split('/').collect();
    let ext = relative.rsplit('.').next().unwrap_or("");
    let yaml = ext == "yaml" || ext == "yml";
    match parts.as_slice() {
        ["rungs.yaml"] => Role::Document(Kind::Settings),
        ["competencies", _] if yaml => Role::Document(Kind::Competency),
        ["sequences", _] if yaml => Role::Document(Kind::Sequence),
        ["pages", _] if ext == "md" => Role::Document(Kind::Page),
        ["assessments", _, "cycle.yaml"] => Role::Document(Kind::Cycle),
        ["assessments", _, name] if is_named(name, PEOPLE_FILE) => Role::Roster,
        ["assessments", _, name] if is_named(name, APPLICATIONS_FILE) => {
            Role::Document(Kind::Applications)
        }
        ["assessments", _, _] if yaml => Role::Document(Kind::Assessment),
        ["assessments", _] if yaml => Role::Misplaced(msg!("load-misplaced-record-help")),
        ["themes", ..] => Role::Theme,
        ["fonts", ..] => Role::Font,
        _ if yaml || ext == "md" => Role::Misplaced(msg!("load-misplaced-file-help")),
        _ => Role::Ignored,
    }
}

/// The roster's file name in a cycle folder, before its extension (a sheet's).
pub const PEOPLE_FILE: &str = "people";
/// The applications' file name in a cycle folder, before its extension (YAML or a sheet's).
pub const APPLICATIONS_FILE: &str = "applications";

/// `name` is `stem` with an extension rungs reads a sheet (or, for applications, YAML) from.
fn is_named(name: &str, stem: &str) -> bool {
    name.strip_prefix(stem)
        .and_then(|rest| rest.strip_prefix('.'))
        .is_some_and(|ext| {
            crate::spreadsheet::Format::of(name).is_some()
                || (stem == APPLICATIONS_FILE && matches!(ext, "yaml" | "yml"))
        })
}

/// The folder records live in, inside the content project.
pub const RECORDS_FOLDER: &str = "assessments";

/// Reads and parses a content project: the standards from `standards`, and the assessment
/// records from `records` when given (its files are `<cycle>/<employee-id>.yaml`) or else from
/// the standards' own `assessments/` folder. Content problems come back as diagnostics; only a
/// source that cannot be listed or read is an error. With a `cache`, a document whose text is
/// unchanged since the last load through it is not parsed again.
pub fn load(
    standards: &dyn ContentSource,
    records: Option<&dyn ContentSource>,
    cache: Option<&ParseCache>,
) -> Result<(Loaded, Vec<Diagnostic>), SourceError> {
    let mut loaded = Loaded::default();
    let mut diagnostics = Vec::new();
    let entries = standards.entries()?;
    let count = entries.len();
    let mut ignored_records = false;
    let mut files: Vec<(String, &dyn ContentSource, String, EntryKind)> = Vec::new();
    for entry in entries {
        let in_records = entry.path.split('/').next() == Some(RECORDS_FOLDER);
        if in_records && records.is_some() {
            ignored_records = true;
            continue;
        }
        files.push((entry.path.clone(), standards, entry.path, entry.kind));
    }
    if let Some(records) = records {
        for entry in records.entries()? {
            files.push((
                format!("{RECORDS_FOLDER}/{}", entry.path),
                records,
                entry.path,
                entry.kind,
            ));
        }
    }
    if ignored_records {
        loaded
            .sources
            .insert_unread(RECORDS_FOLDER, standards.display(RECORDS_FOLDER));
        diagnostics.push(
            Diagnostic::new(&codes::RECORDS_IGNORED, msg!("load-records-ignored"))
                .at(Location::file(RECORDS_FOLDER))
                .help(msg!("load-records-ignored-help")),
        );
    }
    if let Some(cache) = cache {
        cache.begin();
    }
    // A batch at a time: read, parsed in parallel, put in place. All the files read before any
    // is parsed cost `check` a fifth more memory at 10,000 records.
    for batch in files.chunks(documents::BATCH) {
        let mut unparsed = Vec::new();
        for (logical, source, path, kind) in batch {
            unparsed.extend(read_file(
                &mut loaded,
                &mut diagnostics,
                logical,
                *source,
                path,
                *kind,
            )?);
        }
        documents::parse_into(&mut loaded, &mut diagnostics, unparsed, cache);
    }
    if let Some(cache) = cache {
        cache.settle();
    }
    if loaded.settings.is_none() {
        missing_settings(&mut loaded, &mut diagnostics, standards, count);
    }
    Ok((loaded, diagnostics))
}

/// Reads one file into `loaded` by its role (a document, a theme file, a font), or says why
/// not: a link, a file over its size limit, a file in no place rungs reads, a document with
/// mistakes.
fn read_file(
    loaded: &mut Loaded,
    diagnostics: &mut Vec<Diagnostic>,
    logical: &str,
    source: &dyn ContentSource,
    path: &str,
    kind: EntryKind,
) -> Result<Option<documents::Unparsed>, SourceError> {
    let role = role_of(logical);
    if let Role::Ignored = role {
        return Ok(None);
    }
    let display = source.display(path);
    loaded.sources.insert_unread(logical, display.clone());
    if kind == EntryKind::Symlink {
        diagnostics.push(
            Diagnostic::new(&codes::SYMLINK, msg!("load-symlink"))
                .at(Location::file(logical))
                .help(msg!("load-symlink-help")),
        );
        return Ok(None);
    }
    let limit = match role {
        Role::Theme => MAX_THEME_FILE_BYTES,
        Role::Font => MAX_FONT_BYTES,
        _ => decode::MAX_FILE_BYTES,
    };
    let bytes = match source.read_at_most(path, limit)? {
        Ok(bytes) => bytes,
        Err(size) => {
            diagnostics.push(
                Diagnostic::new(
                    &codes::FILE_TOO_LARGE,
                    msg!("load-file-too-large-for-it", size = size, limit = limit),
                )
                .at(Location::file(logical))
                .help(match role {
                    Role::Font => msg!("load-font-too-large-help"),
                    Role::Theme => msg!("load-theme-file-too-large-help"),
                    _ => msg!("load-file-too-large-split-help"),
                }),
            );
            loaded.failed.push(logical.to_string());
            return Ok(None);
        }
    };
    match role {
        Role::Theme => {
            loaded
                .theme_files
                .insert(logical["themes/".len()..].to_string(), bytes);
        }
        Role::Font => loaded.fonts.push((logical.to_string(), bytes)),
        Role::Roster => {
            if let Some(sheets) = read_sheets(loaded, diagnostics, logical, &display, bytes) {
                loaded.rosters.push(Parsed {
                    file: logical.to_string(),
                    value: sheets,
                });
            }
        }
        Role::Document(Kind::Applications) if crate::spreadsheet::Format::of(logical).is_some() => {
            if let Some(sheets) = read_sheets(loaded, diagnostics, logical, &display, bytes) {
                loaded.applications.push(Parsed {
                    file: logical.to_string(),
                    value: RawApplications::Sheets(sheets),
                });
            }
        }
        Role::Misplaced(help) => diagnostics.push(
            Diagnostic::new(&codes::MISPLACED_FILE, msg!("load-misplaced-file"))
                .at(Location::file(logical))
                .help(help),
        ),
        Role::Document(kind) => {
            return Ok(Some(documents::Unparsed {
                kind,
                file: logical.to_string(),
                display,
                bytes,
            }));
        }
        Role::Ignored => unreachable!("ignored files are not read"),
    }
    Ok(None)
}

/// No rungs.yaml was read: the folder is empty, or has none (unless it failed to parse, which
/// is said already).
fn missing_settings(
    loaded: &mut Loaded,
    diagnostics: &mut Vec<Diagnostic>,
    standards: &dyn ContentSource,
    count: usize,
) {
    let (code, message) = if count == 0 {
        (
            &codes::EMPTY_CONTENT,
            msg!(
                "load-empty-content",
                folder = standards.display("").trim_end_matches('/')
            ),
        )
    } else {
        (&codes::MISSING_SETTINGS, msg!("load-missing-settings"))
    };
    let parsed_badly = diagnostics
        .iter()
        .any(|d| d.location.as_ref().is_some_and(|l| l.file == "rungs.yaml"));
    if !parsed_badly {
        loaded
            .sources
            .insert_unread("rungs.yaml", standards.display("rungs.yaml"));
        diagnostics.push(
            Diagnostic::new(code, message)
                .at(Location::file("rungs.yaml"))
                .help(msg!("load-missing-settings-help")),
        );
    }
}

/// Reads a sheet (a roster, applications) as rows; a CSV's text is kept too, so diagnostics
/// can show the row. A file that cannot be read is reported, and `None` returned.
fn read_sheets(
    loaded: &mut Loaded,
    diagnostics: &mut Vec<Diagnostic>,
    file: &str,
    display: &str,
    bytes: Vec<u8>,
) -> Option<Vec<crate::spreadsheet::Sheet>> {
    let csv = crate::spreadsheet::Format::of(file) == Some(crate::spreadsheet::Format::Csv);
    if csv && let Ok(text) = crate::spreadsheet::decode_strictly(&bytes) {
        loaded.sources.insert(file, display, text);
    }
    match crate::spreadsheet::read_bytes(file, bytes) {
        Ok(sheets) => Some(sheets),
        Err(why) => {
            diagnostics.push(
                Diagnostic::new(&codes::UNREADABLE_SHEET, why)
                    .at(Location::file(file))
                    .help(msg!("load-unreadable-sheet-help")),
            );
            loaded.failed.push(file.to_string());
            None
        }
    }
}
