//! Page filling for the printed standard, from the laid-out pages of a first pass: the handbook
//! breaks a page early where a page would otherwise hold only the tail of a section, and each
//! one-page sheet (一纸禅) sets its type to fill its page. Typst lays out once more with these
//! measures (`tuning.json`, read by `handbook.typ` and `sheets.typ`); a document that needs
//! neither is laid out once.

use serde::Serialize;

use super::layout::{Layout, Mark};

/// No page but the last may have its body span less than this share of the page.
pub const MIN_SPAN: f64 = 0.2;
/// A page broken early keeps at least this share, and the page it feeds gets at least this.
const KEEP_SPAN: f64 = 0.25;
/// A page fed by an early break stays under this share, so it does not run over in turn.
const MAX_FED_SPAN: f64 = 0.8;
/// A sheet's type scale, within readable bounds: 9 pt at 1, 12 pt at most, about 7.5 pt at
/// least (the scale is kept to two decimals, 0.83).
const MAX_SCALE: f64 = 4.0 / 3.0;
const MIN_SCALE: f64 = 5.0 / 6.0;
/// The share of its room a sheet's content aims at; the spacing between sections takes the
/// rest.
const SHEET_TARGET: f64 = 0.93;
/// The contents are set no smaller than this share of their size.
const MIN_CONTENTS_SCALE: f64 = 0.85;
/// Passes at most, the first included.
pub const PASSES: usize = 4;

/// What a later pass reads (`tuning.json`).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Tuning {
    /// The numbers of the `break` marks a page breaks before.
    pub breaks: Vec<i64>,
    /// Each sheet's type scale and, once final, its room, in document order.
    pub fit: Vec<SheetFit>,
    /// The contents' type scale, below 1 when tightened.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contents: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SheetFit {
    pub scale: f64,
    /// The height (pt) the sheet spreads its sections over; `None` while its type is still
    /// being sized.
    pub room: Option<f64>,
    /// Measures of earlier passes: (scale, height used) and the room.
    #[serde(skip)]
    tried: Vec<(f64, f64)>,
    #[serde(skip)]
    space: f64,
}

impl Tuning {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("plain data serialises")
    }

    /// The tuning for the next pass from this pass's `layout`, or `None` when the pages need
    /// nothing more.
    pub fn next(&self, layout: &Layout) -> Option<Tuning> {
        let mut next = self.clone();
        next.fit = sheet_fits(layout, &self.fit);
        if self.contents.is_none() {
            next.contents = contents_scale(layout);
        }
        for b in early_breaks(layout) {
            if !next.breaks.contains(&b) {
                next.breaks.push(b);
            }
        }
        next.breaks.sort_unstable();
        (next != *self).then_some(next)
    }
}

/// Marks of `kind`, in document order.
fn marks<'a>(layout: &'a Layout, kind: &'a str) -> impl Iterator<Item = &'a Mark> + 'a {
    layout.marks.iter().filter(move |m| m.kind == kind)
}

/// Each sheet's measures for the next pass. The first pass sets every sheet at the base size
/// and measures the room its page leaves; the second tries a scale assuming the height grows
/// with its square (wrapped text grows in both directions), which never overshoots; the third
/// takes the growth it measured between the two to aim at [`SHEET_TARGET`] of the room and
/// spreads the rest between the sections. A sheet that ran over its room goes back to the
/// largest scale that fitted.
fn sheet_fits(layout: &Layout, current: &[SheetFit]) -> Vec<SheetFit> {
    let starts: Vec<&Mark> = marks(layout, "sheet-start").collect();
    let mut fits = each_sheet_fit(layout, &starts, current);
    // One size for a sequence's sheets, the smallest any of them needs: sheets printed side by
    // side read as a set. Set when their sizes are settled (their room fixed) this pass.
    let settled: Vec<usize> = (0..fits.len())
        .filter(|&i| fits[i].room.is_some() && current.get(i).is_some_and(|c| c.room.is_none()))
        .collect();
    let groups: Vec<Option<&String>> = starts.iter().map(|m| m.group.as_ref()).collect();
    let mut smallest: std::collections::HashMap<Option<&String>, f64> = Default::default();
    for &i in &settled {
        let entry = smallest.entry(groups[i]).or_insert(f64::MAX);
        *entry = entry.min(fits[i].scale);
    }
    for &i in &settled {
        fits[i].scale = smallest[&groups[i]];
    }
    fits
}

