//! Streaming equals one-shot, for any chunking, with bounded hold-back.

use proptest::prelude::*;
use scrubline::{RuleSet, Scanner};
use std::sync::OnceLock;

fn scanner() -> &'static Scanner {
    static S: OnceLock<Scanner> = OnceLock::new();
    S.get_or_init(|| Scanner::default_rules().unwrap())
}

/// Text pieces: every rule example plus filler that exercises boundaries.
fn pieces() -> &'static Vec<String> {
    static P: OnceLock<Vec<String>> = OnceLock::new();
    P.get_or_init(|| {
        let mut p: Vec<String> = RuleSet::builtin()
            .rules()
            .iter()
            .flat_map(|r| r.examples.clone())
            .collect();
        p.extend(
            [
                " ",
                "\n",
                "password = ",
                "é",
                "東京",
                "😀",
                "key=",
                "\"",
                "call ",
                "4111 1111 1111 1111",
                "@",
                "-----BEGIN",
            ]
            .map(String::from),
        );
        p
    })
}

fn stream_redact(input: &[u8], cuts: &[usize]) -> (Vec<u8>, Vec<scrubline::Finding>) {
    let mut stream = scanner().stream();
    let mut out = Vec::new();
    let mut findings = Vec::new();
    let mut last = 0;
    for &cut in cuts {
        out.extend(stream.feed(&input[last..cut]).unwrap());
        findings.extend(stream.take_findings());
        last = cut;
    }
    out.extend(stream.feed(&input[last..]).unwrap());
    out.extend(stream.finish().unwrap());
    findings.extend(stream.take_findings());
    (out, findings)
}

/// Streaming `text` cut at `cut_seeds` gives the one-shot text and findings.
fn check_text(text: &str, cut_seeds: &[prop::sample::Index]) -> Result<(), TestCaseError> {
    let input = text.as_bytes();
    let mut cuts: Vec<usize> = cut_seeds.iter().map(|i| i.index(input.len() + 1)).collect();
    cuts.sort_unstable();
    let one = scanner().redact_bytes(input).unwrap();
    let (out, findings) = stream_redact(input, &cuts);
    prop_assert_eq!(
        String::from_utf8_lossy(&out),
        String::from_utf8_lossy(&one.bytes)
    );
    prop_assert_eq!(findings, one.findings);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, .. ProptestConfig::default() })]

    #[test]
    fn stream_equals_one_shot(indices in prop::collection::vec(any::<prop::sample::Index>(), 1..12),
                              cut_seeds in prop::collection::vec(any::<prop::sample::Index>(), 0..20)) {
        let text: String = indices.iter().map(|i| i.get(pieces()).as_str()).collect();
        check_text(&text, &cut_seeds)?;
    }

    #[test]
    fn stream_equals_one_shot_on_arbitrary_bytes(input in prop::collection::vec(any::<u8>(), 0..600),
                                                 cut_seeds in prop::collection::vec(any::<prop::sample::Index>(), 0..10)) {
        let mut cuts: Vec<usize> = cut_seeds.iter().map(|i| i.index(input.len() + 1)).collect();
        cuts.sort_unstable();
        let one = scanner().redact_bytes(&input).unwrap();
        let (out, findings) = stream_redact(&input, &cuts);
        prop_assert_eq!(out, one.bytes);
        prop_assert_eq!(findings, one.findings);
    }
}

