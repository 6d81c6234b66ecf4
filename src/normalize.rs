//! Offset-preserving normalization. The document is never rewritten: [`Normalizer::normalize`] returns the
//! normalized string *and* an alignment from every normalized character back to the source span it came from.
//!
//! Each option is one small, documented rule; [`Normalizer::map_char`] composes them into a single per-character
//! mapping whose output is a fixed point, so normalization is idempotent.

use serde::{Deserialize, Serialize};

use crate::span::Span;
use unicode_normalization::char::decompose_compatible;

/// Which rules apply. `Default` is what `khabar.normalize(text)` and every token's `norm` use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct NormalizeOptions {
    /// Drop harakat and other marks: U+064B–U+065F, U+0670 (superscript alef), Quranic marks U+06D6–U+06ED.
    pub strip_diacritics: bool,
    /// Drop tatweel (kashida) U+0640.
    pub strip_tatweel: bool,
    /// أ إ آ ٱ (and the wavy-hamza alefs) → ا.
    pub unify_alef: bool,
    /// Alef maqsura ى → ي.
    pub alef_maqsura: bool,
    /// Taa marbuta ة → ه. Lossy, so off by default.
    pub taa_marbuta: bool,
    /// Hamza on seats ؤ → و, ئ → ي. Lossy, so off by default.
    pub hamza_seats: bool,
    /// Arabic-Indic ٠–٩ and Persian ۰–۹ digits → ASCII, ٫ → '.', ٬ → ','.
    pub digits: bool,
    /// Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF, e.g. the lam-alef ligatures) → plain letters.
    pub presentation_forms: bool,
    /// Persian/Urdu letter variants ی ک ۀ ھ ە → their Arabic letters.
    pub persian_letters: bool,
    /// Drop bidi controls and zero-width characters (ZWJ/ZWNJ, LRM/RLM, embeddings, isolates, BOM, soft hyphen).
    pub drop_invisible: bool,
}

impl Default for NormalizeOptions {
    fn default() -> Self {
        NormalizeOptions {
            strip_diacritics: true,
            strip_tatweel: true,
            unify_alef: true,
            alef_maqsura: true,
            taa_marbuta: false,
            hamza_seats: false,
            digits: true,
            presentation_forms: true,
            persian_letters: true,
            drop_invisible: true,
        }
    }
}

/// True for the Arabic diacritics and Quranic marks stripped by `strip_diacritics`.
pub fn is_diacritic(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}')
}

/// True for invisible format characters: bidi controls, zero-width characters, BOM, soft hyphen.
pub const fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'
    )
}

fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// A normalized string with its alignment to the source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Normalized {
    /// The normalized text.
    pub text: String,
    /// For each character of `text`, the span of the source it came from (code-point and byte offsets).
    pub alignment: Vec<Span>,
}

impl Normalized {
    /// The source span of the normalized characters `start..end` (code-point indices into `text`), from the
    /// start of the first one's source to the end of the last one's.
    pub fn source_span(&self, start: usize, end: usize) -> crate::Result<Span> {
        let bad = crate::Error::InvalidSpan { start, end, len: self.alignment.len() };
        let (Some(first), Some(last)) = (self.alignment.get(start), end.checked_sub(1).and_then(|e| self.alignment.get(e)))
        else {
            return Err(bad);
        };
        if start >= end {
            return Err(bad);
        }
        Ok(Span { start: first.start, end: last.end, byte_start: first.byte_start, byte_end: last.byte_end })
    }
}

/// Applies [`NormalizeOptions`] to text, one character at a time.
///
/// For speed it keeps a bitset of the characters of the Arabic block U+0600–U+06FF that its options may change:
/// every other letter of that block, and ASCII, is passed over with one table look-up and no allocation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Normalizer {
    pub options: NormalizeOptions,
    changes: [u64; 4],
    /// The mapping of U+0600–U+06FF under `options`: the output code point, or `DROP`.
    block: [u16; 256],
}

const DROP: u16 = 0;

impl Default for Normalizer {
    fn default() -> Self {
        static DEFAULT: std::sync::LazyLock<Normalizer> =
            std::sync::LazyLock::new(|| Normalizer::build(NormalizeOptions::default()));
        *DEFAULT
    }
}

impl Normalizer {
    pub fn new(options: NormalizeOptions) -> Self {
        if options == NormalizeOptions::default() { Self::default() } else { Self::build(options) }
    }

    /// Whether this normalizer applies the default options.
    pub fn is_default(&self) -> bool {
        self.options == NormalizeOptions::default()
    }