/// Each sheet's measures for the next pass, on its own (see [`sheet_fits`]).
fn each_sheet_fit(layout: &Layout, starts: &[&Mark], current: &[SheetFit]) -> Vec<SheetFit> {
    let bottoms: Vec<&Mark> = marks(layout, "sheet-bottom").collect();
    starts
        .iter()
        .enumerate()
        .map(|(i, start)| {
            // How far its columns reach, or infinity if one ran onto another page.
            let next = starts.get(i + 1).map(|m| (m.page, m.y));
            let used = marks(layout, "sheet-column-end")
                .filter(|m| (m.page, m.y) >= (start.page, start.y))
                .filter(|m| next.is_none_or(|n| (m.page, m.y) < n))
                .map(|m| {
                    if m.page == start.page {
                        m.y - start.y
                    } else {
                        f64::INFINITY
                    }
                })
                .fold(0.0, f64::max);
            let Some(fit) = current.get(i) else {
                let space = bottoms
                    .get(i)
                    .filter(|b| b.page == start.page)
                    .map_or(0.0, |b| b.y - start.y);
                return first_try(used, space);
            };
            let mut fit = fit.clone();
            // Spread over a fixed room, a column that runs over pushes its text past the
            // room's foot while its end mark stays at the foot: the text tells.
            let bottom = start.y + fit.space + 1.0;
            let fits = used <= fit.space + 1.0
                && (fit.room.is_none()
                    || layout.lines[start.page - 1].iter().all(|&y| y <= bottom));
            match fit.room {
                Some(_) if fits => {}
                // Over its room at the final scale: the largest scale that fitted, or, when
                // none did, the smallest type flowing over the page as it must.
                Some(_) => {
                    let fitted = fit.tried.iter().filter(|(_, u)| *u <= fit.space + 1.0);
                    match fitted.map(|(s, _)| *s).reduce(f64::max) {
                        Some(scale) => fit.scale = scale,
                        None => {
                            fit.scale = round_down(MIN_SCALE);
                            fit.room = None;
                        }
                    }
                }
                None => {
                    let (s1, u1) = fit.tried[0];
                    let (s2, u2) = (fit.scale, used);
                    if !fits && s2 <= MIN_SCALE + 0.01 {
                        // Too much for one page even in the smallest type: it runs over, as
                        // it must, and no room is fixed for it.
                        return fit;
                    }
                    fit.tried.push((s2, u2));
                    fit.scale = if fits {
                        let growth = if s2 > s1 && u2 > u1 {
                            ((u2 / u1).ln() / (s2 / s1).ln()).clamp(1.0, 2.5)
                        } else {
                            2.0
                        };
                        let aim = s2 * (SHEET_TARGET * fit.space / u2).powf(1.0 / growth);
                        round_down(aim.clamp(MIN_SCALE, MAX_SCALE))
                    } else {
                        // It overshot: halfway (geometrically) back towards what fitted.
                        round_down((s1 * s2).sqrt().clamp(MIN_SCALE, MAX_SCALE))
                    };
                    fit.room = Some(round_down(fit.space));
                }
            }
            fit
        })
        .collect()
}

/// After the first pass: a sheet that fits tries the scale its room allows if its height grew
/// with the square of its type; one that ran over is set at the smallest type.
fn first_try(used: f64, space: f64) -> SheetFit {
    let scale = if used.is_finite() && used > 0.0 && space > 0.0 {
        round_down(
            (SHEET_TARGET * space / used)
                .sqrt()
                .clamp(MIN_SCALE, MAX_SCALE),
        )
    } else {
        round_down(MIN_SCALE)
    };
    SheetFit {
        scale,
        room: None,
        tried: vec![(1.0, used)],
        space,
    }
}

