//! The tagger: an averaged perceptron over hashed features with first-order BIO transitions, decoded with
//! Viterbi under the BIO constraint (I-X only after B-X or I-X). Weights are quantized to i16 and only the
//! non-zero rows of the hash table are stored.

use super::features::Extractor;
use super::hash::key;
use crate::pipeline::Label;

/// Tags: O, then B/I for PER, ORG, LOC, MISC.
pub const NT: usize = 9;
pub const TAGS: [&str; NT] = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];
/// Indices into [`TAGS`], for the span rules that read and rewrite the tagger's output.
pub(super) const B_PER: u8 = 1;
pub(super) const I_PER: u8 = 2;
pub(super) const B_ORG: u8 = 3;
pub(super) const B_LOC: u8 = 5;
pub(super) const I_LOC: u8 = 6;
pub(super) const B_MISC: u8 = 7;
const MAGIC: &[u8; 6] = b"KHNER1";

/// The label of tag `t` (None for O).
pub fn tag_label(t: u8) -> Option<Label> {
    match t {
        1 | 2 => Some(Label::PER),
        3 | 4 => Some(Label::ORG),
        5 | 6 => Some(Label::LOC),
        7 | 8 => Some(Label::MISC),
        _ => None,
    }
}

/// The tag index of a BIO tag string (`PERS` is read as PER; unknown tags are O).
pub fn tag_index(s: &str) -> u8 {
    let (bio, lab) = s.split_once('-').unwrap_or((s, ""));
    let base = match lab {
        "PER" | "PERS" => 1,
        "ORG" => 3,
        "LOC" | "GPE" => 5,
        "MISC" | "MIS" => 7,
        _ => return 0,
    };
    match bio {
        "B" => base,
        "I" => base + 1,
        _ => 0,
    }
}

/// An I- tag (inside a name, after its first word).
#[inline]
pub(super) fn is_inside(t: usize) -> bool {
    t != 0 && t.is_multiple_of(2)
}

#[inline]
pub fn allowed(prev: Option<usize>, cur: usize) -> bool {
    if !is_inside(cur) {
        return true;
    }
    match prev {
        None => false,
        Some(p) => p == cur || p + 1 == cur,
    }
}

/// Viterbi over `n` tokens with emission scores `em[i*NT+t]`, transitions `trans[p*NT+t]` and `start[t]`.
pub fn viterbi<T>(n: usize, em: &[T], trans: &[T], start: &[T], out: &mut Vec<u8>)
where
    T: Copy + PartialOrd + std::ops::Add<Output = T>,
{
    out.clear();
    if n == 0 {
        return;
    }
    let mut back = vec![0u8; n * NT];
    let mut cur: [Option<T>; NT] = [None; NT];
    for t in 0..NT {
        if allowed(None, t) {
            cur[t] = Some(start[t] + em[t]);
        }
    }
    for i in 1..n {
        let mut next: [Option<T>; NT] = [None; NT];
        for t in 0..NT {
            let mut best: Option<(T, usize)> = None;
            for p in 0..NT {
                if let Some(s) = cur[p] {
                    if !allowed(Some(p), t) {
                        continue;
                    }
                    let v = s + trans[p * NT + t];
                    if best.is_none_or(|(b, _)| v > b) {
                        best = Some((v, p));
                    }
                }
            }
            if let Some((v, p)) = best {
                next[t] = Some(v + em[i * NT + t]);
                back[i * NT + t] = p as u8;
            }
        }
        cur = next;
    }
    let mut bt = 0;
    let mut bv: Option<T> = None;
    for t in 0..NT {
        if let Some(v) = cur[t]
            && bv.is_none_or(|b| v > b)
        {
            bv = Some(v);
            bt = t;
        }
    }
    out.resize(n, 0);
    out[n - 1] = bt as u8;
    for i in (1..n).rev() {
        bt = back[i * NT + bt] as usize;
        out[i - 1] = bt as u8;
    }
}

