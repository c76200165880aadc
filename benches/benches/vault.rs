//! The vault's cost per request: redacting a 1 KiB prompt with and without
//! a vault (same run), restoring a 1 KiB answer, and restoring it streamed
//! in 16-byte chunks.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use scrubline::{CallOptions, Scanner, Vault};
use scrubline_benches::prompt;

fn bench(c: &mut Criterion) {
    let scanner = Scanner::default_rules().unwrap();
    let p = prompt(1024);
    let call = CallOptions::default();
    let mut group = c.benchmark_group("vault");
    group.throughput(Throughput::Bytes(p.len() as u64));
    group.bench_function("redact_1k", |b| b.iter(|| scanner.redact(&p).unwrap()));
    group.bench_function("redact_to_fresh_vault_1k", |b| {
        b.iter(|| scanner.redact_to_vault(&p, &call, &Vault::new()).unwrap())
    });
    let vault = Vault::new();
    let sent = scanner.redact_to_vault(&p, &call, &vault).unwrap();
    assert!(!vault.is_empty(), "the prompt has findings");
    // The model echoes the redacted prompt: every token comes back.
    let answer = sent.text;
    group.throughput(Throughput::Bytes(answer.len() as u64));
    group.bench_function("restore_1k", |b| b.iter(|| vault.restore(&answer)));
    group.bench_function("restore_1k_streamed_16b", |b| {
        b.iter(|| {
            let mut r = vault.restorer();
            let chars: Vec<char> = answer.chars().collect();
            let mut out = String::new();
            for chunk in chars.chunks(16) {
                out.push_str(&r.feed(&chunk.iter().collect::<String>()));
            }
            out.push_str(&r.finish());
            out
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
