//! The evidence log: tamper detection, rotation and retention, buckets,
//! fail-closed writes, summaries over a generated month, and that no
//! scanned value ever reaches a record.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use proptest::prelude::*;
use scrubline::evidence::summary::{SummaryOptions, parse_bound, summarize};
use scrubline::evidence::verify::{
    ChainStart, ProblemKind, VerifyOptions, verify_paths, verify_sources,
};
use scrubline::evidence::{Clock, EvidenceRecord};
use scrubline::{CallContext, EvidenceLog, EvidenceOptions, RuleSet, Scanner};

const DAY: i64 = 86_400_000;
const HOUR: i64 = 3_600_000;
/// 2026-11-01T00:00:00Z.
const NOV_1: i64 = 1_793_491_200_000;

/// A clock the test moves by hand.
fn manual_clock(start: i64) -> (Clock, Arc<AtomicI64>) {
    let now = Arc::new(AtomicI64::new(start));
    let n = now.clone();
    (Arc::new(move || n.load(Ordering::SeqCst)), now)
}

fn temp_dir(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("scrubline-evidence-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn ctx(service: &str, request: Option<&str>) -> CallContext {
    CallContext {
        service: Some(service.into()),
        tenant: Some("acme".into()),
        request_id: request.map(String::from),
    }
}

/// Ten sealed lines from an in-memory log, with or without an HMAC key.
fn ten_lines(key: Option<&str>) -> Vec<String> {
    let options = EvidenceOptions {
        hmac_key_env: key.map(|_| "SCRUBLINE_TEST_EVIDENCE_KEY".to_string()),
        key_id: key.map(|_| "test-key-1".to_string()),
        ..EvidenceOptions::default()
    };
    if let Some(k) = key {
        // SAFETY of the test: one variable, same value in every test.
        unsafe { std::env::set_var("SCRUBLINE_TEST_EVIDENCE_KEY", k) };
    }
    let (clock, now) = manual_clock(NOV_1);
    let log = EvidenceLog::with_clock(&options, clock).unwrap();
    let scanner = Scanner::builder().evidence(log.clone()).build().unwrap();
    for i in 0..10 {
        now.fetch_add(1000, Ordering::SeqCst);
        let s = scanner
            .with_context(ctx("api", Some(&format!("req-{i}"))))
            .unwrap();
        s.redact("mail bob@example.com key AKIAQYLPMN5HHHFPZAM2")
            .unwrap();
    }
    log.take_lines()
}

fn verify(lines: &[String], options: VerifyOptions) -> scrubline::evidence::verify::Verification {
    let text = lines.iter().map(|l| format!("{l}\n")).collect::<String>();
    verify_sources([("log.jsonl", text.as_bytes())], options).0
}

fn problem(lines: &[String], options: VerifyOptions) -> (ProblemKind, usize) {
    let v = verify(lines, options);
    assert!(!v.ok);
    let p = v.problem.unwrap();
    (p.kind, p.line)
}

/// Edits record `i` (its `findings` count) and, if asked, recomputes its hash.
fn edit(lines: &mut [String], i: usize, rehash: bool) {
    let line = lines[i].replace("\"findings\":2", "\"findings\":1");
    assert_ne!(line, lines[i]);
    lines[i] = if rehash {
        let body_end = line.find(",\"hash\":\"").unwrap();
        let body = format!("{}}}", &line[..body_end]);
        let rest = &line[body_end..];
        let mac = rest.find(",\"mac\":").map(|m| &rest[m..]).unwrap_or("}");
        format!(
            "{},\"hash\":\"{}\"{}",
            &line[..body_end],
            hex_sha256(&body),
            mac
        )
    } else {
        line
    };
}

fn hex_sha256(text: &str) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(text.as_bytes()))
}

