//! Steps 5 and 6 of keyphrase extraction: the greedy choice of the top k without redundancy, and the surface form
//! each chosen phrase is reported by.

use crate::hash::{FxMap, FxSet};

use super::candidates::{count_alone, pslice, Cand, Occ};
use super::params::Params;
use super::words::clean_start;
use super::{Keyphrase, Occurrence};
use crate::document::Document;

/// A candidate waiting in the selection queue: highest score first, then its original rank.
struct Pending {
    score: f64,
    rank: usize,
    ci: usize,
    /// How many of its words were covered when `score` was computed.
    seen: usize,
}

impl PartialEq for Pending {
    fn eq(&self, o: &Self) -> bool {
        self.cmp(o) == std::cmp::Ordering::Equal
    }
}

impl Eq for Pending {}

impl PartialOrd for Pending {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}

impl Ord for Pending {
    fn cmp(&self, o: &Self) -> std::cmp::Ordering {
        self.score.total_cmp(&o.score).then_with(|| o.rank.cmp(&self.rank))
    }
}

/// The top `k` of the scored candidates (`scored`: (score, candidate index), best first), each by its most common
/// surface form.
pub(super) fn select(doc: &Document, cands: &[Cand], scored: &[(f64, usize)], k: usize, p: &Params) -> Vec<Keyphrase> {
    let tokens = &doc.tokens;
    let text = doc.text.as_str();
    // 5. greedy selection without redundancy: a phrase whose words are all covered by chosen phrases is skipped,
    // one that repeats some of them is discounted (and re-queued with its discounted score)
    let contains = |long: &[u32], short: &[u32]| -> bool { short.len() < long.len() && long.windows(short.len()).any(|w| w == short) };
    let mut chosen: Vec<(f64, usize, usize)> = Vec::new();
    let mut covered: FxSet<u32> = FxSet::default();
    let mut queue: std::collections::BinaryHeap<Pending> =
        scored.iter().enumerate().map(|(rank, &(s, ci))| Pending { score: s, rank, ci, seen: 0 }).collect();
    while let Some(Pending { score: s, rank, ci, seen }) = queue.pop() {
        let c = &cands[ci];
        let ck = pslice(&c.key);
        let absorbable = |q: &Cand| contains(ck, pslice(&q.key)) && c.occ.len() as f64 >= p.absorb * q.occ.len() as f64;
        // once k are chosen, only a longer phrase that replaces chosen ones still gets in (so that the top k do not
        // keep «الامم» where a longer list would hold «الامم المتحدة»)
        if chosen.len() >= k && (p.fill_absorb == 0.0 || !chosen.iter().any(|&(_, qi, _)| absorbable(&cands[qi]))) {
            if p.fill_absorb == 0.0 {
                break;
            }
            continue;
        }
        // discount for words already covered (content words only), lazily re-queued
        covered.clear();
        for &(_, qi, _) in &chosen {
            if !absorbable(&cands[qi]) {
                covered.extend(pslice(&cands[qi].key).iter().copied());
            }
        }
        // nested in a chosen phrase: keep only if it stands alone often enough (and then undiscounted)
        let mut nested = false;
        let mut alone_ok = false;
        for &(_, qi, _) in &chosen {
            let q = &cands[qi];
            if contains(pslice(&q.key), ck) {
                let alone = count_alone(&c.occ, &q.occ);
                if (alone as f64) < p.nested_keep * c.occ.len() as f64 || alone < 2 {
                    nested = true;
                    break;
                }
                alone_ok = true;
            }
        }
        if nested {
            continue;
        }
        let fresh = ck.iter().filter(|id| !covered.contains(id)).count();
        let old = ck.len() - fresh;
        if old != seen {
            if fresh == 0 && !alone_ok {
                continue;
            }
            let full = scored[rank].0;
            let f = (fresh as f64 / ck.len() as f64).max(if alone_ok { p.nested_factor } else { 0.0 });
            queue.push(Pending { score: full * f.powf(p.diversity), rank, ci, seen: old });
            continue;
        }
        // contains chosen phrases: replace those it accounts for (enough of their occurrences); the others stay
        let inner: Vec<usize> = chosen
            .iter()
            .enumerate()
            .filter(|(_, (_, qi, _))| absorbable(&cands[*qi]))
            .map(|(i, _)| i)
            .collect();
        // the replaced phrases go back to the queue: one that also stands alone often enough returns (discounted)
        if let Some(&slot) = inner.first() {
            let score = chosen[slot].0.max(s);
            for &i in inner.iter().rev() {
                let (_, qi, qrank) = chosen.remove(i);
                queue.push(Pending { score: scored[qrank].0, rank: qrank, ci: qi, seen: usize::MAX });
            }
            chosen.insert(slot, (score, ci, rank));
            continue;
        }
        chosen.push((s, ci, rank));
    }
    chosen.sort_by(|a, b| b.0.total_cmp(&a.0));

    // 6. output: most common surface form of each phrase
    chosen
        .iter()
        .map(|&(score, ci, _)| {
            let c = &cands[ci];
            let mut occ: Vec<Occ> = c.occ.clone();
            occ.sort_by_key(|o| o.span.byte_start);
            // (clean, count, first index) per surface form: a form that starts on the word itself wins over more
            // frequent ones with a proclitic attached («الخطوط الجوية» over «للخطوط الجوية»)
            let mut counts: FxMap<&str, (bool, usize, usize)> = FxMap::default();
            for (n, o) in occ.iter().enumerate() {
                let clean = p.boundaries == 0.0 || tokens.get(o.t0 as usize).is_none_or(|t| clean_start(t, o.span.byte_start));
                let e = counts.entry(o.span.slice(text)).or_insert((clean, 0, n));
                e.1 += 1;
            }
            let best = counts
                .iter()
                .max_by(|a, b| a.1.0.cmp(&b.1.0).then(a.1.1.cmp(&b.1.1)).then(b.1.2.cmp(&a.1.2)))
                .map(|(_, v)| v.2)
                .unwrap_or(0);
            let rep = occ[best].span;
            Keyphrase {
                text: rep.slice(text).to_string(),
                span: rep,
                score: (score * 1000.0).round() / 1000.0,
                entity: c.entity,
                occurrences: occ.iter().map(|o| Occurrence { text: o.span.slice(text).to_string(), span: o.span }).collect(),
            }
        })
        .collect()
}
