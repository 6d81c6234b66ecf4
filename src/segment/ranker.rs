//! Candidate segmentations of one word (every way its letters split into a known proclitic chain, a stem and a
//! known suffix chain) and the features a linear model scores them with.

use super::letters::Letters;
use super::model::{BITS, Model, SchemeModel};

/// Whole words whose two parts fused in writing (Farasa writes them apart): normalized surface, surface
/// letters of the first part, and the two forms.
pub const FUSED: [(&str, usize, &str, &str); 4] = [("مما", 1, "من", "ما"), ("عما", 1, "عن", "ما"), ("ممن", 1, "من", "من"), ("عمن", 1, "عن", "من")];

/// One candidate: a prefix chain, a suffix chain (indices into the scheme's inventories), and flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cand {
    pub p: u16,
    pub s: u16,
    /// Letters of the prefix chain / suffix chain.
    pub pl: u8,
    pub sl: u8,
    /// ATB «لل»: the stem's form gets its dropped alef back («ل» + «لسلطة» → «السلطة»).
    pub fused_al: bool,
    /// 1 + index into [`FUSED`] for a fused whole word.
    pub fused_word: u8,
}

impl Cand {
    /// Letter boundaries inside the word (bit i set = a segment starts at letter i, 0 < i < n).
    pub fn mask(&self, sm: &SchemeModel, n: usize) -> u64 {
        if self.fused_word > 0 {
            let (_, k, _, _) = FUSED[(self.fused_word - 1) as usize];
            return 1 << k;
        }
        let mut m = 0u64;
        let mut i = 0;
        for (len, _, _) in &sm.prefixes[self.p as usize].segs {
            i += len;
            m |= 1 << i;
        }
        let mut j = n - self.sl as usize;
        m |= 1 << j;
        for (len, _, _) in &sm.suffixes[self.s as usize].segs {
            j += len;
            m |= 1 << j;
        }
        m & !(1 | (1 << n))
    }
}

/// What every candidate of a word shares.
pub struct WordCtx<'m> {
    pub lw: u32,
    pub mem: &'m [(u64, u32)],
    pub mem_total: u32,
    pub name: bool,
}

