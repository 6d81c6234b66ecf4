//! The pipeline: options validated once, then any number of texts analyzed with them, in parallel when asked.

use chrono::NaiveDate;
use compact_str::CompactString;
use serde::{Deserialize, Serialize};

use crate::dates::DateExtractor;
use crate::document::{Document, Sentence, Token};
use crate::entities::EntityRecognizer;
use crate::error::{Error, Result};
use crate::normalize::Normalizer;
use crate::quotes::QuoteExtractor;
use crate::span::TextIndex;
use crate::{sentences, tokenizer};

/// Which clitic segmentation scheme to apply to word tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Segmentation {
    /// Conjunctions, prepositions, the future particle and pronoun enclitics; ال stays on its word (UD/PUD).
    Atb,
    /// The Farasa scheme (AraBERT v1/v2 preprocessing): also ال, ة, ات, ون, ين, verb affixes, case endings.
    Farasa,
}

impl std::str::FromStr for Segmentation {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s {
            "atb" => Ok(Segmentation::Atb),
            "farasa" => Ok(Segmentation::Farasa),
            _ => Err(Error::InvalidOption {
                option: "segmentation".into(),
                value: s.into(),
                allowed: "\"atb\", \"farasa\" or None".into(),
            }),
        }
    }
}

/// Entity labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Label {
    PER,
    ORG,
    LOC,
    MISC,
}

impl std::str::FromStr for Label {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s {
            "PER" | "PERS" => Ok(Label::PER),
            "ORG" => Ok(Label::ORG),
            "LOC" => Ok(Label::LOC),
            "MISC" => Ok(Label::MISC),
            _ => Err(Error::InvalidOption { option: "entities".into(), value: s.into(), allowed: "a label PER, ORG, LOC or MISC".into() }),
        }
    }
}

/// Parse an ISO `YYYY-MM-DD` date.
pub fn parse_date(s: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| Error::InvalidDate(s.into()))
}

/// The extraction layers a [`Pipeline`] runs. Tokens and sentences always run; segmentation and keyphrases have
/// their own options. Turning layers off makes a pipeline faster; a layer off is absent from the Document (and
/// numbers then keep years that a date would have taken and, without entities, the number words of person names
/// («آل ثاني»); quotes lose the entity hints for their speakers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Layers {
    pub dates: bool,
    pub numbers: bool,
    pub entities: bool,
    pub quotes: bool,
}

impl Default for Layers {
    fn default() -> Self {
        Layers { dates: true, numbers: true, entities: true, quotes: true }
    }
}

impl Layers {
    /// The layer names, as [`Layers::from_names`] reads them.
    pub const NAMES: [&'static str; 4] = ["dates", "numbers", "entities", "quotes"];

    /// Only the named layers (each one of [`Layers::NAMES`]).
    pub fn from_names<'a>(names: impl IntoIterator<Item = &'a str>) -> Result<Layers> {
        let mut l = Layers { dates: false, numbers: false, entities: false, quotes: false };
        for name in names {
            let on = match name.trim() {
                "dates" => &mut l.dates,
                "numbers" => &mut l.numbers,
                "entities" => &mut l.entities,
                "quotes" => &mut l.quotes,
                other => {
                    return Err(Error::InvalidOption {
                        option: "layers".into(),
                        value: other.into(),
                        allowed: format!("names among {}", Layers::NAMES.join(", ")),
                    });
                }
            };
            *on = true;
        }
        Ok(l)
    }

    /// The names of the layers that are on.
    pub fn names(&self) -> Vec<&'static str> {
        let on = [self.dates, self.numbers, self.entities, self.quotes];
        Layers::NAMES.iter().zip(on).filter(|(_, on)| *on).map(|(n, _)| *n).collect()
    }
}

