//! Arbitrary bytes through the default scanner: no panic; offsets in range
//! and on character boundaries; UTF-8 in, UTF-8 out; and no matched value
//! survives in the output (unless it also occurs outside every finding).
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use scrubline::Scanner;

fn scanner() -> &'static Scanner {
    static S: OnceLock<Scanner> = OnceLock::new();
    S.get_or_init(|| Scanner::builder().build().expect("built-in rules compile"))
}

fn occurs_outside(hay: &[u8], needle: &[u8], spans: &[(usize, usize)]) -> bool {
    (0..=hay.len().saturating_sub(needle.len())).any(|i| {
        hay[i..].starts_with(needle) && spans.iter().all(|&(s, e)| i + needle.len() <= s || i >= e)
    })
}

/// Overwrites every occurrence of `label` in `out` with 0xFF bytes (never
/// part of a value found in UTF-8 text, and no label holds one).
fn blank(out: &mut [u8], label: &[u8]) {
    let mut i = 0;
    while i + label.len() <= out.len() {
        if out[i..].starts_with(label) {
            out[i..i + label.len()].fill(0xFF);
            i += label.len();
        } else {
            i += 1;
        }
    }
}

// The scanner is built before the first input: compiling the built-in
// rules under the sanitizer takes longer than libFuzzer's per-input
// timeout on a slow machine, and the first input would be blamed.
fuzz_target!(init: { scanner(); }, |data: &[u8]| {
    let r = scanner()
        .redact_bytes(data)
        .expect("input under the size limit");
    let text = std::str::from_utf8(data).ok();
    if text.is_some() {
        assert!(std::str::from_utf8(&r.bytes).is_ok(), "UTF-8 in, UTF-8 out");
    }
    let spans: Vec<(usize, usize)> = r
        .findings
        .iter()
        .map(|f| (f.bytes.start, f.bytes.end))
        .collect();
    // The output with the labels it writes blanked out: a value may appear
    // in the output only where a label takes part (`[AUTH0_CLIENT_SECRE`
    // inside `[AUTH0_CLIENT_SECRET]`, or kept text `..._secret=` followed by
    // a label `[GENERIC_SECRE...` re-spelling a value that ran over both);
    // that is not the value surviving.
    let mut kept = r.bytes.clone();
    for g in &r.findings {
        let label = format!("[{}]", g.entity);
        blank(&mut kept, label.as_bytes());
    }
    for f in &r.findings {
        assert!(f.bytes.start < f.bytes.end && f.bytes.end <= data.len());
        assert!(f.chars.start <= f.chars.end && f.utf16.start <= f.utf16.end);
        if let Some(t) = text {
            assert!(t.is_char_boundary(f.bytes.start) && t.is_char_boundary(f.bytes.end));
        }
        let value = &data[f.bytes.start..f.bytes.end];
        if value.len() >= 8 && !occurs_outside(data, value, &spans) {
            assert!(
                !kept.windows(value.len()).any(|w| w == value),
                "a matched value survived redaction"
            );
        }
    }
    assert_eq!(r.report.findings as usize, r.findings.len());
});
