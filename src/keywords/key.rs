//! Word keys: the form under which clitic, article and normalization variants of a word merge
//! («الحكومة», «والحكومة», «للحكومة», «حكومة», «حكومته» all have the key «حكومه»).
//!
//! The stripping is light and guided by the background frequencies: a conjunction or preposition letter
//! (و ف ب ل ك) comes off only when what remains is a more frequent word («وليبيا» → «ليبيا», but «وزير» stays);
//! the article comes off whenever at least two letters remain; a pronoun suffix comes off only when the bare
//! word (with ت restored to ة) is more frequent. The same function keys the background table, so keys and
//! their frequencies always agree. When the clitic segmenter's stems are available this stays the key function:
//! keys only identify words, the reported text is always a surface form.

use super::lexicon::Background;
use crate::clitics::Proclitics;

const SUFFIXES: [&str; 9] = ["هما", "كما", "هم", "هن", "ها", "كم", "نا", "ه", "ك"];

/// A word this frequent (Zipf) is a word of its own: a proclitic comes off it before a ي only when what remains is
/// more frequent by at least `COMMON_MARGIN`.
const COMMON_ZIPF: f32 = 4.5;
const COMMON_MARGIN: f32 = 0.5;

/// How a normalized word splits: `proclitic` is the number of leading letters that can be cut off the surface
/// and leave a word (و ف ب ل ك; 0 for «لل», whose ل is fused with the article), `article` whether ال was removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyParts {
    pub proclitic: usize,
    pub article: bool,
}

fn char_len(s: &str) -> usize {
    s.chars().count()
}

fn freq(bg: &Background, w: &str) -> f32 {
    bg.word(w).unwrap_or(0.0)
}

/// Strip conjunction/preposition letters and the article from normalized `w`. Returns (rest, proclitic letters
/// removed before any article, article removed). `لل` counts as the preposition plus the article.
fn strip_front<'a>(w: &'a str, bg: &Background) -> (&'a str, usize, bool) {
    let p = Proclitics::scan(w);
    // article forms: (و|ف)?(ب|ك)?ال..., (و|ف)?لل...
    if let Some(a) = p.article(w) {
        let r = &w[a.rest..];
        if char_len(r) >= 2 {
            return (r, if a.fused { a.conj } else { a.letters }, true);
        }
    }
    // bare proclitics, longest first, only when the rest is a more frequent word, and clearly so when the whole is a
    // common word of its own and the rest an imperfect verb's shape («فيصل» is no «ف» + «يصل», «ليلى» no «ل» + «يلي»)
    let whole = freq(bg, w);
    for c in p.cuts(w).rev() {
        let r = &w[c.bytes..];
        let margin = if whole >= COMMON_ZIPF && r.starts_with('ي') { COMMON_MARGIN } else { 0.0 };
        if char_len(r) >= 3 && freq(bg, r) > whole + margin {
            return (r, c.letters, false);
        }
    }
    (w, 0, false)
}

/// Strip one pronoun suffix when the bare word is more frequent.
fn strip_back(w: &str, bg: &Background, buf: &mut String) -> bool {
    let whole = freq(bg, w);
    for s in SUFFIXES {
        if let Some(r) = w.strip_suffix(s) {
            if char_len(r) < 2 {
                continue;
            }
            if let Some(stem) = r.strip_suffix('ت') {
                buf.clear();
                buf.push_str(stem);
                buf.push('ة');
                if freq(bg, buf) > whole {
                    return true;
                }
            }
            if freq(bg, r) > whole {
                buf.clear();
                buf.push_str(r);
                return true;
            }
        }
    }
    false
}

/// Append the key of normalized word `w` to `out`; returns its [`KeyParts`].
pub fn word_key_into(w: &str, bg: &Background, out: &mut String) -> KeyParts {
    if w.is_ascii() {
        for c in w.chars() {
            out.push(c.to_ascii_lowercase());
        }
        return KeyParts { proclitic: 0, article: false };
    }
    let (rest, proclitic, article) = strip_front(w, bg);
    let mut buf = String::new();
    let rest: &str = if !article && strip_back(rest, bg, &mut buf) { &buf } else { rest };
    // hamza seats vary by spelling («مسؤول», «مسئول»): one key
    let (body, taa) = match rest.strip_suffix('ة') {
        Some(r) => (r, true),
        None => (rest, false),
    };
    out.extend(body.chars().map(|c| if matches!(c, 'ؤ' | 'ئ') { 'ء' } else { c }));
    if taa {
        out.push('ه');
    }
    KeyParts { proclitic, article }
}

/// The key of normalized word `w`.
pub fn word_key(w: &str, bg: &Background) -> String {
    let mut s = String::new();
    word_key_into(w, bg, &mut s);
    s
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::background;
    use super::*;

    #[test]
    fn variants_share_a_key() {
        let bg = background();
        let k = word_key("حكومة", bg);
        assert_eq!(k, "حكومه");
        for v in ["الحكومة", "والحكومة", "للحكومة", "بالحكومة", "حكومته", "لحكومة"] {
            assert_eq!(word_key(v, bg), k, "{v}");
        }
        assert_eq!(word_key("وليبيا", bg), "ليبيا");
        assert_eq!(word_key("المسؤولين", bg), word_key("المسئولين", bg));
        assert_eq!(word_key("الاسلامية", bg), word_key("والاسلامية", bg));
    }

    #[test]
    fn real_initial_letters_stay() {
        let bg = background();
        assert_eq!(word_key("وزير", bg), "وزير");
        assert_eq!(word_key("بيان", bg), "بيان");
        assert_eq!(word_key("فرنسا", bg), "فرنسا");
        assert_eq!(word_key("اتجاه", bg), "اتجاه");
        assert_eq!(word_key("ولي", bg), "ولي");
        assert_eq!(word_key("Reuters", bg), "reuters");
        // a common word of its own keeps its first letter though the rest is a more frequent word
        assert_eq!(word_key("فيصل", bg), "فيصل");
        assert_eq!(word_key("لفترة", bg), "فتره");
    }

    #[test]
    fn proclitic_letters_are_counted() {
        let bg = background();
        let mut s = String::new();
        assert_eq!(word_key_into("والحكومة", bg, &mut s), KeyParts { proclitic: 1, article: true });
        s.clear();
        assert_eq!(word_key_into("للحكومة", bg, &mut s).proclitic, 0);
        s.clear();
        assert_eq!(word_key_into("وزير", bg, &mut s).proclitic, 0);
    }
}
