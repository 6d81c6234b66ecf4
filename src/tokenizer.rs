//! The word tokenizer: one forward scan, no allocation, no backtracking beyond a bounded look-ahead.
//!
//! Every character of the input belongs to exactly one token, except whitespace and the invisible format
//! characters that stand between tokens. Diacritics and tatweel stay inside their word; a combining mark or
//! variation selector always stays with the token before it.

use serde::{Deserialize, Serialize};

use crate::normalize::is_invisible;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenKind {
    /// A word in Arabic script (with its diacritics and tatweel).
    Arabic,
    /// A word in Latin script (letters and digits, inner apostrophes).
    Latin,
    /// A word in another script.
    Word,
    /// Digits (ASCII, Arabic-Indic or Persian) with inner decimal/thousands separators: «1.5», «6,000», «١٢٣٫٥».
    Number,
    /// Punctuation; a run of one repeated mark («...», «!!») is one token.
    Punct,
    /// Any other symbol: % $ + = ٪ …
    Symbol,
    Url,
    Email,
    Hashtag,
    Mention,
    /// A whole emoji grapheme cluster, ZWJ sequences, skin tones and flags included.
    Emoji,
}

impl TokenKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TokenKind::Arabic => "arabic",
            TokenKind::Latin => "latin",
            TokenKind::Word => "word",
            TokenKind::Number => "number",
            TokenKind::Punct => "punct",
            TokenKind::Symbol => "symbol",
            TokenKind::Url => "url",
            TokenKind::Email => "email",
            TokenKind::Hashtag => "hashtag",
            TokenKind::Mention => "mention",
            TokenKind::Emoji => "emoji",
        }
    }

    /// Words of any script (the tokens clitic segmentation and stemming apply to when Arabic).
    pub fn is_word(self) -> bool {
        matches!(self, TokenKind::Arabic | TokenKind::Latin | TokenKind::Word)
    }
}

/// A token as byte offsets into the text it was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawToken {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// True when the default [`crate::Normalizer`] is known to leave this token unchanged (found while
    /// scanning, so building `norm` costs nothing); false means "maybe changed", never "changed".
    pub plain: bool,
}

/// Arabic-script letters (including presentation forms and the extended blocks).
pub const fn is_arabic_letter(c: char) -> bool {
    matches!(c,
        '\u{0620}'..='\u{063F}' | '\u{0641}'..='\u{064A}' | '\u{066E}'..='\u{066F}' | '\u{0671}'..='\u{06D3}'
        | '\u{06D5}' | '\u{06EE}'..='\u{06EF}' | '\u{06FA}'..='\u{06FC}' | '\u{06FF}' | '\u{0750}'..='\u{077F}'
        | '\u{0870}'..='\u{0887}' | '\u{0889}'..='\u{088E}' | '\u{08A0}'..='\u{08C9}'
        | '\u{FB50}'..='\u{FD3D}' | '\u{FD50}'..='\u{FDFB}' | '\u{FE80}'..='\u{FEFC}')
}

/// Arabic combining marks (harakat, Quranic marks) and tatweel: they live inside Arabic words.
pub const fn is_arabic_mark(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}' | '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E8}' | '\u{06EA}'..='\u{06ED}' | '\u{0898}'..='\u{089F}' | '\u{08CA}'..='\u{08E1}'
        | '\u{08E3}'..='\u{08FF}' | '\u{FE70}'..='\u{FE7F}')
}

/// Combining marks of any script and variation selectors: they stay with the token before them.
pub const fn is_combining(c: char) -> bool {
    is_arabic_mark(c)
        || matches!(c,
            '\u{0300}'..='\u{036F}' | '\u{0483}'..='\u{0489}' | '\u{0591}'..='\u{05BD}' | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE00}'..='\u{FE0F}' | '\u{FE20}'..='\u{FE2F}'
            | '\u{E0100}'..='\u{E01EF}')
}

/// A decimal digit in ASCII, Arabic-Indic or Persian form.
pub const fn is_digit(c: char) -> bool {
    matches!(c, '0'..='9' | '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}')
}

