//! Bad input gets a typed error or a documented result, never a panic or a pass-through.

use scrubline::{ErrorKind, Operator, RuleSet, Scanner, ScannerOptions};

fn pack(rule_body: &str) -> String {
    format!("format = 1\n[pack]\nname = \"t\"\nversion = \"1\"\n[[rules]]\n{rule_body}\n")
}

const GOOD_RULE: &str =
    "id = \"t.r\"\nname = \"r\"\ncategory = \"secret\"\nentity = \"T\"\npattern = 'tok_[a-z]{8}'";

fn add_err(text: &str) -> ErrorKind {
    RuleSet::new()
        .add_toml("custom.toml", text)
        .map(|_| ())
        .unwrap_err()
        .kind()
        .clone()
}

fn build_err(rule_body: &str) -> ErrorKind {
    let mut set = RuleSet::new();
    set.add_toml("custom.toml", &pack(rule_body)).unwrap();
    Scanner::builder()
        .rules(set)
        .build()
        .unwrap_err()
        .kind()
        .clone()
}

#[test]
fn malformed_rule_files_name_file_rule_and_problem() {
    assert!(matches!(
        add_err("not toml at all ["),
        ErrorKind::RuleParse { line: Some(1), .. }
    ));
    assert!(matches!(add_err(""), ErrorKind::RuleParse { .. }));
    let dup = pack(&format!("{GOOD_RULE}\n[[rules]]\n{GOOD_RULE}"));
    match add_err(&dup) {
        ErrorKind::RuleParse {
            file,
            rule_id,
            line,
            message,
        } => {
            assert_eq!(
                (file.as_str(), rule_id.as_deref(), line),
                ("custom.toml", Some("t.r"), Some(11))
            );
            assert!(message.contains("more than once"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    match add_err(&pack(
        &GOOD_RULE.replace("category = \"secret\"", "category = \"nope\""),
    )) {
        ErrorKind::RuleParse {
            file,
            line,
            message,
            ..
        } => {
            assert_eq!((file.as_str(), line), ("custom.toml", Some(8)));
            assert!(message.contains("unknown variant"), "{message}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn pathological_patterns_are_rejected_at_build() {
    for (pattern, needle) in [
        ("'(a+)+b'", "unboundedly long"),
        ("'a.+'", "unboundedly long"),
        ("'x?'", "empty text"),
        ("'[a-z]{10000}'", "more than the limit"),
        ("'(unclosed'", "invalid pattern"),
        // Passes every structural check, but its lazy DFA thrashes on
        // lower-case text even in an 8 MiB cache (`{1,4000}` thrashed in
        // the 2 MiB one rules had before, at 16 KB/s).
        ("'[a-z ]{1,6000}Q'", "too costly"),
    ] {
        let body = GOOD_RULE.replace("'tok_[a-z]{8}'", pattern);
        match build_err(&body) {
            ErrorKind::RuleCompile {
                rule_id, message, ..
            } => {
                assert_eq!(rule_id, "t.r");
                assert!(message.contains(needle), "{pattern}: {message}");
            }
            other => panic!("{pattern}: {other:?}"),
        }
    }
}

#[test]
fn keywords_that_cannot_occur_in_a_match_are_rejected_at_build() {
    for keywords in ["[\"tok-\"]", "[\"tok_\", \"key-\"]", "[\"[a-z]\"]"] {
        let body = format!("{GOOD_RULE}\nkeywords = {keywords}");
        match build_err(&body) {
            ErrorKind::RuleCompile { message, .. } => {
                assert!(message.contains("cannot occur"), "{keywords}: {message}")
            }
            other => panic!("{keywords}: {other:?}"),
        }
    }
    // A built-in rule's pattern under a keyword it cannot hold is checked
    // like any custom rule (built-in rules themselves are checked by tests).
    let pattern = RuleSet::builtin().rules()[0].pattern.clone();
    let body = GOOD_RULE.replace("'tok_[a-z]{8}'", &format!("'''{pattern}'''"));
    match build_err(&format!("{body}\nkeywords = [\"zq-not-there\"]")) {
        ErrorKind::RuleCompile { message, .. } => assert!(message.contains("cannot occur")),
        other => panic!("{other:?}"),
    }
    // Keywords the pattern does hold, in any ASCII case, build.
    let body = format!("{GOOD_RULE}\nkeywords = [\"TOK_\", \"k_ab\"]");
    let mut set = RuleSet::new();
    set.add_toml("custom.toml", &pack(&body)).unwrap();
    Scanner::builder().rules(set).build().unwrap();
}

#[test]
fn rules_over_the_compiled_size_limit_are_rejected() {
    let mut set = RuleSet::new();
    set.add_toml(
        "custom.toml",
        &pack(&GOOD_RULE.replace("'tok_[a-z]{8}'", "'(?:[a-z0-9]{1,60}[-_]){60}'")),
    )
    .unwrap();
    let err = Scanner::builder()
        .rules(set)
        .rule_size_limit(100_000)
        .build()
        .unwrap_err();
    match err.kind() {
        ErrorKind::RuleCompile {
            rule_id, message, ..
        } => {
            assert_eq!(rule_id, "t.r");
            assert!(message.contains("exceeds the size limit"), "{message}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn duplicate_ids_across_packs_and_unknown_disables_are_errors() {
    let mut set = RuleSet::builtin();
    let clash = pack(&GOOD_RULE.replace("t.r", "aws.access_key_id"));
    assert!(matches!(
        set.add_toml("x.toml", &clash)
            .map(|_| ())
            .unwrap_err()
            .kind(),
        ErrorKind::DuplicateRule { .. }
    ));
    assert!(matches!(
        set.disable(["no.such.rule"])
            .map(|_| ())
            .unwrap_err()
            .kind(),
        ErrorKind::Config { .. }
    ));
}

#[test]
fn missing_rule_file_is_an_io_error() {
    let err = RuleSet::new()
        .add_file("/nonexistent/rules.toml")
        .map(|_| ())
        .unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::Io { path, .. } if path == "/nonexistent/rules.toml"));
}

#[test]
fn configuration_errors() {
    let err = Scanner::builder()
        .entity_operator("EMAIL_ADDRESS", Operator::Pseudonym)
        .build()
        .unwrap_err();
    assert_eq!(err.code(), "config");
    assert!(err.to_string().contains("pseudonym key"));
    assert_eq!(
        Scanner::builder()
            .allow_regex("(")
            .build()
            .unwrap_err()
            .code(),
        "config"
    );
    assert_eq!(
        Scanner::builder()
            .min_confidence(2.0)
            .build()
            .unwrap_err()
            .code(),
        "config"
    );
    let bad_json = ScannerOptions::from_json(r#"{"policy": {"pii": "blur"}}"#).unwrap_err();
    assert_eq!(bad_json.code(), "config");
    let message = bad_json.to_string();
    assert!(
        message.contains("`policy.pii`: value not accepted, expected an operator")
            && !message.contains("blur"),
        "{message}"
    );
    assert!(ScannerOptions::from_json(r#"{"colour": 1}"#).is_err());
}

#[test]
fn huge_input_is_refused_not_passed_through() {
    let scanner = Scanner::builder().max_input_bytes(1024).build().unwrap();
    let text = "bob@example.com ".repeat(100);
    match scanner.redact(&text).unwrap_err().kind() {
        ErrorKind::InputTooLarge { len, limit } => assert_eq!((*len, *limit), (1600, 1024)),
        other => panic!("{other:?}"),
    }
    // The stream has no per-call limit and redacts it all.
    let mut stream = scanner.stream();
    let mut out = stream.feed(text.as_bytes()).unwrap();
    out.extend(stream.finish().unwrap());
    assert!(!String::from_utf8(out).unwrap().contains("bob@"));
}

#[test]
fn invalid_utf8_and_binary_are_scanned_and_kept() {
    let scanner = Scanner::default_rules().unwrap();
    let mut input = b"\xff\xfe\x00key=AKIAQYLPMN5HHHFPZAM2\x00\xc3(".to_vec();
    input.extend_from_slice(b" mail bob@example.com \x80\x81");
    let out = scanner.redact_bytes(&input).unwrap();
    assert_eq!(out.findings.len(), 2);
    assert_eq!(&out.bytes[..3], b"\xff\xfe\x00");
    assert!(out.bytes.ends_with(b" mail [EMAIL_ADDRESS] \x80\x81"));
    let text = String::from_utf8_lossy(&out.bytes);
    assert!(text.contains("key=[AWS_ACCESS_KEY_ID]"));
    // Offsets count each non-continuation byte as a character.
    assert_eq!(out.findings[0].bytes.start, 7);
    assert_eq!(out.findings[0].chars.start, 7);
}

#[test]
fn empty_and_whitespace_input() {
    let scanner = Scanner::default_rules().unwrap();
    for input in ["", " ", "\n\n\t"] {
        let out = scanner.redact(input).unwrap();
        assert_eq!(out.text, input);
        assert!(out.findings.is_empty());
        assert_eq!(out.report.bytes_scanned, input.len() as u64);
    }
}

/// Regression: patterns consume one boundary character after the value, and
/// resuming after it skipped every second of two adjacent values.
#[test]
fn adjacent_values_separated_by_one_character_are_all_found() {
    let scanner = Scanner::default_rules().unwrap();
    for (text, n) in [
        ("bob@example.com ann@example.com,cy@example.com", 3),
        ("203.0.113.7 203.0.113.8 203.0.113.9", 3),
        ("AKIAQYLPMN5HHHFPZAM2 AKIAQYLPMN5HHHFPZAM3", 2),
    ] {
        assert_eq!(scanner.scan(text).unwrap().len(), n, "{text}");
    }
}
