//! Feeds 1 GiB (or `SCRUBLINE_STREAM_MIB` MiB) of generated mixed text
//! through one `StreamRedactor` in 64 KiB chunks and checks that streaming
//! keeps memory bounded: peak RSS may grow at most
//! `SCRUBLINE_MAX_STREAM_GROWTH_MIB` (default 32) over the RSS before the
//! stream starts (the compiled rules, which grow with the rule packs, not
//! with the input), and stay under `SCRUBLINE_MAX_RSS_MIB` (default 192)
//! in all. Prints MiB fed, findings, MB/s and both RSS figures; exits
//! non-zero over either bound. `scripts/test` runs it in release mode.

use std::time::Instant;

use scrubline::Scanner;

fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn main() {
    let mib: usize = std::env::var("SCRUBLINE_STREAM_MIB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1024);
    let mib_var = |name: &str, default: u64| -> u64 {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let bound = mib_var("SCRUBLINE_MAX_RSS_MIB", 192);
    let growth_bound = mib_var("SCRUBLINE_MAX_STREAM_GROWTH_MIB", 32);
    let scanner = Scanner::builder().build().expect("built-in rules compile");
    // One 1 MiB block of corpus text, fed again and again with a
    // per-block counter so consecutive blocks differ.
    let block = scrubline_benches::corpus(8);
    let block = &block[..1 << 20];
    let before = peak_rss_kib();
    let mut stream = scanner.stream();
    let (mut out_bytes, mut findings) = (0usize, 0usize);
    let start = Instant::now();
    for i in 0..mib {
        let marker = format!("\nblock {i} key=AKIAQYLPMN5HHHFPZAM2 ");
        out_bytes += stream.feed(marker.as_bytes()).unwrap().len();
        for chunk in block.chunks(64 << 10) {
            out_bytes += stream.feed(chunk).unwrap().len();
            findings += stream.take_findings().len();
        }
        assert!(
            stream.held_back() < 1 << 20,
            "hold-back grew to {}",
            stream.held_back()
        );
    }
    out_bytes += stream.finish().unwrap().len();
    findings += stream.take_findings().len();
    let secs = start.elapsed().as_secs_f64();
    let peak = peak_rss_kib();
    println!(
        "stream_rss: fed {mib} MiB, output {:.0} MiB, {findings} findings, {:.1} MB/s, peak RSS {:.1} MiB (before streaming {:.1} MiB)",
        out_bytes as f64 / (1 << 20) as f64,
        (mib << 20) as f64 / secs / 1e6,
        peak as f64 / 1024.0,
        before as f64 / 1024.0
    );
    if peak.saturating_sub(before) > growth_bound * 1024 {
        eprintln!("stream_rss: streaming grew RSS by more than {growth_bound} MiB");
        std::process::exit(1);
    }
    if peak > bound * 1024 {
        eprintln!("stream_rss: peak RSS over the {bound} MiB bound");
        std::process::exit(1);
    }
}
