//! `scrubline scan`: walk files and report findings (never values).

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use scrubline::{Finding, Report, Scanner};
use serde::Serialize;

use crate::config::ScannerArgs;
use crate::input::Input;
use crate::output::{Failure, verdict, write_failed};

/// Scan files and directories; print findings as JSON Lines, without values.
#[derive(clap::Args)]
pub struct Args {
    /// Files and directories to scan.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Also scan files that .gitignore and .ignore exclude.
    #[arg(long)]
    no_ignore: bool,
    /// Also scan files that look binary (a NUL byte in the first 8 KiB).
    #[arg(long)]
    binary: bool,
    /// Do not print the summary table to standard error.
    #[arg(long, short)]
    quiet: bool,
    /// Write the JSON report (totals over all files) here.
    #[arg(long, value_name = "PATH")]
    report: Option<PathBuf>,
    /// Output: `jsonl` (one finding per line) or `sarif` (SARIF 2.1.0, for
    /// code scanning in CI).
    #[arg(long, value_name = "FORMAT", default_value = "jsonl", value_parser = ["jsonl", "sarif"])]
    format: String,
    #[command(flatten)]
    scanner: ScannerArgs,
}

/// One finding as printed: where, what, how sure; no value.
#[derive(Serialize)]
struct Line<'a> {
    path: &'a str,
    line: usize,
    column: usize,
    #[serde(flatten)]
    finding: &'a Finding,
}

/// Where printed findings go.
enum Sink<W: Write> {
    /// JSON Lines, as found.
    Lines(W),
    /// Collected for one SARIF log at the end.
    Sarif(Vec<crate::sarif::Hit>),
}

/// A 1-based position: line, column in bytes, column in characters.
#[derive(Clone, Copy)]
pub struct Position {
    pub line: usize,
    pub column: usize,
    pub char_column: usize,
}

/// Tracks positions of stream offsets, keeping only the text between the
/// last position asked for and the end of the input.
struct LineCounter {
    pending: Vec<u8>,
    offset: usize,
    line: usize,
    column: usize,
    char_column: usize,
}

impl LineCounter {
    fn new() -> LineCounter {
        LineCounter {
            pending: Vec::new(),
            offset: 0,
            line: 1,
            column: 1,
            char_column: 1,
        }
    }

    fn position(&mut self, target: usize) -> Position {
        let take = target - self.offset;
        for &b in &self.pending[..take] {
            if b == b'\n' {
                self.line += 1;
                self.column = 1;
                self.char_column = 1;
            } else {
                self.column += 1;
                // UTF-8 continuation bytes do not start a character.
                self.char_column += usize::from(b & 0xC0 != 0x80);
            }
        }
        self.pending.drain(..take);
        self.offset = target;
        Position {
            line: self.line,
            column: self.column,
            char_column: self.char_column,
        }
    }
}

