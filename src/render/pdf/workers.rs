//! Documents typeset in parallel, one worker thread per job slot.
//!
//! Each worker runs inside a one-thread rayon pool of its own. Typst parallelises inside a
//! document too (page runs, PDF font subsetting) on the current rayon pool; in the shared pool a
//! thread waiting on that inner work steals another whole document onto the same stack — nesting
//! that overflowed the stack at a thousand reports and kept threads waiting on each other. In a
//! pool of one, the inner work runs on the worker's own thread, one document at a time.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// Typst lays out recursively; deep tables need more than the default 2 MiB.
const STACK_SIZE: usize = 64 << 20;

/// Calls `work` on every item on `threads` workers, stopping early on the first error. When
/// several items fail, the error of the earliest item is returned, whatever the timing. Each
/// worker makes a state for itself with `state` before its first item and drops it after its
/// last (the typesetter it typesets with).
pub fn each_with<T: Sync, S, E: Send>(
    items: &[T],
    threads: usize,
    state: impl Fn() -> S + Sync,
    work: impl Fn(&mut S, &T) -> Result<(), E> + Sync,
) -> Result<(), E> {
    let next = AtomicUsize::new(0);
    let failed = AtomicBool::new(false);
    let first_error: Mutex<Option<(usize, E)>> = Mutex::new(None);
    let worker = || {
        let mut state = state();
        while !failed.load(Ordering::Relaxed) {
            let index = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(index) else { break };
            if let Err(error) = work(&mut state, item) {
                failed.store(true, Ordering::Relaxed);
                let mut slot = first_error.lock().unwrap_or_else(|p| p.into_inner());
                if slot.as_ref().is_none_or(|(i, _)| index < *i) {
                    *slot = Some((index, error));
                }
            }
        }
    };
    let threads = threads.clamp(1, items.len().max(1));
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| match own_pool() {
                Some(pool) => pool.install(worker),
                None => worker(),
            });
        }
    });
    match first_error.into_inner().unwrap_or_else(|p| p.into_inner()) {
        Some((_, error)) => Err(error),
        None => Ok(()),
    }
}

/// A pool of one thread with room for Typst's recursion; `None` if the system will not give us
/// a thread, and the worker then runs on the scoped thread it was started on.
pub(crate) fn own_pool() -> Option<rayon::ThreadPool> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .stack_size(STACK_SIZE)
        .thread_name(|_| "rungs-typst".into())
        .build()
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_item_is_done_once() {
        let seen: Vec<AtomicUsize> = (0..100).map(|_| AtomicUsize::new(0)).collect();
        let items: Vec<usize> = (0..100).collect();
        each_with(
            &items,
            3,
            || (),
            |_, &i| {
                seen[i].fetch_add(1, Ordering::Relaxed);
                Ok::<(), ()>(())
            },
        )
        .unwrap();
        assert!(seen.iter().all(|n| n.load(Ordering::Relaxed) == 1));
    }

    #[test]
    fn the_earliest_failure_is_reported() {
        let items: Vec<usize> = (0..50).collect();
        let result = each_with(
            &items,
            2,
            || (),
            |_, &i| if i % 7 == 3 { Err(i) } else { Ok(()) },
        );
        assert_eq!(result, Err(3));
    }

    #[test]
    fn each_worker_keeps_its_own_state_and_drops_it() {
        // A state that hands in how many items it saw when it is dropped.
        struct Tally<'t>(usize, &'t Mutex<Vec<usize>>);
        impl Drop for Tally<'_> {
            fn drop(&mut self) {
                self.1.lock().unwrap().push(self.0);
            }
        }
        let items: Vec<usize> = (0..40).collect();
        let handed_in = Mutex::new(Vec::new());
        each_with(
            &items,
            2,
            || Tally(0, &handed_in),
            |tally, _| {
                tally.0 += 1;
                Ok::<(), ()>(())
            },
        )
        .unwrap();
        let handed_in = handed_in.into_inner().unwrap();
        assert!((1..=2).contains(&handed_in.len()), "{handed_in:?}");
        assert_eq!(handed_in.iter().sum::<usize>(), 40);
    }

    #[test]
    fn no_items_no_work() {
        let items: Vec<usize> = Vec::new();
        assert_eq!(each_with(&items, 4, || (), |_, _| Err::<(), _>(())), Ok(()));
    }
}
