//! Arbitrary JSON through JSON redaction: the output keeps the structure
//! (same number of members, keys without findings unchanged, same array
//! lengths; scalars change only into redacted strings).
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use scrubline::Scanner;
use serde_json::Value;

fn scanner() -> &'static Scanner {
    static S: OnceLock<Scanner> = OnceLock::new();
    S.get_or_init(|| Scanner::builder().build().expect("built-in rules compile"))
}

fn same_shape(a: &Value, b: &Value) -> bool {
    match (a, b) {
        // A redacted key has a new name; every other key keeps its own.
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_none_or(|w| same_shape(v, w)))
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(v, w)| same_shape(v, w))
        }
        (Value::String(_), Value::String(_)) | (Value::Number(_), Value::String(_)) => true,
        (x, y) => x == y,
    }
}

// The scanner is built before the first input: compiling the built-in
// rules under the sanitizer takes longer than libFuzzer's per-input
// timeout on a slow machine, and the first input would be blamed.
fuzz_target!(init: { scanner(); }, |data: &[u8]| {
    let Ok(value) = serde_json::from_slice::<Value>(data) else {
        return;
    };
    let Ok(r) = scanner().redact_json(&value) else {
        return;
    };
    assert!(same_shape(&value, &r.value));
    let text = serde_json::to_string(&r.value).expect("serializes");
    let back: Value = serde_json::from_str(&text).expect("output parses");
    assert_eq!(back, r.value);
    assert_eq!(r.report.findings as usize, r.findings.len());
});
