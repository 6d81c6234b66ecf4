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

    /// A Document from [`Document::to_json`] output (or a pickle). Its spans are checked against its text, so a
    /// crafted or corrupted JSON gives an error instead of a panic later.
    pub fn from_json(json: &str) -> crate::Result<Self> {
        let bad = |e: String| crate::Error::InvalidText(format!("not a khabar Document JSON: {e}"));
        let doc: Document = serde_json::from_str(json).map_err(|e| bad(e.to_string()))?;
        let value = serde_json::to_value(&doc).map_err(|e| bad(e.to_string()))?;
        check_spans(&value, &doc.text, doc.tokens.len()).map_err(bad)?;
        Ok(doc)
    }
}

/// Every `byte_start..byte_end` in `v` must be an in-bounds, char-aligned range of `text`, and every
/// `token_start..token_end` a range of the `n_tokens` tokens.
fn check_spans(v: &serde_json::Value, text: &str, n_tokens: usize) -> Result<(), String> {
    use serde_json::Value;
    match v {
        Value::Object(o) => {
            let field = |k: &str| o.get(k).and_then(Value::as_u64).map(|x| x as usize);
            if let (Some(a), Some(b)) = (field("byte_start"), field("byte_end"))
                && !(a <= b && b <= text.len() && text.is_char_boundary(a) && text.is_char_boundary(b))
            {
                return Err(format!("span {a}..{b} does not fit the text"));
            }
            if let (Some(a), Some(b)) = (field("token_start"), field("token_end"))
                && !(a <= b && b <= n_tokens)
            {
                return Err(format!("token range {a}..{b} does not fit {n_tokens} tokens"));
            }
            o.values().try_for_each(|x| check_spans(x, text, n_tokens))
        }
        Value::Array(a) => a.iter().try_for_each(|x| check_spans(x, text, n_tokens)),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn from_json_rejects_spans_outside_the_text() {
        let doc = crate::Pipeline::default().analyze("قال المسؤول «نعم».");
        let json = doc.to_json();
        assert_eq!(super::Document::from_json(&json).unwrap(), doc);
        let bad = json.replacen("\"byte_end\":6", "\"byte_end\":5", 1); // inside «ل»
        assert!(super::Document::from_json(&bad).is_err());
        let bad = json.replacen("\"byte_end\":6", "\"byte_end\":600", 1);
        assert!(super::Document::from_json(&bad).is_err());
        let bad = json.replacen("\"token_end\":", "\"token_end\":9", 1);
        assert!(super::Document::from_json(&bad).is_err());
    }
}
