//! The fuzz targets' invariants (fuzz/fuzz_targets) as property tests, so
//! `cargo test` checks them on every run: offsets in range and on
//! character boundaries, UTF-8 in and out, no matched value surviving
//! redaction, JSON structure kept.

use std::sync::OnceLock;

use proptest::prelude::*;
use scrubline::Scanner;

fn scanner() -> &'static Scanner {
    static S: OnceLock<Scanner> = OnceLock::new();
    S.get_or_init(|| Scanner::builder().build().unwrap())
}

const PLANTS: &[&str] = &[
    "AKIAQYLPMN5HHHFPZAM2",
    "bob@example.com",
    "4111 1111 1111 1111",
    "ghp_R8c4kQm2Zt7Lp9Xw3Vb6Nd1Hs5Jf0Ga4Ye2T",
    "password=\"Xk9#mP2$vL7qR4tW\"",
    "GB82 WEST 1234 5698 7654 32",
    "😀東京",
    "\u{200b}",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            "[ -~]{0,40}",
            "\\PC{0,12}",
            prop::sample::select(PLANTS).prop_map(str::to_string),
        ],
        0..12,
    )
    .prop_map(|parts| parts.join(" "))
}

fn occurs_outside(hay: &[u8], needle: &[u8], spans: &[(usize, usize)]) -> bool {
    (0..=hay.len().saturating_sub(needle.len())).any(|i| {
        hay[i..].starts_with(needle) && spans.iter().all(|&(s, e)| i + needle.len() <= s || i >= e)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn redaction_invariants(t in text()) {
        let r = scanner().redact(&t).unwrap();
        let data = t.as_bytes();
        let spans: Vec<(usize, usize)> = r.findings.iter().map(|f| (f.bytes.start, f.bytes.end)).collect();
        for f in &r.findings {
            prop_assert!(f.bytes.start < f.bytes.end && f.bytes.end <= data.len());
            prop_assert!(t.is_char_boundary(f.bytes.start) && t.is_char_boundary(f.bytes.end));
            prop_assert_eq!(t[..f.bytes.start].chars().count(), f.chars.start);
            prop_assert_eq!(t[..f.bytes.start].encode_utf16().count(), f.utf16.start);
            let value = &data[f.bytes.start..f.bytes.end];
            if value.len() >= 8 && !occurs_outside(data, value, &spans) {
                prop_assert!(!r.text.as_bytes().windows(value.len()).any(|w| w == value));
            }
        }
        prop_assert_eq!(r.report.findings as usize, r.findings.len());
    }

    #[test]
    fn arbitrary_bytes_never_fail(data in prop::collection::vec(any::<u8>(), 0..512)) {
        let r = scanner().redact_bytes(&data).unwrap();
        if std::str::from_utf8(&data).is_ok() {
            prop_assert!(std::str::from_utf8(&r.bytes).is_ok());
        }
    }

    #[test]
    fn json_keeps_its_structure(values in prop::collection::vec(text(), 0..6), n in any::<i64>()) {
        let doc = serde_json::json!({
            "messages": values.iter().map(|v| serde_json::json!({"role": "user", "content": v})).collect::<Vec<_>>(),
            "password": values.first().cloned().unwrap_or_default(),
            "n": n,
            "ok": true,
        });
        let r = scanner().redact_json(&doc).unwrap();
        prop_assert_eq!(r.value["messages"].as_array().unwrap().len(), values.len());
        prop_assert_eq!(&r.value["ok"], &serde_json::json!(true));
        prop_assert_eq!(r.value.as_object().unwrap().len(), 4);
    }
}
