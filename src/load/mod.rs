//! Discovery and parsing of a content project: all reading of content files happens here.
//!
//! Finds the files by their place in the folder (walkdir, sorted so the order never depends on
//! the file system), decodes and parses each into raw types with source positions, and keeps
//! every file's text for diagnostics. Cross-file rules are `check`'s job, not this module's.

mod pages;
pub mod raw;
mod source;
mod yaml;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use walkdir::WalkDir;

use crate::diagnostics::{Diagnostic, Location, SourceMap};
use raw::*;

/// At most this many files are read from one content project.
pub const MAX_FILES: usize = 100_000;

/// A parsed file and where it came from.
#[derive(Debug)]
pub struct Parsed<T> {
    /// Relative to the content folder, `/`-separated.
    pub file: String,
    pub value: T,
}

#[derive(Debug)]
pub struct RawPage {
    pub id: String,
    pub front: RawFrontMatter,
    pub body: String,
}

/// Everything read from a content project, before cross-file checks.
#[derive(Debug, Default)]
pub struct Loaded {
    pub root: PathBuf,
    pub sources: SourceMap,
    pub settings: Option<Parsed<RawSettings>>,
    pub competencies: Vec<Parsed<RawCompetency>>,
    pub sequences: Vec<Parsed<RawSequence>>,
    pub pages: Vec<Parsed<RawPage>>,
    pub assessments: Vec<Parsed<RawAssessment>>,
    /// Files under `themes/`, keyed by their path below `themes/` (e.g. `default/templates/page.html`).
    pub theme_files: BTreeMap<String, Vec<u8>>,
    /// Font files under `fonts/`, by relative path.
    pub fonts: Vec<(String, Vec<u8>)>,
    /// Content files that could not be read or parsed: `check` does not report references to
    /// what they would have defined, so one mistake gives one error, not a cascade.
    pub failed: Vec<String>,
}

/// Problems that stop loading before any content can be judged: exit code 2.
#[derive(Debug)]
pub enum LoadError {
    NotFound(PathBuf),
    NotADirectory(PathBuf),
    Io(PathBuf, std::io::Error),
    TooManyFiles(PathBuf),
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::NotFound(p) => write!(
                f,
                "content folder `{}` does not exist (pass the folder that holds rungs.yaml)",
                p.display()
            ),
            LoadError::NotADirectory(p) => write!(
                f,
                "`{}` is not a folder (pass the folder that holds rungs.yaml)",
                p.display()
            ),
            LoadError::Io(p, e) => write!(f, "cannot read `{}`: {e}", p.display()),
            LoadError::TooManyFiles(p) => write!(
                f,
                "`{}` holds more than {MAX_FILES} files; is it the right folder?",
                p.display()
            ),
        }
    }
}

