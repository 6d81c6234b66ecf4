//! Throughput of the entity layer and of the pipeline with entities, in words per second.
//!
//! `KHABAR_BENCH_TEXT=../shared/data/news/spa_newswire.txt cargo bench --bench entities` (falls back to the bundled
//! example article repeated).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use khabar::{EntityRecognizer, Pipeline, PipelineOptions};
use std::hint::black_box;

fn bench_text() -> String {
    match std::env::var("KHABAR_BENCH_TEXT") {
        Ok(path) => std::fs::read_to_string(path).expect("KHABAR_BENCH_TEXT must name a UTF-8 file"),
        Err(_) => include_str!("../examples/afp_libya_arms_embargo.txt").repeat(50),
    }
}

fn entities(c: &mut Criterion) {
    let text = bench_text();
    let words = text.split_whitespace().count() as u64;
    let mut g = c.benchmark_group("entities");
    g.throughput(Throughput::Elements(words));
    g.sample_size(10);
    let base = Pipeline::new(PipelineOptions { segmentation: None, keywords: 0, ..Default::default() }).unwrap();
    let doc = base.analyze(&text);
    let rec = EntityRecognizer::default();
    g.bench_function("entity layer", |b| b.iter(|| rec.recognize(black_box(&doc.text), &doc.tokens, &doc.sentences).len()));
    g.bench_function("pipeline (no segmentation, no keywords)", |b| b.iter(|| base.analyze(black_box(&text)).tokens.len()));
    let only = PipelineOptions { segmentation: None, keywords: 0, layers: khabar::Layers::from_names(["entities"]).unwrap(), ..Default::default() };
    let only = Pipeline::new(only).unwrap();
    g.bench_function("pipeline (tokens, sentences, entities)", |b| b.iter(|| only.analyze(black_box(&text)).tokens.len()));
    let full = Pipeline::default();
    g.bench_function("pipeline (defaults)", |b| b.iter(|| full.analyze(black_box(&text)).tokens.len()));
    g.finish();
}

criterion_group!(benches, entities);
criterion_main!(benches);
