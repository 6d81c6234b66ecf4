//! Durations («ثلاث سنوات», «عام ونصف») and recurrences («سنويا», «كل يوم»).

use super::*;

impl Run<'_> {
    /// A quantity of a unit: (n or vague, unit, end). «ثلاث سنوات», «24 ساعة», «يومين», «شهر واحد», «عدة اشهر».
    pub(super) fn quantity(&self, j: usize) -> Option<(Option<u32>, Unit, usize)> {
        // «(7) سنوات», «( 7 ) سنوات»: a number in parentheses before its unit
        if self.k(j) == "("
            && let Some((v, _)) = self.num(j + 1).filter(|_| self.adj(j + 1) && self.adj(j + 2) && self.k(j + 2) == ")")
        {
            let (u, f, def) = unit_of(self.k(j + 3)).filter(|_| self.adj(j + 3))?;
            if def || f == Form::Dual {
                return None;
            }
            return Some((Some(v), u, j + 4));
        }
        if let Some((v, _)) = self.num(j) {
            let (u, f, def) = unit_of(self.k(j + 1)).filter(|_| self.adj(j + 1))?;
            if def || f == Form::Dual {
                return None;
            }
            return Some((Some(v), u, j + 2));
        }
        if let Some(q) = self.fraction_of_unit(j) {
            return Some(q);
        }
        let k = self.k(j);
        if matches!(k, "عده" | "بضعه" | "بضع" | "عشرات" | "مئات" | "بعض") && self.adj(j + 1) {
            let (u, f, def) = unit_of(self.k(j + 1))?;
            if (def || f == Form::Dual || (k != "عشرات" && k != "مئات" && f != Form::Plural))
                && (!(k == "عشرات" || k == "مئات") || !def)
            {
                return None;
            }
            return Some((None, u, j + 2));
        }
        if let Some(n) = self.words(j).filter(|n| !n.ordinal && !n.definite && (n.len == 1 || self.adj(j + 1))) {
            // a count past u32 («ستة مليارات سنة») is left vague rather than saturated
            let exact = !n.approx && n.value < f64::from(u32::MAX);
            let (v, used) = (if exact { Some(n.value as u32) } else { None }, n.len);
            let (u, f, def) = unit_of(self.k(j + used)).filter(|_| self.adj(j + used))?;
            if def || f == Form::Dual {
                return None;
            }
            let mut e = j + used + 1;
            // «ثلاث سنوات ونصف»
            if self.is(e, &["ونصف"]) {
                e += 1;
            }
            return Some((v, u, e));
        }
        let (u, f, def) = unit_of(k)?;
        if def {
            return None;
        }
        match f {
            Form::Dual => Some((Some(2), u, j + 1)),
            Form::Sing if self.is(j + 1, &["واحد", "واحده", "كامل", "كامله"]) => Some((Some(1), u, j + 2)),
            _ => None,
        }
    }

    /// A whole count of a thousand or more at `j` over two tokens or more, a scale word among them («26 مليون»,
    /// «1.5 مليار», «ستة مليارات»), its attached proclitic consistent with the start being tried.
    fn scaled_count(&self, j: usize) -> Option<NumberWords> {
        let x = self.parsed.get(self.tokens, j)?;
        let skip = match &self.cur {
            Some((i, _, skip)) if *i == j => *skip,
            _ => 0,
        };
        let whole = x.value >= 1000.0 && x.value < 1e15 && x.value.fract() == 0.0;
        (x.len >= 2 && whole && x.prefix_bytes == skip && !x.ordinal && !x.approx && !x.definite && !x.fraction && (1..x.len).all(|k| self.adj(j + k)))
            .then_some(x)
    }

    /// «نصف ساعة», «ربع قرن», «ثلث ساعة»: a fraction of a unit, as the whole number of the next smaller unit it is
    /// (PT30M, P25Y, PT20M); none when that is no whole number («ثلث قرن») or the unit has no such divisor (months).
    fn fraction_of_unit(&self, j: usize) -> Option<(Option<u32>, Unit, usize)> {
        let f = match self.k(j) {
            "نصف" => 0.5,
            "ربع" => 0.25,
            "ثلث" => 1.0 / 3.0,
            _ => return None,
        };
        let (u, form, def) = unit_of(self.k(j + 1)).filter(|_| self.adj(j + 1))?;
        if def || form != Form::Sing {
            return None;
        }
        let (whole, small) = match u {
            Unit::Century => (100.0, Unit::Year),
            Unit::Decade => (10.0, Unit::Year),
            Unit::Year => (12.0, Unit::Month),
            Unit::Day => (24.0, Unit::Hour),
            Unit::Hour => (60.0, Unit::Minute),
            Unit::Minute => (60.0, Unit::Second),
            Unit::Month | Unit::Week | Unit::Second => return None,
        };
        let v = (f * whole as f64 * 1000.0).round() / 1000.0;
        (v.fract() == 0.0).then_some((Some(v as u32), small, j + 2))
    }

    /// «آجال 3 و 7 سنوات», «ما بين 10 إلى 20 سنة», «أعمارهم 3 و5 و9 سنوات»: a count in a list or range whose last
    /// count has a unit is a length of that unit too (its own item, as the numbers layer reads «7 و11 بالمئة»).
    fn first_of_two_counts(&self, i: usize) -> Option<Found> {
        // a count: (value, words)
        let count = |p: usize| match self.num(p) {
            Some((v, _)) => Some((v, 1)),
            None => {
                let x = self.words(p).filter(|x| !x.ordinal && !x.definite && !x.approx && x.value < f64::from(u32::MAX))?;
                Some((x.value as u32, x.len))
            }
        };
        let joiner = |p: usize| self.adj(p) && self.adj(p + 1) && matches!(self.k(p), "و" | "الي" | "-" | "–" | "حتي" | "او");
        let (n, len) = count(i)?;
        // «3 و5 و9 و14 سنة»: over the counts of a list to the one with the unit
        let mut j = i + len;
        for _ in 0..6 {
            if !joiner(j) {
                return None;
            }
            if let Some((Some(_), u, e)) = self.quantity_checked(j + 1) {
                if u == Unit::Decade && self.num(j + 1).is_some() && !self.decades_in_time(i, e) {
                    return None;
                }
                return one(i, i + len, DateType::Duration, Some(duration(Some(n), u)), unit_grain(u));
            }
            j += 1 + count(j + 1)?.1;
        }
        None
    }

    /// A quantity, unless its unit word introduces a year («مليونين عام 2005»).
    pub(super) fn quantity_checked(&self, j: usize) -> Option<(Option<u32>, Unit, usize)> {
        let q = self.quantity(j)?;
        // «1400 سنة ضوئية»: light-years measure distance
        if self.is(q.2, &["ضوئيه"]) {
            return None;
        }
        // (only a singular unit: «قبل ثلاث سنوات 280 ألف يورو» is a count of years and a price)
        if q.1 == Unit::Year && matches!(self.k(q.2 - 1), "عام" | "سنه") && self.adj(q.2) && self.year_num(q.2).is_some() {
            return None;
        }
        Some(q)
    }

    /// «وأربعة أشهر», «و 4 أيام» at `e` after a count of `u`: a count of a smaller unit, down to days (count, unit, end).
    fn and_smaller(&self, e: usize, u: Unit) -> Option<(u32, Unit, usize)> {
        let (m, p) = if self.k(e) == "و" && self.adj(e + 1) {
            match self.num(e + 1) {
                Some((v, _)) => (v, e + 2),
                None => {
                    let x = self.parsed.get(self.tokens, e + 1).filter(|x| x.words && x.prefix_bytes == 0 && !x.ordinal && !x.definite)?;
                    (x.value as u32, e + 1 + x.len)
                }
            }
        } else {
            // the conjunction on the number word: «وأربعة»
            let x = self.parsed.get(self.tokens, e).filter(|x| x.words && !x.digits && x.prefix_chars == 1 && !x.ordinal && !x.definite)?;
            if !self.tokens.get(e)?.text.starts_with('و') || x.value.fract() != 0.0 {
                return None;
            }
            (x.value as u32, e + x.len)
        };
        let (u2, f, def) = unit_of(self.k(p)).filter(|_| self.adj(e) && self.adj(p))?;
        let finer = matches!(
            (u, u2),
            (Unit::Year, Unit::Month | Unit::Week | Unit::Day) | (Unit::Month, Unit::Week | Unit::Day) | (Unit::Week, Unit::Day)
        );
        (finer && !def && f != Form::Dual && m > 0).then_some((m, u2, p + 1))
    }

    /// A count of decades from `i` to `e` stands in time: a temporal word before it («منذ», «خلال», «قبل», a verb of
    /// lasting) or after it («مضت», «من الزمن»).
    fn decades_in_time(&self, i: usize, e: usize) -> bool {
        let before = matches!(
            strip_clitics(self.prev_key(i)),
            "منذ" | "خلال" | "طوال" | "طيله" | "مدي" | "مدار" | "بعد" | "قبل" | "عبر" | "لمده" | "مده" | "نحو" | "قرابه" | "حوالي"
                | "استمر" | "استمرت" | "يستمر" | "تستمر" | "دام" | "دامت" | "امتد" | "امتدت" | "استغرق" | "استغرقت"
        );
        let after = self.adj(e)
            && (matches!(self.k(e), "مضت" | "خلت" | "طويله" | "متتاليه" | "ماضيه" | "سابقه" | "الماضيه" | "الاخيره")
                || (self.k(e) == "من" && self.is(e + 1, &["الزمن"])));
        before || after
    }

    /// After «ونصف», the unit repeated definite («ثماني سنوات ونصف السنة», «ساعة ونصف الساعة») belongs to it.
    pub(super) fn half_unit(&self, e: usize, u: Unit) -> usize {
        match unit_of(self.k(e)) {
            Some((u2, Form::Sing, true)) if u2 == u && self.adj(e) => e + 1,
            _ => e,
        }
    }

    /// Durations and «قبل N unit» dates.
    pub(super) fn p_duration(&self, i: usize) -> Option<Found> {
        let k = self.k(i);
        if self.general_adjective(i) {
            return None;
        }
        // «أبو قرنين», «ذو القرنين»: names
        if matches!(self.prev_key(i), "ابو" | "ابي" | "ابا" | "ذو" | "ذي" | "ذا") {
            return None;
        }
        if k == "قبل" && self.adj(i + 1) {
            // a hedge between: «قبل أكثر من أربعة أشهر», «قبل نحو عامين»
            let q = match self.k(i + 1) {
                "اكثر" | "اقل" | "ازيد" if self.is(i + 2, &["من"]) && self.adj(i + 3) => i + 3,
                "نحو" | "حوالي" | "قرابه" | "زهاء" if self.adj(i + 2) => i + 2,
                _ => i + 1,
            };
            let (n, u, mut e) = match self.quantity_checked(q) {
                Some(q) => q,
                None => {
                    let (u, f, def) = unit_of(self.k(q))?;
                    match (def, f) {
                        (false, Form::Sing) => (Some(1), u, q + 1),
                        // «قبل أيام», «قبل شهور قليلة»: some time ago
                        (false, Form::Plural) if q == i + 1 && !(self.adj(q + 1) && construct_head(self.k(q + 1))) => (None, u, q + 1),
                        _ => return None,
                    }
                }
            };
            // «قبل سنتين وأربعة أشهر», «قبل عام ونصف»: a smaller unit added
            let half = || {
                let (m, u2) = match u {
                    Unit::Century => (50, Unit::Year),
                    Unit::Decade => (5, Unit::Year),
                    Unit::Year => (6, Unit::Month),
                    Unit::Month => (15, Unit::Day),
                    _ => return None,
                };
                self.is(e, &["ونصف"]).then(|| (m, u2, self.half_unit(e + 1, u)))
            };
            if let Some(n) = n
                && let Some((m, u2, e2)) = self.and_smaller(e, u).or_else(half)
            {
                let t = self.today();
                let ((m1, d1), (m2, d2)) = (months_days(n, u), months_days(m, u2));
                let (months, days) = (m1 + m2, d1 + d2);
                let back = t.and_then(|t| shift_months(t, -(months as i32))).and_then(|d| d.checked_sub_days(Days::new(days as u64)));
                let (v, grain) = match u2 {
                    Unit::Year => (back.map(|d| fmt_year(d.year())), Grain::Year),
                    Unit::Month => (back.map(|d| fmt_month(d.year(), d.month())), Grain::Month),
                    _ => (back.map(fmt_day), Grain::Day),
                };
                return one(i, e2, DateType::Date, v, grain);
            }
            if n.is_none() && self.is(e, &["قليله", "قلائل", "عديده", "معدوده", "مضت"]) {
                e += 1;
            }
            let t = self.today();
            // «قبل يومين من الانتخابات», «قبل ثلاثة أشهر فقط من انطلاق»: counted back from an event, not from the
            // reference date
            let mut f = if matches!(self.k(e), "فقط" | "تقريبا" | "بالضبط") && self.adj(e) { e + 1 } else { e };
            // «قبل نحو عقد من الزمن»: of time, not of an event
            if self.is(f, &["من"]) && self.is(f + 1, &["الزمن"]) {
                (e, f) = (f + 2, f + 2);
            }
            if self.is(f, &["من"]) && self.adj(f + 1) && !matches!(self.k(f + 1), "الان" | "اليوم") {
                return one(i, e, DateType::Date, None, if n.is_none() { Grain::Vague } else { unit_grain(u) });
            }
            // «قبل بضعة أسابيع», «قبل عدة أشهر»: some time ago, no count to subtract
            if n.is_none() {
                return one(i, e, DateType::Date, t.map(|_| "PAST_REF".to_string()), Grain::Vague);
            }
            let v = match (n.filter(|&n| n <= 10_000), t) {
                (Some(n), Some(t)) => match u {
                    Unit::Year => Some(fmt_year(t.year() - n as i32)),
                    Unit::Month => shift_months(t.with_day(1)?, -(n as i32)).map(|d| fmt_month(d.year(), d.month())),
                    Unit::Week => add_days(t, -7 * n as i64).map(fmt_week),
                    Unit::Day => t.checked_sub_days(Days::new(n as u64)).map(fmt_day),
                    Unit::Hour | Unit::Minute | Unit::Second => Some(fmt_day(t)),
                    Unit::Decade => Some(fmt_year(t.year() - 10 * n as i32)),
                    Unit::Century => Some(fmt_year(t.year() - 100 * n as i32)),
                },
                _ => None,
            };
            let grain = match u {
                Unit::Hour | Unit::Minute | Unit::Second => Grain::Day,
                Unit::Decade | Unit::Century => Grain::Year,
                _ => unit_grain(u),
            };
            return one(i, e, DateType::Date, v, grain);
        }
        // «الخمس سنوات المقبلة», «العشرة أيام الأولى», «المائة يوم الماضية», «الثلاثة الأشهر الماضية»: a definite
        // number before a plural (an indefinite singular from eleven up: not «في المائة العام الماضي», per cent)
        if let Some(x) = self.words(i).filter(|x| x.definite && !x.ordinal && !x.approx && x.value <= 1000.0) {
            let p = i + x.len;
            if self.adj(p)
                && self.adj(p + 1)
                && let Some((u, f, def)) = unit_of(self.k(p))
                && (f == Form::Plural || (f == Form::Sing && x.value >= 11.0 && !def))
                && period_adjective(self.k(p + 1))
            {
                return one(i, p + 2, DateType::Duration, Some(duration(Some(x.value as u32), u)), unit_grain(u));
            }
        }
        if let Some(found) = self.first_of_two_counts(i) {
            return Some(found);
        }
        // «26 مليون عام», «1.5 مليار سنة», «ستة مليارات سنة»: a count with a scale word
        if let Some(x) = self.scaled_count(i)
            && self.adj(i + x.len)
            && let Some((u, f, false)) = unit_of(self.k(i + x.len))
            && f != Form::Dual
            // (not «127 مليارا عام 2015», a sum and a year)
            && !(self.adj(i + x.len + 1) && self.year_num(i + x.len + 1).is_some())
        {
            let n = format!("{}", x.value as u64);
            return one(i, i + x.len + 1, DateType::Duration, Some(duration_of(&n, u)), unit_grain(u));
        }
        // «9.7 سنوات», «55.42 ثانية»: a decimal count, of two decimals at most (not a rate: «عند 1.5671 يوم الخميس»)
        if let Some(d) = self.decimal(i).filter(|d| d.split_once('.').is_some_and(|(_, b)| b.len() <= 2))
            && self.adj(i + 1)
            && let Some((u, f, false)) = unit_of(self.k(i + 1))
            && f != Form::Dual
            && self.weekday(i + 2).is_none()
        {
            return one(i, i + 2, DateType::Duration, Some(duration_of(&d, u)), unit_grain(u));
        }
        if let Some((n, u, mut e)) = self.quantity_checked(i) {
            // «لدينا 31 عقدا», «من 5-6 عقود»: decades counted in digits are contracts unless a temporal word comes
            // before them or an adjective of time after them («منذ 3 عقود», «4 عقود مضت»)
            if u == Unit::Decade && self.num(i).is_some() && !self.decades_in_time(i, e) {
                return None;
            }
            // not «2011 عام»-like nonsense: a 4-digit year followed by a unit is still a count («1500 عام»)
            let mut v = duration(n, u);
            if n.is_some() && self.k(e - 1) != "ونصف" && self.is(e, &["ونصف"]) {
                e += 1;
            }
            if e > i + 1 && self.k(e - 1) == "ونصف" && n.is_some() {
                v = with_half(&v);
                e = self.half_unit(e, u);
            }
            // «14 دقيقة و55.42 ثانية»: minutes and seconds, as race times give them
            if u == Unit::Minute
                && let Some(n) = n
                && self.is(e, &["و"])
                && self.adj(e + 1)
                && let Some(s) = self.num(e + 1).map(|(s, _)| s.to_string()).or_else(|| self.decimal(e + 1))
                && self.adj(e + 2)
                && matches!(unit_of(self.k(e + 2)), Some((Unit::Second, Form::Sing | Form::Plural, false)))
            {
                return one(i, e + 3, DateType::Duration, Some(format!("PT{n}M{s}S")), unit_grain(u));
            }
            return one(i, e, DateType::Duration, Some(v), unit_grain(u));
        }
        let (u, f, def) = unit_of(k)?;
        if def {
            // «الاشهر الثلاثة الاخيرة», «اليومين القادمين», «الايام الاخيرة», «السنوات المقبلة»
            let mut p = i + 1;
            let mut n = if f == Form::Dual { Some(2) } else { None };
            if f == Form::Plural && self.adj(p) {
                if let Some(x) = self.words(p).filter(|x| x.definite && !x.ordinal && !x.approx) {
                    n = Some(x.value as u32);
                    p += x.len;
                } else if let Some((v, _)) = self.num(p) {
                    n = Some(v);
                    p += 1;
                }
            }
            if f == Form::Dual && !(self.adj(p) && (LAST.contains(&self.k(p)) || PAST.contains(&self.k(p)) || FUTURE_PL.contains(&self.k(p)) || NEXT.contains(&self.k(p)))) {
                // «خلال العامين»
                return one(i, i + 1, DateType::Duration, Some(duration(Some(2), u)), unit_grain(u));
            }
            if f == Form::Sing || !self.adj(p) {
                return None;
            }
            if n.is_none() && matches!(self.k(p), "القليله" | "الطويله" | "العديده" | "الكثيره") && self.adj(p + 1) {
                p += 1;
            }
            if n.is_none() && self.k(p) == "ال" && self.tight(p + 1) {
                // «الساعات الـ24 الماضية»
                if let Some((v, _)) = self.num(p + 1) {
                    n = Some(v);
                    p += 2;
                }
            }
            let adj = self.k(p);
            // «الأيام العشرة الأولى»: the first n units (a count is needed)
            if LAST.contains(&adj) || PAST.contains(&adj) || (n.is_some() && matches!(adj, "الاولي" | "الاول")) {
                return one(i, p + 1, DateType::Duration, Some(duration(n, u)), unit_grain(u));
            }
            if FUTURE_PL.contains(&adj) || NEXT.contains(&adj) {
                if n.is_some() {
                    return one(i, p + 1, DateType::Duration, Some(duration(n, u)), unit_grain(u));
                }
                return one(i, p + 1, DateType::Date, Some("FUTURE_REF".into()), Grain::Vague);
            }
            return None;
        }
        // «عقود» alone is mostly contracts, «أشهر» the elative "most famous" («أشهر شعراء») and «قرون» horns: such a
        // plural is a length of time after a temporal word («منذ عقود», «لأشهر», «منذ قرون») or before an adjective
        // («عقود طويلة»)
        if f == Form::Plural && !def && (u == Unit::Decade || matches!(k, "اشهر" | "قرون")) {
            let lam = self.text.get(self.w[i].bs..self.w[i].be).is_some_and(|t| t.starts_with('ل') || t.starts_with("فل") || t.starts_with("ول"));
            let before = matches!(
                self.prev_key(i),
                "منذ" | "خلال" | "طوال" | "طيله" | "مدي" | "مدار" | "بعد" | "قبل" | "عبر" | "لعده" | "عده" | "لبضعه" | "بضعه" | "مضي" | "عليه" | "عليها" | "الي"
            );
            let after = self.adj(i + 1)
                && matches!(self.k(i + 1), "طويله" | "عديده" | "مضت" | "خلت" | "متتاليه" | "قليله" | "كثيره" | "طوال" | "زمنيه" | "ماضيه" | "سابقه");
            if !(lam || before || after) {
                return None;
            }
        }
        match f {
            // not a length of time when the plural is the first term of a construct («أيام العيد», «عقود
            // الصيانة») or follows a superlative or ordinal («آخر دقائق حياته», «أول أيام»)
            Form::Plural if (self.adj(i + 1) && construct_head(self.k(i + 1))) || (self.adj(i) && SUPERLATIVE.contains(&self.prev_key(i))) => {
                None
            }
            Form::Plural => one(i, i + 1, DateType::Duration, Some(duration(None, u)), unit_grain(u)),
            Form::Sing => {
                let prev = self.prev_key(i);
                // «وتستمر أسبوعا», «استغرقت يوما»: a verb of lasting takes a length of time (not «عقد», a contract
                // there: «ويمتد عقد اللاعب»)
                let lasting = u != Unit::Decade && matches!(
                    strip_clitics(prev),
                    "استمر" | "يستمر" | "تستمر" | "استمرت" | "دام" | "دامت" | "يدوم" | "تدوم" | "امتد" | "امتدت" | "يمتد" | "تمتد"
                        | "استغرق" | "استغرقت" | "يستغرق" | "تستغرق"
                );
                // «عام ونصف», «ساعة ونصف»: a length of time wherever it stands
                if self.is(i + 1, &["ونصف"]) && !matches!(prev, "كل" | "لكل") {
                    return one(i, self.half_unit(i + 2, u), DateType::Duration, Some(with_half(&duration(Some(1), u))), unit_grain(u));
                }
                // «عقدا من الزمن», «ساعة من الزمن»
                if self.is(i + 1, &["من"]) && self.is(i + 2, &["الزمن"]) {
                    return one(i, i + 3, DateType::Duration, Some(duration(Some(1), u)), unit_grain(u));
                }
                let after_prep = lasting
                    || matches!(prev, "منذ" | "خلال" | "لمده" | "مده" | "طوال" | "طيله" | "بعد" | "قرابه" | "نحو" | "حوالي" | "زهاء" | "مدار")
                    || (prev == "من" && i >= 2 && matches!(self.w[i - 2].key.as_ref(), "اكثر" | "اقل" | "لاكثر" | "لاقل"));
                // «من خلال عقد شراكات»: «من خلال» is 'by means of'
                let by_means = prev == "خلال" && i >= 2 && strip_clitics(self.w[i - 2].key.as_ref()) == "من";
                if !after_prep || !self.adj(i) || by_means {
                    return None;
                }
                // «يوماً بعد يوم», «عاما بعد عام»: little by little, no length of time
                if prev == "بعد" && i >= 2 && unit_of(strip_clitics(self.w[i - 2].key.as_ref())).is_some_and(|(u2, f2, _)| u2 == u && f2 == Form::Sing) {
                    return None;
                }
                if u == Unit::Day && !lasting && !matches!(prev, "منذ" | "خلال" | "لمده" | "مده" | "طوال" | "طيله" | "بعد") {
                    return None;
                }
                // «بعد يوم من» is fine; «منذ عام 2011» is a year (longer match wins)
                one(i, i + 1, DateType::Duration, Some(duration(Some(1), u)), unit_grain(u))
            }
            Form::Dual => None,
        }
    }

    /// Recurrences: «يوميا», «سنويا», «كل عام», «كل ثلاثة اشهر», «الجولات اليومية».
    pub(super) fn p_set(&self, i: usize) -> Option<Found> {
        let k = self.k(i);
        let per = |u: Unit| Some(duration(Some(1), u));
        let core = k.strip_prefix("ال").unwrap_or(k);
        let u = match core {
            "يوميا" | "يومي" | "يوميه" => Some(Unit::Day),
            "اسبوعيا" | "اسبوعي" | "اسبوعيه" => Some(Unit::Week),
            "شهريا" | "شهري" | "شهريه" => Some(Unit::Month),
            "سنويا" | "سنوي" | "سنويه" => Some(Unit::Year),
            "ساعيا" => Some(Unit::Hour),
            _ => None,
        };
        // «يومي الأحد والاثنين», «يومي 10 و11», «يومي العاشر والحادي عشر»: the two days, not daily
        if core == "يومي" && self.adj(i + 1) && (self.weekday(i + 1).is_some() || self.num(i + 1).is_some() || self.day(i + 1).is_some()) {
            return None;
        }
        // «شهري أبريل ومايو»: the two months, not monthly
        if k == "شهري" && self.adj(i + 1) && self.month_expr(i + 1).is_some() {
            return None;
        }
        if let Some(u) = u {
            // an adjective after a definite noun («التقرير السنوي», «الجولات اليومية»), not a surname («الشهري»)
            if k.starts_with("ال") && !(i > 0 && self.adj(i) && self.w[i - 1].key.starts_with("ال") && self.w[i - 1].kind == TokenKind::Arabic) {
                return None;
            }
            return one(i, i + 1, DateType::Set, per(u), unit_grain(u));
        }
        if k == "كل" && self.adj(i + 1) {
            let p = if self.k(i + 1) == "يوم" && self.adj(i + 2) { i + 2 } else { i + 1 };
            // «كل يوم جمعة», and «كل خميس» without «يوم» (not «كل أحد» everyone, «كل اثنين» every two)
            let bare = if p == i + 2 || !matches!(self.k(p), "احد" | "اثنين") {
                self.lex.weekdays.get(&format!("ال{}", self.k(p))).copied()
            } else {
                None
            };
            if let Some(wd) = self.weekday(p).or(bare) {
                return one(i, p + 1, DateType::Set, Some(format!("XXXX-WXX-{wd}")), Grain::Day);
            }
            if let Some((n, u, e)) = self.quantity(i + 1) {
                return one(i, e, DateType::Set, Some(duration(n, u)), unit_grain(u));
            }
            let (u, f, def) = unit_of(self.k(i + 1))?;
            // («كل عقد» is every contract)
            if def || f != Form::Sing || u == Unit::Decade {
                return None;
            }
            return one(i, i + 2, DateType::Set, per(u), unit_grain(u));
        }
        None
    }
}

/// A count of `u` as months and days (hours and shorter: none).
fn months_days(n: u32, u: Unit) -> (u32, u32) {
    match u {
        Unit::Century => (1200 * n, 0),
        Unit::Decade => (120 * n, 0),
        Unit::Year => (12 * n, 0),
        Unit::Month => (n, 0),
        Unit::Week => (0, 7 * n),
        Unit::Day => (0, n),
        _ => (0, 0),
    }
}
