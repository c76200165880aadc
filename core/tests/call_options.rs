//! Per-call options, the one options type behind the builder, and observers.

use std::sync::{Arc, Mutex};

use scrubline::{
    Call, CallOptions, ErrorKind, Observer, Operation, Operator, Scanner, ScannerOptions,
};

const TEXT: &str = "Acme Corp: bob@example.com, AKIAQYLPMN5HHHFPZAM2, Annual report";

fn call(json: &str) -> CallOptions {
    CallOptions::from_json(json).unwrap()
}

#[test]
fn empty_call_options_change_nothing() {
    let s = Scanner::default_rules().unwrap();
    let plain = s.redact(TEXT).unwrap();
    let with = s.redact_with(TEXT, &CallOptions::default()).unwrap();
    assert_eq!(plain.text, with.text);
    assert_eq!(plain.findings, with.findings);
}

#[test]
fn entities_select_by_entity_or_category() {
    let s = Scanner::default_rules().unwrap();
    let out = s
        .redact_with(TEXT, &call(r#"{"entities": ["EMAIL_ADDRESS"]}"#))
        .unwrap();
    assert_eq!(
        out.text,
        "Acme Corp: [EMAIL_ADDRESS], AKIAQYLPMN5HHHFPZAM2, Annual report"
    );
    let out = s
        .redact_with(TEXT, &call(r#"{"entities": ["secret"]}"#))
        .unwrap();
    assert_eq!(
        out.text,
        "Acme Corp: bob@example.com, [AWS_ACCESS_KEY_ID], Annual report"
    );
    let found = s
        .scan_with(TEXT, &call(r#"{"entities": ["pii"]}"#))
        .unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].entity, "EMAIL_ADDRESS");
}

#[test]
fn operators_win_entity_then_category_then_scanner_policy() {
    let s = Scanner::builder()
        .entity_operator("EMAIL_ADDRESS", Operator::Remove)
        .build()
        .unwrap();
    let out = s
        .redact_with(TEXT, &call(r#"{"operators": {"secret": "mask:#"}}"#))
        .unwrap();
    assert_eq!(out.text, "Acme Corp: , ####################, Annual report");
    assert_eq!(out.report.by_operator["mask"], 1);
    let out = s
        .redact_with(
            TEXT,
            &call(r#"{"operators": {"pii": "label", "EMAIL_ADDRESS": "partial_mask:4"}}"#),
        )
        .unwrap();
    // partial_mask shows at most a quarter of the value.
    assert_eq!(
        out.text,
        "Acme Corp: ************com, [AWS_ACCESS_KEY_ID], Annual report"
    );
    // The scanner itself is unchanged.
    assert_eq!(
        s.redact(TEXT).unwrap().text,
        "Acme Corp: , [AWS_ACCESS_KEY_ID], Annual report"
    );
}

#[test]
fn allow_and_deny_apply_to_one_call_only() {
    let s = Scanner::default_rules().unwrap();
    let out = s
        .redact_with(
            TEXT,
            &call(r#"{"allow": ["bob@example.com"], "deny": ["acme corp", "Ann"]}"#),
        )
        .unwrap();
    // Case-insensitive; `Ann` is a whole word only, so `Annual` stays.
    assert_eq!(
        out.text,
        "[DENY_LIST]: bob@example.com, [AWS_ACCESS_KEY_ID], Annual report"
    );
    assert_eq!(out.report.by_entity["DENY_LIST"], 1);
    assert_eq!(out.findings[0].rule_id, "call.deny_list");
    assert_eq!(
        s.redact(TEXT).unwrap().text,
        "Acme Corp: [EMAIL_ADDRESS], [AWS_ACCESS_KEY_ID], Annual report"
    );
    // Deny terms are redacted whatever `entities` selects, and a term
    // with punctuation at its ends matches anywhere.
    let out = s
        .redact_with(
            "ticket#PRJ-7 and x#PRJ-7x",
            &call(r##"{"entities": ["secret"], "deny": ["#PRJ-"]}"##),
        )
        .unwrap();
    assert_eq!(out.text, "ticket[DENY_LIST]7 and x[DENY_LIST]7x");
}

#[test]
fn bad_call_options_are_config_errors_without_values() {
    let s = Scanner::default_rules().unwrap();
    for (json, says) in [
        (
            r#"{"entities": ["EMAIL"]}"#,
            "unknown entity or category `EMAIL`",
        ),
        (
            r#"{"operators": {"secrets": "mask"}}"#,
            "unknown entity or category `secrets`",
        ),
        (r#"{"deny": [""]}"#, "a deny term is empty"),
        (
            r#"{"operators": {"pii": "pseudonym"}}"#,
            "needs a non-empty pseudonym key",
        ),
    ] {
        let e = s.redact_with(TEXT, &call(json)).unwrap_err();
        assert!(matches!(e.kind(), ErrorKind::Config { .. }), "{json}: {e}");
        assert!(e.to_string().contains(says), "{json}: {e}");
    }
    let e = CallOptions::from_json(r#"{"allow": "hunter2-secret", "deny": []}"#).unwrap_err();
    assert!(!e.to_string().contains("hunter2"), "{e}");
    let e = CallOptions::from_json(r#"{"entity": []}"#).unwrap_err();
    assert!(e.to_string().contains("unknown field"), "{e}");
}

#[test]
fn debug_output_never_shows_allow_deny_or_key_values() {
    let c = call(r#"{"allow": ["hunter2-allowed"], "deny": ["Raghunathan"]}"#);
    let shown = format!("{c:?}");
    assert!(
        !shown.contains("hunter2") && !shown.contains("Raghunathan"),
        "{shown}"
    );
    let o = ScannerOptions::from_json(
        r#"{"allow": ["hunter2-allowed"], "allow_regex": ["hunter3.*"], "pseudonym_key": "k3y-value"}"#,
    )
    .unwrap();
    for shown in [format!("{o:?}"), format!("{:?}", o.builder())] {
        for secret in ["hunter2", "hunter3", "k3y-value"] {
            assert!(!shown.contains(secret), "{shown}");
        }
    }
}

#[test]
fn every_builder_setting_is_an_option_field() {
    // max_match_len and rule_size_limit were builder-only; now the JSON
    // options reach them too, with the same defaults.
    let defaults = ScannerOptions::default();
    assert_eq!(defaults.max_match_len, scrubline::DEFAULT_MAX_MATCH_LEN);
    assert_eq!(defaults.rule_size_limit, scrubline::DEFAULT_RULE_SIZE_LIMIT);
    assert_eq!(Scanner::builder().options(), &defaults);
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
        pattern = 'zz[a-z]{1,3000}'
        keywords = ["zz"]
        confidence = 0.9
    "#;
    let mut o = ScannerOptions {
        builtin_rules: false,
        rules: vec![rule.to_string()],
        ..ScannerOptions::default()
    };
    o.build().unwrap();
    let json = serde_json::json!({"builtin_rules": false, "rules": [rule], "max_match_len": 1000});
    let e = ScannerOptions::from_json(&json.to_string())
        .unwrap()
        .build()
        .unwrap_err();
    assert!(e.to_string().contains("t.long"), "{e}");
    o.rule_size_limit = 100;
    assert!(o.build().is_err());
    // configure() replaces the plain-data settings; a builder setter after it wins.
    let b = Scanner::builder()
        .configure(o.clone())
        .rule_size_limit(scrubline::DEFAULT_RULE_SIZE_LIMIT);
    assert_eq!(
        b.options().rule_size_limit,
        scrubline::DEFAULT_RULE_SIZE_LIMIT
    );
    b.build().unwrap();
}

#[derive(Default)]
struct Seen(Mutex<Vec<(Operation, u64, bool)>>);

impl Observer for Seen {
    fn observe(&self, call: &Call<'_>) -> scrubline::Result<()> {
        let mut seen = self.0.lock().unwrap();
        seen.push((call.operation, call.report.findings, call.error.is_some()));
        Ok(())
    }
}

struct Refuse;

impl Observer for Refuse {
    fn observe(&self, _: &Call<'_>) -> scrubline::Result<()> {
        Err(scrubline::Error::from(ErrorKind::Evidence {
            message: "sink is down".into(),
        }))
    }
}

#[test]
fn observers_see_every_call_and_can_fail_it_closed() {
    let seen = Arc::new(Seen::default());
    let s = Scanner::builder()
        .max_input_bytes(64)
        .observer(seen.clone())
        .build()
        .unwrap();
    s.scan("bob@example.com").unwrap();
    s.redact(TEXT).unwrap();
    s.redact_json(&serde_json::json!({"k": "bob@example.com"}))
        .unwrap();
    s.redact_field("email", "bob@example.com").unwrap();
    let mut stream = s.stream();
    stream.feed_str("mail bob@").unwrap();
    stream.feed_str("example.com").unwrap();
    stream.finish_str().unwrap();
    s.redact(&"x".repeat(100)).unwrap_err();
    let seen = seen.0.lock().unwrap().clone();
    assert_eq!(
        seen,
        [
            (Operation::Scan, 1, false),
            (Operation::Redact, 2, false),
            (Operation::RedactJson, 1, false),
            (Operation::RedactField, 1, false),
            (Operation::Stream, 1, false),
            (Operation::Redact, 0, true),
        ]
    );
    let s = Scanner::builder()
        .observer(Arc::new(Refuse))
        .build()
        .unwrap();
    let e = s.redact(TEXT).unwrap_err();
    assert!(matches!(e.kind(), ErrorKind::Evidence { .. }), "{e}");
}

#[test]
fn deny_terms_next_to_any_script_punctuation_and_overlapping_terms() {
    let s = Scanner::default_rules().unwrap();
    let deny = |terms: &[&str], text: &str| {
        let call = CallOptions {
            deny: terms.iter().map(|t| t.to_string()).collect(),
            ..CallOptions::default()
        };
        s.redact_with(text, &call).unwrap().text
    };
    // Curly quotes, guillemets, no-break spaces and dashes are boundaries;
    // letters of any script are not.
    assert_eq!(
        deny(&["Ann"], "Ann’s “Ann” «Ann» Ann\u{a0}Lee Ann—yes"),
        "[DENY_LIST]’s “[DENY_LIST]” «[DENY_LIST]» [DENY_LIST]\u{a0}Lee [DENY_LIST]—yes"
    );
    assert_eq!(
        deny(&["Željko"], "“Željko” xŽeljko"),
        "“[DENY_LIST]” xŽeljko"
    );
    assert_eq!(deny(&["Ann"], "Annual éAnn"), "Annual éAnn");
    // A longer term rejected at a boundary does not hide a shorter one.
    assert_eq!(
        deny(&["Ann", "Ann Lee"], "Ann Leeway"),
        "[DENY_LIST] Leeway"
    );
    assert_eq!(deny(&["Ann Lee", "Lee"], "MAnn Lee"), "MAnn [DENY_LIST]");
    assert_eq!(deny(&["Ann", "Ann Lee"], "Ann Lee."), "[DENY_LIST].");
}

#[test]
fn deny_terms_are_found_through_invisible_characters_and_escapes() {
    let s = Scanner::default_rules().unwrap();
    let c =
        call(r#"{"deny": ["Acme Corp"], "entities": ["EMAIL_ADDRESS"], "allow": ["Acme Corp"]}"#);
    for text in [
        "client A\u{200B}cme Corp signed",
        "client Acme\u{00AD} Corp signed",
        "client Acme%20Corp signed",
        "client \u{FF21}cme Corp signed",
    ] {
        let out = s.redact_with(text, &c).unwrap();
        assert_eq!(out.text, "client [DENY_LIST] signed", "{text:?}");
    }
    // Still whole words only, in the de-obfuscated text too.
    let out = s.redact_with("Acme\u{200B} Corpus", &c).unwrap();
    assert_eq!(out.text, "Acme\u{200B} Corpus");
    // Without de-obfuscation, the raw text only.
    let raw = Scanner::builder()
        .deobfuscate(scrubline::Deobfuscation::none())
        .build()
        .unwrap();
    let out = raw.redact_with("client A\u{200B}cme Corp", &c).unwrap();
    assert_eq!(out.text, "client A\u{200B}cme Corp");
}

#[test]
fn block_refuses_the_call_with_counts_and_never_values() {
    let s = Scanner::default_rules().unwrap();
    let block = call(r#"{"block": ["secret"]}"#);
    let e = s.redact_with(TEXT, &block).unwrap_err();
    assert_eq!(e.code(), "blocked");
    let ErrorKind::Blocked { entities } = e.kind() else {
        panic!("{e:?}")
    };
    assert_eq!(entities.len(), 1);
    assert_eq!(entities["AWS_ACCESS_KEY_ID"], 1);
    let shown = format!("{e} {e:?}");
    assert!(
        !shown.contains("AKIA") && !shown.contains("bob@"),
        "{shown}"
    );
    assert_eq!(
        e.to_string(),
        "blocked: the input holds AWS_ACCESS_KEY_ID x1"
    );
    // Entities and categories; scan and JSON too; nothing to block passes.
    let by_entity = call(r#"{"block": ["EMAIL_ADDRESS", "DENY_LIST"], "deny": ["Acme Corp"]}"#);
    let e = s.scan_with(TEXT, &by_entity).unwrap_err();
    let ErrorKind::Blocked { entities } = e.kind() else {
        panic!("{e:?}")
    };
    assert_eq!(
        entities.keys().collect::<Vec<_>>(),
        ["DENY_LIST", "EMAIL_ADDRESS"]
    );
    let doc =
        serde_json::json!({"messages": [{"content": "key AKIAQYLPMN5HHHFPZAM2"}], "user": "x"});
    let e = s.redact_json_with(&doc, &block, None).unwrap_err();
    assert_eq!(e.code(), "blocked");
    let only_user = call(r#"{"block": ["secret"], "paths": ["user"]}"#);
    assert!(s.redact_json_with(&doc, &only_user, None).is_ok());
    assert_eq!(
        s.redact_with("nothing here", &block).unwrap().text,
        "nothing here"
    );
    // A vault gets no value from a blocked text call.
    let vault = scrubline::Vault::new();
    assert!(s.redact_to_vault(TEXT, &block, &vault).is_err());
    assert!(vault.is_empty());
    // Unknown names are config errors, like `entities`.
    let e = s
        .redact_with(TEXT, &call(r#"{"block": ["SECRETS"]}"#))
        .unwrap_err();
    assert_eq!(e.code(), "config");
}
