//! The letters of one word: its Arabic letters (diacritics and tatweel attached to the letter before them),
//! each letter's byte offset in the word, and the alef-normalized letter string the model looks things up with.

use crate::tokenizer::{is_arabic_letter, is_arabic_mark};

/// The longest word (in letters) the segmenter analyses; longer words stay whole.
pub const MAX_LETTERS: usize = 40;

/// The analysed letters of a word.
#[derive(Debug, Clone)]
pub struct Letters {
    /// Number of letters.
    pub n: usize,
    /// Byte offset of each letter in the word; `off[n]` is the word's length.
    pub off: [u16; MAX_LETTERS + 1],
    /// The normalized letters (أ إ آ ٱ → ا), two UTF-8 bytes each.
    pub norm: String,
    /// The letters as written, two UTF-8 bytes each.
    pub raw: String,
}

/// Normalize one letter for lookups: the hamza-carrying alefs and alef wasla become a bare alef.
#[inline]
pub fn norm_letter(c: char) -> char {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        _ => c,
    }
}

/// Whether `c` is a basic Arabic letter the segmenter handles (two UTF-8 bytes, U+0621..U+064A).
#[inline]
pub fn is_basic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{0671}')
}

impl Letters {
    /// Analyse `word`; `None` when it is not a plain Arabic word (other characters, too long, no letters).
    pub fn new(word: &str) -> Option<Letters> {
        let mut l = Letters { n: 0, off: [0; MAX_LETTERS + 1], norm: String::with_capacity(word.len()), raw: String::with_capacity(word.len()) };
        if word.len() >= u16::MAX as usize {
            return None;
        }
        for (i, c) in word.char_indices() {
            if is_basic_letter(c) {
                if l.n >= MAX_LETTERS {
                    return None;
                }
                l.off[l.n] = i as u16;
                l.n += 1;
                l.norm.push(norm_letter(c));
                l.raw.push(c);
            } else if is_arabic_mark(c) && l.n > 0 {
                continue;
            } else if is_arabic_mark(c) || is_arabic_letter(c) || c == '\u{200C}' || c == '\u{200D}' {
                // A leading mark, or a letter outside the basic block: leave the word whole.
                return None;
            } else {
                return None;
            }
        }
        if l.n == 0 {
            return None;
        }
        l.off[l.n] = word.len() as u16;
        Some(l)
    }

    /// The normalized letters `a..b`.
    #[inline]
    pub fn slice(&self, a: usize, b: usize) -> &str {
        self.norm.get(2 * a..2 * b).unwrap_or("")
    }

    /// The normalized letter at `i`.
    #[inline]
    pub fn at(&self, i: usize) -> char {
        self.slice(i, i + 1).chars().next().unwrap_or(' ')
    }
}

/// The alef-normalized form of a string with marks removed (the lexicon key of a word).
pub fn lex_key(s: &str) -> String {
    s.chars().filter(|&c| !is_arabic_mark(c)).map(norm_letter).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_skip_marks() {
        let l = Letters::new("أيضاً").unwrap();
        assert_eq!(l.n, 4);
        assert_eq!(l.norm, "ايضا");
        assert_eq!(l.off[4] as usize, "أيضاً".len());
        assert_eq!(l.slice(1, 3), "يض");
    }

    #[test]
    fn non_arabic_is_none() {
        assert!(Letters::new("abc").is_none());
        assert!(Letters::new("ab١").is_none());
        assert!(Letters::new("").is_none());
        assert!(Letters::new("\u{064E}ب").is_none());
    }
}
