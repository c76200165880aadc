//! Redaction covers the union of all findings: an option that adds
//! detection never removes fewer characters (property test).

use proptest::prelude::*;
use scrubline::{Deobfuscation, RuleSet, Scanner};

/// Byte offsets removed by redacting `text` with `scanner`.
fn removed(scanner: &Scanner, text: &str) -> Vec<bool> {
    let mut out = vec![false; text.len()];
    for f in scanner.scan(text).unwrap() {
        out[f.bytes.start..f.bytes.end]
            .iter_mut()
            .for_each(|b| *b = true);
    }
    out
}

fn superset(more: &[bool], less: &[bool]) -> bool {
    more.iter().zip(less).all(|(m, l)| *m || !*l)
}

const PIECES: &[&str] = &[
    "mail bob@example.com now",
    "My IP is 192.168.0.1",
    "card 4111.1111.1111.1111",
    "card 4111 1111 1111 1111",
    "ssn 536-90-4399",
    "AKIAQYLPMN5HHHFPZAM2",
    "AKIAQYLP\u{200B}MN5HHHFPZAM2",
    "Zq8Rw3Tb/4111111111111111/Xk29fLq0Zp7Rw3",
    "password: Zx9#kQ2<vL>",
    "\"ghp_R8c4kQm2Zt7L\" + \"p9Xw3Vb6Nd1Hs5Jf0Ga4Ye2T\"",
    "%41KIAQYLPMN5HHHFPZAM2",
    "token=ghp_R8c4kQm2Zt7Lp9Xw3Vb6Nd1Hs5Jf0Ga4Ye2T",
    "postgres://app:S3cr3t!pass@db.internal:5432/app",
    " ",
    "\n",
    "Sarah Johnson <sarah.johnson@acme.io>",
];

fn scanners() -> (Scanner, Scanner, Scanner) {
    let plain = Scanner::builder().build().unwrap();
    let deob = Scanner::builder()
        .deobfuscate(Deobfuscation::all())
        .build()
        .unwrap();
    // A custom rule that overlaps built-in findings.
    let mut extra = RuleSet::new();
    extra
        .add_toml(
            "extra.toml",
            r#"format = 1
[pack]
name = "test.extra"
version = "1"
[[rules]]
id = "test.digits"
name = "digit runs"
category = "pii"
entity = "DIGITS"
pattern = '''[0-9]{3,12}'''
confidence = 0.6
examples = ["123"]
negative_examples = ["12"]
"#,
        )
        .unwrap();
    let more = Scanner::builder().extra_rules(extra).build().unwrap();
    (plain, deob, more)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]
    #[test]
    fn adding_a_detector_never_removes_less(picks in prop::collection::vec(0..PIECES.len(), 1..8)) {
        static SCANNERS: std::sync::OnceLock<(Scanner, Scanner, Scanner)> = std::sync::OnceLock::new();
        let (plain, deob, more) = SCANNERS.get_or_init(scanners);
        let text: String = picks.iter().map(|&i| PIECES[i]).collect::<Vec<_>>().join(" ");
        let base = removed(plain, &text);
        prop_assert!(superset(&removed(deob, &text), &base), "deobfuscation removed less: {text:?}");
        prop_assert!(superset(&removed(more, &text), &base), "an extra rule removed less: {text:?}");
    }
}

#[test]
fn a_card_inside_a_secret_redacts_the_whole_secret() {
    let s = Scanner::builder().build().unwrap();
    let text = "token=Zq8Rw3Tb/4111111111111111/Xk29fLq0Zp7Rw3 end";
    let out = s.redact(text).unwrap().text;
    assert!(
        !out.contains("Zq8Rw3Tb") && !out.contains("Xk29fLq0"),
        "{out}"
    );
}
