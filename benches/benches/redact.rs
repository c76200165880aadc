//! Throughput of the full built-in packs (portable backend) on prompts,
//! a 1 MiB transcript slice and streamed input. Reported in bytes/s.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use scrubline::Scanner;
use scrubline_benches::{corpus, prompt};

fn bench(c: &mut Criterion) {
    let scanner = Scanner::default_rules().unwrap();
    let mut group = c.benchmark_group("redact");
    for len in [200usize, 1024, 4096] {
        let p = prompt(len);
        group.throughput(Throughput::Bytes(p.len() as u64));
        group.bench_with_input(BenchmarkId::new("prompt", len), &p, |b, p| {
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
    c.bench_function("build_default_scanner", |b| {
        b.iter(|| Scanner::default_rules().unwrap())
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
