//! `scrubline scan`: walk files and report findings (never values).

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use scrubline::{Finding, Report, Scanner};
use serde::Serialize;

use crate::config::ScannerArgs;
use crate::input::Input;
use crate::output::{Failure, verdict, warn_if_degraded, write_failed};

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

/// Why a file met in a directory was not scanned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Skip {
    /// Looked binary and `--skip-binary` asked to skip it.
    Binary,
    /// A symlink to a directory: not followed (it may leave the tree or loop).
    SymlinkedDirectory,
    /// A symlink whose target does not exist.
    BrokenSymlink,
    /// A FIFO, socket or device: reading it could block or never end.
    SpecialFile,
}

impl Skip {
    fn describe(self) -> &'static str {
        match self {
            Skip::Binary => "binary files (--skip-binary)",
            Skip::SymlinkedDirectory => "symlinks to directories (not followed)",
            Skip::BrokenSymlink => "broken symlinks",
            Skip::SpecialFile => "FIFOs, sockets or devices inside directories",
        }
    }
}

/// What to do with one path.
enum Target<'a> {
    /// A directory the walk descends into: nothing to read.
    Directory,
    Stdin,
    Path(&'a Path),
    Skip(Skip),
}

impl Target<'_> {
    /// A directory entry: regular files and symlinks to them are scanned;
    /// directories are walked (nothing to do here); the rest is skipped.
    fn of(entry: &ignore::DirEntry) -> Target<'_> {
        let path = entry.path();
        match entry.file_type() {
            Some(t) if t.is_file() => Target::Path(path),
            Some(t) if t.is_dir() => Target::Directory,
            Some(t) if t.is_symlink() => match std::fs::metadata(path) {
                Ok(m) if m.is_file() => Target::Path(path),
                Ok(m) if m.is_dir() => Target::Skip(Skip::SymlinkedDirectory),
                Ok(_) => Target::Skip(Skip::SpecialFile),
                Err(_) => Target::Skip(Skip::BrokenSymlink),
            },
            _ => Target::Skip(Skip::SpecialFile),
        }
    }
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
    let mut tally = Tally {
        total: scanner.empty_report(),
        per_file: BTreeMap::new(),
        files: 0,
        skipped: BTreeMap::new(),
    };
    match walk(&args, &scanner, &mut tally, &mut out) {
        // Only findings are written: the reader left after one.
        Err(Failure::ReaderGone) => return Ok(crate::EXIT_FOUND),
        Err(e) => return Err(e),
        Ok(()) => {}
    }
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

impl Tally {
    /// Scans `target` (or counts why not) into the totals.
    fn add(
        &mut self,
        scanner: &Scanner,
        target: Target,
        skip_binary: bool,
        out: &mut Sink<impl Write>,
    ) -> Result<(), Failure> {
        let (shown, reader): (String, Box<dyn io::Read>) = match target {
            Target::Directory => return Ok(()),
            Target::Skip(reason) => {
                *self.skipped.entry(reason).or_default() += 1;
                return Ok(());
            }
            Target::Stdin => ("-".into(), Box::new(io::stdin().lock())),
            Target::Path(path) => {
                let shown = path.display().to_string();
                let file = File::open(path).map_err(|e| format!("cannot read {shown}: {e}"))?;
                (shown, Box::new(file))
            }
        };
        match scan_input(scanner, reader, &shown, skip_binary, out)? {
            None => *self.skipped.entry(Skip::Binary).or_default() += 1,
            Some(report) => {
                self.files += 1;
                if report.findings > 0 {
                    self.per_file.insert(shown, report.findings);
                }
                self.total.merge(&report);
            }
        }
        Ok(())
    }
}

/// Scans every path in `args`: `-` is standard input, a directory is
/// walked, anything else named on the command line is read as it is.
fn walk(
    args: &Args,
    scanner: &Scanner,
    tally: &mut Tally,
    out: &mut Sink<impl Write>,
) -> Result<(), Failure> {
    for root in &args.paths {
        if root.as_os_str() == "-" {
            tally.add(scanner, Target::Stdin, args.skip_binary, out)?;
            continue;
        }
        let meta =
            std::fs::metadata(root).map_err(|e| format!("cannot read {}: {e}", root.display()))?;
        if !meta.is_dir() {
            tally.add(scanner, Target::Path(root), args.skip_binary, out)?;
            continue;
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
            tally.add(scanner, Target::of(&entry), args.skip_binary, out)?;
        }
    }
    Ok(())
}

/// Scans one input; `None` when it looks binary and `skip_binary` is set.
fn scan_input(
    scanner: &Scanner,
    reader: Box<dyn io::Read>,
    shown: &str,
    skip_binary: bool,
    out: &mut Sink<impl Write>,
) -> Result<Option<Report>, Failure> {
    // Compressed input is decompressed and UTF-16/UTF-32 decoded; positions
    // are those of the decoded text.
    let mut input = Input::open(reader, shown, 256 * 1024)?;
    if input.looks_binary && skip_binary {
        return Ok(None);
    }
    let mut stream = scanner.stream();
    let mut lines = LineCounter::new();
    while let Some(chunk) = input.next_chunk()? {
        lines.pending.extend_from_slice(&chunk);
        stream.feed(&chunk).map_err(|e| e.to_string())?;
        emit(&mut stream, &mut lines, shown, out)?;
        // Released text holds no future finding: stop keeping it.
        let released = lines.offset + lines.pending.len() - stream.held_back();
        lines.position(released.max(lines.offset));
    }
    stream.finish().map_err(|e| e.to_string())?;
    emit(&mut stream, &mut lines, shown, out)?;
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
