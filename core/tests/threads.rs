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
