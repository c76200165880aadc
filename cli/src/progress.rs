//! The progress bar on standard error (`scan`, `redact --output-dir`):
//! files done out of files found so far, bytes read, elapsed time. Drawn
//! only when standard error is a terminal and `--quiet` is not given, so
//! logs, pipes and CI output never get control sequences. It shows counts,
//! never paths or content.

use std::io::IsTerminal;

use indicatif::{HumanBytes, ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A progress bar, or nothing when it is not wanted.
#[derive(Clone)]
pub struct Progress {
    bar: ProgressBar,
    /// Standard output is the terminal the bar is drawn on too.
    shared_terminal: bool,
}

impl Progress {
    /// A bar on standard error if it is a terminal and not `quiet`;
    /// otherwise one that draws nothing.
    pub fn new(quiet: bool) -> Progress {
        Progress::drawn(!quiet && std::io::stderr().is_terminal())
    }

    fn drawn(visible: bool) -> Progress {
        if !visible {
            return Progress {
                bar: ProgressBar::hidden(),
                shared_terminal: false,
            };
        }
        let style = ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {wide_bar} {pos}/{len} files {msg}",
        )
        .expect("a valid template");
        let bar =
            ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr()).with_style(style);
        Progress {
            bar,
            shared_terminal: std::io::stdout().is_terminal(),
        }
    }

    /// Counts one more file to do.
    pub fn found_file(&self) {
        self.bar.inc_length(1);
    }

    /// Counts one file done, and the bytes read so far in all.
    pub fn file_done(&self, bytes_so_far: u64) {
        self.bar.set_message(HumanBytes(bytes_so_far).to_string());
        self.bar.inc(1);
    }

    /// Whether the bar is drawn on the terminal standard output writes to:
    /// lines written there must then be flushed inside [`Progress::print`].
    pub fn shares_stdout(&self) -> bool {
        !self.bar.is_hidden() && self.shared_terminal
    }

    /// Runs `print` with the bar out of the way when what it prints lands on
    /// the bar's terminal (standard error, or standard output when
    /// [`Progress::shares_stdout`]), so lines and bar do not mix.
    pub fn print<R>(&self, stdout: bool, print: impl FnOnce() -> R) -> R {
        if self.bar.is_hidden() || (stdout && !self.shared_terminal) {
            print()
        } else {
            self.bar.suspend(print)
        }
    }

    /// Removes the bar, before the summary is printed.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
