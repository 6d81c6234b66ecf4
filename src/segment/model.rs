//! The embedded model: the affix inventories and feature weights of each scheme, a word memory from the
//! training data, a word-frequency lexicon and a list of proper names. Stored as plain text (see
//! `examples/train_segmenter.rs` for how it is made) and parsed once, on first use.


use crate::document::SegmentRole;

/// log2 of the size of each scheme's hashed weight table.
pub const BITS: u32 = 20;

pub use crate::hash::{FxMap, FxSet};

/// One affix chain (a run of proclitics, or of suffixes and enclitics): its normalized surface letters and its
/// segments as (surface letters, written form, role).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Affix {
    pub surface: String,
    pub segs: Vec<(usize, String, SegmentRole)>,
}

impl Affix {
    pub fn empty() -> Affix {
        Affix { surface: String::new(), segs: Vec::new() }
    }
    /// Letters of the chain.
    pub fn len(&self) -> usize {
        self.surface.chars().count()
    }
    pub fn is_empty(&self) -> bool {
        self.surface.is_empty()
    }
    fn encode(&self) -> String {
        let parts: Vec<String> = self
            .segs
            .iter()
            .map(|(n, f, r)| format!("{n}:{f}:{}", role_code(*r)))
            .collect();
        format!("{}\t{}", self.surface, parts.join("|"))
    }
    fn decode(surface: &str, segs: &str) -> Option<Affix> {
        let mut out = Vec::new();
        for p in segs.split('|') {
            let mut it = p.split(':');
            let n: usize = it.next()?.parse().ok()?;
            let f = it.next()?.to_string();
            let r = role_from(it.next()?)?;
            out.push((n, f, r));
        }
        Some(Affix { surface: surface.to_string(), segs: out })
    }
}

fn role_code(r: SegmentRole) -> &'static str {
    match r {
        SegmentRole::Proclitic => "p",
        SegmentRole::Article => "a",
        SegmentRole::Stem => "t",
        SegmentRole::Suffix => "s",
        SegmentRole::Enclitic => "e",
    }
}

fn role_from(s: &str) -> Option<SegmentRole> {
    Some(match s {
        "p" => SegmentRole::Proclitic,
        "a" => SegmentRole::Article,
        "t" => SegmentRole::Stem,
        "s" => SegmentRole::Suffix,
        "e" => SegmentRole::Enclitic,
        _ => return None,
    })
}

/// The model of one scheme.
#[derive(Debug, Clone, Default)]
pub struct SchemeModel {
    /// Proclitic chains; index 0 is the empty chain.
    pub prefixes: Vec<Affix>,
    /// Suffix chains; index 0 is the empty chain.
    pub suffixes: Vec<Affix>,
    /// Hashed feature weights (`1 << BITS` entries).
    pub weights: Vec<f32>,
    /// Training words (normalized) → the segmentations seen (letter-boundary masks) and their counts.
    pub memory: FxMap<String, Vec<(u64, u32)>>,
}

/// The whole model.
#[derive(Debug, Clone, Default)]
pub struct Model {
    pub atb: SchemeModel,
    pub farasa: SchemeModel,
    /// Normalized word → frequency bucket (1..=15, higher is more frequent).
    pub lex: FxMap<String, u8>,
    /// Single-word proper names (normalized) that are never cut.
    pub names: FxSet<String>,
}

impl Model {
    #[inline]
    pub fn lex(&self, w: &str) -> u32 {
        self.lex.get(w).copied().unwrap_or(0) as u32
    }

