//! The content files exactly as written, deserialised with source positions (`S<T>`).
//!
//! These types mirror the YAML and reject unknown fields; they are not the model. `check`
//! turns them into the validated model in `crate::model`, resolving references and inheritance.
//!
//! One file per kind of content file; each type is re-exported here, so `raw::RawLevel` is the
//! one path to it.

mod assessment;
mod competency;
mod cycle;
mod level;
mod page;
mod sequence;
mod settings;

use serde::Deserialize;

pub use self::assessment::*;
pub use self::competency::*;
pub use self::cycle::*;
pub use self::level::*;
pub use self::page::*;
pub use self::sequence::*;
pub use self::settings::*;

/// A value with the line and column it was written at: serde-saphyr's `Spanned`, in a type of
/// our own so that the raw types can also describe themselves as JSON Schema (`rungs schema`),
/// where the position is invisible and the value is all an editor sees.
#[derive(Debug, Clone, PartialEq)]
pub struct S<T> {
    pub value: T,
    /// Where the value was used (an alias's use, or the value itself).
    pub referenced: serde_saphyr::Location,
    /// Where the value was written.
    pub defined: serde_saphyr::Location,
}

/// The most characters one text may have (a definition, a behaviour, a piece of evidence):
/// about five printed pages. Names and titles have a tighter budget, `check::NAME_BUDGET`.
pub const TEXT_BUDGET: usize = 10_000;

/// What starts the message of a text over [`TEXT_BUDGET`], so `load` can tell it apart.
pub(crate) const TOO_LONG_MESSAGE: &str = "rungs text budget: ";

impl<'de, T: Deserialize<'de> + 'static> Deserialize<'de> for S<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let spanned = serde_saphyr::Spanned::<T>::deserialize(deserializer)?;
        // Every text of every file passes here: the one place to bound them all.
        if let Some(text) = (&spanned.value as &dyn std::any::Any).downcast_ref::<String>()
            && text.len() > TEXT_BUDGET
        {
            let chars = text.chars().count();
            if chars > TEXT_BUDGET {
                return Err(serde::de::Error::custom(format!(
                    "{TOO_LONG_MESSAGE}{chars}"
                )));
            }
        }
        Ok(S {
            value: spanned.value,
            referenced: spanned.referenced,
            defined: spanned.defined,
        })
    }
}

impl<T: schemars::JsonSchema> schemars::JsonSchema for S<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        T::schema_name()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        T::schema_id()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        T::json_schema(generator)
    }
}
