//! Rules for Markdown pages: ids from their file names, and a title.

use super::{Ctx, id_help, is_id};
use crate::diagnostics::{Diagnostic, Location, codes};
use crate::load::{Parsed, RawPage};
use crate::model::Page;
use crate::msg;

pub(super) fn check(ctx: &mut Ctx, parsed: &[Parsed<RawPage>]) -> Vec<Page> {
    let mut pages = Vec::new();
    for parsed in parsed {
        let page = &parsed.value;
        if !is_id(&page.id) {
            ctx.push(
                Diagnostic::new(
                    &codes::INVALID_ID,
                    msg!("check-invalid-page-id", id = &page.id),
                )
                .at(Location::file(&parsed.file))
                .help(id_help()),
            );
        }
        if page.front.title.value.trim().is_empty() {
            let loc = ctx.loc_offset(&parsed.file, &page.front.title, 1);
            ctx.push(
                Diagnostic::new(&codes::EMPTY_VALUE, msg!("check-page-title-empty"))
                    .at(loc)
                    .help(msg!("check-page-title-empty-help")),
            );
        }
        ctx.check_name_text(&parsed.file, &page.front.title, msg!("noun-page-title"));
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
