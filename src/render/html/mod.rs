//! The handbook site: Tera templates from the theme, Markdown through pulldown-cmark, pages
//! rendered in parallel with rayon and written to the sink as they are made. Links are relative
//! (from `urls`) so the folder works from a server and from disk. Takes the `Standard` only:
//! assessment records cannot reach this module.

pub mod search;
mod views;

use std::collections::HashMap;

use rayon::prelude::*;
use serde_json::Value;
use tera::{Context, Tera};

use super::{BuildInfo, RenderError, TemplateError, i18n, markdown};
use crate::model::Standard;
use crate::publish::Sink;
use crate::theme::Theme;
use crate::urls::{self, SitePage, SitePath};
use views::{Layout, LayoutLinks, Nav, PageContext, SiteFacts};

/// Renders the whole site into `sink`; returns how many files were written. Fails only when a
/// theme template is broken or the sink cannot write.
pub fn render_site(
    standard: &Standard,
    theme: &Theme,
    info: &BuildInfo,
    sink: &dyn Sink,
) -> Result<usize, RenderError> {
    let tera = templates(theme, standard.settings.raw_html)?;
    let lang = standard.settings.language;
    let t = i18n::strings(lang);
    let site = SiteFacts::of(standard);
    let pages = urls::site_pages(standard);
    let max_depth = pages
        .iter()
        .map(|p| p.path(standard).depth())
        .max()
        .unwrap_or(0);
    // Shared per build: the layout and the navigation, once per folder depth.
    let mut layouts: HashMap<usize, Layout> = HashMap::new();
    for depth in 0..=max_depth {
        let nav = Nav::new(standard, &t, depth, !info.editions.is_empty());
        let nav = tera
            .render("nav.html", &context(&nav))
            .map_err(|e| template_error(theme, "nav.html", &e))?;
        layouts.insert(
            depth,
            Layout {
                lang: lang.tag(),
                t: &t,
                site: &site,
                commit: info.commit.as_deref(),
                banner: i18n::status_banner(&standard.settings, &info.editions),
                root: "../".repeat(depth),
                nav,
                print_head: css_string(&format!(
                    "{} · {} {}",
                    standard.settings.title,
                    t.get("edition").copied().unwrap_or_default(),
                    standard.settings.edition
                )),
            },
        );
    }
    // The search index is built beside the pages, not after them.
    let (rendered, index) = rayon::join(
        || {
            pages.par_iter().try_for_each(|page| {
                let path = page.path(standard);
                let (template, page_title, view) = views::view(*page, standard, &t);
                let ctx = PageContext {
                    layout: &layouts[&path.depth()],
                    links: LayoutLinks::from(&path),
                    base_href: (*page == SitePage::NotFound).then(|| site_root_path(standard)),
                    page_title,
                    // A level's own date, else its file's (a file laid out in another way).
                    last_changed: changed_key(*page, standard)
                        .and_then(|key| info.last_changed.get(&key))
                        .or_else(|| {
                            source_file(*page, standard).and_then(|f| info.last_changed.get(f))
                        })
                        .map(|(date, short)| format!("{date} · {short}")),
                    view,
                };
                let html = tera
                    .render(template, &context(&ctx))
                    .map_err(|e| template_error(theme, template, &e))?;
                sink.put(&urls::site_file(&path), html.as_bytes())?;
                Ok::<(), RenderError>(())
            })
        },
        || search::build(&search::documents(standard), lang),
    );
    rendered?;
    let mut count = pages.len();
    let mut html: Vec<SitePath> = pages
        .iter()
        .map(|p| p.path(standard))
        .filter(|p| *p != urls::not_found())
        .collect();
    if !info.editions.is_empty() {
        let path = urls::changelog();
        let ctx = PageContext {
            layout: &layouts[&path.depth()],
            links: LayoutLinks::from(&path),
            base_href: None,
            page_title: t.get("revisions").copied().unwrap_or_default().to_string(),
            last_changed: None,
            view: views::changelog(standard, &info.editions),
        };
        let page = tera
            .render("changelog.html", &context(&ctx))
            .map_err(|e| template_error(theme, "changelog.html", &e))?;
        sink.put(&urls::site_file(&path), page.as_bytes())?;
        html.push(path);
        count += 1;
    }
    for (name, bytes) in theme.files_under("static") {
        sink.put(&urls::site_file(&urls::static_file(name)), bytes)?;
        count += 1;
    }
    sink.put(&urls::site_file(&urls::search_index()), index.as_bytes())?;
    sink.put(
        &urls::site_file(&urls::sitemap()),
        sitemap(standard, html).as_bytes(),
    )?;
    Ok(count + 2)
}

