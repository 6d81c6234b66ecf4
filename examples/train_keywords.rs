//! Fits the keyphrase layer's learned ranker (`src/keywords/ranker.rs`) on news with headlines, in three stages:
//! 1. words: which words of an article are words of its headline (the headline words of
//!    `../shared/eval/score_keywords.py`), from the features the extractor computes for each word plus the word's
//!    headline affinity (how often it is a headline word across the training articles: `headline_affinity.tsv`);
//! 2. phrases: which candidate phrases hold the most headline words, from their words' log-odds of stage 1, the
//!    hand score and the phrase's own counts and placement;
//! 3. the phrase weights again, by coordinate ascent on the headline coverage of the chosen top 10 (after the
//!    selection drops redundant phrases) of every other training article.
//!
//! Stages 1 and 2 are listwise logistic models (a softmax over the article's words or phrases), fitted by Newton's
//! method with a small ridge. Everything is summed in document order: the same data give the same files, byte for
//! byte (a few minutes).
//!
//!   cargo run --release --example train_keywords -- ../shared/data/news/saudinewsnet_sample.jsonl \
//!       --every 16 --holdout 3,6,9,12 --skip-titles ../shared/gold/dev --out src/keywords/ranker.tsv
//!
//! `--out` writes the weights there and the affinity table beside it (`headline_affinity.tsv`). Lines at the
//! `--holdout` offsets mod `--every` are left out (they measure the result: `keyword_coverage --every 16 --offset 9`),
//! and so is any article whose headline is one of the gold articles' under `--skip-titles`.

#[path = "support/headline.rs"]
mod headline;

use std::collections::HashSet;

use khabar::keywords::{affinity_value, phrase_features, Params, Ranker, Rows, AFFINITY_MIN, AFFINITY_PRIOR, FEATURES, PHRASE_FEATURES};
use khabar::{KeyphraseExtractor, Pipeline, PipelineOptions};

