//! Headline coverage of the top-k keyphrases on news with titles: the same measure as
//! `../shared/eval/score_keywords.py` (a headline's content words, normalized, light clitic and article stripping,
//! stopwords dropped; the share of them found among the words of the top k phrases), computed in Rust so the
//! keyphrase layer can be checked on many unlabelled articles without building the Python package.
//!
//!   cargo run --release --example keyword_coverage -- FILE.jsonl [--every N] [--offset O | --exclude X] [--max M] [--k K]
//!       [--show] [--misses] [--dump]
//!   cargo run --release --example keyword_coverage -- GOLD_DIR
//!
//! A `.jsonl` file has one `{title, content}` (or `{title, text}`) object a line; `--every N --offset O` keeps
//! lines O, O+N, O+2N, ... (0-based) so that disjoint samples can be drawn; a directory is read as `*.json` gold
//! files with `title` and `text`; `--exclude X` keeps every line but those at X mod N. `--show` prints each title and its
//! top k; `--misses` where each headline word that occurs in the article ranks (by bucket, and each one outside the
//! top 10); `--dump` the top 30 with their features, one TSV line each. `KW_VARIANTS=1` also prints the coverage when every
//! variant of every phrase counts (the most a better choice of reported surface form could add). `KW_PARAMS="lead=3,once=0.4"` overrides
//! scoring parameters (`khabar::keywords::Params`) for experiments.

use std::collections::HashSet;

use khabar::Pipeline;

