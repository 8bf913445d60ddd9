//! A record's reference items (参考项): only those read from the record, not those computed.

use std::collections::BTreeMap;

use super::keys::{At, key_problem};
use crate::check::Ctx;
use crate::diagnostics::codes;
use crate::load::raw::RawAssessment;
use crate::model::*;
use crate::msg;

pub(super) fn check_reference(
    ctx: &mut Ctx,
    file: &str,
    raw: &RawAssessment,
    sequence: &Sequence,
) -> BTreeMap<String, String> {
    let from_record: Vec<&str> = sequence
        .reference_items
        .iter()
        .filter(|r| r.source == ReferenceSource::Record)
        .map(|r| r.id.as_str())
        .collect();
    let mut values = BTreeMap::new();
    for (id, text) in &raw.reference {
        if !from_record.contains(&id.as_str()) {
            let help = match sequence.reference_items.iter().find(|r| &r.id == id) {
                Some(_) => msg!("record-reference-computed", item = id),
                None => crate::diagnostics::suggest::help_message(
                    &msg!("noun-reference-item"),
                    id,
                    &from_record,
                ),
            };
            key_problem(
                ctx,
                file,
                At::Key(text, id),
                &codes::UNKNOWN_REFERENCE,
                msg!(
                    "record-unknown-reference",
                    sequence = &sequence.id,
                    item = id
                ),
                help,
            );
            continue;
        }
        values.insert(id.clone(), text.value.clone());
    }
    values
}
