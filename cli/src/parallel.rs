//! Reading files on several threads while printing in a fixed order.
//!
//! [`ordered`] runs a producer (the walk) on one thread, a work function
//! (scan or redact one file) on `jobs` threads, and hands the results to a
//! consumer on the calling thread in the order the producer made the items,
//! so output is the same for every `-j`. Results that finish early wait
//! (they hold findings and counts, never file content). The consumer can
//! stop everything by returning an error (standard output's reader left).

use std::collections::BTreeMap;
use std::num::NonZeroUsize;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;

/// The `-j` flag.
#[derive(clap::Args, Clone, Copy, Debug, Default)]
pub struct JobsArgs {
    /// Files read at once (default: the number of CPUs; 1: one after another).
    #[arg(short = 'j', long = "threads", value_name = "N")]
    threads: Option<NonZeroUsize>,
}

impl JobsArgs {
    /// Whether `-j` was given.
    pub fn given(self) -> bool {
        self.threads.is_some()
    }

    /// The number of threads to read files on.
    pub fn count(self) -> usize {
        self.threads
            .or_else(|| std::thread::available_parallelism().ok())
            .map_or(1, NonZeroUsize::get)
    }
}

/// Calls `work` on every item `produce` passes to its callback (which
/// returns `false` once the rest is not wanted), on `jobs` threads, and
/// `consume` on each result in the order the items were produced. Stops
/// at the first error `consume` returns, and returns it.
pub fn ordered<T, R, E>(
    jobs: usize,
    produce: impl FnOnce(&mut dyn FnMut(T) -> bool) + Send,
    work: impl Fn(T) -> R + Sync,
    mut consume: impl FnMut(R) -> Result<(), E>,
) -> Result<(), E>
where
    T: Send,
    R: Send,
{
    if jobs <= 1 {
        let mut result = Ok(());
        produce(&mut |item| {
            result = consume(work(item));
            result.is_ok()
        });
        return result;
    }
    let stop = AtomicBool::new(false);
    // A few items queued per thread keeps every thread busy.
    let (items, queue) = mpsc::sync_channel::<(usize, T)>(jobs * 4);
    let queue = Mutex::new(queue);
    let (results, done) = mpsc::channel::<(usize, R)>();
    std::thread::scope(|scope| {
        let stop = &stop;
        scope.spawn(move || {
            let mut next = 0;
            produce(&mut |item| {
                let sent = !stop.load(Ordering::Relaxed) && items.send((next, item)).is_ok();
                next += 1;
                sent
            });
        });
        for _ in 0..jobs {
            let (queue, results, work) = (&queue, results.clone(), &work);
            scope.spawn(move || {
                loop {
                    let item = queue.lock().expect("no thread panics holding it").recv();
                    let Ok((index, item)) = item else { break };
                    // After a stop, drain the queue so the producer is not
                    // left blocked on a full one.
                    if stop.load(Ordering::Relaxed) {
                        continue;
                    }
                    if results.send((index, work(item))).is_err() {
                        stop.store(true, Ordering::Relaxed);
                    }
                }
            });
        }
        drop(results);
        let mut waiting = BTreeMap::new();
        let mut next = 0;
        for (index, result) in done.iter() {
            waiting.insert(index, result);
            while let Some(result) = waiting.remove(&next) {
                next += 1;
                if let Err(e) = consume(result) {
                    stop.store(true, Ordering::Relaxed);
                    return Err(e);
                }
            }
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn squares(jobs: usize, stop_at: Option<u64>) -> (Vec<u64>, Result<(), u64>) {
        let mut seen = Vec::new();
        let result = ordered(
            jobs,
            |send| {
                for i in 0..200u64 {
                    if !send(i) {
                        break;
                    }
                }
            },
            |i| {
                // Later items finish first: the order must come from the queue.
                std::thread::sleep(std::time::Duration::from_micros(200 - i));
                i * i
            },
            |square| {
                seen.push(square);
                match stop_at {
                    Some(s) if square == s * s => Err(square),
                    _ => Ok(()),
                }
            },
        );
        (seen, result)
    }

    #[test]
    fn results_come_in_production_order_for_any_thread_count() {
        let expected: Vec<u64> = (0..200).map(|i| i * i).collect();
        for jobs in [1, 2, 7] {
            assert_eq!(squares(jobs, None), (expected.clone(), Ok(())), "-j {jobs}");
        }
    }

    #[test]
    fn an_error_from_the_consumer_stops_the_run() {
        for jobs in [1, 3] {
            let (seen, result) = squares(jobs, Some(10));
            assert_eq!(result, Err(100));
            assert_eq!(seen.len(), 11, "-j {jobs}");
        }
    }
}
