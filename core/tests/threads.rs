//! One scanner, built once, shared by many threads.

use scrubline::{Scanner, StreamRedactor};

fn assert_send_sync<T: Send + Sync>() {}
fn assert_send<T: Send>() {}

#[test]
fn scanner_is_send_sync_and_streams_are_send() {
    assert_send_sync::<Scanner>();
    assert_send::<StreamRedactor>();
}

#[test]
fn threads_sharing_one_scanner_get_the_same_results() {
    let scanner = Scanner::default_rules().unwrap();
    let text =
        "user ana@example.com key AKIAQYLPMN5HHHFPZAM2 card 4111 1111 1111 1111\n".repeat(200);
    let expected = scanner.redact(&text).unwrap();
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..4)
            .map(|_| {
                let (scanner, text) = (&scanner, &text);
                s.spawn(move || {
                    (0..5)
                        .map(|_| scanner.redact(text).unwrap())
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for h in handles {
            for out in h.join().unwrap() {
                assert_eq!(out.text, expected.text);
                assert_eq!(out.findings, expected.findings);
            }
        }
    });
    assert_eq!(expected.findings.len(), 600);
}

#[test]
fn batch_results_match_one_by_one_in_order() {
    let scanner = Scanner::builder().max_input_bytes(64).build().unwrap();
    let texts: Vec<String> = (0..300)
        .map(|i| match i % 3 {
            0 => format!("user{i}@example.com"),
            1 => "x".repeat(65 + i), // over the limit: an error in its place
            _ => format!("nothing {i}"),
        })
        .collect();
    let batch = scanner.redact_batch(&texts);
    assert_eq!(batch.len(), texts.len());
    for (text, got) in texts.iter().zip(batch) {
        match (scanner.redact(text), got) {
            (Ok(want), Ok(got)) => {
                assert_eq!(got.text, want.text);
                assert_eq!(got.findings, want.findings);
            }
            (Err(want), Err(got)) => assert_eq!(got.code(), want.code()),
            (want, got) => panic!("{} differs: {want:?} vs {got:?}", text.len()),
        }
    }
}
