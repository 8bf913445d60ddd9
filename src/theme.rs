//! The theme: built-in files compiled into the binary, overridden file by file by the content
//! project's `themes/<theme>/` folder (like mdBook). Templates, CSS, JS, Typst templates, fonts.

use std::borrow::Cow;
use std::collections::BTreeMap;

macro_rules! embed {
    ($($path:literal),* $(,)?) => {
        &[$(($path, include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/themes/default/", $path)) as &[u8])),*]
    };
}

/// Every built-in theme file, by its path below `themes/default/`.
const BUILT_IN: &[(&str, &[u8])] = embed!(
    "templates/base.html",
    "templates/nav.html",
    "templates/index.html",
    "templates/sequence.html",
    "templates/level.html",
    "templates/sheet.html",
    "templates/scoring-table.html",
    "templates/downloads.html",
    "templates/compare.html",
    "templates/compare-picker.html",
    "templates/position.html",
    "templates/kpis.html",
    "templates/changelog.html",
    "templates/competency.html",
    "templates/competencies.html",
    "templates/page.html",
    "templates/scoring.html",
    "templates/404.html",
    "static/style.css",
    "static/site.js",
    "typst/report.typ",
    "typst/report-body.typ",
    "typst/handbook.typ",
    "typst/sheet.typ",
    "typst/sheets.typ",
    "typst/summary.typ",
    "typst/eligibility.typ",
    "typst/calibration.typ",
    "typst/certificate.typ",
    "typst/announcement.typ",
    "notice/announcement.html",
    "typst/common.typ",
    "mail/subject.txt",
    "mail/body.txt",
    "fonts/NotoSansSC-Regular.otf",
    "fonts/NotoSansSC-Bold.otf",
    "fonts/DejaVuSans-Subset.ttf",
    "fonts/DejaVuSans-Bold-Subset.ttf",
    "fonts/NotoSerifSC-Regular.otf",
    "fonts/NotoSerifSC-Bold.otf",
);

#[derive(Debug, Clone)]
pub struct Theme {
    files: BTreeMap<String, Cow<'static, [u8]>>,
    /// Where each overridden file came from, as a person finds it.
    overridden: BTreeMap<String, String>,
}

impl Theme {
    /// The built-in theme with the files of `themes/<name>/` (from `load`, keyed by their path
    /// below `themes/`) laid over it; `display` shows an override's logical path to a person.
    pub fn new(
        name: &str,
        overrides: &BTreeMap<String, Vec<u8>>,
        display: impl Fn(&str) -> String,
    ) -> Theme {
        let prefix = format!("{name}/");
        Theme::with_overrides(overrides.iter().filter_map(|(path, bytes)| {
            let relative = path.strip_prefix(&prefix)?;
            let shown = display(&format!("themes/{path}"));
            Some((relative.to_string(), shown, bytes.clone()))
        }))
    }

    /// The built-in theme with `overrides` (path below the theme's folder, how a person finds
    /// the file, its bytes) laid over it: what [`Theme::overrides`] gives back.
    pub fn with_overrides(overrides: impl IntoIterator<Item = (String, String, Vec<u8>)>) -> Theme {
        let mut files: BTreeMap<String, Cow<'static, [u8]>> = BUILT_IN
            .iter()
            .map(|(path, bytes)| (path.to_string(), Cow::Borrowed(*bytes)))
            .collect();
        let mut overridden = BTreeMap::new();
        for (relative, shown, bytes) in overrides {
            files.insert(relative.clone(), Cow::Owned(bytes));
            overridden.insert(relative, shown);
        }
        Theme { files, overridden }
    }

    /// The files the content project overrides: path below the theme's folder, how a person
    /// finds it, its bytes.
    pub fn overrides(&self) -> impl Iterator<Item = (&str, &str, &[u8])> {
        self.overridden
            .iter()
            .map(|(path, shown)| (path.as_str(), shown.as_str(), self.files[path].as_ref()))
    }

    /// A theme file as a person finds it: the content project's override, or the built-in.
    pub fn describe(&self, path: &str) -> String {
        match self.overridden.get(path) {
            Some(display) => format!("`{display}`"),
            None => format!("`{path}` (built in)"),
        }
    }

    /// Every file, by its path below the theme's folder.
    pub fn files(&self) -> impl Iterator<Item = (&str, &[u8])> {
        self.files.iter().map(|(p, b)| (p.as_str(), b.as_ref()))
    }

    /// Files below `folder/`, with paths relative to it.
    pub fn files_under<'a>(
        &'a self,
        folder: &'a str,
    ) -> impl Iterator<Item = (&'a str, &'a [u8])> + 'a {
        self.files.iter().filter_map(move |(p, b)| {
            p.strip_prefix(folder)
                .and_then(|r| r.strip_prefix('/'))
                .map(|r| (r, b.as_ref()))
        })
    }
}
