//! In-process throughput for the comparison harness (benches/compare).
//!
//! `measure FILE` prints one JSON object: the single-core memory-read
//! bandwidth (memchr for a byte that never occurs, over the corpus repeated
//! to 256 MiB so it comes from memory, not cache),
//! library MB/s per backend with the full pack, and MB/s with the first 50,
//! 100 and all rules (rule-count scaling). Best of three runs each.

use std::time::Instant;

use scrubline::{BackendKind, RuleSet, Scanner};

fn best_mbps(bytes: usize, mut run: impl FnMut()) -> f64 {
    (0..3)
        .map(|_| {
            let t = Instant::now();
            run();
            bytes as f64 / t.elapsed().as_secs_f64() / 1e6
        })
        .fold(0.0, f64::max)
}

fn scanner(backend: BackendKind, rules: Option<usize>) -> Scanner {
    let mut builder = Scanner::builder().backend(backend).max_input_bytes(1 << 31);
    if let Some(n) = rules {
        let all = RuleSet::builtin();
        let drop: Vec<String> = all.rules().iter().skip(n).map(|r| r.id.clone()).collect();
        let mut set = RuleSet::builtin();
        set.disable(&drop).expect("known ids");
        builder = builder.rules(set);
    }
    builder.build().expect("built-in rules compile")
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: measure FILE (a corpus, e.g. from benches/corpus.py)");
        std::process::exit(2);
    };
    let data = match std::fs::read(&path) {
        Ok(data) => data,
        Err(e) => {
            eprintln!("measure: cannot read {path}: {e}");
            std::process::exit(2);
        }
    };
    // Read bandwidth from memory, not cache: the corpus repeated to 256 MiB.
    let byte = (0..=255u8).find(|b| !data.contains(b)).unwrap_or(0xFF);
    let big: Vec<u8> = data
        .iter()
        .copied()
        .cycle()
        .take((256 << 20).max(data.len()))
        .collect();
    let bandwidth = best_mbps(big.len(), || {
        std::hint::black_box(memchr::memchr(byte, std::hint::black_box(&big)));
    });
    drop(big);
    let mut backends = vec![("portable", BackendKind::Portable)];
    if BackendKind::Hyperscan.is_available() {
        backends.push(("hyperscan", BackendKind::Hyperscan));
    }
    let mut library = serde_json::Map::new();
    let mut scaling = serde_json::Map::new();
    for (name, kind) in backends {
        let s = scanner(kind, None);
        library.insert(
            name.into(),
            best_mbps(data.len(), || drop(s.redact_bytes(&data).unwrap())).into(),
        );
        let mut points = Vec::new();
        for n in [50, 100, usize::MAX] {
            let s = scanner(kind, (n != usize::MAX).then_some(n));
            let rules = s.rules().rules().len();
            let mbps = best_mbps(data.len(), || drop(s.scan_bytes(&data).unwrap()));
            points.push(serde_json::json!({"rules": rules, "mbps": mbps}));
        }
        scaling.insert(name.into(), points.into());
    }
    let out = serde_json::json!({
        "bytes": data.len(),
        "memory_bandwidth_mbps": bandwidth,
        "library_mbps": library,
        "rule_scaling": scaling,
    });
    println!("{out}");
}
