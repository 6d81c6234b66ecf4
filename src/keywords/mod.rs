//! Keyphrases: the 1–3 word phrases (and whole named entities) that say what an article is about.
//!
//! [`KeyphraseExtractor`] is a statistical extractor in the TF-IDF family: a word's weight is its specificity
//! against background Arabic frequencies (the `wordfreq` list, see `background.tsv`) and a phrase's score grows
//! with the number of times it recurs in the article and with how early it first appears (news put the topic in
//! the lead: a word's weight is multiplied by 1 + 8/((1+s)^2 (1+(q/20)^2)) at its best placed occurrence, q words into
//! sentence s, so that a long first sentence's tail counts less than its opening, and the bonus is ×0.7 past a
//! sentence's first clause, which ends at its first comma, relative pronoun, «حيث» or «وذلك»; a phrase of several words is also
//! placed by its own best occurrence; a relative adjective lends part of its count and lead to the noun it derives
//! from, «السويسرية» to «سويسرا»). Candidates are noun
//! phrases in a light sense: they never start or end with a stopword, hold no verb-like word (imperfect ي- and ت-forms,
//! the future سـ, plural perfects in -وا, feminine perfect -ت forms, short words of a perfect verb's shape that open a
//! sentence, and a list, `verbs_own.txt`), do not run from a word with the article into one
//! without («للجامعة العربية | ستيفان») and do not end on a construct cut from its complement («عريقات عضو |
//! اللجنة»), nor on an indefinite noun behind a preposition («سوكارنوبوتري لوكالة»); an indefinite accusative, a
//! title or a suffixed noun does not continue a phrase after a name («روسيا | ارتفاعا», «نبيل العربي | الامين»,
//! «نجران | جولاتها»); named entities and short quoted runs («نزاهة») are candidates whole, and so is a number with what it
//! counts («30 قتيلا», «12 شخصا», «23%», «خمس سيارات») or an elative with what it ranks («اول مدينة سعودية»).
//! The score that orders the candidates is learned (`ranker.rs`, trained by `examples/train_keywords.rs` on news with
//! headlines): a word model gives each word its log-odds of being a headline word from the quantities above, its
//! shape and its headline affinity, and a phrase model scores a phrase from its words' log-odds, the hand score
//! described here and its own counts and placement; `Params { ranker: 0.0, .. }` ranks by the hand score alone.
//! Variants that differ only by clitics, the article or normalization («الحكومة», «والحكومة», «حكومة») merge into
//! one keyphrase, reported by its most common surface form (with detachable و ف ب ل ك left out). Shorter phrases nested in a chosen longer one are dropped unless
//! they also stand alone often enough.

mod candidates;
mod extract;
pub mod key;
pub mod lexicon;
mod params;
mod ranker;
mod score;
mod select;
mod tokens;
pub(crate) mod verbs;
mod words;

use crate::hash::FxSet;

use serde::{Deserialize, Serialize};

use crate::document::Document;
use crate::span::Span;

pub use params::Params;
#[doc(hidden)]
pub use ranker::{affinity_value, phrase_features, PhraseRow, Ranker, Rows, WordRow, AFFINITY_MIN, AFFINITY_PRIOR, FEATURES, PHRASE_FEATURES, REST};

/// One place a keyphrase occurs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Occurrence {
    pub text: String,
    #[serde(flatten)]
    pub span: Span,
}

/// A keyphrase: its reported surface form (the span is that form's first occurrence), its score (higher is
/// more central; comparable within one document) and every occurrence of any of its variants.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Keyphrase {
    pub text: String,
    #[serde(flatten)]
    pub span: Span,
    pub score: f64,
    /// True when the phrase came from a named entity (or a short quoted name).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub entity: bool,
    pub occurrences: Vec<Occurrence>,
}

/// Extracts the top keyphrases of a [`Document`].
#[derive(Debug, Clone)]
pub struct KeyphraseExtractor {
    /// How many keyphrases to return.
    pub k: usize,
    extra_stopwords: FxSet<String>,
    params: Params,
    /// A ranker other than the embedded one (for training).
    ranker: Option<std::sync::Arc<Ranker>>,
}

impl Default for KeyphraseExtractor {
    fn default() -> Self {
        KeyphraseExtractor::new(10)
    }
}

impl KeyphraseExtractor {
    pub fn new(k: usize) -> Self {
        KeyphraseExtractor { k, extra_stopwords: FxSet::default(), params: Params::default(), ranker: None }
    }

    /// Add stopwords of your own (any spelling: they are normalized as token norms are).
    pub fn with_stopwords<I: IntoIterator<Item = S>, S: AsRef<str>>(mut self, words: I) -> Self {
        let n = crate::normalize::Normalizer::default();
        for w in words {
            let w = n.normalize_str(w.as_ref().trim()).into_owned();
            if !w.is_empty() {
                self.extra_stopwords.insert(w);
            }
        }
        self
    }

