//! Relative expressions: days and weekdays around the reference date, modified periods («الشهر المقبل»), school
//! and fiscal years.

use super::*;

impl Run<'_> {
    /// Period modifiers: «بداية العام», «منتصف كانون الثاني (يناير) 2015», «نهاية الشهر الماضي»,
    /// «النصف الثاني من عام 2014», «الربع الاول».
    pub(super) fn p_modified(&self, i: usize) -> Option<Found> {
        let k = self.k(i);
        if matches!(k, "النصف" | "الربع") {
            let max = if k == "النصف" { 2 } else { 4 };
            let (n, _) = self.ordinal_word(i + 1, max)?;
            if !self.adj(i + 1) {
                return None;
            }
            let mut p = i + 2;
            if self.k(p) == "من" && self.adj(p) {
                p += 1;
            }
            let (y, e) = match self.year_ref(p) {
                Some(x) => x,
                // «في الربع الثاني» alone: a quarter of the current year, unless «من» says of what («الربع الثاني من
                // المباراة»); «النصف الثاني» alone is as often a match's half
                None if k == "الربع" && self.k(i + 2) != "من" => (self.reference.map(|t| t.year()), i + 2),
                None => return None,
            };
            let tag = if k == "النصف" { "H" } else { "Q" };
            let grain = if k == "النصف" { Grain::Half } else { Grain::Quarter };
            return one(i, e, DateType::Date, y.map(|y| format!("{}-{tag}{n}", fmt_year(y))), grain);
        }
        if !matches!(k, "بدايه" | "مطلع" | "اوائل" | "منتصف" | "اواسط" | "اواخر" | "نهايه" | "ختام" | "اخر" | "اول" | "اوخر") {
            return None;
        }
        let mut p = i + 1;
        if !self.adj(p) {
            return None;
        }
        if self.k(p) == "من" && self.adj(p + 1) {
            // «بداية من 2004» is "from 2004 on": the year alone
            if k == "بدايه" {
                return None;
            }
            p += 1;
        }
        let weak = matches!(k, "اخر" | "اول");
        // a month or full date
        if let Some((e, items)) = self.date_core(p, i) {
            if weak {
                return None;
            }
            return Some((e, items));
        }
        // a year («مطلع العام الهجري القادم» of the Hijri calendar)
        if self.k(p + 1) == "الهجري"
            && let Some((e, mut items)) = self.p_relperiod(p)
            && let [x] = items.as_mut_slice()
        {
            x.s = i;
            return Some((e, items));
        }
        if let Some((y, e)) = self.year_ref(p) {
            return one(i, e, DateType::Date, y.map(fmt_year), Grain::Year);
        }
        // the current/last/next month or week
        match self.k(p) {
            "الشهر" => {
                let (r, e) = self.rel_after(p + 1);
                let v = self.reference.and_then(|t| shift_months(t.with_day(1)?, r)).map(|d| fmt_month(d.year(), d.month()));
                one(i, e, DateType::Date, v, Grain::Month)
            }
            "الاسبوع" => {
                let (r, e) = self.rel_after(p + 1);
                let v = self.today().and_then(|t| add_days(t, 7 * r as i64)).map(fmt_week);
                one(i, e, DateType::Date, v, Grain::Week)
            }
            "هذا" if self.is(p + 1, &["الشهر"]) => {
                let v = self.reference.map(|t| fmt_month(t.year(), t.month()));
                one(i, p + 2, DateType::Date, v, Grain::Month)
            }
            "هذا" if self.is(p + 1, &["الاسبوع"]) => one(i, p + 2, DateType::Date, self.today().map(fmt_week), Grain::Week),
            _ => {
                let (e, items) = self.p_decade(p)?;
                let mut items = items;
                if let Some(x) = items.first_mut() {
                    x.s = i;
                }
                Some((e, items))
            }
        }
    }

    /// An optional relative modifier after a period noun: (offset, end).
    pub(super) fn rel_after(&self, j: usize) -> (i32, usize) {
        match rel_of(self.k(j)).filter(|_| self.adj(j)) {
            Some(r) => (r, j + 1),
            None => (0, j),
        }
    }

    /// A school, academic or fiscal year: «العام الدراسي الجديد», «العام الدراسي 1436-1437هـ», «العام المالي 2013»,
    /// «السنة المالية الماضية». The value is the (Gregorian) year it starts in; a school year starts in late
    /// summer, so in June–August «العام الدراسي» and «الجديد»/«المقبل» are the one about to start.
    pub(super) fn school_year(&self, p: usize) -> Option<(Option<i32>, usize)> {
        if !matches!(self.k(p), "العام" | "السنه") || !self.adj(p + 1) {
            return None;
        }
        let fiscal = match self.k(p + 1) {
            "الدراسي" | "الدراسيه" | "الجامعي" | "الاكاديمي" => false,
            "المالي" | "الماليه" => true,
            _ => return None,
        };
        let mut e = p + 2;
        if let Some((y, ye, h)) = self.year_num(e).filter(|_| self.adj(e)) {
            e = ye;
            // «1436-1437هـ», «2015/2016»
            let mut hijri = h || (1300..1600).contains(&y);
            if matches!(self.k(e), "-" | "/" | "–" | "_") && self.adj(e + 1)
                && let Some((_, e2, h2)) = self.year_num(e + 1)
            {
                hijri |= h2;
                e = e2;
            }
            let v = if hijri { hijri::to_gregorian(y, if fiscal { 1 } else { 11 }, 1).map(|d| d.year()) } else { Some(y) };
            return Some((v, e));
        }
        let t = self.reference;
        let mut r = None;
        if self.adj(e) {
            let k = self.k(e);
            if matches!(k, "الجديد" | "الجديده") {
                r = Some(1);
                e += 1;
            } else if let Some(x) = rel_of(k) {
                r = Some(x);
                e += 1;
            }
        }
        if fiscal {
            return Some((t.map(|t| t.year() + r.unwrap_or(0)), e));
        }
        let v = t.map(|t| {
            let (y, m) = (t.year(), t.month());
            let current = if m >= 9 { y } else { y - 1 };
            let summer = (6..=8).contains(&m);
            match r {
                Some(1) => current + 1,
                Some(-1) if summer => current,
                Some(-1) => current - 1,
                Some(_) => current,
                None if summer => current + 1,
                None => current,
            }
        });
        Some((v, e))
    }

    /// A year reference: «عام 2014», «2014», «العام», «العام الماضي», «هذا العام», «العام المقبل».
    pub(super) fn year_ref(&self, p: usize) -> Option<(Option<i32>, usize)> {
        if let Some(x) = self.school_year(p) {
            return Some(x);
        }
        match self.k(p) {
            "عام" | "العام" | "سنه" | "السنه" => {
                if self.adj(p + 1)
                    && let Some((y, e, false)) = self.year_num(p + 1)
                {
                    return Some((Some(y), e));
                }
                if self.adj(p + 1) && ANAPHORIC.contains(&self.k(p + 1)) {
                    return Some((None, p + 2));
                }
                if self.k(p).starts_with("ال") {
                    let (r, e) = self.rel_after(p + 1);
                    return Some((self.reference.map(|t| t.year() + r), e));
                }
                None
            }
            "هذا" | "هذه" if self.is(p + 1, &["العام", "السنه"]) => Some((self.reference.map(|t| t.year()), p + 2)),
            _ => {
                let (y, e, h) = self.year_num(p)?;
                (!h && self.num(p).is_some_and(|(_, nd)| nd == 4)).then_some((Some(y), e))
            }
        }
    }

    /// The date a relative day word denotes: «اليوم», «امس», «غدا», «اول امس», «يوم امس», «بعد غد». (end, date)
    pub(super) fn relday_core(&self, j: usize) -> Option<(usize, Option<NaiveDate>)> {
        let t = self.today();
        let mut p = j;
        if self.k(p) == "يوم" && self.is(p + 1, &["امس", "الامس", "غد", "الغد", "غدا"]) {
            p += 1;
        }
        let off = match self.k(p) {
            "اليوم" if p == j => 0,
            "امس" if self.is(p + 1, &["الاول"]) => {
                return Some((p + 2, t.and_then(|t| add_days(t, -2))));
            }
            // «بأمسّ الحاجة»: in dire need
            "امس" if self.is(p + 1, &["الحاجه", "حاجه"]) => return None,
            "امس" | "الامس" | "البارحه" => -1,
            "غدا" | "غد" | "الغد" => 1,
            "اول" if self.is(p + 1, &["امس"]) => {
                return Some((p + 2, t.and_then(|t| add_days(t, -2))));
            }
            "اول" if self.is(p + 1, &["من"]) && self.is(p + 2, &["امس"]) => {
                return Some((p + 3, t.and_then(|t| add_days(t, -2))));
            }
            "بعد" if self.is(p + 1, &["غد"]) => {
                return Some((p + 2, t.and_then(|t| add_days(t, 2))));
            }
            _ => return None,
        };
        Some((p + 1, t.and_then(|t| add_days(t, off))))
    }

    /// Relative days, and a weekday named beside them, which decides both values.
    pub(super) fn p_relday(&mut self, i: usize) -> Option<Found> {
        if self.k(i) == "اليوم" {
            // «عين اليوم», «صحيفة اليوم», «روسيا اليوم»: names; «اليوم الوطني», «اليوم العالمي للمرأة»: a day
            // named, not today
            let next = self.k(i + 1);
            if matches!(self.prev_key(i), "عين" | "صحيفه" | "جريده" | "روسيا")
                || (self.adj(i + 1) && matches!(next, "العالمي" | "الوطني" | "الدولي" | "العربي" | "الخليجي" | "المفتوح"))
            {
                return None;
            }
            if self.adj(i + 1) && (ANAPHORIC.contains(&next) || self.ordinal_word(i + 1, 99).is_some() || next == "الذي" || next == "نفسه") {
                if ANAPHORIC.contains(&next) {
                    return one(i, i + 2, DateType::Date, None, Grain::Day);
                }
                return None;
            }
            // «في اليوم» after a quantity: per day
            let next_is_number = self.adj(i + 1) && (self.num(i + 1).is_some() || matches!(next, "ال" | "الـ"));
            if self.prev_key(i) == "في" && i >= 2 && !next_is_number {
                let lo = i.saturating_sub(7);
                if (lo..i - 1).any(|q| self.num(q).is_some() || matches!(self.w[q].key.as_ref(), "مره" | "مرات" | "مرتين")) {
                    return Some((i + 1, vec![It { s: i, e: i + 1, ty: DateType::Set, value: Some("P1D".into()), grain: Some(Grain::Day), cal: Calendar::Gregorian, skip: 0 }]));
                }
            }
        }
        let (e, date) = self.relday_core(i)?;
        let mut items = vec![it(i, e, DateType::Date, date.map(fmt_day), Grain::Day)];
        let mut end = e;
        // the weekday beside it: «اليوم الاثنين», «اليوم (الخميس)», «امس السبت»
        let mut p = e;
        let paren = self.k(p) == "(" && self.adj(p);
        if paren {
            p += 1;
        }
        if let Some(wd) = self.weekday(p).filter(|_| self.adj(p)) {
            let next = self.k(p + 1);
            if !(self.adj(p + 1) && (rel_of(next).is_some())) {
                let off: i64 = match self.k(e - 1) {
                    "امس" | "الامس" | "البارحه" => -1,
                    "غدا" | "غد" | "الغد" => 1,
                    _ => 0,
                };
                let wdate = self.weekday_beside(off, wd);
                items[0].value = wdate.map(fmt_day);
                items.push(it(p, p + 1, DateType::Date, wdate.map(fmt_day), Grain::Day));
                end = p + 1;
                if paren && self.k(end) == ")" {
                    end += 1;
                }
                if self.today.is_none()
                    && let (Some(wd), Some(r)) = (wdate, self.reference)
                {
                    let t = add_days(wd, -off).unwrap_or(wd);
                    if t <= r && (r - t).num_days() <= 3 {
                        self.today = Some(t);
                    }
                }
            }
        }
        Some((end, items))
    }

    /// The date of weekday `wd` named beside «اليوم» (`off` 0), «امس» (-1) or «غدا» (1): the one on or before the day
    /// meant (the document date, the day before it, the day after it). A document is dated on or after the day it
    /// was written, often days after it, when a crawler dated it: «غدا الخميس» in a story dated Friday is the day
    /// before, not a week ahead.
    pub(super) fn weekday_beside(&self, off: i64, wd: u8) -> Option<NaiveDate> {
        Some(nearest_weekday(add_days(self.reference?, off)?, weekday_of(wd), false))
    }

    /// A weekday with optional «يوم» and modifier: (end, date).
    pub(super) fn weekday_core(&self, j: usize) -> Option<(usize, Option<NaiveDate>)> {
        // «بين الاثنين»: between the two
        if self.k(j) == "الاثنين" && self.prev_key(j) == "بين" {
            return None;
        }
        let mut p = j;
        if self.k(p) == "يوم" && self.adj(p + 1) {
            p += 1;
        }
        let wd = weekday_of(self.weekday(p)?);
        let base = self.today();
        let mut e = p + 1;
        let date = match rel_of(self.k(e)).filter(|_| self.adj(e)) {
            Some(1) => {
                e += 1;
                base.and_then(|b| add_days(b, 1)).map(|b| nearest_weekday(b, wd, true))
            }
            Some(-1) => {
                e += 1;
                base.and_then(|b| add_days(b, -1)).map(|b| nearest_weekday(b, wd, false))
            }
            _ => {
                let future = self.future_context(j);
                base.map(|b| nearest_weekday(b, wd, future))
            }
        };
        Some((e, date))
    }

    pub(super) fn p_weekday(&self, i: usize) -> Option<Found> {
        if let Some(found) = self.weekday_list(i) {
            return Some(found);
        }
        let (e, date) = self.weekday_core(i)?;
        one(i, e, DateType::Date, date.map(fmt_day), Grain::Day)
    }

    /// Weekdays joined by و that share «يومي» or a plural modifier: «يومي الأحد والاثنين المقبلين», «الجمعة والسبت
    /// الماضيين». Each weekday is its own item (the first takes «يومي», the last the shared modifier), and they are
    /// resolved together as consecutive days of one stretch: forward from the reference date when the modifier or
    /// the tense points ahead, backward from it otherwise.
    pub(super) fn weekday_list(&self, i: usize) -> Option<Found> {
        let head = matches!(self.k(i), "يومي" | "ايام" | "يوم") && self.adj(i + 1);
        let p = if head { i + 1 } else { i };
        let mut days = vec![(p, weekday_of(self.weekday(p)?), 0usize)];
        let mut q = p + 1;
        while self.adj(q) && days.len() < 7 {
            let Some(wd) = self.k(q).strip_prefix('و').and_then(|rest| self.lex.weekdays.get(rest).copied()) else { break };
            let surface = self.text.get(self.w[q].bs..self.w[q].be).unwrap_or("");
            days.push((q, weekday_of(wd), skip_letters(surface, 1)));
            q += 1;
        }
        // one item a day: the first opens at `i` (with its head word), the last closes at `end`
        let items = |end: usize, ty: DateType, values: Vec<Option<String>>| -> Vec<It> {
            let last = days.len() - 1;
            days.iter()
                .zip(values)
                .enumerate()
                .map(|(n, ((t, _, skip), v))| {
                    let mut x = it(if n == 0 { i } else { *t }, if n == last { end } else { t + 1 }, ty, v, Grain::Day);
                    x.skip = *skip;
                    x
                })
                .collect()
        };
        // «أيام الخميس والجمعة والسبت من كل أسبوع», «الجمعة من كل أسبوع»: recurring weekdays
        if self.is(q, &["من"]) && self.is(q + 1, &["كل"]) && self.is(q + 2, &["اسبوع"]) {
            let values = days.iter().map(|(_, wd, _)| Some(format!("XXXX-WXX-{}", wd.number_from_monday()))).collect();
            return Some((q + 3, items(q + 3, DateType::Set, values)));
        }
        if days.len() < 2 || self.k(i) != "يومي" && head {
            return None;
        }
        let modifier = if self.adj(q) { self.k(q) } else { "" };
        let dir = match modifier {
            "المقبلين" | "القادمين" | "المقبلتين" | "القادمتين" | "المقبله" | "القادمه" => Some(1),
            "الماضيين" | "المنصرمين" | "الماضيتين" | "الماضيه" | "المنصرمه" | "الفائتين" => Some(-1),
            _ => None,
        };
        if dir.is_none() && !head {
            return None;
        }
        let end = if dir.is_some() { q + 1 } else { q };
        let forward = dir == Some(1) || (dir.is_none() && self.future_context(i));
        let mut dates: Vec<Option<NaiveDate>> = vec![None; days.len()];
        if let Some(base) = self.today() {
            if forward {
                let mut d = if dir == Some(1) { add_days(base, 1) } else { Some(base) };
                for (slot, (_, wd, _)) in dates.iter_mut().zip(&days) {
                    let day = d.map(|b| nearest_weekday(b, *wd, true));
                    *slot = day;
                    d = day.and_then(|x| add_days(x, 1));
                }
            } else {
                let mut d = if dir == Some(-1) { add_days(base, -1) } else { Some(base) };
                for (slot, (_, wd, _)) in dates.iter_mut().zip(&days).rev() {
                    let day = d.map(|b| nearest_weekday(b, *wd, false));
                    *slot = day;
                    d = day.and_then(|x| add_days(x, -1));
                }
            }
        }
        Some((end, items(end, DateType::Date, dates.into_iter().map(|d| d.map(fmt_day)).collect())))
    }

    /// A future-tense marker shortly before token `j` in the same sentence.
    pub(super) fn future_context(&self, j: usize) -> bool {
        let lo = j.saturating_sub(8);
        for q in (lo..j).rev() {
            let k = self.w[q].key.as_ref();
            if matches!(k, "." | "!" | "؟" | "?" | "؛") {
                return false;
            }
            if is_future_word(k) {
                return true;
            }
        }
        false
    }

    /// «الاسبوع الماضي», «الشهر المقبل», «العام الجاري», «هذه السنة», «هذا الاسبوع», «العام السابق».
    /// «العام»/«العامين» as the adjective "general" after a title or a collective noun: «النائب العام السابق»,
    /// «الأمين العام», «المديرين العامين», «الرأي العام».
    pub(super) fn general_adjective(&self, i: usize) -> bool {
        matches!(self.k(i), "العام" | "العامين" | "العامون" | "العامان")
            && self.adj(i)
            && matches!(
                self.prev_key(i),
                "النائب" | "الامين" | "المدير" | "المدعي" | "المراقب" | "المفتش" | "المنسق" | "المحامي" | "القائد"
                    | "المستشار" | "المشرف" | "الرئيس" | "المرشد" | "المديرين" | "المديرون" | "المدراء" | "الامناء"
                    | "النواب" | "المشرفين" | "المراقبين" | "الراي" | "القطاع" | "الصالح" | "المال" | "الاضراب"
                    | "النظام" | "الامن" | "التعليم" | "الذوق" | "الشان" | "الوضع" | "الاطار" | "المؤتمر"
            )
    }

    pub(super) fn p_relperiod(&self, i: usize) -> Option<Found> {
        if self.general_adjective(i) {
            return None;
        }
        if let Some((v, e)) = self.school_year(i) {
            return one(i, e, DateType::Date, v.map(fmt_year), Grain::Year);
        }
        let (p, this) = if matches!(self.k(i), "هذا" | "هذه") && self.adj(i + 1) { (i + 1, true) } else { (i, false) };
        let unit = match self.k(p) {
            "الاسبوع" => Unit::Week,
            "الشهر" => Unit::Month,
            "العام" | "السنه" => Unit::Year,
            "الايام" | "اللحظه" | "الفتره" if this => {
                return one(i, p + 1, DateType::Date, Some("PRESENT_REF".into()), Grain::Vague);
            }
            _ => return None,
        };
        // «العام الهجري القادم»: a year of the Hijri calendar
        let hijri = unit == Unit::Year && !this && self.k(p + 1) == "الهجري" && self.adj(p + 1);
        let p = if hijri { p + 1 } else { p };
        let (r, e) = if this {
            (0, p + 1)
        } else {
            let nk = self.k(p + 1);
            if !self.adj(p + 1) {
                return None;
            }
            if ANAPHORIC.contains(&nk) && !matches!(nk, "نفسه" | "ذاته") {
                return one(i, p + 2, DateType::Date, None, unit_grain(unit));
            }
            (rel_of(nk)?, p + 2)
        };
        if hijri {
            let y = self.reference.and_then(super::super::hijri::from_gregorian).map(|(y, _, _)| y + r);
            let mut x = it(i, e, DateType::Date, y.and_then(|y| super::super::hijri::to_gregorian(y, 1, 1)).map(fmt_day), Grain::Year);
            x.cal = Calendar::Hijri;
            return Some((e, vec![x]));
        }
        let t = if unit == Unit::Week { self.today() } else { self.reference };
        let v = match unit {
            Unit::Week => t.and_then(|t| add_days(t, 7 * r as i64)).map(fmt_week),
            Unit::Month => t.and_then(|t| shift_months(t.with_day(1)?, r)).map(|d| fmt_month(d.year(), d.month())),
            _ => t.map(|t| fmt_year(t.year() + r)),
        };
        one(i, e, DateType::Date, v, unit_grain(unit))
    }

    /// «يوم الأحد في 7 أبريل الجاري», «الأحد، 17/10/1436هـ»: a weekday named beside a date of that weekday is that
    /// date, whatever the reference date.
    pub(super) fn align_weekdays(&mut self) {
        let mut set: Vec<(usize, String)> = Vec::new();
        for (n, pair) in self.out.windows(2).enumerate() {
            let (cur, next) = (&pair[0].1, &pair[1].1);
            if cur.ty != DateType::Date || cur.grain != Some(Grain::Day) || cur.e - cur.s > 3 || next.grain != Some(Grain::Day) || next.s < cur.e || next.s > cur.e + 2 {
                continue;
            }
            let Some(wd) = (cur.s..cur.e).find_map(|j| self.look(j).weekday) else { continue };
            if !(cur.e..next.s).all(|j| matches!(self.k(j), "في" | "،" | "," | "الموافق" | "(" | ")" | "-")) {
                continue;
            }
            if let Some(v) = next.value.as_deref().filter(|v| v.len() == 10)
                && NaiveDate::parse_from_str(v, "%Y-%m-%d").is_ok_and(|d| d.weekday() == weekday_of(wd))
            {
                set.push((n, v.to_string()));
            }
        }
        for (n, v) in set {
            if let Some(x) = self.out.get_mut(n) {
                x.1.value = Some(v);
            }
        }
    }
}
