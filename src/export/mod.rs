//! `rungs export`: the validated standard as data for other systems.
