//! The built-in packs: counts, examples, and the secrecy of reports.

use scrubline::{Category, RuleSet, Scanner};

#[test]
fn builtin_packs_meet_the_coverage_targets() {
    let set = RuleSet::builtin();
    let secrets = set
        .rules()
        .iter()
        .filter(|r| r.category == Category::Secret)
        .count();
    let pii = set
        .rules()
        .iter()
        .filter(|r| r.category == Category::Pii)
        .count();
    assert!(secrets >= 500, "{secrets} secret rules");
    assert!(pii >= 25, "{pii} PII rules");
}

#[test]
fn every_builtin_rule_example_holds() {
    let scanner = Scanner::default_rules().unwrap();
    let failures = scanner.check_examples();
    let described: Vec<String> = failures
        .iter()
        .map(|f| {
            let rule = scanner.rules().get(&f.rule_id).unwrap();
            let text = match f.problem {
                scrubline::ExampleProblem::Missed => rule.examples[f.index].clone(),
                scrubline::ExampleProblem::FalsePositive => rule.negative_examples[f.index].clone(),
                scrubline::ExampleProblem::NoExamples => String::new(),
            };
            format!("{} {:?} #{}: {:?}", f.rule_id, f.problem, f.index, text)
        })
        .collect();
    assert!(
        described.is_empty(),
        "{} failures:\n{}",
        described.len(),
        described.join("\n")
    );
}

/// Identifiers from travel, calendar and health documents (stop 59), each
/// written afresh: every listed value is gone from the default redaction.
#[test]
fn travel_calendar_and_health_identifiers_are_redacted() {
    let scanner = Scanner::default_rules().unwrap();
    for (text, values) in [
        (
            "2025-03-09 [PMS/checkin] mrz_line1=\"P<JPNKOBAYASHI<<HARUTO<<<<<<<<<<<<<<<<<<<<<<\"\n2025-03-09 [PMS/checkin] mrz_line2=\"L898902C36UTO7408122F1204159ZE184226B<<<<<10\"\n",
            &["KOBAYASHI<<HARUTO", "L898902C36UTO7408122F1204159ZE184226B"][..],
        ),
        (
            "guest_profile_update failed: duplicate passport TK8631872",
            &["TK8631872"],
        ),
        (
            "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Ciarán Whelehan:mailto:c.whelehan@example.ie",
            &["Ciarán Whelehan", "c.whelehan@example.ie"],
        ),
        (
            "otpauth://totp/Fernwood%20Bank:marcus.oyelaran%40gmail.com?secret=JBSWY3DPEHPK3PXP",
            &["marcus.oyelaran%40gmail.com", "JBSWY3DPEHPK3PXP"],
        ),
        (
            "Renter's car: VIN 1FT16GP32PR008809, plate 8XKT725",
            &["1FT16GP32PR008809"],
        ),
        (
            "PID|1||483920^^^KFMC^MR~1639489294^^^SA^NI||AL-HARBI^NOURA||19880212|F",
            &["483920", "1639489294"],
        ),
        (
            "<patientRole>\n  <id extension=\"504540693\" root=\"2.16.840.1.113883.19.5\"/>",
            &["504540693"],
        ),
    ] {
        let out = scanner.redact(text).unwrap().text;
        for v in values {
            assert!(!out.contains(v), "{v:?} survived in {out:?}");
        }
    }
    // A check digit that fails is no machine-readable zone.
    let wrong = "L898902C36UTO7408122F1204158ZE184226B<<<<<10";
    assert_eq!(scanner.redact(wrong).unwrap().text, wrong);
}
