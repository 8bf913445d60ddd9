//! Cell values as people type them: full-width digits and spaces, numbers stored as text,
//! 是/否 for yes and no, dates as text in several forms or as spreadsheet serials.

use crate::model::Date;

/// Trimmed (full-width spaces too), with full-width letters, digits and signs made ASCII.
pub fn normalise(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{3000}' | '\u{a0}' => ' ',
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            '。' => '.',
            _ => c,
        })
        .collect::<String>()
        .trim()
        .to_string()
}

/// A number from text: `85`, `85.5`, `８５`, ` 85 `, `1,234`.
pub fn number(text: &str) -> Option<f64> {
    let text = normalise(text).replace(',', "");
    let value: f64 = text.parse().ok()?;
    value.is_finite().then_some(value)
}

/// A whole number, also written as 二, 2级 or 二级.
pub fn whole(text: &str) -> Option<u32> {
    let text = normalise(text);
    let text = text.strip_suffix('级').unwrap_or(&text).trim();
    if let Some(n) = number(text) {
        return (n.fract() == 0.0 && (0.0..=1e6).contains(&n)).then_some(n as u32);
    }
    const DIGITS: [char; 11] = [
        '零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十',
    ];
    let mut chars = text.chars();
    let only = chars.next()?;
    if chars.next().is_some() {
        return None;
    }
    DIGITS.iter().position(|d| *d == only).map(|n| n as u32)
}

/// A level of a sequence, one of `levels` (id, name, title), as people type it: its id (`s2`),
/// its name (`二级`), its name and title (`二级 客户经理`, `二级客户经理`), its name with its id as
/// a sheet's notes write it (`二级（s2）`), or its number (`2`, `2级`, `2 级`, `二`, `２级`) when
/// the level names carry numbers (一级, 二级 … or 1级, 2级 …). The level's index.
pub fn level(text: &str, levels: &[(&str, &str, &str)]) -> Option<usize> {
    let compact = |t: &str| -> String {
        normalise(t)
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_lowercase()
    };
    let typed = compact(text);
    let named = levels.iter().position(|(id, name, title)| {
        [
            id.to_string(),
            name.to_string(),
            format!("{name}{title}"),
            format!("{name}({id})"),
        ]
        .iter()
        .any(|form| compact(form) == typed)
    });
    if named.is_some() {
        return named;
    }
    let number = whole(text)?;
    let mut numbered = levels
        .iter()
        .enumerate()
        .filter(|(_, (_, name, _))| whole(name) == Some(number));
    match (numbered.next(), numbered.next()) {
        (Some((i, _)), None) => Some(i),
        _ => None,
    }
}

/// Yes or no, in the ways sheets say it.
pub fn yes_no(text: &str) -> Option<bool> {
    let text = normalise(text).to_lowercase();
    match text.as_str() {
        "是" | "达标" | "满足" | "符合" | "通过" | "已达标" | "有" | "y" | "yes" | "true" | "1"
        | "√" | "✓" | "✔" | "met" => Some(true),
        "否" | "未达标" | "不满足" | "不符合" | "不通过" | "无" | "n" | "no" | "false" | "0"
        | "×" | "✗" | "✘" | "x" | "not met" => Some(false),
        _ => None,
    }
}

/// A date from text: 2024-12-12, 2024/12/12, 2024.12.12, 2024年12月12日, 2024-1-5, or a
/// serial number as text.
pub fn date(text: &str) -> Option<Date> {
    let text = normalise(text);
    if let Some(serial) = number(&text) {
        return serial_date(serial);
    }
    let parts: Vec<&str> = text
        .split(['-', '/', '.', '年', '月', '日'])
        .filter(|p| !p.trim().is_empty())
        .collect();
    let [y, m, d] = parts.as_slice() else {
        return None;
    };
    let (y, m, d): (u32, u32, u32) = (
        y.trim().parse().ok()?,
        m.trim().parse().ok()?,
        d.trim().parse().ok()?,
    );
    if !(1000..=9999).contains(&y) {
        return None;
    }
    Date::parse(&format!("{y:04}-{m:02}-{d:02}")).ok()
}

