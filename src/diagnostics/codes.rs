//! The registry of diagnostic codes: each code's name (stable, documented in README.md), its
//! severity and a one-line description. A diagnostic can only be raised with a code from here,
//! so the severity of a kind of problem is decided once.

use super::Severity::{self, Error, Warning};

/// A kind of problem rungs reports.
#[derive(Debug, PartialEq, Eq)]
pub struct Code {
    pub name: &'static str,
    pub severity: Severity,
    pub summary: &'static str,
}

macro_rules! codes {
    ($($id:ident = $name:literal, $severity:ident, $summary:literal;)*) => {
        $(
            #[doc = $summary]
            pub static $id: Code = Code { name: $name, severity: $severity, summary: $summary };
        )*
        /// Every code, in the order README.md lists them.
        pub static ALL: &[&Code] = &[$(&$id),*];
    };
}

codes! {
    YAML_SYNTAX = "yaml-syntax", Error, "the file is not valid YAML";
    YAML_LIMIT = "yaml-limit", Error, "nesting over 32 levels, over 1,000 aliases or another parser budget exceeded";
    MULTIPLE_DOCUMENTS = "multiple-documents", Error, "a YAML file holds a second document";
    EMPTY_FILE = "empty-file", Error, "a content file holds nothing";
    EMPTY_CONTENT = "empty-content", Error, "the content folder is empty";
    MISSING_SETTINGS = "missing-settings", Error, "there is no rungs.yaml";
    NOT_UTF8 = "not-utf8", Error, "a file is not UTF-8";
    FILE_TOO_LARGE = "file-too-large", Error, "a content file is over 1 MiB (a theme file over 8 MiB, a font over 32 MiB)";
    TOO_LONG = "too-long", Error, "a text over its budget: 200 characters for a name or title, 10,000 for any other text, 255 bytes for a file name made from a name";
    CONTROL_CHARACTER = "control-character", Error, "a name or title holding NUL or another control character (a tab, a line break)";
    TOO_MANY = "too-many", Error, "more items than a standard or a record may hold (the budgets in docs/scale.md)";
    MISSING_FRONT_MATTER = "missing-front-matter", Error, "a Markdown page does not start with `---` front matter";
    UNCLOSED_FRONT_MATTER = "unclosed-front-matter", Error, "a page's front matter is never closed";
    UNKNOWN_FIELD = "unknown-field", Error, "a field the format does not have (with a suggestion)";
    MISSING_FIELD = "missing-field", Error, "a required field is missing";
    UNREADABLE_SHEET = "unreadable-sheet", Error, "a roster or applications sheet that cannot be read (its format, encoding or size)";
    MISSING_COLUMN = "missing-column", Error, "a roster or applications sheet without a column it needs (the employee id, the name, the level)";
    BAD_CELL = "bad-cell", Error, "a roster or applications cell rungs cannot read: a date, a number, a value not on its list";
    DUPLICATE_PERSON = "duplicate-person", Error, "one employee id on two rows of a roster";
    UNKNOWN_PERSON = "unknown-person", Error, "an application, a manager or a record naming someone the cycle's roster does not hold";
    CONTRADICTS_ROSTER = "contradicts-roster", Error, "a record saying otherwise than the cycle's roster about the same person";
    DUPLICATE_KEY = "duplicate-key", Error, "a key appears twice in one mapping";
    WRONG_TYPE = "wrong-type", Error, "a value of the wrong type";
    UNKNOWN_VALUE = "unknown-value", Error, "a value outside the allowed list";
    INVALID_ID = "invalid-id", Error, "an id that is not a valid permalink";
    UNSAFE_ID = "unsafe-id", Error, "an employee id or cycle that is not a safe file name";
    RESERVED_ID = "reserved-id", Error, "an id that names a page rungs generates (such as a level `index` or `compare`)";
    DUPLICATE_ID = "duplicate-id", Error, "two definitions share an id";
    DUPLICATE_RECORD = "duplicate-record", Error, "two records for one employee and cycle";
    DUPLICATE_REQUIREMENT = "duplicate-requirement", Error, "a level requires one competency twice";
    OUTPUT_COLLISION = "output-collision", Error, "two outputs would be written to one path (or paths differing only by case)";
    EMPTY_VALUE = "empty-value", Error, "a required text is empty";
    INVALID_DATE = "invalid-date", Error, "a date that is not YYYY-MM-DD or does not exist";
    INVALID_URL = "invalid-url", Error, "`base_url` is not an absolute http(s) URL";
    UNKNOWN_CATEGORY = "unknown-category", Error, "a competency names a category rungs.yaml does not list";
    UNKNOWN_COMPETENCY = "unknown-competency", Error, "a reference to a competency that does not exist";
    UNKNOWN_SEQUENCE = "unknown-sequence", Error, "a record names a sequence that does not exist";
    UNKNOWN_LEVEL = "unknown-level", Error, "a record names a level its sequence does not have";
    UNKNOWN_MODULE = "unknown-module", Error, "a reference to a scoring module that does not exist";
    UNKNOWN_ITEM = "unknown-item", Error, "a reference to a scoring item that does not exist";
    UNKNOWN_CONTRIBUTION_KIND = "unknown-contribution-kind", Error, "a contribution kind rungs.yaml does not list";
    UNKNOWN_RATING = "unknown-rating", Error, "a performance rating outside `performance_ratings`";
    LEVEL_NUMBERING = "level-numbering", Error, "graded levels not numbered 1, 2, 3 … in order";
    NO_LEVELS = "no-levels", Error, "a competency or sequence without levels";
    LEVEL_OUT_OF_RANGE = "level-out-of-range", Error, "a competency level outside its graded range";
    POINTS_MISMATCH = "points-mismatch", Error, "item points that do not add up to the module's points";
    TOTAL_MISMATCH = "total-mismatch", Error, "module points that do not add up to `total`";
    PASS_OUT_OF_RANGE = "pass-out-of-range", Error, "a pass mark outside 0 and the level's total";
    MISSING_ITEM = "missing-item", Error, "a level gives no points to an item of its module";
    SCORE_OUT_OF_RANGE = "score-out-of-range", Error, "a score outside 0 and the points it is worth";
    OUT_OF_RANGE = "out-of-range", Error, "a number outside its allowed range";
    WRONG_RATER = "wrong-rater", Error, "a rating by the wrong person for its role: a self rating by someone else, the employee rating themselves in another role, a manager rating not by the record's manager";
    DUPLICATE_RATER = "duplicate-rater", Error, "one rater gives two ratings in the same role on one record";
    PANEL_TOO_SMALL = "panel-too-small", Error, "an item the panel rates with fewer judges than `ratings.min_panel`";
    TYPED_TWICE = "typed-twice", Error, "a record gives its own value for an item its ratings decide";
    UNKNOWN_DECISION_ITEM = "unknown-decision-item", Error, "a calibration decision names an item that is not written `competencies.ID`, `behaviours.ID`, `scores.MODULE[.ITEM]` or that the record does not hold";
    STALE_DECISION = "stale-decision", Error, "a calibration decision's `from` is not the value the item has before it";
    MANAGER_ON_PANEL = "manager-on-panel", Warning, "a panel judge who is the employee's manager";
    DIVERGENT_RATINGS = "divergent-ratings", Warning, "counting raters differ on an item by the standard's divergence threshold or more, and no calibration decision settles it";
    CALENDAR_ORDER = "calendar-order", Error, "a cycle's dates out of order: the application window, review, 公示, appeal deadline and effective date follow one another";
    APPEAL_DATES = "appeal-dates", Error, "an appeal submitted after the deadline or before the 公示, decided before it was submitted, or decided without a date";
    REVIEWER_NOT_RECUSED = "reviewer-not-recused", Error, "an appeal reviewer who rated, managed, assessed or calibrated the record";
    APPEAL_CHANGES = "appeal-changes", Error, "a rejected or pending appeal that changes items";
    OUTSIDE_CYCLE = "outside-cycle", Warning, "a record dated outside its cycle's application window and review";
    UNKNOWN_ROLE = "unknown-role", Error, "a rating or a weight names a role that is neither built in (self, manager, panel, peer) nor declared in `ratings.roles`";
    WRONG_SCORE_SHAPE = "wrong-score-shape", Error, "one number for a module scored per item, or the reverse";
    EXAM_IN_SCORES = "exam-in-scores", Error, "the written exam given under `scores:`";
    EXAM_WITH_ITEMS = "exam-with-items", Error, "an exam module with items";
    SEVERAL_EXAMS = "several-exams", Error, "a sequence with more than one exam module";
    INCOMPLETE_RULE = "incomplete-rule", Error, "`no_consecutive` without `rating`, or the reverse";
    CONFLICTING_FIELDS = "conflicting-fields", Error, "two fields that exclude each other (`levels` and `standard`, `kind` and `kinds`, `deduct` and `table`, an exam module scored from KPIs)";
    UNKNOWN_ACTIVITY = "unknown-activity", Error, "a reference to a behaviour-standard activity that does not exist";
    NO_CRITERION = "no-criterion", Error, "a level requires an activity with no criterion at or below it";
    UNKNOWN_POSITION = "unknown-position", Error, "a reference to a position that does not exist";
    UNKNOWN_MANAGER = "unknown-manager", Error, "a manager given by id alone that is no assessed employee's id";
    MANAGER_MISMATCH = "manager-mismatch", Error, "one manager id with two names or two emails";
    REPORTING_LOOP = "reporting-loop", Error, "a chain of managers that comes back to where it started";
    BAD_EMAIL = "bad-email", Error, "a manager's email that is not one address";
    POSITION_LEVEL = "position-level", Error, "a record's level outside its position's range, or a range the wrong way round";
    UNKNOWN_KPI = "unknown-kpi", Error, "a reference to a KPI that does not exist";
    KPI_RULE = "kpi-rule", Error, "a KPI scoring rule that cannot be applied (no target, no weight, a band worth more than the weight, bands out of order)";
    UNKNOWN_TITLE = "unknown-title", Error, "a professional title not on `professional_titles`";
    UNKNOWN_REFERENCE = "unknown-reference", Error, "a record's value for a reference item that does not exist or does not read the record";
    WRONG_ASSESSMENT_SHAPE = "wrong-assessment-shape", Error, "`level` for a one-line standard or `met` for a graded competency";
    NO_TARGET_LEVEL = "no-target-level", Error, "a record with neither `applied_level` nor `current_level`";
    LOCALE_SYNTAX = "locale-syntax", Error, "a project locale file (`themes/<theme>/locales/<language>.ftl`) that is not valid Fluent";
    UNKNOWN_LOCALE_KEY = "unknown-locale-key", Error, "a project locale file sets a key rungs does not have (with a suggestion)";
    LOWER_THAN_BELOW = "lower-than-below", Warning, "a requirement, condition or pass mark lower than at the level below";
    KEY_DROPPED = "key-dropped", Warning, "an override that leaves out `key` on a requirement key at the level below (it becomes normal)";
    NEVER_FIRES = "never-fires", Warning, "a performance rule that can never fail (`no_consecutive` greater than `last`)";
    SKIPS_LEVELS = "skips-levels", Warning, "an application two or more levels above the current level (越级: allowed, flagged)";
    NOT_ASSESSED = "not-assessed", Warning, "a required competency or activity the record does not assess (counts as unmet)";
    NOT_REQUIRED = "not-required", Warning, "a record assesses a competency its level does not require";
    MISSING_SCORE = "missing-score", Warning, "a scoring module, item or KPI result the record does not give (counts as 0)";
    INELIGIBLE_APPLICATION = "ineligible-application", Warning, "an application for a level whose basic conditions the applicant does not meet on the screening date";
    UNAPPLIED_RECORD = "unapplied-record", Warning, "a record for a level its employee did not apply for, in a cycle that takes applications";
    MISSING_FACT = "missing-fact", Warning, "a condition the record gives no fact for (counts as unmet)";
    UNKNOWN_CONDITION = "unknown-condition", Warning, "a fact for a condition the level does not have";
    NO_EXAM_MODULE = "no-exam-module", Warning, "a written exam score for a level without an exam module";
    APPLIES_BELOW_CURRENT = "applies-below-current", Warning, "a record applies for a level below its current one";
    FILE_NAME_MISMATCH = "file-name-mismatch", Warning, "a file named differently from the id it holds";
    CYCLE_FOLDER_MISMATCH = "cycle-folder-mismatch", Warning, "a record in a folder named after another cycle";
    MISPLACED_FILE = "misplaced-file", Warning, "a content file where rungs does not read";
    SYMLINK = "symlink", Warning, "a symbolic link in the content (not followed)";
    RECORDS_IGNORED = "records-ignored", Warning, "`assessments/` in the content folder is ignored because `--records` names another folder";
    NO_BEHAVIOURS = "no-behaviours", Warning, "a graded level without behaviours";
    PLAN_OVERDUE = "plan-overdue", Warning, "a plan item past its due date (against the newest assessment) with no status";
    UNKNOWN_EDITION = "unknown-edition", Warning, "a record assessed against an edition that is neither the current one nor a tagged one";
    NO_EDITION_IN_FORCE = "no-edition-in-force", Warning, "a record naming no edition, dated before every edition known took effect (the current one stands in)";
    CYCLE_ORDER = "cycle-order", Warning, "an employee's cycle dated before the cycle before it";
    MISSING_GLYPH = "missing-glyph", Warning, "a character no font can draw (a blank box in PDFs)";
    INCOMPLETE_LOCALE = "incomplete-locale", Warning, "a project's new language leaves keys to its base language";
}

/// The code named `name`, if there is one.
pub fn find(name: &str) -> Option<&'static Code> {
    ALL.iter().copied().find(|c| c.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_kebab_case() {
        let mut names: Vec<&str> = ALL.iter().map(|c| c.name).collect();
        assert!(names.iter().all(|n| {
            n.chars()
                .all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit())
        }));
        names.sort();
        names.dedup();
        assert_eq!(names.len(), ALL.len());
        assert_eq!(find("unknown-field"), Some(&UNKNOWN_FIELD));
    }
}