    /// Parse the text form.
    pub fn parse(text: &str) -> Model {
        let mut m = Model::default();
        let mut cur: Option<bool> = None; // Some(true) = atb
        for line in text.lines() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            match f[0] {
                "S" if f.len() >= 2 => {
                    cur = Some(f[1] == "atb");
                    let sm = if f[1] == "atb" { &mut m.atb } else { &mut m.farasa };
                    sm.weights = vec![0.0; 1 << BITS];
                    sm.prefixes = vec![Affix::empty()];
                    sm.suffixes = vec![Affix::empty()];
                }
                "L" if f.len() >= 3 => {
                    if let Ok(b) = f[2].parse::<u8>() {
                        m.lex.insert(f[1].to_string(), b);
                    }
                }
                "N" if f.len() >= 2 => {
                    m.names.insert(f[1].to_string());
                }
                k @ ("P" | "X" | "M" | "W") => {
                    let Some(atb) = cur else { continue };
                    let sm = if atb { &mut m.atb } else { &mut m.farasa };
                    match k {
                        "P" | "X" if f.len() >= 3 => {
                            if let Some(a) = Affix::decode(f[1], f[2]) {
                                if k == "P" { sm.prefixes.push(a) } else { sm.suffixes.push(a) }
                            }
                        }
                        "M" if f.len() >= 3 => {
                            let v: Vec<(u64, u32)> = f[2]
                                .split(',')
                                .filter_map(|p| {
                                    let (a, b) = p.split_once(':')?;
                                    Some((a.parse().ok()?, b.parse().ok()?))
                                })
                                .collect();
                            sm.memory.insert(f[1].to_string(), v);
                        }
                        "W" if f.len() >= 3 => {
                            if let (Ok(i), Ok(w)) = (f[1].parse::<usize>(), f[2].parse::<i32>())
                                && let Some(x) = sm.weights.get_mut(i)
                            {
                                *x = w as f32 / 1000.0;
                            }
                        }
                        _ => {}
                    }
                }
                _ => {}
            }
        }
        m
    }

    /// The text form (deterministic: everything sorted).
    pub fn to_text(&self, header: &str) -> String {
        let mut out = String::new();
        for l in header.lines() {
            out.push_str("# ");
            out.push_str(l);
            out.push('\n');
        }
        for (name, sm) in [("atb", &self.atb), ("farasa", &self.farasa)] {
            out.push_str(&format!("S\t{name}\n"));
            for a in sm.prefixes.iter().skip(1) {
                out.push_str(&format!("P\t{}\n", a.encode()));
            }
            for a in sm.suffixes.iter().skip(1) {
                out.push_str(&format!("X\t{}\n", a.encode()));
            }
            let mut mem: Vec<_> = sm.memory.iter().collect();
            mem.sort();
            for (w, v) in mem {
                let mut v = v.clone();
                v.sort();
                let s: Vec<String> = v.iter().map(|(a, b)| format!("{a}:{b}")).collect();
                out.push_str(&format!("M\t{w}\t{}\n", s.join(",")));
            }
            for (i, w) in sm.weights.iter().enumerate() {
                let q = (w * 1000.0).round() as i32;
                if q != 0 {
                    out.push_str(&format!("W\t{i}\t{q}\n"));
                }
            }
        }
        let mut names: Vec<_> = self.names.iter().collect();
        names.sort();
        for n in names {
            out.push_str(&format!("N\t{n}\n"));
        }
        let mut lex: Vec<_> = self.lex.iter().collect();
        lex.sort();
        for (w, b) in lex {
            out.push_str(&format!("L\t{w}\t{b}\n"));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roundtrip() {
        let mut m = Model::default();
        m.atb.weights = vec![0.0; 1 << BITS];
        m.atb.weights[5] = 1.25;
        m.atb.prefixes = vec![Affix::empty(), Affix { surface: "لل".into(), segs: vec![(1, "ل".into(), SegmentRole::Proclitic), (1, "ال".into(), SegmentRole::Article)] }];
        m.atb.suffixes = vec![Affix::empty()];
        m.farasa = m.atb.clone();
        m.atb.memory.insert("لها".into(), vec![(2, 3)]);
        m.lex.insert("كتاب".into(), 9);
        m.names.insert("واشنطن".into());
        let t = m.to_text("test");
        let m2 = Model::parse(&t);
        assert_eq!(m2.to_text("test"), t);
        assert_eq!(m2.atb.weights[5], 1.25);
        assert_eq!(m2.lex("كتاب"), 9);
    }
}
