//! No matched value ever reaches a report, a finding, a Debug string or an error.

use scrubline::{Category, Operator, RuleSet, Scanner};

/// Every positive example of every built-in rule, redacted with each operator
/// that hides the value: the value's bytes never appear in the report JSON,
/// the findings' JSON or Debug output, and not in the redacted text unless
/// they also occur outside every finding.
#[test]
fn no_rule_example_value_leaks() {
    let rules = RuleSet::builtin();
    let scanners = [
        Scanner::builder().build().unwrap(),
        Scanner::builder()
            .category_operator(Category::Secret, Operator::Pseudonym)
            .category_operator(Category::Pii, Operator::Mask { char: '#' })
            .pseudonym_key(b"k".to_vec())
            .build()
            .unwrap(),
    ];
    // Words every report contains anyway (rule ids, entity names, "secret").
    let vocabulary = format!(
        "{} {}",
        scanners[0].empty_report().to_json(),
        rules
            .rules()
            .iter()
            .map(|r| format!("{} {} pseudonym mask label", r.id, r.entity))
            .collect::<Vec<_>>()
            .join(" ")
    );
    let mut checked = 0;
    for rule in rules.rules() {
        for example in &rule.examples {
            for scanner in &scanners {
                let out = scanner.redact(example).unwrap();
                assert!(
                    !out.findings.is_empty(),
                    "{}: nothing found in its own example",
                    rule.id
                );
                let report_json = out.report.to_json();
                let findings_json = serde_json::to_string(&out.findings).unwrap();
                let debug = format!("{:?} {:?} {:?}", out.findings, out.report, scanner);
                for f in &out.findings {
                    let value = &example[f.bytes.start..f.bytes.end];
                    if value.len() < 4 || vocabulary.contains(value) {
                        continue; // would be found in any report by chance
                    }
                    for (what, text) in [
                        ("report", &report_json),
                        ("findings", &findings_json),
                        ("debug", &debug),
                    ] {
                        assert!(
                            !text.contains(value),
                            "{}: value leaked into {what}",
                            rule.id
                        );
                    }
                    let elsewhere = example.replacen(value, "", 1).contains(value);
                    assert!(
                        elsewhere || !out.text.contains(value),
                        "{}: value survived redaction",
                        rule.id
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 900, "only {checked} values checked");
}

#[test]
fn errors_never_quote_input() {
    let secret = "AKIAQYLPMN5HHHFPZAM2";
    let small = Scanner::builder().max_input_bytes(8).build().unwrap();
    let err = small.redact(&format!("key={secret}")).unwrap_err();
    assert_eq!(err.code(), "input_too_large");
    assert!(!err.to_string().contains(secret) && !format!("{err:?}").contains(secret));

    let mut stream = small.stream();
    stream.finish().unwrap();
    let err = stream.feed(secret.as_bytes()).unwrap_err();
    assert!(!err.to_string().contains(secret));
}

#[test]
fn pseudonym_key_never_shows() {
    let scanner = Scanner::builder()
        .category_operator(Category::Pii, Operator::Pseudonym)
        .pseudonym_key(b"very-secret-tenant-key".to_vec())
        .build()
        .unwrap();
    let out = scanner.redact("mail bob@example.com").unwrap();
    let all = format!("{scanner:?} {:?} {}", out, out.report.to_json());
    assert!(!all.contains("very-secret-tenant-key"));
    assert!(out.text.starts_with("mail [EMAIL_ADDRESS:"));
}