/// [`viterbi`] for integer scores, with the BIO constraint unrolled: the same path, ties broken the same way
/// (the first best predecessor wins). O is reachable everywhere and B-X from anything, so every tag but the
/// inside ones at the first token has a path; those get a score no real path reaches instead of `None`.
fn viterbi_bio(n: usize, em: &[i64], trans: &[i64; NT * NT], start: &[i64; NT], out: &mut Vec<u8>) {
    const NONE: i64 = i64::MIN / 4;
    out.clear();
    if n == 0 {
        return;
    }
    let mut back = vec![0u8; n * NT];
    let mut cur = [NONE; NT];
    for t in 0..NT {
        if !is_inside(t) {
            cur[t] = start[t] + em[t];
        }
    }
    for i in 1..n {
        let mut next = [NONE; NT];
        for t in 0..NT {
            let (mut bv, mut bp) = if is_inside(t) { (cur[t - 1] + trans[(t - 1) * NT + t], t - 1) } else { (cur[0] + trans[t], 0) };
            if is_inside(t) {
                let v = cur[t] + trans[t * NT + t];
                if v > bv {
                    (bv, bp) = (v, t);
                }
            } else {
                for p in 1..NT {
                    let v = cur[p] + trans[p * NT + t];
                    if v > bv {
                        (bv, bp) = (v, p);
                    }
                }
            }
            next[t] = bv + em[i * NT + t];
            back[i * NT + t] = bp as u8;
        }
        cur = next;
    }
    let (mut bt, mut bv) = (0, cur[0]);
    for t in 1..NT {
        if cur[t] > bv {
            (bt, bv) = (t, cur[t]);
        }
    }
    out.resize(n, 0);
    out[n - 1] = bt as u8;
    for i in (1..n).rev() {
        bt = back[i * NT + bt] as usize;
        out[i - 1] = bt as u8;
    }
}

/// A trained, quantized model.
#[derive(Debug, Clone)]
pub struct Model {
    bits: u32,
    /// The weight rows that are not all zero, in row order (`NT` each); [`Model::row`] finds them.
    weights: Vec<i16>,
    /// One bit per row of the hash table: set when the row has a non-zero weight.
    nonzero: Vec<u64>,
    /// How many bits of `nonzero` are set before each of its words.
    rank: Vec<u32>,
    trans: [i32; NT * NT],
    start: [i32; NT],
    /// Word-frequency lexicon: (upper 32 bits of the key hash, count), sorted.
    counts: Vec<(u32, u16)>,
    /// `counts[count_index[k]..count_index[k + 1]]` holds the keys whose top [`COUNT_INDEX_BITS`] bits are `k`.
    count_index: Vec<u32>,
}

const COUNT_INDEX_BITS: u32 = 12;

/// The compact weight table of a dense one (`2^bits` rows of `NT`): the non-zero rows, their bitmap and its
/// ranks. About a tenth of the rows are used, so the tagger reads 1–2 MB instead of 2^bits × 18 bytes.
fn compact(bits: u32, rows: impl Iterator<Item = (usize, [i16; NT])>) -> (Vec<i16>, Vec<u64>, Vec<u32>) {
    let n = (1usize << bits).div_ceil(64);
    let (mut weights, mut nonzero) = (Vec::new(), vec![0u64; n]);
    for (r, row) in rows {
        if r < (1 << bits) && row.iter().any(|&w| w != 0) {
            nonzero[r / 64] |= 1 << (r % 64);
            weights.extend_from_slice(&row);
        }
    }
    let rank = nonzero
        .iter()
        .scan(0u32, |acc, w| {
            let before = *acc;
            *acc += w.count_ones();
            Some(before)
        })
        .collect();
    (weights, nonzero, rank)
}

/// The bucket start of every top-bits prefix of the sorted `counts` keys (see [`Model::count`]).
fn count_index(counts: &[(u32, u16)]) -> Vec<u32> {
    (0..=1u32 << COUNT_INDEX_BITS)
        .map(|k| counts.partition_point(|&(h, _)| ((h as u64) >> (32 - COUNT_INDEX_BITS)) < k as u64) as u32)
        .collect()
}

impl Model {
    #[inline]
    fn bucket(&self, h: u64) -> usize {
        (h >> (64 - self.bits)) as usize
    }

    /// The weights of row `r`, `None` when they are all zero.
    #[inline]
    fn row(&self, r: usize) -> Option<&[i16; NT]> {
        let word = *self.nonzero.get(r / 64)?;
        let bit = 1u64 << (r % 64);
        if word & bit == 0 {
            return None;
        }
        let k = (*self.rank.get(r / 64)? + (word & (bit - 1)).count_ones()) as usize * NT;
        self.weights.get(k..k + NT).and_then(|w| w.try_into().ok())
    }

