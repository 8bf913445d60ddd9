//! Every word rungs says, in the user's language. The words live in Fluent files
//! (<https://projectfluent.org>), one per language, in `themes/default/locales/` (embedded in
//! the binary): the documents' UI strings, diagnostics, command output and `--help`. Fluent
//! because translators and HR can edit it without reading Rust, and it carries plurals and
//! arguments (`{ $count -> [one] … *[other] … }`), which key-value YAML cannot.
//!
//! A project overrides any string key by key with `themes/<theme>/locales/<language>.ftl`, and
//! adds a language with one such file; a string its file lacks comes from the base language
//! (the bundled language of the same family, else English). [`Language`] is a resolved chain
//! of those files, cheap to copy and to pass wherever the language went before.

mod choose;
mod files;
mod message;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use choose::{Choice, choose, from_env};
pub use files::{LocaleFile, LocaleProblem, ProjectLocales};
pub use message::{Arg, Message};

/// The bundled locale files, by language tag. The first is the base of last resort.
const BUNDLED: [(&str, &str); 2] = [
    ("en", include_str!("../../themes/default/locales/en.ftl")),
    (
        "zh-CN",
        include_str!("../../themes/default/locales/zh-CN.ftl"),
    ),
];

/// One locale file read: its messages, for formatting, and each as text with its placeables
/// as `{name}` holes, for templates.
struct Layer {
    bundle: FluentBundle<FluentResource>,
    /// Keys and texts live as long as the layer, which lives for the process.
    plain: HashMap<&'static str, &'static str>,
}

impl Layer {
    fn new(tag: &str, source: &str) -> Layer {
        // A file with syntax errors still gives the messages that parse; `check` reports the
        // errors with their line and column.
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
        let ids: Vec<String> = files::message_ids(&resource);
        let language = tag
            .parse()
            .unwrap_or_else(|_| "en".parse().expect("a language tag"));
        let mut bundle = FluentBundle::new_concurrent(vec![language]);
        bundle.set_use_isolating(false);
        // A key given twice keeps its first text; `check` reports the second.
        let _ = bundle.add_resource(resource);
        let mut holes = FluentArgs::new();
        for name in files::variables(source) {
            holes.set(name.to_string(), format!("{{{name}}}"));
        }
        let plain = ids
            .into_iter()
            .filter_map(|id| {
                let pattern = bundle.get_message(&id)?.value()?;
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&holes), &mut errors);
                Some((leak(&id), leak(&text)))
            })
            .collect();
        Layer { bundle, plain }
    }

    fn say(&self, key: &str, args: Option<&FluentArgs>) -> Option<String> {
        let pattern = self.bundle.get_message(key)?.value()?;
        let mut errors = Vec::new();
        Some(
            self.bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned(),
        )
    }
}

fn leak(text: &str) -> &'static str {
    Box::leak(text.to_string().into_boxed_str())
}

/// A language: its tag and the chain of locale files that speak it, first match wins.
struct Locale {
    layers: Vec<&'static Layer>,
    /// Tells apart two chains for one tag (the project's overrides differ).
    fingerprint: u64,
    /// The templates' strings, made on first use: every page and PDF reads them.
    strings: OnceLock<BTreeMap<&'static str, &'static str>>,
}

/// A language rungs speaks, with the project's overrides: copy it freely.
#[derive(Clone, Copy)]
pub struct Language {
    tag: &'static str,
    locale: &'static Locale,
}

impl PartialEq for Language {
    fn eq(&self, other: &Self) -> bool {
        self.tag == other.tag && self.locale.fingerprint == other.locale.fingerprint
    }
}

impl Eq for Language {}

impl fmt::Debug for Language {
    /// The tag, and which overrides: the Debug text feeds the build's cache keys.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}#{:016x}", self.tag, self.locale.fingerprint)
    }
}

impl serde::Serialize for Language {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.tag)
    }
}

fn bundled_layer(tag: &str) -> Option<&'static Layer> {
    static LAYERS: OnceLock<Vec<(&'static str, &'static Layer)>> = OnceLock::new();
    LAYERS
        .get_or_init(|| {
            BUNDLED
                .iter()
                .map(|(tag, source)| (*tag, &*Box::leak(Box::new(Layer::new(tag, source)))))
                .collect()
        })
        .iter()
        .find(|(t, _)| *t == tag)
        .map(|(_, layer)| *layer)
}

/// The tags of the bundled languages.
pub fn bundled_tags() -> impl Iterator<Item = &'static str> {
    BUNDLED.iter().map(|(tag, _)| *tag)
}