const RIDGE: f64 = 1.0;
const ITERATIONS: usize = 25;
/// Candidate phrases of an article the phrase stage learns from: the best by the hand score.
const PHRASES_PER_ARTICLE: usize = 60;
/// Every how many training articles one is a tuning article of stage 3.
const TUNE_EVERY: usize = 2;
/// The listwise phrase weights are scaled by this before stage 3 (a phrase's score is exp(γ·x); the selection
/// discounts a phrase that repeats chosen words by a power of its share of new words, which the scale weighs).
const PHRASE_SCALE: f64 = 0.3;
/// A move of stage 3 is kept when it raises the tuning articles' mean coverage by more than this: about five
/// headline words over the 1,800 tuning articles (one word of one article moves the mean by ≈1e-4, which made the
/// moves follow noise and the trained weights swing with small changes to the extractor).
const MIN_GAIN: f64 = 5e-4;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: train_keywords FILE.jsonl [--every N --holdout A,B,...] [--skip-titles GOLD_DIR] [--out FILE]");
        std::process::exit(2);
    };
    let opt = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let every: usize = opt("--every").and_then(|v| v.parse().ok()).unwrap_or(1).max(1);
    let holdout: HashSet<usize> = opt("--holdout").unwrap_or_default().split(',').filter_map(|v| v.trim().parse().ok()).collect();
    let mut skip: HashSet<String> = HashSet::new();
    if let Some(dir) = opt("--skip-titles") {
        let mut files: Vec<_> = std::fs::read_dir(&dir).expect("gold dir").flatten().map(|e| e.path()).collect();
        files.sort();
        for f in files.iter().filter(|f| f.extension().is_some_and(|e| e == "json")) {
            let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(f).expect("read")).expect("json");
            if let Some(t) = v["title"].as_str() {
                skip.insert(t.trim().to_string());
            }
        }
    }
    let stop: HashSet<String> = headline::STOP.split_whitespace().map(String::from).collect();
    let data = std::fs::read_to_string(path).expect("read");
    let (mut docs, mut held): (Vec<Article>, Vec<Article>) = (Vec::new(), Vec::new());
    for (i, line) in data.lines().enumerate() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        let body = v["content"].as_str().or(v["text"].as_str()).unwrap_or("");
        let Some(title) = v["title"].as_str().filter(|t| !t.trim().is_empty() && !body.trim().is_empty()) else { continue };
        if skip.contains(title.trim()) {
            continue;
        }
        let set = if holdout.contains(&(i % every)) { &mut held } else { &mut docs };
        set.push((title.to_string(), body.to_string()));
    }
    let nlp = Pipeline::new(PipelineOptions { keywords: 0, ..Default::default() }).expect("options");
    let train = labelled(&nlp, &docs, &stop);
    let held = labelled(&nlp, &held, &stop);
    let n_words: usize = train.iter().map(|d| d.word_y.len()).sum();
    let pos: f64 = train.iter().flat_map(|d| &d.word_y).sum();
    eprintln!("{} articles, {n_words} words, {pos} of them in the headline", train.len());

    // a word's headline affinity: how much more often than the average word it is a headline word, over the
    // training articles (smoothed towards none by AFFINITY_PRIOR articles); fitted on its leave-one-out value (without
    // the article's own headline), as it will be met on new articles
    let prior = pos / n_words as f64;
    let aff = headline_counts(&train, |_| true);
    // (the value the table will hold, rounded and 0 below AFFINITY_MIN articles, so that training sees what run time will)
    let affinity = |key: &str, own: Option<f64>| -> f64 {
        let (p, n) = aff.get(key).copied().unwrap_or((0.0, 0.0));
        match own {
            Some(y) => affinity_value(p - y, n - 1.0, prior),
            None => affinity_value(p, n, prior),
        }
    };
    let at = FEATURES.iter().position(|f| *f == "affinity").expect("an affinity feature");
    let word_x = |d: &Doc, own: bool| -> Vec<Vec<f64>> {
        d.rows.words.iter().zip(&d.word_y).map(|(w, y)| {
            let mut x = w.features.clone();
            x[at] = affinity(&w.key, own.then_some(*y));
            x
        }).collect()
    };

    // stage 1: words (those that may start or end a phrase)
    let word_choices = |set: &[Doc], own: bool| -> Vec<Choice> {
        set.iter().map(|d| {
            let xs = word_x(d, own);
            d.rows.words.iter().zip(xs).zip(&d.word_y).filter(|((w, _), _)| w.candidate).map(|((_, x), y)| (x, *y)).collect()
        }).collect()
    };
    let choices = word_choices(&train, true);
    let word_beta = fit(&choices, FEATURES.len());
    drop(choices);

    // stage 2: phrases, with their words' log-odds under stage 1
    let phrase_choices = |set: &[Doc], own: bool| -> Vec<Choice> {
        set.iter().map(|d| {
            let z: Vec<f64> = word_x(d, own).iter().map(|x| dot(&word_beta, x)).collect();
            let mut c: Vec<(Vec<f64>, f64)> = d.rows.phrases.iter().zip(&d.phrase_y).map(|(ph, y)| {
                let zs: Vec<f64> = ph
                    .words
                    .iter()
                    .filter(|&&id| d.rows.words.get(id as usize).is_some_and(|w| w.candidate))
                    .map(|&id| z.get(id as usize).copied().unwrap_or(0.0))
                    .collect();
                (phrase_features(&zs, &ph.rest).to_vec(), *y)
            }).collect();
            let hand = PHRASE_FEATURES.iter().position(|f| *f == "ln_hand").expect("ln_hand");
            c.sort_by(|a, b| b.0[hand].total_cmp(&a.0[hand]));
            c.truncate(PHRASES_PER_ARTICLE);
            c
        }).collect()
    };
    let listwise = fit(&phrase_choices(&train, true), PHRASE_FEATURES.len());

    // stage 3: the phrase weights, from the listwise fit scaled by PHRASE_SCALE, are tuned by coordinate ascent on the
    // headline coverage of the top 10 keyphrases (the chosen ones, after redundancy) of every TUNE_EVERY-th training
    // article, with an affinity table counted without those articles (so that their own headlines do not leak in; the
    // table shipped is counted over all training articles, so its values are a little larger and it lists more words)
    let tune: Vec<&(String, String)> = docs.iter().step_by(TUNE_EVERY).collect();
    let tune_set: HashSet<usize> = (0..docs.len()).step_by(TUNE_EVERY).collect();
    let tune_docs = nlp.pipe(&tune.iter().map(|(_, b)| b.as_str()).collect::<Vec<_>>(), None);
    let counts = headline_counts(&train, |d| !tune_set.contains(&d.idx));
    let mut ranker = Ranker::parse(&weights_tsv(&word_beta, &listwise), &affinity_tsv(&counts, prior));
    let coverage = |r: &Ranker| -> f64 {
        let ex = KeyphraseExtractor::new(10).with_ranker(r.clone());
        let scores: Vec<f64> = tune.iter().zip(&tune_docs).filter_map(|((title, _), doc)| {
            let kws: Vec<String> = ex.extract(doc).into_iter().map(|k| k.text).collect();
            headline::coverage(title, &kws, &stop)
        }).collect();
        scores.iter().sum::<f64>() / scores.len().max(1) as f64
    };
    let mut w = *ranker.phrase_weights();
    w.iter_mut().for_each(|x| *x *= PHRASE_SCALE);
    ranker.set_phrase_weights(w);
    let mut best = coverage(&ranker);
    eprintln!("tuning on {} articles: start {best:.4}", tune.len());
    for round in 0..3 {
        let mut moved = false;
        for i in 0..=PHRASE_FEATURES.len() {
            for f in [0.3, -0.3, 0.1, -0.1] {
                let mut w = *ranker.phrase_weights();
                if i == PHRASE_FEATURES.len() {
                    // all at once: the temperature
                    w.iter_mut().for_each(|x| *x *= 1.0 + f);
                } else {
                    w[i] += f * (w[i].abs() + 0.1);
                }
                let mut r = ranker.clone();
                r.set_phrase_weights(w);
                let c = coverage(&r);
                if c > best + MIN_GAIN {
                    best = c;
                    ranker = r;
                    moved = true;
                    break;
                }
            }
        }
        eprintln!("round {round}: {best:.4}");
        if !moved {
            break;
        }
    }
    let phrase_beta = ranker.phrase_weights().to_vec();

    // held-out articles: the share of headline words among the 10 best words, and among the words of the 10 best
    // phrases, learned against hand
    if !held.is_empty() {
        let words = word_choices(&held, false);
        let p = Params::default();
        let at = |name: &str| FEATURES.iter().position(|f| *f == name).expect("a hand feature");
        let (tf, idf, lead) = (at("ln_tf_eff"), at("ln_idf"), at("ln_best"));
        let hand_w = |x: &[f64]| p.tf_exp * x[tf] + p.idf_exp * x[idf] + x[lead];
        eprintln!("held-out words in the top 10: learned {:.4}, hand {:.4}", top_share(&words, |x| dot(&word_beta, x)), top_share(&words, hand_w));
        let phrases = phrase_choices(&held, false);
        let hand = PHRASE_FEATURES.iter().position(|f| *f == "ln_hand").expect("ln_hand");
        eprintln!("held-out headline words in the top 10 phrases: learned {:.4}, hand {:.4}",
            top_share(&phrases, |x| dot(&phrase_beta, x)), top_share(&phrases, |x| x[hand]));
    }

    let table = affinity_tsv(&aff, prior);
    let mut out = format!(
        "# khabar keyphrase ranker: the weights of the word and phrase features of src/keywords/ranker.rs.\n\
         # Fitted by examples/train_keywords.rs on the headlines and bodies of SaudiNewsNet (M. Alhagri 2015,\n\
         # CC BY-NC-SA 4.0): {} articles, {n_words} words, {pos} of them in their headline.\n",
        train.len()
    );
    out.push_str(&weights_tsv(&word_beta, &phrase_beta));
    match opt("--out") {
        Some(f) => {
            std::fs::write(&f, &out).expect("write");
            std::fs::write(std::path::Path::new(&f).with_file_name("headline_affinity.tsv"), &table).expect("write");
        }
        None => print!("{out}"),
    }
}