    /// How often the training data had this normalized form (0 if rare or unknown).
    pub fn count(&self, w: &str) -> u32 {
        let k = (key(w) >> 32) as u32;
        let b = (k >> (32 - COUNT_INDEX_BITS)) as usize;
        let (lo, hi) = match (self.count_index.get(b), self.count_index.get(b + 1)) {
            (Some(&lo), Some(&hi)) => (lo as usize, hi as usize),
            _ => (0, self.counts.len()),
        };
        let bucket = self.counts.get(lo..hi).unwrap_or(&[]);
        match bucket.iter().find(|&&(h, _)| h >= k) {
            Some(&(h, c)) if h == k => c as u32,
            _ => 0,
        }
    }

    /// Tag the sentence whose features `ex` holds.
    pub fn decode(&self, ex: &Extractor, em: &mut Vec<i64>, out: &mut Vec<u8>) {
        let n = ex.offs.len().saturating_sub(1);
        em.clear();
        em.resize(n * NT, 0);
        for (i, row) in em.chunks_exact_mut(NT).enumerate() {
            // i32 lanes (they vectorize) over at most 2^15 features of ±2^15 each, then i64
            for chunk in ex.feats[ex.offs[i] as usize..ex.offs[i + 1] as usize].chunks(1 << 15) {
                let mut acc = [0i32; NT];
                for &h in chunk {
                    if let Some(w) = self.row(self.bucket(h)) {
                        for t in 0..NT {
                            acc[t] += w[t] as i32;
                        }
                    }
                }
                for t in 0..NT {
                    row[t] += acc[t] as i64;
                }
            }
        }
        // i64 sums: no overflow on any sentence length
        let trans: [i64; NT * NT] = std::array::from_fn(|k| self.trans[k] as i64);
        let start: [i64; NT] = std::array::from_fn(|k| self.start[k] as i64);
        viterbi_bio(n, em, &trans, &start, out);
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.push(self.bits as u8);
        out.push(NT as u8);
        for v in self.start.iter().chain(self.trans.iter()) {
            out.extend_from_slice(&v.to_le_bytes());
        }
        out.extend_from_slice(&(self.counts.len() as u32).to_le_bytes());
        for &(h, c) in &self.counts {
            out.extend_from_slice(&h.to_le_bytes());
            out.extend_from_slice(&c.to_le_bytes());
        }
        let rows = 1usize << self.bits;
        let mut bitmap = vec![0u8; rows.div_ceil(8)];
        for r in 0..rows {
            if self.row(r).is_some() {
                bitmap[r / 8] |= 1 << (r % 8);
            }
        }
        out.extend_from_slice(&bitmap);
        for r in 0..rows {
            if let Some(row) = self.row(r) {
                for w in row {
                    out.extend_from_slice(&w.to_le_bytes());
                }
            }
        }
        out
    }

    /// Parse a model written by [`Model::to_bytes`]; `None` if it is malformed.
    pub fn from_bytes(b: &[u8]) -> Option<Model> {
        let mut p = 0usize;
        let mut take = |n: usize| -> Option<&[u8]> {
            let s = b.get(p..p + n)?;
            p += n;
            Some(s)
        };
        if take(6)? != MAGIC {
            return None;
        }
        let hdr = take(2)?;
        let (bits, nt) = (hdr[0] as u32, hdr[1] as usize);
        if nt != NT || !(8..=24).contains(&bits) {
            return None;
        }
        let mut start = [0i32; NT];
        let mut trans = [0i32; NT * NT];
        for v in start.iter_mut().chain(trans.iter_mut()) {
            *v = i32::from_le_bytes(take(4)?.try_into().ok()?);
        }
        let nc = u32::from_le_bytes(take(4)?.try_into().ok()?) as usize;
        let mut counts = Vec::with_capacity(nc.min(1 << 20));
        for _ in 0..nc {
            let e = take(6)?;
            counts.push((u32::from_le_bytes(e[..4].try_into().ok()?), u16::from_le_bytes(e[4..6].try_into().ok()?)));
        }
        let rows = 1usize << bits;
        let bitmap = take(rows.div_ceil(8))?.to_vec();
        let mut stored = Vec::new();
        for r in 0..rows {
            if bitmap[r / 8] & (1 << (r % 8)) != 0 {
                let row = take(NT * 2)?;
                stored.push((r, std::array::from_fn(|t| i16::from_le_bytes([row[2 * t], row[2 * t + 1]]))));
            }
        }
        let (weights, nonzero, rank) = compact(bits, stored.into_iter());
        let count_index = count_index(&counts);
        Some(Model { bits, weights, nonzero, rank, trans, start, counts, count_index })
    }
}

