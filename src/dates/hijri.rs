//! Hijri ↔ Gregorian conversion by the Umm al-Qura calendar (ICU4X `icu_calendar`, KACST data).

use chrono::NaiveDate;
use icu_calendar::Date;
use icu_calendar::cal::Hijri;

/// The Gregorian date of Umm al-Qura day `day` of `month` in Hijri year `year`, if it exists.
pub fn to_gregorian(year: i32, month: u8, day: u8) -> Option<NaiveDate> {
    if !(1..=12).contains(&month) || !(1..=30).contains(&day) || !(1..=3000).contains(&year) {
        return None;
    }
    let h = Date::try_new_hijri_with_calendar(year, month, day, Hijri::new_umm_al_qura()).ok()?;
    let iso = h.to_calendar(icu_calendar::Iso);
    NaiveDate::from_ymd_opt(iso.year().extended_year(), u32::from(iso.month().ordinal), u32::from(iso.day_of_month().0))
}

/// The Umm al-Qura `(year, month, day)` of a Gregorian date.
pub fn from_gregorian(date: NaiveDate) -> Option<(i32, u8, u8)> {
    use chrono::Datelike;
    let iso = Date::try_new_iso(date.year(), date.month() as u8, date.day() as u8).ok()?;
    let h = iso.to_calendar(Hijri::new_umm_al_qura());
    Some((h.era_year().year, h.month().ordinal, h.day_of_month().0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn umm_al_qura() {
        assert_eq!(to_gregorian(1436, 10, 25), NaiveDate::from_ymd_opt(2015, 8, 10));
        assert_eq!(to_gregorian(1436, 10, 21), NaiveDate::from_ymd_opt(2015, 8, 6));
        assert_eq!(to_gregorian(1437, 9, 1), NaiveDate::from_ymd_opt(2016, 6, 6));
        assert_eq!(from_gregorian(NaiveDate::from_ymd_opt(2015, 8, 10).unwrap()), Some((1436, 10, 25)));
        assert_eq!(to_gregorian(1436, 13, 1), None);
    }
}
