//! Arbitrary text cut into arbitrary chunks: the stream's output and
//! findings equal one-shot redaction.
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
fuzz_target!(init: { scanner(); }, |input: (Vec<u8>, Vec<u16>)| {
    let (data, cuts) = input;
    let want = scanner().redact_bytes(&data).expect("under the limit");
    let mut stream = scanner().stream();
    let (mut out, mut findings, mut at) = (Vec::new(), Vec::new(), 0);
    for cut in cuts {
        if at >= data.len() {
            break;
        }
        let end = (at + cut as usize % 512 + 1).min(data.len());
        out.extend(stream.feed(&data[at..end]).expect("feed"));
        findings.extend(stream.take_findings());
        at = end;
    }
    out.extend(stream.feed(&data[at..]).expect("feed"));
    out.extend(stream.finish().expect("finish"));
    findings.extend(stream.take_findings());
    assert_eq!(out, want.bytes);
    assert_eq!(findings, want.findings);
});
