//! Holidays: Eid days, the last ten days of Ramadan, named feasts.

use super::*;

impl Run<'_> {
    /// Islamic holidays: «عيد الفطر» (1 Shawwal), «عيد الاضحى» (10 Dhu al-Hijja), «يوم عرفة» (9 Dhu al-Hijja),
    /// «رأس السنة الهجرية» (1 Muharram), in the Hijri year of the reference date unless a year follows.
    pub(super) fn p_holiday(&self, i: usize) -> Option<Found> {
        if let Some(found) = self.eid_days(i) {
            return Some(found);
        }
        if let Some(found) = self.ten_days(i) {
            return Some(found);
        }
        let (m, d, mut e) = match self.k(i) {
            "عيد" if self.is(i + 1, &["الفطر"]) => (10u8, 1u8, i + 2),
            "عيد" if self.is(i + 1, &["الاضحي"]) => (12, 10, i + 2),
            "يوم" if self.is(i + 1, &["عرفه", "عرفات"]) => (12, 9, i + 2),
            "راس" if self.is(i + 1, &["السنه"]) && self.is(i + 2, &["الهجريه"]) => (1, 1, i + 3),
            _ => return None,
        };
        let mut year = None;
        if self.adj(e) {
            if let Some((y, ye, _)) = self.year_num(e) {
                // «عيد الفطر 2015» is Gregorian, «عيد الفطر 1436 هـ» Hijri
                year = Some((y, y < 1700));
                e = ye;
            } else if let Some(r) = rel_of(self.k(e)) {
                let _ = r;
                e += 1;
            }
        }
        let date = match year {
            Some((hy, true)) => hijri::to_gregorian(hy, m, d),
            Some((gy, false)) => NaiveDate::from_ymd_opt(gy, 6, 30)
                .and_then(hijri::from_gregorian)
                .and_then(|(hy, _, _)| (hy - 1..=hy + 1).filter_map(|y| hijri::to_gregorian(y, m, d)).find(|g| g.year() == gy)),
            None => self.reference.and_then(hijri::from_gregorian).and_then(|(hy, _, _)| hijri::to_gregorian(hy, m, d)),
        };
        let mut x = it(i, e, DateType::Date, date.map(fmt_day), Grain::Day);
        x.cal = Calendar::Hijri;
        Some((e, vec![x]))
    }

    /// «العشر الأواخر من رمضان», «العشر الأوائل من ذي الحجة»: the last or first ten days of a Hijri month, valued
    /// at their first day (the 21st or the 1st) in the reference's Hijri year.
    pub(super) fn ten_days(&self, i: usize) -> Option<Found> {
        if self.k(i) != "العشر" || !self.adj(i + 1) {
            return None;
        }
        let first = match self.k(i + 1) {
            "الاواخر" | "الاخيره" => 21,
            "الاوائل" | "الاولي" => 1,
            _ => return None,
        };
        let mut p = i + 2;
        if !self.is(p, &["من"]) || !self.adj(p + 1) {
            return None;
        }
        p += 1;
        if self.k(p) == "شهر" && self.adj(p + 1) {
            p += 1;
        }
        let (m, mut e) = self.hijri_month(p)?;
        if self.is(e, &["المبارك", "الفضيل", "الكريم", "المعظم"]) {
            e += 1;
        }
        let hy = self.reference.and_then(hijri::from_gregorian).map(|(hy, _, _)| hy);
        let value = hy.and_then(|hy| hijri::to_gregorian(hy, m as u8, first)).map(fmt_day);
        let mut x = it(i, e, DateType::Date, value, Grain::Day);
        x.cal = Calendar::Hijri;
        Some((e, vec![x]))
    }

    /// The days of an Eid: «أيام العيد», «أيام عيد الفطر», «يوم العيد» (the first day), «ثاني أيام العيد» (the second
    /// day), «ليلة العيد» (the night before).
    /// A bare «العيد» is the Eid nearest the reference date (al-Fitr in Ramadan/Shawwal, al-Adha in Dhu al-Qa'da,
    /// Dhu al-Hijja and Muharram).
    pub(super) fn eid_days(&self, i: usize) -> Option<Found> {
        let (nth, p) = match self.k(i) {
            "اول" => (Some(Some(1)), i + 1),
            "ثاني" => (Some(Some(2)), i + 1),
            "ثالث" => (Some(Some(3)), i + 1),
            "رابع" => (Some(Some(4)), i + 1),
            "اخر" => (Some(None), i + 1),
            _ => (None, i),
        };
        // «يوم العيد» is its first day, «ليلة العيد» the night before it
        let head = self.k(p);
        if !(head == "ايام" || (p == i && matches!(head, "يوم" | "ليله"))) || (p > i && !self.adj(p)) || !self.adj(p + 1) {
            return None;
        }
        let today = self.reference.and_then(hijri::from_gregorian);
        let (start, e) = match self.k(p + 1) {
            "العيد" => {
                let start = today.and_then(|(hy, hm, _)| match hm {
                    9 | 10 => hijri::to_gregorian(hy, 10, 1),
                    11 | 12 => hijri::to_gregorian(hy, 12, 10),
                    1 => hijri::to_gregorian(hy - 1, 12, 10),
                    _ => None,
                });
                (start, p + 2)
            }
            "عيد" if self.is(p + 2, &["الفطر"]) => (today.and_then(|(hy, _, _)| hijri::to_gregorian(hy, 10, 1)), p + 3),
            "عيد" if self.is(p + 2, &["الاضحي"]) => (today.and_then(|(hy, _, _)| hijri::to_gregorian(hy, 12, 10)), p + 3),
            _ => return None,
        };
        if head == "ليله" {
            let eve = start.and_then(|d| add_days(d, -1));
            let mut x = it(i, e, DateType::Time, eve.map(|d| format!("{}TNI", fmt_day(d))), Grain::PartOfDay);
            x.cal = Calendar::Hijri;
            return Some((e, vec![x]));
        }
        let value = match nth {
            None => start,
            Some(Some(n)) => start.and_then(|d| add_days(d, n - 1)),
            Some(None) => None,
        };
        let mut x = it(i, e, DateType::Date, value.map(fmt_day), Grain::Day);
        x.cal = Calendar::Hijri;
        Some((e, vec![x]))
    }
}
