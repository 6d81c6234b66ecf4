//! The shape of Arabic proclitics on a normalized word, shared by the layers that strip them.
//!
//! Only the structure lives here: which leading letters *can* be a conjunction (و ف), a preposition (ب ك ل)
//! or the article (ال, fused with ل as «لل»), with their letter and byte lengths. Whether a reading is taken
//! (a frequency lexicon, a stopword list, a minimum rest length) stays with each layer. No allocation: this runs
//! per token.

/// و or ف.
#[inline]
pub(crate) fn is_conj(c: char) -> bool {
    matches!(c, 'و' | 'ف')
}

/// ب, ك or ل.
#[inline]
pub(crate) fn is_prep(c: char) -> bool {
    matches!(c, 'ب' | 'ك' | 'ل')
}

/// A cut after `letters` leading proclitic letters (`bytes` long); `last` is the last letter cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cut {
    pub letters: usize,
    pub bytes: usize,
    pub last: char,
}

/// The article reading of a word: `(و|ف)? (ب|ك)? ال` or `(و|ف)? لل`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Article {
    /// Letters before ال (for fused «لل», counting its first ل).
    pub letters: usize,
    /// Bytes of those letters.
    pub bytes: usize,
    /// Letters of the conjunction alone (0 or 1).
    pub conj: usize,
    /// Byte offset where the word after the article starts.
    pub rest: usize,
    /// «لل»: the article lost its alef after the preposition ل.
    pub fused: bool,
}

/// Candidate proclitic readings of a normalized word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Proclitics {
    /// Bytes of a leading و|ف (0 when none).
    conj: usize,
    /// A ب|ك|ل right after the conjunction (or at the start when there is none).
    prep: Option<char>,
}

impl Proclitics {
    #[inline]
    pub(crate) fn scan(w: &str) -> Self {
        let mut cs = w.chars();
        let mut conj = 0;
        let mut next = cs.next();
        if let Some(c) = next
            && is_conj(c)
        {
            conj = c.len_utf8();
            next = cs.next();
        }
        Proclitics { conj, prep: next.filter(|&c| is_prep(c)) }
    }

    /// Letters of the leading conjunction (0 or 1).
    #[inline]
    pub(crate) fn conj_letters(&self) -> usize {
        usize::from(self.conj > 0)
    }

    /// Bare proclitic letter cuts, shortest first: one letter (و ف ب ك ل) and, after و|ف, a second one (ب ك ل).
    /// At most two; the rest may be empty.
    pub(crate) fn cuts(&self, w: &str) -> impl DoubleEndedIterator<Item = Cut> + use<> {
        let mut out = [None, None];
        let first = if self.conj > 0 { w[..self.conj].chars().next() } else { self.prep };
        if let Some(c) = first {
            out[0] = Some(Cut { letters: 1, bytes: c.len_utf8(), last: c });
        }
        if self.conj > 0
            && let Some(p) = self.prep
        {
            out[1] = Some(Cut { letters: 2, bytes: self.conj + p.len_utf8(), last: p });
        }
        out.into_iter().flatten()
    }

    /// The article reading, if the word has one (whatever the length of the rest).
    pub(crate) fn article(&self, w: &str) -> Option<Article> {
        let conj = self.conj_letters();
        let after = &w[self.conj..];
        if let Some(p @ ('ب' | 'ك')) = self.prep {
            let b = self.conj + p.len_utf8();
            if w[b..].starts_with("ال") {
                return Some(Article { letters: conj + 1, bytes: b, conj, rest: b + "ال".len(), fused: false });
            }
        }
        if after.starts_with("ال") {
            return Some(Article { letters: conj, bytes: self.conj, conj, rest: self.conj + "ال".len(), fused: false });
        }
        if after.starts_with("لل") {
            return Some(Article {
                letters: conj + 1,
                bytes: self.conj + 'ل'.len_utf8(),
                conj,
                rest: self.conj + "لل".len(),
                fused: true,
            });
        }
        None
    }
}

