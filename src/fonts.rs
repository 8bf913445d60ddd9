//! The fonts of the PDFs: the theme's (compiled in) and the content project's `fonts/` files,
//! parsed once per build and shared by every thread. System fonts are never used, so every
//! machine renders the same PDF. `check` uses them too, to warn of characters no font has.

use typst::foundations::Bytes;
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;

use crate::theme::Theme;

/// Fonts parsed once and shared across threads.
pub struct Fonts {
    pub book: LazyHash<FontBook>,
    pub fonts: Vec<Font>,
    /// The content project's font files (origin, bytes), as [`Fonts::load`] was given them.
    extra: Vec<(String, Bytes)>,
}

impl Fonts {
    /// The theme's fonts, then the content project's `fonts/` files.
    pub fn load(theme: &Theme, extra: &[(String, Vec<u8>)]) -> Fonts {
        let mut fonts = Vec::new();
        let extra: Vec<(String, Bytes)> = extra
            .iter()
            .map(|(origin, bytes)| (origin.clone(), Bytes::new(bytes.clone())))
            .collect();
        let theme_fonts = theme
            .files_under("fonts")
            .map(|(name, bytes)| (format!("theme fonts/{name}"), Bytes::new(bytes.to_vec())));
        for (origin, bytes) in theme_fonts.chain(extra.iter().cloned()) {
            if !(origin.ends_with(".otf")
                || origin.ends_with(".ttf")
                || origin.ends_with(".ttc")
                || origin.ends_with(".otc"))
            {
                continue;
            }
            for font in Font::iter(bytes) {
                fonts.push(font);
            }
        }
        let book = FontBook::from_fonts(&fonts);
        Fonts {
            book: LazyHash::new(book),
            fonts,
            extra,
        }
    }

    /// The content project's font files, as [`Fonts::load`] was given them.
    pub fn extra(&self) -> impl Iterator<Item = (&str, &[u8])> {
        self.extra
            .iter()
            .map(|(origin, bytes)| (origin.as_str(), bytes.as_slice()))
    }

    /// True when some font has a glyph for `c`.
    pub fn covers(&self, c: char) -> bool {
        self.fonts
            .iter()
            .any(|f| f.info().coverage.contains(c as u32))
    }
}
