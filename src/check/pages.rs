//! Rules for Markdown pages: ids from their file names, and a title.

use super::{Ctx, ID_HELP, is_id};
use crate::diagnostics::{Diagnostic, Location, codes};
use crate::load::{Parsed, RawPage};
use crate::model::Page;

pub(super) fn check(ctx: &mut Ctx, parsed: &[Parsed<RawPage>]) -> Vec<Page> {
    let mut pages = Vec::new();
    for parsed in parsed {
        let page = &parsed.value;
        if !is_id(&page.id) {
            ctx.push(
                Diagnostic::new(
                    &codes::INVALID_ID,
                    format!("the page file name `{}` is not a valid id", page.id),
                )
                .at(Location::file(&parsed.file))
                .help(ID_HELP),
            );
        }
        if page.front.title.value.trim().is_empty() {
            let loc = ctx.loc_offset(&parsed.file, &page.front.title, 1);
            ctx.push(
                Diagnostic::new(&codes::EMPTY_VALUE, "the page title is empty")
                    .at(loc)
                    .help("give the page a title"),
            );
        }
        ctx.check_name_text(&parsed.file, &page.front.title, "page title");
        pages.push(Page {
            file: parsed.file.clone(),
            id: page.id.clone(),
            title: page.front.title.value.clone(),
            order: page.front.order.unwrap_or(i64::MAX / 2),
            appendix: page.front.appendix,
            body: page.body.clone(),
        });
    }
    pages
}
