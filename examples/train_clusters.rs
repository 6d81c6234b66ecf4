//! Induce word classes from unlabelled text for the entity tagger (`src/entities/clusters.bin`).
//!
//! ```text
//! cargo run --release --example train_clusters -- --out src/entities/clusters.bin \
//!     /work/shared/data/news/saudinewsnet_sample.jsonl /work/shared/data/news/spa_newswire.txt \
//!     /work/shared/data/anercorp/ANERCorp_CamelLab_train.txt
//! ```
//!
//! Method: the two-sided predictive exchange algorithm (Uszkoreit & Brants 2008, after Kneser & Ney 1993).
//! Every word seen at least `--min-count` times (default 3) gets one of `--classes` classes (default 256) so
//! that the likelihood of a class given its left neighbour word plus that given its right neighbour word is
//! as high as possible; words are moved one at a time, most frequent first, to the class that raises it most,
//! for `--iters` passes (default 12). Words that share a class occur in similar contexts (given names,
//! cities, organization heads, nationality adjectives...), which lets the tagger generalize to names it never
//! saw labelled. Input: `.jsonl` (the `title` and `content` fields), CoNLL files (first column, blank line
//! between sentences; detected by a `.txt` whose lines have two columns) and plain text (one paragraph a
//! line). Deterministic: the same inputs give the same bytes.

use std::collections::HashMap;

use khabar::entities::clusters::{Clusters, MAX_LEVELS};
use khabar::{Normalizer, TokenKind};


/// The paragraphs (as normalized word sequences) of one input file.
fn read(path: &str, norm: &Normalizer, out: &mut Vec<Vec<String>>) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {path}: {e}"));
    let mut push = |para: &str| {
        let words: Vec<String> = khabar::tokens(para)
            .map(|r| match r.kind {
                TokenKind::Number => "<num>".to_string(),
                TokenKind::Url | TokenKind::Email | TokenKind::Emoji => "<sym>".to_string(),
                _ => norm.normalize_str(&para[r.start..r.end]).to_lowercase(),
            })
            .collect();
        if !words.is_empty() {
            out.push(words);
        }
    };
    if path.ends_with(".jsonl") {
        for line in text.lines() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else { continue };
            for field in ["title", "content"] {
                for para in v[field].as_str().unwrap_or("").lines() {
                    push(para);
                }
            }
        }
        return;
    }
    let conll = text.lines().take(50).filter(|l| !l.trim().is_empty()).all(|l| l.split_whitespace().count() == 2);
    if conll {
        let mut sent = String::new();
        for line in text.lines() {
            match line.split_whitespace().next() {
                Some(w) => {
                    sent.push_str(w);
                    sent.push(' ');
                }
                None => {
                    push(&sent);
                    sent.clear();
                }
            }
        }
        push(&sent);
    } else {
        for para in text.lines() {
            push(para);
        }
    }
}

/// x·ln x, tabulated for small x.
struct XLogX(Vec<f64>);

impl XLogX {
    fn new(n: usize) -> Self {
        XLogX((0..n).map(|x| if x == 0 { 0.0 } else { x as f64 * (x as f64).ln() }).collect())
    }
    #[inline]
    fn f(&self, x: u32) -> f64 {
        match self.0.get(x as usize) {
            Some(&v) => v,
            None => x as f64 * (x as f64).ln(),
        }
    }
}

/// The clustered words' neighbour counts.
struct Graph {
    /// left neighbours (context id, count) of every clustered word, sorted
    preds: Vec<Vec<(u32, u32)>>,
    /// right neighbours
    succs: Vec<Vec<(u32, u32)>>,
    count: Vec<u32>,
    nctx: usize,
}

