//! Train the embedded entity model on ANERcorp and score it on a held-out dev split.
//!
//! ```text
//! cargo run --release --example train_ner -- /work/shared/data/anercorp/ANERCorp_CamelLab_train.txt \
//!     --out src/entities/model.bin --dev-out target/anercorp_dev.txt
//! ```
//!
//! The dev split is the last 10% of the sentences (`--dev-frac`): a model trained on the rest is scored on it,
//! then the model written to `--out` is trained on every sentence (`--keep-dev` writes the scored one instead, to
//! check its figures with `score_ner.py`). Everything is deterministic: the same input gives the same model bytes. Options: `--epochs N` (default 12),
//! `--bits B` (hash table of 2^B rows, default 20), `--min-count N` (frequency lexicon cut-off, default 2),
//! `--no-out` (only score), `--keep-dev`, `--cv N` (N-fold cross-validation over contiguous blocks of sentences; writes no files).

use std::collections::{BTreeMap, HashSet};

use khabar::entities::model::{NT, TAGS, tag_index, tag_label};
use khabar::entities::{EntityRecognizer, Extractor, Model, Tok, Trainer};
use khabar::segment::train::{shuffle, shuffle_seed};
use khabar::{Normalizer, Pipeline, PipelineOptions, TokenKind};

type Sentence = Vec<(String, String)>;

