//! The sheets of the standard workbook that are plain tables: one row per entity of the
//! content files (a category, a competency, one of its levels, a sequence, a level, a KPI …),
//! one column per field, each field a path in the entity's YAML and a way to show it in a
//! cell. The same list writes the workbook and reads it back, so an unchanged row is an
//! unchanged entity.

use crate::interchange::node::Node;
use crate::spreadsheet::Cell;

/// Where a table's entities live.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Home {
    /// In `rungs.yaml`.
    Settings,
    /// One `competencies/<id>.yaml` each.
    Competency,
    /// One `sequences/<id>.yaml` each.
    Sequence,
}

impl Home {
    pub fn folder(self) -> Option<&'static str> {
        match self {
            Home::Settings => None,
            Home::Competency => Some("competencies"),
            Home::Sequence => Some("sequences"),
        }
    }
}

/// How a field shows in a cell, and reads back.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Codec {
    /// Text as it is (Markdown allowed).
    Text,
    /// A list of texts, one per line of the cell.
    Lines,
    /// A number.
    Number,
    /// A whole number, 0 or more.
    Whole,
    /// 是 / 否.
    Bool,
    /// One of fixed values, shown by the locale's word for each (`<prefix><value>`).
    Choice(&'static str, &'static [&'static str]),
    /// A list of ids, `a, b`.
    Ids,
    /// A contribution requirement's `kind` (one id) or `kinds` (several, `a, b`); the
    /// field's path is the entity itself.
    Kinds,
    /// A category of rungs.yaml, shown by name.
    Category,
    /// The development suggestions of one 70/20/10 kind, one per line.
    Suggestions(&'static str),
    /// Level id → text, one `id: text` per line.
    Criteria,
    /// A KPI's scoring table, one `from: points` band per line, best first.
    Bands,
    /// Competency requirements, one `name level★` per line.
    Requirements,
    /// Basic-condition alternatives, one `学历=本科，工作年限=3` per line.
    Alternatives,
    /// Conditions judged by the assessors, one text per line (their ids kept by position).
    Judged,
}

/// A column of a table.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    /// The header's locale key is `book_col_<key>`; its note's `book_note_<key>`, if any.
    pub key: &'static str,
    /// The path within the entity.
    pub path: &'static [&'static str],
    pub codec: Codec,
    /// A field of the entity's parent (a module's name on its items' rows): written on the
    /// parent's first row; a blank cell on the others says nothing.
    pub parent: bool,
    /// A level's field inherited from the level below: the cell shows the value in effect; a
    /// value equal to the inherited one is not written out again.
    pub inherited: bool,
}