/// Punctuation marks (Arabic and general). `%` and currency signs are symbols, not punctuation.
pub const fn is_punct(c: char) -> bool {
    matches!(c,
        '!' | '"' | '#' | '&' | '\'' | '(' | ')' | '*' | ',' | '-' | '.' | '/' | ':' | ';' | '?' | '@' | '['
        | '\\' | ']' | '_' | '{' | '}' | '\u{00A1}' | '\u{00A7}' | '\u{00AB}' | '\u{00B6}' | '\u{00B7}'
        | '\u{00BB}' | '\u{00BF}' | '\u{060C}' | '\u{060D}' | '\u{061B}' | '\u{061D}'..='\u{061F}' | '\u{066D}'
        | '\u{06D4}' | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{2043}' | '\u{2045}'..='\u{2051}'
        | '\u{2053}'..='\u{205E}' | '\u{2E00}'..='\u{2E4F}' | '\u{3001}'..='\u{3003}' | '\u{3008}'..='\u{3011}'
        | '\u{3014}'..='\u{301F}' | '\u{FD3E}' | '\u{FD3F}' | '\u{FE10}'..='\u{FE19}' | '\u{FE30}'..='\u{FE4F}'
        | '\u{FE50}'..='\u{FE6B}' | '\u{FF01}'..='\u{FF03}' | '\u{FF05}'..='\u{FF0A}' | '\u{FF0C}'..='\u{FF0F}'
        | '\u{FF1A}' | '\u{FF1B}' | '\u{FF1F}' | '\u{FF20}' | '\u{FF3B}'..='\u{FF3D}' | '\u{FF3F}' | '\u{FF5B}'
        | '\u{FF5D}' | '\u{FF5F}'..='\u{FF65}')
}

/// Character classes for the fast path: ASCII and the Arabic block U+0600–U+06FF are classified by table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum Cls {
    /// whitespace or invisible: skipped between tokens
    Skip,
    ArLetter,
    /// an Arabic letter that the default normalization changes (أ إ آ ٱ ى, Persian variants)
    ArLetterN,
    /// Arabic marks and tatweel (and any combining mark)
    ArMark,
    /// ASCII digit
    Digit,
    /// Arabic-Indic or Persian digit
    ArDigit,
    Latin,
    Punct,
    Symbol,
}

const fn classify(c: char) -> Cls {
    if matches!(c, '\t'..='\r' | ' ') || crate::normalize::is_invisible(c) {
        Cls::Skip
    } else if is_arabic_letter(c) {
        if changed_by_default(c) { Cls::ArLetterN } else { Cls::ArLetter }
    } else if is_combining(c) {
        Cls::ArMark
    } else if c.is_ascii_digit() {
        Cls::Digit
    } else if is_digit(c) {
        Cls::ArDigit
    } else if c.is_ascii_alphabetic() {
        Cls::Latin
    } else if is_punct(c) {
        Cls::Punct
    } else {
        Cls::Symbol
    }
}

/// Arabic letters the default normalization rewrites (checked against `Normalizer::default()` in the tests).
const fn changed_by_default(c: char) -> bool {
    matches!(c, 'أ' | 'إ' | 'آ' | 'ٱ' | '\u{0672}' | '\u{0673}' | 'ى' | 'ی' | 'ې' | 'ۍ' | 'ک' | 'ڪ' | 'ۀ' | 'ھ' | 'ە' | 'ہ')
}

const fn class_table(base: u32, len: usize) -> [Cls; 256] {
    let mut t = [Cls::Symbol; 256];
    let mut i = 0;
    while i < len {
        if let Some(c) = char::from_u32(base + i as u32) {
            t[i] = classify(c);
        }
        i += 1;
    }
    t
}

static ASCII_CLASS: [Cls; 256] = class_table(0, 128);
static ARABIC_CLASS: [Cls; 256] = class_table(0x600, 256);

/// The class and UTF-8 length of the character at byte `i` when it is ASCII or in the Arabic block.
#[inline(always)]
fn fast_class(b: &[u8], i: usize) -> Option<(Cls, usize)> {
    let x = b[i];
    if x < 0x80 {
        Some((ASCII_CLASS[x as usize], 1))
    } else if (0xD8..=0xDB).contains(&x) && i + 1 < b.len() {
        Some((ARABIC_CLASS[(((x & 0x03) as usize) << 6) | (b[i + 1] & 0x3F) as usize], 2))
    } else {
        None
    }
}