enum Role {
    Settings,
    Competency,
    Sequence,
    Page,
    Assessment,
    Theme,
    Font,
    Misplaced(&'static str),
    Ignored,
}

fn role_of(relative: &str) -> Role {
    let parts: Vec<&str> = relative.split('/').collect();
    let ext = relative.rsplit('.').next().unwrap_or("");
    let yaml = ext == "yaml" || ext == "yml";
    match parts.as_slice() {
        ["rungs.yaml"] => Role::Settings,
        ["competencies", _] if yaml => Role::Competency,
        ["sequences", _] if yaml => Role::Sequence,
        ["pages", _] if ext == "md" => Role::Page,
        ["assessments", _, _] if yaml => Role::Assessment,
        ["assessments", _] if yaml => {
            Role::Misplaced("move it into a cycle folder: assessments/<cycle>/<employee-id>.yaml")
        }
        ["themes", ..] => Role::Theme,
        ["fonts", ..] => Role::Font,
        _ if yaml || ext == "md" => Role::Misplaced(
            "content files go in rungs.yaml, competencies/, sequences/, pages/ or assessments/<cycle>/; this one is ignored",
        ),
        _ => Role::Ignored,
    }
}

/// Reads and parses the content project at `root`. Content problems come back as diagnostics;
/// only a missing or unreadable folder is an error.
pub fn load(root: &Path) -> Result<(Loaded, Vec<Diagnostic>), LoadError> {
    let meta = std::fs::metadata(root).map_err(|_| LoadError::NotFound(root.to_path_buf()))?;
    if !meta.is_dir() {
        return Err(LoadError::NotADirectory(root.to_path_buf()));
    }
    let mut loaded = Loaded {
        root: root.to_path_buf(),
        ..Loaded::default()
    };
    let mut diagnostics = Vec::new();
    let mut count = 0;
    let walker = WalkDir::new(root)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        let entry = entry.map_err(|e| LoadError::Io(root.to_path_buf(), e.into()))?;
        if !entry.file_type().is_file() {
            continue;
        }
        count += 1;
        if count > MAX_FILES {
            return Err(LoadError::TooManyFiles(root.to_path_buf()));
        }
        let relative = entry
            .path()
            .strip_prefix(root)
            .unwrap_or(entry.path())
            .to_string_lossy()
            .replace('\\', "/");
        let role = role_of(&relative);
        if let Role::Ignored = role {
            continue;
        }
        let bytes = std::fs::read(entry.path())
            .map_err(|e| LoadError::Io(entry.path().to_path_buf(), e))?;
        match role {
            Role::Theme => {
                loaded
                    .theme_files
                    .insert(relative["themes/".len()..].to_string(), bytes);
            }
            Role::Font => loaded.fonts.push((relative, bytes)),
            Role::Misplaced(help) => diagnostics.push(
                Diagnostic::warning("misplaced-file", "this file is not in a place rungs reads")
                    .at(Location::file(&relative))
                    .help(help),
            ),
            _ => {
                if let Err(d) = read_document(&mut loaded, role, &relative, bytes) {
                    diagnostics.push(d);
                    loaded.failed.push(relative);
                }
            }
        }
    }
    if loaded.settings.is_none() {
        let (code, message) = if count == 0 {
            (
                "empty-content",
                format!("the content folder `{}` is empty", root.display()),
            )
        } else {
            (
                "missing-settings",
                "the content folder has no rungs.yaml".to_string(),
            )
        };
        let parsed_badly = diagnostics
            .iter()
            .any(|d| d.location.as_ref().is_some_and(|l| l.file == "rungs.yaml"));
        if !parsed_badly {
            diagnostics.push(
                Diagnostic::error(code, message)
                    .at(Location::file("rungs.yaml"))
                    .help("create rungs.yaml with the handbook's title, organisation, edition and other settings (see README.md)"),
            );
        }
    }
    Ok((loaded, diagnostics))
}

fn read_document(
    loaded: &mut Loaded,
    role: Role,
    file: &str,
    bytes: Vec<u8>,
) -> Result<(), Diagnostic> {
    let text = source::decode(file, bytes)?;
    loaded.sources.insert(file, text.clone());
    if matches!(role, Role::Page) {
        let split = pages::split_front_matter(file, &text)?;
        let front: RawFrontMatter = yaml::parse(file, split.front_matter, split.first_line)?;
        let id = file
            .trim_start_matches("pages/")
            .trim_end_matches(".md")
            .to_string();
        loaded.pages.push(Parsed {
            file: file.to_string(),
            value: RawPage {
                id,
                front,
                body: split.body.to_string(),
            },
        });
        return Ok(());
    }
    if source::is_blank_yaml(&text) {
        return Err(Diagnostic::error("empty-file", "this file is empty")
            .at(Location::file(file))
            .help("write the document's fields, or delete the file"));
    }
    let file_owned = file.to_string();
    match role {
        Role::Settings => {
            loaded.settings = Some(Parsed {
                file: file_owned,
                value: yaml::parse(file, &text, 1)?,
            })
        }
        Role::Competency => loaded.competencies.push(Parsed {
            file: file_owned,
            value: yaml::parse(file, &text, 1)?,
        }),
        Role::Sequence => loaded.sequences.push(Parsed {
            file: file_owned,
            value: yaml::parse(file, &text, 1)?,
        }),
        Role::Assessment => loaded.assessments.push(Parsed {
            file: file_owned,
            value: yaml::parse(file, &text, 1)?,
        }),
        _ => unreachable!("only documents are parsed"),
    }
    Ok(())
}

/// The last commit that touched the content folder, with `-dirty` when the folder has
/// uncommitted changes; `None` outside git or without a `git` program.
pub fn content_commit(root: &Path) -> Option<String> {
    let git = |args: &[&str]| {
        Command::new("git")
            .arg("-C")
            .arg(root)
            .args(args)
            .output()
            .ok()
            .filter(|o| o.status.success())
    };
    let log = git(&["log", "-1", "--format=%H", "--", "."])?;
    let hash = String::from_utf8(log.stdout).ok()?.trim().to_string();
    if hash.is_empty() {
        return None;
    }
    let status = git(&["status", "--porcelain", "--", "."])?;
    let dirty = !status.stdout.is_empty();
    Some(if dirty {
        format!("{}-dirty", &hash[..12])
    } else {
        hash[..12].to_string()
    })
}
