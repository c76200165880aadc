//! Arbitrary bytes as an evidence log: verification and summaries never
//! panic, a log that verifies has consecutive sequence numbers, and
//! whatever a problem says stays within the input's lines.
#![no_main]

use libfuzzer_sys::fuzz_target;
use scrubline::evidence::summary::{SummaryOptions, summarize};
use scrubline::evidence::verify::{VerifyOptions, verify_sources};

fuzz_target!(|data: &[u8]| {
    let options = VerifyOptions {
        allow_partial: data.first().is_some_and(|b| b & 1 == 1),
        key: data
            .get(1)
            .filter(|b| *b & 1 == 1)
            .map(|_| b"fuzz".to_vec()),
        ..VerifyOptions::default()
    };
    let (v, records) = verify_sources([("log", data)], options);
    if v.ok {
        assert!(records.windows(2).all(|w| w[1].seq == w[0].seq + 1));
        assert_eq!(v.records as usize, records.len());
    }
    if let Some(p) = &v.problem {
        assert!(p.line <= data.split(|&b| b == b'\n').count());
    }
    let s = summarize(
        &records,
        SummaryOptions {
            from_ms: 1_699_920_000_000, // 2023-11-14T00:00:00Z
            to_ms: 1_699_920_000_000 + 40 * 86_400_000,
            max_gap_ms: 3_600_000,
        },
    );
    let _ = s.to_markdown();
    assert_eq!(s.per_day.len(), 40);
});
