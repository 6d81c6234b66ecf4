//! khabar reads Arabic news: offset-preserving normalization, tokens, sentences, and the extraction layers built
//! on them. The core knows nothing of Python; the binding lives behind the `python` feature.
//!
//! ```
//! let nlp = khabar::Pipeline::default();
//! let doc = nlp.analyze("قال المسؤول ان الحكومة مستعدة.");
//! assert_eq!(doc.tokens[0].text, "قال");
//! assert_eq!(doc.sentences.len(), 1);
//! ```

pub(crate) mod clitics;
pub mod dates;
pub mod document;
pub mod entities;
pub mod error;
pub(crate) mod hash;
pub mod html;
pub mod keywords;
pub mod normalize;
pub mod numbers;
pub mod pipeline;
pub mod quotes;
pub mod segment;
pub mod sentences;
pub mod span;
pub mod tokenizer;

#[cfg(feature = "python")]
mod python;

pub use entities::{Entity, EntityRecognizer, load_entities, parse_entities};
pub use dates::{Calendar, DateExtractor, DateItem, DateType, Grain};
pub use document::{Document, Segment, SegmentRole, Sentence, Token};
pub use error::{Error, Result};
pub use keywords::{Keyphrase, KeyphraseExtractor, Occurrence};
pub use normalize::{NormalizeOptions, Normalized, Normalizer};
pub use numbers::{Number, NumberExtractor, NumberKind, parse_number};
pub use pipeline::{Label, Layers, Pipeline, PipelineOptions, Segmentation, parse_date};
pub use quotes::{CueKind, CueLexicon, EntityHint, Quote, QuoteExtractor, QuoteKind, QuotePart, SpeakerEntity};
pub use segment::{CliticSegmenter, Stemmer};
pub use span::{Span, TextIndex};
pub use tokenizer::{RawToken, TokenKind, tokens};
