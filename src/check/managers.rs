//! Rules for the reporting line records name: reports are bundled and sent per manager, so a
//! manager id must mean one person (one name, one email), a manager named by employee id alone
//! must be an assessed employee, emails must look like addresses, and no chain of managers may
//! loop back on itself within a cycle.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::Ctx;
use crate::diagnostics::{Diagnostic, codes};
use crate::load::raw::RawManager;
use crate::model::Assessment;
use crate::{msg, suggest};

/// `managers`: each record file's `manager`, as written.
pub(super) fn check(ctx: &mut Ctx, managers: &[(String, RawManager)], records: &mut [Assessment]) {
    let raw: HashMap<&str, &RawManager> = managers
        .iter()
        .map(|(file, manager)| (file.as_str(), manager))
        .collect();
    // Employee id → (name, file of the first record naming it), records in file order.
    let mut employees: BTreeMap<String, (String, String)> = BTreeMap::new();
    for r in records.iter() {
        employees
            .entry(r.employee_id.clone())
            .or_insert_with(|| (r.name.clone(), r.file.clone()));
    }
    fill_names_and_check_ids(ctx, &raw, &employees, records);
    check_one_person_per_id(ctx, &raw, &employees, records);
    check_loops(ctx, &raw, records);
}

fn fill_names_and_check_ids(
    ctx: &mut Ctx,
    raw: &HashMap<&str, &RawManager>,
    employees: &BTreeMap<String, (String, String)>,
    records: &mut [Assessment],
) {
    let ids: Vec<&str> = employees.keys().map(String::as_str).collect();
    for r in records.iter_mut() {
        let (Some(manager), Some(m)) = (r.manager.as_mut(), raw.get(r.file.as_str())) else {
            continue;
        };
        if let Some(email) = &m.email
            && !looks_like_email(email.value.trim())
        {
            let loc = ctx.loc(&r.file, email);
            ctx.push(
                Diagnostic::new(
                    &codes::BAD_EMAIL,
                    msg!("manager-bad-email", email = &email.value),
                )
                .at(loc)
                .help(msg!("manager-bad-email-help")),
            );
        }
        if m.name.is_some() {
            continue;
        }
        match employees.get(&manager.id) {
            Some((name, _)) => manager.name = name.clone(),
            None => {
                let loc = ctx.loc(&r.file, &m.id);
                let hint = match suggest::closest(&manager.id, ids.iter().copied()) {
                    Some(c) => msg!("unknown-manager-suggest", candidate = c),
                    None => msg!("unknown-manager-help"),
                };
                ctx.push(
                    Diagnostic::new(
                        &codes::UNKNOWN_MANAGER,
                        msg!("unknown-manager", manager = &manager.id),
                    )
                    .at(loc)
                    .help(hint),
                );
            }
        }
    }
}

/// One id, one person: the same name (and email, where given) in every record, and the
/// employee's own name when the manager is also an employee.
fn check_one_person_per_id(
    ctx: &mut Ctx,
    raw: &HashMap<&str, &RawManager>,
    employees: &BTreeMap<String, (String, String)>,
    records: &[Assessment],
) {
    // Manager id → the first (value, file) seen, for names and for emails.
    let mut names: BTreeMap<&str, (&str, &str)> = BTreeMap::new();
    let mut emails: BTreeMap<&str, (&str, &str)> = BTreeMap::new();
    for r in records {
        let (Some(manager), Some(m)) = (&r.manager, raw.get(r.file.as_str())) else {
            continue;
        };
        if let Some(name) = &m.name {
            let first = match employees.get(&manager.id) {
                Some((own, file)) => (own.as_str(), file.as_str()),
                None => *names.entry(&manager.id).or_insert((&manager.name, &r.file)),
            };
            if first.0 != manager.name {
                let loc = ctx.loc(&r.file, name);
                ctx.push(
                    Diagnostic::new(
                        &codes::MANAGER_MISMATCH,
                        msg!(
                            "manager-name-mismatch",
                            manager = &manager.id,
                            name = &manager.name,
                            first = first.0,
                            file = first.1
                        ),
                    )
                    .at(loc)
                    .help(msg!("manager-name-mismatch-help")),
                );
            }
        }
        if let (Some(email), Some(given)) = (&manager.email, &m.email) {
            let first = *emails.entry(&manager.id).or_insert((email, &r.file));
            if first.0 != email {
                let loc = ctx.loc(&r.file, given);
                ctx.push(
                    Diagnostic::new(
                        &codes::MANAGER_MISMATCH,
                        msg!(
                            "manager-email-mismatch",
                            manager = &manager.id,
                            email = email,
                            first = first.0,
                            file = first.1
                        ),
                    )
                    .at(loc)
                    .help(msg!("manager-email-mismatch-help")),
                );
            }
        }
    }
}

/// Within each cycle, following each employee's manager among the employees assessed in it
/// never comes back to where it started.
fn check_loops(ctx: &mut Ctx, raw: &HashMap<&str, &RawManager>, records: &[Assessment]) {
    let mut cycles: BTreeMap<&str, BTreeMap<&str, &Assessment>> = BTreeMap::new();
    for r in records {
        cycles
            .entry(&r.cycle)
            .or_default()
            .insert(&r.employee_id, r);
    }
    for (cycle, people) in cycles {
        let mut reported: BTreeSet<&str> = BTreeSet::new();
        for start in people.keys() {
            let mut chain = vec![*start];
            let mut at = *start;
            while let Some(next) = people[at].manager.as_ref().map(|m| m.id.as_str()) {
                if !people.contains_key(next) {
                    break;
                }
                if let Some(i) = chain.iter().position(|c| *c == next) {
                    let ring = &chain[i..];
                    // Each loop once, at its smallest employee id.
                    if ring.iter().min() == Some(start) && reported.insert(start) {
                        let r = people[start];
                        let shown: Vec<&str> = ring
                            .iter()
                            .copied()
                            .chain(std::iter::once(*start))
                            .collect();
                        let m = raw[r.file.as_str()];
                        let loc = ctx.loc(&r.file, &m.id);
                        ctx.push(
                            Diagnostic::new(
                                &codes::REPORTING_LOOP,
                                msg!(
                                    "manager-reporting-loop",
                                    cycle = cycle,
                                    chain = shown.join(" → ")
                                ),
                            )
                            .at(loc)
                            .help(msg!("manager-reporting-loop-help")),
                        );
                    }
                    break;
                }
                chain.push(next);
                at = next;
            }
        }
    }
}

/// One address, `local@domain.tld`, with nothing a mail header would split on.
pub(super) fn looks_like_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    let refused = |c: char| c.is_whitespace() || c.is_control() || "@,;<>\"()[]\\".contains(c);
    !local.is_empty()
        && !local.chars().chain(domain.chars()).any(refused)
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
}

#[cfg(test)]
mod tests {
    use super::looks_like_email;

    #[test]
    fn emails() {
        for good in ["li.qiang@example.com", "a+b@x.cn"] {
            assert!(looks_like_email(good), "{good}");
        }
        for bad in [
            "",
            "x",
            "@x.cn",
            "a@b",
            "a@@b.cn",
            "a b@x.cn",
            "a@x.cn, b@y.cn",
            "a@x.",
            "<a@x.cn>",
        ] {
            assert!(!looks_like_email(bad), "{bad}");
        }
    }
}
