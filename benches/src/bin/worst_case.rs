//! The worst-case benchmark: every adversarial input against prose of the
//! same size, one core, one run.
//!
//! `worst_case [BYTES] [--backend portable|hyperscan] [--all]` prints a
//! Markdown table: MB/s of `Scanner::redact` with the default
//! configuration (best of at least three runs), the ratio to prose of the
//! same size timed alternately with it,
//! and the search cost (bytes the busiest rule's regex searches read, per
//! input byte). `--all` adds one input
//! per rule keyword and one near-match flood per rule (slower; the table
//! then lists the ten slowest of those); `--only TEXT` keeps the inputs
//! whose name contains TEXT (for profiling one). The documented floor is a
//! ratio of at least 0.2 on every row. `WORST_CASE_KEEP=N` lists the N
//! slowest generated inputs instead of ten; `WORST_CASE_SPIN=SECS` redacts
//! each input that long before timing it (for `perf record`).

use std::time::Instant;

use scrubline::{BackendKind, RuleSet, Scanner};
use scrubline_benches::adversarial::{ADVERSARIES, keyword_floods, near_match_floods};

/// Best seconds for one redaction of `input` and of `prose`, timed
/// alternately: at least three runs each and as many as fit in 60 ms. On a
/// shared machine speed drifts over seconds, so an input is compared with
/// prose timed beside it, not at the start of the run; the minimum is the
/// stable figure.
fn paired(scanner: &Scanner, input: &[u8], prose: &[u8]) -> (f64, f64) {
    let start = Instant::now();
    let (mut best, mut best_prose) = (f64::INFINITY, f64::INFINITY);
    let time = |text: &[u8]| {
        let t = Instant::now();
        scanner
            .redact_bytes(text)
            .expect("input under the size limit");
        t.elapsed().as_secs_f64()
    };
    for run in 0.. {
        if run >= 3 && (start.elapsed().as_secs_f64() > 0.06 || run >= 100) {
            break;
        }
        best = best.min(time(input));
        best_prose = best_prose.min(time(prose));
    }
    (best, best_prose)
}

struct Row {
    name: String,
    mbps: f64,
    ratio: f64,
    cost: f64,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let len: usize = args.iter().find_map(|a| a.parse().ok()).unwrap_or(1 << 20);
    let backend = match args.iter().position(|a| a == "--backend") {
        Some(i) if args.get(i + 1).map(String::as_str) == Some("portable") => BackendKind::Portable,
        Some(i) if args.get(i + 1).map(String::as_str) == Some("hyperscan") => {
            BackendKind::Hyperscan
        }
        _ => BackendKind::Auto,
    };
    let all = args.iter().any(|a| a == "--all");
    let only = args
        .iter()
        .position(|a| a == "--only")
        .and_then(|i| args.get(i + 1))
        .cloned()
        .unwrap_or_default();
    let scanner = Scanner::builder()
        .backend(backend)
        .build()
        .expect("built-in rules compile");

    let corpus = scrubline_benches::corpus_of("prose", 1);
    // Prose of `n` bytes (to a character boundary): every input is
    // compared with prose of its own size.
    let prose_of = |n: usize| {
        let mut p = corpus.repeat(n / corpus.len() + 1);
        p.truncate(n);
        while std::str::from_utf8(&p).is_err() {
            p.pop();
        }
        p
    };
    let prose = prose_of(len);
    let (base, _) = paired(&scanner, &prose, &prose);
    // `WORST_CASE_SPIN=SECS` redacts each input for that long before it is
    // timed, so a profiler attached to one `--only` input sees the scan
    // rather than the build.
    let spin: f64 = std::env::var("WORST_CASE_SPIN")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.0);
    let row = |name: String, input: &[u8], prose: &[u8]| {
        let start = Instant::now();
        while start.elapsed().as_secs_f64() < spin {
            scanner
                .redact_bytes(input)
                .expect("input under the size limit");
        }
        let (s, p) = paired(&scanner, input, prose);
        let cost = scanner
            .search_cost(input)
            .expect("input under the size limit");
        Row {
            name,
            mbps: input.len() as f64 / s / 1e6,
            ratio: p * input.len() as f64 / prose.len() as f64 / s,
            cost: cost.max_rule as f64 / input.len().max(1) as f64,
        }
    };

    let mut rows: Vec<Row> = ADVERSARIES
        .iter()
        .filter(|a| a.name.contains(&only))
        .map(|a| row(a.name.to_string(), &(a.make)(len), &prose))
        .collect();
    let mut extra = 0;
    if all {
        let rules = RuleSet::builtin();
        let small = len.min(64 << 10);
        let prose_small = prose_of(small);
        let mut generated: Vec<Row> = keyword_floods(&rules, small)
            .into_iter()
            .chain(near_match_floods(&rules, small))
            .filter(|(name, _)| name.contains(&only))
            .map(|(name, input)| row(name, &input, &prose_small))
            .collect();
        extra = generated.len();
        generated.sort_by(|a, b| a.ratio.total_cmp(&b.ratio));
        let keep = std::env::var("WORST_CASE_KEEP")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(10);
        rows.extend(generated.into_iter().take(keep));
    }

    println!(
        "backend `{}`, {} bytes per input, prose {:.1} MB/s{}\n",
        scanner.backend_name(),
        len,
        len as f64 / base / 1e6,
        if all {
            format!(
                "; {extra} keyword and near-match inputs of up to 64 KiB, the ten slowest listed"
            )
        } else {
            String::new()
        }
    );
    println!("| input | MB/s | vs prose | busiest rule: bytes searched per byte |");
    println!("|---|---:|---:|---:|");
    for r in &rows {
        println!(
            "| {} | {:.1} | {:.2} | {:.1} |",
            r.name, r.mbps, r.ratio, r.cost
        );
    }
    let worst = rows.iter().map(|r| r.ratio).fold(f64::INFINITY, f64::min);
    println!("\nworst ratio {worst:.2} (floor 0.20)");
}