fn is_emoji_start(c: char) -> bool {
    matches!(c, '\u{1F000}'..='\u{1FAFF}' | '\u{2600}'..='\u{27BF}' | '\u{2B00}'..='\u{2BFF}' | '\u{2300}'..='\u{23FF}')
}

fn is_emoji_modifier(c: char) -> bool {
    matches!(c, '\u{FE0E}' | '\u{FE0F}' | '\u{1F3FB}'..='\u{1F3FF}' | '\u{20E3}' | '\u{E0020}'..='\u{E007F}')
}

fn is_regional_indicator(c: char) -> bool {
    matches!(c, '\u{1F1E6}'..='\u{1F1FF}')
}

fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}') && c != '\u{00D7}' && c != '\u{00F7}'
}

fn is_url_char(c: char) -> bool {
    !(c.is_whitespace() || is_invisible(c) || matches!(c, '"' | '<' | '>' | '«' | '»' | '“' | '”' | '،' | '`'))
}

/// Scans `text` into [`RawToken`]s.
#[derive(Debug, Clone)]
pub struct Tokens<'t> {
    text: &'t str,
    pos: usize,
}

/// Tokenize `text`: an iterator over byte-offset tokens.
pub fn tokens(text: &str) -> Tokens<'_> {
    Tokens { text, pos: 0 }
}

impl<'t> Tokens<'t> {
    #[inline]
    fn peek(&self, at: usize) -> Option<char> {
        self.text.get(at..).and_then(|s| s.chars().next())
    }

    /// Advance from `at` while the character's class satisfies `fast` (ASCII and Arabic block, by table) or,
    /// for other characters, `slow`. The two must agree on the characters the table covers.
    #[inline(always)]
    fn advance_fast(&self, mut at: usize, fast: impl Fn(Cls) -> bool, slow: impl Fn(char) -> bool) -> usize {
        let b = self.text.as_bytes();
        while at < b.len() {
            match fast_class(b, at) {
                Some((cls, len)) => {
                    if !fast(cls) {
                        return at;
                    }
                    at += len;
                }
                None => match self.text[at..].chars().next() {
                    Some(c) if slow(c) => at += c.len_utf8(),
                    _ => return at,
                },
            }
        }
        at
    }

    /// Advance from `at` while `f` holds; returns the new position.
    #[inline]
    fn advance(&self, mut at: usize, f: impl Fn(char) -> bool) -> usize {
        for c in self.text[at..].chars() {
            if !f(c) {
                break;
            }
            at += c.len_utf8();
        }
        at
    }

    /// The end of the Arabic word at `at`, and whether the default normalization leaves it unchanged.
    fn scan_arabic(&self, mut at: usize) -> (usize, bool) {
        let b = self.text.as_bytes();
        let mut plain = true;
        // tight loop over two-byte letters and marks of the Arabic block
        while at + 1 < b.len() && b[at] & 0xFC == 0xD8 {
            let k = ARABIC_CLASS[(((b[at] & 0x03) as usize) << 6) | (b[at + 1] & 0x3F) as usize];
            match k {
                Cls::ArLetter => {}
                Cls::ArLetterN | Cls::ArMark => plain = false,
                _ => return (at, plain),
            }
            at += 2;
        }
        // the word ends at ASCII or at another character of the Arabic block; anything else is rare
        if at >= b.len() || b[at] < 0x80 || b[at] & 0xFC == 0xD8 {
            return (at, plain);
        }
        (self.scan_arabic_slow(at), false)
    }