/// Where a page's last change is kept: its level (`sequences/x.yaml#s2`) or its file.
fn changed_key(page: SitePage, standard: &Standard) -> Option<String> {
    match page {
        SitePage::Level(s, l) => {
            let s = &standard.sequences[s];
            Some(format!("{}#{}", s.file, s.levels[l].id))
        }
        page => source_file(page, standard).map(str::to_string),
    }
}

/// The content file a page is made from.
fn source_file(page: SitePage, standard: &Standard) -> Option<&str> {
    match page {
        SitePage::Sequence(s)
        | SitePage::Picker(s)
        | SitePage::Level(s, _)
        | SitePage::Compare(s, _, _)
        | SitePage::Position(s, _) => Some(&standard.sequences[s].file),
        SitePage::Competency(c) => Some(&standard.competencies[c].file),
        SitePage::Page(p) => Some(&standard.pages[p].file),
        SitePage::Home | SitePage::Dictionary | SitePage::Scoring | SitePage::NotFound => None,
    }
}

/// The path the site is served at (`/standards/` for `https://hr.example.com/standards/`, `/`
/// without a `base_url`): the 404 page's links start there, so they work at any depth.
fn site_root_path(standard: &Standard) -> String {
    standard
        .settings
        .base_url
        .as_deref()
        .and_then(|u| url::Url::parse(u).ok())
        .map_or_else(|| "/".to_string(), |u| u.path().to_string())
}

/// `text` as a quoted CSS string: everything but letters, digits and spaces escaped, so no
/// text can end the string or the style sheet.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        if c.is_alphanumeric() && (!c.is_ascii() || c.is_ascii_alphanumeric()) || c == ' ' {
            out.push(c);
        } else {
            out.push_str(&format!("\\{:x} ", c as u32));
        }
    }
    out.push('"');
    out
}

fn context(view: &impl serde::Serialize) -> Context {
    Context::from_serialize(view).expect("view models serialise to an object")
}

/// The theme's templates, with Markdown filters, and without the functions that would let a
/// template read the environment.
fn templates(theme: &Theme, raw_html: bool) -> Result<Tera, RenderError> {
    let mut tera = Tera::default();
    tera.autoescape_on(vec![".html"]);
    let sources: Vec<(&str, String)> = theme
        .files_under("templates")
        .map(|(name, bytes)| (name, String::from_utf8_lossy(bytes).into_owned()))
        .collect();
    tera.add_raw_templates(sources).map_err(|e| {
        let name = failing_template(&e).unwrap_or_default();
        template_error(theme, &name, &e)
    })?;
    // Templates see only the data they are given: no environment variables.
    tera.register_function(
        "get_env",
        |_: &HashMap<String, Value>| -> tera::Result<Value> {
            Err("templates cannot read the environment".into())
        },
    );
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

/// The template a parse or inheritance error is about.
fn failing_template(e: &tera::Error) -> Option<String> {
    match &e.kind {
        tera::ErrorKind::MissingParent { current, .. } => Some(current.clone()),
        tera::ErrorKind::CircularExtend { tpl, .. } => Some(tpl.clone()),
        // Tera names the file only in its message: "Failed to parse 'page.html'".
        tera::ErrorKind::Msg(m) => m.split('\'').nth(1).map(str::to_string),
        _ => None,
    }
}

/// The line a Tera parse error points at (its parser writes ` --> LINE:COLUMN`).
fn error_line(message: &str) -> Option<usize> {
    let at = message.find("--> ")? + 4;
    message[at..].split(':').next()?.trim().parse().ok()
}

/// A Tera error with its whole cause chain (the failing expression is in the causes), naming
/// the template file.
fn template_error(theme: &Theme, name: &str, e: &tera::Error) -> RenderError {
    let mut message = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        message.push_str(&format!(": {s}"));
        source = s.source();
    }
    RenderError::Template(TemplateError {
        file: theme.describe(&format!("templates/{name}")),
        line: error_line(&message),
        message,
    })
}

/// `sitemap.xml`: every page but the 404, at `base_url`, escaped for XML.
fn sitemap(standard: &Standard, mut pages: Vec<SitePath>) -> String {
    let base = standard.settings.base_url.clone().unwrap_or_default();
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    pages.sort();
    for p in pages {
        out.push_str(&format!(
            "  <url><loc>{}</loc><lastmod>{}</lastmod></url>\n",
            xml_escape(&format!("{base}{}", p.as_str())),
            standard.settings.effective_date
        ));
    }
    out.push_str("</urlset>\n");
    out
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn css_strings_cannot_end_the_string_or_the_sheet() {
        assert_eq!(css_string("标准 v1"), "\"标准 v1\"");
        assert_eq!(
            css_string("a\"}</style><script>"),
            "\"a\\22 \\7d \\3c \\2f style\\3e \\3c script\\3e \""
        );
    }

    #[test]
    fn xml_is_escaped() {
        assert_eq!(xml_escape("a]]>&'\"<"), "a]]&gt;&amp;&apos;&quot;&lt;");
    }
}
