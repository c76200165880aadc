//! The `scrubline` binary end to end: output, reports, exit codes.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn scrubline(args: &[&str], stdin: &[u8]) -> Output {
    run(
        Command::new(env!("CARGO_BIN_EXE_scrubline")).args(args),
        stdin,
    )
}

/// Runs scrubline in `dir` (where it looks for scrubline.toml) with `env`.
fn scrubline_at(dir: &Path, env: &[(&str, &str)], args: &[&str], stdin: &[u8]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_scrubline"));
    command
        .current_dir(dir)
        .args(args)
        .envs(env.iter().copied());
    run(&mut command, stdin)
}

/// Runs `command` with `stdin` as its standard input, capturing its output.
fn run(command: &mut Command, stdin: &[u8]) -> Output {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || pipe.write_all(&input));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().ok();
    out
}

/// Runs scrubline with standard output a pipe whose reader closed before
/// the first write, as `| head -0` would: every write fails with EPIPE.
fn scrubline_into_closed_pipe(args: &[&str], stdin: &[u8]) -> Output {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let mut child = Command::new(env!("CARGO_BIN_EXE_scrubline"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(writer)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.to_vec();
    let feeder = std::thread::spawn(move || pipe.write_all(&input));
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap().ok();
    out
}

/// A fresh directory, removed when dropped.
struct TempDir(std::path::PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("scrubline-cli-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl std::ops::Deref for TempDir {
    type Target = std::path::Path;
    fn deref(&self) -> &std::path::Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn temp_dir(name: &str) -> TempDir {
    TempDir::new(name)
}

const SECRET: &str = "AKIAQYLPMN5HHHFPZAM2";

#[test]
fn redact_filters_stdin_and_writes_a_report() {
    let dir = temp_dir("redact");
    let report = dir.join("report.json");
    let out = scrubline(
        &["redact", "--report", report.to_str().unwrap()],
        format!("key={SECRET} mail bob@example.com\n").as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "key=[AWS_ACCESS_KEY_ID] mail [EMAIL_ADDRESS]\n"
    );
    let report_text = std::fs::read_to_string(&report).unwrap();
    assert!(!report_text.contains(SECRET) && !report_text.contains("bob@"));
    let report: serde_json::Value = serde_json::from_str(&report_text).unwrap();
    assert_eq!(report["findings"], 2);
    assert_eq!(report["by_category"]["secret"], 1);
    assert_eq!(report["by_rule"]["pii.email"], 1);
    assert_eq!(report["rule_set_sha256"].as_str().unwrap().len(), 64);

    let out = scrubline(&["redact", "--fail-on-findings"], b"mail bob@example.com");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn redact_operators_from_flags() {
    let out = scrubline(
        &[
            "redact",
            "--pii-op",
            "mask",
            "--op",
            "CREDIT_CARD=partial_mask:4",
            "--allow",
            "ops@example.com",
        ],
        b"card 4111 1111 1111 1111, ops@example.com, bo@example.com",
    );
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "card ***************1111, ops@example.com, **************"
    );
    let out = scrubline(&["redact", "--pii-op", "blur"], b"x");
    assert_eq!(out.status.code(), Some(2));
    let out = scrubline(&["redact", "--pii-op", "pseudonym"], b"x");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("pseudonym key"));
}

#[test]
fn redact_streams_large_input_like_the_library() {
    let line = format!(
        "{{\"level\":\"info\",\"user\":\"ana@example.com\",\"token\":\"ghp_Hj7kL9mN2pQ4rS6tU8vW0xY1zA3bC5dE7fG9\",\"n\":1}} {SECRET}\n"
    );
    let input = line.repeat(40_000); // ~5 MB, many chunks
    let out = scrubline(&["redact"], input.as_bytes());
    let expected = scrubline::Scanner::default_rules()
        .unwrap()
        .redact(&input)
        .unwrap()
        .text;
    assert_eq!(out.status.code(), Some(0));
    assert!(
        String::from_utf8(out.stdout).unwrap() == expected,
        "CLI output differs from library"
    );
}

#[test]
fn redact_missing_file_is_an_error_naming_it() {
    let out = scrubline(&["redact", "/nonexistent/input.txt"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/input.txt"));
}

#[test]
fn config_errors_name_the_field_but_never_its_value() {
    let dir = temp_dir("config-errors");
    let token = "ghp_0123456789abcdefghijklmnopqrstuvwxyZ";
    let cases = [
        (
            format!(r#"{{"allow": "{token}"}}"#),
            "options at `allow`: expected a sequence, found a string",
        ),
        (
            r#"{"pseudonym_key": 8675309123456789}"#.to_string(),
            "options at `pseudonym_key`: expected a string, found a number",
        ),
    ];
    let toml_cases = [
        (
            format!("allow = \"{token}\""),
            "options at `allow`: expected a sequence, found a string",
        ),
        (
            format!("[policy]\nentities = {{ CREDIT_CARD = \"{token}\" }}"),
            "options at `policy.entities[key #1]`: value not accepted",
        ),
        (
            format!("allow = [\"{token}\"\nbackend = 1"),
            "not valid TOML (line 2, column 1)",
        ),
    ];
    let files = cases
        .iter()
        .map(|(text, expected)| ("json", text, expected))
        .chain(
            toml_cases
                .iter()
                .map(|(text, expected)| ("toml", text, expected)),
        );
    for (i, (extension, json, expected)) in files.enumerate() {
        let config = dir.join(format!("options-{i}.{extension}"));
        std::fs::write(&config, json).unwrap();
        let out = scrubline(&["redact", "--config", config.to_str().unwrap()], b"x");
        assert_eq!(out.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(expected), "{stderr}");
        assert!(
            !stderr.contains(token) && !stderr.contains("8675309"),
            "{stderr}"
        );
    }
}

#[test]
fn broken_pipe_exits_quietly_on_every_command() {
    let dir = temp_dir("broken-pipe");
    std::fs::write(dir.join("keys.env"), format!("AWS_KEY={SECRET}\n")).unwrap();
    let dir_arg = dir.to_str().unwrap();
    let input = format!("key={SECRET}\n");
    let cases: [(&[&str], i32); 8] = [
        (&["rules", "list"], 0),
        (&["rules", "list", "--json"], 0),
        (&["rules", "check"], 0),
        (&["inventory"], 0),
        (&["inventory", "--json"], 0),
        (&["redact"], 0),
        // The verdict reached before the reader left still counts.
        (&["redact", "--fail-on-findings"], 1),
        (&["scan", dir_arg], 1),
    ];
    for (args, code) in cases {
        let out = scrubline_into_closed_pipe(args, input.as_bytes());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {stderr}");
        assert_eq!(stderr, "", "{args:?}");
    }
}

#[test]
fn redact_stops_quietly_when_the_reader_leaves_mid_stream() {
    // Far more output than a pipe buffers, and the reader leaves after one line.
    let input = format!("key={SECRET}\n").repeat(200_000);
    let mut child = Command::new(env!("CARGO_BIN_EXE_scrubline"))
        .arg("redact")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut pipe = child.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || pipe.write_all(input.as_bytes()));
    let mut first = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(child.stdout.take().unwrap()),
        &mut first,
    )
    .unwrap();
    assert_eq!(first, "key=[AWS_ACCESS_KEY_ID]\n");
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap().ok();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("panicked") && stderr.is_empty(),
        "{stderr}"
    );
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn scan_prints_locations_without_values() {
    let dir = temp_dir("scan");
    std::fs::write(
        dir.join(".env"),
        format!("A=1\nAWS_ACCESS_KEY_ID={SECRET}\n"),
    )
    .unwrap();
    std::fs::write(dir.join("clean.txt"), "nothing here\n").unwrap();
    std::fs::write(dir.join("blob.bin"), [0u8, 1, 2, b'A', b'K']).unwrap();
    let out = scrubline(&["scan", dir.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(!stdout.contains(SECRET));
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["rule_id"], "aws.access_key_id");
    assert_eq!(
        (lines[0]["line"].as_u64(), lines[0]["column"].as_u64()),
        (Some(2), Some(19))
    );
    assert!(lines[0]["path"].as_str().unwrap().ends_with(".env"));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("1 findings in 1 of 3 files scanned (0 binary files skipped)"),
        "{stderr}"
    );

    let clean = temp_dir("clean");
    std::fs::write(clean.join("a.txt"), "hello\n").unwrap();
    assert_eq!(
        scrubline(&["scan", "-q", clean.to_str().unwrap()], b"")
            .status
            .code(),
        Some(0)
    );
}

/// `text` as UTF-16LE, with a byte-order mark when `bom`.
fn utf16le(text: &str, bom: bool) -> Vec<u8> {
    let mut out = if bom { vec![0xFF, 0xFE] } else { Vec::new() };
    out.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    out
}

#[test]
fn utf16_input_is_scanned_and_written_back_in_utf16() {
    // PowerShell's `Out-File` writes UTF-16LE with a byte-order mark; before
    // decoding, this passed `redact` unchanged and `scan` skipped it as binary.
    let text = format!("key={SECRET} mail bob@example.com ключ\n");
    for bom in [true, false] {
        let out = scrubline(&["redact"], &utf16le(&text, bom));
        assert_eq!(out.status.code(), Some(0), "bom {bom}");
        assert_eq!(
            out.stdout,
            utf16le("key=[AWS_ACCESS_KEY_ID] mail [EMAIL_ADDRESS] ключ\n", bom),
            "bom {bom}"
        );
    }
    let utf32: Vec<u8> = text
        .chars()
        .flat_map(|c| u32::from(c).to_be_bytes())
        .collect();
    let out = scrubline(&["redact"], &utf32);
    let back: String = out
        .stdout
        .chunks(4)
        .map(|q| char::from_u32(u32::from_be_bytes([q[0], q[1], q[2], q[3]])).unwrap())
        .collect();
    assert_eq!(back, "key=[AWS_ACCESS_KEY_ID] mail [EMAIL_ADDRESS] ключ\n");

    let dir = temp_dir("utf16");
    std::fs::write(
        dir.join("creds.txt"),
        utf16le(&format!("A=1\nAWS={SECRET}\n"), true),
    )
    .unwrap();
    let out = scrubline(&["scan", dir.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    let line: serde_json::Value =
        serde_json::from_str(String::from_utf8(out.stdout).unwrap().trim()).unwrap();
    assert_eq!(line["rule_id"], "aws.access_key_id");
    assert_eq!(
        (line["line"].as_u64(), line["column"].as_u64()),
        (Some(2), Some(5))
    );

    // Malformed UTF-16 (a lone surrogate) is refused, not passed through.
    let mut bad = utf16le(&format!("key={SECRET}"), true);
    bad.extend([0x00, 0xDC]);
    let out = scrubline(&["redact"], &bad);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("not valid UTF-16LE"), "{stderr}");
    assert!(!String::from_utf8_lossy(&out.stdout).contains("AKIA"));
}

/// `data` compressed in each format the CLI reads (gzip as two members).
fn compressed(data: &[u8]) -> Vec<(&'static str, Vec<u8>)> {
    use std::io::Write as _;
    let (first, second) = data.split_at(data.len() / 2);
    let mut gz = Vec::new();
    for part in [first, second] {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(part).unwrap();
        gz.extend(e.finish().unwrap());
    }
    let mut bz = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::default());
    bz.write_all(data).unwrap();
    let mut xz = liblzma::write::XzEncoder::new(Vec::new(), 6);
    xz.write_all(data).unwrap();
    vec![
        ("gzip", gz),
        ("zstd", zstd::stream::encode_all(data, 3).unwrap()),
        ("bzip2", bz.finish().unwrap()),
        ("xz", xz.finish().unwrap()),
    ]
}

#[test]
fn compressed_input_is_decompressed_and_redacted() {
    // Before: `redact app.log.gz` found nothing in the compressed bytes and
    // exited 0 with the keys still inside; `scan` skipped it as binary.
    let text = format!("key={SECRET} mail bob@example.com\n").repeat(50);
    let want = "key=[AWS_ACCESS_KEY_ID] mail [EMAIL_ADDRESS]\n".repeat(50);
    let dir = temp_dir("compressed");
    for (format, bytes) in compressed(text.as_bytes()) {
        let out = scrubline(&["redact"], &bytes);
        assert_eq!(out.status.code(), Some(0), "{format}");
        assert_eq!(String::from_utf8(out.stdout).unwrap(), want, "{format}");
        std::fs::write(dir.join(format!("app.log.{format}")), &bytes).unwrap();
    }
    let out = scrubline(&["scan", "-q", dir.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 4 * 100, "two findings per line");
    assert!(!stdout.contains(SECRET));

    // A truncated archive fails closed with an error naming the input.
    let (_, gz) = &compressed(text.as_bytes())[0];
    let out = scrubline(&["redact"], &gz[..gz.len() / 3]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read standard input"));
}

#[cfg(unix)]
#[test]
fn scan_reads_what_it_is_given_and_counts_what_it_skips() {
    let dir = temp_dir("skips");
    // A NUL byte does not hide a key any more (the way `strings` reads it).
    std::fs::write(dir.join("blob.bin"), format!("\0\x01AWS={SECRET}\0")).unwrap();
    let out = scrubline(&["scan", "-q", dir.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains("aws.access_key_id")
    );
    // Asked to skip binaries: skipped, counted, exit unaffected.
    let out = scrubline(&["scan", "--skip-binary", dir.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("(1 binary files skipped)"));

    // A symlinked directory and a FIFO inside the tree are not read, but
    // the scan says so and exits 2 unless told that is fine.
    let clean = temp_dir("skips-clean");
    std::fs::write(clean.join("a.txt"), "hello\n").unwrap();
    std::os::unix::fs::symlink(&*dir, clean.join("linked")).unwrap();
    std::os::unix::fs::symlink(clean.join("missing"), clean.join("broken")).unwrap();
    assert!(
        Command::new("mkfifo")
            .arg(clean.join("pipe"))
            .status()
            .unwrap()
            .success()
    );
    let out = scrubline(&["scan", clean.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    for reason in [
        "not scanned: 1 symlinks to directories",
        "not scanned: 1 broken symlinks",
        "not scanned: 1 FIFOs",
    ] {
        assert!(stderr.contains(reason), "{reason}: {stderr}");
    }
    let out = scrubline(
        &["scan", "--allow-skips", "-q", clean.to_str().unwrap()],
        b"",
    );
    assert_eq!(out.status.code(), Some(0));
    // A symlinked file is scanned.
    std::os::unix::fs::symlink(dir.join("blob.bin"), clean.join("blob-link")).unwrap();
    let out = scrubline(
        &["scan", "--allow-skips", "-q", clean.to_str().unwrap()],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));

    // `-` is standard input; a path named on the command line is read
    // whatever it is (here /dev/stdin).
    for path in ["-", "/dev/stdin"] {
        let out = scrubline(&["scan", "-q", path], format!("k={SECRET}\n").as_bytes());
        assert_eq!(out.status.code(), Some(1), "{path}");
        assert!(
            String::from_utf8(out.stdout)
                .unwrap()
                .contains("aws.access_key_id")
        );
    }
}

#[test]
fn rules_check_passes_for_builtins_and_fails_for_broken_examples() {
    let out = scrubline(&["rules", "check"], b"");
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8(out.stdout).unwrap().contains("all pass"));

    let dir = temp_dir("rules");
    let file = dir.join("acme.toml");
    std::fs::write(&file, "format = 1\n[pack]\nname = \"acme\"\nversion = \"1\"\n[[rules]]\nid = \"acme.key\"\nname = \"Acme key\"\ncategory = \"secret\"\nentity = \"ACME_KEY\"\npattern = 'acme_[a-z]{8}'\nexamples = [\"acme_abc\"]\nnegative_examples = [\"acme_abcdefgh\"]\n").unwrap();
    let out = scrubline(
        &[
            "rules",
            "check",
            "--no-builtin",
            "--rules",
            file.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("FAIL acme.key: positive example #0 found nothing"),
        "{stdout}"
    );
    assert!(
        stdout.contains("FAIL acme.key: negative example #0 was matched"),
        "{stdout}"
    );

    std::fs::write(&file, "format = 1\n[pack]\nname = \"acme\"\nversion = \"1\"\n[[rules]]\nid = \"acme.key\"\nname = \"Acme key\"\ncategory = \"secret\"\nentity = \"ACME_KEY\"\npattern = 'acme_[a-z]+'\n").unwrap();
    let out = scrubline(&["rules", "list", "--rules", file.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("rule acme.key in ")
            && stderr.contains("acme.toml (line 5) cannot be compiled")
            && stderr.contains("unboundedly"),
        "{stderr}"
    );
}

/// `--classifier` redacts names, addresses and organisations (needs ONNX
/// Runtime, as scripts/test provides); without a runtime it fails closed,
/// or degrades when allowed.
#[cfg(feature = "classifier")]
#[test]
fn classifier_flag_redacts_names_and_fails_closed() {
    let text =
        b"Please email Maria Gonzalez at 42 Elm Street, Springfield about Acme Corp's invoice\n";
    let out = scrubline(&["redact", "--classifier"], text);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got = String::from_utf8(out.stdout).unwrap();
    assert!(got.contains("[PERSON]") && !got.contains("Maria"), "{got}");
    let no_runtime = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_scrubline"))
            .args(args)
            .env("SCRUBLINE_ORT_LIB", "/nonexistent/libonnxruntime.so")
            .stdin(Stdio::null())
            .output()
            .unwrap()
    };
    let out = no_runtime(&["redact", "--classifier"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    // Said once, with what to do.
    assert_eq!(
        stderr.matches("PII classifier unavailable").count(),
        1,
        "{stderr}"
    );
    assert!(stderr.contains("SCRUBLINE_ORT_LIB"), "{stderr}");
    let out = no_runtime(&[
        "redact",
        "--classifier",
        "--allow-degraded",
        "--report",
        "/dev/stdout",
    ]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"degraded\": true"));
    // Degradation is loud, not only in the report.
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("warning: degraded"), "{stderr}");
    let out = no_runtime(&[
        "scan",
        "--classifier",
        "--allow-degraded",
        "-q",
        "/dev/null",
    ]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("warning: degraded"));
}

/// `scan --classifier` runs the classifier over files and stdin (streams
/// hold back to a sentence end), and finds what `redact` redacts.
#[cfg(feature = "classifier")]
#[test]
fn scan_runs_the_classifier() {
    let dir = TempDir::new("scan-classifier");
    let text = "Ticket 7: Please email Maria Gonzalez about the invoice.\n".repeat(30);
    std::fs::write(dir.join("ticket.txt"), &text).unwrap();
    let report = dir.join("report.json");
    let out = scrubline(
        &[
            "scan",
            "--classifier",
            "-q",
            "--report",
            report.to_str().unwrap(),
            dir.join("ticket.txt").to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "findings exit 1: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&report).unwrap()).unwrap();
    assert_eq!(v["by_entity"]["PERSON"], 30, "{v}");
    let out = scrubline(&["redact", "--classifier"], text.as_bytes());
    let got = String::from_utf8(out.stdout).unwrap();
    assert_eq!(got.matches("[PERSON]").count(), 30, "{got}");
}

/// `inventory --json` lists the rule set and the shipped model with the
/// checksum its config records.
#[test]
fn inventory_lists_rule_set_and_model() {
    let out = scrubline(&["inventory", "--json"], b"");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let builtin = scrubline::RuleSet::builtin();
    assert_eq!(v["rule_set"]["rules"], builtin.rules().len());
    assert_eq!(
        v["rule_set"]["packs"].as_array().unwrap().len(),
        builtin.packs().len()
    );
    let config: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../models/pii-tagger/config.json"
        ))
        .unwrap(),
    )
    .unwrap();
    assert_eq!(v["models"][0]["sha256"], config["model_sha256"]);
    let md = scrubline(&["inventory"], b"");
    assert!(String::from_utf8_lossy(&md.stdout).contains("| pii.contact | "));
}

#[test]
fn scan_sarif_validates_against_the_schema() {
    let dir = temp_dir("sarif");
    std::fs::write(
        dir.join("app config.env"),
        format!("name=\"Zoë\"\nAWS_ACCESS_KEY_ID={SECRET} mail=bob@example.com\n"),
    )
    .unwrap();
    std::fs::write(dir.join("clean.txt"), "nothing\n").unwrap();
    let out = scrubline(
        &["scan", "-q", "--format", "sarif", dir.to_str().unwrap()],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(!stdout.contains(SECRET) && !stdout.contains("bob@"));
    let sarif: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/sarif-schema-2.1.0.json")).unwrap();
    let validator = jsonschema::draft7::new(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // The schema is not vacuous: a result without a message fails it.
    let mut broken = sarif.clone();
    broken["runs"][0]["results"][0]
        .as_object_mut()
        .unwrap()
        .remove("message");
    assert!(!validator.is_valid(&broken));

    let run = &sarif["runs"][0];
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 2);
    let key = &results[0];
    assert_eq!(
        (key["ruleId"].as_str(), key["level"].as_str()),
        (Some("aws.access_key_id"), Some("error"))
    );
    let region = &key["locations"][0]["physicalLocation"]["region"];
    assert_eq!(
        (region["startLine"].as_u64(), region["startColumn"].as_u64()),
        (Some(2), Some(19))
    );
    assert_eq!(region["endColumn"].as_u64(), Some(19 + SECRET.len() as u64));
    let uri = key["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        .as_str()
        .unwrap();
    assert!(uri.ends_with("app%20config.env"), "{uri}");
    assert_eq!(results[1]["level"], "warning");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(
        rules[key["ruleIndex"].as_u64().unwrap() as usize]["id"],
        "aws.access_key_id"
    );
}

#[test]
fn evidence_log_from_redact_verifies_and_summarizes() {
    let dir = temp_dir("evidence");
    let log = dir.join("log");
    let log_arg = log.to_str().unwrap();
    for _ in 0..3 {
        let out = scrubline(
            &[
                "redact",
                "--evidence",
                log_arg,
                "--evidence-service",
                "ingest",
            ],
            format!("key={SECRET} mail bob@example.com\n").as_bytes(),
        );
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let segment = log.join("evidence-000000000001.jsonl");
    let text = std::fs::read_to_string(&segment).unwrap();
    assert_eq!(text.lines().count(), 3);
    assert!(!text.contains(SECRET) && !text.contains("bob@"));

    let ok = scrubline(&["evidence", "verify", log_arg], b"");
    assert_eq!(ok.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&ok.stdout).starts_with("OK: 3 records"));

    let today = &text[text.find("\"ts\":\"").unwrap() + 6..][..10];
    let summarize = |logs: &[&str], json: bool| {
        let mut args = vec!["evidence", "summarize"];
        args.extend(logs);
        args.extend(["--from", today, "--to", today]);
        if json {
            args.push("--json");
        }
        scrubline(&args, b"")
    };
    let summary = summarize(&[log_arg], true);
    assert_eq!(summary.status.code(), Some(0));
    let s: serde_json::Value = serde_json::from_slice(&summary.stdout).unwrap();
    assert_eq!(s["calls"], 3);
    assert_eq!(s["by_entity"]["AWS_ACCESS_KEY_ID"], 3);
    assert_eq!(s["by_category"]["pii"], 3);
    assert_eq!(s["chains"][0]["verification"]["ok"], true);
    assert_eq!(s["per_day"][0]["date"], today);
    // A second host's log is a second chain: both verify, totals add up.
    let other = dir.join("other-host");
    let other_arg = other.to_str().unwrap();
    scrubline(
        &["redact", "--evidence", other_arg],
        b"mail ann@example.com\n",
    );
    let both = summarize(&[log_arg, other_arg], true);
    assert_eq!(both.status.code(), Some(0));
    let s: serde_json::Value = serde_json::from_slice(&both.stdout).unwrap();
    assert_eq!(
        (s["calls"].as_u64(), s["chains"].as_array().map(Vec::len)),
        (Some(4), Some(2))
    );
    assert!(s["chains"][1]["gaps"].is_array());
    let md = summarize(&[log_arg], false);
    assert!(String::from_utf8_lossy(&md.stdout).contains("## Per day"));
    // One directory holding each worker's own chain (`<prefix>-<host>-<pid>`,
    // as pickled Python scrubbers write): every chain is found and checked;
    // a log with another prefix is not one of them.
    let workers = dir.join("workers");
    std::fs::create_dir_all(&workers).unwrap();
    std::fs::copy(&segment, workers.join("evidence-a-1-000000000001.jsonl")).unwrap();
    std::fs::copy(
        other.join("evidence-000000000001.jsonl"),
        workers.join("evidence-b-2-000000000001.jsonl"),
    )
    .unwrap();
    std::fs::copy(&segment, workers.join("audit-000000000001.jsonl")).unwrap();
    let merged = summarize(&[workers.to_str().unwrap()], true);
    assert_eq!(merged.status.code(), Some(0));
    let s: serde_json::Value = serde_json::from_slice(&merged.stdout).unwrap();
    assert_eq!(
        (s["calls"].as_u64(), s["chains"].as_array().map(Vec::len)),
        (Some(4), Some(2))
    );

    // Edit the second record's count: verification names line 2.
    let edited = text
        .replacen("\"findings\":2", "\"findings\":1", 2)
        .replacen("\"findings\":1", "\"findings\":2", 1);
    std::fs::write(&segment, edited).unwrap();
    let bad = scrubline(&["evidence", "verify", log_arg], b"");
    assert_eq!(bad.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&bad.stdout);
    assert!(
        stdout.contains("evidence-000000000001.jsonl:2 (Edited)"),
        "{stdout}"
    );
    let failed = summarize(&[log_arg], false);
    assert_eq!(failed.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&failed.stdout).contains("**FAILED**"));
}

#[test]
fn version_names_the_rule_set() {
    let rules = scrubline::RuleSet::builtin();
    for flag in ["--version", "-V"] {
        let out = scrubline(&[flag], b"");
        assert!(out.status.success());
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            text.starts_with(&format!("scrubline {}", env!("CARGO_PKG_VERSION"))),
            "{text}"
        );
        assert!(text.contains(&rules.sha256()), "{text}");
        assert!(
            text.contains(&format!("built-in rules: {}", rules.rules().len())),
            "{text}"
        );
    }
}

/// The pre-commit hook's `entry` (`.pre-commit-hooks.yaml`) runs as
/// pre-commit runs it: the staged file names appended; exit 1 stops a
/// commit that adds a key, exit 0 lets a clean one through.
#[test]
fn pre_commit_hook_entry_stops_a_commit_with_a_key() {
    let hooks = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../.pre-commit-hooks.yaml"),
    )
    .unwrap();
    let entry = hooks
        .lines()
        .find_map(|l| l.trim().strip_prefix("entry: "))
        .expect("the hook has an entry");
    let mut words = entry.split_whitespace();
    assert_eq!(words.next(), Some("scrubline"));
    let args: Vec<&str> = words.collect();
    let dir = std::env::temp_dir().join(format!("scrubline-hook-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (dirty, clean) = (dir.join("config.env"), dir.join("notes.md"));
    std::fs::write(&dirty, "AWS_ACCESS_KEY_ID=AKIAQYLPMN5HHHFPZAM2\n").unwrap();
    std::fs::write(&clean, "nothing to see\n").unwrap();
    let run = |file: &std::path::Path| {
        let mut all = args.clone();
        all.push(file.to_str().unwrap());
        scrubline(&all, b"")
    };
    let out = run(&dirty);
    assert_eq!(out.status.code(), Some(1));
    assert!(!String::from_utf8_lossy(&out.stdout).contains("AKIAQYLPMN5HHHFPZAM2"));
    assert_eq!(run(&clean).status.code(), Some(0));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn rules_list_columns_line_up() {
    let out = scrubline(&["rules", "list"], b"");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.lines().take_while(|l| !l.is_empty());
    let header = lines.next().unwrap();
    let starts: Vec<usize> = ["CAT", "ENTITY", "PACK", "NAME"]
        .iter()
        .map(|h| header.find(h).unwrap())
        .collect();
    let mut rows = 0;
    for line in lines.filter(|l| l.contains(" secret ") || l.contains(" pii ")) {
        for &at in &starts {
            let (before, after) = line.split_at(at);
            assert!(
                before.ends_with(' ') && !after.starts_with(' '),
                "misaligned: {line}"
            );
        }
        rows += 1;
    }
    assert!(rows > 500, "{rows} rows");
}

#[test]
fn inventory_and_rules_offer_only_rule_flags() {
    for args in [
        &["inventory", "--help"][..],
        &["rules", "list", "--help"],
        &["rules", "check", "--help"],
    ] {
        let help = String::from_utf8(scrubline(args, b"").stdout).unwrap();
        assert!(
            help.contains("--rules") && help.contains("--disable"),
            "{args:?}"
        );
        for redaction in [
            "--secret-op",
            "--allow <",
            "--evidence",
            "--deobfuscate",
            "--pseudonym-key-env",
        ] {
            assert!(!help.contains(redaction), "{args:?} offers {redaction}");
        }
    }
    let help = String::from_utf8(scrubline(&["scan", "--help"], b"").stdout).unwrap();
    assert!(help.contains("--secret-op") && help.contains("--rules"));
}

/// A tree of 60 files in nested directories: plain text, each compression
/// format, UTF-16, clean files and binary ones, keys and addresses on
/// several lines; plus `a.txt` beside a directory `a/`, whose files come
/// first in path order (`a/z.txt` < `a.txt`, component by component).
fn many_files(dir: &Path) {
    for i in 0..60 {
        let sub = dir.join(format!("d{}", i % 5)).join(["x", "y"][i % 2]);
        std::fs::create_dir_all(&sub).unwrap();
        let text =
            format!("line {i}\nkey={SECRET} id={i}\nmail user{i}@example.com\n").repeat(1 + i % 3);
        let (name, bytes) = match i % 8 {
            0..=3 => {
                let (format, bytes) = compressed(text.as_bytes()).swap_remove(i % 4);
                (format!("f{i}.{format}"), bytes)
            }
            4 => (format!("f{i}.txt"), utf16le(&text, true)),
            5 => (format!("clean{i}.txt"), b"nothing here\n".to_vec()),
            6 => (
                format!("blob{i}.bin"),
                [b"\0\x01".as_slice(), text.as_bytes()].concat(),
            ),
            _ => (format!("f{i}.txt"), text.into_bytes()),
        };
        std::fs::write(sub.join(name), bytes).unwrap();
    }
    std::fs::create_dir_all(dir.join("a")).unwrap();
    std::fs::write(dir.join("a/z.txt"), format!("k={SECRET}\n")).unwrap();
    std::fs::write(dir.join("a.txt"), format!("k={SECRET}\n")).unwrap();
}

#[test]
fn scan_prints_the_same_in_path_order_for_any_thread_count() {
    let dir = temp_dir("scan-parallel");
    let tree = dir.join("tree");
    many_files(&tree);
    let report = |j: &str| dir.join(format!("report-{j}.json"));
    let scan = |j: &str, format: &str| {
        let report = report(j);
        scrubline(
            &[
                "scan",
                "-j",
                j,
                "--format",
                format,
                "--report",
                report.to_str().unwrap(),
                tree.to_str().unwrap(),
            ],
            b"",
        )
    };
    let one = scan("1", "jsonl");
    assert_eq!(one.status.code(), Some(1));
    let stdout = String::from_utf8(one.stdout.clone()).unwrap();
    assert!(!stdout.contains(SECRET) && !stdout.contains("@example.com"));
    let found: Vec<(PathBuf, u64, u64)> = stdout
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            let at = |k: &str| v[k].as_u64().unwrap();
            (v["path"].as_str().unwrap().into(), at("line"), at("column"))
        })
        .collect();
    // Every key and address in the 53 files with some (binary files are
    // scanned too), plus a/z.txt and a.txt.
    assert!(found.len() > 100, "{} findings", found.len());
    let mut sorted = found.clone();
    sorted.sort();
    assert_eq!(found, sorted, "findings in path, line, column order");
    let z = found.iter().position(|f| f.0.ends_with("a/z.txt")).unwrap();
    let a = found
        .iter()
        .position(|f| f.0.ends_with("tree/a.txt"))
        .unwrap();
    assert!(z < a, "a/z.txt sorts before a.txt");
    let one_report = std::fs::read_to_string(report("1")).unwrap();
    for j in ["2", "8"] {
        let many = scan(j, "jsonl");
        assert_eq!(many.status.code(), Some(1), "-j {j}");
        assert!(
            many.stdout == one.stdout,
            "-j {j} prints other findings than -j 1"
        );
        assert_eq!(
            String::from_utf8_lossy(&many.stderr),
            String::from_utf8_lossy(&one.stderr),
            "-j {j}: summary"
        );
        assert_eq!(
            std::fs::read_to_string(report(j)).unwrap(),
            one_report,
            "-j {j}"
        );
    }
    let report: serde_json::Value = serde_json::from_str(&one_report).unwrap();
    assert_eq!(report["findings"].as_u64(), Some(found.len() as u64));
    for format in ["sarif", "table"] {
        let (one, two) = (scan("1", format), scan("2", format));
        assert_eq!(two.status.code(), Some(1));
        assert!(one.stdout == two.stdout, "{format}: -j 2 differs from -j 1");
    }
}

#[test]
fn scan_table_lines_up_without_values() {
    let dir = temp_dir("scan-table");
    std::fs::write(
        dir.join("app config.env"),
        format!("AWS_ACCESS_KEY_ID={SECRET}\nmail=bob@example.com\n"),
    )
    .unwrap();
    std::fs::write(dir.join("b.txt"), format!("k={SECRET}\n")).unwrap();
    let out = scrubline(
        &["scan", "-q", "--format", "table", dir.to_str().unwrap()],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains(SECRET) && !text.contains("bob@"), "{text}");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4, "{text}");
    let header = lines[0];
    assert!(
        header.starts_with("PATH ") && header.ends_with(" CONFIDENCE"),
        "{header}"
    );
    let (rule_at, entity_at) = (header.find("RULE").unwrap(), header.find("ENTITY").unwrap());
    for line in &lines[1..] {
        assert_eq!(line.chars().count(), header.chars().count(), "{text}");
        let cells: Vec<&str> = line[rule_at..].split_whitespace().collect();
        assert!(line[entity_at..].starts_with(cells[1]), "{text}");
        assert!(cells[2].parse::<f64>().is_ok(), "{text}");
    }
    let row: Vec<&str> = lines[1][rule_at..].split_whitespace().collect();
    assert_eq!(row[..2], ["aws.access_key_id", "AWS_ACCESS_KEY_ID"]);
    assert!(lines[1].starts_with(&format!("{} ", dir.join("app config.env").display())));
    let numbers: Vec<&str> = lines[1][..rule_at]
        .rsplit(' ')
        .filter(|c| !c.is_empty())
        .take(2)
        .collect();
    assert_eq!(numbers, ["19", "1"], "column then line: {}", lines[1]);
    assert!(lines[3].contains("b.txt"));
}

#[test]
fn confidences_are_printed_as_the_core_has_them() {
    let text = "mail bob@example.com card 4111 1111 1111 1111 key AKIAQYLPMN5HHHFPZAM2\n";
    let findings = scrubline::Scanner::default_rules()
        .unwrap()
        .redact(text)
        .unwrap()
        .findings;
    let expected: Vec<String> = findings
        .iter()
        .map(|f| f.confidence_f64().to_string())
        .collect();
    // The test means something: widened to f64, some read differently.
    assert!(
        findings
            .iter()
            .any(|f| f64::from(f.confidence).to_string() != f.confidence_f64().to_string())
    );
    let dir = temp_dir("confidence");
    let file = dir.join("in.txt");
    std::fs::write(&file, text).unwrap();
    let file = file.to_str().unwrap();
    let shown = |format: &str, prefix: &str| -> Vec<String> {
        let out = scrubline(&["scan", "-q", "--format", format, file], b"");
        let stdout = String::from_utf8(out.stdout).unwrap();
        stdout
            .split(prefix)
            .skip(1)
            .map(|rest| {
                rest.split(|c: char| c != '.' && !c.is_ascii_digit())
                    .next()
                    .unwrap()
                    .to_string()
            })
            .collect()
    };
    assert_eq!(shown("jsonl", "\"confidence\":"), expected, "jsonl");
    assert_eq!(shown("sarif", "\"confidence\": "), expected, "sarif");
    let out = scrubline(&["scan", "-q", "--format", "table", file], b"");
    let table: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .skip(1)
        .map(|l| l.rsplit(' ').next().unwrap().to_string())
        .collect();
    assert_eq!(table, expected, "table");
}

/// The text of `bytes`, decompressed if compressed; and the format.
fn decompressed(bytes: &[u8]) -> (String, &'static str) {
    use std::io::Read as _;
    let mut text = String::new();
    let format = if bytes.starts_with(b"\x1F\x8B") {
        flate2::read::MultiGzDecoder::new(bytes)
            .read_to_string(&mut text)
            .unwrap();
        "gzip"
    } else if bytes.starts_with(b"\x28\xB5\x2F\xFD") {
        text = String::from_utf8(zstd::stream::decode_all(bytes).unwrap()).unwrap();
        "zstd"
    } else if bytes.starts_with(b"BZh") {
        bzip2::read::MultiBzDecoder::new(bytes)
            .read_to_string(&mut text)
            .unwrap();
        "bzip2"
    } else if bytes.starts_with(b"\xFD7zXZ") {
        liblzma::read::XzDecoder::new_multi_decoder(bytes)
            .read_to_string(&mut text)
            .unwrap();
        "xz"
    } else {
        text = String::from_utf8(bytes.to_vec()).unwrap();
        "plain"
    };
    (text, format)
}

/// Every file under `dir`, relative to it, sorted.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(at) = stack.pop() {
        for entry in std::fs::read_dir(&at).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.push(path.strip_prefix(dir).unwrap().to_path_buf());
            }
        }
    }
    files.sort();
    files
}

#[test]
fn redact_output_dir_mirrors_inputs_compressed_as_they_came() {
    let dir = temp_dir("redact-tree");
    let text = format!("key={SECRET} mail bob@example.com\n").repeat(20);
    let want = "key=[AWS_ACCESS_KEY_ID] mail [EMAIL_ADDRESS]\n".repeat(20);
    let logs = dir.join("work/logs");
    std::fs::create_dir_all(logs.join("2026/11")).unwrap();
    for (format, bytes) in compressed(text.as_bytes()) {
        let ext = match format {
            "gzip" => "gz",
            "zstd" => "zst",
            "bzip2" => "bz2",
            _ => "xz",
        };
        std::fs::write(logs.join(format!("2026/11/app.log.{ext}")), bytes).unwrap();
    }
    std::fs::write(logs.join("plain.log"), &text).unwrap();
    std::fs::write(logs.join(".gitignore"), "ignored.log\n").unwrap();
    std::fs::write(logs.join("ignored.log"), &text).unwrap();
    std::fs::write(dir.join("outside.log"), &text).unwrap();
    let work = dir.join("work");
    // A git work tree: .gitignore files apply there (.ignore files anywhere).
    std::fs::create_dir_all(work.join(".git")).unwrap();
    let outside = dir.join("outside.log");
    let redact = |j: &str, out: &str, extra: &[&str]| {
        let mut args = vec!["redact", "-j", j, "--output-dir", out, "--report"];
        let report = format!("{out}.report.json");
        args.extend([
            report.as_str(),
            "logs",
            "../outside.log",
            outside.to_str().unwrap(),
        ]);
        args.extend(extra);
        scrubline_at(&work, &[], &args, b"")
    };
    let out = redact("2", "clean", &[]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(out.stdout.is_empty());
    let clean = work.join("clean");
    let absolute = outside.strip_prefix("/").unwrap();
    let mut expected: Vec<PathBuf> = [
        "logs/.gitignore",
        "logs/2026/11/app.log.bz2",
        "logs/2026/11/app.log.gz",
        "logs/2026/11/app.log.xz",
        "logs/2026/11/app.log.zst",
        "logs/plain.log",
        // `../outside.log`: the leading `..` is dropped.
        "outside.log",
    ]
    .iter()
    .map(PathBuf::from)
    .chain([absolute.to_path_buf()])
    .collect();
    expected.sort();
    assert_eq!(files_under(&clean), expected);
    for (name, format) in [
        ("app.log.gz", "gzip"),
        ("app.log.zst", "zstd"),
        ("app.log.bz2", "bzip2"),
        ("app.log.xz", "xz"),
    ] {
        let bytes = std::fs::read(clean.join("logs/2026/11").join(name)).unwrap();
        assert_eq!(decompressed(&bytes), (want.clone(), format), "{name}");
    }
    for copy in ["logs/plain.log", "outside.log"] {
        assert_eq!(std::fs::read_to_string(clean.join(copy)).unwrap(), want);
    }
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(work.join("clean.report.json")).unwrap())
            .unwrap();
    // 7 files with 40 findings each, and the .gitignore.
    assert_eq!(report["findings"], 7 * 40);
    // -j 1 writes the same copies; --no-ignore adds the ignored file;
    // --decompress writes plain text without the extension.
    // --no-ignore adds the ignored file; --decompress writes plain text
    // without the extension, so the four archives would share one copy:
    // the first (in path order) is written, the others are refused.
    let out = redact("1", "clean1", &["--no-ignore", "--decompress"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr.matches("is an earlier input's copy").count(),
        3,
        "{stderr}"
    );
    let plain = work.join("clean1/logs/2026/11/app.log");
    assert_eq!(std::fs::read_to_string(plain).unwrap(), want);
    assert_eq!(
        std::fs::read_to_string(work.join("clean1/logs/ignored.log")).unwrap(),
        want
    );
}

#[test]
fn redact_output_dir_runs_the_same_for_any_thread_count() {
    let dir = temp_dir("redact-parallel");
    many_files(&dir.join("tree"));
    let run = |j: &str| {
        let out = dir.join(format!("out{j}"));
        let report = dir.join(format!("report{j}.json"));
        let out = scrubline(
            &[
                "redact",
                "-j",
                j,
                "--output-dir",
                out.to_str().unwrap(),
                "--report",
                report.to_str().unwrap(),
                dir.join("tree").to_str().unwrap(),
            ],
            b"",
        );
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        (
            dir.join(format!("out{j}")),
            std::fs::read_to_string(report).unwrap(),
        )
    };
    let (one, one_report) = run("1");
    let (two, two_report) = run("2");
    assert_eq!(one_report, two_report);
    let files = files_under(&one);
    assert_eq!(files.len(), 62);
    assert_eq!(files, files_under(&two));
    for file in &files {
        let (a, b) = (
            std::fs::read(one.join(file)).unwrap(),
            std::fs::read(two.join(file)).unwrap(),
        );
        assert!(a == b, "{}", file.display());
        assert!(
            !String::from_utf8_lossy(&a).contains(SECRET),
            "{}",
            file.display()
        );
    }
}

#[test]
fn a_failing_file_leaves_no_partial_copy_and_the_others_are_redacted() {
    let dir = temp_dir("redact-fail");
    let tree = dir.join("in");
    std::fs::create_dir_all(&tree).unwrap();
    // More than one chunk of valid UTF-16 before a lone surrogate: the
    // first chunks are redacted and written before the error shows.
    let mut bad = utf16le(&format!("key={SECRET}\n").repeat(30_000), true);
    bad.extend([0x00, 0xDC]);
    std::fs::write(tree.join("bad-utf16.txt"), bad).unwrap();
    let (_, gz) = compressed(format!("key={SECRET}\n").repeat(5_000).as_bytes()).swap_remove(0);
    // Cut inside the first of its two members.
    std::fs::write(tree.join("truncated.log.gz"), &gz[..gz.len() / 3]).unwrap();
    std::fs::write(tree.join("good.txt"), format!("key={SECRET}\n")).unwrap();
    std::fs::create_dir_all(dir.join("out/in")).unwrap();
    std::fs::write(dir.join("out/in/bad-utf16.txt"), "an earlier copy\n").unwrap();
    for j in ["1", "2"] {
        let out = scrubline_at(
            &dir,
            &[],
            &[
                "redact",
                "-j",
                j,
                "--output-dir",
                "out",
                "in",
                "missing.log",
            ],
            b"",
        );
        assert_eq!(out.status.code(), Some(2), "-j {j}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(
            !stderr.contains(SECRET) && !stderr.contains("AKIA"),
            "{stderr}"
        );
        for named in [
            "in/bad-utf16.txt",
            "in/truncated.log.gz",
            "missing.log",
            "3 files not redacted",
        ] {
            assert!(stderr.contains(named), "-j {j}: {named}: {stderr}");
        }
        // The good file is redacted; the earlier copy of the bad one stays
        // as it was; the truncated one has none; no temporary file is left.
        assert_eq!(
            files_under(&dir.join("out")),
            [
                PathBuf::from("in/bad-utf16.txt"),
                PathBuf::from("in/good.txt")
            ]
        );
        assert_eq!(
            std::fs::read_to_string(dir.join("out/in/bad-utf16.txt")).unwrap(),
            "an earlier copy\n"
        );
        assert_eq!(
            std::fs::read_to_string(dir.join("out/in/good.txt")).unwrap(),
            "key=[AWS_ACCESS_KEY_ID]\n"
        );
    }
}

#[test]
fn redact_output_dir_refuses_what_it_cannot_mirror_safely() {
    let dir = temp_dir("redact-refuse");
    std::fs::write(dir.join("a.log"), format!("k={SECRET}\n")).unwrap();
    let at = |args: &[&str]| scrubline_at(&dir, &[], args, b"");
    let cases: [(&[&str], &str); 5] = [
        (
            &["redact", "--output-dir", "out"],
            "needs files or directories",
        ),
        (
            &["redact", "--output-dir", "out", "-"],
            "not standard input",
        ),
        (&["redact", "-j", "2", "a.log"], "needs --output-dir"),
        (
            &["redact", "."],
            "is a directory: redact a directory with --output-dir",
        ),
        (
            &["redact", "--output-dir", ".", "a.log"],
            "its copy would replace it",
        ),
    ];
    for (args, expected) in cases {
        let out = at(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
    }
    assert_eq!(
        std::fs::read_to_string(dir.join("a.log")).unwrap(),
        format!("k={SECRET}\n")
    );
    // The output directory inside the tree is not walked into.
    let out = at(&["redact", "--output-dir", "out", "."]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = at(&["redact", "--output-dir", "out", "."]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(files_under(&dir.join("out")), [PathBuf::from("a.log")]);
    // A symlink under the output directory is not followed out of it.
    #[cfg(unix)]
    {
        let elsewhere = dir.join("elsewhere");
        std::fs::create_dir_all(&elsewhere).unwrap();
        std::fs::create_dir_all(dir.join("in")).unwrap();
        std::fs::write(dir.join("in/b.log"), "x\n").unwrap();
        std::fs::create_dir_all(dir.join("out2")).unwrap();
        std::os::unix::fs::symlink(&elsewhere, dir.join("out2/in")).unwrap();
        let out = at(&["redact", "--output-dir", "out2", "in"]);
        assert_eq!(out.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&out.stderr).contains("is a symlink"));
        assert_eq!(files_under(&elsewhere), Vec::<PathBuf>::new());
    }
}

/// Terminal control sequences a progress bar would draw with.
fn has_control_sequences(bytes: &[u8]) -> bool {
    bytes.contains(&0x1B) || bytes.contains(&b'\r')
}

#[test]
fn no_progress_bar_without_a_terminal() {
    let dir = temp_dir("progress");
    many_files(&dir.join("tree"));
    let tree = dir.join("tree");
    let out_dir = dir.join("out");
    for args in [
        &["scan", "-j", "2", tree.to_str().unwrap()][..],
        &["scan", "--format", "table", tree.to_str().unwrap()],
        &[
            "redact",
            "--output-dir",
            out_dir.to_str().unwrap(),
            tree.to_str().unwrap(),
        ],
    ] {
        let out = scrubline(args, b"");
        assert!(
            !has_control_sequences(&out.stderr),
            "{args:?}: {:?}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!has_control_sequences(&out.stdout), "{args:?}");
    }
}

/// With a terminal (`script` gives the command one), the bar is drawn on
/// it, and `--quiet` turns it off.
#[cfg(target_os = "linux")]
#[test]
fn progress_bar_on_a_terminal_unless_quiet() {
    let dir = temp_dir("progress-tty");
    many_files(&dir.join("tree"));
    let in_terminal = |args: &str| {
        let command = format!(
            "{} {args} {} > /dev/null",
            env!("CARGO_BIN_EXE_scrubline"),
            dir.join("tree").display()
        );
        let out = Command::new("script")
            .args(["-qec", &command, "/dev/null"])
            .stdin(Stdio::null())
            .output()
            .expect("`script` (util-linux) runs commands in a terminal");
        out.stdout
    };
    // The bar's "done/found files" count, redrawn after ESC [ 2K (clear line).
    let bar = |out: &[u8]| {
        let text = String::from_utf8_lossy(out).into_owned();
        let counted = text.split(" files").any(|before| {
            let (_, found) = before.rsplit_once('/').unwrap_or(("", "x"));
            !found.is_empty() && found.bytes().all(|b| b.is_ascii_digit())
        });
        (counted && text.contains("\x1b[2K"), text)
    };
    let (drawn, text) = bar(&in_terminal("scan -j 2"));
    assert!(drawn, "{text:?}");
    let out = dir.join("out");
    let (drawn, text) = bar(&in_terminal(&format!(
        "redact --output-dir {}",
        out.display()
    )));
    assert!(drawn, "{text:?}");
    let (drawn, text) = bar(&in_terminal("scan -q -j 2"));
    assert!(!drawn && !text.contains("\x1b"), "{text:?}");
}

/// A rule pack with one secret rule: `acme.key`, entity `ACME_KEY`.
const ACME_PACK: &str = "format = 1\n[pack]\nname = \"acme\"\nversion = \"1\"\n[[rules]]\nid = \"acme.key\"\nname = \"Acme key\"\ncategory = \"secret\"\nentity = \"ACME_KEY\"\npattern = 'acme_[a-z]{8}\\b'\nexamples = [\"acme_abcdefgh\"]\nnegative_examples = [\"acme_abc\"]\n";

#[test]
fn scrubline_toml_is_found_upward_and_flags_extend_it() {
    let dir = temp_dir("config-search");
    let project = dir.join("project");
    let deep = project.join("src/deep");
    std::fs::create_dir_all(&deep).unwrap();
    std::fs::create_dir_all(project.join("packs")).unwrap();
    std::fs::write(project.join("packs/acme.toml"), ACME_PACK).unwrap();
    std::fs::write(
        project.join("scrubline.toml"),
        "rule_files = [\"packs/acme.toml\"]\nallow = [\"ops@example.com\"]\n[policy]\npii = \"mask\"\n",
    )
    .unwrap();
    let input = b"acme_abcdefgh ops@example.com bo@example.com ann@example.com\n";
    let redact = |at: &Path, args: &[&str]| {
        let mut all = vec!["redact"];
        all.extend(args);
        let out = scrubline_at(at, &[], &all, input);
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        (
            out.status.code(),
            String::from_utf8(out.stdout).unwrap(),
            stderr,
        )
    };
    let masked = "[ACME_KEY] ops@example.com ************** ***************\n";
    // Two levels down, the project's file applies; its rule file is found
    // relative to the file, not to the current directory.
    assert_eq!(redact(&deep, &[]).1, masked);
    // Repeatable flags add to the file's lists; single ones replace.
    assert_eq!(
        redact(&deep, &["--allow", "bo@example.com", "--pii-op", "label"]).1,
        "[ACME_KEY] ops@example.com bo@example.com [EMAIL_ADDRESS]\n"
    );
    assert_eq!(
        redact(&deep, &["--no-config"]).1,
        "acme_abcdefgh [EMAIL_ADDRESS] [EMAIL_ADDRESS] [EMAIL_ADDRESS]\n"
    );
    // The nearest file is the only one read.
    std::fs::write(
        project.join("src/scrubline.toml"),
        "[policy]\npii = \"mask:#\"\n",
    )
    .unwrap();
    assert_eq!(
        redact(&deep, &[]).1,
        "acme_abcdefgh ############### ############## ###############\n"
    );
    // --config names a file anywhere; a missing one is an error.
    assert_eq!(
        redact(&dir, &["--config", "project/scrubline.toml"]).1,
        masked
    );
    let (code, _, stderr) = redact(&deep, &["--config", "nope.toml"]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("cannot read nope.toml"), "{stderr}");
    let (code, _, stderr) = redact(&deep, &["--config", "x.toml", "--no-config"]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("cannot be used with"), "{stderr}");

    // `scan`, `rules` and `inventory` read it too; `rules` and `inventory`
    // open no evidence log.
    std::fs::write(
        dir.join("scrubline.toml"),
        "builtin_rules = false\nrule_files = [\"project/packs/acme.toml\"]\n[evidence]\npath = \"log\"\n",
    )
    .unwrap();
    let out = scrubline_at(&dir, &[], &["rules", "list", "--json"], b"");
    let rules: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rules.as_array().map(Vec::len), Some(1));
    assert_eq!(rules[0]["id"], "acme.key");
    let out = scrubline_at(&dir, &[], &["inventory", "--json"], b"");
    let inventory: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(inventory["rule_set"]["rules"], 1);
    assert!(!dir.join("log").exists());
    let out = scrubline_at(&dir, &[], &["scan", "-q", "-"], input);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(stdout.contains("acme.key"));
    assert!(dir.join("log").is_dir(), "scan records in the file's log");
}

#[test]
fn the_configuration_doc_example_reads_and_applies() {
    let doc = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../docs/configuration.md"
    ))
    .unwrap();
    // The first TOML block after the heading.
    let (_, example) = doc.split_once("## Complete example").unwrap();
    let (_, example) = example.split_once("```toml\n").unwrap();
    let (example, _) = example.split_once("```").unwrap();
    let dir = temp_dir("config-doc");
    std::fs::create_dir_all(dir.join("scrubline")).unwrap();
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(dir.join("scrubline/acme-rules.toml"), ACME_PACK).unwrap();
    std::fs::write(dir.join("scrubline.toml"), example).unwrap();
    let env = [
        ("SCRUBLINE_EVIDENCE_KEY", "an-hmac-key"),
        ("SCRUBLINE_ORT_LIB", "/nonexistent/libonnxruntime.so"),
    ];
    let input = format!(
        "key={SECRET} acme_abcdefgh mail ops@example.com bo@example.com card 4111 1111 1111 1111\n"
    );
    // As written it turns the classifier on, and without ONNX Runtime that
    // fails closed: after the whole file was read and accepted.
    let out = scrubline_at(&dir.join("sub"), &env, &["redact"], input.as_bytes());
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("classifier"), "{stderr}");
    assert!(!stderr.contains("configuration"), "{stderr}");
    // Without its [classifier] table, everything else applies.
    let mut in_classifier = false;
    let without: String = example
        .lines()
        .filter(|line| {
            if line.starts_with('[') {
                in_classifier = *line == "[classifier]";
            }
            !in_classifier
        })
        .map(|line| format!("{line}\n"))
        .collect();
    assert!(without.len() < example.len() && without.contains("[evidence]"));
    std::fs::write(dir.join("scrubline.toml"), without).unwrap();
    let out = scrubline_at(&dir.join("sub"), &env, &["redact"], input.as_bytes());
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "key=[AWS_ACCESS_KEY_ID] [ACME_KEY] mail ops@example.com ************** card ***************1111\n",
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The evidence log is beside the file, with the file's settings.
    let log = std::fs::read_to_string(dir.join("evidence/redactions-000000000001.jsonl")).unwrap();
    assert!(
        log.contains("\"service\":\"log-export\"") && log.contains("2026-q4"),
        "{log}"
    );
    assert!(!log.contains(SECRET));
}