/// The language a file for `tag` falls back to: the bundled language itself, else the bundled
/// one of the same family (`zh-TW` → `zh-CN`), else English.
pub fn base_of(tag: &str) -> &'static str {
    let family = |t: &str| {
        t.split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase()
    };
    bundled_tags()
        .find(|t| *t == tag)
        .or_else(|| bundled_tags().find(|t| family(t) == family(tag)))
        .unwrap_or(BUNDLED[0].0)
}

impl Language {
    pub fn en() -> Language {
        Language::bundled("en").expect("English is bundled")
    }

    pub fn zh_cn() -> Language {
        Language::bundled("zh-CN").expect("zh-CN is bundled")
    }

    /// A bundled language without any project's overrides.
    pub fn bundled(tag: &str) -> Option<Language> {
        bundled_layer(tag)?;
        Some(Language::resolve(tag, &ProjectLocales::default()))
    }

    /// `tag` with the project's locale files laid over the bundled ones. A tag neither
    /// bundled nor in the project speaks its base language (`check` reports it).
    pub fn resolve(tag: &str, project: &ProjectLocales) -> Language {
        let base = base_of(tag);
        let mut chain: Vec<(&str, Option<&str>)> = Vec::new();
        for t in [tag, base, BUNDLED[0].0] {
            if chain.iter().any(|(seen, _)| *seen == t) {
                continue;
            }
            chain.push((t, project.source(t)));
        }
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        tag.hash(&mut hasher);
        chain.hash(&mut hasher);
        let fingerprint = hasher.finish();
        static INTERNED: OnceLock<Mutex<HashMap<u64, Language>>> = OnceLock::new();
        let mut interned = INTERNED
            .get_or_init(Default::default)
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if let Some(language) = interned.get(&fingerprint) {
            return *language;
        }
        let mut layers = Vec::new();
        for (t, source) in &chain {
            if let Some(source) = source {
                layers.push(&*Box::leak(Box::new(Layer::new(t, source))));
            }
            layers.extend(bundled_layer(t));
        }
        let language = Language {
            tag: leak(tag),
            locale: Box::leak(Box::new(Locale {
                layers,
                fingerprint,
                strings: OnceLock::new(),
            })),
        };
        interned.insert(fingerprint, language);
        language
    }

    /// The language tag, as `<html lang>` and the settings write it: `zh-CN`, `en`.
    pub fn tag(self) -> &'static str {
        self.tag
    }

    /// The string `key` with its placeables as `{name}` holes; empty for a key no locale
    /// file has (a test holds the code and templates to the files).
    pub fn get(self, key: &str) -> &'static str {
        self.locale
            .layers
            .iter()
            .find_map(|layer| layer.plain.get(key).copied())
            .unwrap_or("")
    }

    /// Whether any file of the chain has `key`.
    pub fn has(self, key: &str) -> bool {
        self.locale
            .layers
            .iter()
            .any(|layer| layer.plain.contains_key(key))
    }

    /// `message` in this language; its key itself when no locale file has it.
    pub fn say(self, message: &Message) -> String {
        if let Some(text) = message.as_verbatim() {
            return text.to_string();
        }
        let mut args = FluentArgs::new();
        for (name, value) in &message.args {
            let value: FluentValue = match value {
                Arg::Text(text) => text.clone().into(),
                Arg::Number(n) => (*n).into(),
                Arg::Message(m) => self.say(m).into(),
                Arg::List(items) => items.join(self.get("list_sep")).into(),
            };
            args.set(*name, value);
        }
        self.locale
            .layers
            .iter()
            .find_map(|layer| layer.say(message.key, Some(&args)))
            .unwrap_or_else(|| message.key.to_string())
    }

    /// The strings templates read as `t.<key>`, by key, as [`Language::get`] gives them: the
    /// documents' snake_case keys only. The command line's kebab-case messages (most of the
    /// file) would only weigh down every PDF's data file and the cache keys.
    pub fn strings(self) -> &'static BTreeMap<&'static str, &'static str> {
        self.locale.strings.get_or_init(|| {
            let mut all = BTreeMap::new();
            for layer in self.locale.layers.iter().rev() {
                for (key, text) in &layer.plain {
                    if is_template_key(key) {
                        all.insert(*key, *text);
                    }
                }
            }
            all
        })
    }
}

/// A key a template can name (`t.edition`): letters, digits and `_`.
fn is_template_key(key: &str) -> bool {
    key.chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Every key of a bundled language's own file.
pub fn bundled_keys(tag: &str) -> BTreeSet<&'static str> {
    bundled_layer(tag)
        .map(|layer| layer.plain.keys().copied().collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests;

/// Shared so a layer can be handed to threads rendering in parallel.
#[allow(dead_code)]
fn assert_send_sync() {
    fn is<T: Send + Sync>() {}
    is::<Language>();
    is::<Arc<Language>>();
}
