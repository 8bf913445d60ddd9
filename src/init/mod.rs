//! The starter project `rungs init` writes: a small standard that `check` and `build` accept
//! as it is (settings, two competencies, one sequence with three levels, one page, two
//! assessment records), in Chinese or English, with the JSON Schemas beside the content and
//! each YAML file's schema line for editors.

use std::path::{Path, PathBuf};

use crate::load::schema::SchemaKind;
use crate::model::Language;

/// The starter's content files, the same paths in each language's folder: by language tag, a
/// list of (path under `content/`, text).
macro_rules! starter {
    ($($path:literal),* $(,)?) => {
        const STARTERS: &[(&str, &[(&str, &str)])] = &[
            ("zh-CN", &[$(($path, include_str!(concat!("zh-CN/", $path)))),*]),
            ("en", &[$(($path, include_str!(concat!("en/", $path)))),*]),
        ];
    };
}

starter!(
    "rungs.yaml",
    "competencies/customer-focus.yaml",
    "competencies/teamwork.yaml",
    "sequences/professional.yaml",
    "pages/overview.md",
    "assessments/2025H1/E0001.yaml",
    "assessments/2025H1/E0002.yaml",
);

/// Kept out of git: what `build` and `distribute` write by default.
const GITIGNORE: &str = "/output/\n/distribution/\n";

/// Every file of the starter project, by path relative to the project folder: `content/…`
/// (YAML files starting with their schema line), `schemas/…` and `.gitignore`.
pub fn files(language: Language) -> Vec<(String, String)> {
    // A language without a starter of its own gets its base's (`zh-TW` → `zh-CN`).
    let content = STARTERS
        .iter()
        .find(|(tag, _)| *tag == language.tag())
        .or_else(|| {
            let base = crate::locale::base_of(language.tag());
            STARTERS.iter().find(|(tag, _)| *tag == base)
        })
        .map_or(STARTERS[0].1, |(_, files)| files);
    let mut files: Vec<(String, String)> = content
        .iter()
        .map(|(path, text)| {
            let text = match SchemaKind::of(path).filter(|_| path.ends_with(".yaml")) {
                Some(kind) => format!("{}\n{text}", kind.editor_line(path)),
                None => text.to_string(),
            };
            (format!("content/{path}"), text)
        })
        .collect();
    files
        .extend(SchemaKind::ALL.map(|kind| (format!("schemas/{}", kind.file_name()), kind.json())));
    let comment = language.say(&crate::msg!("init-gitignore-comment"));
    files.push((".gitignore".into(), format!("# {comment}\n{GITIGNORE}")));
    files
}

/// Why `init` wrote nothing.
#[derive(Debug)]
pub enum InitError {
    /// The folder exists and holds files.
    NotEmpty(PathBuf),
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
}

impl InitError {
    /// What went wrong, to say in the user's language.
    pub fn message(&self) -> crate::locale::Message {
        match self {
            InitError::NotEmpty(dir) => {
                crate::msg!("init-not-empty", dir = dir.display().to_string())
            }
            InitError::Io { path, error } => crate::msg!(
                "init-cannot-write",
                path = path.display().to_string(),
                error = error.to_string()
            ),
        }
    }

    /// What a person can do about it, when there is something.
    pub fn help(&self) -> Option<crate::locale::Message> {
        match self {
            InitError::NotEmpty(_) => Some(crate::msg!("init-not-empty-help")),
            InitError::Io { .. } => None,
        }
    }
}

/// In English, for logs and tests; the command line says [`InitError::message`].
impl std::fmt::Display for InitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().english())
    }
}

impl std::error::Error for InitError {}

/// Writes the starter project into `dir`, which must be missing or empty. The files are
/// written into a staging folder beside it and moved into place at once, so a failure leaves
/// nothing half-made. Returns the paths written, relative to `dir`.
pub fn write(dir: &Path, language: Language) -> Result<Vec<String>, InitError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |error| InitError::Io { path, error }
    };
    if dir.exists() {
        let mut entries = std::fs::read_dir(dir).map_err(io(dir))?;
        if entries.next().is_some() {
            return Err(InitError::NotEmpty(dir.to_path_buf()));
        }
    }
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent).map_err(io(&parent))?;
    let name = dir
        .file_name()
        .map_or("project".into(), |n| n.to_string_lossy().into_owned());
    let staging = parent.join(format!(".{name}.rungs-init-{}", std::process::id()));
    let files = files(language);
    let result = (|| {
        for (path, text) in &files {
            let target = staging.join(path);
            let folder = target.parent().expect("a file in a folder");
            std::fs::create_dir_all(folder).map_err(io(folder))?;
            std::fs::write(&target, text).map_err(io(&target))?;
        }
        if dir.exists() {
            // Empty, as checked above; removing it fails if a file has appeared since.
            std::fs::remove_dir(dir).map_err(io(dir))?;
        }
        std::fs::rename(&staging, dir).map_err(io(dir))
    })();
    if result.is_err() {
        let _ = std::fs::remove_dir_all(&staging);
    }
    result?;
    Ok(files.into_iter().map(|(path, _)| path).collect())
}
