//! Checking a certificate (`rungs verify`): its serial must be one the records give, a file
//! must be byte for byte the certificate rungs renders for that serial (so any edit shows),
//! and whether it is in force is read on a date, never the clock.

use super::build::Build;
use crate::evaluate::certification::{self, Certificate, Held};
use crate::model::Date;
use crate::render::RenderError;
use crate::render::pdf::document;

/// What a check of a certificate found.
pub enum Verification<'a> {
    /// Genuine, and the person's certification in force on the date.
    InForce(Held<'a>),
    /// Genuine, but no longer in force on the date: expired, suspended, revoked, or replaced by
    /// a later certification (the person's current one, if any, beside it).
    NotInForce(Certificate<'a>, Option<Held<'a>>),
    /// No certificate the records give has this serial, or the file is not the one rungs
    /// renders for it.
    NotGenuine(NotGenuine),
}

pub enum NotGenuine {
    UnknownSerial(String),
    NoSerial,
    Altered(String),
}

/// The serial a certificate PDF carries in its keywords.
pub fn serial_of(pdf: &[u8]) -> Option<String> {
    let doc = lopdf::Document::load_mem(pdf).ok()?;
    let info = doc.trailer.get(b"Info").ok()?;
    let info = doc.dereference(info).ok()?.1.as_dict().ok()?;
    let keywords = info.get(b"Keywords").ok()?;
    let text = match keywords {
        lopdf::Object::String(bytes, _) => lopdf::decode_text_string(keywords)
            .ok()
            .or_else(|| String::from_utf8(bytes.clone()).ok())?,
        _ => return None,
    };
    text.split([',', ';', ' '])
        .map(str::trim)
        .find(|s| !s.is_empty())
        .map(str::to_string)
}

impl<'a> Build<'a> {
    /// Checks `serial` (and `file`, the PDF it was read from, when given) on `on`.
    pub fn verify(
        &self,
        serial: &str,
        file: Option<&[u8]>,
        on: Date,
    ) -> Result<Verification<'a>, RenderError> {
        let evaluations = self.evaluations();
        let records = &self.model.records;
        let standard = &self.model.standard;
        let Some(found) = certification::certificates(standard, records, &evaluations)
            .into_iter()
            .find(|c| c.serial == serial)
        else {
            return Ok(Verification::NotGenuine(NotGenuine::UnknownSerial(
                serial.to_string(),
            )));
        };
        if let Some(bytes) = file {
            let calendar = records
                .people
                .get(&found.record.cycle)
                .map(|c| c.calendar.clone())
                .unwrap_or_default();
            let view = crate::render::after::certificate(standard, &calendar, &found);
            let doc = document::certificate(standard, &view, found.effective);
            // A certificate rendered as PDF/A or PDF/UA is as genuine as the plain one.
            let mut genuine = false;
            for profile in crate::render::pdf::PdfProfile::ALL {
                let renderer =
                    crate::render::pdf::PdfRenderer::new(self.theme, self.fonts.clone(), profile)?;
                if renderer.pdf(&doc)? == bytes {
                    genuine = true;
                    break;
                }
            }
            if !genuine {
                return Ok(Verification::NotGenuine(NotGenuine::Altered(
                    serial.to_string(),
                )));
            }
        }
        let held = certification::held_on(standard, records, &evaluations, on)
            .remove(&found.record.employee_id);
        Ok(match held {
            Some(h) if h.certificate.serial == found.serial && h.status.in_force() => {
                Verification::InForce(h)
            }
            other => Verification::NotInForce(found, other),
        })
    }
}
