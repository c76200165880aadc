//! Arbitrary bytes through a scanner with every de-obfuscation technique on
//! (the decoders: escapes, HTML references, NFKC, confusables, tag
//! characters, joins, wrapped and nested base64/hex): no panic; findings on
//! character boundaries; and turning de-obfuscation on never redacts less:
//! every byte the plain scanner removes is inside a finding here too.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use scrubline::{Deobfuscation, Scanner};

fn scanners() -> &'static (Scanner, Scanner) {
    static S: OnceLock<(Scanner, Scanner)> = OnceLock::new();
    S.get_or_init(|| {
        let with = |d| Scanner::builder().deobfuscate(d).build().expect("built-in rules compile");
        (with(Deobfuscation::none()), with(Deobfuscation::all()))
    })
}

// The scanner is built before the first input: compiling the built-in
// rules under the sanitizer takes longer than libFuzzer's per-input
// timeout on a slow machine, and the first input would be blamed.
fuzz_target!(init: { scanners(); }, |data: &[u8]| {
    let (plain, deob) = scanners();
    let p = plain.redact_bytes(data).expect("input under the size limit");
    let d = deob.redact_bytes(data).expect("input under the size limit");
    let text = std::str::from_utf8(data).ok();
    for f in &d.findings {
        assert!(f.bytes.start < f.bytes.end && f.bytes.end <= data.len());
        if let Some(t) = text {
            assert!(t.is_char_boundary(f.bytes.start) && t.is_char_boundary(f.bytes.end));
        }
    }
    for f in &p.findings {
        for at in f.bytes.start..f.bytes.end {
            assert!(
                d.findings.iter().any(|g| g.bytes.start <= at && at < g.bytes.end),
                "de-obfuscation left byte {at} that the plain scanner redacts"
            );
        }
    }
});
