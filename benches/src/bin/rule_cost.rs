//! Which rules a text's per-call cost comes from: for every built-in rule
//! that finds something in, or is prefiltered in by, the text, the
//! per-call time of a scanner holding that rule alone, slowest first.
//! Where `per_call` says a prompt is slow, this says which rule to look at.
//!
//! `rule_cost [CALLS] [FILTER] < TEXT`: CALLS per rule (default 20,000),
//! only the rules whose id contains FILTER. Prints
//! `µs/call rule-id` per rule above a scanner with no rule enabled but one
//! cheap rule (the fixed per-call cost), best of three rounds.

use std::io::Read;

use scrubline::{RuleSet, Scanner};
use scrubline_benches::{calls_and_filter, redact_micros as per_call};

fn only(id: &str) -> Scanner {
    let mut set = RuleSet::builtin();
    let drop: Vec<String> = set
        .rules()
        .iter()
        .filter(|r| r.id != id)
        .map(|r| r.id.clone())
        .collect();
    set.disable(&drop).expect("known ids");
    Scanner::builder()
        .rules(set)
        .build()
        .expect("one rule compiles")
}

fn main() {
    let (calls, filter) = calls_and_filter(20_000);
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .expect("UTF-8 text on stdin");
    let lower = text.to_ascii_lowercase();
    let ids: Vec<String> = RuleSet::builtin()
        .rules()
        .iter()
        .filter(|r| r.id.contains(&filter))
        .filter(|r| {
            r.keywords.is_empty()
                || r.keywords
                    .iter()
                    .any(|k| lower.contains(&k.to_ascii_lowercase()))
        })
        .map(|r| r.id.clone())
        .collect();
    let floor = per_call(&only("aws.access_key_id"), "", calls);
    println!("{floor:.2} (empty text, one rule)");
    let mut costs: Vec<(f64, &String)> = ids
        .iter()
        .map(|id| (per_call(&only(id), &text, calls), id))
        .collect();
    costs.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (us, id) in costs {
        println!("{us:.2} {id}");
    }
}
