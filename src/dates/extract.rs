//! The matcher: one left-to-right pass over the tokens. At each token every rule is tried (with the token's
//! attached proclitics stripped when the whole word does not match) and the longest match wins. Rules work on
//! matching keys ([`super::lexicon::key`]) and never allocate per token except for keys with taa marbuta.

use std::borrow::Cow;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use super::lexicon::{Lexicon, key_of_norm};
use crate::numbers::words::{NumberParses, NumberWords};
use super::{Calendar, DateItem, DateType, Grain, hijri};
use crate::clitics::{Proclitics, is_conj};
use crate::document::Token;
use crate::span::TextIndex;
use crate::tokenizer::TokenKind;

struct W<'a> {
    key: Cow<'a, str>,
    kind: TokenKind,
    bs: usize,
    be: usize,
    /// The integer value of a digits-only number token, and its digit count.
    num: Option<(u32, u8)>,
}

#[derive(Debug, Clone)]
struct It {
    s: usize,
    e: usize,
    ty: DateType,
    value: Option<String>,
    grain: Option<Grain>,
    cal: Calendar,
}

type Found = (usize, Vec<It>);

fn it(s: usize, e: usize, ty: DateType, value: Option<String>, grain: Grain) -> It {
    It { s, e, ty, value, grain: Some(grain), cal: Calendar::Gregorian }
}

fn one(s: usize, e: usize, ty: DateType, value: Option<String>, grain: Grain) -> Option<Found> {
    Some((e, vec![it(s, e, ty, value, grain)]))
}

pub(super) fn run(lex: &Lexicon, text: &str, tokens: &[Token], reference: Option<NaiveDate>, parsed: &NumberParses) -> Vec<DateItem> {
    let w: Vec<W> = tokens
        .iter()
        .map(|t| {
            let num = if t.kind == TokenKind::Number && t.norm.len() <= 9 && t.norm.bytes().all(|b| b.is_ascii_digit()) {
                t.norm.parse::<u32>().ok().map(|v| (v, t.norm.len() as u8))
            } else {
                None
            };
            W { key: key_of_norm(&t.norm), kind: t.kind, bs: t.span.byte_start, be: t.span.byte_end, num }
        })
        .collect();
    let looks = vec![std::cell::OnceCell::new(); w.len()];
    let mut r = Run {
        lex,
        text,
        tokens,
        w: &w,
        parsed,
        looks,
        reference,
        today: None,
        cur: None,
        cur_look: std::cell::OnceCell::new(),
        out: Vec::new(),
    };
    r.scan();
    let index = TextIndex::new(text);
    let mut items = Vec::with_capacity(r.out.len());
    for (skip, x) in r.out {
        let (Some(a), Some(b)) = (w.get(x.s), w.get(x.e.wrapping_sub(1))) else { continue };
        let bs = a.bs + skip;
        let be = b.be;
        if bs >= be || !text.is_char_boundary(bs) || !text.is_char_boundary(be) {
            continue;
        }
        items.push(DateItem {
            text: text[bs..be].to_string(),
            span: index.span(bs, be),
            kind: x.ty,
            value: x.value,
            grain: x.grain,
            calendar: x.cal,
        });
    }
    items
}

struct Run<'a> {
    lex: &'a Lexicon,
    text: &'a str,
    tokens: &'a [Token],
    w: &'a [W<'a>],
    /// The numbers layer's parse at each token, computed on first use.
    parsed: &'a NumberParses,
    /// The lexicon entries of each token's key, looked up on first use (the rules ask for them many times).
    looks: Vec<std::cell::OnceCell<Look>>,
    reference: Option<NaiveDate>,
    /// The document's "today": the reference date, or the day a weekday gloss («اليوم (الخميس)») reveals.
    today: Option<NaiveDate>,
    /// The token being tried as an expression start: its stripped key and the bytes stripped.
    cur: Option<(usize, String, usize)>,
    /// The lexicon entries of the stripped key in `cur`.
    cur_look: std::cell::OnceCell<Look>,
    /// Items with the bytes skipped at the start of their first token (attached clitics).
    out: Vec<(usize, It)>,
}

