//! Day ranges that share one month: «(16 -30) أغسطس 2015», «في الرابع والخامس من أغسطس».

use super::*;

impl Run<'_> {
    /// «(16 -30) أغسطس 2015»: a day range in brackets before its month, one item per day (the second runs to the
    /// month and year).
    pub(super) fn bracket_range(&self, j: usize) -> Option<Found> {
        let (d1, e1, w1) = self.day(j + 1)?;
        if w1 || !matches!(self.k(e1), "-" | "الي" | "حتي" | "و") || !self.adj(e1) || !self.adj(e1 + 1) {
            return None;
        }
        let (d2, e2, w2) = self.day(e1 + 1)?;
        if w2 || d2 <= d1 || self.k(e2) != ")" || !self.adj(e2) || !self.adj(e2 + 1) {
            return None;
        }
        self.two_days(e2 + 1, (j + 1, e1, d1), (e1 + 1, d2, 0))
    }

    /// Two days sharing the month at token `m`: the first spans tokens `first.0..first.1`, the second runs from
    /// token `second.0` (after `second.2` bytes of a conjunction) to the month's end.
    fn two_days(&self, m: usize, first: (usize, usize, u32), second: (usize, u32, usize)) -> Option<Found> {
        let (end, items) = self.date_core(m, m)?;
        let month = items.first().filter(|x| x.grain == Some(Grain::Month))?;
        let v = month.value.as_deref()?;
        // a Gregorian month is «YYYY-MM»; a Hijri month its first day
        let start = NaiveDate::parse_from_str(&if v.len() == 7 { format!("{v}-01") } else { v.to_string() }, "%Y-%m-%d").ok()?;
        let gregorian = v.len() == 7;
        let day = |d: u32| add_days(start, i64::from(d) - 1).filter(|x| !gregorian || x.month() == start.month()).map(fmt_day);
        let mut a = it(first.0, first.1, DateType::Date, day(first.2), Grain::Day);
        let mut b = it(second.0, end, DateType::Date, day(second.1), Grain::Day);
        a.cal = month.cal;
        b.cal = month.cal;
        b.skip = second.2;
        Some((end, vec![a, b]))
    }

    /// «في الرابع والخامس من مايو»: two ordinal days sharing a month, the conjunction attached to the second.
    pub(super) fn ordinal_day_pair(&self, s: usize, d1: u32, e1: usize) -> Option<Found> {
        let n = self.parsed.get(self.tokens, e1)?;
        let plain = n.words && !n.digits && !n.approx && !n.fraction && n.value.fract() == 0.0;
        if !(plain && n.ordinal && n.prefix_chars == 1 && self.k(e1).starts_with('و') && self.adj(e1)) {
            return None;
        }
        let d2 = n.value as u32;
        let q = e1 + n.len;
        let shared = d1 < d2 && d2 <= 31 && self.k(q) == "من" && self.adj(q) && self.adj(q + 1);
        if !shared {
            return None;
        }
        self.two_days(q + 1, (s, e1, d1), (e1, d2, n.prefix_bytes))
    }
}
