//! JSON Schema for every kind of content file, generated from the raw types (`load::raw`) with
//! their doc comments as descriptions, for editors: with the YAML extension of VS Code (and any
//! editor speaking the YAML language server), a file carrying its schema line completes field
//! names, shows what each means and marks misspelt ones as the author types.
//!
//! Draft-07, which the YAML language server understands. `rungs schema` writes these files;
//! `rungs init` writes them beside a new project; the sample content points at them.

use schemars::JsonSchema;
use schemars::generate::SchemaSettings;

use super::raw::{
    RawApplicationList, RawAssessment, RawCompetency, RawCycle, RawFrontMatter, RawSequence,
    RawSettings,
};

/// A kind of content file and its schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemaKind {
    Settings,
    Competency,
    Sequence,
    Assessment,
    PageFrontMatter,
    Cycle,
    Applications,
}

impl SchemaKind {
    pub const ALL: [SchemaKind; 7] = [
        SchemaKind::Settings,
        SchemaKind::Competency,
        SchemaKind::Sequence,
        SchemaKind::Assessment,
        SchemaKind::PageFrontMatter,
        SchemaKind::Cycle,
        SchemaKind::Applications,
    ];

    /// The schema's file name.
    pub fn file_name(self) -> &'static str {
        match self {
            SchemaKind::Settings => "settings.schema.json",
            SchemaKind::Competency => "competency.schema.json",
            SchemaKind::Sequence => "sequence.schema.json",
            SchemaKind::Assessment => "assessment.schema.json",
            SchemaKind::PageFrontMatter => "page.schema.json",
            SchemaKind::Cycle => "cycle.schema.json",
            SchemaKind::Applications => "applications.schema.json",
        }
    }

    /// Which files it describes, as the schema's title says it.
    fn title(self) -> &'static str {
        match self {
            SchemaKind::Settings => "rungs settings (rungs.yaml)",
            SchemaKind::Competency => "rungs competency (competencies/<id>.yaml)",
            SchemaKind::Sequence => "rungs sequence (sequences/<id>.yaml)",
            SchemaKind::Assessment => {
                "rungs assessment record (assessments/<cycle>/<employee-id>.yaml)"
            }
            SchemaKind::PageFrontMatter => {
                "rungs page front matter (pages/<id>.md, between the --- lines)"
            }
            SchemaKind::Cycle => "rungs cycle settings (assessments/<cycle>/cycle.yaml)",
            SchemaKind::Applications => {
                "rungs applications (assessments/<cycle>/applications.yaml)"
            }
        }
    }

    /// The kind of a content file, by its path relative to the content folder (`/`-separated);
    /// `None` for files that have no schema (themes, fonts, assets).
    pub fn of(path: &str) -> Option<SchemaKind> {
        let parts: Vec<&str> = path.split('/').collect();
        let yaml = path.ends_with(".yaml") || path.ends_with(".yml");
        match parts.as_slice() {
            ["rungs.yaml"] => Some(SchemaKind::Settings),
            ["competencies", _] if yaml => Some(SchemaKind::Competency),
            ["sequences", _] if yaml => Some(SchemaKind::Sequence),
            ["assessments", _, "cycle.yaml"] => Some(SchemaKind::Cycle),
            ["assessments", _, "applications.yaml" | "applications.yml"] => {
                Some(SchemaKind::Applications)
            }
            ["assessments", _, _] if yaml => Some(SchemaKind::Assessment),
            ["pages", _] if path.ends_with(".md") => Some(SchemaKind::PageFrontMatter),
            _ => None,
        }
    }

    /// The schema, as pretty JSON ending in a newline (deterministic: keys are sorted).
    pub fn json(self) -> String {
        let schema = match self {
            SchemaKind::Settings => generate::<RawSettings>(),
            SchemaKind::Competency => generate::<RawCompetency>(),
            SchemaKind::Sequence => generate::<RawSequence>(),
            SchemaKind::Assessment => generate::<RawAssessment>(),
            SchemaKind::PageFrontMatter => generate::<RawFrontMatter>(),
            SchemaKind::Cycle => generate::<RawCycle>(),
            SchemaKind::Applications => generate::<RawApplicationList>(),
        };
        let mut value = schema.to_value();
        value["title"] = self.title().into();
        serde_json::to_string_pretty(&value).expect("a schema serialises") + "\n"
    }

    /// The comment that points the YAML language server at this schema, for a file at `path`
    /// (relative to the content folder) when the schemas are in `schemas/` beside the content
    /// folder: `# yaml-language-server: $schema=../../schemas/competency.schema.json`.
    pub fn editor_line(self, path: &str) -> String {
        let depth = path.split('/').count();
        format!(
            "# yaml-language-server: $schema={}schemas/{}",
            "../".repeat(depth),
            self.file_name()
        )
    }
}

fn generate<T: JsonSchema>() -> schemars::Schema {
    SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<T>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_follow_the_folders() {
        assert_eq!(SchemaKind::of("rungs.yaml"), Some(SchemaKind::Settings));
        assert_eq!(
            SchemaKind::of("competencies/x.yaml"),
            Some(SchemaKind::Competency)
        );
        assert_eq!(
            SchemaKind::of("assessments/2024H2/E1.yaml"),
            Some(SchemaKind::Assessment)
        );
        assert_eq!(SchemaKind::of("themes/default/site.css"), None);
        assert_eq!(
            SchemaKind::Assessment.editor_line("assessments/2024H2/E1.yaml"),
            "# yaml-language-server: $schema=../../../schemas/assessment.schema.json"
        );
        assert_eq!(
            SchemaKind::Settings.editor_line("rungs.yaml"),
            "# yaml-language-server: $schema=../schemas/settings.schema.json"
        );
    }

    #[test]
    fn schemas_are_draft_07_with_descriptions_and_no_unknown_fields() {
        let settings: serde_json::Value =
            serde_json::from_str(&SchemaKind::Settings.json()).unwrap();
        assert_eq!(
            settings["$schema"],
            "http://json-schema.org/draft-07/schema#"
        );
        assert_eq!(settings["additionalProperties"], false);
        let edition = &settings["properties"]["edition"]["description"];
        assert!(
            edition.as_str().unwrap().contains("edition name"),
            "{edition}"
        );
        assert!(
            settings["required"]
                .as_array()
                .unwrap()
                .contains(&"title".into())
        );
    }
}
