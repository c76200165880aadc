//! `scrubline redact`: a streaming filter from files or stdin to stdout.

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::PathBuf;

use scrubline::{Report, Scanner, StreamRedactor};

use crate::config::ScannerArgs;
use crate::input::Input;
use crate::output::{Failure, verdict, warn_if_degraded, write_failed};

/// Redact files (or standard input) to standard output.
#[derive(clap::Args)]
pub struct Args {
    /// Files to redact, in order; standard input when none (or `-`).
    files: Vec<PathBuf>,
    /// Write the JSON report (counts, rule-set digest; never values) here.
    #[arg(long, value_name = "PATH")]
    report: Option<PathBuf>,
    /// Exit with 1 when anything was redacted.
    #[arg(long)]
    fail_on_findings: bool,
    #[command(flatten)]
    scanner: ScannerArgs,
}

const CHUNK: usize = 256 * 1024;

pub fn run(args: Args) -> Result<u8, Failure> {
    let scanner = args.scanner.scanner()?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(CHUNK, stdout.lock());
    let mut report = scanner.empty_report();
    let inputs: Vec<Option<&PathBuf>> = if args.files.is_empty() {
        vec![None]
    } else {
        args.files
            .iter()
            .map(|p| (p.as_os_str() != "-").then_some(p))
            .collect()
    };
    let written = redact_all(&scanner, &inputs, &mut out, &mut report);
    warn_if_degraded(&report);
    let code = if args.fail_on_findings && report.findings > 0 {
        crate::EXIT_FOUND
    } else {
        0
    };
    // A reader that left early saw only part of the output: no report.
    if let Err(e) = written {
        return verdict(Err(e), code);
    }
    if let Some(path) = &args.report {
        std::fs::write(path, report.to_json() + "\n")
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(code)
}

/// Redacts each input to `out` in turn, adding its counts to `report`, also
/// when writing it fails part way. UTF-16/UTF-32 input is scanned decoded
/// and written back in its own encoding, byte-order mark included.
fn redact_all(
    scanner: &Scanner,
    inputs: &[Option<&PathBuf>],
    out: &mut impl Write,
    report: &mut Report,
) -> Result<(), Failure> {
    for input in inputs {
        // Each file is its own stream: a match never spans two files.
        let reader: Box<dyn Read> = match input {
            Some(path) => Box::new(
                File::open(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?,
            ),
            None => Box::new(io::stdin().lock()),
        };
        let name = input.map_or("standard input".to_string(), |p| p.display().to_string());
        let mut input = Input::open(reader, &name, CHUNK)?;
        let (mut encoder, bom) = input.output();
        out.write_all(bom).map_err(write_failed)?;
        let mut write = |utf8: &[u8]| -> Result<(), Failure> {
            let mut encoded = Vec::with_capacity(utf8.len());
            encoder
                .encode(utf8, &mut encoded)
                .map_err(|e| e.to_string())?;
            out.write_all(&encoded).map_err(write_failed)
        };
        if scanner.needs_whole_text() {
            redact_whole(scanner, &mut input, &mut write, report)?;
        } else {
            let mut stream = scanner.stream();
            let streamed = redact_stream(&mut stream, &mut input, &mut write);
            report.merge(stream.report());
            streamed?;
        }
        encoder.finish().map_err(|e| e.to_string())?;
    }
    out.flush().map_err(write_failed)
}

/// The classifier needs whole texts: read the input at
/// once (bounded by the scanner's per-call limit).
fn redact_whole(
    scanner: &Scanner,
    input: &mut Input<'_>,
    write: &mut impl FnMut(&[u8]) -> Result<(), Failure>,
    report: &mut Report,
) -> Result<(), Failure> {
    let mut data = Vec::new();
    while let Some(chunk) = input.next_chunk()? {
        data.extend_from_slice(&chunk);
    }
    let r = scanner.redact_bytes(&data).map_err(|e| e.to_string())?;
    report.merge(&r.report);
    write(&r.bytes)
}

fn redact_stream(
    stream: &mut StreamRedactor,
    input: &mut Input<'_>,
    write: &mut impl FnMut(&[u8]) -> Result<(), Failure>,
) -> Result<(), Failure> {
    while let Some(chunk) = input.next_chunk()? {
        let redacted = stream.feed(&chunk).map_err(|e| e.to_string())?;
        write(&redacted)?;
        stream.take_findings();
    }
    let rest = stream.finish().map_err(|e| e.to_string())?;
    write(&rest)
}