fn read(path: &str) -> Vec<Sentence> {
    let text = std::fs::read_to_string(path).expect("read the ANERcorp file");
    let mut out = Vec::new();
    let mut cur = Vec::new();
    for line in text.lines() {
        let line = line.trim().replace(['\u{200e}', '\u{200f}'], "");
        if line.is_empty() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let parts: Vec<&str> = line.split_whitespace().collect();
        if parts.len() >= 2 {
            cur.push((parts[0].to_string(), parts[parts.len() - 1].to_string()));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// khabar tokens of a gold sentence with the gold tags projected onto them.
fn project(s: &Sentence, n: &Normalizer) -> (Vec<(String, TokenKind)>, Vec<u8>) {
    let (mut toks, mut tags) = (Vec::new(), Vec::new());
    for (w, t) in s {
        let tag = tag_index(t);
        for (k, r) in khabar::tokens(w).enumerate() {
            toks.push((n.normalize_str(&w[r.start..r.end]).into_owned(), r.kind));
            tags.push(if k == 0 || tag == 0 { tag } else if tag % 2 == 1 { tag + 1 } else { tag });
        }
    }
    (toks, tags)
}

fn spans(tags: &[String]) -> HashSet<(usize, usize, String)> {
    let mut out = HashSet::new();
    let mut start: Option<(usize, String)> = None;
    for (i, t) in tags.iter().map(String::as_str).chain(std::iter::once("O")).enumerate() {
        let (kind, lab) = t.split_once('-').map(|(k, l)| (k, if l == "PERS" { "PER" } else { l })).unwrap_or((t, ""));
        if let Some((s, l)) = &start
            && (kind != "I" || lab != l)
        {
            out.insert((*s, i, l.clone()));
            start = None;
        }
        if kind == "B" || (kind == "I" && start.is_none()) {
            start = Some((i, lab.to_string()));
        }
    }
    out
}

/// The `score_ner.py` procedure: groups of 20 sentences joined by spaces and newlines, entities mapped back
/// onto gold tokens by overlap, exact span+label match.
fn score(rec: &EntityRecognizer, sents: &[Sentence], errors: usize) -> f64 {
    let nlp = Pipeline::new(PipelineOptions { segmentation: None, ..Default::default() }).expect("pipeline");
    let mut counts: BTreeMap<(String, &str), usize> = BTreeMap::new();
    let mut shown = 0;
    for group in sents.chunks(20) {
        let (mut text, mut offs, mut gold) = (String::new(), Vec::new(), Vec::new());
        for s in group {
            if !text.is_empty() {
                text.push('\n');
            }
            for (k, (w, t)) in s.iter().enumerate() {
                if k > 0 {
                    text.push(' ');
                }
                let a = text.chars().count();
                text.push_str(w);
                offs.push((a, a + w.chars().count()));
                gold.push(t.clone());
            }
        }
        let doc = nlp.analyze(&text);
        let ents = rec.recognize(&doc.text, &doc.tokens, &doc.sentences);
        let mut pred = vec!["O".to_string(); offs.len()];
        for e in &ents {
            let lab = format!("{:?}", e.label);
            let mut first = true;
            for (i, &(s, t)) in offs.iter().enumerate() {
                if s < e.span.end && e.span.start < t {
                    pred[i] = format!("{}-{lab}", if first { "B" } else { "I" });
                    first = false;
                }
            }
        }
        let (g, p) = (spans(&gold), spans(&pred));
        for x in &g {
            *counts.entry((x.2.clone(), "gold")).or_default() += 1;
            if p.contains(x) {
                *counts.entry((x.2.clone(), "tp")).or_default() += 1;
            }
        }
        for x in &p {
            *counts.entry((x.2.clone(), "pred")).or_default() += 1;
        }
        if shown < errors {
            let words: Vec<&str> = group.iter().flatten().map(|(w, _)| w.as_str()).collect();
            for x in g.symmetric_difference(&p) {
                if shown < errors {
                    eprintln!("{} {} {}", if g.contains(x) { "missed" } else { "spurious" }, x.2, words[x.0..x.1].join(" "));
                    shown += 1;
                }
            }
        }
    }
    let f = |tp: usize, p: usize, g: usize| {
        let (pr, rc) = (tp as f64 / p.max(1) as f64, tp as f64 / g.max(1) as f64);
        if pr + rc > 0.0 { 2.0 * pr * rc / (pr + rc) } else { 0.0 }
    };
    let get = |l: &str, k: &'static str| counts.get(&(l.to_string(), k)).copied().unwrap_or(0);
    let (mut tp, mut p, mut g) = (0, 0, 0);
    let mut line = String::new();
    for l in ["PER", "ORG", "LOC", "MISC"] {
        tp += get(l, "tp");
        p += get(l, "pred");
        g += get(l, "gold");
        line += &format!(" {l} {:.4} ({})", f(get(l, "tp"), get(l, "pred"), get(l, "gold")), get(l, "gold"));
    }
    let micro = f(tp, p, g);
    eprintln!("dev micro-F1 {micro:.4} P {:.4} R {:.4} |{line}", tp as f64 / p.max(1) as f64, tp as f64 / g.max(1) as f64);
    micro
}

/// Train a model on `train` (deterministic).
fn train_model(train: &[Sentence], epochs: usize, seeds: usize, bits: u32, min_count: u32) -> Model {
    let norm = Normalizer::default();
    let data: Vec<_> = train.iter().map(|s| project(s, &norm)).collect();
    let words = || data.iter().flat_map(|(t, _)| t.iter().filter(|(_, k)| *k == TokenKind::Arabic).map(|(w, _)| w.as_str()));
    let mut trainer = Trainer::new(bits, words(), min_count);
    // features are fixed once the frequency lexicon is: extract them once
    let mut ex = Extractor::new();
    let feats: Vec<(Vec<u64>, Vec<u32>, Vec<u8>)> = data
        .iter()
        .map(|(toks, tags)| {
            let tv: Vec<Tok> = toks.iter().map(|(w, k)| Tok { norm: w, kind: *k }).collect();
            ex.extract(&tv, &|w| trainer.count(w));
            (ex.feats.clone(), ex.offs.clone(), tags.clone())
        })
        .collect();
    // several shuffles, their averaged weights averaged again (seed 0 alone is the single-run model)
    let (mut acc_w, mut acc_t) = (Vec::new(), Vec::new());
    for seed in 0..seeds as u64 {
        if seed > 0 {
            trainer = Trainer::new(bits, words(), min_count);
        }
        let mut order: Vec<usize> = (0..feats.len()).collect();
        let mut rng = shuffle_seed(seed);
        let mut scratch = Vec::new();
        for epoch in 0..epochs {
            shuffle(&mut order, &mut rng);
            let mut wrong = 0;
            for &k in &order {
                let (f, o, g) = &feats[k];
                ex.feats.clone_from(f);
                ex.offs.clone_from(o);
                wrong += trainer.learn(&ex, g, &mut scratch);
            }
            eprintln!("seed {seed} epoch {}: {wrong} wrong tags", epoch + 1);
        }
        let (w, t) = trainer.averaged();
        if acc_w.is_empty() {
            (acc_w, acc_t) = (w, t);
        } else {
            acc_w.iter_mut().zip(&w).for_each(|(a, b)| *a += b);
            acc_t.iter_mut().zip(&t).for_each(|(a, b)| *a += b);
        }
    }
    let n = seeds as f32;
    acc_w.iter_mut().chain(acc_t.iter_mut()).for_each(|a| *a /= n);
    trainer.quantize(&acc_w, &acc_t)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut input = None;
    let (mut out, mut dev_out) = (Some("src/entities/model.bin".to_string()), Some("target/anercorp_dev.txt".to_string()));
    let (mut epochs, mut bits, mut min_count, mut dev_frac, mut errors) = (12usize, 20u32, 2u32, 0.1f64, 0usize);
    let (mut dev_at, mut cv): (Option<usize>, Option<usize>) = (None, None);
    let mut seeds = 3usize;
    let mut keep_dev = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut val = || it.next().expect("option value").clone();
        match a.as_str() {
            "--out" => out = Some(val()),
            "--no-out" => out = None,
            "--keep-dev" => keep_dev = true,
            "--dev-out" => dev_out = Some(val()),
            "--epochs" => epochs = val().parse().expect("--epochs N"),
            "--bits" => bits = val().parse().expect("--bits B"),
            "--min-count" => min_count = val().parse().expect("--min-count N"),
            "--dev-frac" => dev_frac = val().parse().expect("--dev-frac F"),
            "--dev-at" => dev_at = Some(val().parse().expect("--dev-at K")),
            "--errors" => errors = val().parse().expect("--errors N"),
            "--cv" => cv = Some(val().parse().expect("--cv N")),
            "--seeds" => seeds = val().parse::<usize>().expect("--seeds N").max(1),
            _ => input = Some(a.clone()),
        }
    }
    let input = input.unwrap_or_else(|| "/work/shared/data/anercorp/ANERCorp_CamelLab_train.txt".into());
    let sents = read(&input);
    if let Some(folds) = cv {
        // k-fold cross-validation over contiguous blocks of sentences
        let (mut f1, mut f1_anercorp) = (Vec::new(), Vec::new());
        for k in 0..folds {
            let (a, b) = (k * sents.len() / folds, (k + 1) * sents.len() / folds);
            let train: Vec<Sentence> = sents[..a].iter().chain(&sents[b..]).cloned().collect();
            let mut rec = EntityRecognizer::with_model(Some(train_model(&train, epochs, seeds, bits, min_count)), &[]);
            (rec.misc, rec.currencies) = (true, true);
            eprint!("fold {} (ANERcorp convention): ", k + 1);
            f1_anercorp.push(score(&rec, &sents[a..b], 0));
            (rec.misc, rec.currencies) = (false, false);
            eprint!("fold {}: ", k + 1);
            f1.push(score(&rec, &sents[a..b], 0));
        }
        let mean = |v: &[f64]| v.iter().sum::<f64>() / folds as f64;
        eprintln!("{folds}-fold mean micro-F1 {:.4} (ANERcorp convention, MISC and currencies kept: {:.4})", mean(&f1), mean(&f1_anercorp));
        return;
    }
    let n_dev = (sents.len() as f64 * dev_frac).round() as usize;
    // --dev-at K: rotate so that the dev block starts at sentence K (for cross-checks; default: the last block)
    let sents: Vec<Sentence> = match dev_at {
        Some(k) => sents[k + n_dev..].iter().chain(&sents[..k]).chain(&sents[k..k + n_dev]).cloned().collect(),
        None => sents,
    };
    let (train, dev) = sents.split_at(sents.len() - n_dev);
    eprintln!("{} sentences: {} train, {} dev", sents.len(), train.len(), dev.len());
    if let Some(p) = &dev_out {
        let mut s = String::new();
        for sent in dev {
            for (w, t) in sent {
                s += &format!("{w} {t}\n");
            }
            s.push('\n');
        }
        std::fs::write(p, s).expect("write the dev split");
        eprintln!("dev split written to {p}");
    }
    let model = train_model(train, epochs, seeds, bits, min_count);
    let dev_bytes = model.to_bytes();
    eprintln!("model: {} bytes, {} tags ({})", dev_bytes.len(), NT, TAGS.join(" "));
    let _ = tag_label(0);
    let reparsed = Model::from_bytes(&dev_bytes).expect("model round trip");
    let mut rec = EntityRecognizer::with_model(Some(reparsed), &[]);
    rec.propagate = false;
    score(&rec, dev, 0);
    rec.propagate = true;
    (rec.misc, rec.currencies) = (true, true);
    eprint!("(ANERcorp convention, MISC and currencies kept) ");
    score(&rec, dev, 0);
    (rec.misc, rec.currencies) = (false, false);
    score(&rec, dev, errors);
    if let Some(p) = out {
        // the dev split has given its figures: the shipped model learns from every sentence (with --keep-dev, the
        // model just scored, for checking those figures with score_ner.py)
        let bytes = if keep_dev {
            dev_bytes
        } else {
            eprintln!("training the final model on all {} sentences", sents.len());
            train_model(&sents, epochs, seeds, bits, min_count).to_bytes()
        };
        std::fs::write(&p, &bytes).expect("write the model");
        eprintln!("model written to {p}");
    }
}
