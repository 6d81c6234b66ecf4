//! Training the segmentation model (used by `examples/train_segmenter.rs`; not part of the stable API).
//!
//! Data: a UD CoNLL-U file whose clitics are separate tokens joined with `SpaceAfter=No` (the ATB scheme), a
//! Farasa `word<TAB>POS` gold file (the Farasa scheme), a word-frequency list (`word<TAB>frequency`) and
//! gazetteer JSON files. Everything is deterministic: same inputs, same model text, byte for byte.

use std::collections::BTreeMap;

use super::letters::{Letters, lex_key};
use super::model::{Affix, BITS, FxMap, Model, SchemeModel};
use super::ranker::{Cand, WordCtx, candidates, features, score};
use crate::document::SegmentRole;
use crate::pipeline::Segmentation;

const PROCLITICS: [&str; 6] = ["و", "ف", "ب", "ل", "ك", "س"];
/// Pronoun enclitics.
pub const ENCLITICS: [&str; 13] = ["ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "ي", "ني", "نا", "هنّ"];

/// One training word.
#[derive(Debug, Clone)]
pub struct Example {
    pub doc: u32,
    /// The surface word.
    pub word: String,
    /// Gold letter boundaries.
    pub mask: u64,
    /// Gold forms joined by "+" (Farasa data).
    pub forms: Option<String>,
    /// The gold prefix and suffix chains, when the gold has one stem.
    pub chains: Option<(Affix, Affix)>,
}

fn letters_in(s: &str) -> usize {
    s.chars().filter(|&c| super::letters::is_basic_letter(c)).count()
}

fn mask_of(seg_letters: &[usize]) -> u64 {
    let n: usize = seg_letters.iter().sum();
    let mut m = 0u64;
    let mut i = 0;
    for l in &seg_letters[..seg_letters.len().saturating_sub(1)] {
        i += l;
        if i > 0 && i < n && i < 64 {
            m |= 1 << i;
        }
    }
    m
}

fn chain(segs: &[(String, String, SegmentRole)]) -> Affix {
    Affix {
        surface: segs.iter().map(|s| s.0.as_str()).collect(),
        segs: segs.iter().map(|(s, f, r)| (s.chars().count(), f.clone(), *r)).collect(),
    }
}

/// The start state of the training shuffles for seed number `seed` (shared by every trainer of the crate, so
/// that models stay reproducible byte for byte).
pub fn shuffle_seed(seed: u64) -> u64 {
    0x2545_f491_4f6c_dd1du64 ^ seed.wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// Shuffle `order` in place (Fisher–Yates driven by xorshift64 on `rng`): deterministic on every platform.
pub fn shuffle(order: &mut [usize], rng: &mut u64) {
    for i in (1..order.len()).rev() {
        *rng ^= *rng << 13;
        *rng ^= *rng >> 7;
        *rng ^= *rng << 17;
        order.swap(i, (*rng % (i as u64 + 1)) as usize);
    }
}

/// Read a UD CoNLL-U file (ATB scheme): words are tokens glued by `SpaceAfter=No` between Arabic letters.
pub fn read_conllu(text: &str) -> Vec<Example> {
    let mut out = Vec::new();
    let mut doc = 0u32;
    let mut doc_id = String::new();
    let mut cur: Vec<String> = Vec::new();
    let mut glue = false;
    let flush = |cur: &mut Vec<String>, doc: u32, out: &mut Vec<Example>| {
        if cur.is_empty() {
            return;
        }
        let mut segs = std::mem::take(cur);
        // A tatweel glued before or after the word is a segment of its own at run time.
        while segs.len() > 1 && segs[0].chars().all(|c| c == '\u{0640}') {
            segs.remove(0);
        }
        while segs.len() > 1 && segs.last().is_some_and(|s| s.chars().all(|c| c == '\u{0640}')) {
            segs.pop();
        }
        let word: String = segs.concat();
        let Some(l) = Letters::new(&word) else { return };
        let seg_letters: Vec<usize> = segs.iter().map(|s| letters_in(s)).collect();
        if seg_letters.iter().sum::<usize>() != l.n {
            return;
        }
        let mask = mask_of(&seg_letters);
        let norm: Vec<String> = segs.iter().map(|s| lex_key(s)).collect();
        let (mut a, mut b) = (0, norm.len());
        while b - a > 1 && ENCLITICS.contains(&norm[b - 1].as_str()) {
            b -= 1;
        }
        while b - a > 1 && PROCLITICS.contains(&norm[a].as_str()) {
            a += 1;
        }
        let chains = (b - a == 1).then(|| {
            let p: Vec<_> = norm[..a].iter().map(|s| (s.clone(), s.clone(), SegmentRole::Proclitic)).collect();
            let s: Vec<_> = norm[b..].iter().map(|s| (s.clone(), s.clone(), SegmentRole::Enclitic)).collect();
            (chain(&p), chain(&s))
        });
        out.push(Example { doc, word, mask, forms: None, chains });
    };
    for line in text.lines() {
        if let Some(id) = line.strip_prefix("# newdoc id") {
            let id = id.trim_start_matches([' ', '=']).trim().to_string();
            if id != doc_id {
                flush(&mut cur, doc, &mut out);
                doc += 1;
                doc_id = id;
            }
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        if line.trim().is_empty() {
            flush(&mut cur, doc, &mut out);
            glue = false;
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 10 || cols[0].contains('-') || cols[0].contains('.') {
            continue;
        }
        let form = cols[1];
        let joins = glue
            && cur.last().and_then(|p| p.chars().last()).is_some_and(crate::tokenizer::is_arabic_letter)
            && form.chars().next().is_some_and(crate::tokenizer::is_arabic_letter);
        if !joins {
            flush(&mut cur, doc, &mut out);
        }
        cur.push(form.to_string());
        glue = cols[9].contains("SpaceAfter=No");
    }
    flush(&mut cur, doc, &mut out);
    out
}

/// The surface pieces of Farasa gold segments («ل+ال» is written «لل», «من+ما» «مما»).
pub fn farasa_surface(forms: &[&str]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < forms.len() {
        let s = forms[i];
        if i + 1 < forms.len() {
            let t = forms[i + 1];
            if s == "ل" && t == "ال" {
                out.push(("ل".to_string(), "ل".to_string()));
                out.push(("ل".to_string(), "ال".to_string()));
                i += 2;
                continue;
            }
            let fused = match (s, t) {
                ("من", "ما") | ("من", "من") => Some("م"),
                ("عن", "ما") | ("عن", "من") => Some("ع"),
                _ => None,
            };
            if let Some(f) = fused {
                out.push((f.to_string(), s.to_string()));
                out.push((t.to_string(), t.to_string()));
                i += 2;
                continue;
            }
        }
        out.push((s.to_string(), s.to_string()));
        i += 1;
    }
    out
}

/// Read a Farasa gold file (`segments<TAB>tags`); `#` lines start a new document. With `atb`, the gold is
/// projected to the ATB scheme (only outer proclitics and pronoun enclitics split).
pub fn read_farasa(text: &str, atb: bool) -> Vec<Example> {
    let mut out = Vec::new();
    let mut doc = 0u32;
    let mut words = 0usize;
    for line in text.lines().skip(1) {
        let line = line.trim_end_matches('\r');
        let Some((w, t)) = line.split_once('\t') else { continue };
        if w == "#" {
            doc += 1;
            continue;
        }
        // Long sections are cut into chunks of 300 words (cross-validation folds go by document).
        words += 1;
        if words.is_multiple_of(300) {
            doc += 1;
        }
        let forms: Vec<&str> = w.split('+').collect();
        let tags: Vec<&str> = t.split('+').collect();
        if forms.len() != tags.len() || forms.iter().any(|f| f.is_empty()) {
            continue;
        }
        let pieces = farasa_surface(&forms);
        let word: String = pieces.iter().map(|p| p.0.as_str()).collect();
        let Some(l) = Letters::new(&word) else { continue };
        if pieces.iter().map(|p| letters_in(&p.0)).sum::<usize>() != l.n {
            continue;
        }
        let fused = pieces.len() == forms.len() && pieces.len() == 2 && pieces[0].0 != pieces[0].1;
        let norm: Vec<String> = forms.iter().map(|s| lex_key(s)).collect();
        let (mut a, mut b) = (0, forms.len());
        if atb {
            while b - a > 1 && tags[b - 1] == "PRON" && ENCLITICS.contains(&norm[b - 1].as_str()) {
                b -= 1;
            }
            while b - a > 1 && matches!(tags[a], "CONJ" | "PREP" | "FUT_PART") && PROCLITICS.contains(&norm[a].as_str()) {
                a += 1;
            }
            // Merge the middle into one stem.
            let mut seg_letters: Vec<usize> = Vec::new();
            for p in &pieces[..a] {
                seg_letters.push(letters_in(&p.0));
            }
            seg_letters.push(pieces[a..b].iter().map(|p| letters_in(&p.0)).sum());
            for p in &pieces[b..] {
                seg_letters.push(letters_in(&p.0));
            }
            let p: Vec<_> = norm[..a].iter().map(|s| (s.clone(), s.clone(), SegmentRole::Proclitic)).collect();
            let s: Vec<_> = norm[b..].iter().map(|s| (s.clone(), s.clone(), SegmentRole::Enclitic)).collect();
            out.push(Example { doc, word, mask: mask_of(&seg_letters), forms: None, chains: Some((chain(&p), chain(&s))) });
            continue;
        }
        let seg_letters: Vec<usize> = pieces.iter().map(|p| letters_in(&p.0)).collect();
        let mask = mask_of(&seg_letters);
        let mut chains = None;
        if !fused {
            while b - a > 1 && matches!(tags[b - 1], "NSUFF" | "CASE" | "PRON") {
                b -= 1;
            }
            while b - a > 1 && matches!(tags[a], "CONJ" | "PREP" | "FUT_PART" | "DET") && (PROCLITICS.contains(&norm[a].as_str()) || norm[a] == "ال") {
                a += 1;
            }
            if b - a == 1 {
                let p: Vec<_> = pieces[..a]
                    .iter()
                    .map(|(s, f)| (lex_key(s), f.clone(), if f == "ال" { SegmentRole::Article } else { SegmentRole::Proclitic }))
                    .collect();
                let mut s: Vec<_> = Vec::new();
                let mut encl = true;
                for k in (b..forms.len()).rev() {
                    encl = encl && tags[k] == "PRON" && ENCLITICS.contains(&norm[k].as_str());
                    s.push((lex_key(&pieces[k].0), pieces[k].1.clone(), if encl { SegmentRole::Enclitic } else { SegmentRole::Suffix }));
                }
                s.reverse();
                chains = Some((chain(&p), chain(&s)));
            }
        }
        out.push(Example { doc, word, mask, forms: Some(forms.join("+")), chains });
    }
    out
}

/// Read a `word<TAB>frequency` list into frequency buckets over normalized keys (zipf ≥ `min_zipf`).
pub fn read_wordfreq(text: &str, min_zipf: f64) -> FxMap<String, u8> {
    let mut sums: BTreeMap<String, f64> = BTreeMap::new();
    for line in text.lines() {
        let Some((w, f)) = line.split_once('\t') else { continue };
        let Ok(f) = f.trim().parse::<f64>() else { continue };
        if Letters::new(w).is_none_or(|l| l.off[l.n] as usize != w.len() || l.n != w.chars().count()) {
            continue;
        }
        *sums.entry(lex_key(w)).or_insert(0.0) += f;
    }
    let mut out = FxMap::default();
    for (w, f) in sums {
        let z = (f * 1e9).log10();
        if z >= min_zipf {
            out.insert(w, (2.0 * z).floor().clamp(1.0, 15.0) as u8);
        }
    }
    out
}

/// Single-word names from the gazetteer JSON files (GeoNames city names, CLDR territory names).
pub fn read_names(geonames: Option<&str>, cldr: Option<&str>) -> Vec<String> {
    let mut out = Vec::new();
    let mut add = |s: &str| {
        let s = s.trim();
        if !s.contains(' ') && Letters::new(s).is_some_and(|l| l.n >= 3) {
            out.push(lex_key(s));
        }
    };
    if let Some(g) = geonames.and_then(|t| serde_json::from_str::<serde_json::Value>(t).ok()) {
        for city in g.as_array().into_iter().flatten() {
            for n in city.get("ar_script_names").and_then(|v| v.as_array()).into_iter().flatten() {
                if let Some(s) = n.as_str() {
                    add(s);
                }
            }
        }
    }
    if let Some(c) = cldr.and_then(|t| serde_json::from_str::<serde_json::Value>(t).ok()) {
        for (_, v) in c.get("territories_ar").and_then(|v| v.as_object()).into_iter().flatten() {
            if let Some(s) = v.as_str() {
                add(s);
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

fn seed_affixes(atb: bool) -> (Vec<Affix>, Vec<Affix>) {
    let mk = |parts: &[&str], role: fn(&str) -> SegmentRole| {
        chain(&parts.iter().map(|s| (s.to_string(), s.to_string(), role(s))).collect::<Vec<_>>())
    };
    let pro = |s: &str| if s == "ال" { SegmentRole::Article } else { SegmentRole::Proclitic };
    let mut pre = Vec::new();
    for c in [&[][..], &["و"], &["ف"]] {
        for p in [&[][..], &["ب"], &["ل"], &["ك"], &["س"]] {
            let v: Vec<&str> = c.iter().chain(p.iter()).copied().collect();
            if !v.is_empty() {
                pre.push(mk(&v, pro));
            }
        }
    }
    let suf = ENCLITICS.iter().take(12).map(|e| mk(&[e], |_| SegmentRole::Enclitic)).collect();
    if !atb {
        for c in [&[][..], &["و"], &["ف"]] {
            for p in [&[][..], &["ب"], &["ك"]] {
                let mut v: Vec<&str> = c.iter().chain(p.iter()).copied().collect();
                v.push("ال");
                pre.push(mk(&v, pro));
            }
            let mut v: Vec<(String, String, SegmentRole)> = c.iter().map(|s| (s.to_string(), s.to_string(), SegmentRole::Proclitic)).collect();
            v.push(("ل".into(), "ل".into(), SegmentRole::Proclitic));
            v.push(("ل".into(), "ال".into(), SegmentRole::Article));
            pre.push(chain(&v));
        }
    }
    (pre, suf)
}

/// Build a scheme's inventories from the training examples (plus a closed seed list).
pub fn inventory(examples: &[Example], atb: bool) -> (Vec<Affix>, Vec<Affix>) {
    let (mut pre, mut suf) = seed_affixes(atb);
    for e in examples {
        if let Some((p, s)) = &e.chains {
            if !p.is_empty() {
                pre.push(p.clone());
            }
            if !s.is_empty() {
                suf.push(s.clone());
            }
        }
    }
    pre.sort();
    pre.dedup();
    suf.sort();
    suf.dedup();
    pre.insert(0, Affix::empty());
    suf.insert(0, Affix::empty());
    (pre, suf)
}

type Memory = FxMap<String, Vec<(u64, u32)>>;

fn add_mem(mem: &mut Memory, key: &str, mask: u64, d: i64) {
    let v = mem.entry(key.to_string()).or_default();
    match v.iter_mut().find(|x| x.0 == mask) {
        Some(x) => x.1 = (x.1 as i64 + d).max(0) as u32,
        None if d > 0 => v.push((mask, d as u32)),
        None => {}
    }
    v.retain(|x| x.1 > 0);
    v.sort();
}

/// The word memory of `examples`.
pub fn memory(examples: &[Example]) -> Memory {
    let mut mem = Memory::default();
    for e in examples {
        if let Some(l) = Letters::new(&e.word) {
            add_mem(&mut mem, &l.norm, e.mask, 1);
        }
    }
    mem.retain(|_, v| !v.is_empty());
    mem
}

fn is_gold(m: &Model, scheme: Segmentation, e: &Example, l: &Letters, c: &Cand) -> bool {
    let sm = if scheme == Segmentation::Atb { &m.atb } else { &m.farasa };
    match &e.forms {
        None => c.mask(sm, l.n) == e.mask,
        Some(g) => {
            let forms: Vec<String> = super::pieces(m, scheme, &e.word, l, c).into_iter().map(|p| p.form.to_string()).collect();
            forms.join("+") == *g
        }
    }
}

struct Inst {
    feats: Vec<Vec<u32>>,
    gold: Vec<bool>,
}

/// Train the weights of `scheme` (whose inventories and memory are already in `m`) on `examples`, with
/// memory features computed leaving each example's own document out.
pub fn train_weights(m: &mut Model, scheme: Segmentation, examples: &[Example], epochs: usize) {
    let atb = scheme == Segmentation::Atb;
    {
        let sm = if atb { &mut m.atb } else { &mut m.farasa };
        sm.weights = vec![0.0; 1 << BITS];
    }
    // Per-document memory to leave out.
    let mut by_doc: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    for (i, e) in examples.iter().enumerate() {
        by_doc.entry(e.doc).or_default().push(i);
    }
    let mut insts: Vec<Inst> = Vec::new();
    let mut buf = String::new();
    let mut cands = Vec::new();
    let mut f = Vec::new();
    for idx in by_doc.values() {
        // Remove this document's words from the memory while its examples are featurized.
        {
            let sm = if atb { &mut m.atb } else { &mut m.farasa };
            for &i in idx {
                if let Some(l) = Letters::new(&examples[i].word) {
                    add_mem(&mut sm.memory, &l.norm, examples[i].mask, -1);
                }
            }
        }
        for &i in idx {
            let e = &examples[i];
            let Some(l) = Letters::new(&e.word) else { continue };
            let sm = if atb { &m.atb } else { &m.farasa };
            candidates(m, sm, atb, &l, &mut buf, &mut cands);
            let ctx = WordCtx::new(m, sm, &l);
            let mut inst = Inst { feats: Vec::new(), gold: Vec::new() };
            for c in &cands {
                features(m, sm, &l, &ctx, c, &mut buf, &mut f);
                inst.feats.push(f.clone());
                inst.gold.push(is_gold(m, scheme, e, &l, c));
            }
            if inst.gold.iter().any(|&g| g) && inst.gold.len() > 1 {
                insts.push(inst);
            }
        }
        let sm = if atb { &mut m.atb } else { &mut m.farasa };
        for &i in idx {
            if let Some(l) = Letters::new(&examples[i].word) {
                add_mem(&mut sm.memory, &l.norm, examples[i].mask, 1);
            }
        }
    }
    let n = 1usize << BITS;
    // Several shuffles (fixed seeds), their averaged weights averaged: less variance than one run.
    let seeds: u64 = std::env::var("KHABAR_SEEDS").ok().and_then(|s| s.parse().ok()).unwrap_or(5);
    let mut total = vec![0f64; n];
    for seed in 0..seeds {
    let mut w = vec![0f32; n];
    let mut u = vec![0f64; n];
    let mut t = 1f64;
    let mut order: Vec<usize> = (0..insts.len()).collect();
    let mut rng = shuffle_seed(seed);
    for _ in 0..epochs {
        shuffle(&mut order, &mut rng);
        for &k in &order {
            let inst = &insts[k];
            let (mut bp, mut bps) = (0usize, f32::NEG_INFINITY);
            let (mut bg, mut bgs) = (usize::MAX, f32::NEG_INFINITY);
            for (j, fv) in inst.feats.iter().enumerate() {
                let s = score(&w, fv);
                if s > bps {
                    bp = j;
                    bps = s;
                }
                if inst.gold[j] && s > bgs {
                    bg = j;
                    bgs = s;
                }
            }
            if !inst.gold[bp] && bg != usize::MAX {
                for &fi in &inst.feats[bg] {
                    w[fi as usize] += 1.0;
                    u[fi as usize] += t;
                }
                for &fi in &inst.feats[bp] {
                    w[fi as usize] -= 1.0;
                    u[fi as usize] -= t;
                }
            }
            t += 1.0;
        }
    }
    for i in 0..n {
        total[i] += w[i] as f64 - u[i] / t;
    }
    }
    let sm = if atb { &mut m.atb } else { &mut m.farasa };
    for i in 0..n {
        let avg = total[i] / seeds as f64;
        sm.weights[i] = ((avg * 1000.0).round() / 1000.0) as f32;
    }
}

/// Set up and train one scheme of `m` on `examples`.
pub fn train_scheme(m: &mut Model, scheme: Segmentation, examples: &[Example], epochs: usize) {
    let atb = scheme == Segmentation::Atb;
    let (pre, suf) = inventory(examples, atb);
    let mem = memory(examples);
    {
        let sm: &mut SchemeModel = if atb { &mut m.atb } else { &mut m.farasa };
        sm.prefixes = pre;
        sm.suffixes = suf;
        sm.memory = mem;
    }
    train_weights(m, scheme, examples, epochs);
}

/// Accuracy of `m` on `examples` (whole-word accuracy of masks, or of forms for Farasa gold), and the errors.
pub fn evaluate(m: &Model, scheme: Segmentation, examples: &[Example], max_errors: usize) -> (usize, usize, Vec<String>) {
    let (mut ok, mut n) = (0, 0);
    let mut errs = Vec::new();
    for e in examples {
        n += 1;
        let pieces = super::segment_with(m, scheme, &e.word);
        let right = match &e.forms {
            Some(g) => pieces.iter().map(|p| p.form.as_str()).collect::<Vec<_>>().join("+") == *g,
            None => {
                let Some(l) = Letters::new(&e.word) else { continue };
                let mut mask = 0u64;
                for p in pieces.iter().skip(1) {
                    let i = l.off[..l.n].iter().position(|&o| o as usize == p.start).unwrap_or(0);
                    mask |= 1 << i;
                }
                mask == e.mask
            }
        };
        if right {
            ok += 1;
        } else if errs.len() < max_errors {
            let got: Vec<&str> = pieces.iter().map(|p| &e.word[p.start..p.end]).collect();
            errs.push(format!("{}\tgold {}\tgot {}", e.word, e.forms.clone().unwrap_or_else(|| show_mask(&e.word, e.mask)), got.join("+")));
        }
    }
    (ok, n, errs)
}

fn show_mask(word: &str, mask: u64) -> String {
    let Some(l) = Letters::new(word) else { return word.to_string() };
    let mut s = String::new();
    for i in 0..l.n {
        if i > 0 && mask & (1 << i) != 0 {
            s.push('+');
        }
        s.push_str(&word[l.off[i] as usize..l.off[i + 1] as usize]);
    }
    s
}