pub fn run(args: Args) -> Result<u8, Failure> {
    let scanner = args.scanner.scanner()?;
    let stdout = io::stdout();
    let mut out = match args.format.as_str() {
        "sarif" => Sink::Sarif(Vec::new()),
        _ => Sink::Lines(io::BufWriter::new(stdout.lock())),
    };
    let mut total = scanner.empty_report();
    let mut per_file: BTreeMap<String, u64> = BTreeMap::new();
    let mut files = 0usize;
    let mut skipped = 0usize;
    for root in &args.paths {
        if !root.exists() {
            return Err(
                format!("cannot read {}: no such file or directory", root.display()).into(),
            );
        }
        let walker = ignore::WalkBuilder::new(root)
            .hidden(false)
            .git_ignore(!args.no_ignore)
            .ignore(!args.no_ignore)
            .git_exclude(!args.no_ignore)
            .filter_entry(|e| e.file_name() != ".git")
            .build();
        for entry in walker {
            let entry = entry.map_err(|e| format!("cannot walk {}: {e}", root.display()))?;
            if !entry.file_type().is_some_and(|t| t.is_file()) {
                continue;
            }
            let path = entry.path();
            match scan_file(&scanner, path, args.binary, &mut out) {
                // Only findings are written: the reader left after one.
                Err(Failure::ReaderGone) => return Ok(crate::EXIT_FOUND),
                Err(e) => return Err(e),
                Ok(None) => skipped += 1,
                Ok(Some(report)) => {
                    files += 1;
                    if report.findings > 0 {
                        per_file.insert(path.display().to_string(), report.findings);
                    }
                    total.merge(&report);
                }
            }
        }
    }
    let code = if total.findings > 0 {
        crate::EXIT_FOUND
    } else {
        0
    };
    let written = match out {
        Sink::Lines(mut w) => w.flush(),
        Sink::Sarif(hits) => {
            let log = crate::sarif::log(&scanner, &hits, &total);
            let mut w = io::stdout().lock();
            serde_json::to_writer_pretty(&mut w, &log)
                .map_err(io::Error::from)
                .and_then(|()| writeln!(w))
        }
    };
    if let Err(e) = written {
        return verdict(Err(write_failed(e)), code);
    }
    if let Some(path) = &args.report {
        std::fs::write(path, total.to_json() + "\n")
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    if !args.quiet {
        print_summary(&total, &per_file, files, skipped);
    }
    Ok(code)
}

/// Scans one file; `None` when it was skipped as binary.
fn scan_file(
    scanner: &Scanner,
    path: &Path,
    binary: bool,
    out: &mut Sink<impl Write>,
) -> Result<Option<Report>, Failure> {
    let shown = path.display().to_string();
    let file = File::open(path).map_err(|e| format!("cannot read {shown}: {e}"))?;
    // UTF-16/UTF-32 is decoded and scanned; its positions are those of the
    // decoded text.
    let mut input = Input::open(file, &shown, 256 * 1024)?;
    if input.looks_binary && !binary {
        return Ok(None);
    }
    let mut stream = scanner.stream();
    let mut lines = LineCounter::new();
    while let Some(chunk) = input.next_chunk()? {
        lines.pending.extend_from_slice(&chunk);
        stream.feed(&chunk).map_err(|e| e.to_string())?;
        emit(&mut stream, &mut lines, &shown, out)?;
        // Released text holds no future finding: stop keeping it.
        let released = lines.offset + lines.pending.len() - stream.held_back();
        lines.position(released.max(lines.offset));
    }
    stream.finish().map_err(|e| e.to_string())?;
    emit(&mut stream, &mut lines, &shown, out)?;
    Ok(Some(stream.report().clone()))
}

fn emit(
    stream: &mut scrubline::StreamRedactor,
    lines: &mut LineCounter,
    path: &str,
    out: &mut Sink<impl Write>,
) -> Result<(), Failure> {
    for finding in stream.take_findings() {
        let start = lines.position(finding.bytes.start);
        match out {
            Sink::Lines(w) => {
                let record = Line {
                    path,
                    line: start.line,
                    column: start.column,
                    finding: &finding,
                };
                let json = serde_json::to_string(&record).expect("finding serializes");
                writeln!(w, "{json}").map_err(write_failed)?;
            }
            Sink::Sarif(hits) => {
                let end = lines.position(finding.bytes.end);
                hits.push(crate::sarif::Hit {
                    path: path.to_string(),
                    start,
                    end,
                    finding,
                });
            }
        }
    }
    Ok(())
}

fn print_summary(total: &Report, per_file: &BTreeMap<String, u64>, files: usize, skipped: usize) {
    let mut err = io::stderr().lock();
    let _ = writeln!(err, "\n{:<32} {:>8}", "ENTITY", "FINDINGS");
    for (entity, n) in &total.by_entity {
        let _ = writeln!(err, "{entity:<32} {n:>8}");
    }
    let _ = writeln!(
        err,
        "{} findings in {} of {files} files scanned ({skipped} binary files skipped); rule set sha256 {}",
        total.findings,
        per_file.len(),
        total.rule_set_sha256
    );
}