impl<'m> WordCtx<'m> {
    pub fn new(m: &Model, sm: &'m SchemeModel, l: &Letters) -> WordCtx<'m> {
        let mem: &[(u64, u32)] = sm.memory.get(l.norm.as_str()).map(|v| v.as_slice()).unwrap_or(&[]);
        WordCtx { lw: m.lex(&l.norm), mem, mem_total: mem.iter().map(|x| x.1).sum(), name: m.names.contains(l.norm.as_str()) }
    }
}

/// The candidates of a word, appended to `out`. `atb` selects the «لل» handling of the ATB scheme.
pub fn candidates(m: &Model, sm: &SchemeModel, atb: bool, l: &Letters, buf: &mut String, out: &mut Vec<Cand>) {
    out.clear();
    let n = l.n;
    // Affixes match the letters as written (the article is «ال», never «آل» or «أل»).
    let w = l.raw.as_str();
    for (pi, p) in sm.prefixes.iter().enumerate() {
        if !w.starts_with(p.surface.as_str()) {
            continue;
        }
        let pl = p.surface.len() / 2;
        if pl >= n {
            continue;
        }
        // The future particle only before an imperfect verb.
        if p.segs.last().is_some_and(|s| s.1 == "س") && !matches!(l.at(pl), 'ي' | 'ت' | 'ن' | 'ا') {
            continue;
        }
        let fused_al = atb
            && p.segs.last().is_some_and(|s| s.1 == "ل")
            && l.at(pl) == 'ل'
            && {
                buf.clear();
                buf.push('ا');
                buf.push_str(l.slice(pl, n));
                m.lex(buf) >= m.lex(l.slice(pl, n)).max(1)
            };
        for (si, s) in sm.suffixes.iter().enumerate() {
            let sl = s.surface.len() / 2;
            if pl + sl >= n || !w.ends_with(s.surface.as_str()) {
                continue;
            }
            out.push(Cand { p: pi as u16, s: si as u16, pl: pl as u8, sl: sl as u8, fused_al, fused_word: 0 });
        }
    }
    if !atb {
        for (k, f) in FUSED.iter().enumerate() {
            if l.norm == f.0 {
                out.push(Cand { p: 0, s: 0, pl: 0, sl: 0, fused_al: false, fused_word: k as u8 + 1 });
            }
        }
    }
}

#[inline]
fn mix(mut h: u64, v: u64) -> u64 {
    h ^= v.wrapping_add(0x9e37_79b9_7f4a_7c15).wrapping_add(h << 6).wrapping_add(h >> 2);
    h.wrapping_mul(0xff51_afd7_ed55_8ccd)
}

#[inline]
fn feat(t: u64, a: u64, b: u64, c: u64) -> u32 {
    let h = mix(mix(mix(mix(0x1234_5678, t), a), b), c);
    ((h ^ (h >> 29)) & ((1 << BITS) - 1)) as u32
}

fn bucket(c: u32) -> u64 {
    match c {
        0 => 0,
        1 => 1,
        2 => 2,
        3..=5 => 3,
        _ => 4,
    }
}

/// The feature indices of candidate `c`, appended to `out`.
pub fn features(m: &Model, sm: &SchemeModel, l: &Letters, ctx: &WordCtx, c: &Cand, buf: &mut String, out: &mut Vec<u32>) {
    out.clear();
    let n = l.n;
    if c.fused_word > 0 {
        out.push(feat(40, c.fused_word as u64, 0, 0));
        let mask = c.mask(sm, n);
        memory_feats(ctx, mask, out);
        return;
    }
    let (p, s) = (c.p as u64, c.s as u64);
    let (a, b) = (c.pl as usize, n - c.sl as usize);
    let stem = l.slice(a, b);
    let ls = if c.fused_al {
        buf.clear();
        buf.push('ا');
        buf.push_str(stem);
        m.lex(buf)
    } else {
        m.lex(stem)
    } as u64;
    let lw = ctx.lw as u64;
    let lnp = if a == 0 { lw } else { m.lex(l.slice(a, n)) as u64 };
    let lns = if b == n { lw } else { m.lex(l.slice(0, b)) as u64 };
    let slen = (b - a).min(8) as u64;
    let first = l.at(a) as u64;
    let last = l.at(b - 1) as u64;
    let first2 = if b - a >= 2 { (first << 16) | l.at(a + 1) as u64 } else { first };
    let last2 = if b - a >= 2 { ((l.at(b - 2) as u64) << 16) | last } else { last };
    let has = ((a > 0) as u64) << 1 | (b < n) as u64;
    out.push(feat(1, p, 0, 0));
    out.push(feat(2, s, 0, 0));
    out.push(feat(3, p, s, 0));
    out.push(feat(4, p, ls, 0));
    out.push(feat(5, s, ls, 0));
    out.push(feat(6, p, s, ls));
    out.push(feat(7, p, lw, 0));
    out.push(feat(8, s, lw, 0));
    out.push(feat(9, p, (16 + ls).saturating_sub(lw), 0));
    out.push(feat(10, s, (16 + ls).saturating_sub(lw), 0));
    out.push(feat(11, p, lnp, 0));
    out.push(feat(12, s, lns, 0));
    out.push(feat(13, has, ls, lw));
    out.push(feat(14, slen, p, 0));
    out.push(feat(15, slen, s, 0));
    out.push(feat(16, p, first, 0));
    out.push(feat(17, s, last, 0));
    out.push(feat(18, p, first2, 0));
    out.push(feat(19, s, last2, 0));
    out.push(feat(20, p, last, 0));
    out.push(feat(21, s, first, 0));
    out.push(feat(22, (n.min(12)) as u64, has, 0));
    out.push(feat(23, has, lnp, lns));
    out.push(feat(24, c.fused_al as u64, ls, 0));
    if ctx.name || m.names.contains(stem) {
        out.push(feat(25, ctx.name as u64, has, m.names.contains(stem) as u64));
    }
    // «كتابه» (his book) or «كتابة» (writing) spelled with ه: how frequent is the word with ة there?
    let h_at = if b < n && l.at(b) == 'ه' { Some(b) } else if l.at(n - 1) == 'ه' { Some(n - 1) } else { None };
    if let Some(e) = h_at {
        buf.clear();
        buf.push_str(l.slice(0, e));
        buf.push('ة');
        out.push(feat(26, s, m.lex(buf) as u64, (b == n) as u64));
    }
    // The stem with its nominal suffix (Farasa «حكوم+ة»): the word minus outer clitics.
    let mut core_end = b;
    for (len, _, role) in &sm.suffixes[c.s as usize].segs {
        if *role == crate::document::SegmentRole::Enclitic {
            break;
        }
        core_end += len;
    }
    let mut core_start = a;
    let mut art = false;
    {
        let mut i = 0;
        for (len, form, _) in &sm.prefixes[c.p as usize].segs {
            if form == "ال" {
                core_start = i;
                art = true;
                break;
            }
            i += len;
        }
    }
    if core_end != b || art {
        buf.clear();
        if art && l.slice(core_start, core_start + 1) == "ل" {
            buf.push('ا');
        }
        buf.push_str(l.slice(core_start, core_end));
        if core_end < n && buf.ends_with('ت') {
            buf.pop();
            buf.push('ة');
        }
        let lc = m.lex(buf) as u64;
        out.push(feat(27, p, s, lc));
        out.push(feat(28, s, lc, ls));
        out.push(feat(41, lc, ls, 0));
        out.push(feat(42, lc, has, (core_end - b) as u64));
    } else {
        out.push(feat(41, 99, ls, 0));
    }
    // A stem ending in ت before an enclitic is often a ة word («حياتي» → «حياة»).
    if b < n && b - a >= 2 && l.at(b - 1) == 'ت' {
        buf.clear();
        buf.push_str(l.slice(a, b - 1));
        buf.push('ة');
        out.push(feat(45, s, m.lex(buf) as u64, ls));
    }
    out.push(feat(43, ls, c.pl as u64, c.sl as u64));
    out.push(feat(44, lw, ls, lnp));
    let mask = c.mask(sm, n);
    memory_feats(ctx, mask, out);
}

fn memory_feats(ctx: &WordCtx, mask: u64, out: &mut Vec<u32>) {
    if ctx.mem_total == 0 {
        return;
    }
    let this = ctx.mem.iter().find(|x| x.0 == mask).map(|x| x.1).unwrap_or(0);
    let best = ctx.mem.iter().map(|x| x.1).max().unwrap_or(0);
    out.push(feat(30, bucket(this), bucket(ctx.mem_total), 0));
    out.push(feat(31, (this == best && this > 0) as u64, bucket(ctx.mem_total), 0));
    out.push(feat(32, (this * 4 / ctx.mem_total.max(1)) as u64, 0, 0));
}

/// The score of a feature vector.
#[inline]
pub fn score(w: &[f32], f: &[u32]) -> f32 {
    f.iter().map(|&i| w.get(i as usize).copied().unwrap_or(0.0)).sum()
}
