//! Where the classifier's spans land on labelled text: per entity, the
//! spans redacted (patterns and classifier together, default configuration
//! plus the classifier) and the share of them that overlap no gold entity
//! of any kind; per gold label, the share of gold entities redacted whole
//! (every letter and digit of them; punctuation such as the `@` of a
//! mention may stay).
//! For measuring span filters and boundaries; the model's F1 against
//! Presidio is `models/eval/eval.py`.
//!
//! `classifier_spans [--join N] FILE...`: CoNLL (one `token<TAB>label` per line, a
//! blank line between sentences; `../shared/corpora/ner/`, tokens joined by
//! spaces) or `.jsonl` (`{"text": ..., "entities": [[start, end, label]]}`,
//! byte offsets). `--join N` scans N consecutive sentences as one text
//! (joined by a space), as long documents and streams see them. Needs ONNX Runtime (`SCRUBLINE_ORT_LIB` or the Python
//! package).

use std::collections::BTreeMap;

use scrubline::Scanner;
use scrubline::classifier::{Classifier, ClassifierOptions};

/// A gold entity: byte span and label.
type Gold = (usize, usize, String);

/// Sentences with their gold entities, from CoNLL or JSON Lines.
fn read(path: &str) -> Vec<(String, Vec<Gold>)> {
    let raw = std::fs::read_to_string(path).expect("readable file");
    if path.ends_with(".jsonl") {
        return raw
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str(l).expect("{\"text\", \"entities\"} per line"))
            .map(|v: serde_json::Value| {
                let gold = v["entities"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|e| {
                        let at = |i: usize| e[i].as_u64().expect("offset") as usize;
                        (at(0), at(1), e[2].as_str().expect("label").to_string())
                    })
                    .collect();
                (v["text"].as_str().expect("text").to_string(), gold)
            })
            .collect();
    }
    let mut out = Vec::new();
    let (mut text, mut gold) = (String::new(), Vec::new());
    let mut open: Option<(usize, String)> = None;
    let close = |text: &String, gold: &mut Vec<Gold>, open: &mut Option<(usize, String)>| {
        if let Some((s, label)) = open.take() {
            gold.push((s, text.len(), label));
        }
    };
    for line in raw.lines() {
        let Some((token, label)) = line.split_once('\t') else {
            close(&text, &mut gold, &mut open);
            if !text.is_empty() {
                out.push((std::mem::take(&mut text), std::mem::take(&mut gold)));
            }
            continue;
        };
        if label == "O" || label.starts_with("B-") {
            close(&text, &mut gold, &mut open);
        }
        if !text.is_empty() {
            text.push(' ');
        }
        if label != "O" && open.is_none() {
            open = Some((text.len(), label[2..].to_string()));
        }
        text.push_str(token);
    }
    close(&text, &mut gold, &mut open);
    if !text.is_empty() {
        out.push((text, gold));
    }
    out
}

/// Joins every `n` consecutive sentences into one text (a space between).
fn join(sentences: Vec<(String, Vec<Gold>)>, n: usize) -> Vec<(String, Vec<Gold>)> {
    let mut out: Vec<(String, Vec<Gold>)> = Vec::new();
    for (i, (text, gold)) in sentences.into_iter().enumerate() {
        if i % n == 0 {
            out.push((String::new(), Vec::new()));
        }
        let (joined, all) = out.last_mut().expect("pushed above");
        if !joined.is_empty() {
            joined.push(' ');
        }
        let at = joined.len();
        joined.push_str(&text);
        all.extend(gold.into_iter().map(|(s, e, l)| (at + s, at + e, l)));
    }
    out
}

fn main() {
    let mut files: Vec<String> = std::env::args().skip(1).collect();
    let mut group = 1;
    if files.first().is_some_and(|a| a == "--join") {
        group = files
            .get(1)
            .and_then(|n| n.parse().ok())
            .filter(|&n| n > 0)
            .expect("--join N (N >= 1)");
        files.drain(..2);
    }
    let classifier =
        Classifier::load(&ClassifierOptions::default()).expect("ONNX Runtime and the model");
    let scanner = Scanner::builder()
        .classifier(std::sync::Arc::new(classifier))
        .build()
        .expect("scanner builds");
    // entity -> (spans, spans overlapping no gold entity)
    let mut counts: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    // gold label -> (entities, entities redacted whole)
    let mut recall: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut texts = 0;
    for file in &files {
        for (text, gold) in join(read(file), group) {
            texts += 1;
            let findings = scanner.redact(&text).expect("redacts").findings;
            for (gs, ge, label) in &gold {
                let covered = (*gs..*ge).all(|at| {
                    !text.as_bytes()[at].is_ascii_alphanumeric() && text.as_bytes()[at] < 0x80
                        || findings
                            .iter()
                            .any(|f| f.bytes.start <= at && at < f.bytes.end)
                });
                let r = recall.entry(label.clone()).or_default();
                r.0 += 1;
                r.1 += usize::from(covered);
            }
            for f in findings {
                let (s, e) = (f.bytes.start, f.bytes.end);
                let stray = !gold.iter().any(|&(gs, ge, _)| gs < e && s < ge);
                let c = counts.entry(f.entity.to_string()).or_default();
                c.0 += 1;
                c.1 += usize::from(stray);
            }
        }
    }
    println!(
        "{texts} texts of up to {group} sentences from {}\n",
        files.join(", ")
    );
    println!("| entity | spans | on no gold entity | share |\n|---|---:|---:|---:|");
    for (entity, (n, stray)) in counts {
        println!(
            "| {entity} | {n} | {stray} | {:.2} |",
            stray as f64 / n.max(1) as f64
        );
    }
    println!("\n| gold label | entities | redacted whole | share |\n|---|---:|---:|---:|");
    for (label, (n, whole)) in recall {
        println!(
            "| {label} | {n} | {whole} | {:.2} |",
            whole as f64 / n.max(1) as f64
        );
    }
}
