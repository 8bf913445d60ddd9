//! A cell and a record's value, both ways: the cell a pre-filled sheet shows for a value, and
//! the value a cell gives (or why it cannot, in the content's language).

use super::{Column, Field, Kind};
use crate::interchange::node::Node;
use crate::interchange::sheet::Cell;
use crate::interchange::values;
use crate::model::Language;
use crate::render::words::yes_no_words;

impl Column {
    /// The record's value for this column, as a cell (for pre-filled sheets).
    pub fn cell_of(&self, record: &Node, language: Language) -> Cell {
        let path: Vec<&str> = self.key.split('.').collect();
        let Some(node) = record.at(&path) else {
            return Cell::Empty;
        };
        let node = match &self.field {
            // One-line standards may be written `{ met: true }` or `{ level: 1 }`.
            Field::Competency { one_line: true, .. } => {
                match (node.get("met"), node.get("level")) {
                    (Some(Node::Bool(b)), _) => return yes_no_cell(*b, language),
                    (_, Some(level)) => {
                        return level
                            .number()
                            .map_or(Cell::Empty, |n| yes_no_cell(n >= 1.0, language));
                    }
                    _ => return Cell::Empty,
                }
            }
            Field::Competency { .. } => node.get("level").unwrap_or(&Node::Null),
            Field::Behaviour(_) => node.get("met").unwrap_or(&Node::Null),
            _ => node,
        };
        match (node, &self.kind) {
            (Node::Bool(b), _) => yes_no_cell(*b, language),
            (Node::Int(_) | Node::Float(_), _) => Cell::Number(node.number().unwrap_or_default()),
            (Node::Str(s), Kind::Date) => values::date(s).map_or_else(
                || Cell::Text(s.clone()),
                |d| Cell::Date(values::date_serial(d)),
            ),
            // Shown by name, as the drop-down offers it; the import takes either.
            (Node::Str(s), Kind::Choice(options)) => Cell::Text(
                options
                    .iter()
                    .find(|(id, _)| id == s)
                    .map_or_else(|| s.clone(), |(_, name)| name.clone()),
            ),
            (Node::Str(s), Kind::SequenceLevel(levels)) => Cell::Text(
                levels
                    .iter()
                    .find(|(id, _, _)| id == s)
                    .map_or_else(|| s.clone(), |(_, name, _)| name.clone()),
            ),
            (Node::Str(s), _) => Cell::Text(s.clone()),
            (Node::Seq(items), _) => Cell::Text(
                items
                    .iter()
                    .filter_map(|i| {
                        i.text()
                            .map(str::to_string)
                            .or_else(|| i.number().map(values::number_text))
                    })
                    .collect::<Vec<_>>()
                    .join(if matches!(self.kind, Kind::Ratings(_)) {
                        " "
                    } else {
                        "、"
                    }),
            ),
            _ => Cell::Empty,
        }
    }

    /// The value a cell gives this column, or why it cannot. An empty cell gives nothing.
    pub fn value(&self, cell: &Cell, language: Language) -> Result<Option<Node>, String> {
        if cell.is_blank() {
            return Ok(None);
        }
        let text = values::normalise(&cell.shown());
        let zh = language.tag() == "zh-CN"; // TODO(locale)
        let node = match &self.kind {
            Kind::Text => Node::Str(text),
            Kind::Date => {
                let date = match cell {
                    Cell::Date(serial) | Cell::Number(serial) => values::serial_date(*serial),
                    _ => values::date(&text),
                };
                Node::Str(
                    date.ok_or_else(|| {
                        if zh {
                            "不是日期；请写成 2024-12-12"
                        } else {
                            "is not a date; write it as 2024-12-12"
                        }
                        .to_string()
                    })?
                    .to_string(),
                )
            }
            Kind::Number { max } => number(cell, &text, *max, zh)?,
            Kind::Level { max } => {
                let level = match cell {
                    Cell::Number(n) if n.fract() == 0.0 && *n >= 0.0 => Some(*n as u32),
                    _ => values::whole(&text),
                }
                .filter(|l| l <= max)
                .ok_or_else(|| {
                    if zh {
                        format!("不是有效的等级；请填 0 到 {max} 的整数")
                    } else {
                        format!("is not a level; write a whole number from 0 to {max}")
                    }
                })?;
                Node::Int(i64::from(level))
            }
            Kind::YesNo => Node::Bool(match cell {
                Cell::Bool(b) => *b,
                _ => values::yes_no(&text).ok_or_else(|| {
                    if zh {
                        "请填“是”或“否”"
                    } else {
                        "write yes or no"
                    }
                    .to_string()
                })?,
            }),
            Kind::Choice(options) => choice(&text, options, zh)?,
            Kind::SequenceLevel(levels) => {
                let forms: Vec<(&str, &str, &str)> = levels
                    .iter()
                    .map(|(id, name, title)| (id.as_str(), name.as_str(), title.as_str()))
                    .collect();
                let found = values::level(&text, &forms).ok_or_else(|| level_help(&forms, zh))?;
                Node::Str(levels[found].0.clone())
            }
            Kind::List => Node::Seq(values::list(&text).into_iter().map(Node::Str).collect()),
            Kind::Ratings(scale) => ratings(&text, scale, zh)?,
        };
        Ok(Some(node))
    }
}

