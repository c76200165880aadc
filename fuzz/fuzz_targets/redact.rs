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

fuzz_target!(|data: &[u8]| {
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
    for f in &r.findings {
        assert!(f.bytes.start < f.bytes.end && f.bytes.end <= data.len());
        assert!(f.chars.start <= f.chars.end && f.utf16.start <= f.utf16.end);
        if let Some(t) = text {
            assert!(t.is_char_boundary(f.bytes.start) && t.is_char_boundary(f.bytes.end));
        }
        let value = &data[f.bytes.start..f.bytes.end];
        // A value that is part of a label the output writes (`[AUTH0_CLIENT_SECRE`
        // inside `[AUTH0_CLIENT_SECRET]`) may appear there without surviving.
        let in_label = r.findings.iter().any(|g| {
            let label = format!("[{}]", g.entity);
            label.as_bytes().windows(value.len()).any(|w| w == value)
        });
        if value.len() >= 8 && !in_label && !occurs_outside(data, value, &spans) {
            assert!(
                !r.bytes.windows(value.len()).any(|w| w == value),
                "a matched value survived redaction"
            );
        }
    }
    assert_eq!(r.report.findings as usize, r.findings.len());
});
