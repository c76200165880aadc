//! How commands fail, including when standard output's reader goes away.
//!
//! `scrubline rules list | head -1` closes the pipe after one line. Rust
//! ignores SIGPIPE, so the next write fails with `BrokenPipe`, and
//! `println!` panics on that. Commands therefore write through
//! [`std::io::Write`] and map write errors with [`write_failed`]: a broken
//! pipe becomes [`Failure::ReaderGone`], the command stops and nothing more
//! is printed (there is no one left to read it). The exit status is the
//! verdict the command had reached: 0 for listings, but 1 where findings or
//! a failed check were already known ([`verdict`]), so a pipeline run with
//! `pipefail` still fails closed.

use std::io;

/// Why a command stopped before finishing normally.
#[derive(Debug)]
pub enum Failure {
    /// An error for the user, printed on standard error (exit 2).
    Error(String),
    /// Standard output's reader closed the pipe: stop quietly.
    ReaderGone,
}

impl From<String> for Failure {
    fn from(message: String) -> Failure {
        Failure::Error(message)
    }
}

/// Maps an error writing standard output: a broken pipe is
/// [`Failure::ReaderGone`], anything else an error naming the cause.
pub fn write_failed(e: io::Error) -> Failure {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Failure::ReaderGone
    } else {
        Failure::Error(format!("cannot write output: {e}"))
    }
}

/// `code`, the verdict reached before the output was written, unless
/// writing failed for a reason other than the reader leaving.
pub fn verdict(written: Result<(), Failure>, code: u8) -> Result<u8, Failure> {
    match written {
        Ok(()) | Err(Failure::ReaderGone) => Ok(code),
        Err(e) => Err(e),
    }
}

/// Says on standard error that a detector did not run (degraded mode), so
/// the user sees it, not only the report.
pub fn warn_if_degraded(report: &scrubline::Report) {
    if report.degraded {
        eprintln!(
            "scrubline: warning: degraded: the PII classifier could not run (--allow-degraded); \
             names, addresses and organisations were not looked for, only patterns"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broken_pipe_keeps_the_verdict_and_other_errors_stay_errors() {
        let gone = write_failed(io::ErrorKind::BrokenPipe.into());
        assert!(matches!(verdict(Err(gone), 1), Ok(1)));
        let full = write_failed(io::Error::other("disk full"));
        assert!(
            matches!(verdict(Err(full), 0), Err(Failure::Error(m)) if m == "cannot write output: disk full")
        );
        assert!(matches!(verdict(Ok(()), 0), Ok(0)));
    }
}