#[test]
fn an_untouched_chain_verifies() {
    for key in [None, Some("k3y")] {
        let lines = ten_lines(key);
        assert_eq!(lines.len(), 10);
        let v = verify(
            &lines,
            VerifyOptions {
                key: key.map(|k| k.as_bytes().to_vec()),
                ..VerifyOptions::default()
            },
        );
        assert!(v.ok, "{v:?}");
        assert_eq!(
            (v.records, v.start, v.head_seq),
            (10, ChainStart::Genesis, Some(10))
        );
        assert_eq!(v.macs_checked, if key.is_some() { 10 } else { 0 });
    }
}

#[test]
fn a_torn_last_record_is_told_apart_from_tampering() {
    let lines = ten_lines(None);
    let whole = lines.iter().map(|l| format!("{l}\n")).collect::<String>();
    // A write cut off by a full disk or a crash: half a record, no newline.
    let torn = format!("{whole}{}", &lines[9][..lines[9].len() / 2]);
    let v = verify_sources([("log.jsonl", torn.as_bytes())], VerifyOptions::default()).0;
    let p = v.problem.unwrap();
    assert_eq!((p.kind, p.line, v.records), (ProblemKind::TornTail, 11, 10));
    assert!(p.message.contains("not edited"), "{}", p.message);
    // The same half record followed by more lines is damage, not a torn tail.
    let buried = format!("{torn}\n{}\n", lines[9]);
    let v = verify_sources([("log.jsonl", buried.as_bytes())], VerifyOptions::default()).0;
    assert_eq!(v.problem.unwrap().kind, ProblemKind::Malformed);
    // Only the last file can end torn.
    let v = verify_sources(
        [("a.jsonl", torn.as_bytes()), ("b.jsonl", b"x\n".as_slice())],
        VerifyOptions::default(),
    )
    .0;
    assert_eq!(v.problem.unwrap().kind, ProblemKind::Malformed);
}

#[test]
fn each_kind_of_tampering_is_caught_at_its_line() {
    let lines = ten_lines(None);
    let plain = VerifyOptions::default();

    let mut edited = lines.clone();
    edit(&mut edited, 3, false);
    assert_eq!(problem(&edited, plain.clone()), (ProblemKind::Edited, 4));

    // Edited and re-hashed: the next record no longer chains to it.
    let mut rehashed = lines.clone();
    edit(&mut rehashed, 3, true);
    assert_eq!(
        problem(&rehashed, plain.clone()),
        (ProblemKind::BrokenLink, 5)
    );

    let mut removed = lines.clone();
    removed.remove(6);
    assert_eq!(problem(&removed, plain.clone()), (ProblemKind::Removed, 7));

    let mut reordered = lines.clone();
    reordered.swap(2, 5);
    assert_eq!(
        problem(&reordered, plain.clone()),
        (ProblemKind::Reordered, 3)
    );

    let mut duplicated = lines.clone();
    duplicated.insert(4, lines[3].clone());
    assert_eq!(
        problem(&duplicated, plain.clone()),
        (ProblemKind::Reordered, 5)
    );

    let mut first_removed = lines.clone();
    first_removed.remove(0);
    assert_eq!(
        problem(&first_removed, plain.clone()),
        (ProblemKind::Unanchored, 1)
    );
    let partial = VerifyOptions {
        allow_partial: true,
        ..plain.clone()
    };
    assert!(verify(&first_removed, partial).ok);

    let mut garbled = lines.clone();
    garbled[8].truncate(40);
    assert_eq!(
        problem(&garbled, plain.clone()),
        (ProblemKind::Malformed, 9)
    );

    // Cut short after an anchored head.
    let head = verify(&lines, plain.clone()).head_hash.unwrap();
    let anchored = VerifyOptions {
        expect_head: Some(head),
        ..plain.clone()
    };
    assert!(verify(&lines, anchored.clone()).ok);
    assert_eq!(problem(&lines[..9], anchored).0, ProblemKind::Truncated);
}

