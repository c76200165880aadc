#!/usr/bin/env python3
"""The LLM round trip's cost per request: what `scrubline.openai.wrap` adds
to a chat completion, with a vault and without, in one run. Writes
benches/results/roundtrip.md.

    scripts/test-python -q -k nothing   # builds and installs the wheel
    ~/.cache/scrubline/venv-python/bin/python benches/python/roundtrip.py [--n 400]

Three figures per request (a 1 KiB two-message chat with four findings):

- in process: redacting the messages with the label operator, into a
  vault, and restoring a 1 KiB answer (no network);
- end to end: `chat.completions.create` against a local fake server
  (bindings/python/tests/fake_openai.py on 127.0.0.1) through the raw
  client and through the wrapper, interleaved; the difference is what the
  wrapper adds (redaction, restore, the proxy's Python code).

Medians of n calls each.
"""

import argparse
import os
import statistics
import sys
import time

import openai

import scrubline
import scrubline.openai

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
RESULTS = os.path.join(REPO, "benches", "results", "roundtrip.md")
sys.path.insert(0, os.path.join(REPO, "bindings", "python", "tests"))
from fake_openai import FakeOpenAI  # noqa: E402

FILLER = (
    "Please summarise the following support ticket and draft a polite reply. "
    "The customer says the export job failed twice last night and the dashboard "
    "still shows stale numbers for the EMEA region. "
)


def messages() -> list:
    user = FILLER * 3 + "Contact Maria at maria.gonzalez@example.com or +1 415 555 0132; key AKIAQYLPMN5HHHFPZAM2."
    system = "You are a helpful assistant for the operations team. " + FILLER
    return [{"role": "system", "content": system}, {"role": "user", "content": user[:1024 - len(system)]}]


def median_us(fn, n: int) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1e6


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=400)
    n = ap.parse_args().n
    msgs = messages()
    scrubber = scrubline.Scrubber()
    size = sum(len(m["content"].encode()) for m in msgs)
    vault = scrubline.Vault()
    sent = [scrubber.redact(m["content"], vault=vault).text for m in msgs]
    answer = (sent[1] + " ") * max(1, 1024 // len(sent[1]))

    label = median_us(lambda: [scrubber.redact(m["content"]) for m in msgs], n)
    into_vault = median_us(lambda: [scrubber.redact(m["content"], vault=vault) for m in msgs], n)
    restore = median_us(lambda: vault.restore(answer), n)

    fake = FakeOpenAI()
    try:
        raw = openai.OpenAI(base_url=fake.url, api_key="test", max_retries=0)
        wrapped = scrubline.openai.wrap(raw, scrubber)
        call_raw = lambda: raw.chat.completions.create(model="m", messages=msgs)  # noqa: E731
        call_wrapped = lambda: wrapped.chat.completions.create(model="m", messages=msgs)  # noqa: E731
        for _ in range(20):  # warm the connection pool
            call_raw(), call_wrapped()
        raws, wraps = [], []
        for _ in range(n):
            raws.append(median_us(call_raw, 1))
            wraps.append(median_us(call_wrapped, 1))
            fake.clear()
        e2e_raw, e2e_wrapped = statistics.median(raws), statistics.median(wraps)
    finally:
        fake.close()

    rows = [
        ("redact the messages, label operator", label, 1.0),
        ("redact the messages into a vault", into_vault, into_vault / label),
        ("restore a 1 KiB answer", restore, restore / label),
        ("create() through the raw client (fake server)", e2e_raw, None),
        ("create() through scrubline.openai.wrap", e2e_wrapped, None),
        ("added by the wrapper", e2e_wrapped - e2e_raw, (e2e_wrapped - e2e_raw) / label),
    ]
    lines = [
        "# The LLM round trip: cost per request",
        "",
        f"`benches/python/roundtrip.py --n {n}`: a {size}-byte two-message chat with four findings,",
        "medians of n calls; the ratio is against redacting the same messages with the label operator.",
        "",
        "| step | µs per request | ratio |",
        "|---|---:|---:|",
    ]
    for name, us, ratio in rows:
        lines.append(f"| {name} | {us:,.1f} | {'' if ratio is None else f'{ratio:.2f}'} |")
    text = "\n".join(lines) + "\n"
    print(text)
    with open(RESULTS, "w") as f:
        f.write(text)


if __name__ == "__main__":
    main()
