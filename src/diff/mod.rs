//! What changed between two editions of a standard, in domain terms, and what the change does
//! to real verdicts. Pure: `rungs diff` loads both sides (one from git's objects) and prints
//! this in text, Markdown or JSON.

mod format;
mod impact;

pub use format::{Format, render};
pub use impact::{Impact, ImpactRow, RecordChange, impact};

use crate::compare::{self, Change as Kind};
use crate::model::{Competency, Level, Sequence, Standard};
use crate::render::shared;
use crate::render::words::{self, number};

pub use crate::model::change::Change;

/// Links the changes pushed since `from` to `page`.
fn link_since(out: &mut [Change], from: usize, page: crate::urls::SitePath) {
    for c in &mut out[from..] {
        if c.after.is_some() && c.link.is_none() {
            c.link = Some(page.as_str().to_string());
        }
    }
}

/// Every change from `old` to `new`: settings, the dictionary, each sequence and level, pages.
pub fn changes(old: &Standard, new: &Standard) -> Vec<Change> {
    let mut out = Vec::new();
    settings_changes(old, new, &mut out);
    dictionary_changes(old, new, &mut out);
    sequences_changes(old, new, &mut out);
    page_changes(old, new, &mut out);
    out
}

/// A change's subject: the names on the way to it.
fn path(parts: &[&str]) -> String {
    parts.join(" › ")
}

/// Settings: the edition's identity does not affect verdicts; grading and verdict rules do.
fn settings_changes(old: &Standard, new: &Standard, out: &mut Vec<Change>) {
    let lang = new.settings.language;
    let t = |k: &str| lang.get(k);
    let (a, b) = (&old.settings, &new.settings);
    let settings = t("diff_settings");
    for (label, x, y, affects) in [
        (t("edition"), a.edition.clone(), b.edition.clone(), false),
        (
            t("effective_date"),
            a.effective_date.to_string(),
            b.effective_date.to_string(),
            false,
        ),
        (
            t("status"),
            words::status(lang, a.status).to_string(),
            words::status(lang, b.status).to_string(),
            false,
        ),
        (
            t("diff_grading"),
            words::grade_rules(a),
            words::grade_rules(b),
            true,
        ),
        (
            t("diff_verdict"),
            words::rules(a)[2..].join(" "),
            words::rules(b)[2..].join(" "),
            true,
        ),
        (
            t("professional_title"),
            a.professional_titles.join(" < "),
            b.professional_titles.join(" < "),
            true,
        ),
    ] {
        if x != y {
            add(
                out,
                path(&[settings, label]),
                None,
                Some(x),
                Some(y),
                affects,
            );
        }
    }
}

/// The dictionary: competencies added, removed, or changed.
fn dictionary_changes(old: &Standard, new: &Standard, out: &mut Vec<Change>) {
    let lang = new.settings.language;
    let t = |k: &str| lang.get(k);
    let dictionary = t("competencies");
    for (o, n) in pairs(&old.competencies, &new.competencies, |c| &c.id) {
        let from = out.len();
        match (o, n) {
            (None, Some(n)) => add(
                out,
                path(&[dictionary, &n.name]),
                None,
                None,
                Some(n.name.clone()),
                false,
            ),
            (Some(o), None) => add(
                out,
                path(&[dictionary, &o.name]),
                None,
                Some(o.name.clone()),
                None,
                true,
            ),
            (Some(o), Some(n)) => competency_changes(lang, o, n, out),
            (None, None) => {}
        }
        if let Some(n) = n {
            link_since(out, from, crate::urls::competency(&n.id));
        }
    }
}

/// Sequences and their levels.
fn sequences_changes(old: &Standard, new: &Standard, out: &mut Vec<Change>) {
    for (o, n) in pairs(&old.sequences, &new.sequences, |s| &s.id) {
        let from = out.len();
        match (o, n) {
            (None, Some(n)) => add(
                out,
                path(&[&n.name]),
                None,
                None,
                Some(n.name.clone()),
                true,
            ),
            (Some(o), None) => add(
                out,
                path(&[&o.name]),
                None,
                Some(o.name.clone()),
                None,
                true,
            ),
            (Some(o), Some(n)) => sequence_changes(old, new, o, n, out),
            (None, None) => {}
        }
        if let Some(n) = n {
            link_since(out, from, crate::urls::sequence(&n.id));
        }
    }
}

