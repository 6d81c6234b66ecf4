//! Feature extraction for the entity tagger: one list of hashed features per token, shared by training and
//! tagging so both see exactly the same thing.

use super::clusters::{Clusters, MAX_LEVELS};
use super::hash::{CharHasher, combine, key};
use super::lexicon::{Lexicon, Strip, core, has_article, strip_proclitics, stripped_key};
use crate::tokenizer::TokenKind;

/// What the tagger reads of a token.
#[derive(Debug, Clone, Copy)]
pub struct Tok<'a> {
    pub norm: &'a str,
    pub kind: TokenKind,
}

#[derive(Debug, Clone, Copy, Default)]
struct Info {
    norm: u64,
    stem: u64,
    core: u64,
    flags: u8,
    gaz_b: u8,
    gaz_i: u8,
    shape: u64,
    /// word classes at each level (+1; 0 unknown) of the clitic-stripped form, else of the whole form
    cls: [u64; MAX_LEVELS],
}

const BOS: u64 = 0xB0B0_B0B0;
const EOS: u64 = 0xE0E0_E0E0;

fn kind_id(k: TokenKind) -> u64 {
    match k {
        TokenKind::Arabic => 1,
        TokenKind::Latin => 2,
        TokenKind::Word => 3,
        TokenKind::Number => 4,
        TokenKind::Punct => 5,
        TokenKind::Symbol => 6,
        TokenKind::Url | TokenKind::Email => 7,
        TokenKind::Hashtag | TokenKind::Mention => 8,
        TokenKind::Emoji => 9,
    }
}

#[inline]
fn hchars(seed: u64, cs: &[char]) -> u64 {
    let mut h = CharHasher::new(seed);
    for &c in cs {
        h.push(super::hash::key_char(c));
    }
    h.finish()
}

/// Reusable feature extractor (keeps its buffers between sentences).
#[derive(Debug, Default)]
pub struct Extractor {
    info: Vec<Info>,
    chars: Vec<char>,
    core_chars: Vec<char>,
    core_flat: Vec<char>,
    core_all: Vec<u32>,
    /// Flattened features; token `i` has `feats[offs[i]..offs[i+1]]`.
    pub feats: Vec<u64>,
    pub offs: Vec<u32>,
    /// The proclitic decision per token (for spans).
    pub strips: Vec<Strip>,
}

impl Extractor {
    pub fn new() -> Self {
        Self::default()
    }

    /// The clitic-stripped key of token `i` of the last sentence (`i` below its length).
    pub(crate) fn stem(&self, i: usize) -> u64 {
        self.info[i].stem
    }

