//! Shared helpers for the criterion benches: the generated corpus.

pub mod adversarial;

use std::path::PathBuf;
use std::process::Command;

/// The mixed corpus of `mb` MiB from `benches/corpus.py`, generated on first use.
pub fn corpus(mb: u32) -> Vec<u8> {
    corpus_of("mixed", mb)
}

/// A corpus of one `kind` (`mixed`, `prose`, `logs`, `code`) from `benches/corpus.py`.
pub fn corpus_of(kind: &str, mb: u32) -> Vec<u8> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let path = dir.join("data").join(format!("{kind}-{mb}mb.txt"));
    if !path.exists() {
        let status = Command::new("python3")
            .arg(dir.join("corpus.py"))
            .args(["--size-mb", &mb.to_string(), "--kind", kind, "--out"])
            .arg(&path)
            .status()
            .expect("python3 runs benches/corpus.py");
        assert!(status.success(), "benches/corpus.py failed");
    }
    std::fs::read(&path).expect("corpus readable")
}

/// A chat-style prompt of `len` bytes with nothing to redact.
pub fn clean_prompt(len: usize) -> String {
    let filler = "Please summarise the attached incident report and suggest next steps for the on-call team. ";
    filler.repeat(len / filler.len() + 1)[..len].to_string()
}

/// A chat-style prompt of about `len` bytes with one secret and one email.
pub fn prompt(len: usize) -> String {
    let filler = "Please summarise the attached incident report and suggest next steps for the on-call team. ";
    let mut p =
        String::from("Hi! My key is AKIAQYLPMN5HHHFPZAM2, reach me at ana.lopez@example.com. ");
    while p.len() < len {
        p.push_str(filler);
    }
    p.truncate(len);
    p
}

/// Microseconds per `scanner.redact(text)` call: the best of three rounds
/// of `calls` calls each (for the `per_call` and `rule_cost` binaries).
pub fn redact_micros(scanner: &scrubline::Scanner, text: &str, calls: u32) -> f64 {
    (0..3)
        .map(|_| {
            let start = std::time::Instant::now();
            for _ in 0..calls {
                std::hint::black_box(scanner.redact(std::hint::black_box(text)).unwrap());
            }
            start.elapsed().as_secs_f64() * 1e6 / f64::from(calls)
        })
        .fold(f64::INFINITY, f64::min)
}

/// The `[CALLS] [FILTER]` arguments of the per-call binaries: calls per
/// measurement (`default` when absent) and a name filter ("" when absent).
pub fn calls_and_filter(default: u32) -> (u32, String) {
    let mut args = std::env::args().skip(1);
    let calls = args
        .next()
        .map(|a| a.parse().expect("CALLS is a number"))
        .unwrap_or(default);
    (calls, args.next().unwrap_or_default())
}