/// The contents' type scale when their last page holds under [`MIN_SPAN`] of a page: the share
/// of their lines the pages before it hold, so those lines fit there — as long as that is
/// not below [`MIN_CONTENTS_SCALE`].
fn contents_scale(layout: &Layout) -> Option<f64> {
    let start = marks(layout, "contents-start").next()?;
    let end = marks(layout, "contents-end").next()?;
    if end.page == start.page {
        return None;
    }
    let last = &layout.lines[end.page - 1];
    let on_last = last.iter().filter(|&&y| y < end.y).count();
    let span = last
        .first()
        .map_or(0.0, |first| (end.y - first) / layout.heights[end.page - 1]);
    if span >= MIN_SPAN {
        return None;
    }
    let all: usize = (start.page..=end.page)
        .map(|p| {
            let lines = &layout.lines[p - 1];
            lines
                .iter()
                .filter(|&&y| (p > start.page || y > start.y) && (p < end.page || y < end.y))
                .count()
        })
        .sum();
    let scale = round_down(0.98 * (all - on_last) as f64 / all as f64);
    (scale >= MIN_CONTENTS_SCALE).then_some(scale)
}

/// Two decimals, rounded down: the same measures give the same bytes, and never more than
/// asked for.
fn round_down(x: f64) -> f64 {
    (x * 100.0).floor() / 100.0
}

/// For each page but the last whose body spans under [`MIN_SPAN`] and continues the page
/// before it, the latest `break` mark on that page before it at which breaking leaves both
/// pages well filled.
fn early_breaks(layout: &Layout) -> Vec<i64> {
    let mut out = Vec::new();
    for page in 2..layout.page_count() {
        if layout.span(page) >= MIN_SPAN || starts_afresh(layout, page) {
            continue;
        }
        let before = &layout.lines[page - 2];
        let (Some(&first), Some(&last)) = (before.first(), before.last()) else {
            continue;
        };
        let height = layout.heights[page - 2];
        let chosen = marks(layout, "break")
            .filter(|m| m.page == page - 1 && m.id.is_some())
            .filter(|m| !strands_a_heading(layout, m))
            .filter(|m| {
                let kept = (m.y - first) / height;
                let moved = (last - m.y) / height;
                let fed = moved + layout.span(page);
                kept >= KEEP_SPAN && (KEEP_SPAN..=MAX_FED_SPAN).contains(&fed)
            })
            .max_by(|a, b| a.y.total_cmp(&b.y));
        if let Some(mark) = chosen.and_then(|m| m.id) {
            out.push(mark);
        }
    }
    out
}

/// True when breaking at `at` would leave a heading above it with fewer than three lines of
/// its own at the page's foot.
fn strands_a_heading(layout: &Layout, at: &Mark) -> bool {
    layout
        .marks
        .iter()
        .filter(|m| m.kind == "heading" && m.page == at.page && m.y < at.y)
        .any(|h| layout.lines_between(at.page, h.y, at.y) < 4)
}

