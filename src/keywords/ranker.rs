//! The learned keyphrase ranker. A word model gives each word of an article its log-odds of being a word of the
//! headline, from what the extractor knows of it (its counts, its rarity against the background, where it first and
//! best appears, whether it is a name, its shape) and its headline affinity; a phrase model scores each candidate phrase
//! from its words' log-odds, the hand score and the phrase's own counts and placement. Both are linear (over
//! [`FEATURES`] and [`PHRASE_FEATURES`]), fitted by `examples/train_keywords.rs` on news with headlines; the weights are
//! `ranker.tsv` and the affinities `headline_affinity.tsv`, parsed once on first use. A per-article softmax has no
//! bias: the scores compare the words, or the phrases, of one article.

use std::sync::OnceLock;

use crate::hash::FxMap;

const MODEL: &str = include_str!("ranker.tsv");
const AFFINITY: &str = include_str!("headline_affinity.tsv");

/// What the extractor gathered of one word (key) of a document.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct WordStats {
    pub tf: f64,
    /// The count with part of the counts of words sharing its light stem, or derived from it (a relative adjective).
    pub tf_eff: f64,
    /// Specificity against the background: `z0 - zipf`, at least `idf_min`.
    pub idf: f64,
    /// The hand lead factor of its best placed occurrence (≥ 1).
    pub best: f64,
    /// Lead sentence of its first occurrence (datelines do not count as sentences).
    pub first_lead: u32,
    /// Content words before its own best placed occurrence in that occurrence's sentence (a relative adjective may
    /// lend the word a better lead factor, `best`, from the adjective's occurrences; these two stay the word's own).
    pub best_pos: u32,
    /// Its own best placed occurrence comes after the first clause break of its sentence.
    pub best_late: bool,
    /// Some occurrence is in the first lead sentence before its first clause break.
    pub first_clause: bool,
    /// Occurrences that are a name, inside a named entity, with the article, with a pronoun suffix, with an attached
    /// preposition, an indefinite accusative.
    pub name: u32,
    pub entity: u32,
    pub article: u32,
    pub suffixed: u32,
    pub prep: u32,
    pub acc: u32,
    /// Sentences it occurs in.
    pub sents: u32,
    /// Token index of its first occurrence.
    pub first_tok: u32,
    pub number: bool,
    /// The key's headline affinity (`headline_affinity.tsv`; 0 for a word it does not list).
    pub affinity: f64,
}

/// What the extractor knows of a document's words and candidate phrases, for training the ranker.
#[doc(hidden)]
#[derive(Debug, Clone, Default)]
pub struct Rows {
    /// Every word (key) by its id.
    pub words: Vec<WordRow>,
    pub phrases: Vec<PhraseRow>,
}

/// One word of a document: its key, its first surface form, its features, and whether it may start or end a phrase.
#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct WordRow {
    pub key: String,
    pub surface: String,
    pub features: Vec<f64>,
    pub candidate: bool,
}

/// One candidate phrase: its first surface form, its words (ids into [`Rows::words`]) and its features that are not
/// its words' ([`phrase_features`] takes both).
#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct PhraseRow {
    pub surface: String,
    pub words: Vec<u32>,
    pub rest: [f64; REST],
}

/// Features of a candidate phrase: its words' learned log-odds (mean, max, min), then [`REST`] of its own.
pub const PHRASE_FEATURES: [&str; 3 + REST] = [
    "mean_z",
    "max_z",
    "min_z",
    "ln_hand",
    "n2",
    "n3",
    "n4",
    "ln_count",
    "cohesion",
    "entity",
    "once",
    "first_lead0",
    "first_lead1",
    "ln_own",
    "number",
    "first_article",
    "last_article",
    "first_name",
];

/// How many phrase features are not derived from its words' log-odds.
pub const REST: usize = 15;

/// What the extractor knows of a candidate phrase beyond its words.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct PhraseStats {
    /// The hand score.
    pub hand: f64,
    /// Words.
    pub n: usize,
    /// Occurrences, and their share of its rarest word's count.
    pub count: f64,
    pub cohesion: f64,
    pub entity: bool,
    /// Lead sentence of its first occurrence.
    pub first_lead: u32,
    /// The lead factor of its best placed occurrence.
    pub own: f64,
    pub number: bool,
    /// Its first occurrence starts, or ends, on a word with the article; starts on a name.
    pub first_article: bool,
    pub last_article: bool,
    pub first_name: bool,
}

impl PhraseStats {
    /// The phrase's own features, in the order of [`PHRASE_FEATURES`] after `min_z`.
    pub fn rest(&self) -> [f64; REST] {
        let b = |v: bool| v as u8 as f64;
        [
            self.hand.max(1e-12).ln(),
            b(self.n == 2),
            b(self.n == 3),
            b(self.n >= 4),
            self.count.max(1.0).ln(),
            self.cohesion,
            b(self.entity),
            b(self.count < 2.0),
            b(self.first_lead == 0),
            b(self.first_lead == 1),
            self.own.max(1.0).ln(),
            b(self.number),
            b(self.first_article),
            b(self.last_article),
            b(self.first_name),
        ]
    }
}