/// Pages: text only.
fn page_changes(old: &Standard, new: &Standard, out: &mut Vec<Change>) {
    let t = |k: &str| new.settings.language.get(k);
    for (o, n) in pairs(&old.pages, &new.pages, |p| &p.id) {
        let from = out.len();
        let name = n.or(o).map_or("", |p| p.title.as_str());
        let subject = path(&[t("diff_pages"), name]);
        match (o, n) {
            (None, Some(n)) => add(out, subject, None, None, Some(n.title.clone()), false),
            (Some(o), None) => add(out, subject, None, Some(o.title.clone()), None, false),
            (Some(o), Some(n)) if o.title != n.title || o.body != n.body => add(
                out,
                subject,
                None,
                Some(excerpt(&o.body)),
                Some(excerpt(&n.body)),
                false,
            ),
            _ => {}
        }
        if let Some(n) = n {
            link_since(out, from, crate::urls::page(&n.id));
        }
    }
}

/// Adds a change; its kind is `kind`, or else added, removed or changed by which side is there.
fn add(
    out: &mut Vec<Change>,
    subject: String,
    kind: Option<Kind>,
    before: Option<String>,
    after: Option<String>,
    affects: bool,
) {
    let kind = kind.unwrap_or(match (&before, &after) {
        (None, Some(_)) => Kind::New,
        (Some(_), None) => Kind::Removed,
        _ => Kind::Changed,
    });
    out.push(Change {
        subject,
        kind,
        before,
        after,
        affects_assessments: affects,
        link: None,
    });
}

/// The items of two lists matched by id: the new list's order, then the removed ones.
fn pairs<'a, T>(
    old: &'a [T],
    new: &'a [T],
    id: impl Fn(&T) -> &String,
) -> Vec<(Option<&'a T>, Option<&'a T>)> {
    let mut out: Vec<(Option<&T>, Option<&T>)> = new
        .iter()
        .map(|n| (old.iter().find(|o| id(o) == id(n)), Some(n)))
        .collect();
    out.extend(
        old.iter()
            .filter(|o| !new.iter().any(|n| id(n) == id(o)))
            .map(|o| (Some(o), None)),
    );
    out
}

/// A long text cut for a one-line summary.
fn excerpt(text: &str) -> String {
    let plain = crate::render::markdown::to_plain_text(text);
    let mut out: String = plain.chars().take(60).collect();
    if plain.chars().count() > 60 {
        out.push('…');
    }
    out
}

