//! Clock times, parts of the day, and times attached to the day after them.

use super::*;

/// Parts of the day that make a bare hour a time («10 صباحا», «2.30 ظهراً»).
const DAY_PARTS: &[&str] = &["صباحا", "مساء", "مساءا", "ظهرا", "عصرا", "ليلا", "فجرا"];

impl Run<'_> {
    /// Clock times: «10:30», «10:12 ت م», «الساعة العاشرة صباحا», «الساعة 10 مساء».
    pub(super) fn p_clock(&self, i: usize) -> Option<Found> {
        let mut j = i;
        let has_word = self.k(j) == "الساعه";
        if has_word {
            if !self.adj(j + 1) {
                return None;
            }
            j += 1;
        }
        let (mut h, mut mi, mut e);
        if let Some((hv, nd)) = self.num(j) {
            if nd > 2 || hv > 24 {
                return None;
            }
            h = hv;
            mi = 0;
            e = j + 1;
            if self.k(e) == ":" && self.tight(e) && self.tight(e + 1) {
                let (mv, nm) = self.num(e + 1)?;
                if nm != 2 || mv > 59 {
                    return None;
                }
                mi = mv;
                e += 2;
            } else if !has_word && !(hv <= 12 && self.is(e, DAY_PARTS)) {
                // «10 صباحا» is a time; a bare number is not
                return None;
            }
        } else if let Some((hv, mv)) = self.dotted_time(j).filter(|&(hv, _)| has_word || (hv <= 12 && self.is(j + 1, DAY_PARTS))) {
            // «الساعة 9.30 صباحا», «2.30 ظهراً»: one number token with a dot
            h = hv;
            mi = mv;
            e = j + 1;
        } else {
            // «الساعة العاشرة»; without «الساعة» only with a part of day after it («في الثامنة صباحا»); one o'clock
            // is «الواحدة», and «الساعة الأولى» the first hour
            if matches!(self.k(j), "الاولي" | "الاول") {
                return None;
            }
            let (v, used) = self.ordinal_word(j, 12)?;
            h = v;
            mi = 0;
            e = j + used;
        }
        // an hour is feminine («الثامنة», «الحادية عشرة»): not «اجتماعها الأول صباح اليوم»
        let bare_word = !has_word && self.num(j).is_none() && self.dotted_time(j).is_none();
        if bare_word && !self.k(j).ends_with('ه') {
            return None;
        }
        // minutes in words
        if self.adj(e) {
            match self.k(e) {
                "والنصف" => {
                    mi = 30;
                    e += 1;
                }
                "والربع" => {
                    mi = 15;
                    e += 1;
                }
                "الا" if self.is(e + 1, &["ربعا", "الربع"]) => {
                    mi = 45;
                    h = if h == 0 { 23 } else { h - 1 };
                    e += 2;
                }
                // «الخامسة و10 دقائق», «العاشرة وعشرين دقيقة»
                "و" if self.tight(e + 1)
                    && let Some((m, _)) = self.num(e + 1).filter(|&(m, _)| (1..60).contains(&m))
                    && self.is(e + 2, &["دقائق", "دقيقه"]) =>
                {
                    mi = m;
                    e += 3;
                }
                _ => {}
            }
        }
        // period of day / time zone
        let before_period = e;
        if self.adj(e) {
            match self.k(e) {
                "صباحا" | "صباح" | "فجرا" | "ص" => e += 1,
                "مساء" | "مساءا" | "عصرا" | "م" => {
                    if h < 12 {
                        h += 12;
                    }
                    e += 1;
                }
                "ظهرا" => {
                    if h < 6 {
                        h += 12;
                    }
                    e += 1;
                }
                "ليلا" => {
                    if (6..12).contains(&h) {
                        h += 12;
                    }
                    e += 1;
                }
                "بعد" if self.is(e + 1, &["الظهر"]) => {
                    if h < 12 {
                        h += 12;
                    }
                    e += 2;
                }
                "ت" if self.is(e + 1, &["م", "غ"]) => e += 2,
                _ => {}
            }
        }
        if h > 24 {
            return None;
        }
        let mut anchored = e > before_period && !matches!(self.k(e - 1), "م" | "ص" | "غ");
        // «السادسة مساء الاثنين الماضي», «العاشرة صباح اليوم»: the day right after the part of day
        let mut day = self.today();
        // («اليوم» stays its own item: a weekday after it may redate the story, «مساء اليوم الأحد»)
        if anchored && self.adj(e) && self.k(e) != "اليوم" {
            let calendar = self.p_calendar(e).and_then(|(end, items)| match items.as_slice() {
                [x] if x.grain == Some(Grain::Day) => Some((end, x.value.as_deref().and_then(|v| NaiveDate::parse_from_str(v, "%Y-%m-%d").ok()))),
                _ => None,
            });
            if let Some((end, d)) = calendar.or_else(|| self.relday_core(e)).or_else(|| self.weekday_core(e)) {
                day = d;
                e = end;
            }
        }
        // «الساعة العاشرة من صباح اليوم», «الثانية بعد ظهر أمس الأربعاء»: the day comes after the time
        if matches!(self.k(e), "من" | "بعد") && self.adj(e) && self.adj(e + 1) {
            let pm = match self.k(e + 1) {
                "صباح" | "فجر" => Some(false),
                "ظهر" | "عصر" | "مساء" => Some(true),
                "ليل" | "ليله" => Some((6..12).contains(&h)),
                _ => None,
            };
            if let Some(pm) = pm {
                let anchor = if self.adj(e + 2) { self.relday_core(e + 2).or_else(|| self.weekday_core(e + 2)) } else { None };
                if let Some((end, d)) = anchor {
                    if pm && h < 12 {
                        h += 12;
                    }
                    day = d;
                    e = end;
                    anchored = true;
                }
            }
        }
        if bare_word && !anchored {
            return None;
        }
        let value = day.map(|d| format!("{}T{:02}:{:02}", fmt_day(d), h % 24, mi));
        one(i, e, DateType::Time, value, Grain::Minute)
    }

    /// «9.30» / «9:30» read as one number token: (hour, minute).
    pub(super) fn dotted_time(&self, j: usize) -> Option<(u32, u32)> {
        let w = self.w.get(j)?;
        if w.kind != TokenKind::Number || !self.adj(j) {
            return None;
        }
        let (a, b) = w.key.split_once(['.', ':'])?;
        if a.is_empty() || a.len() > 2 || b.len() != 2 || !a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit()) {
            return None;
        }
        let (h, m) = (a.parse::<u32>().ok()?, b.parse::<u32>().ok()?);
        (h <= 24 && m <= 59).then_some((h, m))
    }

    /// Parts of a day: «صباح اليوم», «مساء الخميس», «ليل السبت», «فجر امس».
    pub(super) fn p_part_of_day(&self, i: usize) -> Option<Found> {
        let code = match self.k(i) {
            "صباح" | "فجر" | "ضحي" => "MO",
            "ظهر" | "ظهيره" | "عصر" => "AF",
            "مساء" | "عشيه" => "EV",
            "ليل" | "ليله" | "منتصف" => "NI",
            "هذا" if self.is(i + 1, &["الصباح"]) => {
                return one(i, i + 2, DateType::Time, self.today().map(|d| format!("{}TMO", fmt_day(d))), Grain::PartOfDay);
            }
            "الليله" if self.is(i + 1, &["الماضيه", "الفائته"]) => {
                let d = self.today().and_then(|t| add_days(t, -1));
                return one(i, i + 2, DateType::Time, d.map(|d| format!("{}TNI", fmt_day(d))), Grain::PartOfDay);
            }
            "هذه" if self.is(i + 1, &["الليله"]) => {
                return one(i, i + 2, DateType::Time, self.today().map(|d| format!("{}TNI", fmt_day(d))), Grain::PartOfDay);
            }
            _ => return None,
        };
        let mut j = i + 1;
        if self.k(i) == "منتصف" {
            if !self.is(j, &["ليل", "الليل", "ليله"]) {
                return None;
            }
            j += 1;
        }
        if !self.adj(j) {
            return None;
        }
        let (end, date) = if let Some((e, d)) = self.relday_core(j) {
            // «صباح غد الأربعاء», «صباح اليوم السبت», «مساء اليوم (الاثنين)»: the weekday beside the relative day
            // decides, and is its own item (`weekday_beside`)
            let paren = self.k(e) == "(" && self.adj(e);
            let w = e + paren as usize;
            if let Some(wd) = self.weekday(w).filter(|_| self.adj(w) && !(self.adj(w + 1) && rel_of(self.k(w + 1)).is_some())) {
                let off = match self.k(e - 1) {
                    "غدا" | "غد" | "الغد" => 1,
                    "امس" | "الامس" | "البارحه" => -1,
                    _ => 0,
                };
                let wdate = self.weekday_beside(off, wd);
                let time = it(i, e, DateType::Time, wdate.map(|d| format!("{}T{code}", fmt_day(d))), Grain::PartOfDay);
                let end = if paren && self.k(w + 1) == ")" { w + 2 } else { w + 1 };
                return Some((end, vec![time, it(w, w + 1, DateType::Date, wdate.map(fmt_day), Grain::Day)]));
            }
            (e, d)
        } else if let Some((e, d)) = self.weekday_core(j) {
            (e, d)
        } else {
            // a date or a holiday («صباح يوم عيد الفطر»)
            let (e, items) = self.p_calendar(j).or_else(|| self.p_holiday(j))?;
            // one date, not a range («ليلة 28 و29 من رمضان»)
            if items.len() != 1 {
                return None;
            }
            let v = items.first()?.value.clone()?;
            if v.len() != 10 {
                return None;
            }
            (e, NaiveDate::parse_from_str(&v, "%Y-%m-%d").ok())
        };
        one(i, end, DateType::Time, date.map(|d| format!("{}T{code}", fmt_day(d))), Grain::PartOfDay)
    }

    /// A clock time right after a day-grain date («الخميس الساعة العاشرة») takes that date, and so does a time or
    /// part of day right before one («الساعة العاشرة مساء اليوم الأحد», «صباح اليوم السبت»: the weekday glossing
    /// «اليوم» is its own item and decides the day).
    pub(super) fn attach_times(&mut self) {
        for n in 1..self.out.len() {
            let (a, b) = self.out.split_at_mut(n);
            let cur = &mut a[n - 1].1;
            let next = &b[0].1;
            let timed = matches!(cur.grain, Some(Grain::Minute) | Some(Grain::PartOfDay));
            if cur.ty != DateType::Time || !timed || next.grain != Some(Grain::Day) || next.s != cur.e {
                continue;
            }
            if let (Some(nv), Some(cv)) = (&next.value, &cur.value)
                && nv.len() == 10 && cv.len() > 10
            {
                cur.value = Some(format!("{nv}{}", &cv[10..]));
            }
        }
        // a clock time after a day takes that day: «الأحد الساعة 10», «صباح غد لقاءً وظيفياً من الساعة 9 صباحا»
        // (a part of the day within a few words, the same sentence)
        for n in 1..self.out.len() {
            let (prev, cur) = (&self.out[n - 1].1, &self.out[n].1);
            let gap = match prev.grain {
                Some(Grain::Day) => 1,
                Some(Grain::PartOfDay) => 4,
                // «من الساعة 9 صباحا وحتى الساعة 3 عصرا»: the second time of a range
                Some(Grain::Minute) => 2,
                _ => continue,
            };
            if cur.ty != DateType::Time || cur.grain != Some(Grain::Minute) || cur.s > prev.e + gap {
                continue;
            }
            if (prev.e..cur.s).any(|j| matches!(self.k(j), "." | "؟" | "!" | "؛")) {
                continue;
            }
            let v = match (&prev.value, &cur.value) {
                (Some(pv), Some(cv)) if pv.len() >= 10 && cv.len() > 10 && pv.as_bytes().get(4) == Some(&b'-') && pv.is_char_boundary(10) && cv.is_char_boundary(10) => {
                    format!("{}{}", &pv[..10], &cv[10..])
                }
                _ => continue,
            };
            self.out[n].1.value = Some(v);
        }
    }
}