/// Everything a [`Pipeline`] can be configured with. Build with `Default` and adjust fields, then
/// [`Pipeline::new`] validates them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PipelineOptions {
    /// The document date relative expressions resolve against; `None` leaves their values null.
    pub reference_date: Option<NaiveDate>,
    /// The clitic segmentation scheme, or `None` for no segmentation.
    pub segmentation: Option<Segmentation>,
    /// How many keyphrases to keep per document.
    pub keywords: usize,
    /// User entities `(text, label)`: they win over the model.
    pub entities: Vec<(String, Label)>,
    /// Keep the names the model labels MISC (events, products, works, …). Off by default: the news guidelines
    /// annotate persons, organizations and places only (see [`EntityRecognizer::misc`]).
    #[serde(default)]
    pub misc_entities: bool,
    /// Which extraction layers run (all by default).
    #[serde(default)]
    pub layers: Layers,
}

impl Default for PipelineOptions {
    fn default() -> Self {
        PipelineOptions {
            reference_date: None,
            segmentation: Some(Segmentation::Atb),
            keywords: 10,
            entities: Vec::new(),
            misc_entities: false,
            layers: Layers::default(),
        }
    }
}

/// An immutable, validated analysis pipeline. Cheap to share across threads.
#[derive(Debug, Clone, Default)]
pub struct Pipeline {
    options: PipelineOptions,
    normalizer: Normalizer,
    entities: std::sync::Arc<EntityRecognizer>,
    quotes: QuoteExtractor,
    dates: DateExtractor,
}

impl Pipeline {
    pub fn new(options: PipelineOptions) -> Result<Self> {
        if let Some((text, _)) = options.entities.iter().find(|(t, _)| t.trim().is_empty()) {
            return Err(Error::InvalidOption { option: "entities".into(), value: text.clone(), allowed: "non-empty entity texts".into() });
        }
        let mut entities = EntityRecognizer::new(&options.entities);
        entities.misc = options.misc_entities;
        let entities = std::sync::Arc::new(entities);
        Ok(Pipeline { options, normalizer: Normalizer::default(), entities, dates: DateExtractor::default(), quotes: QuoteExtractor::default() })
    }

    pub fn options(&self) -> &PipelineOptions {
        &self.options
    }

    /// Analyze one text against the pipeline's reference date.
    pub fn analyze(&self, text: &str) -> Document {
        self.analyze_with(text, self.options.reference_date)
    }

    /// Analyze one text against `reference_date` (overriding the pipeline's).
    pub fn analyze_with(&self, text: &str, reference_date: Option<NaiveDate>) -> Document {
        let index = TextIndex::new(text);
        let raw: Vec<_> = tokenizer::tokens(text).collect();
        let mut tokens = build_tokens(text, &raw, &self.normalizer);
        if let Some(scheme) = self.options.segmentation {
            crate::segment::annotate(&mut tokens, scheme);
        }
        let sents = build_sentences(text, &raw, &index);
        let on = self.options.layers;
        // dates run before numbers: the numbers layer drops number items inside date spans
        // both read number words at every token: one reading each, shared
        let parses = crate::numbers::words::NumberParses::new(if on.dates || on.numbers { tokens.len() } else { 0 });
        let dates = on.dates.then(|| self.dates.extract_shared(text, &tokens, reference_date, &parses));
        let entities = on.entities.then(|| self.entities.recognize(text, &tokens, &sents));
        let date_spans: Vec<crate::span::Span> = dates.iter().flatten().map(|d| d.span).collect();
        let mut numbers =
            on.numbers.then(|| crate::numbers::NumberExtractor::shared().extract_shared(text, &tokens, &date_spans, &parses));
        if let (Some(ns), Some(es)) = (numbers.as_mut(), entities.as_ref()) {
            crate::numbers::drop_name_parts(ns, &tokens, es);
        }
        let mut doc = Document { text: text.to_string(), reference_date, tokens, sentences: sents, entities, dates, numbers, quotes: None, keywords: None };
        // quotes run after entities, whose spans sharpen the speakers
        if on.quotes {
            let hints: Vec<crate::quotes::EntityHint> =
                doc.entities.iter().flatten().map(|e| crate::quotes::EntityHint { span: e.span, label: e.label }).collect();
            doc.quotes = Some(self.quotes.extract(&doc, &hints));
        }
        // keyphrases last: they use every other layer
        if self.options.keywords > 0 {
            doc.keywords = Some(crate::keywords::KeyphraseExtractor::new(self.options.keywords).extract(&doc));
        }
        doc
    }