impl Graph {
    /// `c` classes by the exchange algorithm, `iters` passes at most.
    fn exchange(&self, c: usize, iters: usize) -> Vec<usize> {
        let (nc, nctx) = (self.count.len(), self.nctx);
        // initial classes: round robin by frequency
        let mut cls: Vec<usize> = (0..nc).map(|w| w % c).collect();
        let mut nl = vec![0u32; nctx * c];
        let mut nr = vec![0u32; nctx * c];
        let mut tot = vec![0u32; c];
        let add = |w: usize, k: usize, sign: i64, nl: &mut [u32], nr: &mut [u32], tot: &mut [u32]| {
            let upd = |x: &mut u32, n: u32| *x = (*x as i64 + sign * n as i64) as u32;
            for &(v, n) in &self.preds[w] {
                upd(&mut nl[v as usize * c + k], n);
            }
            for &(v, n) in &self.succs[w] {
                upd(&mut nr[v as usize * c + k], n);
            }
            upd(&mut tot[k], self.count[w]);
        };
        for w in 0..nc {
            add(w, cls[w], 1, &mut nl, &mut nr, &mut tot);
        }
        let f = XLogX::new(1 << 16);
        let mut delta = vec![0f64; c];
        for iter in 0..iters {
            let mut moved = 0;
            for w in 0..nc {
                let a = cls[w];
                add(w, a, -1, &mut nl, &mut nr, &mut tot);
                delta.iter_mut().for_each(|d| *d = 0.0);
                for (rows, side) in [(&nl, &self.preds[w]), (&nr, &self.succs[w])] {
                    for &(v, n) in side.iter() {
                        let row = &rows[v as usize * c..(v as usize + 1) * c];
                        for (d, &x) in delta.iter_mut().zip(row) {
                            *d += f.f(x + n) - f.f(x);
                        }
                    }
                }
                let mut best = a;
                let score = |k: usize| delta[k] - 2.0 * (f.f(tot[k] + self.count[w]) - f.f(tot[k]));
                let mut best_score = score(a);
                for k in 0..c {
                    let s = score(k);
                    if s > best_score + 1e-9 {
                        best = k;
                        best_score = s;
                    }
                }
                if best != a {
                    moved += 1;
                }
                cls[w] = best;
                add(w, best, 1, &mut nl, &mut nr, &mut tot);
            }
            eprintln!("pass {}: {moved} words moved", iter + 1);
            if moved == 0 {
                break;
            }
        }
        cls
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mut out, mut classes, mut min_count, mut iters) = (None, vec![256usize, 64], 3u32, 12usize);
    let mut inputs = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut val = || it.next().expect("option value").clone();
        match a.as_str() {
            "--out" => out = Some(val()),
            "--classes" => classes = val().split(',').map(|c| c.parse().expect("--classes N,M")).collect(),
            "--min-count" => min_count = val().parse().expect("--min-count N"),
            "--iters" => iters = val().parse().expect("--iters N"),
            _ => inputs.push(a.clone()),
        }
    }
    assert!(
        (1..=MAX_LEVELS).contains(&classes.len()) && classes.iter().all(|c| (2..=256).contains(c)),
        "--classes: 1 to {MAX_LEVELS} sizes, each 2..=256"
    );
    let norm = Normalizer::default();
    let mut paras = Vec::new();
    for p in &inputs {
        read(p, &norm, &mut paras);
    }
    // vocabulary, most frequent first (ties by text): ids below `nc` are clustered, the rest are context only
    let mut freq: HashMap<&str, u32> = HashMap::new();
    for w in paras.iter().flatten() {
        *freq.entry(w.as_str()).or_default() += 1;
    }
    let mut vocab: Vec<(&str, u32)> = freq.iter().map(|(&w, &c)| (w, c)).filter(|&(_, c)| c >= 2).collect();
    vocab.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let nc = vocab.iter().take_while(|&&(_, c)| c >= min_count).count();
    let id: HashMap<&str, u32> = vocab.iter().enumerate().map(|(i, &(w, _))| (w, i as u32)).collect();
    let (unk, bos, eos) = (vocab.len() as u32, vocab.len() as u32 + 1, vocab.len() as u32 + 2);
    let nctx = vocab.len() + 3;
    let words: usize = paras.iter().map(Vec::len).sum();
    eprintln!("{} paragraphs, {words} words, {} types ≥ 2, {nc} clustered into {classes:?} classes", paras.len(), vocab.len());
    // neighbour counts of every clustered word: left (preds) and right (succs) context ids
    let mut preds: Vec<HashMap<u32, u32>> = vec![HashMap::new(); nc];
    let mut succs: Vec<HashMap<u32, u32>> = vec![HashMap::new(); nc];
    for p in &paras {
        let ids: Vec<u32> = std::iter::once(bos)
            .chain(p.iter().map(|w| id.get(w.as_str()).copied().unwrap_or(unk)))
            .chain(std::iter::once(eos))
            .collect();
        for k in 1..ids.len() {
            let (a, b) = (ids[k - 1], ids[k]);
            if (b as usize) < nc {
                *preds[b as usize].entry(a).or_default() += 1;
            }
            if (a as usize) < nc {
                *succs[a as usize].entry(b).or_default() += 1;
            }
        }
    }
    let sorted = |m: HashMap<u32, u32>| {
        let mut v: Vec<(u32, u32)> = m.into_iter().collect();
        v.sort_unstable();
        v
    };
    let preds: Vec<Vec<(u32, u32)>> = preds.into_iter().map(sorted).collect();
    let succs: Vec<Vec<(u32, u32)>> = succs.into_iter().map(sorted).collect();
    let count: Vec<u32> = (0..nc).map(|w| vocab[w].1).collect();
    let graph = Graph { preds, succs, count, nctx };
    let levels: Vec<Vec<usize>> = classes.iter().map(|&c| graph.exchange(c, iters)).collect();
    // keep the words with an Arabic letter (what the tagger looks up)
    let arabic = |w: &str| w.chars().any(|ch| ('\u{0621}'..='\u{064A}').contains(&ch));
    let entries = (0..nc).filter(|&w| arabic(vocab[w].0)).map(|w| {
        let mut cs = [0u8; MAX_LEVELS];
        for (c, level) in cs.iter_mut().zip(&levels) {
            *c = level[w] as u8;
        }
        (vocab[w].0, cs)
    });
    let clusters = Clusters::from_words(levels.len(), entries);
    let bytes = clusters.to_bytes();
    eprintln!("{} words kept, {} bytes", clusters.len(), bytes.len());
    for k in 0..8 {
        let members: Vec<&str> = (0..nc).filter(|&w| levels[0][w] == k).take(12).map(|w| vocab[w].0).collect();
        eprintln!("class {k}: {}", members.join(" "));
    }
    if let Some(p) = out {
        std::fs::write(&p, &bytes).expect("write the clusters");
        eprintln!("written to {p}");
    }
}