    /// Override the scoring parameters (for experiments; the defaults are what the README reports).
    pub fn with_params(mut self, params: Params) -> Self {
        self.params = params;
        self
    }

    /// Rank with `ranker` instead of the embedded one (for training it: `examples/train_keywords.rs`).
    #[doc(hidden)]
    pub fn with_ranker(mut self, ranker: Ranker) -> Self {
        self.ranker = Some(std::sync::Arc::new(ranker));
        self
    }

    fn model(&self) -> &Ranker {
        self.ranker.as_deref().unwrap_or_else(|| Ranker::embedded())
    }

    /// The top keyphrases of `doc`; its named entities (`doc.entities`, when computed) are whole-phrase candidates.
    pub fn extract(&self, doc: &Document) -> Vec<Keyphrase> {
        let spans: Vec<Span> = doc.entities.iter().flatten().map(|e| e.span).collect();
        self.extract_with_entities(doc, &spans)
    }

    /// The top keyphrases of `doc`, with `entities` (spans of named entities in `doc.text`) as whole-phrase
    /// candidates.
    pub fn extract_with_entities(&self, doc: &Document, entities: &[Span]) -> Vec<Keyphrase> {
        if self.k == 0 {
            return Vec::new();
        }
        extract::extract_or_rows(doc, entities, self.k, &self.extra_stopwords, &self.params, self.model(), None)
    }

