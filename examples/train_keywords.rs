//! Trains the keyphrase layer's learned word weight (`src/keywords/weights.txt`, see `src/keywords/model.rs`): a
//! logistic regression of "this word of the article is one of its headline's words" on the word features the
//! extractor computes, fitted by Newton's method (L2-regularized, standardized features, a fixed number of steps:
//! deterministic) on news articles with titles.
//!
//!   cargo run --release --example train_keywords -- ../shared/data/news/saudinewsnet_sample.jsonl --every 2 \
//!       --offset 0 --out src/keywords/weights.txt
//!
//! `--every N --offset O` keeps lines O, O+N, ... (0-based) as `keyword_coverage` does. A word counts as a headline
//! word when one of its surface forms gives, by the scorer's `words()`, a word of the title.

use std::collections::HashSet;
use std::fmt::Write as _;

use khabar::keywords::model::{Model, FEATURES, N_FEATURES};
use khabar::Pipeline;

#[path = "common/headline_words.rs"]
mod headline_words;
use headline_words::{words, STOP};

const STEPS: usize = 25;
const L2: f64 = 1.0;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: train_keywords FILE.jsonl [--every N] [--offset O] [--out weights.txt]");
        std::process::exit(2);
    };
    let opt = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let every: usize = opt("--every").and_then(|v| v.parse().ok()).unwrap_or(1).max(1);
    let offset: usize = opt("--offset").and_then(|v| v.parse().ok()).unwrap_or(0);
    let out = opt("--out");
    let stop: HashSet<String> = STOP.split_whitespace().map(String::from).collect();

    let data = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut items: Vec<(HashSet<String>, String)> = Vec::new();
    for (i, line) in data.lines().enumerate() {
        if i < offset || (i - offset) % every != 0 {
            continue;
        }
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        let body = v["content"].as_str().or(v["text"].as_str()).unwrap_or("");
        let Some(title) = v["title"].as_str().filter(|t| !t.trim().is_empty() && !body.trim().is_empty()) else { continue };
        let tw: HashSet<String> = words(title, &stop).into_iter().collect();
        if !tw.is_empty() {
            items.push((tw, body.to_string()));
        }
    }
    let nlp = Pipeline::new(khabar::PipelineOptions { keywords: 0, ..Default::default() }).expect("options");
    let extractor = khabar::KeyphraseExtractor::new(10);
    // a surface form of the word gives a headline word
    let hit = |surfaces: &[String], tw: &HashSet<String>| surfaces.iter().any(|s| words(s, &stop).iter().any(|w| tw.contains(w)));

    // is this word (any of its surface forms) a headline word? every content word of every article is a row
    let (mut xs, mut ys) = (Vec::new(), Vec::new());
    for (tw, body) in &items {
        let doc = nlp.analyze(body);
        for r in extractor.word_rows(&doc) {
            ys.push(hit(&r.surfaces, tw) as u8 as f64);
            xs.push(r.x);
        }
    }
    eprintln!("articles: {}, words: {}, headline words: {}", items.len(), xs.len(), ys.iter().sum::<f64>());
    let word = fit(&xs, &ys);

    let mut text = String::new();
    text.push_str("# khabar keyphrases: learned word weight (a logistic regression, see src/keywords/model.rs).\n");
    let file = std::path::Path::new(path).file_name().and_then(|f| f.to_str()).unwrap_or(path);
    let _ = writeln!(text, "# Produced by: cargo run --release --example train_keywords -- {file} --every {every} --offset {offset}");
    text.push_str("# Derived from the SaudiNewsNet sample (articles with their titles; M. Alhagri 2015), CC BY-NC-SA 4.0,\n");
    text.push_str("# so these weights are under CC BY-NC-SA 4.0.\n");
    let _ = writeln!(text, "# {} articles; {STEPS} Newton steps, L2 {L2} on standardized features.", items.len());
    // (+ 0.0 turns a -0.0 into 0.0)
    let _ = writeln!(text, "word.bias\t{:.6}", word.bias + 0.0);
    for (f, c) in FEATURES.iter().zip(&word.coef) {
        let _ = writeln!(text, "word.{f}\t{:.6}", c + 0.0);
    }
    match out {
        Some(o) => std::fs::write(&o, &text).unwrap_or_else(|e| panic!("{o}: {e}")),
        None => print!("{text}"),
    }
}

