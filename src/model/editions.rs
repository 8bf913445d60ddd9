//! Which edition of the standard a record belongs to. A verdict follows the edition in force
//! when the employee was assessed (the handbook's 附则 says so), so a later edition never
//! rewrites an earlier verdict: the edition the record names, or else the edition in force on
//! its date. `check` validates a record against that edition and every output that states a
//! verdict evaluates it there. Pure: the tagged editions come from git, read elsewhere.

use super::{Assessment, Date, Standard};

/// An edition of the standard held by a git tag.
#[derive(Debug, Clone)]
pub struct Edition {
    /// The settings' `edition` at the tag (第01版).
    pub name: String,
    /// The tag (v1).
    pub tag: String,
    /// The tag's commit, shortened: what outputs evaluated against it are stamped with.
    pub commit: String,
    pub standard: Standard,
}

/// The tagged editions, oldest tag first. Empty outside git or without tags.
#[derive(Debug, Clone, Default)]
pub struct Editions {
    list: Vec<Edition>,
}

/// Where a record's edition is: the current standard (the content being built) or a tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pin {
    Current,
    /// An index into [`Editions`].
    Tagged(usize),
}

/// How a record's edition was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// The record names it (`edition:`, by name or tag).
    Named,
    /// The record names none: the edition in force on its date.
    InForce,
    /// The record names an edition neither current nor tagged: the current one stands in.
    Unknown,
    /// The record names none and is dated before every edition known took effect: the current
    /// one stands in.
    BeforeEvery,
}

/// The edition a record belongs to, and how it was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Belonging {
    pub pin: Pin,
    pub basis: Basis,
}

/// The current edition as the rule sees it: its name and effective date.
#[derive(Debug, Clone, Copy)]
pub struct CurrentEdition<'a> {
    pub name: &'a str,
    pub effective: Date,
}

impl Editions {
    /// `list` oldest tag first.
    pub fn new(list: Vec<Edition>) -> Editions {
        Editions { list }
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Edition> {
        self.list.iter()
    }

    pub fn get(&self, index: usize) -> &Edition {
        &self.list[index]
    }

    /// The edition a name or a tag stands for; of two tags carrying one name, the later.
    pub fn find(&self, key: &str) -> Option<usize> {
        self.list
            .iter()
            .rposition(|e| e.tag == key)
            .or_else(|| self.list.iter().rposition(|e| e.name == key))
    }

    /// The edition a record belongs to (see README, "Records and editions"):
    ///
    /// - the edition it names, by name or tag — the current one when the name is the current
    ///   edition's;
    /// - naming none, the edition in force on its date: of the current edition and the tagged
    ///   ones, the one with the latest effective date not after `date` (the current one first
    ///   among equals, then the later tag); a tagged edition carrying the current edition's
    ///   name is the current one;
    /// - otherwise the current edition stands in ([`Basis::Unknown`], [`Basis::BeforeEvery`]),
    ///   and `check` warns.
    pub fn belonging(
        &self,
        current: CurrentEdition<'_>,
        named: Option<&str>,
        date: Date,
    ) -> Belonging {
        let pin = |pin, basis| Belonging { pin, basis };
        if let Some(name) = named {
            return if name == current.name {
                pin(Pin::Current, Basis::Named)
            } else {
                match self.find(name) {
                    Some(i) if self.list[i].name == current.name => pin(Pin::Current, Basis::Named),
                    Some(i) => pin(Pin::Tagged(i), Basis::Named),
                    None => pin(Pin::Current, Basis::Unknown),
                }
            };
        }
        let mut best: Option<(Date, Pin)> =
            (current.effective <= date).then_some((current.effective, Pin::Current));
        for (i, e) in self.list.iter().enumerate() {
            let effective = e.standard.settings.effective_date;
            if e.name == current.name || effective > date {
                continue;
            }
            // Strictly later only: the current edition wins ties, and a later tag wins over an
            // earlier one (it is visited later, and replaces it on an equal date).
            let better = match best {
                None => true,
                Some((d, Pin::Current)) => effective > d,
                Some((d, Pin::Tagged(_))) => effective >= d,
            };
            if better {
                best = Some((effective, Pin::Tagged(i)));
            }
        }
        match best {
            Some((_, p)) => pin(p, Basis::InForce),
            None => pin(Pin::Current, Basis::BeforeEvery),
        }
    }

    /// The earliest effective date of any edition known, with its name: what a record dated
    /// before it is told.
    pub fn earliest<'a>(&'a self, current: CurrentEdition<'a>) -> (&'a str, Date) {
        self.list
            .iter()
            .filter(|e| e.name != current.name)
            .map(|e| (e.name.as_str(), e.standard.settings.effective_date))
            .chain([(current.name, current.effective)])
            .min_by_key(|(_, d)| *d)
            .expect("the current edition is always there")
    }

