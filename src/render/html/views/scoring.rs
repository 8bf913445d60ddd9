//! The scoring rules page: the rules in words, the contribution kinds, each sequence's pass
//! marks.

use serde::Serialize;

use super::pieces::{LevelBrief, briefs};
use super::searchable::{SearchKind, Searchable};
use crate::model::Standard;
use crate::render::markdown::to_plain_text as plain;
use crate::render::words::{self, number};
use crate::urls::{SitePath, anchor};

#[derive(Serialize)]
pub struct ScoringView<'a> {
    /// Scoring, grade, verdict and outcome rules, a paragraph each.
    pub rules: [String; 4],
    pub kinds: Vec<KindView<'a>>,
    pub sequences: Vec<ScoringSequence<'a>>,
}

#[derive(Serialize)]
pub struct KindView<'a> {
    pub anchor: String,
    pub name: &'a str,
    pub description: Option<&'a str>,
}

#[derive(Serialize)]
pub struct ScoringSequence<'a> {
    pub anchor: String,
    pub name: &'a str,
    pub levels: Vec<LevelBrief<'a>>,
}

pub(super) fn scoring<'a>(here: &SitePath, standard: &'a Standard) -> ScoringView<'a> {
    ScoringView {
        rules: words::rules(&standard.settings),
        kinds: standard
            .contribution_kinds
            .iter()
            .map(|k| KindView {
                anchor: anchor::contribution_kind(&k.id),
                name: &k.name,
                description: k.description.as_deref(),
            })
            .collect(),
        sequences: standard
            .sequences
            .iter()
            .map(|s| ScoringSequence {
                anchor: anchor::pass_marks(&s.id),
                name: &s.name,
                levels: briefs(here, s),
            })
            .collect(),
    }
}

/// The scoring rules page's sections in the search index: the rules, each contribution kind,
/// each sequence's pass marks.
pub(super) fn search(standard: &Standard) -> Searchable {
    let lang = standard.settings.language;
    let t = |k: &str| lang.get(k).to_string();
    let mut found = Searchable::new(SearchKind::Scoring, t("scoring_rules"));
    found.add(
        String::new(),
        None,
        words::rules(&standard.settings).join(" "),
    );
    for k in &standard.contribution_kinds {
        found.add(
            k.name.clone(),
            Some(&anchor::contribution_kind(&k.id)),
            k.description.as_deref().map(plain).unwrap_or_default(),
        );
    }
    for s in &standard.sequences {
        let marks: Vec<String> = s
            .levels
            .iter()
            .map(|l| {
                format!(
                    "{} {} {} {} {} {}",
                    l.name,
                    l.title,
                    t("total"),
                    number(l.scoring.total),
                    t("pass"),
                    number(l.scoring.pass)
                )
            })
            .collect();
        found.add(
            s.name.clone(),
            Some(&anchor::pass_marks(&s.id)),
            marks.join(" "),
        );
    }
    found
}
