//! Cache keys: a SHA-256 of exactly what a renderer receives. Two builds that give an output
//! the same key make it byte for byte the same, so an incremental build carries the earlier
//! file over instead of rendering it again.
//!
//! Nothing here lists which parts of the model an output reads, so nothing can be forgotten:
//! - a PDF's key is its [`Document`] (template kind, data file, date, identifier) with the
//!   Typst templates, the fonts and the PDF profile: what reaches Typst, whole;
//! - the site's key is the renderer's three arguments whole — every theme file, and the
//!   `Debug` text of the `Standard` and the `BuildInfo` (derived, so a new field is in it) —
//!   with the UI strings of the standard's language;
//! - every key starts from rungs' version. Keys are written in manifests, so they must be the
//!   same for the same input on every machine: they hold no hash of the executable. The
//!   build cache itself is dropped when another build of rungs reads it (`publish::cache`).

use sha2::{Digest, Sha256};

use crate::fonts::Fonts;
use crate::model::Standard;
use crate::render::BuildInfo;
use crate::render::pdf::Document;
use crate::theme::Theme;

/// The starting points of one build's keys.
pub struct Keys {
    site: Sha256,
    pdf: Sha256,
}

impl Keys {
    pub fn new(theme: &Theme, fonts: &Fonts, profile: crate::render::pdf::PdfProfile) -> Keys {
        let mut site = Sha256::new();
        site.update(version());
        site.update(b"site\0");
        for (name, bytes) in theme.files() {
            field(&mut site, name.as_bytes());
            field(&mut site, bytes);
        }
        let mut pdf = Sha256::new();
        pdf.update(version());
        pdf.update(b"pdf\0");
        pdf.update([u8::from(profile.archival), u8::from(profile.accessible)]);
        for (name, bytes) in theme.files_under("typst") {
            field(&mut pdf, name.as_bytes());
            field(&mut pdf, bytes);
        }
        let mut last: Option<*const u8> = None;
        for font in &fonts.fonts {
            let data = font.data();
            // The faces of one collection share their bytes: hash them once.
            if last != Some(data.as_ptr()) {
                field(&mut pdf, data.as_slice());
                last = Some(data.as_ptr());
            }
        }
        Keys { site, pdf }
    }

    /// The site's: what `render_site` receives besides the sink.
    pub fn site(&self, standard: &Standard, info: &BuildInfo) -> String {
        let mut h = self.site.clone();
        field(&mut h, format!("{standard:?}").as_bytes());
        field(&mut h, format!("{info:?}").as_bytes());
        for (key, text) in standard.settings.language.strings() {
            field(&mut h, key.as_bytes());
            field(&mut h, text.as_bytes());
        }
        finish(h)
    }

    /// The key of PDFs made together as one unit (a report, the handbook, every sequence's
    /// sheets), with `others`: any further files of the unit, as bytes (a team summary's CSV
    /// and Markdown).
    pub fn pdfs<'d>(
        &self,
        documents: impl IntoIterator<Item = &'d Document>,
        others: &[&[u8]],
    ) -> String {
        let mut h = self.pdf.clone();
        for document in documents {
            let Document {
                kind,
                data,
                date,
                ident,
            } = document;
            field(&mut h, kind.main_file().as_bytes());
            field(&mut h, data.as_bytes());
            field(&mut h, date.to_string().as_bytes());
            field(&mut h, ident.as_bytes());
        }
        for bytes in others {
            field(&mut h, bytes);
        }
        finish(h)
    }
}

/// rungs' version: what every key starts from.
fn version() -> &'static [u8] {
    concat!("rungs ", env!("CARGO_PKG_VERSION"), "\0").as_bytes()
}

/// A length-prefixed field, so that two different sequences of fields never hash alike.
fn field(h: &mut Sha256, bytes: &[u8]) {
    h.update((bytes.len() as u64).to_le_bytes());
    h.update(bytes);
}

fn finish(h: Sha256) -> String {
    crate::publish::hex(&h.finalize())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Date;
    use crate::render::pdf::Kind;

    fn keys(profile: crate::render::pdf::PdfProfile) -> Keys {
        let theme = Theme::new("default", &Default::default(), |f| f.to_string());
        let fonts = Fonts::load(&theme, &[]);
        Keys::new(&theme, &fonts, profile)
    }

    fn report() -> Document {
        Document {
            kind: Kind::Report,
            data: r#"{"name":"林晓峰"}"#.into(),
            date: Date::parse("2024-06-30").unwrap(),
            ident: "rungs-report-E1001-2024H1".into(),
        }
    }

    #[test]
    fn every_part_of_what_typst_receives_is_in_a_pdfs_key() {
        let keys = keys(Default::default());
        let key = |d: &Document, others: &[&[u8]]| keys.pdfs([d], others);
        let same = key(&report(), &[]);
        assert_eq!(same, key(&report(), &[]), "the same input, the same key");
        let mut variants = vec![same.clone()];
        let changes: [fn(&mut Document); 4] = [
            |d| d.kind = Kind::Summary,
            |d| d.data.push(' '),
            |d| d.date = Date::parse("2024-07-01").unwrap(),
            |d| d.ident.push('x'),
        ];
        for change in changes {
            let mut d = report();
            change(&mut d);
            variants.push(key(&d, &[]));
        }
        variants.push(key(&report(), &[b"csv"]));
        for profile in &crate::render::pdf::PdfProfile::ALL[1..] {
            variants.push(self::keys(*profile).pdfs([&report()], &[]));
        }
        let distinct: std::collections::BTreeSet<_> = variants.iter().collect();
        assert_eq!(distinct.len(), variants.len(), "{variants:#?}");
        // Fields are length-prefixed: moving bytes from one field to the next is a change.
        assert_ne!(
            key(&report(), &[b"ab", b"c"]),
            key(&report(), &[b"a", b"bc"])
        );
    }
}
