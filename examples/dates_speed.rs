//! Time the dates layer alone on a text file: `cargo run --release --example dates_speed -- FILE`.
use std::time::Instant;
fn main() {
    let Some(path) = std::env::args().nth(1) else { eprintln!("usage: dates_speed FILE"); std::process::exit(2) };
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let nlp = khabar::Pipeline::default();
    let reference = chrono::NaiveDate::from_ymd_opt(2016, 5, 13);
    let t = Instant::now();
    let doc = nlp.analyze_with(&text, reference);
    let total = t.elapsed();
    let ex = khabar::DateExtractor::new();
    let t = Instant::now();
    let mut n = 0;
    for _ in 0..5 {
        n = ex.extract(&text, &doc.tokens, reference).len();
    }
    let dates = t.elapsed() / 5;
    let mb = text.len() as f64 / 1e6;
    println!("{} bytes, {} tokens, {n} dates; whole pipeline {:.1} ms ({:.1} MB/s); dates layer {:.1} ms ({:.1} MB/s)",
        text.len(), doc.tokens.len(), total.as_secs_f64() * 1e3, mb / total.as_secs_f64(), dates.as_secs_f64() * 1e3, mb / dates.as_secs_f64());
}
