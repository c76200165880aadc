//! Obfuscated secrets and PII are found with `deobfuscate` on, and redacted
//! in the original text (offsets point at the obfuscated characters).

use scrubline::{Deobfuscation, Scanner};

fn scanners() -> (Scanner, Scanner) {
    (
        Scanner::builder()
            .deobfuscate(Deobfuscation::none())
            .build()
            .unwrap(),
        Scanner::builder()
            .deobfuscate(Deobfuscation::all())
            .build()
            .unwrap(),
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
        .find(|f| label.contains(f.entity.as_str()))
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
fn homoglyphs_in_a_key() {
    // An email with Cyrillic letters is an email as written (the email rule
    // takes non-ASCII letters); a key with one is only found folded.
    let key = "\u{410}KIAQYLPMN5HHHFPZAM2"; // Cyrillic А
    check(&format!("key {key} now"), key, "[AWS_ACCESS_KEY_ID]");
}

#[test]
fn full_width_digits_in_a_card_number() {
    let card = "４１１１ １１１１ １１１１ １１１１";
    check(&format!("card {card} exp 12/29"), card, "[CREDIT_CARD]");
}

#[test]
fn streams_deobfuscate_like_one_shot() {
    let (_, deob) = scanners();
    // Several segments (blank lines, long lines, a 20 KiB line cut at the
    // segment limit), each hiding a key, with one straddling a chunk edge.
    let mut text = String::new();
    for i in 0..40 {
        text.push_str(&format!(
            "line {i}: key AKIAQYLP\u{200B}MN5HHHFPZAM2 and \"ghp_R8c4kQm2Zt7L\" +\n  \"p9Xw3Vb6Nd1Hs5Jf0Ga4Ye2T\"\n"
        ));
        if i % 7 == 0 {
            text.push('\n');
        }
        if i == 20 {
            text.push_str(&"x".repeat(20 << 10));
        }
    }
    let one_shot = deob.redact(&text).unwrap().text;
    assert!(!one_shot.contains("MN5HHHFP") && !one_shot.contains("p9Xw3Vb6"));
    for chunk in [1, 7, 1000, 4096, 70_000] {
        let mut s = deob.stream();
        let mut out = Vec::new();
        for piece in text.as_bytes().chunks(chunk) {
            out.extend(s.feed(piece).unwrap());
        }
        out.extend(s.finish().unwrap());
        assert_eq!(String::from_utf8(out).unwrap(), one_shot, "chunk {chunk}");
    }
    // Clean text is unaffected.
    let text = "nothing here, 東京 and ascii";
    assert_eq!(deob.redact(text).unwrap().text, text);
}

#[test]
fn url_and_unicode_escapes() {
    let url = "bob%40example.com";
    check(
        &format!("GET /reset?email={url}&x=1"),
        url,
        "[EMAIL_ADDRESS]",
    );
    let escaped = "\\u0041KIAQYLPMN5HHHFPZAM2";
    check(
        &format!("{{\"k\": \"{escaped}\"}}"),
        escaped,
        "[AWS_ACCESS_KEY_ID]",
    );
}

#[test]
fn base64_and_hex_encoded_secrets() {
    // base64("aws_access_key_id = AKIAQYLPMN5HHHFPZAM2")
    let b64 = "YXdzX2FjY2Vzc19rZXlfaWQgPSBBS0lBUVlMUE1ONUhISEZQWkFNMg==";
    let (_, deob) = scanners();
    let r = deob.redact(&format!("config blob {b64} end")).unwrap();
    assert_eq!(r.text, "config blob [AWS_ACCESS_KEY_ID] end");
    // hex("mail bob@example.com")
    let hex = "6d61696c20626f62406578616d706c652e636f6d";
    let r = deob.redact(&format!("payload={hex};")).unwrap();
    assert_eq!(r.text, "payload=[EMAIL_ADDRESS];");
}

#[test]
fn secrets_split_across_string_literals() {
    let (_, deob) = scanners();
    let js = "const key = \"AKIAQYLP\" + \"MN5HHHFPZAM2\";";
    let r = deob.redact(js).unwrap();
    assert_eq!(r.text, "const key = \"[AWS_ACCESS_KEY_ID]\";");
    let py = "KEY = (\"AKIAQYLPMN5H\"\n       \"HHFPZAM2\")";
    let r = deob.redact(py).unwrap();
    assert_eq!(r.text, "KEY = (\"[AWS_ACCESS_KEY_ID]\")");
    let f = &r.findings[0];
    assert_eq!(
        &py[f.bytes.start..f.bytes.end],
        "AKIAQYLPMN5H\"\n       \"HHFPZAM2"
    );
}

#[test]
fn cheap_techniques_are_on_by_default() {
    let default = Scanner::builder().build().unwrap();
    let text =
        "key AKIAQYLP\u{200B}MN5HHHFPZAM2 and \"ghp_R8c4kQm2Zt7L\" + \"p9Xw3Vb6Nd1Hs5Jf0Ga4Ye2T\"";
    let out = default.redact(text).unwrap().text;
    assert!(
        !out.contains("MN5HHHFP") && !out.contains("p9Xw3Vb6"),
        "{out}"
    );
    assert!(!Deobfuscation::default().homoglyphs);
    assert!(Deobfuscation::default().encoded);
}

#[test]
fn shell_line_continuations_are_joined() {
    let default = Scanner::builder().build().unwrap();
    let text = "export GITHUB_TOKEN=\"ghp_R8c4kQm2Zt7Lp9Xw\\\n3Vb6Nd1Hs5Jf0Ga4Ye2T\"\n";
    let out = default.redact(text).unwrap().text;
    assert!(
        !out.contains("R8c4kQm2") && !out.contains("3Vb6Nd1H"),
        "{out}"
    );
}

#[test]
fn each_technique_is_its_own_option() {
    let only = |d: Deobfuscation| Scanner::builder().deobfuscate(d).build().unwrap();
    let invisible = only(Deobfuscation {
        invisible: true,
        ..Deobfuscation::none()
    });
    let text =
        "key AKIAQYLP\u{200B}MN5HHHFPZAM2 token ghp_R8c4kQm2Zt7Lp9Xw3Vb6Nd1Hs5Jf0G\u{430}4Ye2T";
    let r = invisible.redact(text).unwrap();
    assert!(r.text.contains("[AWS_ACCESS_KEY_ID]") && r.text.contains("Jf0G\u{430}4Ye2T"));
    let options: scrubline::ScannerOptions =
        serde_json::from_str(r#"{"deobfuscate": {"homoglyphs": true, "invisible": false}}"#)
            .unwrap();
    let r = options.build().unwrap().redact(text).unwrap();
    assert!(r.text.contains("[GITHUB_TOKEN]") && !r.text.contains("[AWS_ACCESS_KEY_ID]"));
    assert!(
        serde_json::from_str::<scrubline::ScannerOptions>(r#"{"deobfuscate": {"rot13": true}}"#)
            .is_err()
    );
}

/// `text` with each ASCII letter and digit written as `map` gives it.
fn spell(text: &str, map: impl Fn(char) -> char) -> String {
    text.chars().map(map).collect()
}

/// Mathematical bold (U+1D400 letters, U+1D7CE digits).
fn math_bold(c: char) -> char {
    let shift = match c {
        'A'..='Z' => 0x1D400 + (c as u32 - 'A' as u32),
        '0'..='9' => 0x1D7CE + (c as u32 - '0' as u32),
        _ => return c,
    };
    char::from_u32(shift).unwrap()
}

#[test]
fn unicode_forms_are_undone_by_default() {
    let default = Scanner::builder().build().unwrap();
    let plain = Scanner::builder()
        .deobfuscate(Deobfuscation::none())
        .build()
        .unwrap();
    let tag = |c: char| char::from_u32(0xE0000 + c as u32).unwrap();
    let cases = [
        // Mathematical alphanumerics (NFKC folds them to ASCII).
        spell("AKIAQYLPMN5HHHFPZAM2", math_bold),
        // ASCII smuggling: the key spelled in invisible tag characters.
        spell("AKIAQYLPMN5HHHFPZAM2", tag),
        // Variation selectors and a bidirectional control inside the key.
        "AKIAQYLP\u{FE0F}MN5HHHFP\u{202E}ZAM2".to_string(),
        // Circled and full-width forms mixed.
        "AKIAQYLPMN\u{2464}HHHFPZAM\u{FF12}".to_string(),
    ];
    for key in &cases {
        let text = format!("aws key {key} in prod");
        assert!(plain.redact(&text).unwrap().findings.is_empty(), "{text:?}");
        let r = default.redact(&text).unwrap();
        assert_eq!(r.text, "aws key [AWS_ACCESS_KEY_ID] in prod", "{key:?}");
    }
}

#[test]
fn confusables_beyond_cyrillic_and_greek() {
    // Cherokee Ꭺ (U+13AA) and Ꮩ (U+13D9) fold by their UTS #39
    // skeleton; an upper-case look-alike of `I` folds to `I`, not `l`.
    check(
        "key \u{13AA}KIAQYLPMN5HHHFPZAM2 now",
        "\u{13AA}KIAQYLPMN5HHHFPZAM2",
        "[AWS_ACCESS_KEY_ID]",
    );
    check(
        "key AK\u{0406}AQYLPMN5HHHFPZAM2 now",
        "AK\u{0406}AQYLPMN5HHHFPZAM2",
        "[AWS_ACCESS_KEY_ID]",
    );
    let token = "ghp_R8c4kQm2Zt7Lp9Xw3\u{13D9}b6Nd1Hs5Jf0Ga4Ye2T"; // Cherokee Ꮩ
    check(&format!("token {token} ok"), token, "[GITHUB_TOKEN]");
}

#[test]
fn html_references_and_url_encoded_line_breaks() {
    let default = Scanner::builder().build().unwrap();
    let r = default
        .redact("<p>&#65;KIAQYLPMN5HHHFP&#x5A;AM2 and bob&commat;example.com</p>")
        .unwrap();
    assert_eq!(r.text, "<p>[AWS_ACCESS_KEY_ID] and [EMAIL_ADDRESS]</p>");
    // A private key in a URL query (`%0A` line breaks, `%2B`, `%2F`).
    let pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAuYjT/XElH+kmTBaLcsHYPsYAjucvwrox/VhHqZRA7eYHq8Wk\ngmutrpF+CYUcBB8b5Pidyu+NL9l0nQ4aDi/3eedlP9kWBxiVz5yI5HdlVrMGAmVY\n-----END RSA PRIVATE KEY-----";
    let encoded: String = pem
        .bytes()
        .map(|b| match b {
            b'\n' | b' ' | b'+' | b'/' | b'=' => format!("%{b:02X}"),
            _ => (b as char).to_string(),
        })
        .collect();
    let r = default
        .redact(&format!("GET /import?key={encoded}&fmt=pem HTTP/1.1"))
        .unwrap();
    assert_eq!(r.text, "GET /import?key=[PRIVATE_KEY]&fmt=pem HTTP/1.1");
    // Prose with entities is left alone.
    let prose = "Fish &amp; chips &lt;3 &#8212; &nbsp; &#0; 100% sure";
    assert_eq!(default.redact(prose).unwrap().text, prose);
}

#[test]
fn wrapped_and_nested_base64() {
    use base64::Engine as _;
    let b64 = |s: &[u8]| base64::engine::general_purpose::STANDARD.encode(s);
    let default = Scanner::builder().build().unwrap();
    // MIME wraps at 76 columns; the key crosses the line break.
    let env = "# settings for the staging cluster\nAWS_ACCESS_KEY_ID=AKIAQYLPMN5HHHFPZAM2\n";
    let encoded = b64(env.as_bytes());
    assert!(encoded.len() > 76);
    let wrapped = format!("{}\n{}", &encoded[..76], &encoded[76..]);
    let key_at = 76 * 3 / 4;
    assert!(env[..key_at].contains("AKIA") && !env[..key_at].contains("ZAM2"));
    let r = default
        .redact(&format!("attachment:\n{wrapped}\n--end"))
        .unwrap();
    assert_eq!(r.text, "attachment:\n[AWS_ACCESS_KEY_ID]\n--end");
    // base64 of base64.
    let double = b64(b64(b"token ghp_R8c4kQm2Zt7Lp9Xw3Vb6Nd1Hs5Jf0Ga4Ye2T").as_bytes());
    let r = default.redact(&format!("blob={double};")).unwrap();
    assert_eq!(r.text, "blob=[GITHUB_TOKEN];");
}

#[test]
fn default_folds_look_alikes_only_in_mixed_words() {
    let default = Scanner::builder().build().unwrap();
    // Greek capitals Alpha, Kappa, Iota, Alpha in an AWS key id.
    let key = "\u{391}\u{39a}\u{399}\u{391}QYLPMN5HHHFPZAM2";
    let out = default.redact(&format!("AccessKeyId: {key}")).unwrap().text;
    assert!(out.contains("[AWS_ACCESS_KEY_ID]"), "{out}");
    assert!(Deobfuscation::default().mixed_script);
    let prose = "Καλημέρα, το κλειδί είναι στο γραφείο. Пароль у администратора.";
    assert_eq!(default.redact(prose).unwrap().text, prose);
}

#[test]
fn default_reads_hex_bytes_and_markup_breaks() {
    let default = Scanner::builder().build().unwrap();
    let hex: Vec<String> = "ghp_R8c4kQm2Zt7Lp9Xw3Vb6Nd1Hs5Jf0Ga4Ye2T"
        .bytes()
        .map(|b| format!("{b:02x}"))
        .collect();
    for text in [
        format!("echo {} | xxd -r -p", hex.join(" ")),
        format!("token bytes {}", hex.join(":")),
        "<code>ghp_R8c4kQm2Zt7L<!-- -->p9Xw3Vb6Nd1Hs5Jf0Ga4Ye2T</code>".to_owned(),
        "Concatenate `ghp_R8c4kQm2Zt7L` `p9Xw3Vb6Nd1Hs5Jf0Ga4Ye2T`".to_owned(),
    ] {
        let out = default.redact(&text).unwrap().text;
        assert!(out.contains("[GITHUB_TOKEN]"), "{text} -> {out}");
    }
    // A MAC address is redacted as one, not read as hex bytes.
    let mac = "link/ether 00:1a:2b:3c:4d:5e brd ff:ff:ff:ff:ff:ff";
    assert_eq!(
        default.redact(mac).unwrap().text,
        "link/ether [MAC_ADDRESS] brd ff:ff:ff:ff:ff:ff"
    );
}
