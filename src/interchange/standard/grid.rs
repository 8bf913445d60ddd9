//! The per-sequence sheets: what each level requires of each competency (`2★`), of each
//! behaviour-standard activity (`✓`), and the points of each scoring module and item. Each
//! cell shows what is in effect at that level, inherited or its own; an import writes a level
//! only what differs from what it inherits, and a blank where the level below requires
//! something is refused (a level keeps what the one below requires).

use crate::interchange::node::Node;
use crate::locale::Message;
use crate::msg;
use crate::spreadsheet::Cell;

use super::codec::Out;
use super::tables::{cell_text, key_order, scalar};
use super::{at_mut, entry_id, list_mut, put};

/// The kinds of per-sequence sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Level × competency: `2`, `2★`, `✓` (a one-line standard), `✓★`.
    Competencies,
    /// Level × behaviour-standard activity: `✓`, `✓★`.
    Behaviours,
    /// Level × scoring module and item: points.
    Scoring,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Competencies, Kind::Behaviours, Kind::Scoring];

    /// The locale key of the sheet name's prefix, and of its guide line (`book_about_…`).
    pub fn key(self) -> &'static str {
        match self {
            Kind::Competencies => "grid_competencies",
            Kind::Behaviours => "grid_behaviours",
            Kind::Scoring => "grid_scoring",
        }
    }

    /// The level's list this sheet edits, and the key naming its entries.
    fn list(self) -> (&'static [&'static str], &'static str) {
        match self {
            Kind::Competencies => (&["competencies"], "competency"),
            Kind::Behaviours => (&["behaviours"], "activity"),
            Kind::Scoring => (&["scoring", "modules"], "module"),
        }
    }

    /// Whether a sequence has anything for this sheet.
    pub fn applies(self, sequence: &Node) -> bool {
        match self {
            Kind::Competencies => true,
            Kind::Behaviours => {
                sequence.get("behaviour_standards").is_some()
                    || levels(sequence)
                        .iter()
                        .any(|l| l.get("behaviours").is_some())
            }
            Kind::Scoring => sequence.get("scoring_modules").is_some(),
        }
    }
}

pub fn levels(sequence: &Node) -> Vec<Node> {
    match sequence.get("levels") {
        Some(Node::Seq(levels)) => levels.clone(),
        _ => Vec::new(),
    }
}

fn own(level: &Node, kind: Kind) -> Vec<Node> {
    match level.at(kind.list().0) {
        Some(Node::Seq(items)) => items.clone(),
        _ => Vec::new(),
    }
}

/// What is in effect at each level: the entries of the list, by id, each level's own
/// replacing the one below's.
pub fn effective(levels: &[Node], kind: Kind) -> Vec<Vec<(String, Node)>> {
    let item = kind.list().1;
    let mut out: Vec<Vec<(String, Node)>> = Vec::new();
    let mut current: Vec<(String, Node)> = Vec::new();
    for level in levels {
        for entry in own(level, kind) {
            let Some(id) = entry_id(&entry, item) else {
                continue;
            };
            match current.iter_mut().find(|(i, _)| *i == id) {
                Some(slot) => slot.1 = entry,
                None => current.push((id, entry)),
            }
        }
        out.push(current.clone());
    }
    out
}

/// A requirement cell: (graded level, key); a level of `None` is met-or-not.
type Requirement = (Option<f64>, bool);

fn requirement(entry: &Node) -> Requirement {
    (
        entry.get("level").and_then(Node::number),
        matches!(entry.get("key"), Some(Node::Bool(true))),
    )
}

const MET: &str = "✓";
const KEY: &str = "★";

pub fn requirement_text((level, key): Requirement) -> String {
    let mark = if key { KEY } else { "" };
    match level {
        Some(l) => format!("{}{mark}", crate::spreadsheet::values::number_text(l)),
        None => format!("{MET}{mark}"),
    }
}