    /// Analyze many texts, in input order, on `threads` threads (all cores when `None`).
    pub fn pipe<S: AsRef<str> + Sync>(&self, texts: &[S], threads: Option<usize>) -> Vec<Document> {
        #[cfg(feature = "parallel")]
        {
            use rayon::prelude::*;
            let run = || texts.par_iter().map(|t| self.analyze(t.as_ref())).collect();
            match threads {
                // on the calling thread: no pool to build, and the per-thread segmentation caches stay warm
                // from one call to the next
                Some(1) => texts.iter().map(|t| self.analyze(t.as_ref())).collect(),
                // the global pool when it has that many threads: its threads' caches stay warm too
                Some(n) if n == rayon::current_num_threads() => run(),
                Some(n) if n >= 1 => match rayon::ThreadPoolBuilder::new().num_threads(n).build() {
                    Ok(pool) => pool.install(run),
                    Err(_) => run(),
                },
                _ => run(),
            }
        }
        #[cfg(not(feature = "parallel"))]
        {
            let _ = threads;
            texts.iter().map(|t| self.analyze(t.as_ref())).collect()
        }
    }
}

/// A Document holding only the tokens of `text` (no sentences, no layers): what `khabar.tokenize` returns.
pub fn tokens_only(text: &str) -> Document {
    basic_document(text, false)
}

/// A Document holding the tokens and sentences of `text` and no other layer: what `khabar.sentences` uses.
pub fn tokens_and_sentences(text: &str) -> Document {
    basic_document(text, true)
}

fn basic_document(text: &str, with_sentences: bool) -> Document {
    let raw: Vec<_> = tokenizer::tokens(text).collect();
    let tokens = build_tokens(text, &raw, &Normalizer::default());
    let sentences = if with_sentences { build_sentences(text, &raw, &TextIndex::new(text)) } else { Vec::new() };
    Document { text: text.to_string(), reference_date: None, tokens, sentences, entities: None, dates: None, numbers: None, quotes: None, keywords: None }
}

/// Sentences with their spans and token ranges.
fn build_sentences(text: &str, raw: &[tokenizer::RawToken], index: &TextIndex) -> Vec<Sentence> {
    let mut sents = Vec::new();
    let mut t = 0;
    for (bs, be) in sentences::split(text, raw) {
        let first = t;
        while t < raw.len() && raw[t].end <= be {
            t += 1;
        }
        sents.push(Sentence { text: text[bs..be].to_string(), span: index.span(bs, be), token_start: first, token_end: t });
    }
    sents
}

/// Tokens with code-point offsets and normalized forms, computed in one pass (char offsets counted incrementally).
pub(crate) fn build_tokens(text: &str, raw: &[tokenizer::RawToken], normalizer: &Normalizer) -> Vec<Token> {
    let mut out = Vec::with_capacity(raw.len());
    let mut buf = String::new();
    let (mut byte, mut ch) = (0usize, 0usize);
    let count = |s: &str| s.as_bytes().iter().filter(|&&b| (b as i8) >= -0x40).count();
    for r in raw {
        ch += count(&text[byte..r.start]);
        let surface = &text[r.start..r.end];
        let len = count(surface);
        let span = crate::span::Span { start: ch, end: ch + len, byte_start: r.start, byte_end: r.end };
        let norm = match r.kind {
            tokenizer::TokenKind::Url | tokenizer::TokenKind::Email => CompactString::from(surface),
            _ => CompactString::from(normalizer.normalize_token(text, r, &mut buf)),
        };
        out.push(Token { text: CompactString::from(surface), span, kind: r.kind, norm, segments: Vec::new(), stem: None });
        ch += len;
        byte = r.end;
    }
    out
}