/// True when `page` begins something that always starts a page (a level, a chapter, a
/// sheet), so nothing from the page before can join it.
fn starts_afresh(layout: &Layout, page: usize) -> bool {
    let top = layout.lines[page - 1].first().copied().unwrap_or(f64::MAX);
    layout.marks.iter().any(|m| {
        m.page == page
            && m.y <= top
            && (matches!(m.kind.as_str(), "level-start" | "sheet-start")
                || (m.kind == "heading" && m.level == Some(1)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const H: f64 = 800.0;

    fn mark(kind: &str, page: usize, y: f64, id: Option<i64>) -> Mark {
        Mark {
            kind: kind.into(),
            level: None,
            id,
            group: None,
            page,
            y,
        }
    }

    /// Lines every 10 pt from `from` to `to`.
    fn lines(from: f64, to: f64) -> Vec<f64> {
        (0..)
            .map(|i| from + 10.0 * f64::from(i))
            .take_while(|&y| y <= to)
            .collect()
    }

    #[test]
    fn a_page_holding_a_sections_tail_gets_a_break_early_enough_to_fill_it() {
        // Page 2 holds two lines of what page 1 ran on with; page 3 ends the document.
        let layout = Layout {
            lines: vec![lines(60.0, 740.0), lines(60.0, 70.0), lines(60.0, 300.0)],
            heights: vec![H; 3],
            marks: vec![
                mark("break", 1, 200.0, Some(1)),
                mark("break", 1, 500.0, Some(2)),
                mark("break", 1, 700.0, Some(3)),
            ],
        };
        assert_eq!(layout.sparse_pages(MIN_SPAN).len(), 1);
        // At 700 the page fed would hold too little; at 200 the page broken too little would
        // be left; 500 leaves both well filled.
        assert_eq!(early_breaks(&layout), vec![2]);
    }

    #[test]
    fn a_page_that_starts_a_level_is_left_alone() {
        let layout = Layout {
            lines: vec![lines(60.0, 740.0), lines(60.0, 70.0), lines(60.0, 300.0)],
            heights: vec![H; 3],
            marks: vec![
                mark("break", 1, 500.0, Some(2)),
                mark("level-start", 2, 55.0, None),
            ],
        };
        assert!(early_breaks(&layout).is_empty());
    }

    #[test]
    fn contents_with_a_short_last_page_are_set_tighter() {
        // 69 + 69 + 6 lines: 138 of 144 on the pages before the last.
        let layout = Layout {
            lines: vec![lines(60.0, 740.0), lines(60.0, 740.0), lines(60.0, 110.0)],
            heights: vec![H; 3],
            marks: vec![
                mark("contents-start", 1, 50.0, None),
                mark("contents-end", 3, 120.0, None),
            ],
        };
        assert_eq!(contents_scale(&layout), Some(0.93));
    }

    #[test]
    fn a_sheet_grows_its_type_then_spreads_and_goes_back_when_it_runs_over() {
        let first = Layout {
            lines: vec![lines(100.0, 400.0)],
            heights: vec![H],
            marks: vec![
                mark("sheet-start", 1, 100.0, None),
                mark("sheet-column-end", 1, 400.0, None),
                mark("sheet-column-end", 1, 350.0, None),
                mark("sheet-bottom", 1, 740.0, None),
            ],
        };
        // Room 640 for 300 used: √(0.93 × 640 / 300) = 1.408…, held to 4/3.
        let tried = sheet_fits(&first, &[]);
        assert_eq!(tried[0].scale, 1.33);
        assert_eq!(tried[0].room, None);
        // At 1.33 the sheet takes 480: it grew as 1.33^1.66, so aiming at 0.93 × 640 asks
        // for 1.51, held to the bound again; the room is now fixed.
        let second = Layout {
            marks: vec![
                mark("sheet-start", 1, 100.0, None),
                mark("sheet-column-end", 1, 580.0, None),
            ],
            ..first.clone()
        };
        let sized = sheet_fits(&second, &tried);
        assert_eq!(sized[0].room, Some(640.0));
        assert_eq!(sized[0].scale, 1.33);
        // Text past the room's foot: back to the largest scale that fitted.
        let over = Layout {
            lines: vec![lines(100.0, 760.0)],
            marks: vec![
                mark("sheet-start", 1, 100.0, None),
                mark("sheet-column-end", 1, 740.0, None),
            ],
            ..first.clone()
        };
        let back = sheet_fits(
            &over,
            &[SheetFit {
                scale: 1.4,
                ..sized[0].clone()
            }],
        );
        assert_eq!(back[0].scale, 1.33);
    }

    #[test]
    fn a_sheet_too_long_for_a_page_runs_over_in_the_smallest_type() {
        let over = Layout {
            lines: vec![lines(100.0, 740.0), lines(60.0, 200.0)],
            heights: vec![H; 2],
            marks: vec![
                mark("sheet-start", 1, 100.0, None),
                mark("sheet-bottom", 1, 740.0, None),
                mark("sheet-column-end", 2, 200.0, None),
            ],
        };
        let first = sheet_fits(&over, &[]);
        assert_eq!((first[0].scale, first[0].room), (0.83, None));
        // Still over at the smallest type: no room is fixed, nothing more to try.
        let second = sheet_fits(&over, &first);
        assert_eq!(second, first);
    }
}