/// A number from 0 to `max` (or any not negative without one).
fn number(cell: &Cell, text: &str, max: Option<f64>, zh: bool) -> Result<Node, String> {
    let n = match cell {
        Cell::Number(n) => Some(*n),
        _ => values::number(text),
    }
    .ok_or_else(|| {
        if zh {
            "不是数字"
        } else {
            "is not a number"
        }
        .to_string()
    })?;
    let top = max.unwrap_or(f64::INFINITY);
    if n < 0.0 || n > top {
        return Err(match (zh, &max) {
            (true, Some(m)) => {
                format!("超出范围；请填 0 到 {} 之间的数", values::number_text(*m))
            }
            (false, Some(m)) => format!(
                "is out of range; write a number from 0 to {}",
                values::number_text(*m)
            ),
            (true, None) => "不能为负数".to_string(),
            (false, None) => "must not be negative".to_string(),
        });
    }
    Ok(Node::from_number(n))
}

/// One of `options` (id, name), by either, case-insensitively; gives the id.
fn choice(text: &str, options: &[(String, String)], zh: bool) -> Result<Node, String> {
    let folded = text.to_lowercase();
    let found = options.iter().find(|(id, name)| {
        id.to_lowercase() == folded || values::normalise(name).to_lowercase() == folded
    });
    Ok(Node::Str(
        found
            .ok_or_else(|| {
                let list = options
                    .iter()
                    .map(|(id, name)| {
                        if id == name {
                            id.clone()
                        } else {
                            format!("{name}（{id}）")
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(if zh { "、" } else { ", " });
                if zh {
                    format!("不是可选值；可填：{list}")
                } else {
                    format!("is not one of: {list}")
                }
            })?
            .0
            .clone(),
    ))
}

/// Performance ratings on `scale`, oldest first.
fn ratings(text: &str, scale: &[String], zh: bool) -> Result<Node, String> {
    let ratings = values::ratings(text, scale);
    if let Some(bad) = ratings.iter().find(|r| !scale.contains(r)) {
        return Err(if zh {
            format!(
                "“{bad}”不是绩效等级；可填 {}，由远及近，用逗号或空格分开",
                scale.join("、")
            )
        } else {
            format!(
                "`{bad}` is not a rating; write {} oldest first, separated by commas or spaces",
                scale.join(", ")
            )
        });
    }
    Ok(Node::Seq(ratings.into_iter().map(Node::Str).collect()))
}

/// Why a cell is no level: the forms a level may be written in, from the sequence's own.
fn level_help(levels: &[(&str, &str, &str)], zh: bool) -> String {
    let list = levels
        .iter()
        .map(|(id, name, _)| {
            if zh {
                format!("{name}（{id}）")
            } else {
                format!("{name} ({id})")
            }
        })
        .collect::<Vec<_>>()
        .join(if zh { "、" } else { ", " });
    let example = levels
        .iter()
        .find(|(_, name, _)| values::whole(name).is_some())
        .or(levels.first());
    let forms = match example {
        Some((id, name, title)) => {
            let number = values::whole(name)
                .map(|n| format!("{n}、{n}级、"))
                .unwrap_or_default();
            let number = if zh {
                number
            } else {
                number.replace('、', ", ")
            };
            if zh {
                format!("；写法可为 {number}{name}、{id} 或 {name} {title}")
            } else {
                format!("; it may be written {number}{name}, {id} or {name} {title}")
            }
        }
        None => String::new(),
    };
    if zh {
        format!("不是本序列的级别；可填：{list}{forms}")
    } else {
        format!("is not a level of the sequence; write one of: {list}{forms}")
    }
}

fn yes_no_cell(b: bool, language: Language) -> Cell {
    let (yes, no) = yes_no_words(language);
    Cell::Text(if b { yes } else { no }.to_string())
}
