//! The ONNX PII classifier, single-threaded: latency of a 4 KiB prompt, and
//! throughput (bytes/s; tokens/s printed once) on 64 KiB of prose, each
//! with patterns alone as the baseline in the same run. Needs ONNX Runtime
//! (`$SCRUBLINE_ORT_LIB` or `pip install onnxruntime==1.32.0`).

use std::sync::Arc;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use scrubline::Scanner;
use scrubline::classifier::{Classifier, ClassifierOptions};
use scrubline_benches::{corpus_of, prompt};

fn bench(c: &mut Criterion) {
    let classifier = match Classifier::load(&ClassifierOptions::default()) {
        Ok(c) => Arc::new(c),
        Err(e) => {
            eprintln!("classifier bench skipped: {e}");
            return;
        }
    };
    let patterns = Scanner::default_rules().unwrap();
    let both = Scanner::builder()
        .classifier(classifier.clone())
        .build()
        .unwrap();
    let p = prompt(4096);
    let prose = corpus_of("prose", 2);
    let text = String::from_utf8_lossy(&prose[..64 << 10]).into_owned();
    let tokens = scrubline::classifier::debug_token_logits(&classifier, &text)
        .unwrap()
        .0
        .len();
    eprintln!("64 KiB of prose = {tokens} tokens");
    let mut group = c.benchmark_group("classifier");
    group.throughput(Throughput::Bytes(p.len() as u64));
    group.bench_function("prompt_4k/patterns", |b| {
        b.iter(|| patterns.redact(&p).unwrap())
    });
    group.bench_function("prompt_4k/patterns+classifier", |b| {
        b.iter(|| both.redact(&p).unwrap())
    });
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    group.bench_function("prose_64k/patterns", |b| {
        b.iter(|| patterns.redact(&text).unwrap())
    });
    group.bench_function("prose_64k/patterns+classifier", |b| {
        b.iter(|| both.redact(&text).unwrap())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
