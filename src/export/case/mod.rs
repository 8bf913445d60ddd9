//! 1EdTech CASE 1.1 packages (`CFPackage`, as the getCFPackage call returns it): one per
//! sequence, for learning platforms and skills registries that import competency frameworks.
//!
//! The mapping (README, "rungs export"): the sequence within the standard is the CFDocument; the
//! sequence, its levels and positions, the competency categories, the competencies it requires
//! and their graded levels are CFItems; `isChildOf` builds the tree, `precedes` orders levels,
//! `hasSkillLevel` links a level (or position) to the graded level of each competency it
//! requires; each level's scoring and the sequence's KPIs are CFRubrics. What CASE has no field
//! for (conditions, pass marks, key flags, behaviour standards, KPI rules) goes in
//! `extensions.rungs`, named as in the `rungs-standard` JSON.
//!
//! Identifiers are UUIDv5 of [`NAMESPACE`] and a stable path (`<organisation>/<title>/<path>`),
//! so an export is the same bytes every time and an item keeps its identifier across editions.
//! Not for records: it takes a [`Standard`] only.
//!
//! `objects.rs` holds the CASE objects, `rubrics.rs` the rubrics; this file builds the rest.

mod objects;
mod rubrics;

use serde_json::{Value, json};
use uuid::Uuid;

use self::objects::{Association, Definitions, Document, Item, ItemType, Link, Package};
use super::json::LevelView;
use crate::model::{Competency, Language, Sequence, Standard, Status};
use crate::urls;

/// The namespace of every identifier rungs gives a CASE object.
pub const NAMESPACE: Uuid = Uuid::from_u128(0xa4df8663_f290_4647_a137_4568b2e5685b);

/// The package of every sequence: (sequence id, JSON bytes), in the standard's order.
pub fn packages(standard: &Standard) -> Vec<(String, Vec<u8>)> {
    standard
        .sequences
        .iter()
        .map(|s| (s.id.clone(), package(standard, s)))
        .collect()
}

/// One sequence's package as pretty-printed JSON with sorted keys, ending in a newline.
pub fn package(standard: &Standard, sequence: &Sequence) -> Vec<u8> {
    let value = serde_json::to_value(Builder::new(standard, sequence).build())
        .expect("the package serialises");
    let mut out = serde_json::to_vec_pretty(&value).expect("a value serialises");
    out.push(b'\n');
    out
}

/// The identifier of the object at `path`: UUIDv5 of [`NAMESPACE`] and
/// `<organisation>/<title>/<path>`.
pub fn identifier(standard: &Standard, path: &str) -> Uuid {
    let s = &standard.settings;
    Uuid::new_v5(
        &NAMESPACE,
        format!("{}/{}/{path}", s.organisation, s.title).as_bytes(),
    )
}

/// The words CASE item types are titled with: scoring, and KPIs.
fn words(language: Language) -> (&'static str, &'static str) {
    (language.get("case_scoring"), language.get("case_kpis"))
}

/// The item types, with (path, title, description).
const ITEM_TYPES: &[(&str, &str, &str)] = &[
    (
        "sequence",
        "Sequence",
        "A qualification sequence (任职资格序列): a career track of levels.",
    ),
    (
        "level",
        "Level",
        "A level of a sequence, with its basic conditions, competency requirements and scoring.",
    ),
    (
        "position",
        "Position",
        "A position (岗位) open over a range of levels of a sequence.",
    ),
    ("category", "Category", "A category of competencies."),
    (
        "competency",
        "Competency",
        "A competency of the dictionary (能力素质词典).",
    ),
    (
        "competency-level",
        "Competency Level",
        "A graded level of a competency, with its behaviours; level 1 of a one-line standard is met.",
    ),
];
struct Builder<'a> {
    standard: &'a Standard,
    sequence: &'a Sequence,
    /// Every object's `lastChangeDateTime`: the edition's effective date.
    changed: String,
    language: &'static str,
    items: Vec<Item>,
    associations: Vec<Association>,
}

impl<'a> Builder<'a> {
    fn new(standard: &'a Standard, sequence: &'a Sequence) -> Self {
        Builder {
            standard,
            sequence,
            changed: format!("{}T00:00:00Z", standard.settings.effective_date),
            language: standard.settings.language.tag(),
            items: Vec::new(),
            associations: Vec::new(),
        }
    }

