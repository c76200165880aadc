//! The worst-case bound, deterministically: on every adversarial input no
//! rule's confirmation searches read more than four times the input plus
//! a constant (two windows of the longest match), however dense the hits.
//! Before hits were grouped, `eyJ` repeated made the JWT rule search about
//! 4,000 bytes per input byte. Speed itself is measured by the
//! `worst_case` bench binary, not here.

use scrubline::{RuleSet, Scanner};
use scrubline_benches::adversarial::{ADVERSARIES, keyword_floods, near_match_floods};

/// Two windows of the longest match a rule may have, plus look-ahead.
const SLACK: u64 = 2 * (scrubline::DEFAULT_MAX_MATCH_LEN as u64 + 4);

fn check(scanner: &Scanner, name: &str, input: &[u8]) {
    let cost = scanner
        .search_cost(input)
        .expect("input under the size limit");
    let bound = 4 * input.len() as u64 + SLACK;
    assert!(
        cost.max_rule <= bound,
        "{name}: one rule searched {} bytes over {} input bytes (bound {bound})",
        cost.max_rule,
        input.len()
    );
}

#[test]
fn adversarial_inputs_cost_linear_work() {
    let scanner = Scanner::builder().build().unwrap();
    for a in ADVERSARIES {
        check(&scanner, a.name, &(a.make)(64 << 10));
    }
}

#[test]
fn every_keyword_and_near_match_flood_costs_linear_work() {
    let scanner = Scanner::builder().build().unwrap();
    let rules = RuleSet::builtin();
    // Larger than the slack, so a per-hit rescan would exceed the bound.
    let len = 24 << 10;
    for (name, input) in keyword_floods(&rules, len)
        .into_iter()
        .chain(near_match_floods(&rules, len))
    {
        check(&scanner, &name, &input);
    }
}