const PAST: &[&str] = &["الماضي", "الماضيه", "المنصرم", "المنصرمه", "الفائت", "الفائته", "المنقضي", "المنقضيه"];
const NEXT: &[&str] = &["المقبل", "المقبله", "القادم", "القادمه", "الاتي", "الاتيه"];
const THIS: &[&str] = &["الحالي", "الحاليه", "الجاري", "الجاريه"];
const ANAPHORIC: &[&str] = &["السابق", "السابقه", "التالي", "التاليه", "اللاحق", "اللاحقه", "نفسه", "ذاته"];
const LAST: &[&str] = &["الاخير", "الاخيره", "الاخيرين", "الاخيرتين", "الماضيين", "الماضيتين", "المنصرمين"];
const FUTURE_PL: &[&str] = &["المقبله", "القادمه", "التاليه", "المقبلين", "القادمين", "المقبلتين", "القادمتين"];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Unit {
    Year,
    Month,
    Week,
    Day,
    Hour,
    Minute,
    Second,
    Decade,
    Century,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Form {
    Sing,
    Plural,
    Dual,
}

/// What the lexicon says of one key: weekday, Gregorian and Hijri month numbers, and whether it starts a
/// two-word month name.
#[derive(Clone, Copy, Debug)]
struct Look {
    weekday: Option<u8>,
    month: Option<u8>,
    hijri: Option<u8>,
    multi_first: bool,
}

impl Look {
    fn of(lex: &Lexicon, k: &str) -> Look {
        if !lex.any.contains(k) {
            return Look { weekday: None, month: None, hijri: None, multi_first: false };
        }
        Look {
            weekday: lex.weekdays.get(k).copied(),
            month: lex.months.get(k).copied(),
            hijri: lex.hijri_months.get(k).copied(),
            multi_first: lex.multi_first.contains(k),
        }
    }
}

fn unit_of(k: &str) -> Option<(Unit, Form, bool)> {
    let (def, k) = match k.strip_prefix("ال") {
        Some(rest) if !rest.is_empty() => (true, rest),
        _ => (false, k),
    };
    use Form::*;
    use Unit::*;
    let (u, f) = match k {
        "عام" | "عاما" | "سنه" | "سنه،" => (Year, Sing),
        "اعوام" | "سنوات" | "سنين" | "سنون" => (Year, Plural),
        "عامين" | "عامان" | "سنتين" | "سنتان" => (Year, Dual),
        "شهر" | "شهرا" => (Month, Sing),
        "اشهر" | "شهور" => (Month, Plural),
        "شهرين" | "شهران" => (Month, Dual),
        "اسبوع" | "اسبوعا" => (Week, Sing),
        "اسابيع" => (Week, Plural),
        "اسبوعين" | "اسبوعان" => (Week, Dual),
        "يوم" | "يوما" => (Day, Sing),
        "ايام" => (Day, Plural),
        "يومين" | "يومان" => (Day, Dual),
        "ساعه" => (Hour, Sing),
        "ساعات" => (Hour, Plural),
        "ساعتين" | "ساعتان" => (Hour, Dual),
        "دقيقه" => (Minute, Sing),
        "دقائق" => (Minute, Plural),
        "دقيقتين" | "دقيقتان" => (Minute, Dual),
        "ثانيه" => (Second, Sing),
        "ثوان" | "ثواني" => (Second, Plural),
        "ثانيتين" => (Second, Dual),
        "عقد" | "عقدا" => (Decade, Sing),
        "عقود" => (Decade, Plural),
        "عقدين" | "عقدان" => (Decade, Dual),
        "قرن" | "قرنا" => (Century, Sing),
        "قرون" => (Century, Plural),
        "قرنين" | "قرنان" => (Century, Dual),
        _ => return None,
    };
    Some((u, f, def))
}

fn unit_grain(u: Unit) -> Grain {
    match u {
        Unit::Year => Grain::Year,
        Unit::Month => Grain::Month,
        Unit::Week => Grain::Week,
        Unit::Day => Grain::Day,
        Unit::Hour => Grain::Hour,
        Unit::Minute => Grain::Minute,
        Unit::Second => Grain::Second,
        Unit::Decade => Grain::Decade,
        Unit::Century => Grain::Century,
    }
}

/// An ISO-8601-style duration value for `n` units (`None` = vague, written X).
fn duration(n: Option<u32>, u: Unit) -> String {
    let n = n.map(|n| n.to_string()).unwrap_or_else(|| "X".to_string());
    match u {
        Unit::Year => format!("P{n}Y"),
        Unit::Month => format!("P{n}M"),
        Unit::Week => format!("P{n}W"),
        Unit::Day => format!("P{n}D"),
        Unit::Hour => format!("P{n}H"),
        Unit::Minute => format!("PT{n}M"),
        Unit::Second => format!("PT{n}S"),
        Unit::Decade => format!("P{n}DE"),
        Unit::Century => format!("P{n}CE"),
    }
}

fn fmt_day(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}
fn fmt_month(y: i32, m: u32) -> String {
    format!("{y:04}-{m:02}")
}
fn fmt_year(y: i32) -> String {
    format!("{y:04}")
}
fn fmt_week(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{:04}-W{:02}", w.year(), w.week())
}

fn weekday_of(n: u8) -> Weekday {
    match n {
        1 => Weekday::Mon,
        2 => Weekday::Tue,
        3 => Weekday::Wed,
        4 => Weekday::Thu,
        5 => Weekday::Fri,
        6 => Weekday::Sat,
        _ => Weekday::Sun,
    }
}

/// The `wd` on or before `base` (`after` = false) or on or after it (`after` = true).
fn nearest_weekday(base: NaiveDate, wd: Weekday, after: bool) -> NaiveDate {
    let cur = base.weekday().num_days_from_monday() as i64;
    let want = wd.num_days_from_monday() as i64;
    let delta = if after { (want - cur).rem_euclid(7) } else { -((cur - want).rem_euclid(7)) };
    base.checked_add_signed(chrono::Duration::days(delta)).unwrap_or(base)
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    d.checked_add_signed(chrono::Duration::days(n))
}

fn shift_months(d: NaiveDate, n: i32) -> Option<NaiveDate> {
    if n >= 0 { d.checked_add_months(Months::new(n as u32)) } else { d.checked_sub_months(Months::new((-n) as u32)) }
}

/// Relative direction of a modifier word.
fn rel_of(k: &str) -> Option<i32> {
    if PAST.contains(&k) {
        Some(-1)
    } else if NEXT.contains(&k) {
        Some(1)
    } else if THIS.contains(&k) {
        Some(0)
    } else {
        None
    }
}

fn strip_clitics(k: &str) -> &str {
    if k == "في" || k.chars().count() <= 2 {
        return k;
    }
    k.strip_prefix(is_conj).unwrap_or(k)
}

/// Superlatives and ordinals that head a construct with a plural: «آخر دقائق حياته», «أول أيام الشهر».
const SUPERLATIVE: &[&str] = &[
    "اخر", "اول", "ثاني", "ثالث", "رابع", "خامس", "احد", "اطول", "اقصر", "افضل", "اسوا", "اصعب", "اجمل", "اهم", "اكثر",
    "اشد", "اسعد", "احلي", "اغلي", "اقسي", "امتع", "ابرز",
];

/// «P3Y» → «P3.5Y»: a duration and a half («ثلاث سنوات ونصف»).
fn with_half(v: &str) -> String {
    match v.rfind(|c: char| c.is_ascii_digit()) {
        Some(k) => format!("{}.5{}", &v[..=k], &v[k + 1..]),
        None => v.to_string(),
    }
}

/// An adjective closing a definite period: «الماضية», «الأخيرة», «المقبلة», «الأولى».
fn period_adjective(k: &str) -> bool {
    LAST.contains(&k) || PAST.contains(&k) || FUTURE_PL.contains(&k) || NEXT.contains(&k) || matches!(k, "الاولي" | "الاول")
}

/// A definite noun that makes the plural before it the first term of a construct («أيام العيد», «سنوات الحرب»):
/// not a period adjective, nor a verb of the افتعل form («قبل سنوات التقيت»).
fn construct_head(k: &str) -> bool {
    let Some(rest) = k.strip_prefix("ال") else { return false };
    if rest.chars().count() < 2 || period_adjective(k) {
        return false;
    }
    let verb = rest.starts_with('ت')
        && rest.chars().count() <= 5
        && !rest.ends_with("ات")
        && (rest.ends_with('ت') || rest.ends_with("وا") || rest.ends_with('ي'));
    !verb
}

/// Words that start like a future verb (س + imperfect prefix) but are nouns.
const NOT_FUTURE: &[&str] = &[
    "سياس", "سيار", "سيطر", "سياد", "سيد", "سينا", "سينم", "سيول", "سياق", "سياح", "سير", "سيف", "سيل", "سيم", "سيك",
    "ستار", "ستين", "سته", "ستوك", "ستي", "ستر", "ستا",
];

fn is_future_word(k: &str) -> bool {
    let k = strip_clitics(k);
    if matches!(k, "سوف" | "المقرر" | "مقرر" | "المرتقب" | "المزمع" | "يعتزم" | "تعتزم" | "يرتقب" | "ينتظر" | "يتوقع" | "المتوقع") {
        return true;
    }
    let Some(rest) = k.strip_prefix('س') else { return false };
    (rest.starts_with('ي') || rest.starts_with('ت')) && k.chars().count() >= 4 && !NOT_FUTURE.iter().any(|p| k.starts_with(p))
}

/// Day-grain parts of a date: year, month, optional day.
#[derive(Clone, Copy, Debug)]
struct Ymd {
    y: i32,
    m: u32,
    d: Option<u32>,
}

impl<'a> Run<'a> {
    fn n(&self) -> usize {
        self.w.len()
    }

    /// The key of token `j` (the stripped form when `j` is the start being tried), "" out of range.
    fn k(&self, j: usize) -> &str {
        if let Some((i, s, _)) = &self.cur
            && *i == j
        {
            return s;
        }
        self.w.get(j).map(|w| w.key.as_ref()).unwrap_or("")
    }

    /// The lexicon entries of `k(j)`.
    fn look(&self, j: usize) -> Look {
        if let Some((i, s, _)) = &self.cur
            && *i == j
        {
            return *self.cur_look.get_or_init(|| Look::of(self.lex, s));
        }
        match (self.looks.get(j), self.w.get(j)) {
            (Some(c), Some(w)) => *c.get_or_init(|| Look::of(self.lex, &w.key)),
            _ => Look::of(self.lex, ""),
        }
    }

    /// A number written in words at `j` (the numbers layer's parser), its attached proclitic consistent with the
    /// start being tried.
    fn words(&self, j: usize) -> Option<NumberWords> {
        let n = self.parsed.get(self.tokens, j)?;
        let skip = match &self.cur {
            Some((i, _, skip)) if *i == j => *skip,
            _ => 0,
        };
        (n.words && !n.digits && !n.fraction && n.prefix_bytes == skip && n.value.fract() == 0.0 && n.value >= 1.0).then_some(n)
    }

    /// An ordinal (or definite number) word from 1 to `max`: (value, tokens used).
    fn ordinal_word(&self, j: usize, max: u32) -> Option<(u32, usize)> {
        if self.weekday(j).is_some() {
            return None;
        }
        let n = self.words(j)?;
        let v = n.value as u32;
        ((n.ordinal || n.definite) && !n.approx && (1..=max).contains(&v) && (n.len == 1 || self.adj(j + 1))).then_some((v, n.len))
    }

    fn num(&self, j: usize) -> Option<(u32, u8)> {
        self.w.get(j).and_then(|w| w.num)
    }

    /// Token `j` follows token `j-1` on the same line.
    fn adj(&self, j: usize) -> bool {
        if j == 0 || j >= self.n() {
            return false;
        }
        let gap = self.text.get(self.w[j - 1].be..self.w[j].bs).unwrap_or("\n");
        !gap.contains('\n')
    }

    /// Token `j` touches token `j-1`.
    fn tight(&self, j: usize) -> bool {
        j > 0 && j < self.n() && self.w[j - 1].be == self.w[j].bs
    }

    /// `k(j)` equals one of `words`, with `j` adjacent to the previous token.
    fn is(&self, j: usize, words: &[&str]) -> bool {
        self.adj(j) && words.contains(&self.k(j))
    }

    fn today(&self) -> Option<NaiveDate> {
        self.today.or(self.reference)
    }

    fn prev_key(&self, i: usize) -> &str {
        if i == 0 { "" } else { strip_clitics(self.w[i - 1].key.as_ref()) }
    }

    fn scan(&mut self) {
        let mut i = 0;
        while i < self.n() {
            let kind = self.w[i].kind;
            if !matches!(kind, TokenKind::Arabic | TokenKind::Number) {
                i += 1;
                continue;
            }
            let mut best: Option<(usize, usize, Vec<It>)> = None;
            for (skip, alt) in self.alternatives(i) {
                self.cur = alt.map(|a| (i, a, skip));
                self.cur_look = std::cell::OnceCell::new();
                if let Some((end, items)) = self.try_all(i)
                    && best.as_ref().is_none_or(|b| end > b.1)
                {
                    best = Some((skip, end, items));
                }
            }
            self.cur = None;
            match best {
                Some((skip, end, items)) => {
                    for x in items {
                        let sk = if x.s == i { skip } else { 0 };
                        self.out.push((sk, x));
                    }
                    i = end.max(i + 1);
                }
                None => i += 1,
            }
        }
        self.attach_times();
    }

    /// The token's key and its proclitic-stripped variants: (bytes skipped in the surface, key override).
    fn alternatives(&self, i: usize) -> Vec<(usize, Option<String>)> {
        let mut alts = vec![(0, None)];
        let w = &self.w[i];
        if w.kind != TokenKind::Arabic {
            return alts;
        }
        let k = w.key.as_ref();
        let surface = self.text.get(w.bs..w.be).unwrap_or("");
        let mut push = |letters: usize, key: String| {
            if key.chars().count() >= 2 {
                alts.push((skip_letters(surface, letters), Some(key)));
            }
        };
        let p = Proclitics::scan(k);
        let mut cuts = p.cuts(k);
        if p.conj_letters() > 0
            && let Some(c) = cuts.next()
        {
            push(c.letters, k[c.bytes..].to_string());
        }
        // then a preposition (after the conjunction, if any)
        if let Some(a) = p.article(k)
            && a.fused
        {
            // «للعام» → the span starts after the first ل, the key restores the article
            push(a.letters, format!("ال{}", &k[a.rest..]));
        } else if let Some(c) = cuts.next() {
            push(c.letters, k[c.bytes..].to_string());
        }
        alts
    }

    fn try_all(&mut self, i: usize) -> Option<Found> {
        let mut best: Option<Found> = None;
        // every rule in this order; the longest match wins, the first on ties
        let mut take = |c: Option<Found>| {
            if let Some(c) = c
                && best.as_ref().is_none_or(|b| c.0 > b.0)
            {
                best = Some(c);
            }
        };
        take(self.p_numeric(i));
        take(self.p_clock(i));
        take(self.p_part_of_day(i));
        take(self.p_calendar(i));
        take(self.p_holiday(i));
        take(self.p_modified(i));
        take(self.p_relday(i));
        take(self.p_weekday(i));
        take(self.p_relperiod(i));
        take(self.p_duration(i));
        take(self.p_year(i));
        take(self.p_decade(i));
        take(self.p_season(i));
        take(self.p_set(i));
        take(self.p_vague(i));
        best
    }

    // ---------- pieces ----------

    fn weekday(&self, j: usize) -> Option<u8> {
        self.look(j).weekday
    }

    /// A Gregorian month name at `j` (two-word names first): (month, end).
    fn greg_month(&self, j: usize) -> Option<(u32, usize)> {
        if self.adj(j + 1) && self.look(j).multi_first {
            let two = format!("{} {}", self.k(j), self.k(j + 1));
            if let Some(&m) = self.lex.months.get(&two) {
                return Some((u32::from(m), j + 2));
            }
        }
        self.look(j).month.map(|m| (u32::from(m), j + 1))
    }

    fn hijri_month(&self, j: usize) -> Option<(u32, usize)> {
        if self.adj(j + 1) && self.look(j).multi_first {
            let two = format!("{} {}", self.k(j), self.k(j + 1));
            if let Some(&m) = self.lex.hijri_months.get(&two) {
                return Some((u32::from(m), j + 2));
            }
        }
        self.look(j).hijri.map(|m| (u32::from(m), j + 1))
    }

    /// A month with its dual notation («تشرين الاول/اكتوبر», «مارس (آذار)»): (month, end).
    fn month_expr(&self, j: usize) -> Option<(u32, usize)> {
        let (m, mut e) = self.greg_month(j)?;
        if self.k(e) == "/" && self.adj(e) && self.adj(e + 1) {
            if let Some((_, e2)) = self.greg_month(e + 1) {
                e = e2;
            }
        } else if self.k(e) == "(" && self.adj(e) {
            if let Some((_, e2)) = self.greg_month(e + 1)
                && self.k(e2) == ")"
            {
                e = e2 + 1;
            }
        } else if self.adj(e) {
            // «27 من يونيو حزيران»
            if let Some((m2, e2)) = self.greg_month(e)
                && m2 == m
            {
                e = e2;
            }
        }
        Some((m, e))
    }

    /// A day of the month: digits 1–31 or an ordinal word. (day, end, was_word)
    fn day(&self, j: usize) -> Option<(u32, usize, bool)> {
        if let Some((v, nd)) = self.num(j) {
            return (nd <= 2 && (1..=31).contains(&v)).then_some((v, j + 1, false));
        }
        let (v, used) = self.ordinal_word(j, 31)?;
        Some((v, j + used, true))
    }

    /// A year number (3–4 digits) with an optional era word: (year, end, hijri).
    fn year_num(&self, j: usize) -> Option<(i32, usize, bool)> {
        let (v, nd) = self.num(j)?;
        if !(3..=4).contains(&nd) || !(100..=2200).contains(&v) {
            return None;
        }
        let mut e = j + 1;
        let mut hijri = false;
        if self.adj(e) {
            match self.k(e) {
                "ه" | "هجري" | "هجريه" | "للهجره" => {
                    hijri = true;
                    e += 1;
                }
                "م" | "ميلادي" | "ميلاديه" | "للميلاد" => e += 1,
                _ => {}
            }
        }
        Some((v as i32, e, hijri))
    }

    /// A year phrase after a month: «2011», «عام 2014», «من العام 2015», «من هذا العام», «من العام الماضي».
    /// Returns (Some(year) or a relative offset, end, hijri).
    fn year_after_month(&self, j: usize) -> Option<(YearSpec, usize, bool)> {
        if !self.adj(j) {
            return None;
        }
        let mut p = j;
        if self.k(p) == "من" && self.adj(p + 1) {
            p += 1;
        }
        if matches!(self.k(p), "عام" | "العام" | "سنه" | "السنه") && self.adj(p + 1) {
            if let Some((y, e, h)) = self.year_num(p + 1) {
                return Some((YearSpec::Abs(y), e, h));
            }
            if let Some(r) = rel_of(self.k(p + 1)).filter(|_| self.adj(p + 1)) {
                return Some((YearSpec::Rel(r), p + 2, false));
            }
        }
        if matches!(self.k(p), "هذا" | "هذه") && self.is(p + 1, &["العام", "السنه"]) {
            return Some((YearSpec::Rel(0), p + 2, false));
        }
        if p == j
            && let Some((y, e, h)) = self.year_num(p)
        {
            return Some((YearSpec::Abs(y), e, h));
        }
        None
    }

    // ---------- rules ----------

    /// Numeric dates: 2014-03-08, 8/3/2014, 1436/10/25 هـ.
    fn p_numeric(&self, i: usize) -> Option<Found> {
        let (a, na) = self.num(i)?;
        let sep = self.k(i + 1);
        let near = |j: usize| self.tight(j) || (sep != "." && self.adj(j));
        if !matches!(sep, "/" | "-" | ".") || !near(i + 1) || !near(i + 2) || self.k(i + 3) != sep || !near(i + 3) || !near(i + 4) {
            return None;
        }
        let (b, nb) = self.num(i + 2)?;
        let (c, nc) = self.num(i + 4)?;
        if self.tight(i + 5) && matches!(self.k(i + 5), "/" | "-" | ".") {
            return None;
        }
        let (y, m, d) = if na == 4 && nb <= 2 && nc <= 2 {
            (a as i32, b, c)
        } else if nc == 4 && na <= 2 && nb <= 2 {
            (c as i32, b, a)
        } else {
            return None;
        };
        let mut e = i + 5;
        let mut hijri = false;
        if self.adj(e) && matches!(self.k(e), "ه" | "هجري" | "هجريه") {
            hijri = true;
            e += 1;
        } else if self.adj(e) && self.k(e) == "م" {
            e += 1;
        }
        let date = if hijri { hijri::to_gregorian(y, m as u8, d as u8) } else { NaiveDate::from_ymd_opt(y, m, d) };
        let date = date?;
        let mut x = it(i, e, DateType::Date, Some(fmt_day(date)), Grain::Day);
        if hijri {
            x.cal = Calendar::Hijri;
        }
        Some((e, vec![x]))
    }

    /// Clock times: «10:30», «10:12 ت م», «الساعة العاشرة صباحا», «الساعة 10 مساء».
    fn p_clock(&self, i: usize) -> Option<Found> {
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
            } else if !has_word && !(hv <= 12 && self.is(e, &["صباحا", "مساء", "مساءا", "ظهرا", "عصرا", "ليلا", "فجرا"])) {
                // «10 صباحا» is a time; a bare number is not
                return None;
            }
        } else if let Some((hv, mv)) = self.dotted_time(j).filter(|_| has_word) {
            // «الساعة 9.30 صباحا»: one number token with a dot
            h = hv;
            mi = mv;
            e = j + 1;
        } else {
            // «الساعة العاشرة»; without «الساعة» only with a part of day after it («في الثامنة صباحا»)
            let (v, used) = self.ordinal_word(j, 12)?;
            h = v;
            mi = 0;
            e = j + used;
        }
        // an hour is feminine («الثامنة», «الحادية عشرة»): not «اجتماعها الأول صباح اليوم»
        let bare_word = !has_word && self.num(j).is_none();
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
    fn dotted_time(&self, j: usize) -> Option<(u32, u32)> {
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
    fn p_part_of_day(&self, i: usize) -> Option<Found> {
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
            // «صباح غد الأربعاء», «صباح اليوم السبت»: the weekday beside the relative day decides, and is its own
            // item (nearest the document date; after it for «غد»)
            if let Some(wd) = self.weekday(e).filter(|_| self.adj(e) && !(self.adj(e + 1) && rel_of(self.k(e + 1)).is_some())) {
                let after = matches!(self.k(e - 1), "غدا" | "غد" | "الغد");
                let wdate = self.reference.map(|r| nearest_weekday(r, weekday_of(wd), after));
                let time = it(i, e, DateType::Time, wdate.map(|d| format!("{}T{code}", fmt_day(d))), Grain::PartOfDay);
                return Some((e + 1, vec![time, it(e, e + 1, DateType::Date, wdate.map(fmt_day), Grain::Day)]));
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

    /// Islamic holidays: «عيد الفطر» (1 Shawwal), «عيد الاضحى» (10 Dhu al-Hijja), «يوم عرفة» (9 Dhu al-Hijja),
    /// «رأس السنة الهجرية» (1 Muharram), in the Hijri year of the reference date unless a year follows.
    fn p_holiday(&self, i: usize) -> Option<Found> {
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
    fn ten_days(&self, i: usize) -> Option<Found> {
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
    fn eid_days(&self, i: usize) -> Option<Found> {
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

    /// Calendar dates: [يوم] [weekday] day [من] [شهر] month [year] [modifier]; month [year]; Hijri dates; day ranges.
    fn p_calendar(&self, i: usize) -> Option<Found> {
        let mut j = i;
        if self.k(j) == "يوم" && self.adj(j + 1) {
            j += 1;
        }
        if self.weekday(j).is_some() && self.adj(j + 1) {
            let mut p = j + 1;
            if matches!(self.k(p), "،" | ",") {
                p += 1;
            }
            if self.day(p).is_some()
                && let Some(found) = self.date_core(p, i)
            {
                return Some(found);
            }
        }
        // ranges: «10 و16 تموز», «من 10 الى 16 تموز», «10-16 تموز»
        if let Some((d1, nd)) = self.num(j)
            && nd <= 2 && (1..=31).contains(&d1) && matches!(self.k(j + 1), "و" | "الي" | "حتي" | "-") && self.adj(j + 1)
        {
            let p = j + 2;
            if !self.adj(p) {
                return None;
            }
            if self.day(p).is_some_and(|(_, _, word)| !word)
                && let Some((end, mut items)) = self.date_core(p, p)
            {
                let second = items.first()?.clone();
                // the first day counted back from the second (Hijri months too: «من 10 إلى 15 شوال»)
                let d2 = self.day(p).map(|(d, _, _)| d).unwrap_or(0);
                let value = match &second.value {
                    Some(v) if v.len() == 10 && d2 > d1 && second.grain == Some(Grain::Day) => NaiveDate::parse_from_str(v, "%Y-%m-%d")
                        .ok()
                        .and_then(|d| add_days(d, -i64::from(d2 - d1)))
                        .map(fmt_day),
                    _ => None,
                };
                let mut first = it(i, j + 1, DateType::Date, value, Grain::Day);
                first.cal = second.cal;
                items.insert(0, first);
                return Some((end, items));
            }
        }
        self.date_core(j, i)
    }

    /// A date starting with a day or a month at `j`; the item starts at token `s`.
    fn date_core(&self, j: usize, s: usize) -> Option<Found> {
        let mut p = j;
        let mut day = None;
        if let Some((d, e, word)) = self.day(p) {
            let mut q = e;
            if self.k(q) == "من" && self.adj(q) {
                q += 1;
            } else if word {
                return None;
            }
            if !self.adj(q) {
                return None;
            }
            day = Some(d);
            p = q;
        }
        if let Some(d) = day {
            // «12 من الشهر الجاري», «الخامس من هذا الشهر», «العاشر من الشهر الماضي»
            let (r, e) = if self.k(p) == "الشهر" && self.adj(p + 1) {
                match rel_of(self.k(p + 1)) {
                    Some(r) => (Some(r), p + 2),
                    None => (None, p),
                }
            } else if self.k(p) == "هذا" && self.is(p + 1, &["الشهر"]) {
                (Some(0), p + 2)
            } else {
                (None, p)
            };
            if let Some(r) = r {
                let v = self.reference.and_then(|t| shift_months(t.with_day(1)?, r)).and_then(|m| m.with_day(d)).map(fmt_day);
                return one(s, e, DateType::Date, v, Grain::Day);
            }
        }
        let mut shahr = false;
        if matches!(self.k(p), "شهر") && self.adj(p + 1) {
            p += 1;
            shahr = true;
        }
        // Gregorian
        if let Some((m, e)) = self.month_expr(p) {
            let dual = e > p + 1 && !self.lex.months.contains_key(&format!("{} {}", self.k(p), self.k(p + 1)));
            let mut end = e;
            let mut yspec = None;
            if let Some((ys, ye, h)) = self.year_after_month(end)
                && !h
            {
                yspec = Some(ys);
                end = ye;
            }
            if yspec.is_none()
                && let Some(r) = rel_of(self.k(end)).filter(|_| self.adj(end))
            {
                yspec = Some(YearSpec::Near(r));
                end += 1;
            }
            // «من 14 حزيران (يونيو) إلى 15 تموز (يوليو) 2018»: the year closing the range is the first date's too
            if yspec.is_none() && day.is_some() {
                yspec = self.range_end_year(end);
            }
            // ambiguous bare month names need context
            let bare = day.is_none() && yspec.is_none() && !dual && !shahr;
            let stripped = matches!(&self.cur, Some((c, _, _)) if *c == p);
            if bare && self.ambiguous_month(p) && (stripped || !matches!(self.prev_key(s), "في" | "منذ" | "حتي" | "شهر" | "خلال" | "اواخر" | "اوائل" | "منتصف" | "مطلع" | "بدايه" | "نهايه")) {
                return None;
            }
            let value = self.resolve_greg(m, day, yspec);
            let grain = if day.is_some() { Grain::Day } else { Grain::Month };
            let value = match (value, day) {
                (Some(ymd), Some(_)) => NaiveDate::from_ymd_opt(ymd.y, ymd.m, ymd.d.unwrap_or(1)).map(fmt_day),
                (Some(ymd), None) => Some(fmt_month(ymd.y, ymd.m)),
                (None, _) => None,
            };
            return one(s, end, DateType::Date, value, grain);
        }
        // Hijri
        if let Some((m, e)) = self.hijri_month(p) {
            let mut end = e;
            let mut year = None;
            if let Some((y, ye, _h)) = self.year_num(end).filter(|_| self.adj(end)) {
                year = Some(y);
                end = ye;
                // «1436 هـ» counted; a bare number after a Hijri month is a Hijri year too
            }
            let mut near = None;
            if year.is_none()
                && let Some(r) = rel_of(self.k(end)).filter(|_| self.adj(end))
            {
                near = Some(r);
                end += 1;
            }
            let name = self.k(p);
            let risky = matches!(name, "رجب" | "صفر" | "شعبان" | "رمضان" | "محرم");
            let prep = matches!(self.prev_key(s), "في" | "خلال" | "منذ" | "حتي" | "طوال" | "طيله" | "اواخر" | "اوائل" | "منتصف" | "مطلع" | "بدايه" | "نهايه");
            if risky && day.is_none() && year.is_none() && !shahr && near.is_none() && !(prep && matches!(name, "رمضان" | "شعبان" | "محرم")) {
                return None;
            }
            let y = match year {
                Some(y) => Some(y),
                None => self.reference.and_then(hijri::from_gregorian).map(|(hy, hm, hd)| {
                    // with a day, the nearest such day: «27 شوال المقبل» said on 5 Shawwal is this year's
                    let want = (m, day.unwrap_or(0));
                    let now = (u32::from(hm), if day.is_some() { u32::from(hd) } else { 0 });
                    match near {
                        Some(-1) if want >= now => hy - 1,
                        Some(1) if want <= now => hy + 1,
                        _ => hy,
                    }
                }),
            };
            let value = y.and_then(|y| hijri::to_gregorian(y, m as u8, day.unwrap_or(1) as u8)).map(fmt_day);
            let grain = if day.is_some() { Grain::Day } else { Grain::Month };
            let mut x = it(s, end, DateType::Date, value, grain);
            x.cal = Calendar::Hijri;
            return Some((end, vec![x]));
        }
        None
    }

    /// The explicit year of a day-and-month date closing a range that starts at `p` («إلى 15 تموز 2018»).
    fn range_end_year(&self, p: usize) -> Option<YearSpec> {
        if !matches!(self.k(p), "الي" | "حتي" | "-" | "و") || !self.adj(p) || !self.adj(p + 1) {
            return None;
        }
        let (_, mut q, _) = self.day(p + 1)?;
        if self.k(q) == "من" && self.adj(q) {
            q += 1;
        }
        if !self.adj(q) {
            return None;
        }
        let (_, e) = self.month_expr(q)?;
        match self.year_after_month(e) {
            Some((YearSpec::Abs(y), _, false)) => Some(YearSpec::Abs(y)),
            _ => None,
        }
    }

    fn ambiguous_month(&self, p: usize) -> bool {
        matches!(self.k(p), "مارس" | "ماي" | "جوان" | "اب" | "اوت")
    }

    fn resolve_greg(&self, m: u32, day: Option<u32>, yspec: Option<YearSpec>) -> Option<Ymd> {
        let y = match yspec {
            Some(YearSpec::Abs(y)) => y,
            Some(YearSpec::Rel(r)) => self.reference?.year() + r,
            Some(YearSpec::Near(r)) => {
                let t = self.reference?;
                // with a day, the nearest such day: «5 أغسطس المقبل» said on 1 August is this year's
                let ry = t.year();
                let want = (m, day.unwrap_or(0));
                let now = (t.month(), if day.is_some() { t.day() } else { 0 });
                match r {
                    -1 if want >= now => ry - 1,
                    1 if want <= now => ry + 1,
                    _ => ry,
                }
            }
            None => self.reference?.year(),
        };
        Some(Ymd { y, m, d: day })
    }

    /// Period modifiers: «بداية العام», «منتصف كانون الثاني (يناير) 2015», «نهاية الشهر الماضي»,
    /// «النصف الثاني من عام 2014», «الربع الاول».
    fn p_modified(&self, i: usize) -> Option<Found> {
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
            let (y, e) = self.year_ref(p)?;
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
        // a year
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
    fn rel_after(&self, j: usize) -> (i32, usize) {
        match rel_of(self.k(j)).filter(|_| self.adj(j)) {
            Some(r) => (r, j + 1),
            None => (0, j),
        }
    }

    /// A school, academic or fiscal year: «العام الدراسي الجديد», «العام الدراسي 1436-1437هـ», «العام المالي 2013»,
    /// «السنة المالية الماضية». The value is the (Gregorian) year it starts in; a school year starts in late
    /// summer, so in June–August «العام الدراسي» and «الجديد»/«المقبل» are the one about to start.
    fn school_year(&self, p: usize) -> Option<(Option<i32>, usize)> {
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
    fn year_ref(&self, p: usize) -> Option<(Option<i32>, usize)> {
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
    fn relday_core(&self, j: usize) -> Option<(usize, Option<NaiveDate>)> {
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
    fn p_relday(&mut self, i: usize) -> Option<Found> {
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
                    return Some((i + 1, vec![It { s: i, e: i + 1, ty: DateType::Set, value: Some("P1D".into()), grain: Some(Grain::Day), cal: Calendar::Gregorian }]));
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
                // the named weekday is the one nearest the document date (on or before it; after it for «غدا»)
                let wdate = self.reference.map(|d| nearest_weekday(d, weekday_of(wd), off > 0));
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

    /// A weekday with optional «يوم» and modifier: (end, date).
    fn weekday_core(&self, j: usize) -> Option<(usize, Option<NaiveDate>)> {
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

    fn p_weekday(&self, i: usize) -> Option<Found> {
        let (e, date) = self.weekday_core(i)?;
        one(i, e, DateType::Date, date.map(fmt_day), Grain::Day)
    }

    /// A future-tense marker shortly before token `j` in the same sentence.
    fn future_context(&self, j: usize) -> bool {
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
    fn general_adjective(&self, i: usize) -> bool {
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

    fn p_relperiod(&self, i: usize) -> Option<Found> {
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
        let t = if unit == Unit::Week { self.today() } else { self.reference };
        let v = match unit {
            Unit::Week => t.and_then(|t| add_days(t, 7 * r as i64)).map(fmt_week),
            Unit::Month => t.and_then(|t| shift_months(t.with_day(1)?, r)).map(|d| fmt_month(d.year(), d.month())),
            _ => t.map(|t| fmt_year(t.year() + r)),
        };
        one(i, e, DateType::Date, v, unit_grain(unit))
    }

    /// A quantity of a unit: (n or vague, unit, end). «ثلاث سنوات», «24 ساعة», «يومين», «شهر واحد», «عدة اشهر».
    fn quantity(&self, j: usize) -> Option<(Option<u32>, Unit, usize)> {
        if let Some((v, _)) = self.num(j) {
            let (u, f, def) = unit_of(self.k(j + 1)).filter(|_| self.adj(j + 1))?;
            if def || f == Form::Dual {
                return None;
            }
            return Some((Some(v), u, j + 2));
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

    /// A quantity, unless its unit word introduces a year («مليونين عام 2005»).
    fn quantity_checked(&self, j: usize) -> Option<(Option<u32>, Unit, usize)> {
        let q = self.quantity(j)?;
        // (only a singular unit: «قبل ثلاث سنوات 280 ألف يورو» is a count of years and a price)
        if q.1 == Unit::Year && matches!(self.k(q.2 - 1), "عام" | "سنه") && self.adj(q.2) && self.year_num(q.2).is_some() {
            return None;
        }
        Some(q)
    }

    /// After «ونصف», the unit repeated definite («ثماني سنوات ونصف السنة», «ساعة ونصف الساعة») belongs to it.
    fn half_unit(&self, e: usize, u: Unit) -> usize {
        match unit_of(self.k(e)) {
            Some((u2, Form::Sing, true)) if u2 == u && self.adj(e) => e + 1,
            _ => e,
        }
    }

    /// Durations and «قبل N unit» dates.
    fn p_duration(&self, i: usize) -> Option<Found> {
        let k = self.k(i);
        if self.general_adjective(i) {
            return None;
        }
        if k == "قبل" && self.adj(i + 1) {
            let (n, u, e) = match self.quantity_checked(i + 1) {
                Some(q) => q,
                None => {
                    let (u, f, def) = unit_of(self.k(i + 1))?;
                    if def || f != Form::Sing {
                        return None;
                    }
                    (Some(1), u, i + 2)
                }
            };
            let t = self.today();
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
        // «الخمس سنوات المقبلة», «العشرة أيام الأولى»: a definite number before an indefinite plural
        if let Some(x) = self.words(i).filter(|x| x.definite && !x.ordinal && !x.approx && x.value <= 1000.0) {
            let p = i + x.len;
            if self.adj(p)
                && self.adj(p + 1)
                && let Some((u, Form::Plural, false)) = unit_of(self.k(p))
                && period_adjective(self.k(p + 1))
            {
                return one(i, p + 2, DateType::Duration, Some(duration(Some(x.value as u32), u)), unit_grain(u));
            }
        }
        if let Some((n, u, mut e)) = self.quantity_checked(i) {
            // not «2011 عام»-like nonsense: a 4-digit year followed by a unit is still a count («1500 عام»)
            let mut v = duration(n, u);
            if n.is_some() && self.k(e - 1) != "ونصف" && self.is(e, &["ونصف"]) {
                e += 1;
            }
            if e > i + 1 && self.k(e - 1) == "ونصف" && n.is_some() {
                v = with_half(&v);
                e = self.half_unit(e, u);
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
        // «عقود» alone is mostly contracts: decades need a temporal word before («منذ عقود», «لعقود») or an
        // adjective after («عقود طويلة»)
        if u == Unit::Decade && f == Form::Plural && !def {
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
                let after_prep = matches!(prev, "منذ" | "خلال" | "لمده" | "مده" | "طوال" | "طيله" | "بعد" | "قرابه" | "نحو" | "حوالي" | "زهاء" | "مدار")
                    || (prev == "من" && i >= 2 && matches!(self.w[i - 2].key.as_ref(), "اكثر" | "اقل" | "لاكثر" | "لاقل"));
                // «من خلال عقد شراكات»: «من خلال» is 'by means of'
                let by_means = prev == "خلال" && i >= 2 && strip_clitics(self.w[i - 2].key.as_ref()) == "من";
                if !after_prep || !self.adj(i) || by_means {
                    return None;
                }
                if u == Unit::Day && !matches!(prev, "منذ" | "خلال" | "لمده" | "مده" | "طوال" | "طيله" | "بعد") {
                    return None;
                }
                // «بعد يوم من» is fine; «منذ عام 2011» is a year (longer match wins); «عام ونصف» is P1.5Y
                if self.is(i + 1, &["ونصف"]) {
                    return one(i, self.half_unit(i + 2, u), DateType::Duration, Some(with_half(&duration(Some(1), u))), unit_grain(u));
                }
                one(i, i + 1, DateType::Duration, Some(duration(Some(1), u)), unit_grain(u))
            }
            Form::Dual => None,
        }
    }

    /// Years: «عام 2011», «العام 2011», «2011م», a bare plausible year.
    fn p_year(&self, i: usize) -> Option<Found> {
        let k = self.k(i);
        if matches!(k, "عام" | "العام" | "سنه" | "السنه" | "عامي" | "سنتي" | "لعام") && self.adj(i + 1) {
            let (y, e, h) = self.year_num(i + 1)?;
            return self.year_item(i, e, y, h);
        }
        let (y, e, h) = self.year_num(i)?;
        let (v, nd) = self.num(i)?;
        if h {
            return self.year_item(i, e, y, h);
        }
        if nd != 4 || !(1800..=2100).contains(&v) {
            return None;
        }
        // a count, not a year: «حوالى 2000 مقاتل», «2000 الف»; in a list, what precedes its first number
        // counts («القرارات 1696 و1737 و1803»)
        let mut first = i;
        while first >= 2 && matches!(self.w[first - 1].key.as_ref(), "و" | "،" | ",") && self.num(first - 2).is_some() {
            first -= 2;
        }
        if first < i && matches!(self.prev_key(first), "القرارات" | "قرارات" | "القرار" | "قرار" | "رقم" | "الارقام" | "ارقام") {
            return None;
        }
        let prev = self.prev_key(i);
        if matches!(
            prev,
            "نحو" | "حوالي" | "قرابه" | "زهاء" | "يقارب" | "رقم" | "القرار" | "قرار" | "بنحو" | "بحوالي" | "اوروبا" | "العالم"
                | "مونديال" | "يورو" | "اولمبياد" | "رؤيه" | "اكسبو" | "اوبك"
        ) {
            return None;
        }
        let next = if self.adj(i + 1) { self.k(i + 1) } else { "" };
        if matches!(next, "الف" | "مليون" | "مليار" | "%" | "بالمئه" | "بالمائه" | "دولار" | "يورو" | "كلم" | "كيلومتر" | "متر" | "طن" | "بتوقيت") {
            return None;
        }
        if self.tight(i + 1) && matches!(self.k(i + 1), "." | "," | "٫" | "٬") && self.num(i + 2).is_some() {
            return None;
        }
        if v % 100 == 0 && e == i + 1 {
            let cue = matches!(prev, "في" | "منذ" | "حتي" | "قبل" | "بعد" | "خلال" | "مطلع" | "بدايه" | "نهايه" | "اواخر" | "اوائل" | "منتصف" | "عامي");
            let end_ok = next.is_empty() || matches!(self.w.get(i + 1).map(|w| w.kind), Some(TokenKind::Punct) | None);
            if !(cue || end_ok) {
                return None;
            }
        }
        self.year_item(i, e, y, false)
    }

    fn year_item(&self, s: usize, e: usize, y: i32, hijri_year: bool) -> Option<Found> {
        if hijri_year {
            let v = hijri::to_gregorian(y, 1, 1).map(fmt_day);
            let mut x = it(s, e, DateType::Date, v, Grain::Year);
            x.cal = Calendar::Hijri;
            return Some((e, vec![x]));
        }
        one(s, e, DateType::Date, Some(fmt_year(y)), Grain::Year)
    }

    /// Decades and centuries: «الثمانينات», «خمسينيات القرن الماضي», «القرن العشرين».
    fn p_decade(&self, i: usize) -> Option<Found> {
        let mut p = i;
        if matches!(self.k(p), "عقد") && self.adj(p + 1) {
            p += 1;
        }
        let k = self.k(p);
        let core = k.strip_prefix("ال").unwrap_or(k);
        let core = core.strip_suffix("يات").or_else(|| core.strip_suffix("ات"));
        if let Some(core) = core {
            let d = match core {
                "عشرين" => 2,
                "ثلاثين" => 3,
                "اربعين" => 4,
                "خمسين" => 5,
                "ستين" => 6,
                "سبعين" => 7,
                "ثمانين" => 8,
                "تسعين" => 9,
                _ => return None,
            };
            let mut e = p + 1;
            let mut century = 19;
            let mut q = e;
            if self.is(q, &["من"]) {
                q += 1;
            }
            if self.is(q, &["القرن"]) && self.adj(q + 1) {
                match self.k(q + 1) {
                    "الماضي" | "المنصرم" | "العشرين" => {
                        century = self.reference.map(|t| t.year() / 100 - 1).unwrap_or(19);
                        if self.k(q + 1) == "العشرين" {
                            century = 19;
                        }
                        e = q + 2;
                    }
                    "الحالي" | "الجاري" => {
                        century = self.reference.map(|t| t.year() / 100).unwrap_or(20);
                        e = q + 2;
                    }
                    "الحادي" if self.is(q + 2, &["والعشرين"]) => {
                        century = 20;
                        e = q + 3;
                    }
                    "التاسع" if self.is(q + 2, &["عشر"]) => {
                        century = 18;
                        e = q + 3;
                    }
                    _ => {}
                }
            }
            return one(i, e, DateType::Date, Some(format!("{century}{d}")), Grain::Decade);
        }
        if k == "القرن" && self.adj(p + 1) {
            let (c, e) = match self.k(p + 1) {
                "الماضي" | "المنصرم" => (self.reference.map(|t| t.year() / 100 - 1), p + 2),
                "الحالي" | "الجاري" => (self.reference.map(|t| t.year() / 100), p + 2),
                "العشرين" => (Some(19), p + 2),
                "الحادي" if self.is(p + 2, &["والعشرين"]) => (Some(20), p + 3),
                "التاسع" if self.is(p + 2, &["عشر"]) => (Some(18), p + 3),
                "الثامن" if self.is(p + 2, &["عشر"]) => (Some(17), p + 3),
                _ => return None,
            };
            return one(i, e, DateType::Date, c.map(|c| format!("{c:02}")), Grain::Century);
        }
        None
    }

    /// Seasons: «الصيف الماضي», «صيف 2015», «فصل الشتاء», «الاجازة الصيفية».
    fn p_season(&self, i: usize) -> Option<Found> {
        let mut p = i;
        if self.k(p) == "فصل" && self.adj(p + 1) {
            p += 1;
        }
        if matches!(self.k(p), "هذا" | "هذه") && self.adj(p + 1) {
            let code = season_code(self.k(p + 1).strip_prefix("ال")?)?;
            return one(i, p + 2, DateType::Date, self.reference.map(|t| format!("{}-{code}", fmt_year(t.year()))), Grain::Season);
        }
        let k = self.k(p);
        if matches!(k, "الاجازه" | "العطله") && self.is(p + 1, &["الصيفيه", "الشتويه", "الربيعيه"]) {
            let code = match self.k(p + 1) {
                "الصيفيه" => "SU",
                "الشتويه" => "WI",
                _ => "SP",
            };
            return one(i, p + 2, DateType::Date, self.reference.map(|t| format!("{}-{code}", fmt_year(t.year()))), Grain::Season);
        }
        if let Some(code) = k.strip_prefix("ال").and_then(season_code) {
            if self.is(p + 1, &["العربي", "العربيه"]) {
                return None;
            }
            let (r, e) = self.rel_after(p + 1);
            let v = self.reference.map(|t| format!("{}-{code}", fmt_year(t.year() + r)));
            if p == i && r == 0 && !matches!(self.prev_key(i), "في" | "خلال" | "فصل" | "منذ" | "حتي" | "بدايه" | "نهايه" | "مطلع" | "منتصف") {
                return None;
            }
            return one(i, e, DateType::Date, v, Grain::Season);
        }
        if let Some(code) = season_code(k) {
            let (y, e, h) = self.year_num(p + 1).filter(|_| self.adj(p + 1))?;
            if h {
                return None;
            }
            return one(i, e, DateType::Date, Some(format!("{}-{code}", fmt_year(y))), Grain::Season);
        }
        None
    }

    /// Recurrences: «يوميا», «سنويا», «كل عام», «كل ثلاثة اشهر», «الجولات اليومية».
    fn p_set(&self, i: usize) -> Option<Found> {
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
        if core == "يومي" && self.adj(i + 1) && (self.weekday(i + 1).is_some() || self.num(i + 1).is_some()) {
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
            let bare = if p == i + 2 { self.lex.weekdays.get(&format!("ال{}", self.k(p))).copied() } else { None };
            if let Some(wd) = self.weekday(p).or(bare) {
                return one(i, p + 1, DateType::Set, Some(format!("XXXX-WXX-{wd}")), Grain::Day);
            }
            if let Some((n, u, e)) = self.quantity(i + 1) {
                return one(i, e, DateType::Set, Some(duration(n, u)), unit_grain(u));
            }
            let (u, f, def) = unit_of(self.k(i + 1))?;
            if def || f != Form::Sing {
                return None;
            }
            return one(i, i + 2, DateType::Set, per(u), unit_grain(u));
        }
        None
    }

    /// Vague references: PAST_REF / PRESENT_REF / FUTURE_REF, and anaphoric «ذلك الحين».
    fn p_vague(&self, i: usize) -> Option<Found> {
        let k = self.k(i);
        let prev = self.prev_key(i);
        let v = |s: &str| Some(s.to_string());
        let (e, value) = match k {
            "وقت" if self.is(i + 1, &["سابق"]) => (i + 2, v("PAST_REF")),
            "وقت" if self.is(i + 1, &["لاحق"]) => (i + 2, v("FUTURE_REF")),
            "الوقت" if self.is(i + 1, &["الحالي", "الراهن", "الحاضر"]) => (i + 2, v("PRESENT_REF")),
            "سابقا" | "مؤخرا" => (i + 1, v("PAST_REF")),
            "حاليا" | "الان" | "راهنا" | "انذاك" if k != "انذاك" => (i + 1, v("PRESENT_REF")),
            "قريبا" | "مستقبلا" | "لاحقا" => (i + 1, v("FUTURE_REF")),
            "السابق" | "الماضي" if prev == "في" => (i + 1, v("PAST_REF")),
            "المستقبل" if prev == "في" => (i + 1, v("FUTURE_REF")),
            "الحاضر" if prev == "في" => (i + 1, v("PRESENT_REF")),
            "تاريخه" if prev == "حتي" => (i + 1, v("PRESENT_REF")),
            "قبل" if prev == "من" => {
                let next = self.w.get(i + 1);
                let end_ok = next.is_none_or(|w| w.kind == TokenKind::Punct && !matches!(w.key.as_ref(), "«" | "\"" | "(")) || !self.adj(i + 1);
                if !end_ok {
                    return None;
                }
                (i + 1, v("PAST_REF"))
            }
            "فتره" | "مده" if self.is(i + 1, &["طويله", "قصيره", "وجيزه", "قليله"]) => {
                return one(i, i + 2, DateType::Duration, None, Grain::Vague);
            }
            "ذلك" | "تلك" if self.is(i + 1, &["الحين", "الوقت", "الفتره", "اللحظه", "اليوم", "العام", "الشهر", "الاسبوع", "السنه", "الليله"]) => {
                (i + 2, None)
            }
            "انذاك" => (i + 1, None),
            _ => return None,
        };
        one(i, e, DateType::Date, value, Grain::Vague)
    }

    /// A clock time right after a day-grain date («الخميس الساعة العاشرة») takes that date, and so does a time or
    /// part of day right before one («الساعة العاشرة مساء اليوم الأحد», «صباح اليوم السبت»: the weekday glossing
    /// «اليوم» is its own item and decides the day).
    fn attach_times(&mut self) {
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
        for n in 1..self.out.len() {
            let (a, b) = self.out.split_at_mut(n);
            let prev = &a[n - 1].1;
            let cur = &mut b[0].1;
            if cur.ty != DateType::Time || cur.grain != Some(Grain::Minute) || prev.grain != Some(Grain::Day) || cur.s > prev.e + 1 {
                continue;
            }
            if let (Some(pv), Some(cv)) = (&prev.value, &cur.value)
                && pv.len() == 10 && cv.len() > 10
            {
                cur.value = Some(format!("{pv}{}", &cv[10..]));
            }
        }
    }
}

#[derive(Clone, Copy, Debug)]
enum YearSpec {
    Abs(i32),
    /// Relative to the reference year («من العام الماضي»).
    Rel(i32),
    /// The nearest such month before/after the reference («ديسمبر الماضي»).
    Near(i32),
}

fn season_code(core: &str) -> Option<&'static str> {
    Some(match core {
        "صيف" => "SU",
        "شتاء" => "WI",
        "ربيع" => "SP",
        "خريف" => "FA",
        _ => return None,
    })
}

/// Bytes taken by the first `letters` letters of `surface` (with any marks that follow them).
fn skip_letters(surface: &str, letters: usize) -> usize {
    let mut seen = 0;
    for (b, c) in surface.char_indices() {
        if crate::tokenizer::is_arabic_mark(c) || crate::normalize::is_invisible(c) {
            continue;
        }
        if seen == letters {
            return b;
        }
        seen += 1;
    }
    surface.len()
}