/// (headline count, article count) per key over the articles `keep` accepts.
fn headline_counts(docs: &[Doc], keep: impl Fn(&Doc) -> bool) -> std::collections::BTreeMap<&str, (f64, f64)> {
    let mut counts: std::collections::BTreeMap<&str, (f64, f64)> = Default::default();
    for d in docs.iter().filter(|d| keep(d)) {
        for (w, y) in d.rows.words.iter().zip(&d.word_y) {
            let e = counts.entry(w.key.as_str()).or_insert((0.0, 0.0));
            e.0 += y;
            e.1 += 1.0;
        }
    }
    counts
}

/// The weights as `ranker.tsv` lines.
fn weights_tsv(word: &[f64], phrase: &[f64]) -> String {
    let mut out = String::new();
    for (name, b) in FEATURES.iter().zip(word) {
        out.push_str(&format!("word.{name}\t{b:.6}\n"));
    }
    for (name, b) in PHRASE_FEATURES.iter().zip(phrase) {
        out.push_str(&format!("phrase.{name}\t{b:.6}\n"));
    }
    out
}

/// The affinity table of (headline count, article count) per key, against the average rate `prior`.
fn affinity_tsv(counts: &std::collections::BTreeMap<&str, (f64, f64)>, prior: f64) -> String {
    let mut table = String::new();
    table.push_str("# khabar keyphrase headline affinity: ln(rate at which a word of an article is a word of its headline, smoothed\n");
    table.push_str(&format!("# over {AFFINITY_PRIOR} articles / the average rate), for keys seen in at least {AFFINITY_MIN} articles.\n"));
    table.push_str("# Counted by examples/train_keywords.rs on SaudiNewsNet (M. Alhagri 2015, CC BY-NC-SA 4.0).\n");
    for (key, &(p, n)) in counts {
        let v = affinity_value(p, n, prior);
        if v != 0.0 {
            table.push_str(&format!("{key}\t{v:.2}\n"));
        }
    }
    table
}