    fn build(options: NormalizeOptions) -> Self {
        let mut n = Normalizer { options, changes: [u64::MAX; 4], block: [DROP; 256] };
        let mut changes = [0u64; 4];
        let mut block = [DROP; 256];
        for i in 0..256u32 {
            if let Some(c) = char::from_u32(0x600 + i) {
                let m = n.map_simple(c);
                if m != Some(c) {
                    changes[i as usize / 64] |= 1 << (i % 64);
                }
                // every rule maps this block into the BMP (letters, ASCII digits and separators)
                block[i as usize] = m.map_or(DROP, |m| m as u32 as u16);
            }
        }
        n.changes = changes;
        n.block = block;
        n
    }

    /// Whether the Arabic-block character with low bits `i` (code point 0x600 + i) may change.
    #[inline]
    fn block_changes(&self, i: usize) -> bool {
        self.changes[i / 64] & (1 << (i % 64)) != 0
    }

    /// The byte offset of the first character of `text` that normalization may change, if any.
    #[inline]
    fn first_change(&self, text: &str) -> Option<usize> {
        let b = text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            let x = b[i];
            if x < 0x80 {
                i += 1;
            } else if x & 0xFC == 0xD8 && i + 1 < b.len() {
                if self.block_changes((((x & 0x03) as usize) << 6) | (b[i + 1] & 0x3F) as usize) {
                    return Some(i);
                }
                i += 2;
            } else {
                return Some(i);
            }
        }
        None
    }

    /// The single-character rules (everything but presentation-form decomposition). `None` drops the character.
    fn map_simple(&self, c: char) -> Option<char> {
        let o = &self.options;
        let c = match c {
            'ی' | 'ې' | 'ۍ' if o.persian_letters => 'ي',
            'ک' | 'ڪ' if o.persian_letters => 'ك',
            'ۀ' if o.persian_letters => 'ة',
            'ھ' | 'ە' | 'ہ' if o.persian_letters => 'ه',
            _ => c,
        };
        Some(match c {
            _ if o.strip_diacritics && is_diacritic(c) => return None,
            '\u{0640}' if o.strip_tatweel => return None,
            _ if o.drop_invisible && is_invisible(c) => return None,
            'أ' | 'إ' | 'آ' | 'ٱ' | '\u{0672}' | '\u{0673}' if o.unify_alef => 'ا',
            'ى' if o.alef_maqsura => 'ي',
            'ة' if o.taa_marbuta => 'ه',
            'ؤ' if o.hamza_seats => 'و',
            'ئ' if o.hamza_seats => 'ي',
            '٠'..='٩' if o.digits => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
            '۰'..='۹' if o.digits => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
            '٫' if o.digits => '.',
            '٬' if o.digits => ',',
            _ => c,
        })
    }

    /// Write the normalized form of `c` to `out` via `emit`. Returns false if `c` maps to itself unchanged.
    #[inline]
    pub fn map_char(&self, c: char, mut emit: impl FnMut(char)) -> bool {
        if c.is_ascii() {
            emit(c);
            return false;
        }
        if self.options.presentation_forms && is_presentation_form(c) && !is_invisible(c) {
            let mut changed = false;
            decompose_compatible(c, |d| {
                changed = true;
                // the isolated harakat forms U+FE70–FE7F decompose to a space plus the mark: drop the space
                let harakah_form = matches!(c, '\u{FE70}'..='\u{FE7F}');
                if let Some(m) = self.map_simple(d)
                    && !(harakah_form && m == ' ')
                {
                    emit(m);
                }
            });
            if changed {
                return true;
            }
        }
        match self.map_simple(c) {
            Some(m) if m == c => {
                emit(c);
                false
            }
            Some(m) => {
                emit(m);
                true
            }
            None => true,
        }
    }

    /// Append the normalized form of `text` to `out`; returns whether anything changed.
    pub fn normalize_into(&self, text: &str, out: &mut String) -> bool {
        let Some(first) = self.first_change(text) else {
            out.push_str(text);
            return false;
        };
        out.push_str(&text[..first]);
        let mut changed = false;
        for c in text[first..].chars() {
            if let 0x600..=0x6FF = c as u32 {
                let m = self.block[c as usize - 0x600];
                if m == DROP {
                    changed = true;
                } else {
                    let m = char::from_u32(m as u32).unwrap_or(c);
                    changed |= m != c;
                    out.push(m);
                }
            } else {
                changed |= self.map_char(c, |m| out.push(m));
            }
        }
        changed
    }

    /// The normalized form of `text`, borrowing it when nothing changes (the common case allocates nothing).
    pub fn normalize_str<'t>(&self, text: &'t str) -> std::borrow::Cow<'t, str> {
        if self.first_change(text).is_none() {
            return std::borrow::Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len());
        if self.normalize_into(text, &mut out) {
            std::borrow::Cow::Owned(out)
        } else {
            std::borrow::Cow::Borrowed(text)
        }
    }

    /// The normalized form of token `t` of `text` without allocating: the surface itself when the tokenizer
    /// found it unchanged under the default options, else its normalized form written into `buf`.
    pub fn normalize_token<'x>(&self, text: &'x str, t: &crate::tokenizer::RawToken, buf: &'x mut String) -> &'x str {
        let surface = text.get(t.start..t.end).unwrap_or("");
        if t.plain && self.is_default() {
            return surface;
        }
        buf.clear();
        self.normalize_into(surface, buf);
        buf
    }

    /// The normalized text plus, for each of its characters, the source byte range it came from.
    pub fn normalize(&self, text: &str) -> Normalized {
        let mut out = String::with_capacity(text.len());
        let mut alignment = Vec::with_capacity(text.len());
        for (n, (i, c)) in text.char_indices().enumerate() {
            let span = Span { start: n, end: n + 1, byte_start: i, byte_end: i + c.len_utf8() };
            self.map_char(c, |m| {
                out.push(m);
                alignment.push(span);
            });
        }
        Normalized { text: out, alignment }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_spans_of_normalized_ranges() {
        let n = Normalizer::default().normalize("قَالَ لا");
        let s = n.source_span(0, 3).unwrap();
        assert_eq!((s.start, s.end), (0, 4));
        assert_eq!(&"قَالَ لا"[s.byte_start..s.byte_end], "قَال");
        for (a, b) in [(2, 2), (0, 99), (3, 1)] {
            assert!(matches!(n.source_span(a, b), Err(crate::Error::InvalidSpan { .. })));
        }
    }

    fn norm(s: &str) -> String {
        Normalizer::default().normalize(s).text
    }

    #[test]
    fn defaults() {
        assert_eq!(norm("أَعْلَنَتْ"), "اعلنت");
        assert_eq!(norm("إسلام آمن ٱلله"), "اسلام امن الله");
        assert_eq!(norm("مصطفى"), "مصطفي");
        assert_eq!(norm("الحكومة"), "الحكومة");
        assert_eq!(norm("مســـؤول"), "مسؤول");
        assert_eq!(norm("٢٠١١ و۱۲ و١٢٫٥"), "2011 و12 و12.5");
        assert_eq!(norm("\u{FEFB}"), "لا");
        assert_eq!(norm("ﻻ ﺑﺪ"), "لا بد");
        assert_eq!(norm("فارسی کتاب"), "فارسي كتاب");
        assert_eq!(norm("a\u{200F}b\u{200C}c\u{FEFF}"), "abc");
    }

    #[test]
    fn peers_bugs_do_not_appear() {
        // ى never becomes ا; 0 and 6 survive; ٱ is replaced, not deleted.
        assert_eq!(norm("على"), "علي");
        assert_eq!(norm("06 ٠٦"), "06 06");
        assert_eq!(norm("ٱلقرآن"), "القران");
    }

    #[test]
    fn options() {
        let n = Normalizer::new(NormalizeOptions { taa_marbuta: true, hamza_seats: true, ..Default::default() });
        assert_eq!(n.normalize("مدرسة مسؤول رئيس").text, "مدرسه مسوول رييس");
        let off = Normalizer::new(NormalizeOptions { strip_diacritics: false, unify_alef: false, ..Default::default() });
        assert_eq!(off.normalize("أَ").text, "أَ");
    }

    #[test]
    fn alignment_points_back() {
        let text = "قَالَ ﻻ";
        let n = Normalizer::default().normalize(text);
        assert_eq!(n.text, "قال لا");
        assert_eq!(n.alignment.len(), n.text.chars().count());
        assert_eq!(n.alignment[1].slice(text), "ا");
        assert_eq!((n.alignment[1].start, n.alignment[1].end), (2, 3));
        // both letters of the ligature point at the ligature
        assert_eq!(n.alignment[4], n.alignment[5]);
    }

    #[test]
    fn fast_path_agrees_with_the_rules() {
        for options in [
            NormalizeOptions::default(),
            NormalizeOptions { taa_marbuta: true, hamza_seats: true, ..Default::default() },
            NormalizeOptions { strip_diacritics: false, digits: false, unify_alef: false, ..Default::default() },
        ] {
            let n = Normalizer::new(options);
            for cp in 0x580u32..0x780 {
                let Some(c) = char::from_u32(cp) else { continue };
                let s = format!("ab{c}ج");
                let mut slow = String::new();
                for ch in s.chars() {
                    n.map_char(ch, |m| slow.push(m));
                }
                assert_eq!(n.normalize_str(&s), slow, "U+{cp:04X} with {options:?}");
            }
        }
    }

    #[test]
    fn idempotent_on_every_bmp_char() {
        let n = Normalizer::default();
        let all: String = (0u32..0x10000).filter_map(char::from_u32).collect();
        let once = n.normalize(&all).text;
        assert_eq!(n.normalize(&once).text, once);
        let lossy = Normalizer::new(NormalizeOptions { taa_marbuta: true, hamza_seats: true, ..Default::default() });
        let once = lossy.normalize(&all).text;
        assert_eq!(lossy.normalize(&once).text, once);
    }
}