fn competency_changes(
    lang: crate::model::Language,
    o: &Competency,
    n: &Competency,
    out: &mut Vec<Change>,
) {
    let t = |k: &str| lang.get(k);
    let base = [t("competencies"), n.name.as_str()];
    let at = |label: &str| [&base[..], &[label]].concat().join(" › ");
    let texts = |list: &[String]| list.join("；");
    if o.name != n.name {
        add(
            out,
            at(t("diff_name")),
            None,
            Some(o.name.clone()),
            Some(n.name.clone()),
            false,
        );
    }
    if o.definition != n.definition {
        add(
            out,
            at(t("definition")),
            None,
            Some(excerpt(&o.definition)),
            Some(excerpt(&n.definition)),
            false,
        );
    }
    if o.key_points != n.key_points {
        add(
            out,
            at(t("key_points")),
            None,
            Some(texts(&o.key_points)),
            Some(texts(&n.key_points)),
            false,
        );
    }
    if o.standard != n.standard {
        add(
            out,
            at(t("one_line_standard")),
            None,
            o.standard.clone(),
            n.standard.clone(),
            o.standard.is_none() || n.standard.is_none(),
        );
    }
    if o.levels.len() != n.levels.len() {
        add(
            out,
            at(t("diff_level_count")),
            None,
            Some(o.levels.len().to_string()),
            Some(n.levels.len().to_string()),
            true,
        );
    }
    // Each graded level's title, then its behaviours item by item, old and new text.
    for (x, y) in o.levels.iter().zip(&n.levels) {
        let grade = format!("{} {}", y.level, y.title);
        if x.title != y.title {
            add(
                out,
                at(&grade),
                None,
                Some(x.title.clone()),
                Some(y.title.clone()),
                false,
            );
        }
        let advice = |l: &crate::model::CompetencyLevel| {
            l.suggestions
                .iter()
                .map(|s| format!("{}：{}", words::learning(lang, s.kind), s.text))
                .collect::<Vec<_>>()
                .join("；")
        };
        if advice(x) != advice(y) {
            let label = format!("{grade} › {}", t("suggestions"));
            add(
                out,
                at(&label),
                None,
                Some(advice(x)),
                Some(advice(y)),
                false,
            );
        }
        let items = x.behaviours.len().max(y.behaviours.len());
        for k in 0..items {
            let (before, after) = (x.behaviours.get(k), y.behaviours.get(k));
            if before != after {
                let label = format!("{grade} › {} {}", t("behaviours"), k + 1);
                add(
                    out,
                    at(&label),
                    None,
                    before.cloned(),
                    after.cloned(),
                    false,
                );
            }
        }
    }
}

fn sequence_changes(
    old: &Standard,
    new: &Standard,
    o: &Sequence,
    n: &Sequence,
    out: &mut Vec<Change>,
) {
    let lang = new.settings.language;
    let t = |k: &str| lang.get(k);
    for (x, y) in pairs(&o.kpis, &n.kpis, |k| &k.id) {
        let line = |k: &crate::model::Kpi| {
            let l = shared::kpi_lines(lang, &[k]).remove(0);
            format!("{} {} {}", l.target, l.weight, l.rule)
                .trim()
                .to_string()
        };
        let name = y.or(x).map_or("", |k| k.name.as_str());
        let subject = [n.name.as_str(), t("kpis"), name].join(" › ");
        match (x, y) {
            (None, Some(y)) => add(out, subject, None, None, Some(line(y)), true),
            (Some(x), None) => add(out, subject, None, Some(line(x)), None, true),
            (Some(x), Some(y)) if line(x) != line(y) => {
                add(out, subject, None, Some(line(x)), Some(line(y)), true)
            }
            _ => {}
        }
    }
    for (x, y) in pairs(&o.positions, &n.positions, |p| &p.id) {
        let describe = |p: &crate::model::Position| {
            let reqs: Vec<String> = p
                .requirements
                .iter()
                .map(|r| {
                    format!(
                        "{} {}{}",
                        new.competency_name(&r.competency),
                        r.level,
                        if r.key { "★" } else { "" }
                    )
                })
                .collect();
            format!("{}；{}", shared::position_range(n, p), reqs.join("、"))
        };
        let name = y.or(x).map_or("", |p| p.name.as_str());
        let subject = [n.name.as_str(), t("positions"), name].join(" › ");
        match (x, y) {
            (None, Some(y)) => add(out, subject, None, None, Some(describe(y)), true),
            (Some(x), None) => add(out, subject, None, Some(describe(x)), None, true),
            (Some(x), Some(y)) if describe(x) != describe(y) || x.kpis != y.kpis => add(
                out,
                subject,
                None,
                Some(describe(x)),
                Some(describe(y)),
                true,
            ),
            _ => {}
        }
    }
    for (x, y) in pairs(&o.levels, &n.levels, |l| &l.id) {
        match (x, y) {
            (None, Some(y)) => add(
                out,
                [n.name.as_str(), &y.name].join(" › "),
                None,
                None,
                Some(format!("{} {}", y.name, y.title)),
                true,
            ),
            (Some(x), None) => add(
                out,
                [n.name.as_str(), &x.name].join(" › "),
                None,
                Some(format!("{} {}", x.name, x.title)),
                None,
                true,
            ),
            (Some(x), Some(y)) => {
                let from = out.len();
                level_changes(old, new, n, x, y, out);
                link_since(out, from, crate::urls::level(&n.id, &y.id));
            }
            (None, None) => {}
        }
    }
}

