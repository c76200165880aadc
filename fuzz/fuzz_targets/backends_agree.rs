//! Where the Hyperscan backend is built, it and the portable backend give
//! the same findings on arbitrary input.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use scrubline::{BackendKind, Scanner};

fn scanners() -> &'static Option<(Scanner, Scanner)> {
    static S: OnceLock<Option<(Scanner, Scanner)>> = OnceLock::new();
    S.get_or_init(|| {
        BackendKind::Hyperscan.is_available().then(|| {
            let build = |kind| Scanner::builder().backend(kind).build().expect("compiles");
            (build(BackendKind::Portable), build(BackendKind::Hyperscan))
        })
    })
}

// The scanner is built before the first input: compiling the built-in
// rules under the sanitizer takes longer than libFuzzer's per-input
// timeout on a slow machine, and the first input would be blamed.
fuzz_target!(init: { scanners(); }, |data: &[u8]| {
    if let Some((portable, hyperscan)) = scanners() {
        assert_eq!(
            portable.scan_bytes(data).unwrap(),
            hyperscan.scan_bytes(data).unwrap()
        );
    }
});