const fn f(key: &'static str, path: &'static [&'static str], codec: Codec) -> Field {
    Field {
        key,
        path,
        codec,
        parent: false,
        inherited: false,
    }
}

const fn parent(key: &'static str, path: &'static [&'static str], codec: Codec) -> Field {
    Field {
        key,
        path,
        codec,
        parent: true,
        inherited: false,
    }
}

const fn inherited(key: &'static str, path: &'static [&'static str], codec: Codec) -> Field {
    Field {
        key,
        path,
        codec,
        parent: false,
        inherited: true,
    }
}

/// A table of entities.
#[derive(Debug)]
pub struct Table {
    /// The sheet's name is the locale's `book_sheet_<key>`; its guide line `book_about_<key>`.
    pub key: &'static str,
    pub home: Home,
    /// The lists from the file's root down to the entity, each with the key naming its
    /// entries: `[("levels", "id")]` is a sequence's levels.
    pub chain: &'static [(&'static str, &'static str)],
    pub fields: &'static [Field],
}

pub const EDUCATION: &[&str] = &[
    "high-school",
    "associate",
    "bachelor",
    "master",
    "doctorate",
];
const DIRECTION: &[&str] = &["higher", "lower"];
const SOURCE: &[&str] = &["record", "performance", "kpi"];

/// Every plain table, in the order the workbook shows them and an import applies them
/// (categories before the competencies that name them).
pub const TABLES: &[Table] = &[
    Table {
        key: "settings",
        home: Home::Settings,
        chain: &[],
        fields: &[
            f("standard_title", &["title"], Codec::Text),
            f("organisation", &["organisation"], Codec::Text),
            f("edition", &["edition"], Codec::Text),
            f("effective_date", &["effective_date"], Codec::Text),
            f("issued", &["issued"], Codec::Text),
            f("owner", &["owner"], Codec::Text),
            f("serial", &["serial"], Codec::Text),
            f("edition_notes", &["edition_notes"], Codec::Text),
        ],
    },
    Table {
        key: "categories",
        home: Home::Settings,
        chain: &[("categories", "id")],
        fields: &[
            f("name", &["name"], Codec::Text),
            f("description", &["description"], Codec::Text),
        ],
    },
    Table {
        key: "kinds",
        home: Home::Settings,
        chain: &[("contribution_kinds", "id")],
        fields: &[
            f("name", &["name"], Codec::Text),
            f("description", &["description"], Codec::Text),
        ],
    },
    Table {
        key: "competencies",
        home: Home::Competency,
        chain: &[],
        fields: &[
            f("name", &["name"], Codec::Text),
            f("category", &["category"], Codec::Category),
            f("definition", &["definition"], Codec::Text),
            f("key_points", &["key_points"], Codec::Lines),
            f("standard", &["standard"], Codec::Text),
        ],
    },
    Table {
        key: "competency_levels",
        home: Home::Competency,
        chain: &[("levels", "level")],
        fields: &[
            f("level_title", &["title"], Codec::Text),
            f("behaviours", &["behaviours"], Codec::Lines),
            f(
                "on_the_job",
                &["suggestions"],
                Codec::Suggestions("on-the-job"),
            ),
            f(
                "from_others",
                &["suggestions"],
                Codec::Suggestions("from-others"),
            ),
            f("course", &["suggestions"], Codec::Suggestions("course")),
        ],
    },
    Table {
        key: "sequences",
        home: Home::Sequence,
        chain: &[],
        fields: &[
            f("name", &["name"], Codec::Text),
            f("order", &["order"], Codec::Number),
            f("description", &["description"], Codec::Text),
        ],
    },
    Table {
        key: "levels",
        home: Home::Sequence,
        chain: &[("levels", "id")],
        fields: &[
            f("name", &["name"], Codec::Text),
            f("title", &["title"], Codec::Text),
            f("positioning", &["positioning"], Codec::Text),
            inherited(
                "education",
                &["conditions", "education"],
                Codec::Choice("edu_", EDUCATION),
            ),
            inherited(
                "experience_years",
                &["conditions", "experience_years"],
                Codec::Number,
            ),
            inherited(
                "years_in_level",
                &["conditions", "years_in_level"],
                Codec::Number,
            ),
            inherited(
                "training_hours",
                &["conditions", "training_hours"],
                Codec::Number,
            ),
            inherited(
                "certifications",
                &["conditions", "certifications"],
                Codec::Lines,
            ),
            inherited("major", &["conditions", "major"], Codec::Lines),
            inherited("professional_title", &["conditions", "title"], Codec::Text),
            inherited(
                "performance_last",
                &["conditions", "performance", "last"],
                Codec::Whole,
            ),
            inherited(
                "performance_no_consecutive",
                &["conditions", "performance", "no_consecutive"],
                Codec::Whole,
            ),
            inherited(
                "performance_rating",
                &["conditions", "performance", "rating"],
                Codec::Text,
            ),
            inherited(
                "performance_at_least",
                &["conditions", "performance", "at_least"],
                Codec::Text,
            ),
            inherited("any_of", &["conditions", "any_of"], Codec::Alternatives),
            f("other", &["conditions", "other"], Codec::Judged),
            f("knowledge", &["knowledge"], Codec::Lines),
            f("responsibilities", &["responsibilities"], Codec::Lines),
            inherited("pass", &["scoring", "pass"], Codec::Number),
            inherited("total", &["scoring", "total"], Codec::Number),
        ],
    },
    Table {
        key: "contributions",
        home: Home::Sequence,
        chain: &[("levels", "id"), ("contributions", "")],
        fields: &[
            f("kinds", &[], Codec::Kinds),
            f("count", &["count"], Codec::Whole),
            f("within", &["within"], Codec::Whole),
        ],
    },
    Table {
        key: "modules",
        home: Home::Sequence,
        chain: &[("scoring_modules", "id"), ("items", "id")],
        fields: &[
            parent("module_name", &["name"], Codec::Text),
            parent("module_description", &["description"], Codec::Text),
            parent("exam", &["exam"], Codec::Bool),
            parent("kpi", &["kpi"], Codec::Bool),
            f("item_name", &["name"], Codec::Text),
            f("item_description", &["description"], Codec::Text),
        ],
    },
    Table {
        key: "kpis",
        home: Home::Sequence,
        chain: &[("kpis", "id")],
        fields: &[
            f("name", &["name"], Codec::Text),
            f("formula", &["formula"], Codec::Text),
            f("description", &["description"], Codec::Text),
            f("unit", &["unit"], Codec::Text),
            f(
                "direction",
                &["direction"],
                Codec::Choice("book_direction_", DIRECTION),
            ),
            f("target", &["target"], Codec::Number),
            f("weight", &["weight"], Codec::Number),
            f("deduct_step", &["scoring", "deduct", "step"], Codec::Number),
            f(
                "deduct_points",
                &["scoring", "deduct", "points"],
                Codec::Number,
            ),
            f("bands", &["scoring", "table"], Codec::Bands),
        ],
    },
    Table {
        key: "positions",
        home: Home::Sequence,
        chain: &[("positions", "id")],
        fields: &[
            f("name", &["name"], Codec::Text),
            f("from", &["levels", "from"], Codec::Text),
            f("to", &["levels", "to"], Codec::Text),
            f("description", &["description"], Codec::Text),
            f("responsibilities", &["responsibilities"], Codec::Lines),
            f("position_kpis", &["kpis"], Codec::Ids),
            f("extra", &["competencies"], Codec::Requirements),
        ],
    },
    Table {
        key: "references",
        home: Home::Sequence,
        chain: &[("reference_items", "id")],
        fields: &[
            f("name", &["name"], Codec::Text),
            f("description", &["description"], Codec::Text),
            f("source", &["source"], Codec::Choice("source_", SOURCE)),
        ],
    },
    Table {
        key: "behaviour_standards",
        home: Home::Sequence,
        chain: &[("behaviour_standards", "id"), ("activities", "id")],
        fields: &[
            parent("module_name", &["name"], Codec::Text),
            parent("module_description", &["description"], Codec::Text),
            f("activity_name", &["name"], Codec::Text),
            f("criteria", &["criteria"], Codec::Criteria),
        ],
    },
];

/// The order keys take in the content files, for a key an import adds to a mapping.
pub const KEY_ORDER: &[&str] = &[
    "id",
    "competency",
    "activity",
    "module",
    "kind",
    "kinds",
    "level",
    "name",
    "title",
    "organisation",
    "edition",
    "effective_date",
    "issued",
    "edition_notes",
    "owner",
    "serial",
    "category",
    "order",
    "from",
    "to",
    "description",
    "definition",
    "key_points",
    "standard",
    "formula",
    "unit",
    "direction",
    "target",
    "weight",
    "source",
    "positioning",
    "conditions",
    "education",
    "experience_years",
    "years_in_level",
    "training_hours",
    "certifications",
    "performance",
    "last",
    "no_consecutive",
    "rating",
    "at_least",
    "other",
    "major",
    "any_of",
    "exam",
    "kpi",
    "behaviours",
    "suggestions",
    "text",
    "responsibilities",
    "kpis",
    "knowledge",
    "competencies",
    "key",
    "scoring",
    "pass",
    "total",
    "modules",
    "deduct",
    "step",
    "points",
    "table",
    "items",
    "criteria",
    "activities",
    "levels",
    "contributions",
    "count",
    "within",
];

pub fn key_order(_: &[&str]) -> &'static [&'static str] {
    KEY_ORDER
}

/// The text of a scalar as a cell or an id shows it.
pub fn scalar(node: &Node) -> Option<String> {
    match node {
        Node::Str(s) => Some(s.clone()),
        Node::Int(i) => Some(i.to_string()),
        Node::Float(f) => Some(crate::spreadsheet::values::number_text(*f)),
        Node::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// A cell's text, trimmed; `None` when blank.
pub fn cell_text(cell: &Cell) -> Option<String> {
    let text = match cell {
        Cell::Number(n) => crate::spreadsheet::values::number_text(*n),
        other => other.shown(),
    };
    let text = text.replace("\r\n", "\n");
    let trimmed = text.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_string())
}
