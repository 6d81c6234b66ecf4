//! Throughput of tokenize + normalize on news text.
//!
//! `cargo bench --bench tokenize` reads `KHABAR_BENCH_TEXT` (a UTF-8 file; CI-free benchmarks can point it at
//! `../shared/data/news/spa_newswire.txt`) or falls back to the bundled example article repeated.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

fn bench_text() -> String {
    match std::env::var("KHABAR_BENCH_TEXT") {
        Ok(path) => std::fs::read_to_string(path).expect("KHABAR_BENCH_TEXT must name a UTF-8 file"),
        Err(_) => include_str!("../examples/afp_libya_arms_embargo.txt").repeat(50),
    }
}

fn tokenize(c: &mut Criterion) {
    let text = bench_text();
    let normalizer = khabar::Normalizer::default();
    let mut g = c.benchmark_group("tokenize");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("tokens", |b| b.iter(|| khabar::tokens(black_box(&text)).count()));
    g.bench_function("tokens+normalize", |b| {
        let mut buf = String::new();
        b.iter(|| {
            let mut n = 0usize;
            for t in khabar::tokens(black_box(&text)) {
                n += normalizer.normalize_token(&text, &t, &mut buf).len();
            }
            n
        })
    });
    g.bench_function("document", |b| {
        let nlp = khabar::Pipeline::new(khabar::PipelineOptions { segmentation: None, ..Default::default() }).unwrap();
        b.iter(|| nlp.analyze(black_box(&text)).tokens.len())
    });
    g.finish();
    // Throughput in words: tokenize + clitic segmentation (ATB), the target is 2M words/s on one core.
    let words = khabar::tokens(&text).filter(|t| t.kind.is_word()).count() as u64;
    let mut g = c.benchmark_group("segment");
    g.throughput(Throughput::Elements(words));
    for (name, scheme) in [("tokens+atb", khabar::Segmentation::Atb), ("tokens+farasa", khabar::Segmentation::Farasa)] {
        let seg = khabar::CliticSegmenter::new(scheme);
        g.bench_function(name, |b| {
            b.iter(|| {
                let mut n = 0usize;
                for t in khabar::tokens(black_box(&text)) {
                    if t.kind == khabar::TokenKind::Arabic {
                        n += seg.with_segments(&text[t.start..t.end], |p| p.len());
                    }
                }
                n
            })
        });
    }
    g.bench_function("document+atb", |b| {
        let nlp = khabar::Pipeline::default();
        b.iter(|| nlp.analyze(black_box(&text)).tokens.len())
    });
    g.finish();
}

criterion_group!(benches, tokenize);
criterion_main!(benches);