fn parse_requirement(cell: &Cell, graded: bool) -> Result<Option<Requirement>, Message> {
    let bad = || {
        if graded {
            msg!("book-bad-requirement")
        } else {
            msg!("book-bad-activity-requirement")
        }
    };
    if let Cell::Number(n) = cell {
        return if graded && n.fract() == 0.0 && *n >= 1.0 {
            Ok(Some((Some(*n), false)))
        } else {
            Err(bad())
        };
    }
    let Some(text) = cell_text(cell) else {
        return Ok(None);
    };
    let key = text.contains(['★', '*', '☆']);
    let body: String = text
        .chars()
        .filter(|c| !matches!(c, '★' | '*' | '☆') && !c.is_whitespace())
        .collect();
    if ["✓", "√", "✔", "v", "V", "y", "Y"].contains(&body.as_str()) {
        return Ok(Some((None, key)));
    }
    match body.parse::<u32>() {
        Ok(n) if graded && n >= 1 => Ok(Some((Some(f64::from(n)), key))),
        _ => Err(bad()),
    }
}

/// One row of a per-sequence sheet as written: the id and name columns, then a cell per level.
pub struct GridRow {
    pub ids: Vec<String>,
    pub names: Vec<String>,
    pub cells: Vec<Out>,
}

/// The rows of `kind`'s sheet for `sequence`; `name_of` names a competency.
pub fn rows(sequence: &Node, kind: Kind, name_of: &dyn Fn(&str) -> String) -> Vec<GridRow> {
    let levels = levels(sequence);
    let effective = effective(&levels, kind);
    match kind {
        Kind::Competencies | Kind::Behaviours => {
            let mut ids: Vec<(String, String)> = Vec::new();
            if kind == Kind::Behaviours {
                for (_, activity) in activities(sequence) {
                    ids.push(activity);
                }
            }
            for (id, _) in effective.iter().flatten() {
                if !ids.iter().any(|(i, _)| i == id) {
                    let name = if kind == Kind::Competencies {
                        name_of(id)
                    } else {
                        id.clone()
                    };
                    ids.push((id.clone(), name));
                }
            }
            ids.into_iter()
                .map(|(id, name)| GridRow {
                    cells: effective
                        .iter()
                        .map(|at| {
                            at.iter()
                                .find(|(i, _)| *i == id)
                                .map_or(Out::Blank, |(_, e)| {
                                    Out::Text(requirement_text(requirement(e)))
                                })
                        })
                        .collect(),
                    ids: vec![id],
                    names: vec![name],
                })
                .collect()
        }
        Kind::Scoring => {
            let mut out = Vec::new();
            for module in list(sequence, "scoring_modules") {
                let Some(id) = entry_id(&module, "id") else {
                    continue;
                };
                let name = module.get("name").and_then(scalar).unwrap_or_default();
                let at = |level: &Vec<(String, Node)>| {
                    level.iter().find(|(i, _)| *i == id).map(|(_, e)| e.clone())
                };
                out.push(GridRow {
                    ids: vec![id.clone(), String::new()],
                    names: vec![name, String::new()],
                    cells: effective
                        .iter()
                        .map(|l| {
                            at(l)
                                .and_then(|e| e.get("points").and_then(Node::number))
                                .map_or(Out::Blank, Out::Number)
                        })
                        .collect(),
                });
                for item in list(&module, "items") {
                    let Some(item_id) = entry_id(&item, "id") else {
                        continue;
                    };
                    let item_name = item.get("name").and_then(scalar).unwrap_or_default();
                    out.push(GridRow {
                        ids: vec![id.clone(), item_id.clone()],
                        names: vec![String::new(), item_name],
                        cells: effective
                            .iter()
                            .map(|l| {
                                at(l)
                                    .and_then(|e| e.at(&["items", &item_id]).and_then(Node::number))
                                    .map_or(Out::Blank, Out::Number)
                            })
                            .collect(),
                    });
                }
            }
            out
        }
    }
}

fn list(node: &Node, key: &str) -> Vec<Node> {
    match node.get(key) {
        Some(Node::Seq(items)) => items.clone(),
        _ => Vec::new(),
    }
}

/// Each activity of the behaviour standards: (module id, (activity id, name)).
fn activities(sequence: &Node) -> Vec<(String, (String, String))> {
    let mut out = Vec::new();
    for module in list(sequence, "behaviour_standards") {
        let module_id = entry_id(&module, "id").unwrap_or_default();
        for activity in list(&module, "activities") {
            if let Some(id) = entry_id(&activity, "id") {
                let name = activity
                    .get("name")
                    .and_then(scalar)
                    .unwrap_or_else(|| id.clone());
                out.push((module_id.clone(), (id, name)));
            }
        }
    }
    out
}