/// An article's headline and body.
type Article = (String, String);

/// One article's choice: the features of each alternative and its target (how many headline words it holds).
type Choice = Vec<(Vec<f64>, f64)>;

/// An article's words and candidate phrases, with their targets.
struct Doc {
    /// Its index in the list given to [`labelled`].
    idx: usize,
    rows: Rows,
    /// 1 for a headline word, 0 otherwise, by word id.
    word_y: Vec<f64>,
    /// The headline words a phrase holds.
    phrase_y: Vec<f64>,
}

fn labelled(nlp: &Pipeline, docs: &[(String, String)], stop: &HashSet<String>) -> Vec<Doc> {
    let texts: Vec<&str> = docs.iter().map(|(_, b)| b.as_str()).collect();
    let analyzed = nlp.pipe(&texts, None);
    let extractor = KeyphraseExtractor::default();
    let mut out = Vec::new();
    for (idx, ((title, _), doc)) in docs.iter().zip(&analyzed).enumerate() {
        let tw: HashSet<String> = headline::words(title, stop).into_iter().collect();
        let rows = extractor.rows(doc);
        if tw.is_empty() || rows.words.is_empty() {
            continue;
        }
        let hits = |s: &str| headline::words(s, stop).into_iter().filter(|w| tw.contains(w)).collect::<HashSet<_>>().len() as f64;
        let word_y = rows.words.iter().map(|w| hits(&w.surface).min(1.0)).collect();
        let phrase_y = rows.phrases.iter().map(|p| hits(&p.surface)).collect();
        out.push(Doc { idx, rows, word_y, phrase_y });
    }
    out
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(a, b)| a * b).sum()
}

/// Fits the listwise model: Newton's steps, halved until the loss goes down.
fn fit(choices: &[Choice], d: usize) -> Vec<f64> {
    let mut beta = vec![0.0; d];
    let (mut loss, mut g, mut h) = objective(choices, &beta);
    for it in 0..ITERATIONS {
        let step = solve(h.clone(), g.clone());
        let mut t = 1.0;
        let mut next = None;
        for _ in 0..30 {
            let cand: Vec<f64> = beta.iter().zip(&step).map(|(b, s)| b - t * s).collect();
            if objective(choices, &cand).0 < loss {
                next = Some(cand);
                break;
            }
            t /= 2.0;
        }
        let Some(next) = next else { break };
        let size = t * step.iter().map(|s| s * s).sum::<f64>().sqrt();
        beta = next;
        (loss, g, h) = objective(choices, &beta);
        eprintln!("iteration {it}: loss per article {:.5}, step {size:.2e}", loss / choices.len().max(1) as f64);
        if size < 1e-7 {
            break;
        }
    }
    beta
}