fn level_changes(
    old: &Standard,
    new: &Standard,
    s: &Sequence,
    x: &Level,
    y: &Level,
    out: &mut Vec<Change>,
) {
    let lang = new.settings.language;
    let t = |k: &str| lang.get(k);
    let base = |item: &str| [s.name.as_str(), y.name.as_str(), item].join(" › ");
    // The level's texts: shown in the handbook, never deciding a verdict.
    let texts = |list: &[String]| list.join("；");
    for (label, before, after) in [
        (t("diff_name"), x.name.clone(), y.name.clone()),
        (t("diff_title_held"), x.title.clone(), y.title.clone()),
        (
            t("positioning"),
            x.positioning.as_deref().map(excerpt).unwrap_or_default(),
            y.positioning.as_deref().map(excerpt).unwrap_or_default(),
        ),
        (t("knowledge"), texts(&x.knowledge), texts(&y.knowledge)),
        (
            t("responsibilities"),
            texts(&x.responsibilities),
            texts(&y.responsibilities),
        ),
    ] {
        if before != after {
            let shown = |s: String| (!s.is_empty()).then_some(s);
            add(out, base(label), None, shown(before), shown(after), false);
        }
    }
    let d = compare::compare(x, y);
    let key = |(level, key): (u32, bool)| {
        let text = t("diff_level").replace("{n}", &level.to_string());
        if key {
            format!("{text}（{}）", t("key"))
        } else {
            text
        }
    };
    for (id, c) in d
        .competencies
        .iter()
        .filter(|(_, c)| c.change != Kind::Unchanged)
    {
        let name = new
            .competency(id)
            .or(old.competency(id))
            .map_or(id.as_str(), |c| c.name.as_str());
        out_kind(out, base(name), c.change, c.from.map(key), c.to.map(key));
    }
    for (id, c) in d
        .behaviours
        .iter()
        .filter(|(_, c)| c.change != Kind::Unchanged)
    {
        let name = s.activity(id).map_or(id.as_str(), |(_, a)| a.name.as_str());
        let show =
            |(criterion, k): &(String, bool)| format!("{criterion}{}", if *k { " ★" } else { "" });
        out_kind(
            out,
            base(name),
            c.change,
            c.from.as_ref().map(show),
            c.to.as_ref().map(show),
        );
    }
    for c in d.conditions.iter().filter(|c| c.change != Kind::Unchanged) {
        let text = |k: &crate::evaluate::ConditionKind| words::condition(lang, k);
        let label = c.to.as_ref().or(c.from.as_ref()).map_or("", |k| text(k).0);
        out_kind(
            out,
            base(label),
            c.change,
            c.from.as_ref().map(|k| text(k).1),
            c.to.as_ref().map(|k| text(k).1),
        );
    }
    for (module, c) in d
        .scoring
        .iter()
        .filter(|(_, c)| c.change != Kind::Unchanged)
    {
        let label = module.as_deref().map_or(t("pass"), |m| s.module_name(m));
        out_kind(
            out,
            base(label),
            c.change,
            c.from.map(number),
            c.to.map(number),
        );
    }
    for (kinds, c) in d
        .contributions
        .iter()
        .filter(|(_, c)| c.change != Kind::Unchanged)
    {
        let label = shared::contribution_kinds(new, kinds);
        let show = |(count, within): (u32, u32)| shared::contribution_count(lang, count, within);
        out_kind(
            out,
            base(&label),
            c.change,
            c.from.map(show),
            c.to.map(show),
        );
    }
}

/// A level's change, of the kind compare found (raised, lowered …): all affect verdicts.
fn out_kind(
    out: &mut Vec<Change>,
    subject: String,
    kind: Kind,
    before: Option<String>,
    after: Option<String>,
) {
    add(out, subject, Some(kind), before, after, true);
}