    /// The words and candidate phrases of `doc` with the features of the learned ranker (for training it:
    /// `examples/train_keywords.rs`).
    #[doc(hidden)]
    pub fn rows(&self, doc: &Document) -> Rows {
        let spans: Vec<Span> = doc.entities.iter().flatten().map(|e| e.span).collect();
        let mut rows = Rows::default();
        extract::extract_or_rows(doc, &spans, 1, &self.extra_stopwords, &self.params, self.model(), Some(&mut rows));
        rows
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &str = include_str!("../../examples/afp_libya_arms_embargo.txt");

    fn seed_top() -> Vec<Keyphrase> {
        let doc = crate::Pipeline::default().analyze(SEED);
        doc.keywords.unwrap_or_default()
    }

    #[test]
    fn seed_reads_like_a_human_list() {
        let kws = seed_top();
        assert_eq!(kws.len(), 10);
        let texts: Vec<&str> = kws.iter().map(|k| k.text.as_str()).collect();
        for want in ["تنظيم الدولة الاسلامية", "حكومة الوفاق الوطني", "ليبيا"] {
            assert!(texts.contains(&want), "{want} not in {texts:?}");
        }
        assert!(texts.iter().any(|t| t.contains("الاسلحة") || t.contains("حظر")), "{texts:?}");
        // a longer phrase found after the tenth still replaces the shorter one it contains («الامم المتحدة»)
        assert!(!texts.contains(&"الامم"), "{texts:?}");
        // no sentence fragments around a verb or a predicate adjective
        for frag in ["مستعدة", "افاد", "يدعمه", "بهدف"] {
            assert!(texts.iter().all(|t| !t.contains(frag)), "{frag} in {texts:?}");
        }
        // no phrase starts with a detachable conjunction, none is a stopword
        for t in &texts {
            assert!(!t.starts_with("وال") && !t.starts_with("و "), "{t}");
            assert!(!lexicon::stopwords().contains(*t), "{t}");
        }
    }

    #[test]
    fn spans_slice_and_variants_merge() {
        let doc = crate::Pipeline::default().analyze(SEED);
        for k in doc.keywords.as_deref().unwrap_or_default() {
            assert_eq!(k.span.slice(&doc.text), k.text);
            assert!(!k.occurrences.is_empty());
            for o in &k.occurrences {
                assert_eq!(o.span.slice(&doc.text), o.text);
                assert_eq!(doc.text.chars().skip(o.span.start).take(o.span.end - o.span.start).collect::<String>(), o.text);
            }
        }
        let t = "اعلنت الحكومة خطة جديدة. وقالت الحكومة ان حكومة البلاد ستدعم الخطة. وستنفذ والحكومة الخطة قريبا.";
        let doc = crate::Pipeline::default().analyze(t);
        let kws = doc.keywords.unwrap_or_default();
        let single = kws.iter().find(|k| k.text == "الحكومة").expect("الحكومة");
        assert_eq!(single.occurrences.len(), 4, "{single:?}");
        assert!(single.occurrences.iter().all(|o| o.text == "الحكومة" || o.text == "حكومة"));
    }

    #[test]
    fn noun_phrases_not_fragments() {
        // a bare name and its proclitic form merge when both occur («لايفرتون», «ايفرتون»); verbs and a definite
        // word running into an indefinite one do not make phrases
        let t = "قال مدرب ايفرتون ان لاعب ايفرتون مصاب. وغاب اللاعب عن ايفرتون امس. واكد المدرب الحاجة لايفرتون الى مدافع. \
                 يتطلع نادي ايفرتون الى الفوز.";
        let doc = crate::Pipeline::default().analyze(t);
        let kws = doc.keywords.unwrap_or_default();
        let texts: Vec<&str> = kws.iter().map(|k| k.text.as_str()).collect();
        let ev = kws.iter().find(|k| k.text == "ايفرتون").expect(&format!("ايفرتون in {texts:?}"));
        assert_eq!(ev.occurrences.len(), 5, "{ev:?}");
        for k in &kws {
            assert!(!k.text.contains("يتطلع"), "{kws:?}");
        }
    }

    #[test]
    fn no_phrase_cuts_a_name_open() {
        // no phrase starts inside a name of several words nor ends on its first word
        let t = "بعث الملك سلمان بن عبدالعزيز برقية تهنئة. وقاد اندريس انيستا وليونيل ميسي الفريق. \
                 وكرر سلمان بن عبدالعزيز برقية تهنئة. وسجل ليونيل ميسي هدفا.";
        let doc = crate::Pipeline::default().analyze(t);
        let span = |name: &str| -> Vec<Span> {
            let mut out = Vec::new();
            let mut from = 0;
            while let Some(k) = t[from..].find(name) {
                let b = from + k;
                let start = t[..b].chars().count();
                out.push(Span { start, end: start + name.chars().count(), byte_start: b, byte_end: b + name.len() });
                from = b + name.len();
            }
            out
        };
        let names: Vec<Span> = ["سلمان بن عبدالعزيز", "اندريس انيستا", "ليونيل ميسي"].iter().flat_map(|n| span(n)).collect();
        let kws = KeyphraseExtractor::new(30).extract_with_entities(&doc, &names);
        let texts: Vec<&str> = kws.iter().map(|k| k.text.as_str()).collect();
        assert!(texts.contains(&"سلمان بن عبدالعزيز") && texts.contains(&"برقية تهنئة"), "{texts:?}");
        assert!(!texts.iter().any(|k| k.starts_with("عبدالعزيز") || k.ends_with("وليونيل") || k.ends_with("انيستا وليونيل")), "{texts:?}");
    }

    #[test]
    fn deterministic_and_k_respected() {
        let a = seed_top();
        for _ in 0..3 {
            assert_eq!(seed_top(), a);
        }
        let doc = crate::Pipeline::default().analyze(SEED);
        assert_eq!(KeyphraseExtractor::new(3).extract(&doc), a[..3].to_vec());
        assert!(KeyphraseExtractor::new(0).extract(&doc).is_empty());
        assert!(a.windows(2).all(|w| w[0].score >= w[1].score));
    }

    #[test]
    fn training_rows_match_the_candidates() {
        let doc = crate::Pipeline::default().analyze(SEED);
        let rows = KeyphraseExtractor::default().rows(&doc);
        assert!(rows.words.iter().any(|w| w.candidate && w.key == "ليبيا"));
        assert!(rows.words.iter().all(|w| w.features.len() == FEATURES.len() && w.features.iter().all(|x| x.is_finite())));
        assert!(!rows.phrases.is_empty());
        for ph in &rows.phrases {
            assert!(!ph.words.is_empty() && ph.words.iter().all(|&id| (id as usize) < rows.words.len()), "{ph:?}");
            assert!(SEED.contains(ph.surface.as_str()));
        }
        // the hand formula alone still ranks (the ranker reads its score); both keep the seed's topics
        let hand = KeyphraseExtractor::new(10).with_params(Params { ranker: 0.0, ..Params::default() }).extract(&doc);
        for kws in [hand, KeyphraseExtractor::new(10).extract(&doc)] {
            assert!(kws.iter().any(|k| k.text == "ليبيا") && kws.iter().any(|k| k.text == "حكومة الوفاق الوطني"), "{kws:?}");
        }
    }

    #[test]
    fn user_stopwords_and_odd_inputs() {
        let doc = crate::Pipeline::default().analyze(SEED);
        let ex = KeyphraseExtractor::new(10).with_stopwords(["ليبيا"]);
        assert!(ex.extract(&doc).iter().all(|k| k.text != "ليبيا"));
        for t in ["", " ", "،،،", "في من على", "ﻻ ﻻ ﻻ", "وَالحُكُومَةُ الحكومة", "a b c 1 2 3"] {
            let d = crate::Pipeline::default().analyze(t);
            for k in d.keywords.unwrap_or_default() {
                assert_eq!(k.span.slice(t), k.text);
            }
        }
    }
}
