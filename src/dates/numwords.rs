//! The few number words temporal expressions need: cardinals for durations («ثلاث سنوات», «خمسة وعشرين عاما»),
//! masculine ordinals for days of the month («الحادي عشر من أغسطس») and feminine ordinals for clock hours
//! («الساعة العاشرة»). Works on matching keys (see [`super::lexicon::key`]).

/// A cardinal unit/teen/ten word: its value.
pub fn cardinal(k: &str) -> Option<u32> {
    let k = k.strip_prefix("ال").unwrap_or(k);
    Some(match k {
        "واحد" | "واحده" | "احد" | "احدي" => 1,
        "اثنان" | "اثنين" | "اثنتان" | "اثنتين" | "اثنا" | "اثني" | "اثنتا" | "اثنتي" => 2,
        "ثلاث" | "ثلاثه" => 3,
        "اربع" | "اربعه" => 4,
        "خمس" | "خمسه" => 5,
        "ست" | "سته" => 6,
        "سبع" | "سبعه" => 7,
        "ثمان" | "ثماني" | "ثمانيه" => 8,
        "تسع" | "تسعه" => 9,
        "عشر" | "عشره" => 10,
        "عشرون" | "عشرين" => 20,
        "ثلاثون" | "ثلاثين" => 30,
        "اربعون" | "اربعين" => 40,
        "خمسون" | "خمسين" => 50,
        "ستون" | "ستين" => 60,
        "سبعون" | "سبعين" => 70,
        "ثمانون" | "ثمانين" => 80,
        "تسعون" | "تسعين" => 90,
        "مئه" | "مائه" => 100,
        "مئتين" | "مائتين" | "مئتان" | "مائتان" | "مئتي" | "مائتي" => 200,
        "الف" => 1000,
        _ => return None,
    })
}

/// Parse a cardinal number written in words starting at `keys[0]`: «ثلاث», «خمسة عشر», «خمسة وعشرين».
/// Returns the value and how many keys it used.
pub fn parse_cardinal(keys: &[&str]) -> Option<(u32, usize)> {
    let first = *keys.first()?;
    let v = cardinal(first)?;
    if v == 10 && first.starts_with("عشر") {
        return Some((10, 1));
    }
    if v < 10 {
        if let Some(&next) = keys.get(1) {
            if next == "عشر" || next == "عشره" {
                return Some((v + 10, 2));
            }
            if let Some(rest) = next.strip_prefix('و') {
                if let Some(t) = cardinal(rest).filter(|t| (20..=90).contains(t)) {
                    return Some((v + t, 2));
                }
            }
        }
    }
    Some((v, 1))
}

const ORD_UNITS: [&str; 10] = ["", "اول", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع"];
const ORD_UNITS_F: [&str; 10] = ["", "اولي", "ثانيه", "ثالثه", "رابعه", "خامسه", "سادسه", "سابعه", "ثامنه", "تاسعه"];

fn ord_unit(k: &str, fem: bool) -> Option<u32> {
    if !fem && (k == "حادي") {
        return Some(1);
    }
    if fem && (k == "حاديه" || k == "واحده") {
        return Some(1);
    }
    let table = if fem { &ORD_UNITS_F } else { &ORD_UNITS };
    table.iter().position(|&w| !w.is_empty() && w == k).map(|p| p as u32)
}

/// Parse an ordinal written in words with its article, masculine («الحادي عشر», «الخامس والعشرين») or feminine
/// («العاشرة», «الحادية عشرة»), from 1 to 39. Returns the value and how many keys it used.
pub fn parse_ordinal(keys: &[&str], fem: bool) -> Option<(u32, usize)> {
    let first = keys.first()?.strip_prefix("ال")?;
    let ten = if fem { "عاشره" } else { "عاشر" };
    if first == ten {
        return Some((10, 1));
    }
    if first == "عشرين" {
        return Some((20, 1));
    }
    if first == "ثلاثين" {
        return Some((30, 1));
    }
    let u = ord_unit(first, fem)?;
    if let Some(&next) = keys.get(1) {
        let teen = if fem { next == "عشره" } else { next == "عشر" };
        if teen && u >= 1 {
            return Some((10 + u, 2));
        }
        if next == "والعشرين" || next == "والعشرون" {
            return Some((20 + u, 2));
        }
        if next == "والثلاثين" || next == "والثلاثون" {
            return Some((30 + u, 2));
        }
    }
    if first == "حادي" || first == "حاديه" {
        return None;
    }
    Some((u, 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cardinals() {
        assert_eq!(parse_cardinal(&["ثلاث", "سنوات"]), Some((3, 1)));
        assert_eq!(parse_cardinal(&["خمسه", "عشر"]), Some((15, 2)));
        assert_eq!(parse_cardinal(&["خمسه", "وعشرين"]), Some((25, 2)));
        assert_eq!(parse_cardinal(&["عشره", "ايام"]), Some((10, 1)));
        assert_eq!(parse_cardinal(&["سنوات"]), None);
    }

    #[test]
    fn ordinals() {
        assert_eq!(parse_ordinal(&["الاول", "من"], false), Some((1, 1)));
        assert_eq!(parse_ordinal(&["الحادي", "عشر"], false), Some((11, 2)));
        assert_eq!(parse_ordinal(&["الخامس", "والعشرين"], false), Some((25, 2)));
        assert_eq!(parse_ordinal(&["العشرين"], false), Some((20, 1)));
        assert_eq!(parse_ordinal(&["العاشره"], true), Some((10, 1)));
        assert_eq!(parse_ordinal(&["الحاديه", "عشره"], true), Some((11, 2)));
        assert_eq!(parse_ordinal(&["الثانيه", "عشره"], true), Some((12, 2)));
        assert_eq!(parse_ordinal(&["الحادي"], false), None);
    }
}