/// Pieces where secrets recur: values found once, then repeated bare,
/// glued, overlapping themselves (`Zq8#abZq8#ab` in a run of `Zq8#ab`) or
/// cut by the chunking.
fn recurring_pieces() -> &'static Vec<String> {
    static P: OnceLock<Vec<String>> = OnceLock::new();
    P.get_or_init(|| {
        [
            "password = Zq8#abZq8#ab\n",
            "Zq8#ab",
            "Zq8#abZq8#ab",
            "export GITHUB_TOKEN=ghp_R4nd0mT0k3nV4lu3F0rT3st1ngPurp0s3s00\n",
            "ghp_R4nd0mT0k3nV4lu3F0rT3st1ngPurp0s3s00",
            "R4nd0mT0k3nV4lu3F0rT3st1ngPurp0s3s00",
            "my password is Tr0ub4dor&3x ",
            "strcmp(\"Tr0ub4dor&3x\", s)",
            "mail bob@example.com ",
            "bob@example.com",
            "x",
            " ",
            "\n",
            "key=",
        ]
        .map(String::from)
        .to_vec()
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    #[test]
    fn stream_equals_one_shot_with_recurrences(indices in prop::collection::vec(any::<prop::sample::Index>(), 1..24),
                                               cut_seeds in prop::collection::vec(any::<prop::sample::Index>(), 0..20)) {
        let text: String = indices.iter().map(|i| i.get(recurring_pieces()).as_str()).collect();
        check_text(&text, &cut_seeds)?;
    }
}

/// A scanner whose only secret is a 300-byte value after `LONG=`, longer
/// than the idle hold-back, with every other technique off: only the
/// recurrences' own hold-back keeps a recurrence cut by a chunk whole.
fn long_value_scanner() -> &'static Scanner {
    static S: OnceLock<Scanner> = OnceLock::new();
    S.get_or_init(|| {
        let rule = r#"
            format = 1
            [pack]
            name = "t"
            version = "1"
            [[rules]]
            id = "t.long"
            name = "long"
            category = "secret"
            entity = "LONG"
            pattern = 'LONG=(?P<value>[a-z0-9]{300})'
            keywords = ["LONG="]
            confidence = 0.9
        "#;
        scrubline::ScannerOptions {
            builtin_rules: false,
            rules: vec![rule.to_string()],
            deobfuscate: scrubline::Deobfuscation {
                recurrences: true,
                ..scrubline::Deobfuscation::none()
            },
            ..Default::default()
        }
        .build()
        .unwrap()
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 100, .. ProptestConfig::default() })]

    #[test]
    fn long_recurrences_cut_by_chunks_are_found(filler in "[a-y ]{0,400}",
                                                cut_seeds in prop::collection::vec(any::<prop::sample::Index>(), 1..12)) {
        let value: String = "abcdefg123".repeat(30);
        let text = format!("LONG={value} {filler} {value}{filler}{value}");
        let input = text.as_bytes();
        let mut cuts: Vec<usize> = cut_seeds.iter().map(|i| i.index(input.len() + 1)).collect();
        cuts.sort_unstable();
        let one = long_value_scanner().redact_bytes(input).unwrap();
        prop_assert!(!String::from_utf8_lossy(&one.bytes).contains("abcdefg123abcdefg123"));
        let mut stream = long_value_scanner().stream();
        let mut out = Vec::new();
        let mut last = 0;
        for &cut in &cuts {
            out.extend(stream.feed(&input[last..cut]).unwrap());
            last = cut;
        }
        out.extend(stream.feed(&input[last..]).unwrap());
        out.extend(stream.finish().unwrap());
        prop_assert_eq!(String::from_utf8_lossy(&out), String::from_utf8_lossy(&one.bytes));
    }
}

#[test]
fn a_recurring_secret_is_redacted_where_it_recurs_in_streams_too() {
    let text = "password = Zq8#abZq8#ab\nthen Zq8#abZq8#abZq8#ab and ghp_R4nd0mT0k3nV4lu3F0rT3st1ngPurp0s3s00 ghp_R4nd0mT0k3nV4lu3F0rT3st1ngPurp0s3s00x\n";
    let input = text.as_bytes();
    let one = scanner().redact_bytes(input).unwrap();
    assert!(
        !String::from_utf8_lossy(&one.bytes).contains("Zq8#"),
        "{}",
        String::from_utf8_lossy(&one.bytes)
    );
    let cuts: Vec<usize> = (1..input.len()).collect();
    let (out, findings) = stream_redact(input, &cuts);
    assert_eq!(out, one.bytes);
    assert_eq!(findings, one.findings);
}

#[test]
fn byte_at_a_time_equals_one_shot() {
    let text = pieces().join(" | ");
    let input = text.as_bytes();
    let cuts: Vec<usize> = (1..input.len()).collect();
    let one = scanner().redact_bytes(input).unwrap();
    let (out, findings) = stream_redact(input, &cuts);
    assert_eq!(
        String::from_utf8(out).unwrap(),
        String::from_utf8(one.bytes).unwrap()
    );
    assert_eq!(findings, one.findings);
    assert!(findings.len() > 200, "{} findings", findings.len());
}

#[test]
fn text_chunks_of_utf8_input_are_utf8() {
    let text = "東京の田中さん 😀 ".repeat(50) + "mail tanaka@example.jp " + &"é".repeat(300);
    let mut stream = scanner().stream();
    for chunk in text.as_bytes().chunks(5) {
        // Chunks split characters; released text never does.
        String::from_utf8(stream.feed(chunk).unwrap()).unwrap();
    }
    String::from_utf8(stream.finish().unwrap()).unwrap();
    assert_eq!(stream.report().by_entity["EMAIL_ADDRESS"], 1);
}

#[test]
fn hold_back_stays_bounded_on_long_input() {
    let line = "2026-11-22T10:00:00Z INFO user=ana@example.com ip=203.0.113.7 path=/v1/chat msg=\"hello world\"\n";
    let mut stream = scanner().stream();
    let mut max_held = 0;
    let mut released = 0;
    for _ in 0..20_000 {
        released += stream.feed(line.as_bytes()).unwrap().len();
        max_held = max_held.max(stream.held_back());
        stream.take_findings();
    }
    released += stream.finish().unwrap().len();
    assert!(released > 1_000_000);
    // Longest built-in rule (PEM block, ~6 KiB) plus context and one line.
    assert!(max_held < 16 * 1024, "held back {max_held} bytes");
    assert_eq!(stream.report().by_entity["EMAIL_ADDRESS"], 20_000);
    assert_eq!(stream.report().by_entity["IP_ADDRESS"], 20_000);
}

