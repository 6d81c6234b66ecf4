//! Light stems built on the segmenter: the Farasa-scheme stem (clitics, the article and the common
//! nominal and verbal affixes off), except that a known proper name keeps its whole form.

use compact_str::CompactString;

use super::letters::lex_key;
use super::{CliticSegmenter, embedded_model};
use crate::document::SegmentRole;
use crate::pipeline::Segmentation;

thread_local! {
    static STEMS: std::cell::RefCell<super::model::FxMap<Box<str>, Option<CompactString>>> = Default::default();
}

/// Light stemmer: «والحكومات» → «حكوم», «بواشنطن» → «واشنطن», «البانيا» → «البانيا».
#[derive(Debug, Clone, Copy)]
pub struct Stemmer {
    seg: CliticSegmenter,
}

impl Default for Stemmer {
    fn default() -> Self {
        Stemmer { seg: CliticSegmenter::new(Segmentation::Farasa) }
    }
}

impl Stemmer {
    pub fn new() -> Self {
        Self::default()
    }

    /// The light stem of an Arabic word (`None` when `word` is not an Arabic word).
    pub fn stem(&self, word: &str) -> Option<CompactString> {
        if word.len() > 64 {
            return self.compute(word);
        }
        STEMS.with(|c| {
            let Ok(mut c) = c.try_borrow_mut() else { return self.compute(word) };
            if let Some(s) = c.get(word) {
                return s.clone();
            }
            let s = self.compute(word);
            if c.len() >= 100_000 {
                c.clear();
            }
            c.insert(word.into(), s.clone());
            s
        })
    }

    fn compute(&self, word: &str) -> Option<CompactString> {
        let pieces = self.seg.segment(word);
        super::letters::Letters::new(word)?;
        // A proper name (the word without its conjunctions and prepositions) stays whole.
        let first = pieces.iter().position(|p| p.role != SegmentRole::Proclitic).unwrap_or(0);
        let start = pieces.get(first).map(|p| p.start).unwrap_or(0);
        let mut rest = String::new();
        if pieces.get(first).is_some_and(|p| p.role == SegmentRole::Article && p.form.as_str() == "ال" && &word[p.start..p.end] == "ل") {
            rest.push('ا');
        }
        rest.push_str(&word[start..]);
        let rest = lex_key(&rest);
        let m = embedded_model();
        if m.names.contains(rest.as_str()) {
            return Some(strip(&word[start..]));
        }
        if let Some(bare) = rest.strip_prefix("ال")
            && m.names.contains(bare)
        {
            return Some(strip(&word[start..]));
        }
        pieces.iter().find(|p| p.role == SegmentRole::Stem).map(|p| p.form.clone())
    }
}

fn strip(s: &str) -> CompactString {
    s.chars().filter(|&c| !crate::tokenizer::is_arabic_mark(c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems() {
        let s = Stemmer::new();
        assert_eq!(s.stem("والحكومات").as_deref(), Some("حكوم"));
        assert_eq!(s.stem("بواشنطن").as_deref(), Some("واشنطن"));
        assert_eq!(s.stem("البانيا").as_deref(), Some("البانيا"));
        assert_eq!(s.stem("فرانس").as_deref(), Some("فرانس"));
        assert_eq!(s.stem("abc"), None);
    }
}