/// The feature vector of a phrase whose words have learned log-odds `z` (those of its words that may start or end a
/// phrase; none gives 0 for all three).
#[doc(hidden)]
pub fn phrase_features(z: &[f64], rest: &[f64; REST]) -> [f64; PHRASE_FEATURES.len()] {
    let mut x = [0.0; PHRASE_FEATURES.len()];
    if !z.is_empty() {
        x[0] = z.iter().sum::<f64>() / z.len() as f64;
        x[1] = z.iter().copied().fold(f64::MIN, f64::max);
        x[2] = z.iter().copied().fold(f64::MAX, f64::min);
    }
    x[3..].copy_from_slice(rest);
    x
}

/// Names of the word model's features, in order.
pub const FEATURES: [&str; 28] = [
    "ln_tf",
    "ln_tf_eff",
    "idf",
    "ln_idf",
    "ln_best",
    "first_lead0",
    "first_lead1",
    "first_lead2_4",
    "ln1_best_pos",
    "best_late",
    "first_clause",
    "name_share",
    "entity_share",
    "article_share",
    "suffixed_share",
    "spread",
    "first_at",
    "number",
    "affinity",
    "prep_share",
    "acc_share",
    "ln_chars",
    "plural",
    "nisba",
    "mim",
    "ta",
    "latin",
    "name_unlisted",
];

impl WordStats {
    /// The feature vector (see [`FEATURES`]) of the word `key` in a document of `n_tokens` tokens and `n_sents`
    /// sentences. The key's shape: its letters, a sound feminine plural (-ات), a relative adjective (-ي, -يه), a
    /// participle or place noun (م-), a verbal noun of the تفعيل/تفاعل/تفعّل forms (ت-, five letters or more), Latin
    /// letters.
    pub fn features(&self, key: &str, n_tokens: usize, n_sents: usize) -> [f64; FEATURES.len()] {
        let tf = self.tf.max(1.0);
        let share = |c: u32| c as f64 / tf;
        let l = self.first_lead;
        let b = |v: bool| v as u8 as f64;
        let chars = key.chars().count();
        [
            tf.ln(),
            self.tf_eff.max(1.0).ln(),
            self.idf,
            self.idf.max(0.01).ln(),
            self.best.max(1.0).ln(),
            (l == 0) as u8 as f64,
            (l == 1) as u8 as f64,
            (2..=4).contains(&l) as u8 as f64,
            (1.0 + self.best_pos as f64).ln(),
            self.best_late as u8 as f64,
            self.first_clause as u8 as f64,
            share(self.name),
            share(self.entity),
            share(self.article),
            share(self.suffixed),
            self.sents as f64 / n_sents.max(1) as f64,
            self.first_tok as f64 / n_tokens.max(1) as f64,
            self.number as u8 as f64,
            self.affinity,
            share(self.prep),
            share(self.acc),
            (chars.max(1) as f64).ln(),
            b(chars >= 5 && key.ends_with("ات")),
            b(chars >= 4 && (key.ends_with('ي') || key.ends_with("يه"))),
            b(chars >= 4 && key.starts_with('م')),
            b(chars >= 5 && key.starts_with('ت')),
            b(key.chars().any(|c| c.is_ascii_alphabetic())),
            ((self.name > self.entity) && self.entity == 0) as u8 as f64,
        ]
    }
}

/// The learned ranker: the weights of the word features (`word.<name>` lines of `ranker.tsv`) and of the phrase
/// features (`phrase.<name>`), and the headline affinity of words (`headline_affinity.tsv`).
#[doc(hidden)]
#[derive(Clone, Default)]
pub struct Ranker {
    word: [f64; FEATURES.len()],
    phrase: [f64; PHRASE_FEATURES.len()],
    affinity: FxMap<Box<str>, f32>,
}

impl std::fmt::Debug for Ranker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Ranker({} word weights, {} phrase weights, {} affinities)", self.word.len(), self.phrase.len(), self.affinity.len())
    }
}

/// The `name<TAB>value` rows of a table (`#` lines are comments).
fn tsv_rows(tsv: &str) -> impl Iterator<Item = (&str, &str)> {
    tsv.lines().filter(|l| !l.starts_with('#')).filter_map(|l| l.split_once('\t'))
}

/// A word's headline affinity from its counts over training articles: the log of its headline rate (`headlines` of
/// `articles`, smoothed towards `prior` by `AFFINITY_PRIOR` articles) over `prior`, rounded to two decimals as the
/// table stores it, and 0 for a word seen in fewer than `AFFINITY_MIN` articles or of |value| below 0.01 (what the
/// table leaves out). The trainer uses it both for the table and for the values it fits on.
#[doc(hidden)]
pub fn affinity_value(headlines: f64, articles: f64, prior: f64) -> f64 {
    if articles < AFFINITY_MIN || prior <= 0.0 {
        return 0.0;
    }
    let v = ((headlines + AFFINITY_PRIOR * prior) / (articles + AFFINITY_PRIOR)).ln() - prior.ln();
    let v = (v * 100.0).round() / 100.0;
    if v.abs() < 0.01 { 0.0 } else { v }
}