/// Logistic regression of `ys` (0 or 1) on `xs` by Newton's method on the L2-penalized log-likelihood
/// (standardized features, the bias not penalized), returned on the raw features.
fn fit(xs: &[[f64; N_FEATURES]], ys: &[f64]) -> Model {
    let nf = N_FEATURES;
    let n = xs.len().max(1) as f64;
    let mut mean = vec![0.0; nf];
    let mut sd = vec![0.0; nf];
    for x in xs {
        for j in 0..nf {
            mean[j] += x[j] / n;
        }
    }
    for x in xs {
        for j in 0..nf {
            sd[j] += (x[j] - mean[j]).powi(2) / n;
        }
    }
    for s in sd.iter_mut() {
        *s = if *s > 1e-12 { s.sqrt() } else { 1.0 };
    }
    let d = nf + 1;
    let mut w = vec![0.0; d];
    let mut v = vec![1.0; d];
    for step in 0..STEPS {
        let mut g = vec![0.0; d];
        let mut h = vec![vec![0.0; d]; d];
        let mut ll = 0.0;
        for (x, &y) in xs.iter().zip(ys) {
            for j in 0..nf {
                v[j + 1] = (x[j] - mean[j]) / sd[j];
            }
            let s: f64 = v.iter().zip(&w).map(|(a, b)| a * b).sum();
            let p = 1.0 / (1.0 + (-s).exp());
            ll += y * p.max(1e-300).ln() + (1.0 - y) * (1.0 - p).max(1e-300).ln();
            let r = p * (1.0 - p);
            for a in 0..d {
                g[a] += (y - p) * v[a];
                for b in a..d {
                    h[a][b] += r * v[a] * v[b];
                }
            }
        }
        for a in 0..d {
            for b in 0..a {
                h[a][b] = h[b][a];
            }
            if a > 0 {
                g[a] -= L2 * w[a];
                h[a][a] += L2;
            }
        }
        let delta = solve(h, g);
        for a in 0..d {
            w[a] += delta[a];
        }
        if step + 1 == STEPS {
            eprintln!("log-likelihood per row after {STEPS} steps: {:.6}", ll / n);
        }
    }
    let mut m = Model::zero(nf);
    m.bias = w[0];
    for j in 0..nf {
        m.coef[j] = w[j + 1] / sd[j];
        m.bias -= m.coef[j] * mean[j];
    }
    m
}

/// Solve `h x = g` (symmetric positive definite) by Gaussian elimination with partial pivoting.
fn solve(mut h: Vec<Vec<f64>>, mut g: Vec<f64>) -> Vec<f64> {
    let d = g.len();
    for c in 0..d {
        let piv = (c..d).max_by(|&a, &b| h[a][c].abs().total_cmp(&h[b][c].abs())).unwrap_or(c);
        h.swap(c, piv);
        g.swap(c, piv);
        let dc = h[c][c];
        if dc.abs() < 1e-12 {
            continue;
        }
        for r in c + 1..d {
            let f = h[r][c] / dc;
            for k in c..d {
                h[r][k] -= f * h[c][k];
            }
            g[r] -= f * g[c];
        }
    }
    let mut x = vec![0.0; d];
    for c in (0..d).rev() {
        let s: f64 = (c + 1..d).map(|k| h[c][k] * x[k]).sum();
        x[c] = if h[c][c].abs() < 1e-12 { 0.0 } else { (g[c] - s) / h[c][c] };
    }
    x
}
