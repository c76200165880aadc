//! Obfuscated secrets and PII are found with `deobfuscate` on, and redacted
//! in the original text (offsets point at the obfuscated characters).

use scrubline::Scanner;

fn scanners() -> (Scanner, Scanner) {
    (
        Scanner::builder().build().unwrap(),
        Scanner::builder().deobfuscate(true).build().unwrap(),
    )
}

fn check(text: &str, value: &str, label: &str) {
    let (plain, deob) = scanners();
    assert!(
        plain.redact(text).unwrap().text.contains(value),
        "the plain scanner already finds {value:?}; the test shows nothing"
    );
    let r = deob.redact(text).unwrap();
    assert_eq!(r.text.matches(label).count(), 1, "{:?}", r.text);
    assert!(!r.text.contains(value), "{:?}", r.text);
    let f = r
        .findings
        .iter()
        .find(|f| label.contains(&f.entity))
        .unwrap();
    assert_eq!(
        &text[f.bytes.start..f.bytes.end],
        value,
        "offsets map to the original"
    );
    assert_eq!(text[..f.bytes.start].chars().count(), f.chars.start);
}

#[test]
fn zero_width_characters_inside_a_key() {
    let key = "AKIAQYLP\u{200B}MN5HHHFP\u{200D}ZAM2";
    check(
        &format!("aws key {key} in prod"),
        key,
        "[AWS_ACCESS_KEY_ID]",
    );
}

#[test]
fn soft_hyphens_and_word_joiners_inside_a_token() {
    let token = "ghp_R8c4kQm2\u{00AD}Zt7Lp9Xw3Vb6\u{2060}Nd1Hs5Jf0Ga4Ye2T";
    check(&format!("see {token} here"), token, "[GITHUB_TOKEN]");
}

#[test]
fn homoglyphs_in_an_email() {
    let email = "bоb@exаmple.com"; // Cyrillic о and а
    check(&format!("mail {email} now"), email, "[EMAIL_ADDRESS]");
}

#[test]
fn full_width_digits_in_a_card_number() {
    let card = "４１１１ １１１１ １１１１ １１１１";
    check(&format!("card {card} exp 12/29"), card, "[CREDIT_CARD]");
}

#[test]
fn off_by_default_and_streams_fail_closed() {
    let (plain, deob) = scanners();
    assert!(!plain.needs_whole_text() && deob.needs_whole_text());
    let mut s = deob.stream();
    assert!(s.feed(b"AKIAQYLP\xe2\x80\x8bMN5HHHFPZAM2").is_err());
    // Clean text is unaffected.
    let text = "nothing here, 東京 and ascii";
    assert_eq!(deob.redact(text).unwrap().text, text);
}
