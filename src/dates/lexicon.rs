//! Month and weekday lexicons. The Gregorian month names of every Arabic tradition come from Unicode CLDR, the Hijri
//! month names from hijridate; spelling variants are ours. Every entry is stored under its matching key (see
//! [`key`]), so hamza, alef, alef maqsura, taa marbuta and diacritic variants all match one entry.

use crate::hash::FxMap as HashMap;

use crate::normalize::Normalizer;

const CLDR_MONTHS: &str = include_str!("data/cldr_months.tsv");
const EXTRA_MONTHS: &str = include_str!("data/extra_months.tsv");
const HIJRI_MONTHS: &str = include_str!("data/hijri_months.tsv");
const EXTRA_HIJRI_MONTHS: &str = include_str!("data/extra_hijri_months.tsv");
const CLDR_WEEKDAYS: &str = include_str!("data/cldr_weekdays.tsv");
const EXTRA_WEEKDAYS: &str = include_str!("data/extra_weekdays.tsv");

/// The matching key of a word: the default normalization (no diacritics or tatweel, one alef, ى → ي, ASCII
/// digits) plus taa marbuta → ه.
pub fn key(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    Normalizer::default().normalize_into(word, &mut out);
    if out.contains('ة') {
        out = out.replace('ة', "ه");
    }
    out
}

/// The matching key of an already normalized token form (only taa marbuta remains to map).
pub fn key_of_norm(norm: &str) -> std::borrow::Cow<'_, str> {
    if norm.contains('ة') { std::borrow::Cow::Owned(norm.replace('ة', "ه")) } else { std::borrow::Cow::Borrowed(norm) }
}

/// Month and weekday names by matching key. Multi-word names are keyed with single spaces.
#[derive(Debug, Clone)]
pub struct Lexicon {
    pub(crate) months: HashMap<String, u8>,
    pub(crate) hijri_months: HashMap<String, u8>,
    pub(crate) weekdays: HashMap<String, u8>,
    /// First words of multi-word month names («تشرين», «ربيع», «ذو»): only these need a two-word lookup.
    pub(crate) multi_first: crate::hash::FxSet<String>,
    /// Every key of the maps above and of `multi_first`: one look-up tells a word is in none of them.
    pub(crate) any: crate::hash::FxSet<String>,
}

fn load(data: &str, max: u8, into: &mut HashMap<String, u8>) {
    for line in data.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(name), Some(n)) = (cols.next(), cols.next()) else { continue };
        if let Ok(n) = n.trim().parse::<u8>()
            && (1..=max).contains(&n)
        {
            insert(into, name, n);
        }
    }
}

fn insert(into: &mut HashMap<String, u8>, name: &str, n: u8) {
    let k: Vec<String> = name.split_whitespace().map(key).collect();
    if !k.is_empty() {
        into.insert(k.join(" "), n);
    }
}

impl Default for Lexicon {
    fn default() -> Self {
        let mut lex = Lexicon {
            months: HashMap::default(),
            hijri_months: HashMap::default(),
            weekdays: HashMap::default(),
            multi_first: Default::default(),
            any: Default::default(),
        };
        load(CLDR_MONTHS, 12, &mut lex.months);
        load(EXTRA_MONTHS, 12, &mut lex.months);
        load(HIJRI_MONTHS, 12, &mut lex.hijri_months);
        load(EXTRA_HIJRI_MONTHS, 12, &mut lex.hijri_months);
        load(CLDR_WEEKDAYS, 7, &mut lex.weekdays);
        load(EXTRA_WEEKDAYS, 7, &mut lex.weekdays);
        lex.index();
        lex
    }
}

impl Lexicon {
    fn index(&mut self) {
        self.multi_first = self
            .months
            .keys()
            .chain(self.hijri_months.keys())
            .filter_map(|k| k.split_once(' ').map(|(a, _)| a.to_string()))
            .collect();
        self.any = self.months.keys().chain(self.hijri_months.keys()).chain(self.weekdays.keys()).chain(&self.multi_first).cloned().collect();
    }

    /// Add a Gregorian month name (1–12); returns false when the month number is out of range.
    pub fn add_month(&mut self, name: &str, month: u8) -> bool {
        if !(1..=12).contains(&month) {
            return false;
        }
        insert(&mut self.months, name, month);
        self.index();
        true
    }
    /// Add a Hijri month name (1–12).
    pub fn add_hijri_month(&mut self, name: &str, month: u8) -> bool {
        if !(1..=12).contains(&month) {
            return false;
        }
        insert(&mut self.hijri_months, name, month);
        self.index();
        true
    }
    /// Add a weekday name (ISO: 1 = Monday … 7 = Sunday), written with its article.
    pub fn add_weekday(&mut self, name: &str, weekday: u8) -> bool {
        if !(1..=7).contains(&weekday) {
            return false;
        }
        insert(&mut self.weekdays, name, weekday);
        self.index();
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tradition_and_spelling() {
        let lex = Lexicon::default();
        for (name, m) in [
            ("كانون الثاني", 1), ("يناير", 1), ("جانفي", 1), ("فيفري", 2), ("أفريل", 4), ("ابريل", 4), ("إبريل", 4),
            ("ماي", 5), ("أيار", 5), ("ايار", 5), ("جوان", 6), ("جويلية", 7), ("يوليوز", 7), ("أوت", 8), ("غشت", 8),
            ("آب", 8), ("اب", 8), ("شتنبر", 9), ("تشرين الاول", 10), ("تشرين الأول", 10), ("اكتوبر", 10),
            ("نونبر", 11), ("دجنبر", 12), ("يونيه", 6),
        ] {
            let k: Vec<String> = name.split(' ').map(key).collect();
            assert_eq!(lex.months.get(&k.join(" ")), Some(&m), "{name}");
        }
        assert_eq!(lex.hijri_months.get(&key("شوال")), Some(&10));
        assert_eq!(lex.hijri_months.get("ذي القعده"), Some(&11));
        assert_eq!(lex.weekdays.get(&key("الإثنين")), Some(&1));
        assert_eq!(lex.weekdays.get(&key("الأحد")), Some(&7));
    }

    #[test]
    fn user_entries() {
        let mut lex = Lexicon::default();
        assert!(lex.add_month("كانون 2", 1));
        assert!(!lex.add_month("x", 13));
        assert_eq!(lex.months.get("كانون 2"), Some(&1));
    }
}
