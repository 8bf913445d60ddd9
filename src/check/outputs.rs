//! Rules for what a build writes: no two outputs at one path, nor at paths that differ only by
//! case (they are one file on the file systems of Windows and macOS). The paths come from
//! `urls`, the same module the renderers use, so what is checked is what is written.

use std::collections::HashMap;

use super::Ctx;
use crate::diagnostics::{Diagnostic, Location, codes};
use crate::model::Model;
use crate::msg;
use crate::urls::{self, Producer};

pub(super) fn check(ctx: &mut Ctx, model: &Model) {
    let mut seen: HashMap<String, (String, Producer)> = HashMap::new();
    for (path, by) in urls::outputs(&model.standard, &model.records) {
        let key = path.as_str().to_lowercase();
        match seen.get(&key) {
            None => {
                seen.insert(key, (path.as_str().to_string(), by));
            }
            // The same thing defined twice is already a `duplicate-id` or `duplicate-record`.
            Some((first_path, first)) if first_path == path.as_str() && first.what == by.what => {}
            Some((first_path, first)) => {
                let same = first_path == path.as_str();
                let message = if same {
                    msg!(
                        "check-output-collision",
                        what = by.what.clone(),
                        path = path.as_str(),
                        other = first.what.clone()
                    )
                } else {
                    msg!(
                        "check-output-collision-case",
                        what = by.what.clone(),
                        path = path.as_str(),
                        other_path = first_path,
                        other = first.what.clone()
                    )
                };
                ctx.push(
                    Diagnostic::new(&codes::OUTPUT_COLLISION, message)
                        .at(Location::file(&by.file))
                        .help(msg!("check-output-collision-help", file = &first.file)),
                );
            }
        }
    }
}
