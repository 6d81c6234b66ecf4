//! Clitic segmentation and light stems.
//!
//! [`CliticSegmenter`] splits an Arabic word into proclitics, a stem and suffixes in one of two schemes
//! ([`Segmentation::Atb`]: conjunctions, prepositions, the future particle and pronoun enclitics, the article
//! staying on its word, as in the Arabic PUD treebank; [`Segmentation::Farasa`]: the Farasa segmenter's full
//! scheme, also ال, ة, ات, ون, ين, verb suffixes and case endings). Every way the word's letters split into a
//! known proclitic chain, a stem and a known suffix chain is a candidate; a linear model trained on the shared
//! data (features from a word-frequency lexicon, a list of proper names and the training words) picks one.
//! Segments keep surface offsets (diacritics stay inside), and each carries its written form with what the
//! surface dropped restored («للسلطة» → «ل» + «لسلطة», forms «ل» + «السلطة»).

pub mod letters;
pub mod model;
pub mod ranker;
pub mod stem;
#[doc(hidden)]
pub mod train;

use std::sync::OnceLock;


use compact_str::CompactString;

use crate::document::{Segment, SegmentRole, Token};
use crate::pipeline::Segmentation;
use crate::span::Span;
use letters::Letters;
use model::{Model, SchemeModel};
pub use stem::Stemmer;
use ranker::{Cand, WordCtx, candidates, features, score};

static MODEL_TEXT: &str = include_str!("model.txt");
static MODEL: OnceLock<Model> = OnceLock::new();

const CACHE_MAX: usize = 100_000;
type Cache = model::FxMap<Box<str>, Vec<Piece>>;
thread_local! {
    static CACHE: std::cell::RefCell<(Cache, Cache)> = std::cell::RefCell::new((Cache::default(), Cache::default()));
}

/// The embedded model (parsed on first use).
pub fn embedded_model() -> &'static Model {
    MODEL.get_or_init(|| Model::parse(MODEL_TEXT))
}

/// One segment of a word: byte offsets into the word, written form, role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub start: usize,
    pub end: usize,
    pub form: CompactString,
    pub role: SegmentRole,
}

/// Splits Arabic words into clitics, stem and affixes.
#[derive(Debug, Clone, Copy)]
pub struct CliticSegmenter {
    model: &'static Model,
    scheme: Segmentation,
}

impl CliticSegmenter {
    /// A segmenter for `scheme` with the embedded model.
    pub fn new(scheme: Segmentation) -> Self {
        CliticSegmenter { model: embedded_model(), scheme }
    }

    /// A segmenter with a given model (training and tests).
    pub fn with_model(model: &'static Model, scheme: Segmentation) -> Self {
        CliticSegmenter { model, scheme }
    }

    pub fn scheme(&self) -> Segmentation {
        self.scheme
    }

    /// The segments of `word` (one piece covering it when it is not an Arabic word or is left whole).
    pub fn segment(&self, word: &str) -> Vec<Piece> {
        self.with_segments(word, |p| p.to_vec())
    }

    /// Call `f` with the segments of `word` without copying them (answers of the embedded model are cached
    /// per thread: news repeats its words).
    pub fn with_segments<R>(&self, word: &str, f: impl FnOnce(&[Piece]) -> R) -> R {
        if !std::ptr::eq(self.model, embedded_model()) || word.len() > 64 {
            return f(&segment_with(self.model, self.scheme, word));
        }
        CACHE.with(|c| {
            let Ok(mut c) = c.try_borrow_mut() else {
                return f(&segment_with(self.model, self.scheme, word));
            };
            let map = match self.scheme {
                Segmentation::Atb => &mut c.0,
                Segmentation::Farasa => &mut c.1,
            };
            if let Some(p) = map.get(word) {
                return f(p);
            }
            let p = segment_with(self.model, self.scheme, word);
            if map.len() >= CACHE_MAX {
                map.clear();
            }
            let r = f(&p);
            map.insert(word.into(), p);
            r
        })
    }

    /// The written forms of the segments of `word`.
    pub fn forms(&self, word: &str) -> Vec<String> {
        self.segment(word).into_iter().map(|p| p.form.to_string()).collect()
    }

