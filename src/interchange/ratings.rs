//! Rows of a rater's sheet: one rater's values for one employee, read like an assessment
//! sheet's row and then moved into that rater's own entry of the record's `ratings:` (made
//! when the rater has none) — never into the record's own values, never into another
//! rater's. And the other way, a rater's entry as a row for the sheet.

use super::node::Node;
use crate::model::{Item, Rating};

/// The keys of a rating, in the order a new one is written.
fn rating_order(path: &[&str]) -> &'static [&'static str] {
    match path {
        [] => &[
            "rater",
            "name",
            "role",
            "date",
            "competencies",
            "behaviours",
            "scores",
        ],
        _ => &[],
    }
}

/// The rating values a row read as a record's (`competencies.X.level`, `.met`,
/// `behaviours.X.met`, `scores.M.I`), in a rating's shape (`competencies.X: 3 | true`,
/// `behaviours.X: true`, `scores.M.I`).
fn values_of(row: &Node) -> Vec<(Vec<String>, Node)> {
    let mut out = Vec::new();
    if let Some(Node::Map(entries)) = row.get("competencies") {
        for (id, a) in entries {
            if let Some(v) = a.get("met").or_else(|| a.get("level")) {
                out.push((vec!["competencies".into(), id.clone()], v.clone()));
            }
        }
    }
    if let Some(Node::Map(entries)) = row.get("behaviours") {
        for (id, b) in entries {
            if let Some(v) = b.get("met") {
                out.push((vec!["behaviours".into(), id.clone()], v.clone()));
            }
        }
    }
    if let Some(Node::Map(modules)) = row.get("scores") {
        for (module, score) in modules {
            match score {
                Node::Map(items) => {
                    for (item, v) in items {
                        out.push((
                            vec!["scores".into(), module.clone(), item.clone()],
                            v.clone(),
                        ));
                    }
                }
                v => out.push((vec!["scores".into(), module.clone()], v.clone())),
            }
        }
    }
    out
}

/// Sets the values `row` gives into the rating of `rater` in `role` in `doc` (a record),
/// adding that rating when the record has none; whether `row` gave any value.
pub fn merge(doc: &mut Node, row: &Node, rater: &str, role: &str) -> bool {
    let values = values_of(row);
    if values.is_empty() {
        return false;
    }
    let mut list = match doc.get("ratings") {
        Some(Node::Seq(list)) => list.clone(),
        _ => Vec::new(),
    };
    let same = |r: &Node| {
        r.get("rater").and_then(Node::text) == Some(rater)
            && r.get("role").and_then(Node::text) == Some(role)
    };
    let index = match list.iter().position(same) {
        Some(i) => i,
        None => {
            let mut rating = Node::map();
            rating.set(&["rater"], Node::Str(rater.to_string()), &rating_order);
            rating.set(&["role"], Node::Str(role.to_string()), &rating_order);
            list.push(rating);
            list.len() - 1
        }
    };
    for (path, value) in values {
        let path: Vec<&str> = path.iter().map(String::as_str).collect();
        list[index].set(&path, value, &rating_order);
    }
    doc.set(&["ratings"], Node::Seq(list), &super::columns::key_order);
    true
}

/// A rater's row for one employee, in a record's shape so the sheet's columns read it: the
/// employee, the rater and role, and the values the rater gave (none yet: only who).
pub fn row_of(
    employee: (&str, &str, &str, &str, &str),
    rater: &str,
    role: &str,
    rating: Option<&Rating>,
    one_line: &dyn Fn(&str) -> bool,
) -> Node {
    let (id, name, sequence, cycle, level) = employee;
    let order = &super::columns::key_order;
    let mut row = Node::map();
    for (key, value) in [
        ("employee_id", id),
        ("name", name),
        ("sequence", sequence),
        ("cycle", cycle),
        ("applied_level", level),
        ("rater", rater),
        ("role", role),
    ] {
        row.set(&[key], Node::Str(value.to_string()), order);
    }
    for (item, value) in rating.map(|r| &r.values).into_iter().flatten() {
        match item {
            Item::Competency(c) if one_line(c) => row.set(
                &["competencies", c, "met"],
                Node::Bool(*value >= 0.5),
                order,
            ),
            Item::Competency(c) => row.set(
                &["competencies", c, "level"],
                Node::from_number(*value),
                order,
            ),
            Item::Behaviour(b) => {
                row.set(&["behaviours", b, "met"], Node::Bool(*value >= 0.5), order)
            }
            Item::Score {
                module,
                item: Some(i),
            } => row.set(&["scores", module, i], Node::from_number(*value), order),
            Item::Score { module, item: None } => {
                row.set(&["scores", module], Node::from_number(*value), order)
            }
        }
    }
    row
}

/// What a rated record's ratings give, in a record's shape (`competencies.X.level` or `.met`,
/// `behaviours.X.met`, `scores.M.I`, `scores.M`): the values after combination and
/// calibration. A sheet shows them, and a cell that says the same is not written into the
/// record (the ratings keep deciding it), as with what the roster gives.
pub fn consolidated(a: &crate::model::Assessment, one_line: &dyn Fn(&str) -> bool) -> Node {
    let order = &super::columns::key_order;
    let mut node = Node::map();
    for (item, info) in &a.rated.items {
        let Some(value) = info.value else { continue };
        match item {
            Item::Competency(c) if one_line(c) => {
                node.set(&["competencies", c, "met"], Node::Bool(value >= 0.5), order)
            }
            Item::Competency(c) => node.set(
                &["competencies", c, "level"],
                Node::from_number(value),
                order,
            ),
            Item::Behaviour(b) => {
                node.set(&["behaviours", b, "met"], Node::Bool(value >= 0.5), order)
            }
            Item::Score {
                module,
                item: Some(i),
            } => node.set(&["scores", module, i], Node::from_number(value), order),
            Item::Score { module, item: None } => {
                node.set(&["scores", module], Node::from_number(value), order)
            }
        }
    }
    node
}

/// `record` with what `given` holds and it does not, for a pre-filled sheet.
pub fn overlay(record: &mut Node, given: &Node) {
    fn walk(record: &mut Node, given: &Node, path: &mut Vec<String>) {
        match given {
            Node::Map(entries) => {
                for (key, value) in entries {
                    path.push(key.clone());
                    walk(record, value, path);
                    path.pop();
                }
            }
            leaf => {
                let keys: Vec<&str> = path.iter().map(String::as_str).collect();
                if record.at(&keys).is_none() {
                    record.set(&keys, leaf.clone(), &super::columns::key_order);
                }
            }
        }
    }
    walk(record, given, &mut Vec::new());
}