    #[cold]
    #[inline(never)]
    fn scan_arabic_slow(&self, mut at: usize) -> usize {
        loop {
            at = self.advance_fast(at, |k| matches!(k, Cls::ArLetter | Cls::ArLetterN | Cls::ArMark), |c| is_arabic_letter(c) || is_combining(c));
            // ZWNJ/ZWJ inside a word (Persian and shaping usage) stays in it when a letter follows
            match self.peek(at) {
                Some(z @ ('\u{200C}' | '\u{200D}')) if self.peek(at + z.len_utf8()).is_some_and(is_arabic_letter) => {
                    at += z.len_utf8()
                }
                _ => return at,
            }
        }
    }

    fn scan_latin(&self, mut at: usize) -> usize {
        loop {
            at = self.advance_fast(at, |k| matches!(k, Cls::Latin | Cls::Digit | Cls::ArMark), |c| is_latin_letter(c) || is_combining(c));
            match self.peek(at) {
                Some(a @ ('\'' | '’')) if self.peek(at + a.len_utf8()).is_some_and(is_latin_letter) => at += a.len_utf8(),
                _ => return at,
            }
        }
    }

    fn scan_number(&self, mut at: usize) -> usize {
        loop {
            at = self.advance_fast(at, |k| matches!(k, Cls::Digit | Cls::ArDigit), is_digit);
            match self.peek(at) {
                Some(s @ ('.' | ',' | '٫' | '٬')) if self.peek(at + s.len_utf8()).is_some_and(is_digit) => at += s.len_utf8(),
                _ => return at,
            }
        }
    }

    fn scan_emoji(&self, start: usize, first: char) -> usize {
        let mut at = start + first.len_utf8();
        if is_regional_indicator(first) {
            if let Some(c) = self.peek(at).filter(|&c| is_regional_indicator(c)) {
                at += c.len_utf8();
            }
            return at;
        }
        loop {
            at = self.advance(at, is_emoji_modifier);
            match self.peek(at) {
                Some('\u{200D}') => match self.peek(at + 3) {
                    Some(c) if is_emoji_start(c) => at += 3 + c.len_utf8(),
                    _ => return at,
                },
                _ => return at,
            }
        }
    }

    /// `local@domain.tld` starting at `at`, if there is one.
    fn scan_email(&self, at: usize) -> Option<usize> {
        let b = self.text.as_bytes();
        let local = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-');
        let dom = |c: u8| c.is_ascii_alphanumeric() || c == b'-';
        let mut i = at;
        while i < b.len() && local(b[i]) {
            i += 1;
        }
        if i == at || i >= b.len() || b[i] != b'@' {
            return None;
        }
        i += 1;
        let mut labels = 0;
        let mut end = None;
        loop {
            let s = i;
            while i < b.len() && dom(b[i]) {
                i += 1;
            }
            if i == s {
                break;
            }
            labels += 1;
            if labels >= 2 {
                end = Some(i);
            }
            if i + 1 < b.len() && b[i] == b'.' && dom(b[i + 1]) {
                i += 1;
            } else {
                break;
            }
        }
        end
    }

    fn scan_url(&self, at: usize) -> Option<usize> {
        let rest = &self.text.as_bytes()[at..];
        let prefix = |p: &[u8]| rest.len() > p.len() && rest[..p.len()].eq_ignore_ascii_case(p);
        if !(prefix(b"http://") || prefix(b"https://") || prefix(b"www.")) {
            return None;
        }
        let mut end = self.advance(at, is_url_char);
        // trailing punctuation belongs to the sentence, not the URL
        while let Some(c) = self.text[at..end].chars().next_back() {
            if matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '\'' | '؛' | '؟') {
                end -= c.len_utf8();
            } else {
                break;
            }
        }
        (end > at + 4).then_some(end)
    }

    fn word_char(c: char) -> bool {
        c.is_alphanumeric() || c == '_' || is_arabic_mark(c) || is_combining(c)
    }
}

