//! Throughput of the full built-in packs on prompts (with two findings and
//! with none), a 1 MiB transcript slice, streamed input, and 1 MiB of each
//! corpus kind (prose, JSON logs, source code) with every backend this
//! build has. Reported in bytes/s.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use scrubline::{BackendKind, Scanner};
use scrubline_benches::{clean_prompt, corpus, corpus_of, prompt};

fn bench(c: &mut Criterion) {
    let scanner = Scanner::default_rules().unwrap();
    let mut group = c.benchmark_group("redact");
    for len in [200usize, 1024, 4096] {
        let p = prompt(len);
        group.throughput(Throughput::Bytes(p.len() as u64));
        group.bench_with_input(BenchmarkId::new("prompt", len), &p, |b, p| {
            b.iter(|| scanner.redact(p).unwrap())
        });
        let p = clean_prompt(len);
        group.bench_with_input(BenchmarkId::new("prompt_clean", len), &p, |b, p| {
            b.iter(|| scanner.redact(p).unwrap())
        });
    }
    let data = corpus(8);
    let mib = &data[..1 << 20];
    group.throughput(Throughput::Bytes(mib.len() as u64));
    group.sample_size(10);
    group.bench_function("mixed_1mib", |b| {
        b.iter(|| scanner.redact_bytes(mib).unwrap())
    });
    group.bench_function("mixed_1mib_stream_4k_chunks", |b| {
        b.iter(|| {
            let mut stream = scanner.stream();
            for chunk in mib.chunks(4096) {
                stream.feed(chunk).unwrap();
                stream.take_findings();
            }
            stream.finish().unwrap()
        })
    });
    group.finish();

    let mut backends = vec![("portable", BackendKind::Portable)];
    if BackendKind::Hyperscan.is_available() {
        backends.push(("hyperscan", BackendKind::Hyperscan));
    }
    let scanners: Vec<(&str, Scanner)> = backends
        .iter()
        .map(|(name, kind)| (*name, Scanner::builder().backend(*kind).build().unwrap()))
        .collect();
    let mut group = c.benchmark_group("by_kind");
    group.sample_size(10);
    for kind in ["prose", "logs", "code"] {
        let data = corpus_of(kind, 2);
        let mib = &data[..1 << 20];
        group.throughput(Throughput::Bytes(mib.len() as u64));
        for (name, s) in &scanners {
            group.bench_with_input(BenchmarkId::new(*name, kind), mib, |b, mib| {
                b.iter(|| s.redact_bytes(mib).unwrap())
            });
        }
    }
    let p = prompt(4096);
    group.throughput(Throughput::Bytes(p.len() as u64));
    for (name, s) in &scanners {
        group.bench_with_input(BenchmarkId::new(*name, "prompt_4k"), &p, |b, p| {
            b.iter(|| s.redact(p).unwrap())
        });
    }
    group.finish();
    c.bench_function("build_default_scanner", |b| {
        b.iter(|| Scanner::default_rules().unwrap())
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