    /// The standard `a` belongs to, and its tagged edition when it is not the current one.
    pub fn standard_of<'s>(
        &'s self,
        current: &'s Standard,
        a: &Assessment,
    ) -> (&'s Standard, Option<&'s Edition>) {
        let settings = &current.settings;
        let belonging = self.belonging(
            CurrentEdition {
                name: &settings.edition,
                effective: settings.effective_date,
            },
            a.edition.as_deref(),
            a.date,
        );
        match belonging.pin {
            Pin::Current => (current, None),
            Pin::Tagged(i) => (&self.list[i].standard, Some(&self.list[i])),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Date {
        Date::parse(s).expect("date")
    }

    fn edition(name: &str, tag: &str, effective: &str) -> Edition {
        let mut settings = crate::model::Settings::for_tests();
        settings.edition = name.into();
        settings.effective_date = date(effective);
        let standard = Standard::new(settings, vec![], vec![], vec![], vec![], vec![]);
        Edition {
            name: name.into(),
            tag: tag.into(),
            commit: format!("{tag}-commit"),
            standard,
        }
    }

    fn current(name: &str, effective: &str) -> CurrentEdition<'static> {
        CurrentEdition {
            name: Box::leak(name.to_string().into_boxed_str()),
            effective: date(effective),
        }
    }

    #[test]
    fn a_record_belongs_to_the_edition_it_names_or_the_one_in_force_on_its_date() {
        let editions = Editions::new(vec![
            edition("第01版", "v1", "2013-10-10"),
            edition("第02版", "v2", "2024-07-01"),
        ]);
        let now = current("第03版", "2025-01-01");
        let at = |named: Option<&str>, d: &str| editions.belonging(now, named, date(d));
        let tagged = |i, basis| Belonging {
            pin: Pin::Tagged(i),
            basis,
        };
        assert_eq!(at(Some("第01版"), "2025-06-01"), tagged(0, Basis::Named));
        assert_eq!(at(Some("v2"), "2014-01-01"), tagged(1, Basis::Named));
        assert_eq!(at(Some("第03版"), "2014-01-01").pin, Pin::Current);
        assert_eq!(at(Some("第09版"), "2014-01-01").basis, Basis::Unknown);
        // In force on the day: the effective date itself belongs to the new edition.
        assert_eq!(at(None, "2024-06-30"), tagged(0, Basis::InForce));
        assert_eq!(at(None, "2024-07-01"), tagged(1, Basis::InForce));
        assert_eq!(at(None, "2024-12-31"), tagged(1, Basis::InForce));
        assert_eq!(at(None, "2025-01-01").pin, Pin::Current);
        assert_eq!(at(None, "2012-01-01").basis, Basis::BeforeEvery);
        assert_eq!(editions.earliest(now), ("第01版", date("2013-10-10")));
    }

    #[test]
    fn the_working_tree_stands_for_its_own_edition_and_later_tags_win_ties() {
        // v2 was tagged and the working tree still carries 第02版 (edits not yet tagged).
        let editions = Editions::new(vec![
            edition("第01版", "v1", "2013-10-10"),
            edition("第02版", "v2", "2024-07-01"),
            edition("第02版修订", "v2.1", "2024-07-01"),
        ]);
        let now = current("第02版", "2024-07-01");
        assert_eq!(
            editions.belonging(now, Some("v2"), date("2024-08-01")).pin,
            Pin::Current
        );
        assert_eq!(
            editions.belonging(now, None, date("2024-08-01")).pin,
            Pin::Current
        );
        let later = current("第03版", "2030-01-01");
        assert_eq!(
            editions.belonging(later, None, date("2024-08-01")).pin,
            Pin::Tagged(2)
        );
        // Without tags, the current edition is in force from its effective date.
        let none = Editions::default();
        assert_eq!(
            none.belonging(now, None, date("2024-08-01")).basis,
            Basis::InForce
        );
        assert_eq!(
            none.belonging(now, None, date("2020-01-01")).basis,
            Basis::BeforeEvery
        );
    }
}
