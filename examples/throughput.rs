//! Tokenize + normalize throughput on your own text: `cargo run --release --example throughput -- FILE [ROUNDS]`.
//! (The criterion bench `cargo bench --bench tokenize` is the reference measurement.)

use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| "examples/afp_libya_arms_embargo.txt".into());
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(20);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(1);
        }
    };
    let normalizer = khabar::Normalizer::default();
    // normalized forms go into one reused buffer: no allocation per token
    let mut buf = String::new();
    let start = Instant::now();
    let mut n = 0usize;
    for _ in 0..rounds {
        for t in khabar::tokens(&text) {
            n += normalizer.normalize_token(&text, &t, &mut buf).len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let mb = (text.len() * rounds) as f64 / 1e6;
    println!("{path}: {mb:.1} MB in {secs:.3} s = {:.1} MB/s tokenize+normalize ({n} normalized bytes)", mb / secs);
}