    /// The segments of a token of `text`, with document spans.
    pub fn segment_token(&self, token: &Token) -> Vec<Segment> {
        let word = token.text.as_str();
        self.with_segments(word, |pieces| {
            let mut out = Vec::with_capacity(pieces.len());
            let mut ch = token.span.start;
            for p in pieces {
                let surface = word.get(p.start..p.end).unwrap_or("");
                let len = surface.chars().count();
                let span = Span { start: ch, end: ch + len, byte_start: token.span.byte_start + p.start, byte_end: token.span.byte_start + p.end };
                ch += len;
                out.push(Segment { text: CompactString::from(surface), span, form: p.form.clone(), role: p.role });
            }
            out
        })
    }

    /// The Farasa-style string of a text: words separated by spaces, segments joined by "+".
    pub fn segment_text(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() * 5 / 4);
        for t in crate::tokenizer::tokens(text) {
            let w = &text[t.start..t.end];
            if !out.is_empty() {
                out.push(' ');
            }
            let pieces = if t.kind == crate::tokenizer::TokenKind::Arabic { self.segment(w) } else { Vec::new() };
            if pieces.len() <= 1 {
                out.push_str(w);
            } else {
                for (i, p) in pieces.iter().enumerate() {
                    if i > 0 {
                        out.push('+');
                    }
                    out.push_str(&p.form);
                }
            }
        }
        out
    }
}

/// Fill `segments` (and `stem`) of the Arabic word tokens.
pub fn annotate(tokens: &mut [Token], scheme: Segmentation) {
    let seg = CliticSegmenter::new(scheme);
    let stemmer = Stemmer::new();
    for t in tokens.iter_mut() {
        if t.kind == crate::tokenizer::TokenKind::Arabic {
            t.segments = seg.segment_token(t);
            t.stem = stemmer.stem(&t.text);
        }
    }
}

fn scheme_model(m: &Model, scheme: Segmentation) -> &SchemeModel {
    match scheme {
        Segmentation::Atb => &m.atb,
        Segmentation::Farasa => &m.farasa,
    }
}

/// The best candidate of a word, if the scheme has a model and the word has candidates.
pub(crate) fn best(m: &Model, scheme: Segmentation, l: &Letters) -> Option<Cand> {
    let sm = scheme_model(m, scheme);
    if sm.weights.is_empty() {
        return None;
    }
    let atb = scheme == Segmentation::Atb;
    let mut buf = String::new();
    let mut cands = Vec::new();
    candidates(m, sm, atb, l, &mut buf, &mut cands);
    let ctx = WordCtx::new(m, sm, l);
    let mut f = Vec::with_capacity(48);
    let mut best: Option<(f32, Cand)> = None;
    for c in &cands {
        features(m, sm, l, &ctx, c, &mut buf, &mut f);
        let s = score(&sm.weights, &f);
        if best.is_none_or(|(b, _)| s > b) {
            best = Some((s, *c));
        }
    }
    best.map(|x| x.1)
}

/// The pieces of candidate `c` of `word`.
pub(crate) fn pieces(m: &Model, scheme: Segmentation, word: &str, l: &Letters, c: &Cand) -> Vec<Piece> {
    let sm = scheme_model(m, scheme);
    let off = |i: usize| l.off[i] as usize;
    let raw = |a: usize, b: usize| word.get(off(a)..off(b)).unwrap_or("");
    let n = l.n;
    let mut out = Vec::with_capacity(4);
    if c.fused_word > 0 {
        let (_, k, f1, f2) = ranker::FUSED[(c.fused_word - 1) as usize];
        out.push(Piece { start: 0, end: off(k), form: f1.into(), role: SegmentRole::Stem });
        out.push(Piece { start: off(k), end: word.len(), form: f2.into(), role: SegmentRole::Stem });
        return out;
    }
    let form_of = |a: usize, b: usize, form: &str, role: SegmentRole, out: &mut Vec<Piece>| {
        let f = if l.slice(a, b) == form { CompactString::from(strip_marks(raw(a, b))) } else { CompactString::from(form) };
        out.push(Piece { start: if a == 0 { 0 } else { off(a) }, end: if b == n { word.len() } else { off(b) }, form: f, role });
    };
    let mut i = 0;
    for (len, form, role) in &sm.prefixes[c.p as usize].segs {
        form_of(i, i + len, form, *role, &mut out);
        i += len;
    }
    let b = n - c.sl as usize;
    let mut stem_form = CompactString::default();
    if c.fused_al {
        stem_form.push('ا');
    }
    stem_form.push_str(&strip_marks(raw(i, b)));
    out.push(Piece { start: if i == 0 { 0 } else { off(i) }, end: if b == n { word.len() } else { off(b) }, form: stem_form, role: SegmentRole::Stem });
    let mut j = b;
    for (len, form, role) in &sm.suffixes[c.s as usize].segs {
        form_of(j, j + len, form, *role, &mut out);
        j += len;
    }
    out
}

