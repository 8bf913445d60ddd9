//! The handbook site: Tera templates from the theme, Markdown through pulldown-cmark, pages
//! rendered in parallel with rayon. Links are relative so the folder works from a server and
//! from disk. Reads only the standard: assessment records never reach this module.

pub mod search;

use std::collections::HashMap;

use rayon::prelude::*;
use serde_json::{Value, json};
use tera::{Context, Tera};

use super::OutputFile;
use super::i18n::{self, number};
use super::markdown;
use crate::compare;
use crate::evaluate::condition_kinds;
use crate::model::{Handbook, Language, Level, Sequence, Settings, Status};
use crate::theme::Theme;
use search::SearchDocument;

/// The parts of the handbook a site renderer may see: the standard without the records.
pub struct Standard<'a> {
    pub settings: &'a Settings,
    pub handbook: &'a Handbook,
}

enum Job<'a> {
    Home,
    Sequence(&'a Sequence),
    Level(&'a Sequence, usize),
    Picker(&'a Sequence),
    Compare(&'a Sequence, usize, usize),
    Dictionary,
    Competency(usize),
    Page(usize),
    Scoring,
    NotFound,
}

impl Job<'_> {
    fn path(&self, h: &Handbook) -> String {
        match self {
            Job::Home => "index.html".into(),
            Job::Sequence(s) => format!("sequences/{}/index.html", s.id),
            Job::Level(s, i) => format!("sequences/{}/{}.html", s.id, s.levels[*i].id),
            Job::Picker(s) => format!("sequences/{}/compare.html", s.id),
            Job::Compare(s, a, b) => format!(
                "sequences/{}/compare/{}-{}.html",
                s.id, s.levels[*a].id, s.levels[*b].id
            ),
            Job::Dictionary => "competencies/index.html".into(),
            Job::Competency(i) => format!("competencies/{}.html", h.competencies[*i].id),
            Job::Page(i) => format!("pages/{}.html", h.pages[*i].id),
            Job::Scoring => "scoring.html".into(),
            Job::NotFound => "404.html".into(),
        }
    }
}

/// Renders the whole site. Fails only when a theme template is broken.
pub fn render_site(handbook: &Handbook, theme: &Theme) -> Result<Vec<OutputFile>, String> {
    let tera = templates(theme, handbook.settings.raw_html)?;
    let lang = handbook.settings.language;
    let t = i18n::strings(lang);
    let mut jobs = vec![Job::Home, Job::Dictionary, Job::Scoring, Job::NotFound];
    for s in &handbook.sequences {
        jobs.push(Job::Sequence(s));
        jobs.push(Job::Picker(s));
        for i in 0..s.levels.len() {
            jobs.push(Job::Level(s, i));
            for j in i + 1..s.levels.len() {
                jobs.push(Job::Compare(s, i, j));
            }
        }
    }
    jobs.extend((0..handbook.competencies.len()).map(Job::Competency));
    jobs.extend((0..handbook.pages.len()).map(Job::Page));

    // Shared per build: the site facts, the strings and the navigation (once per depth).
    let site = site_facts(&handbook.settings);
    let nav_context = json!({
        "sequences": handbook.sequences.iter().map(|s| json!({"id": s.id, "name": s.name, "levels": s.levels.iter().map(|l| json!({"id": l.id, "name": l.name, "title": l.title})).collect::<Vec<_>>()})).collect::<Vec<_>>(),
        "pages": handbook.pages.iter().map(|p| json!({"id": p.id, "title": p.title})).collect::<Vec<_>>(),
    });
    let mut base: HashMap<usize, Context> = HashMap::new();
    for depth in 0..=3 {
        let root = "../".repeat(depth);
        let mut ctx = Context::new();
        ctx.insert("root", &root);
        ctx.insert("t", &t);
        let mut nav_ctx = Context::from_value(nav_context.clone()).expect("object");
        nav_ctx.extend(ctx.clone());
        let nav = tera
            .render("nav.html", &nav_ctx)
            .map_err(|e| template_error("nav.html", &e))?;
        ctx.insert("nav", &nav);
        ctx.insert("site", &site);
        ctx.insert("lang", lang.tag());
        ctx.insert("commit", &handbook.content_commit);
        base.insert(depth, ctx);
    }

    let mut files: Vec<OutputFile> = jobs
        .par_iter()
        .map(|job| {
            let path = job.path(handbook);
            let depth = path.matches('/').count();
            let mut ctx = base[&depth].clone();
            let (template, title) = fill(job, handbook, &mut ctx);
            ctx.insert("page_title", &title);
            let html = tera
                .render(template, &ctx)
                .map_err(|e| template_error(template, &e))?;
            Ok(OutputFile {
                path,
                bytes: html.into_bytes(),
            })
        })
        .collect::<Result<_, String>>()?;

    for (name, bytes) in theme.files_under("static") {
        files.push(OutputFile {
            path: format!("static/{name}"),
            bytes: bytes.to_vec(),
        });
    }
    files.push(OutputFile {
        path: "search-index.js".into(),
        bytes: search::build(&search_documents(handbook)).into_bytes(),
    });
    files.push(OutputFile {
        path: "sitemap.xml".into(),
        bytes: sitemap(handbook, &files).into_bytes(),
    });
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

fn templates(theme: &Theme, raw_html: bool) -> Result<Tera, String> {
    let mut tera = Tera::default();
    tera.autoescape_on(vec![".html"]);
    let sources: Vec<(String, String)> = theme
        .files_under("templates")
        .map(|(name, bytes)| {
            (
                name.to_string(),
                String::from_utf8_lossy(bytes).into_owned(),
            )
        })
        .collect();
    tera.add_raw_templates(sources)
        .map_err(|e| template_error("templates", &e))?;
    tera.register_filter("markdown", move |v: &Value, _: &HashMap<String, Value>| {
        Ok(Value::String(markdown::to_html(
            v.as_str().unwrap_or(""),
            raw_html,
        )))
    });
    tera.register_filter(
        "markdown_inline",
        move |v: &Value, _: &HashMap<String, Value>| {
            Ok(Value::String(markdown::to_inline_html(
                v.as_str().unwrap_or(""),
                raw_html,
            )))
        },
    );
    Ok(tera)
}

fn template_error(name: &str, e: &tera::Error) -> String {
    let mut message = format!("theme template `{name}`: {e}");
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        message.push_str(&format!(": {s}"));
        source = s.source();
    }
    message
}

fn site_facts(s: &Settings) -> Value {
    json!({
        "title": s.title, "organisation": s.organisation, "edition": s.edition,
        "effective_date": s.effective_date.to_string(), "status": s.status, "owner": s.owner, "serial": s.serial,
    })
}

fn status_label(lang: Language, status: Status) -> &'static str {
    i18n::get(
        lang,
        match status {
            Status::Draft => "status_draft",
            Status::Published => "status_published",
            Status::Superseded => "status_superseded",
        },
    )
}

fn level_brief(l: &Level) -> Value {
    json!({"id": l.id, "name": l.name, "title": l.title, "positioning": l.positioning, "total": number(l.scoring.total), "pass": number(l.scoring.pass)})
}

/// Fills the page-specific context; returns the template and the page title.
fn fill(job: &Job, h: &Handbook, ctx: &mut Context) -> (&'static str, String) {
    let lang = h.settings.language;
    let t = |k| i18n::get(lang, k);
    match job {
        Job::Home => {
            ctx.insert("status_label", status_label(lang, h.settings.status));
            ctx.insert("sequences", &h.sequences.iter().map(|s| json!({"id": s.id, "name": s.name, "description": s.description, "levels": s.levels.iter().map(level_brief).collect::<Vec<_>>()})).collect::<Vec<_>>());
            ctx.insert(
                "pages",
                &h.pages
                    .iter()
                    .map(|p| json!({"id": p.id, "title": p.title}))
                    .collect::<Vec<_>>(),
            );
            ("index.html", t("home").to_string())
        }
        Job::Sequence(s) => {
            fill_sequence(s, h, ctx);
            ("sequence.html", s.name.clone())
        }
        Job::Level(s, i) => {
            fill_level(s, *i, h, ctx);
            let l = &s.levels[*i];
            ("level.html", format!("{} {} · {}", l.name, l.title, s.name))
        }
        Job::Picker(s) => {
            ctx.insert("sequence", &json!({"id": s.id, "name": s.name}));
            ctx.insert(
                "levels",
                &s.levels.iter().map(level_brief).collect::<Vec<_>>(),
            );
            let pairs: Vec<Value> = s
                .levels
                .windows(2)
                .map(|w| json!({"from": level_brief(&w[0]), "to": level_brief(&w[1])}))
                .collect();
            ctx.insert("pairs", &pairs);
            (
                "compare-picker.html",
                format!("{} · {}", t("compare"), s.name),
            )
        }
        Job::Compare(s, a, b) => {
            let (from, to) = (&s.levels[*a], &s.levels[*b]);
            ctx.insert("sequence", &json!({"id": s.id, "name": s.name}));
            ctx.insert("from", &level_brief(from));
            ctx.insert("to", &level_brief(to));
            ctx.insert("diff", &diff_view(s, from, to, h));
            (
                "compare.html",
                format!("{} → {} · {}", from.name, to.name, s.name),
            )
        }
        Job::Dictionary => {
            let categories: Vec<Value> = h
                .categories
                .iter()
                .map(|c| json!({"id": c.id, "name": c.name, "description": c.description,
                    "competencies": h.competencies.iter().filter(|k| k.category == c.id).map(|k| json!({"id": k.id, "name": k.name, "levels": k.levels.iter().map(|l| json!({"level": l.level, "title": l.title})).collect::<Vec<_>>()})).collect::<Vec<_>>()}))
                .collect();
            ctx.insert("categories", &categories);
            ("competencies.html", t("competencies").to_string())
        }
        Job::Competency(i) => {
            let c = &h.competencies[*i];
            ctx.insert("competency", c);
            ctx.insert(
                "category",
                &h.category(&c.category).map_or("", |x| x.name.as_str()),
            );
            let mut required_at = Vec::new();
            for s in &h.sequences {
                for l in &s.levels {
                    if let Some(r) = l.requirement(&c.id) {
                        required_at.push(json!({"sequence_id": s.id, "sequence": s.name, "level_id": l.id, "level": format!("{} {}", l.name, l.title), "required": r.level, "title": c.level(r.level).map_or("", |x| x.title.as_str()), "key": r.key}));
                    }
                }
            }
            ctx.insert("required_at", &required_at);
            ("competency.html", c.name.clone())
        }
        Job::Page(i) => {
            let p = &h.pages[*i];
            ctx.insert("page", &json!({"id": p.id, "title": p.title}));
            ctx.insert("body", &markdown::to_html(&p.body, h.settings.raw_html));
            ("page.html", p.title.clone())
        }
        Job::Scoring => {
            let pct = format!("{}%", number(h.settings.grading.b_max_normal_unmet * 100.0));
            ctx.insert("grade_rules", &t("grade_rules").replace("{pct}", &pct));
            ctx.insert("kinds", &h.contribution_kinds);
            ctx.insert("sequences", &h.sequences.iter().map(|s| json!({"id": s.id, "name": s.name, "levels": s.levels.iter().map(level_brief).collect::<Vec<_>>()})).collect::<Vec<_>>());
            ("scoring.html", t("scoring_rules").to_string())
        }
        Job::NotFound => ("404.html", t("not_found").to_string()),
    }
}

fn fill_sequence(s: &Sequence, h: &Handbook, ctx: &mut Context) {
    ctx.insert("sequence", s);
    ctx.insert(
        "levels",
        &s.levels.iter().map(level_brief).collect::<Vec<_>>(),
    );
    let matrix: Vec<Value> = s
        .required_competencies()
        .into_iter()
        .map(|id| {
            let mut previous = 0;
            let cells: Vec<Value> = s
                .levels
                .iter()
                .map(|l| {
                    let r = l.requirement(id);
                    let level = r.map_or(0, |r| r.level);
                    let raised = level > previous && previous > 0;
                    previous = level;
                    json!({"level": level, "key": r.is_some_and(|r| r.key), "raised": raised})
                })
                .collect();
            json!({"id": id, "name": h.competency(id).map_or(id, |c| c.name.as_str()), "cells": cells})
        })
        .collect();
    ctx.insert("matrix", &matrix);
    let mut rows = Vec::new();
    for m in &s.modules {
        let points = |item: Option<&str>| -> Vec<String> {
            s.levels
                .iter()
                .map(|l| {
                    let req = l.scoring.modules.iter().find(|r| r.module == m.id);
                    match (req, item) {
                        (Some(r), None) => number(r.points),
                        (Some(r), Some(i)) => r
                            .items
                            .iter()
                            .find(|(x, _)| x == i)
                            .map_or("–".into(), |(_, p)| number(*p)),
                        (None, _) => "–".into(),
                    }
                })
                .collect()
        };
        rows.push(json!({"module": m.name, "exam": m.exam, "points": points(None)}));
        for item in &m.items {
            rows.push(json!({"item": item.name, "points": points(Some(&item.id))}));
        }
    }
    ctx.insert("scoring_rows", &rows);
    let contribution_rows: Vec<Value> = h
        .contribution_kinds
        .iter()
        .filter(|k| s.levels.iter().any(|l| l.contributions.iter().any(|c| c.kind == k.id)))
        .map(|k| json!({"name": k.name, "counts": s.levels.iter().map(|l| l.contributions.iter().find(|c| c.kind == k.id).map(|c| c.count)).collect::<Vec<_>>()}))
        .collect();
    ctx.insert("contribution_rows", &contribution_rows);
}

fn fill_level(s: &Sequence, i: usize, h: &Handbook, ctx: &mut Context) {
    let lang = h.settings.language;
    let l = &s.levels[i];
    ctx.insert("sequence", &json!({"id": s.id, "name": s.name}));
    ctx.insert("level", l);
    ctx.insert(
        "previous",
        &i.checked_sub(1).map(|p| level_brief(&s.levels[p])),
    );
    ctx.insert("next", &s.levels.get(i + 1).map(level_brief));
    let conditions: Vec<Value> = condition_kinds(&l.conditions)
        .iter()
        .map(|k| {
            let (label, text) = i18n::condition(lang, k);
            json!({"label": label, "text": text})
        })
        .collect();
    ctx.insert("conditions", &conditions);
    let requirements: Vec<Value> = l
        .requirements
        .iter()
        .filter_map(|r| {
            let c = h.competency(&r.competency)?;
            let grade = c.level(r.level)?;
            Some(json!({"id": c.id, "name": c.name, "level": r.level, "key": r.key, "title": grade.title, "behaviours": grade.behaviours}))
        })
        .collect();
    ctx.insert("requirements", &requirements);
    let modules: Vec<Value> = l
        .scoring
        .modules
        .iter()
        .filter_map(|m| {
            let d = s.module(&m.module)?;
            Some(json!({"name": d.name, "exam": d.exam, "points": number(m.points),
                "items": m.items.iter().map(|(id, p)| json!({"name": d.item(id).map_or(id.as_str(), |x| x.name.as_str()), "points": number(*p)})).collect::<Vec<_>>()}))
        })
        .collect();
    ctx.insert("modules", &modules);
    ctx.insert("total", &number(l.scoring.total));
    ctx.insert("pass", &number(l.scoring.pass));
    let contributions: Vec<Value> = l
        .contributions
        .iter()
        .map(|c| json!({"name": h.contribution_kind(&c.kind).map_or(c.kind.as_str(), |k| k.name.as_str()), "count_text": i18n::get(lang, "count_at_least").replace("{n}", &c.count.to_string())}))
        .collect();
    ctx.insert("contributions", &contributions);
}

fn diff_view(s: &Sequence, from: &Level, to: &Level, h: &Handbook) -> Value {
    let lang = h.settings.language;
    let d = compare::compare(from, to);
    let label = |c: compare::Change| i18n::get(lang, c.label_key());
    let dash = || "–".to_string();
    let grade = |x: &Option<(u32, bool)>| {
        x.map_or_else(
            dash,
            |(l, k)| if k { format!("{l} ★") } else { l.to_string() },
        )
    };
    json!({
        "competencies": d.competencies.iter().map(|(id, x)| json!({"id": id, "name": h.competency(id).map_or(id.as_str(), |c| c.name.as_str()), "from": grade(&x.from), "to": grade(&x.to), "change": x.change, "label": label(x.change)})).collect::<Vec<_>>(),
        "conditions": d.conditions.iter().map(|x| {
            let any = x.to.as_ref().or(x.from.as_ref()).expect("one side");
            let text = |k: &Option<crate::evaluate::ConditionKind>| k.as_ref().map_or_else(dash, |k| i18n::condition(lang, k).1);
            json!({"name": i18n::condition(lang, any).0, "from": text(&x.from), "to": text(&x.to), "change": x.change, "label": label(x.change)})
        }).collect::<Vec<_>>(),
        "scoring": d.scoring.iter().map(|(id, x)| {
            let name = id.as_ref().map_or(i18n::get(lang, "pass"), |id| s.module(id).map_or(id.as_str(), |m| m.name.as_str()));
            json!({"name": name, "from": x.from.map_or_else(dash, number), "to": x.to.map_or_else(dash, number), "change": x.change, "label": label(x.change)})
        }).collect::<Vec<_>>(),
        "contributions": d.contributions.iter().map(|(kind, x)| json!({"name": h.contribution_kind(kind).map_or(kind.as_str(), |k| k.name.as_str()), "from": x.from.map_or_else(dash, |n| n.to_string()), "to": x.to.map_or_else(dash, |n| n.to_string()), "change": x.change, "label": label(x.change)})).collect::<Vec<_>>(),
    })
}

fn search_documents(h: &Handbook) -> Vec<SearchDocument> {
    let plain = markdown::to_plain_text;
    let lang = h.settings.language;
    let mut docs = Vec::new();
    for s in &h.sequences {
        docs.push(SearchDocument {
            title: s.name.clone(),
            url: format!("sequences/{}/index.html", s.id),
            text: s.description.as_deref().map(plain).unwrap_or_default(),
        });
        for l in &s.levels {
            let mut text = vec![l.positioning.as_deref().map(plain).unwrap_or_default()];
            text.extend(
                condition_kinds(&l.conditions)
                    .iter()
                    .map(|k| i18n::condition(lang, k).1),
            );
            text.extend(
                l.knowledge
                    .iter()
                    .chain(&l.responsibilities)
                    .map(|x| plain(x)),
            );
            text.extend(
                l.requirements
                    .iter()
                    .filter_map(|r| h.competency(&r.competency))
                    .map(|c| c.name.clone()),
            );
            docs.push(SearchDocument {
                title: format!("{} {} · {}", l.name, l.title, s.name),
                url: format!("sequences/{}/{}.html", s.id, l.id),
                text: text.join(" "),
            });
        }
        for k in &s.kpis {
            docs.push(SearchDocument {
                title: format!("{} · {}", k.name, s.name),
                url: format!("sequences/{}/index.html#kpi-{}", s.id, k.id),
                text: format!(
                    "{} {}",
                    k.formula,
                    k.description.as_deref().map(plain).unwrap_or_default()
                ),
            });
        }
    }
    for c in &h.competencies {
        let mut text = vec![plain(&c.definition)];
        text.extend(c.key_points.iter().map(|x| plain(x)));
        for l in &c.levels {
            text.push(l.title.clone());
            text.extend(l.behaviours.iter().map(|x| plain(x)));
        }
        docs.push(SearchDocument {
            title: c.name.clone(),
            url: format!("competencies/{}.html", c.id),
            text: text.join(" "),
        });
    }
    for p in &h.pages {
        docs.push(SearchDocument {
            title: p.title.clone(),
            url: format!("pages/{}.html", p.id),
            text: plain(&p.body),
        });
    }
    docs
}

fn sitemap(h: &Handbook, files: &[OutputFile]) -> String {
    let base = h.settings.base_url.clone().unwrap_or_default();
    let base = if base.is_empty() || base.ends_with('/') {
        base
    } else {
        format!("{base}/")
    };
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut paths: Vec<&str> = files
        .iter()
        .map(|f| f.path.as_str())
        .filter(|p| p.ends_with(".html") && *p != "404.html")
        .collect();
    paths.sort();
    for p in paths {
        let url = format!("{base}{p}")
            .replace('&', "&amp;")
            .replace('<', "&lt;");
        out.push_str(&format!(
            "  <url><loc>{url}</loc><lastmod>{}</lastmod></url>\n",
            h.settings.effective_date
        ));
    }
    out.push_str("</urlset>\n");
    out
}
