//! Throughput of the quote layer alone (on an analyzed Document) and of the whole pipeline:
//! `cargo run --release --example quotes_speed -- FILE [REPEAT]`.
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let text = args.next().and_then(|p| std::fs::read_to_string(p).ok()).unwrap_or_else(|| include_str!("afp_libya_arms_embargo.txt").repeat(20));
    let repeat: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(5);
    let nlp = khabar::Pipeline::default();
    let t = Instant::now();
    let mut doc = nlp.analyze(&text);
    for _ in 1..repeat {
        doc = nlp.analyze(&text);
    }
    let full = t.elapsed().as_secs_f64() / repeat as f64;
    let qx = khabar::QuoteExtractor::default();
    let t = Instant::now();
    let mut n = 0;
    for _ in 0..repeat {
        n = qx.extract(&doc, &[]).len();
    }
    let quotes = t.elapsed().as_secs_f64() / repeat as f64;
    let mb = text.len() as f64 / 1e6;
    println!("{:.2} MB, {} tokens, {n} quotes", mb, doc.tokens.len());
    println!("pipeline: {:.1} ms ({:.1} MB/s); quote layer alone: {:.1} ms ({:.1} MB/s)", full * 1e3, mb / full, quotes * 1e3, mb / quotes);
}
