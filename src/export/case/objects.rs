//! The CASE 1.1 objects of a package, named as the JSON names them.

use serde::Serialize;
use serde_json::Value;

#[derive(Serialize)]
pub(super) struct Package {
    #[serde(rename = "CFDocument")]
    pub(super) document: Document,
    #[serde(rename = "CFItems")]
    pub(super) items: Vec<Item>,
    #[serde(rename = "CFAssociations")]
    pub(super) associations: Vec<Association>,
    #[serde(rename = "CFDefinitions")]
    pub(super) definitions: Definitions,
    #[serde(rename = "CFRubrics")]
    pub(super) rubrics: Vec<Rubric>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Document {
    pub(super) identifier: String,
    pub(super) uri: String,
    pub(super) framework_type: &'static str,
    pub(super) case_version: &'static str,
    pub(super) creator: String,
    pub(super) title: String,
    pub(super) last_change_date_time: String,
    #[serde(rename = "officialSourceURL", skip_serializing_if = "Option::is_none")]
    pub(super) official_source_url: Option<String>,
    pub(super) publisher: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) description: Option<String>,
    pub(super) language: &'static str,
    pub(super) version: String,
    pub(super) adoption_status: &'static str,
    pub(super) status_start_date: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) notes: Option<String>,
    pub(super) extensions: Value,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Item {
    pub(super) identifier: String,
    pub(super) uri: String,
    pub(super) full_statement: String,
    pub(super) abbreviated_statement: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) alternative_label: Option<String>,
    #[serde(rename = "CFItemType")]
    pub(super) item_type: &'static str,
    #[serde(rename = "CFItemTypeURI")]
    pub(super) item_type_uri: Link,
    pub(super) human_coding_scheme: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) list_enumeration: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) notes: Option<String>,
    pub(super) language: &'static str,
    pub(super) last_change_date_time: String,
    pub(super) extensions: Value,
}

/// A reference to a node: `LinkURIDType` and `LinkGenURIDType` share these fields.
#[derive(Serialize, Clone)]
pub(super) struct Link {
    pub(super) title: String,
    pub(super) identifier: String,
    pub(super) uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Association {
    pub(super) identifier: String,
    pub(super) association_type: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) sequence_number: Option<u32>,
    pub(super) uri: String,
    #[serde(rename = "originNodeURI")]
    pub(super) origin: Link,
    #[serde(rename = "destinationNodeURI")]
    pub(super) destination: Link,
    pub(super) last_change_date_time: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) extensions: Option<Value>,
}

#[derive(Serialize)]
pub(super) struct Definitions {
    #[serde(rename = "CFItemTypes")]
    pub(super) item_types: Vec<ItemType>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct ItemType {
    pub(super) identifier: String,
    pub(super) uri: String,
    pub(super) title: &'static str,
    pub(super) description: &'static str,
    pub(super) hierarchy_code: String,
    pub(super) type_code: &'static str,
    pub(super) last_change_date_time: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Rubric {
    pub(super) identifier: String,
    pub(super) uri: String,
    pub(super) title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) description: Option<String>,
    pub(super) last_change_date_time: String,
    #[serde(rename = "CFRubricCriteria")]
    pub(super) criteria: Vec<Criterion>,
    pub(super) extensions: Value,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Criterion {
    pub(super) identifier: String,
    pub(super) uri: String,
    pub(super) category: String,
    pub(super) description: String,
    #[serde(rename = "CFItemURI")]
    pub(super) item: Link,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) weight: Option<f64>,
    pub(super) position: u32,
    pub(super) rubric_id: String,
    pub(super) last_change_date_time: String,
    #[serde(
        rename = "CFRubricCriterionLevels",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub(super) levels: Vec<CriterionLevel>,
    pub(super) extensions: Value,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct CriterionLevel {
    pub(super) identifier: String,
    pub(super) uri: String,
    pub(super) description: String,
    pub(super) quality: String,
    pub(super) score: f64,
    pub(super) position: u32,
    pub(super) rubric_criterion_id: String,
    pub(super) last_change_date_time: String,
}