/// A row of a filled-in per-sequence sheet: where it is, its ids, and a cell per level column.
pub struct ReadRow {
    pub row: usize,
    pub ids: Vec<String>,
    pub cells: Vec<(usize, Cell)>,
}

/// A problem with a cell of a per-sequence sheet: row, the level column's index, the message.
pub struct GridError {
    pub row: usize,
    pub column: Option<usize>,
    pub message: Message,
}

/// Makes the levels of `sequence` require what `rows` say, for the levels with a column
/// (`columns[i]` is the level id of column i). `top` gives a competency's highest level.
pub fn apply(
    sequence: &mut Node,
    kind: Kind,
    columns: &[(usize, String)],
    rows: &[ReadRow],
    top: &dyn Fn(&str) -> Option<usize>,
) -> Vec<GridError> {
    let mut errors = Vec::new();
    let (path, item) = kind.list();
    let level_ids: Vec<String> = levels(sequence)
        .iter()
        .filter_map(|l| entry_id(l, "id"))
        .collect();
    // Every id the sheet or the levels name, in the order they come.
    let mut wanted: Vec<&ReadRow> = Vec::new();
    for row in rows {
        // (The points sheet names a module on each of its items' rows: it checks its own.)
        if let Some(first) = wanted
            .iter()
            .find(|w| kind != Kind::Scoring && w.ids[0] == row.ids[0])
        {
            errors.push(GridError {
                row: row.row,
                column: None,
                message: msg!("book-duplicate-id", other = first.row),
            });
            continue;
        }
        if kind == Kind::Competencies && top(&row.ids[0]).is_none() {
            errors.push(GridError {
                row: row.row,
                column: None,
                message: msg!("book-unknown-competency", name = &row.ids[0]),
            });
            continue;
        }
        wanted.push(row);
    }
    if kind == Kind::Scoring {
        return apply_scoring(sequence, columns, rows, errors);
    }
    for (index, level_id) in level_ids.iter().enumerate() {
        let Some((column, _)) = columns.iter().find(|(_, l)| l == level_id) else {
            continue;
        };
        let below = if index == 0 {
            Vec::new()
        } else {
            effective(&levels(sequence)[..index], kind)
                .pop()
                .unwrap_or_default()
        };
        let mut ids: Vec<String> = wanted.iter().map(|r| r.ids[0].clone()).collect();
        let current = levels(sequence)[index].clone();
        for e in own(&current, kind) {
            if let Some(id) = entry_id(&e, item)
                && !ids.contains(&id)
            {
                ids.push(id);
            }
        }
        for id in ids {
            let row = wanted.iter().find(|r| r.ids[0] == id);
            let cell = row.and_then(|r| r.cells.iter().find(|(c, _)| c == column));
            let wanted_here =
                match cell.map(|(_, c)| parse_requirement(c, kind == Kind::Competencies)) {
                    None => None,
                    Some(Ok(r)) => r,
                    Some(Err(message)) => {
                        errors.push(GridError {
                            row: row.map_or(0, |r| r.row),
                            column: Some(*column),
                            message,
                        });
                        continue;
                    }
                };
            if let (Some((Some(level), _)), Some(top)) = (wanted_here, top(&id))
                && (level as usize > top || top == 0)
            {
                errors.push(GridError {
                    row: row.map_or(0, |r| r.row),
                    column: Some(*column),
                    message: if top == 0 {
                        msg!("book-one-line-takes-met")
                    } else {
                        msg!("book-level-above-top", top = top)
                    },
                });
                continue;
            }
            let inherited = below
                .iter()
                .find(|(i, _)| *i == id)
                .map(|(_, e)| requirement(e));
            let level = &mut list_mut(sequence, "levels")[index];
            // Looked up in the level as it is now: an entry removed above shifts the others.
            let mine = own(level, kind)
                .iter()
                .position(|e| entry_id(e, item).as_deref() == Some(id.as_str()));
            match (mine, wanted_here) {
                (_, None) if inherited.is_some() => errors.push(GridError {
                    row: row.map_or(0, |r| r.row),
                    column: Some(*column),
                    message: msg!(
                        "book-cannot-drop-inherited",
                        level = level_ids[index - 1].as_str(),
                        was = requirement_text(inherited.expect("checked"))
                    ),
                }),
                (Some(i), None) => remove_entry(level, path, i),
                (None, None) => {}
                (Some(i), Some(r)) => {
                    if let Some(Node::Seq(items)) = at_mut(level, path) {
                        set_requirement(&mut items[i], r);
                    }
                }
                (None, Some(r)) if Some(r) == inherited => {}
                (None, Some(r)) => {
                    let mut entry = Node::Map(vec![(item.to_string(), Node::Str(id.clone()))]);
                    set_requirement(&mut entry, r);
                    push_entry(level, path, entry);
                }
            }
        }
        // A list left empty says nothing.
        let level = &mut list_mut(sequence, "levels")[index];
        if matches!(level.at(path), Some(Node::Seq(items)) if items.is_empty()) {
            put(level, path, None);
        }
    }
    errors
}

