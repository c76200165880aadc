//! Shared helpers for the criterion benches: the generated corpus.

pub mod adversarial;

use std::path::PathBuf;
use std::process::Command;

/// The mixed corpus of `mb` MiB from `benches/corpus.py`, generated on first use.
pub fn corpus(mb: u32) -> Vec<u8> {
    corpus_of("mixed", mb)
}

/// A corpus of one `kind` (`mixed`, `prose`, `logs`, `code`) from `benches/corpus.py`.
pub fn corpus_of(kind: &str, mb: u32) -> Vec<u8> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let path = dir.join("data").join(format!("{kind}-{mb}mb.txt"));
    if !path.exists() {
        let status = Command::new("python3")
            .arg(dir.join("corpus.py"))
            .args(["--size-mb", &mb.to_string(), "--kind", kind, "--out"])
            .arg(&path)
            .status()
            .expect("python3 runs benches/corpus.py");
        assert!(status.success(), "benches/corpus.py failed");
    }
    std::fs::read(&path).expect("corpus readable")
}

/// A chat-style prompt of `len` bytes with nothing to redact.
pub fn clean_prompt(len: usize) -> String {
    let filler = "Please summarise the attached incident report and suggest next steps for the on-call team. ";
    filler.repeat(len / filler.len() + 1)[..len].to_string()
}

/// A chat-style prompt of about `len` bytes with one secret and one email.
pub fn prompt(len: usize) -> String {
    let filler = "Please summarise the attached incident report and suggest next steps for the on-call team. ";
    let mut p =
        String::from("Hi! My key is AKIAQYLPMN5HHHFPZAM2, reach me at ana.lopez@example.com. ");
    while p.len() < len {
        p.push_str(filler);
    }
    p.truncate(len);
    p
}