fn strip_marks(s: &str) -> std::borrow::Cow<'_, str> {
    if s.chars().any(crate::tokenizer::is_arabic_mark) {
        std::borrow::Cow::Owned(s.chars().filter(|&c| !crate::tokenizer::is_arabic_mark(c)).collect())
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// Segment `word` with model `m`. A run of tatweel before the first letter or after the last one (a dash
/// glued to the word) is a segment of its own.
pub fn segment_with(m: &Model, scheme: Segmentation, word: &str) -> Vec<Piece> {
    const TATWEEL: char = '\u{0640}';
    let inner = word.trim_matches(TATWEEL);
    if inner.len() != word.len() && !inner.is_empty() {
        let lead = word.len() - word.trim_start_matches(TATWEEL).len();
        let mut out = Vec::with_capacity(4);
        if lead > 0 {
            out.push(Piece { start: 0, end: lead, form: CompactString::from(&word[..lead]), role: SegmentRole::Proclitic });
        }
        for p in segment_with(m, scheme, inner) {
            out.push(Piece { start: p.start + lead, end: p.end + lead, ..p });
        }
        let tail = lead + inner.len();
        if tail < word.len() {
            out.push(Piece { start: tail, end: word.len(), form: CompactString::from(&word[tail..]), role: SegmentRole::Suffix });
        }
        return out;
    }
    let whole = || vec![Piece { start: 0, end: word.len(), form: CompactString::from(strip_marks(word)), role: SegmentRole::Stem }];
    let Some(l) = Letters::new(word) else { return whole() };
    match best(m, scheme, &l) {
        Some(c) => pieces(m, scheme, word, &l, &c),
        None => whole(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn atb(w: &str) -> String {
        let s = CliticSegmenter::new(Segmentation::Atb);
        s.segment(w).iter().map(|p| &w[p.start..p.end]).collect::<Vec<_>>().join("+")
    }

    fn forms(scheme: Segmentation, w: &str) -> String {
        CliticSegmenter::new(scheme).forms(w).join("+")
    }

    #[test]
    fn atb_hard_cases() {
        let mut bad = Vec::new();
        for (w, want) in [
            ("وزير", "وزير"),
            ("فرانس", "فرانس"),
            ("البانيا", "البانيا"),
            ("واشنطن", "واشنطن"),
            ("بيروت", "بيروت"),
            ("لندن", "لندن"),
            ("للامم", "ل+لامم"),
            ("لها", "ل+ها"),
            ("بهم", "ب+هم"),
            ("وسيتم", "و+س+يتم"),
            ("فإن", "ف+إن"),
            ("كتابه", "كتاب+ه"),
            ("كتابة", "كتابة"),
            ("وبالحكومة", "و+ب+الحكومة"),
            ("حكومته", "حكومت+ه"),
        ] {
            if atb(w) != want {
                bad.push(format!("{w}: {} (want {want})", atb(w)));
            }
        }
        assert!(bad.is_empty(), "{bad:?}");
        assert_eq!(forms(Segmentation::Atb, "للسلطة"), "ل+السلطة");
    }

    #[test]
    fn farasa_forms() {
        assert_eq!(forms(Segmentation::Farasa, "للحكومة"), "ل+ال+حكوم+ة");
        assert_eq!(forms(Segmentation::Farasa, "والتلفزيون"), "و+ال+تلفزيون");
    }

    #[test]
    fn diacritics_stay_inside() {
        let w = "وَكِتَابُهُ";
        let p = CliticSegmenter::new(Segmentation::Atb).segment(w);
        assert_eq!(p.first().map(|p| p.start), Some(0));
        assert_eq!(p.last().map(|p| p.end), Some(w.len()));
        for x in p.windows(2) {
            assert_eq!(x[0].end, x[1].start);
        }
        assert!(p.len() >= 2, "{p:?}");
        assert_eq!(&w[p[0].start..p[0].end], "وَ");
    }

    #[test]
    fn non_arabic_whole() {
        let p = CliticSegmenter::new(Segmentation::Atb).segment("abc");
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].end, 3);
    }

    #[test]
    fn segment_text_farasapy_shape() {
        let s = CliticSegmenter::new(Segmentation::Farasa);
        assert_eq!(s.segment_text("للحكومة و 12"), "ل+ال+حكوم+ة و 12");
    }
}
