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

use super::{BuildInfo, RenderError, TemplateError, markdown, words};
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
    SiteRenderer::new(standard, theme, info)?.render_all(sink)
}

/// A file of the site, by what makes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SiteFile {
    Page(SitePage),
    Changelog,
    /// A file of the theme's `static/` folder, by its index among them.
    Static(usize),
    SearchIndex,
    Sitemap,
}

/// The site, ready to render file by file: the templates, and the layout and navigation per
/// folder depth, made once. `build` renders every file; the preview server renders the one a
/// browser asks for.
pub struct SiteRenderer<'a> {
    standard: &'a Standard,
    theme: &'a Theme,
    info: &'a BuildInfo,
    tera: Tera,
    t: &'static std::collections::BTreeMap<&'static str, &'static str>,
    /// Per folder depth and open sequence (the page's own, if any): the layout's part of a
    /// page's template context (the strings, the standard's facts, the navigation rendered
    /// for it). Each page copies it: turning the layout into template values for every page
    /// was a fifth of a site build.
    layouts: HashMap<(usize, Option<usize>), Context>,
    pages: Vec<SitePage>,
}

impl<'a> SiteRenderer<'a> {
    pub fn new(
        standard: &'a Standard,
        theme: &'a Theme,
        info: &'a BuildInfo,
    ) -> Result<SiteRenderer<'a>, RenderError> {
        let tera = templates(theme, standard.settings.raw_html)?;
        let t = standard.settings.language.strings();
        let pages = urls::site_pages(standard);
        // The layouts pages are in: (folder depth, open sequence).
        let used: std::collections::BTreeSet<(usize, Option<usize>)> = pages
            .iter()
            .map(|p| (p.path(standard).depth(), p.sequence()))
            .chain(std::iter::once((urls::changelog().depth(), None)))
            .collect();
        let print_head = css_string(&format!(
            "{} · {} {}",
            standard.settings.title,
            t.get("edition").copied().unwrap_or_default(),
            standard.settings.edition
        ));
        let banner = words::status_banner(&standard.settings, &info.editions);
        let site = SiteFacts::of(standard);
        let mut layouts = HashMap::new();
        for (depth, open) in used {
            let nav = Nav::new(standard, t, depth, !info.editions.is_empty(), open);
            let nav = tera
                .render("nav.html", &context(&nav))
                .map_err(|e| template_error(theme, "nav.html", &e))?;
            let layout = Layout {
                lang: standard.settings.language.tag(),
                t,
                site: &site,
                commit: info.commit.as_deref(),
                banner: banner.as_deref(),
                root: &"../".repeat(depth),
                nav: &nav,
                print_head: &print_head,
            };
            layouts.insert((depth, open), context(&layout));
        }
        Ok(SiteRenderer {
            standard,
            theme,
            info,
            tera,
            t,
            layouts,
            pages,
        })
    }

    /// Every file of the site with its path, pages first.
    pub fn files(&self) -> Vec<(SitePath, SiteFile)> {
        let mut files: Vec<(SitePath, SiteFile)> = self
            .pages
            .iter()
            .map(|p| (p.path(self.standard), SiteFile::Page(*p)))
            .collect();
        if !self.info.editions.is_empty() {
            files.push((urls::changelog(), SiteFile::Changelog));
        }
        files.extend(
            self.theme
                .files_under("static")
                .enumerate()
                .map(|(i, (name, _))| (urls::static_file(name), SiteFile::Static(i))),
        );
        files.push((urls::search_index(), SiteFile::SearchIndex));
        files.push((urls::sitemap(), SiteFile::Sitemap));
        files
    }

    /// Renders every file into `sink` (pages in parallel, beside the search index); returns
    /// how many were written.
    pub fn render_all(&self, sink: &dyn Sink) -> Result<usize, RenderError> {
        let files = self.files();
        let (pages, rest): (Vec<_>, Vec<_>) = files
            .iter()
            .partition(|(_, f)| matches!(f, SiteFile::Page(_)));
        // The search index is built beside the pages, not after them.
        let (rendered, index) = rayon::join(
            || {
                pages.par_iter().try_for_each(|(path, file)| {
                    sink.put(&urls::site_file(path), &self.render(*file)?)?;
                    Ok::<(), RenderError>(())
                })
            },
            || self.render(SiteFile::SearchIndex),
        );
        rendered?;
        let mut index = Some(index?);
        for (path, file) in &rest {
            let bytes = match file {
                SiteFile::SearchIndex => index.take().expect("one search index"),
                other => self.render(*other)?,
            };
            sink.put(&urls::site_file(path), &bytes)?;
        }
        Ok(files.len())
    }

    /// One file's bytes.
    pub fn render(&self, file: SiteFile) -> Result<Vec<u8>, RenderError> {
        let standard = self.standard;
        match file {
            SiteFile::Page(page) => self.page(page, views::view(page, standard, self.t)),
            SiteFile::Changelog => {
                let path = urls::changelog();
                let ctx = PageContext {
                    links: LayoutLinks::from(&path),
                    base_href: None,
                    page_title: self
                        .t
                        .get("revisions")
                        .copied()
                        .unwrap_or_default()
                        .to_string(),
                    last_changed: None,
                    view: views::changelog(standard, &self.info.editions),
                };
                self.html("changelog.html", (path.depth(), None), &ctx)
            }
            SiteFile::Static(i) => Ok(self
                .theme
                .files_under("static")
                .nth(i)
                .map(|(_, bytes)| bytes.to_vec())
                .unwrap_or_default()),
            SiteFile::SearchIndex => Ok(search::build(
                &search::documents(standard),
                standard.settings.language,
            )
            .into_bytes()),
            SiteFile::Sitemap => {
                let html = self
                    .files()
                    .into_iter()
                    .filter(|(path, file)| {
                        matches!(file, SiteFile::Page(_) | SiteFile::Changelog)
                            && *path != urls::not_found()
                    })
                    .map(|(path, _)| path)
                    .collect();
                Ok(sitemap(standard, html).into_bytes())
            }
        }
    }

    /// A page of the site from its template, title and view.
    fn page(
        &self,
        page: SitePage,
        (template, page_title, view): (&'static str, String, views::View),
    ) -> Result<Vec<u8>, RenderError> {
        let standard = self.standard;
        let path = page.path(standard);
        let ctx = PageContext {
            links: LayoutLinks::from(&path),
            base_href: (page == SitePage::NotFound).then(|| site_root_path(standard)),
            page_title,
            // A level's own date, else its file's (a file laid out in another way).
            last_changed: changed_key(page, standard)
                .and_then(|key| self.info.last_changed.get(&key))
                .or_else(|| source_file(page, standard).and_then(|f| self.info.last_changed.get(f)))
                .map(|(date, short)| format!("{date} · {short}")),
            view,
        };
        self.html(template, (path.depth(), page.sequence()), &ctx)
    }

    /// A level's sheet page without its link to the sheets PDF, for a build that has none.
    pub fn sheet_without_pdf(&self, sequence: usize, level: usize) -> Result<Vec<u8>, RenderError> {
        let page = SitePage::Sheet(sequence, level);
        let (template, title, mut view) = views::view(page, self.standard, self.t);
        if let views::View::Level(sheet) = &mut view {
            sheet.sheet_pdf = None;
        }
        self.page(page, (template, title, view))
    }

    /// The downloads page offering only what `offered` says the output holds.
    pub fn downloads(&self, offered: &dyn Fn(&SitePath) -> bool) -> Result<Vec<u8>, RenderError> {
        let view = views::downloads_view(self.standard, self.t, offered);
        self.page(SitePage::Downloads, view)
    }

    /// A page from its template and its own context, in the layout of its folder depth and
    /// open sequence (`(depth, open)`).
    fn html(
        &self,
        template: &str,
        layout: (usize, Option<usize>),
        page: &impl serde::Serialize,
    ) -> Result<Vec<u8>, RenderError> {
        let mut ctx = self.layouts[&layout].clone();
        ctx.extend(context(page));
        self.tera
            .render(template, &ctx)
            .map(String::into_bytes)
            .map_err(|e| template_error(self.theme, template, &e))
    }
}

/// Where a page's last change is kept: its level (`sequences/x.yaml#s2`) or its file.
fn changed_key(page: SitePage, standard: &Standard) -> Option<String> {
    match page {
        SitePage::Level(s, l) | SitePage::Sheet(s, l) => {
            let s = &standard.sequences[s];
            Some(format!("{}#{}", s.file, s.levels[l].id))
        }
        page => source_file(page, standard).map(str::to_string),
    }
}

/// The content file a page is made from.
fn source_file(page: SitePage, standard: &Standard) -> Option<&str> {
    if let Some(s) = page.sequence() {
        return Some(&standard.sequences[s].file);
    }
    match page {
        SitePage::Competency(c) => Some(&standard.competencies[c].file),
        SitePage::Page(p) => Some(&standard.pages[p].file),
        _ => None,
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