#[path = "support/headline.rs"]
mod headline;
use headline::{coverage, words, STOP};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: keyword_coverage FILE.jsonl|GOLD_DIR [--every N] [--offset O] [--max M] [--k K] [--show]");
        std::process::exit(2);
    };
    let opt = |name: &str, default: usize| -> usize {
        args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).and_then(|v| v.parse().ok()).unwrap_or(default)
    };
    let (every, offset, max, k) = (opt("--every", 1).max(1), opt("--offset", 0), opt("--max", usize::MAX), opt("--k", 10));
    // --exclude X: every line except those at X mod N (all the tuning offsets at once)
    let exclude = args.iter().position(|a| a == "--exclude").and_then(|i| args.get(i + 1)).and_then(|v| v.parse::<usize>().ok());
    let dump = args.iter().any(|a| a == "--dump");
    let show = args.iter().any(|a| a == "--show");
    // --misses: where the title words that occur in the article rank (among the top 200 phrases)
    let misses = args.iter().any(|a| a == "--misses");
    let mut hist = [0usize; 6];
    let stop: HashSet<String> = STOP.split_whitespace().map(String::from).collect();

    let mut items: Vec<(String, String)> = Vec::new();
    let md = std::fs::metadata(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    if md.is_dir() {
        let mut files: Vec<_> = std::fs::read_dir(path).expect("read dir").flatten().map(|e| e.path()).collect();
        files.sort();
        for f in files.iter().filter(|f| f.extension().is_some_and(|e| e == "json")) {
            let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(f).expect("read")).expect("json");
            if let (Some(t), Some(x)) = (v["title"].as_str(), v["text"].as_str()) {
                items.push((t.to_string(), x.to_string()));
            }
        }
    } else {
        let data = std::fs::read_to_string(path).expect("read");
        for (i, line) in data.lines().enumerate() {
            if let Some(x) = exclude {
                if i % every == x {
                    continue;
                }
            } else if i < offset || (i - offset) % every != 0 {
                continue;
            }
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else { continue };
            let body = v["content"].as_str().or(v["text"].as_str()).unwrap_or("");
            if let Some(t) = v["title"].as_str().filter(|t| !t.trim().is_empty() && !body.trim().is_empty()) {
                items.push((t.to_string(), body.to_string()));
            }
            if items.len() >= max {
                break;
            }
        }
    }
    let mut params = khabar::keywords::Params::default();
    for kv in std::env::var("KW_PARAMS").unwrap_or_default().split(',').filter(|s| !s.is_empty()) {
        let (name, v) = kv.split_once('=').expect("KW_PARAMS: name=value,...");
        assert!(params.set(name.trim(), v.trim().parse().expect("number")), "unknown parameter {name}");
    }
    let extractor = khabar::KeyphraseExtractor::new(k).with_params(params);
    let nlp = Pipeline::new(khabar::PipelineOptions { keywords: 0, ..Default::default() }).expect("options");
    let (mut sum, mut n) = (0.0, 0usize);
    let mut var_sum = 0.0;
    let t0 = std::time::Instant::now();
    let mut kw_time = std::time::Duration::ZERO;
    for (items_i, (title, text)) in items.iter().enumerate() {
        let doc = nlp.analyze(text);
        let t1 = std::time::Instant::now();
        let kws = extractor.extract(&doc);
        kw_time += t1.elapsed();
        if dump {
            let tw: HashSet<String> = words(title, &stop).into_iter().collect();
            let long = khabar::KeyphraseExtractor::new(30).with_params(params).extract(&doc);
            let mut tws: Vec<&String> = tw.iter().collect();
            tws.sort();
            println!("TITLE\t{items_i}\t{}", tws.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(" "));
            for (r, kp) in long.iter().enumerate() {
                let ws = words(&kp.text, &stop);
                let hits = ws.iter().filter(|w| tw.contains(*w)).count();
                println!("DUMP\t{}\t{r}\t{}\t{}\t{}\t{hits}\t{}\t{}\t{}", items_i, ws.len(), kp.entity as u8, kp.occurrences.len(), kp.score, kp.text, ws.join(" "));
            }
        }
        if misses {
            let long = khabar::KeyphraseExtractor::new(200).with_params(params).extract(&doc);
            let lw: Vec<Vec<String>> = long.iter().map(|k| words(&k.text, &stop)).collect();
            let body: HashSet<String> = words(text, &stop).into_iter().collect();
            let tw: HashSet<String> = words(title, &stop).into_iter().collect();
            let mut tw: Vec<String> = tw.into_iter().collect();
            tw.sort();
            for w in &tw {
                let rank = lw.iter().position(|ws| ws.contains(w));
                let b = match rank {
                    _ if !body.contains(w) => 0,
                    Some(r) if r < 10 => 1,
                    Some(r) if r < 20 => 2,
                    Some(r) if r < 50 => 3,
                    Some(_) => 4,
                    None => 5,
                };
                hist[b] += 1;
                if b >= 2 {
                    let r = rank.map(|r| format!("{} {}", r + 1, long[r].text)).unwrap_or_else(|| "-".into());
                    println!("MISS\t{b}\t{w}\t{r}\t{title}");
                }
            }
        }
        if std::env::var("KW_VARIANTS").is_ok() {
            // upper bound of the surface-form choice: every variant of every phrase counts
            let all: Vec<String> = kws.iter().flat_map(|k| k.occurrences.iter().map(|o| o.text.clone())).collect();
            if let Some(c) = coverage(title, &all, &stop) {
                var_sum += c;
            }
        }
        let kws: Vec<String> = kws.into_iter().map(|k| k.text).collect();
        if let Some(c) = coverage(title, &kws, &stop) {
            sum += c;
            n += 1;
            if show {
                println!("{c:.2}  {title}\n      {}", kws.join(" | "));
            }
        }
    }
    if std::env::var("KW_VARIANTS").is_ok() {
        println!("with every variant: {:.4}", var_sum / n.max(1) as f64);
    }
    if misses {
        let tot: usize = hist.iter().sum();
        println!("title words {tot}: absent {} top10 {} 11-20 {} 21-50 {} 51+ {} no-cand {}", hist[0], hist[1], hist[2], hist[3], hist[4], hist[5]);
    }
    println!(
        "articles: {n}\ntitle_coverage_at_{k}: {:.4}\nseconds: {:.2} (keyphrases alone: {:.3})",
        if n > 0 { sum / n as f64 } else { 0.0 },
        t0.elapsed().as_secs_f64(),
        kw_time.as_secs_f64()
    );
}