/// Averaged-perceptron training (used by `examples/train_ner.rs`).
pub struct Trainer {
    bits: u32,
    w: Vec<f32>,
    u: Vec<f64>,
    tw: Vec<f32>,
    tu: Vec<f64>,
    c: f64,
    counts: Vec<(u32, u16)>,
    em: Vec<f32>,
}

impl Trainer {
    /// A trainer with `2^bits` feature rows; `words` (the normalized training words) make the frequency
    /// lexicon, keeping the forms seen at least `min_count` times.
    pub fn new<'w>(bits: u32, words: impl Iterator<Item = &'w str>, min_count: u32) -> Trainer {
        let mut freq: std::collections::HashMap<u32, u32> = std::collections::HashMap::new();
        for w in words {
            *freq.entry((key(w) >> 32) as u32).or_insert(0) += 1;
        }
        let mut counts: Vec<(u32, u16)> =
            freq.into_iter().filter(|&(_, c)| c >= min_count).map(|(h, c)| (h, c.min(u16::MAX as u32) as u16)).collect();
        counts.sort_unstable();
        let rows = 1usize << bits;
        Trainer {
            bits,
            w: vec![0.0; rows * NT],
            u: vec![0.0; rows * NT],
            tw: vec![0.0; NT * NT + NT],
            tu: vec![0.0; NT * NT + NT],
            c: 1.0,
            counts,
            em: Vec::new(),
        }
    }

    /// The frequency lexicon lookup the extractor needs during training.
    pub fn count(&self, w: &str) -> u32 {
        let k = (key(w) >> 32) as u32;
        match self.counts.binary_search_by_key(&k, |&(h, _)| h) {
            Ok(i) => self.counts[i].1 as u32,
            Err(_) => 0,
        }
    }

    #[inline]
    fn bucket(&self, h: u64) -> usize {
        (h >> (64 - self.bits)) as usize
    }

    /// Tag with the current (non-averaged) weights.
    pub fn predict(&mut self, ex: &Extractor, out: &mut Vec<u8>) {
        let n = ex.offs.len().saturating_sub(1);
        let mut em = std::mem::take(&mut self.em);
        em.clear();
        em.resize(n * NT, 0.0);
        for i in 0..n {
            for &h in &ex.feats[ex.offs[i] as usize..ex.offs[i + 1] as usize] {
                let b = self.bucket(h) * NT;
                for t in 0..NT {
                    em[i * NT + t] += self.w[b + t];
                }
            }
        }
        viterbi(n, &em, &self.tw[NT..], &self.tw[..NT], out);
        self.em = em;
    }

    fn upd(w: &mut [f32], u: &mut [f64], i: usize, d: f32, c: f64) {
        w[i] += d;
        u[i] += c * d as f64;
    }

    /// One perceptron step on a sentence with gold tags; returns the number of wrong tags.
    pub fn learn(&mut self, ex: &Extractor, gold: &[u8], scratch: &mut Vec<u8>) -> usize {
        self.predict(ex, scratch);
        let c = self.c;
        let mut wrong = 0;
        for i in 0..gold.len() {
            let (g, p) = (gold[i] as usize, scratch[i] as usize);
            if g != p {
                wrong += 1;
                for &h in &ex.feats[ex.offs[i] as usize..ex.offs[i + 1] as usize] {
                    let b = self.bucket(h) * NT;
                    Self::upd(&mut self.w, &mut self.u, b + g, 1.0, c);
                    Self::upd(&mut self.w, &mut self.u, b + p, -1.0, c);
                }
            }
            let gi = if i == 0 { g } else { NT + gold[i - 1] as usize * NT + g };
            let pi = if i == 0 { p } else { NT + scratch[i - 1] as usize * NT + p };
            if gi != pi {
                Self::upd(&mut self.tw, &mut self.tu, gi, 1.0, c);
                Self::upd(&mut self.tw, &mut self.tu, pi, -1.0, c);
            }
        }
        self.c += 1.0;
        wrong
    }

    /// The averaged weights, quantized.
    pub fn finish(&self) -> Model {
        let (ws, ts) = self.averaged();
        self.quantize(&ws, &ts)
    }

    /// The averaged feature weights and the averaged start/transition weights.
    pub fn averaged(&self) -> (Vec<f32>, Vec<f32>) {
        let avg = |(&w, &u): (&f32, &f64)| (w as f64 - u / self.c) as f32;
        (self.w.iter().zip(&self.u).map(avg).collect(), self.tw.iter().zip(&self.tu).map(avg).collect())
    }

    /// A model from feature weights `ws` and start/transition weights `ts` (as [`Trainer::averaged`] gives
    /// them, or their mean over several trainers), with this trainer's size and frequency lexicon.
    pub fn quantize(&self, ws: &[f32], ts: &[f32]) -> Model {
        let max = ws.iter().fold(0f32, |m, &w| m.max(w.abs())).max(1e-6);
        let scale = 32000.0 / max;
        let q = |w: f32| (w * scale).round() as i32;
        let dense: Vec<i16> = ws.iter().map(|&w| q(w).clamp(-32767, 32767) as i16).collect();
        let (weights, nonzero, rank) =
            compact(self.bits, dense.chunks_exact(NT).enumerate().map(|(r, row)| (r, std::array::from_fn(|t| row[t]))));
        let mut start = [0i32; NT];
        let mut trans = [0i32; NT * NT];
        for t in 0..NT {
            start[t] = q(ts[t]);
        }
        for k in 0..NT * NT {
            trans[k] = q(ts[NT + k]);
        }
        Model { bits: self.bits, weights, nonzero, rank, trans, start, counts: self.counts.clone(), count_index: count_index(&self.counts) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn viterbi_respects_bio() {
        // token 0 prefers I-PER, which is illegal at the start
        let mut em = vec![0i64; 2 * NT];
        em[2] = 10;
        em[1] = 5;
        em[NT + 2] = 10;
        let mut out = Vec::new();
        viterbi(2, &em, &[0; NT * NT], &[0; NT], &mut out);
        assert_eq!(out, vec![1, 2]);
    }

    #[test]
    fn embedded_model_roundtrips_byte_for_byte() {
        let b = include_bytes!("model.bin");
        let m = Model::from_bytes(b).expect("embedded model");
        assert!(m.to_bytes() == b.as_slice());
    }

    #[test]
    fn indexed_count_is_binary_search() {
        let m = crate::entities::embedded_model().expect("embedded model");
        let text = include_str!("../../examples/afp_libya_arms_embargo.txt");
        let mut found = 0;
        for w in text.split_whitespace().chain(["", "x", "في", "من"]) {
            let k = (key(w) >> 32) as u32;
            let slow = m.counts.binary_search_by_key(&k, |&(h, _)| h).map(|i| m.counts[i].1 as u32).unwrap_or(0);
            assert_eq!(m.count(w), slow, "{w}");
            found += (slow > 0) as usize;
        }
        assert!(found > 50);
    }

    #[test]
    fn unrolled_viterbi_is_viterbi() {
        // small score ranges make many ties: the tie-breaking must match too
        let mut x = 12345u64;
        let mut rnd = |m: i64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % (2 * m as u64 + 1)) as i64 - m
        };
        for round in 0..400 {
            let n = round % 13;
            let m = if round % 2 == 0 { 2 } else { 1000 };
            let em: Vec<i64> = (0..n * NT).map(|_| rnd(m)).collect();
            let trans: [i64; NT * NT] = std::array::from_fn(|_| rnd(m));
            let start: [i64; NT] = std::array::from_fn(|_| rnd(m));
            let (mut a, mut b) = (Vec::new(), Vec::new());
            viterbi(n, &em, &trans, &start, &mut a);
            viterbi_bio(n, &em, &trans, &start, &mut b);
            assert_eq!(a, b, "round {round}");
        }
    }

    #[test]
    fn tags_roundtrip() {
        assert_eq!(tag_index("B-PERS"), 1);
        assert_eq!(tag_index("I-LOC"), 6);
        assert_eq!(tag_index("O"), 0);
        assert_eq!(tag_label(4), Some(Label::ORG));
    }

    #[test]
    fn serialization_roundtrip() {
        let mut t = Trainer::new(8, ["ليبيا", "ليبيا"].into_iter(), 1);
        let toks = [super::super::features::Tok { norm: "ليبيا", kind: crate::TokenKind::Arabic }];
        let mut ex = Extractor::new();
        ex.extract(&toks, &|_| 0);
        let mut s = Vec::new();
        t.learn(&ex, &[5], &mut s);
        let m = t.finish();
        let b = m.to_bytes();
        let m2 = Model::from_bytes(&b).unwrap();
        assert_eq!(m2.to_bytes(), b);
        let mut out = Vec::new();
        m2.decode(&ex, &mut Vec::new(), &mut out);
        assert_eq!(out, vec![5]);
        assert!(Model::from_bytes(&b[..b.len() - 1]).is_none());
        assert!(Model::from_bytes(b"junk").is_none());
    }
}
