//! Per-call latency of `Scanner::redact` on the prompts of `benches/lib.rs`
//! (with two findings and with none, 200 B to 4 KiB), full built-in pack,
//! default configuration: a steady loop to profile with `perf record` and
//! to compare two commits' builds run alternately (criterion's
//! `redact/prompt` bench is the reference figure).
//!
//! `per_call [CALLS] [FILTER]`: CALLS per prompt (default 200,000); only the
//! prompts whose name contains FILTER. Prints `name µs/call` per prompt,
//! best of three rounds.

use scrubline::Scanner;
use scrubline_benches::{calls_and_filter, clean_prompt, prompt, redact_micros};

fn main() {
    let (calls, filter) = calls_and_filter(200_000);
    let scanner = Scanner::default_rules().expect("built-in rules compile");
    for len in [200usize, 1024, 4096] {
        for (name, text) in [
            (format!("prompt/{len}"), prompt(len)),
            (format!("prompt_clean/{len}"), clean_prompt(len)),
        ] {
            if !name.contains(&filter) {
                continue;
            }
            let best = redact_micros(&scanner, &text, calls);
            println!("{name} {best:.2}");
        }
    }
}
