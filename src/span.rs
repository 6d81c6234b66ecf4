//! Spans carry both byte offsets (for Rust slicing) and code-point offsets (for Python and the JSON contract).
//! Components compute byte offsets; [`TextIndex`] turns them into code-point offsets in O(1) amortized time.

use serde::{Deserialize, Serialize};

/// A half-open region of the original text. `start`/`end` count code points (Python `str` indices);
/// `byte_start`/`byte_end` count UTF-8 bytes (Rust `&str` indices).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
}

impl Span {
    /// The slice of `text` this span covers (empty if the span does not fit `text`).
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.byte_start..self.byte_end).unwrap_or("")
    }
    pub fn is_empty(&self) -> bool {
        self.byte_start >= self.byte_end
    }
    pub fn overlaps(&self, other: &Span) -> bool {
        self.byte_start < other.byte_end && other.byte_start < self.byte_end
    }
    pub fn contains(&self, other: &Span) -> bool {
        self.byte_start <= other.byte_start && other.byte_end <= self.byte_end
    }
}

const BLOCK: usize = 64;

/// Maps byte offsets of one text to code-point offsets: a count per 64-byte block plus a short scan.
#[derive(Debug, Clone)]
pub struct TextIndex<'t> {
    text: &'t str,
    blocks: Vec<u32>,
}

impl<'t> TextIndex<'t> {
    pub fn new(text: &'t str) -> Self {
        let bytes = text.as_bytes();
        let mut blocks = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut count = 0u32;
        for chunk in bytes.chunks(BLOCK) {
            blocks.push(count);
            count += chunk.iter().filter(|&&b| (b as i8) >= -0x40).count() as u32;
        }
        blocks.push(count);
        TextIndex { text, blocks }
    }

    pub fn text(&self) -> &'t str {
        self.text
    }

    /// The code-point offset of byte offset `byte` (clamped to the text; a non-boundary rounds down).
    pub fn char_at(&self, byte: usize) -> usize {
        let bytes = self.text.as_bytes();
        let byte = byte.min(bytes.len());
        let b = byte / BLOCK;
        let base = self.blocks[b] as usize;
        base + bytes[b * BLOCK..byte].iter().filter(|&&c| (c as i8) >= -0x40).count()
    }

    /// A [`Span`] for the byte range `byte_start..byte_end`.
    pub fn span(&self, byte_start: usize, byte_end: usize) -> Span {
        Span { start: self.char_at(byte_start), end: self.char_at(byte_end), byte_start, byte_end }
    }

    /// Byte offset of code-point offset `ch` (clamped to the end of the text).
    pub fn byte_at(&self, ch: usize) -> usize {
        let b = self.blocks.partition_point(|&c| (c as usize) <= ch).saturating_sub(1);
        let mut count = self.blocks[b] as usize;
        let bytes = self.text.as_bytes();
        for (i, &c) in bytes.iter().enumerate().skip(b * BLOCK) {
            if (c as i8) >= -0x40 {
                if count == ch {
                    return i;
                }
                count += 1;
            }
        }
        bytes.len()
    }
}

/// Byte ranges answering "does any overlap `a..b`?" in logarithmic time: sorted by start, with the running
/// maximum of their ends.
pub(crate) struct Intervals {
    spans: Vec<(usize, usize)>,
    max_end: Vec<usize>,
}

impl Intervals {
    pub(crate) fn new(spans: impl Iterator<Item = (usize, usize)>) -> Self {
        let mut spans: Vec<(usize, usize)> = spans.collect();
        spans.sort_unstable();
        let max_end = spans
            .iter()
            .scan(0usize, |m, &(_, e)| {
                *m = (*m).max(e);
                Some(*m)
            })
            .collect();
        Intervals { spans, max_end }
    }

    /// Is there a range `(s, e)` with `s < b && a < e`?
    pub(crate) fn any_overlap(&self, a: usize, b: usize) -> bool {
        let k = self.spans.partition_point(|&(s, _)| s < b);
        k > 0 && self.max_end[k - 1] > a
    }
}

#[cfg(test)]
mod tests {
    use super::Intervals;

    #[test]
    fn intervals_answer_like_a_scan() {
        let mut x = 7u64;
        let mut rnd = |m: u64| {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((x >> 33) % m) as usize
        };
        for _ in 0..200 {
            let spans: Vec<(usize, usize)> = (0..rnd(8)).map(|_| { let a = rnd(30); (a, a + rnd(6)) }).collect();
            let iv = Intervals::new(spans.iter().copied());
            for _ in 0..20 {
                let a = rnd(32);
                let b = a + rnd(5);
                assert_eq!(iv.any_overlap(a, b), spans.iter().any(|&(s, e)| s < b && a < e), "{spans:?} {a}..{b}");
            }
        }
    }

    use super::*;

    #[test]
    fn char_offsets_match_char_indices() {
        let text = "abc قال «مرحبا» 😀 ".repeat(20);
        let idx = TextIndex::new(&text);
        for (n, (b, _)) in text.char_indices().enumerate() {
            assert_eq!(idx.char_at(b), n);
            assert_eq!(idx.byte_at(n), b);
        }
        assert_eq!(idx.char_at(text.len()), text.chars().count());
        assert_eq!(idx.byte_at(text.chars().count()), text.len());
    }

    #[test]
    fn span_slices() {
        let text = "وقال المسؤول";
        let idx = TextIndex::new(text);
        let s = idx.span(0, 8);
        assert_eq!(s.slice(text), "وقال");
        assert_eq!((s.start, s.end), (0, 4));
    }
}