#[test]
fn the_hmac_catches_a_rehashed_edit_and_a_wrong_key() {
    let lines = ten_lines(Some("k3y"));
    let keyed = VerifyOptions {
        key: Some(b"k3y".to_vec()),
        ..VerifyOptions::default()
    };
    let mut rehashed = lines.clone();
    edit(&mut rehashed, 0, true);
    assert_eq!(problem(&rehashed, keyed.clone()), (ProblemKind::BadMac, 1));
    let wrong = VerifyOptions {
        key: Some(b"other".to_vec()),
        ..VerifyOptions::default()
    };
    assert_eq!(problem(&lines, wrong), (ProblemKind::BadMac, 1));
    let unkeyed = ten_lines(None);
    assert_eq!(problem(&unkeyed, keyed), (ProblemKind::MissingMac, 1));
    assert!(lines[0].contains("\"key_id\":\"test-key-1\""));
    assert!(!lines.iter().any(|l| l.contains("k3y")));
}

#[test]
fn files_rotate_resume_and_keep_one_chain() {
    let dir = temp_dir("rotate");
    let options = EvidenceOptions {
        path: Some(dir.clone()),
        rotate_bytes: 4096,
        ..EvidenceOptions::default()
    };
    let (clock, now) = manual_clock(NOV_1);
    for round in 0..2 {
        let log = EvidenceLog::with_clock(&options, clock.clone()).unwrap();
        let scanner = Scanner::builder().evidence(log).build().unwrap();
        for _ in 0..20 {
            now.fetch_add(1000, Ordering::SeqCst);
            scanner
                .redact("token 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")
                .unwrap();
        }
        drop(scanner);
        let segments = scrubline::evidence::segments(&dir, "evidence").unwrap();
        assert!(segments.len() >= 3, "round {round}: {segments:?}");
        let (v, records) = verify_paths(&[&dir], "evidence", VerifyOptions::default()).unwrap();
        assert!(v.ok, "{v:?}");
        assert_eq!(records.len(), 20 * (round + 1));
        assert!(
            records
                .iter()
                .enumerate()
                .all(|(i, r)| r.seq == i as u64 + 1)
        );
    }
    // Deleting a middle segment breaks the chain at the next file's first line.
    let segments = scrubline::evidence::segments(&dir, "evidence").unwrap();
    std::fs::remove_file(&segments[1]).unwrap();
    let (v, _) = verify_paths(&[&dir], "evidence", VerifyOptions::default()).unwrap();
    let p = v.problem.unwrap();
    assert_eq!((p.kind, p.line), (ProblemKind::Removed, 1));
    assert_eq!(p.file, segments[2].display().to_string());
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Two writers (separate file handles, as two worker processes have)
/// appending at once extend one chain.
#[test]
fn concurrent_writers_share_one_chain() {
    let dir = temp_dir("writers");
    let options = EvidenceOptions {
        path: Some(dir.clone()),
        rotate_bytes: 64 << 10,
        ..EvidenceOptions::default()
    };
    let workers: Vec<_> = (0..3)
        .map(|w| {
            let options = options.clone();
            std::thread::spawn(move || {
                let log = EvidenceLog::with_clock(&options, Arc::new(|| NOV_1)).unwrap();
                let scanner = Scanner::builder().evidence(log).build().unwrap();
                let scoped = scanner
                    .with_context(ctx(&format!("worker-{w}"), None))
                    .unwrap();
                for _ in 0..100 {
                    scoped.redact("mail bob@example.com").unwrap();
                }
            })
        })
        .collect();
    for w in workers {
        w.join().unwrap();
    }
    let (v, records) = verify_paths(&[&dir], "evidence", VerifyOptions::default()).unwrap();
    assert!(v.ok, "{v:?}");
    assert_eq!(records.len(), 300);
    assert!(
        scrubline::evidence::segments(&dir, "evidence")
            .unwrap()
            .len()
            > 1
    );
    for w in 0..3 {
        let service = format!("worker-{w}");
        let n = records
            .iter()
            .filter(|r| r.context.service.as_deref() == Some(service.as_str()))
            .count();
        assert_eq!(n, 100);
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn retention_prunes_old_days_and_the_chain_still_verifies() {
    let dir = temp_dir("retention");
    let options = EvidenceOptions {
        path: Some(dir.clone()),
        retention_days: 3,
        ..EvidenceOptions::default()
    };
    let (clock, now) = manual_clock(NOV_1 + 12 * HOUR);
    let log = EvidenceLog::with_clock(&options, clock).unwrap();
    let scanner = Scanner::builder().evidence(log).build().unwrap();
    for _ in 0..10 {
        scanner.redact("mail bob@example.com").unwrap();
        now.fetch_add(DAY, Ordering::SeqCst);
    }
    drop(scanner);
    let segments = scrubline::evidence::segments(&dir, "evidence").unwrap();
    assert_eq!(segments.len(), 4, "{segments:?}");
    let (v, records) = verify_paths(&[&dir], "evidence", VerifyOptions::default()).unwrap();
    assert!(v.ok, "{v:?}");
    assert_eq!(v.start, ChainStart::AfterRetention);
    let pruned: usize = records.iter().map(|r| r.pruned.len()).sum();
    // Days 7 to 10 each opened with a retention record for one deleted day.
    assert_eq!(pruned, 4);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn opening_one_directory_twice_in_a_process_shares_the_log() {
    let dir = temp_dir("shared");
    let options = EvidenceOptions {
        path: Some(dir.clone()),
        ..EvidenceOptions::default()
    };
    let a = EvidenceLog::open(&options).unwrap();
    let b = EvidenceLog::open(&options).unwrap();
    assert!(Arc::ptr_eq(&a, &b));
    let other = EvidenceOptions {
        bucket_seconds: 60,
        ..options.clone()
    };
    assert!(EvidenceLog::open(&other).is_err());
    drop((a, b));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn buckets_aggregate_per_window_and_context_without_request_ids() {
    let options = EvidenceOptions {
        bucket_seconds: 3600,
        service: Some("default-svc".into()),
        ..EvidenceOptions::default()
    };
    let (clock, now) = manual_clock(NOV_1);
    let log = EvidenceLog::with_clock(&options, clock).unwrap();
    let scanner = Scanner::builder().evidence(log.clone()).build().unwrap();
    let api = scanner.with_context(ctx("api", Some("r1"))).unwrap();
    for minute in 0..90 {
        now.store(NOV_1 + minute * 60_000, Ordering::SeqCst);
        api.redact("mail bob@example.com").unwrap();
        if minute % 10 == 0 {
            scanner.scan("nothing here").unwrap();
        }
    }
    assert!(api.redact_bytes(&vec![b'a'; 65 << 20]).is_err());
    log.flush().unwrap();
    let records: Vec<EvidenceRecord> = log
        .take_lines()
        .iter()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let summary: Vec<(String, Option<String>, u64, u64, u64)> = records
        .iter()
        .map(|r| {
            (
                r.window.as_ref().unwrap().start.clone(),
                r.context.service.clone(),
                r.calls,
                r.findings,
                r.errors.values().sum(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        vec![
            (
                "2026-11-01T00:00:00.000Z".into(),
                Some("api".into()),
                60,
                60,
                0
            ),
            (
                "2026-11-01T00:00:00.000Z".into(),
                Some("default-svc".into()),
                6,
                0,
                0
            ),
            (
                "2026-11-01T01:00:00.000Z".into(),
                Some("api".into()),
                31,
                30,
                1
            ),
            (
                "2026-11-01T01:00:00.000Z".into(),
                Some("default-svc".into()),
                3,
                0,
                0
            ),
        ]
    );
    assert!(records.iter().all(|r| r.context.request_id.is_none()));
    assert_eq!(records[2].errors["input_too_large"], 1);
    assert_eq!(records[0].by_operation["redact"], 60);
}

#[test]
fn a_call_that_cannot_be_recorded_fails_closed() {
    let options = EvidenceOptions {
        max_queued: 2,
        ..EvidenceOptions::default()
    };
    let (clock, _) = manual_clock(NOV_1);
    let log = EvidenceLog::with_clock(&options, clock).unwrap();
    let scanner = Scanner::builder().evidence(log.clone()).build().unwrap();
    scanner.redact("a").unwrap();
    scanner.redact("b").unwrap();
    let err = scanner.redact("mail bob@example.com").unwrap_err();
    assert_eq!(err.code(), "evidence");
    assert!(!err.to_string().contains("bob"));
    assert_eq!(log.take_lines().len(), 2);
    let bad = scanner.with_context(CallContext {
        request_id: Some("a\nb".into()),
        ..CallContext::default()
    });
    assert_eq!(bad.unwrap_err().code(), "config");
}

#[test]
fn streams_and_json_are_recorded_once_per_call() {
    let (clock, _) = manual_clock(NOV_1);
    let log = EvidenceLog::with_clock(&EvidenceOptions::default(), clock).unwrap();
    let scanner = Scanner::builder().evidence(log.clone()).build().unwrap();
    let mut stream = scanner.stream();
    stream.feed_str("mail bob@exa").unwrap();
    stream.feed_str("mple.com").unwrap();
    stream.finish_str().unwrap();
    let json = serde_json::json!({"a": "bob@example.com", "b": ["x", "AKIAQYLPMN5HHHFPZAM2"]});
    scanner.redact_json(&json).unwrap();
    scanner.scan("mail bob@example.com").unwrap();
    let records: Vec<EvidenceRecord> = log
        .take_lines()
        .iter()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ops: Vec<(&str, u64)> = records
        .iter()
        .map(|r| (r.by_operation.keys().next().unwrap().as_str(), r.findings))
        .collect();
    assert_eq!(ops, vec![("stream", 1), ("redact_json", 2), ("scan", 1)]);
    // A scan redacts nothing: no operator is counted.
    assert!(records[2].by_operator.is_empty());
    assert_eq!(records[1].by_operator["label"], 2);
    assert_eq!(records[0].bytes_scanned, 20);
}

const TEAM_PACK: &str = r#"
format = 1

[pack]
name = "team"
version = "2026.11.1"
description = "A team's own ticket ids."

[[rules]]
id = "team.ticket"
name = "Ticket id"
category = "secret"
entity = "TEAM_TICKET"
pattern = '\b(?P<value>TKT-[0-9]{6})\b'
keywords = ["TKT-"]
confidence = 0.9
examples = ["ticket TKT-123456"]
negative_examples = ["TKT-12"]
"#;

/// A month of hourly buckets from 09:00 to 17:00 UTC, skipping the 10th to
/// 12th; `k = day % 3 + 1` calls per hour, each with one email and one AWS
/// key; from the 20th a second rule set (one extra pack).
#[test]
fn a_month_of_logs_summarizes_to_hand_computed_totals() {
    let options = EvidenceOptions {
        bucket_seconds: 3600,
        ..EvidenceOptions::default()
    };
    let (clock, now) = manual_clock(NOV_1);
    let log = EvidenceLog::with_clock(&options, clock).unwrap();
    let first = Scanner::builder().evidence(log.clone()).build().unwrap();
    let mut extra = RuleSet::new();
    extra.add_toml("team.toml", TEAM_PACK).unwrap();
    let second = Scanner::builder()
        .extra_rules(extra)
        .evidence(log.clone())
        .build()
        .unwrap();
    let text = "from bob@example.com: AKIAQYLPMN5HHHFPZAM2";
    for day in 1..=30i64 {
        if (10..=12).contains(&day) {
            continue;
        }
        let scanner = if day >= 20 { &second } else { &first };
        for hour in 9..=17 {
            for call in 0..(day % 3 + 1) {
                now.store(
                    NOV_1 + (day - 1) * DAY + hour * HOUR + call * 1000,
                    Ordering::SeqCst,
                );
                scanner.redact(text).unwrap();
            }
        }
    }
    log.flush().unwrap();
    let lines = log.take_lines();
    let (v, records) = verify_sources(
        [(
            "month",
            lines
                .iter()
                .map(|l| format!("{l}\n"))
                .collect::<String>()
                .as_bytes(),
        )],
        VerifyOptions::default(),
    );
    assert!(v.ok);
    let s = summarize(
        &records,
        SummaryOptions {
            from_ms: parse_bound("2026-11-01", false).unwrap(),
            to_ms: parse_bound("2026-11-30", true).unwrap(),
            max_gap_ms: 24 * HOUR,
        },
    );
    // Hand-computed: 27 active days; calls per day 9 * (day % 3 + 1).
    let days: Vec<i64> = (1..=30).filter(|d| !(10..=12).contains(d)).collect();
    let calls: u64 = days.iter().map(|d| 9 * (d % 3 + 1) as u64).sum();
    // Days 1..=30 give 10 + 20 + 30 = 60 calls per hour-slot; the 10th,
    // 11th and 12th would have given 2 + 3 + 1.
    assert_eq!(calls, 9 * 54);
    assert_eq!(s.calls, calls);
    assert_eq!(s.records, 27 * 9);
    assert_eq!(s.findings, 2 * calls);
    assert_eq!(s.by_category["secret"], calls);
    assert_eq!(s.by_category["pii"], calls);
    assert_eq!(s.by_entity["EMAIL_ADDRESS"], calls);
    assert_eq!(s.by_entity["AWS_ACCESS_KEY_ID"], calls);
    assert_eq!(s.bytes_scanned, calls * text.len() as u64);
    assert_eq!(s.per_day.len(), 30);
    for d in &s.per_day {
        let day: i64 = d.date[8..].parse().unwrap();
        let expected = if (10..=12).contains(&day) {
            0
        } else {
            9 * (day % 3 + 1) as u64
        };
        assert_eq!(d.calls, expected, "{}", d.date);
        assert_eq!(d.by_category.get("secret").copied().unwrap_or(0), expected);
    }
    assert_eq!(s.configurations.len(), 2);
    assert_eq!(s.configurations[0].rule_set_sha256, first.rules().sha256());
    assert_eq!(s.configurations[1].rule_set_sha256, second.rules().sha256());
    assert_eq!(s.configurations[1].first_seen, "2026-11-20T09:00:00.000Z");
    assert_eq!(s.configurations[0].last_seen, "2026-11-19T17:00:00.000Z");
    assert!(
        s.configurations[1]
            .packs
            .iter()
            .any(|p| p.name == "team" && p.version == "2026.11.1")
    );
    // Gaps of a day or more: the 9th 18:00 to the 13th 09:00, and the
    // month's end after the 30th 18:00 is shorter than a day.
    let gaps: Vec<(&str, &str)> = s
        .gaps
        .iter()
        .map(|g| (g.start.as_str(), g.end.as_str()))
        .collect();
    assert_eq!(
        gaps,
        vec![("2026-11-09T18:00:00.000Z", "2026-11-13T09:00:00.000Z")]
    );
    let md = s.to_markdown();
    assert!(md.contains("| 2026-11-10 | 0 | 0 |"), "{md}");
    assert!(md.contains("## Coverage gaps"));
}

/// Whether `value` could appear in a log only as record vocabulary (a
/// category, entity, rule id or operator name, such as a password example
/// that is literally `secret`): such values are not evidence of a leak.
fn is_vocabulary(scanner: &Scanner, value: &str) -> bool {
    [
        "secret",
        "pii",
        "label",
        "pseudonym",
        "partial_mask",
        "mask",
        "remove",
    ]
    .iter()
    .any(|w| w.contains(value))
        || scanner
            .rules()
            .rules()
            .iter()
            .any(|r| r.id.contains(value) || r.entity.contains(value))
}

/// Whether `value` occurs in `lines` other than inside a longer run of
/// letters and digits: a six-digit record number (`483920`) turns up in
/// hex digests by chance, a leaked value stands on its own.
fn contains_token(lines: &str, value: &str) -> bool {
    let word = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    let (first, last) = (value.chars().next(), value.chars().next_back());
    lines.match_indices(value).any(|(at, _)| {
        let glued_before = word(first) && word(lines[..at].chars().next_back());
        let glued_after = word(last) && word(lines[at + value.len()..].chars().next());
        !glued_before && !glued_after
    })
}

/// Every value a rule example yields, as the scanner found it.
fn example_values(scanner: &Scanner) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for rule in scanner.rules().rules() {
        for example in &rule.examples {
            for f in scanner.scan(example).unwrap() {
                out.push((
                    example.clone(),
                    example[f.bytes.start..f.bytes.end].to_string(),
                ));
            }
        }
    }
    out
}

/// Every rule example, redacted and scanned once each: none of the values
/// found reaches a record (keyed pseudonyms and masks included).
#[test]
fn no_value_of_any_rule_example_reaches_the_log() {
    for operator in ["label", "pseudonym", "partial_mask:4"] {
        let (clock, _) = manual_clock(NOV_1);
        let log = EvidenceLog::with_clock(&EvidenceOptions::default(), clock).unwrap();
        let op: scrubline::Operator = operator.parse().unwrap();
        let scanner = Scanner::builder()
            .category_operator(scrubline::Category::Secret, op.clone())
            .category_operator(scrubline::Category::Pii, op)
            .pseudonym_key(b"k".to_vec())
            .evidence(log.clone())
            .build()
            .unwrap();
        let values = example_values(&scanner);
        assert!(values.len() > 300, "{} example values", values.len());
        for (example, _) in &values {
            scanner.redact(example).unwrap();
        }
        let lines = log.take_lines().join("\n");
        for (_, value) in &values {
            // One repeated character (`000...0`, a placeholder body) also
            // fills the log's genesis hash; it tells nothing.
            let repeated = value.chars().all(|c| value.starts_with(c));
            let leaked = value.len() >= 6
                && !repeated
                && !is_vocabulary(&scanner, value)
                && contains_token(&lines, value);
            assert!(!leaked, "a value reached the log");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// No value found in any rule example reaches an evidence line, under
    /// every operator, per call or bucketed, with or without an HMAC.
    #[test]
    fn no_raw_value_reaches_the_log(
        picks in proptest::collection::vec(any::<prop::sample::Index>(), 1..8),
        operator in prop::sample::select(vec!["label", "mask", "partial_mask:4", "pseudonym", "remove"]),
        bucket in any::<bool>(),
        filler in "[a-z ]{0,40}",
    ) {
        let (clock, now) = manual_clock(NOV_1);
        let options = EvidenceOptions { bucket_seconds: if bucket { 60 } else { 0 }, ..EvidenceOptions::default() };
        let log = EvidenceLog::with_clock(&options, clock).unwrap();
        let op: scrubline::Operator = operator.parse().unwrap();
        let scanner = Scanner::builder()
            .category_operator(scrubline::Category::Secret, op.clone())
            .category_operator(scrubline::Category::Pii, op)
            .pseudonym_key(b"k".to_vec())
            .evidence(log.clone())
            .build()
            .unwrap();
        let all = example_values(&scanner);
        let chosen: Vec<&(String, String)> = picks.iter().map(|i| &all[i.index(all.len())]).collect();
        let text = chosen.iter().map(|(e, _)| e.as_str()).collect::<Vec<_>>().join(&format!(" {filler} "));
        let scoped = scanner.with_context(ctx("svc", Some("req-1"))).unwrap();
        scoped.redact(&text).unwrap();
        scoped.scan(&text).unwrap();
        now.fetch_add(120_000, Ordering::SeqCst);
        let json = serde_json::json!({"password": text});
        scoped.redact_json(&json).unwrap();
        log.flush().unwrap();
        let lines = log.take_lines().join("\n");
        for (_, value) in chosen {
            let repeated = value.chars().all(|c| value.starts_with(c));
            let leaked = value.len() >= 6
                && !repeated
                && !is_vocabulary(&scanner, value)
                && lines.contains(value.as_str());
            prop_assert!(!leaked, "value reached the log");
        }
    }
}