/// The listwise loss at `beta` with its gradient and Hessian (ridge included): for each article, the cross-entropy
/// between its targets (normalized) and a softmax over its alternatives, so that exp(β·x) compares alternatives of one
/// article only.
fn objective(choices: &[Choice], beta: &[f64]) -> (f64, Vec<f64>, Vec<Vec<f64>>) {
    let d = beta.len();
    let mut g = vec![0.0; d];
    let mut h = vec![vec![0.0; d]; d];
    let mut loss = 0.0;
    let mut mean = vec![0.0; d];
    for c in choices {
        let ysum: f64 = c.iter().map(|r| r.1).sum();
        if ysum <= 0.0 {
            continue;
        }
        let z: Vec<f64> = c.iter().map(|(x, _)| dot(beta, x)).collect();
        let zmax = z.iter().copied().fold(f64::MIN, f64::max);
        let e: Vec<f64> = z.iter().map(|z| (z - zmax).exp()).collect();
        let total: f64 = e.iter().sum();
        mean.iter_mut().for_each(|m| *m = 0.0);
        for ((x, _), e) in c.iter().zip(&e) {
            for (m, x) in mean.iter_mut().zip(x) {
                *m += e / total * x;
            }
        }
        for ((x, y), (z, e)) in c.iter().zip(z.iter().zip(&e)) {
            if *y > 0.0 {
                let q = y / ysum;
                loss -= q * (z - zmax - total.ln());
                for a in 0..d {
                    g[a] += q * (mean[a] - x[a]);
                }
            }
            let p = e / total;
            for a in 0..d {
                let xa = p * (x[a] - mean[a]);
                for b in 0..=a {
                    h[a][b] += xa * (x[b] - mean[b]);
                }
            }
        }
    }
    for a in 0..d {
        for b in 0..a {
            h[b][a] = h[a][b];
        }
        loss += 0.5 * RIDGE * beta[a] * beta[a];
        g[a] += RIDGE * beta[a];
        h[a][a] += RIDGE;
    }
    (loss, g, h)
}

/// Mean share of an article's targets found among its 10 best scored alternatives (of as many as it has, up to 10).
fn top_share(choices: &[Choice], score: impl Fn(&[f64]) -> f64) -> f64 {
    let (mut sum, mut n) = (0.0, 0);
    for c in choices {
        let mut s: Vec<(f64, f64)> = c.iter().map(|r| (score(&r.0), r.1)).collect();
        s.sort_by(|x, y| y.0.total_cmp(&x.0));
        let pos: f64 = s.iter().map(|x| x.1).sum();
        if pos > 0.0 {
            sum += s.iter().take(10).map(|x| x.1).sum::<f64>() / pos.min(10.0);
            n += 1;
        }
    }
    sum / n.max(1) as f64
}

/// Solves `h x = g` (h symmetric positive definite) by Gaussian elimination with partial pivoting.
fn solve(mut h: Vec<Vec<f64>>, mut g: Vec<f64>) -> Vec<f64> {
    let n = g.len();
    for c in 0..n {
        let p = (c..n).max_by(|&a, &b| h[a][c].abs().total_cmp(&h[b][c].abs())).unwrap_or(c);
        h.swap(c, p);
        g.swap(c, p);
        let piv = h[c][c];
        if piv.abs() < 1e-300 {
            continue;
        }
        for r in c + 1..n {
            let f = h[r][c] / piv;
            if f != 0.0 {
                for k in c..n {
                    h[r][k] -= f * h[c][k];
                }
                g[r] -= f * g[c];
            }
        }
    }
    let mut x = vec![0.0; n];
    for c in (0..n).rev() {
        let s: f64 = (c + 1..n).map(|k| h[c][k] * x[k]).sum();
        x[c] = if h[c][c].abs() < 1e-300 { 0.0 } else { (g[c] - s) / h[c][c] };
    }
    x
}
