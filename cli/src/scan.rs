//! `scrubline scan`: walk files and report findings (never values).
//!
//! Files are read on `-j` threads ([`crate::parallel`]) and reported in the
//! walk's order ([`crate::walk`]: paths in the order given, each
//! directory's files by path), each file's findings by position, so the
//! output is the same whatever `-j` is.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, Write};
use std::path::PathBuf;

use scrubline::{Finding, Report, Scanner};
use serde::Serialize;

use crate::config::ScannerArgs;
use crate::input::Input;
use crate::output::{Failure, verdict, warn_if_degraded, write_failed};
use crate::parallel::JobsArgs;
use crate::progress::Progress;
use crate::sarif::Hit;
use crate::walk::{Skip, Target, WalkOptions};

/// Scan files and directories; print findings as JSON Lines, without values.
#[derive(clap::Args)]
pub struct Args {
    /// Files and directories to scan; `-` is standard input. A path named
    /// here is read whatever it is (a FIFO, `/dev/stdin`, `<(cmd)`).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Also scan files that .gitignore and .ignore exclude.
    #[arg(long)]
    no_ignore: bool,
    /// Kept for compatibility: files that look binary are scanned by default.
    #[arg(long, hide = true)]
    binary: bool,
    /// Skip files that look binary (a NUL byte in the first 8 KiB, after
    /// decompression); by default their bytes are scanned like text.
    #[arg(long, conflicts_with = "binary")]
    skip_binary: bool,
    /// Exit as if every file was scanned although some were not (symlinked
    /// directories, FIFOs, sockets and devices inside directories); they
    /// are still counted in the summary. Without it such a scan exits 2.
    #[arg(long)]
    allow_skips: bool,
    /// Print neither the summary table nor the progress bar on standard error.
    #[arg(long, short)]
    quiet: bool,
    /// Write the JSON report (totals over all files) here.
    #[arg(long, value_name = "PATH")]
    report: Option<PathBuf>,
    /// Output: `jsonl` (one finding per line), `sarif` (SARIF 2.1.0, for
    /// code scanning in CI) or `table` (aligned columns, for people).
    #[arg(long, value_name = "FORMAT", value_enum, default_value_t = Format::Jsonl)]
    format: Format,
    #[command(flatten)]
    jobs: JobsArgs,
    #[command(flatten)]
    scanner: ScannerArgs,
}

/// How findings are printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// JSON Lines, file by file as they are done.
    Jsonl,
    /// One SARIF log at the end.
    Sarif,
    /// An aligned table at the end.
    Table,
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

/// What reading one target gave.
enum Scanned {
    /// Not read: a skipped entry, or a file that looked binary.
    Skipped(Skip),
    /// Read.
    File {
        shown: String,
        report: Box<Report>,
        /// Its findings as JSON Lines (`jsonl`).
        lines: Vec<u8>,
        /// Its findings with their regions (`sarif`, `table`).
        hits: Vec<Hit>,
    },
}

