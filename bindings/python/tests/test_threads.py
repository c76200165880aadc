"""Scanning releases the GIL: Python threads run while Rust scans, and one
Scrubber is shared safely between threads."""

import threading

import scrubline

TEXT = "user bob@example.com key AKIAQYLPMN5HHHFPZAM2 " + "plain words " * 50


def test_gil_is_released_while_scanning(scrubber):
    big = TEXT * 20_000  # ~13 MB: a scan takes well over one switch interval
    done = threading.Event()
    ticks = 0

    def count():
        nonlocal ticks
        while not done.is_set():
            ticks += 1

    counter = threading.Thread(target=count)
    counter.start()
    try:
        before = ticks
        scrubber.redact(big)
        during = ticks - before
    finally:
        done.set()
        counter.join()
    # With the GIL held for the whole scan the counter could not run at all.
    assert during > 10_000, during


def test_shared_scrubber_gives_same_results_from_many_threads(scrubber):
    want = scrubber.redact(TEXT).text
    results = []
    lock = threading.Lock()

    def work():
        out = [scrubber.redact(TEXT).text for _ in range(200)]
        st = scrubber.stream()
        streamed = "".join(st.feed(TEXT[i : i + 7]) for i in range(0, len(TEXT), 7)) + st.finish()
        with lock:
            results.extend(out + [streamed])

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 8 * 201
    assert set(results) == {want}