/// A level's own entry `i` of the list at `path` removed.
fn remove_entry(level: &mut Node, path: &[&str], i: usize) {
    if let Some(Node::Seq(items)) = at_mut(level, path) {
        items.remove(i);
    }
}

/// `entry` added to the level's own list at `path`, the list made when missing.
fn push_entry(level: &mut Node, path: &[&str], entry: Node) {
    let mut items = match level.at(path) {
        Some(Node::Seq(items)) => items.clone(),
        _ => Vec::new(),
    };
    items.push(entry);
    put(level, path, Some(Node::Seq(items)));
}

fn set_requirement(entry: &mut Node, (level, key): Requirement) {
    if requirement(entry) == (level, key) {
        return;
    }
    let old_level = entry.get("level").and_then(Node::number);
    if old_level != level {
        put(entry, &["level"], level.map(Node::from_number));
    }
    let old_key = matches!(entry.get("key"), Some(Node::Bool(true)));
    // `key: false` is written only where the entry already says `key:`.
    if old_key != key && (key || entry.get("key").is_some()) {
        entry.set(&["key"], Node::Bool(key), &key_order);
    }
}

fn number_cell(cell: &Cell) -> Result<Option<f64>, Message> {
    match cell {
        Cell::Number(n) => Ok(Some(*n)),
        other => match cell_text(other) {
            None => Ok(None),
            Some(t) => t
                .parse::<f64>()
                .ok()
                .filter(|n| n.is_finite() && *n >= 0.0)
                .map(Some)
                .ok_or_else(|| msg!("book-not-a-number")),
        },
    }
}