/// A 1-based position: line, column in bytes, column in characters.
#[derive(Clone, Copy)]
pub struct Position {
    /// Line, from 1.
    pub line: usize,
    /// Column in bytes, from 1 (the JSON Lines `column`).
    pub column: usize,
    /// Column in characters (Unicode code points), from 1 (SARIF's).
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

/// Runs `scrubline scan`.
pub fn run(args: Args) -> Result<u8, Failure> {
    let scanner = args.scanner.scanner()?;
    let progress = Progress::new(args.quiet);
    let mut printer = Printer {
        lines: io::BufWriter::new(io::stdout().lock()),
        hits: Vec::new(),
        tally: Tally {
            total: scanner.empty_report(),
            per_file: BTreeMap::new(),
            files: 0,
            skipped: BTreeMap::new(),
        },
        progress: progress.clone(),
    };
    let walk = WalkOptions {
        no_ignore: args.no_ignore,
        exclude: None,
    };
    let found = progress.clone();
    let scanned = crate::parallel::ordered(
        args.jobs.count(),
        |send| {
            crate::walk::visit(&args.paths, &walk, |target| {
                if matches!(target, Target::File(_) | Target::Stdin) {
                    found.found_file();
                }
                send(target)
            })
        },
        |target| scan_target(&scanner, target, args.skip_binary, args.format),
        |scanned| printer.take(scanned),
    );
    progress.finish();
    match scanned {
        // Only findings are written: the reader left after one.
        Err(Failure::ReaderGone) => return Ok(crate::EXIT_FOUND),
        Err(e) => return Err(e),
        Ok(()) => {}
    }
    let Printer {
        lines, hits, tally, ..
    } = printer;
    let Tally {
        total,
        per_file,
        files,
        skipped,
    } = tally;
    warn_if_degraded(&total);
    let unasked: usize = skipped
        .iter()
        .filter(|(reason, _)| **reason != Skip::Binary)
        .map(|(_, n)| n)
        .sum();
    let code = if total.findings > 0 {
        crate::EXIT_FOUND
    } else if unasked > 0 && !args.allow_skips {
        crate::EXIT_ERROR
    } else {
        0
    };
    let written = match args.format {
        Format::Jsonl => lines.into_inner().map_err(|e| e.into_error()).map(drop),
        Format::Sarif => {
            drop(lines);
            let log = crate::sarif::log(&scanner, &hits, &total);
            let mut w = io::stdout().lock();
            serde_json::to_writer_pretty(&mut w, &log)
                .map_err(io::Error::from)
                .and_then(|()| writeln!(w))
        }
        Format::Table => {
            drop(lines);
            crate::table::write(&mut io::stdout().lock(), &hits)
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
        print_summary(&total, &per_file, files, &skipped);
    }
    if unasked > 0 && !args.quiet && !args.allow_skips {
        eprintln!(
            "scrubline: {unasked} files not scanned (listed above); pass them as paths to scan them, or --allow-skips"
        );
    }
    Ok(code)
}

/// Totals over every input.
struct Tally {
    total: Report,
    per_file: BTreeMap<String, u64>,
    files: usize,
    skipped: BTreeMap<Skip, usize>,
}

/// Takes each file's result in order: counts it, prints its JSON Lines or
/// keeps its hits for the end.
struct Printer<W: Write> {
    lines: W,
    hits: Vec<Hit>,
    tally: Tally,
    progress: Progress,
}

impl<W: Write> Printer<W> {
    fn take(&mut self, scanned: Result<Scanned, Failure>) -> Result<(), Failure> {
        let tally = &mut self.tally;
        match scanned? {
            Scanned::Skipped(reason) => {
                *tally.skipped.entry(reason).or_default() += 1;
                if reason == Skip::Binary {
                    self.progress.file_done(tally.total.bytes_scanned);
                }
            }
            Scanned::File {
                shown,
                report,
                lines,
                mut hits,
            } => {
                tally.files += 1;
                if report.findings > 0 {
                    tally.per_file.insert(shown, report.findings);
                }
                tally.total.merge(&report);
                self.progress.file_done(tally.total.bytes_scanned);
                self.hits.append(&mut hits);
                if !lines.is_empty() {
                    let out = &mut self.lines;
                    let flush = self.progress.shares_stdout();
                    self.progress
                        .print(true, || {
                            out.write_all(&lines)?;
                            if flush { out.flush() } else { Ok(()) }
                        })
                        .map_err(write_failed)?;
                }
            }
        }
        Ok(())
    }
}

/// Reads one target (or says why not) and collects its findings as
/// `format` prints them.
fn scan_target(
    scanner: &Scanner,
    target: Target,
    skip_binary: bool,
    format: Format,
) -> Result<Scanned, Failure> {
    let (shown, reader): (String, Box<dyn io::Read>) = match target {
        Target::Skip(reason) => return Ok(Scanned::Skipped(reason)),
        Target::Failed(message) => return Err(message.into()),
        Target::Stdin => ("-".into(), Box::new(io::stdin().lock())),
        Target::File(path) => {
            let shown = path.display().to_string();
            let file = File::open(&path).map_err(|e| format!("cannot read {shown}: {e}"))?;
            (shown, Box::new(file))
        }
    };
    // Compressed input is decompressed and UTF-16/UTF-32 decoded; positions
    // are those of the decoded text.
    let mut input = Input::open(reader, &shown, 256 * 1024)?;
    if input.looks_binary && skip_binary {
        return Ok(Scanned::Skipped(Skip::Binary));
    }
    let mut found = Found {
        path: &shown,
        format,
        lines: Vec::new(),
        hits: Vec::new(),
    };
    let mut stream = scanner.stream();
    let mut counter = LineCounter::new();
    while let Some(chunk) = input.next_chunk()? {
        counter.pending.extend_from_slice(&chunk);
        stream.feed(&chunk).map_err(|e| e.to_string())?;
        found.add(stream.take_findings(), &mut counter);
        // Released text holds no future finding: stop keeping it.
        let released = counter.offset + counter.pending.len() - stream.held_back();
        counter.position(released.max(counter.offset));
    }
    stream.finish().map_err(|e| e.to_string())?;
    found.add(stream.take_findings(), &mut counter);
    let Found { lines, hits, .. } = found;
    Ok(Scanned::File {
        report: Box::new(stream.report().clone()),
        shown,
        lines,
        hits,
    })
}

/// One file's findings, as its format needs them.
struct Found<'a> {
    path: &'a str,
    format: Format,
    lines: Vec<u8>,
    hits: Vec<Hit>,
}

impl Found<'_> {
    /// Adds findings, in stream order, locating them with `counter`.
    fn add(&mut self, findings: Vec<Finding>, counter: &mut LineCounter) {
        for finding in findings {
            let start = counter.position(finding.bytes.start);
            if self.format == Format::Jsonl {
                let record = Line {
                    path: self.path,
                    line: start.line,
                    column: start.column,
                    finding: &finding,
                };
                serde_json::to_writer(&mut self.lines, &record).expect("finding serializes");
                self.lines.push(b'\n');
            } else {
                let end = counter.position(finding.bytes.end);
                self.hits.push(Hit {
                    path: self.path.to_string(),
                    start,
                    end,
                    finding,
                });
            }
        }
    }
}

fn print_summary(
    total: &Report,
    per_file: &BTreeMap<String, u64>,
    files: usize,
    skipped: &BTreeMap<Skip, usize>,
) {
    let mut err = io::stderr().lock();
    let _ = writeln!(err, "\n{:<32} {:>8}", "ENTITY", "FINDINGS");
    for (entity, n) in &total.by_entity {
        let _ = writeln!(err, "{entity:<32} {n:>8}");
    }
    let binary = skipped.get(&Skip::Binary).copied().unwrap_or(0);
    let _ = writeln!(
        err,
        "{} findings in {} of {files} files scanned ({binary} binary files skipped); rule set sha256 {}",
        total.findings,
        per_file.len(),
        total.rule_set_sha256
    );
    for (reason, n) in skipped.iter().filter(|(r, _)| **r != Skip::Binary) {
        let _ = writeln!(err, "not scanned: {n} {}", reason.describe());
    }
}
