//! A competency's page: its definition, grades with behaviours and suggestions, and where
//! each sequence's levels require it.

use serde::Serialize;

use super::searchable::{SearchKind, Searchable, joined, separator};
use crate::model::{Competency, Standard};
use crate::render::markdown::to_plain_text as plain;
use crate::render::words;
use crate::urls::{self, SitePath, anchor};

#[derive(Serialize)]
pub struct CompetencyView<'a> {
    pub dictionary: String,
    pub category: &'a str,
    pub name: &'a str,
    pub definition: &'a str,
    /// A one-line standard, met or not (then `levels` is empty).
    pub standard: Option<&'a str>,
    pub standard_anchor: String,
    pub key_points: &'a [String],
    pub levels: Vec<GradeView<'a>>,
    pub required_at: Vec<RequiredAt<'a>>,
}

#[derive(Serialize)]
pub struct GradeView<'a> {
    pub anchor: String,
    pub level: u32,
    pub title: &'a str,
    pub behaviours: &'a [String],
    pub suggestions: Vec<SuggestionView<'a>>,
}

/// A development suggestion with the name of its 70/20/10 kind.
#[derive(Serialize)]
pub struct SuggestionView<'a> {
    pub kind: &'static str,
    pub text: &'a str,
}

#[derive(Serialize)]
pub struct RequiredAt<'a> {
    pub sequence_url: String,
    pub sequence: &'a str,
    pub level_url: String,
    pub level: String,
    /// "2", or empty for a one-line standard (met or not).
    pub required: String,
    /// The link to the required grade (or the one-line standard) on this page.
    pub required_url: String,
    pub title: &'a str,
    pub key: bool,
}

pub(super) fn competency<'a>(
    here: &SitePath,
    i: usize,
    standard: &'a Standard,
) -> CompetencyView<'a> {
    let c = &standard.competencies[i];
    let mut required_at = Vec::new();
    for &(s, l) in standard.required_at(&c.id) {
        let s = &standard.sequences[s];
        let l = &s.levels[l];
        let Some(r) = l.requirement(&c.id) else {
            continue;
        };
        required_at.push(RequiredAt {
            sequence_url: here.link_to(&urls::sequence(&s.id)),
            sequence: &s.name,
            level_url: here.link_to(&urls::level(&s.id, &l.id)),
            level: format!("{} {}", l.name, l.title),
            required: if c.is_one_line() {
                String::new()
            } else {
                r.level.to_string()
            },
            required_url: here.link_to_anchor(
                here,
                &if c.is_one_line() {
                    anchor::one_line_standard()
                } else {
                    anchor::grade(r.level)
                },
            ),
            title: match &c.standard {
                Some(_) => standard.settings.language.get("one_line_required"),
                None => c.level(r.level).map_or("", |x| x.title.as_str()),
            },
            key: r.key,
        });
    }
    CompetencyView {
        dictionary: here.link_to(&urls::dictionary()),
        category: standard
            .category(&c.category)
            .map_or("", |x| x.name.as_str()),
        name: &c.name,
        definition: &c.definition,
        standard: c.standard.as_deref(),
        standard_anchor: anchor::one_line_standard(),
        key_points: &c.key_points,
        levels: c
            .levels
            .iter()
            .map(|l| GradeView {
                anchor: anchor::grade(l.level),
                level: l.level,
                title: &l.title,
                behaviours: &l.behaviours,
                suggestions: l
                    .suggestions
                    .iter()
                    .map(|s| SuggestionView {
                        kind: words::learning(standard.settings.language, s.kind),
                        text: &s.text,
                    })
                    .collect(),
            })
            .collect(),
        required_at,
    }
}

/// The competency page's sections in the search index: definition, one-line standard, key
/// points, and each grade's behaviours and suggestions.
pub(super) fn search(c: &Competency, standard: &Standard) -> Searchable {
    let lang = standard.settings.language;
    let t = |k: &str| lang.get(k).to_string();
    let mut found = Searchable::new(SearchKind::Competency, &c.name);
    found.add(
        t("definition"),
        Some(anchor::section::DEFINITION),
        plain(&c.definition),
    );
    if let Some(line) = &c.standard {
        found.add(
            t("one_line_standard"),
            Some(anchor::section::STANDARD),
            plain(line),
        );
    }
    if !c.key_points.is_empty() {
        found.add(
            t("key_points"),
            Some(anchor::section::KEY_POINTS),
            joined(lang, &c.key_points),
        );
    }
    for l in &c.levels {
        // The behaviours alone, so the text is shared with the level pages requiring them.
        found.add(
            format!("{} {}", l.level, l.title),
            Some(&anchor::grade(l.level)),
            joined(lang, &l.behaviours),
        );
        if !l.suggestions.is_empty() {
            found.add(
                format!("{} {} · {}", l.level, l.title, t("suggestions")),
                Some(&anchor::grade(l.level)),
                l.suggestions
                    .iter()
                    .map(|x| plain(&x.text))
                    .collect::<Vec<_>>()
                    .join(separator(lang)),
            );
        }
    }
    found
}
