//! Assessment sheets: templates written for HR to fill in, and filled-in sheets (xlsx, xls,
//! ods, csv) imported as records. One list of columns, derived from the standard
//! (`columns`), serves both, so a pre-filled sheet imported unchanged changes nothing.

pub mod apply;
pub mod calibration;
pub mod columns;
pub mod import;
pub mod node;
pub mod ratings;
pub mod standard;
pub mod template;

// Reading and writing cells is shared with the roster's loader, one layer down.
pub use crate::spreadsheet as sheet;
pub use crate::spreadsheet::values;