#[test]
fn feeding_after_finish_is_an_error() {
    let mut stream = scanner().stream();
    stream.finish().unwrap();
    assert_eq!(stream.feed(b"x").unwrap_err().code(), "stream_finished");
    assert_eq!(stream.finish().unwrap_err().code(), "stream_finished");
}

#[test]
fn idle_streams_release_text_with_small_latency() {
    let hold_back = scanner().stream_hold_back();
    // Far below the longest rule (a PEM block of up to ~6 KiB).
    assert!(hold_back < 1024, "idle hold-back {hold_back}");
    let mut stream = scanner().stream();
    let token = "the quick brown fox ";
    let mut released = 0;
    for _ in 0..500 {
        released += stream.feed(token.as_bytes()).unwrap().len();
        assert!(
            stream.held_back() <= hold_back + token.len(),
            "held {}",
            stream.held_back()
        );
    }
    assert!(released >= 500 * token.len() - hold_back - token.len());
}

/// A quoted value that only closes in a later chunk can make a match start
/// earlier than the one the stream saw first (`KEY... "https://...token=6`
/// then `...88"`): the stream must not resume past where it may start.
#[test]
fn a_later_chunk_can_move_a_match_earlier() {
    let text = "K005EXAMPLEKEYEXAMPLEKEYEXAMPLEcurl \"https://api.trello.com/1/cards?token=6f94f6d5787d442629a36e103601739a3f329cdceb2411e5570b058dc4bb6c88\"";
    let input = text.as_bytes();
    let one = scanner().redact_bytes(input).unwrap();
    for cut in 0..=input.len() {
        let (out, findings) = stream_redact(input, &[cut]);
        assert_eq!(out, one.bytes, "cut at {cut}");
        assert_eq!(findings, one.findings, "cut at {cut}");
    }
}

/// Phone numbers one digit short of valid, back to back: each costs a
/// libphonenumber parse, so past a per-byte budget they are redacted on
/// their format checks alone. The budget counts absolute offsets per rule,
/// so every chunking spends it exactly as the one-shot call does.
#[test]
fn costly_validation_budget_is_the_same_in_streams() {
    let input = "call +44 20 7946 095 now, ".repeat(600);
    let input = input.as_bytes();
    let one = scanner().redact_bytes(input).unwrap();
    let phones = one
        .findings
        .iter()
        .filter(|f| f.entity == "PHONE_NUMBER")
        .count();
    // The first numbers are parsed and dropped as invalid; later ones,
    // past the budget, are redacted: dense phone-like text fails closed.
    assert!(phones > 0 && phones < 600, "{phones} of 600 redacted");
    let first = one.findings.iter().map(|f| f.bytes.start).min().unwrap();
    assert!(first > 16 * 26, "the first numbers were parsed: {first}");
    for step in [1, 7, 100, 4096] {
        let cuts: Vec<usize> = (step..input.len()).step_by(step).collect();
        let (out, findings) = stream_redact(input, &cuts);
        assert_eq!(out, one.bytes, "chunks of {step}");
        assert_eq!(findings, one.findings, "chunks of {step}");
    }
    // Sparse numbers are always parsed: one invalid number in prose stays.
    let sparse = format!("{} call +44 20 7946 095 now", "word ".repeat(4000));
    let out = scanner().redact(&sparse).unwrap();
    assert!(out.text.contains("+44 20 7946 095"));
}

/// A flood of key words, each followed by a word the credential scorer
/// rejects (`SECRET_KEY` is a constant's name, not a value): past the
/// per-byte scoring budget the rest are redacted unscored, the same in
/// every chunking. A config file of ordinary density stays scored.
#[test]
fn credential_scoring_budget_fails_closed_and_streams_alike() {
    let input = "SECRET_KEY ".repeat(4000);
    let input = input.as_bytes();
    let one = scanner().redact_bytes(input).unwrap();
    let first = one.findings.iter().map(|f| f.bytes.start).min();
    // A match every 22 bytes (key word, value word); 320 free scores and
    // 20 more per KiB: the first ~12 KB are scored and dropped, after that
    // the budget scores one match in ~2.3 and the rest are redacted.
    assert!(
        first.is_some_and(|f| f > 320 * 22),
        "the first values were scored: {first:?}"
    );
    assert!(one.findings.len() > 600, "{} redacted", one.findings.len());
    for step in [13, 101, 4096] {
        let cuts: Vec<usize> = (step..input.len()).step_by(step).collect();
        let (out, findings) = stream_redact(input, &cuts);
        assert_eq!(out, one.bytes, "chunks of {step}");
        assert_eq!(findings, one.findings, "chunks of {step}");
    }
    // One candidate a line, 60 KB of config: every one is still scored.
    let config: String = (0..1500)
        .map(|i| format!("service_{i}.url = https://svc{i}.internal/v1\nservice_{i}.secret_key = ${{SVC_{i}_KEY}}\n"))
        .collect();
    let out = scanner().redact(&config).unwrap();
    assert_eq!(out.findings.len(), 0, "placeholders stay placeholders");
}