    /// Extract the features of one sentence. `count` is the model's word-frequency lexicon.
    pub fn extract(&mut self, toks: &[Tok], count: &dyn Fn(&str) -> u32) {
        let lx = Lexicon::get();
        let classes = Clusters::embedded();
        self.info.clear();
        self.feats.clear();
        self.offs.clear();
        self.strips.clear();
        self.core_flat.clear();
        self.core_all.clear();
        for t in toks {
            let w = t.norm;
            // how common the word is in the training text (asked once: the clitic stripper asks it too)
            let whole = count(w);
            let count_once = |s: &str| if s.len() == w.len() { whole } else { count(s) };
            let strip = if t.kind == TokenKind::Arabic { strip_proclitics(w, count_once) } else { Strip::default() };
            let stem_key = stripped_key(w, strip);
            let core_str = core(w, strip);
            let has_al = has_article(w, strip);
            let core_len = core_str.chars().count().min(12) as u64;
            // rare words are more often names
            let freq = match whole {
                0 => 0,
                1..=3 => 1,
                4..=15 => 2,
                16..=63 => 3,
                _ => 4,
            };
            let shape = kind_id(t.kind) << 8 | core_len << 3 | (strip.letters.min(3) as u64) << 1 | has_al as u64;
            let shape = shape | freq << 16;
            let flags = lx.flags(stem_key) | lx.flags(key(w));
            self.core_all.push(self.core_flat.len() as u32);
            self.core_flat.extend(core_str.chars());
            let norm_key = key(w);
            let cls = classes
                .classes_of_key(stem_key)
                .or_else(|| classes.classes_of_key(norm_key))
                .map_or([0; MAX_LEVELS], |cs| cs.map(|c| c as u64 + 1));
            self.info.push(Info { norm: norm_key, stem: stem_key, core: key(core_str), flags, gaz_b: 0, gaz_i: 0, shape, cls });
            self.strips.push(strip);
        }
        // gazetteer phrases: greedy longest match, the first word clitic-stripped
        let n = toks.len();
        let mut i = 0;
        while i < n {
            let info = &self.info;
            let next = |j: usize| info.get(i + j).map(|x| x.norm);
            let mut best = lx.longest_phrase(info[i].stem, next, |_| true);
            if info[i].stem != info[i].norm {
                let by_norm = lx.longest_phrase(info[i].norm, next, |_| true);
                if by_norm.0 > best.0 {
                    best = by_norm;
                }
            }
            if best.0 > 0 {
                self.info[i].gaz_b |= best.1;
                for k in i + 1..i + best.0 {
                    self.info[k].gaz_i |= best.1;
                }
                i += best.0;
            } else {
                i += 1;
            }
        }
        self.core_all.push(self.core_flat.len() as u32);
        for (i, t) in toks.iter().enumerate() {
            self.offs.push(self.feats.len() as u32);
            self.core_chars.clear();
            self.core_chars.extend_from_slice(&self.core_flat[self.core_all[i] as usize..self.core_all[i + 1] as usize]);
            let me = &self.info[i];
            let get = |d: isize| -> Option<&Info> { i.checked_add_signed(d).and_then(|j| self.info.get(j)) };
            let stem_at = |d: isize| get(d).map(|x| x.stem).unwrap_or(if d < 0 { BOS } else { EOS });
            let f = &mut self.feats;
            f.push(combine(1, 0));
            f.push(combine(2, me.norm));
            f.push(combine(3, me.stem));
            f.push(combine(4, me.core));
            // affixes
            self.chars.clear();
            self.chars.extend(t.norm.chars());
            let cs = &self.chars;
            let m = cs.len();
            for k in 1..=3usize.min(m) {
                f.push(combine(5, hchars(k as u64, &cs[..k])));
            }
            for k in 1..=4usize.min(m) {
                f.push(combine(6, hchars(k as u64, &cs[m - k..])));
            }
            f.push(combine(7, me.shape));
            // affixes of the core (clitics and article removed)
            let core = &self.core_chars;
            let m = core.len();
            for k in 1..=3usize.min(m) {
                f.push(combine(16, hchars(k as u64, &core[..k])));
                f.push(combine(17, hchars(k as u64, &core[m - k..])));
            }
            // the letters inside the core, as trigrams: transliterated names share them
            for w in core.windows(3) {
                f.push(combine(18, hchars(3, w)));
            }
            // context words
            f.push(combine(8, stem_at(-1)));
            f.push(combine(9, stem_at(1)));
            f.push(combine(10, stem_at(-2)));
            f.push(combine(11, stem_at(2)));
            f.push(combine(12, combine(stem_at(-1), me.stem)));
            f.push(combine(13, combine(me.stem, stem_at(1))));
            f.push(combine(14, combine(me.shape, get(-1).map(|x| x.shape).unwrap_or(BOS))));
            f.push(combine(15, combine(me.shape, get(1).map(|x| x.shape).unwrap_or(EOS))));
            // list flags here and around
            for (tmpl, d) in [(20u64, 0isize), (21, -1), (22, 1), (23, -2), (24, 2)] {
                let mut fl = get(d).map_or(0, |x| x.flags);
                // (the set bits, lowest first)
                while fl != 0 {
                    f.push(combine(tmpl, fl.trailing_zeros() as u64));
                    fl &= fl - 1;
                }
            }
            // gazetteers here and around
            for (tmpl, d) in [(30u64, 0isize), (31, -1), (32, 1)] {
                if let Some(x) = get(d) {
                    let mut bits = x.gaz_b | x.gaz_i;
                    while bits != 0 {
                        let b = bits.trailing_zeros() as u64;
                        if x.gaz_b & (1 << b) != 0 {
                            f.push(combine(tmpl, b * 2));
                        }
                        if x.gaz_i & (1 << b) != 0 {
                            f.push(combine(tmpl, b * 2 + 1));
                        }
                        bits &= bits - 1;
                    }
                }
            }
            // joint: previous word's flags with this word's shape
            let pf = get(-1).map(|x| x.flags).unwrap_or(0);
            if pf != 0 {
                f.push(combine(40, combine(pf as u64, me.shape)));
            }
            if i == 0 {
                f.push(combine(41, 0));
            }
            // word classes here and around
            for l in 0..classes.levels() {
                let t = 50 + 10 * l as u64;
                let cls_at = |d: isize| get(d).map(|x| x.cls[l]).unwrap_or(if d < 0 { 1 << 20 } else { 1 << 21 });
                let here = me.cls[l];
                f.push(combine(t, here));
                f.push(combine(t + 1, cls_at(-1)));
                f.push(combine(t + 2, cls_at(1)));
                f.push(combine(t + 3, cls_at(-2)));
                f.push(combine(t + 4, cls_at(2)));
                f.push(combine(t + 5, combine(cls_at(-1), here)));
                f.push(combine(t + 6, combine(here, cls_at(1))));
                f.push(combine(t + 7, combine(here, me.shape)));
            }
        }
        self.offs.push(self.feats.len() as u32);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extracts_per_token() {
        let toks = [Tok { norm: "بالولايات", kind: TokenKind::Arabic }, Tok { norm: "المتحدة", kind: TokenKind::Arabic }];
        let mut ex = Extractor::new();
        ex.extract(&toks, &|_| 0);
        assert_eq!(ex.offs.len(), 3);
        assert!(ex.offs[1] > 10);
        assert_eq!(ex.strips[0].letters, 1);
        // the gazetteer found the phrase through the clitic
        assert!(ex.info[0].gaz_b != 0 && ex.info[1].gaz_i != 0);
        ex.extract(&[], &|_| 0);
        assert_eq!(ex.offs, vec![0]);
    }
}
