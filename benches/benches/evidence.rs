//! What the evidence log costs per call: redacting a 1 KiB prompt with no
//! log (the baseline), a per-call file log, the same with an HMAC, and a
//! bucketed file log; how fast `verify` checks a log (bytes/s); and what
//! `scrubline evidence summarize` does over one directory holding 300
//! workers' chains (a data-lake job's): find, verify and merge them.

use std::sync::Arc;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use scrubline::evidence::summary::{SummaryOptions, summarize};
use scrubline::evidence::verify::{VerifyOptions, verify_paths};
use scrubline::{CallContext, EvidenceLog, EvidenceOptions, Scanner};
use scrubline_benches::prompt;

fn dir(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!(
        "scrubline-bench-evidence-{name}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&d);
    d
}

fn logged(name: &str, options: EvidenceOptions) -> (Scanner, std::path::PathBuf) {
    let path = dir(name);
    let log: Arc<EvidenceLog> = EvidenceLog::open(&EvidenceOptions {
        path: Some(path.clone()),
        ..options
    })
    .unwrap();
    (Scanner::builder().evidence(log).build().unwrap(), path)
}

fn bench(c: &mut Criterion) {
    // SAFETY: set before any thread reads the environment.
    unsafe { std::env::set_var("SCRUBLINE_BENCH_EVIDENCE_KEY", "bench-key") };
    let p = prompt(1024);
    let plain = Scanner::default_rules().unwrap();
    let variants = [
        ("per_call", EvidenceOptions::default()),
        (
            "per_call_hmac",
            EvidenceOptions {
                hmac_key_env: Some("SCRUBLINE_BENCH_EVIDENCE_KEY".into()),
                ..EvidenceOptions::default()
            },
        ),
        (
            "bucket_60s",
            EvidenceOptions {
                bucket_seconds: 60,
                ..EvidenceOptions::default()
            },
        ),
    ];
    let mut group = c.benchmark_group("evidence");
    group.throughput(Throughput::Bytes(p.len() as u64));
    group.bench_with_input(BenchmarkId::new("redact_1k", "no_log"), &p, |b, p| {
        b.iter(|| plain.redact(p).unwrap())
    });
    let mut dirs = Vec::new();
    for (name, options) in variants {
        let (scanner, path) = logged(name, options);
        group.bench_with_input(BenchmarkId::new("redact_1k", name), &p, |b, p| {
            b.iter(|| scanner.redact(p).unwrap())
        });
        scanner.evidence().unwrap().flush().unwrap();
        dirs.push(path);
    }
    group.finish();

    // Verify the per-call log the benchmark just wrote.
    let log = &dirs[0];
    let bytes: u64 = scrubline::evidence::segments(log, "evidence")
        .unwrap()
        .iter()
        .map(|f| std::fs::metadata(f).unwrap().len())
        .sum();
    let mut group = c.benchmark_group("evidence_verify");
    group.throughput(Throughput::Bytes(bytes));
    group.sample_size(10);
    group.bench_function("per_call_log", |b| {
        b.iter(|| {
            let (v, _) = verify_paths(&[log], "evidence", VerifyOptions::default()).unwrap();
            assert!(v.ok);
        })
    });
    group.finish();
    for d in dirs {
        let _ = std::fs::remove_dir_all(d);
    }
    summarize_workers(c, &plain, &p);
}

/// 300 worker chains (`evidence-w<n>-<seq>.jsonl`) of 60 one-minute
/// buckets each in one directory, as 300 Spark tasks leave after an hour.
fn summarize_workers(c: &mut Criterion, scanner: &Scanner, prompt: &str) {
    const WORKERS: usize = 300;
    const MINUTES: i64 = 60;
    let path = dir("workers");
    let report = scanner.redact(prompt).unwrap().report;
    let start = 1_764_547_200_000_i64; // 2025-12-01T00:00:00Z
    for w in 0..WORKERS {
        let now = Arc::new(std::sync::atomic::AtomicI64::new(start));
        let clock = now.clone();
        let log = EvidenceLog::with_clock(
            &EvidenceOptions {
                path: Some(path.clone()),
                prefix: format!("evidence-w{w}"),
                bucket_seconds: 60,
                ..EvidenceOptions::default()
            },
            Arc::new(move || clock.load(std::sync::atomic::Ordering::Relaxed)),
        )
        .unwrap();
        for minute in 0..MINUTES {
            now.store(
                start + minute * 60_000,
                std::sync::atomic::Ordering::Relaxed,
            );
            for _ in 0..10 {
                log.record("redact", &CallContext::default(), &report, None)
                    .unwrap();
            }
        }
        log.flush().unwrap();
    }
    let mut group = c.benchmark_group("evidence_summarize");
    group.sample_size(10);
    group.bench_function("300_worker_chains", |b| {
        b.iter(|| {
            let mut all = Vec::new();
            for (_, chain) in scrubline::evidence::chains(&path, "evidence").unwrap() {
                let (v, records) =
                    verify_paths(&chain, "evidence", VerifyOptions::default()).unwrap();
                assert!(v.ok);
                all.extend(records);
            }
            assert_eq!(all.len(), WORKERS * MINUTES as usize);
            summarize(
                &all,
                SummaryOptions {
                    from_ms: start,
                    to_ms: start + 86_400_000,
                    max_gap_ms: 3_600_000,
                },
            )
        })
    });
    group.finish();
    let _ = std::fs::remove_dir_all(path);
}

criterion_group!(benches, bench);
criterion_main!(benches);
