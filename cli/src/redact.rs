//! `scrubline redact`: a streaming filter from files or stdin to stdout,
//! or with `--output-dir`, a redacted copy of every file ([`crate::redact_tree`]).

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::PathBuf;

use scrubline::{Report, Scanner, StreamRedactor};

use crate::config::ScannerArgs;
use crate::input::Input;
use crate::output::{Failure, verdict, warn_if_degraded, write_failed};
use crate::parallel::JobsArgs;
use crate::redact_tree::Tree;

/// Redact files (or standard input) to standard output, or into a directory.
#[derive(clap::Args)]
pub struct Args {
    /// Files to redact, in order; standard input when none (or `-`). With
    /// --output-dir, directories too (walked as `scan` walks them).
    files: Vec<PathBuf>,
    /// Write each input's redacted copy under DIR at the input's path (a
    /// root, `.` and leading `..` dropped; never outside DIR), compressed
    /// as the input was, instead of to standard output.
    #[arg(long, value_name = "DIR")]
    output_dir: Option<PathBuf>,
    /// With --output-dir: write compressed inputs uncompressed, without
    /// their .gz, .zst, .bz2 or .xz extension.
    #[arg(long, requires = "output_dir")]
    decompress: bool,
    /// With --output-dir: also redact files that .gitignore and .ignore exclude.
    #[arg(long, requires = "output_dir")]
    no_ignore: bool,
    /// No progress bar (drawn with --output-dir when standard error is a terminal).
    #[arg(long, short)]
    quiet: bool,
    /// Write the JSON report (counts over all inputs, rule-set digest; never
    /// values) here.
    #[arg(long, value_name = "PATH")]
    report: Option<PathBuf>,
    /// Exit with 1 when anything was redacted.
    #[arg(long)]
    fail_on_findings: bool,
    #[command(flatten)]
    jobs: JobsArgs,
    #[command(flatten)]
    scanner: ScannerArgs,
}

/// Bytes read and written at a time.
pub const CHUNK: usize = 256 * 1024;

/// Runs `scrubline redact`.
pub fn run(args: Args) -> Result<u8, Failure> {
    if let Some(dir) = &args.output_dir {
        return run_tree(&args, dir);
    }
    if args.jobs.given() {
        return Err(
            "-j/--threads needs --output-dir: standard output takes one input after another"
                .to_string()
                .into(),
        );
    }
    if let Some(dir) = args.files.iter().find(|p| p.is_dir()) {
        return Err(format!(
            "{} is a directory: redact a directory with --output-dir DIR",
            dir.display()
        )
        .into());
    }
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
    // A reader that left early saw only part of the output: no report.
    if let Err(e) = written {
        return verdict(Err(e), exit_code(&args, &report));
    }
    write_report(&args, &report)?;
    Ok(exit_code(&args, &report))
}

/// `redact --output-dir DIR`: every input redacted into DIR.
fn run_tree(args: &Args, dir: &std::path::Path) -> Result<u8, Failure> {
    if args.files.is_empty() || args.files.iter().any(|p| p.as_os_str() == "-") {
        return Err(
            "--output-dir needs files or directories to redact (not standard input)"
                .to_string()
                .into(),
        );
    }
    let scanner = args.scanner.scanner()?;
    let tree = Tree {
        dir,
        roots: &args.files,
        no_ignore: args.no_ignore,
        decompress: args.decompress,
        quiet: args.quiet,
        jobs: args.jobs.count(),
    };
    let (report, failed) = crate::redact_tree::run(&scanner, &tree)?;
    warn_if_degraded(&report);
    write_report(args, &report)?;
    if failed > 0 {
        return Err(
            format!("{failed} files not redacted (named above; no copy written for them)").into(),
        );
    }
    Ok(exit_code(args, &report))
}

/// 1 when asked to fail on findings and there were some, else 0.
fn exit_code(args: &Args, report: &Report) -> u8 {
    if args.fail_on_findings && report.findings > 0 {
        crate::EXIT_FOUND
    } else {
        0
    }
}

fn write_report(args: &Args, report: &Report) -> Result<(), Failure> {
    if let Some(path) = &args.report {
        std::fs::write(path, report.to_json() + "\n")
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}

/// Redacts each input to `out` in turn, adding its counts to `report`, also
/// when writing it fails part way.
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
        redact_input(scanner, &mut input, out, report, &write_failed)?;
    }
    out.flush().map_err(write_failed)
}

/// Redacts one opened input to `out`, adding its counts to `report` (also
/// when writing fails part way); write errors go through `write_error`.
/// UTF-16/UTF-32 input is scanned decoded and written back in its own
/// encoding, byte-order mark included.
pub fn redact_input(
    scanner: &Scanner,
    input: &mut Input<'_>,
    out: &mut impl Write,
    report: &mut Report,
    write_error: &dyn Fn(io::Error) -> Failure,
) -> Result<(), Failure> {
    let (mut encoder, bom) = input.output();
    out.write_all(bom).map_err(write_error)?;
    let mut write = |utf8: &[u8]| -> Result<(), Failure> {
        let mut encoded = Vec::with_capacity(utf8.len());
        encoder
            .encode(utf8, &mut encoded)
            .map_err(|e| e.to_string())?;
        out.write_all(&encoded).map_err(write_error)
    };
    let mut stream = scanner.stream();
    let streamed = redact_stream(&mut stream, input, &mut write);
    report.merge(stream.report());
    streamed?;
    encoder.finish().map_err(|e| e.to_string())?;
    Ok(())
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
