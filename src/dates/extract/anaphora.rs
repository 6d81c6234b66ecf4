//! Anaphoric dates: «في اليوم التالي», «الأسبوع التالي», «العام السابق» count from the date the same sentence named
//! before them («يوم الأحد 9 من الشهر الحالي … في اليوم التالي» → the 10th), not from the reference date.

use chrono::{Datelike, Days, NaiveDate};

use super::{fmt_day, fmt_month, fmt_week, fmt_year, key_of_norm, shift_months};
use crate::dates::{DateItem, DateType, Grain};
use crate::normalize::Normalizer;

/// The direction of an anaphoric modifier, normalized: +1 after, −1 before.
fn direction(word: &str) -> Option<i32> {
    match word {
        "التالي" | "التاليه" | "اللاحق" | "اللاحقه" => Some(1),
        "السابق" | "السابقه" => Some(-1),
        _ => None,
    }
}

/// The day, month or year a resolved value names (its first ten, seven or four characters).
fn anchor(value: &str, grain: Grain) -> Option<NaiveDate> {
    let part = |n: usize| value.get(..n).filter(|p| p.bytes().all(|b| b.is_ascii_digit() || b == b'-'));
    match grain {
        Grain::Day | Grain::PartOfDay | Grain::Hour | Grain::Minute | Grain::Second => {
            NaiveDate::parse_from_str(part(10)?, "%Y-%m-%d").ok()
        }
        Grain::Month => NaiveDate::parse_from_str(&format!("{}-01", part(7)?), "%Y-%m-%d").ok(),
        Grain::Year => NaiveDate::from_ymd_opt(part(4)?.parse().ok()?, 1, 1),
        _ => None,
    }
}

/// Give an unresolved anaphoric DATE the value one unit after (or before) the last date of at least its grain's
/// precision earlier in its sentence.
pub(super) fn resolve(text: &str, items: &mut [DateItem]) {
    for i in 1..items.len() {
        let x = &items[i];
        if x.value.is_some() || x.kind != DateType::Date {
            continue;
        }
        let norm = |w: &str| key_of_norm(&Normalizer::default().normalize_str(w)).into_owned();
        let last = x.text.split_whitespace().last().map(norm);
        let (Some(dir), Some(grain)) = (last.as_deref().and_then(direction), x.grain) else { continue };
        // not «اليوم التالي على سحب …» (the day after an event), nor «تواصلت أمس لليوم التالي» (for a second day)
        let after = text.get(x.span.byte_end..).unwrap_or("").trim_start();
        let event = ["على", "عن", "من", "ل"].iter().any(|p| after.starts_with(p));
        if event || x.text.starts_with('ل') {
            continue;
        }
        let start = x.span.byte_start;
        // the nearest resolved date before it, with no sentence end between
        let Some(prev) = items[..i].iter().rev().find(|p| p.value.is_some()) else { continue };
        if text.get(prev.span.byte_end..start).is_none_or(|gap| gap.contains(['.', '!', '؟', '?', '\n'])) {
            continue;
        }
        let fine_enough = |g: Grain| match grain {
            Grain::Day | Grain::Week => matches!(g, Grain::Day | Grain::PartOfDay | Grain::Hour | Grain::Minute | Grain::Second),
            Grain::Month => matches!(g, Grain::Month | Grain::Day),
            Grain::Year => matches!(g, Grain::Year | Grain::Month | Grain::Day),
            _ => false,
        };
        let Some(d) = prev.grain.filter(|&g| fine_enough(g)).and_then(|g| anchor(prev.value.as_deref()?, g)) else { continue };
        let value = match grain {
            Grain::Day => d.checked_add_signed(chrono::TimeDelta::days(dir.into())).map(fmt_day),
            Grain::Week => {
                let shifted = if dir > 0 { d.checked_add_days(Days::new(7)) } else { d.checked_sub_days(Days::new(7)) };
                shifted.map(fmt_week)
            }
            Grain::Month => shift_months(d, dir).map(|m| fmt_month(m.year(), m.month())),
            Grain::Year => Some(fmt_year(d.year() + dir)),
            _ => None,
        };
        items[i].value = value;
    }
}