fn apply_scoring(
    sequence: &mut Node,
    columns: &[(usize, String)],
    rows: &[ReadRow],
    mut errors: Vec<GridError>,
) -> Vec<GridError> {
    let modules = list(sequence, "scoring_modules");
    let level_ids: Vec<String> = levels(sequence)
        .iter()
        .filter_map(|l| entry_id(l, "id"))
        .collect();
    for (i, row) in rows.iter().enumerate() {
        if let Some(first) = rows[..i].iter().find(|r| r.ids == row.ids) {
            errors.push(GridError {
                row: row.row,
                column: None,
                message: msg!("book-duplicate-id", other = first.row),
            });
        }
        let known = modules
            .iter()
            .find(|m| entry_id(m, "id").as_deref() == Some(&row.ids[0]));
        let item_known = row.ids[1].is_empty()
            || known.is_some_and(|m| {
                list(m, "items")
                    .iter()
                    .any(|i| entry_id(i, "id").as_deref() == Some(&row.ids[1]))
            });
        if known.is_none() || !item_known {
            errors.push(GridError {
                row: row.row,
                column: None,
                message: msg!(
                    "book-unknown-module",
                    name = format!("{} {}", row.ids[0], row.ids[1]).trim()
                ),
            });
        }
    }
    for (index, level_id) in level_ids.iter().enumerate() {
        let Some((column, _)) = columns.iter().find(|(_, l)| l == level_id) else {
            continue;
        };
        let below = if index == 0 {
            Vec::new()
        } else {
            effective(&levels(sequence)[..index], Kind::Scoring)
                .pop()
                .unwrap_or_default()
        };
        for module in &modules {
            let Some(id) = entry_id(module, "id") else {
                continue;
            };
            let cell_at = |item: &str| -> Option<(usize, Result<Option<f64>, Message>)> {
                let row = rows.iter().find(|r| r.ids[0] == id && r.ids[1] == item)?;
                let cell = row
                    .cells
                    .iter()
                    .find(|(c, _)| c == column)
                    .map(|(_, c)| c)?;
                Some((row.row, number_cell(cell)))
            };
            let mut failed = false;
            let mut value = |item: &str| match cell_at(item) {
                Some((row, Err(message))) => {
                    errors.push(GridError {
                        row,
                        column: Some(*column),
                        message,
                    });
                    failed = true;
                    None
                }
                Some((_, Ok(v))) => v,
                None => None,
            };
            let points = value("");
            let item_ids: Vec<String> = list(module, "items")
                .iter()
                .filter_map(|i| entry_id(i, "id"))
                .collect();
            let items: Vec<(String, Option<f64>)> =
                item_ids.iter().map(|i| (i.clone(), value(i))).collect();
            if failed {
                continue;
            }
            let module_row = rows
                .iter()
                .find(|r| r.ids[0] == id && r.ids[1].is_empty())
                .map_or(0, |r| r.row);
            let given = items.iter().filter(|(_, v)| v.is_some()).count();
            if given > 0 && (given < items.len() || points.is_none()) {
                errors.push(GridError {
                    row: module_row,
                    column: Some(*column),
                    message: msg!("book-items-all-or-none"),
                });
                continue;
            }
            let inherited = below.iter().find(|(i, _)| *i == id).map(|(_, e)| e.clone());
            let level = &mut list_mut(sequence, "levels")[index];
            let mine = own(level, Kind::Scoring)
                .iter()
                .position(|e| entry_id(e, "module").as_deref() == Some(id.as_str()));
            let path: &[&str] = &["scoring", "modules"];
            let desired = points.map(|p| {
                let mut entry = vec![
                    ("module".to_string(), Node::Str(id.clone())),
                    ("points".to_string(), Node::from_number(p)),
                ];
                if given > 0 {
                    entry.push((
                        "items".to_string(),
                        Node::Map(
                            items
                                .iter()
                                .map(|(i, v)| (i.clone(), Node::from_number(v.expect("all given"))))
                                .collect(),
                        ),
                    ));
                }
                Node::Map(entry)
            });
            match (mine, desired) {
                (_, None) if inherited.is_some() => errors.push(GridError {
                    row: module_row,
                    column: Some(*column),
                    message: msg!(
                        "book-cannot-drop-inherited",
                        level = level_ids[index - 1].as_str(),
                        was = inherited
                            .as_ref()
                            .and_then(|e| e.get("points"))
                            .and_then(scalar)
                            .unwrap_or_default()
                    ),
                }),
                (Some(i), None) => remove_entry(level, path, i),
                (None, None) => {}
                (Some(i), Some(d)) => {
                    if let Some(Node::Seq(entries)) = at_mut(level, path) {
                        let entry = &mut entries[i];
                        if !entry
                            .get("points")
                            .is_some_and(|p| p.same(d.get("points").expect("set")))
                        {
                            put(entry, &["points"], d.get("points").cloned());
                        }
                        if !entry
                            .get("items")
                            .cloned()
                            .unwrap_or(Node::Null)
                            .same(d.get("items").unwrap_or(&Node::Null))
                        {
                            put(entry, &["items"], d.get("items").cloned());
                        }
                    }
                }
                (None, Some(d)) if inherited.as_ref().is_some_and(|e| same_scoring(e, &d)) => {}
                (None, Some(d)) => push_entry(level, path, d),
            }
        }
    }
    errors
}

fn same_scoring(a: &Node, b: &Node) -> bool {
    let points = |n: &Node| n.get("points").and_then(Node::number);
    let items = |n: &Node| n.get("items").cloned().unwrap_or(Node::Null);
    points(a) == points(b) && items(a).same(&items(b))
}