impl Iterator for Tokens<'_> {
    type Item = RawToken;

    fn next(&mut self) -> Option<RawToken> {
        let text = self.text;
        // skip whitespace and invisible format characters
        let mut start = self.pos;
        while text.as_bytes().get(start) == Some(&b' ') {
            start += 1;
        }
        let start = self.advance_fast(start, |k| k == Cls::Skip, |c| c.is_whitespace() || is_invisible(c));
        let b = text.as_bytes();
        if start >= b.len() {
            self.pos = start;
            return None;
        }
        // the common cases by table: an Arabic word, an ASCII/Arabic-Indic number without keycap, a lone mark
        if let Some((cls, len)) = fast_class(b, start) {
            let fast = match cls {
                Cls::ArLetter | Cls::ArLetterN | Cls::ArMark => {
                    let (end, plain) = self.scan_arabic(start);
                    Some((end, TokenKind::Arabic, plain))
                }
                Cls::ArDigit => Some((self.scan_number(start), TokenKind::Number, false)),
                Cls::Digit if !matches!(b.get(start + 1), Some(0xE2 | 0xEF)) => {
                    let end = self.scan_number(start);
                    Some((end, TokenKind::Number, b[start..end].is_ascii()))
                }
                Cls::Punct if len == 2 => Some((self.advance(start + 2, |d| Some(d) == self.peek(start)), TokenKind::Punct, false)),
                _ => None,
            };
            if let Some((end, kind, plain)) = fast {
                let (end, plain) = if b.get(end).is_some_and(|&x| x >= 0x80) {
                    let e = self.advance_fast(end, |k| k == Cls::ArMark, is_combining);
                    (e, plain && e == end)
                } else {
                    (end, plain)
                };
                self.pos = end;
                return Some(RawToken { start, end, kind, plain });
            }
        }
        let c = self.peek(start)?;
        let next = start + c.len_utf8();
        let (end, kind) = if is_arabic_letter(c) || is_arabic_mark(c) {
            (self.scan_arabic(start).0, TokenKind::Arabic)
        } else if c.is_ascii_alphanumeric() && let Some(e) = self.scan_url(start).or_else(|| self.scan_email(start)) {
            let kind = if text[start..e].contains('@') && !text[start..e].contains('/') { TokenKind::Email } else { TokenKind::Url };
            (e, kind)
        } else if is_digit(c) {
            // keycap emoji: 1️⃣
            let after = self.advance(next, |c| c == '\u{FE0F}');
            if self.peek(after) == Some('\u{20E3}') {
                (after + 3, TokenKind::Emoji)
            } else {
                (self.scan_number(start), TokenKind::Number)
            }
        } else if is_latin_letter(c) {
            (self.scan_latin(start), TokenKind::Latin)
        } else if c == '#' && self.peek(next).is_some_and(Self::word_char) {
            (self.advance(next, Self::word_char), TokenKind::Hashtag)
        } else if c == '@' && self.peek(next).is_some_and(|c| c.is_ascii_alphanumeric() || c == '_') {
            (self.advance(next, |c| c.is_ascii_alphanumeric() || c == '_'), TokenKind::Mention)
        } else if is_emoji_start(c) || (matches!(c, '©' | '®' | '‼' | '⁉' | '™') && self.peek(next) == Some('\u{FE0F}')) {
            (self.scan_emoji(start, c), TokenKind::Emoji)
        } else if is_punct(c) {
            (self.advance(next, |d| d == c), TokenKind::Punct)
        } else if c.is_alphanumeric() {
            (self.advance(next, |c| c.is_alphanumeric() || is_combining(c)), TokenKind::Word)
        } else {
            (next, TokenKind::Symbol)
        };
        // combining marks and variation selectors stay with the token before them
        let end = self.advance_fast(end, |k| k == Cls::ArMark, is_combining);
        self.pos = end;
        Some(RawToken { start, end, kind, plain: text.as_bytes()[start..end].is_ascii() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<(&str, &'static str)> {
        tokens(s).map(|t| (&s[t.start..t.end], t.kind.as_str())).collect()
    }

    #[test]
    fn arabic_words_keep_marks_and_tatweel() {
        assert_eq!(toks("قَالَ المســؤول،"), vec![("قَالَ", "arabic"), ("المســؤول", "arabic"), ("،", "punct")]);
    }

    #[test]
    fn numbers() {
        assert_eq!(toks("1.5 و2,5 و6,000 و١٢٣٫٥ 15%"), vec![
            ("1.5", "number"), ("و", "arabic"), ("2,5", "number"), ("و", "arabic"), ("6,000", "number"),
            ("و", "arabic"), ("١٢٣٫٥", "number"), ("15", "number"), ("%", "symbol")]);
        assert_eq!(toks("2011."), vec![("2011", "number"), (".", "punct")]);
        assert_eq!(toks("الـ23"), vec![("الـ", "arabic"), ("23", "number")]);
    }

    #[test]
    fn web_things() {
        assert_eq!(toks("زوروا https://example.com/a?b=1. أو www.spa.gov.sa"),
            vec![("زوروا", "arabic"), ("https://example.com/a?b=1", "url"), (".", "punct"), ("أو", "arabic"), ("www.spa.gov.sa", "url")]);
        assert_eq!(toks("info@spa.gov.sa #السعودية @user_1"),
            vec![("info@spa.gov.sa", "email"), ("#السعودية", "hashtag"), ("@user_1", "mention")]);
    }

    #[test]
    fn punctuation_and_quotes() {
        assert_eq!(toks("«نعم»... \"لا\"!"), vec![("«", "punct"), ("نعم", "arabic"), ("»", "punct"), ("...", "punct"),
            ("\"", "punct"), ("لا", "arabic"), ("\"", "punct"), ("!", "punct")]);
        assert_eq!(toks("تشرين الاول/اكتوبر"), vec![("تشرين", "arabic"), ("الاول", "arabic"), ("/", "punct"), ("اكتوبر", "arabic")]);
    }

    #[test]
    fn emoji_clusters() {
        assert_eq!(toks("👨‍👩‍👧 👍🏽 🇸🇦 1️⃣ ❤️"), vec![("👨‍👩‍👧", "emoji"), ("👍🏽", "emoji"), ("🇸🇦", "emoji"), ("1️⃣", "emoji"), ("❤️", "emoji")]);
    }

    #[test]
    fn invisible_characters_between_tokens() {
        assert_eq!(toks("\u{200F}قال\u{200E} Obama's"), vec![("قال", "arabic"), ("Obama's", "latin")]);
        assert_eq!(toks("می\u{200C}خواهم"), vec![("می\u{200C}خواهم", "arabic")]);
    }

    #[test]
    fn tables_agree_with_predicates() {
        for cp in (0..0x80).chain(0x600..0x700) {
            let c = char::from_u32(cp).unwrap();
            let k = classify(c);
            assert_eq!(k == Cls::Skip, c.is_whitespace() || is_invisible(c), "{c:?}");
            assert_eq!(matches!(k, Cls::ArLetter | Cls::ArLetterN), is_arabic_letter(c), "{c:?}");
            if is_arabic_letter(c) {
                let s = c.to_string();
                assert_eq!(k == Cls::ArLetterN, crate::Normalizer::default().normalize_str(&s) != s, "{c:?}");
            }
            assert_eq!(matches!(k, Cls::ArMark), is_combining(c), "{c:?}");
            assert_eq!(matches!(k, Cls::Digit | Cls::ArDigit), is_digit(c), "{c:?}");
            assert_eq!(matches!(k, Cls::Latin), is_latin_letter(c), "{c:?}");
        }
    }

    #[test]
    fn plain_tokens_are_unchanged_by_default_normalization() {
        let text = "قال المسؤول أعلن مُحمد الـ23 ٢٠١١ 2011 Obama ، «نعم» ﻻ می\u{200C}خواهم 😀 www.x.com";
        let n = crate::Normalizer::default();
        for t in tokens(text) {
            let s = &text[t.start..t.end];
            if t.plain {
                assert_eq!(n.normalize_str(s), s, "{s}");
            }
        }
        let plain: Vec<&str> = tokens(text).filter(|t| t.plain).map(|t| &text[t.start..t.end]).collect();
        assert_eq!(plain, vec!["قال", "المسؤول", "23", "2011", "Obama", "www.x.com"]);
    }

    #[test]
    fn every_visible_char_in_one_token() {
        let s = "a\u{0301}ب\u{064E} ‏ x";
        let covered: usize = tokens(s).map(|t| t.end - t.start).sum();
        assert_eq!(covered, s.len() - " \u{200F} ".len());
    }
}
