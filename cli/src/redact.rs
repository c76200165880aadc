//! `scrubline redact`: a streaming filter from files or stdin to stdout.

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::PathBuf;

use crate::config::ScannerArgs;

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

pub fn run(args: Args) -> Result<u8, String> {
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
    for input in inputs {
        // Each file is its own stream: a match never spans two files.
        let mut reader: Box<dyn Read> = match input {
            Some(path) => Box::new(
                File::open(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?,
            ),
            None => Box::new(io::stdin().lock()),
        };
        let name = input.map_or("standard input".to_string(), |p| p.display().to_string());
        if scanner.needs_whole_text() {
            // The classifier needs whole texts: read each input at once
            // (bounded by the scanner's per-call limit).
            let mut data = Vec::new();
            reader
                .read_to_end(&mut data)
                .map_err(|e| format!("cannot read {name}: {e}"))?;
            let r = scanner.redact_bytes(&data).map_err(|e| e.to_string())?;
            out.write_all(&r.bytes).map_err(write_error)?;
            report.merge(&r.report);
            continue;
        }
        let mut stream = scanner.stream();
        let mut buf = vec![0u8; CHUNK];
        loop {
            let n = match reader.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(format!("cannot read {name}: {e}")),
            };
            let redacted = stream.feed(&buf[..n]).map_err(|e| e.to_string())?;
            out.write_all(&redacted).map_err(write_error)?;
            stream.take_findings();
        }
        out.write_all(&stream.finish().map_err(|e| e.to_string())?)
            .map_err(write_error)?;
        report.merge(stream.report());
    }
    out.flush().map_err(write_error)?;
    if let Some(path) = &args.report {
        std::fs::write(path, report.to_json() + "\n")
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(if args.fail_on_findings && report.findings > 0 {
        crate::EXIT_FOUND
    } else {
        0
    })
}

fn write_error(e: io::Error) -> String {
    format!("cannot write output: {e}")
}
