//! Arbitrary bytes through the default scanner: no rule's confirmation
//! searches read more than four times the input plus two windows of the
//! longest match, however dense the keyword hits (the bound
//! `benches/tests/worst_case.rs` checks on hand-made adversarial inputs).
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use scrubline::Scanner;

fn scanner() -> &'static Scanner {
    static S: OnceLock<Scanner> = OnceLock::new();
    S.get_or_init(|| Scanner::builder().build().expect("built-in rules compile"))
}

// The scanner is built before the first input: compiling the built-in
// rules under the sanitizer takes longer than libFuzzer's per-input
// timeout on a slow machine, and the first input would be blamed.
fuzz_target!(init: { scanner(); }, |data: &[u8]| {
    let cost = scanner()
        .search_cost(data)
        .expect("input under the size limit");
    let bound = 4 * data.len() as u64 + 2 * (scrubline::DEFAULT_MAX_MATCH_LEN as u64 + 4);
    assert!(
        cost.max_rule <= bound,
        "one rule searched {} bytes over {} input bytes",
        cost.max_rule,
        data.len()
    );
});