/// The date of a spreadsheet serial (1900 date system: 1 is 1900-01-01, and Excel's
/// phantom 1900-02-29 is serial 60).
pub fn serial_date(serial: f64) -> Option<Date> {
    if !(61.0..2_958_466.0).contains(&serial) {
        return None;
    }
    // Serial 25 569 is 1970-01-01.
    Some(Date::from_days(serial.floor() as i64 - 25_569))
}

/// The serial of a date, for date cells written into a sheet.
pub fn date_serial(date: Date) -> f64 {
    (date.days() + 25_569) as f64
}

/// A number as a sheet or a record shows it: `3`, `3.5`.
pub fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        n.to_string()
    }
}

/// The items of a list typed into one cell: separated by commas (either width), 、, ; or
/// line breaks.
pub fn list(text: &str) -> Vec<String> {
    text.split([',', '，', '、', ';', '；', '\n'])
        .map(normalise)
        .filter(|s| !s.is_empty())
        .collect()
}

/// Performance ratings, which may also be separated by spaces or written together (SABA).
pub fn ratings(text: &str, scale: &[String]) -> Vec<String> {
    let items: Vec<String> = list(text)
        .iter()
        .flat_map(|s| s.split_whitespace().map(str::to_string).collect::<Vec<_>>())
        .collect();
    let single = |s: &str| scale.iter().all(|r| r.chars().count() == 1) && s.chars().count() > 1;
    items
        .into_iter()
        .flat_map(|s| {
            if single(&s) {
                s.chars().map(String::from).collect()
            } else {
                vec![s]
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_people_type_them() {
        assert_eq!(number(" ８５．５ "), Some(85.5));
        assert_eq!(number("1,234"), Some(1234.0));
        assert_eq!(number("八十"), None);
        assert_eq!(whole("二级"), Some(2));
        assert_eq!(whole("３"), Some(3));
        assert_eq!(whole("2.5"), None);
        assert_eq!(yes_no(" 是 "), Some(true));
        assert_eq!(yes_no("×"), Some(false));
    }

    #[test]
    fn levels_in_every_form() {
        let levels = [
            ("s1", "一级", "助理客户经理"),
            ("s2", "二级", "客户经理"),
            ("s3", "三级", "高级客户经理"),
        ];
        for text in [
            "二级",
            "2级",
            "2 级",
            "2",
            "二",
            "２级",
            "s2",
            "S2",
            " s2 ",
            "二级 客户经理",
            "二级客户经理",
            "二级　客户经理",
            "二级（s2）",
            "二级(s2)",
        ] {
            assert_eq!(level(text, &levels), Some(1), "{text}");
        }
        for text in [
            "四级",
            "4",
            "s4",
            "客户经理",
            "二级 高级客户经理",
            "2.5",
            "",
        ] {
            assert_eq!(level(text, &levels), None, "{text}");
        }
        // Numbers only where the names carry them.
        let named = [("junior", "初级", "专员"), ("senior", "高级", "主管")];
        assert_eq!(level("2", &named), None);
        assert_eq!(level("高级 主管", &named), Some(1));
    }

    #[test]
    fn dates_in_every_form() {
        let want = Date::parse("2024-12-12").unwrap();
        for text in [
            "2024-12-12",
            "2024/12/12",
            "2024.12.12",
            "2024年12月12日",
            "45638",
            "２０２４-１２-１２",
        ] {
            assert_eq!(date(text), Some(want), "{text}");
        }
        assert_eq!(date_serial(want), 45638.0);
        assert_eq!(serial_date(61.0).unwrap().to_string(), "1900-03-01");
        assert_eq!(date("2024-02-30"), None);
    }

    #[test]
    fn rating_lists() {
        let scale: Vec<String> = ["S", "A", "B", "C", "D"].map(String::from).to_vec();
        assert_eq!(ratings("S, A，B、A", &scale), ["S", "A", "B", "A"]);
        assert_eq!(ratings("S A B", &scale), ["S", "A", "B"]);
        assert_eq!(ratings("SABA", &scale), ["S", "A", "B", "A"]);
    }
}