/// Articles' worth of the average rate a word's headline rate is smoothed towards.
#[doc(hidden)]
pub const AFFINITY_PRIOR: f64 = 5.0;
/// Fewest training articles a word is seen in for the affinity table to list it.
#[doc(hidden)]
pub const AFFINITY_MIN: f64 = 3.0;

impl Ranker {
    /// Reads the weights (`word.<name><TAB>weight`, `phrase.<name><TAB>weight`; a feature the file lacks weighs 0)
    /// and the affinity table (`key<TAB>value`); `#` lines are comments.
    pub fn parse(weights: &str, affinity: &str) -> Self {
        let mut r = Ranker::default();
        for (name, v) in tsv_rows(weights) {
            let Ok(v) = v.trim().parse::<f64>() else { continue };
            if let Some(i) = name.strip_prefix("word.").and_then(|n| FEATURES.iter().position(|f| *f == n)) {
                r.word[i] = v;
            } else if let Some(i) = name.strip_prefix("phrase.").and_then(|n| PHRASE_FEATURES.iter().position(|f| *f == n)) {
                r.phrase[i] = v;
            }
        }
        r.affinity = tsv_rows(affinity).filter_map(|(k, v)| Some((Box::from(k), v.trim().parse::<f32>().ok()?))).collect();
        r
    }

    /// The embedded ranker, parsed once.
    pub fn embedded() -> &'static Ranker {
        static M: OnceLock<Ranker> = OnceLock::new();
        M.get_or_init(|| Ranker::parse(MODEL, AFFINITY))
    }

    /// The headline affinity of `key` (0 when unlisted).
    pub fn affinity(&self, key: &str) -> f64 {
        self.affinity.get(key).copied().unwrap_or(0.0) as f64
    }

    /// The log-odds that a word is a headline word (comparable within its document).
    pub fn word_logit(&self, x: &[f64; FEATURES.len()]) -> f64 {
        self.word.iter().zip(x).map(|(w, x)| w * x).sum()
    }

    /// The log-score of a candidate phrase (comparable within its document).
    pub fn phrase_logit(&self, x: &[f64; PHRASE_FEATURES.len()]) -> f64 {
        self.phrase.iter().zip(x).map(|(w, x)| w * x).sum()
    }

    /// The phrase weights.
    pub fn phrase_weights(&self) -> &[f64; PHRASE_FEATURES.len()] {
        &self.phrase
    }

    /// Replaces the phrase weights.
    pub fn set_phrase_weights(&mut self, w: [f64; PHRASE_FEATURES.len()]) {
        self.phrase = w;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_weights_by_name() {
        let m = Ranker::parse("# header\nword.ln_tf\t0.5\nword.unknown\t9\nphrase.mean_z\t3\n", "# t\nحكومه\t0.5\n");
        assert_eq!(m.affinity("حكومه"), 0.5);
        let mut x = [0.0; FEATURES.len()];
        x[0] = 2.0;
        assert!((m.word_logit(&x) - 1.0).abs() < 1e-12);
        let y = phrase_features(&[1.0, 2.0], &[0.0; REST]);
        assert!((m.phrase_logit(&y) - 4.5).abs() < 1e-12);
        // the embedded model weighs the features
        let embedded = Ranker::embedded();
        assert!(embedded.word.iter().any(|w| *w != 0.0) && embedded.phrase.iter().any(|w| *w != 0.0));
        assert!(embedded.affinity("zzzz-not-a-key") == 0.0 && !embedded.affinity.is_empty());
    }

    #[test]
    fn the_embedded_weights_name_every_feature() {
        let names: Vec<&str> = tsv_rows(MODEL).map(|(n, _)| n).collect();
        for f in FEATURES {
            assert!(names.contains(&format!("word.{f}").as_str()), "word.{f}");
        }
        for f in PHRASE_FEATURES {
            assert!(names.contains(&format!("phrase.{f}").as_str()), "phrase.{f}");
        }
        assert_eq!(names.len(), FEATURES.len() + PHRASE_FEATURES.len());
    }

    #[test]
    fn affinity_values_match_the_table() {
        assert_eq!(affinity_value(5.0, 2.0, 0.03), 0.0); // too few articles
        assert_eq!(affinity_value(0.0, 0.0, 0.0), 0.0);
        let v = affinity_value(10.0, 20.0, 0.03);
        assert!(v > 2.0 && (v * 100.0).fract().abs() < 1e-9, "{v}");
        // the embedded table holds only listed values
        assert!(AFFINITY.lines().filter(|l| !l.starts_with('#')).all(|l| l.split_once('\t').is_some_and(|(_, v)| v.parse::<f64>().is_ok_and(|v| v.abs() >= 0.01))));
    }

    #[test]
    fn features_are_finite_for_odd_stats() {
        let s = WordStats::default();
        assert!(s.features("", 0, 0).iter().all(|v| v.is_finite()));
        let r = PhraseStats::default().rest();
        assert!(phrase_features(&[], &r).iter().all(|v| v.is_finite()));
    }
}