/// Prepositions written as one word with a pronoun suffix («عليه», «منهم», «فيها»), normalized.
const PRONOUN_PREPOSITIONS: [&str; 10] = ["علي", "الي", "لدي", "عند", "عن", "من", "في", "مع", "ل", "ب"];
/// Their pronoun suffixes, but ي (names read the same: «بي بي سي», «علي», «مني»).
const PRONOUN_SUFFIXES: [&str; 7] = ["ه", "ها", "هم", "هما", "هن", "كم", "نا"];

/// Whether a normalized word is a preposition with a pronoun suffix, after an optional conjunction («عليه», «فيها»,
/// «ومنهم»): no counted noun, no subject.
pub fn is_preposition_with_pronoun(norm: &str) -> bool {
    let bare = |w: &str| PRONOUN_PREPOSITIONS.iter().any(|p| w.strip_prefix(p).is_some_and(|rest| PRONOUN_SUFFIXES.contains(&rest)));
    bare(norm) || norm.strip_prefix(['و', 'ف']).is_some_and(bare)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prepositions_with_pronouns() {
        for w in ["عليه", "فيها", "فيهم", "ومنهم", "فلديهم", "عندها", "لنا", "به", "وفيه"] {
            assert!(is_preposition_with_pronoun(w), "{w}");
        }
        for w in ["علي", "في", "بي", "مني", "فهم", "منزل", "وها", "ليه"] {
            assert!(!is_preposition_with_pronoun(w), "{w}");
        }
    }

    fn cuts(w: &str) -> Vec<(usize, &str)> {
        Proclitics::scan(w).cuts(w).map(|c| (c.letters, &w[c.bytes..])).collect()
    }

    #[test]
    fn letter_cuts() {
        assert_eq!(cuts("وبحكومة"), vec![(1, "بحكومة"), (2, "حكومة")]);
        assert_eq!(cuts("ليبيا"), vec![(1, "يبيا")]);
        assert_eq!(cuts("وزير"), vec![(1, "زير")]);
        assert_eq!(cuts("حكومة"), vec![]);
        assert_eq!(cuts("بو"), vec![(1, "و")]);
        assert_eq!(cuts("وب"), vec![(1, "ب"), (2, "")]);
        assert_eq!(cuts(""), vec![]);
        // و after a preposition is not a conjunction
        assert_eq!(cuts("بوزير"), vec![(1, "وزير")]);
    }

    fn art(w: &str) -> Option<(usize, usize, &str, bool)> {
        Proclitics::scan(w).article(w).map(|a| (a.letters, a.conj, &w[a.rest..], a.fused))
    }

    #[test]
    fn article_readings() {
        assert_eq!(art("الحكومة"), Some((0, 0, "حكومة", false)));
        assert_eq!(art("والحكومة"), Some((1, 1, "حكومة", false)));
        assert_eq!(art("وبالحكومة"), Some((2, 1, "حكومة", false)));
        assert_eq!(art("كالحكومة"), Some((1, 0, "حكومة", false)));
        assert_eq!(art("للحكومة"), Some((1, 0, "حكومة", true)));
        assert_eq!(art("وللحكومة"), Some((2, 1, "حكومة", true)));
        // ل + ال is written لل, never لال
        assert_eq!(art("لالتزام"), None);
        assert_eq!(art("حكومة"), None);
        assert_eq!(art("ال"), Some((0, 0, "", false)));
        assert_eq!(art("و"), None);
    }

    #[test]
    fn cut_bytes_are_boundaries() {
        for w in ["وبالحكومة", "فل", "ك", "ولل", "abc", "و\u{64e}ب"] {
            let p = Proclitics::scan(w);
            for c in p.cuts(w) {
                assert!(w.is_char_boundary(c.bytes));
            }
            if let Some(a) = p.article(w) {
                assert!(w.is_char_boundary(a.rest) && w.is_char_boundary(a.bytes));
            }
        }
    }
}
