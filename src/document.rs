//! The Document model: the original text plus the layers computed over it. Every item keeps its surface span
//! (byte and code-point offsets) and carries derived forms beside it; the text itself is never rewritten.

use compact_str::CompactString;
use serde::{Deserialize, Serialize};

use crate::span::Span;
use crate::tokenizer::TokenKind;

/// The role of a clitic segment inside its word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SegmentRole {
    /// A conjunction, preposition or the future particle (و ف ب ل ك س).
    Proclitic,
    /// The definite article ال (Farasa scheme).
    Article,
    Stem,
    Suffix,
    Enclitic,
}

/// A piece of a word token. Segments tile their token exactly; `form` restores what the surface dropped
/// (the surface «ل» + «لسلطة» of «للسلطة» has forms «ل» + «السلطة»).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    pub text: CompactString,
    #[serde(flatten)]
    pub span: Span,
    pub form: CompactString,
    pub role: SegmentRole,
}

/// A token: its surface text and span, its kind and its normalized form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    pub text: CompactString,
    #[serde(flatten)]
    pub span: Span,
    pub kind: TokenKind,
    /// The normalized form (default [`crate::NormalizeOptions`]).
    pub norm: CompactString,
    /// Clitic segments (word tokens, when segmentation is on).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub segments: Vec<Segment>,
    /// A light stem (word tokens, when segmentation is on).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stem: Option<CompactString>,
}

/// A sentence: its text and span, and the range of its tokens in [`Document::tokens`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub text: String,
    #[serde(flatten)]
    pub span: Span,
    pub token_start: usize,
    pub token_end: usize,
}

/// One analyzed text and its layers. A layer that was not computed is `None` (absent from the JSON).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub text: String,
    /// The date relative expressions were resolved against (ISO `YYYY-MM-DD`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_date: Option<chrono::NaiveDate>,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    /// Named entities (PER, ORG, LOC, MISC).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entities: Option<Vec<crate::entities::Entity>>,
    /// Direct and indirect quotations with speaker and cue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quotes: Option<Vec<crate::quotes::Quote>>,
    /// Temporal expressions (the `dates` layer).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dates: Option<Vec<crate::dates::DateItem>>,
    /// Numbers, money, percentages and quantities.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub numbers: Option<Vec<crate::numbers::Number>>,
    /// Keyphrases, best first (`None` when not computed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keywords: Option<Vec<crate::keywords::Keyphrase>>,
}

impl Document {
    /// The tokens of sentence `s`.
    pub fn sentence_tokens(&self, s: &Sentence) -> &[Token] {
        self.tokens.get(s.token_start..s.token_end).unwrap_or(&[])
    }

    pub fn to_json(&self) -> String {
        // Serialization of these plain structs cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn from_json(json: &str) -> crate::Result<Self> {
        serde_json::from_str(json).map_err(|e| crate::Error::InvalidText(format!("not a khabar Document JSON: {e}")))
    }
}
