//! Fingerprints: a SHA-256 of everything an output's bytes depend on. Two builds that give an
//! output the same fingerprint make it byte for byte the same, so an incremental build carries
//! the earlier file over instead of rendering it again, and `rungs distribute --since` can tell
//! which reports changed. Whatever a renderer reads must be fed in here: a missed input would
//! keep a stale output.

use std::collections::HashMap;

use sha2::{Digest, Sha256};

use crate::evaluate::team::{Grouping, Team, TeamSummary};
use crate::fonts::Fonts;
use crate::model::{Records, Standard};
use crate::render::BuildInfo;
use crate::theme::Theme;

/// The fingerprints of one build's outputs.
pub struct Fingerprints<'a> {
    /// rungs' version and the options: every output depends on them.
    options: Sha256,
    theme: &'a Theme,
    fonts: &'a Fonts,
    info: &'a BuildInfo,
}

impl<'a> Fingerprints<'a> {
    pub fn new(theme: &'a Theme, fonts: &'a Fonts, info: &'a BuildInfo, pdf_a: bool) -> Self {
        let mut options = Sha256::new();
        options.update(format!("rungs {}\0", env!("CARGO_PKG_VERSION")));
        options.update([u8::from(pdf_a)]);
        options.update(json(&info.what_if));
        Fingerprints {
            options,
            theme,
            fonts,
            info,
        }
    }

    /// The site's: every theme file, the whole standard, and the build's history facts.
    pub fn site(&self, standard: &Standard) -> String {
        let mut h = self.options.clone();
        h.update(b"site\0");
        for (name, bytes) in self.theme.files() {
            field(&mut h, name.as_bytes());
            field(&mut h, bytes);
        }
        h.update(standard_full(standard));
        self.history(&mut h);
        finish(h)
    }

    /// The handbook's and the sheets': the Typst templates, the fonts, the whole standard
    /// and the build's history facts.
    pub fn standard_pdfs(&self, standard: &Standard) -> String {
        let mut h = self.pdf_base();
        h.update(b"standard pdfs\0");
        h.update(standard_full(standard));
        self.history(&mut h);
        finish(h)
    }

    /// The team summaries', rendered with `standard` (see [`Summaries::of`]).
    pub fn summaries(&self, standard: &Standard) -> Summaries {
        let mut base = self.pdf_base();
        base.update(b"summary\0");
        base.update(standard_full(standard));
        self.history(&mut base);
        Summaries { base }
    }

    /// Per record (in the records' order), its report's: the Typst templates and fonts, the
    /// revision record, and the record with the employee's earlier ones, each with the
    /// standard it is evaluated against and that standard's commit stamp, and the project's
    /// cycles up to the record's (they place a contribution window).
    pub fn reports(&self, current: &Standard, records: &Records) -> Vec<String> {
        let mut base = self.pdf_base();
        base.update(b"report\0");
        base.update(json(&self.info.editions));
        let mut standards: HashMap<*const Standard, [u8; 32]> = HashMap::new();
        let mut standard_key = |s: &Standard| {
            *standards
                .entry(s as *const _)
                .or_insert_with(|| Sha256::digest(standard_json(s)).into())
        };
        records
            .assessments
            .iter()
            .map(|a| {
                let mut key = base.clone();
                for r in records.earlier(a).chain(std::iter::once(a)) {
                    let (standard, commit) = self.info.standard_for(current, r);
                    key.update(standard_key(standard));
                    field(&mut key, commit.unwrap_or_default().as_bytes());
                    key.update(json(r));
                }
                let cycles: Vec<&String> =
                    records.cycles().iter().filter(|c| **c <= a.cycle).collect();
                key.update(json(&cycles));
                finish(key)
            })
            .collect()
    }

    /// The options, the Typst templates and the fonts: what every PDF depends on.
    fn pdf_base(&self) -> Sha256 {
        let mut h = self.options.clone();
        for (name, bytes) in self.theme.files_under("typst") {
            field(&mut h, name.as_bytes());
            field(&mut h, bytes);
        }
        let mut last: Option<*const u8> = None;
        for font in &self.fonts.fonts {
            let data = font.data();
            // The faces of one collection share their bytes: hash them once.
            if last != Some(data.as_ptr()) {
                h.update(data.as_slice());
                last = Some(data.as_ptr());
            }
        }
        h
    }

    /// The commit stamp, the editions, each file's last change and the earlier editions'
    /// standards.
    fn history(&self, h: &mut Sha256) {
        let info = self.info;
        field(h, info.commit.as_deref().unwrap_or("").as_bytes());
        h.update(json(&info.editions));
        h.update(json(&info.last_changed));
        for edition in info.tagged.iter() {
            field(h, edition.name.as_bytes());
            field(h, edition.tag.as_bytes());
            field(h, edition.commit.as_bytes());
            h.update(standard_full(&edition.standard));
        }
    }
}

/// The fingerprints of one build's team summaries: the inputs they share hashed once.
pub struct Summaries {
    base: Sha256,
}

impl Summaries {
    /// A team summary's: what it shows (the summary, computed from its members' records), the
    /// team and its file name.
    pub fn of(&self, grouping: Grouping, team: &Team, file: &str, summary: &TeamSummary) -> String {
        let mut h = self.base.clone();
        field(&mut h, format!("{grouping:?}").as_bytes());
        for part in [&team.key, &team.title, team.email.as_deref().unwrap_or("")] {
            field(&mut h, part.as_bytes());
        }
        field(&mut h, file.as_bytes());
        h.update(json(summary));
        finish(h)
    }
}

/// A length-prefixed field, so that two different sequences of fields never hash alike.
fn field(h: &mut Sha256, bytes: &[u8]) {
    h.update((bytes.len() as u64).to_le_bytes());
    h.update(bytes);
}

fn finish(h: Sha256) -> String {
    crate::publish::hex(&h.finalize())
}

/// A model part as JSON.
fn json(value: &impl serde::Serialize) -> Vec<u8> {
    let mut bytes = serde_json::to_vec(value).expect("model parts serialise");
    bytes.push(0);
    bytes
}

/// Every part of a standard that shows in a report (its indexes are derived from these).
fn standard_json(s: &Standard) -> Vec<u8> {
    json(&(
        &s.settings,
        &s.categories,
        &s.contribution_kinds,
        &s.competencies,
        &s.sequences,
        &s.pages,
    ))
}

/// The standard with the file each part came from (the site links pages to their source).
fn standard_full(s: &Standard) -> Vec<u8> {
    let mut bytes = standard_json(s);
    let files = s
        .competencies
        .iter()
        .map(|c| &c.file)
        .chain(s.sequences.iter().map(|q| &q.file))
        .chain(s.pages.iter().map(|p| &p.file));
    bytes.extend(json(&files.collect::<Vec<_>>()));
    bytes
}
