//! The embedded lexicons: background word frequencies (from `wordfreq`, CC BY-SA 4.0) and stopwords (stopwords-iso,
//! MIT; stop-words, BSD-3-Clause; plus khabar's own list). Parsed once, on first use.

use crate::hash::{FxMap, FxSet};
use std::sync::OnceLock;

const BACKGROUND: &str = include_str!("background.tsv");
const STOP_LISTS: &str = include_str!("stopwords_lists.txt");
const STOP_OWN: &str = include_str!("stopwords_own.txt");
const MODIFIERS_OWN: &str = include_str!("modifiers_own.txt");
const FORMULAS_OWN: &str = include_str!("formulas_own.txt");
const TITLES_OWN: &str = include_str!("titles_own.txt");

/// Zipf value (log10 of occurrences per 10^9 words) given to words the background table does not list: a little
/// below the table's smallest entry.
pub const UNSEEN_ZIPF: f32 = 3.3;

/// Background frequencies by normalized surface word, and by keyphrase key (surface variants summed).
#[derive(Debug, Default)]
pub struct Background {
    words: FxMap<Box<str>, f32>,
    keys: FxMap<Box<str>, f32>,
}

impl Background {
    fn parse(tsv: &str) -> Self {
        let mut words = FxMap::with_capacity_and_hasher(32_768, Default::default());
        for line in tsv.lines() {
            if line.starts_with('#') {
                continue;
            }
            let mut it = line.split('\t');
            if let (Some(w), Some(z)) = (it.next(), it.next()) {
                if let Ok(z) = z.trim().parse::<u32>() {
                    words.insert(Box::from(w), z as f32 / 100.0);
                }
            }
        }
        let mut bg = Background { words, keys: FxMap::default() };
        // Sum per key in linear frequency; sort for a deterministic float summation order.
        let mut rows: Vec<(&str, f32)> = bg.words.iter().map(|(w, z)| (&**w, *z)).collect();
        rows.sort_by(|a, b| a.0.cmp(b.0));
        let mut keys: FxMap<Box<str>, f64> = FxMap::with_capacity_and_hasher(rows.len(), Default::default());
        let mut buf = String::new();
        for (w, z) in rows {
            buf.clear();
            super::key::word_key_into(w, &bg, &mut buf);
            *keys.entry(Box::from(buf.as_str())).or_insert(0.0) += 10f64.powf(z as f64);
        }
        bg.keys = keys.into_iter().map(|(k, f)| (k, f.log10() as f32)).collect();
        bg
    }

    /// The Zipf frequency of a normalized surface word, if listed.
    pub fn word(&self, w: &str) -> Option<f32> {
        self.words.get(w).copied()
    }

    /// The Zipf frequency of a key (all listed surface variants that reduce to it), or [`UNSEEN_ZIPF`].
    pub fn key(&self, k: &str) -> f32 {
        self.keys.get(k).copied().unwrap_or(UNSEEN_ZIPF)
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// The embedded background table.
pub fn background() -> &'static Background {
    static BG: OnceLock<Background> = OnceLock::new();
    BG.get_or_init(|| Background::parse(BACKGROUND))
}

fn parse_words(text: &str, into: &mut FxSet<Box<str>>) {
    for line in text.lines() {
        if line.starts_with('#') {
            continue;
        }
        for w in line.split_whitespace() {
            into.insert(Box::from(w));
        }
    }
}

/// The embedded stopwords (normalized forms).
pub fn stopwords() -> &'static FxSet<Box<str>> {
    static SW: OnceLock<FxSet<Box<str>>> = OnceLock::new();
    SW.get_or_init(|| {
        let mut s = FxSet::with_capacity_and_hasher(1024, Default::default());
        parse_words(STOP_LISTS, &mut s);
        parse_words(STOP_OWN, &mut s);
        parse_words(MODIFIERS_OWN, &mut s);
        s
    })
}

/// The words of one list.
fn word_set(text: &str) -> FxSet<Box<str>> {
    let mut s = FxSet::default();
    parse_words(text, &mut s);
    s
}

/// Stopwords that may end a noun phrase after a content word agreeing in definiteness (ordinals, «جديد», «كبير»).
pub fn modifiers() -> &'static FxSet<Box<str>> {
    static M: OnceLock<FxSet<Box<str>>> = OnceLock::new();
    M.get_or_init(|| word_set(MODIFIERS_OWN))
}

/// Titles and ranks that open an apposition before a name («العقيد», «الامير»): they only start a phrase.
pub fn titles() -> &'static FxSet<Box<str>> {
    static T: OnceLock<FxSet<Box<str>>> = OnceLock::new();
    T.get_or_init(|| word_set(TITLES_OWN))
}

/// Set formulas (forms of address, blessings) by their first normalized word: each the full list of its words.
pub fn formulas() -> &'static FxMap<Box<str>, Vec<Vec<Box<str>>>> {
    static F: OnceLock<FxMap<Box<str>, Vec<Vec<Box<str>>>>> = OnceLock::new();
    F.get_or_init(|| {
        let n = crate::normalize::Normalizer::default();
        let mut m: FxMap<Box<str>, Vec<Vec<Box<str>>>> = FxMap::default();
        for line in FORMULAS_OWN.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            let words: Vec<Box<str>> = line.split_whitespace().map(|w| Box::from(n.normalize_str(w).as_ref())).collect();
            if let Some(first) = words.first().cloned() {
                m.entry(first).or_default().push(words);
            }
        }
        // longest first, so «صاحب السمو الملكي» wins over «صاحب السمو»
        for v in m.values_mut() {
            v.sort_by(|a, b| b.len().cmp(&a.len()));
        }
        m
    })
}

/// How many tokens the longest set formula starting at `tokens[i]` covers (0: none).
pub fn formula_len(tokens: &[crate::document::Token], i: usize) -> usize {
    let Some(alts) = tokens.get(i).and_then(|t| formulas().get(t.norm.as_str())) else { return 0 };
    let matches = |ws: &&Vec<Box<str>>| tokens.get(i..i + ws.len()).is_some_and(|ts| ts.iter().zip(ws.iter()).all(|(t, w)| t.norm == **w));
    alts.iter().find(matches).map_or(0, Vec::len)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_load() {
        let bg = background();
        assert!(bg.len() > 20_000);
        assert!(bg.word("في").unwrap_or(0.0) > 7.0);
        // variants sum into their key: «الحكومة», «حكومة», «والحكومة» ...
        assert!(bg.key("حكومه") > bg.word("الحكومة").unwrap_or(9.0) - 0.01);
        assert_eq!(bg.key("لاوجودلهذهالكلمة"), UNSEEN_ZIPF);
        let sw = stopwords();
        assert!(sw.contains("في") && sw.contains("قال") && sw.contains("الخميس"));
        assert!(!sw.contains("ليبيا"));
        assert_eq!(formulas().get("صاحب").map(|v| v[0].len()), Some(3));
        assert!(modifiers().contains("الجديدة") && modifiers().contains("الثالثة") && !modifiers().contains("ليبيا"));
    }
}