    fn id(&self, path: &str) -> String {
        identifier(self.standard, path).to_string()
    }

    fn link(&self, path: &str, title: &str) -> Link {
        let identifier = self.id(path);
        Link {
            title: title.to_string(),
            uri: format!("urn:uuid:{identifier}"),
            identifier,
        }
    }

    fn seq(&self, rest: &str) -> String {
        if rest.is_empty() {
            format!("sequences/{}", self.sequence.id)
        } else {
            format!("sequences/{}/{rest}", self.sequence.id)
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn item(
        &mut self,
        path: &str,
        kind: &'static str,
        code: &str,
        abbreviated: &str,
        full: &str,
        enumeration: Option<usize>,
        extensions: Value,
    ) -> Link {
        let link = self.link(path, abbreviated);
        let (type_path, type_title, _) = ITEM_TYPES
            .iter()
            .find(|t| t.0 == kind)
            .expect("a known item type");
        let item_type_uri = self.link(&format!("item-types/{type_path}"), type_title);
        self.items.push(Item {
            identifier: link.identifier.clone(),
            uri: link.uri.clone(),
            full_statement: full.to_string(),
            abbreviated_statement: abbreviated.to_string(),
            alternative_label: None,
            item_type: type_title,
            item_type_uri,
            human_coding_scheme: code.to_string(),
            list_enumeration: enumeration.map(|n| n.to_string()),
            notes: None,
            language: self.language,
            last_change_date_time: self.changed.clone(),
            extensions: json!({ "rungs": extensions }),
        });
        link
    }

    fn associate(
        &mut self,
        kind: &'static str,
        origin: &Link,
        destination: &Link,
        number: Option<u32>,
        extensions: Option<Value>,
    ) {
        let link = self.link(
            &format!(
                "associations/{kind}/{}/{}",
                origin.identifier, destination.identifier
            ),
            "",
        );
        self.associations.push(Association {
            identifier: link.identifier,
            association_type: kind,
            sequence_number: number,
            uri: link.uri,
            origin: origin.clone(),
            destination: destination.clone(),
            last_change_date_time: self.changed.clone(),
            extensions: extensions.map(|e| json!({ "rungs": e })),
        });
    }

    fn build(mut self) -> Package {
        let (standard, sequence) = (self.standard, self.sequence);
        let title = format!("{} · {}", standard.settings.title, sequence.name);
        let document = self.link(&self.seq("document"), &title);
        // The sequence and its levels, lowest first, each preceding the next.
        let sequence_item = self.item(
            &self.seq(""),
            "sequence",
            &sequence.id,
            &sequence.name,
            sequence.description.as_deref().unwrap_or(&sequence.name),
            None,
            json!({ "kind": "sequence", "id": sequence.id, "order": sequence.order }),
        );
        self.associate("isChildOf", &sequence_item, &document, Some(1), None);
        let levels = self.levels(&sequence_item);
        let graded = self.competencies(&document);
        self.level_requirements(&levels, &graded);
        self.positions(&sequence_item, &graded);
        let rubrics = self.rubrics(&levels, &sequence_item);
        Package {
            document: self.document(document, title),
            definitions: Definitions {
                item_types: self.item_types(),
            },
            items: self.items,
            associations: self.associations,
            rubrics,
        }
    }

    /// The sequence's levels under it, lowest first, each preceding the next.
    fn levels(&mut self, sequence_item: &Link) -> Vec<Link> {
        let sequence = self.sequence;
        let mut levels = Vec::new();
        for level in &sequence.levels {
            let view = LevelView::new(level);
            let label = format!("{} {}", level.name, level.title);
            let link = self.item(
                &self.seq(&format!("levels/{}", level.id)),
                "level",
                &level.id,
                &label,
                level.positioning.as_deref().unwrap_or(&label),
                Some(level.rank + 1),
                json!({
                    "kind": "level",
                    "id": level.id,
                    "rank": level.rank,
                    "name": level.name,
                    "title": level.title,
                    "conditions": view.conditions,
                    "knowledge": view.knowledge,
                    "responsibilities": view.responsibilities,
                    "behaviours": view.behaviours,
                    "scoring": view.scoring,
                    "contributions": view.contributions,
                }),
            );
            self.associate(
                "isChildOf",
                &link,
                sequence_item,
                Some(level.rank as u32 + 1),
                None,
            );
            if let Some(previous) = levels.last() {
                self.associate("precedes", previous, &link, None, None);
            }
            levels.push(link);
        }
        levels
    }

    /// The competencies required at a level or by a position, under their categories, with
    /// their whole scale of graded levels: (competency id, its graded levels' links).
    fn competencies(&mut self, document: &Link) -> Vec<(String, Vec<Link>)> {
        let (standard, sequence) = (self.standard, self.sequence);
        let mut used: Vec<&Competency> = standard
            .competencies
            .iter()
            .filter(|c| {
                sequence.required_competencies().contains(&c.id.as_str())
                    || sequence
                        .positions
                        .iter()
                        .any(|p| p.requirements.iter().any(|r| r.competency == c.id))
            })
            .collect();
        used.sort_by_key(|c| standard.categories.iter().position(|k| k.id == c.category));
        let mut categories: Vec<(String, Link)> = Vec::new();
        let mut graded: Vec<(String, Vec<Link>)> = Vec::new();
        for competency in used {
            let category = match categories.iter().find(|(id, _)| *id == competency.category) {
                Some((_, link)) => link.clone(),
                None => {
                    let c = standard
                        .category(&competency.category)
                        .expect("checked category");
                    let link = self.item(
                        &self.seq(&format!("categories/{}", c.id)),
                        "category",
                        &c.id,
                        &c.name,
                        c.description.as_deref().unwrap_or(&c.name),
                        None,
                        json!({ "kind": "category", "id": c.id }),
                    );
                    let number = categories.len() as u32 + 2;
                    self.associate("isChildOf", &link, document, Some(number), None);
                    categories.push((c.id.clone(), link.clone()));
                    link
                }
            };
            let path = self.seq(&format!("competencies/{}", competency.id));
            let link = self.item(
                &path,
                "competency",
                &competency.id,
                &competency.name,
                &competency.definition,
                None,
                json!({
                    "kind": "competency",
                    "id": competency.id,
                    "category": competency.category,
                    "key_points": competency.key_points,
                    "one_line": competency.is_one_line(),
                }),
            );
            let siblings = graded
                .iter()
                .filter(|(id, _)| {
                    standard.competency(id).map(|c| &c.category) == Some(&competency.category)
                })
                .count() as u32;
            self.associate("isChildOf", &link, &category, Some(siblings + 1), None);
            let scale = self.scale(competency, &path, &link);
            graded.push((competency.id.clone(), scale));
        }

        graded
    }

    /// A competency's graded levels under it, each preceding the next (level 1 alone for a
    /// one-line standard, which is met).
    fn scale(&mut self, competency: &Competency, path: &str, link: &Link) -> Vec<Link> {
        let mut scale: Vec<Link> = Vec::new();
        if let Some(line) = &competency.standard {
            let level = self.item(
                &format!("{path}/levels/1"),
                "competency-level",
                &format!("{}.1", competency.id),
                &competency.name,
                line,
                Some(1),
                json!({ "kind": "competency-level", "competency": competency.id, "level": 1, "one_line": true }),
            );
            self.associate("isChildOf", &level, link, Some(1), None);
            scale.push(level);
        }
        for l in &competency.levels {
            let full = if l.behaviours.is_empty() {
                l.title.clone()
            } else {
                l.behaviours.join("\n")
            };
            let level = self.item(
                &format!("{path}/levels/{}", l.level),
                "competency-level",
                &format!("{}.{}", competency.id, l.level),
                &l.title,
                &full,
                Some(l.level as usize),
                json!({
                    "kind": "competency-level",
                    "competency": competency.id,
                    "level": l.level,
                    "behaviours": l.behaviours,
                    "suggestions": l.suggestions,
                }),
            );
            self.associate("isChildOf", &level, link, Some(l.level), None);
            if let Some(previous) = scale.last() {
                self.associate("precedes", previous, &level, None, None);
            }
            scale.push(level);
        }
        scale
    }

    /// Each level's requirements: the graded level required, and whether it is key.
    fn level_requirements(&mut self, levels: &[Link], graded: &[(String, Vec<Link>)]) {
        let sequence = self.sequence;
        for (level, link) in sequence.levels.iter().zip(levels) {
            for (i, r) in level.requirements.iter().enumerate() {
                let target = skill(graded, &r.competency, r.level);
                self.associate(
                    "hasSkillLevel",
                    link,
                    &target,
                    Some(i as u32 + 1),
                    Some(json!({ "competency": r.competency, "level": r.level, "key": r.key })),
                );
            }
        }
    }

    /// Positions, under the sequence, with the requirements they add or raise.
    fn positions(&mut self, sequence_item: &Link, graded: &[(String, Vec<Link>)]) {
        let sequence = self.sequence;
        for (n, position) in sequence.positions.iter().enumerate() {
            let covered: Vec<&str> = sequence
                .levels
                .iter()
                .filter(|l| position.covers(sequence, l))
                .map(|l| l.id.as_str())
                .collect();
            let link = self.item(
                &self.seq(&format!("positions/{}", position.id)),
                "position",
                &position.id,
                &position.name,
                position.description.as_deref().unwrap_or(&position.name),
                None,
                json!({
                    "kind": "position",
                    "id": position.id,
                    "from_level": position.from,
                    "to_level": position.to,
                    "levels": covered,
                    "responsibilities": position.responsibilities,
                    "kpis": position.kpis,
                }),
            );
            self.associate(
                "isChildOf",
                &link,
                sequence_item,
                Some((sequence.levels.len() + n + 1) as u32),
                None,
            );
            for (i, r) in position.requirements.iter().enumerate() {
                let target = skill(graded, &r.competency, r.level);
                self.associate(
                    "hasSkillLevel",
                    &link,
                    &target,
                    Some(i as u32 + 1),
                    Some(json!({ "competency": r.competency, "level": r.level, "key": r.key, "position": true })),
                );
            }
        }
    }

    /// The item types every package defines.
    fn item_types(&self) -> Vec<ItemType> {
        ITEM_TYPES
            .iter()
            .enumerate()
            .map(|(i, (path, title, description))| {
                let link = self.link(&format!("item-types/{path}"), title);
                ItemType {
                    identifier: link.identifier,
                    uri: link.uri,
                    title,
                    description,
                    hierarchy_code: (i + 1).to_string(),
                    type_code: path,
                    last_change_date_time: self.changed.clone(),
                }
            })
            .collect()
    }

    /// The CFDocument: the standard's edition and status, for this sequence.
    fn document(&self, document: Link, title: String) -> Document {
        let (settings, sequence) = (&self.standard.settings, self.sequence);
        Document {
            identifier: document.identifier,
            uri: document.uri,
            framework_type: "Competency Framework",
            case_version: "1.1",
            creator: settings.organisation.clone(),
            title,
            last_change_date_time: self.changed.clone(),
            official_source_url: official_url(settings.base_url.as_deref(), sequence),
            publisher: settings.owner.clone(),
            description: sequence.description.clone(),
            language: self.language,
            version: settings.edition.clone(),
            adoption_status: match settings.status {
                Status::Draft => "Draft",
                Status::Published => "Adopted",
                Status::Superseded => "Deprecated",
            },
            status_start_date: settings.effective_date.to_string(),
            notes: settings.edition_notes.clone(),
            extensions: json!({ "rungs": {
                "standard": settings.title,
                "edition": settings.edition,
                "effective_date": settings.effective_date.to_string(),
                "issued": settings.issued.map(|d| d.to_string()),
                "serial": settings.serial,
                "status": settings.status,
                "sequence": sequence.id,
                "performance_ratings": settings.performance_ratings,
                "professional_titles": settings.professional_titles,
            }}),
        }
    }
}

/// The sequence's page on the handbook site, when the settings give its address.
/// The link to the graded level `level` of `competency` (level 1 of a one-line standard).
fn skill(graded: &[(String, Vec<Link>)], competency: &str, level: u32) -> Link {
    graded
        .iter()
        .find(|(id, _)| id == competency)
        .and_then(|(_, scale)| scale.get(level.max(1) as usize - 1))
        .cloned()
        .expect("a required competency level exists")
}

fn official_url(base: Option<&str>, sequence: &Sequence) -> Option<String> {
    let base = base?;
    let base = if base.ends_with('/') {
        base.to_string()
    } else {
        format!("{base}/")
    };
    let url = url::Url::parse(&base)
        .ok()?
        .join(urls::sequence(&sequence.id).as_str())
        .ok()?;
    Some(url.to_string())
}
